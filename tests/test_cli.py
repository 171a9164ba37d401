"""The `kompass` command as PRODUCT §6 describes it, against published tables."""
import json
import shutil
from pathlib import Path

import pytest

from conftest import DATA, ROOT

SEEDS = json.loads((DATA / "seed_tables.json").read_text(encoding="utf-8"))


def test_frameworks_lists_builtins(run_cli):
    code, out, _ = run_cli("frameworks")
    assert code == 0
    assert "kommunkompassen-2019\tKommunkompassen, revision 2019/2020" in out
    assert "kommunkompassen-2015\t" in out


def test_osthammar_from_framework_file_csv_and_two_series(run_cli, tmp_path):
    """A framework given as a JSON file, Swedish CSV scores and two comparison series give
    the published table, including areas whose shown total differs from the shown sub-areas."""
    fw_file = tmp_path / "revision-2015.json"
    shutil.copy(ROOT / "resources/frameworks/kommunkompassen-2015.json", fw_file)
    f = tmp_path / "osthammar.kompass"
    code, _, err = run_cli("new", f, "--framework", fw_file, "--municipality", "Östhammar",
                           "--year", "2017", "--evaluator", "Karin Ek, SKR", "--evaluator", "Jonas Berglund, SKR")
    assert code == 0, err
    code, out, err = run_cli("import-scores", f, DATA / "osthammar_2017_scores.csv")
    assert code == 0, err
    assert "imported 45 agreed scores" in out
    (tmp_path / "ref1.csv").write_text("\ufeffområde;poäng\n1;60\n2;58,5\n3;66\n4;57\n5;61\n6;52\n7;55\n8;63\nTotalt;472\n",
                                       encoding="utf-8")
    (tmp_path / "ref2.csv").write_text("area,points\n1,50\n2,51.5\n3,52\n4,53\n5,54\n6,55\n7,56\n8,57\n",
                                       encoding="utf-8")
    assert run_cli("reference", "add", f, "--label", "Snitt 2015–2017", tmp_path / "ref1.csv")[0] == 0
    assert run_cli("reference", "add", f, "--label", "Östhammar 2013", tmp_path / "ref2.csv")[0] == 0

    code, out, err = run_cli("summary", f, "--json")
    assert code == 0, err
    data = json.loads(out)
    seed = SEEDS["osthammar_2017"]
    shown = {s["number"]: s["rounded"] for a in data["areas"] for s in a["subareas"]}
    assert shown == seed["subareas"]
    percents = {s["number"]: s["percent"] for a in data["areas"] for s in a["subareas"]}
    assert percents == seed["percents"]
    assert {a["number"]: a["rounded"] for a in data["areas"]} == seed["areas"]
    assert data["total"]["rounded"] == seed["total"]
    # areas whose shown total differs from the sum of the shown sub-areas
    mismatched = {a["number"] for a in data["areas"]
                  if a["rounded"] != sum(s["rounded"] for s in a["subareas"])}
    assert mismatched == set(seed["area_mismatches"])
    assert all(s["status"] == "agreed" for a in data["areas"] for s in a["subareas"])
    assert data["references"][0]["label"] == "Snitt 2015–2017"
    assert data["references"][0]["total"] == 472          # given total, shown as given
    assert data["references"][0]["areas"]["2"] == 58.5
    assert data["references"][1]["total"] == 428.5        # no total given: the sum of its areas

    code, out, _ = run_cli("summary", f)
    assert "TOTALT" in out and "521" in out and "472" in out


def test_demo_gives_the_seed_numbers(run_cli, tmp_path):
    f = tmp_path / "d.kompass"
    code, _, err = run_cli("demo", f)
    assert code == 0, err
    code, out, err = run_cli("summary", f, "--json")
    data = json.loads(out)
    seed = SEEDS["nynashamn_2023"]
    assert data["municipality"] == "Nynäshamn" and data["year"] == 2023
    assert data["framework"]["id"] == "kommunkompassen-2019"
    assert {s["number"]: s["rounded"] for a in data["areas"] for s in a["subareas"]} == seed["subareas"]
    assert [a["rounded"] for a in data["areas"]] == [54, 60, 49, 53, 59, 48, 71, 61]
    assert data["total"]["rounded"] == 455 and data["total"]["max"] == 800
    assert data["total"]["percent"] == 57
    area2 = data["areas"][1]
    assert sum(s["rounded"] for s in area2["subareas"]) == 59 and area2["rounded"] == 60
    assert all(s["status"] == "agreed" for a in data["areas"] for s in a["subareas"])


def test_demo_content_is_complete(demo_file):
    from kompass_desktop.services.evaluation import Evaluation
    ev = Evaluation.open(demo_file)
    try:
        s = ev.store
        assert len(ev.evaluators()) == 2
        assert s.count("interview") >= 12
        assert s.count("document") == 15
        assert s.count("evidence") == 60
        assert s.count("evidence", "status = 'planned'") >= 1
        tagged = {r["subarea"] for r in s.rows("evidence_tag")}
        assert tagged == {x.number for x in ev.framework.subareas()}
        drafts = ev.draft_scores()
        assert {d["evaluator_id"] for d in drafts} == {e["id"] for e in ev.evaluators()}
        agreed = ev.agreed_scores()
        assert any(d["points"] != agreed[d["subarea"]]["points"] for d in drafts)
        for area in ev.framework.areas:
            assert ev.list_items(area.number, "strength")
            assert ev.list_items(area.number, "improvement")
        assert len(ev.good_examples()) >= 3
        assert ev.interviewed_count() >= 20
    finally:
        ev.close()


def test_check_lists_what_is_missing(run_cli, tmp_path):
    f = tmp_path / "c.kompass"
    run_cli("new", f, "--framework", "kommunkompassen-2019", "--municipality", "Checkby", "--year", "2024")
    (tmp_path / "s.csv").write_text("subarea,points\n1.1,12\n", encoding="utf-8")
    run_cli("import-scores", f, tmp_path / "s.csv")
    code, out, _ = run_cli("check", f)
    assert code == 0
    assert "file ok" in out
    assert "1.2 Kommunens information till medborgarna: not scored" in out
    assert "1.1 Strategi för demokratiutveckling och information: scored without evidence" in out


@pytest.mark.parametrize("setup,args,reason", [
    ("random", ("summary", "{f}"), "not a Kompass evaluation file"),
    (None, ("summary", "{f}"), "does not exist"),
    (None, ("new", "{f}", "--framework", "nope", "--municipality", "X", "--year", "2020"), "no built-in framework"),
])
def test_errors_are_one_line_and_nonzero(run_cli, tmp_path, setup, args, reason):
    f = tmp_path / "x.kompass"
    if setup == "random":
        f.write_bytes(b"\x00garbage" * 500)
    code, out, err = run_cli(*[a.format(f=f) for a in args])
    assert code != 0
    assert reason in err
    assert err.count("\n") == 1 and err.startswith("kompass: ")


def test_bad_csv_changes_nothing(run_cli, tmp_path):
    f = tmp_path / "b.kompass"
    run_cli("new", f, "--framework", "kommunkompassen-2019", "--municipality", "B", "--year", "2024")
    (tmp_path / "bad.csv").write_text("delområde;poäng\n1.1;12\n1.2;11\n", encoding="utf-8")
    before = run_cli("summary", f, "--json")[1]
    code, _, err = run_cli("import-scores", f, tmp_path / "bad.csv")
    assert code == 1 and "row 3: sub-area 1.2: 11 is above the maximum 10" in err
    assert run_cli("summary", f, "--json")[1] == before


def test_check_and_the_final_report_agree(run_cli, tmp_path, demo_copy):
    """`check` says "ready for a final report" exactly when `report --final` writes one: one
    rule (services.report.final_report_gaps) for both, and for the Rapport page."""
    code, out, _ = run_cli("check", demo_copy)
    assert code == 0
    # The demo's comparison series is example data: no final report until it is removed.
    assert "holds example data" in out and "ready for a final report" not in out
    code, _, err = run_cli("report", demo_copy, tmp_path / "f.pdf", "--final")
    assert code == 1 and "holds example data" in err
    from kompass_desktop.services import comparison
    from kompass_desktop.services.evaluation import Evaluation
    ev = Evaluation.open(demo_copy)
    try:
        for r in ev.references():
            comparison.remove_series(ev, r["id"])
    finally:
        ev.close()
    code, out, _ = run_cli("check", demo_copy)
    assert "ready for a final report" in out, out
    code, _, err = run_cli("report", demo_copy, tmp_path / "f.pdf", "--final")
    assert code == 0, err


@pytest.mark.parametrize("args", [
    ("copy", "{src}", "{out}/x.kompass"),
    ("copy", "{src}", "{out}/x.kompass-enc", "--encrypt"),
    ("copy", "{src}", "{out}/x.kompass", "--pseudonymise"),
    ("report", "{src}", "{out}/r.pdf"),
])
def test_an_output_in_a_missing_folder_is_refused_in_one_line_before_any_work(
        args, run_cli, demo_copy, tmp_path, monkeypatch):
    """One rule for every file the program writes: the folder must exist. The share and
    encrypted copies used to fail halfway with a database error naming a temporary file,
    after compacting the working file and marking it as shared."""
    import hashlib
    monkeypatch.setenv("KOMPASS_PASSPHRASE", "fyra ord som inte hör ihop")
    before = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
    missing = tmp_path / "saknas"
    code, out, err = run_cli(*[a.format(src=demo_copy, out=missing) for a in args])
    assert code == 1 and err.count("\n") == 1
    assert f"the folder {missing} does not exist" in err and ".tmp" not in err
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before
    assert not missing.exists()

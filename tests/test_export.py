"""`kompass export`: the file's tables as CSV or JSON, read back as a spreadsheet would."""
import csv
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.domain.scoring import round_half_up
from kompass_desktop.services import fieldwork
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.export import EXPORTS, export_tables


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_demo_export_as_csv_holds_the_scores_the_summary_shows(run_cli, demo_file, tmp_path):
    before = demo_file.read_bytes()
    code, out, err = run_cli("export", demo_file, tmp_path / "out")
    assert code == 0, err
    assert demo_file.read_bytes() == before                       # read, never written
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{n}.csv" for n, _ in EXPORTS)
    assert "scores_agreed.csv\t36 rows" in out

    summary = json.loads(run_cli("summary", demo_file, "--json")[1])
    agreed = read_csv(tmp_path / "out" / "scores_agreed.csv")
    assert [r["subarea"] for r in agreed] == [s["number"] for a in summary["areas"] for s in a["subareas"]]
    for area in summary["areas"]:
        points = sum(Decimal(r["points"]) for r in agreed if r["subarea"].split(".")[0] == area["number"])
        assert float(points) == area["points"] and round_half_up(points) == area["rounded"]
    assert agreed[0]["subarea_title"] == summary["areas"][0]["subareas"][0]["title"]

    drafts = read_csv(tmp_path / "out" / "scores_draft.csv")
    assert len(drafts) == 72 and {r["evaluator"] for r in drafts} == {"Karin Ek", "Jonas Berglund"}

    evidence = read_csv(tmp_path / "out" / "evidence.csv")
    tags = read_csv(tmp_path / "out" / "evidence_tags.csv")
    for e in evidence:
        assert sorted(e["subareas"].split("; ")) == sorted(t["subarea"] for t in tags if t["evidence_id"] == e["id"])
    participants = read_csv(tmp_path / "out" / "participants.csv")
    interviews = {r["id"]: r["title"] for r in read_csv(tmp_path / "out" / "interviews.csv")}
    assert participants and all(p["interview"] == interviews[p["interview_id"]] for p in participants)
    items = read_csv(tmp_path / "out" / "strengths_improvements.csv")
    assert {"strength", "improvement"} <= {r["kind"] for r in items}
    assert len(read_csv(tmp_path / "out" / "area_texts.csv")) == 8


def test_json_export_has_the_same_rows_with_points_as_numbers(demo_file, tmp_path):
    as_csv = dict(export_tables(demo_file, tmp_path / "c", "csv"))
    as_json = dict(export_tables(demo_file, tmp_path / "j", "json"))
    assert {k[:-4]: v for k, v in as_csv.items()} == {k[:-5]: v for k, v in as_json.items()}
    agreed = json.loads((tmp_path / "j" / "scores_agreed.json").read_text(encoding="utf-8"))
    by_csv = read_csv(tmp_path / "c" / "scores_agreed.csv")
    assert [Decimal(str(r["points"])) for r in agreed] == [Decimal(r["points"]) for r in by_csv]
    assert all(isinstance(r["points"], (int, float)) for r in agreed)


def _small(path):
    fw = resolve_framework("kommunkompassen-2019")
    return Evaluation.create(path, fw, "Exportby", 2024, [EvaluatorInfo("Karin Ek", "SKR")])


def test_removed_rows_are_not_exported(tmp_path):
    ev = _small(tmp_path / "e.kompass")
    keep = ev.add_interview("Kvar", participants=[{"name": "Anna"}])
    gone = ev.add_interview("Borttagen", participants=[{"name": "Bo"}])
    fieldwork.delete_interview(ev, gone)
    ev.close()
    export_tables(tmp_path / "e.kompass", tmp_path / "out")
    assert [r["id"] for r in read_csv(tmp_path / "out" / "interviews.csv")] == [keep]
    assert [r["name"] for r in read_csv(tmp_path / "out" / "participants.csv")] == ["Anna"]
    assert "deleted" not in read_csv(tmp_path / "out" / "interviews.csv")[0]


def test_a_refused_file_gives_one_line_and_writes_nothing(run_cli, tmp_path):
    bad = tmp_path / "bad.kompass"
    bad.write_bytes(b"\x00garbage" * 100)
    code, _, err = run_cli("export", bad, tmp_path / "out")
    assert code == 1 and "not a Kompass evaluation file" in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_a_file_as_the_target_folder_is_refused(run_cli, demo_file, tmp_path):
    (tmp_path / "out").write_text("x")
    code, _, err = run_cli("export", demo_file, tmp_path / "out")
    assert code == 1 and "is a file, not a folder" in err


texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=texts, notes=texts, name=texts)
def test_any_text_survives_the_csv_and_json_round_trip(tmp_path_factory, title, notes, name):
    """Commas, semicolons, quotes, line breaks and any letters read back exactly as typed."""
    d = tmp_path_factory.mktemp("rt")
    ev = _small(d / "t.kompass")
    iid = ev.add_interview(title, notes=notes, participants=[{"name": name}])
    ev.close()
    export_tables(d / "t.kompass", d / "c", "csv")
    export_tables(d / "t.kompass", d / "j", "json")
    row = read_csv(d / "c" / "interviews.csv")[0]
    assert (row["id"], row["title"], row["notes"]) == (iid, title, notes)
    assert read_csv(d / "c" / "participants.csv")[0]["name"] == name
    j = json.loads((d / "j" / "interviews.json").read_text(encoding="utf-8"))[0]
    assert (j["title"], j["notes"]) == (title, notes)


def test_pseudonymised_export_holds_no_register_name(demo_copy, tmp_path, run_cli):
    from kompass_desktop.services import people
    from kompass_desktop.services.evaluation import Evaluation
    ev = Evaluation.open(demo_copy, read_only=True)
    try:
        names = [e.shown_name for e in people.entries(ev) if e.shown_name]
    finally:
        ev.close()
    assert names
    code, out, err = run_cli("export", demo_copy, tmp_path / "out", "--format", "json", "--pseudonymise")
    assert code == 0, err
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir())
    assert "Förtroendevald 1" in text or "Tjänsteperson 1" in text
    leaked = [n for n in names if n in text]
    assert not leaked, leaked[:3]

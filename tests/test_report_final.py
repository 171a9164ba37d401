"""A final report must be complete (PRODUCT §3.10): the list of what is missing, by area and
sub-area, from one service function the CLI and the Rapport page share; a complete
evaluation built from nothing exports a final and the file records when. Drafts show
"ej bedömt" for unscored parts, never 0. Exported files follow the umask and keep a replaced
file's mode. A 10 MB text is cut with a visible note instead of stalling the export."""
from __future__ import annotations

import os
import shutil
import stat
from datetime import datetime

import pytest
from pypdf import PdfReader

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.report import (ReportNotReady, export_report, final_report_exported_at,
                                             final_report_gaps)
from pdf_read import norm, page_texts
from report_sample import POINTS, build_sample

FW = resolve_framework("kommunkompassen-2019")


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("KOMPASS_HOME", str(tmp_path / "home"))


def scores_only(path) -> Evaluation:
    """The issue's case: a new evaluation with 36 agreed scores and nothing else."""
    ev = Evaluation.create(path, FW, "Exempelby", 2024)
    with ev.store.transaction():
        for number, pts in POINTS.items():
            ev.set_agreed(number, pts)
    return ev


def test_scores_alone_are_not_a_final_report_and_every_gap_is_listed(tmp_path):
    ev = scores_only(tmp_path / "e.kompass")
    ev.add_reference("Snitt (exempeldata)", {"1": 50})
    gaps = final_report_gaps(ev)
    texts = [g.en for g in gaps]
    assert texts[:3] == ["no evaluators are named", "the site-visit dates are not set",
                         "the comparison series 'Snitt (exempeldata)' holds example data"]
    for a in FW.areas:
        for what in ("no general text", "no strength", "no improvement opportunity"):
            assert f"area {a.number} {a.title}: {what}" in texts
    assert len(gaps) == 3 + 8 * 3
    with pytest.raises(ReportNotReady) as exc:
        export_report(ev, tmp_path / "f.pdf", final=True)
    assert exc.value.gaps == gaps and not (tmp_path / "f.pdf").exists()
    ev.close()


def test_a_complete_evaluation_built_from_nothing_exports_a_final(tmp_path, run_cli):
    path = tmp_path / "komplett.kompass"
    ev = Evaluation.create(path, FW, "Exempelby", 2024, [EvaluatorInfo("Anna Andersson", "SKR")],
                           dates={"site_visit_start": "2024-03-04", "site_visit_end": "2024-03-06"})
    with ev.store.transaction():
        for number, pts in POINTS.items():
            ev.set_agreed(number, pts)
        for a in FW.areas:
            ev.set_area_text(a.number, f"Allmänt om område {a.number}.")
            ev.add_list_item(a.number, "strength", f"Styrka i område {a.number}")
            ev.add_list_item(a.number, "improvement", f"Förbättring i område {a.number}")
    assert final_report_gaps(ev) == []
    before = datetime.now().astimezone().replace(microsecond=0)
    export_report(ev, tmp_path / "final.pdf", final=True)
    stamp = final_report_exported_at(ev)
    assert datetime.fromisoformat(stamp) >= before
    text = norm(" ".join(page_texts(tmp_path / "final.pdf")))
    assert "UTKAST" not in text and "Anna Andersson" in text
    assert "genomfördes i mars år 2024" in text
    ev.close()
    code, out, err = run_cli("report", path, tmp_path / "final2.pdf", "--final")
    assert code == 0 and err == ""


def test_each_kind_of_gap_goes_away_when_filled_in(tmp_path):
    ev = build_sample(tmp_path / "e.kompass")
    assert final_report_gaps(ev) == []
    ev.set_agreed("4.2", None)
    me = ev.add_evaluator("Utvärderare Tre")
    ev.set_draft("4.2", me, 9)
    ev.set_area_text("6", "  ")
    for item in ev.list_items("7", "improvement"):
        ev.store.delete("list_item", item["id"])
    ev.update_info(site_visit_start=None)
    assert [g.where for g in final_report_gaps(ev)] == ["", "4.2", "6", "7"]
    assert [g.sv for g in final_report_gaps(ev)][1].endswith("preliminärt (bara utkast, ingen "
                                                              "överenskommen poäng)")
    ev.close()


def test_an_open_merge_conflict_stops_a_final(tmp_path):
    from kompass_desktop.services.sync import merge_files
    mine, theirs = tmp_path / "mine.kompass", tmp_path / "theirs.kompass"
    build_sample(mine).close()
    shutil.copy(mine, theirs)
    from kompass_desktop.services.identity import new_identity
    people = (new_identity("Karin Ek"), new_identity("Jonas Berglund"))
    for path, points, who in ((mine, "11", people[0]), (theirs, "13", people[1])):
        ev = Evaluation.open(path, identity=who)
        ev.set_agreed("2.1", points)
        ev.close()
    report = merge_files(mine, theirs)
    assert len(report.conflicts) == 1
    ev = Evaluation.open(mine)
    gaps = [g.en for g in final_report_gaps(ev)]
    assert gaps == ["1 open merge conflict"]
    ev.close()


def test_cli_prints_the_whole_list(run_cli, tmp_path):
    scores_only(tmp_path / "e.kompass").close()
    code, out, err = run_cli("report", tmp_path / "e.kompass", tmp_path / "f.pdf", "--final")
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert lines[0] == "kompass: cannot make a final report: 26 items are missing (listed below)"
    assert lines[1:3] == ["  - no evaluators are named", "  - the site-visit dates are not set"]
    assert len(lines) == 27 and "Traceback" not in err


def test_half_scored_draft_says_ej_bedomt_never_zero(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False)
    for a in FW.areas[4:]:
        for s in a.subareas:
            ev.set_agreed(s.number, None)
    out = export_report(ev, tmp_path / "draft.pdf")
    ev.close()
    pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    summary = next(t for t in pages if "Sammanfattning av resultat" in t and "TOTALT" in t)
    lines = [norm(x) for x in summary.splitlines()]
    i = lines.index("5. Brukarens fokus (ej bedömt)")
    assert lines[i + 1:i + 4] == ["ej bedömt", "100", "–"]
    assert "0%" not in lines and "0" not in lines
    chart = next(t for t in pages if "Stapeldiagram" in t or "Poäng" in t.splitlines())
    assert "ej bedömt" in chart


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_exported_file_follows_the_umask_and_keeps_a_replaced_files_mode(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False, texts=False)
    old = os.umask(0o027)
    try:
        export_report(ev, tmp_path / "new.pdf")
        assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o640
        shared = tmp_path / "shared.pdf"
        shared.write_bytes(b"old")
        shared.chmod(0o664)
        export_report(ev, shared)
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664
        assert shared.read_bytes().startswith(b"%PDF")
    finally:
        os.umask(old)
        ev.close()


def test_a_10_mb_text_is_cut_with_a_visible_note(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False, texts=False)
    huge = ("Ett mycket långt stycke som kom in med en sammanslagning. " * 180_000)[:10_000_000]
    ev.set_subarea_text("1.2", huge)
    ev.add_list_item("1", "strength", "x" * 2_000_000)   # one word, no place to break
    out = export_report(ev, tmp_path / "big.pdf")
    docx_out = export_report(ev, tmp_path / "big.docx")
    ev.close()
    text = norm(" ".join(page_texts(out)))
    assert "texten är avkortad i rapporten" in text
    assert len(PdfReader(str(out)).pages) < 60
    assert docx_out.stat().st_size < 2_000_000

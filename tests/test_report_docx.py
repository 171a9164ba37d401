"""The Word export read back with python-docx: chapters as real headings in order, a TOC
field, every score in Word tables with a repeating header row, the chart as a picture with
alternative text, UTKAST in the header of drafts only, and the CLI choosing by suffix."""
from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.report import export_report
from report_sample import AREA_SHOWN, AVERAGE, TOTAL_SHOWN, build_sample
from tests.conftest import kompass_home_at


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    from kompass_desktop.ui import raster
    raster.install()  # as the CLI and the workbench do: the chart image is drawn by QtPdf
    home = tmp_path_factory.mktemp("docx-home")
    with kompass_home_at(home):
        d = tmp_path_factory.mktemp("docx")
        ev = build_sample(d / "e.kompass")
        res = ev.result()
        out = {"draft": export_report(ev, d / "draft.docx"),
               "final": export_report(ev, d / "final.docx", final=True), "result": res}
        ev.close()
    return out


def headings(path):
    return [(int(p.style.name.split()[-1]), p.text) for p in docx.Document(str(path)).paragraphs
            if p.style.name.startswith("Heading ")]


def test_chapters_are_real_headings_in_order(word):
    heads = headings(word["final"])
    top = [t for lvl, t in heads if lvl == 1]
    assert top == ["1 Vad är Kommunkompassen?",
                   "2 Nynäshamn i förhållande till Kommunkompassen: en sammanfattande genomgång",
                   "3 Detaljerad genomgång per område", "4 Översikt av poängfördelning"]
    fw = resolve_framework("kommunkompassen-2019")
    areas = [t for lvl, t in heads if lvl == 2 and t.startswith("Område ")]
    assert areas == [f"Område {a.number} {a.title}" for a in fw.areas]
    subs = [t for lvl, t in heads if lvl == 3 and t[:1].isdigit()]
    assert subs == [f"{s.number} {s.title}" for a in fw.areas for s in a.subareas]
    levels = [lvl for lvl, _ in heads]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))


def test_there_is_a_toc_field(word):
    body = docx.Document(str(word["final"])).element.body
    instr = [e.text for e in body.iter(qn("w:instrText"))]
    assert any(t.strip().startswith("TOC \\o \"1-3\"") for t in instr)


def test_every_score_is_in_a_word_table_with_a_repeating_header(word):
    doc = docx.Document(str(word["final"]))
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in doc.tables]
    for t in doc.tables:
        assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    summary = next(t for t in tables if t[0] == ["Område", "Poäng", "Max", "Procent"])
    for row, (number, shown) in zip(summary[1:], AREA_SHOWN.items()):
        assert row[0].startswith(f"{number}. ") and row[1] == str(shown)
    assert summary[-1] == ["TOTALT", str(TOTAL_SHOWN), "800", "57%"]
    comparison = next(t for t in tables if t[0][:2] == ["Område", "Nynäshamn 2023"])
    assert [r[2] for r in comparison[1:-1]] == [str(v) for v in AVERAGE.values()]
    res = word["result"]
    for a in res.areas:
        table = next(t for t in tables if t[0] == [f"{a.number}. {a.title}", "Uppnått", "Max", "Procent"])
        for row, s in zip(table[1:], a.subareas):
            assert row == [f"{s.number} {s.title}", str(s.rounded), f"{s.max_points:g}", f"{s.percent}%"]
        assert table[-1] == ["Summa", str(a.rounded), f"{a.max_points:g}", f"{a.percent}%"]


def test_chart_is_a_picture_with_alternative_text(word):
    doc = docx.Document(str(word["final"]))
    assert len(doc.inline_shapes) == 1
    alt = doc.inline_shapes[0]._inline.docPr.get("descr")
    assert alt.startswith("Stapeldiagram") and "Nynäshamn 2023 54" in alt
    blob = doc.part.related_parts[doc.inline_shapes[0]._inline.graphic.graphicData.pic
                                  .blipFill.blip.embed].blob
    assert blob.startswith(b"\x89PNG")


def test_utkast_in_the_header_of_drafts_only(word):
    draft = docx.Document(str(word["draft"])).sections[0].header.paragraphs[0].text
    final = docx.Document(str(word["final"])).sections[0].header.paragraphs[0].text
    assert "UTKAST – exporterat" in draft and "UTKAST" not in final


def test_cli_writes_word_by_suffix(run_cli, tmp_path):
    build_sample(tmp_path / "e.kompass", series=False).close()
    code, out, err = run_cli("report", tmp_path / "e.kompass", tmp_path / "r.docx")
    assert code == 0, err
    assert headings(tmp_path / "r.docx")[0] == (1, "1 Vad är Kommunkompassen?")
    code, out, err = run_cli("report", tmp_path / "e.kompass", tmp_path / "s.docx", "--slides")
    assert code == 1 and err == "kompass: the slide summary is a PDF only; give the output a .pdf name\n"
    assert not (tmp_path / "s.docx").exists()

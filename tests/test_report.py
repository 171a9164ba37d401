"""The exported report read back from the PDF: titles, every shown number, the comparison
table, the contents with the pages its entries point to, UTKAST marks, embedded fonts,
literal user text, final refused while scores are missing, cancel, the CLI."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.report import ExportCancelled, ReportNotReady, export_report
from pdf_read import fonts_of, norm, page_lines, page_texts, toc_entries
from report_sample import (AREA_SHOWN, AVERAGE_TOTAL, EARLIER, IMPROVEMENT, STRENGTH,
                           TOTAL_SHOWN, build_sample)
from tests.conftest import kompass_home_at


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """One sample evaluation, exported once as draft, final and slides."""
    home = tmp_path_factory.mktemp("report-home")
    with kompass_home_at(home):
        d = tmp_path_factory.mktemp("report")
        ev = build_sample(d / "sample.kompass")
        out = {"ev_path": d / "sample.kompass", "result": ev.result(), "summary": ev.summary()}
        for name, kw in (("draft", {}), ("final", {"final": True}), ("slides", {"slides": True}),
                         ("slides_final", {"slides": True, "final": True})):
            out[name] = export_report(ev, d / f"{name}.pdf", **kw)
        ev.close()
    return out


def all_lines(path) -> list[list[str]]:
    return [page_lines(p) for p in PdfReader(str(path)).pages]


def row_in(text: str, label: str, values: str) -> bool:
    """A table row in extracted lines: the values sit on the first line of a label that
    may wrap ('3.4 Samspel … respektive 10 20 50% tjänsteperson')."""
    words = label.split()
    return any(f"{' '.join(words[:k])} {values} {' '.join(words[k:])}".strip() in text
               for k in range(1, len(words) + 1))


# ---- numbers and titles ---------------------------------------------------------------

def test_every_area_and_subarea_title_is_in_the_report(exported):
    text = norm(" ".join(page_texts(exported["final"])))
    fw = resolve_framework("kommunkompassen-2019")
    for a in fw.areas:
        assert f"Område {a.number} {a.title}" in text
        for s in a.subareas:
            assert f"{s.number} {s.title}" in text


def test_score_tables_show_every_rounded_point_and_percent(exported):
    lines = [ln for page in all_lines(exported["final"]) for ln in page]
    res = exported["result"]
    for a in res.areas:
        head = f"{a.number}. {a.title} Uppnått Max Procent"
        start = lines.index(head)
        table = " ".join(lines[start:start + 2 * len(a.subareas) + 3])
        for s in a.subareas:
            assert row_in(table, f"{s.number} {s.title}", f"{s.rounded} {s.max_points:g} {s.percent}%")
        assert f"Summa {a.rounded} {a.max_points:g} {a.percent}%" in table
        # the figures the seed report publishes
        assert a.rounded == AREA_SHOWN[a.number]


def test_area_sum_is_from_unrounded_points_not_the_shown_ones(exported):
    lines = [ln for page in all_lines(exported["final"]) for ln in page]
    i = lines.index("2. Samhällsutveckling Uppnått Max Procent")
    rows = lines[i + 1:i + 6]
    shown = [int(re.search(r" (\d+) \d+ \d+%$", r).group(1)) for r in rows[:4]]
    assert sum(shown) == 59
    assert rows[4] == "Summa 60 100 60%"
    # 1.1 = 11.5 points of 20: rounded half up to 12, 57.5 % shown as 58 %
    assert "1.1 Strategi för demokratiutveckling och information 12 20 58%" in lines


def test_summary_table_total_and_area_boxes(exported):
    lines = [ln for page in all_lines(exported["final"]) for ln in page]
    assert "TOTALT 455 800 57%" in lines
    assert f"{TOTAL_SHOWN} poäng" in norm(" ".join(page_texts(exported["final"])))
    # each area chapter's Poäng box shows the area's shown points
    pages = all_lines(exported["final"])
    for number, shown in AREA_SHOWN.items():
        page = next(p for p in pages
                    if any(ln.startswith(f"Område {number} ") for ln in p) and "Delområden Poäng" in p)
        # the big number sits beside the sub-area list, so it may share a visual line
        assert any(ln == str(shown) or ln.endswith(f" {shown}") for ln in page), (number, shown)


def test_comparison_table_has_a_column_per_series_and_totalt_row(exported):
    lines = [ln for page in all_lines(exported["final"]) for ln in page]
    earlier_sum = sum(EARLIER.values())
    # the average's given total is shown as given; the other series sums its areas
    assert f"TOTALT {TOTAL_SHOWN} {AVERAGE_TOTAL} {earlier_sum}" in lines
    # the label may wrap (series headers get the width their longest word needs)
    assert row_in(" ".join(lines), "1. Samspel mellan förtroendevalda och medborgare", "54 52 48")
    text = norm(" ".join(page_texts(exported["final"])))
    assert "Nynäshamn 2017*" in text
    assert "annan revision av Kommunkompassen" in text


def test_strengths_improvements_and_good_examples_are_printed(exported):
    text = norm(" ".join(page_texts(exported["final"])))
    assert STRENGTH in text and IMPROVEMENT in text
    assert "Styrkor Förbättringsmöjligheter" in text
    assert "Sunne kommun" in text and "Tomelilla kommun" in text


def test_summary_chapter_tells_when_order_interviewed_and_evaluators(exported):
    text = norm(" ".join(page_texts(exported["final"])))
    assert "genomfördes i januari år 2023" in text
    assert "kommunens andra utvärdering" in text
    # the roles come from the interviews: the sample interviewed only officials
    assert "intervjuat 12 personer i organisationen – tjänstepersoner." in text
    assert "förtroendevalda, ledande" not in text
    assert "Linda Nordberg (SKR) och Linda Persson Melin (SKR)" in text
    cover = page_texts(exported["final"])[0]
    assert "Linda Nordberg, SKR" in cover and "2023-05-11" in cover


# ---- contents ---------------------------------------------------------------------------

def test_toc_entries_point_to_the_pages_where_the_headings_are(exported):
    for name in ("draft", "final"):
        pages = all_lines(exported[name])
        entries = toc_entries(exported[name])
        titles = [t for t, _ in entries]
        fw = resolve_framework("kommunkompassen-2019")
        for a in fw.areas:
            assert f"Område {a.number} {a.title}" in titles
        assert "4 Översikt av poängfördelning" in titles and "Jämförelser" in titles
        for title, page_no in entries:
            # the first page after the contents that prints the heading (it may wrap)
            found = next(i + 1 for i, lines in enumerate(pages)
                         if i > 1 and title in norm(" ".join(lines)))
            assert found == page_no, (name, title, page_no, found)
            # and that page carries that number in its footer
            assert str(page_no) in pages[page_no - 1]


# ---- drafts and finals ---------------------------------------------------------------

@pytest.mark.parametrize("name", ["draft", "slides"])
def test_draft_has_utkast_and_export_time_on_every_page(exported, name):
    texts = page_texts(exported[name])
    assert len(texts) > 5
    for i, t in enumerate(texts):
        assert "UTKAST" in t, f"page {i + 1}"
        assert re.search(r"exporterat \d{4}-\d\d-\d\d \d\d:\d\d", t), f"page {i + 1}"


@pytest.mark.parametrize("name", ["final", "slides_final"])
def test_final_has_no_utkast(exported, name):
    for i, t in enumerate(page_texts(exported[name])):
        assert "UTKAST" not in t.upper(), f"page {i + 1}"


@pytest.mark.parametrize("name", ["draft", "final", "slides"])
def test_all_fonts_are_embedded_truetype(exported, name):
    fonts = fonts_of(exported[name])
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVu" in f for f in fonts)


def test_final_is_refused_while_subareas_lack_an_agreed_score(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", agreed=False, series=False, texts=False)
    ev.set_agreed("1.1", 10)
    me = ev.add_evaluator("Utvärderare Ett")
    ev.set_draft("1.2", me, 6)
    out = tmp_path / "final.pdf"
    with pytest.raises(ReportNotReady) as exc:
        export_report(ev, out, final=True)
    err = exc.value
    assert "\n" not in str(err)
    # 35 sub-areas + 8 areas × (general text, strength, improvement) = 59 items
    assert str(err) == "cannot make a final report: 59 items are missing (listed below)"
    scored = [g for g in err.gaps if g.where.count(".") == 1]
    assert len(scored) == 35 and scored[0].where == "1.2"
    assert ("1.2 Kommunens information till medborgarna: preliminärt (bara utkast, ingen "
            "överenskommen poäng)") in err.missing
    assert "1.3 Medborgarnas möjlighet till dialog med politiken: ej bedömt" in err.missing
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    ev.close()


def test_draft_marks_preliminary_and_unscored_subareas(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False, texts=False)
    ev.set_agreed("3.2", None)                      # no score at all
    me = ev.add_evaluator("Utvärderare Ett")
    ev.set_agreed("4.1", None)
    ev.set_draft("4.1", me, "12.6")                 # only a draft: preliminary 12.6 -> 13
    out = export_report(ev, tmp_path / "d.pdf")
    lines = [ln for page in all_lines(out) for ln in page]
    assert "3.2 Politisk styrning (ej bedömt) ej bedömt 30 –" in lines
    assert "4.1 Strategi för ökad effektivitet (preliminärt) 13 20 63%" in lines
    text = norm(" ".join(page_texts(out)))
    assert "Summa (preliminärt)" in text
    # in the area chapters too
    assert "Politisk styrning (ej bedömt)" in text
    assert "4.1 Strategi för ökad effektivitet (preliminärt)" in text
    ev.close()


# ---- literal user text ---------------------------------------------------------------

MARKUP = ('Rubrik <b>inte fet</b> & <font color="red">inte röd</font> <br/> "citat" \'apostrof\' '
          "a<b & c>d &amp; &lt;\nandra raden <para> ]]> {x}")


def test_text_full_of_markup_prints_literally(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False, texts=False)
    ev.set_area_text("1", MARKUP)
    ev.set_subarea_text("2.1", MARKUP)
    ev.add_list_item("3", "strength", MARKUP)
    ev.add_good_example("4.2", "Kommun <&>", MARKUP)
    ev.add_reference('Serie <i>"x"</i> & y', {"1": 50})
    out = export_report(ev, tmp_path / "m.pdf")
    pages = all_lines(out)
    lines = [ln for p in pages for ln in p]
    first = 'Rubrik <b>inte fet</b> & <font color="red">inte röd</font> <br/> "citat" \'apostrof\' a<b & c>d &amp; &lt;'
    whole = norm(" ".join(lines))
    assert whole.count(first) >= 3
    # the line break is kept: the second line starts a new line
    assert lines.count("andra raden <para> ]]> {x}") >= 3
    assert "Kommun <&>" in whole
    assert 'Serie <i>"x"</i> & y' in whole
    ev.close()


def test_swedish_and_norwegian_letters_survive(tmp_path):
    fw = resolve_framework("kommunkompassen-2019")
    ev = Evaluation.create(tmp_path / "n.kompass", fw, "Ærøskøbing Åsa Örö", 2024)
    ev.set_area_text("1", "æøå ÆØÅ äö ÄÖ – ”citat” ‘enkla’ …")
    out = export_report(ev, tmp_path / "n.pdf")
    text = " ".join(page_texts(out))
    assert "Ærøskøbing Åsa Örö" in text
    assert "æøå ÆØÅ äö ÄÖ – ”citat” ‘enkla’ …" in text
    ev.close()


# ---- layout ----------------------------------------------------------------------------

def test_long_strength_table_splits_with_repeated_header(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False, texts=False)
    for i in range(45):
        ev.add_list_item("1", "strength", f"Lång styrka nummer {i + 1}: " + "ord " * 30)
    out = export_report(ev, tmp_path / "long.pdf")
    pages = all_lines(out)
    with_header = [i for i, p in enumerate(pages) if "Styrkor Förbättringsmöjligheter" in p
                   and any(ln.startswith("Lång styrka") for ln in p)]
    assert len(with_header) >= 2
    assert with_header == list(range(with_header[0], with_header[0] + len(with_header)))
    text = norm(" ".join(page_texts(out)))
    for i in range(45):
        assert f"Lång styrka nummer {i + 1}:" in text
    ev.close()


def test_items_longer_than_a_page_continue_instead_of_failing(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False, texts=False)
    ev.add_list_item("2", "strength", "Mycket lång styrka nummer ett. " * 300 + "SLUT-STYRKA")
    ev.add_list_item("2", "improvement", "x" * 3000)
    ev.set_area_text("3", "ord " * 3000 + "SLUT-TEXT")
    out = export_report(ev, tmp_path / "huge.pdf")
    text = " ".join(page_texts(out))
    assert "SLUT-STYRKA" in text and "SLUT-TEXT" in text
    ev.close()


def test_slides_are_landscape_with_total_and_every_area(exported):
    reader = PdfReader(str(exported["slides"]))
    for p in reader.pages:
        assert float(p.mediabox.width) > float(p.mediabox.height)
    texts = [norm(t) for t in page_texts(exported["slides"])]
    assert any(f"Nynäshamn 2023 – {TOTAL_SHOWN} poäng" in t for t in texts)
    assert any("Sammanfattande förbättringsområden" in t for t in texts)
    for a in exported["result"].areas:
        slide = next(t for t in texts if t.startswith(f"{a.number}. {a.title} – {a.rounded} poäng")
                     or f" {a.number}. {a.title} – {a.rounded} poäng" in t)
        assert "Styrkor" in slide and "Förbättringsmöjligheter" in slide
    assert STRENGTH in " ".join(texts)


# ---- cancel, progress, files -----------------------------------------------------------

def test_cancel_leaves_no_file_and_keeps_an_older_pdf(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False)
    out = tmp_path / "r.pdf"
    out.write_bytes(b"%PDF older export")
    calls = [0]

    def cancel():
        calls[0] += 1
        return calls[0] > 40  # somewhere in the middle of the layout

    with pytest.raises(ExportCancelled):
        export_report(ev, out, cancel=cancel)
    assert out.read_bytes() == b"%PDF older export"
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert left == ["e.kompass", "r.pdf"]
    with pytest.raises(ExportCancelled):
        export_report(ev, tmp_path / "s.pdf", slides=True, cancel=lambda: True)
    assert not (tmp_path / "s.pdf").exists()
    ev.close()


def test_progress_rises_to_done(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False)
    seen = []
    export_report(ev, tmp_path / "r.pdf", progress=lambda f, t: seen.append((f, t)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(seen) > 5
    assert all(isinstance(t, str) and t for _, t in seen)
    ev.close()


# ---- the command line --------------------------------------------------------------------

def test_cli_report_exit_codes(run_cli, tmp_path):
    ev = build_sample(tmp_path / "ok.kompass", series=False)
    ev.close()
    code, out, err = run_cli("report", tmp_path / "ok.kompass", tmp_path / "ok.pdf")
    assert code == 0 and (tmp_path / "ok.pdf").read_bytes().startswith(b"%PDF")
    code, out, err = run_cli("report", tmp_path / "ok.kompass", tmp_path / "okf.pdf", "--final")
    assert code == 0 and (tmp_path / "okf.pdf").exists()
    code, out, err = run_cli("report", tmp_path / "ok.kompass", tmp_path / "s.pdf", "--slides")
    assert code == 0 and (tmp_path / "s.pdf").exists()

    ev = build_sample(tmp_path / "partial.kompass", agreed=False, series=False, texts=False)
    from report_sample import POINTS
    for number, pts in POINTS.items():
        if number not in ("1.1", "2.3", "4.4"):
            ev.set_agreed(number, pts)
    ev.close()
    code, out, err = run_cli("report", tmp_path / "partial.kompass", tmp_path / "p.pdf", "--final")
    assert code == 1
    lines = err.splitlines()
    # one line with the reason, then the whole list (texts are missing too: 3 + 8 × 3)
    assert lines[0] == "kompass: cannot make a final report: 27 items are missing (listed below)"
    assert len(lines) == 28
    assert "  - 1.1 Samspel med medborgarna: not scored" in lines or \
        any(ln.startswith("  - 1.1 ") and ln.endswith(": not scored") for ln in lines)
    assert sum(ln.endswith(": not scored") for ln in lines) == 3
    assert any(ln.startswith("  - area 8 ") and ln.endswith("no general text") for ln in lines)
    assert not (tmp_path / "p.pdf").exists()
    code, out, err = run_cli("report", tmp_path / "partial.kompass", tmp_path / "nodir" / "p.pdf")
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err


def assert_toc_matches_pages(pdf) -> list[tuple[str, int]]:
    pages = all_lines(pdf)
    entries = toc_entries(pdf)
    for title, page_no in entries:
        found = next(i + 1 for i, lines in enumerate(pages)
                     if i > 1 and title in norm(" ".join(lines)))
        assert found == page_no, (title, page_no, found)
    return entries


def test_contents_over_two_pages_still_point_right(tmp_path):
    from kompass_desktop.domain.framework import framework_from_data
    fw = framework_from_data({
        "format": "kompass-framework/1", "id": "many-areas", "name": "Många områden", "language": "sv",
        "areas": [{"number": str(i), "title": f"Område med ett ganska långt namn nummer {i}",
                   "subareas": [{"number": f"{i}.1", "title": "Del ett", "max_points": 60},
                                {"number": f"{i}.2", "title": "Del två", "max_points": 40}]}
                  for i in range(1, 41)]})
    ev = Evaluation.create(tmp_path / "big.kompass", fw, "Testby", 2024)
    for a in fw.areas:
        ev.set_agreed(f"{a.number}.1", 30)
    out = export_report(ev, tmp_path / "big.pdf")
    entries = toc_entries(out, 1) + toc_entries(out, 2, continued=True)
    assert len(entries) == 1 + 1 + 3 + 1 + 40 + 1  # chapters, sections, areas
    pages = all_lines(out)
    for title, page_no in entries:
        found = next(i + 1 for i, lines in enumerate(pages)
                     if i > 2 and title in norm(" ".join(lines)))
        assert found == page_no, (title, page_no, found)
    ev.close()


def test_demo_evaluation_exports(tmp_path, request):
    from kompass_desktop.paths import DEMO_DATA
    if not DEMO_DATA.exists():
        pytest.skip("demo data not in this checkout yet")
    ev = Evaluation.open(request.getfixturevalue("demo_copy"))
    from kompass_desktop.services.report import final_report_gaps
    # the demo's comparison series is example data: no final report until it is gone
    assert [g.en for g in final_report_gaps(ev)] == [
        "the comparison series 'Snitt (exempeldata)' holds example data"]
    for r in ev.references():
        ev.store.delete("comparison_series", r["id"])
    res = ev.result()
    assert not res.missing_agreed()
    out = export_report(ev, tmp_path / "demo.pdf", final=True)
    text = norm(" ".join(page_texts(out)))
    assert "UTKAST" not in text
    lines = " ".join(ln for p in all_lines(out) for ln in p)
    for a in res.areas:
        assert f"Område {a.number} {a.title}" in text
        for s in a.subareas:
            assert row_in(lines, f"{s.number} {s.title}", f"{s.rounded} {s.max_points:g} {s.percent}%")
        assert f"Summa {a.rounded} {a.max_points:g} {a.percent}%" in lines
    assert f"TOTALT {res.rounded} {res.max_points:g} {res.percent}%" in lines
    assert res.rounded == 455
    for item in ev.list_items("1", "strength"):
        assert norm(item["text"]) in text
    entries = assert_toc_matches_pages(out)
    assert len(entries) >= 8 + 4
    slides = export_report(ev, tmp_path / "demo-slides.pdf", slides=True)
    assert all("UTKAST" in t for t in page_texts(slides))
    ev.close()

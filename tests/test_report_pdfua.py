"""The exported PDFs as tagged PDF (PDF/UA-1, PRODUCT §3.10), read back with pikepdf: every
text-showing and painting operator is either an artifact or marked content that belongs to a
structure element; headings do not skip levels; every table has header cells with a scope;
every figure has an alternative text that states the chart's numbers; links carry a
description; lists are L > LI > Lbl + LBody; the document language, title, bookmarks and the
PDF/UA identification are set; plain text extraction reads in order and without the
watermark's letters."""
from __future__ import annotations

import pikepdf
import pytest
from pypdf import PdfReader

from kompass_desktop.services.report import export_report
from pdf_read import norm, struct_tree, untagged_content
from report_sample import AREA_SHOWN, AVERAGE, EARLIER, build_sample
from tests.conftest import kompass_home_at

THIRD = {"1": 50, "2": 57, "3": 52, "4": 49, "5": 55, "6": 45, "7": 66, "8": 58}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    home = tmp_path_factory.mktemp("pdfua-home")
    with kompass_home_at(home):
        d = tmp_path_factory.mktemp("pdfua")
        ev = build_sample(d / "e.kompass")
        # three series besides this year's: the normal case plus one
        ev.add_reference("Riket (medel av kommuner utvärderade 2021–2023)", THIRD, None)
        out = {"report": export_report(ev, d / "report.pdf"),
               "slides": export_report(ev, d / "slides.pdf", slides=True),
               "final": export_report(ev, d / "final.pdf", final=True)}
        ev.close()
    return out


KINDS = ["report", "slides", "final"]


@pytest.mark.parametrize("kind", KINDS)
def test_all_content_is_tagged_or_an_artifact(pdfs, kind):
    assert untagged_content(pdfs[kind]) == []


def test_untagged_content_is_found(tmp_path):
    """The check itself: a plain ReportLab PDF (no marked content) fails it."""
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(tmp_path / "plain.pdf"))
    c.drawString(100, 100, "hej")
    c.save()
    with pikepdf.open(tmp_path / "plain.pdf", allow_overwriting_input=True) as pdf:
        root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot,
                                                    ParentTree=pikepdf.Dictionary(Nums=[])))
        pdf.Root.StructTreeRoot = root
        pdf.save(tmp_path / "plain.pdf")
    assert untagged_content(tmp_path / "plain.pdf") == ["page 1: Tj outside marked content"]


@pytest.mark.parametrize("kind", KINDS)
def test_headings_start_at_h1_and_never_skip_a_level(pdfs, kind):
    _, els = struct_tree(pdfs[kind])
    levels = [int(r[1]) for r, _, _ in els if r in ("H1", "H2", "H3", "H4", "H5", "H6")]
    assert levels and levels[0] == 1
    for prev, cur in zip(levels, levels[1:]):
        assert cur <= prev + 1, levels
    if kind != "slides":
        assert levels.count(1) >= 5 and levels.count(2) >= 8 and levels.count(3) >= 36


@pytest.mark.parametrize("kind", KINDS)
def test_every_table_has_header_cells_with_a_scope(pdfs, kind):
    _, els = struct_tree(pdfs[kind])
    tables = [e for r, e, _ in els if r == "Table"]
    assert len(tables) >= (10 if kind == "slides" else 20)
    for t in tables:
        cells = []

        def walk(e):
            for k in e.K:
                if isinstance(k, pikepdf.Dictionary) and "/S" in k:
                    if str(k.S) in ("/TH", "/TD"):
                        cells.append(k)
                    elif str(k.S) == "/TR":
                        walk(k)
        walk(t)
        heads = [c for c in cells if str(c.S) == "/TH"]
        assert heads, "a table without header cells"
        assert all(str(h.A.Scope) in ("/Column", "/Row") for h in heads)
        assert all(str(k.S) == "/TR" for k in t.K)


@pytest.mark.parametrize("kind", KINDS)
def test_the_chart_is_a_figure_whose_alt_states_every_number(pdfs, kind):
    _, els = struct_tree(pdfs[kind])
    figures = [e for r, e, _ in els if r == "Figure"]
    assert len(figures) == 1
    alt = str(figures[0].Alt)
    assert alt.startswith("Stapeldiagram: poäng per område")
    for series, numbers in (("Nynäshamn 2023", AREA_SHOWN), ("Genomsnitt sedan 2020", AVERAGE),
                            ("Nynäshamn 2017*", EARLIER),
                            ("Riket (medel av kommuner utvärderade 2021–2023)", THIRD)):
        for area, value in numbers.items():
            assert f"{series} {value}" in alt, (series, area)


def test_contents_are_toc_entries_with_described_links(pdfs):
    pdf, els = struct_tree(pdfs["report"])
    tocs = [e for r, e, _ in els if r == "TOC"]
    assert len(tocs) == 1
    items = list(tocs[0].K)
    assert len(items) >= 15 and all(str(i.S) == "/TOCI" for i in items)
    first_link = items[0].K[0]
    assert str(first_link.S) == "/Link"
    objrs = [k for k in first_link.K if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"]
    assert objrs and str(objrs[0].Obj.Contents) == "1 Vad är Kommunkompassen?"
    # every link annotation on every page is in the tree, described, and pages tab by structure
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.Subtype == "/Link":
                assert "/StructParent" in annot and str(annot.Contents)
                assert page.obj.Tabs == "/S"


@pytest.mark.parametrize("kind", ["report", "slides"])
def test_lists_have_items_with_label_and_body(pdfs, kind):
    _, els = struct_tree(pdfs[kind])
    lists = [e for r, e, _ in els if r == "L"]
    assert lists
    for lst in lists:
        for li in lst.K:
            assert str(li.S) == "/LI"
            roles = [str(k.S) for k in li.K]
            assert roles in (["/Lbl", "/LBody"], ["/LBody"])


@pytest.mark.parametrize("kind", KINDS)
def test_document_language_title_bookmarks_and_pdfua_id(pdfs, kind):
    with pikepdf.open(pdfs[kind]) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert str(root.Lang) == "sv-SE"
        assert root.ViewerPreferences.DisplayDocTitle is True
        title = str(pdf.docinfo.Title)
        assert "Nynäshamn" in title
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1" and meta["dc:title"] == title
        with pdf.open_outline() as outline:
            titles = [o.title for o in outline.root]
        assert len(titles) >= (8 if kind == "slides" else 4)
        if kind == "slides":
            assert titles[0] == "Kommunkompassen Nynäshamn"
            assert any(t.startswith("1. Samspel mellan förtroendevalda") for t in titles)
        # fonts stay embedded
        for page in pdf.pages:
            for font in page.obj.Resources.Font.values():
                assert "/FontFile2" in font.FontDescriptor


def test_text_extraction_reads_labels_before_values_and_no_watermark(pdfs):
    pages = [p.extract_text() for p in PdfReader(str(pdfs["report"])).pages]
    summary = next(t for t in pages if "Sammanfattning av resultat" in t and "TOTALT" in t)
    lines = [norm(x) for x in summary.splitlines()]
    i = lines.index("1. Samspel mellan förtroendevalda och medborgare")
    assert lines[i + 1:i + 4] == ["54", "100", "54%"]
    for text in pages[1:]:
        # the watermark is drawn as outlines: only the header stamp says UTKAST
        assert text.count("UTKAST") == 1
        assert not any(line.strip() in {"U", "T", "K", "A", "S"} for line in text.splitlines())


def _ops(page):
    return [(list(operands), str(op)) for operands, op in pikepdf.parse_content_stream(page)]


def test_chart_text_is_at_least_8_pt_with_an_axis_title(pdfs):
    """Everything the chart writes (bar values, area names, legend) is 8 pt or larger, and
    the value axis has a title."""
    with pikepdf.open(pdfs["report"]) as pdf:
        for page in pdf.pages:
            depth, in_figure, sizes = 0, False, []
            owners = None
            for operands, op in _ops(page):
                if op == "BDC" and str(operands[0]) == "/Figure":
                    in_figure, depth = True, 1
                elif in_figure and op in ("BDC", "BMC"):
                    depth += 1
                elif in_figure and op == "EMC":
                    depth -= 1
                    in_figure = depth > 0
                elif in_figure and op == "Tf":
                    sizes.append(float(operands[1]))
            if sizes:
                owners = sizes
                break
        assert owners and min(owners) >= 8.0, owners
    chart_page = next(t for t in (p.extract_text() for p in PdfReader(str(pdfs["report"])).pages)
                      if "Diagrammet visar" in t)
    assert "Poäng" in chart_page.splitlines()


def test_utkast_stamp_sits_on_the_running_headers_baseline(pdfs):
    page = PdfReader(str(pdfs["report"])).pages[3]
    ys = {}

    def visit(text, cm, tm, font, size):
        if text.startswith("UTKAST") or text.startswith("Kommunkompassen –"):
            ys[text.split()[0]] = round(tm[5] * cm[3] + cm[5], 1)

    page.extract_text(visitor_text=visit)
    assert ys["UTKAST"] == ys["Kommunkompassen"]


def test_many_strengths_continue_on_a_second_slide_at_full_size(tmp_path):
    ev = build_sample(tmp_path / "e.kompass", series=False, texts=False)
    items = [f"Styrka nummer {i + 1}: ett arbetssätt som är på plats, dokumenterat och uppföljt "
             "av nämnden varje år" for i in range(24)]
    for t in items:
        ev.add_list_item("1", "strength", t)
    out = export_report(ev, tmp_path / "s.pdf", slides=True)
    ev.close()
    texts = [norm(t) for t in (p.extract_text() for p in PdfReader(str(out)).pages)]
    area1 = [i for i, t in enumerate(texts)
             if "1. Samspel mellan förtroendevalda och medborgare –" in t and "Styrkor" in t]
    assert len(area1) >= 2 and "forts. 2/" in texts[area1[1]]
    joined = " ".join(texts[i] for i in area1)
    assert all(t in joined for t in items)
    # no slide is shrunk to fit (KeepInFrame would scale the content down with a cm matrix)
    with pikepdf.open(out) as pdf:
        for i in area1:
            for operands, op in _ops(pdf.pages[i]):
                if op == "cm" and abs(float(operands[1])) < 1e-9:
                    assert float(operands[0]) > 0.99, (i, operands)

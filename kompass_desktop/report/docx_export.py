"""The report as a Word document (PRODUCT §3.10), for the editor who finishes the text in
Word: the same chapters as the PDF with real Heading 1–3 styles (Word's navigation pane and
table of contents work), a TOC field that Word fills in on opening, the score tables as Word
tables with a repeating header row, the chart as a PNG with alternative text, and UTKAST in
the page header of drafts. Built from ReportData alone (safe in a worker thread)."""
from __future__ import annotations

from io import BytesIO
from typing import Callable
from itertools import zip_longest

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from kompass_desktop.domain.scoring import ScoreStatus, format_decimal
from kompass_desktop.report.charts import chart_alt, chart_png, series_label
from kompass_desktop.report.data import STATUS_MARK, ReportData
from kompass_desktop.report.document import BuildCancelled

UNSCORED = STATUS_MARK[ScoreStatus.UNSCORED]


def _points(a) -> str:
    return UNSCORED if a.status is ScoreStatus.UNSCORED else str(a.rounded)


def _percent(a) -> str:
    return "–" if a.status is ScoreStatus.UNSCORED else f"{a.percent}%"


def _mark(status) -> str:
    return "" if status is ScoreStatus.AGREED else f" ({STATUS_MARK[status]})"


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _toc_field(paragraph) -> None:
    """A TOC field over heading levels 1–3; Word fills it in (F9, or on opening)."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-3" \\h \\z \\u'
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = "Innehållsförteckningen fylls i när dokumentet öppnas i Word (eller med F9)."
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, text, end):
        run._r.append(el)


def _update_fields_on_open(document) -> None:
    settings = document.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    settings.append(el)


class WordReport:
    def __init__(self, data: ReportData, final: bool):
        self.data = data
        self.final = final

    def build(self, out, progress=None, cancel=None, on_pass=None) -> int:
        d = self.data
        steps = [0]
        total = 6 + len(d.areas)

        def step():
            if cancel is not None and cancel():
                raise BuildCancelled()
            steps[0] += 1
            if progress is not None:
                progress(min(1.0, steps[0] / total))

        doc = Document()
        core = doc.core_properties
        core.title = d.title or f"Kommunkompassen {d.municipality} {d.year}"
        core.author = ", ".join(e.name for e in d.evaluators)
        core.subject = "Kommunkompassen"
        core.language = "sv-SE"
        normal = doc.styles["Normal"]
        normal.font.name = "Cambria"
        normal.font.size = Pt(10.5)
        rpr = normal.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "sv-SE")
        rpr.append(lang)
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        header = section.header.paragraphs[0]
        header.text = f"Kommunkompassen – {d.municipality} {d.year}"
        if not self.final:
            run = header.add_run(f"\tUTKAST – exporterat {d.exported_at:%Y-%m-%d %H:%M}")
            run.bold = True
            run.font.color.rgb = RGBColor(0xB2, 0x22, 0x22)

        # cover
        doc.add_paragraph("KOMMUNKOMPASSEN").runs[0].bold = True
        doc.add_paragraph(d.title or f"Analys av {d.municipality}", style="Title")
        doc.add_paragraph(f"{d.municipality} {d.year}", style="Subtitle")
        doc.add_paragraph(f"Datum: {d.cover_date()}")
        doc.add_paragraph(f"Ramverk: {d.framework_name}")
        if d.evaluators:
            doc.add_paragraph("Utvärderare: " + "; ".join(
                e.name + (f", {e.organisation}" if e.organisation else "") for e in d.evaluators))
        if not self.final:
            p = doc.add_paragraph()
            r = p.add_run(f"UTKAST – exporterat {d.exported_at:%Y-%m-%d %H:%M}")
            r.bold = True
            r.font.color.rgb = RGBColor(0xB2, 0x22, 0x22)
        doc.add_page_break()
        doc.add_paragraph("Innehåll", style="TOC Heading" if "TOC Heading" in doc.styles else None)
        _toc_field(doc.add_paragraph())
        _update_fields_on_open(doc)
        doc.add_page_break()
        step()

        # 1
        doc.add_heading("1 Vad är Kommunkompassen?", level=1)
        self._texts(doc, d.intro_text)
        doc.add_paragraph(f"Områdena i {d.framework_name}:")
        for a in d.areas:
            doc.add_paragraph(f"{a.number}. {a.title}", style="List Bullet")
        step()

        # 2
        doc.add_heading(f"2 {d.municipality} i förhållande till Kommunkompassen: en "
                        "sammanfattande genomgång", level=1)
        doc.add_heading("Utvärderingen", level=2)
        first = f"Utvärderingen av {d.municipality}"
        when, order = d.when_text(), d.order_text()
        first += f" genomfördes {when}" if when else f" avser år {d.year}"
        first += f". Det var {order} med Kommunkompassen." if order else "."
        doc.add_paragraph(first)
        doc.add_paragraph(d.method_text())
        doc.add_heading("Sammanfattning av resultat", level=2)
        doc.add_paragraph(f"{d.municipality_genitive()} resultat blev {d.total_rounded} poäng av "
                          f"{format_decimal(d.total_max)} möjliga ({d.total_percent} procent).")
        rows = [[f"{a.number}. {a.title}{_mark(a.status)}", _points(a),
                 format_decimal(a.max_points), _percent(a)] for a in d.areas]
        rows.append(["TOTALT", str(d.total_rounded), format_decimal(d.total_max),
                     f"{d.total_percent}%"])
        self._table(doc, ["Område", "Poäng", "Max", "Procent"], rows)
        step()
        caption = (f"{d.municipality} ({d.year}) jämfört med " + " och ".join(s.label for s in d.series)
                   if d.series else f"{d.municipality} ({d.year}): poäng per område")
        doc.add_paragraph(caption, style="Caption")
        png = chart_png(d)
        if png is not None:
            doc.add_picture(BytesIO(png), width=Mm(160))
            self._alt_text(doc, chart_alt(d), caption)
        else:
            doc.add_paragraph(chart_alt(d))
        step()
        doc.add_heading("Jämförelser", level=2)
        if d.series:
            head = ["Område", f"{d.municipality} {d.year}"] + [series_label(s) for s in d.series]
            rows = [[f"{a.number}. {a.title}", _points(a)]
                    + ["–" if s.areas.get(a.number) is None else str(s.areas[a.number]) for s in d.series]
                    for a in d.areas]
            rows.append(["TOTALT", str(d.total_rounded)] + [str(s.total) for s in d.series])
            self._table(doc, head, rows)
        else:
            doc.add_paragraph("Inga jämförelseserier har lagts in för den här utvärderingen.")
        if d.summary_improvements:
            doc.add_heading("Sammanfattande förbättringsområden", level=2)
            for t in d.summary_improvements:
                doc.add_paragraph(t, style="List Bullet")
        step()

        # 3
        doc.add_heading("3 Detaljerad genomgång per område", level=1)
        for a in d.areas:
            doc.add_heading(f"Område {a.number} {a.title}", level=2)
            doc.add_paragraph(f"Områdets poäng: {_points(a)}{_mark(a.status) if a.status is ScoreStatus.PRELIMINARY else ''}"
                              f" av {format_decimal(a.max_points)}.")
            for s in a.subareas:
                doc.add_paragraph(f"{s.title}{_mark(s.status)}", style="List Bullet")
            if a.general_text.strip():
                doc.add_heading("Allmänt", level=3)
                self._texts(doc, a.general_text)
            for s in a.subareas:
                doc.add_heading(f"{s.number} {s.title}{_mark(s.status)}", level=3)
                self._texts(doc, s.text)
                for ex in s.examples:
                    p = doc.add_paragraph()
                    p.add_run("Gott exempel: ").bold = True
                    p.add_run(f"{ex.municipality} – {ex.what}" + (f" {ex.why}" if ex.why else ""))
            pairs = [[x or "", y or ""] for x, y in zip_longest(a.strengths, a.improvements)] or [["–", "–"]]
            self._table(doc, ["Styrkor", "Förbättringsmöjligheter"], pairs, numeric=False)
            step()

        # 4
        doc.add_heading("4 Översikt av poängfördelning", level=1)
        doc.add_paragraph(f"Tabellerna visar {d.municipality_genitive()} resultat per delområde "
                          "inom varje område. Procent räknas på de ej avrundade poängen, och "
                          "områdets summa på delområdenas ej avrundade poäng.")
        for a in d.areas:
            rows = [[f"{s.number} {s.title}{_mark(s.status)}",
                     UNSCORED if s.rounded is None else str(s.rounded),
                     format_decimal(s.max_points), "–" if s.percent is None else f"{s.percent}%"]
                    for s in a.subareas]
            rows.append(["Summa", _points(a), format_decimal(a.max_points), _percent(a)])
            self._table(doc, [f"{a.number}. {a.title}", "Uppnått", "Max", "Procent"], rows)
            doc.add_paragraph()
        doc.save(str(out))
        step()
        return 1

    # ---- pieces ---------------------------------------------------------------------------

    @staticmethod
    def _texts(doc, text: str) -> None:
        norm = (text or "").replace("\r\n", "\n").replace("\r", "\n")
        for block in (b.strip() for b in norm.split("\n\n")):
            if block:
                doc.add_paragraph(block)

    @staticmethod
    def _table(doc, head: list[str], rows: list[list[str]], numeric: bool = True):
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, head):
            cell.text = text
            for r in cell.paragraphs[0].runs:
                r.bold = True
        _repeat_header(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for i, (cell, text) in enumerate(zip(cells, row)):
                cell.text = text
                if numeric and i > 0:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return t

    @staticmethod
    def _alt_text(doc, alt: str, title: str) -> None:
        """Alternative text on the picture just added (wp:docPr descr)."""
        inline = doc.paragraphs[-1]._p.xpath(".//wp:docPr")
        if inline:
            inline[-1].set("descr", alt)
            inline[-1].set("title", title)

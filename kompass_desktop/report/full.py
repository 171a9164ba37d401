"""The full evaluation report, laid out like SKR's published Kommunkompassen reports:
cover, Innehåll, 1 what Kommunkompassen is, 2 summary (the evaluation, the results with a
chart, comparisons), 3 one chapter per area, 4 the score distribution tables."""
from __future__ import annotations

from itertools import zip_longest

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, KeepTogether, NextPageTemplate, PageBreak,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

from kompass_desktop.domain.scoring import ScoreStatus, format_decimal
from kompass_desktop.report import styles as st
from kompass_desktop.report.charts import area_chart, chart_alt, series_label
from kompass_desktop.report.data import STATUS_MARK, AreaData, ReportData
from kompass_desktop.report.document import DeferredTOC, ReportDocTemplate, planned_toc_entries
from kompass_desktop.report.styles import CellParagraph, literal, paragraphs_of
from kompass_desktop.report.tagging import (Decoration, Figure, ListGroup, TableTags, para,
                                            table)

FRAME_W = 160 * mm - 12  # A4 width minus 25 mm margins, minus the frame's 6 pt paddings
FRAME_H = (297 - 25 - 22) * mm - 12  # body frame height inside its paddings


def cover_title(d: ReportData) -> str:
    """The title under the KOMMUNKOMPASSEN kicker, without repeating the word."""
    title = (d.title or "").strip()
    for prefix in ("Kommunkompassen –", "Kommunkompassen -", "Kommunkompassen:", "Kommunkompassen"):
        if title.casefold().startswith(prefix.casefold()) and len(title) > len(prefix) + 2:
            title = title[len(prefix):].strip()
            return title[:1].upper() + title[1:]
    return title or f"Analys av {d.municipality}"


ROLE_OF_STYLE = {"h1": "H1", "h2": "H2", "h3": "H3"}


def heading(text: str, style, level: int | None = None, key: str | None = None) -> Paragraph:
    role = ROLE_OF_STYLE.get(style.name, "P")
    p = para(literal(text), style, role)
    if level is not None:
        p.toc_level = level
        p.toc_markup = literal(text)
        p.toc_plain = text
        p.toc_key = key
    return p


def mark_markup(status: ScoreStatus, size: float = 7.5) -> str:
    if status is ScoreStatus.AGREED:
        return ""
    word = STATUS_MARK[status]
    return (f' <font name="{st.SANS_ITALIC}" size="{size}" color="#b22222">'
            f'({word})</font>')


UNSCORED = STATUS_MARK[ScoreStatus.UNSCORED]


def points_text(a) -> str:
    """An area's shown points; "ej bedömt" when nothing in it is scored (never 0)."""
    return UNSCORED if a.status is ScoreStatus.UNSCORED else str(a.rounded)


def percent_text(a) -> str:
    return "–" if a.status is ScoreStatus.UNSCORED else f"{a.percent}%"


def header_widths(labels: list[str], style, room: float, pad: float = 10.0,
                  least: float = 44.0) -> tuple[list[float], object]:
    """Column widths for number columns headed by series names: each wide enough for the
    longest word of its name, so headers wrap between words, never inside one. When the
    names need more than `room`, the header font shrinks (down to 7 pt)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = style.fontSize
    while True:
        widths = [max(least, max(stringWidth(w, style.fontName, size) for w in (x.split() or [""])) + pad)
                  for x in labels]
        if sum(widths) <= room or size <= 7.0:
            break
        size -= 0.25
    if size != style.fontSize:
        style = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                               leading=size * 1.25)
    if sum(widths) > room:  # still too wide: share the room, longest words may break
        widths = [w * room / sum(widths) for w in widths]
    return widths, style


# Room a heading needs below it: its own height and a few lines of what follows.
HEADING_ROOM = {"H1": 130.0, "H2": 150.0, "H3": 75.0}


def keep_headings_with_text(story: list) -> list:
    """Headings never end a page, and a long paragraph after one may still split.

    ReportLab's keepWithNext bundles a heading with the whole next flowable and moves the
    bundle to the next page when it does not fit, which left pages half empty before a long
    sub-area text. Instead each heading asks for room for itself and a few lines (a
    conditional page break) and the text flows on."""
    out = []
    for f in story:
        ref = getattr(f, "pdf_ref", None)
        room = HEADING_ROOM.get(getattr(ref, "role", None))
        if room is not None and isinstance(f, Paragraph):
            f.keepWithNext = 0
            out.append(CondPageBreak(room))
        out.append(f)
    return out


class FullReport:
    def __init__(self, data: ReportData, final: bool):
        self.data = data
        self.final = final
        self.s = st.make_styles()

    # ---- building blocks -----------------------------------------------------------------

    def body(self, text: str) -> list:
        return [para(p, self.s["body"]) for p in paragraphs_of(text)]

    def table_style(self, head_rows: int = 1, sum_row: bool = False) -> TableStyle:
        # Numbers are plain strings (no Paragraph to parse and wrap): right-aligned, in the
        # table's own font settings.
        cmds = [
            st.TABLE_FONT,
            ("FONT", (0, head_rows), (-1, -1), st.SANS, 8.8),
            ("FONT", (0, 0), (-1, head_rows - 1), st.SANS_BOLD, 9),
            ("TEXTCOLOR", (0, 0), (-1, head_rows - 1), colors.white),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, head_rows - 1), st.BLUE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, head_rows), (-1, -1), 0.4, st.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        if sum_row:
            cmds += [("BACKGROUND", (0, -1), (-1, -1), st.TINT),
                     ("FONT", (0, -1), (-1, -1), st.SANS_BOLD, 8.8),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.9, st.BLUE)]
        return TableStyle(cmds)

    # ---- cover and contents ------------------------------------------------------------

    def cover(self) -> list:
        d, s = self.data, self.s
        out = [Spacer(1, 38 * mm), para("KOMMUNKOMPASSEN", s["cover_kicker"]), Spacer(1, 6 * mm),
               para(literal(cover_title(d)), s["cover_title"], "H1"),
               para(literal(f"{d.municipality} {d.year}"), s["cover_sub"]),
               Spacer(1, 6 * mm),
               Decoration(HRFlowable(width="35%", thickness=2, color=st.TEAL, hAlign="LEFT")),
               Spacer(1, 60 * mm)]
        meta = [f"<b>Datum:</b> {literal(d.cover_date())}",
                f"<b>Ramverk:</b> {literal(d.framework_name)}"]
        if d.evaluators:
            meta.append("<b>Utvärderare:</b>")
            for e in d.evaluators:
                org = f", {literal(e.organisation)}" if e.organisation else ""
                meta.append(f"{literal(e.name)}{org}")
        if not self.final:
            meta.append(f'<font color="#b22222"><b>UTKAST</b> – exporterat '
                        f'{d.exported_at:%Y-%m-%d %H:%M}</font>')
        out += [para(m, s["cover_meta"]) for m in meta]
        out += [NextPageTemplate("body"), PageBreak()]
        return out

    def contents(self, toc) -> list:
        return [para("Innehåll", self.s["h1"], "H1"), Spacer(1, 4 * mm), toc, PageBreak()]

    # ---- chapter 1 -----------------------------------------------------------------------

    def chapter_intro(self) -> list:
        d = self.data
        out = [heading("1 Vad är Kommunkompassen?", self.s["h1"], 0, "ch1")]
        out += self.body(d.intro_text)
        out.append(para(f"Områdena i {literal(d.framework_name)}:", self.s["body"]))
        group = ListGroup()
        for a in d.areas:
            out.append(group.item(f"{literal(a.number)}. {literal(a.title)}", self.s["list"]))
        out.append(PageBreak())
        return out

    # ---- chapter 2 -----------------------------------------------------------------------

    def chapter_summary(self) -> list:
        d, s = self.data, self.s
        gen = d.municipality_genitive()
        out = [heading(f"2 {d.municipality} i förhållande till Kommunkompassen: "
                       "en sammanfattande genomgång", s["h1"], 0, "ch2"),
               heading("Utvärderingen", s["h2"], 1, "ch2-eval")]
        first = f"Utvärderingen av {literal(d.municipality)}"
        when, order = d.when_text(), d.order_text()
        if when:
            first += f" genomfördes {when}"
        else:
            first += f" avser år {d.year}"
        if order:
            first += f". Det var {order} med Kommunkompassen."
        else:
            first += "."
        out.append(para(first, s["body"]))
        out.append(para(d.method_text(), s["body"]))
        if d.evaluators:
            names = [literal(e.name) + (f" ({literal(e.organisation)})" if e.organisation else "")
                     for e in d.evaluators]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]
            out.append(para(f"Utvärderare: {joined}.", s["body"]))

        out.append(heading("Sammanfattning av resultat", s["h2"], 1, "ch2-result"))
        total = (f"{literal(gen)} resultat blev <b>{d.total_rounded} poäng</b> av "
                 f"{format_decimal(d.total_max)} möjliga ({d.total_percent} procent). Tabellen "
                 "visar poängen per område.")
        note = []
        if not d.total_complete:
            note = [para(
                f"{len(d.missing)} delområden saknar ännu en överenskommen poäng. De redovisas som "
                "preliminära (medel av utvärderarnas egna bedömningar) eller som ej bedömda; "
                "resultatet kan ändras.", s["note"])]
        if d.series:
            caption = (f"{d.municipality} ({d.year}) jämfört med "
                       + " och ".join(s_.label for s_ in d.series))
        else:
            caption = f"{d.municipality} ({d.year}): poäng per område"
        # The sentence that introduces the chart, its caption and the chart stay together.
        chart = area_chart(d, FRAME_W, bar_width=10.0 if not d.series else 8.6,
                           max_height=FRAME_H * 0.6)
        out += [para(total, s["body"])] + note + [self.area_points_table(), Spacer(1, 5 * mm)]
        intro = ("Diagrammet visar poängen per område" +
                 (" jämförda med " + (f"{len(d.series)} jämförelseserier" if len(d.series) > 1
                                      else "jämförelseserien") if d.series else "") + ".")
        # The sentence that introduces the chart, its caption and the chart stay together.
        out.append(KeepTogether([para(intro, s["body"]), para(literal(caption), s["h4"]),
                                 Figure(chart, chart_alt(d))]))
        out.append(Spacer(1, 4 * mm))

        out.append(CondPageBreak(70 * mm))
        block = [heading("Jämförelser", s["h2"], 1, "ch2-compare")] + self.comparison_block()
        # heading, introduction and a short table stay on one page
        out.append(KeepTogether(block) if len(d.areas) <= 12 else block[0])
        if len(d.areas) > 12:
            out += block[1:]
        if d.summary_improvements:
            items = [heading("Sammanfattande förbättringsområden", s["h2"], 1, "ch2-improve")]
            group = ListGroup()
            items += [group.item(literal(t), s["list"]) for t in d.summary_improvements]
            # A short list stays in one piece; a long one may split, but never as a lone line.
            out.append(KeepTogether(items) if len(items) <= 12 else items[0])
            if len(items) > 12:
                out += items[1:]
        out.append(PageBreak())
        return out

    def area_points_table(self) -> Table:
        d, s = self.data, self.s
        rows = [["Område", "Poäng",
                 "Max", "Procent"]]
        for a in d.areas:
            rows.append([CellParagraph(f"{literal(a.number)}. {literal(a.title)}{mark_markup(a.status)}",
                                       s["cell"]),
                         points_text(a),
                         format_decimal(a.max_points),
                         percent_text(a)])
        rows.append(["TOTALT",
                     str(d.total_rounded) if any(a.status is not ScoreStatus.UNSCORED for a in d.areas) else UNSCORED,
                     format_decimal(d.total_max),
                     f"{d.total_percent}%"])
        t = table(rows, tags=TableTags(row_heads=True), colWidths=[FRAME_W - 150, 56, 44, 50],
                  repeatRows=1, hAlign="LEFT")
        t.setStyle(self.table_style(sum_row=True))
        return t

    def comparison_block(self) -> list:
        d, s = self.data, self.s
        if not d.series:
            return [para("Inga jämförelseserier har lagts in för den här utvärderingen.",
                              s["body"])]
        out = [para("Tabellen visar poängen per område för utvärderingen och för varje "
                         "jämförelseserie. En serie som anger en egen totalsumma visas med den.",
                         s["body"])]
        labels = [f"{d.municipality} {d.year}"] + [series_label(x) for x in d.series]
        widths, head_style = header_widths(labels, s["cell_head_r"], FRAME_W - 150, pad=12)
        head = ["Område"] + [CellParagraph(literal(x), head_style) for x in labels]
        rows = [head]
        for a in d.areas:
            row = [CellParagraph(f"{literal(a.number)}. {literal(a.title)}", s["cell"]),
                   points_text(a)]
            for x in d.series:
                v = x.areas.get(a.number)
                row.append("–" if v is None else str(v))
            rows.append(row)
        total = ["TOTALT", str(d.total_rounded)]
        total += [str(x.total) for x in d.series]
        rows.append(total)
        t = table(rows, tags=TableTags(row_heads=True),
                  colWidths=[FRAME_W - sum(widths)] + widths, repeatRows=1, hAlign="LEFT")
        t.setStyle(self.table_style(sum_row=True))
        out.append(t)
        if any(not x.comparable for x in d.series):
            out.append(para(
                "* Serien kommer från en annan revision av Kommunkompassen. Områden och "
                "bedömningsgrunder skiljer sig åt, så poängen är inte direkt jämförbara.", s["note"]))
        return out

    # ---- chapter 3 -----------------------------------------------------------------------

    def chapter_areas(self, on_area=None) -> list:
        s = self.s
        out = [heading("3 Detaljerad genomgång per område", s["h1"], 0, "ch3")]
        for i, a in enumerate(self.data.areas):
            if i > 0:
                # A new area starts on a new page only when little room is left: a forced
                # break left pages holding just the last rows of a strengths table.
                out.append(CondPageBreak(FRAME_H * 0.4))
                out.append(Spacer(1, 6 * mm))
            out += self.area_chapter(a)
            if on_area:
                on_area(a)
        out.append(PageBreak())
        return out

    def score_box(self, a: AreaData) -> Table:
        s = self.s
        group = ListGroup()
        items = [group.item(f"{literal(x.title)}{mark_markup(x.status)}", s["cell_list"])
                 for x in a.subareas]
        if a.status is ScoreStatus.UNSCORED:
            score = [Paragraph("–", s["score_big"]), Paragraph(STATUS_MARK[ScoreStatus.UNSCORED], s["center"])]
        else:
            score = [Paragraph(str(a.rounded), s["score_big"])]
            if a.status is ScoreStatus.PRELIMINARY:
                score.append(Paragraph('<font color="#b22222"><i>preliminärt</i></font>', s["center"]))
        rows = [[CellParagraph("Delområden", s["cell_head"]), CellParagraph("Poäng", s["cell_head"])],
                [items, score]]
        t = table(rows, colWidths=[FRAME_W - 32 * mm, 32 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([st.TABLE_FONT, 
            ("BACKGROUND", (0, 0), (-1, 0), st.BLUE),
            ("BACKGROUND", (0, 1), (-1, 1), st.TINT2),
            ("ALIGN", (1, 0), (1, -1), "CENTER"),
            ("VALIGN", (0, 1), (0, 1), "TOP"),
            ("VALIGN", (1, 1), (1, 1), "MIDDLE"),
            ("LINEAFTER", (0, 1), (0, 1), 0.5, st.RULE),
            ("BOX", (0, 0), (-1, -1), 0.5, st.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ]))
        return t

    def area_chapter(self, a: AreaData) -> list:
        s = self.s
        out = [heading(f"Område {a.number} {a.title}", s["h2"], 1, f"area-{a.number}"),
               self.score_box(a), Spacer(1, 3 * mm)]
        if a.general_text.strip():
            out.append(heading("Allmänt", s["h3"]))
            out += self.body(a.general_text)
        for sub in a.subareas:
            title = para(f"{literal(sub.number)} {literal(sub.title)}{mark_markup(sub.status, 8)}",
                         s["h3"], "H3")
            out.append(title)
            texts = self.body(sub.text)
            if not texts and not self.final:
                texts = [para("Ingen text skriven ännu.", s["note"])]
            out += texts
            for ex in sub.examples:
                why = f" {literal(ex.why)}" if ex.why else ""
                out.append(para(
                    f'<font name="{st.SANS_BOLD}" color="#00857c">Gott exempel:</font> '
                    f"<b>{literal(ex.municipality)}</b> – {literal(ex.what)}{why}", s["example"]))
        out.append(Spacer(1, 4 * mm))
        out.append(self.strengths_table(a))
        return out

    def strengths_table(self, a: AreaData):
        s = self.s
        rows = [[CellParagraph("Styrkor", s["cell_head"]), CellParagraph("Förbättringsmöjligheter", s["cell_head"])]]
        for st_, im in zip_longest(a.strengths, a.improvements):
            rows.append([CellParagraph(literal(st_), s["cell_serif"]) if st_ else "",
                         CellParagraph(literal(im), s["cell_serif"]) if im else ""])
        if len(rows) == 1:
            rows.append([CellParagraph("–", s["cell_serif"]), CellParagraph("–", s["cell_serif"])])
        # splitInRow: an item longer than a page continues on the next one instead of failing
        t = table(rows, colWidths=[FRAME_W / 2, FRAME_W / 2], repeatRows=1, hAlign="LEFT",
                  splitInRow=1)
        t.setStyle(TableStyle([st.TABLE_FONT, 
            ("BACKGROUND", (0, 0), (-1, 0), st.BLUE),
            ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#eef6f4")),
            ("BACKGROUND", (1, 1), (1, -1), colors.HexColor("#fbf3e8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEAFTER", (0, 0), (0, -1), 1.5, colors.white),
            ("LINEBELOW", (0, 1), (-1, -1), 1.5, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ]))
        return t

    # ---- chapter 4 -----------------------------------------------------------------------

    def chapter_scores(self) -> list:
        d, s = self.data, self.s
        out = [heading("4 Översikt av poängfördelning", s["h1"], 0, "ch4"),
               para(f"Tabellerna visar {literal(d.municipality_genitive())} resultat per "
                         "delområde inom varje område. Procent räknas på de ej avrundade poängen, "
                         "och områdets summa på delområdenas ej avrundade poäng; därför kan "
                         "summan skilja sig från summan av de avrundade talen.", s["body"])]
        for a in d.areas:
            out.append(Spacer(1, 3 * mm))
            out.append(self.score_table(a))
        return out

    def score_table(self, a: AreaData) -> Table:
        s = self.s
        rows = [[CellParagraph(f"{literal(a.number)}. {literal(a.title)}", s["cell_head"]),
                 "Uppnått", "Max",
                 "Procent"]]
        for x in a.subareas:
            pts = UNSCORED if x.rounded is None else str(x.rounded)
            pct = "–" if x.percent is None else f"{x.percent}%"
            rows.append([CellParagraph(f"{literal(x.number)} {literal(x.title)}{mark_markup(x.status)}",
                                       s["cell"]),
                         pts, format_decimal(x.max_points),
                         pct])
        label = "Summa" + ("" if a.complete else mark_markup(a.status))
        rows.append([CellParagraph(label, s["cell_bold"]), points_text(a),
                     format_decimal(a.max_points),
                     percent_text(a)])
        t = table(rows, tags=TableTags(row_heads=True), colWidths=[FRAME_W - 150, 56, 44, 50],
                  repeatRows=1, hAlign="LEFT")
        t.setStyle(self.table_style(sum_row=True))
        # Short tables stay in one piece; a long one splits with its header repeated.
        t.keepWithNext = False
        return KeepTogether([t]) if len(rows) <= 14 else t

    # ---- the whole -------------------------------------------------------------------------

    def story(self) -> tuple[list, DeferredTOC]:
        body = self.chapter_intro() + self.chapter_summary() + self.chapter_areas() + self.chapter_scores()
        body = keep_headings_with_text(body)
        toc = DeferredTOC(planned_toc_entries(body), self.s)
        return self.cover() + self.contents(toc) + body, toc

    def build(self, out, progress=None, cancel=None, on_pass=None) -> int:
        story, toc = self.story()
        d = self.data
        doc = ReportDocTemplate(
            str(out), header_text=f"Kommunkompassen – {d.municipality} {d.year}",
            draft=not self.final, stamp=f"{d.exported_at:%Y-%m-%d %H:%M}",
            progress=progress, cancel=cancel, total_flowables=len(story), on_pass=on_pass,
            title=d.title or f"Kommunkompassen {d.municipality} {d.year}",
            author=", ".join(e.name for e in d.evaluators), subject="Kommunkompassen",
            creator="Kompass Desktop")
        doc.set_toc(toc)
        # One layout pass: the contents' page numbers are filled in at the end (DeferredTOC);
        # then the structure tree is written (tagged PDF, PDF/UA-1).
        doc.build_tagged(story, title=doc.title, author=doc.author, subject="Kommunkompassen")
        return doc.page

"""The slide summary (landscape 16:9), shaped like SKR's feedback decks: title, the areas,
the total with a per-area chart, comparisons, the summary improvement areas, then one slide
per area with its sub-area points, strengths and improvement opportunities."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepInFrame, NextPageTemplate, PageBreak, Paragraph, Spacer,
                                TableStyle)

from kompass_desktop.domain.scoring import ScoreStatus, format_decimal
from kompass_desktop.report import styles as st
from kompass_desktop.report.charts import area_chart, chart_alt, series_label
from kompass_desktop.report.data import MONTHS, STATUS_MARK, AreaData, ReportData
from kompass_desktop.report.document import SlideDocTemplate
from kompass_desktop.report.full import header_widths, mark_markup, points_text
from kompass_desktop.report.styles import literal
from kompass_desktop.report.tagging import (Figure, ListGroup, Ref, TableTags, TParagraph, para,
                                            table)

W, H = SlideDocTemplate.SIZE
FRAME_W = W - 40 * mm
FRAME_H = H - 32 * mm


def _styles() -> dict[str, ParagraphStyle]:
    st.register_fonts(st.SANS_FONTS)

    def ps(name, **kw):
        kw.setdefault("fontName", st.SANS)
        kw.setdefault("textColor", st.INK)
        # Bullets in the same embedded font (the default would be Helvetica, not embedded).
        kw.setdefault("bulletFontName", kw["fontName"])
        return ParagraphStyle(name, **kw)

    return {
        "title": ps("title", fontName=st.SANS_BOLD, fontSize=38, leading=46, textColor=colors.white),
        "subtitle": ps("subtitle", fontSize=20, leading=28, textColor=colors.white),
        "meta": ps("meta", fontSize=13, leading=19, textColor=colors.HexColor("#dbe6f0")),
        "h": ps("h", fontName=st.SANS_BOLD, fontSize=24, leading=29, textColor=st.BLUE, spaceAfter=12),
        "bullet": ps("bullet", fontSize=15, leading=21, leftIndent=18, bulletIndent=2, spaceAfter=7),
        "big": ps("big", fontName=st.SANS_BOLD, fontSize=30, leading=38, textColor=st.TEAL),
        "col_head": ps("col_head", fontName=st.SANS_BOLD, fontSize=15, leading=19, textColor=colors.white),
        "item": ps("item", fontSize=12.5, leading=16.5, leftIndent=12, bulletIndent=0, spaceAfter=4),
        "small": ps("small", fontSize=10.5, leading=13.5),
        "cell": ps("cell", fontSize=13, leading=16.5),
        "cell_r": ps("cell_r", fontSize=13, leading=16.5, alignment=TA_RIGHT),
        "cell_b": ps("cell_b", fontName=st.SANS_BOLD, fontSize=13, leading=16.5),
        "cell_b_r": ps("cell_b_r", fontName=st.SANS_BOLD, fontSize=13, leading=16.5, alignment=TA_RIGHT),
        "small_r": ps("small_r", fontSize=10.5, leading=13.5, alignment=TA_RIGHT),
        "small_b": ps("small_b", fontName=st.SANS_BOLD, fontSize=10.5, leading=13.5),
        "small_b_r": ps("small_b_r", fontName=st.SANS_BOLD, fontSize=10.5, leading=13.5, alignment=TA_RIGHT),
        "note": ps("note", fontName=st.SANS_ITALIC, fontSize=10, leading=13, textColor=st.GREY),
    }


class OutlineHeading(TParagraph):
    """A heading that adds its bookmark (outline entry) where it is drawn."""

    outline: tuple[str, str, int] | None = None

    def draw(self):
        if self.outline:
            key, text, level = self.outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            self.outline = None
        super().draw()


def _plain(markup: str) -> str:
    import html
    import re
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def _keep_last_words(markup: str) -> str:
    """Join the last two words with a no-break space: a wrapped title never leaves one word
    alone on its last line."""
    head, sep, last = markup.rstrip().rpartition(" ")
    if not sep or "<" in last or ">" in last or len(last) > 20:
        return markup
    return f"{head}\u00a0{last}"


def _fit(flowables: list, height: float = FRAME_H) -> KeepInFrame:
    """A slide's content, shrunk if it would not fit (never split over two slides)."""
    return KeepInFrame(FRAME_W, height, flowables, mode="shrink", hAlign="LEFT", vAlign="TOP")


class SlideDeck:
    def __init__(self, data: ReportData, final: bool):
        self.data = data
        self.final = final
        self.s = _styles()

    def title_slide(self) -> list:
        d, s = self.data, self.s
        when = d.exported_at if not d.report_date else None
        from kompass_desktop.report.data import _parse_date
        day = _parse_date(d.report_date) or (when.date() if when else None)
        month = f"{MONTHS[day.month - 1]} {day.year}" if day else str(d.year)
        status = "slutversion" if self.final else "utkast"
        title = OutlineHeading(f"Kommunkompassen {literal(d.municipality)}", s["title"])
        title.pdf_ref = Ref("H1")
        title.outline = ("slide-title", f"Kommunkompassen {d.municipality}", 0)
        items = [Spacer(1, 30 * mm), title,
                 Spacer(1, 4 * mm), para(f"{month} – {status}", s["subtitle"]),
                 Spacer(1, 10 * mm), para(literal(d.framework_name), s["meta"])]
        for e in d.evaluators:
            org = f", {literal(e.organisation)}" if e.organisation else ""
            items.append(para(f"{literal(e.name)}{org}", s["meta"]))
        return [_fit(items), NextPageTemplate("slide"), PageBreak()]

    def areas_slide(self) -> list:
        d, s = self.data, self.s
        items = [self.head(literal(d.framework_name), "areas")]
        group = ListGroup()
        for a in d.areas:
            items.append(group.item(f"{literal(a.number)}. {literal(a.title)}", s["bullet"], label=""))
        maxima = {format_decimal(a.max_points) for a in d.areas}
        if len(maxima) == 1:
            items.append(Spacer(1, 4 * mm))
            items.append(para(f"{len(d.areas)} × {maxima.pop()} p = {format_decimal(d.total_max)} p", s["big"]))
        return [_fit(items), PageBreak()]

    def total_slide(self) -> list:
        d, s = self.data, self.s
        head = self.head(f"{literal(d.municipality)} {d.year} – {d.total_rounded} poäng", "total")
        items = [head]
        if not d.total_complete:
            items.append(para(f"{len(d.missing)} delområden saknar överenskommen poäng "
                                   "(preliminärt resultat).", s["note"]))
        if d.series:
            items.append(para(literal("jämfört med " + ", ".join(x.label for x in d.series)),
                                   s["small"]))
        items.append(Spacer(1, 3 * mm))
        chart = area_chart(d, FRAME_W * 0.98, font_size=10.5,
                           bar_width=max(5.0, min(12.0, 44.0 / (1 + len(d.series)))),
                           label_width_chars=34, max_height=FRAME_H - 70)
        items.append(Figure(chart, chart_alt(d)))
        if any(not x.comparable for x in d.series):
            items.append(para("* annan revision av Kommunkompassen – inte direkt jämförbar",
                                   s["note"]))
        return [_fit(items), PageBreak()]

    def comparison_slide(self) -> list:
        d, s = self.data, self.s
        if not d.series:
            return []
        labels = [f"{d.municipality} {d.year}"] + [series_label(x) for x in d.series]
        widths, head_style = header_widths(labels, s["cell_b_r"], FRAME_W - 380, pad=14, least=70)
        head = [Paragraph("Område", s["cell_b"])] + [Paragraph(literal(x), head_style) for x in labels]
        rows = [head]
        for a in d.areas:
            rows.append([Paragraph(f"{literal(a.number)}. {literal(a.title)}", s["cell"]),
                         Paragraph(points_text(a), s["cell_r"])]
                        + [Paragraph(str(x.areas.get(a.number, "–")), s["cell_r"]) for x in d.series])
        rows.append([Paragraph("TOTALT", s["cell_b"]), Paragraph(str(d.total_rounded), s["cell_b_r"])]
                    + [Paragraph(str(x.total), s["cell_b_r"]) for x in d.series])
        t = table(rows, tags=TableTags(row_heads=True), colWidths=[FRAME_W - sum(widths)] + widths,
                  hAlign="LEFT")
        t.setStyle(TableStyle([st.TABLE_FONT, 
            ("BACKGROUND", (0, 0), (-1, 0), st.TINT),
            ("BACKGROUND", (0, -1), (-1, -1), st.TINT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        items = [self.head(f"{literal(d.municipality)} {d.year} i jämförelse", "compare"), t]
        if any(not x.comparable for x in d.series):
            items.append(Spacer(1, 2 * mm))
            items.append(para("* annan revision av Kommunkompassen – inte direkt jämförbar",
                                   s["note"]))
        return [_fit(items), PageBreak()]

    def summary_slide(self) -> list:
        d, s = self.data, self.s
        if not d.summary_improvements:
            return []
        items = [self.head("Sammanfattande förbättringsområden", "improve")]
        group = ListGroup()
        items += [group.item(literal(t), s["bullet"]) for t in d.summary_improvements]
        return [_fit(items), PageBreak()]

    def head(self, markup: str, key: str, level: int = 0) -> "OutlineHeading":
        """A slide heading (H2), with a bookmark; the last two words never part."""
        text = _keep_last_words(markup)
        p = OutlineHeading(text, self.s["h"])
        p.pdf_ref = Ref("H2")
        p.outline = (f"slide-{key}", _plain(markup), level)
        return p

    def area_slide(self, a: AreaData, last: bool) -> list:
        """One slide per area; when its strengths and improvements do not fit, they continue
        on a second slide (the text keeps its size)."""
        s = self.s
        score = STATUS_MARK[ScoreStatus.UNSCORED] if a.status is ScoreStatus.UNSCORED else f"{a.rounded} poäng"
        title = (f"{literal(a.number)}. {literal(a.title)} – {score}"
                 f"{mark_markup(a.status, 13) if a.status is ScoreStatus.PRELIMINARY else ''}")
        sub_rows = []
        for x in a.subareas:
            pts = STATUS_MARK[ScoreStatus.UNSCORED] if x.rounded is None else f"{x.rounded} / {format_decimal(x.max_points)}"
            sub_rows.append([Paragraph(f"{literal(x.number)} {literal(x.title)}{mark_markup(x.status, 8)}",
                                       s["small"]), Paragraph(pts, s["small_r"])])
        sub_w = FRAME_W * 0.27 - 8 * mm
        subs = table([[Paragraph("Delområde", s["small_b"]), Paragraph("Poäng", s["small_b_r"])]] + sub_rows,
                     tags=TableTags(row_heads=True), colWidths=[sub_w - 62, 62])
        subs.setStyle(TableStyle([st.TABLE_FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        left = [subs]
        shown = [x.rounded for x in a.subareas if x.rounded is not None]
        if len(shown) == len(a.subareas) and a.status is not ScoreStatus.UNSCORED and sum(shown) != a.rounded:
            left += [Spacer(1, 3 * mm), para(
                f"Delområdena summeras till {sum(shown)} av avrundade poäng; områdets {a.rounded} "
                "räknas på de ej avrundade poängen.", s["note"])]

        col_w = (FRAME_W * 0.73 - 8 * mm) / 2
        inner_w = col_w - 18
        head_h = 19 + 14
        # room for the columns: the slide minus its heading and the column heads
        h_title = OutlineHeading(_keep_last_words(title), s["h"]).wrap(FRAME_W, FRAME_H)[1] + s["h"].spaceAfter
        room = FRAME_H - h_title - head_h - 16 - 4

        def chunks(texts):
            out, cur, used = [], [], 0.0
            for t in texts:
                h = Paragraph(literal(t), s["item"]).wrap(inner_w - s["item"].leftIndent, 1e6)[1] + s["item"].spaceAfter
                if cur and used + h > room:
                    out.append(cur)
                    cur, used = [], 0.0
                cur.append(t)
                used += h
            out.append(cur)
            return out

        strengths, improvements = chunks(a.strengths), chunks(a.improvements)
        pages = max(len(strengths), len(improvements))
        out = []
        for k in range(pages):
            def items(parts):
                texts = parts[k] if k < len(parts) else []
                if not texts:
                    return [Paragraph("–" if k == 0 else "", s["item"])]
                group = ListGroup()
                return [group.item(literal(t), s["item"]) for t in texts]

            body = table([[Paragraph("Styrkor", s["col_head"]), Paragraph("Förbättringsmöjligheter", s["col_head"])],
                          [items(strengths), items(improvements)]], colWidths=[col_w, col_w])
            body.setStyle(TableStyle([st.TABLE_FONT,
                ("BACKGROUND", (0, 0), (0, 0), st.TEAL), ("BACKGROUND", (1, 0), (1, 0), st.BLUE),
                ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#eef6f4")),
                ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#eef2f7")),
                ("LINEAFTER", (0, 0), (0, -1), 4, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ]))
            grid = table([[left if k == 0 else [para("forts. från föregående bild", s["note"])], body]],
                         tags=TableTags("layout"), colWidths=[FRAME_W * 0.27, FRAME_W * 0.73])
            grid.setStyle(TableStyle([st.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm),
                                      ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
            suffix = "" if k == 0 else f" (forts. {k + 1}/{pages})"
            head = self.head(title + suffix, f"area-{a.number}-{k}", level=0 if k == 0 else 1)
            out.append(_fit([head, grid]))
            if k < pages - 1 or not last:
                out.append(PageBreak())
        return out

    def story(self) -> list:
        story = self.title_slide() + self.areas_slide() + self.total_slide()
        story += self.comparison_slide() + self.summary_slide()
        for i, a in enumerate(self.data.areas):
            story += self.area_slide(a, i == len(self.data.areas) - 1)
        return story

    def build(self, out, progress=None, cancel=None, on_pass=None) -> int:
        d = self.data
        story = self.story()
        doc = SlideDocTemplate(
            str(out), footer_text=f"Kommunkompassen – {d.municipality} {d.year}",
            draft=not self.final, stamp=f"{d.exported_at:%Y-%m-%d %H:%M}",
            progress=progress, cancel=cancel, total_flowables=len(story), on_pass=on_pass,
            title=f"Kommunkompassen {d.municipality} {d.year} – sammanfattning",
            author=", ".join(e.name for e in d.evaluators), creator="Kompass Desktop")
        doc.build_tagged(story, title=doc.title, author=doc.author,
                         subject="Kommunkompassen – sammanfattning")
        return doc.page

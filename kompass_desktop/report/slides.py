"""The slide summary (landscape 16:9), shaped like SKR's feedback decks: title, the areas,
the total with a per-area chart, comparisons, the summary improvement areas, then one slide
per area with its sub-area points, strengths and improvement opportunities."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepInFrame, NextPageTemplate, PageBreak, Paragraph, Spacer,
                                Table, TableStyle)

from kompass_desktop.domain.scoring import ScoreStatus, format_decimal
from kompass_desktop.report import styles as st
from kompass_desktop.report.charts import area_chart, series_label
from kompass_desktop.report.data import MONTHS, STATUS_MARK, AreaData, ReportData
from kompass_desktop.report.document import SlideDocTemplate
from kompass_desktop.report.full import mark_markup
from kompass_desktop.report.styles import literal

W, H = SlideDocTemplate.SIZE
FRAME_W = W - 40 * mm
FRAME_H = H - 32 * mm


def _styles() -> dict[str, ParagraphStyle]:
    st.register_fonts()

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
        items = [Spacer(1, 30 * mm), Paragraph(f"Kommunkompassen {literal(d.municipality)}", s["title"]),
                 Spacer(1, 4 * mm), Paragraph(f"{month} – {status}", s["subtitle"]),
                 Spacer(1, 10 * mm), Paragraph(literal(d.framework_name), s["meta"])]
        for e in d.evaluators:
            org = f", {literal(e.organisation)}" if e.organisation else ""
            items.append(Paragraph(f"{literal(e.name)}{org}", s["meta"]))
        return [_fit(items), NextPageTemplate("slide"), PageBreak()]

    def areas_slide(self) -> list:
        d, s = self.data, self.s
        items = [Paragraph(literal(d.framework_name), s["h"])]
        for a in d.areas:
            items.append(Paragraph(f"{literal(a.number)}. {literal(a.title)}", s["bullet"]))
        maxima = {format_decimal(a.max_points) for a in d.areas}
        if len(maxima) == 1:
            items.append(Spacer(1, 4 * mm))
            items.append(Paragraph(f"{len(d.areas)} × {maxima.pop()} p = {format_decimal(d.total_max)} p", s["big"]))
        return [_fit(items), PageBreak()]

    def total_slide(self) -> list:
        d, s = self.data, self.s
        head = Paragraph(f"{literal(d.municipality)} {d.year} – {d.total_rounded} poäng", s["h"])
        items = [head]
        if not d.total_complete:
            items.append(Paragraph(f"{len(d.missing)} delområden saknar överenskommen poäng "
                                   "(preliminärt resultat).", s["note"]))
        if d.series:
            items.append(Paragraph(literal("jämfört med " + ", ".join(x.label for x in d.series)),
                                   s["small"]))
        items.append(Spacer(1, 3 * mm))
        chart = area_chart(d, FRAME_W * 0.98, font_size=10.5,
                           bar_width=max(5.0, min(12.0, 44.0 / (1 + len(d.series)))),
                           label_width_chars=34, max_height=FRAME_H - 70)
        items.append(chart)
        if any(not x.comparable for x in d.series):
            items.append(Paragraph("* annan revision av Kommunkompassen – inte direkt jämförbar",
                                   s["note"]))
        return [_fit(items), PageBreak()]

    def comparison_slide(self) -> list:
        d, s = self.data, self.s
        if not d.series:
            return []
        head = [Paragraph("Område", s["cell_b"]),
                Paragraph(literal(f"{d.municipality} {d.year}"), s["cell_b_r"])]
        head += [Paragraph(literal(series_label(x)), s["cell_b_r"]) for x in d.series]
        rows = [head]
        for a in d.areas:
            rows.append([Paragraph(f"{literal(a.number)}. {literal(a.title)}", s["cell"]),
                         Paragraph(str(a.rounded), s["cell_r"])]
                        + [Paragraph(str(x.areas.get(a.number, "–")), s["cell_r"]) for x in d.series])
        rows.append([Paragraph("TOTALT", s["cell_b"]), Paragraph(str(d.total_rounded), s["cell_b_r"])]
                    + [Paragraph(str(x.total), s["cell_b_r"]) for x in d.series])
        n = len(d.series) + 1
        num_w = min(130.0, (FRAME_W - 380) / n)
        t = Table(rows, colWidths=[FRAME_W - num_w * n] + [num_w] * n, hAlign="LEFT")
        t.setStyle(TableStyle([st.TABLE_FONT, 
            ("BACKGROUND", (0, 0), (-1, 0), st.TINT),
            ("BACKGROUND", (0, -1), (-1, -1), st.TINT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        items = [Paragraph(f"{literal(d.municipality)} {d.year} i jämförelse", s["h"]), t]
        if any(not x.comparable for x in d.series):
            items.append(Spacer(1, 2 * mm))
            items.append(Paragraph("* annan revision av Kommunkompassen – inte direkt jämförbar",
                                   s["note"]))
        return [_fit(items), PageBreak()]

    def summary_slide(self) -> list:
        d, s = self.data, self.s
        if not d.summary_improvements:
            return []
        items = [Paragraph("Sammanfattande förbättringsområden", s["h"])]
        items += [Paragraph(literal(t), s["bullet"], bulletText="•") for t in d.summary_improvements]
        return [_fit(items), PageBreak()]

    def area_slide(self, a: AreaData, last: bool) -> list:
        s = self.s
        score = STATUS_MARK[ScoreStatus.UNSCORED] if a.status is ScoreStatus.UNSCORED else f"{a.rounded} poäng"
        head = Paragraph(f"{literal(a.number)}. {literal(a.title)} – {score}"
                         f"{mark_markup(a.status, 13) if a.status is ScoreStatus.PRELIMINARY else ''}",
                         s["h"])
        sub_rows = []
        for x in a.subareas:
            pts = STATUS_MARK[ScoreStatus.UNSCORED] if x.rounded is None else f"{x.rounded} / {format_decimal(x.max_points)}"
            sub_rows.append([Paragraph(f"{literal(x.number)} {literal(x.title)}{mark_markup(x.status, 8)}",
                                       s["small"]), Paragraph(pts, s["small_r"])])
        subs = Table(sub_rows, colWidths=[FRAME_W * 0.27 - 62, 62])
        subs.setStyle(TableStyle([st.TABLE_FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))

        def items(texts):
            return [Paragraph(literal(t), s["item"], bulletText="•") for t in texts] or \
                [Paragraph("–", s["item"])]

        col_w = (FRAME_W * 0.73 - 8 * mm) / 2
        body = Table([[Paragraph("Styrkor", s["col_head"]), Paragraph("Förbättringsmöjligheter", s["col_head"])],
                      [items(a.strengths), items(a.improvements)]], colWidths=[col_w, col_w])
        body.setStyle(TableStyle([st.TABLE_FONT, 
            ("BACKGROUND", (0, 0), (0, 0), st.TEAL), ("BACKGROUND", (1, 0), (1, 0), st.BLUE),
            ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#eef6f4")),
            ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#eef2f7")),
            ("LINEAFTER", (0, 0), (0, -1), 4, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ]))
        grid = Table([[subs, body]], colWidths=[FRAME_W * 0.27, FRAME_W * 0.73])
        grid.setStyle(TableStyle([st.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm),
                                  ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
        out = [_fit([head, grid])]
        if not last:
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
        doc.build(story)
        return doc.page

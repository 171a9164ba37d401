"""Charts drawn with reportlab.graphics: per-area points of this evaluation against every
comparison series, as grouped horizontal bars (long area names stay readable on the axis)."""
from __future__ import annotations

import textwrap
from typing import Callable

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from kompass_desktop.report import styles as st
from kompass_desktop.report.data import ReportData


def series_label(s) -> str:
    return s.label + ("*" if not s.comparable else "")


def chart_alt(data: ReportData) -> str:
    """The chart's alternative text: what it shows and every number in it."""
    names = [f"{data.municipality} {data.year}"] + [series_label(s) for s in data.series]
    maxima = {str(a.max_points) for a in data.areas}
    scale = f" (högst {maxima.pop()} poäng per område)" if len(maxima) == 1 else ""
    parts = [f"Stapeldiagram: poäng per område{scale} för " + ", ".join(names) + "."]
    for a in data.areas:
        own = "ej bedömt" if a.status.value == "unscored" else str(a.rounded)
        vals = [f"{names[0]} {own}"]
        for s, nm in zip(data.series, names[1:]):
            v = s.areas.get(a.number)
            vals.append(f"{nm} {'–' if v is None else v}")
        parts.append(f"{a.number}. {a.title}: " + ", ".join(vals) + ".")
    return " ".join(parts)


def _label(text: str, width: int, lines: int) -> str:
    parts = textwrap.wrap(text, width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: max(1, width - 1)].rstrip() + "…"
    return "\n".join(parts)


def area_chart(data: ReportData, width: float, *, font_size: float = 8.5,
               bar_width: float = 7.0, label_width_chars: int = 30,
               title: str | None = None, max_height: float | None = None) -> Drawing:
    """Grouped bars per area: this evaluation first, then each comparison series."""
    st.register_fonts(st.SANS_FONTS)
    names = [f"{data.municipality} {data.year}"] + [series_label(s) for s in data.series]
    rows = [[None if a.status.value == "unscored" else a.rounded for a in data.areas]]
    for s in data.series:
        rows.append([s.areas.get(a.number) for a in data.areas])
    n = len(rows)
    label_w = font_size * 0.55 * label_width_chars + 10
    legend_h = (font_size + 6) * (1 if n <= 3 else (n + 1) // 2) + 8
    title_h = font_size * 2.4 if title else 0
    fixed = legend_h + title_h + 26 + font_size * 1.8  # the axis title under the axis
    groups = max(1, len(data.areas))
    if max_height is not None:
        # Many areas or series: thinner bars first, so the chart fits on a page.
        # never thinner than the 8 pt value labels need
        bar_width = max(8.6, min(bar_width, (max_height - fixed) / (groups * (n + 1.4))))
    group_gap = bar_width * 1.4
    group_h = n * bar_width + group_gap
    plot_h = groups * group_h
    height = plot_h + fixed
    # Tight groups: one-line labels in a font that fits the group's height.
    label_lines = 3 if group_h >= font_size * 3.6 else 2 if group_h >= font_size * 2.1 else 1
    label_font = font_size if label_lines > 1 else min(font_size, max(8.0, group_h * 0.85))

    d = Drawing(width, height)
    d.initialFontName = st.SANS  # not the unembedded Helvetica default
    if title:
        d.add(String(0, height - font_size * 1.4, title, fontName=st.SANS_BOLD,
                     fontSize=font_size * 1.35, fillColor=st.BLUE))
    c = HorizontalBarChart()
    c.x = label_w
    c.y = legend_h + 18 + font_size * 1.8
    c.width = width - label_w - 24
    c.height = plot_h
    # Horizontal bar charts stack a group's series bottom-up; reversed, this evaluation
    # comes first (on top) in each group, as the legend lists it.
    c.data = rows[::-1]
    c.barWidth = bar_width
    c.groupSpacing = group_gap
    c.barSpacing = 0.5
    c.strokeColor = None
    for i in range(n):
        c.bars[i].fillColor = st.SERIES_COLOURS[(n - 1 - i) % len(st.SERIES_COLOURS)]
        c.bars[i].strokeColor = None
    maxima = [float(a.max_points) for a in data.areas] or [100.0]
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = max(maxima)
    c.valueAxis.valueStep = max(maxima) / 5
    c.valueAxis.labels.fontName = st.SANS
    c.valueAxis.labels.fontSize = font_size
    c.valueAxis.labelTextFormat = lambda v: f"{v:g}"
    c.valueAxis.visibleGrid = 1
    c.valueAxis.gridStrokeColor = st.RULE
    c.valueAxis.gridStrokeWidth = 0.3
    c.valueAxis.strokeColor = st.GREY
    c.categoryAxis.categoryNames = [
        _label(f"{a.number}. {a.title}" + (" (ej bedömt)" if a.status.value == "unscored" else ""),
               label_width_chars, label_lines) for a in data.areas]
    c.categoryAxis.reverseDirection = 1  # area 1 at the top, as read
    c.categoryAxis.labels.fontName = st.SANS
    c.categoryAxis.labels.fontSize = label_font
    c.categoryAxis.labels.leading = label_font * 1.15
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.textAnchor = "end"
    c.categoryAxis.labels.dx = -4
    c.categoryAxis.strokeColor = st.GREY
    c.categoryAxis.tickLeft = 0
    c.barLabelFormat = lambda v: "ej bedömt" if v is None else f"{v:g}"
    c.barLabels.fontName = st.SANS
    c.barLabels.fontSize = max(8.0, min(font_size, bar_width * 1.2))
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 2
    c.barLabels.fillColor = st.INK
    d.add(c)
    d.add(String(c.x + c.width / 2, c.y - font_size * 3.0, "Poäng", fontName=st.SANS_BOLD,
                 fontSize=font_size, fillColor=st.INK, textAnchor="middle"))

    # One row when the names fit across the plot, otherwise two columns.
    swatch = font_size * 2 + 10
    widths = [stringWidth(nm, st.SANS, font_size + 0.5) + swatch + 14 for nm in names]
    avail = width - 10
    one_row = max(widths) * n <= avail  # the row is laid out at n × the widest name
    lg = Legend()
    lg.x = 10
    lg.y = legend_h - 4
    lg.alignment = "right"
    lg.fontName = st.SANS
    lg.fontSize = font_size + 0.5
    lg.dxTextSpace = 4
    lg.boxAnchor = "nw"
    lg.dx = font_size
    lg.dy = font_size
    lg.strokeColor = None
    if one_row:
        lg.columnMaximum = 1
        lg.deltax = max(widths)
        lg.autoXPadding = 14
    else:
        lg.columnMaximum = (n + 1) // 2
        lg.deltax = avail / 2
    lg.colorNamePairs = [(st.SERIES_COLOURS[i % len(st.SERIES_COLOURS)], names[i]) for i in range(n)]
    d.add(lg)
    if max_height is not None and height > max_height:  # still too tall: scale it down
        f = max_height / height
        d.scale(f, f)
        d.width, d.height = width * f, height * f
    return d


# Turns a one-page PDF into a PNG of the given pixel size. ReportLab's own bitmap renderer
# needs cairo, which has no wheels here; the Qt front ends (CLI and workbench) install QtPdf's
# (kompass_desktop.ui.raster) for the Word export, so this layer stays free of Qt.
Rasteriser = Callable[[bytes, int, int], bytes]
_rasterise: Rasteriser | None = None


def use_rasteriser(fn: Rasteriser) -> None:
    global _rasterise
    _rasterise = fn


def chart_png(data: ReportData, width_pt: float = 450.0, dpi: int = 200) -> bytes | None:
    """The report's chart as PNG (the same ReportLab drawing as in the PDF), or None when no
    rasteriser is installed (the document then carries the chart's text alternative)."""
    from reportlab.graphics import renderPDF

    if _rasterise is None:
        return None
    drawing = area_chart(data, width_pt, bar_width=10.0 if not data.series else 8.6,
                         max_height=520)
    pdf = renderPDF.drawToString(drawing)
    return _rasterise(pdf, int(drawing.width * dpi / 72), int(drawing.height * dpi / 72))

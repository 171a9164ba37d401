"""Fonts, colours and paragraph styles shared by the report and the slide deck."""
from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from kompass_desktop.paths import FONTS_DIR

SANS, SANS_BOLD, SANS_ITALIC = "KompassSans", "KompassSans-Bold", "KompassSans-Oblique"
SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC = (
    "KompassSerif", "KompassSerif-Bold", "KompassSerif-Italic", "KompassSerif-BoldItalic")

_FONT_FILES = {
    SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SERIF: "DejaVuSerif.ttf", SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf", SERIF_BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
}
# Table cells default to Helvetica (set even when every cell holds a Paragraph), which would
# put an unembedded font into the PDF; every table style starts with this instead.
TABLE_FONT = ("FONT", (0, 0), (-1, -1), SANS, 9)
_lock = threading.Lock()

# SKR-like palette: a dark blue for headings and table heads, light tints for boxes.
INK = colors.HexColor("#1d1d1b")
BLUE = colors.HexColor("#003a70")
TEAL = colors.HexColor("#00857c")
TINT = colors.HexColor("#e6eef5")
TINT2 = colors.HexColor("#f3f6f9")
RULE = colors.HexColor("#9fb3c8")
GREY = colors.HexColor("#6b6b6b")
WATERMARK = colors.Color(0.80, 0.13, 0.13, alpha=0.10)
DRAFT_RED = colors.HexColor("#b22222")
# This evaluation first, then the comparison series.
SERIES_COLOURS = [colors.HexColor(c) for c in (
    "#003a70", "#7fb2d9", "#00857c", "#f0a73a", "#a05195", "#9e9e9e", "#d45087", "#665191")]


SANS_FONTS = (SANS, SANS_BOLD, SANS_ITALIC)
REPORT_FONTS = SANS_FONTS + (SERIF, SERIF_BOLD)  # no serif italics in the report
_registered: set[str] = set()


def register_fonts(names=REPORT_FONTS) -> None:
    """Register the shipped TTF fonts a document uses, once per process (embedded as subsets
    in each PDF). Parsing a DejaVu file costs about 40 ms, so the slides (sans only) and the
    report (no bold italic) register only what they draw."""
    with _lock:
        for name in names:
            if name not in _registered:
                pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / _FONT_FILES[name])))
                _registered.add(name)
        if not getattr(register_fonts, "_families", False):
            # family mapping only names fonts; each is registered when a document needs it
            pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                          boldItalic=SANS_BOLD)
            pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD,
                                          italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC)
            register_fonts._families = True


_utkast_outline: dict | None = None


def draw_utkast(canvas, size: float, x: float, y: float) -> None:
    """The word UTKAST centred on (x, y) as filled glyph outlines (DejaVu Sans Bold, stored
    in resources/fonts/utkast-outline.json), so it is no text for copy or text-to-speech.
    Drawn once per document into a form XObject and reused on every page."""
    global _utkast_outline
    name = f"kompassUtkast{int(size * 10)}"
    if not getattr(canvas, "_kompass_utkast_form", None) == name:
        if _utkast_outline is None:
            import json
            _utkast_outline = json.loads((FONTS_DIR / "utkast-outline.json").read_text("utf-8"))
        data = _utkast_outline
        k = size / data["units_per_em"]
        half = data["advance"] * k / 2
        canvas.beginForm(name, lowerx=-half - size, lowery=-size, upperx=half + size, uppery=size * 1.5)
        path = canvas.beginPath()
        for op in data["ops"]:
            pts = [v * k for v in op[1:]]
            pts[0::2] = [v - half for v in pts[0::2]]
            if op[0] == "M":
                path.moveTo(*pts)
            elif op[0] == "L":
                path.lineTo(*pts)
            elif op[0] == "C":
                path.curveTo(*pts)
            else:
                path.close()
        canvas.drawPath(path, stroke=0, fill=1, fillMode=1)
        canvas.endForm()
        canvas._kompass_utkast_form = name
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


class CellParagraph(Paragraph):
    """A Paragraph that remembers its line breaking per width. Table cells are wrapped
    several times (row heights, splitting, drawing) at the same width; breaking the lines
    once is enough."""

    _memo_w: float | None = None

    def wrap(self, availWidth, availHeight):
        if self._memo_w == availWidth:
            self.width = availWidth
            self.blPara, self.height, self._wrapWidths = self._memo
            return self.width, self.height
        w, h = super().wrap(availWidth, availHeight)
        if h != 0x7fffffff:
            self._memo_w = availWidth
            self._memo = (self.blPara, self.height, self._wrapWidths)
        return w, h


def literal(text: str | None) -> str:
    """User text as Paragraph markup that prints exactly as typed: <, >, & and quotes are
    escaped, line breaks kept."""
    if not text:
        return ""
    t = escape(str(text).replace("\r\n", "\n").replace("\r", "\n"), {'"': "&quot;", "'": "&#39;"})
    return t.replace("\n", "<br/>")


def paragraphs_of(text: str | None) -> list[str]:
    """User text split at blank lines into paragraphs (each as literal markup)."""
    if not text:
        return []
    norm = str(text).replace("\r\n", "\n").replace("\r", "\n")
    blocks, cur = [], []
    for line in norm.split("\n"):
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append("\n".join(cur))
            cur = []
    if cur:
        blocks.append("\n".join(cur))
    return [literal(b) for b in blocks]


def make_styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    register_fonts(REPORT_FONTS)

    def ps(name, **kw) -> ParagraphStyle:
        kw.setdefault("fontName", SERIF)
        kw.setdefault("textColor", INK)
        # Bullets in the same embedded font (the default would be Helvetica, not embedded).
        kw.setdefault("bulletFontName", kw["fontName"])
        for k in ("fontSize", "leading", "spaceBefore", "spaceAfter"):
            if k in kw:
                kw[k] = kw[k] * scale
        return ParagraphStyle(name, **kw)

    s = {
        # allowWidows=0: a paragraph's last line never starts a page alone
        "body": ps("body", fontSize=10, leading=14.5, spaceAfter=7, allowWidows=0),
        "list": ps("list", fontSize=10, leading=14, leftIndent=14, bulletIndent=3, spaceAfter=3),
        "h1": ps("h1", fontName=SANS_BOLD, fontSize=18, leading=22, textColor=BLUE,
                 spaceBefore=0, spaceAfter=12, keepWithNext=1),
        "h2": ps("h2", fontName=SANS_BOLD, fontSize=14, leading=18, textColor=BLUE,
                 spaceBefore=10, spaceAfter=8, keepWithNext=1),
        "h3": ps("h3", fontName=SANS_BOLD, fontSize=11.5, leading=15, textColor=BLUE,
                 spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h4": ps("h4", fontName=SANS_BOLD, fontSize=10, leading=13, textColor=INK,
                 spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "cell": ps("cell", fontName=SANS, fontSize=8.8, leading=11.5),
        "cell_serif": ps("cell_serif", fontSize=9.3, leading=12.5),
        "cell_list": ps("cell_list", fontSize=9.3, leading=12.5, leftIndent=10, bulletIndent=0),
        "cell_bold": ps("cell_bold", fontName=SANS_BOLD, fontSize=8.8, leading=11.5),
        "cell_head": ps("cell_head", fontName=SANS_BOLD, fontSize=9, leading=11.5,
                        textColor=colors.white),
        "cell_head_r": ps("cell_head_r", fontName=SANS_BOLD, fontSize=9, leading=11.5,
                          textColor=colors.white, alignment=TA_RIGHT),
        "cell_r": ps("cell_r", fontName=SANS, fontSize=8.8, leading=11.5, alignment=TA_RIGHT),
        "cell_bold_r": ps("cell_bold_r", fontName=SANS_BOLD, fontSize=8.8, leading=11.5,
                          alignment=TA_RIGHT),
        "mark": ps("mark", fontName=SANS_ITALIC, fontSize=7.5, leading=9.5, textColor=DRAFT_RED),
        "note": ps("note", fontName=SANS_ITALIC, fontSize=8, leading=10.5, textColor=GREY,
                   spaceBefore=3, spaceAfter=6),
        "example": ps("example", fontName=SANS, fontSize=9, leading=12.5, leftIndent=8,
                      spaceAfter=3),
        "score_big": ps("score_big", fontName=SANS_BOLD, fontSize=26, leading=30, textColor=BLUE,
                        alignment=TA_CENTER),
        "center": ps("center", fontName=SANS, fontSize=9, leading=12, alignment=TA_CENTER),
        # rightIndent keeps long entries clear of the dot leader and the page number
        "toc0": ps("toc0", fontName=SANS_BOLD, fontSize=10.5, leading=15, spaceBefore=5,
                   rightIndent=40),
        "toc1": ps("toc1", fontName=SANS, fontSize=10, leading=14, leftIndent=16, rightIndent=40),
        "cover_kicker": ps("cover_kicker", fontName=SANS_BOLD, fontSize=15, leading=19,
                           textColor=TEAL),
        "cover_title": ps("cover_title", fontName=SANS_BOLD, fontSize=30, leading=36,
                          textColor=BLUE, spaceAfter=10),
        "cover_sub": ps("cover_sub", fontName=SANS, fontSize=15, leading=20, textColor=INK),
        "cover_meta": ps("cover_meta", fontName=SANS, fontSize=11, leading=16, textColor=INK),
        "left": ps("left", fontName=SANS, fontSize=9, leading=12, alignment=TA_LEFT),
    }
    return s

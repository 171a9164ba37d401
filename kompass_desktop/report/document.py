"""Platypus document templates: cover and body pages (portrait), slides (landscape).

Headings that belong in the table of contents carry a `toc_level` attribute; afterFlowable
notifies the TableOfContents with the page they landed on, and multiBuild repeats the layout
until the page numbers are stable. Drafts get a diagonal UTKAST watermark and a header mark
with the export date and time on every page (cover included).
"""
from __future__ import annotations

from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

from kompass_desktop.report import styles as st
from kompass_desktop.report.tagging import TableTags, TaggedFrame, TaggingCanvas



# Streams are zlib-compressed only: the ASCII85 layer on top (ReportLab's default) only
# matters for 7-bit mail transports and costs a fifth of the export time.
from reportlab import rl_config  # noqa: E402

rl_config.useA85 = 0

class BuildCancelled(Exception):
    """Raised from inside the layout when the user cancels; the caller discards the file."""


class _Hooks:
    """Progress and cancel shared by both document kinds."""

    def _init_hooks(self, progress: Callable[[float], None] | None,
                    cancel: Callable[[], bool] | None, total_flowables: int,
                    on_pass: Callable[[int], None] | None = None) -> None:
        self._on_pass = on_pass
        self._progress = progress
        self._cancel = cancel
        self._total = max(1, total_flowables)
        self._done = 0
        self._pass = 0

    def handle_flowable(self, flowables):
        if self._cancel is not None and self._cancel():
            raise BuildCancelled()
        super().handle_flowable(flowables)
        self._done += 1
        if self._progress is not None and self._done % 10 == 0:
            self._progress(min(1.0, self._done / self._total))

    def _startBuild(self, *a, **kw):  # noqa: N802 (ReportLab's name)
        self._done = 0
        self._pass += 1
        if self._on_pass is not None:
            self._on_pass(self._pass - 1)
        return super()._startBuild(*a, **kw)

    def build_tagged(self, story, *, title: str, author: str = "", subject: str = "") -> None:
        """Lay out the story on a tagging canvas, then write the structure tree (PDF/UA)."""
        info = {"title": title, "author": author, "subject": subject}

        def maker(*a, **kw):
            return TaggingCanvas(*a, document_info=info, **kw)

        # Layout allocates many short-lived objects and no cycles worth collecting mid-build:
        # the cyclic collector would run dozens of times for nothing (a tenth of the time).
        import gc
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self.build(story, canvasmaker=maker)
        finally:
            if was_enabled:
                gc.enable()

    def furniture(self, canvas, kind: str = "Pagination", subtype: str | None = None):
        tg = getattr(canvas, "tagger", None)
        if tg is None:
            from kompass_desktop.report.tagging import _nothing
            return _nothing()
        return tg.artifact(kind, subtype)


def draw_draft_marks(canvas, doc, page_w: float, page_h: float, stamp: str,
                     stamp_y: float | None = None, stamp_colour=None, stamp_x: float | None = None) -> None:
    """The diagonal UTKAST watermark (glyph outlines, not text: it never mixes into the
    page's text when copied or read aloud) and the stamp on the running header's baseline;
    both are artifacts in the tagged PDF."""
    with doc.furniture(canvas, "Pagination", "Watermark"):
        canvas.saveState()
        canvas.setFillColor(st.WATERMARK)
        canvas.translate(page_w / 2, page_h / 2)
        canvas.rotate(35 if page_h > page_w else 20)
        st.draw_utkast(canvas, min(page_w, page_h) * 0.22, 0, -min(page_w, page_h) * 0.07)
        canvas.restoreState()
    with doc.furniture(canvas, "Pagination", "Header"):
        canvas.saveState()
        canvas.setFillColor(stamp_colour or st.DRAFT_RED)
        canvas.setFont(st.SANS_BOLD, 8)
        y = page_h - 10 * mm if stamp_y is None else stamp_y
        x = page_w - 18 * mm if stamp_x is None else stamp_x
        canvas.drawRightString(x, y, f"UTKAST – exporterat {stamp}")
        canvas.restoreState()


class ReportDocTemplate(_Hooks, BaseDocTemplate):
    """A4 portrait: 'cover' (no header) and 'body' (running header, page number)."""

    def __init__(self, filename, *, header_text: str, draft: bool, stamp: str,
                 progress=None, cancel=None, total_flowables: int = 1, on_pass=None, **kw):
        self.header_text = header_text
        self.draft = draft
        self.stamp = stamp
        st.register_fonts()
        # initialFontName: the canvas would otherwise reference (unembedded) Helvetica.
        super().__init__(filename, pagesize=A4, initialFontName=st.SANS, leftMargin=25 * mm, rightMargin=25 * mm,
                         topMargin=25 * mm, bottomMargin=22 * mm, **kw)
        self._init_hooks(progress, cancel, total_flowables, on_pass)
        w, h = A4
        cover = TaggedFrame(25 * mm, 25 * mm, w - 50 * mm, h - 50 * mm, id="cover", showBoundary=0)
        body = TaggedFrame(self.leftMargin, self.bottomMargin, w - self.leftMargin - self.rightMargin,
                     h - self.topMargin - self.bottomMargin, id="body", showBoundary=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self._on_cover, onPageEnd=self._on_cover_end),
            PageTemplate("body", [body], onPage=self._on_body, onPageEnd=self._on_page_end),
        ])

    def _on_cover(self, canvas, doc):
        w, h = A4
        with self.furniture(canvas, "Layout"):
            canvas.saveState()
            canvas.setFillColor(st.BLUE)
            canvas.rect(0, h - 18 * mm, w, 18 * mm, stroke=0, fill=1)
            canvas.setFillColor(st.TEAL)
            canvas.rect(0, 0, w, 10 * mm, stroke=0, fill=1)
            canvas.restoreState()

    # The draft marks are drawn when the page is complete, on top of the content (the
    # watermark is translucent), so table and box backgrounds cannot hide them.
    def _on_cover_end(self, canvas, doc):
        if self.draft:
            w, h = A4
            draw_draft_marks(canvas, doc, w, h, self.stamp, stamp_y=h - 25 * mm)

    def _on_page_end(self, canvas, doc):
        if self.draft:
            w, h = A4
            # on the running header's baseline, at the right margin
            draw_draft_marks(canvas, doc, w, h, self.stamp, stamp_y=h - 13.5 * mm,
                             stamp_x=w - 25 * mm)

    def _on_body(self, canvas, doc):
        w, h = A4
        with self.furniture(canvas):
            self._draw_body_furniture(canvas)

    def _draw_body_furniture(self, canvas):
        w, h = A4
        canvas.saveState()
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(25 * mm, h - 15 * mm, w - 25 * mm, h - 15 * mm)
        canvas.setFont(st.SANS, 8)
        canvas.setFillColor(st.GREY)
        canvas.drawString(25 * mm, h - 13.5 * mm, self.header_text)
        canvas.line(25 * mm, 15 * mm, w - 25 * mm, 15 * mm)
        canvas.setFont(st.SANS, 9)
        canvas.setFillColor(st.INK)
        canvas.drawRightString(w - 25 * mm, 10 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()

    def afterFlowable(self, flowable):  # noqa: N802 (ReportLab's name)
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            # toc_markup is already escaped user/framework text; the outline takes plain text.
            key = getattr(flowable, "toc_key", None)
            if key:
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.toc_plain, key, level=level, closed=level > 0)
            index = getattr(flowable, "toc_index", None)
            if index is not None:
                self._toc_pages[index] = self.page

    def set_toc(self, toc: "DeferredTOC | None") -> None:
        self._toc = toc

    def _startBuild(self, *a, **kw):  # noqa: N802 (ReportLab's name)
        self._toc_pages: dict[int, int] = {}
        return super()._startBuild(*a, **kw)

    def _endBuild(self):  # noqa: N802 (ReportLab's name)
        # Every heading has its page now: define the forms the contents refer to.
        toc = getattr(self, "_toc", None)
        if toc is not None:
            canv = self.canv
            for i, (level, _, _) in enumerate(toc.planned):
                style = toc.getLevelStyle(level)
                canv.beginForm(DeferredTOC.form_name(i), lowerx=-200, lowery=-20, upperx=20,
                               uppery=40)
                canv.setFont(style.fontName, style.fontSize)
                canv.setFillColor(style.textColor)
                canv.drawRightString(0, 0, str(self._toc_pages.get(i, "?")))
                canv.endForm()
        return super()._endBuild()


class SlideDocTemplate(_Hooks, BaseDocTemplate):
    """16:9 landscape slides, one frame per page."""

    SIZE = (338.7 * mm, 190.5 * mm)  # 13.33 × 7.5 in, the common widescreen slide

    def __init__(self, filename, *, footer_text: str, draft: bool, stamp: str,
                 progress=None, cancel=None, total_flowables: int = 1, on_pass=None, **kw):
        self.footer_text = footer_text
        self.draft = draft
        self.stamp = stamp
        w, h = self.SIZE
        st.register_fonts(st.SANS_FONTS)
        super().__init__(filename, pagesize=self.SIZE, initialFontName=st.SANS, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=16 * mm, bottomMargin=16 * mm, **kw)
        self._init_hooks(progress, cancel, total_flowables, on_pass)
        frame = TaggedFrame(20 * mm, 16 * mm, w - 40 * mm, h - 32 * mm, id="slide", showBoundary=0)
        self.addPageTemplates([
            PageTemplate("title", [frame], onPage=self._on_title, onPageEnd=self._on_title_end),
            PageTemplate("slide", [frame], onPage=self._on_slide, onPageEnd=self._on_page_end),
        ])

    def _on_title(self, canvas, doc):
        w, h = self.SIZE
        with self.furniture(canvas, "Layout"):
            canvas.saveState()
            canvas.setFillColor(st.BLUE)
            canvas.rect(0, 0, w, h, stroke=0, fill=1)
            canvas.setFillColor(st.TEAL)
            canvas.rect(0, 0, w, 12 * mm, stroke=0, fill=1)
            canvas.restoreState()

    def _on_title_end(self, canvas, doc):
        if self.draft:
            w, h = self.SIZE
            draw_draft_marks(canvas, doc, w, h, self.stamp, stamp_colour=st.colors.white)

    def _on_page_end(self, canvas, doc):
        if self.draft:
            w, h = self.SIZE
            draw_draft_marks(canvas, doc, w, h, self.stamp)

    def _on_slide(self, canvas, doc):
        with self.furniture(canvas):
            self._draw_slide_furniture(canvas)

    def _draw_slide_furniture(self, canvas):
        w, h = self.SIZE
        canvas.saveState()
        canvas.setFillColor(st.BLUE)
        canvas.rect(0, h - 5 * mm, w, 5 * mm, stroke=0, fill=1)
        canvas.setFont(st.SANS, 9)
        canvas.setFillColor(st.GREY)
        canvas.drawString(20 * mm, 8 * mm, self.footer_text)
        canvas.drawRightString(w - 20 * mm, 8 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()


class DeferredTOC(TableOfContents):
    """A table of contents laid out *before* the body in a single pass.

    The entries are known from the story (every heading with a toc_level); only their page
    numbers are not. Each number is drawn as a reference to a small PDF form that the
    document defines once the body is laid out (ReportDocTemplate._endBuild). That keeps
    the export to one layout pass, where multiBuild needs two or more, and the numbers are
    exactly the pages the headings landed on.
    """

    CALLBACK = "kompassTocEntryEnd"
    NUMBER_SPACE = "9999"

    def __init__(self, entries: list[tuple[int, str, str | None]], styles,
                 plain: list[str] | None = None):
        super().__init__()
        self.planned = [(e[0], e[1], e[2]) for e in entries]
        self.plain = plain or [e[3] if len(e) > 3 else e[1] for e in entries]
        self.levelStyles = [styles["toc0"], styles["toc1"]]
        self.dotsMinLevel = 0
        self.tableStyle = TableStyle([st.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])

    @staticmethod
    def form_name(i: int) -> str:
        return f"kompassTocPage{i}"

    # Not an indexing flowable for multiBuild: nothing to collect, always satisfied.
    def beforeBuild(self):
        pass

    def isSatisfied(self):
        return True

    def notify(self, kind, stuff):
        pass

    def wrap(self, availWidth, availHeight):
        def entry_end(canvas, kind, label):
            i = int(label)
            level, _, key = self.planned[i]
            style = self.getLevelStyle(level)
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            num_w = stringWidth(self.NUMBER_SPACE, style.fontName, style.fontSize)
            dot = " . "
            dot_w = stringWidth(dot, style.fontName, style.fontSize)
            n = int((availWidth - x - num_w) / dot_w)
            if n > 0:
                tx = canvas.beginText(availWidth - num_w - n * dot_w, y)
                tx.setFont(style.fontName, style.fontSize)
                tx.setFillColor(style.textColor)
                tx.textLine(dot * n)
                canvas.drawText(tx)
            canvas.saveState()
            canvas.translate(availWidth, y)
            canvas.doForm(self.form_name(i))
            canvas.restoreState()
            if key:
                canvas.linkRect("", key, (availWidth - num_w, y, availWidth, y + style.leading),
                                relative=1)

        self.canv.setNamedCB(self.CALLBACK, entry_end)
        rows = []
        for i, (level, text, key) in enumerate(self.planned):
            style = self.getLevelStyle(level)
            if key:
                text = f'<a href="#{key}">{text}</a>'
            para = Paragraph(f'{text}<onDraw name="{self.CALLBACK}" label="{i}"/>', style)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([para])
        if not rows:
            rows = [[Spacer(1, 1)]]
        self._table = Table(rows, colWidths=(availWidth,), style=self.tableStyle)
        # TOC > TOCI > Link; spacer rows are layout
        entries, i = [], 0
        for r in rows:
            if isinstance(r[0], Spacer):
                entries.append(None)
            else:
                entries.append(self.plain[i])
                i += 1
        TableTags("toc", entries=entries).attach(self._table)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


def planned_toc_entries(story) -> list:
    """The headings that go into the contents, in story order; each gets its toc_index."""
    out = []

    def walk(items):
        for f in items:
            if getattr(f, "toc_level", None) is not None:
                f.toc_index = len(out)
                out.append((f.toc_level, f.toc_markup, f.toc_key, f.toc_plain))
            inner = getattr(f, "_content", None)
            if isinstance(inner, list):
                walk(inner)

    walk(story)
    return out

"""Tagged PDF (PDF/UA-1) on top of ReportLab, which has no structure-tree API.

While the pages are laid out, what each flowable draws is wrapped in marked content: real
content as `/P <</MCID n>> BDC … EMC` (one id per sequence and page), page furniture
(running header, page numbers, the UTKAST mark, rules and table backgrounds) as
`/Artifact BMC … EMC`. The `Tagger` on the canvas remembers which structure element owns
each marked-content id, in drawing order, which is reading order. After the build,
`finish()` writes the structure tree with pikepdf: StructTreeRoot, ParentTree, one element
per heading, paragraph, list, list item (Lbl + LBody), table, row, header and data cell
(with its scope), figure (with its alternative text), table of contents entry and link
(with the link annotation as an object reference and a description), plus /MarkInfo, the
document language, DisplayDocTitle and the PDF/UA identification in XMP.

Structure elements are described before layout by `Ref`s and materialised when first drawn,
under the element that is open at that moment (a table cell, a list), so a paragraph split
over two pages is one element with content on both.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph, Table
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

HEADINGS = ("H1", "H2", "H3", "H4", "H5", "H6")


class Node:
    """A structure element being collected during layout."""

    __slots__ = ("role", "parent", "kids", "alt", "scope", "actual")

    def __init__(self, role: str, parent: "Node | None", alt: str | None = None,
                 scope: str | None = None):
        self.role = role
        self.parent = parent
        self.kids: list = []     # Node, ("mcr", page, mcid) or ("objr", page, annot_index)
        self.alt = alt
        self.scope = scope
        if parent is not None:
            parent.kids.append(self)


class Ref:
    """A structure element described before layout; becomes a Node when first drawn."""

    __slots__ = ("role", "parent", "alt", "scope", "_node", "_tagger")

    def __init__(self, role: str, parent: "Ref | None" = None, alt: str | None = None,
                 scope: str | None = None):
        self.role = role
        self.parent = parent
        self.alt = alt
        self.scope = scope
        self._node = None
        self._tagger = None

    def node(self, tagger: "Tagger") -> Node:
        if self._node is None or self._tagger is not tagger:
            parent = self.parent.node(tagger) if self.parent is not None else tagger.current
            self._node = Node(self.role, parent, self.alt, self.scope)
            self._tagger = tagger
        return self._node


class Tagger:
    """Marked content and structure collected while one document is drawn."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.root = Node("Document", None)
        self._parents: list[Node] = [self.root]
        self._mode: list[str] = []          # "mc" / "art" for the open sequences
        self._open: list[Node | None] = []
        self.page_mcids: dict[int, list[Node]] = {}
        self.page_annots: dict[int, list[Node | None]] = {}

    @property
    def current(self) -> Node:
        return self._parents[-1]

    @property
    def page(self) -> int:
        return self.canvas.getPageNumber() - 1

    @contextmanager
    def parent(self, ref: Ref):
        """Kids drawn inside become children of this element (no content of its own)."""
        if self._mode:  # inside a marked sequence: everything belongs to it
            yield
            return
        self._parents.append(ref.node(self))
        try:
            yield
        finally:
            self._parents.pop()

    @contextmanager
    def marked(self, ref: Ref):
        """What is drawn inside is the content of this element."""
        if self._mode:
            yield
            return
        node = ref.node(self)
        mcids = self.page_mcids.setdefault(self.page, [])
        mcid = len(mcids)
        mcids.append(node)
        node.kids.append(("mcr", self.page, mcid))
        self.canvas._code.append(f"/{node.role} <</MCID {mcid}>> BDC")
        self._mode.append("mc")
        self._open.append(node)
        try:
            yield
        finally:
            self._mode.pop()
            self._open.pop()
            self.canvas._code.append("EMC")

    @contextmanager
    def artifact(self, kind: str = "Layout", subtype: str | None = None):
        if self._mode:
            yield
            return
        props = f"/Type /{kind}" + (f" /Subtype /{subtype}" if subtype else "")
        self.canvas._code.append(f"/Artifact <<{props}>> BDC")
        self._mode.append("art")
        self._open.append(None)
        try:
            yield
        finally:
            self._mode.pop()
            self._open.pop()
            self.canvas._code.append("EMC")

    def annotation_added(self) -> None:
        node = next((n for n in reversed(self._open) if n is not None), None)
        if node is not None and node.role != "Link":
            node = Node("Link", node, alt=node.alt)
        self.page_annots.setdefault(self.page, []).append(node)
        if node is not None:
            node.kids.append(("objr", self.page, len(self.page_annots[self.page]) - 1))


class TaggingCanvas(Canvas):
    """A canvas that carries a Tagger and reports link annotations to it."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.tagger = Tagger(self)

    def _addAnnotation(self, annotation, name=None, addtopage=1):  # noqa: N802
        super()._addAnnotation(annotation, name, addtopage)
        if addtopage:
            self.tagger.annotation_added()


def tagger_of(canvas) -> Tagger | None:
    return getattr(canvas, "tagger", None)


# ---- flowables that tag what they draw -------------------------------------------------------

class Tagged:
    """Mixin: the flowable's drawing is the content of `pdf_ref` (or, with pdf_container,
    the parent of what it draws). Split parts keep the same element."""

    pdf_ref: Ref | None = None
    pdf_container = False

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (ReportLab's name)
        tg = tagger_of(canvas)
        ref = self.pdf_ref
        if tg is None or ref is None:
            return super().drawOn(canvas, x, y, _sW)
        if ref.role == "Artifact":
            ctx = tg.artifact()
        elif self.pdf_container:
            ctx = tg.parent(ref)
        else:
            ctx = tg.marked(ref)
        with ctx:
            return super().drawOn(canvas, x, y, _sW)

    def split(self, availWidth, availHeight):  # noqa: N802,N803
        parts = super().split(availWidth, availHeight)
        for i, p in enumerate(parts):
            if isinstance(p, Tagged):
                p.pdf_ref = self.pdf_ref
                self._tag_part(p, i)
        return parts

    def _tag_part(self, part, index: int) -> None:
        pass


class TParagraph(Tagged, Paragraph):
    """A paragraph as one structure element: P, H1–H3 …"""


def tagged(flowable, role: str, parent: Ref | None = None, alt: str | None = None):
    """Give any Tagged flowable its structure element; returns the flowable."""
    flowable.pdf_ref = Ref(role, parent, alt=alt)
    return flowable


def para(text: str, style, role: str = "P", parent: Ref | None = None, **kw) -> TParagraph:
    p = TParagraph(text, style, **kw)
    p.pdf_ref = Ref(role, parent)
    return p


class ListGroup:
    """The L element that consecutive list items share."""

    def __init__(self, parent: Ref | None = None):
        self.ref = Ref("L", parent)

    def item(self, text: str, style, label: str = "•") -> "ListItem":
        return ListItem(text, style, group=self, label=label)


class ListItem(Tagged, Paragraph):
    """A list item: LI with its label (Lbl) and body (LBody). The label hangs in the left
    indent; wrapped lines align with the first line's text (a hanging indent)."""

    pdf_container = True

    def __init__(self, text, style, bulletText=None, frags=None, caseSensitive=1,  # noqa: N803
                 encoding="utf8", *, group: ListGroup | None = None, label: str | None = "•"):
        super().__init__(text, style, bulletText=None, frags=frags, caseSensitive=caseSensitive,
                         encoding=encoding)
        if group is not None:
            self.pdf_ref = Ref("LI", group.ref)
            self.lbl_ref = Ref("Lbl", self.pdf_ref)
            self.body_ref = Ref("LBody", self.pdf_ref)
        self.label = label

    def _tag_part(self, part, index: int) -> None:
        part.lbl_ref, part.body_ref = self.lbl_ref, self.body_ref
        part.label = self.label if index == 0 else None

    def draw(self):
        canvas = self.canv
        tg = tagger_of(canvas)
        style = self.style
        blpara = getattr(self, "blPara", None)
        if self.label and blpara is not None and blpara.lines:
            ascent = getattr(blpara, "ascent", None)
            if ascent is None:
                ascent = getattr(blpara.lines[0], "ascent", style.fontSize)
            y = self.height - ascent
            with (tg.marked(self.lbl_ref) if tg and self.pdf_ref else _nothing()):
                canvas.saveState()
                canvas.setFont(style.bulletFontName, style.bulletFontSize or style.fontSize)
                canvas.setFillColor(getattr(style, "bulletColor", None) or style.textColor)
                canvas.drawString(style.bulletIndent, y, self.label)
                canvas.restoreState()
        with (tg.marked(self.body_ref) if tg and self.pdf_ref else _nothing()):
            super().draw()


@contextmanager
def _nothing():
    yield


class Figure(Tagged, Flowable):
    """Any drawing (a chart) as a Figure with its alternative text."""

    def __init__(self, drawing, alt: str):
        super().__init__()
        self.drawing = drawing
        self.pdf_ref = Ref("Figure", alt=alt)
        self.hAlign = getattr(drawing, "hAlign", "LEFT")

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width, self.height = self.drawing.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def draw(self):
        self.drawing.drawOn(self.canv, 0, 0)


class Decoration(Tagged, Flowable):
    """A decorative flowable (a rule) drawn as an artifact."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner
        self.pdf_ref = Ref("Artifact")
        self.hAlign = getattr(inner, "hAlign", "LEFT")
        self.spaceBefore = getattr(inner, "spaceBefore", 0)
        self.spaceAfter = getattr(inner, "spaceAfter", 0)

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width, self.height = self.inner.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def draw(self):
        self.inner.drawOn(self.canv, 0, 0)


# ---- tables ----------------------------------------------------------------------------------

class TableTags:
    """A Table's renderCB: Table > TR > TH/TD, backgrounds and rules as artifacts, the
    header rows repeated on a continuation page as artifacts. kind="layout": a table used
    only to place things side by side (no table structure; what it holds tags itself);
    kind="toc": the table of contents (TOC > TOCI > Link, `entries[row]` the link text,
    None for a spacer row)."""

    def __init__(self, kind: str = "table", head_rows: int = 1, row_heads: bool = False,
                 entries: list | None = None, parent: Ref | None = None):
        self.kind = kind
        self.head_rows = head_rows
        self.row_heads = row_heads
        self.entries = entries
        self.ref = Ref({"table": "Table", "toc": "TOC"}.get(kind, "Div"), parent)
        self._parts = 0
        self._done_rows = 0
        self._row_offset = 0
        self._repeat = 0
        self._row_node = None
        self._row_art = False
        self._ctx: list = []

    def attach(self, table: Table) -> Table:
        table._renderCB = self
        return table

    def __call__(self, table, event, *args):
        tg = tagger_of(table.canv)
        if tg is None:
            return
        if event == "startTable":
            self._repeat = (getattr(table, "repeatRows", 0) or 0) if self._parts else 0
            if isinstance(self._repeat, (tuple, list)):
                self._repeat = len(self._repeat)
            self._row_offset = self._done_rows - self._repeat
            self._parts += 1
            if self.kind != "layout":
                self._enter(tg.parent(self.ref))
        elif event in ("startBG", "startLines"):
            self._enter(tg.artifact())
        elif event in ("endBG", "endLines", "endCell"):
            self._leave()
        elif event == "startRow":
            row = args[0]
            absolute = self._row_offset + row
            self._row_art = row < self._repeat
            if not self._row_art:
                self._done_rows = absolute + 1
            self._row_node = None
            if self.kind == "toc":
                text = self.entries[absolute] if self.entries and absolute < len(self.entries) else None
                self._row_art = self._row_art or text is None
                if not self._row_art:
                    item = Ref("TOCI", self.ref)
                    self._row_node = Ref("Link", item, alt=text)
            elif self.kind == "table" and not self._row_art:
                self._row_node = Ref("TR", self.ref)
        elif event == "startCell":
            row, col, value = args[0], args[1], args[2]
            if self.kind == "layout":
                self._enter(_nothing())
            elif self._row_art or self._row_node is None:
                self._enter(tg.artifact("Pagination"))
            elif self.kind == "toc":
                self._enter(tg.marked(self._row_node))
            else:
                head = row < self.head_rows and self._parts == 1 and row >= 0
                scope = "Column" if head else ("Row" if self.row_heads and col == 0 else None)
                cell = Ref("TH" if scope else "TD", self._row_node, scope=scope)
                if _holds_tagged(value):
                    self._enter(tg.parent(cell))
                else:
                    self._enter(tg.marked(cell))
        elif event == "endTable":
            if self.kind != "layout":
                self._leave()

    def _enter(self, ctx) -> None:
        ctx.__enter__()
        self._ctx.append(ctx)

    def _leave(self) -> None:
        if self._ctx:
            self._ctx.pop().__exit__(None, None, None)


def table(rows, *, tags: TableTags | None = None, **kw) -> Table:
    t = Table(rows, **kw)
    (tags or TableTags(head_rows=1)).attach(t)
    return t


def _holds_tagged(value) -> bool:
    if isinstance(value, (list, tuple)):
        return any(_holds_tagged(v) for v in value)
    if isinstance(value, Tagged):
        return value.pdf_ref is not None
    if isinstance(value, Table):
        return isinstance(getattr(value, "_renderCB", None), TableTags)
    inner = getattr(value, "_content", None)
    return isinstance(inner, list) and _holds_tagged(inner)


class TaggedFrame(Frame):
    """A frame that draws untagged flowables (spacers, page-break helpers, rules) as
    artifacts, so nothing on a page is neither tagged nor an artifact."""

    def add(self, flowable, canv, trySplit=0):  # noqa: N803
        tg = tagger_of(canv)
        if tg is None or _holds_tagged(flowable) or isinstance(flowable, TableOfContents):
            return super().add(flowable, canv, trySplit)
        with tg.artifact():
            return super().add(flowable, canv, trySplit)


# ---- after the build: the structure tree ------------------------------------------------------

def finish(path: str | Path, tagger: Tagger, *, title: str, lang: str = "sv-SE",
           author: str = "", subject: str = "") -> None:
    """Write the structure tree and the PDF/UA document settings into the built PDF."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        pages = pdf.pages
        page_objs = [p.obj for p in pages]
        struct_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        per_page: dict[int, dict[int, object]] = {}
        annot_elems: list[tuple[object, object]] = []
        parent_keys = [len(pages)]

        def has_content(node: Node) -> bool:
            return any(not isinstance(k, Node) or has_content(k) for k in node.kids)

        def make(node: Node, parent_obj) -> object:
            elem = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.role),
                                                P=parent_obj))
            if node.alt:
                elem.Alt = String(node.alt)
            if node.scope:
                elem.A = Dictionary(O=Name.Table, Scope=Name("/" + node.scope))
            kids = Array()
            first_page = None
            for k in node.kids:
                if isinstance(k, Node):
                    if has_content(k):
                        kids.append(make(k, elem))
                elif k[0] == "mcr":
                    _, page, mcid = k
                    first_page = page if first_page is None else first_page
                    kids.append(Dictionary(Type=Name.MCR, Pg=page_objs[page], MCID=mcid))
                    per_page.setdefault(page, {})[mcid] = elem
                elif k[0] == "objr":
                    _, page, index = k
                    annot = page_objs[page].Annots[index]
                    key = parent_keys[0]
                    parent_keys[0] += 1
                    annot.StructParent = key
                    if node.alt:
                        annot.Contents = String(node.alt)
                    kids.append(Dictionary(Type=Name.OBJR, Obj=annot, Pg=page_objs[page]))
                    annot_elems.append((key, elem))
            if first_page is not None:
                elem.Pg = page_objs[first_page]
            elem.K = kids
            return elem

        doc = make(tagger.root, struct_root)
        struct_root.K = Array([doc])
        nums = Array()
        for i, obj in enumerate(page_objs):
            obj.StructParents = i
            mcids = per_page.get(i, {})
            arr = Array([mcids.get(m, None) for m in range(len(tagger.page_mcids.get(i, [])))])
            nums.append(i)
            nums.append(pdf.make_indirect(arr))
            if "/Annots" in obj:
                obj.Tabs = Name.S
        for key, elem in annot_elems:
            nums.append(key)
            nums.append(elem)
        struct_root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
        struct_root.ParentTreeNextKey = parent_keys[0]

        root = pdf.Root
        root.StructTreeRoot = struct_root
        root.MarkInfo = Dictionary(Marked=True)
        root.Lang = String(lang)
        root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        if "/Outlines" in root:
            root.PageMode = Name.UseOutlines
        pdf.docinfo[Name.Title] = String(title)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.register_xml_namespace("http://www.aiim.org/pdfua/ns/id/", "pdfuaid")
            meta["dc:title"] = title
            meta["dc:language"] = {lang}
            if author:
                meta["dc:creator"] = [author]
            if subject:
                meta["dc:description"] = subject
            meta["pdfuaid:part"] = "1"
            meta["xmp:CreatorTool"] = "Kompass Desktop"
        pdf.save(str(path), min_version="1.7", compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)

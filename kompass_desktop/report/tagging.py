"""Tagged PDF (PDF/UA-1) on top of ReportLab, which has no structure-tree API.

While the pages are laid out, what each flowable draws is wrapped in marked content: real
content as `/P <</MCID n>> BDC … EMC` (one id per sequence and page), page furniture
(running header, page numbers, the UTKAST mark, rules and table backgrounds) as
`/Artifact BDC … EMC`. The `Tagger` on the canvas remembers which structure element owns
each marked-content id, in drawing order, which is reading order. When the canvas is saved,
`write_structure()` adds the structure tree to ReportLab's own PDF objects (one write, no
second PDF library): StructTreeRoot, ParentTree, one element
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

from reportlab.pdfbase.pdfdoc import PDFObject
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
        with self._sequence(f"/{node.role} <</MCID {mcid}>> BDC", "mc", node):
            yield

    @contextmanager
    def artifact(self, kind: str = "Layout", subtype: str | None = None):
        if self._mode:
            yield
            return
        props = f"/Type /{kind}" + (f" /Subtype /{subtype}" if subtype else "")
        with self._sequence(f"/Artifact <<{props}>> BDC", "art", None):
            yield

    @contextmanager
    def _sequence(self, opener: str, mode: str, node):
        """One marked-content sequence (BDC … EMC) around what is drawn inside."""
        self.canvas._code.append(opener)
        self._mode.append(mode)
        self._open.append(node)
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
    """A canvas that carries a Tagger, reports link annotations to it, and writes the
    structure tree and the PDF/UA settings into the document when it is saved."""

    def __init__(self, *a, document_info: dict | None = None, **kw):
        kw.setdefault("pdfVersion", (1, 7))
        super().__init__(*a, **kw)
        self.tagger = Tagger(self)
        self.document_info = document_info or {}
        self.annotations: dict[int, list] = {}

    def _addAnnotation(self, annotation, name=None, addtopage=1):  # noqa: N802
        if not name:
            name = f"KompassAnnot{self._annotationCount + 1}"
        super()._addAnnotation(annotation, name, addtopage)
        if addtopage:
            self.annotations.setdefault(self.getPageNumber() - 1, []).append((annotation, name))
            self.tagger.annotation_added()

    def save(self):
        if len(self._code):
            self.showPage()
        write_structure(self, **self.document_info)
        super().save()


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

class _Raw(PDFObject):
    """A PDF object whose bytes are formatted by write_structure."""

    data = b""

    def format(self, document):
        return self.data


def write_structure(canvas: TaggingCanvas, *, title: str = "", lang: str = "sv-SE",
                    author: str = "", subject: str = "") -> None:
    """Add the structure tree (StructTreeRoot, ParentTree, elements with their marked-content
    references and link object references) and the PDF/UA document settings (/MarkInfo,
    /Lang, DisplayDocTitle, XMP with pdfuaid:part 1) to the ReportLab document before it is
    written, so the PDF is written once and no second PDF library is needed."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFPage, PDFStream, PDFString

    doc = canvas._doc
    tagger = canvas.tagger
    pages = doc.Pages.pages
    numbers = doc.idToObjectNumberAndVersion

    def ref(name: str) -> str:
        return f"{numbers[name][0]} 0 R"

    def new() -> tuple["_Raw", str]:
        obj = _Raw()
        return obj, doc.Reference(obj).format(doc).decode("ascii")

    page_refs = [ref(p.__InternalName__) for p in pages]
    per_page: dict[int, dict[int, str]] = {}
    tree_nums: list[tuple[int, str]] = []
    next_key = [len(pages)]
    struct_root, root_ref = new()

    def text(value: str) -> str:
        return PDFString(value).format(doc).decode("latin-1")

    def has_content(node: Node) -> bool:
        return any(not isinstance(k, Node) or has_content(k) for k in node.kids)

    # Structure elements are formatted here, directly: a thousand small dictionaries through
    # ReportLab's generic PDFDictionary would cost more than the whole layout of a page.
    def make(node: Node, parent_ref: str) -> str:
        elem, my_ref = new()
        parts = [f"<< /Type /StructElem /S /{node.role} /P {parent_ref}"]
        if node.alt:
            parts.append(f" /Alt {text(node.alt)}")
        if node.scope:
            parts.append(f" /A << /O /Table /Scope /{node.scope} >>")
        kids, first_page = [], None
        for k in node.kids:
            if isinstance(k, Node):
                if has_content(k):
                    kids.append(make(k, my_ref))
            elif k[0] == "mcr":
                _, page, mcid = k
                first_page = page if first_page is None else first_page
                kids.append(f"<< /Type /MCR /Pg {page_refs[page]} /MCID {mcid} >>")
                per_page.setdefault(page, {})[mcid] = my_ref
            elif k[0] == "objr":
                _, page, index = k
                annot, name = canvas.annotations[page][index]
                key = next_key[0]
                next_key[0] += 1
                annot.permitted = tuple(annot.permitted) + ("StructParent",)
                annot.otherkw = dict(getattr(annot, "otherkw", {}), StructParent=key)
                if node.alt:
                    annot.Contents = node.alt
                kids.append(f"<< /Type /OBJR /Obj {ref(doc.annotationName(name))} "
                            f"/Pg {page_refs[page]} >>")
                tree_nums.append((key, my_ref))
        if first_page is not None:
            parts.append(f" /Pg {page_refs[first_page]}")
        parts.append(" /K [" + " ".join(kids) + "] >>")
        elem.data = "".join(parts).encode("latin-1")
        return my_ref

    document = make(tagger.root, root_ref)
    nums = []
    for i, page in enumerate(pages):
        page.__NoDefault__ = list(PDFPage.__NoDefault__) + ["StructParents", "Tabs"]
        page.StructParents = i
        if page.Annots:
            page.Tabs = PDFName("S")
        owners = per_page.get(i, {})
        count = len(tagger.page_mcids.get(i, []))
        arr, arr_ref = new()
        arr.data = ("[" + " ".join(owners.get(m, "null") for m in range(count)) + "]").encode("ascii")
        nums.append(f"{i} {arr_ref}")
    nums += [f"{key} {r}" for key, r in tree_nums]
    tree, tree_ref = new()
    tree.data = ("<< /Nums [" + " ".join(nums) + "] >>").encode("ascii")
    struct_root.data = (f"<< /Type /StructTreeRoot /K [{document}] /ParentTree {tree_ref} "
                        f"/ParentTreeNextKey {next_key[0]} >>").encode("ascii")

    cat = doc.Catalog
    cat.StructTreeRoot = struct_root
    cat.MarkInfo = PDFDictionary({"Marked": "true"})
    cat.Lang = PDFString(lang)
    cat.ViewerPreferences = PDFDictionary({"DisplayDocTitle": "true"})
    if getattr(cat, "Outlines", None) is not None:
        cat.PageMode = PDFName("UseOutlines")
    xmp = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                    _xmp(title, lang, author, subject).encode("utf-8"), filters=[])
    cat.Metadata = xmp


def _xmp(title: str, lang: str, author: str, subject: str) -> str:
    """XMP metadata with dc:title and the PDF/UA identification (pdfuaid:part 1), written
    directly."""
    from xml.sax.saxutils import escape

    def alt(text):
        return (f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>')

    creator = (f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
               if author else "")
    desc = f"<dc:description>{alt(subject)}</dc:description>" if subject else ""
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
            'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" '
            'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
            f"<dc:title>{alt(title)}</dc:title>{creator}{desc}"
            f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>"
            "<dc:format>application/pdf</dc:format>"
            "<pdfuaid:part>1</pdfuaid:part>"
            "<xmp:CreatorTool>Kompass Desktop</xmp:CreatorTool>"
            "<pdf:Producer>ReportLab</pdf:Producer>"
            "</rdf:Description></rdf:RDF></x:xmpmeta>"
            + " " * 200 + '<?xpacket end="w"?>')

"""Reading exported PDFs back for the report tests (pypdf)."""
from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def norm(text: str) -> str:
    return " ".join(text.split())


def page_texts(path: str | Path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def page_lines(page) -> list[str]:
    """The page's text as visual lines: fragments grouped by baseline, left to right."""
    frags: list[tuple[float, float, str]] = []
    last_do = [None]

    def before(op, args, cm, tm):
        if op == b"Do":
            last_do[0] = list(cm)

    def visit(text, cm, tm, font_dict, font_size):
        if not (text and text.strip()):
            return
        if abs(cm[1]) > 1e-6 or abs(tm[1]) > 1e-6:
            return  # rotated text: the draft watermark, not a line of the page
        # Position in page space: text matrix then current transformation matrix.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if last_do[0] is not None and x <= 0 and abs(y) < 5:
            # Text inside a form XObject (the contents' page numbers, drawn right-aligned
            # at the form's origin): pypdf reports it in form space; place it where the
            # page invoked the form.
            d = last_do[0]
            x, y = x * d[0] + y * d[2] + d[4], x * d[1] + y * d[3] + d[5]
        frags.append((round(y, 0), x, text))

    page.extract_text(visitor_text=visit, visitor_operand_before=before)
    lines: dict[float, list[tuple[float, str]]] = {}
    for y, x, t in frags:
        key = next((k for k in lines if abs(k - y) <= 2), y)
        lines.setdefault(key, []).append((x, t))
    # Stable sort on x: fragments after an inline font change report the line start as x,
    # so ties keep stream order.
    return [norm(" ".join(t for _, t in sorted(parts, key=lambda p: p[0]))) for _, parts in
            sorted(lines.items(), key=lambda kv: -kv[0])]


TOC_LINE = re.compile(r"^(?P<title>.*?)[\s.]*(?:\.\s*)+(?P<page>\d+)$")


def toc_entries(path: str | Path, toc_page: int = 1,
                continued: bool = False) -> list[tuple[str, int]]:
    """(entry text, page number) pairs from the contents page (0-based index); with
    continued=True from a continuation page (no "Innehåll" heading; header line skipped)."""
    page = PdfReader(str(path)).pages[toc_page]
    entries, pending = [], ""
    started = False
    lines = page_lines(page)
    if continued:
        lines = ["Innehåll"] + [ln for ln in lines if not ln.startswith(("Kommunkompassen –", "UTKAST"))]
    for line in lines:
        if not started:
            started = line == "Innehåll"
            continue
        m = TOC_LINE.match(line)
        if m:
            title = norm(f"{pending} {m.group('title')}")
            entries.append((title.strip(" ."), int(m.group("page"))))
            pending = ""
        else:
            pending = norm(f"{pending} {line}")
    return entries


def fonts_of(path: str | Path) -> dict[str, bool]:
    """BaseFont name -> whether the font file is embedded (FontFile2 for TrueType)."""
    out: dict[str, bool] = {}
    for p in PdfReader(str(path)).pages:
        fonts = p["/Resources"].get_object().get("/Font", {})
        for v in fonts.values():
            v = v.get_object()
            desc = v.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in v:
                desc = v["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            out[str(v["/BaseFont"])] = "/FontFile2" in desc
    return out


# ---- tagged PDF (PDF/UA-1) ----------------------------------------------------------------

TEXT_OPS = {"Tj", "TJ", "'", '"'}
PAINT_OPS = {"f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh"}


def struct_tree(path):
    """(pdf, elements in reading order as (role, element, depth)) via pikepdf."""
    import pikepdf
    pdf = pikepdf.open(str(path))
    out = []

    def walk(e, depth):
        if not isinstance(e, pikepdf.Dictionary) or e.get("/Type") in ("/MCR", "/OBJR"):
            return
        out.append((str(e.S)[1:], e, depth))
        kids = e.get("/K")
        if kids is None:
            return
        for k in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            walk(k, depth + 1)

    root = pdf.Root.StructTreeRoot
    for k in (root.K if isinstance(root.K, pikepdf.Array) else [root.K]):
        walk(k, 0)
    return pdf, out


def untagged_content(path) -> list[str]:
    """Every text-showing or painting operator that is neither inside an artifact nor inside
    marked content whose MCID the page's ParentTree maps to a structure element."""
    import pikepdf
    pdf = pikepdf.open(str(path))
    nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
    tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    problems = []
    for pno, page in enumerate(pdf.pages):
        key = int(page.obj.get("/StructParents", -1))
        owners = tree.get(key)
        stack = []
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                mcid = None
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                    mcid = operands[1].get("/MCID")
                stack.append((tag, None if mcid is None else int(mcid)))
            elif op == "EMC":
                if not stack:
                    problems.append(f"page {pno + 1}: EMC without BDC")
                else:
                    stack.pop()
            elif op in TEXT_OPS or op in PAINT_OPS:
                if any(t == "/Artifact" for t, _ in stack):
                    continue
                tagged = [m for _, m in stack if m is not None]
                if not tagged:
                    problems.append(f"page {pno + 1}: {op} outside marked content")
                elif owners is None or tagged[-1] >= len(owners) or owners[tagged[-1]] is None:
                    problems.append(f"page {pno + 1}: MCID {tagged[-1]} not in the structure tree")
        if stack:
            problems.append(f"page {pno + 1}: unclosed marked content")
    return problems

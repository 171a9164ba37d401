"""Helpers shared by the workbench pages."""
from __future__ import annotations

import html

from PySide6.QtCore import (QAbstractTableModel, QEvent, QModelIndex, QObject, QRectF, QSignalBlocker,
                            QSize, Qt, QTimer, Signal)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (QHeaderView, QLabel, QMessageBox, QPlainTextEdit, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)
from shiboken6 import isValid

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services.search import HIT_END, HIT_START

REFRESH_ALL = "*"
HIT_BACKGROUND = "#fff2a8"  # a search term in a hit: dark on pale yellow (contrast > 12:1)
HIT_FOREGROUND = "#1a1a1a"


def touches(tables: set, *names: str) -> bool:
    return REFRESH_ALL in tables or any(n in tables for n in names)


def utf16_to_index(text: str, pos: int) -> int:
    """Qt counts positions in UTF-16 units; Python strings count code points."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return pos
    units = 0
    for i, c in enumerate(text):
        if units >= pos:
            return i
        units += 2 if ord(c) >= 0x10000 else 1
    return len(text)


def index_to_utf16(text: str, index: int) -> int:
    return sum(2 if ord(c) >= 0x10000 else 1 for c in text[:index])


def highlighted_html(text: str) -> str:
    """Hit markers from the search service as bold, everything else escaped. The marked
    term keeps dark text on its pale yellow also in a selected row (white on yellow was
    unreadable)."""
    out = html.escape(text).replace("\n", " ")
    return out.replace(HIT_START, f"<b style='background:{HIT_BACKGROUND}; color:{HIT_FOREGROUND}'>"
                       ).replace(HIT_END, "</b>")


def error_text(error: BaseException) -> str:
    """An error as the user reads it: the service's Swedish wording in the Swedish UI."""
    if isinstance(error, KompassError):
        from kompass_desktop.ui.i18n import current_language
        return error.text(swedish=current_language() == "sv")
    return f"{error.__class__.__name__}: {error}"


def show_error(parent: QWidget, title: str, error: BaseException) -> None:
    """Expected errors (bad input) as one clear message; nothing was changed."""
    QMessageBox.warning(parent, title, error_text(error))


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's DisplayRole as simple rich text (search hits with bold terms)."""

    def _doc(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setTextWidth(max(50, option.rect.width()))
        return doc

    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class NotesEdit(QPlainTextEdit):
    """Plain text for fast typing; reports focus-out so pending text is saved at once."""

    focus_lost = Signal()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.focus_lost.emit()


class Placeholder(QWidget):
    """Shown where a part of the workbench is not built into this version yet."""

    navigate = Signal(str, str)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch()
        heading = QLabel(f"<h2>{html.escape(title)}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("Den här delen av arbetsbänken kommer i en senare version. "
                              "Allt annat fungerar redan, och det du skriver sparas direkt i filen."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch()
        self.setAccessibleName(title)


def empty_hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
    return label


def same_rows(model, rows: list[dict]) -> bool:
    """Refresh a table model in place when the same rows come back (only values changed).

    A model reset closes any editor open in the view, so refreshing after a cell edit must
    not reset. Returns True when handled; the caller resets the model otherwise."""
    if len(rows) != len(model.rows) or any(a["id"] != b["id"] for a, b in zip(rows, model.rows)):
        return False
    changed = [i for i, (a, b) in enumerate(zip(rows, model.rows)) if a != b]
    model.rows = rows
    if hasattr(model, "tag_sets"):
        model.tag_sets = [set((r["tags"] or "").split(",")) - {""} for r in rows]
    if changed:
        last = model.columnCount() - 1
        model.dataChanged.emit(model.index(changed[0], 0), model.index(changed[-1], last))
    return True


class RowsTableModel(QAbstractTableModel):
    """A table of service rows (dicts with an "id"): subclasses give headers() and data().

    set_rows refreshes in place when the same rows come back (see same_rows)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: list[dict]) -> None:
        if same_rows(self, rows):
            return
        self.beginResetModel()
        self.rows = rows
        self.rows_reset()
        self.endResetModel()

    def rows_reset(self) -> None:
        """Derived per-row state to rebuild after a reset (none by default)."""

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def _headers(self) -> list[str]:
        # Asked for on every cell the view paints or measures: translated once per model.
        if getattr(self, "_header_cache", None) is None:
            self._header_cache = self.headers()
        return self._header_cache

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def row_of(self, row_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r["id"] == row_id:
                return i
        return -1


def refilter(proxy) -> None:
    """Re-run a proxy's filter (Qt 6.10 replaced invalidateFilter with begin/endFilterChange)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        proxy.endFilterChange()
    else:
        proxy.invalidateFilter()


class ListEditorPage(QWidget):
    """A list of rows beside an editor for the selected one (interviews, documents).

    Subclasses set `watched` (tables whose changes refresh the list), and provide `model`
    (a RowsTableModel with IdRole), `view`, `editor` (load(id), refresh(), current_id),
    `list_stack`, `editor_stack`, `delete_button`, and `load_rows()`."""

    watched: tuple[str, ...] = ()

    def load_rows(self) -> list[dict]:
        raise NotImplementedError

    def reload(self):
        self._reload_pending = False
        if not self.session.is_open:
            return
        current = self.editor.current_id
        self.model.set_rows(self.load_rows())
        self.list_stack.setCurrentIndex(0 if self.model.rows else 1)
        if current:
            row = self.model.row_of(current)
            if row >= 0:
                with QSignalBlocker(self.view.selectionModel()):
                    self.view.selectRow(row)
            else:
                self.editor.load(None)
                self.editor_stack.setCurrentIndex(0)
        self.editor.refresh()

    def _changed(self, tables):
        # Deferred and coalesced: a model reset inside the edit that caused it (a cell being
        # committed) is not safe, and several edits in a row need one refresh.
        if touches(tables, *self.watched) and not getattr(self, "_reload_pending", False):
            self._reload_pending = True
            QTimer.singleShot(0, self.reload)

    def _current_changed(self, current, _previous):
        row_id = current.data(self.model.IdRole) if current.isValid() else None
        self.editor.load(row_id)
        self.editor_stack.setCurrentIndex(1 if row_id else 0)
        self.delete_button.setEnabled(bool(row_id))


class ColumnFitter(QObject):
    """Text columns take the space (small screens, PRODUCT §3.9: usable at 1024×700).

    The text columns stretch; each short column gets the width of its contents up to a cap,
    and when the short columns together would leave the text columns less than
    `text_share` of the table, they are narrowed in proportion down to their header's width
    (their text is elided, the full text stays in the tooltip); `keep` columns (dates,
    counts) are never narrowed. Contents are measured on a sample of rows when the rows
    change (a large file has thousands; Qt's own measuring of every row stalled the window);
    a resize only shares out the measured widths.
    """

    SAMPLE_ROWS = 60
    PADDING = 18

    def __init__(self, view, text_columns, caps: dict[int, int] | None = None,
                 text_share: float = 0.45, default_cap: int = 160, keep=()):
        super().__init__(view)
        self.keep = set(keep)
        self.view = view
        self.text_columns = set(text_columns)
        self.caps = caps or {}
        self.text_share = text_share
        self.default_cap = default_cap
        self.contents: dict[int, int] = {}
        view.horizontalHeader().setStretchLastSection(False)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._later)
        self._pending = False
        self.measure()

    def _later(self, *_args) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.measure)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def measure(self) -> None:
        self._pending = False
        view = self.view
        model = view.model() if isValid(view) else None
        if model is None:
            return
        fm = view.fontMetrics()
        rows = min(model.rowCount(), self.SAMPLE_ROWS)
        self.contents = {}
        for c in range(model.columnCount()):
            if c in self.text_columns:
                continue
            widest = 0
            for r in range(rows):
                text = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                if text not in (None, ""):
                    widest = max(widest, fm.horizontalAdvance(str(text)))
            self.contents[c] = widest + self.PADDING
        self.fit()

    def fit(self) -> None:
        view = self.view
        if not isValid(view) or view.model() is None:
            return
        header = view.horizontalHeader()
        columns = [c for c in range(view.model().columnCount()) if not header.isSectionHidden(c)]
        want, floor = {}, {}
        for c in columns:
            if c in self.text_columns:
                continue
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            contents = max(self.contents.get(c, 0), header.sectionSizeHint(c))
            want[c] = contents if c in self.keep else min(contents, self.caps.get(c, self.default_cap))
            floor[c] = want[c] if c in self.keep else min(want[c], header.sectionSizeHint(c))
        budget = view.viewport().width() * (1 - self.text_share)
        excess = sum(want.values()) - sum(floor.values())
        if sum(want.values()) > budget > 0 and excess > 0:
            scale = max(0.0, budget - sum(floor.values())) / excess
            want = {c: floor[c] + int((w - floor[c]) * scale) for c, w in want.items()}
        for c, w in want.items():
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)
        for c in columns:
            if c in self.text_columns:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)

"""Search results: ranked hits with the matched terms highlighted; opening one goes there."""
from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from kompass_desktop.services import search as search_service
from kompass_desktop.ui.common import HtmlDelegate, empty_hint, highlighted_html


class SearchResultModel(QAbstractListModel):
    HitRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[search_service.SearchHit] = []

    def kind_names(self):
        return {"interview": self.tr("Intervju"), "participant": self.tr("Deltagare"),
                "document": self.tr("Dokument"), "evidence": self.tr("Underlag"),
                "list_item": self.tr("Styrka/förbättring"), "area_text": self.tr("Områdestext"),
                "subarea_text": self.tr("Delområdestext"), "good_example": self.tr("Gott exempel"),
                "score_agreed": self.tr("Motivering")}

    def set_hits(self, hits):
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        h = self.hits[index.row()]
        if role == self.HitRole:
            return h
        if role == Qt.ItemDataRole.DisplayRole:
            kind = self.kind_names().get(h.kind, h.kind)
            context = f" · {html.escape(h.context)}" if h.context else ""
            title = highlighted_html(h.title) if h.title else ""
            head = f"<span style='color:#555'>{html.escape(kind)}{context}</span>"
            if title:
                head += f" &nbsp;<b>{title}</b>"
            body = highlighted_html(h.snippet) if h.snippet else ""
            return f"{head}<br>{body}" if body else head
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return search_service.plain(f"{h.title} {h.snippet}")
        return None


class SearchPage(QWidget):
    navigate = Signal(str, str)
    opened = Signal(object)  # the SearchHit the user opened

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.model = SearchResultModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setAccessibleName(self.tr("Sökträffar"))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.empty = empty_hint("")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.view.activated.connect(self._open_index)
        self.view.clicked.connect(self._open_index)
        self.text = ""
        self.run("")

    def run(self, text: str) -> list:
        self.text = text
        hits = search_service.search(self.session.store, text) if text.strip() else []
        self.model.set_hits(hits)
        if hits:
            self.heading.setText("<h2>" + self.tr("Sökträffar för ”%1”").replace("%1", html.escape(text))
                                 + "</h2>")
            self.stack.setCurrentIndex(0)
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.heading.setText("<h2>" + self.tr("Sök") + "</h2>")
            self.empty.setText(self.tr("Inga träffar för ”%1”. Sökningen hittar ord även inuti sammansatta ord: "
                                       "”policy” hittar ”kommunikationspolicyn” (minst tre tecken).").replace("%1", text)
                               if text.strip() else
                               self.tr("Skriv i sökfältet (Ctrl+F) för att söka i intervjuer, deltagare, "
                                       "dokument, underlag och texter."))
            self.stack.setCurrentIndex(1)
        return hits

    def open_hit(self, hit: search_service.SearchHit):
        self.opened.emit(hit)
        self.navigate.emit(hit.nav_kind, hit.nav_key)

    def open_first(self):
        if self.model.hits:
            self.open_hit(self.model.hits[0])

    def _open_index(self, index):
        hit = index.data(SearchResultModel.HitRole)
        if hit is not None:
            self.open_hit(hit)

"""All evidence in one list: filter by sub-area, source, status and evaluator; edit inline."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QStackedWidget, QStyledItemDelegate, QTableView,
                               QVBoxLayout, QWidget)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services import fieldwork
from kompass_desktop.ui.common import ColumnFitter, RowsTableModel, empty_hint, error_text, refilter, touches
from kompass_desktop.ui.dialogs import ask_subareas


class EvidenceModel(RowsTableModel):
    """Inline edits that are refused (an unknown sub-area) report through `refused`."""

    TEXT, TAGS, SOURCE, STATUS, EVALUATOR = range(5)
    refused = Signal(str)
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.tag_sets: list[set[str]] = []

    def source_names(self):
        return {"interview": self.tr("Intervju"), "document": self.tr("Dokument"),
                "website": self.tr("Webbplats")}

    def status_names(self):
        return {"in_place": self.tr("På plats"), "planned": self.tr("Planerat")}

    def rows_reset(self):
        self.tag_sets = [set((r["tags"] or "").split(",")) - {""} for r in self.rows]

    def headers(self):
        return [self.tr("Underlag"), self.tr("Delområden"), self.tr("Källa"), self.tr("Status"),
                self.tr("Utvärderare")]

    def flags(self, index):
        f = super().flags(index)
        if index.column() in (self.TEXT, self.TAGS, self.STATUS):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == self.IdRole:
            return r["id"]
        if role == self.RowRole:
            return r
        if role == Qt.ItemDataRole.EditRole:
            return {self.TEXT: r["text"] or "", self.TAGS: ", ".join(sorted(self.tag_sets[index.row()])),
                    self.STATUS: r["status"]}.get(c)
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.TEXT:
                return " ".join((r["text"] or "").split())
            if c == self.TAGS:
                return ", ".join(sorted(self.tag_sets[index.row()]))
            if c == self.SOURCE:
                name = self.source_names().get(r["source"], r["source"] or "")
                title = r["source_title"] or ""
                page = self.tr(", s. %1").replace("%1", r["page"]) if r["page"] else ""
                return f"{name}: {title}{page}" if title else name
            if c == self.STATUS:
                return self.status_names().get(r["status"], r["status"] or "")
            if c == self.EVALUATOR:
                return r["evaluator"] or ""
        if role == Qt.ItemDataRole.ToolTipRole and c == self.TEXT:
            return r["text"]
        if role == Qt.ItemDataRole.ForegroundRole and r["status"] == "planned":
            from PySide6.QtGui import QColor
            return QColor("#8a5a00")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self.rows[index.row()]
        ev = self.session.evaluation
        eid = r["id"]
        try:
            if index.column() == self.TEXT:
                if value == (r["text"] or ""):
                    return False
                self.session.edit(self.tr("Ändra underlag"),
                                  lambda: fieldwork.update_evidence(ev, eid, text=value))
            elif index.column() == self.STATUS:
                if value == r["status"]:
                    return False
                self.session.edit(self.tr("Ändra status"),
                                  lambda: fieldwork.update_evidence(ev, eid, status=value))
            elif index.column() == self.TAGS:
                tags = fieldwork.parse_tags(ev, value)
                if not tags:
                    raise KompassError(self.tr("Underlaget behöver minst ett delområde."))
                if set(tags) == self.tag_sets[index.row()]:
                    return False
                self.session.edit(self.tr("Ändra taggar"), lambda: ev.set_evidence_tags(eid, tags))
            else:
                return False
        except KompassError as e:
            self.refused.emit(error_text(e))
            return False
        self.refused.emit("")
        return True



class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.addItem(self.tr("På plats"), "in_place")
        box.addItem(self.tr("Planerat"), "planned")
        box.setAccessibleName(self.tr("Status"))
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EvidenceFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.subarea = ""   # "2" (a whole area) or "2.3"
        self.source = ""
        self.status = ""
        self.evaluator = ""
        self.words: list[str] = []

    def set(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
        refilter(self)

    def filterAcceptsRow(self, row, parent):
        m: EvidenceModel = self.sourceModel()
        r = m.rows[row]
        if self.subarea:
            tags = m.tag_sets[row]
            if "." in self.subarea:
                if self.subarea not in tags:
                    return False
            elif not any(t.split(".")[0] == self.subarea for t in tags):
                return False
        if self.source and r["source"] != self.source:
            return False
        if self.status and r["status"] != self.status:
            return False
        if self.evaluator and (r["evaluator"] or "") != self.evaluator:
            return False
        if self.words:
            text = (r["text"] or "").casefold()
            if not all(w in text for w in self.words):
                return False
        return True


class EvidencePage(QWidget):
    navigate = Signal(str, str)
    show_passage = Signal(str, str)  # interview id, evidence id

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + self.tr("Underlag") + "</h2>"))
        top.addStretch()
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        layout.addLayout(top)
        filters = QHBoxLayout()
        self.subarea_filter = QComboBox()
        self.subarea_filter.setAccessibleName(self.tr("Filtrera på område eller delområde"))
        self.source_filter = QComboBox()
        self.source_filter.setAccessibleName(self.tr("Filtrera på källa"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filtrera på status"))
        self.evaluator_filter = QComboBox()
        self.evaluator_filter.setAccessibleName(self.tr("Filtrera på utvärderare"))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filtrera på text…"))
        self.text_filter.setAccessibleName(self.tr("Filtrera på text"))
        self.text_filter.setClearButtonEnabled(True)
        self.source_filter.addItem(self.tr("Alla källor"), "")
        for key, name in EvidenceModel(session).source_names().items():
            self.source_filter.addItem(name, key)
        self.status_filter.addItem(self.tr("Alla statusar"), "")
        self.status_filter.addItem(self.tr("På plats"), "in_place")
        self.status_filter.addItem(self.tr("Planerat"), "planned")
        for w in (self.subarea_filter, self.source_filter, self.status_filter, self.evaluator_filter):
            filters.addWidget(w)
        filters.addWidget(self.text_filter, 1)
        layout.addLayout(filters)
        self.model = EvidenceModel(session, self)
        self.proxy = EvidenceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Underlag"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setItemDelegateForColumn(EvidenceModel.STATUS, StatusDelegate(self))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                  QAbstractItemView.EditTrigger.EditKeyPressed |
                                  QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        # The evidence text takes the space; the source, tags, status and evaluator stay short.
        self.columns = ColumnFitter(self.view, [EvidenceModel.TEXT], text_share=0.5,
                                    caps={EvidenceModel.TAGS: 110, EvidenceModel.SOURCE: 200,
                                          EvidenceModel.STATUS: 100, EvidenceModel.EVALUATOR: 120},
                                    keep=(EvidenceModel.TAGS, EvidenceModel.STATUS))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(empty_hint(self.tr(
            "Inget underlag ännu. Underlag skapas när du taggar ett stycke i en intervju (Ctrl+T), "
            "ett utdrag ur ett dokument eller en webbplatsobservation (knappen nedan).")))
        self.stack.addWidget(empty_hint(self.tr("Inget underlag matchar filtret.")))
        layout.addWidget(self.stack, 1)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.model.refused.connect(self._refused)
        bottom = QHBoxLayout()
        hint = QLabel(self.tr("Dubbelklicka eller börja skriva för att ändra text, delområden (t.ex. ”1.2, 3.4”) "
                              "eller status."))
        hint.setWordWrap(True)
        bottom.addWidget(hint, 1)
        self.website_button = QPushButton(self.tr("Ny &webbplatsobservation…"))
        self.website_button.setToolTip(self.tr("Underlag från kommunens webbplats: adress, vad du såg, delområden"))
        bottom.addWidget(self.website_button)
        self.source_button = QPushButton(self.tr("Gå till &källan"))
        self.delete_button = QPushButton(self.tr("Ta bort underlag"))
        bottom.addWidget(self.source_button)
        bottom.addWidget(self.delete_button)
        layout.addLayout(bottom)

        self.subarea_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.source_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.evaluator_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.text_filter.textChanged.connect(lambda _t: self._apply_filters())
        self.source_button.clicked.connect(self.go_to_source)
        self.website_button.clicked.connect(lambda: self.add_website_evidence())
        self.delete_button.clicked.connect(self.delete_current)
        self._reload_pending = False
        session.changed.connect(self._changed)
        self._fill_subareas()
        self.loading = None  # the first load of a large file, on a worker
        self._select_after_load: str | None = None
        self._generation = 0  # rows shown so far; a worker's older read is not shown over newer
        if session.store.count("evidence") > self.LOAD_ON_WORKER:
            self._load_on_worker()
        else:
            self.reload()

    LOAD_ON_WORKER = 1000  # evidence items: more are read off the UI thread when the page opens

    def _load_on_worker(self):
        """Read the list on a connection of the worker's own (reading thousands of items on
        the UI thread froze the window when the page opened); show it when it is there."""
        from types import SimpleNamespace

        from kompass_desktop.storage.store import EvaluationStore
        from kompass_desktop.ui.workers import run_task
        store = self.session.store
        path, actor = store.path, store.actor

        def work():
            with EvaluationStore.open(path, actor) as own:
                return fieldwork.evidence_rows(SimpleNamespace(store=own))

        generation = self._generation

        def done(rows):
            self.loading = None
            if self.session.is_open and generation == self._generation:  # nothing newer shown
                self._show_rows(rows)
            wanted, self._select_after_load = self._select_after_load, None
            if wanted:
                self.select(wanted)

        def failed(_error):
            self.loading = None
            self.reload()

        self.loading = run_task(work, done, failed)

    def _refused(self, text: str):
        self.message.setText(self.tr("Ändringen sparades inte: %1").replace("%1", text) if text else "")
        self.message.setVisible(bool(text))

    def _fill_subareas(self):
        fw = self.session.evaluation.framework
        self.subarea_filter.blockSignals(True)
        self.subarea_filter.clear()
        self.subarea_filter.addItem(self.tr("Alla delområden"), "")
        for a in fw.areas:
            self.subarea_filter.addItem(f"{a.number} {a.title}", a.number)
            for s in a.subareas:
                self.subarea_filter.addItem(f"    {s.number} {s.title}", s.number)
        self.subarea_filter.setMaximumWidth(260)
        self.subarea_filter.blockSignals(False)

    def _fill_evaluators(self):
        current = self.evaluator_filter.currentData()
        names = sorted({r["evaluator"] for r in self.model.rows if r["evaluator"]})
        self.evaluator_filter.blockSignals(True)
        self.evaluator_filter.clear()
        self.evaluator_filter.addItem(self.tr("Alla utvärderare"), "")
        for n in names:
            self.evaluator_filter.addItem(n, n)
        self.evaluator_filter.setCurrentIndex(max(0, self.evaluator_filter.findData(current or "")))
        self.evaluator_filter.blockSignals(False)

    def reload(self):
        self._reload_pending = False
        if not self.session.is_open:
            return
        self._show_rows(fieldwork.evidence_rows(self.session.evaluation))

    def _show_rows(self, rows):
        self._generation += 1
        current = self.current_id()
        self.model.set_rows(rows)
        self._fill_evaluators()
        self._apply_filters()
        if current:
            self.select(current)

    def _changed(self, tables):
        if touches(tables, "evidence", "evidence_tag", "interview", "document", "evaluator") \
                and not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self.reload)
        if touches(tables, "evaluation"):
            self._fill_subareas()

    def _apply_filters(self):
        self.proxy.set(subarea=self.subarea_filter.currentData() or "",
                       source=self.source_filter.currentData() or "",
                       status=self.status_filter.currentData() or "",
                       evaluator=self.evaluator_filter.currentData() or "",
                       words=self.text_filter.text().casefold().split())
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.stack.setCurrentIndex(0 if shown else (1 if not total else 2))
        self.count_label.setText(self.tr("%1 av %2 visas").replace("%1", str(shown)).replace("%2", str(total)))

    def set_subarea_filter(self, number: str):
        self.subarea_filter.setCurrentIndex(max(0, self.subarea_filter.findData(number)))

    def current_id(self) -> str | None:
        idx = self.view.currentIndex()
        return idx.data(EvidenceModel.IdRole) if idx.isValid() else None

    def select(self, evidence_id: str):
        if self.loading is not None:  # shown once the list is there
            self._select_after_load = evidence_id
            return
        row = self.model.row_of(evidence_id)
        if row < 0:
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not idx.isValid():  # filtered away: show everything so the user sees it
            for box in (self.subarea_filter, self.source_filter, self.status_filter, self.evaluator_filter):
                box.setCurrentIndex(0)
            self.text_filter.clear()
            idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(idx)
        self.view.scrollTo(idx)

    def go_to_source(self):
        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        r = idx.data(EvidenceModel.RowRole)
        if r["source"] == "interview" and r["interview_id"]:
            self.navigate.emit("interview", r["interview_id"])
            self.show_passage.emit(r["interview_id"], r["id"])
        elif r["source"] == "document" and r["document_id"]:
            self.navigate.emit("document", r["document_id"])
        elif r["url"]:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices
            QDesktopServices.openUrl(QUrl(r["url"]))

    def add_website_evidence(self, url: str | None = None, text: str | None = None,
                             subareas: list[str] | None = None, status: str = "in_place"):
        """A website observation: address and what was seen, then the sub-areas."""
        if url is None or text is None:
            dialog = WebsiteDialog(self)
            if not dialog.exec():
                return None
            url, text = dialog.url.text().strip(), dialog.text.toPlainText().strip()
        if not text:
            self._refused(self.tr("Skriv vad du såg på webbplatsen."))
            return None
        if not subareas:
            picked = ask_subareas(self.session.evaluation.framework, self)
            if picked is None:
                return None
            subareas, status = picked
        eid = self.session.edit(self.tr("Ny webbplatsobservation"), lambda: self.session.evaluation.add_evidence(
            text, subareas, source="website", status=status, url=url))
        self.reload()
        self.select(eid)
        return eid

    def delete_current(self):
        eid = self.current_id()
        if eid:
            self.session.edit(self.tr("Ta bort underlag"),
                              lambda: fieldwork.delete_evidence(self.session.evaluation, eid))


class WebsiteDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny webbplatsobservation"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(self.tr("Webbadress"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Vad du såg"))
        self.text.setPlaceholderText(self.tr("Vad visar sidan? Skriv med egna ord eller citera kort."))
        form.addRow(self.tr("&Webbadress:"), self.url)
        form.addRow(self.tr("&Vad du såg:"), self.text)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Välj delområden…"))
        ok.setShortcut(QKeySequence("Ctrl+Return"))  # from the text box, without the mouse
        ok.setToolTip(self.tr("Välj delområden (Ctrl+Retur)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 300)

"""Documents: the library of steering documents, attached files and excerpts as evidence."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QAction
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog,
                               QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QProgressDialog, QPushButton, QSplitter, QStackedWidget, QTableView,
                               QVBoxLayout, QWidget, QGroupBox)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services import fieldwork
from kompass_desktop.services.evaluation import DOCUMENT_KINDS
from kompass_desktop.ui import names
from kompass_desktop.ui.common import ColumnFitter, ListEditorPage, NotesEdit, RowsTableModel, empty_hint, show_error
from kompass_desktop.ui.dialogs import ask_subareas
from kompass_desktop.ui.workers import run_task


def _size(n: int | None) -> str:
    if not n:
        return ""
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}".replace(".", ",")
        n /= 1024
    return ""


class DocumentListModel(RowsTableModel):
    TITLE, KIND, ISSUER, YEAR, FILE, EVIDENCE = range(6)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def headers(self):
        return [self.tr("Titel"), self.tr("Typ"), self.tr("Utfärdare"), self.tr("Antagen"),
                self.tr("Fil"), self.tr("Underlag")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == self.IdRole:
            return r["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            # The file column shows the type only (PDF, DOCX); the name is in the tooltip.
            ext = Path(r["file_name"]).suffix.lstrip(".").upper() or "•" if r["file_name"] else ""
            return (r["title"] or self.tr("(utan titel)"), names.document_kind(r["kind"]), r["issuer"] or "",
                    r["adopted"] or (str(r["year"]) if r["year"] else ""), ext, r["evidence"])[c]
        if role == Qt.ItemDataRole.ToolTipRole and c == self.FILE and r["file_name"]:
            return f"{r['file_name']} ({_size(r['size'])})"
        return None


class _DropTable(QTableView):
    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, e):
        if e.mimeData().hasUrls():
            e.acceptProposedAction()
        else:
            super().dragEnterEvent(e)

    def dragMoveEvent(self, e):
        if e.mimeData().hasUrls():
            e.acceptProposedAction()
        else:
            super().dragMoveEvent(e)

    def dropEvent(self, e):
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(e)


class DocumentEditor(QWidget):
    files_dropped = Signal(list)

    def __init__(self, session, page, parent=None):
        super().__init__(parent)
        self.session = session
        self.page = page
        self.document_id: str | None = None
        self._loading = False
        self._dirty_notes = False
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.kind = QComboBox()
        for code in DOCUMENT_KINDS:
            self.kind.addItem(names.document_kind(code), code)
        self.issuer = QLineEdit()
        # The adoption date, or none: the box says whether the document has one.
        self.adopted_set = QCheckBox(self.tr("Antag&en:"))
        self.adopted_set.setToolTip(self.tr("Kryssa i för att ange datumet då dokumentet antogs"))
        self.adopted = QDateEdit()
        self.adopted.setDisplayFormat("yyyy-MM-dd")
        self.adopted.setCalendarPopup(True)
        self.adopted.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        self.adopted.setKeyboardTracking(False)  # typed digits save once, not at every step
        self.adopted.setToolTip(self.tr("Datumet då dokumentet antogs (ÅÅÅÅ-MM-DD)"))
        self.adopted.setEnabled(False)
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("år"))
        self.year.setMaximumWidth(80)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.pages = QLineEdit()
        self.pages.setPlaceholderText(self.tr("t.ex. s. 4–7"))
        self.notes = NotesEdit()
        self.notes.setMaximumHeight(90)
        for w, name in ((self.title, self.tr("Titel")), (self.kind, self.tr("Typ")),
                        (self.issuer, self.tr("Utfärdare")), (self.adopted_set, self.tr("Antagen")),
                        (self.adopted, self.tr("Antagningsdatum")),
                        (self.year, self.tr("År")), (self.url, self.tr("Webbadress")),
                        (self.pages, self.tr("Sidhänvisningar")), (self.notes, self.tr("Anteckningar"))):
            w.setAccessibleName(name)
        adopted_row = QHBoxLayout()
        adopted_row.addWidget(self.adopted)
        adopted_row.addStretch(1)
        adopted_row.addWidget(QLabel(self.tr("År:")))
        adopted_row.addWidget(self.year)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("T&yp:"), self.kind)
        form.addRow(self.tr("&Utfärdare:"), self.issuer)
        form.addRow(self.adopted_set, adopted_row)
        form.addRow(self.tr("&Webbadress:"), self.url)
        form.addRow(self.tr("&Sidor:"), self.pages)
        form.addRow(self.tr("Anteckningar:"), self.notes)
        layout.addLayout(form)

        file_row = QHBoxLayout()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("&Bifoga fil…"))
        self.open_button = QPushButton(self.tr("Ö&ppna fil"))
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.attach_button)
        file_row.addWidget(self.open_button)
        layout.addLayout(file_row)

        box = QGroupBox(self.tr("Utdrag som underlag"))
        bl = QVBoxLayout(box)
        self.excerpts = QListWidget()
        self.excerpts.setAccessibleName(self.tr("Utdrag ur dokumentet"))
        self.excerpts.setWordWrap(True)
        self.excerpts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bl.addWidget(self.excerpts, 1)
        self.excerpt_text = NotesEdit()
        self.excerpt_text.setAccessibleName(self.tr("Nytt utdrag"))
        self.excerpt_text.setPlaceholderText(self.tr("Klistra in eller skriv ett utdrag ur dokumentet…"))
        self.excerpt_text.setMaximumHeight(70)
        bl.addWidget(self.excerpt_text)
        erow = QHBoxLayout()
        self.excerpt_page = QLineEdit()
        self.excerpt_page.setPlaceholderText(self.tr("sida"))
        self.excerpt_page.setAccessibleName(self.tr("Sida"))
        self.excerpt_page.setMaximumWidth(90)
        self.excerpt_button = QPushButton(self.tr("Tagga ut&drag…"))
        self.excerpt_button.setToolTip(self.tr("Spara utdraget som underlag för delområden (Ctrl+T)"))
        erow.addWidget(QLabel(self.tr("Sida:")))
        erow.addWidget(self.excerpt_page)
        erow.addStretch()
        erow.addWidget(self.excerpt_button)
        bl.addLayout(erow)
        layout.addWidget(box, 1)

        self.tag_action = QAction(self.tr("Tagga utdrag"), self)
        self.tag_action.setShortcut(QKeySequence("Ctrl+T"))
        self.tag_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tag_action.triggered.connect(lambda: self.add_excerpt())
        self.addAction(self.tag_action)
        self.excerpt_button.clicked.connect(lambda: self.add_excerpt())

        for edit, field in ((self.title, "title"), (self.issuer, "issuer"),
                            (self.year, "year"), (self.url, "url"), (self.pages, "pages")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._save(**{f: e.text().strip()}))
        self.adopted_set.toggled.connect(self._adopted_toggled)
        self.adopted.dateChanged.connect(lambda d: self._save(adopted=d.toString("yyyy-MM-dd")))
        self.kind.currentIndexChanged.connect(lambda _i: self._save(kind=self.kind.currentData()))
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(700)
        self.save_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_typed)
        self.notes.focus_lost.connect(self.save_notes)
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_file)

    def dragEnterEvent(self, e):
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e):
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths and self.document_id:
            e.acceptProposedAction()
            self.page.attach_path(self.document_id, paths[0])

    @property
    def current_id(self):
        return self.document_id

    def load(self, document_id):
        if document_id != self.document_id:
            self.flush()
        self.document_id = document_id
        self.refresh()

    def refresh(self):
        ev = self.session.evaluation
        row = ev.store.get("document", self.document_id) if self.document_id else None
        self.setEnabled(row is not None)
        if row is None:
            return
        self._loading = True
        try:
            for edit, field in ((self.title, "title"), (self.issuer, "issuer"),
                                (self.url, "url"), (self.pages, "pages")):
                if edit.text() != (row[field] or "") and not edit.hasFocus():
                    edit.setText(row[field] or "")
                    edit.setCursorPosition(0)
            year = str(row["year"]) if row["year"] else ""
            if self.year.text() != year and not self.year.hasFocus():
                self.year.setText(year)
            self._show_adopted(row["adopted"])
            with QSignalBlocker(self.kind):
                self.kind.setCurrentIndex(max(0, self.kind.findData(row["kind"] or "annat")))
            if not self._dirty_notes and self.notes.toPlainText() != (row["notes"] or ""):
                with QSignalBlocker(self.notes):
                    self.notes.setPlainText(row["notes"] or "")
            if row["blob_sha"]:
                self.file_label.setText(self.tr("Bifogad fil: %1 (%2)").replace("%1", row["file_name"] or "")
                                        .replace("%2", _size(fieldwork.attached_size(ev, row))))
                self.open_button.setEnabled(True)
                self.attach_button.setText(self.tr("&Byt fil…"))
            else:
                self.file_label.setText(self.tr("Ingen fil bifogad. Dra en fil hit eller välj ”Bifoga fil…”."))
                self.open_button.setEnabled(False)
                self.attach_button.setText(self.tr("&Bifoga fil…"))
            self.excerpts.clear()
            rows = fieldwork.evidence_rows(ev, "e.document_id = ?", (self.document_id,))
            for r in rows:
                page = self.tr(" s. %1").replace("%1", r["page"]) if r["page"] else ""
                item = QListWidgetItem(f"[{r['tags'] or '–'}]{page} {(r['text'] or '').strip()}")
                item.setData(Qt.ItemDataRole.UserRole, r["id"])
                self.excerpts.addItem(item)
            if not rows:
                self.excerpts.addItem(self.tr("Inga utdrag ännu. Skriv ett utdrag nedan och tryck Ctrl+T."))
        finally:
            self._loading = False

    def _show_adopted(self, adopted):
        """The stored date, checked; none (or one an older version wrote as free text, which
        reads as not set): unchecked, the date greyed out showing what checking would give."""
        stored = QDate.fromString(adopted, "yyyy-MM-dd") if isinstance(adopted, str) else QDate()
        has = stored.isValid() and self.adopted.minimumDate() <= stored <= self.adopted.maximumDate()
        with QSignalBlocker(self.adopted_set):
            self.adopted_set.setChecked(has)
        self.adopted.setEnabled(has)
        if self._choosing_date():
            return  # the user is typing or picking a date: a refresh does not take it away
        with QSignalBlocker(self.adopted):
            self.adopted.setDate(stored if has else self._proposed_adoption())

    def _choosing_date(self) -> bool:
        """Digits typed into the date but not yet saved, or the calendar open."""
        pending = self.adopted.text() != self.adopted.date().toString(self.adopted.displayFormat())
        return (self.adopted.hasFocus() and pending) or self.adopted.calendarWidget().isVisible()

    def _proposed_adoption(self) -> QDate:
        """What checking "Antagen" gives: 1 January of the document's year, else today."""
        try:
            year = int(self.year.text().strip())
        except ValueError:
            year = 0
        return QDate(year, 1, 1) if 1900 <= year <= 2100 else QDate.currentDate()

    def _adopted_toggled(self, checked: bool):
        self.adopted.setEnabled(checked)
        if not checked:
            self._save(adopted="")
            return
        if self._loading or not self.document_id:
            return
        with QSignalBlocker(self.adopted):
            self.adopted.setDate(self._proposed_adoption())
        self._save(adopted=self.adopted.date().toString("yyyy-MM-dd"))

    def _save(self, **values):
        if self._loading or not self.document_id:
            return
        did = self.document_id
        try:
            self.session.edit(self.tr("Ändra dokument"),
                              lambda: fieldwork.update_document(self.session.evaluation, did, **values))
        except KompassError as e:
            show_error(self, self.tr("Kan inte spara"), e)
            self.refresh()

    def _notes_typed(self):
        if not self._loading:
            self._dirty_notes = True
            self.save_timer.start()

    def flush(self):
        """Pending typing into the file now: a date typed but not yet left, and the notes."""
        if self.adopted.isEnabled() and self.adopted.hasFocus():
            self.adopted.interpretText()  # saves through dateChanged when the date changed
        self.save_notes()

    def save_notes(self):
        self.save_timer.stop()
        if not self._dirty_notes or not self.document_id:
            return
        self._dirty_notes = False
        text, did = self.notes.toPlainText(), self.document_id
        self.session.edit(self.tr("Ändra dokument"),
                          lambda: fieldwork.update_document(self.session.evaluation, did, notes=text))

    def choose_file(self):
        folder = str(self.session.evaluation.path.parent)  # where the evaluation's papers usually are
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Bifoga fil"), folder,
                                              self.tr("Alla filer (*)"))
        if path and self.document_id:
            self.page.attach_path(self.document_id, path)

    def open_file(self):
        if not self.document_id:
            return
        found = fieldwork.document_file(self.session.evaluation, self.document_id)
        if found is None:
            return
        name, data = found
        folder = Path(tempfile.mkdtemp(prefix="kompass-"))
        target = folder / Path(name).name
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def add_excerpt(self, subareas: list[str] | None = None, status: str | None = None):
        text = self.excerpt_text.toPlainText().strip()
        if not self.document_id:
            return None
        if not text:
            show_error(self, self.tr("Inget utdrag"), KompassError(self.tr("Skriv eller klistra in utdraget först.")))
            return None
        if not subareas:
            picked = ask_subareas(self.session.evaluation.framework, self)
            if picked is None:
                return None
            subareas, status = picked
        did, page = self.document_id, self.excerpt_page.text().strip()
        eid = self.session.edit(self.tr("Nytt utdrag"), lambda: self.session.evaluation.add_evidence(
            text, subareas, source="document", status=status or "in_place", document_id=did, page=page))
        self.excerpt_text.clear()
        self.excerpt_page.clear()
        return eid


class DocumentsPage(ListEditorPage):
    watched = ('document', 'evidence', 'evidence_tag')

    navigate = Signal(str, str)
    attached = Signal(str)  # document id, when a file read off the UI thread is stored

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + self.tr("Dokument") + "</h2>"))
        top.addStretch()
        self.new_button = QPushButton(self.tr("&Nytt dokument"))
        self.add_files_button = QPushButton(self.tr("Lägg till &filer…"))
        self.delete_button = QPushButton(self.tr("Ta bort dokument"))
        for b in (self.new_button, self.add_files_button, self.delete_button):
            top.addWidget(b)
        layout.addLayout(top)
        splitter = QSplitter()
        self.model = DocumentListModel(self)
        self.view = _DropTable()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Dokument"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        # The title takes the space; kind, issuer, date, file and evidence count stay short.
        self.columns = ColumnFitter(self.view, [DocumentListModel.TITLE],
                                    caps={DocumentListModel.ISSUER: 140, DocumentListModel.KIND: 110},
                                    keep=(DocumentListModel.YEAR, DocumentListModel.FILE,
                                          DocumentListModel.EVIDENCE))
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        hint = empty_hint(self.tr("Inga dokument ännu. Dra filer hit (t.ex. styrdokument som PDF), "
                                  "välj ”Lägg till filer…” eller skriv in en referens med ”Nytt dokument”."))
        hint.setAcceptDrops(False)
        self.list_stack.addWidget(hint)
        self.setAcceptDrops(True)
        splitter.addWidget(self.list_stack)
        self.editor = DocumentEditor(session, self)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(empty_hint(self.tr("Välj ett dokument i listan.")))
        self.editor_stack.addWidget(self.editor)
        splitter.addWidget(self.editor_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 450])
        layout.addWidget(splitter, 1)
        self.new_button.clicked.connect(self.new_document)
        self.add_files_button.clicked.connect(self.choose_files)
        self.delete_button.clicked.connect(self.delete_current)
        self.view.files_dropped.connect(self.add_paths)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._reload_pending = False
        self._busy = 0
        session.changed.connect(self._changed)
        self.reload()
        self.delete_button.setEnabled(False)

    # Drops anywhere on the page (outside the editor) add new documents.
    def dragEnterEvent(self, e):
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e):
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            self.add_paths(paths)

    def load_rows(self):
        return fieldwork.document_rows(self.session.evaluation)

    def select(self, document_id: str):
        row = self.model.row_of(document_id)
        if row < 0:
            self.reload()
            row = self.model.row_of(document_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
            self.editor.load(document_id)
            self.editor_stack.setCurrentIndex(1)

    def new_document(self):
        did = self.session.edit(self.tr("Nytt dokument"), lambda: fieldwork.new_document(
            self.session.evaluation, self.tr("Nytt dokument")))
        self.reload()
        self.select(did)
        self.editor.title.setFocus()
        self.editor.title.selectAll()
        return did

    def delete_current(self):
        did = self.editor.document_id
        if did:
            self.session.edit(self.tr("Ta bort dokument"),
                              lambda: fieldwork.delete_document(self.session.evaluation, did))

    def choose_files(self):
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Lägg till dokument"), "",
                                                self.tr("Alla filer (*)"))
        if paths:
            self.add_paths(paths)

    # ---- files read off the UI thread ----------------------------------------------------

    def _read(self, path: str, then):
        """Read a file on a worker (large PDFs must not freeze the window), then store it."""
        progress = QProgressDialog(self.tr("Läser %1 …").replace("%1", Path(path).name), None, 0, 0, self)
        progress.setWindowTitle(self.tr("Bifogar fil"))
        progress.setMinimumDuration(300)
        self._busy += 1

        def done(data):
            progress.close()
            self._busy -= 1
            then(data)

        def failed(err):
            progress.close()
            self._busy -= 1
            show_error(self, self.tr("Kan inte läsa filen"), err)

        run_task(lambda: Path(path).read_bytes(), done, failed)

    def add_paths(self, paths: list[str]):
        for p in paths:
            name = Path(p).name

            def store(data, name=name):
                did = self.session.edit(self.tr("Lägg till dokument"), lambda: fieldwork.new_document(
                    self.session.evaluation, Path(name).stem, file_bytes=data, file_name=name))
                self.reload()
                self.select(did)
                self.attached.emit(did)
            self._read(p, store)

    def attach_path(self, document_id: str, path: str):
        name = Path(path).name

        def store(data):
            self.session.edit(self.tr("Bifoga fil"), lambda: self.session.evaluation.attach_file(
                document_id, data, name))
            self.reload()
            self.attached.emit(document_id)
        self._read(path, store)

    def busy(self) -> bool:
        return self._busy > 0

    def flush(self):
        self.editor.flush()

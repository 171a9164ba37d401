"""Interviews: the list and an editor built for typing notes fast during a site visit."""
from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker, QTime, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QStackedWidget,
                               QStyledItemDelegate, QTableView, QTextEdit, QTimeEdit, QToolTip, QVBoxLayout,
                               QWidget)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services import fieldwork
from kompass_desktop.services.evaluation import ROLES
from kompass_desktop.ui import names
from kompass_desktop.ui.common import (ColumnFitter, ListEditorPage, NotesEdit, RowsTableModel, empty_hint, error_text,
                                       index_to_utf16, show_error, utf16_to_index)
from kompass_desktop.ui.dialogs import ask_subareas

# Idle time after the last keystroke before the notes are saved (focus-out saves at once).
NOTES_SAVE_MS = 700


class InterviewListModel(RowsTableModel):
    DATE, TITLE, PARTICIPANTS, EVIDENCE = range(4)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def headers(self):
        return [self.tr("Datum"), self.tr("Intervju"), self.tr("Deltagare"), self.tr("Underlag")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == self.IdRole:
            return r["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.DATE:
                return " ".join(x for x in (r["date"] or "", r["time"] or "") if x)
            if c == self.TITLE:
                return r["title"] or self.tr("(utan titel)")
            if c == self.PARTICIPANTS:
                return r["participants"]
            if c == self.EVIDENCE:
                return r["evidence"]
        if role == Qt.ItemDataRole.ToolTipRole and c in (self.TITLE, self.PARTICIPANTS):
            return r["participant_names"] or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (self.PARTICIPANTS, self.EVIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ParticipantModel(RowsTableModel):
    NAME, ROLE, FUNCTION = range(3)
    refused = Signal(str)
    FIELDS = ("name", "role", "function")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session

    def headers(self):
        return [self.tr("Namn"), self.tr("Roll"), self.tr("Funktion")]

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.rows[index.row()][self.FIELDS[index.column()]] or ""
            if index.column() == self.ROLE and role == Qt.ItemDataRole.DisplayRole:
                return names.role(value)  # the file keeps the code; the screen its name
            return value
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        if (row[field] or "") == value:
            return False
        try:
            self.session.edit(self.tr("Ändra deltagare"), lambda: fieldwork.update_participant(
                self.session.evaluation, row["id"], **{field: value}))
        except KompassError as e:
            self.refused.emit(error_text(e))
            return False
        return True


class RoleDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for code in ROLES:
            box.addItem(names.role(code), code)
        box.setAccessibleName(self.tr("Roll"))
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "annan")))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class InterviewEditor(QWidget):
    """One interview: when, where, who, and the notes."""

    evidence_added = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.interview_id: str | None = None
        self._dirty_notes = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Rubrik"))
        when = QHBoxLayout()
        self.date = QDateEdit()
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Datum"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Tid"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Plats"))
        self.place.setPlaceholderText(self.tr("Plats"))
        self.group = QCheckBox(self.tr("&Gruppintervju"))
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.place, 1)
        when.addWidget(self.group)
        form.addRow(self.tr("&Rubrik:"), self.title)
        form.addRow(self.tr("När och var:"), when)
        layout.addLayout(form)

        self.participants = ParticipantModel(session, self)
        self.participants.refused.connect(
            lambda text: QToolTip.showText(self.participant_view.mapToGlobal(self.participant_view.rect().center()),
                                           text, self.participant_view))
        self.participant_view = QTableView()
        self.participant_view.setModel(self.participants)
        self.participant_view.setAccessibleName(self.tr("Deltagare"))
        self.participant_view.setItemDelegateForColumn(ParticipantModel.ROLE, RoleDelegate(self))
        self.participant_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.participant_view.verticalHeader().hide()
        self.participant_view.setMaximumHeight(130)
        self.participant_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                              QAbstractItemView.EditTrigger.EditKeyPressed |
                                              QAbstractItemView.EditTrigger.AnyKeyPressed)
        prow = QHBoxLayout()
        plabel = QLabel(self.tr("Deltagare:"))
        self.add_participant_button = QPushButton(self.tr("Lägg till &deltagare"))
        self.remove_participant_button = QPushButton(self.tr("Ta bort deltagare"))
        prow.addWidget(plabel)
        prow.addStretch()
        prow.addWidget(self.add_participant_button)
        prow.addWidget(self.remove_participant_button)
        layout.addLayout(prow)
        layout.addWidget(self.participant_view)

        nrow = QHBoxLayout()
        nrow.addWidget(QLabel(self.tr("Anteckningar:")))
        nrow.addStretch()
        self.tag_button = QPushButton(self.tr("&Tagga markerat stycke…"))
        self.tag_button.setToolTip(self.tr("Markera text i anteckningarna och tagga den som underlag (Ctrl+T)"))
        nrow.addWidget(self.tag_button)
        layout.addLayout(nrow)
        self.notes = NotesEdit()
        self.notes.setAccessibleName(self.tr("Anteckningar"))
        self.notes.setPlaceholderText(self.tr("Skriv dina anteckningar här. Markera ett stycke och tryck "
                                              "Ctrl+T för att tagga det till ett eller flera delområden."))
        self.notes.setTabChangesFocus(False)
        layout.addWidget(self.notes, 3)
        layout.addWidget(QLabel(self.tr("Underlag från intervjun:")))
        self.evidence_list = QListWidget()
        self.evidence_list.setAccessibleName(self.tr("Underlag från intervjun"))
        self.evidence_list.setMaximumHeight(120)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.evidence_list, 1)

        self.tag_action = QAction(self.tr("Tagga markerat stycke"), self)
        self.tag_action.setShortcut(QKeySequence("Ctrl+T"))
        self.tag_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tag_action.triggered.connect(self.tag_selection)
        self.addAction(self.tag_action)
        self.tag_button.clicked.connect(self.tag_selection)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(NOTES_SAVE_MS)
        self.save_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_typed)
        self.notes.focus_lost.connect(self.save_notes)
        self.title.editingFinished.connect(lambda: self._save(title=self.title.text()))
        self.place.editingFinished.connect(lambda: self._save(place=self.place.text()))
        self.date.dateChanged.connect(lambda d: self._save(date=d.toString("yyyy-MM-dd")))
        self.time.timeChanged.connect(lambda t: self._save(time=t.toString("HH:mm")))
        self.group.toggled.connect(lambda on: self._save(is_group=on))
        self.add_participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button.clicked.connect(self.remove_participant)
        self.evidence_list.itemActivated.connect(self._select_passage_of)
        self._loading = False

    # ---- loading ------------------------------------------------------------------------

    @property
    def current_id(self):
        return self.interview_id

    def load(self, interview_id: str | None):
        if interview_id != self.interview_id:
            self.save_notes()
        self.interview_id = interview_id
        self.refresh()

    def refresh(self):
        ev = self.session.evaluation
        row = ev.store.get("interview", self.interview_id) if self.interview_id else None
        self.setEnabled(row is not None)
        if row is None:
            return
        self._loading = True
        try:
            if not self.title.hasFocus() or self.title.text() == (row["title"] or ""):
                self._set_text(self.title, row["title"] or "")
            if not self.place.hasFocus():
                self._set_text(self.place, row["place"] or "")
            with QSignalBlocker(self.date):
                d = QDate.fromString(row["date"] or "", "yyyy-MM-dd")
                self.date.setDate(d if d.isValid() else QDate.currentDate())
            with QSignalBlocker(self.time):
                t = QTime.fromString(row["time"] or "", "HH:mm")
                self.time.setTime(t if t.isValid() else QTime(9, 0))
            with QSignalBlocker(self.group):
                self.group.setChecked(bool(row["is_group"]))
            # Never overwrite what is being typed and not saved yet.
            if not self._dirty_notes and self.notes.toPlainText() != (row["notes"] or ""):
                cursor_pos = self.notes.textCursor().position()
                with QSignalBlocker(self.notes):
                    self.notes.setPlainText(row["notes"] or "")
                c = self.notes.textCursor()
                c.setPosition(min(cursor_pos, len(self.notes.toPlainText())))
                self.notes.setTextCursor(c)
            self.participants.set_rows(fieldwork.participants(ev, self.interview_id))
            self._load_evidence()
        finally:
            self._loading = False

    @staticmethod
    def _set_text(edit: QLineEdit, text: str):
        if edit.text() != text:
            with QSignalBlocker(edit):
                edit.setText(text)
                edit.setCursorPosition(0)  # show the start of a long title

    def _load_evidence(self):
        ev = self.session.evaluation
        rows = fieldwork.evidence_rows(ev, "e.interview_id = ?", (self.interview_id,))
        self.evidence_list.clear()
        notes = self.notes.toPlainText()
        marks = []
        for r in rows:
            status = self.tr("planerat") if r["status"] == "planned" else self.tr("på plats")
            item = QListWidgetItem(f"[{r['tags'] or '–'}] {(r['text'] or '').strip()}  ({status})")
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.evidence_list.addItem(item)
            if r["quote_start"] is not None and r["quote_end"] is not None:
                marks.append((r["quote_start"], r["quote_end"]))
        if not rows:
            self.evidence_list.addItem(self.tr("Inget underlag ännu. Markera text ovan och tryck Ctrl+T."))
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fff2a8"))
        for start, end in marks:
            sel = QTextEdit.ExtraSelection()
            c = QTextCursor(self.notes.document())
            c.setPosition(min(index_to_utf16(notes, start), self.notes.document().characterCount() - 1))
            c.setPosition(min(index_to_utf16(notes, end), self.notes.document().characterCount() - 1),
                          QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = c
            sel.format = fmt
            selections.append(sel)
        self.notes.setExtraSelections(selections)

    # ---- saving -------------------------------------------------------------------------

    def _save(self, **values):
        if self._loading or not self.interview_id:
            return
        iid = self.interview_id
        try:
            self.session.edit(self.tr("Ändra intervju"),
                              lambda: fieldwork.update_interview(self.session.evaluation, iid, **values))
        except KompassError as e:
            show_error(self, self.tr("Kan inte spara"), e)

    def _notes_typed(self):
        if self._loading:
            return
        self._dirty_notes = True
        self.save_timer.start()

    def save_notes(self):
        """Write pending notes now (idle timer, focus-out, switching interview, closing)."""
        self.save_timer.stop()
        if not self._dirty_notes or not self.interview_id:
            return
        text = self.notes.toPlainText()
        iid = self.interview_id
        self._dirty_notes = False
        self.session.edit(self.tr("Skriva anteckningar"),
                          lambda: fieldwork.update_interview(self.session.evaluation, iid, notes=text))

    # ---- participants and evidence --------------------------------------------------------

    def add_participant(self):
        if not self.interview_id:
            return
        iid = self.interview_id
        self.session.edit(self.tr("Lägg till deltagare"),
                          lambda: self.session.evaluation.add_participant(iid, "", "annan"))
        self.refresh()
        row = self.participants.rowCount() - 1
        if row >= 0:
            idx = self.participants.index(row, ParticipantModel.NAME)
            self.participant_view.setCurrentIndex(idx)
            self.participant_view.setFocus()
            self.participant_view.edit(idx)

    def remove_participant(self):
        idx = self.participant_view.currentIndex()
        if not idx.isValid():
            return
        pid = self.participants.rows[idx.row()]["id"]
        self.session.edit(self.tr("Ta bort deltagare"),
                          lambda: fieldwork.delete_participant(self.session.evaluation, pid))

    def selection_range(self) -> tuple[int, int]:
        c = self.notes.textCursor()
        text = self.notes.toPlainText()
        return utf16_to_index(text, c.selectionStart()), utf16_to_index(text, c.selectionEnd())

    def tag_selection(self, subareas: list[str] | None = None, status: str | None = None):
        """Ctrl+T: the selected passage becomes evidence for the sub-areas picked."""
        if not self.interview_id:
            return None
        start, end = self.selection_range()
        if start == end:
            show_error(self, self.tr("Inget stycke markerat"),
                       KompassError(self.tr("Markera först den text i anteckningarna som ska bli underlag.")))
            return None
        self.save_notes()
        if not subareas:
            picked = ask_subareas(self.session.evaluation.framework, self)
            if picked is None:
                return None
            subareas, status = picked
        iid = self.interview_id
        try:
            eid = self.session.edit(self.tr("Tagga underlag"), lambda: fieldwork.tag_passage(
                self.session.evaluation, iid, start, end, subareas, status or "in_place"))
        except KompassError as e:
            show_error(self, self.tr("Kan inte tagga"), e)
            return None
        self.evidence_added.emit(eid)
        return eid

    def select_passage(self, start: int | None, end: int | None):
        if start is None or end is None:
            return
        text = self.notes.toPlainText()
        c = self.notes.textCursor()
        c.setPosition(min(index_to_utf16(text, start), len(text)))
        c.setPosition(min(index_to_utf16(text, end), len(text)), QTextCursor.MoveMode.KeepAnchor)
        self.notes.setTextCursor(c)
        self.notes.ensureCursorVisible()
        self.notes.setFocus()

    def _select_passage_of(self, item: QListWidgetItem):
        r = item.data(Qt.ItemDataRole.UserRole)
        if r:
            self.select_passage(r["quote_start"], r["quote_end"])


class InterviewsPage(ListEditorPage):
    watched = ('interview', 'participant', 'evidence', 'evidence_tag', 'evaluation')

    navigate = Signal(str, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel("<h2>" + self.tr("Intervjuer") + "</h2>")
        top.addWidget(heading)
        top.addStretch()
        self.new_button = QPushButton(self.tr("&Ny intervju"))
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.new_button.setToolTip(self.tr("Ny intervju (Ctrl+Skift+I)"))
        self.delete_button = QPushButton(self.tr("Ta bort intervju"))
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        splitter = QSplitter()
        self.model = InterviewListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Intervjuer"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        # The title takes the space; date and counts keep their width.
        self.columns = ColumnFitter(self.view, [InterviewListModel.TITLE], keep=(
            InterviewListModel.DATE, InterviewListModel.PARTICIPANTS, InterviewListModel.EVIDENCE))
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(empty_hint(self.tr("Inga intervjuer ännu. Klicka på ”Ny intervju” "
                                                     "(Ctrl+Skift+I) när du börjar ett samtal.")))
        splitter.addWidget(self.list_stack)
        self.editor = InterviewEditor(session, self)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(empty_hint(self.tr("Välj en intervju i listan, eller skapa en ny.")))
        self.editor_stack.addWidget(self.editor)
        splitter.addWidget(self.editor_stack)
        splitter.setStretchFactor(0, 1)  # the list keeps room for its titles on a small screen
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 550])
        layout.addWidget(splitter, 1)
        self.new_button.clicked.connect(self.new_interview)
        self.delete_button.clicked.connect(self.delete_current)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._reload_pending = False
        session.changed.connect(self._changed)
        self.reload()
        self.delete_button.setEnabled(False)

    def load_rows(self):
        return fieldwork.interview_rows(self.session.evaluation)

    def select(self, interview_id: str):
        row = self.model.row_of(interview_id)
        if row >= 0:
            self.view.selectRow(row)
            self.editor.load(interview_id)
            self.editor_stack.setCurrentIndex(1)

    def show_evidence(self, interview_id: str, evidence_id: str):
        self.select(interview_id)
        r = self.session.evaluation.store.get("evidence", evidence_id)
        if r:
            self.editor.select_passage(r["quote_start"], r["quote_end"])

    def new_interview(self):
        iid = self.session.edit(self.tr("Ny intervju"), lambda: fieldwork.new_interview(
            self.session.evaluation, self.tr("Ny intervju"), QDate.currentDate().toString("yyyy-MM-dd")))
        self.reload()
        self.select(iid)
        self.editor.title.setFocus()
        self.editor.title.selectAll()
        return iid

    def delete_current(self):
        iid = self.editor.interview_id
        if not iid:
            return
        self.editor.save_notes()
        self.session.edit(self.tr("Ta bort intervju"),
                          lambda: fieldwork.delete_interview(self.session.evaluation, iid))

    def flush(self):
        self.editor.save_notes()

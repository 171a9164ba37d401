"""The "Personer" page: the register of people, joins, the extract, and the clean-up."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from kompass_desktop.services import people, privacy
from kompass_desktop.services.evaluation import ROLES
from kompass_desktop.ui import names
from kompass_desktop.ui.common import RowsTableModel, error_text, show_error
from kompass_desktop.ui.workers import run_task


class PeopleModel(RowsTableModel):
    NAME, ROLE, FUNCTION, ORGANISATION, INTERVIEWS, REGISTERED = range(6)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def headers(self):
        return [self.tr("Namn"), self.tr("Roll"), self.tr("Funktion"), self.tr("Organisation"),
                self.tr("Intervjuer"), self.tr("I registret")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e: people.Entry = self.rows[index.row()]["entry"]
        c = index.column()
        if role == self.IdRole:
            return e.key
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.NAME:
                return e.name or e.pseudonym + " " + self.tr("(namn raderat)")
            if c == self.ROLE:
                return names.role(e.role) if e.role else ""  # the file keeps the code
            if c == self.FUNCTION:
                return e.function
            if c == self.ORGANISATION:
                return e.organisation
            if c == self.INTERVIEWS:
                return len(e.interviews)
            if c == self.REGISTERED:
                return self.tr("ja") if e.registered else self.tr("nej")
        if role == Qt.ItemDataRole.ToolTipRole and c == self.INTERVIEWS:
            return "\n".join(i["title"] or "" for i in e.interviews)
        return None


class PersonEditor(QGroupBox):
    """The fields of one register entry; each change is one undoable edit."""

    def __init__(self, session, parent=None):
        super().__init__(self.tr("Uppgifter i registret"), parent)
        self.session = session
        self.key: str | None = None
        form = QFormLayout(self)
        self.fields: dict[str, QWidget] = {}
        labels = {"name": self.tr("Namn"), "role": self.tr("Roll"), "function": self.tr("Funktion"),
                  "organisation": self.tr("Organisation"), "contact": self.tr("Kontaktuppgifter"),
                  "note": self.tr("Anteckning")}
        for f in people.PERSON_FIELDS:
            if f == "role":
                w = QComboBox()
                for code in ROLES:
                    w.addItem(names.role(code), code)
                w.activated.connect(lambda _i, f=f: self._save(f))
            elif f == "note":
                w = QPlainTextEdit()
                w.setPlaceholderText(self.tr("T.ex. vad personen fått veta om hur anteckningarna sparas"))
                w.setMaximumHeight(80)
                w.setTabChangesFocus(True)
            else:
                w = QLineEdit()
                w.editingFinished.connect(lambda f=f: self._save(f))
            w.setAccessibleName(labels[f])
            self.fields[f] = w
            form.addRow(labels[f], w)
        self.save_note = QPushButton(self.tr("Spara anteckningen"))
        self.save_note.clicked.connect(lambda: self._save("note"))
        form.addRow("", self.save_note)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.load(None)

    def load(self, entry: people.Entry | None) -> None:
        self.key = entry.key if entry is not None and entry.registered else None
        for f, w in self.fields.items():
            value = getattr(entry, f) if entry is not None else ""
            w.blockSignals(True)
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value or "annan")))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            else:
                w.setText(value or "")
            w.blockSignals(False)
            w.setEnabled(self.key is not None)
        self.save_note.setEnabled(self.key is not None)
        if entry is None:
            self.hint.setText(self.tr("Välj en person i listan."))
        elif not entry.registered:
            self.hint.setText(self.tr("Deltagaren finns inte i registret än. Lägg till den för att "
                                      "kunna ange organisation, kontaktuppgifter och anteckning."))
        else:
            self.hint.setText("")

    def _value(self, f: str) -> str:
        w = self.fields[f]
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.text()

    def _save(self, f: str) -> None:
        if self.key is None:
            return
        key, value = self.key, self._value(f)
        try:
            self.session.edit(self.tr("Ändra personuppgift"),
                              lambda: people.update_person(self.session.evaluation, key, **{f: value}))
        except Exception as e:  # noqa: BLE001 - refused input: say why, nothing changed
            show_error(self, self.tr("Kan inte spara"), e)


class PeoplePage(QWidget):
    """The register: everyone the evaluation names, the same person once."""

    navigate = Signal(str, str)
    watched = {"person", "participant", "interview", "erasure", "*"}

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Personer"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        intro = QLabel(self.tr("Alla som utvärderingen nämner: namn, roll, funktion och de intervjuer "
                               "de deltog i. Samma person i flera intervjuer är en post; slå ihop "
                               "poster som gäller samma person."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.cleanup_banner = QWidget()
        bl = QHBoxLayout(self.cleanup_banner)
        bl.setContentsMargins(8, 4, 8, 4)
        self.cleanup_banner.setStyleSheet("background: #fff4ce;")
        self.cleanup_label = QLabel(self.tr("Slutrapporten är exporterad. Personuppgifter som inte "
                                            "längre behövs bör nu rensas bort."))
        self.cleanup_label.setWordWrap(True)
        bl.addWidget(self.cleanup_label, 1)
        go = QPushButton(self.tr("Rensa personuppgifter…"))
        go.clicked.connect(self.ask_cleanup)
        bl.addWidget(go)
        layout.addWidget(self.cleanup_banner)
        self.erased_label = QLabel()
        self.erased_label.setWordWrap(True)
        layout.addWidget(self.erased_label)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.join_suggested_button = QPushButton(self.tr("Slå ihop förslaget"))
        self.join_suggested_button.clicked.connect(self.join_suggested)
        srow = QHBoxLayout()
        srow.addWidget(self.suggestion, 1)
        srow.addWidget(self.join_suggested_button)
        layout.addLayout(srow)

        split = QSplitter()
        self.model = PeopleModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Personregister"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        split.addWidget(self.view)
        self.editor = PersonEditor(session)
        split.addWidget(self.editor)
        self.editor.setMaximumWidth(440)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([640, 360])
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.register_button = QPushButton(self.tr("Lägg till i registret"))
        self.register_button.clicked.connect(self.register_selected)
        self.join_button = QPushButton(self.tr("Slå ihop markerade"))
        self.join_button.clicked.connect(self.join_selected)
        self.extract_button = QPushButton(self.tr("Registerutdrag…"))
        self.extract_button.clicked.connect(self.show_extract)
        self.cleanup_button = QPushButton(self.tr("Rensa personuppgifter…"))
        self.cleanup_button.clicked.connect(self.ask_cleanup)
        for b in (self.register_button, self.join_button, self.extract_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.cleanup_button)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self.refresh()

    # ---- data ----------------------------------------------------------------------

    def _on_changed(self, tables) -> None:
        if self.session.is_open and (set(tables) & self.watched):
            self.refresh()

    def refresh(self) -> None:
        ev = self.session.evaluation
        keep = self.selected_keys()
        self.entries = people.entries(ev)
        self.model.set_rows([{"id": e.key, "entry": e} for e in self.entries])
        for key in keep:
            row = self.model.row_of(key)
            if row >= 0:
                self.view.selectRow(row)
        self.joins = people.suggested_joins(self.entries)
        if self.joins:
            names = " / ".join(f"{e.name} ({len(e.interviews)})" for e in self.joins[0])
            self.suggestion.setText(self.tr("Förslag: samma namn och organisation – troligen samma "
                                            "person: %1").replace("%1", names))
        self.suggestion.setVisible(bool(self.joins))
        self.join_suggested_button.setVisible(bool(self.joins))
        self.cleanup_banner.setVisible(privacy.cleanup_due(ev))
        done = privacy.erasure_history(ev)
        self.erased_label.setText("\n".join(
            self.tr("Personuppgifter rensades %1 av %2.").replace("%1", e["at"][:10]).replace("%2", e["by"])
            for e in done))
        self.erased_label.setVisible(bool(done))
        self._selected()

    def selected_keys(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r]["id"] for r in rows if r < len(self.model.rows)]

    def selected_entries(self) -> list[people.Entry]:
        by = {e.key: e for e in self.entries}
        return [by[k] for k in self.selected_keys() if k in by]

    def _selected(self) -> None:
        sel = self.selected_entries()
        self.editor.load(sel[0] if len(sel) == 1 else None)
        self.register_button.setEnabled(any(not e.registered for e in sel))
        self.join_button.setEnabled(len(sel) >= 2)
        self.extract_button.setEnabled(len(sel) == 1 and bool(sel[0].name))

    # ---- actions -------------------------------------------------------------------

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.view.selectRow(row)

    def register_selected(self) -> None:
        keys = [e.key for e in self.selected_entries() if not e.registered]
        ev = self.session.evaluation

        def do():
            return [people.register(ev, k) for k in keys]
        try:
            made = self.session.edit(self.tr("Lägg till i registret"), do)
        except Exception as e:  # noqa: BLE001
            show_error(self, self.tr("Kan inte lägga till"), e)
            return
        if made:
            self.select_key(made[0])

    def join_selected(self) -> None:
        self._join([e.key for e in self.selected_entries()])

    def join_suggested(self) -> None:
        if self.joins:
            self._join([e.key for e in self.joins[0]])

    def _join(self, keys: list[str]) -> None:
        if len(keys) < 2:
            return
        ev = self.session.evaluation
        try:
            kept = self.session.edit(self.tr("Slå ihop personer"),
                                     lambda: people.join(ev, keys[0], keys[1:]))
        except Exception as e:  # noqa: BLE001
            show_error(self, self.tr("Kan inte slå ihop"), e)
            return
        self.select_key(kept)

    def show_extract(self) -> None:
        sel = self.selected_entries()
        if len(sel) != 1:
            return
        try:
            data = people.extract(self.session.evaluation, sel[0].name)
        except Exception as e:  # noqa: BLE001
            show_error(self, self.tr("Kan inte göra utdrag"), e)
            return
        dlg = ExtractDialog(data, self)
        dlg.open()
        self.extract_dialog = dlg

    def ask_cleanup(self) -> None:
        dlg = CleanupDialog(self.session, self)
        dlg.open()
        self.cleanup_dialog = dlg


class ExtractDialog(QDialog):
    """Everything the file holds about one person, to read and save as PDF or text."""

    def __init__(self, data: dict, parent=None):
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Registerutdrag"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(people.extract_text(data))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Registerutdrag"))
        layout.addWidget(self.text, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = box.addButton(self.tr("Spara som PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.txt_button = box.addButton(self.tr("Spara som text…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.txt_button.clicked.connect(lambda: self.save("txt"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def default_name(self, kind: str) -> str:
        import re
        who = re.sub(r"[^\w-]+", "_", self.data["query"]).strip("_") or "person"
        return f"registerutdrag_{who}.{kind}"

    def save(self, kind: str, path: str | None = None) -> Path | None:
        if path is None:
            filt = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Text (*.txt)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara registerutdrag"),
                                                  self.default_name(kind), filt)
            if not path:
                return None
        try:
            if kind == "pdf":
                out = people.extract_pdf(self.data, path)
            else:
                out = Path(path)
                out.write_text(people.extract_text(self.data), encoding="utf-8")
        except Exception as e:  # noqa: BLE001
            show_error(self, self.tr("Kunde inte spara utdraget"), e)
            return None
        self.saved = out
        return out


class CleanupDialog(QDialog):
    """The guided clean-up: what goes, what stays, names left in kept texts, then erase."""

    done_signal = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Rensa personuppgifter"))
        self.resize(760, 640)
        ev = session.evaluation
        self.plan = privacy.plan(ev)
        layout = QVBoxLayout(self)
        self.warning = None
        if not self.plan.final_report_exported_at:
            warn = self.warning = QLabel(self.tr("⚠ Ingen slutrapport har exporterats från den här filen än. "
                                  "Rensa bara om utvärderingen är avslutad: det som tas bort går "
                                  "inte att få tillbaka, inte heller genom att slå ihop äldre kopior."))
            warn.setWordWrap(True)
            warn.setStyleSheet("background: #fde7e9; padding: 6px;")
            layout.addWidget(warn)
        goes_box = QGroupBox(self.tr("Det här tas bort"))
        gl = QVBoxLayout(goes_box)
        g = self.plan.goes
        for text, n in ((self.tr("Namn på personer"), g["names"]),
                        (self.tr("Kontaktuppgifter"), g["contact details"]),
                        (self.tr("Intervjuanteckningar"), g["interview notes"]),
                        (self.tr("Anteckningar i registret"), g["register notes"])):
            gl.addWidget(QLabel(f"• {text}: {n}"))
        layout.addWidget(goes_box)
        stays_box = QGroupBox(self.tr("Det här finns kvar"))
        sl = QVBoxLayout(stays_box)
        stays = ((self.tr("Roller, funktioner och organisationer"),
                  self.tr("rapporten beskriver de intervjuade efter roll, inte namn")),
                 (self.tr("Underlagstexter"), self.tr("granskade av utvärderarna; de bär poängens grund")),
                 (self.tr("Poäng och motiveringar"), self.tr("utvärderingens resultat")),
                 (self.tr("Rapporttexter"), self.tr("den levererade rapporten")),
                 (self.tr("Dokument och bifogade filer"), self.tr("kommunens offentliga handlingar")),
                 (self.tr("Utvärderarnas namn"), self.tr("rapportens författare")))
        for what, why in stays:
            lab = QLabel(f"• {what} – {why}")
            lab.setWordWrap(True)
            sl.addWidget(lab)
        layout.addWidget(stays_box)
        hits_box = QGroupBox(self.tr("Namn i texter som finns kvar"))
        hl = QVBoxLayout(hits_box)
        hint = QLabel(self.tr("De markerade träffarna byts mot pseudonymer. Avmarkera träffar som "
                              "inte är namn på personer.") if self.plan.kept_hits else
                      self.tr("Inga namn ur registret hittades i de texter som finns kvar."))
        hint.setWordWrap(True)
        hl.addWidget(hint)
        self.hits = hit_list(self.plan.kept_hits)
        hl.addWidget(self.hits)
        self.hits.setVisible(bool(self.plan.kept_hits))
        layout.addWidget(hits_box, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.box.addButton(self.tr("Rensa nu"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.confirm)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)

    def skipped(self) -> list[str]:
        return unticked(self.hits)

    def confirm(self, ask: bool = True) -> None:
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Rensa personuppgifter"),
                self.tr("Namn, kontaktuppgifter och anteckningar tas bort för gott, också ur "
                        "säkerhetskopiorna. Fortsätt?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.erase(self.skipped())

    def erase(self, skip: list[str]) -> None:
        self.erase_button.setEnabled(False)
        self.status.setText(self.tr("Rensar …"))
        ev = self.session.evaluation

        def done(result):
            self.session.busy = False
            self.result_ = result
            self.session.reload({"*"})  # the undo stack cannot bring erased values back
            self.status.setText(self.tr("Klart. Sparade värden som togs bort: %1. Texter där namn "
                                        "byttes mot pseudonymer: %2. Raderade säkerhetskopior: %3.")
                                .replace("%1", str(result.versions_erased))
                                .replace("%2", str(result.texts_pseudonymised))
                                .replace("%3", str(len(result.backups_erased))))
            self.box.clear()
            self.box.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
            self.done_signal.emit(result)
            window = self.parent().window() if self.parent() is not None else None
            if hasattr(window, "offer_cleanup"):
                window.offer_cleanup()  # the window's reminder goes away

        def failed(e):
            self.session.busy = False
            self.erase_button.setEnabled(True)
            self.status.setText(self.tr("Kunde inte rensa: ") + error_text(e))

        self.session.busy = True  # the worker has the connection: the file watcher waits
        run_task(lambda: privacy.erase_personal_data(ev, skip), done, failed)


# The kinds of text (services.people.TEXT_FIELDS) for translation; the services word them in
# Swedish, the UI shows them in its language.
_TEXT_KINDS = (
    QT_TRANSLATE_NOOP("TextKinds", "intervjuanteckningar"), QT_TRANSLATE_NOOP("TextKinds", "intervjutitel"),
    QT_TRANSLATE_NOOP("TextKinds", "intervjuplats"), QT_TRANSLATE_NOOP("TextKinds", "registeranteckning"),
    QT_TRANSLATE_NOOP("TextKinds", "funktion"), QT_TRANSLATE_NOOP("TextKinds", "dokumenttitel"),
    QT_TRANSLATE_NOOP("TextKinds", "dokumentanteckningar"), QT_TRANSLATE_NOOP("TextKinds", "underlag"),
    QT_TRANSLATE_NOOP("TextKinds", "styrka/förbättring"), QT_TRANSLATE_NOOP("TextKinds", "områdestext"),
    QT_TRANSLATE_NOOP("TextKinds", "delområdestext"), QT_TRANSLATE_NOOP("TextKinds", "motivering"),
    QT_TRANSLATE_NOOP("TextKinds", "motivering (utkast)"), QT_TRANSLATE_NOOP("TextKinds", "gott exempel"),
    QT_TRANSLATE_NOOP("TextKinds", "rapportens titel"), QT_TRANSLATE_NOOP("TextKinds", "inledning"),
)


def text_kind(what: str) -> str:
    return QCoreApplication.translate("TextKinds", what)


def hit_list(hits) -> QListWidget:
    """Hits of register names in texts, each with a tick (ticked: replace)."""
    lst = QListWidget()
    lst.setAccessibleName(QCoreApplication.translate("CleanupDialog", "Träffar"))
    for h in hits:
        item = QListWidgetItem(f"{text_kind(h.what)}: »{h.hit.found}« → "
                               f"{h.hit.replacement(h.pseudonym)}   ({h.context})")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(Qt.ItemDataRole.UserRole, h.id)
        item.setToolTip(h.context)
        lst.addItem(item)
    return lst


def unticked(lst: QListWidget) -> list[str]:
    return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
            if lst.item(i).checkState() != Qt.CheckState.Checked]

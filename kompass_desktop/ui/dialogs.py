"""Small dialogs: evaluator identity, settings, the quick sub-area picker."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QListView, QVBoxLayout)

from kompass_desktop.domain.framework import Framework
from kompass_desktop.ui.common import refilter
from kompass_desktop.services import identity as identity_service
from kompass_desktop.ui import settings as ui_settings


class IdentityDialog(QDialog):
    """Who am I: asked once per installation; every change is stamped with it."""

    def __init__(self, parent=None, current: identity_service.Identity | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vem är du?"))
        self.current = current
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Dina ändringar i utvärderingar märks med ditt namn och din "
                               "organisation, så att kollegor ser vem som skrivit vad när ni "
                               "slår ihop era filer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(current.name if current else "")
        self.name.setAccessibleName(self.tr("Namn"))
        self.organisation = QLineEdit(current.organisation if current else "")
        self.organisation.setAccessibleName(self.tr("Organisation"))
        form.addRow(self.tr("&Namn:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self):
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def identity(self) -> identity_service.Identity:
        if self.current is not None:
            # Same stable id: a new name does not make a new evaluator.
            return identity_service.Identity(self.current.evaluator_id, self.name.text().strip(),
                                             self.organisation.text().strip(), self.current.origin)
        return identity_service.new_identity(self.name.text(), self.organisation.text())

    def accept(self):
        if not self.name.text().strip():
            return
        identity_service.save_identity(self.identity())
        super().accept()


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(460)  # the title and the note in full, in both languages
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Språk"))
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ui_settings.language())))
        form.addRow(self.tr("&Språk:"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("Språket byts direkt. Allt är redan sparat; ångra-historiken börjar om."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self):
        ui_settings.set_language(self.language.currentData())
        super().accept()


class ProcessDatesDialog(QDialog):
    """The evaluation's process dates, which the wizard lets the user fill in later."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        from kompass_desktop.ui.wizard import date_fields
        self.session = session
        self.setWindowTitle(self.tr("Utvärderingens datum"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Kryssa i de datum som är kända. Datumen står i rapporten; "
                               "platsbesöket krävs för slutversionen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields = date_fields(form)
        info = session.evaluation.info()
        for key, field in self.fields.items():
            if info.get(key):
                field.set_value(info[key])
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00000;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def dates(self) -> dict[str, str | None]:
        return {k: f.value() for k, f in self.fields.items()}

    def accept(self):
        from kompass_desktop.domain.errors import KompassError
        from kompass_desktop.ui.common import error_text
        dates = self.dates()
        try:
            self.session.edit(self.tr("Ändra datum"),
                              lambda: self.session.evaluation.set_process_dates(**dates))
        except KompassError as e:
            self.error.setText(error_text(e))
            self.error.show()
            return
        super().accept()


class _SubAreaFilter(QSortFilterProxyModel):
    """Type-ahead: every typed word must occur in the number or title ('2.3', 'medbo')."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str):
        self.words = text.casefold().split()
        refilter(self)

    def filterAcceptsRow(self, row, parent):
        text = self.sourceModel().index(row, 0, parent).data().casefold()
        return all(w in text for w in self.words)


class SubAreaPicker(QDialog):
    """Pick one or more sub-areas by typing: Enter takes the checked ones (or the highlighted
    one when none is checked), Space checks, Esc cancels."""

    def __init__(self, framework: Framework, parent=None, preselected=(), show_status: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tagga till delområden"))
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Skriv nummer eller ord, t.ex. 2.3 eller medborg…"))
        self.filter.setAccessibleName(self.tr("Filtrera delområden"))
        layout.addWidget(self.filter)
        self.model = QStandardItemModel(self)
        for sub in framework.subareas():
            item = QStandardItem(f"{sub.number}  {sub.title}")
            item.setData(sub.number, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if sub.number in preselected else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.proxy = _SubAreaFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Delområden"))
        layout.addWidget(self.view)
        self.planned = QCheckBox(self.tr("&Planerat (ännu inte på plats)"))
        self.planned.setVisible(show_status)
        layout.addWidget(self.planned)
        hint = QLabel(self.tr("Mellanslag markerar, Enter taggar, Esc avbryter."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tagga"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self._filter("")
        self.resize(520, 460)

    def _filter(self, text: str):
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, obj, event):
        # Arrow keys and Space reach the list while the cursor stays in the filter field.
        from PySide6.QtCore import QEvent
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                rows = self.proxy.rowCount()
                if rows:
                    step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                            Qt.Key.Key_PageUp: -8}[key]
                    cur = self.view.currentIndex().row()
                    self.view.setCurrentIndex(self.proxy.index(max(0, min(rows - 1, cur + step)), 0))
                return True
            if key == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                    and self.view.currentIndex().isValid():
                self.toggle_current()
                return True
        return super().eventFilter(obj, event)

    def toggle_current(self):
        idx = self.proxy.mapToSource(self.view.currentIndex())
        item = self.model.itemFromIndex(idx)
        if item is not None:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)

    def selected(self) -> list[str]:
        chosen = [self.model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.model.rowCount())
                  if self.model.item(r).checkState() == Qt.CheckState.Checked]
        if not chosen and self.view.currentIndex().isValid():
            chosen = [self.view.currentIndex().data(Qt.ItemDataRole.UserRole)]
        return chosen

    def status(self) -> str:
        return "planned" if self.planned.isChecked() else "in_place"


def ask_subareas(framework, parent) -> tuple[list[str], str] | None:
    """The sub-areas and status the user picks for new evidence; None when cancelled."""
    picker = SubAreaPicker(framework, parent)
    if not picker.exec():
        return None
    subareas = picker.selected()
    return (subareas, picker.status()) if subareas else None

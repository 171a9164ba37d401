"""New evaluation wizard: municipality and year, framework, evaluators, dates, file."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard,
                               QWizardPage, QDateEdit, QCheckBox)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.domain.framework import Framework, builtin_frameworks, load_framework_file
from kompass_desktop.services.evaluation import PROCESS_DATES, Evaluation, EvaluatorInfo
from kompass_desktop.services.identity import current_identity
from kompass_desktop.ui.common import error_text


def _safe_file_name(text: str) -> str:
    cleaned = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip().replace(" ", "-")
    return cleaned or "utvardering"


class _BasicsPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Kommun och år"))
        self.setSubTitle(self.tr("Vilken kommun utvärderas, och vilket år?"))
        form = QFormLayout(self)
        self.municipality = QLineEdit()
        self.municipality.setAccessibleName(self.tr("Kommun"))
        self.municipality.setPlaceholderText(self.tr("t.ex. Nynäshamn"))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("År"))
        self.year.setMaximumWidth(120)
        self.order = QSpinBox()
        self.order.setRange(0, 50)
        self.order.setSpecialValueText(self.tr("okänt"))
        self.order.setValue(1)
        self.order.setAccessibleName(self.tr("Vilken utvärdering i ordningen"))
        self.order.setMaximumWidth(120)
        form.addRow(self.tr("&Kommun:"), self.municipality)
        form.addRow(self.tr("&År:"), self.year)
        form.addRow(self.tr("&Utvärdering nr:"), self.order)
        self.registerField("municipality*", self.municipality)
        self.municipality.textChanged.connect(self.completeChanged)

    def isComplete(self):
        return bool(self.municipality.text().strip())


class _FrameworkPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Ramverk"))
        self.setSubTitle(self.tr("Vilken version av Kommunkompassen används? Filen får en egen kopia."))
        layout = QVBoxLayout(self)
        self.use_builtin = QRadioButton(self.tr("&Inbyggt ramverk:"))
        self.use_builtin.setChecked(True)
        self.builtin = QComboBox()
        self.builtin.setAccessibleName(self.tr("Inbyggt ramverk"))
        self.frameworks = builtin_frameworks()
        for fw in self.frameworks:
            self.builtin.addItem(fw.name, fw.id)
        # The newest revision first is what most evaluations use.
        if self.frameworks:
            self.builtin.setCurrentIndex(len(self.frameworks) - 1)
        self.use_file = QRadioButton(self.tr("Ramverk från &fil (JSON):"))
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Ramverksfil"))
        browse = QPushButton(self.tr("Bläddra…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file)
        row.addWidget(browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.use_builtin)
        layout.addWidget(self.builtin)
        layout.addWidget(self.use_file)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch()
        self.file.textChanged.connect(lambda _t: self.use_file.setChecked(True))
        for w in (self.use_builtin, self.use_file):
            w.toggled.connect(self.completeChanged)
        self.file.textChanged.connect(self.completeChanged)

    def _browse(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Välj ramverksfil"), "",
                                              self.tr("Ramverk (*.json)"))
        if path:
            self.file.setText(path)

    def framework(self) -> Framework | None:
        if self.use_builtin.isChecked():
            i = self.builtin.currentIndex()
            return self.frameworks[i] if i >= 0 else None
        path = self.file.text().strip()
        if not path:
            return None
        try:
            fw = load_framework_file(path)
        except KompassError as e:
            self.message.setText(error_text(e))
            return None
        self.message.setText("")
        return fw

    def isComplete(self):
        return self.use_builtin.isChecked() or bool(self.file.text().strip())

    def validatePage(self):
        return self.framework() is not None


class _EvaluatorsPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Utvärderare"))
        self.setSubTitle(self.tr("Vilka gör utvärderingen? Namn och organisation står på rapportens omslag."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Namn"), self.tr("Organisation")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Utvärderare"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Lägg till utvärderare"))
        remove = QPushButton(self.tr("&Ta bort"))
        add.clicked.connect(lambda: self.add_row("", ""))
        remove.clicked.connect(self._remove)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout.addLayout(row)
        me = current_identity(create=False)
        if me is not None:
            self.add_row(me.name, me.organisation)

    def add_row(self, name: str, organisation: str):
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(name))
        self.table.setItem(r, 1, QTableWidgetItem(organisation))
        if not name:  # typing starts in the Name column of the new row
            self.table.setFocus()
            self.table.setCurrentCell(r, 0)
            self.table.editItem(self.table.item(r, 0))

    def _remove(self):
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def evaluators(self) -> list[EvaluatorInfo]:
        out = []
        for r in range(self.table.rowCount()):
            name = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            org = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip()
            if name:
                out.append(EvaluatorInfo(name, org))
        return out


class DateField(QWidget):
    """A date that may be unset (most process dates are not known when the evaluation starts)."""

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox()
        self.known.setAccessibleName(label)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label)
        self.known.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch()

    def value(self) -> str | None:
        return self.edit.date().toString("yyyy-MM-dd") if self.known.isChecked() else None

    def set_value(self, iso: str):
        self.known.setChecked(True)
        self.edit.setDate(QDate.fromString(iso, "yyyy-MM-dd"))


def date_labels() -> tuple[str, ...]:
    """The process dates' labels, in the order of evaluation.PROCESS_DATES."""
    return (QCoreApplication.translate("ProcessDates", "Enkäten inkom:"),
            QCoreApplication.translate("ProcessDates", "Platsbesök, första dag:"),
            QCoreApplication.translate("ProcessDates", "Platsbesök, sista dag:"),
            QCoreApplication.translate("ProcessDates", "Rapporten levererad:"),
            QCoreApplication.translate("ProcessDates", "Återföringsseminarium:"))


def date_fields(form: QFormLayout) -> dict[str, "DateField"]:
    """One DateField per process date, added to the form."""
    fields = {}
    for key, label in zip(PROCESS_DATES, date_labels()):
        f = DateField(label.rstrip(":"))
        fields[key] = f
        form.addRow(label, f)
    return fields


class _DatesPage(QWizardPage):
    KEYS = PROCESS_DATES

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Datum i processen"))
        self.setSubTitle(self.tr("Kryssa i de datum som redan är kända. Resten kan fyllas i senare "
                                 "(Arkiv → Utvärderingens datum…)."))
        self.fields = date_fields(QFormLayout(self))

    def dates(self) -> dict[str, str]:
        return {k: v for k, f in self.fields.items() if (v := f.value())}


class _FilePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Var ska filen sparas?"))
        self.setSubTitle(self.tr("Allt du skriver sparas direkt i filen. Lägg den på datorn, inte i en "
                                 "molnsynkad mapp eller på en nätverksenhet: dela kopior i stället."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Fil"))
        browse = QPushButton(self.tr("Bläddra…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path)
        row.addWidget(browse)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch()
        self.path.textChanged.connect(self.completeChanged)
        self.path.textChanged.connect(self._check)

    def initializePage(self):
        # Follow the municipality and year while the user has not chosen a path himself.
        if not self.path.text() or self.path.text() == getattr(self, "_suggested", None):
            w = self.wizard()
            folder = _default_folder()
            name = f"{_safe_file_name(w.basics.municipality.text())}-{w.basics.year.value()}.kompass"
            self._suggested = str(Path(folder) / name)
            self.path.setText(self._suggested)

    def _browse(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara utvärdering som"), self.path.text(),
                                              self.tr("Kompass (*.kompass)"))
        if path:
            if not path.endswith(".kompass"):
                path += ".kompass"
            self.path.setText(path)

    def _check(self):
        p = Path(self.path.text().strip())
        if p.exists():
            self.message.setText(self.tr("Filen finns redan. Välj ett annat namn."))
        else:
            self.message.setText("")

    def isComplete(self):
        text = self.path.text().strip()
        return bool(text) and not Path(text).exists()


def _default_folder() -> str:
    """The user's documents folder (created if the system names one that does not exist
    yet), else the home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder:
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            return folder
        except OSError:
            pass
    return str(Path.home())


class NewEvaluationWizard(QWizard):
    """Creates the evaluation file on Finish; `created_path` tells where."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny utvärdering"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tillbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Skapa"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.basics = _BasicsPage(self)
        self.framework_page = _FrameworkPage(self)
        self.evaluators_page = _EvaluatorsPage(self)
        self.dates_page = _DatesPage(self)
        self.file_page = _FilePage(self)
        for p in (self.basics, self.framework_page, self.evaluators_page, self.dates_page, self.file_page):
            self.addPage(p)
        self.created_path: Path | None = None
        self.error = QLabel()
        self.resize(640, 480)

    def accept(self):
        from PySide6.QtWidgets import QMessageBox
        fw = self.framework_page.framework()
        path = Path(self.file_page.path.text().strip())
        if path.suffix != ".kompass":
            path = path.with_name(path.name + ".kompass")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            ev = Evaluation.create(path, fw, self.basics.municipality.text(), self.basics.year.value(),
                                   self.evaluators_page.evaluators(),
                                   evaluation_order=self.basics.order.value() or None,
                                   dates=self.dates_page.dates())
            # The person creating the file is usually one of its evaluators: claim that row.
            me = current_identity(create=False)
            if me is not None:
                for e in ev.evaluators():
                    if e["name"].casefold() == me.name.casefold():
                        ev.claim_evaluator(e["id"])
                        break
            ev.close()
        except (KompassError, OSError) as e:
            QMessageBox.warning(self, self.tr("Kan inte skapa utvärderingen"), error_text(e))
            return
        self.created_path = path
        super().accept()

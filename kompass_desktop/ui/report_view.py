"""Report page: export the full report or the slide summary as PDF (PRODUCT §3.6).

The evaluation is read on the UI thread (it owns the database connection) into plain report
data; the layout then runs on a worker thread with a progress bar and Cancel, and the
finished PDF opens in the system viewer. A final version is refused, with the list of
sub-areas that lack an agreed score shown on the page.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFileDialog, QGroupBox, QHBoxLayout,
                               QLabel, QListWidget, QProgressBar, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services import report as report_service
from kompass_desktop.ui.common import error_text
from kompass_desktop.ui.workers import Task, start_task


def _render(job: report_service.ExportJob, task: Task) -> str:
    """Lays out and writes the PDF on a worker thread; touches no widget and no database."""
    out = report_service.render_export(job, progress=task.report, cancel=task.is_cancelled)
    return str(out)


class ReportView(QWidget):
    navigate = Signal(str, str)
    exported = Signal(str)      # path of a finished PDF
    export_failed = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.open_after = True
        self._task: Task | None = None
        self._last_dir: Path | None = None

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Rapport"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        intro = QLabel(self.tr("Exportera utvärderingen som PDF: hela rapporten som kommunen får, "
                               "eller en sammanfattning i bildspelsformat för återföringen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        kind_box = QGroupBox(self.tr("Innehåll"))
        kind_layout = QVBoxLayout(kind_box)
        self.full_radio = QRadioButton(self.tr("Hela rapporten (stående A4)"))
        self.slides_radio = QRadioButton(self.tr("Bildspel – sammanfattning (liggande)"))
        self.full_radio.setChecked(True)
        self._kind_group = QButtonGroup(self)
        for b in (self.full_radio, self.slides_radio):
            self._kind_group.addButton(b)
            kind_layout.addWidget(b)
        layout.addWidget(kind_box)

        status_box = QGroupBox(self.tr("Version"))
        status_layout = QVBoxLayout(status_box)
        self.draft_radio = QRadioButton(self.tr("Utkast – märks UTKAST med datum och tid på varje sida"))
        self.final_radio = QRadioButton(self.tr("Slutversion – kräver överenskommen poäng för alla delområden"))
        self.draft_radio.setChecked(True)
        self._status_group = QButtonGroup(self)
        for b in (self.draft_radio, self.final_radio):
            self._status_group.addButton(b)
            status_layout.addWidget(b)
        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        status_layout.addWidget(self.readiness)
        self.missing_list = QListWidget()
        self.missing_list.setAccessibleName(self.tr("Delområden som saknar överenskommen poäng"))
        self.missing_list.setMaximumHeight(150)
        status_layout.addWidget(self.missing_list)
        layout.addWidget(status_box)

        self.open_check = QCheckBox(self.tr("Öppna PDF-filen när den är klar"))
        self.open_check.setChecked(True)
        layout.addWidget(self.open_check)

        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Exportera PDF…"))
        self.export_button.setAccessibleName(self.tr("Exportera PDF"))
        self.export_button.clicked.connect(self._ask_and_export)
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Exportförlopp"))
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

        session.changed.connect(self._on_changed)
        self.refresh()

    # ---- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _on_changed(self, tables) -> None:
        if tables & {"*", "score_agreed", "score_draft", "evaluation"}:
            self.refresh()

    def refresh(self) -> None:
        """Show what stands between this evaluation and a final version."""
        res = self.session.evaluation.result()
        missing = res.missing_agreed()
        self.missing_list.clear()
        if not missing:
            self.readiness.setText(self.tr("Alla delområden har överenskommen poäng: "
                                           "slutversionen kan exporteras."))
            self.missing_list.hide()
            return
        if len(missing) == 1:
            text = self.tr("1 delområde saknar överenskommen poäng; bara utkast kan exporteras.")
        else:
            text = self.tr("%1 delområden saknar överenskommen poäng; bara utkast kan "
                           "exporteras.").replace("%1", str(len(missing)))
        self.readiness.setText(text)
        marks = {"preliminary": self.tr("preliminärt (medel av utkast)"),
                 "unscored": self.tr("ej bedömt")}
        for s in missing:
            self.missing_list.addItem(f"{s.number} {s.title}: {marks[s.status.value]}")
        self.missing_list.show()

    def suggested_name(self) -> str:
        info = self.session.evaluation.info()
        base = f"Kommunkompassen {info['municipality']} {info['year']}"
        base += " bildspel" if self.slides_radio.isChecked() else ""
        base += " slutversion" if self.final_radio.isChecked() else " utkast"
        return re.sub(r"[^\w\-. ]+", "", base).strip().replace(" ", "-") + ".pdf"

    # ---- export ------------------------------------------------------------------------------

    def _ask_and_export(self) -> None:
        start = self._last_dir or self.session.evaluation.path.parent
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera rapport"),
                                              str(start / self.suggested_name()),
                                              self.tr("PDF (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        """Start an export to `path`; False when refused (the reason is shown on the page)."""
        if self.busy:
            return False
        final = self.final_radio.isChecked()
        slides = self.slides_radio.isChecked()
        try:
            job = report_service.prepare_export(self.session.evaluation, path, final=final,
                                                slides=slides)
        except report_service.ReportNotReady as e:
            self.refresh()
            self.status.setText(self.tr("Slutversionen kan inte skapas förrän alla delområden har "
                                        "överenskommen poäng (%1 saknas, se listan ovan).")
                                .replace("%1", str(len(e.missing))))
            self.status.setStyleSheet("color: #b22222;")
            self.export_failed.emit(str(e))
            return False
        except KompassError as e:
            self._show_error(error_text(e))
            return False
        self._last_dir = Path(path).parent
        self._set_running(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporterar…"))
        self._task = start_task(lambda task: _render(job, task), self._on_done, self._on_error,
                                self._on_progress)
        return True

    @Slot()
    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Avbryter…"))

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for b in (self.full_radio, self.slides_radio, self.draft_radio, self.final_radio):
            b.setEnabled(not running)
        if running:
            self.progress.setValue(0)

    def _finish(self) -> None:
        self._task = None
        self._set_running(False)

    @Slot(float, str)
    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(text)  # already Swedish, from the service

    @Slot(str)
    def _on_done(self, path: str) -> None:
        self._finish()
        self.progress.setValue(1000)
        self.status.setText(self.tr("Sparad: %1").replace("%1", path))
        self.exported.emit(path)
        if self.open_check.isChecked() and self.open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, report_service.ExportCancelled):
            self._on_cancelled()
            return
        if isinstance(error, KompassError):
            message = error_text(error)
        elif isinstance(error, OSError):
            message = f"{error.strerror or error}: {getattr(error, 'filename', '') or ''}"
        else:  # a layout error must not vanish silently
            message = f"{type(error).__name__}: {error}"
        self._finish()
        self._show_error(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporten avbröts; ingen fil skrevs."))

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #b22222;")
        self.status.setText(self.tr("Exporten misslyckades: %1").replace("%1", message))
        self.export_failed.emit(message)

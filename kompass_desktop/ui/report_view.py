"""Report page: export the full report (PDF or Word) or the slide summary (PDF), with a
preview of the report inside the workbench (PRODUCT §3.6, §3.10).

The evaluation is read on the UI thread (it owns the database connection) into plain report
data; the layout then runs on a worker thread with a progress bar and Cancel. A final version
is possible only when the evaluation is complete: until then the option is disabled and the
page lists everything that is missing, before any save dialog. The preview is a draft of the
chosen kind, laid out on demand into the user's private data folder and shown with QtPdf;
Print sends that preview to a printer.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFileDialog, QGroupBox, QHBoxLayout,
                               QLabel, QListWidget, QProgressBar, QPushButton, QRadioButton,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.services import report as report_service
from kompass_desktop.ui.common import error_text
from kompass_desktop.ui.workers import Task, start_task
from kompass_desktop.ui import raster

raster.install()  # the Word export's chart image is drawn by QtPdf

try:  # QtPdf ships as the PySide6-Pdf wheel; without it the page works without a preview
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - a broken install
    QPdfDocument = QPdfView = None


def _render(job: report_service.ExportJob, task: Task) -> str:
    """Lays out and writes the file on a worker thread; touches no widget and no database."""
    out = report_service.render_export(job, progress=task.report, cancel=task.is_cancelled)
    return str(out)


def preview_dir() -> Path:
    """Previews name people: they live in the user's private data folder only."""
    from kompass_desktop.paths import data_dir
    d = data_dir() / "preview"
    d.mkdir(parents=True, exist_ok=True)
    return d


class ReportView(QWidget):
    navigate = Signal(str, str)
    exported = Signal(str)      # path of a finished file
    export_failed = Signal(str)
    preview_ready = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.open_after = True
        self._task: Task | None = None
        self._preview_task: Task | None = None
        self._preview_path: Path | None = None
        self._preview_serial = 0
        self._last_dir: Path | None = None
        self._gaps: list = []
        self._dirty = True
        self._gap_timer = QTimer(self)
        self._gap_timer.setSingleShot(True)
        self._gap_timer.setInterval(200)
        self._gap_timer.timeout.connect(self.refresh)

        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Horizontal)
        outer.addWidget(splitter)
        left = QWidget()
        layout = QVBoxLayout(left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        splitter.addWidget(scroll)

        title = QLabel(self.tr("Rapport"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        intro = QLabel(self.tr("Exportera utvärderingen: hela rapporten som kommunen får (PDF "
                               "eller Word), eller en sammanfattning i bildspelsformat för "
                               "återföringen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        kind_box = QGroupBox(self.tr("Innehåll"))
        kind_layout = QVBoxLayout(kind_box)
        self.full_radio = QRadioButton(self.tr("Hela rapporten som PDF (stående A4, tillgänglig PDF)"))
        self.word_radio = QRadioButton(self.tr("Hela rapporten som Word-dokument (.docx)"))
        self.slides_radio = QRadioButton(self.tr("Bildspel – sammanfattning som PDF (liggande)"))
        self.full_radio.setChecked(True)
        self._kind_group = QButtonGroup(self)
        for b in (self.full_radio, self.word_radio, self.slides_radio):
            self._kind_group.addButton(b)
            kind_layout.addWidget(b)
        self._kind_group.buttonToggled.connect(self._on_kind)
        layout.addWidget(kind_box)

        status_box = QGroupBox(self.tr("Version"))
        status_layout = QVBoxLayout(status_box)
        self.draft_radio = QRadioButton(self.tr("Utkast – märks UTKAST med datum och tid på varje sida"))
        self.final_radio = QRadioButton(self.tr("Slutversion – kräver en komplett utvärdering"))
        self.draft_radio.setChecked(True)
        self._status_group = QButtonGroup(self)
        for b in (self.draft_radio, self.final_radio):
            self._status_group.addButton(b)
            status_layout.addWidget(b)
        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        status_layout.addWidget(self.readiness)
        self.missing_list = QListWidget()
        self.missing_list.setAccessibleName(self.tr("Det som saknas för en slutversion"))
        self.missing_list.setMaximumHeight(170)
        # each missing item on as many lines as it needs, never cut off at the side
        self.missing_list.setWordWrap(True)
        self.missing_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        status_layout.addWidget(self.missing_list)
        layout.addWidget(status_box)

        self.open_check = QCheckBox(self.tr("Öppna filen när den är klar"))
        self.open_check.setChecked(True)
        layout.addWidget(self.open_check)

        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Exportera…"))
        self.export_button.setAccessibleName(self.tr("Exportera rapporten"))
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
        self.progress.hide()  # shown only while exporting
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        bar = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Uppdatera förhandsgranskning"))
        self.preview_button.clicked.connect(self.refresh_preview)
        self.print_button = QPushButton(self.tr("Skriv ut…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._ask_and_print)
        self.preview_status = QLabel(self.tr("Ingen förhandsgranskning ännu."))
        bar.addWidget(self.preview_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.preview_status, 1)
        right_layout.addLayout(bar)
        if QPdfView is not None:
            self.pdf_doc = QPdfDocument(self)
            self.pdf_view = QPdfView(right)
            self.pdf_view.setAccessibleName(self.tr("Förhandsgranskning av rapporten"))
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setDocument(self.pdf_doc)
            right_layout.addWidget(self.pdf_view, 1)
        else:  # pragma: no cover
            self.pdf_doc = self.pdf_view = None
            self.preview_button.setEnabled(False)
            self.preview_status.setText(self.tr("Förhandsgranskning kräver QtPdf (PySide6-Pdf)."))
        splitter.addWidget(right)
        scroll.setMinimumWidth(300)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 600])
        splitter.setChildrenCollapsible(False)

        session.changed.connect(self._on_changed)
        self.refresh()

    # ---- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def previewing(self) -> bool:
        return self._preview_task is not None

    def _on_changed(self, tables) -> None:
        # Texts, lists, scores, evaluators, dates, series and merges all count: coalesced.
        self._dirty = True
        if self.isVisible():
            self._gap_timer.start()

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_kind(self, *_):
        self.preview_button.setEnabled(self.pdf_view is not None and not self.previewing)

    def refresh(self) -> None:
        """Show what stands between this evaluation and a final version; the final option is
        enabled only when nothing does."""
        self._dirty = False
        self._gaps = report_service.final_report_gaps(self.session.evaluation)
        from kompass_desktop.ui.i18n import current_language
        swedish = current_language() == "sv"
        self.missing_list.clear()
        if not self._gaps:
            self.readiness.setText(self.tr("Utvärderingen är komplett: slutversionen kan exporteras."))
            self.missing_list.hide()
            self.final_radio.setEnabled(not self.busy)
            return
        if len(self._gaps) == 1:
            text = self.tr("1 sak saknas innan slutversionen kan exporteras; bara utkast kan "
                           "exporteras nu:")
        else:
            text = self.tr("%1 saker saknas innan slutversionen kan exporteras; bara utkast kan "
                           "exporteras nu:").replace("%1", str(len(self._gaps)))
        self.readiness.setText(text)
        for g in self._gaps:
            self.missing_list.addItem(g.text(swedish))
        self.missing_list.show()
        if self.final_radio.isChecked():
            self.draft_radio.setChecked(True)
        self.final_radio.setEnabled(False)

    def suggested_name(self) -> str:
        info = self.session.evaluation.info()
        base = f"Kommunkompassen {info['municipality']} {info['year']}"
        base += " bildspel" if self.slides_radio.isChecked() else ""
        base += " slutversion" if self.final_radio.isChecked() else " utkast"
        suffix = ".docx" if self.word_radio.isChecked() else ".pdf"
        return re.sub(r"[^\w\-. ]+", "", base).strip().replace(" ", "-") + suffix

    # ---- export ------------------------------------------------------------------------------

    def _ask_and_export(self) -> None:
        if self.final_radio.isChecked():
            self.refresh()  # something may have changed: never ask for a name in vain
            if self._gaps:
                self._refused()
                return
        word = self.word_radio.isChecked()
        start = self._last_dir or self.session.evaluation.path.parent
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportera rapport"), str(start / self.suggested_name()),
            self.tr("Word-dokument (*.docx)") if word else self.tr("PDF (*.pdf)"))
        if path:
            suffix = ".docx" if word else ".pdf"
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        """Start an export to `path` (.docx: Word); False when refused (the reason is shown
        on the page)."""
        if self.busy:
            return False
        final = self.final_radio.isChecked()
        slides = self.slides_radio.isChecked()
        try:
            job = report_service.prepare_export(self.session.evaluation, path, final=final,
                                                slides=slides)
        except report_service.ReportNotReady as e:
            self.refresh()
            self._refused(str(e))
            return False
        except KompassError as e:
            self._show_error(error_text(e))
            return False
        self._last_dir = Path(path).parent
        self._final_running = final
        self._set_running(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporterar…"))
        self._task = start_task(lambda task: _render(job, task), self._on_done, self._on_error,
                                self._on_progress)
        return True

    def _refused(self, message: str = "") -> None:
        self.status.setText(self.tr("Slutversionen kan inte skapas förrän utvärderingen är "
                                    "komplett (%1 saker saknas, se listan ovan).")
                            .replace("%1", str(len(self._gaps))))
        self.status.setStyleSheet("color: #b22222;")
        self.export_failed.emit(message or "incomplete")

    @Slot()
    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Avbryter…"))

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for b in (self.full_radio, self.word_radio, self.slides_radio, self.draft_radio):
            b.setEnabled(not running)
        self.final_radio.setEnabled(not running and not self._gaps)
        self.progress.setVisible(running)
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
        if getattr(self, "_final_running", False):
            report_service.record_final_export(self.session.evaluation)
        self._finish()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sparad: %1").replace("%1", path))
        self.exported.emit(path)
        if self.open_check.isChecked() and self.open_after:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open the file in the system's viewer; say so when there is none."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            return True
        kind = self.tr("Word-dokument") if path.lower().endswith(".docx") else self.tr("PDF-filer")
        self.status.setStyleSheet("color: #b22222;")
        self.status.setText(self.tr("Filen sparades som %1, men den kunde inte öppnas: inget "
                                    "program för %2 verkar vara installerat.")
                            .replace("%1", path).replace("%2", kind))
        return False

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
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporten avbröts; ingen fil skrevs."))

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #b22222;")
        self.status.setText(self.tr("Exporten misslyckades: %1").replace("%1", message))
        self.export_failed.emit(message)

    # ---- preview and print -----------------------------------------------------------------

    @Slot()
    def refresh_preview(self) -> bool:
        """Lay out a draft of the chosen kind (the Word choice previews the PDF report) and
        show it; on demand, never on every keystroke."""
        if self.previewing or self.pdf_view is None:
            return False
        self._preview_serial += 1
        out = preview_dir() / f"preview-{self._preview_serial}.pdf"
        try:
            job = report_service.prepare_export(self.session.evaluation, out, final=False,
                                                slides=self.slides_radio.isChecked())
        except KompassError as e:
            self.preview_status.setText(error_text(e))
            return False
        self.preview_button.setEnabled(False)
        self.preview_status.setText(self.tr("Förhandsgranskningen läggs upp…"))
        self._preview_task = start_task(lambda task: _render(job, task), self._on_preview,
                                        self._on_preview_error)
        return True

    def _on_preview(self, path: str) -> None:
        self._preview_task = None
        self.preview_button.setEnabled(True)
        old = self._preview_path
        self.pdf_doc.close()
        self.pdf_doc.load(path)
        self._preview_path = Path(path)
        if old is not None and old != self._preview_path:
            old.unlink(missing_ok=True)
        pages = self.pdf_doc.pageCount()
        self.print_button.setEnabled(pages > 0)
        self.preview_status.setText(self.tr("Förhandsgranskning (utkast), %1 sidor.")
                                    .replace("%1", str(pages)))
        self.preview_ready.emit(path)

    def _on_preview_error(self, error: BaseException) -> None:
        self._preview_task = None
        self.preview_button.setEnabled(True)
        self.preview_status.setText(self.tr("Förhandsgranskningen misslyckades: %1")
                                    .replace("%1", error_text(error)))

    def _ask_and_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> int:
        """Print the previewed report, page by page; returns the number of pages sent."""
        doc = self.pdf_doc
        if doc is None or doc.pageCount() == 0:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            self.preview_status.setText(self.tr("Skrivaren kunde inte startas."))
            return 0
        sent = 0
        try:
            for i in range(doc.pageCount()):
                if i > 0:
                    printer.newPage()
                target = painter.viewport()
                size = doc.pagePointSize(i)
                scale = min(target.width() / size.width(), target.height() / size.height())
                # 200 dpi is plenty for text on paper and keeps memory bounded
                img = doc.render(i, QSize(int(size.width() * 200 / 72), int(size.height() * 200 / 72)))
                w, h = int(size.width() * scale), int(size.height() * scale)
                painter.drawImage(target.x() + (target.width() - w) // 2, target.y(),
                                  img.scaled(w, h, Qt.KeepAspectRatio, Qt.SmoothTransformation))
                sent += 1
        finally:
            painter.end()
        return sent

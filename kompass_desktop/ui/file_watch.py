"""The open file and the world outside the workbench.

- `FileWatcher` notices when another program (the `kompass` command with --force, a second
  window) has committed to the open file, and reloads what the workbench shows: it polls
  SQLite's data_version on the session's connection, a cheap in-memory check, every 2 s.
- `ReadOnlyBar` is the banner over a file opened read-only (a colleague's copy on a
  read-only share), with the offer to save a working copy to edit.
- `make_read_only` turns a page's editors into viewers, so nothing invites typing that
  could not be saved (the service refuses every write of a read-only file anyway).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QFileDialog, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QWidget)

POLL_MS = 2000


class FileWatcher(QObject):
    """Emits `changed_on_disk` (after reloading the session) when the file changed on disk."""

    changed_on_disk = Signal()

    def __init__(self, session, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> bool:
        if not self.session.is_open:
            self.stop()
            return False
        if self.session.busy:  # a worker has the connection (workers.run_blocking)
            return False
        try:
            changed = self.session.evaluation.changed_on_disk()
        except Exception:  # the file vanished or is locked for a moment: try again later
            return False
        if changed:
            self.session.reload()
            self.changed_on_disk.emit()
        return changed


class ReadOnlyBar(QFrame):
    """The read-only banner: what it means and the way on (a working copy)."""

    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        self.setStyleSheet("#readOnlyBar { background: #e8f0fe; border-bottom: 1px solid #a8c0e8; }"
                           "#readOnlyBar QLabel { color: #1a2f55; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self.tr(
            "Filen är skrivskyddad: du kan läsa den och exportera rapporten, men inte ändra "
            "den. Spara en arbetskopia för att arbeta vidare."))
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Spara en arbetskopia…"))
        self.button.setAccessibleName(self.tr("Spara en arbetskopia"))
        self.button.clicked.connect(self.save_copy_requested)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.hide()


def make_read_only(root: QWidget) -> None:
    """Editors under `root` show their content but take no input."""
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            w.setReadOnly(True)
        elif isinstance(w, QAbstractItemView):
            w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(w, QComboBox) or (isinstance(w, QAbstractButton) and w.isCheckable()):
            w.setEnabled(False)


def ask_working_copy_path(parent: QWidget, source: Path) -> Path | None:
    """Where to save a working copy of a read-only file (the home folder by default)."""
    default = Path.home() / (source.stem + QCoreApplication.translate("ReadOnlyBar", " (arbetskopia)")
                             + ".kompass")
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ReadOnlyBar", "Spara en arbetskopia"), str(default),
        QCoreApplication.translate("ReadOnlyBar", "Kompass-utvärderingar (*.kompass)"))
    return Path(path) if path else None

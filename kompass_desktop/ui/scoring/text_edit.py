"""A plain-text editor that never loses typing: it writes after a pause and on focus-out.

Each write goes through `session.edit`, so it is saved at once and undoable. A refresh from
the session never overwrites text the user has typed and not yet written.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from shiboken6 import isValid

from kompass_desktop.domain.errors import KompassError

IDLE_MS = 700


class AutoSaveTextEdit(QPlainTextEdit):
    def __init__(self, session, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.label = label
        self._load: Callable[[], str] | None = None
        self._save: Callable[[str], None] | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._typed)
        self.setTabChangesFocus(True)
        self.setEnabled(False)

    def bind(self, load: Callable[[], str] | None, save: Callable[[str], None] | None) -> None:
        """Edit another text (e.g. the next sub-area's); what was typed is written first."""
        self.flush()
        self._load, self._save = load, save
        self.setEnabled(load is not None)
        self._set_text(load() if load else "")

    def _set_text(self, text: str) -> None:
        self.blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            self.blockSignals(False)
        self._dirty = False

    def _typed(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        if not isValid(self) or not isValid(self._timer):  # torn down at exit
            return
        self._timer.stop()
        if not self._dirty or self._save is None:
            return
        text = self.toPlainText()
        save = self._save
        self._dirty = False
        try:
            self.session.edit(self.label, lambda: save(text))
        except KompassError:
            self._dirty = True  # keep it: the next pause or focus-out tries again
            raise

    def reload(self) -> None:
        """Show the stored text unless the user has typing not yet written."""
        if self._dirty or self._load is None:
            return
        text = self._load()
        if text != self.toPlainText():
            cursor = self.textCursor().position()
            self._set_text(text)
            c = self.textCursor()
            c.setPosition(min(cursor, len(text)))
            self.setTextCursor(c)

    def focusOutEvent(self, event) -> None:
        self.flush()
        super().focusOutEvent(event)

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)

"""One undo, whatever has focus.

Text boxes on the workbench pages save what is typed into the file (after a pause or on
focus-out), so each saved text is a step on the session's undo stack. A text box's own undo
would work on a second, private history: Ctrl+Z in the box cleared the paragraph and the
empty text was then saved as a new edit, while Ctrl+Shift+Z could not bring it back. Here
Undo and Redo pressed in such a box go to the window's undo: pending typing is saved first
(it becomes the step being undone), then the session undoes it and the box shows the text
the file now holds. The boxes' private undo histories are switched off.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

TEXT_BOXES = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QAbstractSpinBox")


class UndoKeys(QObject):
    """Event filter on the text boxes of a window's pages: Undo/Redo keys trigger the
    window's undo/redo instead of the box's own (installed per box, not on the whole
    application: a Python filter on every event of the app slowed start-up and painting)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def watch(self, root: QWidget) -> None:
        """Take over the Undo/Redo keys of the text boxes under root, and switch off their
        private undo history."""
        for box in root.findChildren(QWidget):
            if any(box.inherits(name) for name in TEXT_BOXES):
                box.installEventFilter(self)
        for box in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
            box.setUndoRedoEnabled(False)

    @staticmethod
    def _ours(obj) -> bool:
        return not getattr(obj, "isReadOnly", lambda: False)()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo) or not self._ours(obj):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Not accepted: the box does not take the key, so the window's shortcut runs.
            event.ignore()
            return True
        # A key press that reached the box anyway (no shortcut matched): do it here.
        (self.window.undo if undo else self.window.redo)()
        return True

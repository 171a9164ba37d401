"""The open evaluation as the UI sees it: one service object, undo stack and change signals.

Widgets never write directly: they call `session.edit(label, fn)`, which runs a service call
as one undoable step and then announces which tables changed, so every view can refresh.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kompass_desktop.services import undo as undo_service
from kompass_desktop.services.evaluation import Evaluation


class _EditCommand(QUndoCommand):
    def __init__(self, session: "EvaluationSession", edit: undo_service.RecordedEdit):
        super().__init__(edit.label)
        self.session = session
        self.recorded = edit
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit already ran when it was pushed
            self._first = False
            return
        undo_service.redo(self.session.evaluation.store, self.recorded)
        self.session._announce(self.recorded)

    def undo(self) -> None:
        undo_service.undo(self.session.evaluation.store, self.recorded)
        self.session._announce(self.recorded)


class EvaluationSession(QObject):
    """Emits `changed(set_of_table_names)` after every edit, undo, redo or merge."""

    changed = Signal(object)

    def __init__(self, evaluation: Evaluation, parent: QObject | None = None):
        super().__init__(parent)
        self.evaluation = evaluation
        self.undo_stack = QUndoStack(self)
        # The evaluator whose drafts this window enters on their behalf (one without a
        # laptop), after the user confirmed it; None: the installation's own evaluator.
        self.acting_for: str | None = None
        # Content a page shows first, read on the worker that opened the file (so the page
        # appears without reading the file on the UI thread); taken once.
        self._prefetched: dict[str, Any] = {}
        # True while a worker uses the evaluation's connection (workers.run_blocking): the
        # UI thread's own readers (the file watcher's poll) wait until it is done.
        self.busy = False

    def prefetch(self, key: str, value: Any) -> None:
        self._prefetched[key] = value

    def take_prefetched(self, key: str) -> Any:
        return self._prefetched.pop(key, None)

    def act_for(self, evaluator_id: str | None) -> None:
        """Enter drafts for another evaluator (None: for myself again); pages refresh."""
        self.acting_for = evaluator_id or None
        self.changed.emit({"evaluator"})

    @property
    def store(self):
        return self.evaluation.store

    @property
    def is_open(self) -> bool:
        """False once closed: deferred refreshes that arrive afterwards do nothing."""
        return self.evaluation.store.is_open

    def edit(self, label: str, fn: Callable[[], Any]) -> Any:
        """Run a service call as one undoable, immediately saved step."""
        self.evaluation.store.ensure_writable()  # a read-only file: refused before anything runs
        result, recorded = undo_service.record(self.evaluation.store, label, fn)
        if not recorded.empty:
            self.undo_stack.push(_EditCommand(self, recorded))
            self._announce(recorded)
        return result

    def _announce(self, recorded: undo_service.RecordedEdit) -> None:
        self.changed.emit({c.tbl for c in recorded.changes})

    def reload(self, tables: set[str] | None = None) -> None:
        """After work that bypassed edit() (a merge): refresh everything, clear undo."""
        self.undo_stack.clear()
        self.changed.emit(tables or {"*"})

    def close(self) -> None:
        self.evaluation.close()

"""Run a function off the UI thread; its progress, result or error come back on the UI thread.

Two PySide6 hazards shape this module:
- The worker thread never touches a Qt object: it puts messages on a plain queue, and a timer
  on the UI thread delivers them.
- Python's cyclic garbage collector runs in whichever thread happens to allocate. If it runs
  in a worker and frees a Qt wrapper, shiboken defers the deletion to the main thread, and
  PySide6 6.12 crashes there (BindingManager::runDeletionInMainThread). So automatic
  collection is paused while a worker runs and resumes, on the UI thread, when the last one
  has ended. Reference counting still frees everything that is not in a cycle.
"""
from __future__ import annotations

import gc
import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QTimer, Slot

_POLL_MS = 15
_PROGRESS, _DONE, _ERROR = "progress", "done", "error"


class Task:
    """Handle of a running job: the worker calls report()/is_cancelled(), the UI cancel()."""

    def __init__(self, on_done, on_error, on_progress):
        self._messages: queue.SimpleQueue = queue.SimpleQueue()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.delivered = False

    # worker side
    def report(self, fraction: float, text: str = "") -> None:
        self._messages.put((_PROGRESS, (fraction, text)))

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # UI side
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def ended(self) -> bool:
        return self.delivered and not self._thread.is_alive()

    def _deliver(self) -> None:
        while not self.delivered:
            try:
                kind, payload = self._messages.get_nowait()
            except queue.Empty:
                return
            if kind == _PROGRESS:
                if self.on_progress is not None:
                    self.on_progress(*payload)
                continue
            self.delivered = True
            if kind == _DONE:
                self.on_done(payload)
            elif self.on_error is not None:
                self.on_error(payload)
            else:
                raise payload


_tasks: list[Task] = []
_timer: QTimer | None = None
_gc_was_enabled = True


@Slot()
def _poll() -> None:
    global _gc_was_enabled
    try:
        for task in list(_tasks):
            task._deliver()
    finally:
        for task in [t for t in _tasks if t.ended]:
            _tasks.remove(task)
        if not _tasks:
            _timer.stop()
            if _gc_was_enabled:
                gc.enable()


def start_task(fn: Callable[[Task], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[float, str], None] | None = None) -> Task:
    """fn(task) runs on a worker thread and must not touch widgets; the callbacks run on
    the UI thread. fn may call task.report(fraction, text) and check task.is_cancelled()."""
    global _timer, _gc_was_enabled
    task = Task(on_done, on_error, on_progress)

    def work():
        try:
            result = fn(task)
        except BaseException as e:  # reported on the UI thread, never swallowed
            task._messages.put((_ERROR, e))
        else:
            task._messages.put((_DONE, result))

    if not _tasks:
        _gc_was_enabled = gc.isenabled()
        gc.collect()  # free earlier Qt garbage here, on the UI thread
        gc.disable()
    _tasks.append(task)
    if _timer is None:
        _timer = QTimer()
        _timer.setInterval(_POLL_MS)
        _timer.timeout.connect(_poll)
    if not _timer.isActive():
        _timer.start()
    task._thread = threading.Thread(target=work, name="kompass-worker", daemon=True)
    task._thread.start()
    return task


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> Task:
    """fn() runs on a worker thread; on_done/on_error run on the UI thread."""
    return start_task(lambda _task: fn(), on_done, on_error)


def run_blocking(parent, text: str, fn: Callable[[], Any], session=None) -> Any:
    """Run fn() on a worker for a job the user waits for (a share copy, an encryption): the
    window keeps painting but takes no input until it ends (input waits in the queue), and a
    progress note shows after a moment. Returns fn's result or raises its error.

    fn may use the evaluation's connection: nothing on the UI thread does meanwhile (no input
    is handled; `session.busy` holds off the file watcher's poll)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # the job cannot stop halfway; it is short
    dialog.setMinimumDuration(300)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result):
        outcome["result"] = result
        loop.quit()

    def failed(error):
        outcome["error"] = error
        loop.quit()
    if session is not None:
        session.busy = True
    try:
        run_task(fn, done, failed)
        if not outcome:  # (a job can end before the loop starts)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        if session is not None:
            session.busy = False
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]

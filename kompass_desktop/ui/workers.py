"""Run a function off the UI thread and get its result (or error) back on the UI thread."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

# A few workers are plenty: opening a file, reading attachments. Python threads rather than
# QRunnable subclasses, whose deletion by the pool has crashed PySide6.
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="kompass-worker")


class _Relay(QObject):
    """Lives on the UI thread; its slots run there when the worker emits (queued)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done, on_error):
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.done.connect(self._deliver)
        self.failed.connect(self._fail)

    def _release(self):
        # Dropping the last reference inside our own slot would delete us mid-call.
        QTimer.singleShot(0, lambda: _live.discard(self))

    @Slot(object)
    def _deliver(self, result):
        self._release()
        self.on_done(result)

    @Slot(object)
    def _fail(self, err):
        self._release()
        if self.on_error is not None:
            self.on_error(err)
        else:
            raise err


_live: set[_Relay] = set()


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> _Relay:
    """fn runs on a worker thread; on_done/on_error run on the UI thread.

    fn must not touch widgets."""
    relay = _Relay(on_done, on_error)
    _live.add(relay)

    def work():
        try:
            result = fn()
        except BaseException as e:  # reported on the UI thread, never swallowed
            relay.failed.emit(e)
        else:
            relay.done.emit(result)

    _pool.submit(work)
    return relay

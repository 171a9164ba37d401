"""Run a function off the UI thread and get its result (or error) back on the UI thread."""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as e:  # reported on the UI thread, never swallowed
            e.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(e)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> _Relay:
    """fn runs on the global pool; on_done/on_error run on the UI thread (queued signals).

    fn must not touch widgets."""
    relay = _Relay()
    _live.add(relay)

    def finish(result):
        _live.discard(relay)
        on_done(result)

    def fail(err):
        _live.discard(relay)
        if on_error is not None:
            on_error(err)
        else:
            raise err

    relay.done.connect(finish, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Task(fn, relay))
    return relay

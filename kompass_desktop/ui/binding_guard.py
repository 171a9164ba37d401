"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

PySide6 6.12's bindings return None from every void call (setText, start, processEvents…)
without taking a reference to it, as if None were immortal, which it is only from Python 3.12
on. On 3.11 each such call lowers None's reference count by one; a few thousand page switches
after start-up it reaches zero and the process dies ("Fatal Python error: none_dealloc").
Measured: visiting the nine pages of the demo costs 73 references of about 22,000.

The guard checks for the bug (ten void calls on a QObject) and, only where it is present,
gives None a reference count no session can use up (2**40 more), which is what Python 3.12
does for None anyway. On Python 3.12+ or a fixed PySide6 it does nothing.
"""
from __future__ import annotations

import sys

_SPARE = 1 << 40
_applied = False


def void_calls_leak_none() -> bool:
    from PySide6.QtCore import QObject
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def install() -> bool:
    """Apply the guard once if this Python and PySide6 need it; True when it was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or not void_calls_leak_none():
        return _applied
    import ctypes
    # ob_refcnt is the first field of every object (a Py_ssize_t) in CPython's release builds.
    ctypes.c_ssize_t.from_address(id(None)).value += _SPARE
    _applied = True
    return True

"""PySide6 6.12 on Python 3.11 lowers None's reference count at every void call; without the
guard a long session dies with "deallocating None" (measured: 73 references per round of the
nine pages, about 22,000 to spend). The guard must keep any session alive."""
import sys

import pytest
from PySide6.QtCore import QCoreApplication

from kompass_desktop.ui import binding_guard


def test_a_long_session_of_void_calls_cannot_use_up_none(qapp):
    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal from Python 3.12 on")
    # Importing the workbench's package applied it where this PySide6 needs it.
    assert binding_guard._applied == binding_guard.void_calls_leak_none()
    for _ in range(30_000):  # more than None's own count at start-up (about 6,000)
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) > 10 ** 9 or not binding_guard.void_calls_leak_none()

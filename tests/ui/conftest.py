import pytest

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.identity import new_identity, save_identity


@pytest.fixture(autouse=True)
def evaluator_identity(kompass_home):
    """The first-start identity dialog is answered in advance."""
    ident = new_identity("Karin Ek", "SKR")
    save_identity(ident)
    return ident


@pytest.fixture
def small_file(tmp_path, evaluator_identity):
    path = tmp_path / "Testby-2025.kompass"
    ev = Evaluation.create(path, resolve_framework("kommunkompassen-2019"), "Testby", 2025,
                           [EvaluatorInfo("Karin Ek", "SKR")], identity=evaluator_identity)
    ev.close()
    return path


@pytest.fixture
def window(qtbot):
    from kompass_desktop.ui.main_window import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_evaluation()


@pytest.fixture
def open_window(window, small_file, qtbot):
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.open_file(str(small_file))
    return window


def run_modal(qtbot, cls, drive):
    """Drive the next modal dialog of type cls (exec() blocks the test otherwise)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    state = {"done": False}

    def poll():
        w = QApplication.activeModalWidget()
        if isinstance(w, cls):
            state["done"] = True
            drive(w)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)
    return state


def type_text(widget, text):
    """Type like a keyboard, Swedish letters included (QTest.keyClicks asserts on 'ö')."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown if not ch.isascii() else
                                                     ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch))

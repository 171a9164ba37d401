"""PRODUCT §7: start to a usable window within 1.5x a bare PySide6 window.

Each round starts a fresh interpreter (what a user waits for), shows the window and quits
once the event loop has painted it. Compare the two medians in the benchmark table.
"""
import os
import subprocess
import sys

import pytest

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1100, 720); w.show()
QTimer.singleShot(0, app.quit); app.exec()
"""

WORKBENCH = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kompass_desktop.ui.main_window import MainWindow
w = MainWindow(); w.show()
QTimer.singleShot(0, app.quit); app.exec()
"""


def _run(code, home):
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               KOMPASS_HOME=str(home))
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


@pytest.mark.parametrize("which", ["bare_pyside6_window", "workbench_start_view"])
def test_start_time(benchmark, which, tmp_path):
    from kompass_desktop.services.identity import new_identity, save_identity
    os.environ["KOMPASS_HOME"] = str(tmp_path)
    save_identity(new_identity("Bench", "SKR"))
    code = BARE if which.startswith("bare") else WORKBENCH
    benchmark.pedantic(_run, args=(code, tmp_path), rounds=5, warmup_rounds=1)

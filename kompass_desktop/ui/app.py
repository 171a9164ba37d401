"""Start the workbench: QApplication, identity, the main window."""
from __future__ import annotations

import sys


def run_gui(path: str | None = None, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kompass_desktop.domain.errors import KompassError
    from kompass_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kompass Desktop")
    app.setOrganizationName("SKR")
    window = MainWindow()
    window.show()
    if demo:
        from kompass_desktop.services.demo import demo_path
        path = str(demo_path())
    if path:
        try:
            window.open_file(path)
        except KompassError as e:
            QMessageBox.critical(window, "Kan inte öppna filen", str(e))
    return app.exec()

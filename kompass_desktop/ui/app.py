"""Start the workbench: QApplication, language, evaluator identity, the main window."""
from __future__ import annotations

import os
import sys


def make_app():
    from PySide6.QtWidgets import QApplication

    from kompass_desktop.ui import i18n
    from kompass_desktop.ui import settings as ui_settings
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Kompass Desktop")
        app.setOrganizationName("SKR")
        app.setApplicationDisplayName("Kompass Desktop")
        i18n.install(app, ui_settings.language())
    return app


def ensure_identity(parent=None) -> bool:
    """First start: ask who the evaluator is (tests preset it with identity.save_identity)."""
    from kompass_desktop.services.identity import current_identity
    if current_identity(create=False) is not None:
        return True
    from kompass_desktop.ui.dialogs import IdentityDialog
    dialog = IdentityDialog(parent)
    if dialog.exec():
        return True
    current_identity(create=True)  # a default from the login name; changeable later
    return True


def run_gui(path: str | None = None, demo: bool = False) -> int:
    from kompass_desktop.ui.main_window import MainWindow

    app = make_app()
    from kompass_desktop.services.workspace import clean_stale
    clean_stale()  # decrypted copies a killed run left in the private data folder
    ensure_identity()
    window = MainWindow()
    window.show()
    if demo:
        window.open_demo()
    elif path:
        window.open_file(path)
    _smoke_test_exit(app, window)
    return app.exec()


def _smoke_test_exit(app, window) -> None:
    """KOMPASS_SMOKE_EXIT_MS=N (packaging checks): print the window title, quit after N ms;
    with KOMPASS_SMOKE_GRAB=FILE.png also save a picture of the window."""
    ms = os.environ.get("KOMPASS_SMOKE_EXIT_MS", "")
    if not ms.isdigit():
        return
    from PySide6.QtCore import QTimer

    def done():
        grab = os.environ.get("KOMPASS_SMOKE_GRAB")
        if grab:
            window.grab().save(grab)
        print(f"window: {window.windowTitle()}", flush=True)
        app.exit(0)
    QTimer.singleShot(int(ms), done)

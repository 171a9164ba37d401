"""Navigation and settings (issue 13 item 8): a shortcut for every page listed in the Go menu,
the process dates editable after the wizard, the language switch keeps the page."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kompass_desktop.ui import i18n
from kompass_desktop.ui.dialogs import ProcessDatesDialog

from .conftest import run_modal


def test_every_page_has_a_shortcut_in_the_go_menu(open_window, qtbot):
    w = open_window
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in w.go_menu.actions()
                 if not a.isSeparator()}
    fw = w.session.evaluation.framework
    assert shortcuts["Översikt"] == "Ctrl+1" and shortcuts["Rapport"] == "Ctrl+5"
    assert shortcuts["Synkronisering"] == "Ctrl+6"
    for i, a in enumerate(fw.areas):
        assert shortcuts[f"{a.number}  {a.title}"] == f"Alt+{i + 1}"
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert w.page_stack.currentWidget() is w.pages["area:3"]
    qtbot.keyClick(w, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert w.page_stack.currentWidget() is w.pages["sync"]
    # The navigation can be hidden on a small screen and comes back.
    w.nav_action.trigger()
    assert not w.nav.isVisible()
    w.nav_action.trigger()
    assert w.nav.isVisible()


def test_process_dates_can_be_filled_in_later(open_window, qtbot):
    w = open_window
    ev = w.session.evaluation

    def drive(d: ProcessDatesDialog):
        assert not d.fields["site_visit_start"].known.isChecked()
        d.fields["site_visit_start"].set_value("2025-04-02")
        d.fields["feedback_seminar"].set_value("2025-06-11")
        d.accept()

    state = run_modal(qtbot, ProcessDatesDialog, drive)
    w.dates_action.trigger()
    assert state["done"]
    info = ev.info()
    assert (info["site_visit_start"], info["feedback_seminar"]) == ("2025-04-02", "2025-06-11")
    w.undo()
    assert ev.info()["site_visit_start"] is None

    def clear(d: ProcessDatesDialog):
        d.fields["feedback_seminar"].known.setChecked(False)
        d.accept()
    w.redo()
    state = run_modal(qtbot, ProcessDatesDialog, clear)
    w.pages["overview"].dates_button.click()
    assert state["done"] and ev.info()["feedback_seminar"] is None
    assert ev.info()["site_visit_start"] == "2025-04-02"


def test_switching_language_stays_on_the_page(open_window, qtbot):
    from kompass_desktop.ui import main_window
    w = open_window
    w.show_page("sync")
    app = QApplication.instance()
    try:
        new = w.apply_language("en")
        qtbot.addWidget(new)
        qtbot.waitUntil(lambda: new.session is not None and "sync" in new.pages, timeout=10000)
        assert new.page_stack.currentWidget() is new.pages["sync"]
        assert new.nav.currentItem().text() == "Sync"
        new.close_evaluation()
    finally:
        i18n.install(app, "sv")
        main_window._windows.clear()

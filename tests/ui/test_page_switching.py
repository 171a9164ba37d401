"""Only the current page (and the stack holding it) is ever visible: a search hit opened with
the keyboard focus in the result list once left the overview shown on top of the area page."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def visible_pages(window):
    return sorted(k for k, p in window.pages.items() if p.isVisible())


def test_opening_a_search_hit_shows_only_that_page(open_window, qtbot):
    w = open_window
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    ev = w.session.evaluation
    w.session.edit("Text", lambda: ev.set_subarea_text("1.5", "Kommunikationspolicyn finns."))
    w.search_field.setText("Kommunikationspolicyn")
    page = w._run_search()
    assert page, "the text is found"
    results = w.page("search").view
    results.setFocus()
    qtbot.waitUntil(results.hasFocus, timeout=3000)
    rect = results.visualRect(w.page("search").model.index(0, 0))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.page_stack.currentWidget() is w.pages["area:1"]
    assert visible_pages(w) == ["area:1"]
    assert w.nav.currentRow() == w.nav_keys.index("area:1")
    # And again from the navigation with the keyboard: still one page at a time.
    w.nav.setFocus()
    qtbot.keyClick(w.nav, Qt.Key.Key_Down)
    assert visible_pages(w) == ["area:2"]

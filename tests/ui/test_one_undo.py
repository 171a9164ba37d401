"""One undo whatever has focus (issue 13 item 3): Ctrl+Z in a text box undoes the saved text
through the window's undo; it never saves an accidental empty text; Ctrl+Shift+Z redoes."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focus(qtbot, w, box):
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=3000)


def test_ctrl_z_in_the_rationale_box_is_the_windows_undo(open_window, qtbot):
    w = open_window
    ev = w.session.evaluation
    page = w.show_page("area:1")
    page.select_subarea("1.1")
    box = page.rationale
    focus(qtbot, w, box)
    qtbot.keyClicks(box, "First thought.")
    box.flush()
    assert page.service.rationale("1.1") == "First thought."
    qtbot.keyClicks(box, " Second.")  # typed, not yet saved: Ctrl+Z saves it, then undoes it
    steps = w.session.undo_stack.count()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.toPlainText() == "First thought."
    assert page.service.rationale("1.1") == "First thought."
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.toPlainText() == "" and page.service.rationale("1.1") == ""
    # Undo went back through the history; no empty text was saved as a new edit.
    assert w.session.undo_stack.index() == steps - 1
    box.flush()
    assert w.session.undo_stack.canRedo()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL_SHIFT)
    assert box.toPlainText() == "First thought."
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL_SHIFT)
    assert box.toPlainText() == "First thought. Second."
    assert ev.store.get("score_agreed", ev.agreed_row_id("1.1"))["rationale"] == "First thought. Second."


def test_ctrl_z_in_interview_notes_undoes_the_saved_text(open_window, qtbot):
    w = open_window
    page = w.show_page("interviews")
    page.new_interview()
    notes = page.editor.notes
    focus(qtbot, w, notes)
    qtbot.keyClicks(notes, "Met the board.")
    w.flush()
    iid = page.editor.current_id
    assert w.session.store.get("interview", iid)["notes"] == "Met the board."
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL)
    assert w.session.store.get("interview", iid)["notes"] in ("", None)
    qtbot.waitUntil(lambda: notes.toPlainText() == "", timeout=2000)
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL_SHIFT)
    assert w.session.store.get("interview", iid)["notes"] == "Met the board."
    qtbot.waitUntil(lambda: notes.toPlainText() == "Met the board.", timeout=2000)

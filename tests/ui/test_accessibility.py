"""Every control a screen reader reaches has a name (its own text, a label buddy or an
accessible name), and the Swedish UI shows no English."""
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QLabel, QLineEdit, QPlainTextEdit)

from kompass_desktop.ui.dialogs import IdentityDialog, SettingsDialog, SubAreaPicker
from kompass_desktop.ui.wizard import NewEvaluationWizard

CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView, QAbstractButton)


def unnamed_controls(root):
    buddies = {id(lbl.buddy()) for lbl in root.findChildren(QLabel) if lbl.buddy() is not None}
    out = []
    for w in root.findChildren(QAbstractButton) + root.findChildren(QLineEdit) + \
            root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox) + \
            root.findChildren(QPlainTextEdit) + root.findChildren(QAbstractItemView):
        parent = w.parentWidget()
        # Parts of composite widgets (a spin box's line edit, a combo's popup list) are named by it.
        ancestors = []
        a = parent
        while a is not None and a is not root:
            ancestors.append(a)
            a = a.parentWidget()
        if any(isinstance(x, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)) for x in ancestors):
            continue
        if w.objectName().startswith("qt_"):
            continue
        text = w.text() if isinstance(w, QAbstractButton) else ""
        if not (w.accessibleName() or text or id(w) in buddies):
            out.append(f"{type(w).__name__} in {type(parent).__name__}")
    return out


def test_workbench_pages_name_their_controls(open_window):
    w = open_window
    for key in ("interviews", "documents", "evidence", "search"):
        page = w.show_page(key)
        assert unnamed_controls(page) == [], key
    assert unnamed_controls(w.start_view) == []
    assert unnamed_controls(w.search_toolbar) == []


def test_dialogs_name_their_controls(open_window, qtbot):
    from kompass_desktop.ui.evidence import WebsiteDialog
    dialogs = [NewEvaluationWizard(open_window), IdentityDialog(open_window), SettingsDialog(open_window),
               WebsiteDialog(open_window),
               SubAreaPicker(open_window.session.evaluation.framework, open_window)]
    for d in dialogs:
        qtbot.addWidget(d)
        assert unnamed_controls(d) == [], type(d).__name__


def test_no_english_in_the_swedish_ui(open_window):
    w = open_window
    english = {"Open", "Save", "Cancel", "Delete", "Search", "File", "Edit", "Help", "New", "Undo",
               "Redo", "Next", "Back", "Finish", "Interview", "Document", "Evidence", "Settings"}
    texts = [a.text().replace("&", "") for a in w.findChildren(type(w.undo_action))]
    for key in ("interviews", "documents", "evidence", "search"):
        page = w.show_page(key)
        texts += [x.text().replace("&", "") for x in page.findChildren(QAbstractButton)]
        texts += [x.text() for x in page.findChildren(QLabel)]
        for view in page.findChildren(QAbstractItemView):
            m = view.model()
            if m is not None:
                try:
                    columns = m.columnCount(QModelIndex())
                except TypeError:  # list models
                    columns = 1
                texts += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    words = {word.strip(".,:…()") for t in texts for word in t.split()}
    assert not (words & english)

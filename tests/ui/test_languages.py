"""Swedish by default; English through the Qt translation compiled from kompass_en.ts."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kompass_desktop.ui import i18n
from kompass_desktop.ui import settings as ui_settings


def test_swedish_is_the_default(window):
    assert ui_settings.language() == "sv"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Arkiv", "&Redigera"]


def test_english_from_the_settings_dialog(qtbot):
    from kompass_desktop.ui.dialogs import SettingsDialog
    from kompass_desktop.ui.main_window import MainWindow
    d = SettingsDialog()
    qtbot.addWidget(d)
    d.language.setCurrentIndex(d.language.findData("en"))
    d.accept()
    assert ui_settings.language() == "en"
    app = QApplication.instance()
    try:
        assert i18n.install(app, ui_settings.language())
        assert i18n.compiled("en").exists()
        assert QCoreApplication.translate("InterviewsPage", "Intervjuer") == "Interviews"
        w = MainWindow()
        qtbot.addWidget(w)
        assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Edit", "&Go", "&Help"]
        assert w.start_view.new_button.text() == "&New evaluation…"
    finally:
        i18n.install(app, "sv")
    assert QCoreApplication.translate("InterviewsPage", "Intervjuer") == "Intervjuer"


def test_every_ui_text_has_an_english_translation():
    text = (i18n.TRANSLATIONS_DIR / "kompass_en.ts").read_text(encoding="utf-8")
    assert text.count("<message") > 300
    assert 'type="unfinished"' not in text


def test_switching_language_keeps_the_open_file(open_window, qtbot, small_file):
    from kompass_desktop.ui import main_window
    w = open_window
    page = w.show_page("interviews")
    page.new_interview()
    page.editor.notes.setFocus()
    qtbot.keyClicks(page.editor.notes, "typed just before the switch")
    app = QApplication.instance()
    try:
        new = w.apply_language("en")
        qtbot.addWidget(new)
        qtbot.waitUntil(lambda: new.session is not None, timeout=10000)
        assert [a.text() for a in new.menuBar().actions()][0] == "&File"
        assert new.windowTitle() == "Testby 2025 – Testby-2025.kompass"
        iv = new.session.evaluation.store.rows("interview")[0]
        assert iv["notes"] == "typed just before the switch"
        new.close_evaluation()
    finally:
        i18n.install(app, "sv")
        main_window._windows.clear()

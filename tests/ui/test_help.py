"""Help menu: the user guide (Swedish and English), the version in About and in the menu."""
import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

import kompass_desktop
from kompass_desktop.paths import data_dir
from kompass_desktop.ui import help as ui_help
from kompass_desktop.ui import i18n


def _help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() in ("&Hjälp", "&Help"))


def test_help_menu_has_guide_about_and_version(window):
    texts = [a.text() for a in _help_menu(window).actions()]
    assert texts[:2] == ["&Användarhandbok", "&Om Kompass Desktop"]
    version = [a for a in _help_menu(window).actions() if a.text() == f"Version {kompass_desktop.__version__}"]
    assert len(version) == 1 and not version[0].isEnabled()
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert kompass_desktop.__version__ in ui_help.about_text()


def test_guide_shows_workflow_rounding_shortcuts_and_folders(window, qtbot):
    window.show_guide()
    dialog = window.findChild(ui_help.GuideDialog, "user-guide")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Arbetsgången" in text and "Slutrapporten" in text and "Spara en kopia för delning" in text
    assert "10,4 + 16,3 + 19,4 + 13,8 = 59,9" in text and "10 + 16 + 19 + 14 = 59" in text
    assert str(data_dir() / "backups") in text
    # shortcuts come from the window's own actions
    new_key = window.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert f"{new_key} – Ny utvärdering" in text
    assert "{SHORTCUTS}" not in text and "{VERSION}" not in text
    dialog.close()


def test_guide_rounding_example_is_what_the_demo_shows(run_cli, demo_file):
    """The guide's example (area 2 of the demo) matches the numbers the program computes."""
    data = json.loads(run_cli("summary", demo_file, "--json")[1])
    area = data["areas"][1]
    points = " + ".join(f"{s['points']:.1f}" for s in area["subareas"])
    shown = " + ".join(str(s["rounded"]) for s in area["subareas"])
    assert area["rounded"] == 60 and sum(s["rounded"] for s in area["subareas"]) == 59
    for lang, sep in (("sv", ","), ("en", ".")):
        guide = ui_help.guide_markdown(language=lang)
        assert f"{points} = {area['points']:.1f}".replace(".", sep) in guide
        assert f"{shown} = 59" in guide and "**60**" in guide


def test_english_guide_and_about(qtbot):
    from kompass_desktop.ui.main_window import MainWindow
    app = QApplication.instance()
    try:
        assert i18n.install(app, "en")
        w = MainWindow()
        qtbot.addWidget(w)
        assert [a.text() for a in _help_menu(w).actions()][:2] == ["&User guide", "&About Kompass Desktop"]
        assert ui_help.guide_language() == "en"
        text = ui_help.guide_markdown([w.new_action])
        assert "user guide" in text and "Scores and rounding" in text and "New evaluation" in text
        assert "Backups" in ui_help.about_text()
        assert QCoreApplication.translate("help", "Om Kompass Desktop") == "About Kompass Desktop"
    finally:
        i18n.install(app, "sv")

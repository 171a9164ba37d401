"""Keyboard mnemonics (Alt+letter) lead to one place: on every page, in both languages, no two
visible buttons or labelled fields share a letter, and none takes a menu's letter (Alt+A
would open Arkiv instead of the field). Qt calls a shared mnemonic ambiguous and does nothing.
"""
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from kompass_desktop.ui import i18n

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m else None


def clashes(page, menu_letters: dict[str, str]) -> list[str]:
    owners: dict[str, list[str]] = {}
    for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel) + \
            page.findChildren(QGroupBox):
        if not w.isVisibleTo(page) or not w.isEnabled() and isinstance(w, QLabel):
            continue
        if isinstance(w, QLabel) and w.buddy() is None:
            continue  # a label's mnemonic does something only with a buddy
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        letter = mnemonic(text)
        if letter:
            owners.setdefault(letter, []).append(text)
    out = []
    for letter, texts in sorted(owners.items()):
        if letter in menu_letters:
            texts = [*texts, f"menu {menu_letters[letter]}"]
        if len(texts) > 1:
            out.append(f"Alt+{letter.upper()}: " + " / ".join(texts))
    return out


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_page_has_two_fields_or_a_menu_on_one_alt_letter(language, demo_copy, qtbot):
    app = QApplication.instance()
    assert i18n.install(app, language)
    try:
        from kompass_desktop.ui.main_window import MainWindow
        w = MainWindow()
        qtbot.addWidget(w)
        w.resize(1280, 720)
        w.show()
        with qtbot.waitSignal(w.opened, timeout=10000):
            w.open_file(str(demo_copy))
        menu_letters = {mnemonic(a.text()): a.text().replace("&", "")
                        for a in w.menuBar().actions() if mnemonic(a.text())}
        found = []
        for key in ["overview", "interviews", "documents", "evidence", "area:1", "report",
                    "sync", "people"]:
            page = w.show_page(key)
            qtbot.wait(10)
            found += [f"{key}: {c}" for c in clashes(page, menu_letters)]
        w.close_evaluation()
    finally:
        i18n.install(app, "sv")
    assert not found, "shared Alt letters:\n" + "\n".join(found)

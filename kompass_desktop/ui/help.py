"""The Help menu: the user guide (resources/help/guide_LANG.md in a QTextBrowser) and About.

The guide is written once per language; the parts that depend on this installation are
filled in when it is shown: the version, where backups, data and settings live
(kompass_desktop.paths), and the keyboard shortcuts, read from the window's own actions so
the list cannot drift from the menus.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout,
                               QWidget)

from kompass_desktop import __version__
from kompass_desktop.paths import HELP_DIR, config_dir, data_dir
from kompass_desktop.ui import i18n


def guide_language() -> str:
    """The guide in the UI's language when there is one, else Swedish (the source language)."""
    lang = i18n.current_language()
    return lang if (HELP_DIR / f"guide_{lang}.md").exists() else "sv"


def shortcut_lines(actions: list[QAction]) -> list[str]:
    """'Ctrl+N – New evaluation…' for each action with a shortcut, in menu order, once each."""
    lines, seen = [], set()
    for a in actions:
        keys = a.shortcut()
        if keys.isEmpty() or not a.text():
            continue
        text = a.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")
        key = keys.toString(QKeySequence.SequenceFormat.NativeText)
        if (key, text) in seen:
            continue
        seen.add((key, text))
        lines.append(f"- **{key}** – {text}")
    return lines


def guide_markdown(actions: list[QAction] = (), language: str | None = None) -> str:
    language = language or guide_language()
    text = (HELP_DIR / f"guide_{language}.md").read_text(encoding="utf-8")
    shortcuts = "\n".join(shortcut_lines(list(actions))) or "-"
    values = {"{VERSION}": __version__, "{SHORTCUTS}": shortcuts,
              "{BACKUP_DIR}": str(data_dir() / "backups"), "{DATA_DIR}": str(data_dir()),
              "{CONFIG_DIR}": str(config_dir())}
    for k, v in values.items():
        text = text.replace(k, v)
    return text


class GuideDialog(QDialog):
    """The user guide, non-modal, beside the window."""

    def __init__(self, parent: QWidget | None = None, actions: list[QAction] = ()):
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.setWindowTitle(self.tr("Användarhandbok – Kompass Desktop"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Användarhandbok"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.browser.setMarkdown(guide_markdown(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        from PySide6.QtCore import Qt  # not at import: the window imports this module early
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def version_text() -> str:
    return QCoreApplication.translate("help", "Version {0}").format(__version__)


def about_text() -> str:
    return "<p>" + "</p><p>".join([
        f"<b>Kompass Desktop</b> {version_text()}",
        QCoreApplication.translate("help", "En arbetsbänk för utvärderingar med SKR:s metod "
                                           "Kommunkompassen. Den fungerar helt utan nätverk; "
                                           "varje utvärdering är en fil."),
        QCoreApplication.translate("help", "Säkerhetskopior: {0}").format(data_dir() / "backups"),
        f"Python {sys.version.split()[0]} · Qt {qVersion()}",
    ]) + "</p>"


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("help", "Om Kompass Desktop"), about_text())

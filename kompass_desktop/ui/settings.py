"""UI preferences (language, window geometry) in an ini file beside the evaluator identity,
so KOMPASS_HOME keeps tests and hand runs away from the user's real settings."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from kompass_desktop.paths import config_dir

LANGUAGES = ("sv", "en")


def settings() -> QSettings:
    path = config_dir() / "kompass-desktop.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def language() -> str:
    value = str(settings().value("ui/language", "sv"))
    return value if value in LANGUAGES else "sv"


def set_language(code: str) -> None:
    s = settings()
    s.setValue("ui/language", code if code in LANGUAGES else "sv")
    s.sync()

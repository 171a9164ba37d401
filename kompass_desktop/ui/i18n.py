"""Qt translations: the UI is written in Swedish; English comes from kompass_en.ts.

The .qm is compiled from the .ts with PySide6's lrelease when it is missing or older than the
.ts (a fresh `pip install -e .` ships only the .ts), into the user's data folder when the
resources folder is read-only.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kompass_desktop.paths import TRANSLATIONS_DIR, data_dir

_installed: list[QTranslator] = []
_language = "sv"


def current_language() -> str:
    """The language the UI was last switched to ('sv' until install() says otherwise)."""
    return _language


def _lrelease() -> list[str] | None:
    import shutil  # compiling a .qm is rare: keep these imports off the start-up path

    import PySide6
    pkg = Path(PySide6.__file__).parent
    for candidate in (pkg / "lrelease", pkg / "lrelease.exe", pkg / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    return None


def compiled(language: str) -> Path | None:
    """The .qm for a language, compiled now if missing or stale; None if impossible."""
    ts = TRANSLATIONS_DIR / f"kompass_{language}.ts"
    shipped = TRANSLATIONS_DIR / f"kompass_{language}.qm"
    if not ts.exists():
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    cached = data_dir() / "translations" / f"kompass_{language}.qm"
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return shipped if shipped.exists() else None
    import subprocess
    # Compile into the user's data folder: the install folder may be read-only.
    for target in (cached,):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*tool, "-silent", str(ts), "-qm", str(target)], check=True,
                           capture_output=True, timeout=60)
            if target.exists():
                return target
        except (OSError, subprocess.SubprocessError):
            continue
    return shipped if shipped.exists() else None


def install(app: QCoreApplication, language: str) -> bool:
    """Install the translators for a language ('sv' is the source language: none needed)."""
    global _language
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language == "sv":
        _language = "sv"
        qt = QTranslator(app)
        # Qt's own dialogs in Swedish. By file name, not QLocale: building QLocale's enums
        # (every language and country) costs start-up time (PRODUCT §7).
        if qt.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        return True
    qm = compiled(language)
    if qm is None:
        return False
    tr = QTranslator(app)
    if not tr.load(str(qm)):
        return False
    app.installTranslator(tr)
    _installed.append(tr)
    _language = language
    return True

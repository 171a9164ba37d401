"""Where the shipped resources and the per-user data live (the only module that knows).

The repository keeps `resources/` and `db/` at its top level; setup.py installs them as the
packages `kompass_desktop.resources` and `kompass_desktop.db`, so a wheel, an sdist and an
editable install all find them through importlib.resources. The PyInstaller bundle puts them
beside the frozen modules (`sys._MEIPASS`). Run straight from a checkout without any install,
they are the folders one level above the package.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs


def _package_folder(package: str, folder: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / folder
    # A wheel installs the folder inside the package; a checkout (and an editable install,
    # which maps the package to it) keeps it one level up. Looking there first keeps
    # importlib.resources off the start-up path (PRODUCT §7); it stays the fallback.
    here = Path(__file__).resolve().parent
    for candidate in (here / folder, here.parent / folder):
        if (candidate / "__init__.py").is_file():
            return candidate
    from importlib import resources

    try:
        found = resources.files(package)
    except ModuleNotFoundError:
        found = None
    if found is not None and Path(str(found)).is_dir():
        # Installed packages are plain folders (wheels are unpacked), so a Path is safe.
        return Path(str(found))
    return here.parent / folder


RESOURCES = _package_folder("kompass_desktop.resources", "resources")
DB_DIR = _package_folder("kompass_desktop.db", "db")
FRAMEWORKS_DIR = RESOURCES / "frameworks"
FRAMEWORK_SCHEMA = RESOURCES / "schema" / "kompass-framework-1.schema.json"
DEMO_DATA = RESOURCES / "demo" / "nynashamn-2023.json"
FONTS_DIR = RESOURCES / "fonts"
TRANSLATIONS_DIR = RESOURCES / "translations"
HELP_DIR = RESOURCES / "help"
ICONS_DIR = RESOURCES / "icons"
MIGRATIONS_DIR = DB_DIR / "migrations"


def config_dir() -> Path:
    """Per-user settings (evaluator identity). KOMPASS_HOME overrides, for tests."""
    override = os.environ.get("KOMPASS_HOME")
    if override:
        return Path(override) / "config"
    return Path(platformdirs.user_config_dir("kompass-desktop", "SKR"))


def data_dir() -> Path:
    """Per-user data (backups before merges), never beside a shared file."""
    override = os.environ.get("KOMPASS_HOME")
    if override:
        return Path(override) / "data"
    return Path(platformdirs.user_data_dir("kompass-desktop", "SKR"))


def private_tmp_dir() -> Path:
    """The only place decrypted or temporary copies of evaluation content are written: inside
    the user's data folder, readable by the user alone (mode 0700). Entries are named
    `<pid>-…` so a later start can remove what a killed process left (services.encrypted)."""
    d = data_dir() / "tmp"
    d.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(d, 0o700)
    except OSError:
        pass
    return d


def private_tmp(tag: str) -> Path:
    """A new folder (mode 0700) for one piece of temporary work inside private_tmp_dir()."""
    import tempfile
    d = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-{tag}-", dir=private_tmp_dir()))
    os.chmod(d, 0o700)
    return d

import contextlib
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@contextlib.contextmanager
def kompass_home_at(home):
    """KOMPASS_HOME set to `home` for the block: for session- and module-scoped fixtures,
    which the per-test home below does not cover."""
    old = os.environ.get("KOMPASS_HOME")
    os.environ["KOMPASS_HOME"] = str(home)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("KOMPASS_HOME", None)
        else:
            os.environ["KOMPASS_HOME"] = old


@pytest.fixture(autouse=True)
def kompass_home(tmp_path_factory, monkeypatch):
    """Each test gets its own settings and data folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KOMPASS_HOME", str(home))
    # The command refuses to write without an evaluator name; tests name one.
    monkeypatch.setenv("KOMPASS_EVALUATOR", "Testa Testsson, Test")
    return home


@pytest.fixture
def run_cli(capsys):
    """Run `kompass ARGS` in-process; returns (exit code, stdout, stderr)."""
    from kompass_desktop.cli.main import main

    def run(*args):
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """One demo evaluation per session, copied by tests that change it."""
    home = tmp_path_factory.mktemp("demo-home")
    with kompass_home_at(home):
        from kompass_desktop.services.demo import write_demo
        path = tmp_path_factory.mktemp("demo") / "demo.kompass"
        ev = write_demo(path)
        ev.close()
    return path


@pytest.fixture
def demo_copy(demo_file, tmp_path):
    import shutil
    dest = tmp_path / "demo.kompass"
    shutil.copy(demo_file, dest)
    return dest

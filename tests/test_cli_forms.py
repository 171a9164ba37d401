"""`kompass --help/--version`, and the forms that start the workbench: anything that is not
a command, `--demo` or an existing file is refused with one line and exit status 2, before a
window (or a QApplication) exists."""
import importlib.metadata
import re

import pytest

import kompass_desktop
from kompass_desktop.cli import main as cli


@pytest.fixture
def gui_calls(monkeypatch):
    """Record run_gui instead of starting the workbench."""
    calls = []
    import kompass_desktop.ui.app as app
    monkeypatch.setattr(app, "run_gui", lambda path=None, demo=False: calls.append((path, demo)) or 0)
    return calls


def test_version_is_the_package_version(run_cli):
    code, out, err = run_cli("--version")
    assert code == 0 and err == ""
    assert out == f"kompass {kompass_desktop.__version__}\n"
    assert kompass_desktop.__version__ == importlib.metadata.version("kompass-desktop")


def test_help_lists_every_form(run_cli):
    code, out, _ = run_cli("--help")
    assert code == 0
    forms = {line.split()[1] for line in out.splitlines() if line.startswith("  kompass ")
             and len(line.split()) > 1}
    # every command the parser knows is documented, and the forms PRODUCT §6 names
    assert set(cli.COMMANDS) <= forms
    assert {"FILE.kompass", "--demo", "--version", "--help", "people", "copy",
            "erase-personal-data", "export"} <= forms
    assert "  kompass                                   start the workbench" in out
    assert "export FILE.kompass DIR [--format csv|json]" in out


def test_parser_and_handlers_agree_with_the_command_list():
    parser = cli._parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(cli.COMMANDS) == set(cli.HANDLERS)


@pytest.mark.parametrize("args,reason", [
    (["people"], "the following arguments are required: file"),
    (["exprt", "{f}"], "unknown command 'exprt'"),
    (["peple"], "unknown command 'peple'"),
    (["{dir}/missing.kompass"], "missing.kompass does not exist"),
    (["{dir}"], "is a folder, not an evaluation file"),
    (["{f}", "extra"], "unknown command"),
    (["-x"], "unknown option '-x'"),
    (["--demo", "{f}"], "--demo takes no arguments"),
    (["summary"], "the following arguments are required: file"),
    (["export", "{f}"], "the following arguments are required: dir"),
    (["export", "{f}", "{dir}/out", "--format", "xlsx"], "invalid choice: 'xlsx'"),
])
def test_unknown_forms_are_refused_without_a_window(run_cli, gui_calls, tmp_path, args, reason):
    f = tmp_path / "d.kompass"
    f.write_bytes(b"not opened")
    code, out, err = run_cli(*[a.format(f=f, dir=tmp_path) for a in args])
    assert code == 2
    assert reason in err
    assert err.count("\n") == 1 and err.startswith("kompass")
    assert gui_calls == []


@pytest.mark.parametrize("args,expected", [
    ([], (None, False)),
    (["--demo"], (None, True)),
    (["{f}"], ("{f}", False)),
])
def test_workbench_forms_start_the_workbench(run_cli, gui_calls, tmp_path, args, expected):
    f = tmp_path / "d.kompass"
    f.write_bytes(b"")
    code, _, err = run_cli(*[a.format(f=f) for a in args])
    assert code == 0, err
    path, demo = expected
    assert gui_calls == [(path.format(f=f) if path else None, demo)]


def test_help_of_one_command_exits_zero(run_cli):
    code, out, _ = run_cli("export", "--help")
    assert code == 0 and re.search(r"--format \{csv,json\}", out)


def test_a_real_command_on_a_file_that_does_not_exist_is_one_line(run_cli, gui_calls, tmp_path):
    code, out, err = run_cli("people", tmp_path / "x")
    assert code != 0 and err.count("\n") == 1 and "does not exist" in err
    assert gui_calls == []

"""Two programs on one file, read-only files, the identity the command writes with, a full
disk, and text from the file printed safely (issue 9 §4, §5, §6; issue 13 item 11)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompass_desktop.services import workspace
from kompass_desktop.services.evaluation import Evaluation

SCORES = "delområde;poäng\n1.1;12\n"


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _lock(path: Path, pid: int, host: str | None = None, name: str = "Karin Ek") -> None:
    data = {"pid": pid, "host": host or workspace._hostname(), "name": name,
            "organisation": "SKR", "since": time.time()}
    workspace.lock_path(path).write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def csv_file(tmp_path):
    p = tmp_path / "scores.csv"
    p.write_text(SCORES, encoding="utf-8")
    return p


@pytest.fixture
def live_pid():
    """A process that is alive and is not us (the workbench of the test)."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


# ---- §5: the command does not write into a file the workbench has open -----------------

def test_writing_commands_refuse_a_file_open_in_the_workbench(run_cli, demo_copy, csv_file,
                                                               tmp_path, live_pid):
    theirs = tmp_path / "theirs.kompass"
    shutil.copy(demo_copy, theirs)
    _lock(demo_copy, live_pid)
    before = _sha(demo_copy)
    for args in (["import-scores", demo_copy, csv_file],
                 ["reference", "add", demo_copy, "--label", "X", csv_file],
                 ["merge", demo_copy, theirs]):
        code, out, err = run_cli(*args)
        assert code == 1, args
        line = err.strip()
        assert "\n" not in line
        assert "is open in Kompass Desktop (Karin Ek on" in line
        assert f"process {live_pid}" in line and "--force" in line
    assert _sha(demo_copy) == before
    # Reading is fine while it is open; a dry run writes nothing and is allowed too.
    assert run_cli("summary", demo_copy)[0] == 0
    assert run_cli("merge", demo_copy, theirs, "--dry-run")[0] == 0
    # --force goes on.
    code, out, err = run_cli("import-scores", demo_copy, csv_file, "--force")
    assert code == 0, err
    ev = Evaluation.open(demo_copy, read_only=True)
    assert ev.agreed_scores()["1.1"]["points"] == "12.0"
    ev.close()


def test_a_stale_lock_is_ignored(run_cli, demo_copy, csv_file):
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()  # a pid that no longer runs on this host
    _lock(demo_copy, proc.pid)
    code, out, err = run_cli("import-scores", demo_copy, csv_file)
    assert code == 0, err


def test_a_lock_from_another_host_counts_only_while_fresh(run_cli, demo_copy, csv_file):
    _lock(demo_copy, 12345, host="kollegans-dator")
    code, _, err = run_cli("import-scores", demo_copy, csv_file)
    assert code == 1 and "kollegans-dator" in err
    old = time.time() - workspace.LOCK_STALE_SECONDS - 10
    os.utime(workspace.lock_path(demo_copy), (old, old))
    assert run_cli("import-scores", demo_copy, csv_file)[0] == 0


# ---- §4: read-only files are looked at, never written -------------------------------------

@pytest.fixture
def read_only_file(demo_file, tmp_path):
    if sys.platform == "win32":
        pytest.skip("file modes of a folder are POSIX")
    """The demo on a read-only file system (root ignores file modes), else a 0444 file
    in a 0555 folder."""
    d = tmp_path / "share"
    d.mkdir()
    if os.geteuid() == 0:
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(d)],
                           capture_output=True)
        if r.returncode:
            pytest.skip("cannot mount a read-only file system here")
        shutil.copy(demo_file, d / "demo.kompass")
        subprocess.run(["mount", "-o", "remount,ro", str(d)], check=True)
        yield d / "demo.kompass"
        subprocess.run(["umount", str(d)], check=False)
    else:
        shutil.copy(demo_file, d / "demo.kompass")
        (d / "demo.kompass").chmod(0o444)
        d.chmod(0o555)
        yield d / "demo.kompass"
        d.chmod(0o755)


def test_a_read_only_file_can_be_checked_summarised_and_exported(run_cli, read_only_file,
                                                                 tmp_path, csv_file):
    before = _sha(read_only_file)
    code, out, err = run_cli("check", read_only_file)
    assert code == 0, err
    assert "file ok (read-only)" in out
    code, out, err = run_cli("summary", read_only_file, "--json")
    assert code == 0, err
    assert json.loads(out)["total"]["rounded"] == 455
    code, out, err = run_cli("report", read_only_file, tmp_path / "r.pdf")
    assert code == 0, err
    assert (tmp_path / "r.pdf").stat().st_size > 10_000
    code, out, err = run_cli("import-scores", read_only_file, csv_file)
    assert code == 1 and "read-only" in err
    assert _sha(read_only_file) == before
    assert sorted(os.listdir(read_only_file.parent)) == ["demo.kompass"]


def test_read_only_evaluation_refuses_every_write(read_only_file):
    from kompass_desktop.storage.store import ReadOnlyFile
    ev = Evaluation.open(read_only_file, read_only=True)
    try:
        assert ev.read_only
        assert ev.summary()["total"]["rounded"] == 455
        with pytest.raises(ReadOnlyFile, match="read-only; save a working copy"):
            ev.set_agreed("1.1", "3")
        with pytest.raises(ReadOnlyFile):
            ev.add_interview("Intervju")
    finally:
        ev.close()


def test_read_only_opening_never_changes_a_writable_file(demo_copy):
    """check/summary/report open read-only even when they could write: no WAL switch,
    no author row, nothing beside the file."""
    before = _sha(demo_copy)
    for _ in range(2):
        ev = Evaluation.open(demo_copy, read_only=True)
        ev.summary()
        ev.close()
    assert _sha(demo_copy) == before
    assert sorted(os.listdir(demo_copy.parent)) == ["demo.kompass"]


# ---- issue 13.11: no silent "root" identity ---------------------------------------------------

def test_a_script_without_an_identity_is_told_how_to_set_it(run_cli, tmp_path, monkeypatch, csv_file,
                                                            demo_copy):
    monkeypatch.delenv("KOMPASS_EVALUATOR", raising=False)
    code, out, err = run_cli("demo", tmp_path / "d.kompass")
    assert code == 1
    assert err.count("\n") == 1 and "KOMPASS_EVALUATOR=" in err
    assert not (tmp_path / "d.kompass").exists()
    code, out, err = run_cli("import-scores", demo_copy, csv_file)
    assert code == 1 and "KOMPASS_EVALUATOR=" in err
    from kompass_desktop.services.identity import load_identity
    assert load_identity() is None
    # Reading needs no identity.
    assert run_cli("summary", demo_copy)[0] == 0
    assert load_identity() is None


def test_the_identity_comes_from_the_environment_once(run_cli, tmp_path, monkeypatch):
    new = ["--framework", "kommunkompassen-2019", "--municipality", "Testby", "--year", "2024"]
    monkeypatch.setenv("KOMPASS_EVALUATOR", "Karin Ek, SKR")
    assert run_cli("new", tmp_path / "d.kompass", *new)[0] == 0
    from kompass_desktop.services.identity import load_identity
    me = load_identity()
    assert (me.name, me.organisation) == ("Karin Ek", "SKR")
    ev = Evaluation.open(tmp_path / "d.kompass", read_only=True)
    assert ev.store.authors()[me.evaluator_id]["name"] == "Karin Ek"  # edits carry the name
    ev.close()
    monkeypatch.setenv("KOMPASS_EVALUATOR", "Someone Else")
    assert run_cli("new", tmp_path / "e.kompass", *new)[0] == 0
    assert load_identity() == me  # saved once, then kept


def test_a_terminal_is_asked(tmp_path, monkeypatch):
    from kompass_desktop.cli import main as cli
    monkeypatch.delenv("KOMPASS_EVALUATOR", raising=False)
    monkeypatch.setattr(cli, "_ask_identity", lambda: ("Karin Ek", "SKR"))
    assert cli.main(["demo", str(tmp_path / "d.kompass")]) == 0
    from kompass_desktop.services.identity import load_identity
    assert load_identity().name == "Karin Ek"


# ---- §6: text from the file is printed escaped -------------------------------------------------

def test_control_characters_from_the_file_are_escaped(run_cli, tmp_path):
    from kompass_desktop.domain.framework import resolve_framework
    p = tmp_path / "e.kompass"
    ev = Evaluation.create(p, resolve_framework("kommunkompassen-2019"),
                           "Evil\x1b]0;pwned\x07\x1b[2J\rby", 2024)
    ev.add_reference("Snitt\x1b[31m", {"1": 50})
    ev.close()
    for args in (["summary", p], ["summary", p, "--json"], ["check", p]):
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    code, out, _ = run_cli("summary", p)
    assert "Evil\\x1b]0;pwned\\x07\\x1b[2J\\rby" in out
    code, out, _ = run_cli("summary", p, "--json")
    assert json.loads(out)["municipality"] == "Evil\x1b]0;pwned\x07\x1b[2J\rby"
    bad = tmp_path / "x\x1b[2J.kompass"
    bad.write_bytes(b"not sqlite")
    code, out, err = run_cli("check", bad)
    assert code == 1 and "\x1b" not in err and "x\\x1b[2J.kompass" in err


def test_terminal_safe():
    from kompass_desktop.cli.safe_text import json_safe, terminal_safe
    assert terminal_safe("a\x1bb\rc\n\td\x9b\u202e") == "a\\x1bb\\rc\\n\\td\\x9b\\u202e"
    assert terminal_safe("a\nb\x1b", keep_newlines=True) == "a\nb\\x1b"
    assert terminal_safe("Nynäshamn – 12,5 ✓") == "Nynäshamn – 12,5 ✓"
    assert json.loads(json_safe(json.dumps({"a": "x\x9by\u202e"}, ensure_ascii=False))) == \
        {"a": "x\x9by\u202e"}


# ---- §4: a full disk ------------------------------------------------------------------------

def _tmpfs(d: Path, size: str) -> bool:
    if sys.platform == "win32" or os.geteuid() != 0:
        return False
    d.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(d)],
                          capture_output=True).returncode == 0


def test_a_full_disk_is_named_and_leaves_nothing(run_cli, demo_file, tmp_path):
    d = tmp_path / "small"
    if not _tmpfs(d, "2600k"):
        pytest.skip("needs root to mount a small file system")
    try:
        # `demo` and `new` on a disk too small for them: one line, nothing left.
        (d / "pad").write_bytes(bytes(2_450_000))
        code, out, err = run_cli("demo", d / "x.kompass")
        assert code == 1 and "the disk is full" in err, err
        assert sorted(os.listdir(d)) == ["pad"]
        code, out, err = run_cli("new", d / "y.kompass", "--framework", "kommunkompassen-2019",
                                 "--municipality", "Testby", "--year", "2024")
        assert code == 1 and "the disk is full" in err, err
        assert sorted(os.listdir(d)) == ["pad"]
        (d / "pad").unlink()
        # An edit that does not fit: the disk is named, the file stays whole and opens.
        shutil.copy(demo_file, d / "demo.kompass")
        ev = Evaluation.open(d / "demo.kompass", read_only=True)
        before = ev.agreed_scores()
        ev.close()
        free = shutil.disk_usage(d).free
        (d / "pad").write_bytes(bytes(max(0, free - 150_000)))
        csv = tmp_path / "big.csv"
        rows = ["delområde;poäng;motivering"] + [f"{n};1;" + "x" * 90_000 for n in
                                                ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2")]
        csv.write_text("\n".join(rows), encoding="utf-8")
        code, out, err = run_cli("import-scores", d / "demo.kompass", csv)
        assert code == 1 and "the disk is full" in err, err
        code, out, err = run_cli("check", d / "demo.kompass")  # not called damaged
        assert code == 0 and "file ok" in out, err
        ev = Evaluation.open(d / "demo.kompass", read_only=True)
        assert ev.agreed_scores() == before  # nothing of the import went in
        ev.close()
    finally:
        subprocess.run(["umount", str(d)], check=False)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_is_a_full_disk_too(tmp_path):
    """Without root: RLIMIT_FSIZE in a subprocess (SIGXFSZ ignored) stops `demo` half-way."""
    code = ("import resource, signal, sys\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))\n"
            "from kompass_desktop.cli.main import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    r = subprocess.run([sys.executable, "-c", code, "demo", str(tmp_path / "x.kompass")],
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "KOMPASS_EVALUATOR": "Anna"})
    assert r.returncode == 1, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert sorted(os.listdir(tmp_path)) == []


def test_an_older_file_is_read_without_migrating_it(run_cli, tmp_path, kompass_home):
    """summary/check of a file from an older version read a migrated private copy; the file
    itself stays as it was (it is migrated only when opened to work in)."""
    from kompass_desktop.storage import schema
    from tests.test_migrations import _old_file
    p = tmp_path / "old.kompass"
    _old_file(p, 1)
    before = _sha(p)
    code, out, err = run_cli("summary", p, "--json")
    assert code == 0, err
    assert json.loads(out)["municipality"] == "Gammelby"
    assert _sha(p) == before and schema.read_header(p).user_version == 1
    assert sorted(os.listdir(tmp_path)) == ["old.kompass"]
    assert list((kompass_home / "data" / "tmp").glob("*")) == []

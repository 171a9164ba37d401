"""The workbench and the file on disk: changes made by another program show up; a read-only
file is shown read-only with the offer of a working copy (issue 9 §4, §5)."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys

import pytest

from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity


def test_a_change_made_by_another_program_is_shown(open_window, small_file, qtbot):
    w = open_window
    w.show_page("overview")
    page = w.pages["overview"]
    assert "<b>0</b>" in page.total.text()
    assert w.file_watcher.poll() is False  # nothing changed yet
    # The `kompass` command (or another window) writes to the file...
    other = Evaluation.open(small_file, identity=new_identity("Bo Berg"))
    other.set_agreed("1.1", "12")
    other.close()
    # ...and the next poll reloads what the workbench shows.
    assert w.file_watcher.poll() is True
    qtbot.waitUntil(lambda: "<b>12</b>" in page.total.text(), timeout=3000)
    assert "ändrades av ett annat program" in w.statusBar().currentMessage()
    # Our own edits are not mistaken for someone else's.
    w.session.edit("Poäng", lambda: w.session.evaluation.set_agreed("1.2", "5"))
    assert w.file_watcher.poll() is False


def test_the_watcher_runs_on_a_timer_and_stops_with_the_file(open_window):
    assert open_window.file_watcher.timer.isActive()
    watcher = open_window.file_watcher
    open_window.close_evaluation()
    assert watcher.poll() is False


@pytest.fixture
def read_only_small(small_file, tmp_path):
    if sys.platform == "win32":
        pytest.skip("file modes of a folder are POSIX")
    d = tmp_path / "share"
    d.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(d)],
                          capture_output=True).returncode:
            pytest.skip("cannot mount a read-only file system here")
        shutil.copy(small_file, d / small_file.name)
        subprocess.run(["mount", "-o", "remount,ro", str(d)], check=True)
        yield d / small_file.name
        subprocess.run(["umount", "-l", str(d)], check=False)
    else:
        shutil.copy(small_file, d / small_file.name)
        (d / small_file.name).chmod(0o444)
        d.chmod(0o555)
        yield d / small_file.name
        d.chmod(0o755)


def test_a_read_only_file_opens_read_only_with_a_banner(window, read_only_small, qtbot, tmp_path,
                                                         monkeypatch):
    before = hashlib.sha256(read_only_small.read_bytes()).hexdigest()
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.open_file(str(read_only_small))
    assert window.session.evaluation.read_only
    bar = window.read_only_bar
    assert bar.isVisible() and "skrivskyddad" in bar.label.text()
    bar.grab().save(str(tmp_path / "read-only-bar.png"))
    # Editors take no input, and a write that gets through is refused with a reason.
    window.show_page("area:1")
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
    page = window.pages["area:1"]
    editors = page.findChildren(QTextEdit) + page.findChildren(QPlainTextEdit)
    assert editors and all(e.isReadOnly() for e in editors)
    from kompass_desktop.storage.store import ReadOnlyFile
    with pytest.raises(ReadOnlyFile, match="spara en arbetskopia|save a working copy"):
        window.session.edit("Poäng", lambda: window.session.evaluation.set_agreed("1.1", "3"))
    assert hashlib.sha256(read_only_small.read_bytes()).hexdigest() == before
    assert sorted(os.listdir(read_only_small.parent)) == [read_only_small.name]
    # "Spara en arbetskopia…" writes a copy and opens it for work.
    target = tmp_path / "arbetskopia.kompass"
    monkeypatch.setattr("kompass_desktop.ui.file_watch.ask_working_copy_path", lambda *a: target)
    with qtbot.waitSignal(window.opened, timeout=10000):
        bar.button.click()
    assert window.session.evaluation.path == target.resolve()
    assert not window.session.evaluation.read_only
    assert not bar.isVisible()
    window.session.edit("Poäng", lambda: window.session.evaluation.set_agreed("1.1", "3"))
    window.close_evaluation()
    ev = Evaluation.open(target, read_only=True)
    assert ev.agreed_scores()["1.1"]["points"] == "3.0"
    ev.close()


def test_a_merge_made_in_the_workbench_is_not_called_a_change_by_another_program(
        open_window, small_file, qtbot, tmp_path):
    """The Sync page merges on a connection of its own; the file watcher used to report that
    commit as "changed by another program" after every merge."""
    w = open_window
    shutil.copy(small_file, tmp_path / "bo.kompass")
    other = Evaluation.open(tmp_path / "bo.kompass", identity=new_identity("Bo Berg"))
    other.set_agreed("1.1", "7")
    other.close()
    page = w.show_page("sync")
    page.start_merge(tmp_path / "bo.kompass", preview=False)
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)
    assert w.session.evaluation.agreed_scores()["1.1"]["points"] in ("7", "7.0")
    assert w.file_watcher.poll() is False
    assert "ändrades av ett annat program" not in w.statusBar().currentMessage()

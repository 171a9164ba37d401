"""Compaction of the version log (issue 14, db/README.md §2-3): what is folded, what stays,
and that merges, conflicts, undo and backups work exactly as before."""
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompass_desktop.domain import versions
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.domain.versions import DELETED
from kompass_desktop.services import sync, undo
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity
from kompass_desktop.storage import compaction

FW = resolve_framework("kommunkompassen-2019")
HOUR = 3600


class Clock:
    """Wall time for the hlc, moved by the test: starts on an hour boundary ten days ago."""

    def __init__(self):
        self.now = (time.time() // HOUR) * HOUR - 10 * 24 * HOUR

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(versions, "time", c)
    return c


def field_values(ev: Evaluation, tbl: str, row_id: str, col: str) -> list:
    return [v.value for v in ev.store.history(tbl, row_id, col)]


def state(ev: Evaluation) -> tuple:
    """What a user sees and what merges decide by: projection rows and the heads."""
    con = ev.store.con
    rows = [tuple(r) for r in con.execute("SELECT id, deleted, title, notes FROM interview ORDER BY id")]
    rows += [tuple(r) for r in con.execute("SELECT id, deleted, text FROM list_item ORDER BY id")]
    heads = sorted(bytes(r[0]).hex() for r in con.execute("SELECT vid FROM field_head"))
    return rows, heads


def typed(ev: Evaluation, tbl: str, row_id: str, col: str, saves: int, clock=None, step=0.0,
          prefix: str = "", start: int = 0) -> str:
    """A text typed with a save at every pause: each save holds the whole text so far
    (`start` words of it typed before)."""
    text = prefix + typed_text(start)
    for i in range(start, start + saves):
        text += f"ord{i} "
        ev.store.write(tbl, row_id, {col: text})
        if clock is not None:
            clock.advance(step)
    return text


def reopen(ev: Evaluation, identity) -> Evaluation:
    path = ev.path
    ev.close()
    return Evaluation.open(path, identity=identity)


@pytest.fixture
def anna():
    return new_identity("Anna Berg")


def test_the_last_save_of_each_hour_stays_and_the_rest_is_folded(tmp_path, clock, anna):
    ev = Evaluation.create(tmp_path / "a.kompass", FW, "Kompakt", 2025, identity=anna)
    iid = ev.add_interview("Intervju")
    clock.advance(2 * HOUR)
    ev = reopen(ev, anna)
    clock.advance(30)
    # 150 saves 40 s apart from 0:30: 90 in the first hour, the rest in the next
    final = typed(ev, "interview", iid, "notes", 150, clock, 40)
    assert len(field_values(ev, "interview", iid, "notes")) == 151
    ev = reopen(ev, anna)  # closing compacts, the session included
    kept = field_values(ev, "interview", iid, "notes")
    assert kept == ["", typed_text(90), final]
    assert ev.store.get("interview", iid)["notes"] == final
    # the interview's other fields (written once) are untouched
    assert field_values(ev, "interview", iid, "title") == ["Intervju"]
    ev.close()


def test_a_close_reads_only_the_hours_not_yet_examined(tmp_path, clock, anna):
    """Closing the large evaluation re-read its whole log every time (0.4 s); a close now
    starts at the first hour no compaction has seen complete, and still folds that hour."""
    ev = Evaluation.create(tmp_path / "a.kompass", FW, "Kompakt", 2025, identity=anna)
    iid = ev.add_interview("Intervju")
    clock.advance(10)
    typed(ev, "interview", iid, "notes", 20, clock, 30)  # 0:00:10-0:10:10
    ev = reopen(ev, anna)
    assert field_values(ev, "interview", iid, "notes") == [typed_text(20)]  # one hour, one kept
    mark = ev.store.meta(compaction.EXAMINED_KEY)
    hour = int((clock.now // HOUR) * HOUR * 1000) << 16
    assert mark == f"{ev.store.replica} {hour}"  # this hour may still grow: not examined
    # Later saves in the same hour are still folded into one...
    typed(ev, "interview", iid, "notes", 10, clock, 30, start=20)
    ev = reopen(ev, anna)
    assert field_values(ev, "interview", iid, "notes") == [typed_text(30)]
    # ...and after two hours the examined mark moves on, to the new hour.
    clock.advance(2 * HOUR)
    typed(ev, "interview", iid, "notes", 10, clock, 30, start=30)
    ev = reopen(ev, anna)
    assert field_values(ev, "interview", iid, "notes") == [typed_text(30), typed_text(40)]
    assert ev.store.meta(compaction.EXAMINED_KEY) == \
        f"{ev.store.replica} {int((clock.now // HOUR) * HOUR * 1000) << 16}"
    # An examined hour is not read again: compacting from the mark finds nothing there.
    assert compaction.foldable(ev.store.con, ev.store.replica, 0, None,
                               since=int(((clock.now // HOUR) + 1) * HOUR * 1000) << 16) == []
    ev.close()


def typed_text(n: int) -> str:
    return "".join(f"ord{i} " for i in range(n))


def test_the_open_session_keeps_its_saves_and_what_they_superseded(tmp_path, clock, anna):
    ev = Evaluation.create(tmp_path / "a.kompass", FW, "Kompakt", 2025, identity=anna)
    iid = ev.add_interview("Intervju")
    typed(ev, "interview", iid, "notes", 5)
    ev = reopen(ev, anna)
    assert field_values(ev, "interview", iid, "notes") == [typed_text(5)]
    typed(ev, "interview", iid, "notes", 10, start=5)
    result = compaction.compact(ev.store, include_session=False)
    # nothing before the session was left to fold; the session's saves and the version
    # they superseded stay for the session's undo
    assert result.folded == 0
    assert len(field_values(ev, "interview", iid, "notes")) == 11
    result = compaction.compact(ev.store, include_session=True)
    assert result.folded == 10
    assert field_values(ev, "interview", iid, "notes") == [typed_text(15)]
    ev.close()


def test_versions_that_may_have_left_are_kept(tmp_path, clock, anna):
    ev = Evaluation.create(tmp_path / "a.kompass", FW, "Kompakt", 2025, identity=anna)
    iid = ev.add_interview("Intervju")
    ev = reopen(ev, anna)
    typed(ev, "interview", iid, "notes", 20)
    copy = sync.save_copy_for_sharing(ev.store, tmp_path / "share.kompass")
    horizon = compaction.exposure_horizon(ev.store)
    assert horizon >= max(v.hlc for v in ev.store.history("interview", iid))
    # the copy holds only the last of the saves, and so does the working file: the session's
    # saves were folded before anything left (undo keeps its values in memory)
    assert field_values(ev, "interview", iid, "notes") == [typed_text(20)]
    with _Open(copy) as c:
        assert [v.value for v in c.store.history("interview", iid, "notes")] == [typed_text(20)]
        assert compaction.exposure_horizon(c.store) == horizon
    assert not Path(str(copy) + "-wal").exists()
    typed(ev, "interview", iid, "notes", 10, start=20)
    ev = reopen(ev, anna)
    kept = field_values(ev, "interview", iid, "notes")
    # the save that left in the copy stays (it may exist elsewhere); after it only the last
    assert kept == [typed_text(20), typed_text(30)]
    ev.close()


class _Open:
    """A copy opened by another evaluator, closed without writing to it."""

    def __init__(self, path):
        self.ev = Evaluation.open(path, identity=new_identity("Läsare"))

    def __enter__(self):
        return self.ev

    def __exit__(self, *exc):
        self.ev.store.close()


def test_other_replicas_versions_and_tombstones_are_never_folded(tmp_path, clock, anna):
    bo = new_identity("Bo Ek")
    a = Evaluation.create(tmp_path / "a.kompass", FW, "Kompakt", 2025, identity=anna)
    iid = a.add_interview("Intervju")
    item = a.add_list_item("1", "strength", "Styrka")
    a.store.save_copy(tmp_path / "b.kompass")
    b = Evaluation.open(tmp_path / "b.kompass", identity=bo)
    typed(b, "interview", iid, "place", 8)
    for _ in range(3):
        b.store.delete("list_item", item)
        b.store.restore("list_item", item)
    sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, tmp_path / "from-b.kompass"))
    a = reopen(a, anna)
    b_versions = a.store.query("SELECT count(*) AS n FROM field_version WHERE origin = ?",
                               (b.store.replica,))[0]["n"]
    # b's share folded its 7 superseded saves of "place", in the copy and in b's file alike
    assert b_versions == len(b.store.query("SELECT vid FROM field_version WHERE origin = ?",
                                           (b.store.replica,)))
    assert [v.origin for v in b.store.history("interview", iid, "place")
            if v.origin == b.store.replica] == [b.store.replica]
    for _ in range(3):
        a.store.delete("list_item", item)
        a.store.restore("list_item", item)
    a = reopen(a, anna)
    assert len(a.store.history("list_item", item, DELETED)) == 12
    a.close()
    b.close()


def test_undo_and_redo_after_compacting_without_the_session(tmp_path, anna):
    ev = Evaluation.create(tmp_path / "u.kompass", FW, "Ångraby", 2025, identity=anna)
    iid = ev.add_interview("Intervju", notes="början")
    ev = reopen(ev, anna)
    edits, shown = [], ["början"]
    for i in range(40):
        text = shown[-1] + f" {i}"
        _, edit = undo.record(ev.store, "Anteckning",
                              lambda t=text: ev.store.write("interview", iid, {"notes": t}))
        edits.append(edit)
        shown.append(text)
    _, created = undo.record(ev.store, "Ny", lambda: ev.add_list_item("1", "strength", "Ny"))
    assert compaction.compact(ev.store, include_session=False).folded == 0
    undo.undo(ev.store, created)
    assert ev.store.rows("list_item") == []
    for k in range(len(edits) - 1, -1, -1):
        undo.undo(ev.store, edits[k])
        assert ev.store.get("interview", iid)["notes"] == shown[k]
        if k % 10 == 0:
            compaction.compact(ev.store, include_session=False)
    for k, edit in enumerate(edits):
        undo.redo(ev.store, edit)
        assert ev.store.get("interview", iid)["notes"] == shown[k + 1]
    undo.redo(ev.store, created)
    assert [r["text"] for r in ev.store.rows("list_item")] == ["Ny"]
    ev = reopen(ev, anna)
    assert ev.store.get("interview", iid)["notes"] == shown[-1]
    assert len(field_values(ev, "interview", iid, "notes")) == 1
    ev.close()


def _life(base: Path, d: Path, anna, bo) -> tuple:
    """Anna and Bo edit the same evaluation (typing, a conflict, a delete against an edit)
    and merge both ways, resolve and merge again; returns the reports and what both show."""
    d.mkdir()
    for name in ("a.kompass", "b.kompass"):
        (d / name).write_bytes((base / name).read_bytes())
    a = Evaluation.open(d / "a.kompass", identity=anna)
    b = Evaluation.open(d / "b.kompass", identity=bo)
    iid = a.store.rows("interview")[0]["id"]
    items = [r["id"] for r in a.store.rows("list_item", order_by="text")]
    typed(a, "interview", iid, "notes", 30, prefix="start ")
    typed(b, "interview", iid, "notes", 12, prefix="start ")  # a conflict
    typed(a, "list_item", items[0], "text", 10)
    b.store.delete("list_item", items[0])                     # delete against edit
    typed(b, "list_item", items[1], "text", 7)
    a = reopen(a, anna)
    typed(a, "list_item", items[2], "text", 9)
    reports = [sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, d / "b1.kompass"))]
    b = reopen(b, bo)
    reports.append(sync.merge_store(b.store, sync.save_copy_for_sharing(a.store, d / "a1.kompass")))
    sync.resolve_all(a.store, "mine")
    a = reopen(a, anna)
    reports.append(sync.merge_store(b.store, sync.save_copy_for_sharing(a.store, d / "a2.kompass")))
    reports.append(sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, d / "b2.kompass")))
    out = ([json.dumps(r.to_json(), sort_keys=True, default=str) for r in reports],
           state(a)[0], state(b)[0], len(sync.list_conflicts(a.store)),
           len(sync.list_conflicts(b.store)))
    logged = a.store.con.execute("SELECT count(*) FROM field_version").fetchone()[0]
    a.close()
    b.close()
    return out, logged


def test_merges_give_the_same_results_with_and_without_compaction(tmp_path, monkeypatch):
    anna, bo = new_identity("Anna Berg"), new_identity("Bo Ek")
    base = tmp_path / "base"
    base.mkdir()
    a = Evaluation.create(base / "a.kompass", FW, "Lika", 2025, identity=anna)
    a.add_interview("Intervju", notes="start")
    for i in range(3):
        a.add_list_item("1", "strength", f"Punkt {i}")
    a.store.save_copy(base / "b.kompass")
    a.close()
    with_, logged_with = _life(base, tmp_path / "with", anna, bo)
    # the program before compaction: closes fold nothing, copies and backups are plain
    import kompass_desktop.services.evaluation as evaluation
    monkeypatch.setattr(evaluation, "compact_on_close", lambda store: None)
    monkeypatch.setattr(compaction, "compact", lambda store, include_session: None)
    monkeypatch.setattr(compaction, "write_compacted_copy",
                        lambda store, dest, horizon=None: store.save_copy(dest))
    without, logged_without = _life(base, tmp_path / "without", anna, bo)
    assert with_ == without  # the same reports (conflicts included), rows, nothing left open
    assert with_[1] == with_[2]  # and converged
    conflicts = [c for r in with_[0] for c in json.loads(r)["conflicts"]]
    assert {c["field"] for c in conflicts} >= {"notes", "deleted"}
    assert logged_with < logged_without - 30


def test_a_folded_version_from_a_raw_copy_comes_back_dominated(tmp_path, clock, anna):
    """A copy made outside the program (cp) holds versions this file later folds: merging it
    brings them back as superseded history, no conflict and no changed value."""
    a = Evaluation.create(tmp_path / "a.kompass", FW, "Rå", 2025, identity=anna)
    iid = a.add_interview("Intervju")
    a = reopen(a, anna)
    typed(a, "interview", iid, "notes", 10)
    a.store.save_copy(tmp_path / "raw.kompass")  # like a cp: not a share copy
    typed(a, "interview", iid, "notes", 3, start=10)
    a = reopen(a, anna)
    before = state(a)
    assert len(field_values(a, "interview", iid, "notes")) == 1
    report = sync.merge_store(a.store, tmp_path / "raw.kompass")
    assert report.to_json() == {"added": 0, "changed": 0, "deleted": 0, "conflicts": [],
                                "rejected": []}
    assert state(a) == before
    assert sync.list_conflicts(a.store) == []
    a.close()


def test_a_file_that_left_before_compaction_merges_again_as_a_no_op(tmp_path, clock, anna):
    bo = new_identity("Bo Ek")
    a = Evaluation.create(tmp_path / "a.kompass", FW, "Igen", 2025, identity=anna)
    iid = a.add_interview("Intervju")
    sync.save_copy_for_sharing(a.store, tmp_path / "b.kompass")  # how Bo got his copy
    b = Evaluation.open(tmp_path / "b.kompass", identity=bo)
    a = reopen(a, anna)
    typed(a, "interview", iid, "notes", 12)
    shared = sync.save_copy_for_sharing(a.store, tmp_path / "a-share.kompass")
    typed(a, "interview", iid, "notes", 12, start=12)
    a = reopen(a, anna)
    assert sync.merge_store(a.store, shared).empty
    sync.merge_store(b.store, shared)
    b_copy = sync.save_copy_for_sharing(b.store, tmp_path / "b-share.kompass")
    again = sync.merge_store(a.store, b_copy)
    assert again.empty  # nothing of Anna's comes back from Bo's copy
    a.close()
    b.close()


def test_a_crash_inside_compaction_changes_nothing(tmp_path, anna):
    ev = Evaluation.create(tmp_path / "c.kompass", FW, "Krasch", 2025, identity=anna)
    iid = ev.add_interview("Intervju")
    typed(ev, "interview", iid, "notes", 30)
    before = state(ev)
    count = ev.store.con.execute("SELECT count(*) FROM field_version").fetchone()[0]
    ev.store.close()  # the process ends without the close that compacts
    script = f"""
import os, sys
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import Identity
from kompass_desktop.storage import compaction
fold = compaction._fold
def fold_then_die(*a, **k):
    n = fold(*a, **k)
    assert n > 0
    os._exit(3)  # power cut: the deletes are written, the commit is not
compaction._fold = fold_then_die
ev = Evaluation.open({str(tmp_path / "c.kompass")!r}, identity=Identity(**{anna.__dict__!r}))
compaction.compact(ev.store, include_session=True)
"""
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ}, timeout=120)
    assert done.returncode == 3
    ev = Evaluation.open(tmp_path / "c.kompass", identity=anna)
    assert ev.store.integrity_ok()
    assert ev.store.con.execute("SELECT count(*) FROM field_version").fetchone()[0] == count
    assert state(ev) == before
    ev.close()  # and now it compacts
    ev = Evaluation.open(tmp_path / "c.kompass", identity=anna)
    assert len(field_values(ev, "interview", iid, "notes")) == 1
    assert state(ev) == before
    ev.close()


def test_close_compacts_and_shrinks_the_file(tmp_path, anna):
    ev = Evaluation.create(tmp_path / "s.kompass", FW, "Liten", 2025, identity=anna)
    iid = ev.add_interview("Intervju")
    ev.store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    empty = compaction.database_bytes(ev.path)  # the schema: a page or more per table
    typed(ev, "interview", iid, "notes", 300, prefix="x" * 2000)
    ev.store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    big = compaction.database_bytes(ev.path)
    ev.close()
    small = compaction.database_bytes(ev.path)
    # 300 saves of a 2 kB text: what the typing added shrinks to a small part of it
    assert small - empty < (big - empty) / 5, (empty, big, small)


def test_backups_are_compacted_and_bounded_and_can_be_cleared(tmp_path, anna, monkeypatch):
    bo = new_identity("Bo Ek")
    a = Evaluation.create(tmp_path / "a.kompass", FW, "Säker", 2025, identity=anna)
    iid = a.add_interview("Intervju")
    a.store.save_copy(tmp_path / "b.kompass")
    b = Evaluation.open(tmp_path / "b.kompass", identity=bo)
    typed(a, "interview", iid, "notes", 200, prefix="y" * 1000)
    a.store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    working = compaction.database_bytes(a.path)
    b.store.write("interview", iid, {"place": "Rådhuset"})
    report = sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, tmp_path / "b1.kompass"))
    backup = Path(report.backup_path)
    size = backup.stat().st_size
    assert size < working / 3
    # the backup restores the file as it was: undoing the merge works
    sync.undo_last_merge(a.store)
    assert a.store.get("interview", iid)["place"] == ""
    assert a.store.get("interview", iid)["notes"].endswith("ord199 ")
    listed = sync.list_backups(a.store.evaluation_id)
    assert [x.path for x in listed] == [backup]
    # at most BACKUPS_KEPT, and at most BACKUPS_MAX_BYTES together (the newest always stays)
    for i in range(sync.BACKUPS_KEPT + 2):
        sync.backup(a.store)
    assert len(sync.list_backups(a.store.evaluation_id)) == sync.BACKUPS_KEPT
    monkeypatch.setattr(sync, "BACKUPS_MAX_BYTES", int(size * 2.5))
    newest = sync.backup(a.store)
    kept = sync.list_backups(a.store.evaluation_id)
    assert len(kept) == 2 and kept[0].path == newest
    assert sync.delete_backups(a.store.evaluation_id) == sum(x.size for x in kept)
    assert sync.list_backups(a.store.evaluation_id) == []
    ok, _why = sync.can_undo_last_merge(a.store)
    assert not ok
    a.close()
    b.close()


def test_merge_marks_the_file_exposed(tmp_path, anna):
    bo = new_identity("Bo Ek")
    a = Evaluation.create(tmp_path / "a.kompass", FW, "Mött", 2025, identity=anna)
    iid = a.add_interview("Intervju")
    a.store.save_copy(tmp_path / "b.kompass")
    b = Evaluation.open(tmp_path / "b.kompass", identity=bo)
    b.store.write("interview", iid, {"place": "Rådhuset"})
    typed(a, "interview", iid, "notes", 5)
    assert compaction.exposure_horizon(a.store) == 0
    sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, tmp_path / "b1.kompass"))
    assert compaction.exposure_horizon(a.store) >= max(
        v.hlc for v in a.store.history("interview", iid) if v.origin == a.store.replica)
    a = reopen(a, anna)
    assert len(field_values(a, "interview", iid, "notes")) == 6  # all may have met Bo's file
    a.close()
    b.close()


# ---- the UI: the copy's size, the backups ----------------------------------------------------


def test_save_dialog_tells_the_size_and_warns_over_the_limit(tmp_path, anna, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from kompass_desktop.ui import share_options
    from kompass_desktop.ui.session import EvaluationSession
    from kompass_desktop.ui.sync_view import save_copy_dialog
    monkeypatch.setattr(share_options, "ask", lambda *a: share_options.ShareOptions())  # a plain copy
    ev = Evaluation.create(tmp_path / "a.kompass", FW, "Storlek", 2025, identity=anna)
    session = EvaluationSession(ev)
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "kopia.kompass"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert save_copy_dialog(parent, session) == target
    box = parent.findChild(QMessageBox)
    assert box.icon() == QMessageBox.Icon.Information and "MB" in box.text()
    box.close()
    monkeypatch.setattr(sync, "SHARE_SIZE_WARNING", 1000)
    assert save_copy_dialog(parent, session) == target
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert [b.icon() for b in boxes] == [QMessageBox.Icon.Warning]
    assert "kopia.kompass" in boxes[0].text() and "10–25 MB" in boxes[0].text()
    ev.close()


def test_backups_dialog_lists_and_clears(tmp_path, anna, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kompass_desktop.ui.backups import BackupsDialog
    ev = Evaluation.create(tmp_path / "a.kompass", FW, "Kopior", 2025, identity=anna)
    for _ in range(3):
        sync.backup(ev.store)
    dialog = BackupsDialog(ev.store.evaluation_id)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    assert dialog.total.text().startswith("Säkerhetskopior: 3,")
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert dialog.model.rowCount() == 2
    dialog.remove_all()
    assert dialog.model.rowCount() == 0 and not dialog.delete_all.isEnabled()
    assert sync.list_backups(ev.store.evaluation_id) == []
    ev.close()

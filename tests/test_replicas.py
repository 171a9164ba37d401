"""Copies of one file edited on the same installation are separate replicas (issue 9 §1).

The scenarios a user meets: a file copied (USB stick, another name), a share copy that was
kept editing, a backup restored over the working file and edited. Every concurrent edit must
surface as a conflict; nothing is settled silently.
"""
import shutil
from decimal import Decimal
import time

import pytest

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.domain.versions import hlc_now
from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity

FW = resolve_framework("kommunkompassen-2019")


@pytest.fixture
def me():
    return new_identity("Anna Berg", "SKR")


def agreed(path, ident) -> str:
    ev = Evaluation.open(path, identity=ident)
    try:
        row = ev.store.get("score_agreed", ev.agreed_row_id("3.1"))
        return Decimal(row["points"]) if row else None
    finally:
        ev.close()


def set_agreed(path, ident, points) -> None:
    ev = Evaluation.open(path, identity=ident)
    try:
        ev.set_agreed("3.1", points)
    finally:
        ev.close()


def merge(mine, theirs, ident):
    ev = Evaluation.open(mine, identity=ident)
    try:
        return sync.merge_store(ev.store, theirs)
    finally:
        ev.close()


@pytest.fixture
def original(tmp_path, me):
    ev = Evaluation.create(tmp_path / "a.kompass", FW, "Kopieby", 2025, identity=me)
    ev.set_agreed("3.1", 5)
    ev.close()
    return tmp_path / "a.kompass"


@pytest.mark.parametrize("first", ["a", "b"])
def test_a_plain_copy_edited_on_the_same_installation_conflicts(original, me, first):
    copy = original.with_name("b.kompass")
    shutil.copy(original, copy)
    order = [(original, 4), (copy, 8)] if first == "a" else [(copy, 8), (original, 4)]
    for path, points in order:
        set_agreed(path, me, points)
    report = merge(original, copy, me)
    assert len(report.conflicts) == 1 and report.conflicts[0]["field"] == "points"
    assert agreed(original, me) == 4  # mine keeps its value while the conflict is open
    back = merge(copy, original, me)
    assert len(back.conflicts) == 1
    assert agreed(copy, me) == 8


def test_two_edits_on_one_side_and_one_on_the_other_lose_nothing(original, me):
    copy = original.with_name("b.kompass")
    shutil.copy(original, copy)
    set_agreed(original, me, 4)
    set_agreed(original, me, 6)
    set_agreed(copy, me, 8)
    for mine, theirs, shown in ((original, copy, 6), (copy, original, 8)):
        report = merge(mine, theirs, me)
        assert [c["field"] for c in report.conflicts] == ["points"]
        assert agreed(mine, me) == shown
    ev = Evaluation.open(original, identity=me)
    try:
        values = sorted(Decimal(c.value) for c in sync.list_conflicts(ev.store)[0].choices)
        assert values == [6, 8]
    finally:
        ev.close()


def test_a_share_copy_that_someone_kept_editing_conflicts(original, me, tmp_path):
    ev = Evaluation.open(original, identity=me)
    share = sync.save_copy_for_sharing(ev.store, tmp_path / "share.kompass")
    ev.set_agreed("3.1", 4)
    ev.close()
    set_agreed(share, me, 8)
    report = merge(original, share, me)
    assert len(report.conflicts) == 1


def test_a_restored_backup_edited_again_conflicts_with_what_left_before(original, me, tmp_path):
    backup = tmp_path / "backup.kompass"
    shutil.copy(original, backup)
    set_agreed(original, me, 7)                       # the edit that then left the computer
    colleague = tmp_path / "colleague.kompass"
    ev = Evaluation.open(original, identity=me)
    sync.save_copy_for_sharing(ev.store, colleague)
    ev.close()
    shutil.copy(backup, original)                     # restore the older file over it
    set_agreed(original, me, 2)                       # and go on editing
    report = merge(original, colleague, me)
    assert len(report.conflicts) == 1, "the restored file's edit must not silently override 7"
    assert agreed(original, me) == 2


def test_reopening_the_same_file_keeps_one_replica(original, me):
    ids = set()
    for points in (1, 2, 3):
        ev = Evaluation.open(original, identity=me)
        ev.set_agreed("3.1", points)
        ids.add(ev.store.replica)
        ev.close()
    assert len(ids) == 1
    ev = Evaluation.open(original, identity=me)
    try:
        origins = {r["origin"] for r in ev.store.query("SELECT DISTINCT origin FROM field_version")}
        assert origins == ids
    finally:
        ev.close()


def test_read_only_commands_do_not_claim_a_replica(original, me, run_cli):
    before = original.read_bytes()
    code, out, err = run_cli("summary", original)
    assert code == 0, err
    assert original.read_bytes() == before


def test_a_far_future_version_from_a_merge_does_not_date_later_edits(original, me, tmp_path):
    colleague = tmp_path / "colleague.kompass"
    shutil.copy(original, colleague)
    bo = new_identity("Bo Ek", "SKR")
    ev = Evaluation.open(colleague, identity=bo)
    ev.store._last_hlc = hlc_now(0, wall_ms=int(time.time() * 1000) + 70 * 365 * 86_400_000)
    ev.set_agreed("3.2", 3)
    ev.close()
    merge(original, colleague, me)
    ev = Evaluation.open(original, identity=me)  # a new session takes its clock from the log
    try:
        ev.set_agreed("3.3", 2)
        mine = ev.store.query("SELECT max(hlc) AS h FROM field_version WHERE origin = ?",
                              (ev.store.replica,))[0]["h"]
        assert (mine >> 16) < (time.time() + 2 * 86_400) * 1000
    finally:
        ev.close()


def test_a_hand_edited_clock_in_mine_does_not_stop_edits(original, me):
    import sqlite3
    con = sqlite3.connect(original)
    con.execute("UPDATE field_version SET hlc = 'soon' WHERE vid = (SELECT vid FROM field_version LIMIT 1)")
    con.commit()
    con.close()
    set_agreed(original, me, 9)
    assert agreed(original, me) == 9

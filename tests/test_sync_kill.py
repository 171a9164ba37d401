"""Killing the process during a merge leaves MINE as it was before, or fully merged: never half.

A subprocess merges a large colleague file into MINE and is SIGKILLed at a random moment.
CI runs a few kills; KOMPASS_THOROUGH=1 runs many.
"""
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompass_desktop.services import sync
from kompass_desktop.services.identity import new_identity, save_identity
from kompass_desktop.services.sample import write_large_evaluation
from kompass_desktop.storage.store import PROJECTED_TABLES

KILLS = 60 if os.environ.get("KOMPASS_THOROUGH") else 6
ROOT = Path(__file__).resolve().parent.parent

MERGER = r"""
import sys
from kompass_desktop.services.identity import load_identity
from kompass_desktop.services.sync import merge_files
print("start", flush=True)
merge_files(sys.argv[1], sys.argv[2])
print("done", flush=True)
"""


def content(path: Path) -> str:
    """The content a user relies on: the log, its heads and the projection."""
    con = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for sql in ("SELECT vid FROM field_version ORDER BY vid",
                    "SELECT tbl, row_id, col, vid FROM field_head ORDER BY 1, 2, 3, 4",
                    *(f"SELECT * FROM {t} ORDER BY id" for t in PROJECTED_TABLES)):
            for row in con.execute(sql):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def change_quarter(ev, seed: int) -> None:
    rng = random.Random(seed)
    store = ev.store
    with store.transaction():
        for tbl, col in (("evidence", "text"), ("document", "notes"), ("interview", "notes")):
            rows = store.rows(tbl)
            for r in rng.sample(rows, len(rows) // 4):
                if rng.random() < 0.1:
                    store.delete(tbl, r["id"])
                else:
                    store.write(tbl, r["id"], {col: f"ändrad {seed} {rng.random():.6f}"})


@pytest.fixture(scope="module")
def large_pair(tmp_path_factory):
    d = tmp_path_factory.mktemp("kill")
    home = tmp_path_factory.mktemp("kill-home")
    old = os.environ.get("KOMPASS_HOME")
    os.environ["KOMPASS_HOME"] = str(home)
    try:
        save_identity(new_identity("Anna Berg"))
        ev = write_large_evaluation(d / "mine.kompass", interviews=20, documents=150, evidence=2500)
        ev.store.save_copy(d / "theirs-base.kompass")
        change_quarter(ev, 1)
        ev.close()
        from kompass_desktop.services.evaluation import Evaluation
        other = Evaluation.open(d / "theirs-base.kompass", identity=new_identity("Bo Ek"))
        change_quarter(other, 2)
        sync.save_copy_for_sharing(other.store, d / "theirs.kompass")
        other.close()
    finally:
        if old is None:
            os.environ.pop("KOMPASS_HOME", None)
        else:
            os.environ["KOMPASS_HOME"] = old
    return d, home


def test_kill_during_merge_leaves_mine_before_or_after(large_pair, tmp_path):
    d, home = large_pair
    pristine, theirs = d / "mine.kompass", d / "theirs.kompass"
    before = content(pristine)
    merged = tmp_path / "merged.kompass"
    shutil.copy(pristine, merged)
    env = {**os.environ, "KOMPASS_HOME": str(home), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", MERGER, str(merged), str(theirs)],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "start"
    t0 = time.perf_counter()
    assert proc.stdout.readline().strip() == "done"
    full = (time.perf_counter() - t0) * 1.2   # from "start" to past the commit
    proc.wait()
    after = content(merged)
    assert after != before
    rng = random.Random(20261126)
    outcomes = {"before": 0, "after": 0}
    for kill in range(KILLS):
        mine = tmp_path / f"mine-{kill}.kompass"
        shutil.copy(pristine, mine)
        proc = subprocess.Popen([sys.executable, "-c", MERGER, str(mine), str(theirs)],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.0, full))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        con = sqlite3.connect(mine)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {kill}"
        con.close()
        got = content(mine)
        assert got in (before, after), f"kill {kill}: MINE holds a partial merge"
        outcomes["before" if got == before else "after"] += 1
        mine.unlink()
        for side in ("-wal", "-shm"):
            Path(str(mine) + side).unlink(missing_ok=True)
    print(f"\n{KILLS} kills during merge ({full:.2f} s window): {outcomes}")

"""Merge of two large evaluations (PRODUCT §7: under 1 s), each side having changed a quarter
of its rows under its own identity.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m pytest tests/benchmarks/test_merge_bench.py \
        -o addopts="" --benchmark-enable -s
(addopts carries --benchmark-skip, which --benchmark-enable does not override.)
"""
import os
import random
import shutil
import time
from pathlib import Path

import pytest

from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity
from kompass_desktop.services.sample import write_large_evaluation
from kompass_desktop.storage import merge as smerge


def change_quarter(ev: Evaluation, seed: int) -> int:
    """Edit (or, one in ten, delete) a quarter of the interview, document and evidence rows and
    a quarter of the scores and texts."""
    rng = random.Random(seed)
    store = ev.store
    n = 0
    with store.transaction():
        for tbl, col in (("interview", "notes"), ("document", "notes"), ("evidence", "text"),
                         ("score_agreed", "rationale"), ("subarea_text", "text"),
                         ("list_item", "text")):
            rows = store.rows(tbl)
            for r in rng.sample(rows, len(rows) // 4):
                if tbl in ("evidence", "document") and rng.random() < 0.1:
                    store.delete(tbl, r["id"])
                else:
                    store.write(tbl, r["id"], {col: f"ändrad av {seed}: {rng.random():.8f}"})
                n += 1
    return n


@pytest.fixture(scope="module")
def large_pair(tmp_path_factory):
    d = tmp_path_factory.mktemp("bench")
    anna, bo = new_identity("Anna Berg"), new_identity("Bo Ek")
    ev = write_large_evaluation(d / "anna.kompass", identity=anna)
    ev.store.save_copy(d / "bo.kompass")
    rows_a = change_quarter(ev, 1)
    ev.close()
    other = Evaluation.open(d / "bo.kompass", identity=bo)
    rows_b = change_quarter(other, 2)
    sync.save_copy_for_sharing(other.store, d / "from-bo.kompass")
    other.close()
    print(f"\nchanged rows: mine {rows_a}, theirs {rows_b}")
    return d, anna


def test_merge_two_large_files(benchmark, large_pair, tmp_path):
    d, anna = large_pair
    runs = []

    def setup():
        mine = tmp_path / f"mine-{len(runs)}.kompass"
        shutil.copy(d / "anna.kompass", mine)
        ev = Evaluation.open(mine, identity=anna)
        runs.append(ev)
        return (ev,), {}

    def merge(ev):
        return sync.merge_store(ev.store, d / "from-bo.kompass")

    report = benchmark.pedantic(merge, setup=setup, rounds=5, iterations=1)
    print(f"\nmerge: {report.new_versions} versions, {report.added} added, {report.changed} changed, "
          f"{report.deleted} deleted, {len(report.conflicts)} conflicts")
    for ev in runs:
        ev.close()


def test_merge_phases(benchmark, large_pair, tmp_path):
    """Where the time goes: checking THEIRS, the backup of MINE, the merge transaction."""
    benchmark.pedantic(_phases, args=(large_pair, tmp_path), rounds=1, iterations=1)


def _phases(large_pair, tmp_path):
    d, anna = large_pair
    mine = tmp_path / "mine.kompass"
    shutil.copy(d / "anna.kompass", mine)
    ev = Evaluation.open(mine, identity=anna)
    t0 = time.perf_counter()
    inc = sync.prepare(d / "from-bo.kompass")
    t1 = time.perf_counter()
    sync.backup(ev.store)
    t2 = time.perf_counter()
    out = smerge.merge_into(ev.store, inc)
    t3 = time.perf_counter()
    again = sync.merge_store(ev.store, d / "from-bo.kompass")
    t4 = time.perf_counter()
    inc.cleanup()
    ev.close()
    print(f"\nprepare (copy+quick_check) {t1 - t0:.3f} s, backup {t2 - t1:.3f} s, "
          f"merge transaction {t3 - t2:.3f} s ({out.new_versions} versions), "
          f"second merge {t4 - t3:.3f} s (empty={again.empty})")

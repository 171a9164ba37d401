"""What validating incoming versions costs (db/README.md §5): the screening step of a merge
of two large evaluations that each changed a quarter of their rows, and of every version of a
large evaluation (a merge into an empty copy).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m pytest tests/benchmarks/test_merge_screen_bench.py \
        -o addopts="" --benchmark-enable -s
"""
import time

from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.storage import merge as smerge
from tests.benchmarks.test_merge_bench import large_pair  # noqa: F401  (fixture)


def _run(benchmark, large_pair, every: bool, rounds: int):
    d, anna = large_pair
    opened = []

    def setup():
        ev = Evaluation.open(d / "anna.kompass", identity=anna)
        inc = sync.prepare(d / "from-bo.kompass")
        smerge._attach(ev.store.con, inc.path)
        opened.append((ev, inc))
        rows = (ev.store.con.execute("SELECT * FROM theirs.field_version").fetchall() if every
                else smerge._new_rows(ev.store.con, False)[0])
        return (ev.store, rows), {}

    try:
        accepted, rejected = benchmark.pedantic(
            lambda store, rows: smerge.screen(store, rows, int(time.time() * 1000)),
            setup=setup, rounds=rounds, iterations=1)
    finally:
        for ev, inc in opened:
            smerge._detach(ev.store.con)
            inc.cleanup()
            ev.close()
    print(f"\nscreened {len(accepted) + len(rejected)} versions: {len(accepted)} accepted, "
          f"{len(rejected)} refused")
    return accepted, rejected


def test_screen_new_versions(benchmark, large_pair):  # noqa: F811
    assert _run(benchmark, large_pair, False, 5)[1] == []


def test_screen_every_version(benchmark, large_pair):  # noqa: F811
    assert _run(benchmark, large_pair, True, 1)[1] == []

"""The life of an evaluation (issue 14): how large the working file, the copy for sharing and
the merge backups grow, and how long the merges take, with and without compaction.

Three evaluators work in copies of the demo. Anna types the notes of all 16 interviews (150
saves each, about an hour per interview, to about 6,600 characters) and the 36 sub-area
texts (100 saves each, about 20 minutes per text, to about 2,000 characters), over four
working days, closing the program every evening. Bo and Cecilia each type a quarter of that
(4 interviews, 9 sub-area texts), partly the same ones, so the merges find conflicts. Each
then sends Anna a copy for sharing; Anna merges both (a backup before each) and sends her
copy back. Saves are the service calls the workbench makes at every pause in typing; the
wall clock the versions are stamped with is simulated, so the hour buckets are real.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/test_life_bench.py \\
        -o addopts="" -s
"""
import random
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from kompass_desktop.domain import versions
from kompass_desktop.services import fieldwork, sync
from kompass_desktop.services.demo import write_demo
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity
from kompass_desktop.storage import compaction

HOUR = 3600
MB = 1024 * 1024
WORDS = ("kommunen", "styrning", "uppföljning", "medborgare", "dialog", "budget", "nämnden",
         "förvaltningen", "politiker", "ansvar", "tydlig", "plan", "mål", "resultat", "och",
         "att", "det", "som", "en", "för", "med", "på", "inte", "samverkan", "kvalitet")


class SimulatedClock:
    """The wall clock the versions are stamped with: starts at 08:00 thirty days ago."""

    def __init__(self):
        day = (time.time() // (24 * HOUR)) * 24 * HOUR
        self.now = day - 30 * 24 * HOUR + 8 * HOUR

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def next_morning(self) -> None:
        day = (self.now // (24 * HOUR)) * 24 * HOUR
        self.now = day + 24 * HOUR + 8 * HOUR


def typing(save, start: str, target: int, saves: int, clock: SimulatedClock, seconds: float,
           rng: random.Random) -> None:
    """Grow a text from `start` to about `target` characters, saving `saves` times."""
    text = start
    for k in range(1, saves + 1):
        goal = len(start) + (target - len(start)) * k // saves
        while len(text) < goal:
            text += rng.choice(WORDS) + (". " if rng.random() < 0.1 else " ")
        save(text)
        clock.advance(seconds / saves)


def work(path: Path, identity, clock: SimulatedClock, interviews: list[str],
         subareas: list[str], scale: int, seed: int) -> None:
    """Type interview notes and sub-area texts; the program is closed every evening."""
    rng = random.Random(seed)
    ev = Evaluation.open(path, identity=identity)
    jobs = [(HOUR, 6600, 150 // scale, ev.store.get("interview", iid)["notes"] or "",
             lambda ev, t, iid=iid: fieldwork.update_interview(ev, iid, notes=t))
            for iid in interviews]
    jobs += [(HOUR / 3, 2000, 100 // scale, ev.subarea_text(sub),
              lambda ev, t, sub=sub: ev.set_subarea_text(sub, t)) for sub in subareas]
    day = 0.0
    for seconds, target, saves, start, save in jobs:
        if day >= 8 * HOUR:
            ev.close()
            clock.next_morning()
            ev = Evaluation.open(path, identity=identity)
            day = 0.0
        typing(lambda t: save(ev, t), start, target, saves, clock, seconds, rng)
        day += seconds
    ev.close()
    clock.next_morning()


@contextmanager
def opened(path: Path, identity):
    """A session in the program: opened, worked in, closed (closing compacts)."""
    ev = Evaluation.open(path, identity=identity)
    try:
        yield ev
    finally:
        ev.close()


def life(base: Path, d: Path, clock: SimulatedClock, ids: list) -> dict:
    d.mkdir()
    names = ("anna", "bo", "cecilia")
    files = {who: d / f"{who}.kompass" for who in names}
    for f in files.values():
        shutil.copy(base, f)
    with opened(files["anna"], ids[0]) as anna:
        interviews = [r["id"] for r in anna.store.rows("interview", order_by="id")]
        subareas = [s.number for s in anna.framework.subareas()]
        evaluation_id = anna.store.evaluation_id
    work(files["anna"], ids[0], clock, interviews, subareas, 1, 1)
    work(files["bo"], ids[1], clock, interviews[:4], subareas[:9], 4, 2)
    work(files["cecilia"], ids[2], clock, interviews[2:6], subareas[5:14], 4, 3)
    out: dict = {"working_before_merge": compaction.database_bytes(files["anna"])}
    copies = {}
    for who, ident in zip(names[1:], ids[1:]):
        with opened(files[who], ident) as ev:
            copies[who] = sync.save_copy_for_sharing(ev.store, d / f"from-{who}.kompass")
    reports, seconds = [], []
    with opened(files["anna"], ids[0]) as anna:
        for who in names[1:]:
            t0 = time.perf_counter()
            reports.append(sync.merge_store(anna.store, copies[who]))
            seconds.append(time.perf_counter() - t0)
        share = sync.save_copy_for_sharing(anna.store, d / "from-anna.kompass")
        out["summary"] = anna.summary()
        out["conflicts_open"] = sorted((c.kind, c.row_id, c.field)
                                       for c in sync.list_conflicts(anna.store))
    out.update(
        reports=[r.to_json() for r in reports],
        merge_seconds=seconds,
        working=compaction.database_bytes(files["anna"]),
        share=compaction.database_bytes(share),
        from_bo=compaction.database_bytes(copies["bo"]),
        backups=sum(b.size for b in sync.list_backups(evaluation_id)),
        versions=_count(files["anna"]))
    return out


def _count(path: Path) -> int:
    import sqlite3
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM field_version").fetchone()[0]
    finally:
        con.close()


def _without_compaction(monkeypatch) -> None:
    """The program as it was before compaction: nothing folded, copies and backups plain."""
    import kompass_desktop.services.evaluation as evaluation
    monkeypatch.setattr(evaluation, "compact_on_close", lambda store: None)
    monkeypatch.setattr(compaction, "compact", lambda store, include_session: None)
    monkeypatch.setattr(compaction, "write_compacted_copy",
                        lambda store, dest, horizon=None: store.save_copy(dest))


@pytest.fixture(scope="module")
def demo_base(tmp_path_factory):
    d = tmp_path_factory.mktemp("life")
    ids = [new_identity(n) for n in ("Anna Berg", "Bo Ek", "Cecilia Holm")]
    write_demo(d / "demo.kompass", identity=ids[0]).close()
    return d / "demo.kompass", ids


def _timed_compaction(m, runs: list) -> None:
    """Record how long each compaction of an open file takes (on close, before a copy)."""
    real = compaction.compact

    def compact(store, include_session):
        t0 = time.perf_counter()
        result = real(store, include_session=include_session)
        runs.append((time.perf_counter() - t0, result.folded))
        return result
    m.setattr(compaction, "compact", compact)


def test_life_of_an_evaluation(benchmark, demo_base, tmp_path, monkeypatch):
    base, ids = demo_base
    results = {}
    runs: list = []

    def both():
        for mode in ("compacted", "plain"):
            monkeypatch.setenv("KOMPASS_HOME", str(tmp_path / f"home-{mode}"))
            clock = SimulatedClock()
            with monkeypatch.context() as m:
                m.setattr(versions, "time", clock)
                if mode == "plain":
                    _without_compaction(m)
                else:
                    _timed_compaction(m, runs)
                t0 = time.perf_counter()
                results[mode] = life(base, tmp_path / mode, clock, ids)
                results[mode]["seconds"] = time.perf_counter() - t0

    benchmark.pedantic(both, rounds=1, iterations=1)
    print(f"\ndemo at the start: {base.stat().st_size / MB:.1f} MB")
    for mode, r in results.items():
        print(f"{mode}: working file {r['working'] / MB:.1f} MB ({r['versions']} versions; "
              f"{r['working_before_merge'] / MB:.1f} MB before the merges), "
              f"share copy {r['share'] / MB:.1f} MB, Bo's copy {r['from_bo'] / MB:.1f} MB, "
              f"backups {r['backups'] / MB:.1f} MB, merges "
              f"{', '.join(f'{s:.2f} s' for s in r['merge_seconds'])} "
              f"(life simulated in {r['seconds']:.0f} s)")
    busiest = max(runs)
    print(f"compactions of the open file: {len(runs)}, {sum(f for _, f in runs)} versions folded, "
          f"the longest {busiest[0]:.2f} s ({busiest[1]} versions)")
    c, p = results["compacted"], results["plain"]
    # the same merge results: what came in, the conflicts, and what stays open
    assert c["reports"] == p["reports"]
    assert c["conflicts_open"] == p["conflicts_open"] and c["conflicts_open"]
    assert c["summary"] == p["summary"]
    # the targets
    assert c["working"] < 10 * MB
    assert c["share"] < 5 * MB
    assert c["backups"] < p["backups"] / 3


def test_share_copy_before_closing(benchmark, demo_base, tmp_path, monkeypatch):
    """What a copy for sharing made in the open session costs the working file: the session's
    saves may not be folded in the working file then (undo), and once the copy has left they
    never are (db/README.md §3). Four interviews typed, then copy and close, or close first."""
    base, ids = demo_base
    sizes = {}

    def both():
        for order in ("share, then close", "close, then share"):
            monkeypatch.setenv("KOMPASS_HOME", str(tmp_path / f"home-{order[:5]}"))
            d = tmp_path / order[:5]
            d.mkdir()
            shutil.copy(base, d / "anna.kompass")
            clock = SimulatedClock()
            with monkeypatch.context() as m:
                m.setattr(versions, "time", clock)
                ev = Evaluation.open(d / "anna.kompass", identity=ids[0])
                rng = random.Random(1)
                for iid in [r["id"] for r in ev.store.rows("interview", order_by="id")][:4]:
                    typing(lambda t, iid=iid: fieldwork.update_interview(ev, iid, notes=t),
                           ev.store.get("interview", iid)["notes"] or "", 6600, 150, clock,
                           HOUR, rng)
                if order.startswith("share"):
                    share = sync.save_copy_for_sharing(ev.store, d / "copy.kompass")
                    ev.close()
                else:
                    ev.close()
                    with opened(d / "anna.kompass", ids[0]) as again:
                        share = sync.save_copy_for_sharing(again.store, d / "copy.kompass")
                sizes[order] = (compaction.database_bytes(d / "anna.kompass"),
                                compaction.database_bytes(share))

    benchmark.pedantic(both, rounds=1, iterations=1)
    for order, (working, share) in sizes.items():
        print(f"\n{order}: working file {working / MB:.1f} MB, share copy {share / MB:.1f} MB")
    assert sizes["share, then close"][1] == pytest.approx(sizes["close, then share"][1], rel=0.05)

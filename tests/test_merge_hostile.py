"""A hostile replica (Hypothesis stateful testing): a colleague's file whose log is edited by
hand between merges, with random invalid values (random types, huge numbers, NaN/Infinity
texts, blobs, broken JSON, second rows for a sub-area, dangling references) and malformed
clocks and version vectors, each with a correct content hash, mixed with the colleague's
ordinary edits.

After every merge into MINE: the merge finished (no exception), MINE holds no invalid value,
every score MINE shows is possible (0…max, total within 0…800), every ordinary edit of the
colleague arrived, MINE's own edits hold, and MINE's clock stays near now.

CI runs a small profile; KOMPASS_THOROUGH=1 runs many histories.
"""
import json
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.domain.versions import vv_dumps
from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity
from kompass_desktop.storage.store import natural_id
from tests.forging import FORGER, append_version, assert_possible, knowledge, next_clock

THOROUGH = bool(os.environ.get("KOMPASS_THOROUGH"))
EXAMPLES = int(os.environ.get("KOMPASS_HOSTILE_EXAMPLES", 300 if THOROUGH else 15))
STEPS = 30 if THOROUGH else 16
STATS = {"histories": 0, "merges": 0, "hand_edits_merged": 0, "refused": 0, "seconds": 0.0}

FW = resolve_framework("kommunkompassen-2019")
MINE_SUBS = [s.number for a in FW.areas[:4] for s in a.subareas]     # MINE scores these
THEIR_SUBS = [s.number for a in FW.areas[4:] for s in a.subareas]    # the colleague these
MAX = {s.number: s.max_points for s in FW.subareas()}


def _valid_points(subs):
    return st.sampled_from(subs).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(0, int(MAX[n] * 10)).map(lambda t: Decimal(t) / 10)))


# Values no target field may hold (a year, a 0/1 flag or a point value would be a valid edit,
# which the colleague's own edits already cover): whole numbers outside 0…2100, floats (a
# position is the one field that takes them; harmless there), texts that are no number.
odd_values = st.one_of(
    st.integers(min_value=-(2 ** 63), max_value=2 ** 63 - 1).filter(lambda i: not 0 <= i <= 2100),
    # NaN is left out: SQLite stores a NaN as NULL, i.e. a cleared field, which is a valid
    # edit (the strings "NaN"/"Infinity" below are the hostile forms that reach the file)
    st.floats(allow_nan=False, allow_infinity=True),
    st.text(max_size=12).map(lambda t: "~" + t),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e30", "1e999999", "999", "-5", "-0.0",
                     "12.345", "abc", "{", "[]", "{}", '{"1": "9999"}', '{"1": "-50"}',
                     '{"1": NaN}', '{"99": "5"}', "2090-01-01", "x" * 1001, "1_0", "٣"]),
    st.binary(max_size=8))

clocks = st.one_of(
    st.just("ok"), st.sampled_from([2 ** 63 - 1, 2 ** 62, 0, -1, "soon", "", 1.5, "future"]))
targets = st.sampled_from(["agreed_points", "agreed_own", "second_row", "draft", "series_areas",
                           "series_total", "year", "framework", "tombstone", "item",
                           "participant", "unknown"])
vvs = st.one_of(
    st.just("ok"),
    st.sampled_from(["{", "[]", "{}", '{"a": "x"}', '{"a": 1.5}', "null", b"\x01\x02",
                     "no-own-entry", "too-many", "bool"]))


class HostileReplica(RuleBasedStateMachine):

    @initialize()
    def setup(self):
        STATS["histories"] += 1
        self.t0 = time.perf_counter()
        self.dir = Path(tempfile.mkdtemp(prefix="kompass-hostile-"))
        self.mine_id, self.their_id = new_identity("Anna"), new_identity("Bo")
        mine = Evaluation.create(self.dir / "mine.kompass", FW, "Fientlig", 2025, identity=self.mine_id)
        self.series = mine.add_reference("Grannkommun", {"1": "50", "2": "40"}, "300")
        self.interview = mine.add_interview("Intervju")
        self.evaluation_id = mine.store.evaluation_id
        mine.store.save_copy(self.dir / "theirs.kompass")
        mine.close()
        self.mine_path, self.their_path = self.dir / "mine.kompass", self.dir / "theirs.kompass"
        self.forged: list[tuple] = []      # hand edits, appended to every snapshot merged
        self.their_agreed: dict[str, Decimal] = {}   # the colleague's ordinary edits
        self.their_items: dict[str, str] = {}
        self.mine_agreed: dict[str, Decimal] = {}
        self.merges = 0

    def teardown(self):
        try:
            if hasattr(self, "forged"):
                self.merge([])  # every history ends with the colleague's file merged in
        finally:
            STATS["seconds"] += time.perf_counter() - getattr(self, "t0", time.perf_counter())
            shutil.rmtree(getattr(self, "dir", "/nonexistent"), ignore_errors=True)

    # ---- ordinary edits ------------------------------------------------------------------

    def _edit(self, path, identity, change):
        ev = Evaluation.open(path, identity=identity)
        try:
            return change(ev)
        finally:
            ev.close()

    @rule(score=_valid_points(THEIR_SUBS))
    def colleague_scores(self, score):
        self._edit(self.their_path, self.their_id, lambda ev: ev.set_agreed(*score))
        self.their_agreed[score[0]] = score[1]

    @rule(text=st.text(alphabet="abcåäö ", min_size=1, max_size=10).map(str.strip).filter(bool))
    def colleague_adds_an_item(self, text):
        item = self._edit(self.their_path, self.their_id,
                          lambda ev: ev.add_list_item("5", "strength", text))
        self.their_items[item] = text

    @rule(score=_valid_points(MINE_SUBS))
    def i_score(self, score):
        self._edit(self.mine_path, self.mine_id, lambda ev: ev.set_agreed(*score))
        self.mine_agreed[score[0]] = score[1]

    # ---- hand edits of the colleague's log ---------------------------------------------------

    @rule(what=targets, sub=st.sampled_from(THEIR_SUBS + MINE_SUBS), value=odd_values,
          hlc=clocks, vv=vvs)
    def hand_edit(self, what, sub, value, hlc, vv):
        ev_id = self.evaluation_id
        tbl, row, col = {
            "agreed_points": ("score_agreed", natural_id(ev_id, "agreed", sub), "points"),
            "agreed_own": ("score_agreed", natural_id(ev_id, "agreed", sub), "subarea"),
            "second_row": ("score_agreed", str(uuid.uuid4()), "points"),
            "draft": ("score_draft", natural_id(ev_id, "draft", sub, "someone"), "points"),
            "series_areas": ("comparison_series", self.series, "areas_json"),
            "series_total": ("comparison_series", self.series, "total"),
            "year": ("evaluation", ev_id, "year"),
            "framework": ("evaluation", ev_id, "framework_json"),
            "tombstone": ("score_agreed", natural_id(ev_id, "agreed", sub), "_deleted"),
            "item": ("list_item", next(iter(self.their_items), str(uuid.uuid4())), "position"),
            "participant": ("participant", str(uuid.uuid4()), "interview_id"),
            "unknown": ("no_such_table", str(uuid.uuid4()), "points"),
        }[what]
        if what == "second_row":
            self.forged.append(("score_agreed", row, "subarea", sub, "ok", "ok"))
        self.forged.append((tbl, row, col, value, hlc, vv))

    # ---- merging -----------------------------------------------------------------------------

    def _snapshot(self) -> Path:
        """The colleague's file as it arrives: a copy, with every hand edit appended."""
        snap = self.dir / f"arrives-{self.merges}.kompass"
        shutil.copy(self.their_path, snap)
        con = sqlite3.connect(snap)
        try:
            for tbl, row, col, value, hlc, vv in self.forged:
                _append(con, tbl, row, col, value, hlc, vv)
            con.commit()
        finally:
            con.close()
        return snap

    @rule(edits=st.lists(st.tuples(targets, st.sampled_from(THEIR_SUBS + MINE_SUBS), odd_values,
                                   clocks, vvs), max_size=3))
    def merge(self, edits):
        for edit in edits:  # hand edits made just before sending the file
            self.hand_edit(*edit)
        snap = self._snapshot()
        report = sync.merge_files(self.mine_path, snap, identity=self.mine_id)
        self.merges += 1
        STATS["merges"] += 1
        STATS["hand_edits_merged"] += len(self.forged)
        STATS["refused"] += len(report.rejected)
        snap.unlink()
        for r in report.rejected:
            assert r["reason"] and r["reason_sv"] and len(r["value"]) <= 200
        self._check_mine()

    def _check_mine(self):
        ev = Evaluation.open(self.mine_path, identity=self.mine_id)
        try:
            assert ev.invalid_values() == []
            s = ev.summary()
            assert_possible(s)
            assert s["year"] == 2025 and s["municipality"] == "Fientlig"
            agreed = {k: Decimal(v["points"]) for k, v in ev.agreed_scores().items()}
            for sub, pts in {**self.their_agreed, **self.mine_agreed}.items():
                assert agreed.get(sub) == pts, (sub, agreed.get(sub), pts)
            for item, text in self.their_items.items():
                assert (ev.store.get("list_item", item) or {}).get("text") == text
            ev.check()
            newest = ev.store.con.execute("SELECT max(hlc) FROM field_version").fetchone()[0]
            assert newest >> 16 < (time.time() + 2 * 86400) * 1000
        finally:
            ev.close()


def _append(con, tbl, row, col, value, hlc, vv):
    """One hand edit; "ok" stands for the well-formed clock or version vector."""
    if hlc == "ok":
        hlc = next_clock(con)
    elif hlc == "future":
        hlc = int((time.time() + 64 * 365.25 * 86400) * 1000) << 16
    seen = knowledge(con)
    if vv == "ok":
        vv = vv_dumps({**seen, FORGER: hlc}) if isinstance(hlc, int) else json.dumps({FORGER: 1})
    elif vv == "no-own-entry":
        vv = vv_dumps(seen)
    elif vv == "too-many":
        vv = json.dumps({**{f"o{i}": 1 for i in range(300)}, FORGER: hlc})
    elif vv == "bool":
        vv = json.dumps({FORGER: True})
    append_version(con, tbl, row, col, value, hlc=hlc, vv=vv, author="hand")


TestHostileReplica = HostileReplica.TestCase
TestHostileReplica.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
    suppress_health_check=list(HealthCheck))


def teardown_module(module):
    """The figures of the run (shown with -s): histories, merges, hand edits, refusals."""
    print(f"\nhostile replica: {STATS['histories']} histories, {STATS['merges']} merges, "
          f"{STATS['hand_edits_merged']} hand-edited versions merged in, {STATS['refused']} "
          f"values refused, {STATS['seconds']:.0f} s")

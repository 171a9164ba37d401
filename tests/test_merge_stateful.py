"""Random edit histories on three replicas (real SQLite files, three installations) merged in
random orders and repeatedly (Hypothesis stateful testing). Forks join them: a file copied on
the same installation (cp, a share copy kept editing) and an older copy restored over a
working file and edited again; each fork is a replica of its own (issue 9 §1).

Checked after every step: each file shows, for every settled field, its head value, and for
a contested one one of the competing values; deletions that nobody contested hold; merging
the same snapshot again changes nothing; everything the copy we merged held is in our log.
Compaction (issue 14) runs at random points on random replicas, in the open session or as it
closes: it folds exactly what db/README.md §3 allows (checked against a plain model of the
rule), changes no head and no shown value, and keeps everything that ever left a file.
At the end: after syncing everyone and resolving every conflict the same way, the three files
hold the same content and every value that left a file (in a copy for sharing) is in every
log. (A superseded save that never left its file may be folded: "every value ever written"
no longer holds, by design.)

CI runs a small profile; KOMPASS_THOROUGH=1 runs many histories (counted in the report).
"""
import functools
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule

from kompass_desktop.domain import merge as rules
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.domain.versions import DELETED
from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity
from kompass_desktop.storage import compaction
from kompass_desktop.storage.store import row_to_version

THOROUGH = bool(os.environ.get("KOMPASS_THOROUGH"))
EXAMPLES = int(os.environ.get("KOMPASS_STATEFUL_EXAMPLES", 600 if THOROUGH else 15))
STEPS = 40 if THOROUGH else 20
STATS = {"histories": 0, "steps": 0, "merges": 0, "conflicts_resolved": 0, "seconds": 0.0,
         "meets": 0, "forked_meets": 0, "compactions": 0, "folded": 0}

FW = resolve_framework("kommunkompassen-2019")
texts = st.text(alphabet=st.sampled_from("aåäöb Ø\n<&"), min_size=0, max_size=12)
replica = st.integers(min_value=0, max_value=4)  # taken modulo the replicas there are
MAX_REPLICAS = 5


def content(store) -> str:
    """What a user sees (projection) plus the log's heads: equal content means equal files."""
    con = store.con
    parts = []
    for tbl, cols in (("list_item", "id, deleted, area, kind, text, position"),
                      ("interview", "id, deleted, title, notes")):
        parts.append([tuple(r) for r in con.execute(f"SELECT {cols} FROM {tbl} ORDER BY id")])
    parts.append([(r[0], r[1], r[2], bytes(r[3]).hex()) for r in con.execute(
        "SELECT tbl, row_id, col, vid FROM field_head ORDER BY 1, 2, 3, 4")])
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def vids(store) -> set[bytes]:
    return {bytes(r[0]) for r in store.con.execute("SELECT vid FROM field_version")}


def slots(fn):
    """Rules draw replica numbers 0..4: map them onto the replicas there are now."""
    @functools.wraps(fn)
    def mapped(self, **kw):
        for k in ("i", "j"):
            if k in kw:
                kw[k] %= len(self.evs)
        return fn(self, **kw)
    return mapped


def file_log(path) -> tuple[set[bytes], set[tuple]]:
    """The version ids and the (table, row, field, value)s of a closed file's log."""
    import sqlite3
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT vid, tbl, row_id, col, value FROM field_version").fetchall()
    finally:
        con.close()
    return {bytes(r[0]) for r in rows}, {tuple(r[1:]) for r in rows}


class ThreeReplicas(RuleBasedStateMachine):
    items = Bundle("items")

    @initialize(strategy=st.sampled_from(["resolve_on_one", "same_choice_everywhere"]),
                third=st.sampled_from(["installation", "fork"]))
    def setup(self, strategy, third):
        STATS["histories"] += 1
        self.t0 = time.perf_counter()
        self.strategy = strategy
        self.dir = Path(tempfile.mkdtemp(prefix="kompass-replicas-"))
        self.ids = [new_identity(n) for n in ("Anna", "Bo", "Cecilia")]
        first = Evaluation.create(self.dir / "r0.kompass", FW, "Replikby", 2025, identity=self.ids[0])
        self.interview = first.add_interview("Intervju", notes="start\n")
        self.evs = [first]
        # The third replica is another installation, or a copy of the first file edited
        # on the first installation (a fork from the start).
        self.idents = self.ids[:2] + [self.ids[0] if third == "fork" else self.ids[2]]
        for i in (1, 2):
            first.store.save_copy(self.dir / f"r{i}.kompass")
            self.evs.append(Evaluation.open(self.dir / f"r{i}.kompass", identity=self.idents[i]))
        self.older: dict[int, Path] = {}  # slot -> an older copy of its file, to restore
        self.written: set[tuple] = set()  # every value written (a head holds one of them)
        self.left: set[tuple] = set()     # every value that left a file in a copy for sharing
        self.merged_into: list[set[bytes]] = [set(), set(), set()]  # versions merged into each
        self.snap = 0

    def teardown(self):
        try:
            if hasattr(self, "evs"):
                self._converge()
        finally:
            for ev in getattr(self, "evs", []):
                ev.close()
            if hasattr(self, "dir"):
                shutil.rmtree(self.dir, ignore_errors=True)
                STATS["seconds"] += time.perf_counter() - self.t0

    # ---- edits ---------------------------------------------------------------------

    def _alive(self, i, item):
        row = self.evs[i].store.get("list_item", item)
        return row is not None

    @rule(target=items, i=replica, text=texts)
    @slots
    def create(self, i, text):
        STATS["steps"] += 1
        iid = self.evs[i].add_list_item("1", "strength", text)
        self.written.add(("list_item", iid, "text", text))
        return iid

    @rule(i=replica, item=items, text=texts)
    @slots
    def edit(self, i, item, text):
        STATS["steps"] += 1
        if self._alive(i, item):
            self.evs[i].store.write("list_item", item, {"text": text})
            self.written.add(("list_item", item, "text", text))

    @rule(i=replica, j=replica, item=items, a=texts, b=texts)
    @slots
    def concurrent_edit(self, i, j, item, a, b):
        """The same field edited differently on two replicas before they meet."""
        STATS["steps"] += 1
        for k, text in ((i, a), (j, b + "!")):
            if self._alive(k, item):
                self.evs[k].store.write("list_item", item, {"text": text})
                self.written.add(("list_item", item, "text", text))

    @rule(i=replica, text=texts)
    @slots
    def edit_notes(self, i, text):
        STATS["steps"] += 1
        self.evs[i].store.write("interview", self.interview, {"notes": text})
        self.written.add(("interview", self.interview, "notes", text))

    @rule(i=replica, item=items)
    @slots
    def delete(self, i, item):
        STATS["steps"] += 1
        self.evs[i].store.delete("list_item", item)

    @rule(i=replica, item=items, index=st.integers(0, 6))
    @slots
    def reorder(self, i, item, index):
        STATS["steps"] += 1
        if self._alive(i, item):
            self.evs[i].move_list_item(item, index)

    @rule(i=replica, choice=st.sampled_from(["mine", "theirs", "both"]))
    @slots
    def resolve_one(self, i, choice):
        STATS["steps"] += 1
        conflicts = sync.list_conflicts(self.evs[i].store)
        if conflicts:
            c = conflicts[0]
            if choice == "both" and not c.is_text:
                choice = "mine"
            sync.resolve(self.evs[i].store, c, choice)
            if c.type == rules.FIELD:
                new = self.evs[i].store.get(c.kind, c.row_id, include_deleted=True)[c.field]
                self.written.add((c.kind, c.row_id, c.field, new))

    # ---- forks on one installation -----------------------------------------------------

    def _reopen(self, i):
        path = self.evs[i].store.path
        self.evs[i].close()
        self.evs[i] = Evaluation.open(path, identity=self.idents[i])

    @rule(i=replica, how=st.sampled_from(["cp", "share"]))
    @slots
    def fork(self, i, how):
        """A copy of replica i's file, edited on the same installation from now on."""
        STATS["steps"] += 1
        if len(self.evs) >= MAX_REPLICAS:
            return
        self.snap += 1
        dest = self.dir / f"fork-{self.snap}.kompass"
        if how == "cp":  # the closed file copied by hand (USB stick, another name)
            path = self.evs[i].store.path
            self.evs[i].close()
            shutil.copy(path, dest)
            self.evs[i] = Evaluation.open(path, identity=self.idents[i])
        else:            # a copy for sharing that someone went on editing
            sync.save_copy_for_sharing(self.evs[i].store, dest)
        self.evs.append(Evaluation.open(dest, identity=self.idents[i]))
        self.idents.append(self.idents[i])
        self.merged_into.append(set(self.merged_into[i]) & vids(self.evs[-1].store))

    @rule(i=replica)
    @slots
    def keep_older_copy(self, i):
        """A backup of replica i's closed file, by hand."""
        STATS["steps"] += 1
        path = self.evs[i].store.path
        self.evs[i].close()
        self.snap += 1
        self.older[i] = self.dir / f"older-{i}-{self.snap}.kompass"
        shutil.copy(path, self.older[i])
        self.evs[i] = Evaluation.open(path, identity=self.idents[i])

    @rule(i=replica, j=replica)
    @slots
    def restore_older_copy(self, i, j):
        """Replica i's work is shared with j, then the older copy is put back over i's file
        and edited again: its new edits must meet what left as concurrent, never override."""
        STATS["steps"] += 1
        if i not in self.older or i == j:
            return
        self._merge(j, i)  # what i wrote since the backup reached j: nothing is lost
        path = self.evs[i].store.path
        self.evs[i].close()
        shutil.copy(self.older.pop(i), path)
        for side in ("-wal", "-shm"):
            Path(str(path) + side).unlink(missing_ok=True)
        self.evs[i] = Evaluation.open(path, identity=self.idents[i])
        self.merged_into[i] &= vids(self.evs[i].store)  # what came in later went with the restore

    @rule(i=replica, j=replica, a=texts, b=texts)
    @slots
    def concurrent_edits_meet_as_a_conflict(self, i, j, a, b):
        """Two replicas (forks of one installation included) change the same field before
        they meet: the merge must report a conflict on it, never settle it silently."""
        STATS["steps"] += 1
        if i != j:
            self._meet(i, j, a, b)

    @rule(n=st.integers(0, 20), a=texts, b=texts)
    def copies_on_one_installation_meet(self, n, a, b):
        """The same, for two copies edited on one installation (the case issue 9 §1 found)."""
        STATS["steps"] += 1
        pairs = [(x, y) for x in range(len(self.evs)) for y in range(len(self.evs))
                 if x != y and self.idents[x] is self.idents[y]]
        if pairs:
            self._meet(*pairs[n % len(pairs)], a, b)

    def _meet(self, i, j, a, b):
        key = ("interview", self.interview, "place")
        # supersede: a real edit on both sides even when a side already shows that text
        self.evs[i].store.supersede(key[0], key[1], key[2], a + "<")
        self.evs[j].store.supersede(key[0], key[1], key[2], b + ">")
        self.written |= {(*key, a + "<"), (*key, b + ">")}
        report = self._merge(i, j)
        STATS["forked_meets" if self.idents[i] is self.idents[j] else "meets"] += 1
        assert any((c["kind"], c["id"], c["field"]) == key for c in report.conflicts), \
            "a concurrent edit was settled silently"

    # ---- merges --------------------------------------------------------------------

    def _merge(self, i, j):
        STATS["merges"] += 1
        self.snap += 1
        snap = self.dir / f"share-{j}-{self.snap}.kompass"
        sync.save_copy_for_sharing(self.evs[j].store, snap)
        theirs, values = file_log(snap)
        self.left |= values
        self.merged_into[i] |= theirs
        shown = {(r["id"], r["deleted"], r["text"]) for r in self.evs[i].store.rows(
            "list_item", include_deleted=True)}
        report = sync.merge_store(self.evs[i].store, snap)
        # while a conflict is open this file keeps showing what it showed, when that value
        # is one of the competing ones (a value both sides replaced can't be kept)
        for c in report.conflicts:
            if c["kind"] == "list_item" and c["field"] == "text":
                row = self.evs[i].store.get("list_item", c["id"], include_deleted=True)
                competing = [h.value for h in self.evs[i].store.heads("list_item", c["id"], "text")]
                before = [r[2] for r in shown if r[0] == c["id"]]
                if before and before[0] in competing:
                    assert row["text"] == before[0], "a conflict changed the shown value"
        # everything the copy held is now in ours
        assert theirs <= vids(self.evs[i].store)
        # merging the same snapshot again changes nothing
        before = content(self.evs[i].store)
        again = sync.merge_store(self.evs[i].store, snap)
        assert again.empty and again.to_json() == {"added": 0, "changed": 0, "deleted": 0,
                                                   "conflicts": [], "rejected": []}
        assert content(self.evs[i].store) == before
        snap.unlink()
        return report

    @rule(i=replica, j=replica)
    @slots
    def merge(self, i, j):
        STATS["steps"] += 1
        if i != j:
            self._merge(i, j)

    @rule(i=replica, j=replica)
    @slots
    def merge_commutes(self, i, j):
        """A<-B and B<-A on fresh copies end with the same log and the same heads."""
        STATS["steps"] += 1
        if i == j:
            return
        from kompass_desktop.storage.store import EvaluationStore
        self.snap += 1
        a = sync.save_copy_for_sharing(self.evs[i].store, self.dir / f"c{self.snap}-a.kompass")
        b = sync.save_copy_for_sharing(self.evs[j].store, self.dir / f"c{self.snap}-b.kompass")
        self.left |= file_log(a)[1] | file_log(b)[1]
        a2 = shutil.copy(a, self.dir / f"c{self.snap}-a2.kompass")
        b2 = shutil.copy(b, self.dir / f"c{self.snap}-b2.kompass")
        logs = []
        for mine, theirs, ident in ((a, b2, self.idents[i]), (b, a2, self.idents[j])):
            with EvaluationStore.open(mine, ident.actor()) as st_:
                sync.merge_store(st_, theirs)
                logs.append((vids(st_), {tuple(r) for r in st_.con.execute(
                    "SELECT tbl, row_id, col, vid FROM field_head")}))
        assert logs[0] == logs[1]

    # ---- compaction (issue 14) --------------------------------------------------------

    @rule(i=replica, saves=st.integers(0, 4),
          how=st.sampled_from(["in_session", "at_close", "after_crash"]))
    @slots
    def compact(self, i, saves, how):
        """Compaction on a random replica after some typing (a save per pause): in the open
        session (its saves stay for undo), as the session ends (Evaluation.close compacts;
        the file is opened again), or in a session opened after one that ended without
        compacting (a crash)."""
        STATS["steps"] += 1
        STATS["compactions"] += 1
        for k in range(saves):
            text = (self.evs[i].store.get("interview", self.interview)["notes"] or "") + str(k)
            self.evs[i].store.write("interview", self.interview, {"notes": text})
            self.written.add(("interview", self.interview, "notes", text))
        if how == "after_crash":
            path = self.evs[i].path
            self.evs[i].store.close()  # no compaction on the way out
            self.evs[i] = Evaluation.open(path, identity=self.idents[i])
        store = self.evs[i].store
        replica_id, session = store.replica, store.session_start
        horizon = compaction.exposure_horizon(store)
        before_rows = store.query("SELECT f.*, h.vid IS NOT NULL AS head FROM field_version f "
                                  "LEFT JOIN field_head h ON h.vid = f.vid")
        before = content(store)
        at_close = how == "at_close"
        if at_close:
            path = self.evs[i].path
            self.evs[i].close()
            self.evs[i] = Evaluation.open(path, identity=self.idents[i])
            store = self.evs[i].store
        else:
            compaction.compact(store, include_session=False)
        folded = {bytes(r["vid"]) for r in before_rows} - vids(store)
        STATS["folded"] += len(folded)
        # exactly what the rule folds: own, above the horizon, no tombstone, no head, a later
        # version of the field from the same replica in the same hour that saw it, and
        # outside the open session unless it ended
        assert folded == rule_folds(before_rows, replica_id, horizon,
                                    None if at_close else session), "compaction folded otherwise"
        # no head and no shown value changed
        assert content(store) == before
        # everything a merge brought in is still here: merging those copies again is a no-op
        assert self.merged_into[i] <= vids(store)

    # ---- invariants ----------------------------------------------------------------

    @invariant()
    def projection_follows_heads(self):
        if not hasattr(self, "evs"):
            return
        for ev in self.evs:
            check_projection(ev.store)

    # ---- the end -------------------------------------------------------------------

    def _sync_all(self):
        n = len(self.evs)
        for _ in range(n + 2):
            changed = False
            for i in range(n):
                for j in range(n):
                    if i != j:
                        changed |= not self._merge(i, j).empty
            if not changed:
                return
        raise AssertionError("replicas did not stop exchanging versions")

    def _converge(self):
        self._sync_all()
        if self.strategy == "resolve_on_one":
            STATS["conflicts_resolved"] += sync.resolve_all(self.evs[0].store, "mine")
        else:
            # Each file resolves on its own, choosing the same value: equal heads settle.
            for ev in self.evs:
                for _ in range(200):
                    open_ = sync.list_conflicts(ev.store)
                    if not open_:
                        break
                    c = open_[0]
                    if c.type == rules.DELETE:
                        sync.resolve(ev.store, c, "value", True)
                    else:
                        pick = max((ch.value for ch in c.choices), key=lambda v: str(v))
                        sync.resolve(ev.store, c, "value", pick)
                    STATS["conflicts_resolved"] += 1
        self._sync_all()
        contents = [content(ev.store) for ev in self.evs]
        for ev in self.evs:
            assert sync.list_conflicts(ev.store) == []
            check_projection(ev.store)
            assert ev.store.con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            logged = {(r["tbl"], r["row_id"], r["col"], r["value"]) for r in ev.store.query(
                "SELECT tbl, row_id, col, value FROM field_version")}
            lost = self.left - logged
            assert not lost, f"values lost: {sorted(lost)[:3]}"
            shown = {(r["tbl"], r["row_id"], r["col"], r["value"]) for r in ev.store.query(
                "SELECT v.* FROM field_head h JOIN field_version v ON v.vid = h.vid "
                "WHERE (v.tbl, v.col) IN (VALUES ('list_item', 'text'), ('interview', 'notes'))")}
            invented = shown - self.written - {("interview", self.interview, "notes", "start\n")}
            assert not invented, f"values nobody wrote: {sorted(invented)[:3]}"
        assert len(set(contents)) == 1, "replicas did not converge"


def rule_folds(rows, replica_id, horizon, session) -> set[bytes]:
    """db/README.md §3 as a plain model over a log's rows (with a `head` flag)."""
    from kompass_desktop.domain.versions import hlc_to_ms, vv_leq, vv_loads
    groups: dict = {}  # one field, one replica, one hour of wall time
    for r in rows:
        if r["origin"] == replica_id and r["hlc"] > horizon and r["col"] != DELETED \
                and (session is None or r["hlc"] <= session):
            key = (r["tbl"], r["row_id"], r["col"], hlc_to_ms(r["hlc"]) // 3_600_000)
            groups.setdefault(key, []).append((r["hlc"], vv_loads(r["vv"]), r))
    out = set()
    for group in groups.values():
        for hlc, vv, v in group:
            if not v["head"] and any(h > hlc and vv_leq(vv, w) for h, w, _ in group):
                out.add(bytes(v["vid"]))
    return out


def check_projection(store):
    """Every row shows its settled head values; contested fields show a competing value;
    an uncontested delete holds (nothing deleted comes back)."""
    heads: dict = {}
    listed = {(c.kind, c.row_id, c.field) for c in sync.list_conflicts(store)}
    for r in store.con.execute("SELECT v.* FROM field_head h JOIN field_version v ON v.vid = h.vid"):
        v = row_to_version(r)
        heads.setdefault((v.tbl, v.row_id), {}).setdefault(v.col, []).append(v)
    for (tbl, row_id), cols in heads.items():
        if tbl not in ("list_item", "interview"):
            continue
        row = store.get(tbl, row_id, include_deleted=True)
        assert row is not None, f"{tbl} {row_id} missing from the projection"
        for col, hs in cols.items():
            if col == DELETED:
                continue
            if rules.settled(hs):
                assert rules.same_value(row[col], hs[0].value), (tbl, col, row[col], hs[0].value)
            else:
                assert any(rules.same_value(row[col], h.value) for h in hs)
                assert (tbl, row_id, col) in listed, "an open conflict is not listed"
        dheads = cols.get(DELETED, [])
        fields = [h for c, hs in cols.items() if c != DELETED for h in hs]
        history = lambda: store.history(tbl, row_id, DELETED)  # noqa: E731
        if (dheads and not rules.settled(dheads)) or \
                rules.delete_edit_conflicts(dheads, fields, history):
            assert (tbl, row_id, "deleted") in listed, "an open delete conflict is not listed"
        if dheads and rules.settled(dheads) and not rules.delete_edit_conflicts(dheads, fields, history):
            assert row["deleted"] == int(rules.same_value(dheads[0].value, 1)), \
                f"{tbl} {row_id}: deleted flag disagrees with its uncontested tombstone"


ThreeReplicas.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
    suppress_health_check=list(HealthCheck))
TestThreeReplicas = ThreeReplicas.TestCase


def teardown_module(module):
    print(f"\nstateful merge: {STATS['histories']} histories, {STATS['steps']} steps, "
          f"{STATS['merges']} merges, {STATS['conflicts_resolved']} conflicts resolved, "
          f"{STATS['meets']} concurrent edits met across installations and "
          f"{STATS['forked_meets']} between copies on one installation, all as conflicts, "
          f"{STATS['compactions']} compactions folding {STATS['folded']} versions, "
          f"{STATS['seconds']:.1f} s")

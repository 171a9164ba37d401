"""Merging a colleague's evaluation file into an open one (SQL side of PRODUCT §3.7).

The incoming file is never touched: it is copied to a temporary folder, checked and (if
older) migrated there, then ATTACHed to our connection. Inside one BEGIN IMMEDIATE
transaction the new versions are checked against their content hashes, united into our
log (INSERT OR IGNORE semantics), the heads of every touched field are recomputed and the
projection tables and search index updated. Any error rolls everything back.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import product
from pathlib import Path
from typing import Any, Callable

from kompass_desktop.domain import merge as rules
from kompass_desktop.domain import validation
from kompass_desktop.domain.versions import DELETED, Version, version_id
from kompass_desktop.storage import erasure, schema
from kompass_desktop.storage.schema import FileRefused
from kompass_desktop.storage.store import (
    PROJECTED_TABLES, EvaluationStore, natural_id, row_to_version)

# Tables whose row ids derive from the evaluation id (natural keys): when a file of another
# evaluation is imported as a copy, these rows mean "that evaluation's scores and texts"
# and are left out.
NATURAL_KEY_TABLES = ("evaluation", "score_draft", "score_agreed", "area_ready", "area_text",
                      "subarea_text")


class MergeCancelled(Exception):
    """The user cancelled; nothing was changed."""


Progress = Callable[[float, str], None]


@dataclass
class IncomingFile:
    """A checked, temporary copy of THEIRS (already migrated if it was older)."""
    source: Path
    path: Path
    evaluation_id: str
    schema_version: int
    sha256: str
    municipality: str | None = None
    year: int | None = None
    _tmpdir: str | None = None
    had_wal: bool = False  # a -wal beside it: the file was open (or crashed) when copied

    def cleanup(self) -> None:
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def __enter__(self) -> "IncomingFile":
        return self

    def __exit__(self, *exc) -> None:
        self.cleanup()


def snapshot_file(src: Path, dest: Path) -> str:
    """Copy a closed (or crash-left) database with its WAL, so the copy holds every commit.
    Returns the SHA-256 of the database file, computed in the same pass."""
    h = hashlib.sha256()
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        for chunk in iter(lambda: fin.read(1 << 20), b""):
            h.update(chunk)
            fout.write(chunk)
    wal = Path(str(src) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(dest) + "-wal"))
    return h.hexdigest()


def prepare_incoming(theirs: str | Path) -> IncomingFile:
    """Check THEIRS and make a private working copy; raises FileRefused with a one-line reason."""
    theirs = Path(theirs)
    schema.check_file(theirs)  # read-only: header, application id, schema, quick_check
    from kompass_desktop.paths import private_tmp
    # THEIRS holds personal data: its working copy stays in the user's private folder.
    tmpdir = str(private_tmp("merge"))
    try:
        copy = Path(tmpdir) / "theirs.kompass"
        sha = snapshot_file(theirs, copy)
        # The source passed quick_check just now; the copy's payload is checked per version.
        header = schema.read_header(copy)
        if header.user_version < schema.SCHEMA_VERSION:
            # Migrate our copy, never the colleague's file.
            schema.migrate_file(copy)
        con = sqlite3.connect(copy, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode = DELETE")  # fold any WAL into the copy
            ev_id = con.execute("SELECT value FROM meta WHERE key='evaluation_id'").fetchone()
            if not ev_id:
                raise FileRefused(f"{theirs.name} is not a Kompass evaluation file (no evaluation id)",
                                  sv=f"{theirs.name} är ingen Kompass-utvärdering (ingen utvärderings-id)")
            info = con.execute("SELECT municipality, year FROM evaluation WHERE id=?",
                               (ev_id[0],)).fetchone()
        finally:
            con.close()
        return IncomingFile(theirs, copy, ev_id[0], header.user_version, sha,
                            info[0] if info else None, info[1] if info else None, tmpdir,
                            Path(str(theirs) + "-wal").exists())
    except BaseException as e:
        shutil.rmtree(tmpdir, ignore_errors=True)
        if isinstance(e, sqlite3.DatabaseError):
            raise FileRefused(f"{theirs.name} is damaged or not an evaluation file ({e})",
                              sv=f"{theirs.name} är skadad eller ingen utvärderingsfil ({e})") from None
        raise


@dataclass
class RowChange:
    kind: str
    row_id: str
    change: str  # added | changed | deleted


@dataclass
class MergeOutcome:
    new_versions: int = 0
    new_blobs: int = 0
    new_authors: list[str] = field(default_factory=list)
    peer_authors: list[str] = field(default_factory=list)
    changes: list[RowChange] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    max_hlc: int = 0
    future_versions: int = 0
    skipped_other_evaluation: int = 0
    sync_log_id: str | None = None
    # Incoming values refused by validation (db/README.md §5): not inserted, listed.
    rejected: list[dict] = field(default_factory=list)
    erasures: erasure.MergeErasures = field(default_factory=lambda: erasure.MergeErasures())

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = defaultdict(lambda: {"added": 0, "changed": 0, "deleted": 0})
        for c in self.changes:
            out[c.kind][c.change] += 1
        return dict(out)


def _attach(con: sqlite3.Connection, path: Path) -> None:
    con.execute("ATTACH DATABASE ? AS theirs", (str(path),))


def _detach(con: sqlite3.Connection) -> None:
    try:
        con.execute("DETACH DATABASE theirs")
    except sqlite3.Error:
        pass


@dataclass
class Screened:
    """THEIRS' new versions as screening left them (accepted rows, refusals, how many of
    another evaluation's rows were left out), and MINE's state they were screened against:
    merge_into reuses them only while MINE has not changed since (no second screening)."""
    rows: list
    rejected: list
    skipped: int
    new_blobs: int
    mine_state: tuple

    @property
    def count(self) -> int:
        return len(self.rows) + self.new_blobs


def _mine_state(con: sqlite3.Connection) -> tuple:
    # data_version moves with other connections' commits, total_changes with this one's.
    return con.execute("PRAGMA main.data_version").fetchone()[0], con.total_changes


def screen_incoming(store: EvaluationStore, inc: IncomingFile, *, import_copy: bool = False,
                    now_ms: int | None = None) -> Screened:
    """What a merge would take from THEIRS (the same checks as merge_into), without writing."""
    con = store.con
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    _attach(con, inc.path)
    try:
        return _screened(store, inc, import_copy, now_ms)
    finally:
        _detach(con)


def _screened(store: EvaluationStore, inc: IncomingFile, import_copy: bool, now_ms: int) -> Screened:
    con = store.con
    rows, skipped = _new_rows(con, import_copy)
    unreadable = _check_hashes(rows, inc)
    # Untrusted input: what fails validation is not inserted, only listed.
    rows, rejected = screen(store, rows, now_ms, unreadable)
    blobs = con.execute("SELECT count(*) FROM theirs.blob t WHERE NOT EXISTS "
                        "(SELECT 1 FROM main.blob m WHERE m.sha256 = t.sha256)").fetchone()[0]
    return Screened(rows, rejected, skipped, blobs, _mine_state(con))


def count_new(store: EvaluationStore, inc: IncomingFile, *, import_copy: bool = False,
              now_ms: int | None = None) -> int:
    """How many versions (and blobs) THEIRS holds that we don't and that a merge would take
    (the same checks as merge_into): 0 means nothing to merge."""
    return screen_incoming(store, inc, import_copy=import_copy, now_ms=now_ms).count


def _new_rows(con: sqlite3.Connection, import_copy: bool) -> tuple[list[sqlite3.Row], int]:
    """THEIRS' versions we do not hold (without another evaluation's natural-key rows when
    imported as a copy), and how many of those were left out."""
    rows = con.execute(
        "SELECT t.* FROM theirs.field_version t WHERE NOT EXISTS "
        "(SELECT 1 FROM main.field_version m WHERE m.vid = t.vid)").fetchall()
    if not import_copy:
        return rows, 0
    kept = [r for r in rows if r["tbl"] not in NATURAL_KEY_TABLES]
    return kept, len(rows) - len(kept)


def _hash_ok(r: sqlite3.Row) -> bool | None:
    """Whether a version matches its content hash; None when no hash can be computed from
    its fields (a malformed envelope: validation refuses it, the file is not damaged)."""
    try:
        return version_id(r["origin"], r["hlc"], r["tbl"], r["row_id"], r["col"], r["value"],
                          r["vv"]) == bytes(r["vid"])
    except (TypeError, ValueError, OverflowError):
        return None


def _check_hashes(rows: list[sqlite3.Row], inc: IncomingFile) -> set[bytes]:
    """Refuse the whole file when a version fails its content hash (damaged payloads pass
    quick_check); returns the vids of versions whose hash cannot be computed at all (a
    malformed envelope, refused one by one by screen())."""
    checked = [(r, _hash_ok(r)) for r in rows]
    bad = sum(1 for _, ok in checked if ok is False)
    if bad:
        raise FileRefused(f"{inc.source.name} is damaged: {bad} recorded edit(s) "
                          "fail their checksum; ask for a new copy",
                          sv=f"{inc.source.name} är skadad: {bad} sparade ändringar stämmer "
                             "inte med sin kontrollsumma; be om en ny kopia")
    return {bytes(r["vid"]) for r, ok in checked if ok is None}


# ---- validation at the boundary (db/README.md §5) -----------------------------------------


def _rejection(tbl: Any, row_id: Any, field_: Any, value: Any, problem: validation.Problem,
               label: str = "") -> dict:
    """A refused value as `merge --json` and the Sync page list it (`label`: the sub-area or
    area the row is about, when known)."""
    return {"kind": validation.printable(tbl, 64), "id": validation.printable(row_id, 64),
            "field": validation.printable(field_, 64), "value": validation.printable(value),
            "reason": problem.reason, "reason_sv": problem.reason_sv, "label": label}


def screen(store: EvaluationStore, rows: list[sqlite3.Row], now_ms: int,
           unreadable: set[bytes] = frozenset()) -> tuple[list[sqlite3.Row], list[dict]]:
    """Split THEIRS' new versions into those that may enter MINE and the refused ones.

    Every version is checked like typed input (domain/validation.py): its envelope (clock,
    version vector, ids), its table and field, its value against the field's rule and MINE's
    framework; a natural-key row must carry the id its key gives (one row per natural key);
    a reference must name a row MINE holds or that arrives with this merge. Needs THEIRS
    attached (for the blobs it brings). `unreadable`: vids whose content hash cannot be
    computed (_check_hashes)."""
    con = store.con
    rejected: list[dict] = []
    ev_row = store.get("evaluation", store.evaluation_id, include_deleted=True) or {}
    framework = validation.framework_of(ev_row.get("framework_json"))
    ok: list[sqlite3.Row] = []
    for r in rows:
        if bytes(r["vid"]) in unreadable:
            rejected.append(_rejection(r["tbl"], r["row_id"], r["col"], r["vv"], validation.Problem(
                "its recorded fields cannot be read", "dess sparade fält går inte att läsa")))
            continue
        env = validation.envelope_problem(r["origin"], r["author"], r["hlc"], r["vv"],
                                          r["row_id"], now_ms)
        if env is not None:
            _, value, problem = env  # the reason names what is wrong (clock, vector, id)
            rejected.append(_rejection(r["tbl"], r["row_id"], r["col"], value, problem))
            continue
        problem = validation.value_problem(r["tbl"], r["col"], None)
        if problem is not None:  # unknown table or field
            rejected.append(_rejection(r["tbl"], r["row_id"], r["col"], r["value"], problem))
            continue
        ok.append(r)

    by_row: dict[tuple[str, str], list[sqlite3.Row]] = defaultdict(list)
    for r in ok:
        by_row[(r["tbl"], r["row_id"])].append(r)
    mine = _mine_rows(store, list(by_row))
    accepted: list[sqlite3.Row] = []
    present: dict[str, set[str]] = defaultdict(set)  # rows of incoming tables that arrive
    order = {t: i for i, t in enumerate(PROJECTED_TABLES)}
    for (tbl, row_id) in sorted(by_row, key=lambda k: (order[k[0]], k[1])):
        versions = by_row[(tbl, row_id)]
        row = dict(mine.get((tbl, row_id)) or {})
        keep = _natural_key_versions(store, tbl, row_id, versions, row, rejected)
        ctx = validation.Context(framework, row)
        label = next((v for v in (row.get("subarea"), row.get("area"))
                      if isinstance(v, str) and 0 < len(v) <= 8), "")
        for r in keep:
            value = r["value"]
            problem = validation.value_problem(tbl, r["col"], value, ctx)
            if problem is None and (tbl, r["col"]) in validation.REFERENCES and value is not None:
                problem = _missing_reference(con, validation.REFERENCES[(tbl, r["col"])],
                                             value, present)
            if problem is not None:
                rejected.append(_rejection(tbl, row_id, r["col"], value, problem, label))
            else:
                accepted.append(r)
                present[tbl].add(row_id)
    return accepted, rejected


def _mine_rows(store: EvaluationStore, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """MINE's projection rows for these (table, id) pairs."""
    by_tbl: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in keys:
        by_tbl[tbl].append(row_id)
    out: dict[tuple[str, str], dict] = {}
    for tbl, ids in by_tbl.items():
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for r in store.con.execute(f"SELECT * FROM main.{tbl} WHERE id IN ({marks})", chunk):
                out[(tbl, r["id"])] = dict(r)
    return out


def _natural_key_versions(store: EvaluationStore, tbl: str, row_id: str,
                          versions: list[sqlite3.Row], row: dict, rejected: list[dict]
                          ) -> list[sqlite3.Row]:
    """The versions of a row that may stay: a natural-key row must have the id its key gives
    (else every version is refused: it would be a second row for the same thing), and a
    version may not change the key. Fills `row` with the key it found."""
    if tbl == "evaluation":
        if row_id == store.evaluation_id:
            return versions
        problem = validation.Problem("a second evaluation row in one file",
                                     "en andra utvärderingsrad i samma fil")
    elif tbl in validation.NATURAL_KEYS:
        word, cols = validation.NATURAL_KEYS[tbl]
        candidates = [{row[c]} if row.get(c) is not None else
                      {r["value"] for r in versions if r["col"] == c
                       and isinstance(r["value"], str) and len(r["value"]) <= validation.ID_TEXT}
                      for c in cols]
        combos = 1
        for c in candidates:
            combos *= len(c)
        key = None if combos > MAX_KEY_COMBINATIONS else next(
            (combo for combo in product(*candidates)
             if all(isinstance(p, str) for p in combo) and _natural_id(store, word, combo) == row_id),
            None)
        if key is not None:
            row.update(zip(cols, key))
            keep = []
            for r in versions:
                if r["col"] in cols and r["value"] != row[r["col"]]:
                    rejected.append(_rejection(tbl, row_id, r["col"], r["value"], validation.Problem(
                        "would change what the row is about", "skulle ändra vad raden gäller")))
                else:
                    keep.append(r)
            return keep
        if not all(candidates):
            problem = validation.Problem("the row names no sub-area or area",
                                         "raden anger inget delområde eller område")
        else:
            problem = validation.Problem(
                "its id is not the one its sub-area or area gives (a second row for the same thing)",
                "dess id är inte det som delområdet eller området ger (en andra rad för samma sak)")
    else:
        return versions
    for r in versions:
        rejected.append(_rejection(tbl, row_id, r["col"], r["value"], problem))
    return []


# A natural-key row whose key columns arrive with more different values than this is not
# searched for the one that gives its id (a hostile file could make that search long).
MAX_KEY_COMBINATIONS = 256


def _natural_id(store: EvaluationStore, word: str, parts: tuple) -> str | None:
    try:
        return natural_id(store.evaluation_id, word, *parts)
    except (ValueError, TypeError, AttributeError):  # MINE's evaluation id is not a UUID
        return None


def _missing_reference(con: sqlite3.Connection, target: str, value: Any,
                       present: dict[str, set[str]]) -> validation.Problem | None:
    if not isinstance(value, str):
        return validation.Problem("not an id", "inget id")
    if target == "blob":
        found = con.execute("SELECT 1 FROM main.blob WHERE sha256 = ? UNION ALL "
                            "SELECT 1 FROM theirs.blob WHERE sha256 = ?", (value, value)).fetchone()
    else:
        found = value in present[target] or con.execute(
            f"SELECT 1 FROM main.{target} WHERE id = ?", (value,)).fetchone()
    if found:
        return None
    return validation.Problem(f"names a {target} row that exists in neither file",
                              f"pekar på en rad ({target}) som inte finns i någon av filerna")


def _chunks(seq: list, n: int = 500):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def merge_into(store: EvaluationStore, inc: IncomingFile, *, import_copy: bool = False,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               backup_path: str | None = None, now_ms: int | None = None,
               record: bool = True, screened: Screened | None = None) -> MergeOutcome:
    """Bring every version of THEIRS into the store, in one transaction. `screened`: what
    screen_incoming() found just before (taken as it is while MINE is unchanged)."""
    con = store.con
    out = MergeOutcome()
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    step = progress or (lambda f, t: None)

    def check_cancel():
        if cancelled is not None and cancelled():
            raise MergeCancelled("merge cancelled")

    _attach(con, inc.path)
    try:
        with store.transaction():
            step(0.05, "reading")
            if screened is None or screened.mine_state != _mine_state(con):
                screened = _screened(store, inc, import_copy, now_ms)
            rows, out.rejected = screened.rows, screened.rejected
            out.skipped_other_evaluation = screened.skipped
            check_cancel()
            step(0.15, "attached files")
            blobs = con.execute(
                "SELECT sha256, data, size FROM theirs.blob t WHERE NOT EXISTS "
                "(SELECT 1 FROM main.blob m WHERE m.sha256 = t.sha256)").fetchall()
            for b in blobs:
                if hashlib.sha256(bytes(b[1])).hexdigest() != b[0]:
                    raise FileRefused(f"{inc.source.name} is damaged: an attached file does "
                                      "not match its checksum; ask for a new copy",
                                      sv=f"{inc.source.name} är skadad: en bifogad fil stämmer inte "
                                         "med sin kontrollsumma; be om en ny kopia")
            con.executemany("INSERT OR IGNORE INTO main.blob(sha256, data, size) VALUES (?,?,?)",
                            [tuple(b) for b in blobs])
            out.new_blobs = len(blobs)
            authors_before = {r[0] for r in con.execute("SELECT id FROM main.author")}
            their_authors = [tuple(a) for a in con.execute(
                "SELECT id, name, organisation FROM theirs.author")
                if validation.author_problem(*a) is None]
            con.executemany("INSERT OR IGNORE INTO main.author(id, name, organisation) "
                            "VALUES (?, ?, ?)", their_authors)
            # A name learnt elsewhere fills an author we only knew by id.
            con.executemany("UPDATE main.author SET name = ? WHERE id = ? AND name = ''",
                            [(a[1], a[0]) for a in their_authors if a[1]])
            names = {r[0]: r[1] for r in con.execute("SELECT id, name FROM main.author")}
            out.new_authors = sorted(names.get(a, a) for a in
                                     {r[0] for r in con.execute("SELECT id FROM main.author")}
                                     - authors_before)
            # Erasures of personal data (db/README.md §4): one separate step, before insertion.
            rows, out.erasures = erasure.filter_erased(store, rows)
            incoming = [row_to_version(r) for r in rows]
            if not incoming:
                # Nothing new in the log: a merge of the same file again changes nothing.
                return out
            out.new_versions = len(incoming)
            out.peer_authors = sorted({names.get(v.author) or v.author for v in incoming})
            out.max_hlc = max(v.hlc for v in incoming)
            out.future_versions = len(rules.future_hlcs((v.hlc for v in incoming), now_ms))
            con.executemany(
                "INSERT OR IGNORE INTO main.field_version(vid, tbl, row_id, col, value, origin, "
                "author, hlc, vv) VALUES (?,?,?,?,?,?,?,?,?)",
                [(r["vid"], r["tbl"], r["row_id"], r["col"], r["value"], r["origin"], r["author"],
                  r["hlc"], r["vv"]) for r in rows])
            check_cancel()
            step(0.35, "comparing")
            _apply(store, inc, incoming, out, step, check_cancel)
            if record:
                out.sync_log_id = str(uuid.uuid4())
                report = outcome_json(out)
                report["fingerprint"] = fingerprint(store)
                con.execute(
                    "INSERT INTO sync_log(id, at, peer_file, peer_authors, incoming_sha256, "
                    "new_versions, report, backup_path) VALUES (?,?,?,?,?,?,?,?)",
                    (out.sync_log_id, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                     inc.source.name, json.dumps(out.peer_authors, ensure_ascii=False),
                     inc.sha256, out.new_versions, json.dumps(report, ensure_ascii=False),
                     backup_path))
            check_cancel()
            step(0.95, "saving")
    finally:
        _detach(con)
    store.observe_hlc(rules.clamp_hlc(out.max_hlc, now_ms))
    return out


def _max_hlc(con: sqlite3.Connection) -> int:
    return con.execute("SELECT coalesce(max(hlc), 0) FROM main.field_version").fetchone()[0]


def outcome_json(out: MergeOutcome) -> dict:
    counts = out.counts()
    return {"added": sum(c["added"] for c in counts.values()),
            "changed": sum(c["changed"] for c in counts.values()),
            "deleted": sum(c["deleted"] for c in counts.values()),
            "conflicts": out.conflicts,
            "by_kind": counts, "new_versions": out.new_versions, "new_blobs": out.new_blobs,
            "peer_authors": out.peer_authors, "future_versions": out.future_versions,
            "rejected": out.rejected[:REJECTED_KEPT], "rejected_count": len(out.rejected),
            "erasures": out.erasures.to_json()}


# How many refused values the merge history keeps per merge (the count is kept whole).
REJECTED_KEPT = 1000


def _apply(store: EvaluationStore, inc: IncomingFile, incoming: list[Version], out: MergeOutcome,
           step: Progress, check_cancel: Callable[[], None]) -> None:
    con = store.con
    by_row: dict[tuple[str, str], dict[str, list[Version]]] = defaultdict(lambda: defaultdict(list))
    for v in incoming:
        by_row[(v.tbl, v.row_id)][v.col].append(v)
    con.execute("CREATE TEMP TABLE IF NOT EXISTS merge_row (tbl TEXT, row_id TEXT, "
                "PRIMARY KEY (tbl, row_id)) WITHOUT ROWID")
    con.execute("DELETE FROM temp.merge_row")
    con.executemany("INSERT INTO temp.merge_row VALUES (?, ?)", list(by_row))
    # The old heads of the fields that come in, and of each row's tombstone. A row's other
    # fields matter only when its tombstone says "deleted" (delete-vs-edit, read below then):
    # reading every head of every touched row was a third of a large merge.
    con.execute("CREATE TEMP TABLE IF NOT EXISTS merge_field (tbl TEXT, row_id TEXT, col TEXT, "
                "PRIMARY KEY (tbl, row_id, col)) WITHOUT ROWID")
    con.execute("DELETE FROM temp.merge_field")
    con.executemany("INSERT OR IGNORE INTO temp.merge_field VALUES (?, ?, ?)",
                    [(t, r, c) for (t, r), cols in by_row.items() for c in (*cols, DELETED)])
    old_heads: dict[tuple[str, str], dict[str, list[Version]]] = defaultdict(lambda: defaultdict(list))
    for r in con.execute(
            "SELECT v.* FROM temp.merge_field f JOIN main.field_head h "
            "ON h.tbl = f.tbl AND h.row_id = f.row_id AND h.col = f.col "
            "JOIN main.field_version v ON v.vid = h.vid"):
        v = row_to_version(r)
        old_heads[(v.tbl, v.row_id)][v.col].append(v)

    # The projection rows as this file shows them now, per table.
    mine_rows: dict[tuple[str, str], dict] = {}
    for tbl in {t for t, _ in by_row if t in PROJECTED_TABLES}:
        for r in con.execute(f"SELECT * FROM main.{tbl} WHERE id IN "
                             "(SELECT row_id FROM temp.merge_row WHERE tbl = ?)", (tbl,)):
            mine_rows[(tbl, r["id"])] = dict(r)

    head_deletes: list[tuple] = []
    head_inserts: list[tuple] = []
    # Parents before children, so a new participant finds its interview (FKs are deferred
    # anyway; the order keeps the projection sensible at every step).
    order = {t: i for i, t in enumerate(PROJECTED_TABLES)}
    keys = sorted(by_row, key=lambda k: (order.get(k[0], len(order)), k[1]))
    total = len(keys)
    for n, (tbl, row_id) in enumerate(keys):
        if n % 500 == 0:
            check_cancel()
            step(0.35 + 0.55 * n / max(total, 1), "applying")
        new_cols = by_row[(tbl, row_id)]
        heads = {c: list(vs) for c, vs in old_heads.get((tbl, row_id), {}).items()}
        for col, vs in new_cols.items():
            merged = rules.merge_heads(heads.get(col, ()), vs)
            old_vids = {h.vid for h in heads.get(col, ())}
            if {h.vid for h in merged} != old_vids:
                head_deletes.append((tbl, row_id, col))
                head_inserts.extend((tbl, row_id, col, h.vid) for h in merged)
            heads[col] = merged
        columns = store.columns(tbl)
        if columns is None:
            continue  # a table this version does not know: kept in the log, forwarded
        mine = mine_rows.get((tbl, row_id))
        has_row = mine is not None
        updates: dict[str, Any] = {}
        for col in new_cols:
            if col == DELETED or col not in columns or col in ("id", "deleted"):
                continue
            hs = heads[col]
            value = rules.display_value(hs, has_row, mine.get(col) if has_row else None)
            if (tbl, col) == rules.FRAMEWORK_KEY and has_row and mine.get(col) is not None \
                    and not rules.same_value(value, mine[col]):
                # Never change the max points under the user's feet: keep ours, ask.
                value = mine[col]
                out.conflicts.append(_conflict(con, rules.FRAMEWORK, tbl, row_id, col, mine[col]))
            elif not rules.settled(hs):
                out.conflicts.append(_conflict(con, rules.FIELD, tbl, row_id, col, value, hs))
            if not has_row or not rules.same_value(value, mine.get(col)):
                updates[col] = value
        del_heads = heads.get(DELETED, [])
        if del_heads and all(rules.same_value(h.value, 1) for h in del_heads):
            for h in store.row_heads(tbl, row_id):  # the fields that did not come in
                if h.col not in new_cols and h.col != DELETED:
                    heads.setdefault(h.col, []).append(h)
        field_heads = [h for c, hs in heads.items() if c != DELETED for h in hs]
        contested = rules.delete_edit_conflicts(
            del_heads, field_heads, lambda: store.history(tbl, row_id, DELETED))
        mine_deleted = int(mine["deleted"]) if has_row else 0
        deleted = rules.display_deleted(del_heads, bool(contested), has_row, mine_deleted)
        if contested or not rules.settled(del_heads):
            if DELETED in new_cols or any(h.col in new_cols for h in contested):
                out.conflicts.append(_conflict(con, rules.DELETE, tbl, row_id, "deleted",
                                               bool(deleted)))
        if not has_row:
            con.execute(f"INSERT INTO main.{tbl}(id, deleted) VALUES (?, ?)", (row_id, deleted))
            if deleted == 0:
                out.changes.append(RowChange(tbl, row_id, "added"))
        else:
            if deleted != mine_deleted:
                updates["deleted"] = deleted
                out.changes.append(RowChange(tbl, row_id, "deleted" if deleted else "added"))
            elif updates and not deleted:
                out.changes.append(RowChange(tbl, row_id, "changed"))
        if updates:
            sets = ", ".join(f"{c} = ?" for c in updates)
            con.execute(f"UPDATE main.{tbl} SET {sets} WHERE id = ?", (*updates.values(), row_id))
        if not has_row or store.searchable_change(tbl, updates):
            store.reindex(tbl, row_id)  # (the search index follows the projection only)
    for chunk in _chunks(head_deletes):
        con.executemany("DELETE FROM main.field_head WHERE tbl=? AND row_id=? AND col=?", chunk)
    con.executemany("INSERT OR IGNORE INTO main.field_head(tbl, row_id, col, vid) VALUES (?,?,?,?)",
                    head_inserts)


def _conflict(con: sqlite3.Connection, kind: str, tbl: str, row_id: str, col: str,
              mine: Any, heads: list[Version] = ()) -> dict:
    """A conflict as `merge --json` lists it: both values as each file shows them (THEIRS'
    shown value only when it passes its rule; else the competing value that came in)."""
    theirs = None
    try:
        row = con.execute(f"SELECT * FROM theirs.{tbl} WHERE id = ?", (row_id,)).fetchone()
    except sqlite3.Error:
        row = None
    if row is not None:
        if kind == rules.DELETE:
            theirs = bool(row["deleted"])
        elif col in row.keys():
            theirs = row[col]
    if heads and (theirs is None or validation.value_problem(tbl, col, theirs, validation.Context(
            row=dict(row) if row is not None else None)) is not None):
        theirs = next((h.value for h in heads if not rules.same_value(h.value, mine)), theirs)
    return {"kind": tbl, "id": row_id, "field": col, "mine": mine, "theirs": theirs,
            "_type": kind}


# ---- open conflicts, resolution -----------------------------------------------------------


@dataclass
class OpenConflict:
    type: str               # rules.FIELD | rules.DELETE | rules.FRAMEWORK
    tbl: str
    row_id: str
    col: str                # the field; "deleted" for delete conflicts
    mine: Any               # what this file shows
    heads: list[Version]    # the competing versions (for DELETE: tombstones + concurrent edits)
    mine_deleted: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.tbl, self.row_id, self.col)


def open_conflicts(store: EvaluationStore) -> list[OpenConflict]:
    con = store.con
    out: list[OpenConflict] = []
    multi = con.execute(
        "SELECT h.tbl, h.row_id, h.col, v.* FROM field_head h JOIN field_version v ON v.vid = h.vid "
        "WHERE (h.tbl, h.row_id, h.col) IN (SELECT tbl, row_id, col FROM field_head "
        "GROUP BY tbl, row_id, col HAVING count(*) > 1) ORDER BY h.tbl, h.row_id, h.col").fetchall()
    grouped: dict[tuple[str, str, str], list[Version]] = defaultdict(list)
    for r in multi:
        grouped[(r["tbl"], r["row_id"], r["col"])].append(row_to_version(r))
    rows_cache: dict[tuple[str, str], dict | None] = {}

    def mine_row(tbl, row_id):
        if (tbl, row_id) not in rows_cache:
            rows_cache[(tbl, row_id)] = (store.get(tbl, row_id, include_deleted=True)
                                         if tbl in PROJECTED_TABLES else None)
        return rows_cache[(tbl, row_id)]

    for (tbl, row_id, col), heads in grouped.items():
        if rules.settled(heads):
            continue
        row = mine_row(tbl, row_id)
        if row is None:
            continue
        if col == DELETED:
            out.append(OpenConflict(rules.DELETE, tbl, row_id, "deleted", bool(row["deleted"]),
                                    heads, bool(row["deleted"])))
        else:
            kind = rules.FRAMEWORK if (tbl, col) == rules.FRAMEWORK_KEY else rules.FIELD
            out.append(OpenConflict(kind, tbl, row_id, col, row.get(col), heads,
                                    bool(row["deleted"])))
    # Delete against concurrent edit: tombstone heads that did not see an edit. One query
    # for the heads of every row that has a "deleted" head.
    row_heads: dict[tuple[str, str], list[Version]] = defaultdict(list)
    for r in con.execute(
            "SELECT v.* FROM field_head h JOIN field_version v ON v.vid = h.vid "
            "WHERE (h.tbl, h.row_id) IN (SELECT h2.tbl, h2.row_id FROM field_head h2 "
            "JOIN field_version v2 ON v2.vid = h2.vid WHERE h2.col = ? AND v2.value = 1)",
            (DELETED,)):
        v = row_to_version(r)
        row_heads[(v.tbl, v.row_id)].append(v)
    for (tbl, row_id), fields in row_heads.items():
        dheads = [h for h in fields if h.col == DELETED]
        if not rules.settled(dheads):
            continue  # delete against restore: listed above
        contested = rules.delete_edit_conflicts(
            dheads, fields, lambda: store.history(tbl, row_id, DELETED))
        if contested:
            row = mine_row(tbl, row_id)
            if row is None:
                continue
            out.append(OpenConflict(rules.DELETE, tbl, row_id, "deleted", bool(row["deleted"]),
                                    [*dheads, *contested], bool(row["deleted"])))
    # A framework change that came in while ours stayed (see _apply).
    ev = store.get("evaluation", store.evaluation_id, include_deleted=True)
    if ev is not None and (("evaluation", store.evaluation_id, "framework_json") not in grouped):
        heads = store.heads("evaluation", store.evaluation_id, "framework_json")
        if len(heads) == 1 and not rules.same_value(heads[0].value, ev["framework_json"]):
            out.append(OpenConflict(rules.FRAMEWORK, "evaluation", store.evaluation_id,
                                    "framework_json", ev["framework_json"], heads))
    return out


# ---- backups and undo ---------------------------------------------------------------------


def restore_from_backup(store: EvaluationStore, backup: Path) -> None:
    """Put the file back to a backup's content through our own connection (one step)."""
    src = sqlite3.connect(f"file:{schema._uri_path(backup)}?mode=ro", uri=True)
    try:
        src.backup(store.con)
    finally:
        src.close()


def last_merge(store: EvaluationStore) -> dict | None:
    rows = store.con.execute("SELECT * FROM sync_log ORDER BY at DESC, rowid DESC LIMIT 1").fetchall()
    return dict(rows[0]) if rows else None


def fingerprint(store: EvaluationStore) -> dict:
    con = store.con
    return {"versions": con.execute("SELECT count(*) FROM field_version").fetchone()[0],
            "max_hlc": _max_hlc(con)}


def merge_history(store: EvaluationStore) -> list[dict]:
    return [dict(r) for r in store.con.execute(
        "SELECT * FROM sync_log ORDER BY at DESC, rowid DESC")]


def add_log_entry(store: EvaluationStore, row: dict) -> None:
    """Put a sync_log row back (after an undo restored the file to before it)."""
    cols = ("id", "at", "peer_file", "peer_authors", "incoming_sha256", "new_versions", "report",
            "backup_path")
    with store.transaction():
        store.con.execute(f"INSERT OR REPLACE INTO sync_log({', '.join(cols)}) VALUES "
                          f"({', '.join('?' * len(cols))})", [row.get(c) for c in cols])


def file_is_clean_single(path: Path) -> bool:
    return not any(os.path.exists(str(path) + s) for s in ("-wal", "-shm", "-journal"))


def own_replica_extent(inc: IncomingFile) -> tuple[str | None, int]:
    """THEIRS's own replica id and the newest hlc it wrote (what a merge exposed of it)."""
    con = sqlite3.connect(f"file:{schema._uri_path(inc.path)}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()
        if not row:
            return None, 0
        hlc = con.execute("SELECT coalesce(max(hlc), 0) FROM field_version WHERE origin = ?",
                          (row[0],)).fetchone()[0]
        return row[0], hlc if isinstance(hlc, int) else 0
    except sqlite3.Error:
        return None, 0
    finally:
        con.close()

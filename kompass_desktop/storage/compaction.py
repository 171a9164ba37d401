"""Compaction of the field-version log (db/README.md §2 the exposure horizon, §3 compaction).

Notes are saved at every pause in typing, so a field collects many full copies of a growing
text. A version of this file's own replica that cannot have left the file (written after the
exposure horizon) and that a later version of the same field from the same replica supersedes
within the same hour is folded into that later one: deleted from the log. What stays: every
head, every tombstone (`_deleted`), every version that may have left, the last version of each
field per hour (the history), and while a session is open every version its undo may need.

Heads are the maximal elements of a partial order; removing an element another kept element
dominates changes neither the heads of this log nor those of its union with any other log, so
merges, conflicts and the projection are unchanged. Compaction is one transaction; VACUUM
runs afterwards, outside it, when free pages are a large share of the file.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kompass_desktop.domain.versions import DELETED, hlc_now, hlc_to_ms, vv_leq, vv_loads
from kompass_desktop.storage import replicas
from kompass_desktop.storage.store import EvaluationStore

EXPOSED_KEY = "exposed_hlc"
# "<replica> <hlc>": that replica's versions below hlc (an hour's start) were examined when
# their hours were complete, so a compaction starts there instead of at the whole log (closing
# the large evaluation scanned 52,000 versions, 0.4 s, at every close). Own versions only come
# later (the clock moves forward); one that comes back into an examined hour (redo of an
# undone resolution) is at worst not folded, and folding less is always safe.
EXAMINED_KEY = "compaction_examined"
BUCKET_MS = 3600 * 1000        # the keep bucket: the last version per field per hour stays
VACUUM_FREE_SHARE = 0.25       # VACUUM when at least this share of the pages is free


@dataclass(frozen=True)
class CompactionResult:
    folded: int                # versions removed from the log
    kept: int                  # versions left in the log
    bytes_before: int          # database size (pages in use or free) before
    bytes_after: int           # and after (smaller only when VACUUM ran)
    vacuumed: bool


# ---- the exposure horizon ------------------------------------------------------------------


def _horizon(con: sqlite3.Connection) -> int:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (EXPOSED_KEY,)).fetchone()
    try:
        return int(row[0]) if row and row[0] is not None else 0
    except ValueError:
        return 0


def exposure_horizon(store: EvaluationStore) -> int:
    """The newest hlc of this file's own versions that may exist in another copy: the
    file's own mark, or how far a merge on this installation read this replica as THEIRS
    (the registry, since THEIRS is never written)."""
    return max(_horizon(store.con), replicas.read_horizon(store.replica))


def mark_exposed(store: EvaluationStore) -> int:
    """Record that the file's content may have met another copy now (a share copy or an
    encrypted copy was written, another file was merged in). Never moves backwards, and
    covers own versions another connection to the file wrote. Returns the new horizon."""
    with store.transaction():
        own = store.con.execute("SELECT coalesce(max(hlc), 0) FROM field_version WHERE origin = ?",
                                (store.replica,)).fetchone()[0]
        horizon = max(store.clock, own, _horizon(store.con))
        store.con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                          (EXPOSED_KEY, str(horizon)))
    return horizon


# ---- folding -------------------------------------------------------------------------------


def _bucket(hlc: int) -> int:
    return hlc_to_ms(hlc) // BUCKET_MS


def _hour_start(hlc: int) -> int:
    return (_bucket(hlc) * BUCKET_MS) << 16


def _examined_from(con: sqlite3.Connection, replica: str) -> int:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (EXAMINED_KEY,)).fetchone()
    try:
        who, hlc = str(row[0]).split(" ")
        return int(hlc) if who == replica else 0
    except (TypeError, ValueError):
        return 0


def foldable(con: sqlite3.Connection, replica: str, horizon: int,
             session_start: int | None, since: int = 0) -> list[bytes]:
    """The versions §3 lets go. With `session_start`, only versions written before the
    session are considered, as folded and as folding ones: a version the session's undo may
    return to (a former head a session edit superseded) stays. `since` (the start of an
    hour): versions before it are not looked at (EXAMINED_KEY)."""
    # Only groups (field, hour) with two or more versions can fold anything: SQLite counts
    # them, so a large log where most fields were written once is not walked in Python
    # (closing the large evaluation spent 0.5 s here). The bucket is _bucket() in SQL.
    sql = ("SELECT vid, tbl, row_id, col, hlc, vv, head FROM ("
           "SELECT v.vid, v.tbl, v.row_id, v.col, v.hlc, v.vv, h.vid IS NOT NULL AS head, "
           f"count(*) OVER (PARTITION BY v.tbl, v.row_id, v.col, (v.hlc >> 16) / {BUCKET_MS}) AS n "
           # by origin and clock (schema 5): usually only the last hours (EXAMINED_KEY)
           "FROM field_version v "
           "LEFT JOIN field_head h ON h.tbl = v.tbl AND h.row_id = v.row_id "
           "AND h.col = v.col AND h.vid = v.vid "
           # one lower bound (SQLite would range over only one of two)
           "WHERE v.origin = ? AND v.hlc > ? AND v.col <> ? "
           # a hand-edited log may hold clocks that are not numbers: never folded
           "AND typeof(v.hlc) = 'integer'")
    params: list = [replica, max(horizon, since - 1), DELETED]
    if session_start is not None:
        sql += " AND v.hlc <= ?"
        params.append(session_start)
    sql += ") WHERE n > 1 ORDER BY tbl, row_id, col, hlc"
    out: list[bytes] = []
    group: list[sqlite3.Row] = []
    key = None
    for r in con.execute(sql, params):
        k = (r[1], r[2], r[3], _bucket(r[4]))
        if k != key:
            out.extend(_fold_group(group))
            group, key = [], k
        group.append(r)
    out.extend(_fold_group(group))
    return out


def _fold_group(group: list) -> list[bytes]:
    """Within one field, one replica and one hour (sorted by hlc): every non-head version a
    later one supersedes. The last of the group is never folded."""
    if len(group) < 2:
        return []
    vvs = [vv_loads(r[5]) for r in group]
    out = []
    for i in range(len(group) - 1):
        if group[i][6]:
            continue  # a head
        # Usually the last version supersedes all before it: look from the end.
        if any(vv_leq(vvs[i], vvs[j]) for j in range(len(group) - 1, i, -1)):
            out.append(bytes(group[i][0]))
    return out


def _fold(con: sqlite3.Connection, replica: str, horizon: int,
          session_start: int | None) -> int:
    """Delete what may be folded; the caller holds the transaction."""
    since = _examined_from(con, replica)
    vids = foldable(con, replica, horizon, session_start, since)
    con.executemany("DELETE FROM field_version WHERE vid = ? AND NOT EXISTS "
                    "(SELECT 1 FROM field_head h WHERE h.vid = field_version.vid)",
                    [(v,) for v in vids])
    # Every hour before this one is complete: a new version is dated now or later (the
    # clock never goes back). With a session kept, only up to the session's start.
    now = hlc_now(0)  # the clock new versions are dated by
    upto = now if session_start is None else min(now, session_start)
    if _hour_start(upto) > since:
        con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (EXAMINED_KEY, f"{replica} {_hour_start(upto)}"))
    return len(vids)


def _size(con: sqlite3.Connection) -> tuple[int, int]:
    """(bytes of the database, share of free pages)."""
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    free = con.execute("PRAGMA freelist_count").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    return pages * size, (free / pages if pages else 0.0)


def _vacuum_if_worth(con: sqlite3.Connection, force: bool = False) -> bool:
    _, free = _size(con)
    if not force and free < VACUUM_FREE_SHARE:
        return False
    try:
        con.execute("VACUUM")
    except sqlite3.OperationalError:
        return False  # another connection is reading: the free pages are reused by later writes
    return True


def compact(store: EvaluationStore, *, include_session: bool) -> CompactionResult:
    """Fold the open file's log in one transaction, then VACUUM it if that frees enough.

    `include_session=False` keeps every version of the open session (and every version it
    superseded) for its undo; `True` is for when the session ends."""
    con = store.con
    before, _ = _size(con)
    with store.transaction():
        folded = _fold(con, store.replica, _horizon(con),
                       None if include_session else store.session_start)
    vacuumed = bool(folded) and _vacuum_if_worth(con)
    if vacuumed:
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
    after, _ = _size(con)
    kept = con.execute("SELECT count(*) FROM field_version").fetchone()[0]
    return CompactionResult(folded, kept, before, after, vacuumed)


def compact_on_close(store: EvaluationStore) -> CompactionResult | None:
    """Compaction as a session ends. A failure (the file busy in another program, a full
    disk) rolls back and leaves the file as it was; closing goes on."""
    if not store.is_open or store.read_only:  # a file only looked at is never written
        return None
    try:
        return compact(store, include_session=True)
    except sqlite3.Error:
        return None


# ---- compacted copies ----------------------------------------------------------------------


def write_compacted_copy(store: EvaluationStore, dest: str | Path, *,
                         horizon: int | None = None) -> Path:
    """A clean single file of the open store, compacted with the session included and
    vacuumed, written under a temporary name and renamed when complete.

    `horizon` is the exposure horizon the copy is folded by (default: the file's): a share
    copy passes the horizon from before it marked the file exposed. The copy keeps the
    file's replica as its own, so the same versions count as own there."""
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    if horizon is None:
        horizon = exposure_horizon(store)
    store.save_copy(tmp)  # VACUUM INTO, also from a store open read-only
    try:
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode = DELETE")  # a single file, readable anywhere
            con.execute("BEGIN IMMEDIATE")
            try:
                folded = _fold(con, store.replica, horizon, None)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            if folded:
                _vacuum_if_worth(con, force=True)
        finally:
            con.close()
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def database_bytes(path: str | Path) -> int:
    """Size on disk of a closed file (with its -wal, if one was left)."""
    path = Path(path)
    wal = Path(str(path) + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)

"""An open evaluation file: versioned writes, tombstones, projection reads, blobs, search.

Every public write runs in its own transaction (or joins the caller's `transaction()`), so
each edit is on disk when the call returns. Writes append to the field_version log and
update the typed projection tables in the same transaction.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from kompass_desktop.domain.errors import InputError, KompassError
from kompass_desktop.domain.validation import as_stored
from kompass_desktop.domain.versions import (
    DELETED, MAX_CLOCK_SKEW_MS, Version, heads_of, hlc_now, version_id, vv_dumps, vv_loads,
    vv_merge)
from kompass_desktop.storage import erasure, replicas, schema
from kompass_desktop.storage.schema import APPLICATION_ID, FILE_FORMAT, FileRefused

# Projection tables a write may touch; anything else is refused (names go into SQL).
PROJECTED_TABLES = (
    "evaluation", "evaluator", "interview", "participant", "document", "evidence",
    "evidence_tag", "score_draft", "score_agreed", "area_ready", "area_text", "subarea_text",
    "list_item", "good_example", "comparison_series", "person", "erasure",
)

# What full-text search sees of each table: (title columns, body columns).
SEARCH_SPEC: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "interview": (("title",), ("place", "notes")),
    "participant": (("name",), ("role", "function")),
    "person": (("name",), ("role", "function", "organisation", "note")),
    "document": (("title",), ("issuer", "kind", "notes", "file_name", "pages")),
    "evidence": ((), ("text", "page", "url")),
    "list_item": ((), ("text",)),
    "area_text": ((), ("general_text",)),
    "subarea_text": ((), ("text",)),
    "good_example": (("municipality",), ("what", "why")),
    "score_agreed": ((), ("rationale",)),
}


@dataclass(frozen=True)
class Actor:
    """Who writes: the installation (origin) and the evaluator identity (author)."""
    origin: str
    author: str
    name: str = ""
    organisation: str = ""


def natural_id(evaluation_id: str, *key: str) -> str:
    """Row id for rows two evaluators may create independently but that mean the same."""
    return str(uuid.uuid5(uuid.UUID(evaluation_id), "/".join(key)))


# A typed value as the file holds it; typed input is checked in this form (one conversion).
to_db = as_stored


class ReadOnlyFile(KompassError):
    """A write was asked of a file opened read-only."""


class EvaluationStore:
    def __init__(self, path: Path, con: sqlite3.Connection, actor: Actor):
        self.path = path
        self.con = con
        self.actor = actor
        self._depth = 0
        self._journal: dict | None = None
        self._retracted: set[bytes] = set()  # retract() this session: redo may reinstate
        self._columns = schema.table_columns(con, PROJECTED_TABLES)
        self._seen_data_version = self.data_version()  # changed_elsewhere() compares with it
        self.evaluation_id = self.meta("evaluation_id")
        # The origin of every version this store writes: the replica (edited copy of the
        # file), see db/README.md §1. Claimed when the file is opened for writing.
        self.replica = self.meta("replica_id") or actor.origin
        self._last_hlc = self._start_clock()
        self.erasures_cache: list | None = None  # storage.erasure: the file's erasures, loaded on use
        # The clock when the store was opened: versions above it belong to this session
        # (its undo may need them; compaction keeps them until the session ends).
        self.session_start = self._last_hlc

    # ---- opening ---------------------------------------------------------------------

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk (not just in the OS cache) when the edit call returns.
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA busy_timeout = 3000")
        return con

    @classmethod
    def open(cls, path: str | Path, actor: Actor, migrate_backup_dir: Path | None = None,
             read_only: bool = False) -> "EvaluationStore":
        """Open a checked file. With `read_only` nothing is ever written to it (no WAL
        switch, no author row, no migration: an older file is read through a migrated
        private copy) and every write raises ReadOnlyFile."""
        path = Path(path)
        header = schema.check_file(path)
        if read_only:
            return cls._open_read_only(path, actor, header)
        if not schema.is_writable(path):
            raise FileRefused(f"{path.name} is read-only; copy it to a folder you can write to",
                              sv=f"{path.name} är skrivskyddad; kopiera den till en mapp där du kan skriva")
        if header.user_version < schema.SCHEMA_VERSION:
            schema.migrate_file(path, migrate_backup_dir)
        con = cls._connect(path)
        try:
            store = cls(path, con, actor)
            store._register_author()
            store._claim_replica()
        except BaseException:
            con.close()
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path, actor: Actor, header: schema.FileHeader
                        ) -> "EvaluationStore":
        private = None
        if schema.needs_private_copy(path) or header.user_version < schema.SCHEMA_VERSION:
            copy = schema.private_copy(path)
            private = copy.parent
            try:
                if header.user_version < schema.SCHEMA_VERSION:
                    schema.migrate_file(copy)
                con = sqlite3.connect(copy, isolation_level=None, check_same_thread=False)
                con.execute("PRAGMA journal_mode = DELETE")  # fold the WAL into the copy
                con.execute("PRAGMA query_only = ON")
            except BaseException:
                import shutil
                shutil.rmtree(private, ignore_errors=True)
                raise
        else:
            con = schema.connect_read_only(path)
        con.row_factory = sqlite3.Row
        try:
            store = cls(path, con, actor)
        except BaseException:
            con.close()
            if private is not None:
                import shutil
                shutil.rmtree(private, ignore_errors=True)
            raise
        store.read_only = True
        store._private_dir = private
        return store

    # A store opened read-only refuses every write (transaction() is where they all pass).
    read_only = False
    _private_dir: Path | None = None

    @classmethod
    def create(cls, path: str | Path, actor: Actor, evaluation_id: str | None = None,
               populate: Callable[["EvaluationStore"], None] | None = None
               ) -> "EvaluationStore":
        """A new file, built under `NAME.creating` (with `populate` run inside it) and
        renamed only when complete: on any failure nothing is left behind."""
        path = Path(path)
        if os.path.lexists(path):
            raise FileRefused(f"{path} already exists; choose another name",
                              sv=f"{path} finns redan; välj ett annat namn")
        schema.check_output_file(path, FileRefused)
        tmp = path.with_name(path.name + ".creating")
        _remove_with_sidecars(tmp)
        con = None
        try:
            con = sqlite3.connect(tmp, isolation_level=None, check_same_thread=False)
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            schema.apply_migrations(con, 0)
            evaluation_id = evaluation_id or str(uuid.uuid4())
            con.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [
                ("format", FILE_FORMAT), ("evaluation_id", evaluation_id),
                ("min_reader_schema", str(schema.MIN_READER_SCHEMA))])
            # The new file's replica, registered under the name it will have.
            replicas.assign_new(con, path)
            if populate is not None:
                con.row_factory = sqlite3.Row
                con.execute("PRAGMA foreign_keys = ON")
                building = cls(tmp, con, actor)
                building._register_author()
                populate(building)
            con.close()
            con = None
            # Appear under the final name only when complete.
            os.replace(tmp, path)
        except BaseException:
            if con is not None:
                con.close()
            _remove_with_sidecars(tmp)
            raise
        con = None
        try:
            con = cls._connect(path)
            store = cls(path, con, actor)
            store._register_author()
            store._claim_replica()
        except BaseException:
            if con is not None:
                con.close()
            raise
        return store

    @property
    def is_open(self) -> bool:
        return self.con is not None

    def ensure_writable(self) -> None:
        """Raise ReadOnlyFile for a store opened read-only (every write passes here)."""
        if self.read_only:
            raise ReadOnlyFile(
                f"{self.path.name} is open read-only; save a working copy to make changes",
                sv=f"{self.path.name} är öppnad skrivskyddad; spara en arbetskopia för att ändra")

    def data_version(self) -> int:
        """Changes whenever another connection (another program) commits to the file;
        the workbench polls it to notice changes made on disk."""
        return self.con.execute("PRAGMA data_version").fetchone()[0]

    def changed_elsewhere(self) -> bool:
        """Whether another connection committed since the last call (or since opening, or
        since seen_own_commits())."""
        version = self.data_version()
        changed, self._seen_data_version = version != self._seen_data_version, version
        return changed

    def seen_own_commits(self) -> None:
        """What another connection of this program committed (a merge on its own
        connection) is ours: not a change made elsewhere."""
        self._seen_data_version = self.data_version()

    def close(self) -> None:
        if self.con is not None:
            if not self.read_only:
                try:
                    self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.Error:
                    pass
            self.con.close()
            self.con = None
        if self._private_dir is not None:
            import shutil
            shutil.rmtree(self._private_dir, ignore_errors=True)
            self._private_dir = None

    def __enter__(self) -> "EvaluationStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _register_author(self) -> None:
        a = self.actor
        with self.transaction():
            self.con.execute(
                "INSERT INTO author(id, name, organisation) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name=excluded.name, organisation=excluded.organisation "
                "WHERE excluded.name <> ''", (a.author, a.name, a.organisation))

    def _claim_replica(self) -> None:
        """Become this copy's replica before the first write (a copy gets a new id)."""
        self.replica = replicas.claim(self.con, self.path)
        self._last_hlc = self.session_start = self._start_clock()

    def _start_clock(self, now_ms: int | None = None) -> int:
        """Above every version of our own replica, and above the rest of the log only up to
        a day ahead of now: a far-future clock that came in by merge must not date our edits."""
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        cap = (now_ms + MAX_CLOCK_SKEW_MS) << 16
        # Only well-formed clocks count: a hand-edited log may hold text or huge numbers.
        sane = "typeof(hlc) = 'integer' AND hlc > 0 AND hlc < (1 << 62)"
        own = self.con.execute(f"SELECT coalesce(max(hlc), 0) FROM field_version WHERE origin = ? "
                               f"AND {sane}", (self.replica,)).fetchone()[0]
        rest = self.con.execute(f"SELECT coalesce(max(hlc), 0) FROM field_version WHERE hlc <= ? "
                                f"AND {sane}", (cap,)).fetchone()[0]
        return max(own, rest)

    # ---- transactions ----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit; nested calls join the outer transaction."""
        self.ensure_writable()
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._rollback_quietly()
            raise
        self._depth = 0
        try:
            self.con.execute("COMMIT")
        except BaseException:
            self._rollback_quietly()
            raise

    def _rollback_quietly(self) -> None:
        # SQLite may have rolled back already (a full disk, SQLITE_FULL): the error the
        # caller sees is the one that happened, not "no transaction is active".
        if self.con.in_transaction:
            try:
                self.con.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    # ---- meta ------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # ---- the log ---------------------------------------------------------------------

    def next_hlc(self) -> int:
        self._last_hlc = hlc_now(self._last_hlc)
        return self._last_hlc

    @property
    def clock(self) -> int:
        """The newest HLC this file has handed out or seen."""
        return self._last_hlc

    def observe_hlc(self, hlc: int) -> None:
        """Keep our clock ahead of every version we hold (after a merge; callers cap it)."""
        self._last_hlc = max(self._last_hlc, hlc)

    def heads(self, tbl: str, row_id: str, col: str) -> list[Version]:
        rows = self.con.execute(
            "SELECT v.* FROM field_head h JOIN field_version v ON v.vid = h.vid "
            "WHERE h.tbl=? AND h.row_id=? AND h.col=?", (tbl, row_id, col)).fetchall()
        return [row_to_version(r) for r in rows]

    def history(self, tbl: str, row_id: str, col: str | None = None) -> list[Version]:
        sql = "SELECT * FROM field_version WHERE tbl=? AND row_id=?"
        params: list[Any] = [tbl, row_id]
        if col is not None:
            sql += " AND col=?"
            params.append(col)
        return [row_to_version(r) for r in self.con.execute(sql + " ORDER BY hlc", params)]

    def _append(self, tbl: str, row_id: str, col: str, value: Any,
                supersedes: list[Version]) -> Version:
        hlc = self.next_hlc()
        vv = vv_merge([*(v.vv for v in supersedes), *erasure.seen_by_writes(self, tbl, row_id, col)])
        vv[self.replica] = hlc
        vv_text = vv_dumps(vv)
        vid = version_id(self.replica, hlc, tbl, row_id, col, value, vv_text)
        self.con.execute(
            "INSERT INTO field_version(vid, tbl, row_id, col, value, origin, author, hlc, vv) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (vid, tbl, row_id, col, value, self.replica, self.actor.author, hlc, vv_text))
        self.con.execute("DELETE FROM field_head WHERE tbl=? AND row_id=? AND col=?",
                         (tbl, row_id, col))
        self.con.execute("INSERT INTO field_head(tbl, row_id, col, vid) VALUES (?,?,?,?)",
                         (tbl, row_id, col, vid))
        return Version(vid, tbl, row_id, col, value, self.replica, self.actor.author, hlc, vv)

    def _check_table(self, tbl: str, cols: Mapping[str, Any] | None = None) -> None:
        if tbl not in self._columns:
            raise ValueError(f"unknown table {tbl!r}")
        if cols:
            bad = [c for c in cols if c not in self._columns[tbl] or c in ("id", "deleted")]
            if bad:
                raise ValueError(f"unknown column(s) {bad} in {tbl}")

    # ---- writes ----------------------------------------------------------------------

    def write(self, tbl: str, row_id: str, values: Mapping[str, Any]) -> list[str]:
        """Set fields of a row (creating it if new). Returns the fields that changed.

        Writing supersedes every current head of the field, which is also how an open
        conflict is resolved: the value written is the one the user chose.
        """
        self._check_table(tbl, values)
        changed: list[str] = []
        with self.transaction():
            current = self.con.execute(f"SELECT * FROM {tbl} WHERE id=?", (row_id,)).fetchone()
            if current is None:
                self.con.execute(f"INSERT INTO {tbl}(id) VALUES (?)", (row_id,))
            for col, value in values.items():
                value = to_db(value)
                heads = self.heads(tbl, row_id, col)
                if len(heads) <= 1 and current is not None and current[col] == value and \
                        (heads or value is None):
                    continue
                if not heads and current is None and value is None:
                    continue
                self._shown_before(tbl, row_id, col, current[col] if current is not None else None)
                self._append(tbl, row_id, col, value, heads)
                self.con.execute(f"UPDATE {tbl} SET {col}=? WHERE id=?", (value, row_id))
                changed.append(col)
            if changed or current is None:
                self.reindex(tbl, row_id)
        return changed

    def supersede(self, tbl: str, row_id: str, col: str, value: Any) -> None:
        """Write a value that supersedes every head of the field, even one equal to what is
        shown (how a conflict held back from the projection gets resolved)."""
        self._check_table(tbl, {col: value})
        value = to_db(value)
        with self.transaction():
            if self._journal is not None:
                row = self.con.execute(f"SELECT {col} FROM {tbl} WHERE id=?", (row_id,)).fetchone()
                self._shown_before(tbl, row_id, col, row[0] if row else None)
            self._append(tbl, row_id, col, value, self.heads(tbl, row_id, col))
            self.con.execute(f"UPDATE {tbl} SET {col}=? WHERE id=?", (value, row_id))
            self.reindex(tbl, row_id)

    def insert(self, tbl: str, values: Mapping[str, Any], row_id: str | None = None) -> str:
        row_id = row_id or str(uuid.uuid4())
        self.write(tbl, row_id, values)
        return row_id

    def row_heads(self, tbl: str, row_id: str) -> list[Version]:
        rows = self.con.execute(
            "SELECT v.* FROM field_head h JOIN field_version v ON v.vid = h.vid "
            "WHERE h.tbl=? AND h.row_id=?", (tbl, row_id)).fetchall()
        return [row_to_version(r) for r in rows]

    def set_deleted(self, tbl: str, row_id: str, deleted: bool = True) -> bool:
        """Delete (tombstone) or restore a row. The tombstone's vv covers every field the
        user saw, so an edit made elsewhere without seeing the delete shows as a conflict."""
        self._check_table(tbl)
        with self.transaction():
            current = self.con.execute(f"SELECT deleted FROM {tbl} WHERE id=?", (row_id,)).fetchone()
            if current is None:
                return False
            heads = self.heads(tbl, row_id, DELETED)
            if bool(current[0]) == deleted and len(heads) <= 1:
                return False
            self._write_deleted(tbl, row_id, deleted)
        return True

    def supersede_deleted(self, tbl: str, row_id: str, deleted: bool) -> None:
        """Resolve a delete conflict: a tombstone (or restore) that has seen every field of
        the row, written even when the row already shows that state."""
        self._check_table(tbl)
        with self.transaction():
            self._write_deleted(tbl, row_id, deleted)

    def _write_deleted(self, tbl: str, row_id: str, deleted: bool) -> None:
        if self._journal is not None:
            row = self.con.execute(f"SELECT deleted FROM {tbl} WHERE id=?", (row_id,)).fetchone()
            self._shown_before(tbl, row_id, DELETED, row[0] if row else None)
        self._append(tbl, row_id, DELETED, int(deleted), self.row_heads(tbl, row_id))
        self.con.execute(f"UPDATE {tbl} SET deleted=? WHERE id=?", (int(deleted), row_id))
        self.reindex(tbl, row_id)

    # ---- undo support --------------------------------------------------------------

    @contextmanager
    def journal(self) -> Iterator[dict]:
        """Collect the value each field showed before its first write in the block (what
        undo puts back), keyed (tbl, row_id, col); `_deleted` holds the row's deleted flag."""
        outer, self._journal = self._journal, {}
        try:
            yield self._journal
        finally:
            self._journal = outer

    def _shown_before(self, tbl: str, row_id: str, col: str, value: Any) -> None:
        if self._journal is not None:
            self._journal.setdefault((tbl, row_id, col), value)

    def retract(self, tbl: str, row_id: str, col: str, vids: list[bytes], shown: Any) -> None:
        """Take back versions this file wrote and nobody else can have seen (an undone
        conflict resolution): the field's heads become those of the log without them, so an
        open conflict is open again, and the field shows `shown` (what it showed before)."""
        self._check_table(tbl)
        with self.transaction():
            self.con.executemany("DELETE FROM field_head WHERE vid=?", [(v,) for v in vids])
            self.con.executemany("DELETE FROM field_version WHERE vid=?", [(v,) for v in vids])
            self._reset_heads(tbl, row_id, col)
            self._show(tbl, row_id, col, shown)
        self._retracted.update(vids)

    def was_retracted(self, vid: bytes) -> bool:
        """Whether retract() took this version back since the file was opened (and no
        reinstate() put it back)."""
        return vid in self._retracted

    def reinstate(self, rows: list[dict], shown: Any) -> None:
        """Put retracted versions back exactly (same content hash): redo of a retraction."""
        if not rows:
            return
        tbl, row_id, col = rows[0]["tbl"], rows[0]["row_id"], rows[0]["col"]
        self._check_table(tbl)
        cols = ("vid", "tbl", "row_id", "col", "value", "origin", "author", "hlc", "vv")
        with self.transaction():
            self.con.executemany(
                f"INSERT OR IGNORE INTO field_version({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [tuple(r[c] for c in cols) for r in rows])
            self._reset_heads(tbl, row_id, col)
            self._show(tbl, row_id, col, shown)
        self._retracted.difference_update(bytes(r["vid"]) for r in rows)

    def _reset_heads(self, tbl: str, row_id: str, col: str) -> None:
        heads = heads_of(self.history(tbl, row_id, col))
        self.con.execute("DELETE FROM field_head WHERE tbl=? AND row_id=? AND col=?", (tbl, row_id, col))
        self.con.executemany("INSERT INTO field_head(tbl, row_id, col, vid) VALUES (?,?,?,?)",
                             [(tbl, row_id, col, h.vid) for h in heads])

    def _show(self, tbl: str, row_id: str, col: str, value: Any) -> None:
        if col == DELETED:
            self.con.execute(f"UPDATE {tbl} SET deleted=? WHERE id=?", (int(bool(value)), row_id))
        else:
            self.con.execute(f"UPDATE {tbl} SET {col}=? WHERE id=?", (value, row_id))
        self.reindex(tbl, row_id)

    def columns(self, tbl: str) -> list[str] | None:
        """The columns of a projection table (None for a table this version does not know)."""
        return self._columns.get(tbl)

    def delete(self, tbl: str, row_id: str) -> bool:
        return self.set_deleted(tbl, row_id, True)

    def restore(self, tbl: str, row_id: str) -> bool:
        return self.set_deleted(tbl, row_id, False)

    # ---- reads -----------------------------------------------------------------------

    def get(self, tbl: str, row_id: str, include_deleted: bool = False) -> dict | None:
        self._check_table(tbl)
        row = self.con.execute(f"SELECT * FROM {tbl} WHERE id=?", (row_id,)).fetchone()
        if row is None or (row["deleted"] and not include_deleted):
            return None
        return dict(row)

    def rows(self, tbl: str, where: str = "", params: tuple | list = (),
             order_by: str = "", include_deleted: bool = False) -> list[dict]:
        """Rows of a projection table. `where`/`order_by` are SQL fragments from services."""
        self._check_table(tbl)
        clauses = [] if include_deleted else ["deleted = 0"]
        if where:
            clauses.append(f"({where})")
        sql = f"SELECT * FROM {tbl}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if order_by:
            sql += f" ORDER BY {order_by}"
        return [dict(r) for r in self.con.execute(sql, params)]

    def count(self, tbl: str, where: str = "", params: tuple | list = ()) -> int:
        self._check_table(tbl)
        sql = f"SELECT count(*) FROM {tbl} WHERE deleted = 0" + (f" AND ({where})" if where else "")
        return self.con.execute(sql, params).fetchone()[0]

    def query(self, sql: str, params: tuple | list = ()) -> list[dict]:
        """A read-only query for services that need a join; writes must go through write()."""
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            raise ValueError("query() is for reads")
        return [dict(r) for r in self.con.execute(sql, params)]

    def integrity_ok(self) -> bool:
        """SQLite's full integrity check (slower than the quick_check done on opening)."""
        return self.con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def authors(self) -> dict[str, dict]:
        return {r["id"]: dict(r) for r in self.con.execute("SELECT * FROM author")}

    # ---- blobs -----------------------------------------------------------------------

    def put_blob(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        with self.transaction():
            self.con.execute("INSERT OR IGNORE INTO blob(sha256, data, size) VALUES (?,?,?)",
                             (sha, data, len(data)))
        return sha

    def blob(self, sha: str) -> bytes | None:
        row = self.con.execute("SELECT data FROM blob WHERE sha256=?", (sha,)).fetchone()
        return None if row is None else bytes(row[0])

    def blob_size(self, sha: str) -> int | None:
        row = self.con.execute("SELECT size FROM blob WHERE sha256=?", (sha,)).fetchone()
        return None if row is None else row[0]

    # ---- search ----------------------------------------------------------------------

    # Both full-text indexes hold the same documents under the same rowid (search_doc):
    # search_index (unicode61) matches word starts and ranks, search_trigram matches inside
    # words (schema 4).
    SEARCH_INDEXES = ("search_index", "search_trigram")

    @staticmethod
    def searchable_change(tbl: str, changed: Mapping[str, Any]) -> bool:
        """Whether changing these columns of a row changes what search finds (its text, or
        whether it exists): reindexing a row is the costly part of a merge."""
        spec = SEARCH_SPEC.get(tbl)
        return spec is not None and any(c == "deleted" or c in spec[0] or c in spec[1]
                                        for c in changed)

    def reindex(self, tbl: str, row_id: str) -> None:
        spec = SEARCH_SPEC.get(tbl)
        if spec is None:
            return
        doc = self.con.execute("SELECT rowid FROM search_doc WHERE kind=? AND row_id=?",
                               (tbl, row_id)).fetchone()
        if doc is not None:
            for index in self.SEARCH_INDEXES:
                self.con.execute(f"DELETE FROM {index} WHERE rowid=?", (doc[0],))
        row = self.con.execute(f"SELECT * FROM {tbl} WHERE id=?", (row_id,)).fetchone()
        if row is None or row["deleted"]:
            if doc is not None:
                self.con.execute("DELETE FROM search_doc WHERE rowid=?", (doc[0],))
            return
        if doc is None:
            rowid = self.con.execute("INSERT INTO search_doc(kind, row_id) VALUES (?, ?)",
                                     (tbl, row_id)).lastrowid
        else:
            rowid = doc[0]
        title = " ".join(str(row[c]) for c in spec[0] if row[c])
        body = "\n".join(str(row[c]) for c in spec[1] if row[c])
        for index in self.SEARCH_INDEXES:
            self.con.execute(f"INSERT INTO {index}(rowid, title, body) VALUES (?, ?, ?)",
                             (rowid, title, body))

    def rebuild_search(self) -> None:
        """Every full-text index emptied, merged down and filled again from the projection
        (after an erasure: no segment may keep an erased text)."""
        with self.transaction():
            self.con.execute("DELETE FROM search_doc")
            for index in self.SEARCH_INDEXES:
                self.con.execute(f"DELETE FROM {index}")
                self.con.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
            for tbl in SEARCH_SPEC:
                for (row_id,) in self.con.execute(
                        f"SELECT id FROM {tbl} WHERE deleted = 0").fetchall():
                    self.reindex(tbl, row_id)
            for index in self.SEARCH_INDEXES:
                self.con.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")

    _WORD_HITS = ("SELECT d.kind, d.row_id, bm25(search_index, 5.0, 1.0) AS rank, "
                  "highlight(search_index, 0, char(2), char(3)) AS title, "
                  "snippet(search_index, 1, char(2), char(3), '…', 16) AS snippet "
                  "FROM search_index JOIN search_doc d ON d.rowid = search_index.rowid "
                  "WHERE search_index MATCH ? ORDER BY rank LIMIT ?")

    def search(self, fts_query: str, limit: int = 200, inside_query: str | None = None,
               short_query: str | None = None) -> list[dict]:
        """Ranked hits: kind, row_id, rank and a snippet with hits between \\x02 and \\x03.

        `fts_query` is a unicode61 query (every term at a word start): its hits come first,
        by bm25. With `inside_query` (a trigram query of the words of three or more
        characters) rows where those occur inside words follow, when they also match
        `short_query` (phrases and words too short for trigrams, at word starts; None: there
        are none), in the order they were added.
        """
        try:
            out = [dict(r) for r in self.con.execute(self._WORD_HITS, (fts_query, limit))]
            if inside_query is None or len(out) >= limit:
                return out
            return out + self._inside_hits(inside_query, short_query, limit - len(out),
                                           {(r["kind"], r["row_id"]) for r in out})
        except sqlite3.OperationalError as e:  # FTS5 syntax: the caller's query, not the file
            raise InputError(f"invalid search query: {e}") from None

    def _inside_hits(self, inside_query: str, short_query: str | None, limit: int,
                     seen: set) -> list[dict]:
        # Only rowids first (no ranking or snippets for the thousands a short term can
        # match); snippets for the rows shown. Trigram "tokens" are characters: a longer
        # snippet window.
        where = "search_trigram MATCH ?"
        params: list = [inside_query]
        if short_query:
            where += " AND rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
            params.append(short_query)
        ids = [r[0] for r in self.con.execute(
            f"SELECT rowid FROM search_trigram WHERE {where} LIMIT ?", (*params, limit + len(seen)))]
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self.con.execute(
            "SELECT d.kind, d.row_id, 1000.0 + search_trigram.rowid * 1e-9 AS rank, "
            "highlight(search_trigram, 0, char(2), char(3)) AS title, "
            "snippet(search_trigram, 1, char(2), char(3), '…', 64) AS snippet "
            "FROM search_trigram JOIN search_doc d ON d.rowid = search_trigram.rowid "
            f"WHERE search_trigram MATCH ? AND search_trigram.rowid IN ({marks}) "
            "ORDER BY search_trigram.rowid", (inside_query, *ids))
        out = [dict(r) for r in rows if (r["kind"], r["row_id"]) not in seen]
        return out[:limit]

    # ---- sharing ---------------------------------------------------------------------

    def save_copy(self, dest: str | Path) -> Path:
        """A clean single-file snapshot (no -wal/-shm), written under a temporary name first."""
        dest = Path(dest)
        tmp = dest.with_name(dest.name + ".tmp")
        tmp.unlink(missing_ok=True)
        # A read-only store's connection cannot write its own file anyway (mode=ro,
        # immutable, or a private copy); query_only would also stop it writing the copy.
        if self.read_only:
            self.con.execute("PRAGMA query_only = OFF")
        try:
            self.con.execute("VACUUM INTO ?", (str(tmp),))
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            if self.read_only:
                self.con.execute("PRAGMA query_only = ON")
        os.replace(tmp, dest)
        return dest


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def row_to_version(r: sqlite3.Row) -> Version:
    return Version(vid=bytes(r["vid"]), tbl=r["tbl"], row_id=r["row_id"], col=r["col"],
                   value=r["value"], origin=r["origin"], author=r["author"], hlc=r["hlc"],
                   vv=vv_loads(r["vv"]))

"""Replica identity: which edited copy of a file this is (db/README.md §1).

A version vector entry {R: h} claims "seen every version replica R wrote up to h", so two
files must never write as the same R. The file carries `replica_id` and `replica_token` in its
meta table; this installation keeps a registry (a small SQLite file in the user's data folder)
of the token and path it last gave each replica. A file whose id, token or path does not match
the registry is a copy (cp, USB stick, a share copy kept editing, a restored backup, a moved
file, a file from another computer) and becomes a new replica before its first write. The token
is rotated at every writing open, so only the newest copy at its registered path continues.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from kompass_desktop import paths

REGISTRY_NAME = "replicas.sqlite"


def _registry() -> sqlite3.Connection:
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(folder / REGISTRY_NAME, isolation_level=None, timeout=10)
    con.execute("CREATE TABLE IF NOT EXISTS replica (id TEXT PRIMARY KEY, token TEXT NOT NULL, "
                "path TEXT NOT NULL, read_hlc INTEGER NOT NULL DEFAULT 0)")
    return con


def _canonical(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def claim(con: sqlite3.Connection, path: Path) -> str:
    """The replica id this file writes as from now on (a new one if the file is a copy).

    `con` is the file's own writable connection, outside a transaction. The new token is
    committed into the file before the registry learns it: a crash in between leaves a
    mismatch, which only makes the next writer a new replica (never a shared one).
    """
    meta = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('replica_id', 'replica_token')"))
    rid, token = meta.get("replica_id"), meta.get("replica_token")
    where = _canonical(path)
    with closing(_registry()) as reg:
        row = reg.execute("SELECT token, path FROM replica WHERE id = ?", (rid,)).fetchone() if rid else None
        if row is None or row[0] != token or row[1] != where:
            rid = str(uuid.uuid4())
        new_token = uuid.uuid4().hex
        con.execute("BEGIN IMMEDIATE")
        try:
            con.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                            [("replica_id", rid), ("replica_token", new_token)])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        reg.execute("INSERT INTO replica(id, token, path) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE "
                    "SET token = excluded.token, path = excluded.path", (rid, new_token, where))
    return rid


def assign_new(con: sqlite3.Connection, final_path: Path) -> str:
    """A new file's replica, registered under the path the file will have once complete."""
    rid, token = str(uuid.uuid4()), uuid.uuid4().hex
    con.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    [("replica_id", rid), ("replica_token", token)])
    with closing(_registry()) as reg:
        reg.execute("INSERT OR REPLACE INTO replica(id, token, path) VALUES (?, ?, ?)",
                    (rid, token, _canonical(final_path)))
    return rid


def note_read(replica_id: str | None, hlc: int) -> None:
    """A merge on this installation read a file whose own replica wrote up to `hlc`: those
    versions may now be in another file (the exposure horizon, db/README.md §2)."""
    if not replica_id or hlc <= 0:
        return
    with closing(_registry()) as reg:
        reg.execute("UPDATE replica SET read_hlc = max(read_hlc, ?) WHERE id = ?", (hlc, replica_id))


def read_horizon(replica_id: str) -> int:
    """How far this replica's versions were read by merges on this installation."""
    with closing(_registry()) as reg:
        row = reg.execute("SELECT read_hlc FROM replica WHERE id = ?", (replica_id,)).fetchone()
    return row[0] if row else 0

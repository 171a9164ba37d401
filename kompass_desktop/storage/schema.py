"""Recognising, checking and migrating evaluation files (schema and migrations in db/).

Schema introspection (which tables and columns a file has) goes through sqlite-utils. The
migrations stay SQL files: 0002 rebuilds `field_version` as a WITHOUT ROWID table with an
untyped `value` column, which sqlite-utils' `table.transform` cannot express (it recreates
tables as rowid tables, copies `rowid`, and gives every column a declared type, and a typed
column would change stored values). Every migrated file is checked against the schema a new
file gets (`schema_difference`).
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.paths import MIGRATIONS_DIR

APPLICATION_ID = 0x4B4F4D50  # "KOMP"
FILE_FORMAT = "kompass-eval"
SQLITE_MAGIC = b"SQLite format 3\x00"


class FileRefused(KompassError):
    """The file cannot be used as an evaluation file; it was not changed."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    out = []
    for p in sorted(MIGRATIONS_DIR.glob("*.sql")):
        m = re.match(r"(\d+)_(.+)\.sql$", p.name)
        if m:
            out.append(Migration(int(m.group(1)), m.group(2), p.read_text(encoding="utf-8")))
    return out


SCHEMA_VERSION = max(m.version for m in migrations())
# Oldest reader that can still read files we write; raised only by incompatible migrations.
MIN_READER_SCHEMA = 1


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int
    page_size: int
    page_count: int


def read_header(path: Path) -> FileHeader:
    """The SQLite header, read without opening the database (so nothing can change)."""
    with open(path, "rb") as f:
        head = f.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise FileRefused(f"{path.name} is not a Kompass evaluation file (not an SQLite database)",
                          sv=f"{path.name} är ingen Kompass-utvärdering (inte en SQLite-databas)")
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", head[28:32])[0]
    user_version = struct.unpack(">I", head[60:64])[0]
    app_id = struct.unpack(">I", head[68:72])[0]
    return FileHeader(app_id, user_version, page_size, page_count)


def check_file(path: Path) -> FileHeader:
    """Refuse, with a one-line reason, anything that is not a sound evaluation file we can read.

    Only reads: the header by hand, then an immutable read-only connection for quick_check.
    """
    if not path.exists():
        raise FileRefused(f"{path} does not exist", sv=f"{path} finns inte")
    if path.is_dir():
        raise FileRefused(f"{path} is a folder, not an evaluation file",
                          sv=f"{path} är en mapp, inte en utvärderingsfil")
    try:
        header = read_header(path)
    except OSError as e:
        raise FileRefused(f"{path.name} cannot be read: {e.strerror or e}",
                          sv=f"{path.name} går inte att läsa: {e.strerror or e}") from None
    if header.application_id != APPLICATION_ID:
        raise FileRefused(f"{path.name} is an SQLite database but not a Kompass evaluation file",
                          sv=f"{path.name} är en SQLite-databas men ingen Kompass-utvärdering")
    if header.user_version > SCHEMA_VERSION:
        raise FileRefused(
            f"{path.name} was made by a newer Kompass Desktop (file schema {header.user_version}, "
            f"this version reads up to {SCHEMA_VERSION}); update Kompass Desktop to open it",
            sv=f"{path.name} är gjord med en nyare Kompass Desktop (filschema {header.user_version}, "
               f"den här versionen läser upp till {SCHEMA_VERSION}); uppdatera programmet för att öppna den")
    has_wal = Path(str(path) + "-wal").exists()
    size = path.stat().st_size
    if not has_wal and header.page_count and size < header.page_count * header.page_size:
        raise FileRefused(f"{path.name} is damaged: the file is truncated "
                          f"({size} of {header.page_count * header.page_size} bytes)",
                          sv=f"{path.name} är skadad: filen är avkortad "
                             f"({size} av {header.page_count * header.page_size} byte)")
    try:
        con = _connect_read_only(path)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                first = " ".join(str(rows[0][0]).split())[:160]
                raise FileRefused(f"{path.name} is damaged ({first})", sv=f"{path.name} är skadad ({first})")
            fmt = con.execute("SELECT value FROM meta WHERE key='format'").fetchone()
            if not fmt or fmt[0] != FILE_FORMAT:
                raise FileRefused(f"{path.name} is not a Kompass evaluation file (no evaluation inside)",
                                  sv=f"{path.name} är ingen Kompass-utvärdering (ingen utvärdering i filen)")
            minr = con.execute("SELECT value FROM meta WHERE key='min_reader_schema'").fetchone()
            if minr and int(minr[0]) > SCHEMA_VERSION:
                raise FileRefused(f"{path.name} was made by a newer Kompass Desktop; update to open it",
                                  sv=f"{path.name} är gjord med en nyare Kompass Desktop; uppdatera för att öppna den")
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise FileRefused(f"{path.name} is damaged or not an evaluation file ({e})",
                          sv=f"{path.name} är skadad eller ingen utvärderingsfil ({e})") from None
    return header


def _uri_path(path: Path) -> str:
    from urllib.parse import quote
    return quote(str(path.resolve()))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # immutable=1 when no WAL: no locks, no journal, no chance to write. With a WAL
    # (left by a crash) read-only mode still lets SQLite see the committed frames.
    has_wal = Path(str(path) + "-wal").exists()
    uri = f"file:{_uri_path(path)}?" + ("mode=ro" if has_wal else "immutable=1")
    return sqlite3.connect(uri, uri=True)


def read_evaluation_id(path: Path) -> str | None:
    """The evaluation id of a file, read without changing it (None if it has none)."""
    con = _connect_read_only(path)
    try:
        row = con.execute("SELECT value FROM meta WHERE key='evaluation_id'").fetchone()
    finally:
        con.close()
    return row[0] if row else None


def apply_migrations(con: sqlite3.Connection, from_version: int, up_to: int | None = None) -> None:
    """Run the migrations above from_version (up to `up_to`), each in its own transaction."""
    for m in migrations():
        if m.version <= from_version or (up_to is not None and m.version > up_to):
            continue
        con.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _split_sql(m.sql):
                con.execute(stmt)
            con.execute(f"PRAGMA user_version = {m.version}")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise


def table_columns(con: sqlite3.Connection, tables: tuple[str, ...] | None = None
                  ) -> dict[str, list[str]]:
    """Column names of each table (all tables, or those named that exist), in table order."""
    db = sqlite_utils.Database(con, recursive_triggers=False, execute_plugins=False)
    names = db.table_names()
    wanted = names if tables is None else [t for t in tables if t in names]
    return {t: list(db.table(t).columns_dict) for t in wanted}


def schema_shape(con: sqlite3.Connection) -> dict[str, object]:
    """What a file's schema looks like: tables with their columns and declared types, and
    the indexes of each table (FTS shadow tables left out: they belong to the index)."""
    db = sqlite_utils.Database(con, recursive_triggers=False, execute_plugins=False)
    fts_shadow = {f"{v}_{s}" for v in db.table_names(fts5=True)
                  for s in ("data", "idx", "docsize", "config", "content")}
    shape: dict[str, object] = {}
    for name in db.table_names():
        if name in fts_shadow:
            continue
        t = db.table(name)
        shape[name] = {"columns": [(c.name, c.type.upper(), bool(c.notnull), c.is_pk) for c in t.columns],
                       "indexes": sorted((i.name, tuple(i.columns)) for i in t.indexes),
                       "without_rowid": "WITHOUT ROWID" in (t.schema or "").upper()}
    return shape


def fresh_schema_shape() -> dict[str, object]:
    """The schema a new file gets (all migrations run on an empty database)."""
    con = sqlite3.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(con, 0)
        return schema_shape(con)
    finally:
        con.close()


def schema_difference(con: sqlite3.Connection) -> list[str]:
    """How a (migrated) file's schema differs from a new file's; empty when identical."""
    have, want = schema_shape(con), fresh_schema_shape()
    # Extra tables (an index a later version builds at run time) do no harm and are allowed.
    out = [f"missing table {t}" for t in want if t not in have]
    out += [f"table {t} differs" for t in want if t in have and have[t] != want[t]]
    return out


def _split_sql(sql: str) -> list[str]:
    """Statements of a migration file (executescript would commit on its own)."""
    stmts, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            stmts.append(buf.strip())
            buf = ""
    if buf.strip():
        stmts.append(buf.strip())
    return stmts


def migrate_file(path: Path, backup_dir: Path | None = None) -> int:
    """Bring an older file up to SCHEMA_VERSION, keeping a copy of the original first."""
    header = read_header(path)
    if header.user_version >= SCHEMA_VERSION:
        return header.user_version
    if backup_dir is not None:
        backup_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, backup_dir / f"{path.stem}.schema{header.user_version}{path.suffix}")
    con = sqlite3.connect(path, isolation_level=None)
    try:
        apply_migrations(con, header.user_version)
        wrong = schema_difference(con)
    finally:
        con.close()
    if wrong:
        # The original is in backup_dir; say so rather than work on a file of unknown shape.
        raise FileRefused(f"{path.name} could not be brought up to date ({'; '.join(wrong)})",
                          sv=f"{path.name} kunde inte uppdateras till den nya filversionen "
                             f"({'; '.join(wrong)})")
    return SCHEMA_VERSION


def is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)

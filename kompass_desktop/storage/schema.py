"""Recognising, checking and migrating evaluation files (schema and migrations in db/).

The deeper schema introspection (tables with declared types, indexes, WITHOUT ROWID: the
migrated-schema check) goes through sqlite-utils; the column lists every open needs are plain
PRAGMAs (table_columns says why). The migrations stay SQL files: 0002 rebuilds
`field_version` as a WITHOUT ROWID table with an untyped `value` column, which sqlite-utils'
`table.transform` cannot express (it recreates tables as rowid tables, copies `rowid`, and
gives every column a declared type, and a typed column would change stored values). Every migrated file is checked against the schema a new
file gets (`schema_difference`).
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import stat
import struct
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator


from kompass_desktop.domain.errors import KompassError
from kompass_desktop.paths import MIGRATIONS_DIR

APPLICATION_ID = 0x4B4F4D50  # "KOMP"
FILE_FORMAT = "kompass-eval"
SQLITE_MAGIC = b"SQLite format 3\x00"
ENCRYPTED_MAGIC = b"KOMPASS-ENC\x00"  # services.encrypted: a passphrase-encrypted copy


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
MIN_READER_SCHEMA = 3  # schema 3: an older reader would not honour erasures


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int
    page_size: int
    page_count: int


def _refused(en: str, sv: str) -> FileRefused:
    return FileRefused(en, sv=sv)


def _regular_file(path: Path) -> os.stat_result:
    """stat() the file, refusing anything that is not a regular file we could read.

    A FIFO would block the first read for ever, a symlink loop raises ELOOP: both are
    refused here, before anything opens the path."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise _refused(f"{path.name} is a symbolic link to a file that does not exist",
                           f"{path.name} är en symbolisk länk till en fil som inte finns") from None
        raise _refused(f"{path} does not exist", f"{path} finns inte") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise _refused(f"{path.name} is a symbolic link that points back to itself",
                           f"{path.name} är en symbolisk länk som pekar på sig själv") from None
        raise _refused(f"{path.name} cannot be read: {e.strerror or e}",
                       f"{path.name} går inte att läsa: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise _refused(f"{path} is a folder, not an evaluation file",
                       f"{path} är en mapp, inte en utvärderingsfil")
    if not stat.S_ISREG(st.st_mode):
        raise _refused(f"{path.name} is not a regular file (a pipe or a device), not an evaluation file",
                       f"{path.name} är ingen vanlig fil (ett rör eller en enhet), ingen utvärderingsfil")
    return st


def check_output_file(path: Path, error: type | None = None) -> None:
    """Refuse, before any work, a path no file can be written to: a folder, or a name in a
    folder that does not exist. One rule for every file the program writes (new evaluations,
    share copies, encrypted copies, reports); `error` is the KompassError subclass to raise."""
    err = error or KompassError
    if path.is_dir():
        raise err(f"{path} is a folder; give a file name", sv=f"{path} är en mapp; ange ett filnamn")
    if not path.parent.is_dir():
        raise err(f"the folder {path.parent} does not exist", sv=f"mappen {path.parent} finns inte")


def read_header(path: Path) -> FileHeader:
    """The SQLite header, read without opening the database (so nothing can change)."""
    # O_NONBLOCK: should a pipe have replaced the file since it was checked, the read
    # returns at once instead of waiting for a writer that never comes.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _refused(f"{path.name} is not a regular file, not an evaluation file",
                           f"{path.name} är ingen vanlig fil, ingen utvärderingsfil")
        head = os.read(fd, 100)
    finally:
        os.close(fd)
    if head.startswith(ENCRYPTED_MAGIC):
        raise FileRefused(f"{path.name} is an encrypted copy: it can be read (summary, check, "
                          "report, merge) after giving its passphrase, but not changed in place",
                          sv=f"{path.name} är en krypterad kopia: den kan läsas efter att du angett "
                             "lösenfrasen, men inte ändras på plats")
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        what = "empty" if not head else "not an SQLite database"
        swhat = "tom" if not head else "inte en SQLite-databas"
        raise _refused(f"{path.name} is not a Kompass evaluation file ({what})",
                       f"{path.name} är ingen Kompass-utvärdering ({swhat})")
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", head[28:32])[0]
    user_version = struct.unpack(">I", head[60:64])[0]
    app_id = struct.unpack(">I", head[68:72])[0]
    return FileHeader(app_id, user_version, page_size, page_count)


def check_file(path: Path) -> FileHeader:
    """Refuse, with a one-line reason, anything that is not a sound evaluation file we can read.

    Only reads: the header by hand, then a read-only look inside (see `reading`), which
    never writes a byte of the file or creates anything beside it.
    """
    path = Path(path)
    st = _regular_file(path)
    try:
        header = read_header(path)
    except OSError as e:
        raise _refused(f"{path.name} cannot be read: {e.strerror or e}",
                       f"{path.name} går inte att läsa: {e.strerror or e}") from None
    if header.application_id != APPLICATION_ID:
        raise _refused(f"{path.name} is an SQLite database but not a Kompass evaluation file",
                       f"{path.name} är en SQLite-databas men ingen Kompass-utvärdering")
    if header.user_version > SCHEMA_VERSION:
        raise _refused(
            f"{path.name} was made by a newer Kompass Desktop (file schema {header.user_version}, "
            f"this version reads up to {SCHEMA_VERSION}); update Kompass Desktop to open it",
            f"{path.name} är gjord med en nyare Kompass Desktop (filschema {header.user_version}, "
            f"den här versionen läser upp till {SCHEMA_VERSION}); uppdatera programmet för att öppna den")
    if header.user_version < 1:
        raise _refused(f"{path.name} is damaged: it has no schema version",
                       f"{path.name} är skadad: den saknar schemaversion")
    if header.page_size < 512 or header.page_size & (header.page_size - 1):
        raise _refused(f"{path.name} is damaged: invalid page size in the header",
                       f"{path.name} är skadad: ogiltig sidstorlek i filhuvudet")
    size = st.st_size
    if not _has_wal(path) and header.page_count and size < header.page_count * header.page_size:
        raise _refused(f"{path.name} is damaged: the file is truncated "
                       f"({size} of {header.page_count * header.page_size} bytes)",
                       f"{path.name} är skadad: filen är avkortad "
                       f"({size} av {header.page_count * header.page_size} byte)")
    try:
        with reading(path) as con:
            rows = con.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                first = " ".join(str(rows[0][0]).split())[:160]
                raise _refused(f"{path.name} is damaged ({first})", f"{path.name} är skadad ({first})")
            check_contents(con, header.user_version, path.name)
    except sqlite3.DatabaseError as e:
        raise _refused(f"{path.name} is damaged or not an evaluation file ({_sqlite_reason(e)})",
                       f"{path.name} är skadad eller ingen utvärderingsfil ({_sqlite_reason(e)})") from None
    except OSError as e:
        raise _refused(f"{path.name} cannot be read: {e.strerror or e}",
                       f"{path.name} går inte att läsa: {e.strerror or e}") from None
    return header


def _sqlite_reason(e: sqlite3.Error) -> str:
    return " ".join(str(e).split())[:160]


_EXPECTED: dict[int, dict[str, set[str]]] = {}


def expected_tables(version: int) -> dict[str, set[str]]:
    """Tables (with their columns) a file of this schema version holds, learnt by running
    the migrations up to that version in memory."""
    if version not in _EXPECTED:
        con = sqlite3.connect(":memory:", isolation_level=None)
        try:
            apply_migrations(con, 0, up_to=version)
            _EXPECTED[version] = _tables(con)
        finally:
            con.close()
    return _EXPECTED[version]


def _tables(con: sqlite3.Connection) -> dict[str, set[str]]:
    return {t: set(cols) for t, cols in table_columns(con).items()
            if not t.startswith("search_index_")}


def check_contents(con: sqlite3.Connection, version: int, name: str) -> None:
    """Refuse a file whose tables, meta rows or evaluation row are not what its schema
    version promises (a dropped table, a missing evaluation id, a broken framework copy)."""
    have = _tables(con)
    for table, cols in expected_tables(version).items():
        if table not in have:
            raise _refused(f"{name} is damaged: the table '{table}' is missing",
                           f"{name} är skadad: tabellen '{table}' saknas")
        missing = sorted(cols - have[table])
        if missing:
            raise _refused(f"{name} is damaged: the table '{table}' lacks the column '{missing[0]}'",
                           f"{name} är skadad: tabellen '{table}' saknar kolumnen '{missing[0]}'")
    meta = {str(k): v for k, v in con.execute("SELECT key, value FROM meta")}
    if meta.get("format") != FILE_FORMAT:
        raise _refused(f"{name} is not a Kompass evaluation file (no evaluation inside)",
                       f"{name} är ingen Kompass-utvärdering (ingen utvärdering i filen)")
    minr = meta.get("min_reader_schema")
    if "min_reader_schema" in meta:
        if not isinstance(minr, str) or not re.fullmatch(r"[0-9]{1,6}", minr):
            raise _refused(f"{name} is damaged: its minimum reader schema is not a number",
                           f"{name} är skadad: dess lägsta läsarschema är inget tal")
        if int(minr) > SCHEMA_VERSION:
            raise _refused(f"{name} was made by a newer Kompass Desktop; update to open it",
                           f"{name} är gjord med en nyare Kompass Desktop; uppdatera för att öppna den")
    evaluation_id = meta.get("evaluation_id")
    if not isinstance(evaluation_id, str) or not _is_uuid(evaluation_id):
        raise _refused(f"{name} is damaged: it has no valid evaluation id",
                       f"{name} är skadad: den saknar ett giltigt utvärderings-id")
    row = con.execute("SELECT framework_json FROM evaluation WHERE id=?", (evaluation_id,)).fetchone()
    if row is None:
        raise _refused(f"{name} is damaged: the evaluation itself is missing",
                       f"{name} är skadad: själva utvärderingen saknas")
    if not isinstance(row[0], str) or not _framework_readable(row[0]):
        raise _refused(f"{name} is damaged: its copy of the framework cannot be read",
                       f"{name} är skadad: dess kopia av ramverket går inte att läsa")


@lru_cache(maxsize=16)
def _framework_readable(text: str) -> bool:
    from kompass_desktop.domain.errors import FrameworkError
    from kompass_desktop.domain.framework import parse_framework_json
    try:
        parse_framework_json(text, "framework copy")
    except (FrameworkError, ValueError, RecursionError):
        return False
    return True


def _is_uuid(text: str) -> bool:
    import uuid
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return len(text) == 36


def _uri_path(path: Path) -> str:
    from urllib.parse import quote
    return quote(str(path.resolve()))


def _sidecar(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def _has_wal(path: Path) -> bool:
    try:
        return _sidecar(path, "-wal").stat().st_size > 0
    except OSError:
        return False


def needs_private_copy(path: Path) -> bool:
    """A -wal without its -shm (a crash, a copy, or another database's WAL): SQLite would
    create the -shm and replay the WAL into the file even on a read-only connection, so
    such a file is only ever read through a private copy."""
    return _has_wal(path) and not _sidecar(path, "-shm").exists()


def private_dir() -> Path:
    """A fresh folder in the user's private data folder (never the system temp folder:
    evaluation files hold personal data)."""
    import tempfile

    from kompass_desktop.paths import data_dir
    base = data_dir() / "tmp"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="read-", dir=base))


def private_copy(path: Path) -> Path:
    """Copy the file and its WAL into a private folder; the caller removes the folder."""
    d = private_dir()
    try:
        dest = d / "copy.kompass"
        shutil.copyfile(path, dest)
        wal = _sidecar(path, "-wal")
        if wal.exists():
            shutil.copyfile(wal, _sidecar(dest, "-wal"))
    except BaseException:
        shutil.rmtree(d, ignore_errors=True)
        raise
    return dest


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: immutable when no WAL (no locks, no journal), else
    mode=ro beside the live -wal/-shm of a file another program has open. Callers make a
    private copy first when `needs_private_copy`."""
    uri = f"file:{_uri_path(path)}?" + ("mode=ro" if _has_wal(path) else "immutable=1")
    con = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    con.execute("PRAGMA query_only = ON")
    return con


@contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the file's committed content; nothing is left beside it."""
    path = Path(path)
    copy = private_copy(path) if needs_private_copy(path) else None
    try:
        if copy is not None:
            con = sqlite3.connect(copy, isolation_level=None)
        else:
            con = connect_read_only(path)
        try:
            yield con
        finally:
            con.close()
    finally:
        if copy is not None:
            shutil.rmtree(copy.parent, ignore_errors=True)


def read_evaluation_id(path: Path) -> str | None:
    """The evaluation id of a file, read without changing it (None if it has none)."""
    with reading(path) as con:
        row = con.execute("SELECT value FROM meta WHERE key='evaluation_id'").fetchone()
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
            if con.in_transaction:  # SQLite may have rolled back itself (a full disk)
                con.execute("ROLLBACK")
            raise


def table_columns(con: sqlite3.Connection, tables: tuple[str, ...] | None = None
                  ) -> dict[str, list[str]]:
    """Column names of each table (all tables, or those named that exist), in table order.

    Plain PRAGMAs: every open and every command needs this, and importing sqlite-utils (with
    click, pluggy and dateutil) would cost each of them about 80 ms and 12 MiB; sqlite-utils
    does the deeper schema work below (schema_shape), where its table model pays off."""
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    wanted = names if tables is None else [t for t in tables if t in names]
    return {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in wanted}


def schema_shape(con: sqlite3.Connection) -> dict[str, object]:
    """What a file's schema looks like: tables with their columns and declared types, and
    the indexes of each table (FTS shadow tables left out: they belong to the index)."""
    import sqlite_utils  # only here: see table_columns
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
    """Whether the file and its folder (where SQLite keeps the -wal/-shm) take writes."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)

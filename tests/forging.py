"""Hand edits of an evaluation file's log, as someone with the sqlite3 tool would make them:
a version appended with a content hash that matches what SQLite stored; and what a file
must still show after merging them."""
import sqlite3
import time
import uuid
from pathlib import Path

from kompass_desktop.domain.versions import version_id, vv_dumps

FORGER = "f0f0f0f0-forged-origin"
SANE = 1 << 62


def knowledge(con: sqlite3.Connection) -> dict[str, int]:
    """The newest well-formed clock of every origin in a log: what a hand edit that 'saw
    everything' puts in its version vector."""
    return dict(con.execute(
        "SELECT origin, max(hlc) FROM field_version WHERE typeof(hlc) = 'integer' AND hlc "
        "BETWEEN 1 AND ? AND typeof(origin) = 'text' GROUP BY origin", (SANE,)))


def next_clock(con: sqlite3.Connection) -> int:
    newest = con.execute("SELECT max(hlc) FROM field_version WHERE typeof(hlc) = 'integer' "
                         "AND hlc BETWEEN 1 AND ?", (SANE,)).fetchone()[0] or 0
    return max(newest + 1, int(time.time() * 1000) << 16)


def append_version(con: sqlite3.Connection, tbl, row_id, col, value, *, hlc=None, vv=None,
                   origin=FORGER, author="forger", vid=None) -> None:
    """Append one version; by default the clock is the next one and the version vector holds
    everything the file knows. Its vid is the content hash of the stored fields (SQLite may
    store a value differently than given), or `vid` when none can be computed."""
    if hlc is None:
        hlc = next_clock(con)
    if vv is None:
        vv = vv_dumps({**knowledge(con), origin: hlc})
    placeholder = vid or uuid.uuid4().bytes
    con.execute("INSERT INTO field_version(vid, tbl, row_id, col, value, origin, author, hlc, vv) "
                "VALUES (?,?,?,?,?,?,?,?,?)", (placeholder, tbl, row_id, col, value, origin, author, hlc, vv))
    stored = con.execute("SELECT origin, hlc, tbl, row_id, col, value, vv FROM field_version "
                         "WHERE vid = ?", (placeholder,)).fetchone()
    try:
        real = version_id(*stored)
    except (TypeError, ValueError):
        return  # no hash can be computed from these fields (a blob vv): keep the placeholder
    if con.execute("SELECT 1 FROM field_version WHERE vid = ?", (real,)).fetchone():
        con.execute("DELETE FROM field_version WHERE vid = ?", (placeholder,))
    else:
        con.execute("UPDATE field_version SET vid = ? WHERE vid = ?", (real, placeholder))


def forge(path: Path, tbl, row_id, col, value, **kw) -> None:
    """Append one version to a closed file's log."""
    con = sqlite3.connect(path)
    try:
        append_version(con, tbl, row_id, col, value, **kw)
        con.commit()
    finally:
        con.close()


def assert_possible(summary: dict) -> None:
    """Every shown score lies within 0…max; the total within 0…800."""
    assert 0 <= summary["total"]["points"] <= summary["total"]["max"] == 800
    for a in summary["areas"]:
        assert 0 <= a["points"] <= a["max"]
        for s in a["subareas"]:
            assert s["points"] is None or 0 <= s["points"] <= s["max"]
    for r in summary["references"]:
        assert 0 <= r["total"] <= 800
        assert all(0 <= v <= 100 for v in r["areas"].values())

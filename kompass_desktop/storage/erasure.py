"""Erasure of personal data as a synced fact (db/README.md §4), the storage side.

An erasure is one version of table `erasure`, column `spec`, whose vv is the file's whole
knowledge vector when it was made (the newest hlc of every origin in the log) plus its own
entry. Its spec names what it erases:

    {"fields": {"interview": ["notes"], "participant": ["name"], ...},
     "rows":   {"evidence": {"<row id>": ["text"]}}}

`fields` covers a column in every row of a table; `rows` (an extension of the README's spec
for kept texts that were pseudonymised in place) covers a column of single rows. A version
`v` of a covered field is *covered* unless `E.vv <= v.vv` (its writer had seen the erasure).
Covered versions are deleted from the log, never inserted by a merge, and the field's heads
and projection are recomputed (usually: no heads, the field reads empty).

Writes made after an erasure to a covered field carry the erasure's vv in their own
(`seen_by_writes`, used by EvaluationStore._append): a field's vv otherwise only holds the
versions it supersedes, and an erased field has none, so a new name typed after the
clean-up would look as if its writer had not seen the erasure.
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from kompass_desktop.domain import merge as rules
from kompass_desktop.domain.versions import (
    DELETED, heads_of, version_id, vv_dumps, vv_leq, vv_loads)

if TYPE_CHECKING:
    from kompass_desktop.storage.store import EvaluationStore

ERASURE = "erasure"
SPEC = "spec"


@dataclass(frozen=True)
class Erasure:
    vid: bytes
    row_id: str
    author: str
    hlc: int
    vv: dict[str, int]
    fields: dict[str, frozenset[str]]
    rows: dict[str, dict[str, frozenset[str]]]

    def covers_field(self, tbl: str, row_id: str, col: str) -> bool:
        if col in self.fields.get(tbl, ()):
            return True
        return col in self.rows.get(tbl, {}).get(row_id, ())

    def covers(self, tbl: str, row_id: str, col: str, vv: dict[str, int]) -> bool:
        """Whether a version of this field with this vv is erased (its writer had not seen E)."""
        return self.covers_field(tbl, row_id, col) and not vv_leq(self.vv, vv)

    def spec(self) -> dict:
        return spec_json(self.fields, self.rows)


def spec_json(fields: dict[str, Iterable[str]], rows: dict[str, dict[str, Iterable[str]]] | None = None
              ) -> dict:
    out: dict[str, Any] = {"fields": {t: sorted(set(cs)) for t, cs in sorted(fields.items()) if cs}}
    if rows:
        out["rows"] = {t: {r: sorted(set(cs)) for r, cs in sorted(rs.items()) if cs}
                       for t, rs in sorted(rows.items()) if rs}
    return out


def parse_spec(value: Any) -> tuple[dict, dict] | None:
    """The fields and rows an erasure spec names, or None when it is not a valid spec.
    Columns that could never hold personal data of a row (id, deleted, tombstones) and the
    erasure table itself are never erased."""
    try:
        data = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("fields", {}), dict):
        return None
    banned = {"id", "deleted", DELETED}

    def cols(x: Any) -> frozenset[str] | None:
        if not isinstance(x, list) or not all(isinstance(c, str) for c in x):
            return None
        return frozenset(c for c in x if c not in banned)

    fields: dict[str, frozenset[str]] = {}
    for tbl, cs in data.get("fields", {}).items():
        c = cols(cs)
        if c is None or tbl == ERASURE:
            return None
        fields[tbl] = c
    rows: dict[str, dict[str, frozenset[str]]] = {}
    raw_rows = data.get("rows", {})
    if not isinstance(raw_rows, dict):
        return None
    for tbl, rs in raw_rows.items():
        if not isinstance(rs, dict) or tbl == ERASURE:
            return None
        rows[tbl] = {}
        for rid, cs in rs.items():
            c = cols(cs)
            if c is None:
                return None
            rows[tbl][str(rid)] = c
    return fields, rows


def _from_row(r: sqlite3.Row | dict) -> Erasure | None:
    parsed = parse_spec(r["value"])
    if parsed is None:
        return None
    try:
        vv = vv_loads(r["vv"])
    except (ValueError, TypeError, AttributeError):
        return None
    return Erasure(bytes(r["vid"]), r["row_id"], r["author"], r["hlc"], vv, *parsed)


def load(con: sqlite3.Connection, schema_name: str = "main") -> list[Erasure]:
    rows = con.execute(f"SELECT * FROM {schema_name}.field_version WHERE tbl = ? AND col = ? "
                       "ORDER BY hlc", (ERASURE, SPEC)).fetchall()
    return [e for e in map(_from_row, rows) if e is not None]


def erasures(store: "EvaluationStore") -> list[Erasure]:
    """The file's erasures (cached on the store; reset after a merge or an erasure)."""
    if store.erasures_cache is None:
        store.erasures_cache = load(store.con)
    return store.erasures_cache


def seen_by_writes(store: "EvaluationStore", tbl: str, row_id: str, col: str) -> list[dict]:
    """The vvs of the erasures covering a field: a new write to it has seen them."""
    if tbl == ERASURE:
        return []
    return [e.vv for e in erasures(store) if e.covers_field(tbl, row_id, col)]


def knowledge_vector(con: sqlite3.Connection) -> dict[str, int]:
    return {r[0]: r[1] for r in con.execute(
        "SELECT origin, max(hlc) FROM main.field_version GROUP BY origin")}


# ---- recording and applying -----------------------------------------------------------------


@dataclass
class Applied:
    """What applying erasures removed from the log."""
    versions: int = 0
    fields: set[tuple[str, str, str]] = field(default_factory=set)


def record(store: "EvaluationStore", spec: dict, row_id: str) -> Erasure:
    """Append the erasure version (inside the caller's transaction) and project its row."""
    con = store.con
    value = json.dumps(spec, ensure_ascii=False, sort_keys=True)
    if parse_spec(value) is None:
        raise ValueError("invalid erasure spec")
    hlc = store.next_hlc()
    vv = knowledge_vector(con)
    vv[store.replica] = hlc
    vv_text = vv_dumps(vv)
    vid = version_id(store.replica, hlc, ERASURE, row_id, SPEC, value, vv_text)
    con.execute("INSERT INTO field_version(vid, tbl, row_id, col, value, origin, author, hlc, vv) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                (vid, ERASURE, row_id, SPEC, value, store.replica, store.actor.author, hlc, vv_text))
    con.execute("INSERT INTO field_head(tbl, row_id, col, vid) VALUES (?,?,?,?)",
                (ERASURE, row_id, SPEC, vid))
    con.execute("INSERT INTO erasure(id, deleted, spec) VALUES (?, 0, ?)", (row_id, value))
    store.erasures_cache = None
    e = _from_row({"vid": vid, "row_id": row_id, "author": store.actor.author, "hlc": hlc,
                   "vv": vv_text, "value": value})
    assert e is not None
    return e


def apply(store: "EvaluationStore", which: Iterable[Erasure]) -> Applied:
    """Delete every version of this file's log covered by `which`, then recompute the heads
    and projection of the fields that lost versions (in the caller's transaction)."""
    con = store.con
    which = list(which)
    res = Applied()
    if not which:
        return res
    by_table: dict[str, set[str]] = defaultdict(set)
    for e in which:
        for tbl, cols in e.fields.items():
            by_table[tbl] |= cols
        for tbl, rs in e.rows.items():
            for cols in rs.values():
                by_table[tbl] |= cols
    covered: list[bytes] = []
    for tbl, cols in by_table.items():
        if not cols:
            continue
        marks = ",".join("?" * len(cols))
        for r in con.execute(f"SELECT vid, row_id, col, vv FROM main.field_version "
                             f"WHERE tbl = ? AND col IN ({marks})", (tbl, *sorted(cols))):
            vv = None
            for e in which:
                if e.covers_field(tbl, r["row_id"], r["col"]):
                    vv = vv if vv is not None else vv_loads(r["vv"])
                    if not vv_leq(e.vv, vv):
                        covered.append(bytes(r["vid"]))
                        res.fields.add((tbl, r["row_id"], r["col"]))
                        break
    if not covered:
        return res
    for i in range(0, len(covered), 500):
        chunk = covered[i:i + 500]
        marks = ",".join("?" * len(chunk))
        con.execute(f"DELETE FROM main.field_head WHERE vid IN ({marks})", chunk)
        con.execute(f"DELETE FROM main.field_version WHERE vid IN ({marks})", chunk)
    res.versions = len(covered)
    from kompass_desktop.storage.store import row_to_version
    for tbl, row_id, col in sorted(res.fields):
        remaining = [row_to_version(r) for r in con.execute(
            "SELECT * FROM main.field_version WHERE tbl=? AND row_id=? AND col=?",
            (tbl, row_id, col))]
        heads = heads_of(remaining)
        con.execute("DELETE FROM main.field_head WHERE tbl=? AND row_id=? AND col=?",
                    (tbl, row_id, col))
        con.executemany("INSERT INTO main.field_head(tbl, row_id, col, vid) VALUES (?,?,?,?)",
                        [(tbl, row_id, col, h.vid) for h in heads])
        columns = store.columns(tbl)
        if columns is None or col not in columns:
            continue
        current = con.execute(f"SELECT {col} FROM main.{tbl} WHERE id = ?", (row_id,)).fetchone()
        if current is None:
            continue
        value = rules.display_value(heads, True, current[0]) if heads else None
        con.execute(f"UPDATE main.{tbl} SET {col} = ? WHERE id = ?", (value, row_id))
    return res


def rebuild_search(store: "EvaluationStore") -> None:
    """The full-text indexes built again from the projection (the old ones held erased text)."""
    store.rebuild_search()


def scrub_reports(store: "EvaluationStore", which: Iterable[Erasure]) -> int:
    """Blank the values of erased fields in the merge reports kept in sync_log."""
    which = list(which)
    con = store.con
    n = 0
    for r in con.execute("SELECT id, report FROM main.sync_log").fetchall():
        try:
            rep = json.loads(r["report"] or "{}")
        except ValueError:
            continue
        changed = False
        for c in rep.get("conflicts", []) if isinstance(rep, dict) else []:
            if not isinstance(c, dict):
                continue
            if any(e.covers_field(str(c.get("kind")), str(c.get("id")), str(c.get("field")))
                   for e in which) and (c.get("mine") is not None or c.get("theirs") is not None):
                c["mine"] = c["theirs"] = None
                c["erased"] = True
                changed = True
        if changed:
            con.execute("UPDATE main.sync_log SET report = ? WHERE id = ?",
                        (json.dumps(rep, ensure_ascii=False), r["id"]))
            n += 1
    return n


def purge_free_bytes(store: "EvaluationStore") -> None:
    """After an erasure committed: overwrite what was deleted and leave no -wal holding it."""
    con = store.con
    con.execute("PRAGMA secure_delete = ON")
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# ---- merging ----------------------------------------------------------------------------------


@dataclass
class MergeErasures:
    """What erasures did during one merge (for the merge report)."""
    incoming_dropped: int = 0          # versions of THEIRS not brought in: covered
    own_erased: int = 0                # versions of this file erased by an incoming erasure
    refused: int = 0                   # incoming edits or deletes of an erasure row
    new_erasures: list[dict] = field(default_factory=list)   # {"author", "hlc"} that came in
    by: list[dict] = field(default_factory=list)              # erasures that dropped incoming

    @property
    def any(self) -> bool:
        return bool(self.incoming_dropped or self.own_erased or self.new_erasures or self.refused)

    def to_json(self) -> dict:
        return {"incoming_dropped": self.incoming_dropped, "own_erased": self.own_erased,
                "refused": self.refused, "new_erasures": self.new_erasures, "by": self.by}


def filter_erased(store: "EvaluationStore", rows: list[sqlite3.Row]) -> tuple[list[sqlite3.Row], MergeErasures]:
    """The merge hook: unite both files' erasures, drop incoming covered versions and incoming
    edits of erasure rows, erase own versions covered by an incoming erasure (same
    transaction). Returns the rows still to insert and what happened."""
    info = MergeErasures()
    mine = erasures(store)
    incoming: list[Erasure] = []
    kept: list[sqlite3.Row] = []
    # One spec version per erasure row, ever: a second one (an edit) or any other column
    # (a delete) is refused, here and in any file it travels to.
    taken = {r[0] for r in store.con.execute(
        "SELECT DISTINCT row_id FROM main.field_version WHERE tbl = ?", (ERASURE,))}
    accepted: set[bytes] = set()
    for r in sorted((r for r in rows if r["tbl"] == ERASURE), key=lambda r: (r["hlc"], bytes(r["vid"]))):
        e = _from_row(r) if r["col"] == SPEC else None
        if e is None or e.row_id in taken:
            info.refused += 1
            continue
        taken.add(e.row_id)
        accepted.add(e.vid)
        incoming.append(e)
    every = mine + incoming
    dropped_by: dict[bytes, int] = defaultdict(int)
    for r in rows:
        if r["tbl"] == ERASURE:
            if bytes(r["vid"]) in accepted:
                kept.append(r)
            continue
        hits = [e for e in every if e.covers_field(r["tbl"], r["row_id"], r["col"])]
        if hits:
            vv = vv_loads(r["vv"])
            by = next((e for e in hits if not vv_leq(e.vv, vv)), None)
            if by is not None:
                dropped_by[by.vid] += 1
                continue
        kept.append(r)
    names = {r[0]: r[1] for r in store.con.execute("SELECT id, name FROM main.author")}
    info.incoming_dropped = sum(dropped_by.values())
    info.by = [{"author": e.author, "name": names.get(e.author) or "", "hlc": e.hlc,
                "versions": dropped_by[e.vid]} for e in every if dropped_by.get(e.vid)]
    info.new_erasures = [{"author": e.author, "name": names.get(e.author) or "", "hlc": e.hlc}
                         for e in incoming]
    if incoming:
        applied = apply(store, incoming)
        info.own_erased = applied.versions
        if applied.versions:
            rebuild_search(store)
            scrub_reports(store, incoming)
    store.erasures_cache = None
    return kept, info

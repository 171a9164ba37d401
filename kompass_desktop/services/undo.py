"""Session undo/redo from the version log: an edit is whatever versions it appended.

Any service call can be recorded without knowing what it writes: afterwards the log says
which fields changed, and the store's journal what they showed before. Undo writes the old
values as new versions (so undo is itself an edit that merges like any other), redo writes the
new ones again. The one exception is a conflict resolution that has not left the file: undo
retracts it, so the conflict is open again as before (db/README.md §6).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, TypeVar

from kompass_desktop.domain import merge as rules
from kompass_desktop.domain.versions import DELETED, heads_of
from kompass_desktop.storage import compaction
from kompass_desktop.storage.store import EvaluationStore

T = TypeVar("T")


@dataclass(frozen=True)
class FieldChange:
    tbl: str
    row_id: str
    col: str
    before: Any
    after: Any
    row_created: bool  # no version of this row existed before the edit
    # Set when the edit resolved an open conflict: the versions it wrote (whole log rows),
    # so undo can retract them and reopen the conflict, and redo can put them back.
    resolved: tuple[dict, ...] = ()


@dataclass(frozen=True)
class RecordedEdit:
    label: str
    changes: tuple[FieldChange, ...]

    @property
    def empty(self) -> bool:
        return not self.changes


def record(store: EvaluationStore, label: str, fn: Callable[[], T]) -> tuple[T, RecordedEdit]:
    """Run fn and capture the field changes it made, in one transaction."""
    mark = store.clock
    with store.transaction(), store.journal() as shown:
        result = fn()
        rows = store.query(
            "SELECT * FROM field_version WHERE origin = ? AND hlc > ? ORDER BY hlc",
            (store.replica, mark))
        changes: dict[tuple[str, str, str], FieldChange] = {}
        written: dict[tuple[str, str, str], list[dict]] = {}
        created: dict[tuple[str, str], bool] = {}
        for r in rows:
            key = (r["tbl"], r["row_id"], r["col"])
            written.setdefault(key, []).append(r)
            rowkey = key[:2]
            if rowkey not in created:
                created[rowkey] = not store.query(
                    "SELECT 1 AS x FROM field_version WHERE tbl=? AND row_id=? AND hlc <= ? LIMIT 1",
                    (r["tbl"], r["row_id"], mark))
            if key in changes:
                prev = changes[key]
                changes[key] = FieldChange(*key, prev.before, r["value"], prev.row_created)
                continue
            if key in shown:
                before = shown[key]
            else:
                last = store.query(
                    "SELECT value FROM field_version WHERE tbl=? AND row_id=? AND col=? AND hlc <= ? "
                    "ORDER BY hlc DESC LIMIT 1", (*key, mark))
                before = last[0]["value"] if last else None
            changes[key] = FieldChange(*key, before, r["value"], created[rowkey])
        for key, c in changes.items():
            if not c.row_created and _was_conflict(store, key, {bytes(r["vid"]) for r in written[key]}):
                changes[key] = replace(c, resolved=tuple(written[key]))
    return result, RecordedEdit(label, tuple(changes.values()))


def _was_conflict(store: EvaluationStore, key: tuple[str, str, str], new_vids: set[bytes]) -> bool:
    """Did the field (or, for `_deleted`, the row) hold an open conflict before the edit?
    The heads before are the maximal versions of the log without the edit's versions."""
    tbl, row_id, col = key
    before = heads_of(v for v in store.history(tbl, row_id, col) if v.vid not in new_vids)
    if not rules.settled(before):
        return True
    if col != DELETED:
        return False
    others = [h for h in store.row_heads(tbl, row_id) if h.col != DELETED]
    return bool(rules.delete_edit_conflicts(before, others))


def _retractable(store: EvaluationStore, c: FieldChange, horizon: int) -> bool:
    """Only versions nobody else can have seen, and still the field's only head."""
    if not c.resolved or any(r["hlc"] <= horizon for r in c.resolved):
        return False
    heads = store.heads(c.tbl, c.row_id, c.col)
    return len(heads) == 1 and heads[0].vid == bytes(c.resolved[-1]["vid"])


def _by_row(edit: RecordedEdit) -> dict[tuple[str, str], list[FieldChange]]:
    by_row: dict[tuple[str, str], list[FieldChange]] = {}
    for c in edit.changes:
        by_row.setdefault((c.tbl, c.row_id), []).append(c)
    return by_row


def undo(store: EvaluationStore, edit: RecordedEdit) -> None:
    """Put back what the edit changed. An undone conflict resolution that never left the
    file is retracted, so the conflict is open again; anything else is undone by writing the
    old values as new versions."""
    with store.transaction():
        horizon = compaction.exposure_horizon(store)
        rest = []
        for c in edit.changes:
            if _retractable(store, c, horizon):
                store.retract(c.tbl, c.row_id, c.col, [bytes(r["vid"]) for r in c.resolved], c.before)
            else:
                rest.append(c)
        for (tbl, row_id), cs in _by_row(RecordedEdit(edit.label, tuple(rest))).items():
            if cs[0].row_created:
                store.set_deleted(tbl, row_id, True)
                continue
            values = {c.col: c.before for c in cs if c.col != DELETED}
            if values:
                store.write(tbl, row_id, values)
            for c in cs:
                if c.col == DELETED:
                    store.set_deleted(tbl, row_id, bool(c.before))


def redo(store: EvaluationStore, edit: RecordedEdit) -> None:
    with store.transaction():
        rest = []
        for c in edit.changes:
            if c.resolved and store.was_retracted(bytes(c.resolved[-1]["vid"])):
                store.reinstate(list(c.resolved), c.after)  # it was retracted by undo
            else:
                rest.append(c)
        for (tbl, row_id), cs in _by_row(RecordedEdit(edit.label, tuple(rest))).items():
            values = {c.col: c.after for c in cs if c.col != DELETED}
            if values:
                store.write(tbl, row_id, values)
            deleted = [c for c in cs if c.col == DELETED]
            if deleted:
                store.set_deleted(tbl, row_id, bool(deleted[-1].after))
            elif cs[0].row_created:
                store.set_deleted(tbl, row_id, False)

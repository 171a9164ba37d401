"""Session undo/redo from the version log: an edit is whatever versions it appended.

Any service call can be recorded without knowing what it writes: afterwards the log says
which fields changed and what they held before. Undo writes the old values as new versions
(so undo is itself an edit that merges like any other), redo writes the new ones again.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, TypeVar

from kompass_desktop.domain.versions import DELETED
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
    with store.transaction():
        result = fn()
        rows = store.query(
            "SELECT tbl, row_id, col, value, hlc FROM field_version "
            "WHERE origin = ? AND hlc > ? ORDER BY hlc", (store.replica, mark))
        changes: dict[tuple[str, str, str], FieldChange] = {}
        created: dict[tuple[str, str], bool] = {}
        for r in rows:
            key = (r["tbl"], r["row_id"], r["col"])
            rowkey = key[:2]
            if rowkey not in created:
                created[rowkey] = not store.query(
                    "SELECT 1 AS x FROM field_version WHERE tbl=? AND row_id=? AND hlc <= ? LIMIT 1",
                    (r["tbl"], r["row_id"], mark))
            if key in changes:
                prev = changes[key]
                changes[key] = FieldChange(*key, prev.before, r["value"], prev.row_created)
                continue
            before = store.query(
                "SELECT value FROM field_version WHERE tbl=? AND row_id=? AND col=? AND hlc <= ? "
                "ORDER BY hlc DESC LIMIT 1", (*key, mark))
            changes[key] = FieldChange(*key, before[0]["value"] if before else None, r["value"],
                                       created[rowkey])
    return result, RecordedEdit(label, tuple(changes.values()))


def _by_row(edit: RecordedEdit) -> dict[tuple[str, str], list[FieldChange]]:
    by_row: dict[tuple[str, str], list[FieldChange]] = {}
    for c in edit.changes:
        by_row.setdefault((c.tbl, c.row_id), []).append(c)
    return by_row


def undo(store: EvaluationStore, edit: RecordedEdit) -> None:
    with store.transaction():
        for (tbl, row_id), cs in _by_row(edit).items():
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
        for (tbl, row_id), cs in _by_row(edit).items():
            values = {c.col: c.after for c in cs if c.col != DELETED}
            if values:
                store.write(tbl, row_id, values)
            deleted = [c for c in cs if c.col == DELETED]
            if deleted:
                store.set_deleted(tbl, row_id, bool(deleted[-1].after))
            elif cs[0].row_created:
                store.set_deleted(tbl, row_id, False)

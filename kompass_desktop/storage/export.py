"""An evaluation file's live rows, table by table, read without changing the file.

sqlite-utils does the reading: the columns come from the file itself (`columns_dict`), so a
file of an older schema exports what it holds; rows removed by a tombstone are left out.
The file is checked first and then read through an immutable (or read-only) connection, so
a read-only file can be exported and a refused file is never opened for writing.
"""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from kompass_desktop.storage import schema

EXPORTABLE = (
    "evaluation", "evaluator", "author", "interview", "participant", "document", "evidence",
    "evidence_tag", "score_draft", "score_agreed", "area_text", "subarea_text", "list_item",
)


def read_live_tables(path: str | Path, tables: tuple[str, ...] = EXPORTABLE
                     ) -> dict[str, tuple[list[str], list[dict]]]:
    """{table: (column names, rows as dicts)} for each named table the file has."""
    path = Path(path)
    schema.check_file(path)
    with schema.reading(path) as con:  # read-only; a crash-left WAL via a private copy
        db = sqlite_utils.Database(con, recursive_triggers=False, execute_plugins=False)
        present = set(db.table_names())
        out: dict[str, tuple[list[str], list[dict]]] = {}
        for name in tables:
            if name not in present:
                continue
            table = db.table(name)
            all_columns = list(table.columns_dict)
            columns = [c for c in all_columns if c != "deleted"]
            rows = table.rows_where("deleted = 0" if "deleted" in all_columns else None,
                                    select=", ".join(f'"{c}"' for c in columns), order_by="rowid")
            out[name] = (columns, list(rows))
        return out

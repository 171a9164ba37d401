"""`kompass export`: an evaluation's tables as CSV or JSON files for analysis in a spreadsheet.

One file per table: interviews, participants, documents, evidence (with its sub-areas) and the
evidence tags, draft and agreed scores, area and sub-area texts, strengths and improvements,
and the evaluators. Rows carry their ids (so tables can be joined) plus readable columns: the
evaluator's name beside an evaluator id, the title beside an area or sub-area number, the
interview's title beside a participant. CSV files are UTF-8 with a byte-order mark (so a
spreadsheet recognises the Swedish letters), comma-separated, points with a decimal point as
the file stores them; JSON files hold a list of objects with points as numbers.

The export reads the file without changing it (a read-only file can be exported). Attached
document files are not exported, only their names. `--pseudonymise` exports a pseudonymised
copy's tables (register names replaced by role-based pseudonyms).
"""
from __future__ import annotations

import csv
import io
import json
import os
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.domain.framework import Framework, parse_framework_json
from kompass_desktop.storage.export import read_live_tables

FORMATS = ("csv", "json")

# (file name, table in the evaluation file), in the order they are written.
EXPORTS: tuple[tuple[str, str], ...] = (
    ("evaluators", "evaluator"),
    ("interviews", "interview"),
    ("participants", "participant"),
    ("documents", "document"),
    ("evidence", "evidence"),
    ("evidence_tags", "evidence_tag"),
    ("scores_draft", "score_draft"),
    ("scores_agreed", "score_agreed"),
    ("area_texts", "area_text"),
    ("subarea_texts", "subarea_text"),
    ("strengths_improvements", "list_item"),
)
# Internal bookkeeping a spreadsheet user has no use for.
_DROPPED = {"evaluator": ("identity_id", "position"), "participant": ("position",),
            "list_item": ("position",)}
_POINTS = ("points",)


def export_tables(path: str | Path, out_dir: str | Path, fmt: str = "csv",
                  pseudonymise: bool = False) -> list[tuple[str, int]]:
    """Write one file per table into out_dir (created if missing); [(file name, rows)].
    With `pseudonymise` the tables come from a pseudonymised copy (services.privacy), made
    in the private data folder and removed afterwards."""
    if fmt not in FORMATS:
        raise KompassError(f"unknown export format {fmt!r} (use csv or json)",
                           sv=f"okänt exportformat {fmt!r} (använd csv eller json)")
    if pseudonymise:
        import shutil

        from kompass_desktop.paths import private_tmp
        from kompass_desktop.services import encrypted, privacy
        work = private_tmp("export")
        try:
            ev = encrypted.open_evaluation(path)
            try:
                copy = privacy.pseudonymised_copy(ev, work / "pseudonymised.kompass")
            finally:
                ev.close()
            return export_tables(copy, out_dir, fmt)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    tables = read_live_tables(path)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise KompassError(f"{out} is a file, not a folder", sv=f"{out} är en fil, inte en mapp")
    out.mkdir(parents=True, exist_ok=True)
    framework = _framework(tables)
    names = _names(tables)
    titles = _interview_titles(tables)
    written = []
    for file_name, table in EXPORTS:
        if table not in tables:
            continue
        columns, rows = _readable(table, *tables[table], framework, names, titles, tables)
        target = out / f"{file_name}.{fmt}"
        _write(target, columns, rows, fmt)
        written.append((target.name, len(rows)))
    return written


def _framework(tables) -> Framework | None:
    rows = tables.get("evaluation", ([], []))[1]
    text = rows[0].get("framework_json") if rows else None
    return parse_framework_json(text, "the evaluation's framework copy") if text else None


def _names(tables) -> dict[str, str]:
    """Evaluator names by every id that can stand for one (author, evaluator, identity)."""
    names: dict[str, str] = {}
    for r in tables.get("author", ([], []))[1]:
        names[r["id"]] = r["name"] or ""
    for r in tables.get("evaluator", ([], []))[1]:
        names[r["id"]] = r["name"] or ""
        if r.get("identity_id"):
            names[r["identity_id"]] = r["name"] or ""
    return names


def _interview_titles(tables) -> dict[str, str]:
    return {r["id"]: r["title"] or "" for r in tables.get("interview", ([], []))[1]}


def _order_key(framework: Framework | None):
    """Sort by the framework's order of areas and sub-areas (1.2 before 1.10)."""
    order: dict[str, int] = {}
    if framework is not None:
        for area in framework.areas:
            order.setdefault(area.number, len(order))
            for s in area.subareas:
                order.setdefault(s.number, len(order))

    def key(row: dict):
        number = row.get("subarea") or row.get("area") or ""
        return (order.get(number, len(order)), number)
    return key


def _readable(table: str, columns: list[str], rows: list[dict], framework, names, titles, tables
              ) -> tuple[list[str], list[dict]]:
    cols: list[str] = []
    for c in columns:
        if c in _DROPPED.get(table, ()):
            continue
        cols.append(c)
        if c == "evaluator_id":
            cols.append("evaluator")
        elif c == "subarea" and framework is not None:
            cols.append("subarea_title")
        elif c == "area" and framework is not None:
            cols.append("area_title")
        elif c == "interview_id" and table == "participant":
            cols.append("interview")
    if table == "evidence":
        cols.append("subareas")
        tags: dict[str, list[str]] = {}
        for t in sorted(tables.get("evidence_tag", ([], []))[1], key=_order_key(framework)):
            tags.setdefault(t["evidence_id"], []).append(t["subarea"] or "")
    out = []
    for r in rows:
        row = {c: r.get(c) for c in cols}
        if "evaluator" in row:
            row["evaluator"] = names.get(r.get("evaluator_id") or "", "")
        if "subarea_title" in row:
            row["subarea_title"] = _title(framework.subarea, r.get("subarea"))
        if "area_title" in row:
            row["area_title"] = _title(framework.area, r.get("area"))
        if table == "participant":
            row["interview"] = titles.get(r.get("interview_id") or "", "")
        if table == "evidence":
            row["subareas"] = "; ".join(tags.get(r["id"], []))
        out.append(row)
    if any(c in cols for c in ("subarea", "area")):
        out.sort(key=_order_key(framework))
    elif table == "interview":
        out.sort(key=lambda r: (r.get("date") or "", r.get("time") or "", r.get("title") or ""))
    return cols, out


def _title(lookup, number: Any) -> str:
    if not number:
        return ""
    try:
        return lookup(str(number)).title
    except (KeyError, ValueError, LookupError):
        return ""


def _json_value(column: str, value: Any) -> Any:
    if column in _POINTS and isinstance(value, str):
        try:
            d = Decimal(value)
        except InvalidOperation:
            return value
        return int(d) if d == d.to_integral_value() else float(d)
    return value


def _write(target: Path, columns: list[str], rows: list[dict], fmt: str) -> None:
    if fmt == "csv":
        buf = io.StringIO(newline="")
        w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)
        data = buf.getvalue().encode("utf-8-sig")
    else:
        data = json.dumps([{c: _json_value(c, r[c]) for c in columns} for r in rows],
                          ensure_ascii=False, indent=1).encode("utf-8")
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise KompassError(f"cannot write {target}: {e.strerror or e}",
                           sv=f"kan inte skriva {target}: {e.strerror or e}") from None

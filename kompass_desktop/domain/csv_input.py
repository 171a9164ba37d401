"""CSV as spreadsheets write it: ',' or ';', decimal '.' or ',', optional BOM, sv/en headers.

Parsing checks the whole file before anything is stored: one bad row fails the import
with its row number (the header is row 1, as a spreadsheet numbers it).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal

from kompass_desktop.domain.errors import InputError
from kompass_desktop.domain.framework import Framework
from kompass_desktop.domain.scoring import to_points

SUBAREA_HEADERS = {"subarea", "sub-area", "delområde", "delomrade"}
AREA_HEADERS = {"area", "område", "omrade"}
POINTS_HEADERS = {"points", "poäng", "poang", "uppnått", "uppnatt"}
RATIONALE_HEADERS = {"rationale", "motivering"}
TOTAL_KEYS = {"total", "totalt", "summa"}


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("the CSV file is not UTF-8 text (save it as 'CSV UTF-8')") from None


# The longest cell a score file needs (a rationale of a few pages); the csv module's own
# limit (131,072) would otherwise surface as an error without a row number.
MAX_FIELD = 100_000
MAX_ROWS = 10_000


def _rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    text = text.lstrip("\ufeff")
    # Line endings as any spreadsheet writes them: CRLF, LF, or CR alone (old Mac Excel).
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError("the CSV file holds binary data (NUL characters), not text",
                         sv="CSV-filen innehåller binärdata (NUL-tecken), inte text")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        raise InputError("the CSV file is empty", sv="CSV-filen är tom")
    first = lines[0]
    # The header decides the delimiter: a Swedish spreadsheet writes ';'.
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD)
    try:
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                line = reader.line_num
                if "field larger" in str(e):
                    raise InputError(f"row {line}: a field is longer than {MAX_FIELD:,} characters",
                                     sv=f"rad {line}: ett fält är längre än {MAX_FIELD:,} tecken".replace(",", " ")
                                     ) from None
                raise InputError(f"row {line}: not readable as CSV ({e})",
                                 sv=f"rad {line}: går inte att läsa som CSV ({e})") from None
            if not any(cell.strip() for cell in row):
                continue
            cells = [c.strip() for c in row]
            if header is None:
                header = [c.lower() for c in cells]
            else:
                out.append((reader.line_num, cells))
                if len(out) > MAX_ROWS:
                    raise InputError(f"the CSV file has more than {MAX_ROWS:,} rows",
                                     sv=f"CSV-filen har fler än {MAX_ROWS} rader")
    finally:
        csv.field_size_limit(old_limit)
    return header or [], out


# What a number is in a score file: ASCII digits with at most one decimal separator
# ('.' or ','), nothing else: no sign, exponent, underscore, spaces inside, or digits of
# other scripts. Anything else is refused with its row rather than guessed at.
_NUMBER = re.compile(r"[0-9]{1,9}(?:[.,][0-9]{1,9})?")


def _shown(cell: str) -> str:
    """A cell quoted in a one-line message: whitespace (line breaks too) folded, cut short."""
    text = " ".join(cell.split())
    return text if len(text) <= 20 else text[:20] + "…"


def csv_number(cell: str) -> str:
    """The cell (as written: '12,5' stays so in messages) if it is a number, else an
    InputError saying why not."""
    text = cell.strip()
    if not _NUMBER.fullmatch(text):
        shown = _shown(text)
        raise InputError(
            f"'{shown}' is not a number (digits with at most one decimal "
            "point or comma; no sign, exponent or other characters)",
            sv=f"'{shown}' är inget tal (siffror med högst ett decimaltecken, "
               "punkt eller komma; inget tecken, ingen exponent och inga andra tecken)")
    return text


def _column(header: list[str], names: set[str], what: str, required: bool = True) -> int | None:
    for i, h in enumerate(header):
        if h in names:
            return i
    if required:
        shown = _shown(";".join(header)) if header else "empty"
        raise InputError(f"row 1: no '{what}' column (header is: {shown})",
                         sv=f"rad 1: ingen kolumn '{what}' (rubrikraden är: {shown})")
    return None


@dataclass(frozen=True)
class ScoreRow:
    row: int
    subarea: str
    points: Decimal
    rationale: str | None


def parse_scores(text: str, framework: Framework) -> list[ScoreRow]:
    header, rows = _rows(text)
    ci = _column(header, SUBAREA_HEADERS, "subarea/delområde")
    pi = _column(header, POINTS_HEADERS, "points/poäng")
    ri = _column(header, RATIONALE_HEADERS, "rationale/motivering", required=False)
    known = {s.number: s for s in framework.subareas()}
    out: list[ScoreRow] = []
    seen: dict[str, int] = {}
    for lineno, cells in rows:
        need = max(ci, pi)
        if len(cells) <= need:
            raise InputError(f"row {lineno}: expected {need + 1} columns, found {len(cells)}")
        number = cells[ci].rstrip(".")
        # Spreadsheets may turn "1.1" into "1,1"; read it back as a sub-area number.
        number = number.replace(",", ".")
        sub = known.get(number)
        if sub is None:
            raise InputError(f"row {lineno}: unknown sub-area '{_shown(cells[ci])}' in framework {framework.id}",
                             sv=f"rad {lineno}: okänt delområde '{_shown(cells[ci])}' i ramverket {framework.id}")
        if number in seen:
            raise InputError(f"row {lineno}: sub-area {number} was already given in row {seen[number]}")
        seen[number] = lineno
        if not cells[pi]:
            raise InputError(f"row {lineno}: no points for sub-area {number}")
        try:
            pts = to_points(csv_number(cells[pi]), sub.max_points)
        except InputError as e:
            raise InputError(f"row {lineno}: sub-area {number}: {e}",
                             sv=f"rad {lineno}: delområde {number}: {e.text()}") from None
        rationale = cells[ri] if ri is not None and ri < len(cells) and cells[ri] else None
        out.append(ScoreRow(lineno, number, pts, rationale))
    if not out:
        raise InputError("the CSV file has a header but no rows")
    return out


@dataclass(frozen=True)
class ReferenceInput:
    areas: dict[str, Decimal]
    total: Decimal | None


def parse_reference(text: str, framework: Framework) -> ReferenceInput:
    header, rows = _rows(text)
    ai = _column(header, AREA_HEADERS, "area/område")
    pi = _column(header, POINTS_HEADERS, "points/poäng")
    areas_max = {a.number: a.max_points for a in framework.areas}
    areas: dict[str, Decimal] = {}
    total: Decimal | None = None
    for lineno, cells in rows:
        if len(cells) <= max(ai, pi):
            raise InputError(f"row {lineno}: expected {max(ai, pi) + 1} columns, found {len(cells)}")
        key = cells[ai].strip().rstrip(".")
        if key.lower() in TOTAL_KEYS:
            try:
                total = to_points(csv_number(cells[pi]), framework.max_points)
            except InputError as e:
                raise InputError(f"row {lineno}: total: {e}",
                                 sv=f"rad {lineno}: totalt: {e.text()}") from None
            continue
        if key not in areas_max:
            raise InputError(f"row {lineno}: unknown area '{_shown(cells[ai])}' in framework {framework.id}",
                             sv=f"rad {lineno}: okänt område '{_shown(cells[ai])}' i ramverket {framework.id}")
        if key in areas:
            raise InputError(f"row {lineno}: area {key} is given twice")
        try:
            areas[key] = to_points(csv_number(cells[pi]), areas_max[key])
        except InputError as e:
            raise InputError(f"row {lineno}: area {key}: {e}",
                             sv=f"rad {lineno}: område {key}: {e.text()}") from None
    if not areas:
        raise InputError("the CSV file gives no area points")
    return ReferenceInput(areas, total)

"""What a stored value may be: one rule per table and column (pure: no SQL, no Qt).

The same rules check what a user types (services), what arrives by merge (storage/merge.py,
db/README.md §5) and what a file already holds (a value written by an older version or by
hand is treated as not set and flagged, never shown and never a crash).

Limits decided here (PRODUCT §3.7 "texts within a sane length"):
- long texts (notes, rationales, report texts, evidence): at most 10,000,000 characters, the
  size PRODUCT §7 says an export must still cope with;
- titles, names, labels and other one-line texts: at most 1,000 characters; URLs 10,000;
- ids (row ids, evaluator and author ids, origins): at most 64 characters;
- years 1900…2100; points a decimal text with at most one decimal within 0…max of the
  file's framework; clocks 0 < hlc < 2^62 and not more than a year ahead of now; version
  vectors at most 256 entries.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, Mapping

from kompass_desktop.domain.errors import FrameworkError, InputError, PointsError
from kompass_desktop.domain.framework import Framework, parse_framework_json
from kompass_desktop.domain.scoring import to_points
from kompass_desktop.domain.versions import DELETED

LONG_TEXT = 10_000_000
SHORT_TEXT = 1_000
URL_TEXT = 10_000
ID_TEXT = 64
YEARS = (1900, 2100)
MAX_HLC = 1 << 62
MAX_VV_ENTRIES = 256
FUTURE_LIMIT_MS = 366 * 24 * 3600 * 1000   # "not later than now + 1 year"
MAX_POSITION = 1e15
MAX_JSON_ITEMS = 10_000

# Fixed lists (the values a form offers).
SOURCES = ("interview", "document", "website")
STATUSES = ("in_place", "planned")
ROLES = ("förtroendevald", "tjänsteperson", "facklig företrädare", "chef", "medarbetare", "annan")
DOCUMENT_KINDS = ("policy", "strategi", "program", "plan", "riktlinje", "budget",
                  "årsredovisning", "webbsida", "sociala medier", "annat")
LIST_KINDS = ("strength", "improvement", "summary_improvement")
EVALUATION_STATUSES = ("draft", "final")
SERIES_SOURCES = ("typed", "file", "average")

# Rows two evaluators may create independently but that mean the same: their id is derived
# from the evaluation id and these parts (storage.store.natural_id). The first part is a
# fixed word, the rest name columns of the row.
NATURAL_KEYS: dict[str, tuple[str, tuple[str, ...]]] = {
    "score_draft": ("draft", ("subarea", "evaluator_id")),
    "score_agreed": ("agreed", ("subarea",)),
    "area_ready": ("ready", ("area", "evaluator_id")),
    "area_text": ("area_text", ("area",)),
    "subarea_text": ("subarea_text", ("subarea",)),
}

# References between rows: (table, column) -> the table (or "blob") the value names.
REFERENCES: dict[tuple[str, str], str] = {
    ("participant", "interview_id"): "interview",
    ("participant", "person_id"): "person",
    ("evidence", "interview_id"): "interview",
    ("evidence", "document_id"): "document",
    ("evidence_tag", "evidence_id"): "evidence",
    ("document", "blob_sha"): "blob",
}

_POINTS_TEXT = re.compile(r"[0-9]{1,6}(\.[0-9])?")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SHA_TEXT = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Problem:
    """Why a value is refused, in English (CLI, `merge --json`) and Swedish (workbench)."""
    reason: str
    reason_sv: str


Rule = Callable[[Any, "Context"], "Problem | None"]


@dataclass(frozen=True)
class Context:
    """What a rule may look at besides the value: the file's framework (None when it cannot
    be read) and the row's other fields (the sub-area whose max points apply)."""
    framework: Framework | None = None
    row: Mapping[str, Any] | None = None

    def get(self, col: str) -> Any:
        return (self.row or {}).get(col)


# ---- the rules ----------------------------------------------------------------------------


def _text(limit: int) -> Rule:
    def rule(v, ctx):
        if v is None:
            return None
        if not isinstance(v, str):
            return Problem("not a text", "ingen text")
        if len(v) > limit:
            return Problem(f"text longer than {limit:,} characters",
                           f"texten är längre än {limit:,} tecken".replace(",", " "))
        return None
    return rule


def _one_of(values: tuple[str, ...]) -> Rule:
    def rule(v, ctx):
        if v is None or (isinstance(v, str) and v in values):
            return None
        return Problem(f"not one of: {', '.join(values)}", f"inte något av: {', '.join(values)}")
    return rule


def _int(lo: int, hi: int) -> Rule:
    def rule(v, ctx):
        if v is None:
            return None
        if not isinstance(v, int) or isinstance(v, bool):
            return Problem("not a whole number", "inget heltal")
        if not lo <= v <= hi:
            return Problem(f"outside {lo}…{hi}", f"utanför {lo}–{hi}")
        return None
    return rule


def _flag(v, ctx):
    if v is None or (isinstance(v, int) and not isinstance(v, bool) and v in (0, 1)):
        return None
    return Problem("not 0 or 1", "inte 0 eller 1")


def _position(v, ctx):
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return Problem("not a number", "inget tal")
    if not math.isfinite(v) or abs(v) > MAX_POSITION:
        return Problem("not a finite number", "inget ändligt tal")
    return None


def _date(v, ctx):
    if v is None or v == "":
        return None
    if isinstance(v, str) and _DATE_TEXT.fullmatch(v):
        try:
            d = date.fromisoformat(v)
        except ValueError:
            d = None
        if d is not None and YEARS[0] <= d.year <= YEARS[1]:
            return None
    return Problem("not a date (YYYY-MM-DD)", "inget datum (ÅÅÅÅ-MM-DD)")


def points_problem(v: Any, max_points: Decimal | None) -> Problem | None:
    """A stored point value: a decimal text ('12.5') with at most one decimal, 0…max."""
    if not isinstance(v, str) or not _POINTS_TEXT.fullmatch(v):
        return Problem("not a point value (digits with at most one decimal)",
                       "inget poängvärde (siffror med högst en decimal)")
    try:
        to_points(v, max_points)
    except PointsError as e:
        return _points_reason(e, max_points)
    return None


def _points_reason(e: PointsError, max_points: Decimal | None) -> Problem:
    sv = {"not_a_number": "inget tal", "decimals": "mer än en decimal",
          "negative": "under 0"}.get(e.reason)
    if sv is None:
        sv = f"över maxpoängen {_num(max_points)}" if max_points is not None else "ogiltig poäng"
        return Problem(f"above the maximum {_num(max_points)}", sv)
    return Problem(str(e), sv)


def _num(d: Decimal | None) -> str:
    if d is None:
        return "?"
    return str(int(d)) if d == d.to_integral_value() else str(d)


def _subarea_max(ctx: Context) -> tuple[Decimal | None, Problem | None]:
    if ctx.framework is None:
        return None, Problem("the file's framework cannot be read, so points cannot be checked",
                             "filens ramverk går inte att läsa, så poängen kan inte kontrolleras")
    sub = ctx.get("subarea")
    try:
        return ctx.framework.subarea(str(sub)).max_points, None
    except KeyError:
        return None, Problem(f"belongs to no sub-area of the framework ({sub!r})",
                             f"hör inte till något delområde i ramverket ({sub!r})")


def _points(v, ctx):
    if v is None:
        return None
    max_points, problem = _subarea_max(ctx)
    return problem or points_problem(v, max_points)


def _subarea(v, ctx):
    if v is None:
        return None
    if not isinstance(v, str):
        return Problem("not a sub-area number", "inget delområdesnummer")
    if ctx.framework is not None and not any(s.number == v for s in ctx.framework.subareas()):
        return Problem(f"no sub-area {v} in the framework", f"inget delområde {v} i ramverket")
    return _text(ID_TEXT)(v, ctx)


def _area(allow_empty: bool) -> Rule:
    def rule(v, ctx):
        if v is None or (allow_empty and v == ""):
            return None
        if not isinstance(v, str):
            return Problem("not an area number", "inget områdesnummer")
        if ctx.framework is not None and not any(a.number == v for a in ctx.framework.areas):
            return Problem(f"no area {v} in the framework", f"inget område {v} i ramverket")
        return _text(ID_TEXT)(v, ctx)
    return rule


def _json(v) -> tuple[Any, Problem | None]:
    if not isinstance(v, str):
        return None, Problem("not JSON text", "ingen JSON-text")
    if len(v) > LONG_TEXT:
        return None, Problem("JSON text too long", "för lång JSON-text")
    try:
        return json.loads(v, parse_constant=_no_constant), None
    except (ValueError, RecursionError):
        return None, Problem("not valid JSON", "ogiltig JSON")


def _no_constant(name: str):
    raise ValueError(name)  # NaN, Infinity: not numbers a file may hold


def _json_rule(check: Callable[[Any, Context], Problem | None]) -> Rule:
    """A rule for a JSON text: None passes, text that is not JSON fails, else `check(data)`."""
    def rule(v, ctx):
        if v is None:
            return None
        data, problem = _json(v)
        return problem or check(data, ctx)
    return rule


@_json_rule
def _spread(data, ctx):
    """{evaluator id: draft points} the agreed score came from."""
    if not isinstance(data, dict) or len(data) > MAX_VV_ENTRIES:
        return Problem("not a small JSON object", "inget litet JSON-objekt")
    max_points, problem = _subarea_max(ctx)
    if problem:
        return problem
    for k, p in data.items():
        if len(k) > ID_TEXT or (p is not None and points_problem(p, max_points)):
            return Problem(f"holds an invalid draft value ({str(p)[:20]!r})",
                           f"innehåller ett ogiltigt utkastvärde ({str(p)[:20]!r})")
    return None


@_json_rule
def _id_list(data, ctx):
    if not isinstance(data, list) or len(data) > MAX_JSON_ITEMS or not all(
            isinstance(x, str) and 0 < len(x) <= ID_TEXT for x in data):
        return Problem("not a JSON list of ids", "ingen JSON-lista av id:n")
    return None


@_json_rule
def _series_areas(data, ctx):
    """A comparison series: {area number of the framework: points within 0…area max}."""
    if not isinstance(data, dict):
        return Problem("not a JSON object of area points", "inget JSON-objekt med områdespoäng")
    if ctx.framework is None:
        return _subarea_max(ctx)[1]
    for k, p in data.items():
        try:
            area = ctx.framework.area(k)
        except KeyError:
            return Problem(f"no area {k[:20]} in the framework", f"inget område {k[:20]} i ramverket")
        if isinstance(p, bool) or not isinstance(p, (str, int)):
            return Problem(f"area {k}: not a point value", f"område {k}: inget poängvärde")
        problem = points_problem(str(p), area.max_points)
        if problem:
            return Problem(f"area {k}: {problem.reason}", f"område {k}: {problem.reason_sv}")
    return None


def _series_total(v, ctx):
    if v is None:
        return None
    if ctx.framework is None:
        return _subarea_max(ctx)[1]
    return points_problem(v, ctx.framework.max_points)


def _framework_json(v, ctx):
    if v is None:
        return None
    if not isinstance(v, str) or len(v) > LONG_TEXT:
        return Problem("not a framework text", "ingen ramverkstext")
    return None if framework_of(v) is not None else Problem(
        "not a valid framework", "inget giltigt ramverk")


@lru_cache(maxsize=8)
def framework_of(text: str | None) -> Framework | None:
    """The framework a file's copy holds, or None when it cannot be read (cached by text)."""
    if not isinstance(text, str):
        return None
    try:
        return parse_framework_json(text, "the evaluation's framework copy")
    except (FrameworkError, RecursionError, ValueError, TypeError):
        return None


def _sha(v, ctx):
    if v is None or (isinstance(v, str) and _SHA_TEXT.fullmatch(v)):
        return None
    return Problem("not a file checksum", "ingen kontrollsumma för en fil")


_short, _long, _id, _url = _text(SHORT_TEXT), _text(LONG_TEXT), _text(ID_TEXT), _text(URL_TEXT)
_year = _int(*YEARS)
_offset = _int(0, LONG_TEXT)

RULES: dict[str, dict[str, Rule]] = {
    "evaluation": {
        "municipality": _short, "year": _year, "title": _short,
        "framework_json": _framework_json, "evaluation_order": _int(0, 10_000),
        "status": _one_of(EVALUATION_STATUSES), "questionnaire_received": _date,
        "site_visit_start": _date, "site_visit_end": _date, "report_delivered": _date,
        "feedback_seminar": _date, "intro_text": _long},
    "evaluator": {"name": _short, "organisation": _short, "identity_id": _id,
                  "position": _position},
    "interview": {"title": _short, "date": _date, "time": _text(20), "place": _short,
                  "is_group": _flag, "notes": _long, "evaluator_id": _id},
    "participant": {"interview_id": _id, "name": _short, "role": _one_of(ROLES),
                    "function": _short, "position": _position},
    "document": {"title": _short, "kind": _one_of(DOCUMENT_KINDS), "issuer": _short,
                 "adopted": _date, "year": _year, "url": _url, "pages": _short, "notes": _long,
                 "blob_sha": _sha, "file_name": _short},
    "evidence": {"source": _one_of(SOURCES), "interview_id": _id, "document_id": _id,
                 "url": _url, "page": _short, "text": _long, "status": _one_of(STATUSES),
                 "evaluator_id": _id, "quote_start": _offset, "quote_end": _offset},
    "evidence_tag": {"evidence_id": _id, "subarea": _subarea},
    "score_draft": {"subarea": _subarea, "evaluator_id": _id, "points": _points,
                    "rationale": _long, "entered_by": _id},
    "score_agreed": {"subarea": _subarea, "points": _points, "rationale": _long,
                     "spread": _spread},
    "area_ready": {"area": _area(False), "evaluator_id": _id, "ready": _flag},
    "area_text": {"area": _area(False), "general_text": _long},
    "subarea_text": {"subarea": _subarea, "text": _long},
    "list_item": {"area": _area(True), "kind": _one_of(LIST_KINDS), "text": _long,
                  "position": _position, "evidence_ids": _id_list},
    "good_example": {"subarea": _subarea, "municipality": _short, "what": _long, "why": _long},
    "comparison_series": {"label": _short, "areas_json": _series_areas, "total": _series_total,
                          "framework_id": _short, "source": _one_of(SERIES_SOURCES),
                          "position": _position},
    "person": {"name": _short, "role": _one_of(ROLES), "function": _short,
               "organisation": _short, "contact": _short, "note": _long},
    "erasure": {"spec": lambda v, ctx: _erasure_spec(v, ctx)},
}
RULES["participant"]["person_id"] = _id


@_json_rule
def _erasure_spec(data, ctx):
    """{"fields": {table: [columns]}, "rows": {table: {row id: [columns]}}} naming only
    fields this file has (db/README.md §4); what an erasure covers is decided in storage."""
    def known_cols(tbl, cols):
        return (isinstance(cols, list) and len(cols) <= 64 and tbl in RULES
                and all(isinstance(c, str) and c in RULES[tbl] for c in cols))
    fields, rows = (data.get("fields", {}), data.get("rows", {})) if isinstance(data, dict) else (None, None)
    if not isinstance(fields, dict) or not isinstance(rows, dict) or \
            not all(known_cols(t, cs) for t, cs in fields.items()) or \
            not all(isinstance(rs, dict) and len(rs) <= MAX_JSON_ITEMS and all(
                isinstance(r, str) and 0 < len(r) <= ID_TEXT and known_cols(t, cs)
                for r, cs in rs.items()) for t, rs in rows.items()):
        return Problem("not an erasure of known fields", "ingen radering av kända fält")
    return None


def value_problem(tbl: str, col: str, value: Any, ctx: Context = Context()) -> Problem | None:
    """The rule of one field; an unknown table or column is refused."""
    cols = RULES.get(tbl)
    if cols is None:
        return Problem(f"unknown table {str(tbl)[:40]!r}", f"okänd tabell {str(tbl)[:40]!r}")
    if col == DELETED:
        return _flag(value, ctx)
    rule = cols.get(col)
    if rule is None:
        return Problem(f"unknown field {str(col)[:40]!r}", f"okänt fält {str(col)[:40]!r}")
    return rule(value, ctx)


# ---- the envelope of a version ------------------------------------------------------------


def envelope_problem(origin: Any, author: Any, hlc: Any, vv: Any, row_id: Any, now_ms: int
                     ) -> tuple[str, Any, Problem] | None:
    """(what, its value, why) for a version whose who/when/row id is malformed or out of
    bounds: a clock 0 < hlc < 2^62 not beyond now + 1 year, a JSON version vector of at most
    256 entries whose own entry equals the clock, ids of at most 64 characters."""
    for what, v in (("origin", origin), ("author", author), ("row id", row_id)):
        if not isinstance(v, str) or not 0 < len(v) <= ID_TEXT:
            return what, v, Problem(f"its {what} is not an id of 1…{ID_TEXT} characters",
                                    f"dess {_SV[what]} är inget id på 1–{ID_TEXT} tecken")
    limit = min(MAX_HLC, (now_ms + FUTURE_LIMIT_MS) << 16)
    problem = _clock_problem(hlc, limit)
    if problem:
        return "hlc", hlc, problem
    if not isinstance(vv, str) or len(vv) > 64 * 1024:
        return "vv", vv, Problem("its version vector is not a JSON text",
                                 "dess versionsvektor är ingen JSON-text")
    try:
        data = json.loads(vv, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict) or not 0 < len(data) <= MAX_VV_ENTRIES:
        return "vv", vv, Problem(f"its version vector is not a JSON object of 1…{MAX_VV_ENTRIES} "
                                 "entries", f"dess versionsvektor är inget JSON-objekt med "
                                 f"1–{MAX_VV_ENTRIES} poster")
    for k, h in data.items():
        if not 0 < len(k) <= ID_TEXT or _clock_problem(h, limit):
            return "vv", vv, Problem("its version vector holds a malformed entry",
                                     "dess versionsvektor har en felaktig post")
    if data.get(origin) != hlc:
        return "vv", vv, Problem("its version vector does not hold its own clock",
                                 "dess versionsvektor saknar dess egen klocka")
    return None


_SV = {"origin": "ursprung", "author": "författare", "row id": "rad-id"}


def _clock_problem(h: Any, limit: int) -> Problem | None:
    if not isinstance(h, int) or isinstance(h, bool):
        return Problem("its clock is not a whole number", "dess klocka är inget heltal")
    if not 0 < h < limit:
        return Problem("its clock is out of range (0, or more than a year ahead)",
                       "dess klocka ligger utanför gränserna (0 eller mer än ett år framåt)")
    return None


def author_problem(author_id: Any, name: Any, organisation: Any) -> Problem | None:
    """A row of the file's list of people who wrote to it."""
    if not isinstance(author_id, str) or not 0 < len(author_id) <= ID_TEXT:
        return Problem("an author id that is not an id", "ett författar-id som inte är ett id")
    return _short(name, Context()) or _short(organisation, Context()) or (
        Problem("an author without a name text", "en författare utan namn") if name is None else None)


# ---- natural keys -------------------------------------------------------------------------


def natural_key(tbl: str, row: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The parts a natural-key row's id derives from (None: not a natural-key table, or a
    part is missing or not a text)."""
    spec = NATURAL_KEYS.get(tbl)
    if spec is None:
        return None
    word, cols = spec
    parts = [row.get(c) for c in cols]
    if not all(isinstance(p, str) for p in parts):
        return None
    return (word, *parts)


# ---- values a file already holds ----------------------------------------------------------


def row_problems(tbl: str, row: Mapping[str, Any], framework: Framework | None
                 ) -> list[tuple[str, Any, Problem]]:
    """(column, value, why) of every invalid value in a projection row."""
    cols = RULES.get(tbl, {})
    ctx = Context(framework, row)
    out = []
    for col, value in row.items():
        rule = cols.get(col)
        if rule is None or value is None:
            continue
        problem = rule(value, ctx)
        if problem:
            out.append((col, value, problem))
    return out


def clean_row(tbl: str, row: dict, framework: Framework | None) -> dict:
    """The row with every invalid value treated as not set (None)."""
    bad = row_problems(tbl, row, framework)
    if not bad:
        return row
    out = dict(row)
    for col, _, _ in bad:
        out[col] = None
    return out


def is_date(value: Any) -> bool:
    """A set date as the file holds dates: ISO YYYY-MM-DD within the years allowed."""
    return isinstance(value, str) and value != "" and _date(value, Context()) is None


ADOPTED_NOTE = "Antagen: "


def converted_adoption(text: Any, notes: Any) -> tuple[str, str | None] | None:
    """A document's "adopted" from before it had to be a date (free text such as
    "2021-06-14 (KF § 45)"): the (adopted, notes) it becomes, or None when it is a date or
    empty already (or the notes are not a text: such a row is left as it is, and listed).

    Adopted becomes the date the text starts with, or "" if it starts with none; the text
    itself goes into the notes as one line "Antagen: <text>", unless the notes hold that line
    already (converting twice, or on two copies of the file, gives the same values) or the
    text was the date and nothing more (surrounding spaces)."""
    if not isinstance(text, str) or text == "" or is_date(text):
        return None
    if notes is not None and not isinstance(notes, str):
        return None
    stripped = text.strip()
    head = stripped[:10]
    adopted = head if is_date(head) and not stripped[10:11].isdigit() else ""
    if stripped == adopted:
        return adopted, notes
    line = ADOPTED_NOTE + " ".join(text.split())  # one line, whatever the text held
    notes = notes or ""
    if line not in notes.splitlines():
        notes += ("" if not notes or notes.endswith("\n") else "\n") + line
    return adopted, notes


def stored_points(value: Any, max_points: Decimal | None) -> Decimal | None:
    """A stored point value as a number, or None when it is missing or invalid."""
    if value is None or points_problem(value, max_points):
        return None
    return Decimal(value)


def printable(value: Any, limit: int = 200) -> str:
    """A value as a report lists it: bytes as hex, control characters escaped (a file may not
    send escape sequences to a terminal), cut to `limit` characters."""
    if isinstance(value, bytes):
        text = "x'" + value[:limit].hex() + "'"
    elif isinstance(value, str):
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value[:limit * 2])
    else:
        text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def check_typed(tbl: str, values: Mapping[str, Any], framework: Framework | None = None,
                row: Mapping[str, Any] | None = None) -> None:
    """Typed input: the same rules, raised as one InputError naming the first bad field."""
    values = {c: as_stored(v) for c, v in values.items()}
    ctx = Context(framework, {**(row or {}), **values})
    for col, value in values.items():
        problem = value_problem(tbl, col, value, ctx)
        if problem:
            raise InputError(f"{col}: {problem.reason}", sv=f"{col}: {problem.reason_sv}")


def as_stored(value: Any) -> Any:
    """A typed value as the file holds it: flags as 0/1, decimals as text, lists and objects
    as JSON (storage.store writes values in this form)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value

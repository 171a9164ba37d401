"""Framework revisions as data: areas, sub-areas, max points, questions."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from kompass_desktop.domain.errors import FrameworkError

FORMAT = "kompass-framework/1"


@dataclass(frozen=True)
class SubArea:
    number: str
    title: str
    max_points: Decimal
    questions: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Area:
    number: str
    title: str
    subareas: tuple[SubArea, ...]
    description: str = ""

    @property
    def max_points(self) -> Decimal:
        return sum((s.max_points for s in self.subareas), Decimal(0))


@dataclass(frozen=True)
class Framework:
    id: str
    name: str
    areas: tuple[Area, ...]
    language: str = "sv"
    description: str = ""
    area_max: Decimal | None = Decimal(100)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def max_points(self) -> Decimal:
        return sum((a.max_points for a in self.areas), Decimal(0))

    def subareas(self) -> list[SubArea]:
        return [s for a in self.areas for s in a.subareas]

    def subarea(self, number: str) -> SubArea:
        for s in self.subareas():
            if s.number == number:
                return s
        raise KeyError(number)

    def area(self, number: str) -> Area:
        for a in self.areas:
            if a.number == number:
                return a
        raise KeyError(number)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT, "id": self.id, "name": self.name,
                               "language": self.language}
        out.update(self.extra)
        if self.description:
            out["description"] = self.description
        if self.area_max is None:
            out["area_max"] = None  # the schema's "no sum check"; dropping it would mean 100
        elif self.area_max != 100:
            out["area_max"] = _num(self.area_max)
        areas = []
        for a in self.areas:
            ad: dict[str, Any] = {"number": a.number, "title": a.title}
            if a.description:
                ad["description"] = a.description
            subs = []
            for s in a.subareas:
                sd: dict[str, Any] = {"number": s.number, "title": s.title,
                                      "max_points": _num(s.max_points)}
                if s.questions:
                    sd["questions"] = list(s.questions)
                if s.description:
                    sd["description"] = s.description
                subs.append(sd)
            ad["subareas"] = subs
            areas.append(ad)
        out["areas"] = areas
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _num(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


@lru_cache(maxsize=1)
def _schema() -> dict:
    from kompass_desktop.paths import FRAMEWORK_SCHEMA
    return json.loads(FRAMEWORK_SCHEMA.read_text(encoding="utf-8"))


def _path_of(error) -> str:
    parts = []
    for p in error.absolute_path:
        parts.append(f"[{p}]" if isinstance(p, int) else (f".{p}" if parts else str(p)))
    return "".join(parts) or "(top level)"


# Bounds the schema leaves open: points a score sheet can hold (one decimal, below these
# maxima) and numbers short enough to be numbers.
MAX_SUBAREA_POINTS = Decimal(10_000)
MAX_NUMBER_DIGITS = 6


def _points_problem(value: Any, limit: Decimal) -> str | None:
    d = Decimal(str(value))
    if not d.is_finite() or d > limit:
        return f"{value} is more than {_num(limit)}"
    if d != d.quantize(Decimal("0.1")):
        return f"{value} has more than one decimal"
    return None


def _bounds(data: dict) -> list[str]:
    problems = []
    if data.get("area_max") is not None:
        bad = _points_problem(data["area_max"], MAX_SUBAREA_POINTS * 100)
        if bad:
            problems.append(f"area_max: {bad}")
    for i, area in enumerate(data["areas"]):
        if len(area["number"]) > MAX_NUMBER_DIGITS:
            problems.append(f"areas[{i}].number: {area['number'][:12]}… is too long a number")
        for j, sub in enumerate(area["subareas"]):
            if len(sub["number"]) > 2 * MAX_NUMBER_DIGITS + 1:
                problems.append(f"areas[{i}].subareas[{j}].number: {sub['number'][:12]}… is too long a number")
            bad = _points_problem(sub["max_points"], MAX_SUBAREA_POINTS)
            if bad:
                problems.append(f"areas[{i}].subareas[{j}].max_points: {bad}")
    return problems


def validate_framework_data(data: Any, source: str = "framework") -> list[str]:
    """Every problem in a framework document, each naming the field it is about."""
    import jsonschema

    if not isinstance(data, dict):
        return ["the file must hold one JSON object"]
    validator = jsonschema.Draft202012Validator(_schema())
    try:
        problems = [f"{_path_of(e)}: {e.message}"
                    for e in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))]
    except RecursionError:
        return ["the JSON is nested too deeply"]
    if problems:
        return problems
    area_max = data.get("area_max", 100)
    problems += _bounds(data)
    if problems:
        return problems
    seen_areas: set[str] = set()
    seen_subs: set[str] = set()
    prev_area = 0
    for i, area in enumerate(data["areas"]):
        where = f"areas[{i}]"
        num = area["number"]
        if num in seen_areas:
            problems.append(f"{where}.number: area number {num} is used twice")
        seen_areas.add(num)
        if int(num) <= prev_area:
            problems.append(f"{where}.number: area {num} is out of order")
        prev_area = int(num)
        total = Decimal(0)
        prev_sub = 0
        for j, sub in enumerate(area["subareas"]):
            swhere = f"{where}.subareas[{j}]"
            snum = sub["number"]
            head, _, tail = snum.partition(".")
            if head != num:
                problems.append(f"{swhere}.number: {snum} does not belong to area {num}")
            if snum in seen_subs:
                problems.append(f"{swhere}.number: sub-area number {snum} is used twice")
            seen_subs.add(snum)
            if int(tail) <= prev_sub:
                problems.append(f"{swhere}.number: sub-area {snum} is out of order")
            prev_sub = int(tail)
            total += Decimal(str(sub["max_points"]))
        if area_max is not None and total != Decimal(str(area_max)):
            problems.append(f"{where}: the sub-areas' max_points sum to {_num(total)}, "
                            f"not {_num(Decimal(str(area_max)))} (set \"area_max\" if intended)")
    return problems


@lru_cache(maxsize=1)
def _shipped_data() -> tuple:
    from kompass_desktop.paths import FRAMEWORKS_DIR
    out = []
    for p in sorted(FRAMEWORKS_DIR.glob("*.json")):
        try:
            out.append(loads_framework_json(p.read_text(encoding="utf-8-sig"), p.name))
        except (OSError, UnicodeDecodeError, FrameworkError):
            continue
    return tuple(out)


def is_shipped(data: Any) -> bool:
    """Whether `data` is, value for value, a framework this version ships. The test suite
    checks every shipped framework against the schema and the rules (validate_framework_data),
    so an evaluation file's copy of one needs no second check at every open."""
    return isinstance(data, dict) and any(data == d for d in _shipped_data())


def framework_from_data(data: Any, source: str = "framework", trusted: bool = False) -> Framework:
    """A Framework from parsed JSON, validated against the schema. trusted=True skips the
    schema (jsonschema costs ~0.15 s per process) for a copy that was validated when it was
    stored, and so does a copy of a shipped framework (is_shipped); anything that does not
    build falls back to full validation and its message."""
    if trusted or is_shipped(data):
        try:
            return _build_framework(data)
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError):
            pass
    problems = validate_framework_data(data, source)
    if problems:
        raise FrameworkError(source, problems)
    return _build_framework(data)


def _build_framework(data: Any) -> Framework:
    known = {"format", "id", "name", "language", "description", "area_max", "areas"}
    areas = tuple(
        Area(number=a["number"], title=a["title"], description=a.get("description", ""),
             subareas=tuple(
                 SubArea(number=s["number"], title=s["title"],
                         max_points=Decimal(str(s["max_points"])),
                         questions=tuple(s.get("questions", ())),
                         description=s.get("description", ""))
                 for s in a["subareas"]))
        for a in data["areas"])
    area_max = data.get("area_max", 100)
    return Framework(id=data["id"], name=data["name"], areas=areas,
                     language=data.get("language", "sv"),
                     description=data.get("description", ""),
                     area_max=None if area_max is None else Decimal(str(area_max)),
                     extra={k: v for k, v in data.items() if k not in known})


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a framework can hold")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _short_int(text: str) -> int:
    if len(text.lstrip("-")) > 30:
        raise ValueError(f"the number {text[:12]}… has more than 30 digits")
    return int(text)


def loads_framework_json(text: str, source: str = "framework") -> Any:
    """JSON as a framework file may hold it: no NaN/Infinity, no numbers too large to be
    points, no nesting deep enough to exhaust the stack. Every failure is a FrameworkError."""
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite_float,
                          parse_int=_short_int)
    except json.JSONDecodeError as e:
        raise FrameworkError(source, [f"line {e.lineno}, column {e.colno}: {e.msg}"]) from None
    except RecursionError:
        raise FrameworkError(source, ["the JSON is nested too deeply"]) from None
    except (ValueError, TypeError) as e:
        raise FrameworkError(source, [str(e)]) from None


def parse_framework_json(text: str, source: str = "framework", trusted: bool = False) -> Framework:
    if not isinstance(text, str):
        raise FrameworkError(source, ["the framework is not JSON text"])
    return framework_from_data(loads_framework_json(text, source), source, trusted=trusted)


def load_framework_file(path: str | Path) -> Framework:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise FrameworkError(str(path), [f"cannot read the file ({e.__class__.__name__}: {e})"]) from None
    return parse_framework_json(text, path.name)


def builtin_frameworks() -> list[Framework]:
    from kompass_desktop.paths import FRAMEWORKS_DIR
    return [load_framework_file(p) for p in sorted(FRAMEWORKS_DIR.glob("*.json"))]


def resolve_framework(id_or_path: str) -> Framework:
    """A built-in id, or a path to a framework JSON file."""
    for fw in builtin_frameworks():
        if fw.id == id_or_path:
            return fw
    p = Path(id_or_path)
    if p.suffix.lower() == ".json" or p.exists():
        return load_framework_file(p)
    ids = ", ".join(f.id for f in builtin_frameworks())
    raise FrameworkError(id_or_path, [f"no built-in framework with this id (available: {ids}) and no such file"])

"""Field versions, hybrid logical clocks and version vectors (SYNC.md §3).

Every write to one field of one row is an immutable version. A version vector (vv) maps
origin -> highest HLC of that origin the writer had seen for the field. Because a merge
always brings a whole log, "seen origin o up to h" holds for every field at once, so
pointwise comparison of vvs tells sequential from concurrent writes.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

DELETED = "_deleted"  # the tombstone register of a row
MAX_CLOCK_SKEW_MS = 24 * 3600 * 1000


def hlc_now(last: int, wall_ms: int | None = None) -> int:
    """Next hybrid logical clock value after `last`: (unix_ms << 16) | counter."""
    wall = int(time.time() * 1000) if wall_ms is None else wall_ms
    candidate = wall << 16
    return candidate if candidate > last else last + 1


def hlc_to_ms(hlc: int) -> int:
    return hlc >> 16


VersionVector = Mapping[str, int]


def vv_merge(vvs: Iterable[VersionVector]) -> dict[str, int]:
    out: dict[str, int] = {}
    for vv in vvs:
        for origin, h in vv.items():
            if h > out.get(origin, -1):
                out[origin] = h
    return out


def vv_leq(a: VersionVector, b: VersionVector) -> bool:
    return all(b.get(o, -1) >= h for o, h in a.items())


def vv_dumps(vv: VersionVector) -> str:
    return json.dumps(dict(sorted(vv.items())), separators=(",", ":"))


def vv_loads(text: str) -> dict[str, int]:
    """A stored version vector; one that cannot be read (a hand-edited log: merges refuse
    such versions) counts as having seen nothing, so any later write supersedes it."""
    try:
        return {str(k): int(v) for k, v in json.loads(text).items()}
    except (ValueError, TypeError, AttributeError, OverflowError, RecursionError):
        return {}


def version_id(origin: str, hlc: int, tbl: str, row_id: str, col: str, value: Any,
               vv: str) -> bytes:
    """Content address of a version; recomputed on merge to detect damaged payloads."""
    payload = json.dumps([origin, hlc, tbl, row_id, col, _canon(value), vv],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).digest()[:16]


def _canon(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if isinstance(value, float) and value.is_integer():
        # SQLite may hand back 12.0 for a REAL written as 12.0; keep one spelling.
        return value
    return value


@dataclass(frozen=True)
class Version:
    vid: bytes
    tbl: str
    row_id: str
    col: str
    value: Any
    origin: str
    author: str
    hlc: int
    vv: dict[str, int]

    def dominated_by(self, other: "Version") -> bool:
        return self.vid != other.vid and vv_leq(self.vv, other.vv)


def heads_of(versions: Iterable[Version]) -> list[Version]:
    """The versions no other version supersedes; more than one is a conflict."""
    vs = list({v.vid: v for v in versions}.values())
    return [v for v in vs if not any(v.dominated_by(o) for o in vs)]


def winner(heads: Iterable[Version]) -> Version:
    """Deterministic pick among concurrent heads (used only where no local value exists)."""
    return max(heads, key=lambda v: (v.hlc, v.origin))

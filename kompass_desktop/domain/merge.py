"""Merge rules over field versions (pure: no SQL, no Qt).

A field's value comes from its heads, the versions no other version supersedes (a version is
superseded when its version vector is covered by another's). One head, or several heads that
hold the same value, is a settled field. Heads holding different values are a conflict. A
tombstone (`_deleted` = 1) that did not see a concurrent edit of another field of the row is a
delete-against-edit conflict. The product rule for display while a conflict is open: each
file keeps the value it showed before (PRODUCT §3.7).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from kompass_desktop.domain.versions import (
    DELETED, MAX_CLOCK_SKEW_MS, Version, heads_of, hlc_to_ms, vv_leq, winner)

# Conflict kinds (how the user resolves them differs).
FIELD = "field"          # the same field edited differently on both sides
DELETE = "delete"        # deleted on one side, edited (or restored) on the other
FRAMEWORK = "framework"  # the framework copies differ: never changed silently

FRAMEWORK_KEY = ("evaluation", "framework_json")


def same_value(a: Any, b: Any) -> bool:
    """Equality across SQLite's storage classes (a projection column may hold '12' for 12)."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return _text(a) == _text(b)


def _text(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, bytes):
        return v.hex()
    return str(v)


def settled(heads: Sequence[Version]) -> bool:
    """One head, or heads that agree on the value: nothing for the user to decide."""
    return len(heads) <= 1 or all(same_value(h.value, heads[0].value) for h in heads[1:])


def concurrent(a: Version, b: Version) -> bool:
    return not vv_leq(a.vv, b.vv) and not vv_leq(b.vv, a.vv)


def merge_heads(old_heads: Iterable[Version], incoming: Iterable[Version]) -> list[Version]:
    """New heads of one field. Every older version is dominated by some old head (dominance
    is transitive), so the maximal elements of old heads + incoming are the heads of all."""
    return sorted(heads_of([*old_heads, *incoming]), key=lambda v: (v.hlc, v.origin, v.vid))


def delete_edit_conflicts(deleted_heads: Sequence[Version], field_heads: Iterable[Version],
                          deleted_history: Callable[[], Iterable[Version]] | None = None
                          ) -> list[Version]:
    """Field heads of a row written concurrently with the tombstone that currently holds.

    Only when every `_deleted` head says "deleted". Not contested: an edit some tombstone saw
    (a delete covers every field the user saw), an edit that saw a tombstone, and an edit
    written while its writer already saw the row as deleted (e.g. a conflict resolved on a
    deleted row): such an edit never asked to keep the item. The last test needs the row's
    `_deleted` history, fetched only when there is a candidate.
    """
    if not deleted_heads or not all(same_value(h.value, 1) for h in deleted_heads):
        return []
    candidates = [f for f in field_heads if f.col != DELETED
                  and not any(vv_leq(f.vv, d.vv) or vv_leq(d.vv, f.vv) for d in deleted_heads)]
    if not candidates or deleted_history is None:
        return candidates
    history = list(deleted_history())
    return [f for f in candidates if not _saw_row_deleted(f, history)]


def _saw_row_deleted(f: Version, history: Sequence[Version]) -> bool:
    seen = [d for d in history if vv_leq(d.vv, f.vv)]
    return bool(seen) and all(same_value(d.value, 1) for d in heads_of(seen))


def display_value(heads: Sequence[Version], mine_has_row: bool, mine_value: Any) -> Any:
    """What this file shows for a field after a merge.

    Settled: the head value. In conflict: the value this file already showed, if it is one
    of the competing values; otherwise (the row or field is new here) a deterministic pick.
    """
    if not heads:
        return mine_value
    if settled(heads):
        return heads[0].value
    if mine_has_row and any(same_value(h.value, mine_value) for h in heads):
        return mine_value
    return winner(heads).value


def display_deleted(deleted_heads: Sequence[Version], delete_conflict: bool,
                    mine_has_row: bool, mine_deleted: int) -> int:
    if not deleted_heads:
        return 0 if not mine_has_row else int(mine_deleted)
    if delete_conflict or not settled(deleted_heads):
        if mine_has_row:
            return int(mine_deleted)
        # New here and already contested elsewhere: the delete wins until resolved.
        return 1 if any(same_value(h.value, 1) for h in deleted_heads) else 0
    return 1 if same_value(deleted_heads[0].value, 1) else 0


def common_ancestor(history: Iterable[Version], heads: Sequence[Version]) -> Version | None:
    """The newest version every head has seen: the base of a three-way merge."""
    best = None
    for v in history:
        if all(v.vid != h.vid and vv_leq(v.vv, h.vv) for h in heads):
            if best is None or (v.hlc, v.origin) > (best.hlc, best.origin):
                best = v
    return best


def future_hlcs(hlcs: Iterable[int], now_ms: int) -> list[int]:
    """Incoming clock values more than a day ahead of ours (a wrong clock on their computer)."""
    limit = now_ms + MAX_CLOCK_SKEW_MS
    return [h for h in hlcs if hlc_to_ms(h) > limit]


def clamp_hlc(hlc: int, now_ms: int) -> int:
    """The clock value we may advance to after a merge: never past a day ahead of us."""
    return min(hlc, (now_ms + MAX_CLOCK_SKEW_MS) << 16)


# ---- three-way merge of texts -------------------------------------------------------------


@dataclass
class Merge3:
    """Result of diff3: `chunks` are ("same", lines) or ("conflict", base, mine, theirs)."""
    chunks: list[tuple] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not any(c[0] == "conflict" for c in self.chunks)

    @property
    def conflicts(self) -> int:
        return sum(1 for c in self.chunks if c[0] == "conflict")

    def text(self, mine_first: bool = True) -> str:
        """The merged text; where both changed the same passage both versions are kept,
        mine first, for the user to edit before confirming."""
        out: list[str] = []
        for c in self.chunks:
            if c[0] == "same":
                out.extend(c[1])
            else:
                a, b = (c[2], c[3]) if mine_first else (c[3], c[2])
                out.extend(_ensure_nl(a))
                out.extend(b)
        return "".join(out)


def _ensure_nl(lines: list[str]) -> list[str]:
    if lines and not lines[-1].endswith("\n"):
        return [*lines[:-1], lines[-1] + "\n"]
    return lines


def _lines(text: str | None) -> list[str]:
    return (text or "").splitlines(keepends=True)


def _sync_regions(base: list[str], a: list[str], b: list[str]) -> list[tuple[int, ...]]:
    """Base ranges unchanged on both sides, with where they sit in a and b."""
    ma = difflib.SequenceMatcher(None, base, a, autojunk=False).get_matching_blocks()
    mb = difflib.SequenceMatcher(None, base, b, autojunk=False).get_matching_blocks()
    i = j = 0
    out = []
    while i < len(ma) and j < len(mb):
        abase, amatch, alen = ma[i]
        bbase, bmatch, blen = mb[j]
        lo, hi = max(abase, bbase), min(abase + alen, bbase + blen)
        if lo < hi:
            out.append((lo, hi, amatch + lo - abase, amatch + hi - abase,
                        bmatch + lo - bbase, bmatch + hi - bbase))
        if abase + alen < bbase + blen:
            i += 1
        else:
            j += 1
    out.append((len(base), len(base), len(a), len(a), len(b), len(b)))
    return out


def diff3(base: str | None, mine: str | None, theirs: str | None) -> Merge3:
    """Line-based three-way merge (the classic diff3 walk over stable regions)."""
    bl, ml, tl = _lines(base), _lines(mine), _lines(theirs)
    result = Merge3()
    iz = ia = ib = 0
    for zlo, zhi, alo, ahi, blo, bhi in _sync_regions(bl, ml, tl):
        zs, as_, bs = bl[iz:zlo], ml[ia:alo], tl[ib:blo]
        if zs or as_ or bs:
            if as_ == bs:
                _add(result, as_)
            elif as_ == zs:
                _add(result, bs)
            elif bs == zs:
                _add(result, as_)
            else:
                result.chunks.append(("conflict", zs, as_, bs))
        _add(result, bl[zlo:zhi])
        iz, ia, ib = zhi, ahi, bhi
    return result


def _add(result: Merge3, lines: list[str]) -> None:
    if not lines:
        return
    if result.chunks and result.chunks[-1][0] == "same":
        result.chunks[-1][1].extend(lines)
    else:
        result.chunks.append(("same", list(lines)))


def keep_both(mine: str | None, theirs: str | None) -> str:
    """The 'keep both' resolution of a text: mine, a blank line, theirs."""
    a, b = (mine or "").rstrip("\n"), (theirs or "").rstrip("\n")
    if not a or not b:
        return a or b
    return f"{a}\n\n{b}"


def text_diff_ops(mine: str | None, theirs: str | None) -> list[tuple[str, str, str]]:
    """Word-level opcodes (tag, mine part, theirs part) for side-by-side highlighting."""
    import re
    aw = re.findall(r"\s+|\S+", mine or "")
    bw = re.findall(r"\s+|\S+", theirs or "")
    sm = difflib.SequenceMatcher(None, aw, bw, autojunk=False)
    return [(tag, "".join(aw[i1:i2]), "".join(bw[j1:j2]))
            for tag, i1, i2, j1, j2 in sm.get_opcodes()]

"""Full-text search over an evaluation: what the user types becomes a safe FTS5 query.

Users type words, Swedish letters, quotes and stray operators; none of that may raise.
Each word becomes a quoted prefix term ("hållbar" finds "hållbarhetsprogram"), text in
double quotes becomes a phrase, and FTS5 syntax typed by the user is treated as text.
Swedish compounds words, so a term of three or more characters is also found inside a word
("policy" finds "Kommunikationspolicyn", through the trigram index); shorter terms match word
starts only. Hits whose words start with the terms rank first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kompass_desktop.domain.errors import InputError

HIT_START = "\x02"
HIT_END = "\x03"

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]*)"')


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _terms(text: str) -> tuple[list[str], list[str]]:
    """What the user typed: (quoted phrases with their words joined by single spaces, words)."""
    if not text:
        return [], []
    phrases: list[str] = []
    # Phrases first; an unbalanced quote simply leaves the rest as loose words.
    rest = _PHRASE.sub(lambda m: phrases.append(m.group(1)) or " ", text)
    phrases = [p for p in (" ".join(_WORD.findall(p)) for p in phrases) if p]
    return phrases, _WORD.findall(rest.replace('"', " "))


def build_query(text: str) -> str | None:
    """An FTS5 MATCH expression (word starts) for what the user typed, or None when there is
    nothing to find.

    All terms must match (implicit AND). Words are prefix terms; a quoted phrase matches its
    words in order, its last word as a prefix.
    """
    phrases, words = _terms(text)
    terms = phrases + words
    return " ".join(_quote(t) + "*" for t in terms) if terms else None


TRIGRAM = 3  # the trigram index cannot find anything shorter


@dataclass(frozen=True)
class Query:
    words: str                 # every term at a word start (unicode61): ranking
    inside: str | None         # loose words of 3+ characters, anywhere (trigram); None: none
    rest: str | None           # phrases and shorter words, at word starts; None: none


def build_queries(text: str) -> Query | None:
    phrases, words = _terms(text)
    if not phrases and not words:
        return None
    long = [w for w in words if len(w) >= TRIGRAM]
    rest = phrases + [w for w in words if len(w) < TRIGRAM]
    return Query(" ".join(_quote(t) + "*" for t in phrases + words),
                 " ".join(_quote(w) for w in long) if long else None,
                 " ".join(_quote(t) + "*" for t in rest) if rest else None)


@dataclass(frozen=True)
class SearchHit:
    kind: str        # table the hit comes from: interview, participant, document, evidence, …
    row_id: str
    title: str       # with HIT_START/HIT_END around matched terms where the title matched
    snippet: str     # with HIT_START/HIT_END around matched terms
    rank: float
    nav_kind: str    # where to go: one of ui.pages.NAV_KINDS
    nav_key: str
    context: str = ""  # e.g. the sub-area or the interview a participant belongs to


def _rows_by_id(store, kind: str, ids) -> dict[str, dict]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {r["id"]: r for r in store.rows(kind, f"id IN ({marks})", ids)}


class _Context:
    """The rows the hits point at, read with one query per kind (not one or two per hit:
    search runs as the user types)."""

    def __init__(self, store, hits: list[dict]):
        by_kind: dict[str, list[str]] = {}
        for h in hits:
            by_kind.setdefault(h["kind"], []).append(h["row_id"])
        self.rows = {kind: _rows_by_id(store, kind, ids) for kind, ids in by_kind.items()}
        self.interviews = _rows_by_id(store, "interview", (
            r["interview_id"] for r in self.rows.get("participant", {}).values()
            if r["interview_id"]))
        self.tags: dict[str, list[str]] = {}
        evidence = sorted(self.rows.get("evidence", {}))
        if evidence:
            marks = ", ".join("?" * len(evidence))
            for t in store.query(f"SELECT evidence_id, subarea FROM evidence_tag WHERE deleted = 0 "
                                 f"AND evidence_id IN ({marks}) ORDER BY subarea", evidence):
                self.tags.setdefault(t["evidence_id"], []).append(t["subarea"])


def _navigation(ctx: _Context, kind: str, row_id: str) -> tuple[str, str, str]:
    """(nav kind, nav key, context) for a hit."""
    row = ctx.rows.get(kind, {}).get(row_id) or {}
    if kind == "interview":
        return "interview", row_id, row.get("date") or ""
    if kind == "participant":
        iv = ctx.interviews.get(row.get("interview_id") or "") or {}
        return "interview", row.get("interview_id") or "", iv.get("title") or ""
    if kind == "document":
        return "document", row_id, str(row.get("year") or row.get("adopted") or "")
    if kind == "evidence":
        return "evidence", row_id, ", ".join(ctx.tags.get(row_id, ()))
    if kind in ("list_item", "area_text"):
        area = row.get("area") or ""
        return ("area", area, area) if area else ("overview", "", "")
    if kind in ("subarea_text", "good_example", "score_agreed"):
        sub = row.get("subarea") or ""
        return "subarea", sub, sub
    return "overview", "", ""


def search(store, text: str, limit: int = 50) -> list[SearchHit]:
    """Ranked hits for what the user typed; an empty list for nothing or nonsense."""
    query = build_queries(text)
    if query is None:
        return []
    try:
        if query.inside is None:
            rows = store.search(query.words, limit)
        else:
            rows = store.search(query.words, limit, inside_query=query.inside, short_query=query.rest)
    except InputError:
        # build_query only emits quoted terms, so this is a safety net, not a code path.
        return []
    ctx = _Context(store, rows)
    hits = []
    for r in rows:
        nav_kind, nav_key, context = _navigation(ctx, r["kind"], r["row_id"])
        hits.append(SearchHit(r["kind"], r["row_id"], r["title"] or "", r["snippet"] or "",
                              r["rank"], nav_kind, nav_key, context))
    return hits


def plain(text: str) -> str:
    """A snippet without hit markers."""
    return text.replace(HIT_START, "").replace(HIT_END, "")

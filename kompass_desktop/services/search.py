"""Full-text search over an evaluation: what the user types becomes a safe FTS5 query.

Users type words, Swedish letters, quotes and stray operators; none of that may raise.
Each word becomes a quoted prefix term ("hållbar" finds "hållbarhetsprogram"), text in
double quotes becomes a phrase, and FTS5 syntax typed by the user is treated as text.
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


def build_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when there is nothing to find.

    All terms must match (implicit AND). Words are prefix terms; a quoted phrase matches its
    words in order, its last word as a prefix.
    """
    if not text:
        return None
    parts: list[str] = []
    # Phrases first; an unbalanced quote simply leaves the rest as loose words.
    rest = _PHRASE.sub(lambda m: parts.append(m.group(1)) or " ", text)
    terms: list[str] = []
    for phrase in parts:
        words = _WORD.findall(phrase)
        if len(words) == 1:
            terms.append(_quote(words[0]) + "*")
        elif words:
            terms.append(_quote(" ".join(words)) + "*")
    for w in _WORD.findall(rest.replace('"', " ")):
        terms.append(_quote(w) + "*")
    return " ".join(terms) if terms else None


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


def _navigation(store, kind: str, row_id: str) -> tuple[str, str, str]:
    """(nav kind, nav key, context) for a hit."""
    row = store.get(kind, row_id) or {}
    if kind == "interview":
        return "interview", row_id, row.get("date") or ""
    if kind == "participant":
        iv = store.get("interview", row.get("interview_id") or "") or {}
        return "interview", row.get("interview_id") or "", iv.get("title") or ""
    if kind == "document":
        return "document", row_id, str(row.get("year") or row.get("adopted") or "")
    if kind == "evidence":
        tags = store.query("SELECT subarea FROM evidence_tag WHERE evidence_id = ? AND deleted = 0 "
                           "ORDER BY subarea", (row_id,))
        return "evidence", row_id, ", ".join(t["subarea"] for t in tags)
    if kind in ("list_item", "area_text"):
        area = row.get("area") or ""
        return ("area", area, area) if area else ("overview", "", "")
    if kind in ("subarea_text", "good_example", "score_agreed"):
        sub = row.get("subarea") or ""
        return "subarea", sub, sub
    return "overview", "", ""


def search(store, text: str, limit: int = 50) -> list[SearchHit]:
    """Ranked hits for what the user typed; an empty list for nothing or nonsense."""
    query = build_query(text)
    if query is None:
        return []
    try:
        rows = store.search(query, limit)
    except InputError:
        # build_query only emits quoted terms, so this is a safety net, not a code path.
        return []
    hits = []
    for r in rows:
        nav_kind, nav_key, context = _navigation(store, r["kind"], r["row_id"])
        hits.append(SearchHit(r["kind"], r["row_id"], r["title"] or "", r["snippet"] or "",
                              r["rank"], nav_kind, nav_key, context))
    return hits


def plain(text: str) -> str:
    """A snippet without hit markers."""
    return text.replace(HIT_START, "").replace(HIT_END, "")

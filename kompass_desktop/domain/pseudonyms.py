"""Finding register names in free texts and replacing them by role-based pseudonyms (pure).

The register is the list of names to find (PRODUCT §3.8): each person's whole name and,
for names of two or more words, the surname alone; in any case; with a Swedish genitive
(`Lindqvists`, `Lindqvist's`, `Lindqvist:s`). A pseudonym is the role and a number within
the role ("Förtroendevald 1", "Tjänsteperson 3"), numbered in a stable order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

# Role (as stored on participants and register entries) -> the word a pseudonym starts with.
ROLE_WORDS = {
    "förtroendevald": "Förtroendevald", "tjänsteperson": "Tjänsteperson",
    "facklig företrädare": "Facklig företrädare", "chef": "Chef",
    "medarbetare": "Medarbetare", "annan": "Person",
}


@dataclass(frozen=True)
class Named:
    """One person to find: a key (register entry), the names they go by, role and order."""
    key: str
    names: tuple[str, ...]
    role: str = "annan"
    order: tuple = ()


def assign_pseudonyms(people: Iterable[Named]) -> dict[str, str]:
    """key -> "Role N", numbered per role in the people's own order (then by name)."""
    counters: dict[str, int] = {}
    out: dict[str, str] = {}
    for p in sorted(people, key=lambda p: (p.order, _norm(p.names[0] if p.names else ""), p.key)):
        word = ROLE_WORDS.get((p.role or "").strip().casefold(), "Person")
        counters[word] = counters.get(word, 0) + 1
        out[p.key] = f"{word} {counters[word]}"
    return out


def _norm(s: str) -> str:
    return " ".join((s or "").split()).casefold()


@dataclass(frozen=True)
class Hit:
    """One occurrence of a register name in a text."""
    start: int
    end: int           # end of the name and its genitive ending
    found: str         # the text as written
    key: str           # the register entry it names
    whole: bool        # whole name (True) or surname alone (False)
    genitive: bool
    ambiguous: bool    # a surname two entries share

    def replacement(self, pseudonym: str) -> str:
        if not self.genitive:
            return pseudonym
        return pseudonym + (":s" if pseudonym[-1:].isdigit() else "s")


@dataclass(frozen=True)
class _Pattern:
    text: str
    key: str
    whole: bool
    ambiguous: bool


class NameFinder:
    """Compiled search for a register's names."""

    def __init__(self, people: Iterable[Named]):
        pats: dict[str, _Pattern] = {}
        surnames: dict[str, set[str]] = {}
        people = list(people)
        for p in people:
            for name in p.names:
                words = (name or "").split()
                if not words:
                    continue
                whole = " ".join(words)
                pats.setdefault(whole.casefold(), _Pattern(whole, p.key, True, False))
                if len(words) >= 2 and len(words[-1]) >= 2:
                    surnames.setdefault(words[-1].casefold(), set()).add(p.key)
        for sur, keys in surnames.items():
            if sur in pats:
                continue  # a one-word name of someone else: the whole-name pattern wins
            key = sorted(keys)[0]
            word = next(w for p in people if p.key == key for n in p.names
                        for w in [n.split()[-1]] if w.casefold() == sur)
            pats[sur] = _Pattern(word, key, False, len(keys) > 1)
        # Longest first, so "Anna Berg" is one hit, not "Berg" inside it.
        self._patterns = sorted(pats.values(), key=lambda p: -len(p.text))
        if self._patterns:
            alts = "|".join(r"\s+".join(re.escape(w) for w in p.text.split())
                            for p in self._patterns)
            self._re = re.compile(rf"(?<!\w)({alts})('s|:s|s)?(?!\w)", re.IGNORECASE)
        else:
            self._re = None
        self._by_text = {p.text.casefold(): p for p in self._patterns}

    def find(self, text: str | None) -> list[Hit]:
        if not text or self._re is None:
            return []
        out = []
        for m in self._re.finditer(text):
            found = " ".join(m.group(1).split()).casefold()
            p = self._by_text.get(found)
            if p is None:
                continue
            out.append(Hit(m.start(), m.end(), m.group(0), p.key, p.whole, bool(m.group(2)),
                           p.ambiguous))
        return out


def replace(text: str, hits: Sequence[Hit], pseudonyms: dict[str, str]) -> str:
    """The text with each hit replaced by its entry's pseudonym (hits from NameFinder.find)."""
    out, pos = [], 0
    for h in sorted(hits, key=lambda h: h.start):
        if h.start < pos:
            continue
        out.append(text[pos:h.start])
        out.append(h.replacement(pseudonyms.get(h.key, "Person")))
        pos = h.end
    out.append(text[pos:])
    return "".join(out)


_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


def passage(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence (or line) around a hit, for an extract."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    right = m.start() + 1 if m else len(text)
    s = " ".join(text[left:right].split())
    return s if len(s) <= limit else s[:limit - 1] + "…"

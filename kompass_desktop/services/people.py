"""The register of people the evaluation names, and the extract for one person (PRODUCT §3.8).

A register entry is a synced `person` row (name, role, function, organisation, contact,
note); participants of interviews point at it (`participant.person_id`). Participants not
yet in the register count as entries of their own until the user registers them, so the
register, the extract, pseudonyms and the clean-up always know every name the file holds.
The same name and organisation on two entries is suggested as one person; the user joins.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from kompass_desktop.domain.errors import InputError, KompassError
from kompass_desktop.domain.pseudonyms import Named, NameFinder, assign_pseudonyms, passage
from kompass_desktop.services.evaluation import ROLES, Evaluation

PERSON_FIELDS = ("name", "role", "function", "organisation", "contact", "note")

# Every free text of the file a name can hide in: (table, column, Swedish label of the kind).
TEXT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("interview", "notes", "intervjuanteckningar"),
    ("interview", "title", "intervjutitel"),
    ("interview", "place", "intervjuplats"),
    ("person", "note", "registeranteckning"),
    ("person", "function", "funktion"),
    ("participant", "function", "funktion"),
    ("document", "title", "dokumenttitel"),
    ("document", "notes", "dokumentanteckningar"),
    ("evidence", "text", "underlag"),
    ("list_item", "text", "styrka/förbättring"),
    ("area_text", "general_text", "områdestext"),
    ("subarea_text", "text", "delområdestext"),
    ("score_agreed", "rationale", "motivering"),
    ("score_draft", "rationale", "motivering (utkast)"),
    ("good_example", "what", "gott exempel"),
    ("good_example", "why", "gott exempel"),
    ("evaluation", "title", "rapportens titel"),
    ("evaluation", "intro_text", "inledning"),
)


def _norm(s: Any) -> str:
    return " ".join(str(s or "").split()).casefold()


@dataclass
class Entry:
    """One person in the register (registered) or a participant not yet registered."""
    key: str                 # person id, or "participant:<id>" for an unregistered participant
    name: str
    role: str
    function: str
    organisation: str
    contact: str
    note: str
    registered: bool
    participant_ids: list[str] = field(default_factory=list)
    interviews: list[dict] = field(default_factory=list)
    names: list[str] = field(default_factory=list)   # every spelling the file uses
    pseudonym: str = ""

    @property
    def id(self) -> str | None:
        return self.key if self.registered else None

    @property
    def shown_name(self) -> str:
        return self.name or self.pseudonym

    def to_json(self) -> dict:
        return {"id": self.id, "registered": self.registered, "name": self.name or None,
                "role": self.role or None, "function": self.function or None,
                "organisation": self.organisation or None, "contact": self.contact or None,
                "note": self.note or None, "pseudonym": self.pseudonym,
                "interviews": self.interviews, "participant_ids": self.participant_ids}


def entries(ev: Evaluation) -> list[Entry]:
    """The register: entries in a stable order (by first interview, then name), each with its
    pseudonym (numbered per role in that order)."""
    store = ev.store
    interviews = {r["id"]: r for r in store.rows("interview")}
    persons = {r["id"]: r for r in store.rows("person")}
    out: dict[str, Entry] = {}
    for pid, r in persons.items():
        out[pid] = Entry(pid, r["name"] or "", r["role"] or "", r["function"] or "",
                         r["organisation"] or "", r["contact"] or "", r["note"] or "", True,
                         names=[r["name"]] if r["name"] else [])
    for p in store.rows("participant", order_by="position, id"):
        iv = interviews.get(p["interview_id"])
        if iv is None:
            continue
        key = p["person_id"] if p["person_id"] in persons else f"participant:{p['id']}"
        e = out.get(key)
        if e is None:
            e = out[key] = Entry(key, p["name"] or "", p["role"] or "", p["function"] or "",
                                 "", "", "", False, names=[p["name"]] if p["name"] else [])
        e.participant_ids.append(p["id"])
        e.interviews.append({"id": iv["id"], "title": iv["title"], "date": iv["date"] or None,
                             "time": iv["time"] or None, "place": iv["place"] or None,
                             "role": p["role"], "function": p["function"]})
        if p["name"] and _norm(p["name"]) not in {_norm(n) for n in e.names}:
            e.names.append(p["name"])

    def order(e: Entry) -> tuple:
        first = min((f"{i['date'] or '9999'} {i['time'] or ''}" for i in e.interviews),
                    default="9999")
        return (first,)

    items = sorted(out.values(), key=lambda e: (order(e), _norm(e.name), e.key))
    pseudo = assign_pseudonyms(Named(e.key, tuple(e.names), e.role, order(e)) for e in items)
    for e in items:
        e.pseudonym = pseudo[e.key]
    return items


def finder(items: Iterable[Entry]) -> NameFinder:
    return NameFinder(Named(e.key, tuple(e.names), e.role) for e in items)


def suggested_joins(items: list[Entry]) -> list[list[Entry]]:
    """Entries that are likely one person: the same name and organisation."""
    groups: dict[tuple[str, str], list[Entry]] = {}
    for e in items:
        if e.name:
            groups.setdefault((_norm(e.name), _norm(e.organisation)), []).append(e)
    return [g for g in groups.values() if len(g) > 1]


# ---- edits ----------------------------------------------------------------------------------

def _check_person(values: dict[str, Any]) -> dict[str, Any]:
    bad = [k for k in values if k not in PERSON_FIELDS]
    if bad:
        raise InputError(f"cannot change {', '.join(bad)} of a register entry")
    if values.get("role") and values["role"] not in ROLES:
        raise InputError(f"unknown role '{values['role']}' (roles: {', '.join(ROLES)})",
                         sv=f"okänd roll '{values['role']}'")
    return {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}


def add_person(ev: Evaluation, **values: Any) -> str:
    values = _check_person(values)
    if not (values.get("name") or "").strip():
        raise InputError("a register entry needs a name", sv="en person i registret behöver ett namn")
    return ev.store.insert("person", values)


def update_person(ev: Evaluation, person_id: str, **values: Any) -> list[str]:
    if ev.store.get("person", person_id) is None:
        raise InputError("the register entry is gone", sv="personen finns inte längre i registret")
    return ev.store.write("person", person_id, _check_person(values))


def register(ev: Evaluation, key: str) -> str:
    """Put an unregistered participant into the register (a new entry linked to it)."""
    if not key.startswith("participant:"):
        return key
    pid = key.split(":", 1)[1]
    p = ev.store.get("participant", pid)
    if p is None:
        raise InputError("the participant is gone", sv="deltagaren finns inte längre")
    with ev.store.transaction():
        person = ev.store.insert("person", {"name": p["name"], "role": p["role"],
                                            "function": p["function"]})
        ev.store.write("participant", pid, {"person_id": person})
    return person


def register_all(ev: Evaluation) -> int:
    """Register every participant not yet in the register; returns how many entries were made."""
    n = 0
    with ev.store.transaction():
        for e in entries(ev):
            if not e.registered:
                register(ev, e.key)
                n += 1
    return n


def join(ev: Evaluation, keep: str, others: Iterable[str]) -> str:
    """Join entries into one: participants move to the kept entry, its empty fields are filled
    from the others, the others are deleted (restorable from history)."""
    others = [o for o in others if o != keep]
    if not others:
        raise InputError("choose at least two entries to join", sv="välj minst två personer att slå ihop")
    with ev.store.transaction():
        keep = register(ev, keep)
        kept = ev.store.get("person", keep) or {}
        fill: dict[str, Any] = {}
        for key in others:
            if key.startswith("participant:"):
                ev.store.write("participant", key.split(":", 1)[1], {"person_id": keep})
                continue
            other = ev.store.get("person", key)
            if other is None:
                continue
            for c in PERSON_FIELDS:
                if other.get(c) and not kept.get(c) and c not in fill:
                    fill[c] = other[c]
            for p in ev.store.rows("participant", "person_id = ?", (key,)):
                ev.store.write("participant", p["id"], {"person_id": keep})
            ev.store.delete("person", key)
        if fill:
            ev.store.write("person", keep, fill)
    return keep


def delete_person(ev: Evaluation, person_id: str) -> None:
    """Remove an entry from the register; its participants become unregistered again."""
    with ev.store.transaction():
        for p in ev.store.rows("participant", "person_id = ?", (person_id,)):
            ev.store.write("participant", p["id"], {"person_id": None})
        ev.store.delete("person", person_id)


# ---- the extract (subject-access request) ---------------------------------------------------

def matching(items: list[Entry], query: str) -> list[Entry]:
    q = _norm(query)
    if not q:
        raise InputError("give the name to look for", sv="ange namnet att söka efter")
    exact = [e for e in items if any(_norm(n) == q for n in e.names)]
    return exact or [e for e in items if any(q in _norm(n) for n in e.names)]


def text_rows(ev: Evaluation) -> dict[str, list[dict]]:
    """The rows holding free texts, per table (live rows only)."""
    tables = sorted({t for t, _, _ in TEXT_FIELDS})
    return {t: ev.store.rows(t) for t in tables}


def _label(row: dict) -> str:
    for c in ("title", "name", "subarea", "area", "label", "municipality"):
        if row.get(c):
            return str(row[c])
    return ""


def names_in_texts(ev: Evaluation, items: list[Entry],
                   skip_fields: dict[str, Iterable[str]] | None = None) -> Iterator[tuple]:
    """Every place a register name stands in the file's free texts, as (table, row, field,
    what the field is, its text, the hit); the extract and the pseudonymisation both walk
    the texts this way."""
    f = finder(items)
    skip = {t: set(cs) for t, cs in (skip_fields or {}).items()}
    for tbl, rows in text_rows(ev).items():
        cols = [(c, label) for t, c, label in TEXT_FIELDS if t == tbl and c not in skip.get(tbl, ())]
        for row in rows:
            for col, label in cols:
                text = row.get(col)
                if isinstance(text, str):
                    for h in f.find(text):
                        yield tbl, row, col, label, text, h


def mentions(ev: Evaluation, items: list[Entry], keys: set[str]) -> list[dict]:
    """Passages of free texts that name one of `keys` (register entries)."""
    return [{"kind": tbl, "id": row["id"], "field": col, "what": label, "title": _label(row),
             "found": h.found, "passage": passage(text, h.start, h.end)}
            for tbl, row, col, label, text, h in names_in_texts(ev, items) if h.key in keys]


def extract(ev: Evaluation, query: str) -> dict:
    """Everything the file holds about the people a name matches (`people --extract`)."""
    items = entries(ev)
    found = matching(items, query)
    if not found:
        # The name stays out of the message: errors may end up in logs.
        raise InputError("no one in the register has that name",
                         sv="ingen i registret har det namnet")
    info = ev.info()
    people = []
    for e in found:
        people.append({"entry": e.to_json(), "interviews": e.interviews,
                       "mentions": mentions(ev, items, {e.key})})
    return {"query": query, "evaluation": {"municipality": info["municipality"], "year": info["year"]},
            "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "people": people}


ROLE_SV = {r: r for r in ROLES}


def extract_text(data: dict) -> str:
    """The extract as plain text (Swedish) for the evaluator to send."""
    ev = data["evaluation"]
    lines = [f"Registerutdrag – Kommunkompassen {ev['municipality']} {ev['year']}",
             f"Sökt namn: {data['query']}", f"Skapat: {data['generated_at']}", ""]
    for p in data["people"]:
        e = p["entry"]
        lines.append(f"Namn: {e['name'] or e['pseudonym']}")
        for key, label in (("role", "Roll"), ("function", "Funktion"),
                           ("organisation", "Organisation"), ("contact", "Kontaktuppgifter"),
                           ("note", "Anteckning i registret")):
            if e.get(key):
                lines.append(f"{label}: {e[key]}")
        lines.append("")
        lines.append(f"Intervjuer ({len(p['interviews'])}):")
        for i in p["interviews"]:
            when = " ".join(x for x in (i.get("date"), i.get("time")) if x)
            lines.append(f"  – {i['title']}" + (f", {when}" if when else "")
                         + (f", {i['place']}" if i.get("place") else ""))
        lines.append("")
        lines.append(f"Ställen där namnet nämns ({len(p['mentions'])}):")
        for m in p["mentions"]:
            lines.append(f"  – {m['what']} ({m['title']}): {m['passage']}")
        lines.append("")
    return "\n".join(lines)


def extract_pdf(data: dict, out: str | Path) -> Path:
    """The extract as a simple PDF (ReportLab), written under a temporary name first."""
    import os
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from kompass_desktop.report.styles import SANS, SANS_BOLD, register_fonts
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    register_fonts()  # embedded fonts: å, ä, ö and every name print as written
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    head = styles["Heading1"]
    body.fontName, head.fontName = SANS, SANS_BOLD
    story = []
    for i, line in enumerate(extract_text(data).splitlines()):
        story.append(Paragraph(escape(line), head if i == 0 else body) if line else Spacer(1, 6))
    doc = SimpleDocTemplate(str(tmp), pagesize=A4, title="Registerutdrag", author="Kompass Desktop",
                            lang="sv")
    try:
        doc.build(story)
    except Exception as e:  # noqa: BLE001 - a layout error is the user's to see, in one line
        tmp.unlink(missing_ok=True)
        raise KompassError(f"could not write the extract: {e}",
                           sv=f"utdraget kunde inte skrivas: {e}") from None
    os.replace(tmp, out)
    return out


def register_json(ev: Evaluation) -> dict:
    items = entries(ev)
    return {"people": [e.to_json() for e in items],
            "suggested_joins": [[e.key for e in g] for g in suggested_joins(items)]}


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)

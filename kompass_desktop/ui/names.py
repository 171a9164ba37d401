"""Names the UI shows for the codes the file stores: roles, document kinds, kinds of rows and
their fields. The file keeps the (Swedish) codes; the screen shows them in the UI's language.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

ROLE = {
    "förtroendevald": QT_TRANSLATE_NOOP("Names", "förtroendevald"),
    "tjänsteperson": QT_TRANSLATE_NOOP("Names", "tjänsteperson"),
    "facklig företrädare": QT_TRANSLATE_NOOP("Names", "facklig företrädare"),
    "chef": QT_TRANSLATE_NOOP("Names", "chef"),
    "medarbetare": QT_TRANSLATE_NOOP("Names", "medarbetare"),
    "annan": QT_TRANSLATE_NOOP("Names", "annan"),
}
DOCUMENT_KIND = {
    "policy": QT_TRANSLATE_NOOP("Names", "policy"),
    "strategi": QT_TRANSLATE_NOOP("Names", "strategi"),
    "program": QT_TRANSLATE_NOOP("Names", "program"),
    "plan": QT_TRANSLATE_NOOP("Names", "plan"),
    "riktlinje": QT_TRANSLATE_NOOP("Names", "riktlinje"),
    "budget": QT_TRANSLATE_NOOP("Names", "budget"),
    "årsredovisning": QT_TRANSLATE_NOOP("Names", "årsredovisning"),
    "webbsida": QT_TRANSLATE_NOOP("Names", "webbsida"),
    "sociala medier": QT_TRANSLATE_NOOP("Names", "sociala medier"),
    "annat": QT_TRANSLATE_NOOP("Names", "annat"),
}
# One row of a kind ("Intervju Meeting with the board: …").
KIND = {
    "evaluation": QT_TRANSLATE_NOOP("Names", "Utvärdering"),
    "evaluator": QT_TRANSLATE_NOOP("Names", "Utvärderare"),
    "interview": QT_TRANSLATE_NOOP("Names", "Intervju"),
    "participant": QT_TRANSLATE_NOOP("Names", "Deltagare"),
    "document": QT_TRANSLATE_NOOP("Names", "Dokument"),
    "evidence": QT_TRANSLATE_NOOP("Names", "Underlag"),
    "evidence_tag": QT_TRANSLATE_NOOP("Names", "Koppling av underlag"),
    "score_draft": QT_TRANSLATE_NOOP("Names", "Utkast"),
    "score_agreed": QT_TRANSLATE_NOOP("Names", "Överenskommen poäng"),
    "area_ready": QT_TRANSLATE_NOOP("Names", "Klarmarkering"),
    "area_text": QT_TRANSLATE_NOOP("Names", "Områdestext"),
    "subarea_text": QT_TRANSLATE_NOOP("Names", "Delområdestext"),
    "list_item": QT_TRANSLATE_NOOP("Names", "Styrka/förbättring"),
    "good_example": QT_TRANSLATE_NOOP("Names", "Gott exempel"),
    "comparison_series": QT_TRANSLATE_NOOP("Names", "Jämförelse"),
}
# Many rows of a kind ("utvärderare: 1 ändrade").
KINDS = {
    "evaluation": QT_TRANSLATE_NOOP("Names", "utvärderingen"),
    "evaluator": QT_TRANSLATE_NOOP("Names", "utvärderare"),
    "interview": QT_TRANSLATE_NOOP("Names", "intervjuer"),
    "participant": QT_TRANSLATE_NOOP("Names", "deltagare"),
    "document": QT_TRANSLATE_NOOP("Names", "dokument"),
    "evidence": QT_TRANSLATE_NOOP("Names", "underlag"),
    "evidence_tag": QT_TRANSLATE_NOOP("Names", "kopplingar till delområden"),
    "score_draft": QT_TRANSLATE_NOOP("Names", "utkastpoäng"),
    "score_agreed": QT_TRANSLATE_NOOP("Names", "överenskomna poäng"),
    "area_ready": QT_TRANSLATE_NOOP("Names", "klarmarkeringar"),
    "area_text": QT_TRANSLATE_NOOP("Names", "områdestexter"),
    "subarea_text": QT_TRANSLATE_NOOP("Names", "delområdestexter"),
    "list_item": QT_TRANSLATE_NOOP("Names", "styrkor/förbättringar"),
    "good_example": QT_TRANSLATE_NOOP("Names", "goda exempel"),
    "comparison_series": QT_TRANSLATE_NOOP("Names", "jämförelseserier"),
}
FIELD = {
    "text": QT_TRANSLATE_NOOP("Names", "text"),
    "notes": QT_TRANSLATE_NOOP("Names", "anteckningar"),
    "title": QT_TRANSLATE_NOOP("Names", "titel"),
    "place": QT_TRANSLATE_NOOP("Names", "plats"),
    "points": QT_TRANSLATE_NOOP("Names", "poäng"),
    "rationale": QT_TRANSLATE_NOOP("Names", "motivering"),
    "general_text": QT_TRANSLATE_NOOP("Names", "allmän text"),
    "framework_json": QT_TRANSLATE_NOOP("Names", "ramverk (maxpoäng)"),
    "deleted": QT_TRANSLATE_NOOP("Names", "borttagen"),
    "_deleted": QT_TRANSLATE_NOOP("Names", "borttagen"),
    "position": QT_TRANSLATE_NOOP("Names", "ordning"),
    "name": QT_TRANSLATE_NOOP("Names", "namn"),
    "issuer": QT_TRANSLATE_NOOP("Names", "utgivare"),
    "year": QT_TRANSLATE_NOOP("Names", "år"),
    "status": QT_TRANSLATE_NOOP("Names", "status"),
    "role": QT_TRANSLATE_NOOP("Names", "roll"),
    "function": QT_TRANSLATE_NOOP("Names", "funktion"),
    "date": QT_TRANSLATE_NOOP("Names", "datum"),
    "kind": QT_TRANSLATE_NOOP("Names", "typ"),
    "adopted": QT_TRANSLATE_NOOP("Names", "antagen"),
    "what": QT_TRANSLATE_NOOP("Names", "vad"),
    "why": QT_TRANSLATE_NOOP("Names", "varför"),
    "municipality": QT_TRANSLATE_NOOP("Names", "kommun"),
    "organisation": QT_TRANSLATE_NOOP("Names", "organisation"),
    "ready": QT_TRANSLATE_NOOP("Names", "klar"),
}


def _name(table: dict, code) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("Names", source) if source else str(code)


def role(code) -> str:
    return _name(ROLE, code)


def document_kind(code) -> str:
    return _name(DOCUMENT_KIND, code)


def kind(code) -> str:
    return _name(KIND, code)


def kinds(code) -> str:
    return _name(KINDS, code)


def field(code) -> str:
    return _name(FIELD, code)

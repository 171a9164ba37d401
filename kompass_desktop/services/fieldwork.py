"""Fieldwork edits and listings the workbench needs beyond services.evaluation.

Functions take an Evaluation; each edit is one call the UI wraps in `session.edit`, so it is
saved at once and can be undone.
"""
from __future__ import annotations

from typing import Any, Iterable

from kompass_desktop.domain import validation
from kompass_desktop.domain.errors import InputError
from kompass_desktop.services.evaluation import (DOCUMENT_KINDS, ROLES, SOURCES, STATUSES, Evaluation,
                                                 adoption_date)

INTERVIEW_FIELDS = ("title", "date", "time", "place", "is_group", "notes")
PARTICIPANT_FIELDS = ("name", "role", "function")
DOCUMENT_FIELDS = ("title", "kind", "issuer", "adopted", "year", "url", "pages", "notes")
EVIDENCE_FIELDS = ("text", "status", "page", "url", "source")


def _only(values: dict[str, Any], allowed: tuple[str, ...], what: str) -> dict[str, Any]:
    bad = [k for k in values if k not in allowed]
    if bad:
        raise InputError(f"cannot change {', '.join(bad)} of {what}")
    return values


# ---- interviews ---------------------------------------------------------------------------

def _listing(rows: list[dict]) -> list[dict]:
    """Rows of a joined listing with stored binary values (hand-edited or from an old merge,
    never written by the program) read as not set, so a list shows them empty."""
    return [{k: (None if isinstance(v, bytes) else v) for k, v in r.items()} for r in rows]


def interview_rows(ev: Evaluation) -> list[dict]:
    """Interviews with participant and evidence counts, by date and time."""
    return _listing(ev.store.query(
        "SELECT i.id, i.title, i.date, i.time, i.place, i.is_group, i.evaluator_id, "
        "(SELECT count(*) FROM participant p WHERE p.interview_id = i.id AND p.deleted = 0) AS participants, "
        "(SELECT group_concat(p.name, ', ') FROM participant p WHERE p.interview_id = i.id "
        " AND p.deleted = 0) AS participant_names, "
        "(SELECT count(*) FROM evidence e WHERE e.interview_id = i.id AND e.deleted = 0) AS evidence "
        "FROM interview i WHERE i.deleted = 0 ORDER BY i.date, i.time, i.title"))


def new_interview(ev: Evaluation, title: str, date: str = "") -> str:
    return ev.add_interview(title.strip() or "Ny intervju", date=date)


def update_interview(ev: Evaluation, interview_id: str, **values: Any) -> list[str]:
    _only(values, INTERVIEW_FIELDS, "an interview")
    validation.check_typed("interview", values)
    return ev.store.write("interview", interview_id, values)


def delete_interview(ev: Evaluation, interview_id: str) -> None:
    with ev.store.transaction():
        for p in participants(ev, interview_id):
            ev.store.delete("participant", p["id"])
        ev.store.delete("interview", interview_id)


def participants(ev: Evaluation, interview_id: str) -> list[dict]:
    return ev.store.rows("participant", "interview_id = ?", (interview_id,), order_by="position, name")


def update_participant(ev: Evaluation, participant_id: str, **values: Any) -> list[str]:
    _only(values, PARTICIPANT_FIELDS, "a participant")
    if "role" in values and values["role"] not in ROLES:
        raise InputError(f"unknown role '{values['role']}' (roles: {', '.join(ROLES)})")
    validation.check_typed("participant", values)
    return ev.store.write("participant", participant_id, values)


def delete_participant(ev: Evaluation, participant_id: str) -> None:
    ev.store.delete("participant", participant_id)


def tag_passage(ev: Evaluation, interview_id: str, start: int, end: int, subareas: Iterable[str],
                status: str = "in_place") -> str:
    """Evidence from a passage of the interview notes, remembered by its character range."""
    row = ev.store.get("interview", interview_id)
    if row is None:
        raise InputError("the interview is gone", sv="intervjun finns inte längre")
    notes = row["notes"] or ""
    start, end = max(0, min(start, end)), min(len(notes), max(start, end))
    text = notes[start:end].strip()
    if not text:
        raise InputError("select a passage of the notes first",
                         sv="markera först ett stycke i anteckningarna")
    subs = list(subareas)
    if not subs:
        raise InputError("choose at least one sub-area", sv="välj minst ett delområde")
    return ev.add_evidence(text, subs, source="interview", status=status, interview_id=interview_id,
                           quote_start=start, quote_end=end)


# ---- documents -----------------------------------------------------------------------------

def document_rows(ev: Evaluation) -> list[dict]:
    return _listing(ev.store.query(
        "SELECT d.id, d.title, d.kind, d.issuer, d.adopted, d.year, d.url, d.pages, d.file_name, "
        "d.blob_sha, (SELECT size FROM blob b WHERE b.sha256 = d.blob_sha) AS size, "
        "(SELECT count(*) FROM evidence e WHERE e.document_id = d.id AND e.deleted = 0) AS evidence "
        "FROM document d WHERE d.deleted = 0 ORDER BY d.title COLLATE NOCASE"))


def new_document(ev: Evaluation, title: str, file_bytes: bytes | None = None,
                 file_name: str | None = None) -> str:
    return ev.add_document(title.strip() or "Nytt dokument", file_bytes=file_bytes, file_name=file_name)


def update_document(ev: Evaluation, document_id: str, **values: Any) -> list[str]:
    _only(values, DOCUMENT_FIELDS, "a document")
    if "kind" in values and values["kind"] not in DOCUMENT_KINDS:
        raise InputError(f"unknown document kind '{values['kind']}'")
    if "year" in values and values["year"] in ("", None):
        values["year"] = None
    elif "year" in values:
        try:
            values["year"] = int(values["year"])
        except (TypeError, ValueError):
            raise InputError(f"'{values['year']}' is not a year",
                             sv=f"'{values['year']}' är inget årtal") from None
    if "adopted" in values:
        values["adopted"] = adoption_date(values["adopted"])
    validation.check_typed("document", values)
    return ev.store.write("document", document_id, values)


def delete_document(ev: Evaluation, document_id: str) -> None:
    ev.store.delete("document", document_id)


def attached_size(ev: Evaluation, document: dict) -> int:
    """Bytes of the file attached to a document row (0 when none is)."""
    return (ev.store.blob_size(document["blob_sha"]) or 0) if document.get("blob_sha") else 0


def document_file(ev: Evaluation, document_id: str) -> tuple[str, bytes] | None:
    row = ev.store.get("document", document_id)
    if not row or not row["blob_sha"]:
        return None
    data = ev.store.blob(row["blob_sha"])
    return None if data is None else (row["file_name"] or "dokument", data)


# ---- evidence ------------------------------------------------------------------------------

def evidence_rows(ev: Evaluation, where: str = "", params: tuple = ()) -> list[dict]:
    """Evidence with its tags, the title of its source and the evaluator's name."""
    sql = ("SELECT e.id, e.source, e.status, e.text, e.page, e.url, e.interview_id, e.document_id, "
           "e.evaluator_id, e.quote_start, e.quote_end, "
           "(SELECT group_concat(subarea, ',') FROM (SELECT t.subarea FROM evidence_tag t "
           " WHERE t.evidence_id = e.id AND t.deleted = 0 ORDER BY t.subarea)) AS tags, "
           "coalesce(i.title, d.title, e.url, '') AS source_title, "
           "coalesce(ev.name, a.name, '') AS evaluator "
           "FROM evidence e "
           "LEFT JOIN interview i ON i.id = e.interview_id "
           "LEFT JOIN document d ON d.id = e.document_id "
           "LEFT JOIN evaluator ev ON ev.id = e.evaluator_id OR ev.identity_id = e.evaluator_id "
           "LEFT JOIN author a ON a.id = e.evaluator_id "
           "WHERE e.deleted = 0" + (f" AND ({where})" if where else "") +
           " GROUP BY e.id ORDER BY e.rowid")
    return _listing(ev.store.query(sql, params))


def update_evidence(ev: Evaluation, evidence_id: str, **values: Any) -> list[str]:
    _only(values, EVIDENCE_FIELDS, "evidence")
    if "status" in values and values["status"] not in STATUSES:
        raise InputError(f"unknown evidence status '{values['status']}'")
    if "source" in values and values["source"] not in SOURCES:
        raise InputError(f"unknown evidence source '{values['source']}'")
    validation.check_typed("evidence", values)
    return ev.store.write("evidence", evidence_id, values)


def parse_tags(ev: Evaluation, text: str) -> list[str]:
    """Sub-area numbers typed as '1.2, 3.4' (or with spaces); unknown numbers are refused."""
    known = {s.number for s in ev.framework.subareas()}
    out = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if part not in known:
            raise InputError(f"unknown sub-area {part}", sv=f"okänt delområde {part}")
        if part not in out:
            out.append(part)
    return out


def delete_evidence(ev: Evaluation, evidence_id: str) -> None:
    with ev.store.transaction():
        for t in ev.store.rows("evidence_tag", "evidence_id = ?", (evidence_id,)):
            ev.store.delete("evidence_tag", t["id"])
        ev.store.delete("evidence", evidence_id)

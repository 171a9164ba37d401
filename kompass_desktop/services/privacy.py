"""Clean-up of personal data after the final report, and pseudonymised copies (PRODUCT §3.8).

The clean-up erases names, contact details, interview notes and register notes (what the
evaluation no longer needs once its report is delivered) and keeps roles, functions,
organisations, evidence texts, scores and report texts. Register names found inside the kept
texts are replaced by pseudonyms in place (the user may untick hits in the workbench). The
erasure is a synced fact (storage.erasure, db/README.md §4): the erased versions leave the
log, the search index is rebuilt, the file is vacuumed with secure_delete and its WAL
truncated, and this program's backups of the file are erased.

A pseudonymised copy is a new evaluation copy (new evaluation id, marked in meta) whose log
is written from the pseudonymised projection, so no original name is anywhere in it.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.domain.pseudonyms import Hit, replace
from kompass_desktop.services import people
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.storage import erasure, schema
from kompass_desktop.storage.store import PROJECTED_TABLES, EvaluationStore, natural_id

# What the clean-up erases, per table (the erasure's spec "fields").
ERASED_FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("name", "contact", "note"),
    "participant": ("name",),
    "interview": ("notes",),
}

# What goes and what stays, as the clean-up shows it (Swedish for the workbench, English for
# the CLI), with the reason it stays.
GOES = (("names", "namn på intervjuade och personer i registret"),
        ("contact details", "kontaktuppgifter"),
        ("interview notes", "intervjuanteckningar"),
        ("register notes", "anteckningar i registret"))
STAYS = (("roles, functions and organisations", "roller, funktioner och organisationer",
          "the report describes who was interviewed by role, not by name"),
         ("evidence texts", "underlagstexter",
          "the evaluator reviewed them; they carry the scores' grounds"),
         ("scores and rationales", "poäng och motiveringar", "the result of the evaluation"),
         ("report texts", "rapporttexter", "the delivered report"),
         ("documents and attached files", "dokument och bifogade filer",
          "public documents of the municipality"),
         ("evaluators' names", "utvärderarnas namn", "the authors of the report"))

META_FINAL_REPORT = "final_report_exported_at"


# ---- hits in kept texts ------------------------------------------------------------------


@dataclass(frozen=True)
class TextHit:
    """A register name inside a text: where, what was found, what replaces it."""
    tbl: str
    row_id: str
    col: str
    what: str          # Swedish kind of text
    title: str
    hit: Hit
    pseudonym: str
    context: str

    @property
    def id(self) -> str:
        return f"{self.tbl}:{self.row_id}:{self.col}:{self.hit.start}"

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.tbl, "row_id": self.row_id, "field": self.col,
                "found": self.hit.found, "replacement": self.hit.replacement(self.pseudonym),
                "whole_name": self.hit.whole, "ambiguous": self.hit.ambiguous,
                "context": self.context}


def text_hits(ev: Evaluation, items: list[people.Entry] | None = None,
              skip_fields: dict[str, Iterable[str]] | None = None) -> list[TextHit]:
    """Every register name in the file's free texts (except in the fields skipped)."""
    from kompass_desktop.domain.pseudonyms import passage
    items = people.entries(ev) if items is None else items
    pseudo = {e.key: e.pseudonym for e in items}
    return [TextHit(tbl, row["id"], col, what, people._label(row), h, pseudo[h.key],
                    passage(text, h.start, h.end, 160))
            for tbl, row, col, what, text, h in people.names_in_texts(ev, items, skip_fields)]


def _replacements(ev: Evaluation, hits: list[TextHit], items: list[people.Entry]
                  ) -> dict[tuple[str, str, str], str]:
    """New text of every field with chosen hits."""
    pseudo = {e.key: e.pseudonym for e in items}
    by_field: dict[tuple[str, str, str], list[Hit]] = {}
    for h in hits:
        by_field.setdefault((h.tbl, h.row_id, h.col), []).append(h.hit)
    out = {}
    for (tbl, row_id, col), hs in by_field.items():
        row = ev.store.get(tbl, row_id) or {}
        out[(tbl, row_id, col)] = replace(row.get(col) or "", hs, pseudo)
    return out


# ---- the clean-up ----------------------------------------------------------------------------


@dataclass
class CleanupPlan:
    goes: dict[str, int]                   # English key -> how many values
    kept_hits: list[TextHit]
    erasures: list[dict]                   # earlier erasures of this file
    final_report_exported_at: str | None

    def to_json(self) -> dict:
        return {"goes": self.goes,
                "stays": [{"what": en, "why": why} for en, _, why in STAYS],
                "kept_texts_with_names": [h.to_json() for h in self.kept_hits],
                "earlier_erasures": self.erasures,
                "final_report_exported_at": self.final_report_exported_at}


def erasure_history(ev: Evaluation) -> list[dict]:
    names = {a: r["name"] or a for a, r in ev.store.authors().items()}
    from kompass_desktop.domain.versions import hlc_to_ms
    return [{"id": e.row_id, "by": names.get(e.author, e.author),
             "at": datetime.fromtimestamp(hlc_to_ms(e.hlc) / 1000, timezone.utc)
             .isoformat(timespec="seconds"), "spec": e.spec()}
            for e in erasure.erasures(ev.store)]


def cleanup_due(ev: Evaluation) -> bool:
    """A final report has been exported and this file's personal data was not erased yet."""
    return bool(ev.store.meta(META_FINAL_REPORT)) and not erasure.erasures(ev.store)


def plan(ev: Evaluation) -> CleanupPlan:
    """What the clean-up would erase and which kept texts still name people."""
    s = ev.store
    items = people.entries(ev)
    goes = {
        "names": sum(1 for e in items if e.names),  # people named, each once
        "contact details": s.count("person", "contact IS NOT NULL AND contact <> ''"),
        "interview notes": s.count("interview", "notes IS NOT NULL AND notes <> ''"),
        "register notes": s.count("person", "note IS NOT NULL AND note <> ''"),
    }
    hits = text_hits(ev, items, ERASED_FIELDS)
    return CleanupPlan(goes, hits, erasure_history(ev), s.meta(META_FINAL_REPORT))


def plan_of_file(path: str | Path) -> CleanupPlan:
    """The plan for a file that is not open, read from a snapshot in the private folder so
    not a byte of the file changes (`erase-personal-data --dry-run`)."""
    import shutil

    from kompass_desktop.paths import private_tmp
    from kompass_desktop.storage.merge import snapshot_file
    path = Path(path)
    schema.check_file(path)
    d = private_tmp("plan")
    try:
        copy = d / path.name
        snapshot_file(path, copy)
        ev = Evaluation.open(copy)
        try:
            return plan(ev)
        finally:
            ev.close()
    finally:
        shutil.rmtree(d, ignore_errors=True)


@dataclass
class CleanupResult:
    versions_erased: int
    texts_pseudonymised: int
    backups_erased: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"erased": True, "versions_erased": self.versions_erased,
                "texts_pseudonymised": self.texts_pseudonymised,
                "backups_erased": len(self.backups_erased)}


def erase_personal_data(ev: Evaluation, skip_hits: Iterable[str] = ()) -> CleanupResult:
    """The clean-up: erase names, contact details and notes; pseudonymise the register names
    left in kept texts (except the hits the user unticked); leave no bytes behind."""
    store = ev.store
    skip = set(skip_hits)
    items = people.entries(ev)
    hits = [h for h in text_hits(ev, items, ERASED_FIELDS) if h.id not in skip]
    new_texts = _replacements(ev, hits, items)
    rows: dict[str, dict[str, list[str]]] = {}
    for tbl, row_id, col in new_texts:
        rows.setdefault(tbl, {}).setdefault(row_id, []).append(col)
    spec = erasure.spec_json({t: list(cs) for t, cs in ERASED_FIELDS.items()}, rows)
    store.con.execute("PRAGMA secure_delete = ON")
    with store.transaction():
        e = erasure.record(store, spec, str(uuid.uuid4()))
        applied = erasure.apply(store, [e])
        for (tbl, row_id, col), text in new_texts.items():
            store.write(tbl, row_id, {col: text})
        erasure.scrub_reports(store, [e])
        erasure.rebuild_search(store)
        store.set_meta("personal_data_erased_at",
                       datetime.now(timezone.utc).isoformat(timespec="seconds"))
    erasure.purge_free_bytes(store)
    gone = erase_backups(store.evaluation_id, keep=store.path)
    return CleanupResult(applied.versions, len(new_texts), [str(p) for p in gone])


def after_merge(store: EvaluationStore, info: erasure.MergeErasures) -> list[Path]:
    """A merge that brought in an erasure (or erased our versions): leave no bytes behind, and
    erase the backups (the one taken before this merge included)."""
    if not (info.new_erasures or info.own_erased):
        return []
    erasure.purge_free_bytes(store)
    return erase_backups(store.evaluation_id, keep=store.path)


def erase_backups(evaluation_id: str, keep: Path | None = None) -> list[Path]:
    """Overwrite and remove this program's backups of one evaluation (data folder)."""
    from kompass_desktop.paths import data_dir
    gone = []
    folder = data_dir() / "backups"
    if not folder.is_dir():
        return gone
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name.endswith(("-wal", "-shm", "-journal")):
            continue
        if keep is not None and p.resolve() == Path(keep).resolve():
            continue
        try:
            if schema.read_evaluation_id(p) != evaluation_id:
                continue
        except Exception:  # noqa: BLE001 - not an evaluation file: not ours to erase
            continue
        for q in (p, *(Path(str(p) + s) for s in ("-wal", "-shm", "-journal"))):
            if q.exists():
                _shred(q)
        gone.append(p)
    return gone


def _shred(p: Path) -> None:
    try:
        size = p.stat().st_size
        with open(p, "r+b") as f:
            f.write(b"\0" * size)
            f.flush()
            os.fsync(f.fileno())
    except OSError:
        pass
    p.unlink(missing_ok=True)


# ---- pseudonymised copy ------------------------------------------------------------------------

# Natural-key rows: their id derives from the evaluation id, so a copy with a new id gets new
# row ids (the same rules as services.evaluation and services.scoring).
def _natural_row_id(new_eval: str, tbl: str, row: dict) -> str | None:
    if tbl == "score_agreed":
        return natural_id(new_eval, "agreed", row["subarea"])
    if tbl == "score_draft":
        return natural_id(new_eval, "draft", row["subarea"], row["evaluator_id"])
    if tbl == "area_ready":
        return natural_id(new_eval, "ready", row["area"], row["evaluator_id"])
    if tbl == "area_text":
        return natural_id(new_eval, "area_text", row["area"])
    if tbl == "subarea_text":
        return natural_id(new_eval, "subarea_text", row["subarea"])
    if tbl == "evidence_tag":
        return natural_id(new_eval, "tag", row["evidence_id"], row["subarea"])
    return None


def _moved_quotes(ev: Evaluation, new_texts: dict[tuple[str, str, str], str]
                  ) -> dict[str, tuple[int | None, int | None]]:
    """Evidence tagged in interview notes points at a character range of the notes; where the
    pseudonyms changed the notes' length, the passage is found again (or the range dropped)."""
    out = {}
    for e in ev.store.rows("evidence", "interview_id IS NOT NULL AND quote_start IS NOT NULL"):
        key = ("interview", e["interview_id"], "notes")
        if key not in new_texts:
            continue
        text = new_texts.get(("evidence", e["id"], "text"), e["text"] or "")
        at = new_texts[key].find(text) if text else -1
        out[e["id"]] = (at, at + len(text)) if at >= 0 else (None, None)
    return out


def pseudonymise_preview(ev: Evaluation) -> list[TextHit]:
    """The hits a pseudonymised copy would replace (the name fields themselves always are)."""
    return text_hits(ev)


def pseudonymised_copy(ev: Evaluation, dest: str | Path, skip_hits: Iterable[str] = ()) -> Path:
    """Write a new evaluation copy with pseudonyms instead of register names."""
    src = ev.store
    dest = Path(dest)
    if dest.exists():
        raise KompassError(f"{dest} already exists; choose another name",
                           sv=f"{dest} finns redan; välj ett annat namn")
    skip = set(skip_hits)
    items = people.entries(ev)
    pseudo_of_person = {e.key: e.pseudonym for e in items}
    by_participant = {pid: e.pseudonym for e in items for pid in e.participant_ids}
    new_texts = _replacements(ev, [h for h in text_hits(ev, items) if h.id not in skip], items)
    quotes = _moved_quotes(ev, new_texts)
    new_eval = str(uuid.uuid4())
    tmp = dest.with_name(dest.name + ".building")
    for s in ("", "-wal", "-shm", "-journal"):
        Path(str(tmp) + s).unlink(missing_ok=True)
    out = EvaluationStore.create(tmp, src.actor, evaluation_id=new_eval)
    try:
        with out.transaction():
            for tbl in PROJECTED_TABLES:
                if tbl == "erasure":
                    continue  # a new evaluation copy; nothing erased in it yet
                for row in src.rows(tbl):
                    values = {c: v for c, v in row.items() if c not in ("id", "deleted")}
                    for col in list(values):
                        if (tbl, row["id"], col) in new_texts:
                            values[col] = new_texts[(tbl, row["id"], col)]
                    if tbl == "evidence" and row["id"] in quotes:
                        values["quote_start"], values["quote_end"] = quotes[row["id"]]
                    if tbl == "person":
                        values.update(name=pseudo_of_person.get(row["id"]), contact=None)
                    elif tbl == "participant":
                        values["name"] = by_participant.get(row["id"]) or None
                    if tbl == "evaluation":
                        row_id = new_eval
                    else:
                        row_id = _natural_row_id(new_eval, tbl, row) or row["id"]
                    if tbl == "document" and row.get("blob_sha"):
                        data = src.blob(row["blob_sha"])
                        if data is not None:
                            out.put_blob(data)
                    out.write(tbl, row_id, {c: v for c, v in values.items() if v is not None})
            out.set_meta("pseudonymised", "1")
            out.set_meta("pseudonymised_at", datetime.now(timezone.utc).isoformat(timespec="seconds"))
        out.save_copy(dest)
    finally:
        out.close()
        for s in ("", "-wal", "-shm", "-journal"):
            Path(str(tmp) + s).unlink(missing_ok=True)
    return dest


def is_pseudonymised(ev: Evaluation) -> bool:
    return ev.store.meta("pseudonymised") == "1"


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)

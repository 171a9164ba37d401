"""An open evaluation: the operations the workbench and the `kompass` command share."""
from __future__ import annotations

import json
from datetime import date
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from kompass_desktop.domain import csv_input, validation
from kompass_desktop.domain.errors import FrameworkError, InputError, KompassError
from kompass_desktop.domain.framework import Framework, parse_framework_json
from kompass_desktop.domain.merge import settled
from kompass_desktop.domain.scoring import (
    ComparisonSeries, EvaluationResult, evaluate, to_points)
from kompass_desktop.services.identity import Identity, current_identity
from kompass_desktop.storage.compaction import compact_on_close
from kompass_desktop.storage.store import Actor, EvaluationStore, natural_id

# The fixed lists live with the rules that check them (domain/validation.py).
SOURCES = validation.SOURCES
STATUSES = validation.STATUSES
ROLES = validation.ROLES
DOCUMENT_KINDS = validation.DOCUMENT_KINDS
LIST_KINDS = validation.LIST_KINDS
# Dates of the evaluation process (wizard, Arkiv → Utvärderingens datum…), ISO or unset.
PROCESS_DATES = ("questionnaire_received", "site_visit_start", "site_visit_end", "report_delivered",
                 "feedback_seminar")


@dataclass(frozen=True)
class EvaluatorInfo:
    name: str
    organisation: str = ""


def _dec(text: Any) -> Decimal | None:
    return None if text is None or text == "" else Decimal(str(text))


def _plain(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def clean_reference_areas(fw: Framework, areas: dict[str, Any]) -> dict[str, str]:
    """Per-area points of a comparison series, checked against the framework's areas."""
    clean: dict[str, str] = {}
    for number, pts in areas.items():
        try:
            area = fw.area(str(number))
        except KeyError:
            raise InputError(f"unknown area {number} in framework {fw.id}",
                             sv=f"okänt område {number} i ramverket {fw.id}") from None
        clean[area.number] = str(to_points(pts, area.max_points))
    return clean


def reference_areas(row: dict) -> dict[str, Decimal]:
    """The per-area points a stored comparison series row holds (read it through
    Evaluation.references(), which treats an invalid series as holding no points)."""
    return {k: Decimal(str(v)) for k, v in json.loads(row["areas_json"] or "{}").items()}


def adoption_date(value: Any) -> str:
    """A document's adoption date as typed: an ISO date (YYYY-MM-DD) or "" (not known)."""
    text = "" if value is None else str(value).strip()
    if text and not validation.is_date(text):
        raise InputError(f"the adoption date '{text[:40]}' is not a date (YYYY-MM-DD)",
                         sv=f"antagningsdatumet ”{text[:40]}” är inget datum (ÅÅÅÅ-MM-DD)")
    return text


class Evaluation:
    """Service over one evaluation file. Every method that changes something commits."""

    def __init__(self, store: EvaluationStore):
        self.store = store
        self._framework: Framework | None = None
        self._framework_text: str | None = None

    # ---- lifecycle -------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, identity: Identity | None = None,
             read_only: bool = False) -> "Evaluation":
        """Open a file to work in, or with `read_only` only to look at (check, summary,
        report, a file on a read-only share): then not a byte of it changes, no identity
        is needed, and every edit is refused with ReadOnlyFile."""
        from kompass_desktop.paths import data_dir
        if read_only:
            actor = (identity.actor() if identity is not None
                     else Actor(origin="read-only", author="read-only"))
            return cls(EvaluationStore.open(path, actor, read_only=True))
        identity = identity or current_identity()
        store = EvaluationStore.open(path, identity.actor(),
                                     migrate_backup_dir=data_dir() / "backups")
        ev = cls(store)
        try:
            ev.convert_adoption_texts()
        except BaseException:
            store.close()
            raise
        return ev

    # The cheap first look: a document whose "adopted" is set but not shaped as a date of
    # 1900–2100 (the domain's rule decides; this only keeps the common case to one query).
    _ADOPTION_TEXTS = (
        "SELECT id, adopted, notes FROM document WHERE typeof(adopted) = 'text' AND adopted <> '' "
        "AND NOT (adopted GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
        "AND date(adopted) = adopted AND adopted BETWEEN '1900-01-01' AND '2100-12-31')")

    def convert_adoption_texts(self) -> int:
        """Documents' "adopted" written as free text by older versions becomes a date, the
        text kept in the notes (validation.converted_adoption); deleted documents too.

        Runs as a file is opened for writing, before the session begins: the new values are
        ordinary versions that sync like any edit, not a step the user can undo. A field with
        an open merge conflict is left for the user to resolve first. Returns the documents
        changed."""
        changed = 0
        candidates = self.store.query(self._ADOPTION_TEXTS)
        if not candidates:
            return 0
        with self.store.transaction():
            for row in candidates:
                new = validation.converted_adoption(row["adopted"], row["notes"])
                if new is None or not all(settled(self.store.heads("document", row["id"], col))
                                          for col in ("adopted", "notes")):
                    continue
                adopted, notes = new
                values = {"adopted": adopted, **({"notes": notes} if notes != row["notes"] else {})}
                changed += bool(self.store.write("document", row["id"], values))
        return changed

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @staticmethod
    def can_write(path: str | Path) -> bool:
        """Whether the file (and its folder) take writes; if not, open it read-only."""
        from kompass_desktop.storage.schema import is_writable
        return is_writable(Path(path))

    def changed_on_disk(self) -> bool:
        """Whether another program has committed to the file since the last call."""
        return self.store.changed_elsewhere()

    @classmethod
    def create(cls, path: str | Path, framework: Framework, municipality: str, year: int,
               evaluators: Iterable[EvaluatorInfo] = (), identity: Identity | None = None,
               evaluation_order: int | None = None, title: str | None = None,
               dates: dict[str, str] | None = None) -> "Evaluation":
        """A new file that appears under its name only once it holds the evaluation."""
        municipality = municipality.strip()
        if not municipality:
            raise InputError("the municipality needs a name", sv="kommunen behöver ett namn")
        try:
            year = int(year)
        except (TypeError, ValueError):
            year = None
        if year is None or validation.value_problem("evaluation", "year", year):
            raise InputError(f"{year} is not a plausible year", sv=f"{year} är inget rimligt årtal")
        identity = identity or current_identity()

        def populate(store: EvaluationStore) -> None:
            ev = cls(store)
            with store.transaction():
                store.write("evaluation", store.evaluation_id, {
                    "municipality": municipality, "year": int(year),
                    "title": title or f"Kommunkompassen – analys av {municipality}",
                    "framework_json": framework.to_json(), "evaluation_order": evaluation_order,
                    "status": "draft", "intro_text": framework.description or None,
                    **(dates or {})})
                for i, e in enumerate(evaluators):
                    ev.add_evaluator(e.name, e.organisation, position=i)

        return cls(EvaluationStore.create(path, identity.actor(), populate=populate))

    def close(self) -> None:
        """End the session: fold the log's superseded saves (db/README.md §3), then close."""
        compact_on_close(self.store)
        self.store.close()

    @property
    def path(self) -> Path:
        return self.store.path

    # ---- evaluation ------------------------------------------------------------------

    def _evaluation_row(self) -> dict:
        row = self.store.get("evaluation", self.store.evaluation_id)
        if row is None:
            raise KompassError(f"{self.path.name} holds no evaluation",
                               sv=f"{self.path.name} innehåller ingen utvärdering")
        return row

    def info(self) -> dict:
        """The evaluation row; a value the file holds that breaks its rule reads as not set."""
        return validation.clean_row("evaluation", self._evaluation_row(), None)

    def update_info(self, **values: Any) -> list[str]:
        validation.check_typed("evaluation", values, self._framework_or_none())
        return self.store.write("evaluation", self.store.evaluation_id, values)

    def _framework_or_none(self) -> Framework | None:
        try:
            return self.framework
        except FrameworkError:
            return None

    def clean_rows(self, tbl: str, rows: list[dict]) -> list[dict]:
        """Rows as the scores, lists and the report use them: invalid values read as not set,
        and a natural-key row under another id than its key gives (a forged second row for
        the same sub-area) is left out (both are listed by invalid_values())."""
        fw = self._framework_or_none()
        return [validation.clean_row(tbl, r, fw) for r in rows if self._natural_ok(tbl, r)]

    def _natural_ok(self, tbl: str, row: dict) -> bool:
        key = validation.natural_key(tbl, row)
        if tbl not in validation.NATURAL_KEYS:
            return True
        return key is not None and natural_id(self.store.evaluation_id, *key) == row["id"]

    def invalid_values(self) -> list[str]:
        """Every value the file holds that breaks its rule (written by an older version or
        edited by hand): each is treated as not set; `check` lists them."""
        fw = self._framework_or_none()
        out = []
        for tbl in validation.RULES:
            for row in self.store.rows(tbl):
                label = next((str(row[c]) for c in ("subarea", "area")
                              if isinstance(row.get(c), str) and 0 < len(row[c]) <= 8),
                             str(row["id"])[:8])
                if not self._natural_ok(tbl, row):
                    out.append(f"invalid row in {tbl} {label}: a second row for the same thing "
                               "(its id does not match), left out")
                    continue
                for col, value, problem in validation.row_problems(tbl, row, fw):
                    out.append(f"invalid value in {tbl} {label} {col}: "
                               f"{validation.printable(value, 40)!r} ({problem.reason})")
        return out

    def set_process_dates(self, **dates: str | None) -> list[str]:
        """The process dates (PROCESS_DATES), each an ISO date or None when not known yet."""
        bad = set(dates) - set(PROCESS_DATES)
        if bad:
            raise InputError(f"unknown process date(s): {', '.join(sorted(bad))}")
        for key, value in dates.items():
            if value in (None, ""):
                dates[key] = None
                continue
            try:
                dates[key] = date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise InputError(f"{key}: '{value}' is not a date (YYYY-MM-DD)",
                                 sv=f"”{value}” är inget datum (ÅÅÅÅ-MM-DD)") from None
        return self.update_info(**dates)

    @property
    def framework(self) -> Framework:
        text = self._evaluation_row()["framework_json"]
        if self._framework is None or self._framework_text != text:
            # The file's own copy was validated when it was stored (wizard, editor, merge):
            # no schema run on every open and export, unless it does not build.
            self._framework = parse_framework_json(text, "the evaluation's framework copy",
                                                   trusted=True)
            self._framework_text = text
        return self._framework

    # ---- evaluators ------------------------------------------------------------------

    def evaluators(self) -> list[dict]:
        return self.clean_rows("evaluator", self.store.rows("evaluator", order_by="position, name"))

    def add_evaluator(self, name: str, organisation: str = "", position: float | None = None,
                      identity_id: str | None = None) -> str:
        if not name.strip():
            raise InputError("an evaluator needs a name", sv="en utvärderare behöver ett namn")
        if position is None:
            position = len(self.evaluators())
        return self.store.insert("evaluator", {"name": name.strip(), "organisation": organisation.strip(),
                                               "position": position, "identity_id": identity_id})

    def evaluator_by_name(self, name: str) -> dict:
        wanted = name.strip().casefold()
        for e in self.evaluators():
            if (e["name"] or "").casefold() == wanted:
                return e
        names = ", ".join(e["name"] for e in self.evaluators()) or "none"
        raise InputError(f"no evaluator named '{name}' in this evaluation (evaluators: {names})")

    def my_evaluator(self) -> dict | None:
        """The evaluator row claimed by this installation's identity, if any."""
        me = self.store.actor.author
        for e in self.evaluators():
            if e["identity_id"] == me:
                return e
        return None

    def claim_evaluator(self, evaluator_id: str) -> None:
        self.store.write("evaluator", evaluator_id, {"identity_id": self.store.actor.author})

    # ---- scores ----------------------------------------------------------------------

    def subarea(self, number: str):
        """The framework's sub-area with this number; a one-line InputError if there is none."""
        try:
            return self.framework.subarea(number)
        except KeyError:
            raise InputError(f"unknown sub-area {number} in framework {self.framework.id}",
                             sv=f"okänt delområde {number} i ramverket {self.framework.id}") from None

    def set_agreed(self, subarea: str, points: Any, rationale: str | None = None,
                   keep_rationale: bool = False) -> list[str]:
        sub = self.subarea(subarea)
        values: dict[str, Any] = {"subarea": subarea}
        if points is None or points == "":
            values["points"] = None
        else:
            values["points"] = to_points(points, sub.max_points)
            # The agreed score keeps the spread of drafts it came from (PRODUCT §3.4).
            values["spread"] = {d["evaluator_id"]: d["points"] for d in self.drafts_for(subarea)}
        if not keep_rationale:
            values["rationale"] = rationale
        return self.store.write("score_agreed", self.agreed_row_id(subarea), values)

    def agreed_row_id(self, subarea: str) -> str:
        """The one score_agreed row of a sub-area (the same id in every evaluator's copy)."""
        return natural_id(self.store.evaluation_id, "agreed", subarea)

    def set_draft(self, subarea: str, evaluator_id: str, points: Any,
                  rationale: str | None = None, keep_rationale: bool = False) -> list[str]:
        sub = self.subarea(subarea)
        values: dict[str, Any] = {"subarea": subarea, "evaluator_id": evaluator_id,
                                  "points": None if points in (None, "") else to_points(points, sub.max_points)}
        if not keep_rationale:
            values["rationale"] = rationale
        return self.store.write(
            "score_draft", natural_id(self.store.evaluation_id, "draft", subarea, evaluator_id), values)

    def agreed_rows(self) -> list[dict]:
        """Every live agreed-score row, invalid values read as not set."""
        return self.clean_rows("score_agreed", self.store.rows("score_agreed"))

    def agreed_scores(self) -> dict[str, dict]:
        return {r["subarea"]: r for r in self.agreed_rows() if r["points"] is not None}

    def draft_scores(self) -> list[dict]:
        return [r for r in self.clean_rows("score_draft", self.draft_rows()) if r["points"] is not None]

    def draft_rows(self) -> list[dict]:
        """The live draft rows with points, as stored (not yet checked)."""
        return self.store.rows("score_draft", "points IS NOT NULL")

    def invalid_score_subareas(self, agreed_raw: list[dict], agreed: list[dict],
                               drafts_raw: list[dict], drafts: list[dict]) -> set[str]:
        """Sub-areas where a stored point (agreed or draft) breaks its rule and counts as
        not scored: the rows as stored against the same rows read through clean_rows()."""
        out = set()
        for raw, clean in ((agreed_raw, agreed), (drafts_raw, drafts)):
            valid = {r["id"] for r in clean if r["points"] is not None}
            out.update(str(r["subarea"]) for r in raw
                       if r["points"] is not None and r["id"] not in valid)
        return out

    def drafts_for(self, subarea: str) -> list[dict]:
        return [r for r in self.clean_rows("score_draft", self.store.rows(
            "score_draft", "subarea = ? AND points IS NOT NULL", (subarea,))) if r["points"] is not None]

    def import_scores(self, text: str, evaluator_name: str | None = None) -> int:
        """Scores from CSV; the whole file is checked before anything is written."""
        rows = csv_input.parse_scores(text, self.framework)
        evaluator = self.evaluator_by_name(evaluator_name) if evaluator_name else None
        with self.store.transaction():
            for r in rows:
                if evaluator is None:
                    self.set_agreed(r.subarea, r.points, r.rationale, keep_rationale=r.rationale is None)
                else:
                    self.set_draft(r.subarea, evaluator["id"], r.points, r.rationale,
                                   keep_rationale=r.rationale is None)
        return len(rows)

    # ---- comparison series -------------------------------------------------------------

    def references(self) -> list[dict]:
        return self.clean_rows("comparison_series",
                           self.store.rows("comparison_series", order_by="position, label"))

    def add_reference(self, label: str, areas: dict[str, Any], total: Any = None,
                      framework_id: str | None = None, source: str = "typed") -> str:
        label = label.strip()
        if not label:
            raise InputError("a comparison series needs a label",
                             sv="en jämförelse behöver en benämning")
        validation.check_typed("comparison_series", {"label": label, "source": source})
        fw = self.framework
        clean = clean_reference_areas(fw, areas)
        return self.store.insert("comparison_series", {
            "label": label, "areas_json": clean,
            "total": None if total in (None, "") else to_points(total, fw.max_points),
            "framework_id": framework_id or fw.id, "source": source,
            "position": len(self.references())})

    def import_reference(self, label: str, text: str) -> str:
        parsed = csv_input.parse_reference(text, self.framework)
        return self.add_reference(label, parsed.areas, parsed.total)

    def comparison_series(self) -> list[ComparisonSeries]:
        out = []
        for r in self.references():
            out.append(ComparisonSeries(r["label"], reference_areas(r), _dec(r["total"]), r["framework_id"]))
        return out

    # ---- results ---------------------------------------------------------------------

    def result(self) -> EvaluationResult:
        agreed = {k: Decimal(v["points"]) for k, v in self.agreed_scores().items()}
        drafts: dict[str, list[Decimal]] = {}
        for d in self.draft_scores():
            drafts.setdefault(d["subarea"], []).append(Decimal(d["points"]))
        return evaluate(self.framework, agreed, drafts, self.comparison_series())

    def summary(self) -> dict:
        """The `summary --json` object (PRODUCT §6)."""
        info = self.info()
        res = self.result()
        fw = self.framework

        def num(d: Decimal) -> float:
            return float(d)

        areas = []
        for a in res.areas:
            areas.append({
                "number": a.number, "title": a.title, "points": num(a.points),
                "rounded": a.rounded, "max": num(a.max_points), "percent": a.percent,
                "status": a.status.value,
                "subareas": [{"number": s.number, "title": s.title,
                              "points": None if s.points is None else num(s.points),
                              "rounded": s.rounded, "max": num(s.max_points),
                              "percent": s.percent, "status": s.status.value}
                             for s in a.subareas]})
        refs = []
        for r in res.references:
            refs.append({"label": r.label,
                         "areas": {k: _plain(v) for k, v in sorted(r.areas.items(), key=lambda kv: int(kv[0]))},
                         "total": _plain(r.total), "total_given": r.given_total is not None,
                         "comparable": r.comparable_with(fw)})
        return {
            "municipality": info["municipality"], "year": info["year"],
            "framework": {"id": fw.id, "name": fw.name},
            "total": {"points": num(res.points), "rounded": res.rounded,
                      "max": num(res.max_points), "percent": res.percent},
            "areas": areas, "references": refs,
        }

    # ---- checks ----------------------------------------------------------------------

    def check(self) -> tuple[list[str], list[str]]:
        """(blockers, advice). Blockers: what stands between this evaluation and a final
        report, by the one rule the Rapport page and `report --final` use
        (services.report.final_report_gaps), then stored values that break their rule.
        Advice: sub-areas scored without evidence that is in place."""
        from kompass_desktop.services.report import final_report_gaps
        blockers = [g.en for g in final_report_gaps(self)]
        # Values that break their rule read as not set above; say which.
        blockers.extend(self.invalid_values())
        creditable = self.creditable_evidence_counts()
        advice = [f"{s.number} {s.title}: scored without evidence that is in place"
                  for s in self.result().subareas()
                  if s.points is not None and s.points > 0 and not creditable.get(s.number)]
        return blockers, advice

    def evidence_counts(self) -> dict[str, dict[str, int]]:
        """Per sub-area, how many live evidence items are tagged to it, by status."""
        rows = self.store.query(
            "SELECT t.subarea, e.status, count(*) AS n FROM evidence_tag t "
            "JOIN evidence e ON e.id = t.evidence_id "
            "WHERE t.deleted = 0 AND e.deleted = 0 GROUP BY t.subarea, e.status")
        out: dict[str, dict[str, int]] = {}
        for r in rows:
            out.setdefault(r["subarea"], {})[r["status"]] = r["n"]
        return out

    def creditable_evidence_counts(self) -> dict[str, int]:
        """Evidence that is in place (planned measures earn no points), per sub-area."""
        return {sub: n["in_place"] for sub, n in self.evidence_counts().items() if n.get("in_place")}

    # ---- fieldwork -------------------------------------------------------------------

    def add_interview(self, title: str, date: str = "", time: str = "", place: str = "",
                      is_group: bool = False, notes: str = "",
                      participants: Iterable[dict] = ()) -> str:
        with self.store.transaction():
            iid = self.store.insert("interview", {
                "title": title, "date": date, "time": time, "place": place,
                "is_group": is_group, "notes": notes, "evaluator_id": self.store.actor.author})
            for i, p in enumerate(participants):
                self.add_participant(iid, p.get("name", ""), p.get("role", "annan"),
                                     p.get("function", ""), position=i)
        return iid

    def add_participant(self, interview_id: str, name: str, role: str = "annan",
                        function: str = "", position: float | None = None) -> str:
        if role not in ROLES:
            raise InputError(f"unknown role '{role}' (roles: {', '.join(ROLES)})")
        if position is None:
            position = self.store.count("participant", "interview_id = ?", (interview_id,))
        return self.store.insert("participant", {"interview_id": interview_id, "name": name,
                                                 "role": role, "function": function,
                                                 "position": position})

    def add_document(self, title: str, kind: str = "annat", issuer: str = "", adopted: str = "",
                     year: int | None = None, url: str = "", pages: str = "", notes: str = "",
                     file_bytes: bytes | None = None, file_name: str | None = None) -> str:
        if kind not in DOCUMENT_KINDS:
            raise InputError(f"unknown document kind '{kind}' (kinds: {', '.join(DOCUMENT_KINDS)})")
        adopted = adoption_date(adopted)
        with self.store.transaction():
            sha = self.store.put_blob(file_bytes) if file_bytes is not None else None
            return self.store.insert("document", {
                "title": title, "kind": kind, "issuer": issuer, "adopted": adopted, "year": year,
                "url": url, "pages": pages, "notes": notes, "blob_sha": sha, "file_name": file_name})

    def attach_file(self, document_id: str, data: bytes, file_name: str) -> str:
        with self.store.transaction():
            sha = self.store.put_blob(data)
            self.store.write("document", document_id, {"blob_sha": sha, "file_name": file_name})
        return sha

    def add_evidence(self, text: str, subareas: Iterable[str], source: str = "interview",
                     status: str = "in_place", interview_id: str | None = None,
                     document_id: str | None = None, url: str = "", page: str = "",
                     quote_start: int | None = None, quote_end: int | None = None,
                     evaluator_id: str | None = None) -> str:
        if source not in SOURCES:
            raise InputError(f"unknown evidence source '{source}'")
        if status not in STATUSES:
            raise InputError(f"unknown evidence status '{status}'")
        with self.store.transaction():
            eid = self.store.insert("evidence", {
                "source": source, "status": status, "text": text, "interview_id": interview_id,
                "document_id": document_id, "url": url, "page": page,
                "quote_start": quote_start, "quote_end": quote_end,
                "evaluator_id": evaluator_id or self.store.actor.author})
            self.set_evidence_tags(eid, subareas)
        return eid

    def evidence_tags(self, evidence_id: str) -> list[str]:
        return [r["subarea"] for r in self.store.rows("evidence_tag", "evidence_id = ?", (evidence_id,),
                                                       order_by="subarea")]

    def set_evidence_tags(self, evidence_id: str, subareas: Iterable[str]) -> None:
        wanted = set(subareas)
        for s in wanted:
            self.subarea(s)
        with self.store.transaction():
            existing = {r["subarea"]: r for r in self.store.rows(
                "evidence_tag", "evidence_id = ?", (evidence_id,), include_deleted=True)}
            for s in wanted:
                tid = natural_id(self.store.evaluation_id, "tag", evidence_id, s)
                if s not in existing:
                    self.store.write("evidence_tag", tid, {"evidence_id": evidence_id, "subarea": s})
                elif existing[s]["deleted"]:
                    self.store.restore("evidence_tag", tid)
            for s, r in existing.items():
                if s not in wanted and not r["deleted"]:
                    self.store.delete("evidence_tag", r["id"])

    # ---- texts and lists ---------------------------------------------------------------

    def set_area_text(self, area: str, text: str) -> list[str]:
        return self.store.write("area_text", natural_id(self.store.evaluation_id, "area_text", area),
                                {"area": area, "general_text": text})

    def area_text(self, area: str) -> str:
        row = self.store.get("area_text", natural_id(self.store.evaluation_id, "area_text", area))
        return (self.clean_rows("area_text", [row])[0] if row else {}).get("general_text") or ""

    def set_subarea_text(self, subarea: str, text: str) -> list[str]:
        return self.store.write("subarea_text",
                                natural_id(self.store.evaluation_id, "subarea_text", subarea),
                                {"subarea": subarea, "text": text})

    def subarea_text(self, subarea: str) -> str:
        row = self.store.get("subarea_text", natural_id(self.store.evaluation_id, "subarea_text", subarea))
        return (self.clean_rows("subarea_text", [row])[0] if row else {}).get("text") or ""

    def list_items(self, area: str, kind: str) -> list[dict]:
        rows = self.clean_rows("list_item", self.store.rows("list_item", "area = ? AND kind = ?", (area, kind),
                                                        order_by="position, id"))
        # Two evaluators may add the same point independently; show it once.
        seen, out = set(), []
        for r in rows:
            key = " ".join((r["text"] or "").split()).casefold()
            if key and key in seen:
                continue
            seen.add(key)
            out.append(r)
        return out

    def add_list_item(self, area: str, kind: str, text: str, position: float | None = None,
                      evidence_ids: Iterable[str] = ()) -> str:
        if kind not in LIST_KINDS:
            raise InputError(f"unknown list kind '{kind}'")
        if position is None:
            items = self.list_items(area, kind)
            position = (max((i["position"] or 0) for i in items) + 1.0) if items else 1.0
        return self.store.insert("list_item", {"area": area, "kind": kind, "text": text,
                                               "position": position,
                                               "evidence_ids": list(evidence_ids) or None})

    def move_list_item(self, item_id: str, new_index: int) -> None:
        """Reorder by giving the item a position between its new neighbours (no renumbering,
        so concurrent reorders elsewhere touch other rows)."""
        item = self.store.get("list_item", item_id)
        if item is None:
            return
        others = [i for i in self.list_items(item["area"], item["kind"]) if i["id"] != item_id]
        new_index = max(0, min(new_index, len(others)))
        before = others[new_index - 1]["position"] if new_index > 0 else None
        after = others[new_index]["position"] if new_index < len(others) else None
        if before is None and after is None:
            pos = 1.0
        elif before is None:
            pos = after - 1.0
        elif after is None:
            pos = before + 1.0
        else:
            pos = (before + after) / 2
        self.store.write("list_item", item_id, {"position": pos})

    def add_good_example(self, subarea: str, municipality: str, what: str, why: str = "") -> str:
        self.subarea(subarea)
        return self.store.insert("good_example", {"subarea": subarea, "municipality": municipality,
                                                  "what": what, "why": why})

    def good_examples(self, area: str | None = None) -> list[dict]:
        rows = self.clean_rows("good_example", self.store.rows("good_example", order_by="subarea, municipality"))
        if area is None:
            return rows
        return [r for r in rows if (r["subarea"] or "").split(".")[0] == area]

    # ---- counts for the overview and the report -------------------------------------------

    def interviewed_count(self) -> int:
        rows = self.store.query(
            "SELECT count(DISTINCT lower(trim(p.name))) AS n FROM participant p "
            "JOIN interview i ON i.id = p.interview_id WHERE p.deleted = 0 AND i.deleted = 0")
        return rows[0]["n"]

    # ---- file health ---------------------------------------------------------------------

    def file_intact(self) -> bool:
        """Whether the file passes SQLite's full integrity check (`kompass check`)."""
        return self.store.integrity_ok()

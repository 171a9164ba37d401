"""Scoring as the panel and the overview see it: blind drafts, divergence, evidence, completion.

The rules live here (not in widgets) so the CLI and tests see the same thing the panel shows:
an evaluator sees the other evaluators' drafts for an area only after marking their own
drafts for that area ready (PRODUCT §3.4); an observer who has not claimed an evaluator row
sees no drafts at all, since nothing tells us they are not one of the team.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kompass_desktop.domain import validation
from kompass_desktop.domain.errors import InputError
from kompass_desktop.domain.scoring import (
    ScoreStatus, combined_status, divergence, diverges, format_decimal, score_of)
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.sync import FIELD_LABELS, list_conflicts
from kompass_desktop.storage.store import natural_id


@dataclass(frozen=True)
class DraftCell:
    evaluator_id: str
    name: str
    points: Decimal | None
    visible: bool          # False: hidden by blind scoring (the value is not handed out)
    mine: bool
    entered_by: str = ""   # who typed it, when not the evaluator (on their behalf); "" if hidden


@dataclass(frozen=True)
class SubAreaScoring:
    number: str
    title: str
    max_points: Decimal
    drafts: tuple[DraftCell, ...]
    agreed: Decimal | None
    rationale: str
    spread: dict[str, str]
    points: Decimal | None          # agreed, else mean of all drafts, else None
    status: ScoreStatus
    divergence: Decimal             # spread of the *visible* drafts as a share of max
    diverges: bool
    in_place: int                   # creditable evidence items tagged to the sub-area
    planned: int
    hidden_drafts: int = 0          # others' drafts held back by blind scoring
    invalid: bool = False           # a stored point here breaks its rule: read as not scored

    @property
    def points_hidden(self) -> bool:
        """A preliminary mean that includes hidden drafts would reveal them: hide it too."""
        return self.status is ScoreStatus.PRELIMINARY and self.hidden_drafts > 0

    @property
    def without_evidence(self) -> bool:
        """Scored above zero although nothing creditable (in place) backs it. While blind,
        only my own draft counts, so the flag does not give the others' drafts away."""
        pts = self.points
        if self.points_hidden:
            pts = next((d.points for d in self.drafts if d.mine), None)
        return pts is not None and pts > 0 and self.in_place == 0

    @property
    def visible_drafts(self) -> list[Decimal]:
        return [d.points for d in self.drafts if d.visible and d.points is not None]


@dataclass(frozen=True)
class AreaScoring:
    number: str
    title: str
    max_points: Decimal
    subareas: tuple[SubAreaScoring, ...]
    me: dict | None
    my_ready: bool
    others_ready: dict[str, bool] = field(default_factory=dict)

    @property
    def points(self) -> Decimal:
        # Sum of unrounded sub-area points (PRODUCT §4).
        return sum((s.points for s in self.subareas if s.points is not None), Decimal(0))

    @property
    def status(self) -> ScoreStatus:
        return combined_status(s.status for s in self.subareas)


@dataclass(frozen=True)
class EvidenceItem:
    id: str
    text: str
    status: str            # in_place | planned
    source: str            # interview | document | website
    source_title: str
    nav_kind: str          # where clicking it goes: interview / document / evidence
    nav_key: str
    page: str = ""
    url: str = ""


@dataclass(frozen=True)
class CompletionItem:
    text: str              # Swedish, for the CLI; the workbench words it from `what`
    nav_kind: str
    nav_key: str
    # What the item says, for a UI in any language: ("subarea", number, title),
    # ("scored_without_evidence", number, title), ("divergence", number, title, low, high,
    # max) or ("conflict", kind, label, field, n_values).
    what: tuple = ()


@dataclass(frozen=True)
class Completion:
    subareas: int
    agreed: list[CompletionItem]
    not_agreed: list[CompletionItem]
    without_evidence: list[CompletionItem]
    divergences: list[CompletionItem]
    conflicts: list[CompletionItem]


@dataclass(frozen=True)
class Overview:
    """Everything the overview page shows, read in one go (on a worker when a file opens)."""
    info: dict
    result: Any             # domain.scoring EvaluationResult
    areas: list[AreaScoring]
    hidden: set[str]        # areas whose preliminary points blind scoring hides
    series: list            # services.comparison.SeriesRow
    completion: Completion


class ScoringService:
    """`acting_for`: the evaluator this installation enters drafts for on their behalf (one
    without a laptop), None for its own evaluator. Blind scoring then works as that
    evaluator; each draft written names who typed it (`score_draft.entered_by`, besides the
    author every version in the file's history carries)."""

    def __init__(self, evaluation: Evaluation, acting_for: str | None = None):
        self.ev = evaluation
        self.acting_for = acting_for

    @property
    def store(self):
        return self.ev.store

    # ---- who am I, and am I ready -----------------------------------------------------

    def me(self) -> dict | None:
        """The evaluator whose drafts are entered here: mine, or the one I act for."""
        if self.acting_for:
            for e in self.ev.evaluators():
                if e["id"] == self.acting_for:
                    return e
        return self.ev.my_evaluator()

    def on_behalf(self) -> dict | None:
        """The evaluator drafts are entered for on their behalf, None when for myself."""
        me, own = self.me(), self.ev.my_evaluator()
        if me is None or (own is not None and me["id"] == own["id"]):
            return None
        return me if self.acting_for else None

    def entered_by_name(self, entered_by: str | None) -> str:
        """Who typed a draft entered on someone's behalf (their evaluator name if known)."""
        if not entered_by:
            return ""
        for e in self.ev.evaluators():
            if e["identity_id"] == entered_by:
                return e["name"] or ""
        return entered_by[:8]

    def _ready_id(self, area: str, evaluator_id: str) -> str:
        return natural_id(self.store.evaluation_id, "ready", area, evaluator_id)

    def set_ready(self, area: str, ready: bool = True) -> None:
        me = self.me()
        if me is None:
            raise InputError("choose which evaluator you are before marking an area ready",
                             sv="välj vilken utvärderare du är innan du markerar området som klart")
        self.ev.framework.area(area)
        self.store.write("area_ready", self._ready_id(area, me["id"]),
                         {"area": area, "evaluator_id": me["id"], "ready": bool(ready)})

    # ---- writes the panel makes ----------------------------------------------------------

    def set_my_draft(self, subarea: str, points: Any) -> None:
        """Write my own draft (the evaluator this installation claimed), or, when acting on
        someone's behalf, theirs marked as entered by me."""
        me = self.me()
        if me is None:
            raise InputError("choose which evaluator you are before entering a draft score",
                             sv="välj vilken utvärderare du är innan du anger ett utkast")
        entered_by = self.store.actor.author if self.on_behalf() else None
        with self.store.transaction():
            self.ev.set_draft(subarea, me["id"], points, keep_rationale=True)
            self.store.write("score_draft", natural_id(self.store.evaluation_id, "draft", subarea, me["id"]),
                             {"entered_by": entered_by})

    def set_agreed_points(self, subarea: str, points: Any) -> None:
        self.ev.set_agreed(subarea, points, keep_rationale=True)

    def set_rationale(self, subarea: str, text: str) -> None:
        self.ev.subarea(subarea)
        self.store.write("score_agreed", self.ev.agreed_row_id(subarea),
                         {"subarea": subarea, "rationale": text})

    def rationale(self, subarea: str) -> str:
        row = self.store.get("score_agreed", self.ev.agreed_row_id(subarea))
        return (row or {}).get("rationale") or ""

    def update_list_item(self, item_id: str, text: str) -> None:
        text = text.strip()
        if not text:
            raise InputError("a list item needs a text (remove it instead)",
                             sv="en punkt behöver en text (ta bort den i stället)")
        validation.check_typed("list_item", {"text": text})
        self.store.write("list_item", item_id, {"text": text})

    def set_list_item_evidence(self, item_id: str, evidence_ids: list[str]) -> None:
        """The evidence a strength or improvement cites (PRODUCT §3.4)."""
        known = {r["id"] for r in self.store.rows("evidence")}
        unknown = [e for e in evidence_ids if e not in known]
        if unknown:
            raise InputError(f"unknown evidence item(s): {', '.join(unknown)}",
                             sv="underlaget finns inte längre")
        self.store.write("list_item", item_id, {"evidence_ids": list(evidence_ids) or None})

    def area_evidence(self, area: str) -> list[tuple[str, EvidenceItem]]:
        """(sub-area, item) for every evidence item tagged to a sub-area of the area."""
        out = []
        for sub in self.ev.framework.area(area).subareas:
            out.extend((sub.number, it) for it in self.evidence_for(sub.number))
        return out

    def remove_list_item(self, item_id: str) -> None:
        self.store.delete("list_item", item_id)

    def update_good_example(self, example_id: str, **values: Any) -> None:
        allowed = {"subarea", "municipality", "what", "why"}
        bad = set(values) - allowed
        if bad:
            raise InputError(f"unknown good-example field(s): {', '.join(sorted(bad))}")
        if "subarea" in values:
            self.ev.subarea(values["subarea"])
        validation.check_typed("good_example", values, self.ev.framework)
        self.store.write("good_example", example_id, values)

    def remove_good_example(self, example_id: str) -> None:
        self.store.delete("good_example", example_id)

    # ---- reads -------------------------------------------------------------------------

    def snapshot(self) -> dict:
        """Everything area() needs, read once (the overview asks for all eight areas)."""
        # Read through the evaluation service: a stored point that breaks its rule ('abc',
        # above the max) counts as not scored, and its sub-area is flagged ("invalid").
        drafts_raw = self.ev.draft_rows()
        draft_rows = [r for r in self.ev.clean_rows("score_draft", drafts_raw) if r["points"] is not None]
        drafts: dict[tuple[str, str], Decimal] = {}
        entered: dict[tuple[str, str], str] = {}
        for d in draft_rows:
            drafts[(d["subarea"], d["evaluator_id"])] = Decimal(d["points"])
            if d.get("entered_by"):
                entered[(d["subarea"], d["evaluator_id"])] = d["entered_by"]
        agreed_raw = self.store.rows("score_agreed")
        agreed_rows = self.ev.clean_rows("score_agreed", agreed_raw)
        ready = {(r["area"], r["evaluator_id"])
                 for r in self.ev.clean_rows("area_ready", self.store.rows("area_ready", "ready = 1"))}
        return {"me": self.me(), "evaluators": self.ev.evaluators(), "drafts": drafts,
                "entered": entered,
                "agreed": {r["subarea"]: r for r in agreed_rows},
                "counts": self.ev.evidence_counts(), "ready": ready,
                "invalid": self.ev.invalid_score_subareas(agreed_raw, agreed_rows, drafts_raw,
                                                          draft_rows)}

    def area(self, number: str, snapshot: dict | None = None) -> AreaScoring:
        snap = snapshot or self.snapshot()
        area = self.ev.framework.area(number)
        me = snap["me"]
        my_id = me["id"] if me else None
        evaluators = snap["evaluators"]
        see_others = my_id is not None and (number, my_id) in snap["ready"]
        drafts, agreed, counts = snap["drafts"], snap["agreed"], snap["counts"]
        out = []
        for sub in area.subareas:
            cells = []
            for e in evaluators:
                mine = e["id"] == my_id
                visible = mine or see_others
                pts = drafts.get((sub.number, e["id"]))
                by = self.entered_by_name(snap.get("entered", {}).get((sub.number, e["id"]))) \
                    if visible else ""
                cells.append(DraftCell(e["id"], e["name"] or "", pts if visible else None,
                                       visible, mine, by))
            # Drafts of evaluator rows that are gone still count toward the preliminary mean.
            sub_drafts = [(eid, v) for (sn, eid), v in drafts.items() if sn == sub.number]
            row = agreed.get(sub.number) or {}
            agreed_pts = Decimal(row["points"]) if row.get("points") not in (None, "") else None
            pts, status = score_of(agreed_pts, [v for _, v in sub_drafts])
            visible_vals = [c.points for c in cells if c.visible and c.points is not None]
            try:
                spread = json.loads(row.get("spread") or "{}")
            except ValueError:
                spread = {}
            c = counts.get(sub.number, {})
            hidden = 0 if see_others else sum(1 for eid, _ in sub_drafts if eid != my_id)
            out.append(SubAreaScoring(
                sub.number, sub.title, sub.max_points, tuple(cells), agreed_pts,
                row.get("rationale") or "", spread, pts, status,
                divergence(visible_vals, sub.max_points), diverges(visible_vals, sub.max_points),
                c.get("in_place", 0), c.get("planned", 0), hidden,
                sub.number in snap.get("invalid", ())))
        others_ready = {e["id"]: (number, e["id"]) in snap["ready"] for e in evaluators}
        return AreaScoring(area.number, area.title, area.max_points, tuple(out), me,
                           see_others, others_ready)

    def areas(self, snapshot: dict | None = None) -> list[AreaScoring]:
        """Every area as the panel sees it, from one read of the file."""
        snap = snapshot or self.snapshot()
        return [self.area(a.number, snap) for a in self.ev.framework.areas]

    def hidden_areas(self, areas: list[AreaScoring] | None = None) -> set[str]:
        """Areas whose preliminary points would reveal drafts I may not see yet."""
        return {a.number for a in (self.areas() if areas is None else areas)
                if any(s.points_hidden for s in a.subareas)}

    def overview(self) -> Overview:
        """The overview page's content; no Qt, so it can be read off the UI thread."""
        from kompass_desktop.services import comparison
        views = self.areas()
        return Overview(self.ev.info(), self.ev.result(), views, self.hidden_areas(views),
                        comparison.series_rows(self.ev), self.completion(views))

    def evidence_for(self, subarea: str) -> list[EvidenceItem]:
        rows = self.store.query(
            "SELECT e.*, i.title AS interview_title, d.title AS document_title "
            "FROM evidence_tag t JOIN evidence e ON e.id = t.evidence_id "
            "LEFT JOIN interview i ON i.id = e.interview_id AND i.deleted = 0 "
            "LEFT JOIN document d ON d.id = e.document_id AND d.deleted = 0 "
            "WHERE t.deleted = 0 AND e.deleted = 0 AND t.subarea = ? "
            "ORDER BY e.status, e.source, e.text", (subarea,))
        out = []
        for r in rows:
            if r["source"] == "interview" and r["interview_id"] and r["interview_title"] is not None:
                kind, key, title = "interview", r["interview_id"], r["interview_title"]
            elif r["source"] == "document" and r["document_id"] and r["document_title"] is not None:
                kind, key, title = "document", r["document_id"], r["document_title"]
            else:
                kind, key, title = "evidence", r["id"], r["url"] or ""
            out.append(EvidenceItem(r["id"], r["text"] or "", r["status"] or "in_place",
                                    r["source"] or "", title or "", kind, key,
                                    r["page"] or "", r["url"] or ""))
        return out

    def open_conflicts(self):
        """Open merge conflicts, by the sync service's rules (field, delete and framework)."""
        return list_conflicts(self.store)

    def _conflict_text(self, c) -> str:
        """Which thing and which field, in the words of the workbench (Swedish, like the UI)."""
        what = _TABLE_NAMES.get(c.kind, c.kind)
        field_name = FIELD_LABELS.get(c.field, c.field)
        place = f" {c.label}" if c.label else ""
        return f"{what}{place}: {field_name} ({len(c.choices)} värden)"

    def completion(self, areas: list[AreaScoring] | None = None) -> Completion:
        """What the overview lists: agreed, without evidence, divergences, conflicts.

        Divergences are listed only where the user may see the drafts (blind scoring)."""
        agreed, not_agreed, no_evidence, divergences = [], [], [], []
        n = 0
        for view in (self.areas() if areas is None else areas):
            for s in view.subareas:
                n += 1
                label = f"{s.number} {s.title}"
                item = CompletionItem(label, "subarea", s.number, ("subarea", s.number, s.title))
                (agreed if s.status is ScoreStatus.AGREED else not_agreed).append(item)
                if s.in_place == 0:
                    extra = " ⚠ poängsatt" if s.without_evidence else ""
                    what = ("scored_without_evidence" if s.without_evidence else "subarea",
                            s.number, s.title)
                    no_evidence.append(CompletionItem(label + extra, "subarea", s.number, what))
                if s.diverges:
                    vals = s.visible_drafts
                    low, high, top = (format_decimal(v) for v in (min(vals), max(vals), s.max_points))
                    divergences.append(CompletionItem(f"{label}: {low}–{high} av {top}", "subarea",
                                                      s.number, ("divergence", s.number, s.title,
                                                                 low, high, top)))
        conflicts = [CompletionItem(self._conflict_text(c), "conflict", "",
                                    ("conflict", c.kind, c.label, c.field, len(c.choices)))
                     for c in self.open_conflicts()]
        return Completion(n, agreed, not_agreed, no_evidence, divergences, conflicts)


_TABLE_NAMES = {
    "score_agreed": "Överenskommen poäng", "score_draft": "Utkast", "evidence": "Underlag",
    "evidence_tag": "Koppling av underlag", "interview": "Intervju", "participant": "Deltagare",
    "document": "Dokument", "list_item": "Punkt", "area_text": "Områdestext",
    "subarea_text": "Delområdestext", "good_example": "Gott exempel", "evaluation": "Utvärdering",
    "evaluator": "Utvärderare", "comparison_series": "Jämförelse", "area_ready": "Klarmarkering"}


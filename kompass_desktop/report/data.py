"""Everything a report shows, gathered from the Evaluation service into plain dataclasses.

Gathering runs on the thread that owns the evaluation (the UI thread in the workbench); the
PDF is then built from these values alone, so it can run in a worker thread without touching
the database. Numbers are taken from Evaluation.result() exactly as PRODUCT §4 defines them:
shown points are rounded half up from unrounded points, percent comes from unrounded points,
and area and total points are sums of unrounded sub-area points.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from kompass_desktop.domain.scoring import ScoreStatus, round_half_up

STATUS_MARK = {ScoreStatus.AGREED: "", ScoreStatus.PRELIMINARY: "preliminärt",
               ScoreStatus.UNSCORED: "ej bedömt"}

ORDINALS = {1: "första", 2: "andra", 3: "tredje", 4: "fjärde", 5: "femte", 6: "sjätte",
            7: "sjunde", 8: "åttonde", 9: "nionde", 10: "tionde"}

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")


@dataclass(frozen=True)
class GoodExample:
    municipality: str
    what: str
    why: str = ""


@dataclass(frozen=True)
class SubAreaData:
    number: str
    title: str
    max_points: int | Decimal
    rounded: int | None          # shown points (None: not scored)
    percent: int | None
    status: ScoreStatus
    text: str = ""
    examples: tuple[GoodExample, ...] = ()

    @property
    def mark(self) -> str:
        return STATUS_MARK[self.status]


@dataclass(frozen=True)
class AreaData:
    number: str
    title: str
    max_points: int | Decimal
    rounded: int
    percent: int
    status: ScoreStatus
    general_text: str
    subareas: tuple[SubAreaData, ...]
    strengths: tuple[str, ...] = ()
    improvements: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return self.status is ScoreStatus.AGREED


@dataclass(frozen=True)
class SeriesData:
    label: str
    areas: dict[str, int]        # shown (rounded) points per area number
    total: int                   # the given total if there is one, else the sum of the areas
    total_given: bool
    comparable: bool             # False: another framework revision


@dataclass(frozen=True)
class Evaluator:
    name: str
    organisation: str = ""


@dataclass(frozen=True)
class ReportData:
    municipality: str
    year: int
    title: str
    framework_name: str
    intro_text: str
    evaluators: tuple[Evaluator, ...]
    evaluation_order: int | None
    site_visit_start: str | None
    site_visit_end: str | None
    report_date: str | None
    interviewed: int
    total_rounded: int
    total_max: int | Decimal
    total_percent: int
    total_complete: bool
    areas: tuple[AreaData, ...]
    series: tuple[SeriesData, ...]
    summary_improvements: tuple[str, ...] = ()
    interviewed_roles: tuple[str, ...] = ()
    exported_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))

    # ---- phrases the chapters need --------------------------------------------------

    @property
    def missing(self) -> list[SubAreaData]:
        return [s for a in self.areas for s in a.subareas if s.status is not ScoreStatus.AGREED]

    def when_text(self) -> str | None:
        """'i januari år 2023' from the site-visit dates, or None when none is recorded."""
        start = _parse_date(self.site_visit_start)
        end = _parse_date(self.site_visit_end) or start
        start = start or end
        if start is None:
            return None
        if (start.year, start.month) == (end.year, end.month):
            return f"i {MONTHS[start.month - 1]} år {start.year}"
        if start.year == end.year:
            return f"i {MONTHS[start.month - 1]}–{MONTHS[end.month - 1]} år {start.year}"
        return f"mellan {MONTHS[start.month - 1]} {start.year} och {MONTHS[end.month - 1]} {end.year}"

    def method_text(self) -> str:
        """The summary's sentence on how the evaluation was done (report and Word alike)."""
        method = ("Utvärderarna har läst kommunens styrdokument och gått igenom webbplatsen och "
                  "kommunens kanaler i sociala medier")
        if self.interviewed:
            method += f", och de har intervjuat {self.interviewed} personer i organisationen"
            if self.interviewed_roles:
                roles = list(self.interviewed_roles)
                method += " – " + (roles[0] if len(roles) == 1 else
                                   ", ".join(roles[:-1]) + " och " + roles[-1])
        return method + "."

    def order_text(self) -> str | None:
        if not self.evaluation_order:
            return None
        word = ORDINALS.get(self.evaluation_order, f"{self.evaluation_order}:e")
        return f"kommunens {word} utvärdering"

    def municipality_genitive(self) -> str:
        name = self.municipality
        return name if name.endswith(("s", "x", "z")) else name + "s"

    def cover_date(self) -> str:
        d = _parse_date(self.report_date)
        return d.isoformat() if d else self.exported_at.date().isoformat()


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _shown(d: Decimal) -> int:
    return round_half_up(d)


def gather(ev, exported_at: datetime | None = None) -> ReportData:
    """Read what the report needs from an open Evaluation (services/evaluation.py)."""
    info = ev.info()
    fw = ev.framework
    res = ev.result()

    examples: dict[str, list[GoodExample]] = {}
    for g in ev.good_examples():
        examples.setdefault(g["subarea"] or "", []).append(
            GoodExample(cut(g["municipality"], MAX_TITLE), cut(g["what"], MAX_ITEM),
                        cut(g["why"], MAX_ITEM)))

    areas = []
    for fa, a in zip(fw.areas, res.areas):
        subs = tuple(SubAreaData(s.number, cut(s.title, MAX_TITLE), _num(s.max_points), s.rounded,
                                 s.percent, s.status, cut(ev.subarea_text(s.number)),
                                 tuple(examples.get(s.number, ())))
                     for s in a.subareas)
        general = cut(ev.area_text(a.number) or fa.description or "")
        areas.append(AreaData(
            a.number, cut(a.title, MAX_TITLE), _num(a.max_points), a.rounded, a.percent, a.status,
            general, subs,
            tuple(cut(i["text"], MAX_ITEM) for i in ev.list_items(a.number, "strength")
                  if (i["text"] or "").strip()),
            tuple(cut(i["text"], MAX_ITEM) for i in ev.list_items(a.number, "improvement")
                  if (i["text"] or "").strip())))

    series = []
    for r in res.references:
        area_pts = {k: _shown(v) for k, v in r.areas.items()}
        series.append(SeriesData(cut(r.label, MAX_TITLE), area_pts, _shown(r.total), r.given_total is not None,
                                 r.comparable_with(fw)))

    evaluators = tuple(Evaluator(cut(e["name"], MAX_TITLE), cut(e["organisation"], MAX_TITLE))
                       for e in ev.evaluators())
    summary_items = tuple(cut(i["text"], MAX_ITEM) for i in ev.list_items("", "summary_improvement")
                          if (i["text"] or "").strip())
    return ReportData(
        municipality=cut(info["municipality"], MAX_TITLE), year=int(info["year"] or 0),
        title=cut(info["title"], MAX_TITLE), framework_name=cut(fw.name, MAX_TITLE),
        intro_text=cut(info.get("intro_text") or fw.description or ""),
        interviewed_roles=_roles(ev),
        evaluators=evaluators, evaluation_order=info.get("evaluation_order"),
        site_visit_start=info.get("site_visit_start"), site_visit_end=info.get("site_visit_end"),
        report_date=info.get("report_delivered"), interviewed=ev.interviewed_count(),
        total_rounded=res.rounded, total_max=_num(res.max_points), total_percent=res.percent,
        total_complete=not res.missing_agreed(), areas=tuple(areas), series=tuple(series),
        summary_improvements=summary_items,
        exported_at=exported_at or datetime.now().replace(microsecond=0))


# Texts longer than this are cut at the report-data boundary with a visible note: a 10 MB
# text (typed, pasted or merged in) would otherwise take minutes to lay out.
MAX_TEXT = 20_000
MAX_TITLE = 300
MAX_ITEM = 12_000
CUT_NOTE = "[… texten är avkortad i rapporten: {n} tecken till finns i utvärderingsfilen]"

ROLE_PLURALS = {"förtroendevald": "förtroendevalda", "tjänsteperson": "tjänstepersoner",
                "facklig företrädare": "fackliga företrädare", "chef": "chefer",
                "medarbetare": "medarbetare"}


def cut(text: str | None, limit: int = MAX_TEXT) -> str:
    text = text or ""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ", int(limit * 0.9))
    head = head[:space] if space > 0 else head
    return head.rstrip() + " " + CUT_NOTE.format(n=f"{len(text) - len(head):,}".replace(",", " "))


def _roles(ev) -> tuple[str, ...]:
    """The roles of the people interviewed, in a fixed order, as plural words."""
    interviews = {r["id"] for r in ev.store.rows("interview")}
    seen = {r["role"] for r in ev.store.rows("participant") if r["interview_id"] in interviews}
    return tuple(ROLE_PLURALS[r] for r in ROLE_PLURALS if r in seen)


def _num(d: Decimal) -> int | Decimal:
    return int(d) if d == d.to_integral_value() else d

"""Scores and rounding as the method uses them (PRODUCT §4).

Points are kept with one decimal. Display rounds half up to whole points; percent is
unrounded points / max, rounded half up. Area and total sums add *unrounded* points, so a
shown area may differ from the sum of its shown sub-areas (Östhammar 2017, area 2).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum
from typing import Iterable, Mapping

from kompass_desktop.domain.errors import PointsError
from kompass_desktop.domain.framework import Framework

ONE_DECIMAL = Decimal("0.1")


class ScoreStatus(str, Enum):
    AGREED = "agreed"
    PRELIMINARY = "preliminary"
    UNSCORED = "unscored"


def round_half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent(points: Decimal, max_points: Decimal) -> int:
    if max_points == 0:
        return 0
    return round_half_up(points * 100 / max_points)


def to_points(value: object, max_points: Decimal | None = None) -> Decimal:
    """Parse a point value (number, '12.5' or Swedish '12,5') to one decimal, checking range."""
    if isinstance(value, Decimal):
        d = value
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise PointsError(f"'{value}' is not a number", "not_a_number") from None
    if not d.is_finite():
        raise PointsError(f"'{value}' is not a number", "not_a_number")
    try:
        one = d.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
    except InvalidOperation:  # more digits than a Decimal keeps (1e30): no point value
        raise PointsError(f"'{value}' is not a number of points", "not_a_number") from None
    if d != one:
        raise PointsError(f"{value} has more than one decimal (points are kept with one decimal)",
                          "decimals")
    d = one
    if d < 0:
        raise PointsError(f"{value} is below 0", "negative")
    if max_points is not None and d > max_points:
        raise PointsError(f"{value} is above the maximum {format_points(max_points)}", "above_max")
    return d


def mean_points(values: Iterable[Decimal]) -> Decimal | None:
    vals = list(values)
    if not vals:
        return None
    # The preliminary score is kept with one decimal like any other score.
    return (sum(vals, Decimal(0)) / len(vals)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def format_points(d: Decimal | None) -> str:
    """Shown points: whole points rounded half up; "–" where nothing is scored."""
    if d is None:
        return "–"
    return str(round_half_up(d))


def format_decimal(d: Decimal | int) -> str:
    """A one-decimal value as a Swedish reader writes it: "12,5", or "12" when whole."""
    text = format(Decimal(d).quantize(ONE_DECIMAL), "f")
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",")


def combined_status(statuses: Iterable[ScoreStatus]) -> ScoreStatus:
    """An area's status from its sub-areas': agreed only when all are, unscored only when
    none is scored, preliminary otherwise."""
    found = set(statuses)
    if found == {ScoreStatus.AGREED}:
        return ScoreStatus.AGREED
    if found == {ScoreStatus.UNSCORED}:
        return ScoreStatus.UNSCORED
    return ScoreStatus.PRELIMINARY


@dataclass(frozen=True)
class SubAreaResult:
    number: str
    title: str
    max_points: Decimal
    points: Decimal | None
    status: ScoreStatus

    @property
    def rounded(self) -> int | None:
        return None if self.points is None else round_half_up(self.points)

    @property
    def percent(self) -> int | None:
        return None if self.points is None else percent(self.points, self.max_points)


@dataclass(frozen=True)
class AreaResult:
    number: str
    title: str
    max_points: Decimal
    subareas: tuple[SubAreaResult, ...]

    @property
    def points(self) -> Decimal:
        return sum((s.points for s in self.subareas if s.points is not None), Decimal(0))

    @property
    def rounded(self) -> int:
        return round_half_up(self.points)

    @property
    def percent(self) -> int:
        return percent(self.points, self.max_points)

    @property
    def status(self) -> ScoreStatus:
        return combined_status(s.status for s in self.subareas)

    @property
    def complete(self) -> bool:
        return all(s.status is ScoreStatus.AGREED for s in self.subareas)


@dataclass(frozen=True)
class ComparisonSeries:
    """Per-area points of another evaluation; a given total is shown as given."""
    label: str
    areas: Mapping[str, Decimal]
    given_total: Decimal | None = None
    framework_id: str | None = None

    @property
    def total(self) -> Decimal:
        if self.given_total is not None:
            return self.given_total
        return sum(self.areas.values(), Decimal(0))

    def comparable_with(self, framework: Framework) -> bool:
        return self.framework_id in (None, framework.id)


@dataclass(frozen=True)
class EvaluationResult:
    framework: Framework
    areas: tuple[AreaResult, ...]
    references: tuple[ComparisonSeries, ...] = field(default_factory=tuple)

    @property
    def points(self) -> Decimal:
        # Sum of all unrounded sub-area points, not of the rounded area points.
        return sum((s.points for a in self.areas for s in a.subareas if s.points is not None),
                   Decimal(0))

    @property
    def rounded(self) -> int:
        return round_half_up(self.points)

    @property
    def max_points(self) -> Decimal:
        return self.framework.max_points

    @property
    def percent(self) -> int:
        return percent(self.points, self.max_points)

    def subareas(self) -> list[SubAreaResult]:
        return [s for a in self.areas for s in a.subareas]

    def area(self, number: str) -> AreaResult:
        return next(a for a in self.areas if a.number == number)

    def missing_agreed(self) -> list[SubAreaResult]:
        return [s for s in self.subareas() if s.status is not ScoreStatus.AGREED]


def score_of(agreed: Decimal | None, drafts: Iterable[Decimal]) -> tuple[Decimal | None, ScoreStatus]:
    if agreed is not None:
        return agreed, ScoreStatus.AGREED
    mean = mean_points(drafts)
    if mean is not None:
        return mean, ScoreStatus.PRELIMINARY
    return None, ScoreStatus.UNSCORED


def evaluate(framework: Framework,
             agreed: Mapping[str, Decimal],
             drafts: Mapping[str, Iterable[Decimal]] | None = None,
             references: Iterable[ComparisonSeries] = ()) -> EvaluationResult:
    """The result of an evaluation: agreed scores, else mean of drafts, else unscored."""
    drafts = drafts or {}
    areas = []
    for area in framework.areas:
        subs = []
        for sub in area.subareas:
            pts, status = score_of(agreed.get(sub.number), drafts.get(sub.number, ()))
            subs.append(SubAreaResult(sub.number, sub.title, sub.max_points, pts, status))
        areas.append(AreaResult(area.number, area.title, area.max_points, tuple(subs)))
    return EvaluationResult(framework, tuple(areas), tuple(references))


def divergence(drafts: Iterable[Decimal], max_points: Decimal) -> Decimal:
    """Spread of the evaluators' drafts as a share of the sub-area's max (0..1)."""
    vals = list(drafts)
    if len(vals) < 2 or max_points == 0:
        return Decimal(0)
    return (max(vals) - min(vals)) / max_points


# Above this share of a sub-area's max, drafts are highlighted as diverging: 15 % is three
# points on a 20-point sub-area, about the step between two adjacent judgements in the method.
DIVERGENCE_THRESHOLD = Decimal("0.15")


def diverges(drafts: Iterable[Decimal], max_points: Decimal) -> bool:
    return divergence(drafts, max_points) > DIVERGENCE_THRESHOLD

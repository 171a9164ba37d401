"""PRODUCT §4: one decimal, half-up display, sums from unrounded points."""
from decimal import Decimal as D

import pytest

from kompass_desktop.domain.errors import InputError
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.domain.scoring import (
    ComparisonSeries, ScoreStatus, diverges, evaluate, mean_points, percent, round_half_up,
    to_points)


def test_half_up_not_bankers():
    assert [round_half_up(D(x)) for x in ("10.5", "11.5", "12.4", "0.5", "2.5")] == [11, 12, 12, 1, 3]


def test_osthammar_area_2_from_the_issue():
    fw = resolve_framework("kommunkompassen-2015")
    agreed = dict(zip(["2.1", "2.2", "2.3", "2.4", "2.5"], map(D, ["10.5", "15.5", "12.4", "10.8", "13.0"])))
    area = evaluate(fw, agreed).area("2")
    assert [s.rounded for s in area.subareas] == [11, 16, 12, 11, 13]
    assert [s.percent for s in area.subareas] == [70, 62, 62, 54, 65]
    # The shown area differs from the sum of the shown sub-areas (63): sums use unrounded points.
    assert area.rounded == 62
    assert area.points == D("62.2")


def test_status_agreed_preliminary_unscored():
    fw = resolve_framework("kommunkompassen-2019")
    res = evaluate(fw, {"1.1": D("12.0")}, {"1.1": [D(5)], "1.2": [D("7.5"), D("8.0")]})
    s = {x.number: x for x in res.subareas()}
    assert (s["1.1"].points, s["1.1"].status) == (D("12.0"), ScoreStatus.AGREED)
    # mean of 7.5 and 8.0 is 7.75, kept with one decimal half up: 7.8
    assert (s["1.2"].points, s["1.2"].status) == (D("7.8"), ScoreStatus.PRELIMINARY)
    assert (s["1.3"].points, s["1.3"].status) == (None, ScoreStatus.UNSCORED)
    assert res.area("1").status is ScoreStatus.PRELIMINARY
    assert res.area("2").status is ScoreStatus.UNSCORED
    assert res.points == D("19.8") and res.rounded == 20
    assert len(res.missing_agreed()) == 35


def test_given_total_is_shown_as_given():
    s = ComparisonSeries("Snitt", {"1": D(54), "2": D(60)}, given_total=D(115))
    assert s.total == D(115)
    assert ComparisonSeries("Snitt", {"1": D(54), "2": D(60)}).total == D(114)


@pytest.mark.parametrize("text,expected", [("12,5", D("12.5")), ("12.5", D("12.5")), ("7", D("7.0")), (" 3,0 ", D("3.0"))])
def test_points_parse_swedish_and_english(text, expected):
    assert to_points(text, D(20)) == expected


@pytest.mark.parametrize("text,msg", [("21", "above the maximum 20"), ("-1", "below 0"), ("abc", "not a number"),
                                      ("1.25", "more than one decimal"), ("nan", "not a number")])
def test_points_rejected(text, msg):
    with pytest.raises(InputError, match=msg):
        to_points(text, D(20))


def test_percent_uses_unrounded_points():
    assert percent(D("10.8"), D(20)) == 54
    assert percent(D("16.75"), D(25)) == 67


def test_mean_and_divergence():
    assert mean_points([D("10"), D("11")]) == D("10.5")
    assert mean_points([]) is None
    assert diverges([D(10), D(14)], D(20))      # 4/20 = 20 %
    assert not diverges([D(10), D(13)], D(20))  # 15 % is not above the threshold

"""Point entry and display for the widgets, with the method's rules from domain.scoring.

Entry: one decimal, Swedish comma accepted, 0..max. Display: half-up whole points; preliminary
(mean of drafts) marked "prel." and set in italics; unscored shown as "–" (PRODUCT §4).
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kompass_desktop.domain.errors import InputError, PointsError
from kompass_desktop.domain.scoring import (
    ScoreStatus, format_decimal, percent, round_half_up, to_points)

translate = QCoreApplication.translate



def fmt_decimal(d: Decimal | None) -> str:
    """A stored one-decimal value as typed: 12,5 or 12."""
    return "" if d is None else format_decimal(d)


def fmt_percent(d: Decimal | None, max_points: Decimal) -> str:
    return "" if d is None else f"{percent(d, max_points)} %"


def fmt_result(d: Decimal | None, status: ScoreStatus) -> str:
    if status is ScoreStatus.UNSCORED or d is None:
        return "–"
    if status is ScoreStatus.PRELIMINARY:
        return f"{round_half_up(d)} " + translate("points", "prel.")
    return str(round_half_up(d))


def parse_points(text: str, max_points: Decimal) -> Decimal | None:
    """The typed value, or None for an empty cell; a Swedish one-line message otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        d = to_points(text)
    except PointsError as e:
        if e.reason == "decimals":
            raise InputError(translate(
                    "points", "Poäng anges med högst en decimal (t.ex. 12,5), inte \"{0}\".")
                             .format(text)) from None
        if e.reason == "negative":
            raise InputError(translate(
                    "points", "Poängen kan inte vara negativ (\"{0}\").").format(text)) from None
        raise InputError(translate("points", "\"{0}\" är inte ett tal; skriv poäng som 12 eller 12,5.")
                         .format(text)) from None
    if d > max_points:
        raise InputError(translate("points", "{0} är mer än maxpoängen {1}.")
                         .format(fmt_decimal(d), fmt_decimal(max_points)))
    return d

"""Comparison series: typed in, taken from another evaluation file, or the mean of several.

A series keeps the id of the framework revision its points come from; the overview flags a
series from another revision as not directly comparable (ComparisonSeries.comparable_with).
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Iterable

from kompass_desktop.domain import validation
from kompass_desktop.domain.errors import InputError, KompassError
from kompass_desktop.domain.scoring import ONE_DECIMAL, ComparisonSeries, mean_points, to_points
from kompass_desktop.services.evaluation import Evaluation, clean_reference_areas, reference_areas


@dataclass(frozen=True)
class SeriesRow:
    """A stored series as the overview edits it."""
    id: str
    label: str
    areas: dict[str, Decimal]
    given_total: Decimal | None
    framework_id: str | None
    source: str

    @property
    def series(self) -> ComparisonSeries:
        return ComparisonSeries(self.label, self.areas, self.given_total, self.framework_id)


@dataclass(frozen=True)
class FileSeries:
    """Per-area points and total read from another evaluation file."""
    path: Path
    label: str
    framework_id: str
    areas: dict[str, Decimal]
    total: Decimal


@dataclass(frozen=True)
class AverageResult:
    series: ComparisonSeries
    used: list[FileSeries]
    skipped: list[tuple[Path, str]]   # files left out, with the reason


def series_rows(ev: Evaluation) -> list[SeriesRow]:
    out = []
    for r in ev.references():
        try:
            areas = reference_areas(r)
        except (ValueError, ArithmeticError):
            areas = {}
        total = None if r["total"] in (None, "") else Decimal(r["total"])
        out.append(SeriesRow(r["id"], r["label"] or "", areas, total, r["framework_id"],
                             r["source"] or "typed"))
    return out


def _filled(areas: dict[str, Any]) -> dict[str, Any]:
    """Areas left empty in the form have no points in the series."""
    return {k: v for k, v in areas.items() if v not in (None, "")}


def add_series(ev: Evaluation, label: str, areas: dict[str, Any], total: Any = None,
               framework_id: str | None = None, source: str = "typed") -> str:
    """Checks everything before writing (add_reference): a bad value leaves the file unchanged."""
    return ev.add_reference(label, _filled(areas), total, framework_id, source)


def update_series(ev: Evaluation, series_id: str, label: str, areas: dict[str, Any],
                  total: Any = None) -> None:
    label = label.strip()
    if not label:
        raise InputError("a comparison series needs a label",
                         sv="en jämförelse behöver en benämning")
    validation.check_typed("comparison_series", {"label": label})
    clean = clean_reference_areas(ev.framework, _filled(areas))
    tot = None if total in (None, "") else to_points(total, ev.framework.max_points)
    ev.store.write("comparison_series", series_id,
                   {"label": label, "areas_json": clean, "total": tot})


def remove_series(ev: Evaluation, series_id: str) -> None:
    ev.store.delete("comparison_series", series_id)


def read_file_series(path: str | Path) -> FileSeries:
    """Per-area points (agreed, else preliminary) and total of another evaluation file."""
    path = Path(path)
    # Read a private copy: the other file (perhaps a colleague's, perhaps read-only) is
    # never written to, not even the author row an open registers.
    with tempfile.TemporaryDirectory(prefix="kompass-read-") as tmp:
        copy = Path(tmp) / "copy.kompass"
        try:
            shutil.copyfile(path, copy)
            for side in ("-wal",):
                if Path(str(path) + side).exists():
                    shutil.copyfile(str(path) + side, str(copy) + side)
        except OSError as e:
            raise InputError(f"{path.name} cannot be read ({e.strerror or e})",
                             sv=f"{path.name} går inte att läsa ({e.strerror or e})") from None
        try:
            other = Evaluation.open(copy)
        except KompassError as e:
            raise InputError(f"{path.name}: {e}", sv=f"{path.name}: {e.text()}") from None
        except Exception as e:  # an unreadable file is bad input, not a crash
            raise InputError(f"{path.name} cannot be read as an evaluation ({e})") from None
        try:
            info = other.info()
            res = other.result()
            areas = {a.number: a.points for a in res.areas}
            label = f"{info['municipality']} {info['year']}"
            return FileSeries(path, label, other.framework.id, areas, res.points)
        finally:
            other.close()


def add_series_from_file(ev: Evaluation, path: str | Path, label: str | None = None) -> str:
    fs = read_file_series(path)
    if fs.framework_id != ev.framework.id:
        # Areas of another revision may not even share numbers: keep what matches, flag it.
        known = {a.number for a in ev.framework.areas}
        areas = {k: v for k, v in fs.areas.items() if k in known}
    else:
        areas = fs.areas
    return ev.add_reference(label or fs.label, {k: str(v) for k, v in areas.items()},
                            str(fs.total.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)),
                            fs.framework_id, source="file")


def average_of_files(paths: Iterable[str | Path], framework_id: str, label: str = "") -> AverageResult:
    """Mean per-area points and mean total of the files evaluated with `framework_id`;
    files from another revision, or unreadable ones, are left out and named."""
    used: list[FileSeries] = []
    skipped: list[tuple[Path, str]] = []
    for p in paths:
        p = Path(p)
        try:
            fs = read_file_series(p)
        except KompassError as e:
            skipped.append((p, str(e)))
            continue
        if fs.framework_id != framework_id:
            skipped.append((p, f"annan ramverksrevision ({fs.framework_id})"))
            continue
        used.append(fs)
    if not used:
        raise InputError("none of the chosen files was evaluated with framework "
                         f"{framework_id}, so there is no average to compute",
                         sv=f"ingen av de valda filerna är bedömd med ramverket {framework_id}, "
                            "så det finns inget medelvärde att räkna fram")
    numbers = sorted({k for fs in used for k in fs.areas}, key=lambda k: int(k))
    areas = {}
    for k in numbers:
        vals = [fs.areas[k] for fs in used if k in fs.areas]
        areas[k] = mean_points(vals)
    total = mean_points(fs.total for fs in used)
    label = label or f"Medel av {len(used)} utvärderingar"
    return AverageResult(ComparisonSeries(label, areas, total, framework_id), used, skipped)


def add_average_series(ev: Evaluation, paths: Iterable[str | Path], label: str = "") -> AverageResult:
    avg = average_of_files(paths, ev.framework.id, label)
    ev.add_reference(avg.series.label, {k: str(v) for k, v in avg.series.areas.items()},
                     str(avg.series.given_total), ev.framework.id, source="average")
    return avg

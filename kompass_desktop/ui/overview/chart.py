"""Per-area bars of the evaluation against every comparison series.

QtCharts (PySide6-Addons) draws it; if that module is missing in a stripped install, a small
QPainter chart shows the same bars so the overview still works.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

try:
    from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                                  QValueAxis)
    HAVE_CHARTS = True
except ImportError:  # PySide6-Addons is a dependency, but a stripped bundle may lack it
    HAVE_CHARTS = False

COLORS = ["#1f5fa8", "#e08a1e", "#5a9e4b", "#8e5ba6", "#c0504d", "#4bacc6", "#7f7f7f"]


@dataclass(frozen=True)
class ChartSeries:
    label: str
    values: dict[str, float]   # area number -> points (missing: no bar)


def _max_value(area_max: float, series: list[ChartSeries]) -> float:
    top = max([area_max] + [v for s in series for v in s.values.values()])
    return float(top)


if HAVE_CHARTS:
    class ChartsBarChart(QChartView):
        def __init__(self, parent=None):
            self._chart = QChart()
            super().__init__(self._chart, parent)
            self.setRenderHint(QPainter.Antialiasing)
            self._chart.legend().setAlignment(Qt.AlignBottom)
            self._chart.setMargins(QMargins(4, 4, 4, 4))
            self._chart.setBackgroundRoundness(0)
            self.setMinimumHeight(220)
            self.setAccessibleName(QCoreApplication.translate("BarChart", "Poäng per område"))
            self.bar_sets: list[QBarSet] = []

        def set_data(self, areas: list[str], area_max: float, series: list[ChartSeries]) -> None:
            chart = self._chart
            chart.removeAllSeries()
            for ax in list(chart.axes()):
                chart.removeAxis(ax)
            bars = QBarSeries()
            self.bar_sets = []
            for i, s in enumerate(series):
                bs = QBarSet(s.label)
                bs.setColor(QColor(COLORS[i % len(COLORS)]))
                bs.setBorderColor(QColor(COLORS[i % len(COLORS)]))
                for a in areas:
                    bs.append(float(s.values.get(a, 0.0)))
                bars.append(bs)
                self.bar_sets.append(bs)
            chart.addSeries(bars)
            x = QBarCategoryAxis()
            x.append(areas)
            x.setTitleText(QCoreApplication.translate("BarChart", "Område"))
            chart.addAxis(x, Qt.AlignBottom)
            bars.attachAxis(x)
            y = QValueAxis()
            y.setRange(0, _max_value(area_max, series))
            y.setLabelFormat("%d")
            y.setTickCount(6)
            y.setTitleText(QCoreApplication.translate("BarChart", "Poäng"))
            chart.addAxis(y, Qt.AlignLeft)
            bars.attachAxis(y)
            chart.legend().setVisible(True)


class PainterBarChart(QWidget):
    """The same bars drawn by hand, for an install without QtCharts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._data: tuple[list[str], float, list[ChartSeries]] = ([], 100.0, [])

    def set_data(self, areas, area_max, series) -> None:
        self._data = (areas, area_max, series)
        self.update()

    def paintEvent(self, event) -> None:
        areas, area_max, series = self._data
        if not areas:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        fm = p.fontMetrics()
        legend_h = fm.height() + 8
        left, bottom = fm.horizontalAdvance("100") + 10, fm.height() + 8 + legend_h
        plot = QRectF(left, 6, self.width() - left - 6, self.height() - bottom - 6)
        top = _max_value(area_max, series)
        p.setPen(QPen(QColor("#999")))
        for t in range(0, 6):
            y = plot.bottom() - plot.height() * t / 5
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.drawText(0, int(y + fm.ascent() / 2), str(int(top * t / 5)))
        group = plot.width() / len(areas)
        bw = group * 0.8 / max(1, len(series))
        for ai, a in enumerate(areas):
            for si, s in enumerate(series):
                v = s.values.get(a)
                if v is None:
                    continue
                h = plot.height() * v / top
                x = plot.left() + ai * group + group * 0.1 + si * bw
                p.fillRect(QRectF(x, plot.bottom() - h, bw - 1, h), QColor(COLORS[si % len(COLORS)]))
            p.setPen(Qt.black)
            p.drawText(QRectF(plot.left() + ai * group, plot.bottom() + 2, group, fm.height()),
                       Qt.AlignCenter, a)
        x = plot.left()
        y = self.height() - legend_h + 4
        for si, s in enumerate(series):
            p.fillRect(QRectF(x, y + 2, 12, 12), QColor(COLORS[si % len(COLORS)]))
            p.drawText(int(x + 16), int(y + fm.ascent()), s.label)
            x += 16 + fm.horizontalAdvance(s.label) + 16
        p.end()


BarChart = ChartsBarChart if HAVE_CHARTS else PainterBarChart

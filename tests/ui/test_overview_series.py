"""Comparison series from the overview: typed in a dialog, from a file, average of files."""
from PySide6.QtWidgets import QDialog

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.ui.overview.view import OverviewView, SeriesDialog
from kompass_desktop.ui.session import EvaluationSession


def test_series_dialog_validates_and_overview_shows_series(qtbot, demo_copy, tmp_path):
    ev = Evaluation.open(demo_copy)
    session = EvaluationSession(ev)
    view = OverviewView(session)
    qtbot.addWidget(view)
    view.show()
    n0 = view.series.rowCount()

    dlg = SeriesDialog(ev.framework)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.label, "Nynashamn 2019")
    qtbot.keyClicks(dlg.area_edits["1"], "120")
    dlg._accept()
    assert "Område 1: 120 är mer än maxpoängen 100" in dlg.error.text()
    dlg.area_edits["1"].setText("48,5")
    dlg.area_edits["2"].setText("51")
    dlg._accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    label, areas, total = dlg.values()
    from kompass_desktop.services import comparison
    session.edit("ny", lambda: comparison.add_series(ev, label, areas, total))
    assert view.series.rowCount() == n0 + 1
    row = view.series.rowCount() - 1
    assert view.series.index(row, 0).data() == "Nynashamn 2019"
    assert view.series.index(row, 2).data() == "49"          # 48,5 shown half up
    assert view.series.index(row, 10).data() == "100 Σ"      # no given total: the sum
    assert [s.label() for s in view.chart.bar_sets][-1] == "Nynashamn 2019"

    # A file of another revision comes in flagged as not comparable.
    old = tmp_path / "old.kompass"
    o = Evaluation.create(old, resolve_framework("kommunkompassen-2015"), "Nynäshamn", 2015)
    o.set_agreed("1.1", 10)
    o.close()
    view.add_from_path(str(old))
    last = view.series.rowCount() - 1
    assert view.series.index(last, 0).data() == "Nynäshamn 2015  (ej jämförbar)"
    assert "ej jämförbar" in view.chart.bar_sets[-1].label()

    # The average of several files: non-comparable ones are left out and named.
    view.add_average_from_paths([str(demo_copy.parent / "demo.kompass"), str(old)], "Medel")
    assert "Utelämnade" in view.series_message.text() and "old.kompass" in view.series_message.text()
    assert view.series.index(view.series.rowCount() - 1, 0).data() == "Medel"
    assert view.series.index(view.series.rowCount() - 1, 10).data() == "455"
    session.close()


def test_hidden_page_catches_up_when_shown(qtbot, demo_copy):
    ev = Evaluation.open(demo_copy)
    session = EvaluationSession(ev)
    view = OverviewView(session)
    qtbot.addWidget(view)
    session.edit("ändra", lambda: ev.set_agreed("7.1", 0))   # while the page is hidden
    assert "<b>455</b>" in view.total.text()                 # not refreshed yet
    view.show()
    qtbot.waitExposed(view)
    # 7.1 was agreed 12: the total drops by exactly that much.
    assert "<b>443</b> av 800" in view.total.text()
    session.close()


def test_painter_fallback_chart_draws_the_bars(qtbot):
    from PySide6.QtGui import QColor

    from kompass_desktop.ui.overview.chart import COLORS, ChartSeries, PainterBarChart
    chart = PainterBarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_data(["1", "2"], 100.0, [ChartSeries("Nu", {"1": 80, "2": 40}),
                                       ChartSeries("Förr", {"1": 20})])
    img = chart.grab().toImage()
    colors = {img.pixelColor(x, y).name() for x in range(0, 500, 3) for y in range(0, 300, 3)}
    assert QColor(COLORS[0]).name() in colors and QColor(COLORS[1]).name() in colors

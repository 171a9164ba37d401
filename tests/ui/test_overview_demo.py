"""The demo evaluation in the overview and all eight scoring panels: the seed's scores."""
from PySide6.QtCore import Qt

from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.ui.overview.view import OverviewView
from kompass_desktop.ui.scoring.panel import ScoringPanel
from kompass_desktop.ui.session import EvaluationSession

# Nynäshamn 2023 as published (seed report): per-area points and the total.
SEED_AREAS = {"1": 54, "2": 60, "3": 49, "4": 53, "5": 59, "6": 48, "7": 71, "8": 61}
SEED_TOTAL = 455


def test_overview_shows_the_seed_scores(qtbot, demo_copy):
    session = EvaluationSession(Evaluation.open(demo_copy))
    view = OverviewView(session)
    qtbot.addWidget(view)
    assert "<b>455</b> av 800 poäng (57 %)" in view.total.text()
    assert "prel." not in view.total.text()
    shown = {view.areas.index(r, 0).data().split()[0]: view.areas.index(r, 1).data()
             for r in range(view.areas.rowCount())}
    assert shown == {k: str(v) for k, v in SEED_AREAS.items()}
    # The chart has the evaluation and every comparison series, one bar per area.
    labels = [s.label() for s in view.chart.bar_sets]
    assert labels[0] == "Nynäshamn 2023"
    assert len(labels) == 1 + len(session.evaluation.references())
    assert [view.chart.bar_sets[0].at(i) for i in range(8)] == \
        [float(session.evaluation.result().area(k).points) for k in SEED_AREAS]
    # Every sub-area is agreed in the demo.
    assert "36 av 36" in view.completion_labels["agreed"].text()
    session.close()


def test_all_eight_panels_show_the_seed_scores(qtbot, demo_copy):
    session = EvaluationSession(Evaluation.open(demo_copy))
    res = session.evaluation.result()
    for area, points in SEED_AREAS.items():
        panel = ScoringPanel(session, area)
        qtbot.addWidget(panel)
        assert f"<b>{points}</b> av 100" in panel.area_score.text(), area
        assert "prel." not in panel.area_score.text()
        assert f"<b>{SEED_TOTAL}</b> av 800" in panel.total_score.text()
        # Each row shows the agreed sub-area score, rounded half up, not preliminary.
        for row, sub in enumerate(res.area(area).subareas):
            assert panel.model.index(row, 0).data().startswith(sub.number)
            assert panel.model.index(row, panel.model.col_points).data() == str(sub.rounded)
            assert not panel.model.index(row, panel.model.col_points).data(Qt.FontRole).italic()
        panel.deleteLater()
    session.close()


def test_completion_item_navigates(qtbot, demo_copy):
    ev = Evaluation.open(demo_copy)
    session = EvaluationSession(ev)
    session.edit("utkast bort", lambda: ev.set_agreed("3.2", None))
    view = OverviewView(session)
    qtbot.addWidget(view)
    model = view.completion_models["agreed"]
    first = model.index(0)
    assert first.data().startswith("○ 3.2")
    with qtbot.waitSignal(view.navigate) as sig:
        view.completion_views["agreed"].clicked.emit(first)
    assert sig.args == ["subarea", "3.2"]
    # The area table opens the area's panel.
    with qtbot.waitSignal(view.navigate) as sig:
        view.area_view.doubleClicked.emit(view.areas.index(2, 0))
    assert sig.args == ["area", "3"]
    # Area 3 is now preliminary: mean of the drafts for 3.2, in italics with "prel.".
    assert view.areas.index(2, 1).data().endswith("prel.")
    assert "prel." in view.total.text()
    session.close()


def test_the_window_opens_on_the_overview_read_off_the_ui_thread(qtbot, window, demo_copy,
                                                                monkeypatch):
    """Opening shows the overview with the seed's scores, and its content was read on the
    worker that opened the file: reading it on the UI thread froze the window (issue 13 §12)."""
    import threading

    from kompass_desktop.services.scoring import ScoringService
    readers = []
    original = ScoringService.overview

    def overview(self):
        readers.append(threading.current_thread() is threading.main_thread())
        return original(self)
    monkeypatch.setattr(ScoringService, "overview", overview)
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.open_file(str(demo_copy))
    page = window.pages["overview"]
    assert "<b>455</b> av 800 poäng (57 %)" in page.total.text()
    assert "36 av 36" in page.completion_labels["agreed"].text()
    assert readers == [False]  # read once, on the worker
    # Later refreshes (after an edit) read it again, now on the UI thread.
    ev = window.session.evaluation
    ev.set_agreed("1.1", "0")
    window.session.changed.emit({"score_agreed"})
    assert ev.result().rounded < 455
    assert f"<b>{ev.result().rounded}</b> av 800" in page.total.text()
    assert readers == [False, True]

"""Refresh cost of the scoring panel and the overview on the large evaluation.

Every edit refreshes the visible page, so this is the UI-thread work an edit costs
(PRODUCT §7: no stall over 100 ms). Run: pytest tests/benchmarks --benchmark-enable
"""
import pytest

from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.sample import write_large_evaluation


@pytest.fixture(scope="module")
def large_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "large.kompass"
    ev = write_large_evaluation(path)
    if hasattr(ev, "close"):
        ev.close()
    return path


@pytest.fixture
def session(large_file, qapp):
    from kompass_desktop.ui.session import EvaluationSession
    s = EvaluationSession(Evaluation.open(large_file))
    yield s
    s.close()


def test_panel_refresh_large(benchmark, session, qtbot):
    from kompass_desktop.ui.scoring.panel import ScoringPanel
    panel = ScoringPanel(session, "3")
    qtbot.addWidget(panel)
    benchmark(panel.refresh)


def test_overview_refresh_large(benchmark, session, qtbot):
    from kompass_desktop.ui.overview.view import OverviewView
    view = OverviewView(session)
    qtbot.addWidget(view)
    benchmark(view.refresh)

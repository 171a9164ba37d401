"""The report page: export in a worker with progress, open the PDF, refuse a final version
with the missing sub-areas listed, cancel without leaving a file."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from kompass_desktop.ui.report_view import ReportView  # noqa: E402
from kompass_desktop.ui.session import EvaluationSession  # noqa: E402
from report_sample import build_sample  # noqa: E402


@pytest.fixture
def view(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("kompass_desktop.ui.report_view.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    ev = build_sample(tmp_path / "e.kompass", series=True)
    session = EvaluationSession(ev)
    w = ReportView(session)
    qtbot.addWidget(w)
    w.opened = opened
    yield w
    qtbot.waitUntil(lambda: not w.busy, timeout=20000)
    session.close()


def test_export_runs_in_worker_and_opens_the_pdf(view, qtbot, tmp_path):
    out = tmp_path / "rapport.pdf"
    seen = []
    view.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(view.exported, timeout=20000) as sig:
        assert view.export_to(out)
        assert view.busy and not view.export_button.isEnabled() and view.cancel_button.isEnabled()
    assert sig.args == [str(out)]
    assert out.read_bytes().startswith(b"%PDF")
    assert view.opened == [str(out)]
    assert view.progress.value() == 1000 and len(seen) > 2
    assert view.export_button.isEnabled() and not view.cancel_button.isEnabled()


def test_final_refused_lists_missing_subareas(view, qtbot, tmp_path):
    ev = view.session.evaluation
    view.session.edit("ta bort poäng", lambda: ev.set_agreed("2.3", None))
    assert view.missing_list.count() == 1
    assert view.missing_list.item(0).text().startswith("2.3 Ekologisk hållbarhet")
    view.final_radio.setChecked(True)
    with qtbot.waitSignal(view.export_failed, timeout=5000):
        assert not view.export_to(tmp_path / "final.pdf")
    assert "Slutversionen kan inte skapas" in view.status.text()
    assert not (tmp_path / "final.pdf").exists() and not view.busy
    # agreeing on the score makes the final version possible
    view.session.edit("poäng", lambda: ev.set_agreed("2.3", "19.4"))
    assert view.missing_list.count() == 0
    with qtbot.waitSignal(view.exported, timeout=20000):
        assert view.export_to(tmp_path / "final.pdf")


def test_slides_and_cancel(view, qtbot, tmp_path, monkeypatch):
    view.slides_radio.setChecked(True)
    assert "bildspel" in view.suggested_name()
    out = tmp_path / "slides.pdf"
    with qtbot.waitSignal(view.exported, timeout=20000):
        view.export_to(out)
    assert out.exists()

    view.full_radio.setChecked(True)
    from kompass_desktop.services import report as report_service
    real = report_service.render_export

    def held(job, progress=None, cancel=None):
        # Hold the worker until the user has pressed Cancel, then lay out as usual.
        import time
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(job, progress, cancel)

    monkeypatch.setattr(report_service, "render_export", held)
    target = tmp_path / "cancelled.pdf"
    assert view.export_to(target)
    qtbot.mouseClick(view.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not view.busy, timeout=20000)
    assert "avbröts" in view.status.text()
    assert not target.exists() and not list(Path(tmp_path).glob("*.part"))
    assert view.export_button.isEnabled()

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
    monkeypatch.setenv("KOMPASS_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("kompass_desktop.ui.report_view.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
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
    assert len(seen) > 2 and max(seen) >= 970
    assert view.export_button.isEnabled() and not view.cancel_button.isEnabled()
    # the progress bar is there only while exporting
    assert view.progress.isHidden()


def test_final_refused_lists_missing_subareas(view, qtbot, tmp_path):
    ev = view.session.evaluation
    assert view.final_radio.isEnabled() and view.missing_list.isHidden()
    view.session.edit("ta bort poäng", lambda: ev.set_agreed("2.3", None))
    view.refresh()
    assert view.missing_list.count() == 1
    assert view.missing_list.item(0).text() == "2.3 Ekologisk hållbarhet: ej bedömt"
    # the final option is disabled before any save dialog is shown
    assert not view.final_radio.isEnabled()
    view.final_radio.setChecked(True)
    with qtbot.waitSignal(view.export_failed, timeout=5000):
        assert not view.export_to(tmp_path / "final.pdf")
    assert "Slutversionen kan inte skapas" in view.status.text()
    assert not (tmp_path / "final.pdf").exists() and not view.busy
    # agreeing on the score makes the final version possible
    view.session.edit("poäng", lambda: ev.set_agreed("2.3", "19.4"))
    view.refresh()
    assert view.missing_list.count() == 0 and view.final_radio.isEnabled()
    view.final_radio.setChecked(True)
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


def test_final_export_is_recorded_in_the_file(view, qtbot, tmp_path):
    from kompass_desktop.services.report import final_report_exported_at
    assert final_report_exported_at(view.session.evaluation) is None
    view.final_radio.setChecked(True)
    with qtbot.waitSignal(view.exported, timeout=20000):
        assert view.export_to(tmp_path / "final.pdf")
    assert final_report_exported_at(view.session.evaluation)


def test_gaps_list_every_missing_text_and_the_example_series(view, qtbot):
    ev = view.session.evaluation
    view.session.edit("text", lambda: ev.set_area_text("3", ""))
    view.session.edit("serie", lambda: ev.add_reference("Snitt (exempeldata)", {"1": 50}))
    view.refresh()
    texts = [view.missing_list.item(i).text() for i in range(view.missing_list.count())]
    assert texts == ["jämförelseserien ”Snitt (exempeldata)” innehåller exempeldata",
                     "område 3 Styrning och kontroll: allmän text saknas"]
    assert not view.final_radio.isEnabled()


def test_word_export_from_the_page(view, qtbot, tmp_path):
    view.word_radio.setChecked(True)
    assert view.suggested_name().endswith("-utkast.docx")
    out = tmp_path / "rapport.docx"
    with qtbot.waitSignal(view.exported, timeout=30000):
        assert view.export_to(out)
    import docx
    heads = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert heads[0] == "1 Vad är Kommunkompassen?"


def test_no_viewer_installed_is_said(view, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("kompass_desktop.ui.report_view.QDesktopServices.openUrl", lambda url: False)
    out = tmp_path / "r.pdf"
    with qtbot.waitSignal(view.exported, timeout=20000):
        view.export_to(out)
    assert "kunde inte öppnas" in view.status.text() and str(out) in view.status.text()


def test_preview_and_print(view, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    assert not view.print_button.isEnabled()
    with qtbot.waitSignal(view.preview_ready, timeout=30000) as sig:
        assert view.refresh_preview()
    preview = Path(sig.args[0])
    # the preview (it names people) lives in the private data folder
    assert str(preview).startswith(str(tmp_path / "home"))
    assert view.pdf_doc.pageCount() > 20 and view.print_button.isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert view.print_to(printer) == view.pdf_doc.pageCount()
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    # a second refresh replaces the first preview file
    with qtbot.waitSignal(view.preview_ready, timeout=30000) as sig2:
        view.refresh_preview()
    assert not preview.exists() and Path(sig2.args[0]).exists()

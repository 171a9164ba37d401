"""Rough edges a new user hits (issue 13 item 11, the workbench's part)."""
from PySide6.QtWidgets import QApplication

from kompass_desktop.ui.wizard import NewEvaluationWizard, _default_folder

from .conftest import run_modal


def test_the_area_total_explains_the_rounding(open_window):
    w = open_window
    ev = w.session.evaluation
    for sub, pts in (("1.1", "13.6"), ("1.2", "7.6"), ("1.3", "12.6"), ("1.4", "6.4"), ("1.5", "12.6")):
        w.session.edit("p", lambda s=sub, p=pts: ev.set_agreed(s, p))
    page = w.show_page("area:1")
    tip = page.area_score.toolTip()
    # shown rounded: 14 + 8 + 13 + 6 + 13 = 54; the area: 52.8 rounded once = 53
    assert "14 + 8 + 13 + 6 + 13 = 54" in tip
    assert "53" in tip and "52,8" in tip
    assert "<b>53</b>" in page.area_score.text()


def test_no_stale_saved_message_on_the_start_view(open_window):
    w = open_window
    w.session.edit("t", lambda: w.session.evaluation.set_subarea_text("1.1", "x"))
    assert w.statusBar().currentMessage().startswith("Sparat")
    w.close_evaluation()
    assert w.statusBar().currentMessage() == ""


def test_wizard_default_folder_exists_and_a_new_evaluator_row_is_typed_into(window, qtbot, tmp_path,
                                                                         monkeypatch):
    from PySide6.QtCore import QStandardPaths
    missing = tmp_path / "Dokument"
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(missing)))
    assert _default_folder() == str(missing) and missing.is_dir()

    def drive(wiz: NewEvaluationWizard):
        page = wiz.evaluators_page
        page.add_row("", "")
        r = page.table.rowCount() - 1
        assert page.table.currentRow() == r and page.table.currentColumn() == 0
        assert page.table.state() == page.table.State.EditingState  # typing goes into the Name
        wiz.reject()

    state = run_modal(qtbot, NewEvaluationWizard, drive)
    window.new_evaluation()
    assert state["done"]
    QApplication.processEvents()


def test_a_large_evidence_list_loads_off_the_ui_thread_and_still_selects(open_window, qtbot, monkeypatch):
    from kompass_desktop.ui.evidence import EvidencePage
    w = open_window
    ev = w.session.evaluation
    first = ev.add_evidence("Budget follow-up monthly.", ["1.1"])
    wanted = ev.add_evidence("Citizens' panel twice a year.", ["2.3"])
    monkeypatch.setattr(EvidencePage, "LOAD_ON_WORKER", 1)  # as a file with thousands would
    w.navigate("evidence", wanted)  # a search hit: open the page and select the item
    page = w.pages["evidence"]
    qtbot.waitUntil(lambda: page.loading is None, timeout=10000)
    assert page.model.rowCount() == 2 and {r["id"] for r in page.model.rows} == {first, wanted}
    assert page.current_id() == wanted

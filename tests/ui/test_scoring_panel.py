"""The scoring panel driven like a user: two evaluators' drafts, blind scoring, agreed score."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.identity import new_identity
from kompass_desktop.ui.scoring.models import DIVERGE_BG, ListItemModel
from kompass_desktop.ui.scoring.panel import ScoringPanel
from kompass_desktop.ui.session import EvaluationSession

ANNA = new_identity("Anna Andersson", "SKR")
BO = new_identity("Bo Berg", "SKR")


@pytest.fixture
def eval_file(tmp_path):
    path = tmp_path / "scoring.kompass"
    ev = Evaluation.create(path, resolve_framework("kommunkompassen-2019"), "Provköping", 2024,
                           [EvaluatorInfo("Anna Andersson", "SKR"), EvaluatorInfo("Bo Berg", "SKR")],
                           identity=ANNA)
    iid = ev.add_interview("Kommunstyrelsens presidium")
    ev.add_evidence("Demokratipolicy antagen av fullmäktige", ["1.1"], source="interview",
                    interview_id=iid)
    ev.add_evidence("Medborgarpanel planeras till hösten", ["1.1"], source="website",
                    status="planned")
    ev.close()
    return path


def open_panel(qtbot, path, identity, area="1"):
    ev = Evaluation.open(path, identity=identity)
    session = EvaluationSession(ev)
    panel = ScoringPanel(session, area)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel


def claim(panel, name):
    i = panel.me_combo.findText(name)
    panel.me_combo.setCurrentIndex(i)
    panel.me_combo.activated.emit(i)


def type_into_cell(qtbot, panel, row, col, text):
    """Open the cell's editor as a double-click would, type, press Enter."""
    idx = panel.model.index(row, col)
    panel.table.setCurrentIndex(idx)
    panel.table.edit(idx)
    editors = panel.table.viewport().findChildren(QLineEdit)
    assert editors, "no editor opened"
    editor = editors[-1]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    # The delegate commits on a queued call, as in the running app.
    qtbot.waitUntil(lambda: panel.table.state() != panel.table.State.EditingState, timeout=2000)


def cell(panel, row, col, role=Qt.DisplayRole):
    return panel.model.index(row, col).data(role)


def draft_col(panel, name):
    for c in range(panel.model.columnCount()):
        if str(panel.model.headerData(c, Qt.Horizontal)).startswith(name):
            return c
    raise AssertionError(f"no column for {name}")


def test_two_evaluators_blind_drafts_divergence_and_agreed(qtbot, eval_file):
    # Anna: claims her evaluator row and enters 12,5 for 1.1 (Swedish decimal comma).
    session, panel = open_panel(qtbot, eval_file, ANNA)
    claim(panel, "Anna Andersson")
    anna_col = draft_col(panel, "Anna Andersson")
    assert "(du)" in panel.model.headerData(anna_col, Qt.Horizontal)
    type_into_cell(qtbot, panel, 0, anna_col, "12,5")
    assert cell(panel, 0, anna_col) == "12,5"
    # Only one draft: preliminary 12.5 shown half up as 13, in italics, marked prel.
    assert cell(panel, 0, panel.model.col_points) == "13 prel."
    assert cell(panel, 0, panel.model.col_points, Qt.FontRole).italic()
    assert "<b>13</b> av 100" in panel.area_score.text() and "prel." in panel.area_score.text()
    assert "<b>13</b> av 800" in panel.total_score.text()
    # Over the max is refused with a clear message and changes nothing.
    type_into_cell(qtbot, panel, 0, anna_col, "25")
    assert "25 är mer än maxpoängen 20" in panel.error.text()
    assert cell(panel, 0, anna_col) == "12,5"
    # Anna may not type into Bo's column.
    bo_col = draft_col(panel, "Bo Berg")
    assert not panel.model.flags(panel.model.index(0, bo_col)) & Qt.ItemIsEditable
    session.close()

    # Bo: Anna's draft is hidden from him, and so is the mean it would reveal.
    session, panel = open_panel(qtbot, eval_file, BO)
    claim(panel, "Bo Berg")
    anna_col, bo_col = draft_col(panel, "Anna Andersson"), draft_col(panel, "Bo Berg")
    assert cell(panel, 0, anna_col) == "dolt"
    assert cell(panel, 0, panel.model.col_points) == "dolt prel."
    assert "dolt prel." in panel.area_score.text() and "dolt prel." in panel.total_score.text()
    type_into_cell(qtbot, panel, 0, bo_col, "8")
    assert cell(panel, 0, anna_col) == "dolt"
    assert cell(panel, 0, bo_col, Qt.BackgroundRole) is None  # no divergence shown while blind

    # Bo marks his drafts for area 1 ready: Anna's draft and the divergence appear.
    qtbot.mouseClick(panel.ready, Qt.LeftButton)
    assert panel.ready.isChecked()
    assert cell(panel, 0, anna_col) == "12,5"
    assert cell(panel, 0, bo_col) == "8"
    # (12.5 + 8) / 2 = 10.25 -> kept as 10.3 -> shown 10, preliminary.
    assert cell(panel, 0, panel.model.col_points) == "10 prel."
    # 4.5 points apart on a 20-point sub-area = 22.5 % > 15 %: highlighted and explained.
    assert cell(panel, 0, anna_col, Qt.BackgroundRole).color() == DIVERGE_BG
    assert cell(panel, 0, bo_col, Qt.BackgroundRole).color() == DIVERGE_BG
    tip = cell(panel, 0, anna_col, Qt.ToolTipRole)
    assert "22,5 %" in tip and "15 %" in tip and "3 poäng" in tip
    # Sub-area 1.2 has no drafts: no highlight.
    assert cell(panel, 1, anna_col, Qt.BackgroundRole) is None

    # The team agrees on 11: agreed, bold, no longer preliminary.
    type_into_cell(qtbot, panel, 0, panel.model.col_agreed, "11")
    assert cell(panel, 0, panel.model.col_points) == "11"
    assert not cell(panel, 0, panel.model.col_points, Qt.FontRole).italic()
    assert "<b>11</b> av 100" in panel.area_score.text()
    assert "<b>11</b> av 800" in panel.total_score.text()
    # A score with one decimal more is refused.
    type_into_cell(qtbot, panel, 1, panel.model.col_agreed, "3,25")
    assert "högst en decimal" in panel.error.text()
    session.close()

    # Stored rows, read back from the file.
    ev = Evaluation.open(eval_file, identity=ANNA)
    by_name = {e["name"]: e["id"] for e in ev.evaluators()}
    drafts = {d["evaluator_id"]: d["points"] for d in ev.drafts_for("1.1")}
    assert drafts == {by_name["Anna Andersson"]: "12.5", by_name["Bo Berg"]: "8.0"}
    agreed = ev.agreed_scores()
    assert agreed["1.1"]["points"] == "11.0"
    import json
    assert json.loads(agreed["1.1"]["spread"]) == {by_name["Anna Andersson"]: "12.5",
                                                   by_name["Bo Berg"]: "8.0"}
    assert "1.2" not in agreed
    ready = ev.store.rows("area_ready", "ready = 1")
    assert [(r["area"], r["evaluator_id"]) for r in ready] == [("1", by_name["Bo Berg"])]
    assert ev.result().area("1").points == Decimal("11.0")
    ev.close()


def test_evidence_split_flag_and_open_source(qtbot, eval_file):
    session, panel = open_panel(qtbot, eval_file, ANNA)
    panel.table.selectRow(0)
    assert len(panel.in_place.items) == 1 and len(panel.planned.items) == 1
    planned_text = panel.planned.index(0, 1).data()
    assert planned_text.startswith("[Planerat – ej tillgodoräknat]")
    assert "ej tillgodoräknat" in panel.planned_label.text()
    # Opening an in-place item asks the window for its interview.
    iid = session.evaluation.store.rows("interview")[0]["id"]
    with qtbot.waitSignal(panel.navigate) as sig:
        panel.in_place_view.doubleClicked.emit(panel.in_place.index(0, 1))
    assert sig.args == ["interview", iid]
    # 1.2 scored with no creditable evidence is flagged; 1.1 (one in place) is not.
    type_into_cell(qtbot, panel, 1, panel.model.col_agreed, "6")
    assert cell(panel, 1, panel.model.col_evidence).startswith("⚠")
    assert not cell(panel, 0, panel.model.col_evidence).startswith("⚠")
    panel.table.selectRow(1)
    assert "utan underlag" in panel.sub_warning.text()
    # The window's navigate("subarea", "1.3") lands on that row.
    panel.select_subarea("1.3")
    assert panel.table.currentIndex().row() == 2
    assert panel.tabs.tabText(0) == "Delområde 1.3"
    # Claiming an evaluator changes which column is editable (a model reset); the row stays.
    claim(panel, "Anna Andersson")
    assert panel.table.currentIndex().row() == 2
    session.close()


def test_texts_lists_and_examples_are_saved(qtbot, eval_file):
    session, panel = open_panel(qtbot, eval_file, ANNA)
    ev = session.evaluation
    panel.table.selectRow(0)
    panel.rationale.setFocus()
    qtbot.keyClicks(panel.rationale, "Policy finns, men ingen plan.")
    # Written after a pause without leaving the field.
    qtbot.waitUntil(lambda: panel.service.rationale("1.1") == "Policy finns, men ingen plan.",
                    timeout=3000)
    qtbot.keyClicks(panel.sub_text, "Kommunen har en demokratipolicy.")
    panel.table.setFocus()  # focus-out writes at once
    panel.sub_text.flush()
    assert ev.subarea_text("1.1") == "Kommunen har en demokratipolicy."

    # Strengths: add two, reorder, edit, remove.
    lst = panel.strengths
    # (QTest types ASCII only; Swedish letters are covered by setData below.)
    for text in ("Oppna protokoll", "Aktiv medborgardialog"):
        qtbot.keyClicks(lst.new, text)
        qtbot.keyClick(lst.new, Qt.Key_Return)
    assert [i["text"] for i in ev.list_items("1", "strength")] == ["Oppna protokoll",
                                                                   "Aktiv medborgardialog"]
    lst.view.setCurrentIndex(lst.model.index(1))
    qtbot.mouseClick(lst.up, Qt.LeftButton)
    assert [i["text"] for i in ev.list_items("1", "strength")] == ["Aktiv medborgardialog",
                                                                   "Oppna protokoll"]
    assert lst.model.setData(lst.model.index(0), "Aktiv och bred medborgardialog – även för unga")
    lst.view.setCurrentIndex(lst.model.index(1))
    qtbot.mouseClick(lst.remove_btn, Qt.LeftButton)
    assert [i["text"] for i in ev.list_items("1", "strength")] == ["Aktiv och bred medborgardialog – även för unga"]

    # A strength cites the evidence behind it.
    from kompass_desktop.ui.scoring.panel import EvidencePickerDialog
    picker = EvidencePickerDialog(panel.service.area_evidence("1"), set())
    qtbot.addWidget(picker)
    assert picker.model.rowCount() == 2
    planned_row = next(r for r in range(2) if "ej tillgodoräknat" in picker.model.item(r).text())
    picker.model.item(1 - planned_row).setCheckState(Qt.Checked)
    item_id = lst.model.items[0]["id"]
    session.edit("koppla", lambda: panel.service.set_list_item_evidence(item_id, picker.selected()))
    in_place_id = [e["id"] for e in ev.store.rows("evidence") if e["status"] == "in_place"]
    assert ListItemModel.cited(ev.store.get("list_item", item_id)) == in_place_id
    assert lst.model.index(0).data().endswith("[1 underlag]")

    # Good examples: add through the service as the dialog would, edit a cell, remove.
    session.edit("gott exempel", lambda: ev.add_good_example("1.1", "Haninge", "Demokratiberedning"))
    assert panel.examples.rowCount() == 1
    assert panel.examples.setData(panel.examples.index(0, 3), "Bred förankring")
    assert ev.good_examples("1")[0]["why"] == "Bred förankring"
    panel.examples_view.setCurrentIndex(panel.examples.index(0, 0))
    panel._remove_example()
    assert ev.good_examples("1") == []
    # Every step above is one undoable edit.
    session.undo_stack.undo()
    assert len(ev.good_examples("1")) == 1
    session.close()


def test_typing_survives_a_refresh_before_it_is_written(qtbot, eval_file):
    session, panel = open_panel(qtbot, eval_file, ANNA)
    ev = session.evaluation
    panel.tabs.setCurrentIndex(2)
    panel.area_text.setFocus()
    qtbot.keyClicks(panel.area_text, "Kommunen arbetar")
    # Another edit arrives (a colleague's merge, an undo) before the pause has passed.
    session.edit("annat", lambda: ev.set_agreed("1.4", 5))
    assert panel.area_text.toPlainText() == "Kommunen arbetar"
    qtbot.keyClicks(panel.area_text, " aktivt")
    qtbot.waitUntil(lambda: ev.area_text("1") == "Kommunen arbetar aktivt", timeout=3000)
    # Undo of the (last) text write shows the earlier text again: nothing typed is pending,
    # so the editor follows the file.
    session.undo_stack.undo()
    assert panel.area_text.toPlainText() == ev.area_text("1") != "Kommunen arbetar aktivt"
    session.close()


def test_entering_drafts_for_someone_else_asks_and_is_recorded(qtbot, eval_file):
    from PySide6.QtWidgets import QMessageBox

    from .conftest import run_modal
    session, panel = open_panel(qtbot, eval_file, ANNA)
    claim(panel, "Anna Andersson")
    ev = session.evaluation
    bo_id = next(e["id"] for e in ev.evaluators() if e["name"] == "Bo Berg")
    i = panel.me_combo.findData(bo_id)
    assert panel.me_combo.itemText(i).startswith("Bo Berg (")  # says it is on his behalf

    # Cancelled: still Anna, and nothing was written.
    state = run_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    panel.me_combo.setCurrentIndex(i)
    panel.me_combo.activated.emit(i)
    assert state["done"] and session.acting_for is None
    assert panel.me_combo.currentData() == ev.my_evaluator()["id"]

    # Confirmed: Bo's column is the editable one; the draft is Bo's, typed by Anna.
    state = run_modal(qtbot, QMessageBox, lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click())
    panel.me_combo.setCurrentIndex(i)
    panel.me_combo.activated.emit(i)
    assert state["done"] and session.acting_for == bo_id
    assert "Bo Berg" in panel.blind_info.text()
    type_into_cell(qtbot, panel, 0, draft_col(panel, "Bo Berg"), "9,5")
    row = next(r for r in ev.store.rows("score_draft") if r["evaluator_id"] == bo_id)
    assert row["points"] == "9.5" and row["entered_by"] == ANNA.evaluator_id
    assert session.undo_stack.undoText() == "Utkast 1.1 för Bo Berg"
    assert "Anna Andersson" in cell(panel, 0, draft_col(panel, "Bo Berg"), Qt.ToolTipRole)
    # Back to herself: her own column again, no marker on her drafts.
    j = panel.me_combo.findData(ev.my_evaluator()["id"])
    panel.me_combo.setCurrentIndex(j)
    panel.me_combo.activated.emit(j)
    assert session.acting_for is None
    type_into_cell(qtbot, panel, 0, draft_col(panel, "Anna Andersson"), "12")
    mine = next(r for r in ev.store.rows("score_draft") if r["evaluator_id"] != bo_id)
    assert mine["entered_by"] is None

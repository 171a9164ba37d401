"""The Dokument page's "Antagen": a date that may be unset (issue 13, item 11)."""
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.ui.documents import DocumentListModel


@pytest.fixture
def docs(small_file, evaluator_identity):
    ev = Evaluation.open(small_file, identity=evaluator_identity)
    ids = {"dated": ev.add_document("Policy", "policy", adopted="2021-06-14", year=2021),
           "year": ev.add_document("Plan", "plan", year=2019),
           "bare": ev.add_document("Program", "program")}
    ev.close()
    return ids


@pytest.fixture
def page(docs, open_window, qtbot):  # the documents exist before the window opens the file
    page = open_window.show_page("documents")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return page


def stored(page, did):
    return page.session.evaluation.store.get("document", did)["adopted"]


def shown_in_list(page, did, qtbot):
    qtbot.wait(5)  # the list reloads on the next turn of the event loop
    row = page.model.row_of(did)
    return page.model.index(row, DocumentListModel.YEAR).data()


def type_year(page, did, digits, qtbot):
    """Type a year into the document's date, as a keyboard does, without leaving the box."""
    ed = page.editor
    page.select(did)
    page.window().activateWindow()
    ed.adopted.setFocus()
    qtbot.waitUntil(ed.adopted.hasFocus)
    ed.adopted.setSelectedSection(ed.adopted.Section.YearSection)
    QTest.keyClicks(ed.adopted, digits)
    return ed


def test_a_stored_date_shows_checked_and_unchecking_clears_it(page, docs, qtbot):
    ed = page.editor
    page.select(docs["dated"])
    assert ed.adopted_set.isChecked() and ed.adopted.isEnabled()
    assert ed.adopted.date() == QDate(2021, 6, 14)
    assert "&" in ed.adopted_set.text() and ed.adopted_set.toolTip()
    ed.adopted_set.click()
    assert stored(page, docs["dated"]) == ""
    assert not ed.adopted.isEnabled()
    assert shown_in_list(page, docs["dated"], qtbot) == "2021"  # the year stands in
    page.window().undo()  # one step, undone like any edit
    assert stored(page, docs["dated"]) == "2021-06-14"
    qtbot.waitUntil(lambda: ed.adopted_set.isChecked())


def test_checking_proposes_the_documents_year_or_today_and_saves(page, docs, qtbot):
    ed = page.editor
    page.select(docs["year"])
    assert not ed.adopted_set.isChecked() and not ed.adopted.isEnabled()
    ed.adopted_set.click()
    assert stored(page, docs["year"]) == "2019-01-01"
    assert ed.adopted.isEnabled() and ed.adopted.date() == QDate(2019, 1, 1)
    page.select(docs["bare"])
    assert not ed.adopted_set.isChecked()
    ed.adopted_set.click()
    assert stored(page, docs["bare"]) == QDate.currentDate().toString("yyyy-MM-dd")


def test_setting_a_date_stores_it_as_iso(page, docs, qtbot):
    ed = page.editor
    page.select(docs["dated"])
    ed.adopted.setDate(QDate(2020, 3, 4))  # as the calendar popup does
    assert stored(page, docs["dated"]) == "2020-03-04"
    assert shown_in_list(page, docs["dated"], qtbot) == "2020-03-04"
    assert ed.adopted.minimumDate() == QDate(1900, 1, 1) and ed.adopted.maximumDate() == QDate(2100, 12, 31)


def test_a_refresh_while_typing_a_date_does_not_take_it_away(page, docs, qtbot):
    ed = type_year(page, docs["dated"], "2018", qtbot)
    assert ed.adopted.text() == "2018-06-14"
    assert stored(page, docs["dated"]) == "2021-06-14"  # typed digits are not saved one by one
    # Something else changes the document meanwhile (autosave of another field, a colleague):
    page.session.edit("Ändra dokument", lambda: page.session.evaluation.store.write(
        "document", docs["dated"], {"issuer": "KF"}))
    qtbot.waitUntil(lambda: not page._reload_pending)
    assert ed.issuer.text() == "KF"
    assert ed.adopted.text() == "2018-06-14" and ed.adopted_set.isChecked()
    ed.title.setFocus()  # leaving the date saves it
    qtbot.waitUntil(lambda: stored(page, docs["dated"]) == "2018-06-14")


def test_undo_while_the_date_has_focus_saves_the_typing_then_undoes_it(page, docs, qtbot):
    ed = type_year(page, docs["dated"], "2017", qtbot)
    page.window().undo()
    assert stored(page, docs["dated"]) == "2021-06-14"
    qtbot.waitUntil(lambda: ed.adopted.text() == "2021-06-14")
    page.window().redo()
    assert stored(page, docs["dated"]) == "2017-06-14"


def test_an_old_free_text_is_converted_on_opening_and_is_not_an_undo_step(window, small_file, qtbot,
                                                                       evaluator_identity):
    ev = Evaluation.open(small_file, identity=evaluator_identity)
    did = ev.add_document("Policy", "policy")
    ev.store.write("document", did, {"adopted": "2021-06-14 (KF § 45)"})  # as an older version did
    ev.store.close()
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.open_file(str(small_file))
    page = window.show_page("documents")
    page.select(did)
    assert page.editor.adopted_set.isChecked() and page.editor.adopted.date() == QDate(2021, 6, 14)
    assert page.editor.notes.toPlainText() == "Antagen: 2021-06-14 (KF § 45)"
    assert not window.session.undo_stack.canUndo()

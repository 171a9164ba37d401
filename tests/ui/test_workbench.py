"""The workbench driven as an evaluator uses it; every assertion reads the file back."""
import json
import socket
import time

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from kompass_desktop.services import workspace
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.ui.dialogs import IdentityDialog, SubAreaPicker
from kompass_desktop.ui.wizard import NewEvaluationWizard

from .conftest import run_modal, type_text


def reopen(path):
    return Evaluation.open(path)


def test_wizard_creates_the_evaluation_file(window, qtbot, tmp_path):
    target = tmp_path / "nya" / "Öby-2026.kompass"

    def drive(wiz: NewEvaluationWizard):
        qtbot.keyClicks(wiz.basics.municipality, "Öby")
        wiz.basics.year.setValue(2026)
        wiz.basics.order.setValue(2)
        wiz.next()
        wiz.framework_page.builtin.setCurrentIndex(wiz.framework_page.builtin.findData("kommunkompassen-2019"))
        wiz.next()
        assert wiz.evaluators_page.evaluators()[0].name == "Karin Ek"  # the identity, prefilled
        wiz.evaluators_page.add_row("Jonas Berglund", "Haninge kommun")
        wiz.next()
        wiz.dates_page.fields["site_visit_start"].set_value("2026-03-10")
        wiz.next()
        wiz.file_page.path.setText(str(target))
        wiz.accept()

    state = run_modal(qtbot, NewEvaluationWizard, drive)
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.new_evaluation()
    assert state["done"]
    assert window.windowTitle() == "Öby 2026 – Öby-2026.kompass"
    ev = reopen(target)
    info = ev.info()
    assert (info["municipality"], info["year"], info["evaluation_order"]) == ("Öby", 2026, 2)
    assert info["site_visit_start"] == "2026-03-10" and info["feedback_seminar"] is None
    assert ev.framework.id == "kommunkompassen-2019"
    assert [(e["name"], e["organisation"]) for e in ev.evaluators()] == [
        ("Karin Ek", "SKR"), ("Jonas Berglund", "Haninge kommun")]
    assert ev.my_evaluator()["name"] == "Karin Ek"
    ev.close()
    # Navigation shows the framework's areas.
    assert window.nav.item(4).text().startswith("1  ")
    assert window.nav.count() == 4 + 8 + 3  # report, sync, people


def test_interview_participants_tag_passage_undo_redo(open_window, qtbot, small_file):
    w = open_window
    page = w.show_page("interviews")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    ed = page.editor
    ed.title.selectAll()
    qtbot.keyClicks(ed.title, "Kommunstyrelsens presidium")
    qtbot.keyClick(ed.title, Qt.Key.Key_Return)
    # Two participants typed into the table.
    for name in ("Anna Berg", "Per Lind"):
        qtbot.mouseClick(ed.add_participant_button, Qt.MouseButton.LeftButton)
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, name)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    idx = ed.participants.index(0, 1)
    ed.participant_view.setCurrentIndex(idx)
    ed.participant_view.edit(idx)
    combo = QApplication.focusWidget()
    combo.setCurrentText("förtroendevald")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(ed.participants.rows) == 2 and ed.participants.rows[0]["role"] == "förtroendevald")

    notes = "Presidiet följer upp målen varje kvartal. Medborgardialog sker i alla stadsdelar."
    ed.notes.setFocus()
    type_text(ed.notes, notes)
    ev = w.session.evaluation
    iid = ed.interview_id
    qtbot.waitUntil(lambda: ev.store.get("interview", iid)["notes"] == notes, timeout=3000)

    start = notes.index("Medborgardialog")
    c = ed.notes.textCursor()
    c.setPosition(start)
    c.setPosition(len(notes), QTextCursor.MoveMode.KeepAnchor)
    ed.notes.setTextCursor(c)

    def pick(p: SubAreaPicker):
        qtbot.keyClicks(p.filter, "2.3")
        qtbot.keyClick(p.filter, Qt.Key.Key_Space)
        p.filter.clear()
        qtbot.keyClicks(p.filter, "3.1")
        qtbot.keyClick(p.filter, Qt.Key.Key_Space)
        qtbot.keyClick(p.filter, Qt.Key.Key_Return)
    state = run_modal(qtbot, SubAreaPicker, pick)
    qtbot.keyClick(ed.notes, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert state["done"]

    check = reopen(small_file)
    iv = check.store.rows("interview")[0]
    assert iv["title"] == "Kommunstyrelsens presidium" and iv["notes"] == notes
    parts = check.store.rows("participant", order_by="position")
    assert [(p["name"], p["role"]) for p in parts] == [("Anna Berg", "förtroendevald"), ("Per Lind", "annan")]
    evid = check.store.rows("evidence")
    assert len(evid) == 1
    e = evid[0]
    assert (e["source"], e["interview_id"], e["status"]) == ("interview", iv["id"], "in_place")
    assert e["text"] == "Medborgardialog sker i alla stadsdelar."
    assert notes[e["quote_start"]:e["quote_end"]] == e["text"]
    assert check.evidence_tags(e["id"]) == ["2.3", "3.1"]
    check.close()
    qtbot.waitUntil(lambda: bool(page.model.rows) and page.model.rows[0]["evidence"] == 1)
    assert page.model.rows[0]["participants"] == 2

    # Undo the tagging, then the second participant; redo both.
    stack = w.session.undo_stack
    assert stack.undoText() == "Tagga underlag"
    w.undo()
    assert ev.store.rows("evidence") == []
    assert stack.undoText() == "Skriva anteckningar"
    w.undo()
    assert ev.store.get("interview", iid)["notes"] == ""
    w.undo()  # the role change
    w.undo()  # Per Lind's name
    assert stack.undoText() == "Lägg till deltagare"
    w.undo()  # Per Lind's row
    assert [p["name"] for p in ev.store.rows("participant")] == ["Anna Berg"]
    for _ in range(5):
        w.redo()
    check = reopen(small_file)
    assert sorted(p["name"] for p in check.store.rows("participant")) == ["Anna Berg", "Per Lind"]
    assert len(check.store.rows("evidence")) == 1
    check.close()


def test_typed_notes_survive_an_immediate_close(open_window, qtbot, small_file):
    w = open_window
    page = w.show_page("interviews")
    page.new_interview()
    page.editor.notes.setFocus()
    type_text(page.editor.notes, "Sista meningen innan locket stängs")
    w.close()  # before the idle timer fired
    check = reopen(small_file)
    assert check.store.rows("interview")[0]["notes"] == "Sista meningen innan locket stängs"
    check.close()


def test_drop_a_document_then_find_it_by_search(open_window, qtbot, small_file, tmp_path):
    w = open_window
    pdf = tmp_path / "Hållbarhetsprogram 2030.pdf"
    pdf.write_bytes(b"%PDF-1.4 test content " * 1000)
    page = w.show_page("documents")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.attached, timeout=5000):
        page.dropEvent(drop)  # onto the empty library (QApplication does not deliver synthetic drops)
    ev = w.session.evaluation
    doc = ev.store.rows("document")[0]
    assert doc["title"] == "Hållbarhetsprogram 2030" and doc["file_name"] == pdf.name
    assert ev.store.blob(doc["blob_sha"]) == pdf.read_bytes()

    # Metadata and an excerpt with page number.
    ed = page.editor
    ed.issuer.setFocus()
    type_text(ed.issuer, "Kommunfullmäktige")
    qtbot.keyClick(ed.issuer, Qt.Key.Key_Return)
    ed.year.setText("2021")
    ed.year.editingFinished.emit()
    type_text(ed.excerpt_text, "Målen följs upp i årsredovisningen.")
    qtbot.keyClicks(ed.excerpt_page, "12")
    eid = ed.add_excerpt(["4.1"])
    assert eid

    # Ctrl+F, type a prefix, Enter opens the best hit: the document.
    w.show_page("overview")
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.search_field.hasFocus()
    type_text(w.search_field, "hållbar")
    results = w.page("search")
    qtbot.waitUntil(lambda: bool(results.model.hits) and results.text == "hållbar")
    assert "<b" in results.model.data(results.model.index(0, 0))
    qtbot.keyClick(w.search_field, Qt.Key.Key_Return)
    assert w.page_stack.currentWidget() is page
    assert page.editor.document_id == doc["id"]

    check = reopen(small_file)
    d = check.store.get("document", doc["id"])
    assert (d["issuer"], d["year"]) == ("Kommunfullmäktige", 2021)
    e = check.store.get("evidence", eid)
    assert (e["source"], e["document_id"], e["page"]) == ("document", doc["id"], "12")
    assert check.evidence_tags(eid) == ["4.1"]
    check.close()

    # The attached file opens with the system viewer from a temporary copy.
    opened = []
    import kompass_desktop.ui.documents as docs_ui
    orig = docs_ui.QDesktopServices.openUrl
    docs_ui.QDesktopServices.openUrl = staticmethod(lambda url: opened.append(url) or True)
    try:
        target = page.editor.open_file()
    finally:
        docs_ui.QDesktopServices.openUrl = orig
    assert target.read_bytes() == pdf.read_bytes() and opened


def test_evidence_list_filters_edits_inline_and_jumps_to_source(open_window, qtbot, small_file):
    w = open_window
    ev = w.session.evaluation
    iid = ev.add_interview("Intervju A", notes="Alla chefer har medarbetarsamtal.")
    e1 = ev.add_evidence("Alla chefer har medarbetarsamtal.", ["8.1"], interview_id=iid, quote_start=0, quote_end=33)
    e2 = ev.add_evidence("Plan för ny e-tjänst.", ["5.2"], source="website", status="planned", url="https://x.se")
    w.session.reload()
    page = w.show_page("evidence")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.set_subarea_filter("8")
    assert page.proxy.rowCount() == 1
    page.status_filter.setCurrentIndex(page.status_filter.findData("planned"))
    assert page.proxy.rowCount() == 0 and page.stack.currentIndex() == 2  # "nothing matches" hint
    page.set_subarea_filter("")
    assert page.proxy.rowCount() == 1
    idx = page.proxy.index(0, page.model.STATUS)
    assert page.proxy.setData(idx, "in_place")
    idx = page.proxy.index(0, page.model.TAGS)
    assert not page.proxy.setData(idx, "5.2, 99.9")  # unknown sub-area: refused, nothing changed
    assert "99.9" in page.message.text() and ev.evidence_tags(e2) == ["5.2"]
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0)  # no longer planned
    page.status_filter.setCurrentIndex(0)
    row = page.model.row_of(e2)
    assert page.model.setData(page.model.index(row, page.model.TAGS), "5.2 6.1")
    assert ev.store.get("evidence", e2)["status"] == "in_place"
    assert ev.evidence_tags(e2) == ["5.2", "6.1"]
    qtbot.waitUntil(lambda: page.model.row_of(e1) >= 0)
    page.select(e1)
    page.go_to_source()
    interviews = w.pages["interviews"]
    assert w.page_stack.currentWidget() is interviews
    assert interviews.editor.interview_id == iid
    assert interviews.editor.notes.textCursor().selectedText() == "Alla chefer har medarbetarsamtal."


def test_file_open_elsewhere_is_explained_not_silently_shared(window, qtbot, small_file):
    lp = workspace.lock_path(small_file)
    lp.write_text(json.dumps({"pid": 4242, "host": "annan-dator", "name": "Jonas Berglund",
                              "organisation": "Haninge kommun", "since": time.time()}))
    asked = []
    window.confirm_take_over = lambda holder: asked.append(holder) or False
    with qtbot.waitSignal(window.open_failed, timeout=3000):
        window.open_file(str(small_file))
    assert asked[0].name == "Jonas Berglund" and window.session is None
    # A lock left behind by a crash on this computer does not block.
    lp.write_text(json.dumps({"pid": 2 ** 22 + 99, "host": socket.gethostname(), "name": "Karin Ek"}))
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.open_file(str(small_file))
    assert len(asked) == 1
    assert workspace.read_lock(small_file).name == "Karin Ek"
    window.close_evaluation()
    assert not lp.exists()


def test_cloud_folder_gets_a_warning(window, qtbot, tmp_path, small_file, monkeypatch):
    monkeypatch.setattr(workspace, "folder_risk", lambda p: "cloud")
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.open_file(str(small_file))
    assert window.banner.isVisible() and "molnsynkad" in window.banner.text()


def test_first_start_asks_for_the_evaluator_identity(qtbot, kompass_home):
    from kompass_desktop.paths import config_dir
    from kompass_desktop.services.identity import load_identity
    from kompass_desktop.ui.app import ensure_identity
    (config_dir() / "identity.json").unlink()

    def answer(d: IdentityDialog):
        type_text(d.name, "Eva Åberg")
        qtbot.keyClicks(d.organisation, "SKR")
        d.accept()
    state = run_modal(qtbot, IdentityDialog, answer)
    ensure_identity()
    assert state["done"]
    ident = load_identity()
    assert (ident.name, ident.organisation) == ("Eva Åberg", "SKR") and ident.evaluator_id


def test_unfinished_parts_show_a_swedish_placeholder(open_window, monkeypatch):
    from kompass_desktop.ui import common, pages
    monkeypatch.setattr(pages, "page_class", lambda spec: None)
    page = open_window.show_page("report")
    assert isinstance(page, common.Placeholder)
    assert open_window.show_page("area:3") is not None


def test_start_view_lists_recent_files(window, qtbot, small_file):
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.open_file(str(small_file))
    window.close_evaluation()
    assert window.central.currentIndex() == window.START
    item = window.start_view.recent.item(0)
    assert item.text().startswith("Testby-2025")
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.start_view.recent.itemActivated.emit(item)
    assert window.session is not None


def test_open_the_demo(window, qtbot):
    """`kompass --demo` opens Nynäshamn 2023, written on first use."""
    with qtbot.waitSignal(window.opened, timeout=30000):
        window.open_demo()
    assert window.windowTitle() == "Nynäshamn 2023 – Nynashamn-2023-demo.kompass"
    page = window.show_page("interviews")
    assert len(page.model.rows) > 5
    assert window.page("search").run("hållbar")


def test_save_a_copy_for_sharing(open_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    w = open_window
    w.session.edit("Ny intervju", lambda: w.session.evaluation.add_interview("Delad intervju"))
    target = tmp_path / "kopia.kompass"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    from kompass_desktop.ui import share_options
    monkeypatch.setattr(share_options, "ask", lambda *a: share_options.ShareOptions())  # a plain copy
    w.save_copy()
    assert target.exists() and not (tmp_path / "kopia.kompass-wal").exists()
    copy = Evaluation.open(target)
    assert [r["title"] for r in copy.store.rows("interview")] == ["Delad intervju"]
    copy.close()


def test_the_share_copy_is_written_off_the_ui_thread(open_window, qtbot, tmp_path, monkeypatch):
    """Compacting and encrypting a large file takes seconds: the window must not freeze
    (issue 13 §12). The copy is written on a worker while the window takes no input; the file
    watcher leaves the connection alone meanwhile."""
    import threading

    from PySide6.QtWidgets import QFileDialog

    from kompass_desktop.ui import share_options
    w = open_window
    target = tmp_path / "kopia.kompass"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(share_options, "ask", lambda *a: share_options.ShareOptions())
    seen = {}
    original = share_options.write

    def write(store, path, options):
        seen["ui_thread"] = threading.current_thread() is threading.main_thread()
        seen["busy"] = w.session.busy
        seen["watcher_polls"] = w.file_watcher.poll()  # declines while the worker runs
        return original(store, path, options)
    monkeypatch.setattr(share_options, "write", write)
    w.save_copy()
    assert seen == {"ui_thread": False, "busy": True, "watcher_polls": False}
    assert target.exists() and not w.session.busy
    assert "kopia.kompass" in w.statusBar().currentMessage()


def test_search_hit_in_a_subarea_text_opens_that_subarea(open_window, qtbot):
    w = open_window
    w.session.edit("Text", lambda: w.session.evaluation.set_subarea_text("3.2", "Internkontrollplanen följs upp."))
    w.search_field.setText("internkontroll")
    hits = w._run_search()
    assert [(h.nav_kind, h.nav_key) for h in hits] == [("subarea", "3.2")]
    w.page("search").open_first()
    page = w.page_stack.currentWidget()
    assert page is w.pages["area:3"]
    assert w.nav.currentItem().text().startswith("3  ")


def test_framework_menu_shows_the_evaluations_framework(open_window, monkeypatch):
    from kompass_desktop.ui import pages
    cls = pages.page_class(pages.FRAMEWORK_EDITOR)
    if cls is None:
        return
    shown = []
    monkeypatch.setattr(cls, "exec", lambda self: shown.append(self) or 0)
    open_window.framework_action.trigger()
    assert shown and shown[0].read_only
    assert shown[0].data["id"] == open_window.session.evaluation.framework.id


def test_website_observation(open_window, qtbot, small_file):
    from kompass_desktop.ui.evidence import WebsiteDialog

    def fill(d: WebsiteDialog):
        qtbot.keyClicks(d.url, "https://testby.se/politik")
        type_text(d.text, "Protokoll från nämnderna publiceras inom en vecka.")
        d.accept()

    def pick(p: SubAreaPicker):
        qtbot.keyClicks(p.filter, "1.2")
        qtbot.keyClick(p.filter, Qt.Key.Key_Return)  # nothing checked: the highlighted one

    page = open_window.show_page("evidence")
    s1 = run_modal(qtbot, WebsiteDialog, fill)
    s2 = run_modal(qtbot, SubAreaPicker, pick)
    qtbot.mouseClick(page.website_button, Qt.MouseButton.LeftButton)
    assert s1["done"] and s2["done"]
    check = reopen(small_file)
    e = check.store.rows("evidence")[0]
    assert (e["source"], e["url"], e["status"]) == ("website", "https://testby.se/politik", "in_place")
    assert e["text"] == "Protokoll från nämnderna publiceras inom en vecka."
    assert check.evidence_tags(e["id"]) == ["1.2"]
    check.close()


@pytest.mark.parametrize("content,reason", [
    (b"\x00not a database" * 100, "är ingen Kompass-utvärdering (inte en SQLite-databas)"),
    (None, "finns inte"),
])
def test_a_refused_file_is_explained_in_swedish(window, qtbot, tmp_path, content, reason, monkeypatch):
    """The workbench shows the service's reason in Swedish, not the CLI's English line."""
    shown = []
    monkeypatch.setattr("kompass_desktop.ui.common.QMessageBox.warning", lambda *a: shown.append(a[2]))
    path = tmp_path / "kollega.kompass"
    if content is not None:
        path.write_bytes(content)
    with qtbot.waitSignal(window.open_failed, timeout=5000) as sig:
        window.open_file(str(path))
    assert reason in sig.args[0] and shown == [sig.args[0]]
    assert "not" not in sig.args[0].split()
    if content is not None:
        assert path.read_bytes() == content

"""The Sync view: preview a colleague's file, merge it on a worker thread, see the conflict
side by side, resolve it with the proposed three-way text, undo a merge."""
import pytest

pytest.importorskip("pytestqt")

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity
from kompass_desktop.ui.pages import SYNC_PAGE, page_class
from kompass_desktop.ui.session import EvaluationSession

FW = resolve_framework("kommunkompassen-2019")
NOTES = "Inledning om dialog.\nMitten om budget.\nSlut om uppföljning.\n"


@pytest.fixture
def setup(tmp_path, qtbot):
    anna, bo = new_identity("Anna Berg"), new_identity("Bo Ek")
    ev = Evaluation.create(tmp_path / "anna.kompass", FW, "Testby", 2025, identity=anna)
    iid = ev.add_interview("Intervju med KS", notes=NOTES)
    ev.add_document("Budget 2025", "budget", "KF", year=2025)
    ev.store.save_copy(tmp_path / "bo.kompass")
    other = Evaluation.open(tmp_path / "bo.kompass", identity=bo)
    other.store.write("interview", iid, {"notes": NOTES.replace("Slut om", "Slutet handlar om")})
    other.add_document("Budget 2025", "budget", "KF", year=2025)
    other.add_good_example("1.1", "Exempelby", "Öppna nämndmöten")
    sync.save_copy_for_sharing(other.store, tmp_path / "from-bo.kompass")
    other.close()
    ev.store.write("interview", iid, {"notes": NOTES.replace("Inledning om", "Början handlar om")})
    session = EvaluationSession(ev)
    view = page_class(SYNC_PAGE)(session)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    yield view, session, ev, iid, tmp_path
    qtbot.waitUntil(lambda: view.job is None, timeout=5000)
    ev.close()


def test_merge_through_view_then_resolve_conflict(setup, qtbot):
    view, session, ev, iid, tmp = setup
    view.start_merge(tmp / "from-bo.kompass", preview=True)
    qtbot.waitUntil(lambda: view.preview.isVisibleTo(view), timeout=10000)
    assert "1 konflikt –" in view.preview_label.text()
    assert "Bo Ek" in view.preview_label.text()
    assert ev.store.count("good_example") == 0           # the preview changed nothing
    view.confirm_merge()
    qtbot.waitUntil(lambda: view.job is None and view.conflict_model.rowCount() == 1, timeout=10000)
    assert ev.store.count("good_example") == 1
    # while the conflict is open this file keeps Anna's text
    assert ev.store.get("interview", iid)["notes"].startswith("Början handlar om")
    assert view.tabs.tabText(0) == "Konflikter (1)"
    c = view.current_conflict()
    assert c.field == "notes" and c.theirs[0].author == "Bo Ek"
    assert "Bo Ek" in view.theirs_title.text()
    # the three-way proposal keeps both edits (different lines)
    proposal = view.proposal.toPlainText()
    assert proposal == "Början handlar om dialog.\nMitten om budget.\nSlutet handlar om uppföljning.\n"
    view.use_proposal.click()
    assert ev.store.get("interview", iid)["notes"] == proposal
    assert view.conflict_model.rowCount() == 0 and sync.list_conflicts(ev.store) == []
    # the duplicate document pair is offered; joining leaves one record
    assert view.duplicate_model.rowCount() == 1
    view.duplicate_table.selectRow(0)
    view.join_selected()
    assert ev.store.count("document") == 1
    # history shows the merge; undo is blocked because we edited since
    assert view.history_model.rowCount() == 1
    assert view.history_model.data(view.history_model.index(0, 2)) == "Bo Ek"
    assert not view.undo_button.isEnabled()


def test_undo_merge_from_view(setup, qtbot):
    view, session, ev, iid, tmp = setup
    view.start_merge(tmp / "from-bo.kompass", preview=False)
    qtbot.waitUntil(lambda: view.job is None and view.history_model.rowCount() == 1, timeout=10000)
    assert ev.store.count("good_example") == 1 and view.undo_button.isEnabled()
    view.undo_merge()
    assert ev.store.count("good_example") == 0
    assert view.conflict_model.rowCount() == 0
    assert view.history_model.data(view.history_model.index(0, 7)) == "ångrad"


def test_bad_file_shows_reason_and_changes_nothing(setup, qtbot):
    view, session, ev, iid, tmp = setup
    bad = tmp / "trasig.kompass"
    bad.write_text("inte en databas")
    view.start_merge(bad, preview=True)
    qtbot.waitUntil(lambda: view.job is None, timeout=10000)
    assert "ingen Kompass-utvärdering" in view.status.text()  # the reason, in the UI's Swedish
    assert view.history_model.rowCount() == 0

"""The Sync page as a user reads it (issue 13 item 10): Swedish numbers, whose draft a
conflict is about, singular/plural, the summary follows resolution, empty states, buttons."""
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.identity import new_identity
from kompass_desktop.ui.session import EvaluationSession
from kompass_desktop.ui.sync_view import SyncView

FW = resolve_framework("kommunkompassen-2019")


def test_conflict_list_reads_like_the_rest_of_the_workbench(tmp_path, qtbot):
    anna, bo = new_identity("Anna Berg"), new_identity("Bo Ek")
    ev = Evaluation.create(tmp_path / "anna.kompass", FW, "Testby", 2025,
                           [EvaluatorInfo("Anna Berg"), EvaluatorInfo("Bo Ek")], identity=anna)
    ev.claim_evaluator(ev.evaluators()[0]["id"])
    anna_id = ev.evaluators()[0]["id"]
    ev.set_draft("1.1", anna_id, "10")
    ev.store.save_copy(tmp_path / "bo.kompass")
    other = Evaluation.open(tmp_path / "bo.kompass", identity=bo)
    other.set_draft("1.1", anna_id, "12.5")  # Bo corrects Anna's draft in his copy
    sync.save_copy_for_sharing(other.store, tmp_path / "from-bo.kompass")
    other.close()
    ev.set_draft("1.1", anna_id, "9.5")
    session = EvaluationSession(ev)
    view = SyncView(session)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    try:
        # Nothing yet: sentences, not empty boxes; nothing to press.
        assert view.empty_states["conflicts"].currentIndex() == 1
        assert view.empty_states["duplicates"].currentIndex() == 1
        assert view.empty_states["history"].currentIndex() == 1
        assert not view.keep_mine.isEnabled() and not view.all_theirs.isEnabled()
        assert not view.join_button.isEnabled() and not view.undo_button.isEnabled()

        view.start_merge(tmp_path / "from-bo.kompass", preview=False)
        qtbot.waitUntil(lambda: view.job is None and view.conflict_model.rowCount() == 1, timeout=10000)
        assert view.empty_states["conflicts"].currentIndex() == 0
        assert "1 konflikt –" in view.status.text()
        m = view.conflict_model
        row = [m.index(0, c).data() for c in range(m.columnCount())]
        assert "Anna Berg" in row[0]                  # whose draft
        assert row[2] == "9,5" and row[3] == "12,5"   # Swedish number format
        assert view.keep_mine.isEnabled() and view.undo_button.isEnabled()

        view.resolve_current("theirs")
        assert view.conflict_model.rowCount() == 0
        assert "Alla konflikter är lösta." in view.status.text()
        assert "1 konflikt –" not in view.status.text()
        assert view.tabs.tabText(0) == "Konflikter"
        assert view.empty_states["conflicts"].currentIndex() == 1
        assert not view.keep_mine.isEnabled()
        assert ev.store.get("score_draft", ev.store.rows("score_draft")[0]["id"])["points"] == "12.5"
    finally:
        qtbot.waitUntil(lambda: view.job is None, timeout=5000)
        ev.close()

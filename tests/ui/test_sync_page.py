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


def test_merge_notes_are_worded_in_the_ui_language(tmp_path, qtbot, evaluator_identity):
    """What a merge tells beyond the counts (a wrong clock, an erasure, an open working file)
    reads in Swedish in the Swedish workbench and in English in the English one."""
    from PySide6.QtWidgets import QApplication

    from kompass_desktop.ui import i18n
    ev = Evaluation.create(tmp_path / "a.kompass", FW, "Testby", 2025, [EvaluatorInfo("Anna Berg")],
                           identity=evaluator_identity)
    view = SyncView(EvaluationSession(ev))
    qtbot.addWidget(view)
    notes = [sync.MergeNote("future_clock", {"n": 3}),
             sync.MergeNote("other_evaluation", {"n": 4}),
             sync.MergeNote("erased_there", {"who": "Bo %3 Ek", "date": "2026-11-30", "n": 7}),
             sync.MergeNote("erased_before", {"who": "Bo Ek", "date": "2026-11-30", "n": 2}),
             sync.MergeNote("erasure_refused", {"n": 1}),
             sync.MergeNote("open_working_file", {"file": "bo.kompass"}),
             sync.MergeNote("older_schema", {"file": "bo.kompass", "schema": 2})]
    report = sync.MergeReport(changed=1, new_versions=1, peer_file="bo.kompass", notes=notes)
    try:
        swedish = view.describe(report, preview=False).splitlines()[1:]
        assert len(swedish) == len(notes)
        assert all(" the " not in line and " was " not in line for line in swedish), swedish
        assert "rensades i den andra filen av Bo %3 Ek den 2026-11-30" in swedish[2]  # one pass
        assert "7 sparade värden" in swedish[2] and "schema 2" in swedish[6]
        assert i18n.install(QApplication.instance(), "en")
        english = view.describe(report, preview=False).splitlines()[1:]
        assert english[0].startswith("Note: 3 incoming edit(s)")
        assert "erased in the other file by Bo %3 Ek on 2026-11-30" in english[2]
        assert all(not any(ch in line for ch in "åäö") for line in english), english
    finally:
        i18n.install(QApplication.instance(), "sv")
        ev.close()

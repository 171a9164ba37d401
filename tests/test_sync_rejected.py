"""The Sync page lists the values a merge refused: what, which field, the value and why,
in Swedish (the English UI shows the English reason)."""
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity
from kompass_desktop.storage.store import natural_id
from kompass_desktop.ui.pages import SYNC_PAGE, page_class
from kompass_desktop.ui.session import EvaluationSession
from tests.forging import forge

FW = resolve_framework("kommunkompassen-2019")


def test_refused_values_are_listed_on_the_sync_page(tmp_path, qtbot):
    anna, bo = new_identity("Anna Berg"), new_identity("Bo Ek")
    ev = Evaluation.create(tmp_path / "anna.kompass", FW, "Testby", 2025, identity=anna)
    ev.store.save_copy(tmp_path / "bo.kompass")
    other = Evaluation.open(tmp_path / "bo.kompass", identity=bo)
    other.add_good_example("1.1", "Exempelby", "Öppna nämndmöten")
    other.close()
    agreed = natural_id(ev.store.evaluation_id, "agreed", "1.1")
    forge(tmp_path / "bo.kompass", "score_agreed", agreed, "subarea", "1.1")
    forge(tmp_path / "bo.kompass", "score_agreed", agreed, "points", "999")
    session = EvaluationSession(ev)
    view = page_class(SYNC_PAGE)(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    try:
        view.start_merge(tmp_path / "bo.kompass", preview=True)
        qtbot.waitUntil(lambda: view.preview.isVisibleTo(view), timeout=10000)
        assert "Ogiltiga värden som inte togs in: 1" in view.preview_label.text()
        view.confirm_merge()
        qtbot.waitUntil(lambda: view.job is None and view.rejected_panel.model.rowCount() == 1,
                        timeout=10000)
        assert ev.store.count("good_example") == 1            # the rest merged
        model = view.rejected_panel.model
        row = [model.data(model.index(0, c)) for c in range(4)]
        assert row[0].startswith("Överenskommen poäng") and row[1] == "poäng" and row[2] == "999"
        assert row[3] == "över maxpoängen 20"
        assert view.tabs.tabText(view.tabs.indexOf(view.rejected_panel)) == "Avvisade värden (1)"
        assert [model.headerData(c, Qt.Horizontal) for c in range(4)] == ["Vad", "Fält", "Värde", "Skäl"]
        # Previewing the same file again: nothing new, and the refused value is still named.
        view.start_merge(tmp_path / "bo.kompass", preview=True)
        qtbot.waitUntil(lambda: view.job is None, timeout=10000)
        assert "Inget nytt" in view.status.text()
        assert "Ogiltiga värden som inte togs in: 1" in view.status.text()
        assert view.rejected_panel.model.rowCount() == 1
        # After a restart the list comes from the merge history in the file.
        view.last_report = None
        view.refresh()
        assert view.rejected_panel.model.rowCount() == 1
    finally:
        qtbot.waitUntil(lambda: view.job is None, timeout=5000)
        ev.close()

"""Undo/redo of any service call, recorded from the version log."""
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import undo
from kompass_desktop.services.evaluation import Evaluation


def test_undo_redo_edit_create_and_delete(tmp_path):
    ev = Evaluation.create(tmp_path / "u.kompass", resolve_framework("kommunkompassen-2019"), "Undoby", 2024)
    iid, create = undo.record(ev.store, "Ny intervju", lambda: ev.add_interview(
        "KS", participants=[{"name": "Ann", "role": "chef"}]))
    _, edit = undo.record(ev.store, "Anteckning", lambda: ev.store.write("interview", iid, {"notes": "ny text"}))
    _, score = undo.record(ev.store, "Poäng", lambda: ev.set_agreed("1.1", "12,5"))
    _, delete = undo.record(ev.store, "Ta bort", lambda: ev.store.delete("interview", iid))
    assert ev.store.get("interview", iid) is None

    undo.undo(ev.store, delete)
    assert ev.store.get("interview", iid)["notes"] == "ny text"
    undo.undo(ev.store, score)
    assert "1.1" not in ev.agreed_scores()
    undo.undo(ev.store, edit)
    assert ev.store.get("interview", iid)["notes"] == ""
    undo.undo(ev.store, create)
    assert ev.store.get("interview", iid) is None
    assert ev.store.rows("participant") == []

    undo.redo(ev.store, create)
    assert ev.store.get("interview", iid)["title"] == "KS"
    assert len(ev.store.rows("participant")) == 1
    undo.redo(ev.store, edit)
    undo.redo(ev.store, score)
    assert ev.agreed_scores()["1.1"]["points"] == "12.5"
    assert ev.store.get("interview", iid)["notes"] == "ny text"
    undo.redo(ev.store, delete)
    assert ev.store.get("interview", iid) is None
    ev.close()

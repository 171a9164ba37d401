"""Undo/redo of any service call, recorded from the version log."""
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import sync, undo
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


def _conflicted(tmp_path, fields: dict):
    """Anna's file after merging Bo's copy, where both edited `fields` of one interview."""
    from kompass_desktop.services.identity import new_identity

    anna, bo = new_identity("Anna", "SKR"), new_identity("Bo", "SKR")
    a = Evaluation.create(tmp_path / "a.kompass", resolve_framework("kommunkompassen-2019"),
                          "Undoby", 2024, identity=anna)
    iid = a.add_interview("KS", notes="start")
    a.store.save_copy(tmp_path / "b.kompass")
    b = Evaluation.open(tmp_path / "b.kompass", identity=bo)
    a.store.write("interview", iid, {k: v[0] for k, v in fields.items()})
    b.store.write("interview", iid, {k: v[1] for k, v in fields.items()})
    sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, tmp_path / "from-b.kompass"))
    return a, b, iid


def test_undoing_a_conflict_resolution_reopens_it_and_redo_resolves_it_again(tmp_path):
    """Issue 9 §3: 'Ta deras', then Ctrl+Z: the conflict is open again, mine is shown, and
    the last merge can be undone again; redo takes theirs again."""
    a, b, iid = _conflicted(tmp_path, {"notes": ("Annas text", "Bos text"),
                                       "place": ("Rådhuset", "Biblioteket")})
    assert len(sync.list_conflicts(a.store)) == 2
    assert sync.can_undo_last_merge(a.store)[0]

    notes = next(c for c in sync.list_conflicts(a.store) if c.field == "notes")
    _, resolution = undo.record(a.store, "Ta deras", lambda: sync.resolve(a.store, notes, "theirs"))
    assert a.store.get("interview", iid)["notes"] == "Bos text"
    assert len(sync.list_conflicts(a.store)) == 1
    assert not sync.can_undo_last_merge(a.store)[0]

    undo.undo(a.store, resolution)
    assert a.store.get("interview", iid)["notes"] == "Annas text"
    open_ = sync.list_conflicts(a.store)
    assert sorted(c.field for c in open_) == ["notes", "place"]
    assert sync.can_undo_last_merge(a.store)[0]

    undo.redo(a.store, resolution)
    assert a.store.get("interview", iid)["notes"] == "Bos text"
    assert [c.field for c in sync.list_conflicts(a.store)] == ["place"]

    # resolve-all in one step, undone in one step
    _, all_ = undo.record(a.store, "Behåll mina", lambda: sync.resolve_all(a.store, "mine"))
    assert sync.list_conflicts(a.store) == []
    undo.undo(a.store, all_)
    assert [c.field for c in sync.list_conflicts(a.store)] == ["place"]
    assert a.store.get("interview", iid)["place"] == "Rådhuset"
    a.close()
    b.close()


def test_undo_of_a_resolution_that_left_the_file_writes_the_old_value(tmp_path):
    """Once a share copy carried the resolution away it cannot be taken back: undo then
    writes the old value like any other undo (the conflict stays resolved)."""
    a, b, iid = _conflicted(tmp_path, {"notes": ("Annas text", "Bos text")})
    c = sync.list_conflicts(a.store)[0]
    _, resolution = undo.record(a.store, "Ta deras", lambda: sync.resolve(a.store, c, "theirs"))
    sync.save_copy_for_sharing(a.store, tmp_path / "to-b.kompass")
    undo.undo(a.store, resolution)
    assert a.store.get("interview", iid)["notes"] == "Annas text"
    assert sync.list_conflicts(a.store) == []
    a.close()
    b.close()

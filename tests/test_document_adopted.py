"""A document's "Antagen" is a date (issue 13, item 11): an ISO date or nothing.

Older versions stored free text ("2021-06-14 (KF § 45)"). Such a value is converted once, when
the file is opened for writing, into the date it starts with; the whole text goes into the
document's notes so the decision reference is kept. Typed input and merged-in values must be
dates.
"""
import hashlib
from pathlib import Path

import pytest

from kompass_desktop.domain import validation
from kompass_desktop.domain.errors import InputError
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import fieldwork, sync
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.identity import new_identity, save_identity
from kompass_desktop.storage.store import EvaluationStore

KF = "2021-06-14 (KF § 45)"


@pytest.fixture
def evaluator_identity(kompass_home):
    ident = new_identity("Karin Ek", "SKR")
    save_identity(ident)
    return ident


@pytest.mark.parametrize("text, notes, expected", [
    (KF, None, ("2021-06-14", "Antagen: 2021-06-14 (KF § 45)")),
    (KF, "Gäller 2021–2025.", ("2021-06-14", "Gäller 2021–2025.\nAntagen: 2021-06-14 (KF § 45)")),
    (KF, "rad\n", ("2021-06-14", "rad\nAntagen: 2021-06-14 (KF § 45)")),
    ("juni 2021", "", ("", "Antagen: juni 2021")),
    ("2021-06-145", None, ("", "Antagen: 2021-06-145")),          # not a date followed by text
    ("2021-02-30 KF § 3", None, ("", "Antagen: 2021-02-30 KF § 3")),  # no such day
    ("1850-01-01", None, ("", "Antagen: 1850-01-01")),            # outside 1900–2100
    ("KF\n§ 45", None, ("", "Antagen: KF § 45")),                 # kept as one line
    (" 2021-06-14 ", "x", ("2021-06-14", "x")),                    # only spaces: nothing to keep
    # the line is there already (converted before, or by a colleague): not added twice
    (KF, "a\nAntagen: 2021-06-14 (KF § 45)\nb", ("2021-06-14", "a\nAntagen: 2021-06-14 (KF § 45)\nb")),
    ("2021-06-14", "x", None), ("", "x", None), (None, "x", None), (2021, None, None),
    (KF, b"\x00", None),  # notes that are no text: left as they are (and listed by check)
])
def test_the_conversion_rule(text, notes, expected):
    assert validation.converted_adoption(text, notes) == expected
    if expected:  # converting the result again changes nothing
        assert validation.converted_adoption(*expected) is None
        assert validation.value_problem("document", "adopted", expected[0]) is None


def _versions(path: Path) -> int:
    import sqlite3
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM field_version").fetchone()[0]
    finally:
        con.close()


def _digest(path: Path) -> str:
    wal = Path(str(path) + "-wal")
    return hashlib.sha256(path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).hexdigest()


@pytest.fixture
def legacy(tmp_path, evaluator_identity):
    """A file as an older version left it: adoption texts written as free text."""
    path = tmp_path / "Testby-2025.kompass"
    ev = Evaluation.create(path, resolve_framework("kommunkompassen-2019"), "Testby", 2025,
                           [EvaluatorInfo("Karin Ek", "SKR")], identity=evaluator_identity)
    ids = {k: ev.add_document(k, "policy") for k in ("kf", "month", "date", "none", "gone")}
    old = {"kf": KF, "month": "juni 2021", "date": "2020-03-04", "none": "", "gone": "KS 2019"}
    for k, text in old.items():  # the old program wrote any short text, unchecked
        ev.store.write("document", ids[k], {"adopted": text})
    ev.store.write("document", ids["month"], {"notes": "Reviderad 2023."})
    ev.store.delete("document", ids["gone"])
    ev.store.close()  # no compaction, no conversion: the file as it was
    return path, ids


def test_a_writing_open_converts_once_and_keeps_the_text_in_the_notes(legacy, evaluator_identity):
    path, ids = legacy
    ev = Evaluation.open(path, identity=evaluator_identity)
    doc = {k: ev.store.get("document", i, include_deleted=True) for k, i in ids.items()}
    assert (doc["kf"]["adopted"], doc["kf"]["notes"]) == ("2021-06-14", "Antagen: " + KF)
    assert (doc["month"]["adopted"], doc["month"]["notes"]) == ("", "Reviderad 2023.\nAntagen: juni 2021")
    assert (doc["date"]["adopted"], doc["date"]["notes"]) == ("2020-03-04", "")   # untouched
    assert (doc["none"]["adopted"], doc["none"]["notes"]) == ("", "")
    assert (doc["gone"]["adopted"], doc["gone"]["notes"], doc["gone"]["deleted"]) == (
        "", "Antagen: KS 2019", 1)  # a deleted document too, and it stays deleted
    # Ordinary versions by this file's replica and author: they sync like any edit.
    head = ev.store.heads("document", ids["kf"], "adopted")
    assert [h.value for h in head] == ["2021-06-14"] and head[0].origin == ev.store.replica
    assert head[0].author == ev.store.actor.author
    assert ev.invalid_values() == []  # nothing the check would list any more
    ev.store.close()
    before = _versions(path)
    Evaluation.open(path, identity=evaluator_identity).store.close()  # a second open: nothing to do
    assert _versions(path) == before
    ev = Evaluation.open(path, identity=evaluator_identity)
    assert ev.store.get("document", ids["kf"])["notes"] == "Antagen: " + KF  # not added twice
    ev.close()


def test_a_read_only_open_and_read_commands_change_nothing(legacy, run_cli):
    path, ids = legacy
    digest = _digest(path)
    ev = Evaluation.open(path, read_only=True)
    assert ev.store.get("document", ids["kf"])["adopted"] == KF  # shown as the file holds it
    assert any("adopted" in p and "not a date" in p for p in ev.invalid_values())
    ev.close()
    for cmd in (("summary", path), ("check", path)):
        code, _, err = run_cli(*cmd)
        assert "Traceback" not in err
    assert _digest(path) == digest


def test_a_field_in_an_open_conflict_waits_for_the_user(tmp_path, evaluator_identity):
    """Converting must not silently resolve a conflict: the document is left as it is."""
    mine = tmp_path / "mine.kompass"
    ev = Evaluation.create(mine, resolve_framework("kommunkompassen-2019"), "Testby", 2025,
                           [EvaluatorInfo("Karin Ek", "SKR")], identity=evaluator_identity)
    did = ev.add_document("Policy", "policy")
    ev.store.write("document", did, {"adopted": KF})
    ev.store.save_copy(tmp_path / "theirs.kompass")
    ev.store.write("document", did, {"notes": "min anteckning"})
    ev.store.close()
    bo = new_identity("Bo Ek", "SKR")
    with EvaluationStore.open(tmp_path / "theirs.kompass", bo.actor()) as theirs:  # an old program
        theirs.write("document", did, {"notes": "Bos anteckning"})
    report = sync.merge_files(mine, tmp_path / "theirs.kompass", identity=evaluator_identity)
    assert [(c["kind"], c["field"]) for c in report.conflicts] == [("document", "notes")]
    ev = Evaluation.open(mine, identity=evaluator_identity)
    assert ev.store.get("document", did)["adopted"] == KF
    assert len(ev.store.heads("document", did, "notes")) == 2  # still the user's to decide
    ev.close()


def test_typed_dates_are_checked(tmp_path, evaluator_identity):
    ev = Evaluation.create(tmp_path / "e.kompass", resolve_framework("kommunkompassen-2019"), "Testby",
                           2025, [EvaluatorInfo("Karin Ek", "SKR")], identity=evaluator_identity)
    did = ev.add_document("Policy", "policy", adopted="2021-06-14")
    for bad in ("juni 2021", KF, "2021-02-30", "14/6/2021", "1850-01-01", "2021-6-14"):
        with pytest.raises(InputError) as e:
            fieldwork.update_document(ev, did, adopted=bad)
        assert "inget datum (ÅÅÅÅ-MM-DD)" in e.value.text() and "not a date" in str(e.value)
        with pytest.raises(InputError):
            ev.add_document("Annan", adopted=bad)
    assert ev.store.get("document", did)["adopted"] == "2021-06-14"
    fieldwork.update_document(ev, did, adopted=" 2022-01-31 ")
    assert ev.store.get("document", did)["adopted"] == "2022-01-31"
    for empty in ("", None):
        fieldwork.update_document(ev, did, adopted=empty)
        assert ev.store.get("document", did)["adopted"] == ""
    assert [d["title"] for d in fieldwork.document_rows(ev)] == ["Policy"]  # no bad one was added
    ev.close()


def test_a_colleagues_free_text_is_refused_by_the_merge(demo_copy, tmp_path, evaluator_identity):
    mine = demo_copy
    ev = Evaluation.open(mine, identity=evaluator_identity)
    doc = next(d for d in fieldwork.document_rows(ev) if d["adopted"])
    ev.store.save_copy(tmp_path / "theirs.kompass")
    ev.close()
    bo = new_identity("Bo Ek", "SKR")
    with EvaluationStore.open(tmp_path / "theirs.kompass", bo.actor()) as theirs:  # an old program
        theirs.write("document", doc["id"], {"adopted": "juni 2021 (KF § 12)", "pages": "s. 4"})
    report = sync.merge_files(mine, tmp_path / "theirs.kompass", identity=evaluator_identity)
    assert [(r["kind"], r["id"], r["field"], r["value"]) for r in report.rejected] == [
        ("document", doc["id"], "adopted", "juni 2021 (KF § 12)")]
    assert "not a date" in report.rejected[0]["reason"]
    assert "inget datum" in report.rejected[0]["reason_sv"]
    ev = Evaluation.open(mine, identity=evaluator_identity)
    after = ev.store.get("document", doc["id"])
    assert (after["adopted"], after["pages"]) == (doc["adopted"], "s. 4")  # ours kept, the rest in
    assert ev.invalid_values() == []
    ev.close()

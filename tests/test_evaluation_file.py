"""The evaluation file: recognised, versioned, every edit logged, bad files refused untouched."""
import hashlib
import os
import sqlite3
import struct

import pytest

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION, FileRefused
from kompass_desktop.storage.store import Actor, EvaluationStore


def _new(path):
    return Evaluation.create(path, resolve_framework("kommunkompassen-2019"), "Testby", 2024,
                             [EvaluatorInfo("Karin Ek", "SKR")])


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_header_marks_our_files(tmp_path):
    p = tmp_path / "e.kompass"
    _new(p).close()
    head = p.read_bytes()[:100]
    assert struct.unpack(">I", head[68:72])[0] == APPLICATION_ID
    assert struct.unpack(">I", head[60:64])[0] == SCHEMA_VERSION
    con = sqlite3.connect(p)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_every_edit_is_a_logged_version_with_who_and_when(tmp_path):
    ev = _new(tmp_path / "e.kompass")
    iid = ev.add_interview("KS presidium", "2024-01-10", participants=[{"name": "Anna", "role": "förtroendevald"}])
    ev.store.write("interview", iid, {"notes": "första"})
    ev.store.write("interview", iid, {"notes": "andra"})
    hist = ev.store.history("interview", iid, "notes")
    assert [v.value for v in hist] == ["", "första", "andra"]
    assert {v.author for v in hist} == {ev.store.actor.author}
    assert hist[0].hlc < hist[1].hlc < hist[2].hlc
    assert hist[0].vv.items() <= {ev.store.replica: hist[0].hlc}.items()
    assert {v.origin for v in hist} == {ev.store.replica} != {ev.store.actor.origin}
    # writing the same value again records nothing new
    assert ev.store.write("interview", iid, {"notes": "andra"}) == []
    assert len(ev.store.history("interview", iid, "notes")) == 3
    ev.close()


def test_delete_leaves_a_tombstone(tmp_path):
    ev = _new(tmp_path / "e.kompass")
    did = ev.add_document("Vision 2030", "strategi", "kommunfullmäktige", year=2019)
    assert ev.store.delete("document", did)
    assert ev.store.get("document", did) is None
    row = ev.store.get("document", did, include_deleted=True)
    assert row["deleted"] == 1 and row["title"] == "Vision 2030"
    assert [v.value for v in ev.store.history("document", did, "_deleted")] == [1]
    assert ev.store.search("Vision") == []
    ev.store.restore("document", did)
    assert ev.store.search("Vision")[0]["row_id"] == did
    ev.close()


def test_attached_files_are_stored_once(tmp_path):
    ev = _new(tmp_path / "e.kompass")
    data = b"%PDF-1.4 budget" * 1000
    a = ev.add_document("Budget 2024", "budget", file_bytes=data, file_name="budget.pdf")
    b = ev.add_document("Budget 2024 (kopia)", "budget", file_bytes=data, file_name="b.pdf")
    assert ev.store.get("document", a)["blob_sha"] == ev.store.get("document", b)["blob_sha"]
    assert ev.store.query("SELECT count(*) AS n FROM blob")[0]["n"] == 1
    assert ev.store.blob(ev.store.get("document", a)["blob_sha"]) == data
    ev.close()


def test_search_swedish_prefix(tmp_path):
    ev = _new(tmp_path / "e.kompass")
    ev.add_document("Hållbarhetsprogram 2021–2025", "program", "kommunfullmäktige")
    ev.add_document("Översiktsplan", "plan")
    hits = ev.store.search('"hållbar"*')
    assert len(hits) == 1 and "Hållbarhetsprogram" in hits[0]["title"]
    assert len(ev.store.search('"översikt"*')) == 1
    ev.close()


# ---- files we must refuse, leaving them byte for byte as they were ----------------------

def _refused(path, match):
    before = _digest(path)
    names_before = sorted(os.listdir(path.parent))
    with pytest.raises(FileRefused, match=match) as e:
        Evaluation.open(path)
    assert "\n" not in str(e.value)
    assert _digest(path) == before
    assert sorted(os.listdir(path.parent)) == names_before
    return str(e.value)


def test_random_bytes_refused(tmp_path):
    p = tmp_path / "x.kompass"
    p.write_bytes(os.urandom(8192))
    _refused(p, "not a Kompass evaluation file")


def test_truncated_file_refused(tmp_path):
    p = tmp_path / "e.kompass"
    _new(p).close()
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    _refused(p, "damaged")


def test_unrelated_sqlite_refused(tmp_path):
    p = tmp_path / "other.kompass"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    _refused(p, "SQLite database but not a Kompass evaluation file")


def test_newer_version_refused(tmp_path):
    p = tmp_path / "e.kompass"
    _new(p).close()
    con = sqlite3.connect(p)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    msg = _refused(p, "newer Kompass Desktop")
    assert f"file schema {SCHEMA_VERSION + 1}" in msg


def test_corrupted_page_refused(tmp_path):
    p = tmp_path / "e.kompass"
    ev = _new(p)
    for i in range(200):
        ev.add_document(f"Dokument {i}", "plan", notes="x" * 200)
    ev.close()
    data = bytearray(p.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    data[page * 3: page * 3 + 64] = os.urandom(64)  # scribble over a b-tree page header
    p.write_bytes(bytes(data))
    _refused(p, "damaged")


def test_empty_and_missing_files(tmp_path):
    p = tmp_path / "empty.kompass"
    p.write_bytes(b"")
    _refused(p, "not a Kompass evaluation file")
    with pytest.raises(FileRefused, match="does not exist"):
        Evaluation.open(tmp_path / "nope.kompass")


def test_read_only_file_refused(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only files")
    p = tmp_path / "e.kompass"
    _new(p).close()
    p.chmod(0o444)
    _refused(p, "read-only")


def test_reopen_keeps_everything(tmp_path):
    p = tmp_path / "e.kompass"
    ev = _new(p)
    ev.set_agreed("1.1", "12,5", "motivering")
    ev.close()
    ev = Evaluation.open(p)
    assert ev.agreed_scores()["1.1"]["points"] == "12.5"
    assert ev.info()["municipality"] == "Testby"
    assert ev.framework.id == "kommunkompassen-2019"
    ev.close()


def test_create_refuses_to_overwrite(tmp_path):
    p = tmp_path / "e.kompass"
    p.write_text("important")
    with pytest.raises(FileRefused, match="already exists"):
        _new(p)
    assert p.read_text() == "important"

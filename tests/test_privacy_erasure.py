"""The clean-up of personal data: erased means gone from the file's bytes, its WAL and the
backups, and no merge of a copy made before the clean-up brings anything back."""
import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.raw_text import printable_text

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import people, privacy, sync
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.identity import new_identity

FW = resolve_framework("kommunkompassen-2019")
NAMES = ["Astrid Lindqvist", "Bertil Håkansson", "Cecilia Ödman"]
SECRET = "Ordföranden berättade i förtroende om den interna konflikten kring budgeten."
SECRET2 = "Kommunchefen tvivlade på att omorganisationen skulle hålla hela vägen."
CONTACT = "astrid.lindqvist@example.se"
REGISTER_NOTE = "Informerad muntligt om hur anteckningarna sparas."


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def raw_text(path: Path) -> str:
    """The text in every byte of a file and its -wal, if any."""
    return printable_text(path, Path(str(path) + "-wal"))


def leaks(path: Path, needles=(*NAMES, SECRET, SECRET2, CONTACT, REGISTER_NOTE)) -> list[str]:
    text = raw_text(path)
    found = []
    for n in needles:
        words = [n] + ([n.split()[-1]] if n in NAMES else [])
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE) for w in words):
            found.append(n)
        # the full-text index keeps lower-cased tokens of single words
        if n in NAMES and re.search(rf"(?<!\w){re.escape(n.split()[-1].lower())}(?!\w)", text):
            found.append(n + " (token)")
    return sorted(set(found))


@pytest.fixture
def pair(tmp_path):
    """Anna's file with three named interviewees, notes that name them, a register entry with
    contact details, a note edited several times; Bo's copy made before any clean-up."""
    anna, bo = new_identity("Anna Berg", "SKR"), new_identity("Bo Ek", "SKR")
    a = Evaluation.create(tmp_path / "anna.kompass", FW, "Testby", 2025,
                          [EvaluatorInfo("Anna Berg"), EvaluatorInfo("Bo Ek")], identity=anna)
    iv = a.add_interview("Kommunstyrelsens presidium", "2025-02-03", notes="Första utkastet.",
                         participants=[{"name": NAMES[0], "role": "förtroendevald", "function": "ordförande"},
                                       {"name": NAMES[1], "role": "förtroendevald", "function": "vice ordförande"}])
    iv2 = a.add_interview("Ledningsgruppen", "2025-02-04",
                          participants=[{"name": NAMES[2], "role": "tjänsteperson", "function": "kommunchef"}])
    a.store.write("interview", iv, {"notes": f"{SECRET}\nLindqvists svar var utförligt."})
    a.store.write("interview", iv, {"notes": f"{SECRET}\nLindqvists svar var utförligt. {NAMES[1]} höll med."})
    a.store.write("interview", iv2, {"notes": SECRET2})
    key = next(e.key for e in people.entries(a) if e.name == NAMES[0])
    pid = people.register(a, key)
    people.update_person(a, pid, contact=CONTACT, note=REGISTER_NOTE, organisation="Testby kommun")
    evid = a.add_evidence(f"Enligt {NAMES[2]} finns en plan för medborgardialog.", ["1.1"],
                          interview_id=iv2)
    a.set_agreed("1.1", 10, "Ödmans beskrivning styrker planen.")
    a.store.save_copy(tmp_path / "bo.kompass")
    b = Evaluation.open(tmp_path / "bo.kompass", identity=bo)
    ids = {"iv": iv, "iv2": iv2, "person": pid, "evidence": evid}
    yield a, b, ids, tmp_path
    a.close()
    b.close()


def backups_text(home: Path) -> str:
    folder = home / "data" / "backups"
    return "".join(raw_text(p) for p in folder.glob("*") if p.is_file()) if folder.exists() else ""


def test_clean_up_leaves_no_name_or_note_in_the_file_its_wal_or_its_backups(pair, kompass_home, run_cli):
    a, b, ids, tmp = pair
    # a merge with a conflict on the notes: the merge report in sync_log holds both texts,
    # and a backup of the file from before the merge sits in the data folder
    b.store.write("interview", ids["iv2"], {"notes": SECRET2 + " Bo lade till en mening."})
    a.store.write("interview", ids["iv2"], {"notes": SECRET2 + " Anna lade till en annan."})
    report = sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, tmp / "from-bo.kompass"))
    assert report.conflicts and report.backup_path
    assert SECRET2 in backups_text(kompass_home)
    path = a.path
    a.close()
    assert leaks(path)  # the names are there before

    code, out, err = run_cli("erase-personal-data", path, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["erased"] and data["goes"]["names"] == 3 and data["goes"]["interview notes"] == 2
    assert {h["found"] for h in data["kept_texts_with_names"]} == {NAMES[2], "Ödmans"}

    assert leaks(path) == []
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0
    assert "Anna lade till" not in raw_text(path) and "Bo lade till" not in raw_text(path)
    assert backups_text(kompass_home) == "" or not leaks_in_text(backups_text(kompass_home))

    ev = Evaluation.open(path)
    try:
        assert ev.file_intact()
        person = ev.store.get("person", ids["person"])
        # what stays: role, function, organisation, evidence texts (names pseudonymised), scores
        assert person["name"] is None and person["contact"] is None and person["note"] is None
        assert person["organisation"] == "Testby kommun"
        assert sorted(p["function"] for p in ev.store.rows("participant")) == \
            ["kommunchef", "ordförande", "vice ordförande"]
        assert ev.store.get("interview", ids["iv"])["notes"] is None
        assert ev.store.get("evidence", ids["evidence"])["text"] == \
            "Enligt Tjänsteperson 1 finns en plan för medborgardialog."
        assert ev.agreed_scores()["1.1"]["rationale"] == "Tjänsteperson 1:s beskrivning styrker planen."
        assert ev.summary()["total"]["points"] == 10.0
        assert ev.store.search("Lindqvist") == [] and ev.store.search("budgeten") == []
        assert [e.pseudonym for e in people.entries(ev)] == \
            ["Förtroendevald 1", "Förtroendevald 2", "Tjänsteperson 1"]
        hist = privacy.erasure_history(ev)
        from kompass_desktop.services.identity import current_identity
        assert len(hist) == 1 and hist[0]["by"] == current_identity().name  # who ran the command
    finally:
        ev.close()


def leaks_in_text(text: str) -> list[str]:
    return [n for n in (*NAMES, SECRET, SECRET2) if n.lower() in text.lower()]


def test_dry_run_changes_not_a_byte(pair, run_cli):
    a, b, ids, tmp = pair
    path = a.path
    a.close()
    before = sha(path)
    code, out, err = run_cli("erase-personal-data", path, "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["dry_run"] and "erased" not in data and data["goes"]["names"] == 3
    assert sha(path) == before and not Path(str(path) + "-wal").exists()
    code, out, err = run_cli("erase-personal-data", path, "--dry-run")
    assert "would erase: 3 names" in out and sha(path) == before


def test_merging_a_copy_made_before_the_clean_up_brings_nothing_back_either_way(pair, kompass_home):
    a, b, ids, tmp = pair
    # Bo keeps working on his pre-erasure copy: a note and a new interviewee
    b.store.write("interview", ids["iv"], {"notes": SECRET + " Bo skrev vidare."})
    b.add_participant(ids["iv2"], "Dagny Ström", "tjänsteperson", "ekonomichef")
    privacy.erase_personal_data(a)
    assert leaks(a.path) == []

    # Bo's copy into Anna's erased file: nothing personal comes in, the report says why
    bo_copy = sync.save_copy_for_sharing(b.store, tmp / "bo-share.kompass")
    report = sync.merge_store(a.store, bo_copy)
    assert any("erased by Anna Berg" in w for w in report.warnings), report.warnings
    assert a.store.get("interview", ids["iv"])["notes"] is None
    assert {p["name"] for p in a.store.rows("participant")} == {None}
    assert a.store.get("participant", next(p["id"] for p in a.store.rows("participant")
                                           if p["function"] == "ekonomichef"))["role"] == "tjänsteperson"
    a.store.close()
    assert leaks(a.path, (*NAMES, SECRET, "Dagny Ström")) == []
    a2 = Evaluation.open(a.path, identity=None)

    # Anna's erased file into Bo's: the erasure applies to Bo's file, and his report says who
    anna_copy = sync.save_copy_for_sharing(a2.store, tmp / "anna-share.kompass")
    report = sync.merge_store(b.store, anna_copy)
    assert any("erased in the other file by Anna Berg" in w for w in report.warnings), report.warnings
    assert b.store.get("interview", ids["iv"])["notes"] is None
    assert {p["name"] for p in b.store.rows("participant")} == {None}
    b.store.close()
    assert leaks(b.path, (*NAMES, SECRET, SECRET2, "Dagny Ström", "Bo skrev vidare")) == []
    assert not leaks_in_text(backups_text(kompass_home))
    b2 = Evaluation.open(b.path, identity=None)
    try:
        # and any number of merges later, in either direction, still nothing
        report = sync.merge_store(a2.store, sync.save_copy_for_sharing(b2.store, tmp / "again.kompass"))
        assert a2.store.get("interview", ids["iv"])["notes"] is None
        assert {p["name"] for p in a2.store.rows("participant")} == {None}
    finally:
        a2.close()
        b2.close()


def test_names_typed_after_the_clean_up_stay_through_merges(pair):
    a, b, ids, tmp = pair
    privacy.erase_personal_data(a)
    # after the clean-up a new interview is held and its notes written
    iv = a.add_interview("Uppföljning", notes="Nya anteckningar efter rensningen.",
                         participants=[{"name": "Erik Nyman", "role": "chef"}])
    # Bo merges Anna's file (the erasure comes with it), then Anna merges Bo's back
    sync.merge_store(b.store, sync.save_copy_for_sharing(a.store, tmp / "anna.kompass-share.kompass"))
    assert b.store.get("interview", iv)["notes"] == "Nya anteckningar efter rensningen."
    b.store.write("interview", iv, {"notes": "Nya anteckningar efter rensningen. Bo lade till."})
    sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, tmp / "bo-back.kompass"))
    assert a.store.get("interview", iv)["notes"] == "Nya anteckningar efter rensningen. Bo lade till."
    assert [p["name"] for p in a.store.rows("participant", "interview_id = ?", (iv,))] == ["Erik Nyman"]


def test_a_merge_cannot_delete_or_edit_an_erasure(pair):
    a, b, ids, tmp = pair
    privacy.erase_personal_data(a)
    sync.merge_store(b.store, sync.save_copy_for_sharing(a.store, tmp / "a1.kompass"))
    erasure_id = b.store.rows("erasure")[0]["id"]
    # a tampered copy: the erasure deleted and its spec rewritten to erase nothing
    b.store.set_deleted("erasure", erasure_id, True)
    b.store.write("erasure", erasure_id, {"spec": json.dumps({"fields": {}})})
    b.store.write("interview", ids["iv"], {"notes": "Försök att återställa anteckningar."})
    report = sync.merge_store(a.store, sync.save_copy_for_sharing(b.store, tmp / "b1.kompass"))
    assert a.store.rows("erasure")[0]["deleted"] == 0
    assert json.loads(a.store.rows("erasure")[0]["spec"])["fields"]["interview"] == ["notes"]
    assert any("refused" in w for w in report.warnings)
    # the edit B made after seeing the erasure is a legitimate new note and comes in
    assert a.store.get("interview", ids["iv"])["notes"] == "Försök att återställa anteckningar."
    assert a.store.get("participant", a.store.rows("participant")[0]["id"])["name"] is None


def test_an_older_file_migrates_and_has_an_empty_register(tmp_path):
    from kompass_desktop.storage import schema
    p = tmp_path / "old.kompass"
    con = sqlite3.connect(p, isolation_level=None)
    con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.apply_migrations(con, 0, up_to=2)
    con.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("format", schema.FILE_FORMAT), ("evaluation_id", "00000000-0000-4000-8000-0000000000e1"), ("min_reader_schema", "1")])
    con.execute("INSERT INTO evaluation(id, municipality, year, framework_json) VALUES (?,?,?,?)",
                ("00000000-0000-4000-8000-0000000000e1", "Gammelby", 2019, FW.to_json()))
    con.execute("INSERT INTO participant(id, name, role) VALUES ('p1', 'Gustav Gammal', 'chef')")
    con.close()
    ev = Evaluation.open(p)
    try:
        assert ev.store.meta("min_reader_schema") == "3"
        assert ev.store.rows("person") == [] and ev.store.rows("erasure") == []
        assert ev.store.get("participant", "p1")["person_id"] is None
    finally:
        ev.close()

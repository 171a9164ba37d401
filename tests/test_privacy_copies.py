"""Pseudonymised and encrypted copies, and the register's extract."""
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from kompass_desktop.domain.pseudonyms import Named, NameFinder, assign_pseudonyms, replace
from kompass_desktop.services import encrypted, people, privacy, sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.storage.schema import FileRefused
from tests.raw_text import printable_text, words_found


@pytest.fixture
def fast_kdf(monkeypatch):
    """Copies made in these tests use a cheaper scrypt (the header records it); one test
    keeps the shipped parameters."""
    monkeypatch.setattr(encrypted, "LOG2_N", 12)


def names_in(path: Path, names) -> list[str]:
    """Register names (whole or surname, any case, as a word) anywhere in a file's bytes."""
    return words_found(printable_text(path), [w for n in names for w in (n, n.split()[-1])])


@pytest.fixture
def named_demo(demo_copy):
    """The demo with names inside notes, evidence and a rationale (as evaluators write them)."""
    ev = Evaluation.open(demo_copy)
    items = people.entries(ev)
    first, second = items[0], items[3]
    iv = first.interviews[0]["id"]
    notes = ev.store.get("interview", iv)["notes"]
    ev.store.write("interview", iv, {"notes": notes + f"\n{first.name.upper()} avslutade. "
                                     f"{second.name.split()[-1]}s kommentar kom sist."})
    e = ev.store.rows("evidence")[0]
    ev.store.write("evidence", e["id"], {"text": f"Enligt {second.name} finns en plan."})
    ev.set_agreed("1.1", ev.agreed_scores()["1.1"]["points"],
                  f"{first.name.split()[-1]} visade protokollen.")
    yield ev, items
    ev.close()


def test_pseudonymised_copy_holds_no_register_name_and_the_same_result(named_demo, tmp_path, run_cli):
    ev, items = named_demo
    names = [n for e in items for n in e.names]
    assert len(names) == 38
    hits = privacy.pseudonymise_preview(ev)
    assert {h.hit.found for h in hits} >= {items[0].name.upper(), f"{items[3].name.split()[-1]}s"}
    path, before, original_id = ev.path, ev.summary(), ev.store.evaluation_id
    ev.close()
    out = tmp_path / "delning.kompass"
    code, _, err = run_cli("copy", path, out, "--pseudonymise")
    assert code == 0, err
    assert names_in(out, names) == []
    cp = Evaluation.open(out)
    try:
        assert cp.summary() == before
        assert cp.store.meta("pseudonymised") == "1"
        assert cp.store.evaluation_id != original_id
        pseudo = [e.shown_name for e in people.entries(cp)]
        assert pseudo[:3] == ["Förtroendevald 1", "Förtroendevald 2", "Förtroendevald 3"]
        # the texts read naturally: a genitive keeps its colon-s after the number
        notes = " ".join(r["notes"] or "" for r in cp.store.rows("interview"))
        assert "Förtroendevald 1 avslutade." in notes and f"{items[3].pseudonym}:s kommentar" in notes
        assert cp.agreed_scores()["1.1"]["rationale"] == f"{items[0].pseudonym} visade protokollen."
        assert cp.store.search(items[0].name.split()[-1]) == []
    finally:
        cp.close()


def test_a_passage_tagged_in_notes_still_points_at_its_text_in_the_copy(demo_copy, tmp_path):
    from kompass_desktop.services import fieldwork
    ev = Evaluation.open(demo_copy)
    try:
        e = people.entries(ev)[0]
        iv = e.interviews[0]["id"]
        notes = f"{e.name} inledde mötet. Kommunen har en tydlig plan för dialog."
        ev.store.write("interview", iv, {"notes": notes})
        start = notes.index("Kommunen")
        eid = fieldwork.tag_passage(ev, iv, start, len(notes), ["1.1"])
        out = privacy.pseudonymised_copy(ev, tmp_path / "p.kompass")
    finally:
        ev.close()
    cp = Evaluation.open(out)
    try:
        row = cp.store.get("evidence", eid)
        new_notes = cp.store.get("interview", iv)["notes"]
        assert new_notes.startswith(e.pseudonym)
        assert new_notes[row["quote_start"]:row["quote_end"]] == "Kommunen har en tydlig plan för dialog."
    finally:
        cp.close()


def test_unticked_hits_stay_as_written(named_demo, tmp_path):
    ev, items = named_demo
    hits = privacy.pseudonymise_preview(ev)
    skip = [h.id for h in hits if h.tbl == "evidence"]
    assert skip
    out = privacy.pseudonymised_copy(ev, tmp_path / "p.kompass", skip_hits=skip)
    cp = Evaluation.open(out)
    try:
        texts = [r["text"] for r in cp.store.rows("evidence")]
        assert f"Enligt {items[3].name} finns en plan." in texts
    finally:
        cp.close()


@given(st.lists(st.sampled_from(["Anna Berg", "Åke Öhman", "Lisa Ek-Sjö", "Per Persson"]), min_size=1),
       st.lists(st.sampled_from(["", "s", "'s", ":s"]), min_size=1),
       st.text(alphabet=" .,;\nabcåäö", max_size=12))
def test_every_whole_name_and_surname_is_replaced_in_any_case(names, endings, filler):
    people_ = [Named(f"k{i}", (n,), "tjänsteperson", (i,)) for i, n in
               enumerate(["Anna Berg", "Åke Öhman", "Lisa Ek-Sjö", "Per Persson"])]
    pseudo = assign_pseudonyms(people_)
    finder = NameFinder(people_)
    parts = []
    for i, n in enumerate(names):
        n = [n, n.upper(), n.lower(), n.split()[-1]][i % 4]
        parts.append(filler + " " + n + endings[i % len(endings)] + " " + filler)
    text = "".join(parts)
    out = replace(text, finder.find(text), pseudo)
    for n in ["Anna Berg", "Åke Öhman", "Lisa Ek-Sjö", "Per Persson"]:
        for w in (n, n.split()[-1]):
            assert not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out, re.IGNORECASE), (text, out)


def test_surname_inside_another_word_is_not_a_hit():
    f = NameFinder([Named("k", ("Johanna Berg",), "chef")])
    assert f.find("Bergslagen och Nynäsberg") == []
    assert [h.found for h in f.find("BERGs förslag")] == ["BERGs"]


# ---- encrypted copies ---------------------------------------------------------------------------


def test_encrypted_copy_hides_everything_and_reads_like_the_plain_file(
        demo_copy, tmp_path, run_cli, monkeypatch, fast_kdf, kompass_home):
    ev = Evaluation.open(demo_copy)
    names = [n for e in people.entries(ev) for n in e.names]
    sentence = ev.store.rows("interview")[0]["notes"].split(".")[0]
    ev.close()
    monkeypatch.setenv("KOMPASS_PASSPHRASE", "ett långt lösenord med flera ord")
    code, out, err = run_cli("copy", demo_copy, tmp_path / "delning", "--encrypt")
    assert code == 0, err
    enc = tmp_path / "delning.kompass-enc"
    data = enc.read_bytes()
    assert data.startswith(b"KOMPASS-ENC\0") and data[12] == 1
    # whole names only: random ciphertext holds short words like a three-letter surname by chance
    assert not [n for n in names if n.encode() in data or n.lower().encode() in data]
    assert sentence.encode() not in data
    assert b"SQLite format 3" not in data

    code, out_enc, _ = run_cli("summary", enc, "--json")
    code2, out_plain, _ = run_cli("summary", demo_copy, "--json")
    assert code == code2 == 0 and json.loads(out_enc) == json.loads(out_plain)
    code, out, err = run_cli("check", enc)
    assert code == 0 and "file ok" in out
    code, out, err = run_cli("report", enc, tmp_path / "r.pdf")
    assert code == 0, err and (tmp_path / "r.pdf").stat().st_size > 10000
    code, out, err = run_cli("people", enc, "--extract", names[0], "--json")
    assert code == 0 and json.loads(out)["people"][0]["entry"]["name"] == names[0]
    # nothing decrypted is left behind, and nothing was written outside the private folder
    assert list((kompass_home / "data" / "tmp").iterdir()) == []


def test_an_encrypted_copy_merges_as_theirs(demo_copy, tmp_path, monkeypatch, fast_kdf):
    from kompass_desktop.services.identity import new_identity
    shutil.copy(demo_copy, tmp_path / "bo.kompass")
    bo = Evaluation.open(tmp_path / "bo.kompass", identity=new_identity("Bo Ek"))
    iv = bo.store.rows("interview")[0]["id"]
    bo.store.write("interview", iv, {"place": "Biblioteket"})
    enc = encrypted.encrypted_copy(bo.store, tmp_path / "bo-delning", "hemlig fras")
    bo.close()
    monkeypatch.setenv("KOMPASS_PASSPHRASE", "hemlig fras")
    report = sync.merge_files(demo_copy, enc)
    assert report.changed == 1 and report.peer_file == "bo-delning.kompass-enc"
    ev = Evaluation.open(demo_copy)
    try:
        assert ev.store.get("interview", iv)["place"] == "Biblioteket"
    finally:
        ev.close()


def test_shipped_key_derivation_parameters_round_trip():
    blob = encrypted.encrypt_bytes(b"innehall", "rätt fras")
    h = encrypted.read_header(blob)
    assert (h.log2_n, h.r, h.p) == (17, 8, 1) and len(h.salt) == 16 and len(h.nonce) == 12
    assert encrypted.decrypt_bytes(blob, "rätt fras") == b"innehall"


def test_wrong_passphrase_and_flipped_bytes_are_refused_and_change_nothing(
        demo_copy, tmp_path, monkeypatch, run_cli, fast_kdf):
    ev = Evaluation.open(demo_copy)
    enc = encrypted.encrypted_copy(ev.store, tmp_path / "x", "rätt fras")
    ev.close()
    before = demo_copy.read_bytes()
    monkeypatch.setenv("KOMPASS_PASSPHRASE", "fel fras")
    code, out, err = run_cli("merge", demo_copy, enc)
    assert code == 1 and "wrong passphrase" in err and "Traceback" not in err
    assert demo_copy.read_bytes() == before
    monkeypatch.setenv("KOMPASS_PASSPHRASE", "rätt fras")
    data = enc.read_bytes()
    for pos in (13, 20, encrypted.HEADER_SIZE + 5, len(data) // 2, len(data) - 1):
        bad = bytearray(data)
        bad[pos] ^= 0x01
        enc.write_bytes(bytes(bad))
        code, out, err = run_cli("summary", enc)
        assert code == 1 and ("wrong passphrase" in err or "newer" in err), (pos, err)
    # a header asking for a huge key derivation is refused before any work
    bad = bytearray(data)
    bad[14] = 40
    enc.write_bytes(bytes(bad))
    with pytest.raises(FileRefused):
        encrypted.decrypt_bytes(bytes(bad), "rätt fras")
    # and an encrypted file is never opened for writing
    code, out, err = run_cli("import-scores", enc, tmp_path / "none.csv")
    assert code == 1


@given(st.data())
def test_any_damage_to_an_encrypted_copy_is_refused_in_one_line(data):
    """Flipped, cut or appended bytes anywhere: a FileRefused, never another error, never
    different content and never a costly key derivation."""
    import unittest.mock
    with unittest.mock.patch.object(encrypted, "LOG2_N", 10):
        blob = encrypted.encrypt_bytes(b"SQLite format 3\0 innehall " * 20, "fras")
    kind = data.draw(st.sampled_from(["flip", "cut", "append", "set"]))
    pos = data.draw(st.integers(0, len(blob) - 1))
    bad = bytearray(blob)
    if kind == "flip":
        bad[pos] ^= data.draw(st.integers(1, 255))
    elif kind == "set":
        bad[pos] = data.draw(st.integers(0, 255))
    elif kind == "cut":
        del bad[pos:]
    else:
        bad += data.draw(st.binary(min_size=1, max_size=8))
    try:
        plain = encrypted.decrypt_bytes(bytes(bad), "fras")
    except FileRefused:
        return
    assert bytes(bad) == blob and plain.startswith(b"SQLite format 3")


def test_decrypted_leftovers_of_a_killed_run_are_removed_at_next_start(kompass_home, run_cli, demo_copy):
    from kompass_desktop.paths import private_tmp_dir
    d = private_tmp_dir()
    assert oct(d.stat().st_mode & 0o777) == "0o700"
    dead = d / "999999999-open-abc"
    dead.mkdir()
    (dead / "x.kompass").write_bytes(b"decrypted content")
    alive = d / f"{os.getpid()}-open-def"
    alive.mkdir()
    run_cli("summary", demo_copy)
    assert not dead.exists() and alive.exists()


def test_passphrase_strength_hint():
    assert encrypted.strength("abc").score == 0
    assert encrypted.strength("fyra ord som inte hör ihop alls").score >= 3
    assert "ord" in encrypted.strength("abc").sv


# ---- register and extract -----------------------------------------------------------------------


def test_same_name_is_suggested_as_one_person_and_joined(demo_copy, run_cli):
    ev = Evaluation.open(demo_copy)
    try:
        items = people.entries(ev)
        first = items[0]
        iv2 = items[5].interviews[0]["id"]
        ev.add_participant(iv2, first.name, "förtroendevald", "ordförande")
        items = people.entries(ev)
        groups = people.suggested_joins(items)
        assert len(groups) == 1 and len(groups[0]) == 2
        keep = people.join(ev, groups[0][0].key, [e.key for e in groups[0][1:]])
        items = people.entries(ev)
        joined = next(e for e in items if e.key == keep)
        assert joined.registered and len(joined.interviews) == 2 and len(items) == 38
        assert people.suggested_joins(items) == []
    finally:
        ev.close()
    code, out, err = run_cli("people", demo_copy, "--json")
    data = json.loads(out)
    assert code == 0 and len(data["people"]) == 38 and data["suggested_joins"] == []


def test_extract_lists_entry_interviews_and_passages(named_demo, tmp_path):
    ev, items = named_demo
    second = items[3]
    data = people.extract(ev, second.name.lower())
    [p] = data["people"]
    assert p["entry"]["name"] == second.name and len(p["interviews"]) == 1
    passages = {m["passage"] for m in p["mentions"]}
    assert f"Enligt {second.name} finns en plan." in passages
    assert any("kommentar kom sist" in x for x in passages)
    out = people.extract_pdf(data, tmp_path / "utdrag.pdf")
    from pdf_read import norm, page_texts
    text = norm(" ".join(page_texts(out)))
    assert second.name in text and "Registerutdrag" in text
    with pytest.raises(Exception) as exc:
        people.extract(ev, "Ingen Sådan")
    assert "no one" in str(exc.value)

"""The search service: what users type never raises, prefixes and Swedish letters match."""
import pytest

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services import search
from kompass_desktop.services.evaluation import Evaluation


@pytest.fixture
def ev(tmp_path):
    ev = Evaluation.create(tmp_path / "s.kompass", resolve_framework("kommunkompassen-2019"), "Sökby", 2025)
    iid = ev.add_interview("Kommunstyrelsens presidium", notes="Vi pratade om Hållbarhetsprogrammet och "
                           "översiktsplanen.", participants=[{"name": "Åsa Öberg", "role": "förtroendevald"}])
    ev.add_document("Hållbarhetsprogram 2030", "program", "kommunfullmäktige", year=2021)
    ev.add_evidence("Medborgardialog sker årligen i alla stadsdelar.", ["2.3"], interview_id=iid)
    ev.set_subarea_text("3.1", "Styrningen bygger på tydliga mål.")
    yield ev
    ev.close()


@pytest.mark.parametrize("typed", ['"', '""', 'AND', 'OR NOT', 'NEAR(a b', '*', '-x', '^', 'a:b',
                                   "'", '(', ')', '" hållbar', 'hållbar"', '{col}:x', '\\', '%', 'x AND'])
def test_operators_and_quotes_typed_by_users_never_raise(ev, typed):
    search.search(ev.store, typed)  # must not raise


def test_prefix_and_swedish_letters(ev):
    hits = search.search(ev.store, "hållbar")
    kinds = {h.kind for h in hits}
    assert {"document", "interview"} <= kinds
    doc = next(h for h in hits if h.kind == "document")
    assert search.plain(doc.title) == "Hållbarhetsprogram 2030"
    assert search.HIT_START in doc.title  # the matched word is marked
    assert [h.kind for h in search.search(ev.store, "öberg")] == ["participant"]
    assert [h.kind for h in search.search(ev.store, "ÅSA")] == ["participant"]


def test_all_words_must_match_and_phrases(ev):
    assert search.search(ev.store, "hållbar 2030")[0].kind == "document"
    assert search.search(ev.store, "hållbar medborgardialog") == []
    assert [h.kind for h in search.search(ev.store, '"sker årligen"')] == ["evidence"]
    assert search.search(ev.store, '"årligen sker"') == []


def test_hits_say_where_to_go(ev):
    iv = ev.store.rows("interview")[0]
    part = search.search(ev.store, "Åsa")[0]
    assert (part.nav_kind, part.nav_key) == ("interview", iv["id"])
    evid = search.search(ev.store, "medborgardialog")[0]
    assert evid.nav_kind == "evidence" and evid.context == "2.3"
    text = search.search(ev.store, "styrningen")[0]
    assert (text.nav_kind, text.nav_key) == ("subarea", "3.1")


def test_nothing_to_find(ev):
    assert search.build_query("") is None
    assert search.build_query("  ,.;  ") is None
    assert search.search(ev.store, "!!!") == []
    assert search.build_query('hållbar "styr') == '"hållbar"* "styr"*'


def test_terms_are_found_inside_swedish_compounds(ev):
    ev.add_document("Kommunikationspolicyn", "annat", "kommunstyrelsen", year=2020)
    ev.add_evidence("Policyn för kommunikation gäller alla.", ["1.1"])
    hits = search.search(ev.store, "policy")
    assert {search.plain(h.title) for h in hits if h.kind == "document"} == {"Kommunikationspolicyn"}
    # A word starting with the term ranks before a match inside a word.
    assert hits[0].kind == "evidence"
    doc = next(h for h in hits if h.kind == "document")
    assert "Kommunikations\x02policy\x03n" == doc.title
    # Inside words, case- and Swedish-letter-insensitive; all terms must still match.
    assert {h.kind for h in search.search(ev.store, "BARHETS")} == {"interview", "document"}
    assert search.search(ev.store, "policy hållbar") == []
    assert [h.kind for h in search.search(ev.store, "berg")] == ["participant"]  # Öberg


def test_short_terms_match_word_starts_only(ev):
    ev.add_evidence("En ny rutin för IT-stöd.", ["1.1"])
    # "it" is two letters: word starts only (inside "politik" it would flood the results).
    assert [h.kind for h in search.search(ev.store, "it")] == ["evidence"]
    assert [h.kind for h in search.search(ev.store, "it rutin")] == ["evidence"]
    assert search.search(ev.store, "it hållbar") == []


def test_an_older_file_gets_the_inside_word_index(tmp_path):
    """Files made before schema 4 are indexed for inside-word search when they are migrated."""
    import sqlite3

    from kompass_desktop.storage import schema
    p = tmp_path / "old.kompass"
    ev = Evaluation.create(p, resolve_framework("kommunkompassen-2019"), "Gammelby", 2019)
    ev.add_document("Kommunikationspolicyn", "annat", "kommunstyrelsen", year=2020)
    ev.close()
    con = sqlite3.connect(p, isolation_level=None)
    con.execute("DROP TABLE search_trigram")  # as a schema-3 file had it
    con.execute("ALTER TABLE score_draft DROP COLUMN entered_by")
    con.execute("DROP INDEX field_version_origin")  # (schema 5)
    con.execute("PRAGMA user_version = 3")
    con.close()
    schema.migrate_file(p)
    ev = Evaluation.open(p)
    try:
        assert [search.plain(h.title) for h in search.search(ev.store, "policy")] == ["Kommunikationspolicyn"]
    finally:
        ev.close()

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

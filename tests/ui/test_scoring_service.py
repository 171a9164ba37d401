"""The scoring rules behind the panel, without Qt: blind drafts, divergence, completion."""
from decimal import Decimal

import pytest

from kompass_desktop.domain.errors import InputError
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.domain.scoring import ScoreStatus
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo
from kompass_desktop.services.identity import new_identity
from kompass_desktop.services.scoring import ScoringService

A = new_identity("Anna")
B = new_identity("Bo")


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "s.kompass"
    ev = Evaluation.create(p, resolve_framework("kommunkompassen-2019"), "Provby", 2024,
                           [EvaluatorInfo("Anna"), EvaluatorInfo("Bo")], identity=A)
    ids = {e["name"]: e["id"] for e in ev.evaluators()}
    ev.claim_evaluator(ids["Anna"])
    ev.close()
    ev = Evaluation.open(p, identity=B)
    ev.claim_evaluator(ids["Bo"])
    ev.close()
    return p


def test_drafts_stay_hidden_until_my_area_is_ready(path):
    a = Evaluation.open(path, identity=A)
    sa = ScoringService(a)
    sa.set_my_draft("1.1", "14")
    a.close()
    b = Evaluation.open(path, identity=B)
    sb = ScoringService(b)
    sb.set_my_draft("1.1", "10,5")
    row = sb.area("1").subareas[0]
    anna, bo = row.drafts
    assert (anna.visible, anna.points) == (False, None)   # the value is not even handed out
    assert (bo.visible, bo.points, bo.mine) == (True, Decimal("10.5"), True)
    assert row.points_hidden and not row.diverges
    # Ready in another area changes nothing here.
    sb.set_ready("2")
    assert not sb.area("1").subareas[0].drafts[0].visible
    sb.set_ready("1")
    row = sb.area("1").subareas[0]
    assert row.drafts[0].points == Decimal("14")
    # 3.5 apart on 20 = 17.5 % > 15 %.
    assert row.diverges and row.divergence == Decimal("0.175")
    assert not row.points_hidden and row.points == Decimal("12.3")
    assert row.status is ScoreStatus.PRELIMINARY
    # Divergences show in the completion list only where the drafts are visible.
    assert [i.nav_key for i in sb.completion().divergences] == ["1.1"]
    b.close()
    a = Evaluation.open(path, identity=A)
    assert ScoringService(a).completion().divergences == []
    a.close()


def test_observer_without_evaluator_cannot_write_drafts(path):
    c = Evaluation.open(path, identity=new_identity("Cecilia"))
    sc = ScoringService(c)
    assert sc.me() is None
    with pytest.raises(InputError):
        sc.set_my_draft("1.1", 5)
    with pytest.raises(InputError):
        sc.set_ready("1")
    assert c.draft_scores() == []
    c.close()


def test_completion_lists_evidence_flags_and_conflicts(path):
    ev = Evaluation.open(path, identity=A)
    s = ScoringService(ev)
    ev.set_agreed("1.1", 12)
    ev.set_agreed("1.2", 0)
    ev.add_evidence("Plan finns", ["1.2"], source="website", status="planned")
    ev.add_evidence("Policy antagen", ["1.3"], source="website")
    view = s.area("1")
    by = {x.number: x for x in view.subareas}
    assert by["1.1"].without_evidence           # scored 12 with nothing in place
    assert not by["1.2"].without_evidence       # 0 points needs no evidence
    assert (by["1.2"].in_place, by["1.2"].planned) == (0, 1)
    assert (by["1.3"].in_place, by["1.3"].planned) == (1, 0)
    c = s.completion()
    assert [i.nav_key for i in c.agreed] == ["1.1", "1.2"]
    assert len(c.agreed) + len(c.not_agreed) == c.subareas == 36
    no_ev = {i.nav_key: i.text for i in c.without_evidence}
    assert "1.3" not in no_ev and "⚠" in no_ev["1.1"] and "⚠" not in no_ev["1.2"]
    assert c.conflicts == []
    # A merge that leaves two values for one field is an open conflict (two heads).
    agreed_id = ev.agreed_scores()["1.1"]["id"]
    heads = ev.store.heads("score_agreed", agreed_id, "points")
    ev.store.con.execute("INSERT INTO field_version(vid, tbl, row_id, col, value, origin, author, hlc, vv) "
                         "VALUES (?,?,?,?,?,?,?,?,?)",
                         (b"x" * 16, "score_agreed", agreed_id, "points", "9.0", "other-origin",
                          "other", heads[0].hlc + 1, "{}"))
    ev.store.con.execute("INSERT INTO field_head(tbl, row_id, col, vid) VALUES (?,?,?,?)",
                         ("score_agreed", agreed_id, "points", b"x" * 16))
    c = s.completion()
    assert len(c.conflicts) == 1 and c.conflicts[0].nav_kind == "conflict"
    assert c.conflicts[0].text == "Överenskommen poäng 1.1: poäng (2 värden)"
    ev.close()


def test_blind_hides_area_totals_and_flags_from_my_own_draft_only(path):
    b = Evaluation.open(path, identity=B)
    ScoringService(b).set_my_draft("1.2", 0)
    b.close()
    a = Evaluation.open(path, identity=A)
    sa = ScoringService(a)
    b_draft = a.store.rows("score_draft")[0]
    assert b_draft["points"] == "0.0"
    b2 = Evaluation.open(path, identity=B)
    ScoringService(b2).set_my_draft("1.3", 7)   # Bo scored 1.3 without evidence
    b2.close()
    assert sa.hidden_areas() == {"1"}
    row = {s.number: s for s in sa.area("1").subareas}["1.3"]
    assert row.points_hidden and not row.without_evidence   # Anna has no draft of her own there
    sa.set_my_draft("1.3", 4)
    row = {s.number: s for s in sa.area("1").subareas}["1.3"]
    assert row.without_evidence
    sa.set_ready("1")
    assert sa.hidden_areas() == set()
    a.close()


def test_drafts_entered_on_someones_behalf_say_who_typed_them(path, tmp_path):
    """Anna types Bo's drafts for him (he has no laptop): they are Bo's drafts, marked as
    entered by Anna, and the file's history has Anna as their author."""
    a = Evaluation.open(path, identity=A)
    ids = {e["name"]: e["id"] for e in a.evaluators()}
    own = ScoringService(a)
    own.set_my_draft("1.1", "14")
    assert own.on_behalf() is None
    for_bo = ScoringService(a, acting_for=ids["Bo"])
    assert for_bo.on_behalf()["name"] == "Bo" and for_bo.me()["name"] == "Bo"
    for_bo.set_my_draft("1.1", "9,5")
    rows = {r["evaluator_id"]: r for r in a.store.rows("score_draft")}
    assert rows[ids["Bo"]]["points"] == "9.5" and rows[ids["Bo"]]["entered_by"] == A.evaluator_id
    assert rows[ids["Anna"]]["entered_by"] is None
    history = a.store.history("score_draft", rows[ids["Bo"]]["id"], "entered_by")
    assert [v.author for v in history] == [A.evaluator_id]
    # Blind scoring works as Bo while acting for him: Anna's draft stays hidden.
    cells = for_bo.area("1").subareas[0].drafts
    assert [(c.name, c.points, c.entered_by) for c in cells] == [
        ("Anna", None, ""), ("Bo", Decimal("9.5"), "Anna")]
    a.close()
    # Bo later corrects his own draft himself: no longer marked as entered by someone else.
    b = Evaluation.open(path, identity=B)
    ScoringService(b).set_my_draft("1.1", "10")
    assert b.store.get("score_draft", rows[ids["Bo"]]["id"])["entered_by"] is None
    b.close()

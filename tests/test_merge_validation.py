"""Values that arrive by merge are untrusted input (PRODUCT §3.7, §7; db/README.md §5).

Each attack of issue 9 §2: a colleague's file is built with the real services, then versions
are appended with the sqlite3 module as a hand edit would, each with a correct content hash.
Merging it into MINE must refuse exactly the forged values (listed with a reason), merge the
rest, and leave MINE with possible scores and commands that work.
"""
import json
import sqlite3
import time
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from kompass_desktop.domain import validation
from kompass_desktop.services import sync
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.services.identity import new_identity
from kompass_desktop.storage import merge as smerge
from kompass_desktop.storage.store import PROJECTED_TABLES, natural_id
from tests.forging import FORGER, append_version, assert_possible, forge

@pytest.fixture
def files(demo_copy, tmp_path):
    """MINE (the demo) and THEIRS, Bo's copy of it with one ordinary edit (a valid list item)."""
    mine = demo_copy
    theirs = tmp_path / "theirs.kompass"
    ev = Evaluation.open(mine)
    ev.store.save_copy(theirs)
    ev.close()
    bo = Evaluation.open(theirs, identity=new_identity("Bo Ek"))
    item = bo.add_list_item("2", "strength", "Bos giltiga styrka")
    evaluation_id = bo.store.evaluation_id
    fw = bo.framework
    bo.close()
    return mine, theirs, {"item": item, "evaluation_id": evaluation_id, "fw": fw}


def summary_of(path: Path) -> dict:
    ev = Evaluation.open(path)
    try:
        return ev.summary()
    finally:
        ev.close()


def merge(mine: Path, theirs: Path) -> sync.MergeReport:
    report = sync.merge_files(mine, theirs)
    assert report.to_json()["rejected"] == [
        {k: r[k] for k in ("kind", "id", "field", "value", "reason")} for r in report.rejected]
    return report


def after_merge(mine: Path, before: dict, report: sync.MergeReport, ids: dict, run_cli) -> dict:
    """The checks every attack shares: the valid edit arrived, MINE's scores did not move and
    are possible, check and summary work, and a later local edit shows."""
    assert report.rejected, "the forged value was merged"
    for r in report.rejected:
        assert r["reason"] and r["reason_sv"] and len(r["value"]) <= 200
    after = summary_of(mine)
    assert after["total"] == before["total"] and after["areas"] == before["areas"]
    assert_possible(after)
    ev = Evaluation.open(mine)
    try:
        assert any(i["id"] == ids["item"] for i in ev.list_items("2", "strength"))
        ev.set_agreed("1.1", 3)
        assert ev.agreed_scores()["1.1"]["points"] == "3.0"
        assert ev.summary()["areas"][0]["subareas"][0]["points"] == 3.0
    finally:
        ev.close()
    for cmd in (("check", mine), ("summary", mine), ("summary", mine, "--json")):
        code, out, err = run_cli(*cmd)
        assert code == 0 and "Traceback" not in err, (cmd, err)
    return after


def agreed_id(ids, sub="1.1"):
    return natural_id(ids["evaluation_id"], "agreed", sub)


# ---- scores out of range, malformed points ------------------------------------------------

POINT_ATTACKS = [  # (value, why) each on another sub-area's agreed score
    ("999", "above the maximum"), ("21", "above the maximum"), ("-5", "not a point value"),
    ("12.345", "not a point value"), ("12.35", "not a point value"), ("abc", "not a point value"),
    ("NaN", "not a point value"), ("Infinity", "not a point value"), ("1e30", "not a point value"),
    (b"\x00\x01", "not a point value"), (12, "not a point value"), (12.5, "not a point value"),
    (" 5", "not a point value"), ("5,5", "not a point value"), ("٣", "not a point value")]


def test_agreed_points_are_checked_against_the_framework(files, run_cli):
    mine, theirs, ids = files
    before = summary_of(mine)
    subs = [s.number for s in ids["fw"].subareas()]
    for sub, (value, _) in zip(subs, POINT_ATTACKS):
        forge(theirs, "score_agreed", agreed_id(ids, sub), "points", value)
    report = merge(mine, theirs)
    got = {r["id"]: r for r in report.rejected}
    assert len(got) == len(report.rejected) == len(POINT_ATTACKS)
    for sub, (value, why) in zip(subs, POINT_ATTACKS):
        r = got[agreed_id(ids, sub)]
        assert (r["kind"], r["field"], r["value"]) == ("score_agreed", "points",
                                                       validation.printable(value)), sub
        assert why in r["reason"], (sub, value, r["reason"])
    after_merge(mine, before, report, ids, run_cli)
    code, out, _ = run_cli("check", mine)
    assert "invalid" not in out  # nothing invalid entered MINE


def test_a_draft_above_the_max_is_refused(files, run_cli):
    mine, theirs, ids = files
    before = summary_of(mine)
    ev = Evaluation.open(mine)
    evaluator = ev.evaluators()[0]["id"]
    ev.close()
    forge(theirs, "score_draft", natural_id(ids["evaluation_id"], "draft", "2.1", evaluator),
          "points", "999")
    report = merge(mine, theirs)
    assert [(r["kind"], r["field"], r["value"]) for r in report.rejected] == [("score_draft", "points", "999")]
    after_merge(mine, before, report, ids, run_cli)


def test_a_second_agreed_row_for_a_subarea_is_refused_whole(files, run_cli):
    mine, theirs, ids = files
    before = summary_of(mine)
    fake = str(uuid.uuid4())
    forge(theirs, "score_agreed", fake, "subarea", "1.1")
    forge(theirs, "score_agreed", fake, "points", "0.0")
    report = merge(mine, theirs)
    assert sorted(r["field"] for r in report.rejected) == ["points", "subarea"]
    assert all(r["id"] == fake and "second row" in r["reason"] for r in report.rejected)
    after_merge(mine, before, report, ids, run_cli)  # the later local edit of 1.1 shows


def test_a_version_may_not_move_a_natural_row_to_another_subarea(files, run_cli):
    mine, theirs, ids = files
    before = summary_of(mine)
    forge(theirs, "score_agreed", agreed_id(ids, "1.2"), "subarea", "1.1")
    report = merge(mine, theirs)
    assert [(r["field"], r["value"]) for r in report.rejected] == [("subarea", "1.1")]
    after_merge(mine, before, report, ids, run_cli)


# ---- comparison series, years, texts ------------------------------------------------------

def series_id(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id FROM comparison_series").fetchone()[0]
    finally:
        con.close()


SERIES_ATTACKS = [
    ("areas_json", '{"1": "9999"}'), ("areas_json", '{"1": "-50"}'), ("areas_json", "{not json"),
    ("areas_json", '{"99": "5"}'), ("areas_json", '{"1": NaN}'), ("areas_json", "[1, 2]"),
    ("areas_json", '{"1": "55.55"}'), ("total", "9999"), ("total", "-50"), ("total", "abc")]

EVALUATION_ATTACKS = [
    ("year", "abc"), ("year", 99999), ("year", 2025.5), ("framework_json", '{"areas": []}'),
    ("framework_json", "[" * 100_000), ("status", "published"), ("site_visit_start", "2025-13-45"),
    ("municipality", "x" * 1001), ("intro_text", 12345), ("intro_text", b"\x00")]


def test_comparison_series_and_evaluation_values_are_checked(files, run_cli):
    mine, theirs, ids = files
    before = summary_of(mine)
    for col, value in SERIES_ATTACKS:
        forge(theirs, "comparison_series", series_id(mine), col, value)
    for col, value in EVALUATION_ATTACKS:
        forge(theirs, "evaluation", ids["evaluation_id"], col, value)
    report = merge(mine, theirs)
    assert sorted((r["kind"], r["field"], r["value"]) for r in report.rejected) == sorted(
        [("comparison_series", c, validation.printable(v)) for c, v in SERIES_ATTACKS]
        + [("evaluation", c, validation.printable(v)) for c, v in EVALUATION_ATTACKS])
    after = after_merge(mine, before, report, ids, run_cli)
    assert after["references"] == before["references"]
    assert after["year"] == before["year"] and after["municipality"] == before["municipality"]


def test_unknown_tables_fields_and_tombstones_are_refused(files, run_cli):
    mine, theirs, ids = files
    before = summary_of(mine)
    forge(theirs, "sqlite_master", "x", "sql", "DROP TABLE meta")
    forge(theirs, "score_agreed", agreed_id(ids), "id", "other")
    forge(theirs, "score_agreed", agreed_id(ids), "points; DROP TABLE meta", "1.0")
    forge(theirs, "score_agreed", agreed_id(ids), "_deleted", 7)
    report = merge(mine, theirs)
    assert len(report.rejected) == 4
    assert {r["reason"].split(" ")[0] for r in report.rejected} >= {"unknown", "not"}
    after_merge(mine, before, report, ids, run_cli)


# ---- clocks and version vectors -----------------------------------------------------------

def _future(years: float) -> int:
    return int((time.time() + years * 365.25 * 86400) * 1000) << 16


def test_clocks_and_vectors_are_well_formed_and_bounded(files, run_cli):
    mine, theirs, ids = files
    before = summary_of(mine)
    now = int(time.time() * 1000) << 16
    cases = {
        "max_int": dict(hlc=(1 << 63) - 1), "2090": dict(hlc=_future(64)), "zero": dict(hlc=0),
        "negative": dict(hlc=-5), "text_clock": dict(hlc="soon"), "float_clock": dict(hlc=1.5),
        "vv_not_json": dict(hlc=now + 5, vv="{oops"),
        "vv_blob": dict(hlc=now + 5, vv=b"\x01\x02", vid=b"\x00" * 16),
        "vv_text_values": dict(hlc=now + 5, vv=json.dumps({FORGER: "x"})),
        "vv_no_own_entry": dict(hlc=now + 5, vv=json.dumps({"someone": now})),
        "vv_own_entry_differs": dict(hlc=now + 5, vv=json.dumps({FORGER: now + 6})),
        "vv_huge": dict(hlc=now + 5, vv=json.dumps({**{f"o{i}": 1 for i in range(300)}, FORGER: now + 5})),
        "vv_bool": dict(hlc=now + 5, vv=json.dumps({FORGER: True})),
        "vv_future_entry": dict(hlc=now + 5, vv=json.dumps({FORGER: now + 5, "x": _future(64)})),
        "origin_blob": dict(origin=b"\x00", hlc=now + 5, vv=json.dumps({"x": now}), vid=b"\x01" * 16),
        "long_origin": dict(origin="o" * 65),
        "empty_author": dict(author=""),
    }
    subs = [s.number for s in ids["fw"].subareas()]
    for sub, (case, kw) in zip(subs, cases.items()):
        forge(theirs, "score_agreed", agreed_id(ids, sub), "rationale", f"forged {case}", **kw)
    report = merge(mine, theirs)
    assert sorted(r["id"] for r in report.rejected) == sorted(agreed_id(ids, s) for s in subs[:len(cases)])
    assert all(r["field"] == "rationale" for r in report.rejected)
    after_merge(mine, before, report, ids, run_cli)
    ev = Evaluation.open(mine)
    try:
        newest = ev.store.con.execute("SELECT max(hlc) FROM field_version").fetchone()[0]
        # The local clock stays near now: no edit is dated years ahead.
        assert newest >> 16 < (time.time() + 2 * 86400) * 1000
        assert not any((r["rationale"] or "").startswith("forged") for r in ev.store.rows("score_agreed"))
    finally:
        ev.close()


# ---- references ---------------------------------------------------------------------------

def test_a_reference_to_a_missing_row_refuses_that_field_only(files, run_cli):
    mine, theirs, ids = files
    before = summary_of(mine)
    p = str(uuid.uuid4())
    forge(theirs, "participant", p, "name", "Ny deltagare")
    forge(theirs, "participant", p, "interview_id", str(uuid.uuid4()))
    e = str(uuid.uuid4())
    forge(theirs, "evidence", e, "text", "Underlag utan dokument")
    forge(theirs, "evidence", e, "document_id", "no-such-document")
    forge(theirs, "document", str(uuid.uuid4()), "blob_sha", "ab" * 32)
    forge(theirs, "evidence_tag", str(uuid.uuid4()), "evidence_id", str(uuid.uuid4()))
    report = merge(mine, theirs)
    assert sorted((r["kind"], r["field"]) for r in report.rejected) == [
        ("document", "blob_sha"), ("evidence", "document_id"), ("evidence_tag", "evidence_id"),
        ("participant", "interview_id")]
    after_merge(mine, before, report, ids, run_cli)
    ev = Evaluation.open(mine)
    try:
        assert ev.store.get("participant", p)["name"] == "Ny deltagare"
        assert ev.store.get("evidence", e)["text"] == "Underlag utan dokument"
        assert ev.store.con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        ev.close()


def test_a_reference_to_a_row_arriving_in_the_same_merge_is_kept(files, run_cli):
    mine, theirs, ids = files
    i, p = str(uuid.uuid4()), str(uuid.uuid4())
    forge(theirs, "interview", i, "title", "Ny intervju")
    forge(theirs, "participant", p, "interview_id", i)
    report = merge(mine, theirs)
    assert report.rejected == []
    ev = Evaluation.open(mine)
    try:
        assert ev.store.get("participant", p)["interview_id"] == i
    finally:
        ev.close()


# ---- the report, dry run, merge --json, the history ---------------------------------------

def forge_everything(theirs: Path, ids: dict) -> int:
    """Every kind of attack at once; returns how many versions were forged."""
    cases = [("score_agreed", agreed_id(ids), "points", "999"),
             ("score_agreed", agreed_id(ids, "1.2"), "points", "abc"),
             ("score_agreed", str(uuid.uuid4()), "subarea", "1.3"),
             ("comparison_series", series_id(theirs), "areas_json", "{"),
             ("evaluation", ids["evaluation_id"], "year", "abc"),
             ("participant", str(uuid.uuid4()), "interview_id", str(uuid.uuid4())),
             ("evaluation", ids["evaluation_id"], "municipality", "\x1b[31mX" + "x" * 1001)]
    for c in cases:
        forge(theirs, *c)
    forge(theirs, "score_agreed", agreed_id(ids, "1.4"), "rationale", "x", hlc=(1 << 63) - 1)
    return len(cases) + 1


def test_dry_run_count_and_json_agree_with_the_merge(files, run_cli, tmp_path):
    mine, theirs, ids = files
    n = forge_everything(theirs, ids)
    dry = sync.merge_files(mine, theirs, dry_run=True)
    with smerge.prepare_incoming(theirs) as inc:
        ev = Evaluation.open(mine)
        try:
            new = smerge.count_new(ev.store, inc)
        finally:
            ev.close()
    code, out, err = run_cli("merge", mine, theirs, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert len(data["rejected"]) == n == len(dry.rejected)
    assert data["rejected"] == dry.to_json()["rejected"]
    assert set(data["rejected"][0]) == {"kind", "id", "field", "value", "reason"}
    assert new == dry.new_versions + dry.new_blobs == 4  # only Bo's list item (4 fields)
    ev = Evaluation.open(mine)
    try:
        assert len(sync.last_rejected(ev.store)) == n
        assert all(r["reason_sv"] for r in sync.last_rejected(ev.store))
    finally:
        ev.close()
    # Merging again: nothing new comes in, the same values are refused again, nothing breaks.
    again = sync.merge_files(mine, theirs)
    assert again.empty and len(again.rejected) == n
    code, out, err = run_cli("merge", mine, theirs)
    assert code == 0 and "refused" in out
    assert "\x1b" not in out and "\\x1b[31mX" in out  # shown escaped, never sent to the terminal


def test_report_check_summary_after_every_attack_at_once(files, run_cli, tmp_path):
    mine, theirs, ids = files
    before = summary_of(mine)
    forge_everything(theirs, ids)
    code, out, err = run_cli("merge", mine, theirs)
    assert code == 0, err
    assert summary_of(mine)["total"] == before["total"]
    code, out, err = run_cli("report", mine, tmp_path / "r.pdf")
    assert code == 0, err
    assert (tmp_path / "r.pdf").stat().st_size > 10_000


# ---- the rules cover the schema -----------------------------------------------------------

def test_every_projected_column_has_exactly_one_rule(demo_file):
    con = sqlite3.connect(demo_file)
    try:
        for tbl in PROJECTED_TABLES:
            cols = {r[1] for r in con.execute(f"PRAGMA table_info({tbl})")} - {"id", "deleted"}
            assert set(validation.RULES[tbl]) == cols, tbl
    finally:
        con.close()
    assert set(validation.RULES) == set(PROJECTED_TABLES)


def test_every_version_the_program_writes_passes(demo_file):
    """The demo, written by the services, holds no value its own rules refuse."""
    con = sqlite3.connect(demo_file)
    con.row_factory = sqlite3.Row
    try:
        fw = validation.framework_of(con.execute("SELECT framework_json FROM evaluation").fetchone()[0])
        now = int(time.time() * 1000)
        for r in con.execute("SELECT * FROM field_version"):
            row = dict(con.execute(f"SELECT * FROM {r['tbl']} WHERE id=?", (r["row_id"],)).fetchone())
            assert validation.envelope_problem(r["origin"], r["author"], r["hlc"], r["vv"],
                                               r["row_id"], now) is None
            assert validation.value_problem(r["tbl"], r["col"], r["value"],
                                            validation.Context(fw, row)) is None, dict(r)
    finally:
        con.close()


def test_typed_input_uses_the_same_rules(demo_copy):
    from kompass_desktop.domain.errors import InputError
    from kompass_desktop.services import fieldwork
    ev = Evaluation.open(demo_copy)
    try:
        with pytest.raises(InputError):
            ev.set_agreed("1.1", "999")
        with pytest.raises(InputError):
            ev.set_agreed("1.1", "1e30")
        with pytest.raises(InputError):
            ev.add_reference("X", {"1": "9999"})
        doc = ev.store.rows("document")[0]["id"]
        with pytest.raises(InputError):
            fieldwork.update_document(ev, doc, year=3000)
        with pytest.raises(InputError):
            fieldwork.update_document(ev, doc, title="x" * (validation.SHORT_TEXT + 1))
        with pytest.raises(InputError):
            ev.update_info(year="abc")
        fieldwork.update_document(ev, doc, year=1999)
    finally:
        ev.close()


# ---- a file that already holds invalid values ---------------------------------------------

BAD_STORED = """
update score_agreed set points='abc' where subarea='1.1';
update score_agreed set points='999' where subarea='1.2';
update score_agreed set points=x'0001' where subarea='1.3';
update score_draft set points='NaN' where subarea='2.1';
update comparison_series set areas_json='{', total='abc';
update evaluation set year='abc', municipality=x'00ff', site_visit_start='abc';
update list_item set position='abc' where rowid in (select rowid from list_item limit 3);
update evaluator set name=x'0102';
update good_example set what=x'07';
update area_text set general_text=x'0c';
insert into score_agreed(id, subarea, points) values ('forged-second-row', '2.3', '0.0');
"""


def test_a_file_holding_invalid_values_opens_flags_them_and_never_crashes(demo_copy, run_cli,
                                                                          tmp_path):
    """Written by an older version or by hand: invalid values read as not set, `check` names
    each, and check, summary, summary --json and report all work."""
    from kompass_desktop.services.scoring import ScoringService
    con = sqlite3.connect(demo_copy)
    con.executescript(BAD_STORED)
    con.close()
    code, out, err = run_cli("check", demo_copy)
    assert code == 0, err
    assert "- invalid value in score_agreed 1.1 points: 'abc'" in out
    assert "invalid value in score_agreed 1.2 points: '999' (above the maximum 10)" in out
    assert "invalid value in evaluation" in out and "year: 'abc'" in out
    assert "invalid row in score_agreed 2.3" in out
    assert "ready for a final report" not in out
    code, out, err = run_cli("summary", demo_copy, "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert_possible(summary)
    subs = {s["number"]: s for a in summary["areas"] for s in a["subareas"]}
    assert subs["1.1"]["status"] == "preliminary"   # the invalid agreed score reads as not set
    assert subs["2.3"]["status"] == "agreed" and subs["2.3"]["points"] != 0  # the real row holds
    assert summary["year"] is None and summary["references"][0]["areas"] == {}
    code, out, err = run_cli("summary", demo_copy)
    assert code == 0, err
    for args in ((), ("--slides",)):
        code, out, err = run_cli("report", demo_copy, tmp_path / f"r{len(args)}.pdf", *args)
        assert code == 0, err
    ev = Evaluation.open(demo_copy)
    try:
        snap = ScoringService(ev).snapshot()
        assert snap["invalid"] == {"1.1", "1.2", "1.3", "2.1", "2.3"}  # 2.3: the forged row
        area1 = ScoringService(ev).area("1", snap)
        assert [s.invalid for s in area1.subareas][:4] == [True, True, True, False]
        assert all(s.points is None or s.points <= s.max_points for s in area1.subareas)
        # Fixing a value by typing it is an ordinary edit.
        ev.set_agreed("1.1", "4.5")
        assert ev.result().area("1").subareas[0].points == Decimal("4.5")
    finally:
        ev.close()


def test_typed_flags_and_lists_are_checked_as_the_file_holds_them(demo_copy):
    from kompass_desktop.services import fieldwork
    ev = Evaluation.open(demo_copy)
    try:
        iid = ev.store.rows("interview")[0]["id"]
        fieldwork.update_interview(ev, iid, is_group=True, date="2025-03-01", time="09:30")
        assert ev.store.get("interview", iid)["is_group"] == 1
        validation.check_typed("list_item", {"evidence_ids": ["a", "b"]})
    finally:
        ev.close()


def test_a_conflict_lists_the_value_that_came_in_not_a_hand_edited_projection(files):
    mine, theirs, ids = files
    bo = Evaluation.open(theirs, identity=new_identity("Bo Ek"))
    bo.set_agreed("1.1", 7)
    bo.close()
    con = sqlite3.connect(theirs)
    con.execute("UPDATE score_agreed SET points = '999' WHERE id = ?", (agreed_id(ids),))
    con.commit()
    con.close()
    ev = Evaluation.open(mine)
    ev.set_agreed("1.1", 5)
    ev.close()
    report = merge(mine, theirs)
    points = [c for c in report.to_json()["conflicts"] if c["field"] == "points"]
    assert [(c["mine"], c["theirs"]) for c in points] == [("5.0", "7.0")]


def test_a_natural_row_with_many_candidate_keys_is_refused_quickly(files):
    mine, theirs, ids = files
    row = natural_id(ids["evaluation_id"], "draft", "2.1", "nobody")  # a draft MINE lacks
    con = sqlite3.connect(theirs)
    for i in range(40):  # 41 × 41 possible keys, the true one among them: not searched
        append_version(con, "score_draft", row, "subarea", f"9.{i}")
        append_version(con, "score_draft", row, "evaluator_id", f"e{i}")
    append_version(con, "score_draft", row, "subarea", "2.1")
    append_version(con, "score_draft", row, "evaluator_id", "nobody")
    append_version(con, "score_draft", row, "points", "1.0")
    con.commit()
    con.close()
    report = merge(mine, theirs)
    assert len(report.rejected) == 83 and all(r["id"] == row for r in report.rejected)


def test_a_hand_edited_version_vector_in_mine_does_not_stop_editing(demo_copy, run_cli):
    ev = Evaluation.open(demo_copy)
    row = ev.agreed_row_id("1.1")
    ev.close()
    con = sqlite3.connect(demo_copy)
    con.execute("UPDATE field_version SET vv = '{oops' WHERE tbl = 'score_agreed' AND row_id = ?", (row,))
    con.commit()
    con.close()
    ev = Evaluation.open(demo_copy)
    try:
        ev.set_agreed("1.1", 2)
        assert ev.agreed_scores()["1.1"]["points"] == "2.0"
    finally:
        ev.close()
    code, out, err = run_cli("check", demo_copy)
    assert code == 0, err

"""CSV import as spreadsheets write it; a bad row fails the whole import and changes nothing."""
from decimal import Decimal as D

import pytest

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation, EvaluatorInfo


@pytest.fixture
def ev(tmp_path):
    e = Evaluation.create(tmp_path / "e.kompass", resolve_framework("kommunkompassen-2019"),
                          "Testby", 2024, [EvaluatorInfo("Karin Ek", "SKR"), EvaluatorInfo("Jonas Berg")])
    yield e
    e.close()


def test_swedish_spreadsheet_csv(ev):
    text = "\ufeffDelområde;Poäng;Motivering\r\n1.1;12,5;Tydlig plan\r\n1.2;8;\r\n"
    assert ev.import_scores(text) == 2
    agreed = ev.agreed_scores()
    assert agreed["1.1"]["points"] == "12.5" and agreed["1.1"]["rationale"] == "Tydlig plan"
    assert agreed["1.2"]["points"] == "8.0"


def test_english_csv_as_drafts(ev):
    ev.import_scores("subarea,points\n1.1,9.5\n2.3,19\n", evaluator_name="karin ek")
    drafts = {(d["subarea"], d["points"]) for d in ev.draft_scores()}
    assert drafts == {("1.1", "9.5"), ("2.3", "19.0")}
    assert ev.agreed_scores() == {}
    assert ev.summary()["areas"][0]["subareas"][0]["status"] == "preliminary"


@pytest.mark.parametrize("body,msg", [
    ("delområde;poäng\n1.1;12\n9.9;3\n", "row 3: unknown sub-area '9.9'"),
    ("delområde;poäng\n1.1;12\n1.2;10,5\n", "row 3: sub-area 1.2: 10,5 is above the maximum 10"),
    ("delområde;poäng\n1.1;-1\n", "row 2: sub-area 1.1: '-1' is not a number"),
    ("delområde;poäng\n1.1;12\n1.2\n", "row 3: expected 2 columns, found 1"),
    ("delområde;poäng\n1.1;tolv\n", "row 2: sub-area 1.1: 'tolv' is not a number"),
    ("delområde;poäng\n1.1;3\n1.1;4\n", "row 3: sub-area 1.1 was already given in row 2"),
    ("område;värde\n1;3\n", "row 1: no 'subarea/delområde' column"),
])
def test_bad_rows_fail_whole_import(ev, body, msg):
    from kompass_desktop.domain.errors import InputError
    ev.set_agreed("1.1", "5")
    before = ev.store.query("SELECT count(*) AS n FROM field_version")[0]["n"]
    with pytest.raises(InputError) as e:
        ev.import_scores(body)
    assert msg in str(e.value)
    assert ev.store.query("SELECT count(*) AS n FROM field_version")[0]["n"] == before
    assert ev.agreed_scores()["1.1"]["points"] == "5.0"


def test_reference_series_with_given_total(ev):
    ev.import_reference("Snitt 2020–2023", "\ufeffområde;poäng\n1;54\n2;60,5\n3;49\nTotalt;437\n")
    ev.import_reference("Testby 2019", "area,points\n1,40\n2,41\n")
    refs = ev.summary()["references"]
    assert refs[0] == {"label": "Snitt 2020–2023", "areas": {"1": 54, "2": 60.5, "3": 49}, "total": 437,
                       "total_given": True, "comparable": True}
    assert refs[1]["total"] == 81 and refs[1]["total_given"] is False


def test_unknown_evaluator_is_refused(ev):
    from kompass_desktop.domain.errors import InputError
    with pytest.raises(InputError, match="no evaluator named 'Nils'.*Karin Ek, Jonas Berg"):
        ev.import_scores("subarea,points\n1.1,3\n", evaluator_name="Nils")

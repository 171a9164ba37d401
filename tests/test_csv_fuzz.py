"""CSV from outside (score sheets and comparison series): whatever the text, the import either
succeeds or refuses with one InputError and changes nothing (no traceback, no partial import).

CI runs a few hundred examples; KOMPASS_THOROUGH=1 runs thousands.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompass_desktop.domain.csv_input import MAX_FIELD, csv_number
from kompass_desktop.domain.errors import InputError
from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation

THOROUGH = bool(os.environ.get("KOMPASS_THOROUGH"))
FUZZ = settings(max_examples=2000 if THOROUGH else 200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FW = resolve_framework("kommunkompassen-2019")


@pytest.fixture(scope="module")
def ev(tmp_path_factory):
    os.environ.setdefault("KOMPASS_EVALUATOR", "Fuzz")
    from kompass_desktop.services.identity import new_identity
    path = tmp_path_factory.mktemp("csv") / "e.kompass"
    e = Evaluation.create(path, FW, "Testby", 2024, identity=new_identity("Fuzz"))
    e.add_evaluator("Anna")
    yield e
    e.close()


def _state(ev: Evaluation):
    return (sorted((k, v["points"], v["rationale"]) for k, v in ev.agreed_scores().items()),
            sorted((d["subarea"], d["points"]) for d in ev.draft_scores()),
            sorted((r["label"], r["areas_json"], r["total"]) for r in ev.references()))


@pytest.mark.parametrize("cell", ["12", "0", "12,5", "12.5", "007", " 3 "])
def test_numbers(cell):
    assert csv_number(cell) == cell.strip()


@pytest.mark.parametrize("cell", [
    "1e999999999", "1" * 29, "1E+40", "5E0", "-0", "-1", "+1", "1_2", "\u0663", "\uff11",
    "1.2.3", "1,2,3", ".5", "5.", "", "NaN", "Infinity", "1 000", "0x10", "1\u00a02", "½"])
def test_not_numbers(cell):
    with pytest.raises(InputError, match="is not a number"):
        csv_number(cell)


@pytest.mark.parametrize("body,msg", [
    ("delområde;poäng\n1.1;1e999999999\n", "row 2: sub-area 1.1: '1e999999999' is not a number"),
    ("delområde;poäng\n1.1;3\n1.2;" + "1" * 29 + "\n", "row 3: sub-area 1.2: '1111"),
    ("delområde;poäng\n1.1;1E+40\n", "row 2: sub-area 1.1: '1E+40' is not a number"),
    ("delområde;poäng\n1.1;\u0663\n", "row 2: sub-area 1.1: '\u0663' is not a number"),
    ("delområde;poäng;motivering\n1.1;3;" + "x" * (MAX_FIELD + 1) + "\n",
     "row 2: a field is longer than 100,000 characters"),
    ("delområde;poäng;motivering\n1.1;3;\"" + "x" * 200_000 + "\n",
     "a field is longer than 100,000 characters"),
    ("delområde;poäng\n1.1;3\x00\n", "binary data"),
])
def test_odd_cells_are_refused_with_the_row(ev, body, msg):
    before = _state(ev)
    with pytest.raises(InputError) as e:
        ev.import_scores(body)
    assert msg in str(e.value)
    assert _state(ev) == before


def test_cr_only_line_endings_import(ev):
    """Old Mac spreadsheets end lines with CR alone: read like any other file."""
    n = ev.import_scores("delområde;poäng\r1.1;3\r1.2;4,5\r")
    assert n == 2
    assert ev.agreed_scores()["1.2"]["points"] == "4.5"


def test_reference_with_cr_and_total(ev):
    ev.import_reference("Snitt CR", "område;poäng\r1;54\r2;61\rtotalt;115\r")
    ref = [r for r in ev.references() if r["label"] == "Snitt CR"][0]
    assert ref["total"] in ("115", "115.0", 115, 115.0)


SUBS = [s.number for s in FW.subareas()] + ["9.9", "1.1.", "1,1", "", "x"]
cells = st.one_of(
    st.sampled_from(SUBS),
    st.sampled_from(["12", "3,5", "0", "20", "21", "-1", "1e5", "NaN", "1E+40", "٣", "5E0",
                     "1_2", "1" * 30, "", " ", '"', '""', "a;b", "\ufeff"]),
    st.text(max_size=12),
    st.text(alphabet="0123456789.,;\"\r\n eE+-", max_size=12))
rows = st.lists(st.lists(cells, min_size=0, max_size=4), max_size=8)
separators = st.sampled_from([";", ",", "\t"])
endings = st.sampled_from(["\n", "\r\n", "\r"])
headers = st.sampled_from([["delområde", "poäng"], ["subarea", "points", "rationale"],
                           ["delområde", "poäng", "motivering"], ["område", "poäng"],
                           ["area", "points"], ["x"], []])


def _text(header, body, sep, end, bom):
    lines = [sep.join(header)] + [sep.join(r) for r in body]
    return ("\ufeff" if bom else "") + end.join(lines) + end


@FUZZ
@given(headers, rows, separators, endings, st.booleans(), st.sampled_from([None, "Anna"]))
def test_score_import_all_or_nothing(ev, header, body, sep, end, bom, evaluator):
    text = _text(header, body, sep, end, bom)
    before = _state(ev)
    try:
        n = ev.import_scores(text, evaluator)
    except InputError as e:
        assert str(e) and "\n" not in str(e).strip()
        assert _state(ev) == before, "a refused import changed the file"
    else:
        assert n >= 1


@FUZZ
@given(headers, rows, separators, endings, st.booleans(), st.text(min_size=1, max_size=10))
def test_reference_import_all_or_nothing(ev, header, body, sep, end, bom, label):
    text = _text(header, body, sep, end, bom)
    before = _state(ev)
    try:
        ev.import_reference(label, text)
    except InputError as e:
        assert str(e)
        assert _state(ev) == before, "a refused import changed the file"


@pytest.fixture(scope="module")
def cli_target(tmp_path_factory):
    target = tmp_path_factory.mktemp("cli") / "e.kompass"
    Evaluation.create(target, FW, "Testby", 2024).close()
    return target


@settings(FUZZ, max_examples=2000 if THOROUGH else 60)
@given(st.binary(max_size=300))
def test_any_bytes_through_the_command(tmp_path_factory, cli_target, data):
    """Through `kompass import-scores` itself: one line on stderr or success, exit 0/1."""
    import contextlib
    import io

    from kompass_desktop.cli.main import main
    csv_path = cli_target.with_name("in.csv")
    csv_path.write_bytes(data)
    target = cli_target
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main(["import-scores", str(target), str(csv_path)])
    if code:
        assert code == 1 and len(err.getvalue().strip().splitlines()) == 1
        assert "Traceback" not in err.getvalue()
    else:
        assert out.getvalue().startswith("imported ")

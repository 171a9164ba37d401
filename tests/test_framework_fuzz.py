"""Framework JSON from outside: odd text gets a FrameworkError (never a traceback), and any
framework the editor can save opens again, also as the copy an evaluation keeps.

CI runs a few hundred examples; KOMPASS_THOROUGH=1 runs thousands.
"""
from __future__ import annotations

import json
import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompass_desktop.domain.errors import FrameworkError
from kompass_desktop.domain.framework import (
    FORMAT, parse_framework_json, resolve_framework, validate_framework_data)
from kompass_desktop.services.framework_edit import load_framework_data, save_framework

THOROUGH = bool(os.environ.get("KOMPASS_THOROUGH"))
FUZZ = settings(max_examples=2000 if THOROUGH else 150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

BASE = resolve_framework("kommunkompassen-2019").to_dict()


def _with(**changes) -> str:
    return json.dumps({**BASE, **changes})


@pytest.mark.parametrize("text,reason", [
    (_with(area_max=None).replace("null", "Infinity"), "Infinity is not a number"),
    (json.dumps(BASE).replace('"max_points": 20', '"max_points": NaN', 1), "NaN is not a number"),
    (json.dumps(BASE).replace('"max_points": 20', '"max_points": -Infinity', 1), "Infinity is not a number"),
    ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
    ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
    (json.dumps(BASE).replace('"max_points": 20', '"max_points": ' + "9" * 5000, 1), "more than 30 digits"),
    (json.dumps(BASE).replace('"max_points": 20', '"max_points": 1e400', 1), "too large"),
    (json.dumps(BASE).replace('"max_points": 20', '"max_points": 1e30', 1), "more than 10000"),
    (json.dumps(BASE).replace('"max_points": 20', '"max_points": 2.25', 1), "more than one decimal"),
    (json.dumps(BASE).replace('"number": "1"', '"number": "' + "1" * 5000 + '"', 1), "too long a number"),
    ("", "line 1, column 1"),
    ("\x00", "line 1, column 1"),
])
def test_odd_framework_json_gets_a_reason(text, reason, tmp_path):
    with pytest.raises(FrameworkError, match=reason):
        parse_framework_json(text)
    p = tmp_path / "fw.json"
    p.write_text(text, encoding="utf-8")
    # The editor's loader reads the same JSON with the same limits.
    if "nested" in reason or "Infinity" in reason or "NaN" in reason or "digits" in reason \
            or "too large" in reason or "line 1" in reason:
        with pytest.raises(FrameworkError, match=reason):
            load_framework_data(p)


def test_area_max_null_is_kept_and_reopens(tmp_path):
    """`"area_max": null` (the editor's empty field) switches the sum check off, and the
    saved file and an evaluation's copy keep saying so: they open again."""
    data = json.loads(_with(area_max=None))
    data["areas"][0]["subareas"][0]["max_points"] = 7  # the sums no longer make 100
    fw = save_framework(data, tmp_path / "fw.json")
    assert fw.area_max is None
    again = parse_framework_json((tmp_path / "fw.json").read_text(encoding="utf-8"))
    assert again == fw and again.area_max is None
    assert json.loads(fw.to_json())["area_max"] is None

    from kompass_desktop.services.evaluation import Evaluation
    ev = Evaluation.create(tmp_path / "e.kompass", fw, "Testby", 2024)
    ev.close()
    ev = Evaluation.open(tmp_path / "e.kompass", read_only=True)
    assert ev.framework.area_max is None
    assert ev.framework.areas[0].max_points == 7 + sum(
        s.max_points for s in fw.areas[0].subareas[1:])
    ev.close()


# ---- any text: a FrameworkError or a framework, nothing else -----------------------------

json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                      st.text(max_size=20))
json_values = st.recursive(json_leaf, lambda kids: st.one_of(
    st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=8), kids, max_size=4)),
    max_leaves=20)


@FUZZ
@given(st.one_of(
    st.text(max_size=200),
    st.text(alphabet=string.digits + "[]{}:,.-+eE\"INafinity ", max_size=300),
    json_values.map(json.dumps)))
def test_any_text_is_a_framework_or_a_reason(text):
    try:
        parse_framework_json(text)
    except FrameworkError as e:
        assert str(e)


# ---- mutated frameworks: valid ones save and reopen ----------------------------------------

good_points = st.one_of(st.integers(min_value=1, max_value=10_000),
                        st.decimals(min_value="0.1", max_value=100, places=1).map(float))
points = st.one_of(
    *[good_points] * 10,
    st.integers(min_value=-5, max_value=20_000),
    st.decimals(min_value=-1, max_value=20_000, places=2, allow_nan=False).map(float),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    st.none(), st.just("10"))


@st.composite
def framework_data(draw):
    data = json.loads(json.dumps(BASE))
    kind = draw(st.integers(0, 9))
    if kind < 2:
        data.pop("area_max", None)  # the default, 100
    else:
        data["area_max"] = None if kind < 8 else 100 if kind == 8 else draw(points)
    n_areas = draw(st.integers(min_value=1, max_value=3))
    data["areas"] = data["areas"][:n_areas]
    for area in data["areas"]:
        n = draw(st.integers(min_value=1, max_value=len(area["subareas"])))
        area["subareas"] = area["subareas"][:n]
        for sub in area["subareas"]:
            if draw(st.integers(0, 2)) == 0:
                sub["max_points"] = draw(points)
            if draw(st.integers(0, 40)) == 0:
                sub["number"] = draw(st.text(alphabet="0123456789.", min_size=0, max_size=6))
            if draw(st.integers(0, 40)) == 0:
                sub["title"] = draw(st.text(max_size=30))
            if draw(st.integers(0, 40)) == 0:
                sub["questions"] = draw(st.lists(st.text(max_size=20), max_size=3))
    if draw(st.integers(0, 9)) == 0:
        data["id"] = draw(st.text(max_size=12))
    data["description"] = draw(st.text(max_size=40))
    return data


@FUZZ
@given(fw_data=framework_data())
def test_every_saved_framework_reopens(tmp_path_factory, fw_data):
    data = fw_data
    tmp = tmp_path_factory.mktemp("fw")
    problems = validate_framework_data(data)
    try:
        fw = save_framework(data, tmp / "fw.json")
    except FrameworkError:
        assert problems, "refused without a reason"
        assert not (tmp / "fw.json").exists()
        return
    assert not problems
    assert fw.to_dict()["format"] == FORMAT
    reopened = parse_framework_json((tmp / "fw.json").read_text(encoding="utf-8"))
    assert reopened == fw
    assert reopened.area_max == fw.area_max
    # And the copy an evaluation keeps of it (its own JSON) reads back the same.
    assert parse_framework_json(reopened.to_json()) == fw

"""Frameworks as data: built-ins transcribed from the seeds, clear errors for bad files."""
import copy
import json
from decimal import Decimal as D

import pytest

from kompass_desktop.domain.errors import FrameworkError
from kompass_desktop.domain.framework import (
    builtin_frameworks, framework_from_data, load_framework_file, parse_framework_json,
    resolve_framework)


def test_builtin_revisions_have_seed_structure():
    fws = {f.id: f for f in builtin_frameworks()}
    new, old = fws["kommunkompassen-2019"], fws["kommunkompassen-2015"]
    assert len(new.areas) == 8 and len(new.subareas()) == 36
    assert len(old.areas) == 8 and len(old.subareas()) == 45
    for fw in (new, old):
        assert fw.max_points == 800
        assert all(a.max_points == 100 for a in fw.areas)
    assert new.subarea("1.3").title == "Medborgarnas möjlighet till dialog med politiken"
    assert new.subarea("7.2").max_points == 40
    assert old.subarea("2.4").title.endswith("?")


def test_every_shipped_framework_passes_the_schema_and_the_rules():
    """Files carrying a copy of a shipped framework skip jsonschema at open (is_shipped):
    this is the check that stands in for it."""
    from kompass_desktop.domain.framework import is_shipped, loads_framework_json, validate_framework_data
    from kompass_desktop.paths import FRAMEWORKS_DIR
    files = sorted(FRAMEWORKS_DIR.glob("*.json"))
    assert len(files) == 2
    for p in files:
        data = loads_framework_json(p.read_text(encoding="utf-8-sig"), p.name)
        assert validate_framework_data(data, p.name) == [], p.name
        assert is_shipped(data)
        # An evaluation file stores its copy as to_json(): still recognised as shipped.
        fw = framework_from_data(data, p.name)
        assert is_shipped(loads_framework_json(fw.to_json()))
    changed = _base()
    changed["areas"][0]["title"] = "Ett annat namn"
    assert not is_shipped(changed)  # any change goes through the schema again


def test_round_trip_is_identical():
    for fw in builtin_frameworks():
        again = parse_framework_json(fw.to_json())
        assert again == fw
        assert again.to_dict() == fw.to_dict()


def _base():
    return resolve_framework("kommunkompassen-2019").to_dict()


def _problems(data):
    with pytest.raises(FrameworkError) as e:
        framework_from_data(data, "x.json")
    return e.value.problems


def test_sum_of_max_points_is_checked():
    d = _base()
    d["areas"][1]["subareas"][0]["max_points"] = 16
    assert any("areas[1]" in p and "sum to 101" in p for p in _problems(d))


def test_area_max_allows_other_sums():
    d = _base()
    d["areas"][1]["subareas"][0]["max_points"] = 16
    d["area_max"] = None  # null: areas may have any sum
    assert framework_from_data(d).area("2").max_points == 101
    d["area_max"] = 101
    fw_problems = _problems(d)
    assert all("sum to 100" in p for p in fw_problems)  # the other seven areas now fail


def test_duplicate_and_misplaced_numbers():
    d = _base()
    d["areas"][0]["subareas"][1]["number"] = "1.1"
    d["areas"][2]["subareas"][0]["number"] = "4.1"
    probs = _problems(d)
    assert any("1.1 is used twice" in p for p in probs)
    assert any("4.1 does not belong to area 3" in p for p in probs)


def test_schema_errors_name_the_field():
    d = _base()
    d["areas"][0]["subareas"][2]["max_points"] = -5
    del d["areas"][3]["title"]
    probs = _problems(d)
    assert any(p.startswith("areas[0].subareas[2].max_points") for p in probs)
    assert any(p.startswith("areas[3]") and "title" in p for p in probs)


def test_json_syntax_error_gives_line(tmp_path):
    p = tmp_path / "broken.json"
    p.write_text('{\n  "format": "kompass-framework/1",\n  "id": "x" "name": 1\n}', encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"broken.json: line 3"):
        load_framework_file(p)


def test_unknown_id():
    with pytest.raises(FrameworkError, match="no built-in framework"):
        resolve_framework("kommunkompassen-1999")

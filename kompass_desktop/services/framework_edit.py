"""Editing framework revisions as data: new, variant, validate, import and export.

The rules are the domain's (validate_framework_data); this module only says where each
problem is in words an evaluator reads, and refuses to write a framework that breaks them.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from kompass_desktop.domain.errors import FrameworkError
from kompass_desktop.domain.framework import (
    FORMAT, Framework, framework_from_data, loads_framework_json, parse_framework_json,
    validate_framework_data)


def new_framework_data() -> dict[str, Any]:
    return {"format": FORMAT, "id": "nytt-ramverk", "name": "Nytt ramverk", "language": "sv",
            "areas": [{"number": "1", "title": "Nytt område",
                       "subareas": [{"number": "1.1", "title": "Nytt delområde",
                                     "max_points": 100}]}]}


def variant_data(framework: Framework) -> dict[str, Any]:
    """A copy with its own id, so the original revision (and every evaluation keeping a copy
    of it) stays as it was."""
    data = copy.deepcopy(framework.to_dict())
    data["id"] = f"{framework.id}-variant"
    data["name"] = f"{framework.name} (variant)"
    return data


_PATH = re.compile(r"^areas\[(\d+)\](?:\.subareas\[(\d+)\])?(?:\.questions\[(\d+)\])?(?:\.(\w+))?: (.*)$")
_FIELDS = {"number": "nummer", "title": "rubrik", "max_points": "maxpoäng",
           "description": "beskrivning", "questions": "frågor", "subareas": "delområden",
           "id": "id", "name": "namn", "language": "språk", "area_max": "områdesmax",
           "format": "format", "areas": "områden"}
_MESSAGES = [
    (re.compile(r"^'' should be non-empty$"), "får inte vara tom"),
    (re.compile(r"^(.*) is not of type 'number'$"), r"\1 är inte ett tal"),
    (re.compile(r"^(.*) is less than or equal to the minimum of 0$"), r"\1 måste vara större än 0"),
    (re.compile(r"^area number (\S+) is used twice$"), r"områdesnummer \1 används två gånger"),
    (re.compile(r"^sub-area number (\S+) is used twice$"), r"delområdesnummer \1 används två gånger"),
    (re.compile(r"^area (\S+) is out of order$"), r"område \1 står i fel ordning"),
    (re.compile(r"^sub-area (\S+) is out of order$"), r"delområde \1 står i fel ordning"),
    (re.compile(r"^(\S+) does not belong to area (\S+)$"), r"\1 hör inte till område \2"),
    (re.compile(r"^the sub-areas' max_points sum to (\S+), not (\S+) \(.*\)$"),
     r"delområdenas maxpoäng summerar till \1, inte \2"),
    (re.compile(r"^(.*) does not match '.*'$"), r"\1 har fel form"),
    (re.compile(r"^\[\] should be non-empty$"), "måste ha minst ett element"),
]


def _say(message: str) -> str:
    for pattern, repl in _MESSAGES:
        if pattern.match(message):
            return pattern.sub(repl, message)
    return message


def describe_problems(data: Any) -> list[str]:
    """The domain's problems, each prefixed with where it is in the framework, in Swedish.

    The field path of the JSON file stays in brackets so the message still points into
    an exported file exactly."""
    out = []
    for problem in validate_framework_data(data):
        path, _, message = problem.partition(": ")
        m = _PATH.match(problem)
        if m and isinstance(data, dict):
            ai, si, qi, fld, msg = m.groups()
            where = []
            try:
                area = data["areas"][int(ai)]
                where.append(f"Område {area.get('number') or int(ai) + 1}")
                if si is not None:
                    sub = area["subareas"][int(si)]
                    where.append(f"delområde {sub.get('number') or int(si) + 1}")
                if qi is not None:
                    where.append(f"fråga {int(qi) + 1}")
            except (KeyError, IndexError, TypeError, AttributeError):
                where.append(path)
            if fld:
                where.append(_FIELDS.get(fld, fld))
            out.append(f"{', '.join(where)}: {_say(msg)}  [{path}]")
        elif path in _FIELDS:
            out.append(f"Ramverkets {_FIELDS[path]}: {_say(message)}  [{path}]")
        else:
            out.append(_say(problem))
    return out


def load_framework_data(path: str | Path) -> dict[str, Any]:
    """The JSON object of a framework file, valid or not (the editor shows the problems)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise FrameworkError(path.name, [f"cannot read the file ({e.__class__.__name__}: {e})"]) from None
    data = loads_framework_json(text, path.name)
    if not isinstance(data, dict):
        raise FrameworkError(path.name, ["the file must hold one JSON object"])
    return data


def save_framework(data: dict[str, Any], path: str | Path) -> Framework:
    """Write a valid framework as JSON (the format's canonical form); refuse an invalid one."""
    fw = framework_from_data(data, "the edited framework")
    text = fw.to_json()
    # What is written must read back as the same framework (an evaluation keeps a copy
    # of it and must always open again).
    if parse_framework_json(text, "the edited framework") != fw:
        raise FrameworkError("the edited framework", ["it does not read back as written"])
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)
    return fw

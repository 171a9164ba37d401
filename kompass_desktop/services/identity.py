"""The evaluator identity of this installation, kept in the user's settings.

One file for the CLI and the GUI alike, so both stamp edits with the same identity.
"""
from __future__ import annotations

import getpass
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from kompass_desktop.paths import config_dir


@dataclass
class Identity:
    evaluator_id: str
    name: str
    organisation: str
    origin: str  # one per installation: copying a file never clones an origin

    def actor(self):
        from kompass_desktop.storage.store import Actor  # storage loads with the first file
        return Actor(origin=self.origin, author=self.evaluator_id, name=self.name,
                     organisation=self.organisation)


def _path() -> Path:
    return config_dir() / "identity.json"


def load_identity() -> Identity | None:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
        return Identity(**{k: data[k] for k in ("evaluator_id", "name", "organisation", "origin")})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_identity(identity: Identity) -> None:
    p = _path()
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(identity), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, p)


def new_identity(name: str, organisation: str = "") -> Identity:
    return Identity(evaluator_id=str(uuid.uuid4()), name=name.strip(),
                    organisation=organisation.strip(), origin=str(uuid.uuid4()))


def current_identity(create: bool = True) -> Identity | None:
    """The saved identity; for scripted use a default one is made from the login name."""
    ident = load_identity()
    if ident is None and create:
        try:
            user = getpass.getuser()
        except Exception:
            user = "utvärderare"
        ident = new_identity(user)
        save_identity(ident)
    return ident

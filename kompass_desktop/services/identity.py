"""The evaluator identity of this installation, kept in the user's settings.

One file for the CLI and the GUI alike, so both stamp edits with the same identity.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from kompass_desktop.domain.errors import KompassError
from kompass_desktop.paths import config_dir

# For scripts: who the edits of this installation are stamped with, as "Name" or
# "Name, Organisation", when no identity has been saved yet.
IDENTITY_ENV = "KOMPASS_EVALUATOR"


class IdentityMissing(KompassError):
    """A command that writes needs to know who the evaluator is, and nobody said."""


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
    import uuid  # only for a new identity: not on the start-up path
    return Identity(evaluator_id=str(uuid.uuid4()), name=name.strip(),
                    organisation=organisation.strip(), origin=str(uuid.uuid4()))


def script_identity(ask: Callable[[], tuple[str, str] | None] | None = None) -> Identity:
    """The identity the `kompass` command writes with: the saved one; else one from
    KOMPASS_EVALUATOR; else, on a terminal, the name `ask` gets from the user. Never a
    silent default from the login name (edits would carry "root" into a shared file)."""
    ident = load_identity()
    if ident is not None:
        return ident
    name, organisation = "", ""
    env = os.environ.get(IDENTITY_ENV, "").strip()
    if env:
        name, _, organisation = env.partition(",")
    elif ask is not None:
        answer = ask()
        if answer:
            name, organisation = answer
    if not name.strip():
        raise IdentityMissing(
            f"no evaluator name is set on this computer: set {IDENTITY_ENV}='Your Name, "
            "Organisation' (or run the command on a terminal, or open the workbench once)",
            sv=f"inget utvärderarnamn är angivet på den här datorn: sätt {IDENTITY_ENV}='Ditt namn, "
               "Organisation' (eller kör kommandot i en terminal, eller öppna arbetsbänken en gång)")
    ident = new_identity(name, organisation)
    save_identity(ident)
    return ident


def current_identity(create: bool = True) -> Identity | None:
    """The saved identity; with `create`, a default made from the login name (the
    workbench's fallback when its first-start dialog is dismissed; the command asks
    instead, see script_identity)."""
    ident = load_identity()
    if ident is None and create:
        import getpass
        try:
            user = getpass.getuser()
        except Exception:
            user = "utvärderare"
        ident = new_identity(user)
        save_identity(ident)
    return ident

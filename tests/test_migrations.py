"""Files made by an older schema are migrated on open, after a copy of the original is kept."""
import sqlite3
import uuid

import pytest

from kompass_desktop.domain.framework import resolve_framework
from kompass_desktop.services.evaluation import Evaluation
from kompass_desktop.storage import schema
from kompass_desktop.storage.store import Actor


def _old_file(path, version):
    con = sqlite3.connect(path, isolation_level=None)
    con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.apply_migrations(con, 0, up_to=version)
    eid = str(uuid.uuid4())
    con.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("format", schema.FILE_FORMAT), ("evaluation_id", eid), ("min_reader_schema", "1")])
    # an evaluation row written the way schema `version` stored it
    fw = resolve_framework("kommunkompassen-2019").to_json()
    con.execute("INSERT INTO evaluation(id, municipality, year, framework_json) VALUES (?,?,?,?)",
                (eid, "Gammelby", 2019, fw))
    con.close()


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_older_schema_is_migrated_with_a_backup(tmp_path, kompass_home, version):
    p = tmp_path / "old.kompass"
    _old_file(p, version)
    ev = Evaluation.open(p)
    assert ev.info()["municipality"] == "Gammelby"
    ev.close()
    assert schema.read_header(p).user_version == schema.SCHEMA_VERSION
    backups = list((kompass_home / "data" / "backups").glob(f"old.schema{version}.kompass"))
    assert len(backups) == 1 and schema.read_header(backups[0]).user_version == version


def test_migrations_are_numbered_in_order():
    versions = [m.version for m in schema.migrations()]
    assert versions == list(range(1, len(versions) + 1))
    assert schema.SCHEMA_VERSION == versions[-1]

"""Schema introspection (sqlite-utils): a migrated file has exactly the schema of a new file."""
import sqlite3

import pytest

from kompass_desktop.storage import schema
from tests.test_migrations import _old_file


def test_schema_1_differs_from_a_new_file_in_the_version_log_and_later_tables():
    con = sqlite3.connect(":memory:", isolation_level=None)
    schema.apply_migrations(con, 0, up_to=1)
    diff = schema.schema_difference(con)
    assert "table field_version differs" in diff
    assert "table score_agreed differs" not in diff   # untouched since schema 1
    shape = schema.schema_shape(con)["field_version"]
    assert ("value", "ANY", False, 0) in shape["columns"]   # numeric affinity in schema 1


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_a_migrated_file_has_the_schema_of_a_new_file(tmp_path, version):
    p = tmp_path / "old.kompass"
    _old_file(p, version)
    schema.migrate_file(p, tmp_path / "backups")
    con = sqlite3.connect(p)
    try:
        assert schema.schema_difference(con) == []
        fv = schema.schema_shape(con)["field_version"]
        assert fv["without_rowid"] and ("value", "", False, 0) in fv["columns"]
    finally:
        con.close()


def test_a_migration_that_leaves_a_wrong_schema_is_refused(tmp_path, monkeypatch):
    p = tmp_path / "old.kompass"
    _old_file(p, 1)
    broken = [m if m.version == 1 else schema.Migration(m.version, m.name, "SELECT 1;")
              for m in schema.migrations()]
    fresh = schema.fresh_schema_shape()
    monkeypatch.setattr(schema, "fresh_schema_shape", lambda: fresh)
    monkeypatch.setattr(schema, "migrations", lambda: broken)
    with pytest.raises(schema.FileRefused, match="could not be brought up to date"):
        schema.migrate_file(p, tmp_path / "backups")
    assert (tmp_path / "backups" / "old.schema1.kompass").exists()


def test_table_columns_lists_the_projection_in_table_order():
    con = sqlite3.connect(":memory:", isolation_level=None)
    schema.apply_migrations(con, 0)
    cols = schema.table_columns(con, ("participant", "no_such_table"))
    assert cols == {"participant": ["id", "deleted", "interview_id", "name", "role", "function", "position",
                                    "person_id"]}

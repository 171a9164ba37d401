-- Schema 2: the log keeps values exactly as written.
-- In schema 1 `value ANY` had NUMERIC affinity, so text such as '12.0' or '007' came back
-- as 12 or 7: the content hash of a version could not be recomputed on merge, and a merged
-- or undone text field could change under the user's hands. A column without a declared
-- type has no affinity and stores every value as given.
CREATE TABLE field_version_exact (
    vid    BLOB PRIMARY KEY,
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col    TEXT NOT NULL,
    value,
    origin TEXT NOT NULL,
    author TEXT NOT NULL,
    hlc    INTEGER NOT NULL,
    vv     TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO field_version_exact SELECT vid, tbl, row_id, col, value, origin, author, hlc, vv FROM field_version;
DROP TABLE field_version;
ALTER TABLE field_version_exact RENAME TO field_version;
CREATE INDEX field_version_key ON field_version (tbl, row_id, col);
CREATE INDEX field_version_hlc ON field_version (hlc);

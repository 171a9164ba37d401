-- Schema 3: the register of people (PRODUCT §3.8) and erasures of personal data.
-- Both are projections of the field_version log like every other table, so they merge.

-- One entry per person the evaluation names; the same person across interviews is one
-- entry (participants point at it). Name, contact and note are what the clean-up erases;
-- role, function and organisation stay.
CREATE TABLE person (
    id           TEXT PRIMARY KEY,
    deleted      INTEGER NOT NULL DEFAULT 0,
    name         TEXT,
    role         TEXT,
    function     TEXT,
    organisation TEXT,
    contact      TEXT,
    note         TEXT
);

ALTER TABLE participant ADD COLUMN person_id TEXT;  -- the register entry (person.id), if joined
CREATE INDEX participant_person ON participant (person_id);

-- An erasure (db/README.md §4): one version of column `spec` whose vv is the file's
-- knowledge vector when it was made. Who and when come from that version. Never edited.
CREATE TABLE erasure (
    id      TEXT PRIMARY KEY,
    deleted INTEGER NOT NULL DEFAULT 0,
    spec    TEXT
);

-- A reader older than schema 3 would not honour erasures: it must not open this file.
UPDATE meta SET value = '3' WHERE key = 'min_reader_schema';

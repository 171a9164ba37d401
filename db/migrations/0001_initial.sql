-- Kompass evaluation file, schema 1.
-- The field_version log is the source of truth; the typed tables below it are its
-- projection (SYNC.md §3). Rows are never removed: deletion sets `deleted` from a
-- `_deleted` version (a tombstone), so merges can propagate it.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE field_version (
    vid    BLOB PRIMARY KEY,      -- sha256(origin|hlc|tbl|row_id|col|value|vv)[:16]
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col    TEXT NOT NULL,         -- '_deleted' is the tombstone register
    value  ANY,
    origin TEXT NOT NULL,         -- installation that wrote it
    author TEXT NOT NULL,         -- evaluator identity that wrote it
    hlc    INTEGER NOT NULL,      -- (unix_ms << 16) | counter
    vv     TEXT NOT NULL          -- JSON {origin: hlc} the writer had seen, this write included
) WITHOUT ROWID;
CREATE INDEX field_version_key ON field_version (tbl, row_id, col);
CREATE INDEX field_version_hlc ON field_version (hlc);

CREATE TABLE field_head (
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col    TEXT NOT NULL,
    vid    BLOB NOT NULL REFERENCES field_version (vid),
    PRIMARY KEY (tbl, row_id, col, vid)
) WITHOUT ROWID;

-- People who wrote to this file (for "who" in histories and conflicts); merged by union.
CREATE TABLE author (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT
);

-- Attached files, content-addressed: each travels and is stored once.
CREATE TABLE blob (
    sha256 TEXT PRIMARY KEY,
    data   BLOB NOT NULL,
    size   INTEGER NOT NULL
);

CREATE TABLE sync_log (
    id              TEXT PRIMARY KEY,
    at              TEXT NOT NULL,
    peer_file       TEXT,
    peer_authors    TEXT,
    incoming_sha256 TEXT,
    new_versions    INTEGER NOT NULL,
    report          TEXT NOT NULL,    -- JSON MergeReport
    backup_path     TEXT
);

-- ---- projection ----------------------------------------------------------------

CREATE TABLE evaluation (
    id                     TEXT PRIMARY KEY,
    deleted                INTEGER NOT NULL DEFAULT 0,
    municipality           TEXT,
    year                   INTEGER,
    title                  TEXT,
    framework_json         TEXT,
    evaluation_order       INTEGER,
    status                 TEXT,          -- draft | final
    questionnaire_received TEXT,
    site_visit_start       TEXT,
    site_visit_end         TEXT,
    report_delivered       TEXT,
    feedback_seminar       TEXT,
    intro_text             TEXT           -- "what is Kommunkompassen", editable per evaluation
);

CREATE TABLE evaluator (
    id           TEXT PRIMARY KEY,
    deleted      INTEGER NOT NULL DEFAULT 0,
    name         TEXT,
    organisation TEXT,
    identity_id  TEXT,                    -- the installation identity that claimed this evaluator
    position     REAL
);

CREATE TABLE interview (
    id           TEXT PRIMARY KEY,
    deleted      INTEGER NOT NULL DEFAULT 0,
    title        TEXT,
    date         TEXT,
    time         TEXT,
    place        TEXT,
    is_group     INTEGER,
    notes        TEXT,
    evaluator_id TEXT
);

CREATE TABLE participant (
    id           TEXT PRIMARY KEY,
    deleted      INTEGER NOT NULL DEFAULT 0,
    interview_id TEXT REFERENCES interview (id) DEFERRABLE INITIALLY DEFERRED,
    name         TEXT,
    role         TEXT,
    function     TEXT,
    position     REAL
);
CREATE INDEX participant_interview ON participant (interview_id);

CREATE TABLE document (
    id         TEXT PRIMARY KEY,
    deleted    INTEGER NOT NULL DEFAULT 0,
    title      TEXT,
    kind       TEXT,
    issuer     TEXT,
    adopted    TEXT,
    year       INTEGER,
    url        TEXT,
    pages      TEXT,
    notes      TEXT,
    blob_sha   TEXT REFERENCES blob (sha256) DEFERRABLE INITIALLY DEFERRED,
    file_name  TEXT
);

CREATE TABLE evidence (
    id           TEXT PRIMARY KEY,
    deleted      INTEGER NOT NULL DEFAULT 0,
    source       TEXT,                    -- interview | document | website
    interview_id TEXT REFERENCES interview (id) DEFERRABLE INITIALLY DEFERRED,
    document_id  TEXT REFERENCES document (id) DEFERRABLE INITIALLY DEFERRED,
    url          TEXT,
    page         TEXT,
    text         TEXT,
    status       TEXT,                    -- in_place | planned
    evaluator_id TEXT,
    quote_start  INTEGER,                 -- passage in the interview notes, if tagged there
    quote_end    INTEGER
);
CREATE INDEX evidence_interview ON evidence (interview_id);
CREATE INDEX evidence_document ON evidence (document_id);

-- id = uuid5(evidence_id + subarea): two evaluators tagging the same pair meet in one row.
CREATE TABLE evidence_tag (
    id          TEXT PRIMARY KEY,
    deleted     INTEGER NOT NULL DEFAULT 0,
    evidence_id TEXT REFERENCES evidence (id) DEFERRABLE INITIALLY DEFERRED,
    subarea     TEXT
);
CREATE INDEX evidence_tag_evidence ON evidence_tag (evidence_id);
CREATE INDEX evidence_tag_subarea ON evidence_tag (subarea);

-- Points are TEXT decimals ('12.5') so one-decimal values stay exact.
CREATE TABLE score_draft (
    id           TEXT PRIMARY KEY,        -- uuid5(subarea + evaluator)
    deleted      INTEGER NOT NULL DEFAULT 0,
    subarea      TEXT,
    evaluator_id TEXT,
    points       TEXT,
    rationale    TEXT
);

CREATE TABLE score_agreed (
    id        TEXT PRIMARY KEY,           -- uuid5(subarea)
    deleted   INTEGER NOT NULL DEFAULT 0,
    subarea   TEXT,
    points    TEXT,
    rationale TEXT,
    spread    TEXT                        -- JSON {evaluator_id: draft points} it was agreed from
);

CREATE TABLE area_ready (
    id           TEXT PRIMARY KEY,        -- uuid5(area + evaluator)
    deleted      INTEGER NOT NULL DEFAULT 0,
    area         TEXT,
    evaluator_id TEXT,
    ready        INTEGER
);

CREATE TABLE area_text (
    id           TEXT PRIMARY KEY,        -- uuid5(area)
    deleted      INTEGER NOT NULL DEFAULT 0,
    area         TEXT,
    general_text TEXT
);

CREATE TABLE subarea_text (
    id      TEXT PRIMARY KEY,             -- uuid5(subarea)
    deleted INTEGER NOT NULL DEFAULT 0,
    subarea TEXT,
    text    TEXT
);

-- Strengths, improvement opportunities and the summary's improvement areas.
CREATE TABLE list_item (
    id           TEXT PRIMARY KEY,
    deleted      INTEGER NOT NULL DEFAULT 0,
    area         TEXT,                    -- '' for the summary list
    kind         TEXT,                    -- strength | improvement | summary_improvement
    text         TEXT,
    position     REAL,
    evidence_ids TEXT                     -- JSON list of evidence ids it cites
);
CREATE INDEX list_item_area ON list_item (area, kind);

CREATE TABLE good_example (
    id           TEXT PRIMARY KEY,
    deleted      INTEGER NOT NULL DEFAULT 0,
    subarea      TEXT,
    municipality TEXT,
    what         TEXT,
    why          TEXT
);

CREATE TABLE comparison_series (
    id           TEXT PRIMARY KEY,
    deleted      INTEGER NOT NULL DEFAULT 0,
    label        TEXT,
    areas_json   TEXT,                    -- {"1": "54", ...}
    total        TEXT,                    -- given total, or NULL: the sum of the areas
    framework_id TEXT,
    source       TEXT,                    -- typed | file | average
    position     REAL
);

-- Full-text search over what evaluators wrote; Swedish letters kept as they are.
-- search_doc maps a row to its FTS rowid so an edit replaces exactly its own entry.
CREATE TABLE search_doc (
    rowid  INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL,
    row_id TEXT NOT NULL,
    UNIQUE (kind, row_id)
);
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body,
    tokenize = "unicode61 remove_diacritics 0"
);

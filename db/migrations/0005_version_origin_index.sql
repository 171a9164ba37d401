-- Schema 5: the version log indexed by origin and clock.
-- Opening a file asks for its own replica's newest clock, and compaction for its own replica's
-- versions of the last hours. With only the clock index SQLite walked the whole log for a
-- replica that had written little or nothing yet (a colleague's file, a fresh copy): 0.17 s
-- twice per open of the large evaluation. Older readers ignore the index.
CREATE INDEX field_version_origin ON field_version (origin, hlc);

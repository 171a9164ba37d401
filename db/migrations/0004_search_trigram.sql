-- Schema 4: search inside words, and drafts entered on someone else's behalf.
-- Swedish compounds words: "policy" must find "Kommunikationspolicyn". The unicode61 index
-- (search_index) matches word starts and ranks; this trigram index, with the same rowids
-- (search_doc), finds a term of three or more characters anywhere inside a word.
-- It depends only on search_index from schema 1 and is filled from it here.
CREATE VIRTUAL TABLE search_trigram USING fts5 (
    title, body,
    tokenize = "trigram"
);
INSERT INTO search_trigram (rowid, title, body) SELECT rowid, title, body FROM search_index;
-- Blind scoring: a draft typed at this installation for an evaluator without a laptop
-- names the evaluator who typed it (NULL: the evaluator entered it themselves).
ALTER TABLE score_draft ADD COLUMN entered_by TEXT;

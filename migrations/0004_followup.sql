-- Follow-up at 3–6 months: how each person was found again, the searches that found
-- nobody (for the match rate), and the boosters given after the follow-up quiz.

CREATE TABLE followup_matches (
    participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
    method         TEXT NOT NULL CHECK (method IN ('code', 'sgic', 'sgic-fuzzy')),
    similarity     REAL NOT NULL,
    matched_at     TEXT NOT NULL
) STRICT;

CREATE TABLE followup_unmatched (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER REFERENCES sites (id) ON DELETE SET NULL,
    searched_at TEXT NOT NULL
) STRICT;

CREATE TABLE boosters (
    participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
    module_id      TEXT NOT NULL,
    given_at       TEXT NOT NULL
) STRICT;

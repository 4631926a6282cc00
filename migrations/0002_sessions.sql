-- Sites, sessions, participants and their quiz answers.
-- Names live in their own table, apart from results, so they can be erased alone.

CREATE TABLE sites (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    country        TEXT,
    local_services TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL,                 -- YYYY-MM-DD
    site_id     INTEGER NOT NULL REFERENCES sites (id),
    trainers    TEXT NOT NULL,
    audience    TEXT NOT NULL,
    language    TEXT NOT NULL,
    quiz_id     TEXT NOT NULL,
    modules     TEXT NOT NULL,                 -- JSON array of module ids delivered
    closed_at   TEXT,                          -- set when the session is closed
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE participants (
    id               INTEGER PRIMARY KEY,
    session_id       INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    code             TEXT NOT NULL UNIQUE,      -- random participant code, e.g. K7M-Q4T
    sgic             TEXT,                      -- self-generated identification code
    language         TEXT NOT NULL,
    consent_followup INTEGER NOT NULL DEFAULT 0,
    release_date     TEXT,
    created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX participants_session ON participants (session_id);
CREATE INDEX participants_sgic ON participants (sgic);

CREATE TABLE participant_names (
    participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
    name           TEXT NOT NULL
) STRICT;

CREATE TABLE attempts (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    phase          TEXT NOT NULL CHECK (phase IN ('pre', 'post', 'followup')),
    quiz_id        TEXT NOT NULL,
    bank_version   TEXT NOT NULL,
    language       TEXT NOT NULL,               -- the language the items were shown in
    mode           TEXT NOT NULL CHECK (mode IN ('kiosk', 'paper')),
    recorded_at    TEXT NOT NULL,
    UNIQUE (participant_id, phase)
) STRICT;

CREATE TABLE answers (
    attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    item_id    TEXT NOT NULL,
    chosen     TEXT NOT NULL,                   -- JSON array of option ids; [] = no answer
    correct    INTEGER,                         -- 1/0; NULL for agreement items
    PRIMARY KEY (attempt_id, item_id)
) STRICT;

-- Role-plays: what a trainer saw a participant (alone or in a pair) do in a simulated
-- overdose, at one phase. A pair's role-play is stored once per person, each naming the
-- other. The note is the trainer's own and never leaves in an export.
CREATE TABLE roleplays (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    partner_id     INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    phase          TEXT NOT NULL CHECK (phase IN ('pre', 'post', 'followup')),
    checklist_id   TEXT NOT NULL,
    seconds        INTEGER NOT NULL CHECK (seconds >= 0),
    note           TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL,
    UNIQUE (participant_id, phase)
) STRICT;

-- The steps done and the critical errors seen, each with its time from the start.
CREATE TABLE roleplay_marks (
    roleplay_id INTEGER NOT NULL REFERENCES roleplays (id) ON DELETE CASCADE,
    mark        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('step', 'error')),
    at_ms       INTEGER NOT NULL CHECK (at_ms >= 0),
    PRIMARY KEY (roleplay_id, mark)
) STRICT;

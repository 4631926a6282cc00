-- The naloxone kit of each participant: handed out at the training, put in their property
-- for release, given on the release day, or not wanted; with its date. One row per person,
-- the latest news (a kit put in property and later handed over is `on-release`).
CREATE TABLE kits (
    participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('at-training', 'in-property', 'on-release', 'declined')),
    date           TEXT,
    recorded_at    TEXT NOT NULL
) STRICT;

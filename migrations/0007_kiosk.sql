-- The quiz kiosk, while it runs: at most one row. Kept in the database so that a reload,
-- a restart or a crash of the window comes back into the kiosk, never the trainer's view.
CREATE TABLE kiosk (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    session_id     INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    phase          TEXT NOT NULL,
    pin_hash       TEXT NOT NULL,                 -- Argon2id, PHC string
    failures       INTEGER NOT NULL DEFAULT 0,    -- wrong PINs in a row
    participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    started_at     TEXT NOT NULL
) STRICT;

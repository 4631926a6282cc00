-- Laptops exchange records by hand (signed, encrypted bundles). Each installation gets a
-- random id, and every session, participant and attempt a globally unique one, so that
-- records from two laptops never collide, even where two participant codes are equal.
-- Runs with foreign keys off (store.rs), so that `participants` can be rebuilt without
-- its UNIQUE code: only the pair (code, origin) is unique now.
CREATE TABLE installation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    uid        TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
INSERT INTO installation (id, uid, created_at)
    VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- `origin` is the installation a record came from; NULL for this one's own.
ALTER TABLE sessions ADD COLUMN uid TEXT;
ALTER TABLE sessions ADD COLUMN origin TEXT;
UPDATE sessions SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX sessions_uid ON sessions (uid);
CREATE TRIGGER sessions_uid AFTER INSERT ON sessions WHEN NEW.uid IS NULL
BEGIN
    UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

CREATE TABLE participants_new (
    id               INTEGER PRIMARY KEY,
    session_id       INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    code             TEXT NOT NULL,
    sgic             TEXT,
    language         TEXT NOT NULL,
    consent_followup INTEGER NOT NULL DEFAULT 0,
    release_date     TEXT,
    created_at       TEXT NOT NULL,
    uid              TEXT,
    origin           TEXT
) STRICT;
INSERT INTO participants_new
    (id, session_id, code, sgic, language, consent_followup, release_date, created_at, uid, origin)
    SELECT id, session_id, code, sgic, language, consent_followup, release_date, created_at,
           lower(hex(randomblob(16))), NULL
    FROM participants;
DROP TABLE participants;
ALTER TABLE participants_new RENAME TO participants;
CREATE INDEX participants_session ON participants (session_id);
CREATE INDEX participants_sgic ON participants (sgic);
CREATE UNIQUE INDEX participants_code ON participants (code, coalesce(origin, ''));
CREATE UNIQUE INDEX participants_uid ON participants (uid);
CREATE TRIGGER participants_uid AFTER INSERT ON participants WHEN NEW.uid IS NULL
BEGIN
    UPDATE participants SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

ALTER TABLE attempts ADD COLUMN uid TEXT;
UPDATE attempts SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX attempts_uid ON attempts (uid);
CREATE TRIGGER attempts_uid AFTER INSERT ON attempts WHEN NEW.uid IS NULL
BEGIN
    UPDATE attempts SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

-- Installations whose bundles were accepted, with the key that signs them: a later bundle
-- claiming the same id must carry the same key.
CREATE TABLE known_installations (
    uid         TEXT PRIMARY KEY NOT NULL,
    public_key  TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    last_import TEXT NOT NULL
) STRICT;

-- Per record (by uid), the hash of the version last exchanged with another laptop: a
-- record changed on one side only is updated, one changed on both is a conflict.
CREATE TABLE sync_base (
    uid  TEXT PRIMARY KEY NOT NULL,
    hash TEXT NOT NULL
) STRICT;

-- Names are sealed with a key of their session's own, so that erasing a session's names
-- is deleting one key row: the sealed names cannot be read without it, and the
-- pseudonymous results stay. The plaintext `name` column is sealed and dropped by the
-- Rust step that runs after this file (src/names.rs), in the same transaction.

CREATE TABLE session_keys (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    key        BLOB NOT NULL                    -- 32 random bytes, AES-256-GCM
) STRICT;

ALTER TABLE participant_names ADD COLUMN sealed BLOB; -- 12-byte nonce, then ciphertext

-- What was done to the data, when: each row's hash covers the row and the hash before
-- it, so an edited or deleted row breaks the chain from there on.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,                     -- RFC 3339, UTC
    action    TEXT NOT NULL,
    object    TEXT NOT NULL,                     -- what kind of thing: session, participant...
    object_id INTEGER,
    detail    TEXT NOT NULL,
    hash      TEXT NOT NULL                      -- hex SHA-256 (previous hash || canonical row)
) STRICT;

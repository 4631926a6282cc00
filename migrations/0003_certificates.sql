-- Certificates issued: one serial per participant, kept when the certificate is printed
-- again (in another language, say), with the signed payload of its latest printing.
-- The payload holds the person's name, so the row hangs on their name: erasing the name
-- erases the certificate record with it.

CREATE TABLE certificates (
    serial         TEXT PRIMARY KEY NOT NULL,
    participant_id INTEGER NOT NULL UNIQUE REFERENCES participant_names (participant_id) ON DELETE CASCADE,
    session_id     INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    language       TEXT NOT NULL,               -- of the latest printing
    issued_at      TEXT NOT NULL,               -- when the serial was first issued
    payload        TEXT NOT NULL                -- RSP1.<claims>.<signature>, as in the QR code
) STRICT;
CREATE INDEX certificates_session ON certificates (session_id);

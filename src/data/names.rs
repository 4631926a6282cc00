//! Participants' names, sealed with a key of their session's own (AES-256-GCM), so that
//! erasing the names of a session is deleting that key: what was sealed with it can no
//! longer be read by anyone, while codes and answers stay for the results.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use rand::Rng;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::data::audit::{self, Action};
use crate::{Error, Result, Store};

const NONCE_LEN: usize = 12;

fn cipher(key: &[u8]) -> Result<Aes256Gcm> {
    Aes256Gcm::new_from_slice(key)
        .map_err(|_| Error::Corrupt("a session key is not 32 bytes".into()))
}

/// The participant's id is bound into the seal: a sealed name copied onto another row
/// does not open.
fn aad(participant: i64) -> [u8; 8] {
    participant.to_le_bytes()
}

pub(crate) fn seal(key: &[u8], participant: i64, name: &str) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    rand::rng().fill(&mut nonce);
    let sealed = cipher(key)?
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload { msg: name.as_bytes(), aad: &aad(participant) },
        )
        .map_err(|_| Error::Corrupt("a name could not be sealed".into()))?;
    Ok([nonce.as_slice(), &sealed].concat())
}

/// The name in `sealed`, or `None` when it does not open with `key` (damaged, or moved).
pub(crate) fn unseal(key: &[u8], participant: i64, sealed: &[u8]) -> Option<String> {
    if sealed.len() < NONCE_LEN {
        return None;
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let plain = cipher(key)
        .ok()?
        .decrypt(Nonce::from_slice(nonce), Payload { msg: body, aad: &aad(participant) })
        .ok()?;
    String::from_utf8(plain).ok()
}

fn session_key(conn: &Connection, session: i64) -> Result<Vec<u8>> {
    if let Some(key) = conn
        .query_row("SELECT key FROM session_keys WHERE session_id = ?1", [session], |r| r.get(0))
        .optional()?
    {
        return Ok(key);
    }
    let mut key = [0u8; 32];
    rand::rng().fill(&mut key);
    conn.execute(
        "INSERT INTO session_keys (session_id, key) VALUES (?1, ?2)",
        params![session, key.as_slice()],
    )?;
    Ok(key.to_vec())
}

/// Sets (or with `None` removes) the name of a participant, sealed with their session's key.
pub(crate) fn set(conn: &Connection, participant: i64, name: Option<&str>) -> Result<()> {
    let Some(name) = name else {
        conn.execute("DELETE FROM participant_names WHERE participant_id = ?1", [participant])?;
        return Ok(());
    };
    let session: i64 = conn
        .query_row("SELECT session_id FROM participants WHERE id = ?1", [participant], |r| r.get(0))
        .optional()?
        .ok_or(Error::NotFound)?;
    let sealed = seal(&session_key(conn, session)?, participant, name)?;
    conn.execute(
        "INSERT INTO participant_names (participant_id, sealed) VALUES (?1, ?2)
         ON CONFLICT (participant_id) DO UPDATE SET sealed = excluded.sealed",
        params![participant, sealed],
    )?;
    Ok(())
}

/// Erases the names of everyone in `session`: its key and the sealed names go (and with
/// them the certificate records, whose payload holds the name). Codes, answers and scores
/// stay. Returns how many names were erased.
pub fn erase_session(store: &Store, session: i64) -> Result<usize> {
    let conn = store.conn();
    let exists: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?1)", [session], |r| {
            r.get(0)
        })?;
    if !exists {
        return Err(Error::NotFound);
    }
    // Recorded outside the database first, so that no backup restored later brings the
    // names back.
    remember(store, Erased::Session(session))?;
    let tx = conn.unchecked_transaction()?;
    let erased = wipe(&tx, Erased::Session(session))?;
    audit::record(&tx, Action::Erase, "session-names", Some(session), &format!("{erased}"))?;
    tx.commit()?;
    compact(conn)?;
    Ok(erased)
}

/// Erases one participant's name (and certificate record); their results stay.
pub fn erase_participant(store: &Store, participant: i64) -> Result<()> {
    let tx = store.conn().unchecked_transaction()?;
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM participants WHERE id = ?1)",
        [participant],
        |r| r.get(0),
    )?;
    if !exists {
        return Err(Error::NotFound);
    }
    remember(store, Erased::Participant(participant))?;
    wipe(&tx, Erased::Participant(participant))?;
    audit::record(&tx, Action::Erase, "participant-name", Some(participant), "")?;
    tx.commit()?;
    compact(store.conn())
}

/// Deletes the names (and a session's certificate keys), and empties the trainer's
/// role-play notes, which may name someone too; returns how many names went.
fn wipe(conn: &rusqlite::Connection, what: Erased) -> Result<usize> {
    Ok(match what {
        Erased::Session(id) => {
            let people = "SELECT id FROM participants WHERE session_id = ?1";
            let n = conn.execute(
                &format!("DELETE FROM participant_names WHERE participant_id IN ({people})"),
                [id],
            )?;
            conn.execute("DELETE FROM session_keys WHERE session_id = ?1", [id])?;
            conn.execute(
                &format!("UPDATE roleplays SET note = '' WHERE participant_id IN ({people})"),
                [id],
            )?;
            n
        }
        Erased::Participant(id) => {
            conn.execute("UPDATE roleplays SET note = '' WHERE participant_id = ?1", [id])?;
            conn.execute("DELETE FROM participant_names WHERE participant_id = ?1", [id])?
        }
    })
}

/// The file beside the database that lists every erasure, one per line (`session 3`,
/// `participant 17`): it is not inside any backup, so a restore can apply them again.
pub const ERASURES_FILE: &str = "erasures";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Erased {
    Session(i64),
    Participant(i64),
}

fn remember(store: &Store, erased: Erased) -> Result<()> {
    use std::io::Write;
    let path = store.dir().join(ERASURES_FILE);
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(&path)?;
    super::files::private_file(&path)?;
    match erased {
        Erased::Session(id) => writeln!(file, "session {id}")?,
        Erased::Participant(id) => writeln!(file, "participant {id}")?,
    }
    file.sync_all()?;
    Ok(())
}

/// Applies every erasure recorded beside the database again: after a restore, names
/// erased since the backup was made stay erased. Returns how many names went.
pub fn reapply_erasures(store: &Store) -> Result<usize> {
    let text = match std::fs::read_to_string(store.dir().join(ERASURES_FILE)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e.into()),
    };
    let tx = store.conn().unchecked_transaction()?;
    let mut erased = 0;
    for line in text.lines() {
        let (kind, id) = line.split_once(' ').unwrap_or_default();
        let Ok(id) = id.trim().parse::<i64>() else { continue };
        erased += match kind {
            "session" => wipe(&tx, Erased::Session(id))?,
            "participant" => wipe(&tx, Erased::Participant(id))?,
            _ => 0,
        };
    }
    if erased > 0 {
        audit::record(&tx, Action::Erase, "restored-names", None, &format!("{erased}"))?;
    }
    tx.commit()?;
    if erased > 0 {
        compact(store.conn())?;
    }
    Ok(erased)
}

/// After an erasure: moves the WAL into the database (secure_delete zeroes the freed
/// pages there) and rebuilds the file so that no old page of it is left.
pub(crate) fn compact(conn: &Connection) -> Result<()> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    conn.execute_batch("VACUUM")?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

/// Migration 0005's step in Rust: seals every plaintext name, then drops the plaintext.
pub(crate) fn seal_plaintext_names(tx: &Transaction) -> rusqlite_migration::HookResult {
    let rows: Vec<(i64, i64, String)> = {
        let mut stmt = tx.prepare("SELECT n.participant_id, p.session_id, n.name FROM participant_names n JOIN participants p ON p.id = n.participant_id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (participant, session, name) in rows {
        let key = session_key(tx, session)
            .map_err(|e| rusqlite_migration::HookError::Hook(e.to_string()))?;
        let sealed = seal(&key, participant, &name)
            .map_err(|e| rusqlite_migration::HookError::Hook(e.to_string()))?;
        tx.execute(
            "UPDATE participant_names SET sealed = ?2 WHERE participant_id = ?1",
            params![participant, sealed],
        )?;
    }
    tx.execute_batch("ALTER TABLE participant_names DROP COLUMN name")?;
    Ok(())
}

//! This installation: its random id and its Ed25519 key, which signs certificates and
//! bundles. Both are made on first use and never leave the laptop (the public half does).

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand::Rng;
use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};

use crate::{Error, Result, Store};

/// The settings key of the installation's signing key (its 32-byte seed, base64url).
const KEY_SETTING: &str = "certificate_signing_key";

/// The installation's id (32 hex digits), made by the migration that added bundles.
pub fn uid(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("SELECT uid FROM installation WHERE id = 1", [], |r| r.get(0))?)
}

/// The installation's signing key, made on first use.
pub fn signing_key(store: &Store) -> Result<SigningKey> {
    let mut seed = [0u8; 32];
    rand::rng().fill(&mut seed);
    store.conn().execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
        params![KEY_SETTING, B64.encode(seed)],
    )?;
    let stored: String = store.conn().query_row(
        "SELECT value FROM settings WHERE key = ?1",
        [KEY_SETTING],
        |r| r.get(0),
    )?;
    let seed: [u8; 32] =
        B64.decode(&stored).ok().and_then(|b| b.try_into().ok()).ok_or_else(|| {
            Error::Database(rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                "the installation key in the settings is damaged".into(),
            ))
        })?;
    Ok(SigningKey::from_bytes(&seed))
}

/// This installation's public key (base64url, 43 characters).
pub fn public_key(store: &Store) -> Result<String> {
    Ok(B64.encode(signing_key(store)?.verifying_key().to_bytes()))
}

/// A key's short fingerprint, as people compare it by eye or over the phone:
/// `3F9A-0C12-77D4-B0E1`.
pub fn fingerprint_of(key: &VerifyingKey) -> String {
    let hash = Sha256::digest(key.as_bytes());
    hash[..8]
        .chunks(2)
        .map(|pair| format!("{:02X}{:02X}", pair[0], pair[1]))
        .collect::<Vec<_>>()
        .join("-")
}

//! Bundles: one laptop's sessions, people, answers and follow-ups in a file carried by hand
//! to another (a USB stick), encrypted with a passphrase the trainer chooses (age, scrypt)
//! and signed by the installation's key. Names travel only when asked for. Every record
//! has a globally unique id, so that a bundle merges deterministically: importing it twice
//! adds nothing, and a record changed on both laptops is a conflict to resolve, never
//! overwritten silently (see [`merge`]).

pub mod merge;
pub mod records;

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, Verifier, VerifyingKey};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::data::audit::{self, Action};
use crate::data::installation;
use crate::{Error, Result, Store};
use records::{Payload, FORMAT};

const SIGNED_FORMAT: &str = "respond-signed-1";

/// What a bundle holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Selection {
    /// One session, or every session dated on or after `since`, or (neither) all of them.
    #[ts(type = "number | null")]
    pub session: Option<i64>,
    pub since: Option<String>,
    /// Participants' names too; without it codes only.
    pub with_names: bool,
}

pub use crate::error::BundleRefusal as Refusal;

#[derive(Serialize, Deserialize)]
struct Signed {
    format: String,
    /// The signing key (Ed25519, base64url).
    key: String,
    signature: String,
    /// The payload as JSON text: what was signed, byte for byte.
    payload: String,
}

/// A bundle opened and checked: its payload and the key that signed it.
pub struct Opened {
    pub payload: Payload,
    pub key: String,
}

/// Makes the bundle of `selection`, encrypted with `passphrase`. Records that leave are
/// remembered as exchanged, so that a later edit on either side can be told apart.
pub fn export(
    store: &Store,
    selection: &Selection,
    passphrase: &str,
) -> Result<(Vec<u8>, BundleCounts)> {
    let key = installation::signing_key(store)?;
    let payload = records::collect(store, selection)?;
    let counts = BundleCounts::of(&payload);
    let json = serde_json::to_string(&payload).map_err(|e| Error::Io(e.into()))?;
    let signed = Signed {
        format: SIGNED_FORMAT.into(),
        key: B64.encode(key.verifying_key().as_bytes()),
        signature: B64.encode(key.sign(json.as_bytes()).to_bytes()),
        payload: json,
    };
    let plain = serde_json::to_vec(&signed).map_err(|e| Error::Io(e.into()))?;
    let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
    let bytes =
        age::encrypt(&recipient, &plain).map_err(|e| Error::Io(std::io::Error::other(e)))?;
    let tx = store.conn().unchecked_transaction()?;
    merge::remember_exchanged(&tx, &payload)?;
    let detail = format!(
        "{} sessions, {} people, {} tests{}",
        counts.sessions,
        counts.participants,
        counts.attempts,
        if selection.with_names { ", with names" } else { "" }
    );
    audit::record(&tx, Action::Export, "bundle", None, &detail)?;
    tx.commit()?;
    Ok((bytes, counts))
}

/// Decrypts and checks a bundle: the passphrase, then the signature over the payload.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Opened> {
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
    let plain = age::decrypt(&identity, bytes).map_err(|e| {
        Error::Bundle(match e {
            // The key wrapped with the passphrase does not open: the passphrase is wrong
            // (or that very stanza was changed, which no one can tell apart).
            age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed => {
                Refusal::Passphrase
            }
            _ => Refusal::Damaged,
        })
    })?;
    let signed: Signed =
        serde_json::from_slice(&plain).map_err(|_| Error::Bundle(Refusal::Damaged))?;
    if signed.format != SIGNED_FORMAT {
        return Err(Error::Bundle(Refusal::NewerFormat));
    }
    let key_bytes: [u8; 32] = B64
        .decode(&signed.key)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(Error::Bundle(Refusal::Damaged))?;
    let signature: [u8; 64] = B64
        .decode(&signed.signature)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(Error::Bundle(Refusal::Damaged))?;
    let key = VerifyingKey::from_bytes(&key_bytes).map_err(|_| Error::Bundle(Refusal::Damaged))?;
    key.verify(signed.payload.as_bytes(), &Signature::from_bytes(&signature))
        .map_err(|_| Error::Bundle(Refusal::Damaged))?;
    let payload: Payload =
        serde_json::from_str(&signed.payload).map_err(|_| Error::Bundle(Refusal::Damaged))?;
    if payload.format != FORMAT {
        return Err(Error::Bundle(Refusal::NewerFormat));
    }
    Ok(Opened { payload, key: signed.key })
}

/// How many records a bundle holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BundleCounts {
    pub sessions: u32,
    pub participants: u32,
    pub attempts: u32,
    pub answers: u32,
    pub names: u32,
}

impl BundleCounts {
    pub(crate) fn of(payload: &Payload) -> BundleCounts {
        BundleCounts {
            sessions: payload.sessions.len() as u32,
            participants: payload.participants.len() as u32,
            attempts: payload.attempts.len() as u32,
            answers: payload.attempts.iter().map(|a| a.answers.len() as u32).sum(),
            names: payload.participants.iter().filter(|p| p.name.is_some()).count() as u32,
        }
    }
}

/// The fingerprint of a bundle's key (base64url), as the preview shows it.
pub fn fingerprint(key: &str) -> String {
    B64.decode(key)
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
        .map_or_else(|| "?".into(), |k| installation::fingerprint_of(&k))
}

/// This laptop as the other one sees it in a bundle's preview: to compare by eye or on the
/// phone before the first import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Identity {
    pub installation: String,
    pub fingerprint: String,
}

pub fn identity(store: &Store) -> Result<Identity> {
    let key = installation::signing_key(store)?;
    Ok(Identity {
        installation: installation::uid(store.conn())?,
        fingerprint: installation::fingerprint_of(&key.verifying_key()),
    })
}

/// The file ending of bundles.
pub const EXTENSION: &str = "respond";

/// A bundle file found in the print folder (where one from a stick can be put, and where
/// this laptop saves its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BundleFile {
    pub name: String,
    pub path: String,
    /// RFC 3339.
    pub modified: String,
}

/// The bundles in `dir`, newest first.
pub fn files_in(dir: &std::path::Path) -> Vec<BundleFile> {
    let Ok(entries) = std::fs::read_dir(dir) else { return vec![] };
    let mut found: Vec<(std::time::SystemTime, BundleFile)> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| e.path().extension().is_some_and(|x| x == EXTENSION))
        .filter_map(|e| {
            let modified = e.metadata().ok()?.modified().ok()?;
            let at: time::OffsetDateTime = modified.into();
            let file = BundleFile {
                name: e.file_name().to_string_lossy().to_string(),
                path: e.path().display().to_string(),
                modified: at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_default(),
            };
            Some((modified, file))
        })
        .collect();
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    found.into_iter().map(|(_, f)| f).collect()
}

/// What a bundle saved from the app holds, and where it went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    pub path: String,
    pub counts: BundleCounts,
}

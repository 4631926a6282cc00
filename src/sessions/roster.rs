//! The people taking part in a session, known by a code; a name is optional and kept in
//! its own table, only for certificates.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::data::audit::{self, Action};
use crate::data::input::{check_date, clean_text, invalid, now};
use crate::data::sql::enum_from;
use crate::i18n::Language;
use crate::sessions::codes::{normalize_participant_code, unique_participant_code, SgicParts};
use crate::sessions::kits::Kit;
use crate::{data::names, Error, Result, Store};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantInput {
    pub name: Option<String>,
    pub language: Language,
    pub consent_followup: bool,
    /// YYYY-MM-DD, for people in custody.
    pub release_date: Option<String>,
    pub sgic: Option<SgicParts>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub session_id: i64,
    pub code: String,
    pub name: Option<String>,
    pub sgic: Option<String>,
    pub language: Language,
    pub consent_followup: bool,
    pub release_date: Option<String>,
    /// The naloxone kit, if any was recorded.
    pub kit: Option<Kit>,
}

struct Checked {
    name: Option<String>,
    release_date: Option<String>,
    sgic: Option<String>,
}

impl ParticipantInput {
    fn checked(&self) -> Result<Checked> {
        let name = match &self.name {
            Some(n) => Some(clean_text("name", n, false)?).filter(|n| !n.is_empty()),
            None => None,
        };
        let release_date =
            self.release_date.as_deref().map(str::trim).filter(|d| !d.is_empty()).map(String::from);
        if let Some(date) = &release_date {
            check_date("releaseDate", date)?;
        }
        let sgic = match &self.sgic {
            Some(parts) => Some(parts.code().ok_or_else(|| invalid("sgic", "incomplete"))?),
            None => None,
        };
        Ok(Checked { name, release_date, sgic })
    }
}

/// Adds a participant to session `session` with a new unique code.
pub fn add(store: &Store, session: i64, input: &ParticipantInput) -> Result<Participant> {
    let checked = input.checked()?;
    let tx = store.conn().unchecked_transaction()?;
    let exists: bool =
        tx.query_row("SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?1)", [session], |r| {
            r.get(0)
        })?;
    if !exists {
        return Err(Error::NotFound);
    }
    let mut taken_err = None;
    let code = unique_participant_code(&mut rand::rng(), |code| {
        tx.query_row("SELECT EXISTS (SELECT 1 FROM participants WHERE code = ?1)", [code], |r| {
            r.get(0)
        })
        .unwrap_or_else(|e| {
            taken_err = Some(e);
            false
        })
    });
    if let Some(e) = taken_err {
        return Err(e.into());
    }
    tx.execute(
        "INSERT INTO participants (session_id, code, sgic, language, consent_followup, release_date, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![session, code, checked.sgic, input.language.code(), input.consent_followup, checked.release_date, now()],
    )?;
    let id = tx.last_insert_rowid();
    names::set(&tx, id, checked.name.as_deref())?;
    audit::record(&tx, Action::Create, "participant", Some(id), "")?;
    tx.commit()?;
    get(store, id)
}

pub fn update(store: &Store, id: i64, input: &ParticipantInput) -> Result<Participant> {
    let checked = input.checked()?;
    let tx = store.conn().unchecked_transaction()?;
    let changed = tx.execute(
        "UPDATE participants SET sgic = ?2, language = ?3, consent_followup = ?4, release_date = ?5 WHERE id = ?1",
        params![id, checked.sgic, input.language.code(), input.consent_followup, checked.release_date],
    )?;
    if changed == 0 {
        return Err(Error::NotFound);
    }
    names::set(&tx, id, checked.name.as_deref())?;
    audit::record(&tx, Action::Edit, "participant", Some(id), "")?;
    tx.commit()?;
    get(store, id)
}

/// Erases a participant entirely: their code, answers and name.
pub fn remove(store: &Store, id: i64) -> Result<()> {
    let tx = store.conn().unchecked_transaction()?;
    if tx.execute("DELETE FROM participants WHERE id = ?1", [id])? == 0 {
        return Err(Error::NotFound);
    }
    audit::record(&tx, Action::Erase, "participant", Some(id), "")?;
    tx.commit()?;
    names::compact(store.conn())
}

/// Takes out a person just added by mistake, with no question asked: only while nothing
/// was recorded for them (no test, no follow-up), so that nothing can be lost by it.
pub fn undo_add(store: &Store, id: i64) -> Result<()> {
    let recorded: bool = store.conn().query_row(
        "SELECT EXISTS (SELECT 1 FROM attempts WHERE participant_id = ?1)
             OR EXISTS (SELECT 1 FROM followup_matches WHERE participant_id = ?1)
             OR EXISTS (SELECT 1 FROM certificates WHERE participant_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if recorded {
        return Err(invalid("participant", "has-answers"));
    }
    remove(store, id)
}

const SELECT: &str = "SELECT p.id, p.session_id, p.code, n.sealed, p.sgic, p.language, p.consent_followup, p.release_date, k.key,
    kit.status, kit.date
    FROM participants p LEFT JOIN participant_names n ON n.participant_id = p.id
    LEFT JOIN session_keys k ON k.session_id = p.session_id
    LEFT JOIN kits kit ON kit.participant_id = p.id";

fn from_row(r: &Row) -> rusqlite::Result<Participant> {
    let id = r.get(0)?;
    let sealed: Option<Vec<u8>> = r.get(3)?;
    let key: Option<Vec<u8>> = r.get(8)?;
    // A name whose key was erased, or whose seal does not open, is no name.
    let name = sealed.zip(key).and_then(|(sealed, key)| names::unseal(&key, id, &sealed));
    Ok(Participant {
        id,
        session_id: r.get(1)?,
        code: r.get(2)?,
        name,
        sgic: r.get(4)?,
        language: enum_from(&r.get::<_, String>(5)?)?,
        consent_followup: r.get(6)?,
        release_date: r.get(7)?,
        kit: match r.get::<_, Option<String>>(9)? {
            Some(status) => Some(Kit { status: enum_from(&status)?, date: r.get(10)? }),
            None => None,
        },
    })
}

pub fn get(store: &Store, id: i64) -> Result<Participant> {
    store
        .conn()
        .query_row(&format!("{SELECT} WHERE p.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound)
}

/// The participant with `code` as typed (any case, dash optional). Codes are unique per
/// installation; should a bundle have brought the same code from another laptop, this
/// laptop's own person comes first, then the newest session's.
pub fn find_by_code(store: &Store, code: &str) -> Result<Participant> {
    let code = normalize_participant_code(code);
    store
        .conn()
        .query_row(
            &format!(
                "{SELECT} JOIN sessions s ON s.id = p.session_id WHERE p.code = ?1
                 ORDER BY p.origin IS NOT NULL, s.date DESC LIMIT 1"
            ),
            [code],
            from_row,
        )
        .optional()?
        .ok_or(Error::NotFound)
}

/// The participant of `session` with `code` as typed.
pub fn find_in_session(store: &Store, session: i64, code: &str) -> Result<Participant> {
    let code = normalize_participant_code(code);
    store
        .conn()
        .query_row(
            &format!("{SELECT} WHERE p.code = ?1 AND p.session_id = ?2"),
            params![code, session],
            from_row,
        )
        .optional()?
        .ok_or(Error::NotFound)
}

/// The roster of a session in the order people were added.
pub fn list(store: &Store, session: i64) -> Result<Vec<Participant>> {
    let mut stmt =
        store.conn().prepare(&format!("{SELECT} WHERE p.session_id = ?1 ORDER BY p.id"))?;
    let rows = stmt.query_map([session], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

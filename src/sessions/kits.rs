//! Naloxone kits: whether each person got one, and how (kits lost between a prison's
//! property store and the gate are a known gap, so "put in property" is told apart from
//! "given on release day").

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::data::audit::{self, Action};
use crate::data::input::{check_date, now};
use crate::data::sql::{enum_from, enum_text};
use crate::{Error, Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum KitStatus {
    /// Handed to the person at the training.
    AtTraining,
    /// Put in the person's property, to be handed over at release.
    InProperty,
    /// Given on the day of release.
    OnRelease,
    /// Offered and not wanted.
    Declined,
}

impl KitStatus {
    pub const ALL: [KitStatus; 4] =
        [KitStatus::AtTraining, KitStatus::InProperty, KitStatus::OnRelease, KitStatus::Declined];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Kit {
    pub status: KitStatus,
    /// YYYY-MM-DD, when it happened.
    pub date: Option<String>,
}

/// Records (or with `None` clears) the kit of `participant`.
pub fn set(store: &Store, participant: i64, kit: Option<&Kit>) -> Result<()> {
    let tx = store.conn().unchecked_transaction()?;
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM participants WHERE id = ?1)",
        [participant],
        |r| r.get(0),
    )?;
    if !exists {
        return Err(Error::NotFound);
    }
    match kit {
        Some(kit) => {
            if let Some(date) = &kit.date {
                check_date("kit-date", date)?;
            }
            tx.execute(
                "INSERT INTO kits (participant_id, status, date, recorded_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (participant_id) DO UPDATE SET status = excluded.status, date = excluded.date,
                    recorded_at = excluded.recorded_at",
                params![participant, enum_text(&kit.status), kit.date, now()],
            )?;
        }
        None => {
            tx.execute("DELETE FROM kits WHERE participant_id = ?1", [participant])?;
        }
    }
    audit::record(
        &tx,
        Action::Edit,
        "kit",
        Some(participant),
        &kit.map(|k| enum_text(&k.status)).unwrap_or_default(),
    )?;
    tx.commit()?;
    Ok(())
}

/// The kit of `participant`, if any was recorded.
pub fn get(store: &Store, participant: i64) -> Result<Option<Kit>> {
    let row: Option<(String, Option<String>)> = store
        .conn()
        .query_row("SELECT status, date FROM kits WHERE participant_id = ?1", [participant], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    row.map(|(status, date)| Ok(Kit { status: enum_from(&status)?, date })).transpose()
}

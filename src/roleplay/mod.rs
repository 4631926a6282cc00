//! Role-plays: a trainer times and ticks what a participant, or a pair, does in a
//! simulated overdose, at the training or at follow-up. What Results make of them is in
//! `results::roleplay`.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::roleplay::{Checklist, ChecklistView};
use crate::content::Library;
use crate::data::audit::{self, Action};
use crate::data::input::{clean_text, invalid, now};
use crate::data::sql::{enum_from, enum_text, set_setting, setting};
use crate::i18n::Language;
use crate::quiz::attempts::Phase;
use crate::sessions::{self, roster};
use crate::{Result, Store};

/// The longest role-play kept: an hour covers any scenario, with the wait for help.
pub const MAX_SECONDS: u32 = 3600;

/// A step done or an error seen, `at_ms` from the start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Mark {
    pub id: String,
    #[ts(type = "number")]
    pub at_ms: u64,
}

/// What the trainer's screen saves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RolePlayInput {
    #[ts(type = "number")]
    pub participant: i64,
    /// The other person of a pair, from the same session.
    #[ts(type = "number | null")]
    pub partner: Option<i64>,
    pub phase: Phase,
    pub seconds: u32,
    pub marks: Vec<Mark>,
    pub note: String,
}

/// A role-play as stored, for one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RolePlay {
    #[ts(type = "number")]
    pub participant: i64,
    #[ts(type = "number | null")]
    pub partner: Option<i64>,
    pub phase: Phase,
    pub checklist: String,
    pub seconds: u32,
    pub steps: Vec<Mark>,
    pub errors: Vec<Mark>,
    pub note: String,
}

/// A role-play being scored, kept in the database at each tick so that a reload, a lock
/// or a restart of the laptop loses nothing. One at a time, for one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    #[ts(type = "number")]
    pub session: i64,
    #[ts(type = "number | null")]
    pub participant: Option<i64>,
    #[ts(type = "number | null")]
    pub partner: Option<i64>,
    pub phase: Phase,
    /// When the clock started, in milliseconds since 1970; `None` before Start.
    pub started_at: Option<f64>,
    pub marks: Vec<Mark>,
    pub note: String,
}

const DRAFT: &str = "roleplay_draft";

/// The role-play under way for `session`, if any (one of a deleted session is gone).
pub fn draft(store: &Store, session: i64) -> Result<Option<Draft>> {
    let Some(text) = setting(store, DRAFT)? else { return Ok(None) };
    let Ok(draft) = serde_json::from_str::<Draft>(&text) else { return Ok(None) };
    Ok((draft.session == session && sessions::get(store, session).is_ok()).then_some(draft))
}

/// The session whose role-play was under way (the clock started, or a tick) when the app
/// was left: it opens there again after a reload or a restart.
pub fn under_way(store: &Store) -> Result<Option<i64>> {
    let Some(text) = setting(store, DRAFT)? else { return Ok(None) };
    let Ok(d) = serde_json::from_str::<Draft>(&text) else { return Ok(None) };
    let started = d.started_at.is_some() || !d.marks.is_empty();
    Ok((started && sessions::get(store, d.session).is_ok()).then_some(d.session))
}

/// Keeps `draft`, or with `None` forgets the one of `session`.
pub fn keep_draft(store: &Store, session: i64, draft: Option<&Draft>) -> Result<()> {
    match draft {
        Some(d) if d.session == session => {
            if d.marks.len() > 64 || d.note.chars().count() > 2000 {
                return Err(invalid("draft", "too-long"));
            }
            set_setting(
                store,
                DRAFT,
                &serde_json::to_string(d).map_err(|e| crate::Error::Internal(e.to_string()))?,
            )
        }
        Some(_) => Err(invalid("draft", "unknown")),
        None => {
            if draft_session(store)? == Some(session) {
                store.conn().execute("DELETE FROM settings WHERE key = ?1", [DRAFT])?;
            }
            Ok(())
        }
    }
}

fn draft_session(store: &Store) -> Result<Option<i64>> {
    Ok(setting(store, DRAFT)?
        .and_then(|t| serde_json::from_str::<Draft>(&t).ok())
        .map(|d| d.session))
}

/// The checklist of `session`'s audience, in `lang`, with its site's emergency number.
pub fn checklist_for_session(
    store: &Store,
    library: &Library,
    session: i64,
    lang: Language,
) -> Result<ChecklistView> {
    let session = sessions::get(store, session)?;
    let list = checklist(library, session.audience)?;
    let site =
        library.site_values(session.site.country.as_deref(), &session.site.local_services, lang);
    Ok(library.roleplay().view(list, lang, &site))
}

fn checklist(library: &Library, audience: crate::content::Audience) -> Result<&Checklist> {
    library.roleplay().for_audience(audience).ok_or_else(|| invalid("checklist", "unknown"))
}

/// Saves a role-play for the participant and, in a pair, for the partner too; an earlier
/// one at the same phase is replaced.
pub fn save(store: &Store, library: &Library, input: &RolePlayInput) -> Result<()> {
    let person = roster::get(store, input.participant)?;
    let session = sessions::get(store, person.session_id)?;
    if let Some(partner) = input.partner {
        if partner == input.participant {
            return Err(invalid("partner", "same-person"));
        }
        if roster::get(store, partner)?.session_id != person.session_id {
            return Err(invalid("partner", "unknown"));
        }
    }
    if input.seconds > MAX_SECONDS {
        return Err(invalid("seconds", "out-of-range"));
    }
    let list = checklist(library, session.audience)?;
    let note = clean_text("note", &input.note, false)?;
    let mut seen = std::collections::BTreeSet::new();
    for mark in &input.marks {
        let known = list.steps.iter().any(|s| s.id == mark.id) || list.errors.contains(&mark.id);
        if !known {
            return Err(invalid("marks", "unknown"));
        }
        if !seen.insert(&mark.id) {
            return Err(invalid("marks", "unknown"));
        }
        if mark.at_ms > u64::from(input.seconds) * 1000 + 999 {
            return Err(invalid("marks", "out-of-range"));
        }
    }
    let tx = store.conn().unchecked_transaction()?;
    let people = [
        Some((input.participant, input.partner)),
        input.partner.map(|p| (p, Some(input.participant))),
    ];
    for (who, partner) in people.into_iter().flatten() {
        tx.execute(
            "INSERT INTO roleplays (participant_id, partner_id, phase, checklist_id, seconds, note, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (participant_id, phase) DO UPDATE SET partner_id = excluded.partner_id,
               checklist_id = excluded.checklist_id, seconds = excluded.seconds, note = excluded.note,
               recorded_at = excluded.recorded_at",
            params![who, partner, enum_text(&input.phase), list.id, input.seconds, note, now()],
        )?;
        let id: i64 = tx.query_row(
            "SELECT id FROM roleplays WHERE participant_id = ?1 AND phase = ?2",
            params![who, enum_text(&input.phase)],
            |r| r.get(0),
        )?;
        tx.execute("DELETE FROM roleplay_marks WHERE roleplay_id = ?1", [id])?;
        let mut insert = tx.prepare(
            "INSERT INTO roleplay_marks (roleplay_id, mark, kind, at_ms) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for mark in &input.marks {
            let kind = if list.errors.contains(&mark.id) { "error" } else { "step" };
            insert.execute(params![id, mark.id, kind, mark.at_ms as i64])?;
        }
        audit::record(&tx, Action::Edit, "roleplay", Some(who), &enum_text(&input.phase))?;
    }
    tx.commit()?;
    Ok(())
}

/// Every role-play of a session's participants.
pub fn list(store: &Store, session: i64) -> Result<Vec<RolePlay>> {
    let conn = store.conn();
    let mut stmt = conn.prepare(
        "SELECT r.id, r.participant_id, r.partner_id, r.phase, r.checklist_id, r.seconds, r.note
         FROM roleplays r JOIN participants p ON p.id = r.participant_id WHERE p.session_id = ?1 ORDER BY r.id",
    )?;
    type Row = (i64, i64, Option<i64>, String, String, u32, String);
    let rows: Vec<Row> = stmt
        .query_map([session], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut marks = conn.prepare(
        "SELECT mark, kind, at_ms FROM roleplay_marks WHERE roleplay_id = ?1 ORDER BY at_ms, mark",
    )?;
    let mut out = vec![];
    for (id, participant, partner, phase, checklist, seconds, note) in rows {
        let phase = enum_from(&phase)?;
        let mut rp = RolePlay {
            participant,
            partner,
            phase,
            checklist,
            seconds,
            steps: vec![],
            errors: vec![],
            note,
        };
        let mut rows = marks.query([id])?;
        while let Some(row) = rows.next()? {
            let mark = Mark { id: row.get(0)?, at_ms: row.get::<_, i64>(2)?.max(0) as u64 };
            if row.get_ref(1)?.as_str().unwrap_or_default() == "error" {
                rp.errors.push(mark);
            } else {
                rp.steps.push(mark);
            }
        }
        out.push(rp);
    }
    Ok(out)
}

/// Deletes a person's role-play at `phase` (scored for the wrong person); a partner's
/// own copy stays.
pub fn remove(store: &Store, participant: i64, phase: Phase) -> Result<()> {
    let tx = store.conn().unchecked_transaction()?;
    let found = tx
        .query_row(
            "SELECT id FROM roleplays WHERE participant_id = ?1 AND phase = ?2",
            params![participant, enum_text(&phase)],
            |r| r.get::<_, i64>(0),
        )
        .optional()?;
    if found.is_some() {
        tx.execute(
            "DELETE FROM roleplays WHERE participant_id = ?1 AND phase = ?2",
            params![participant, enum_text(&phase)],
        )?;
        audit::record(&tx, Action::Delete, "roleplay", Some(participant), &enum_text(&phase))?;
    }
    tx.commit()?;
    Ok(())
}

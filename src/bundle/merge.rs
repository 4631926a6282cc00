//! Importing a bundle: a preview first (from which installation, what is new, what
//! changed, what conflicts), then a deterministic merge in one transaction. Each record is
//! compared by its global id with the version last exchanged (`sync_base`): changed only
//! there, it is taken; changed only here, it is kept; changed on both sides, it is a
//! conflict, kept as it is here unless the trainer chooses the bundle's version.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::bundle::records::{self, hash, Payload};
use crate::bundle::{fingerprint, open, BundleCounts, Refusal};
use crate::data::audit::{self, Action};
use crate::data::input::now;
use crate::data::installation;
use crate::jobs::Job;
use crate::{Error, Result, Store};

/// What happens to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    New,
    Same,
    Update,
    KeepOurs,
    BundleConflict,
}

/// A record changed on both laptops since they last exchanged it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BundleConflict {
    /// session, participant or test.
    pub kind: String,
    pub uid: String,
    /// What a trainer recognises: a session's date and site, a participant's code, a
    /// test's code and phase.
    pub label: String,
    /// What differs between the two versions, field by field.
    pub differences: Vec<Difference>,
}

/// One field of a record in conflict, as each laptop has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Difference {
    /// The record's field, e.g. `release_date` (its label: `bundle-field-release_date`).
    pub field: String,
    pub ours: String,
    pub theirs: String,
}

/// A field's value as a trainer reads it: text as it is, a dash for nothing, ✓ or ✗, the
/// parts of a nested record, and how many questions a test's answers cover.
fn shown(field: &str, value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => "–".into(),
        Value::Bool(b) => if *b { "✓" } else { "✗" }.into(),
        Value::String(s) => s.clone(),
        Value::Object(map) if field == "answers" => {
            let answered = map.values().filter(|v| v.as_str().is_some_and(|a| a != "[]")).count();
            format!("{answered}/{}", map.len())
        }
        Value::Object(map) => map
            .values()
            .filter(|v| !v.is_null())
            .map(|v| shown("", v))
            .collect::<Vec<_>>()
            .join(" · "),
        other => other.to_string(),
    }
}

/// The fields in which `ours` and `theirs` differ (ids and names left out).
fn differences<T: Serialize>(ours: &T, theirs: &T) -> Vec<Difference> {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(ours), serde_json::to_value(theirs))
    else {
        return vec![];
    };
    a.iter()
        .filter(|(field, _)| {
            !matches!(field.as_str(), "uid" | "origin" | "name" | "session" | "participant")
        })
        .filter_map(|(field, value)| {
            let other = b.get(field).unwrap_or(&serde_json::Value::Null);
            (value != other).then(|| Difference {
                field: field.clone(),
                ours: shown(field, value),
                theirs: shown(field, other),
            })
        })
        .collect()
}

/// BundleCounts per kind of record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Changes {
    pub new: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Changed here only since the last exchange: this laptop's version stays.
    pub kept: u32,
}

/// The preview of an import, and after it what was done.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BundlePreview {
    /// The installation that made the bundle, and its key's fingerprint.
    pub installation: String,
    pub fingerprint: String,
    /// Whether this installation was accepted before (with the same key).
    pub known: bool,
    pub made_at: String,
    pub with_names: bool,
    pub contents: BundleCounts,
    pub sessions: Changes,
    pub participants: Changes,
    pub attempts: Changes,
    pub conflicts: Vec<BundleConflict>,
}

/// How to import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOptions {
    /// The trainer confirmed the key of an installation seen for the first time.
    pub trust: bool,
    /// Every conflict takes the bundle's version.
    pub take_theirs: bool,
    /// Conflicts (by uid) that take the bundle's version.
    pub theirs: Vec<String>,
    /// Conflicts (by uid) where this laptop's version stays, and is not asked about again
    /// for this bundle's version. A conflict in neither list stays as it is here, and is
    /// shown again at the next import.
    pub ours: Vec<String>,
}

impl ImportOptions {
    fn takes_theirs(&self, uid: &str) -> bool {
        self.take_theirs || self.theirs.iter().any(|u| u == uid)
    }

    fn settles(&self, uid: &str) -> bool {
        self.takes_theirs(uid) || self.ours.iter().any(|u| u == uid)
    }
}

fn fate(conn: &Connection, uid: &str, ours: Option<String>, theirs: &str) -> Result<Fate> {
    let Some(ours) = ours else { return Ok(Fate::New) };
    if ours == theirs {
        return Ok(Fate::Same);
    }
    let base: Option<String> = conn
        .prepare_cached("SELECT hash FROM sync_base WHERE uid = ?1")?
        .query_row([uid], |r| r.get(0))
        .optional()?;
    Ok(match base {
        Some(base) if base == ours => Fate::Update,
        Some(base) if base == theirs => Fate::KeepOurs,
        _ => Fate::BundleConflict,
    })
}

impl Changes {
    fn add(&mut self, fate: Fate) {
        match fate {
            Fate::New => self.new += 1,
            Fate::Update => self.updated += 1,
            Fate::Same => self.unchanged += 1,
            Fate::KeepOurs => self.kept += 1,
            Fate::BundleConflict => {}
        }
    }
}

/// Every record's fate, in the payload's order: sessions, participants, attempts.
struct Plan {
    sessions: Vec<Fate>,
    participants: Vec<Fate>,
    attempts: Vec<Fate>,
}

fn plan(conn: &Connection, payload: &Payload) -> Result<(Plan, Vec<BundleConflict>)> {
    let mut conflicts = vec![];
    let mut sessions = vec![];
    for s in &payload.sessions {
        let local = records::local_session(conn, &s.uid)?.map(|(_, r)| r);
        let fate = fate(conn, &s.uid, local.as_ref().map(hash), &hash(s))?;
        if fate == Fate::BundleConflict {
            conflicts.push(BundleConflict {
                kind: "session".into(),
                uid: s.uid.clone(),
                label: format!("{} · {}", s.date, s.site.name),
                differences: local.map(|l| differences(&l, s)).unwrap_or_default(),
            });
        }
        sessions.push(fate);
    }
    let mut participants = vec![];
    for p in &payload.participants {
        let local = records::local_participant(conn, &p.uid)?.map(|(_, r)| r);
        let fate = fate(conn, &p.uid, local.as_ref().map(hash), &hash(p))?;
        if fate == Fate::BundleConflict {
            conflicts.push(BundleConflict {
                kind: "participant".into(),
                uid: p.uid.clone(),
                label: p.code.clone(),
                differences: local.map(|l| differences(&l, p)).unwrap_or_default(),
            });
        }
        participants.push(fate);
    }
    let mut attempts = vec![];
    for a in &payload.attempts {
        let mut local = records::local_attempt(conn, &a.uid)?.map(|(_, r)| r);
        let mut fate = fate(conn, &a.uid, local.as_ref().map(hash), &hash(a))?;
        // The same person's test at the same phase, recorded on both laptops apart.
        if fate == Fate::New {
            if let Some(twin) = twin_attempt(conn, a)? {
                fate = Fate::BundleConflict;
                local = records::attempt_by_id(conn, twin)?;
            }
        }
        if fate == Fate::BundleConflict {
            let code = payload
                .participants
                .iter()
                .find(|p| p.uid == a.participant)
                .map(|p| p.code.clone())
                .unwrap_or_default();
            conflicts.push(BundleConflict {
                kind: "test".into(),
                uid: a.uid.clone(),
                label: format!("{code} · {}", a.phase),
                differences: local.map(|l| differences(&l, a)).unwrap_or_default(),
            });
        }
        attempts.push(fate);
    }
    Ok((Plan { sessions, participants, attempts }, conflicts))
}

/// A local attempt at the same phase by the same participant under another uid.
fn twin_attempt(conn: &Connection, a: &records::AttemptRecord) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT t.id FROM attempts t JOIN participants p ON p.id = t.participant_id
             WHERE p.uid = ?1 AND t.phase = ?2 AND t.uid <> ?3",
        )?
        .query_row(params![a.participant, a.phase, a.uid], |r| r.get(0))
        .optional()?)
}

fn known_key(conn: &Connection, installation: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT public_key FROM known_installations WHERE uid = ?1",
            [installation],
            |r| r.get(0),
        )
        .optional()?)
}

fn preview_of(conn: &Connection, payload: &Payload, key: &str) -> Result<(BundlePreview, Plan)> {
    let own = installation::uid(conn)?;
    let known = match known_key(conn, &payload.installation)? {
        Some(k) if k == key => true,
        Some(_) => return Err(Error::Bundle(Refusal::KeyChanged)),
        // This installation's own bundle, coming back.
        None => payload.installation == own,
    };
    let (plan, conflicts) = plan(conn, payload)?;
    let tally = |fates: &[Fate]| {
        let mut t = Changes::default();
        fates.iter().for_each(|f| t.add(*f));
        t
    };
    let preview = BundlePreview {
        installation: payload.installation.clone(),
        fingerprint: fingerprint(key),
        known,
        made_at: payload.made_at.clone(),
        with_names: payload.with_names,
        contents: BundleCounts::of(payload),
        sessions: tally(&plan.sessions),
        participants: tally(&plan.participants),
        attempts: tally(&plan.attempts),
        conflicts,
    };
    Ok((preview, plan))
}

/// What importing `bytes` would do; nothing is written.
pub fn preview(store: &Store, bytes: &[u8], passphrase: &str) -> Result<BundlePreview> {
    let opened = open(bytes, passphrase)?;
    Ok(preview_of(store.conn(), &opened.payload, &opened.key)?.0)
}

/// Imports `bytes`: all of it in one transaction, or nothing.
pub fn import(
    store: &Store,
    bytes: &[u8],
    passphrase: &str,
    options: ImportOptions,
    job: &Job,
) -> Result<BundlePreview> {
    let opened = open(bytes, passphrase)?;
    let payload = &opened.payload;
    let _watch = job.watch(store.conn());
    let tx = store.conn().unchecked_transaction()?;
    // Progress counts records: sessions, then people, then tests.
    let total =
        (payload.sessions.len() + payload.participants.len() + payload.attempts.len()) as u64;
    let mut done = 0;
    job.step(done, total)?;
    let (preview, plan) = preview_of(&tx, payload, &opened.key)?;
    if !preview.known && !options.trust {
        return Err(Error::Bundle(Refusal::Untrusted));
    }
    let own = installation::uid(&tx)?;
    let take = |fate: Fate, uid: &str| {
        matches!(fate, Fate::New | Fate::Update)
            || (fate == Fate::BundleConflict && options.takes_theirs(uid))
    };
    let settled = |fate: Fate, uid: &str| fate != Fate::BundleConflict || options.settles(uid);

    for (record, fate) in payload.sessions.iter().zip(&plan.sessions) {
        done += 1;
        job.step(done, total)?;
        if take(*fate, &record.uid) {
            records::write_session(&tx, record, &own)?;
        }
        if settled(*fate, &record.uid) {
            set_base(&tx, &record.uid, &hash(record))?;
        }
    }
    for (record, fate) in payload.participants.iter().zip(&plan.participants) {
        done += 1;
        job.step(done, total)?;
        if take(*fate, &record.uid) {
            let Some((session, _)) = records::local_session(&tx, &record.session)? else {
                return Err(Error::Bundle(Refusal::Damaged));
            };
            records::write_participant(&tx, record, session, &own)?;
        } else if let (Some(name), Some((id, _))) =
            (&record.name, records::local_participant(&tx, &record.uid)?)
        {
            // A name this laptop lacks comes in even when the record itself stays.
            let has: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM participant_names WHERE participant_id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if !has {
                crate::data::names::set(&tx, id, Some(name))?;
            }
        }
        if settled(*fate, &record.uid) {
            set_base(&tx, &record.uid, &hash(record))?;
        }
    }
    for (record, fate) in payload.attempts.iter().zip(&plan.attempts) {
        done += 1;
        job.step(done, total)?;
        if take(*fate, &record.uid) {
            let Some((participant, _)) = records::local_participant(&tx, &record.participant)?
            else {
                return Err(Error::Bundle(Refusal::Damaged));
            };
            if let Some(twin) = twin_attempt(&tx, record)? {
                tx.execute("DELETE FROM attempts WHERE id = ?1", [twin])?;
            }
            records::write_attempt(&tx, record, participant)?;
        }
        if settled(*fate, &record.uid) {
            set_base(&tx, &record.uid, &hash(record))?;
        }
    }
    if payload.installation != own {
        tx.execute(
            "INSERT INTO known_installations (uid, public_key, first_seen, last_import) VALUES (?1, ?2, ?3, ?3)
             ON CONFLICT (uid) DO UPDATE SET last_import = excluded.last_import",
            params![payload.installation, opened.key, now()],
        )?;
    }
    let t = |t: &Changes| t.new + t.updated;
    let taken = preview.conflicts.iter().filter(|c| options.takes_theirs(&c.uid)).count();
    audit::record(
        &tx,
        Action::Import,
        "bundle",
        None,
        &format!(
            "from {} ({}): {} sessions, {} people, {} tests new or updated; {} conflicts, {} taken from the bundle, {} kept as they were",
            payload.installation,
            preview.fingerprint,
            t(&preview.sessions),
            t(&preview.participants),
            t(&preview.attempts),
            preview.conflicts.len(),
            taken,
            preview.conflicts.len() - taken
        ),
    )?;
    tx.commit()?;
    Ok(preview)
}

fn set_base(conn: &Connection, uid: &str, hash: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_base (uid, hash) VALUES (?1, ?2) ON CONFLICT (uid) DO UPDATE SET hash = excluded.hash",
    )?
    .execute(params![uid, hash])?;
    Ok(())
}

/// Records that the versions in `payload` were exchanged: the base of later merges.
pub(crate) fn remember_exchanged(conn: &Connection, payload: &Payload) -> Result<()> {
    for s in &payload.sessions {
        set_base(conn, &s.uid, &hash(s))?;
    }
    for p in &payload.participants {
        set_base(conn, &p.uid, &hash(p))?;
    }
    for a in &payload.attempts {
        set_base(conn, &a.uid, &hash(a))?;
    }
    Ok(())
}

//! The records a bundle carries, as plain data keyed by their global ids, and how they are
//! read from this laptop's database: the same shape serves the export and the comparison
//! with an imported bundle.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::bundle::Selection;
use crate::data::installation;
use crate::sessions::roster;
use crate::{Result, Store};

pub const FORMAT: &str = "respond-bundle-1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Payload {
    pub format: String,
    /// The installation that made the bundle.
    pub installation: String,
    pub made_at: String,
    pub with_names: bool,
    pub sessions: Vec<SessionRecord>,
    pub participants: Vec<ParticipantRecord>,
    pub attempts: Vec<AttemptRecord>,
}

/// A site travels by name: the same prison on two laptops is one site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteRecord {
    pub name: String,
    pub country: Option<String>,
    pub local_services: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub uid: String,
    /// The installation that made the session.
    pub origin: String,
    pub date: String,
    pub site: SiteRecord,
    pub trainers: String,
    pub audience: String,
    pub language: String,
    pub quiz_id: String,
    pub modules: String,
    pub closed_at: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowupRecord {
    pub method: String,
    pub similarity: f64,
    pub matched_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoosterRecord {
    pub module_id: String,
    pub given_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KitRecord {
    pub status: String,
    pub date: Option<String>,
    pub recorded_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateRecord {
    pub serial: String,
    pub language: String,
    pub issued_at: String,
    pub payload: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantRecord {
    pub uid: String,
    pub origin: String,
    /// The session's uid.
    pub session: String,
    pub code: String,
    pub sgic: Option<String>,
    pub language: String,
    pub consent_followup: bool,
    pub release_date: Option<String>,
    pub created_at: String,
    pub followup: Option<FollowupRecord>,
    pub booster: Option<BoosterRecord>,
    pub kit: Option<KitRecord>,
    pub certificate: Option<CertificateRecord>,
    /// Only in a bundle made with names; never part of the record's hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptRecord {
    pub uid: String,
    /// The participant's uid.
    pub participant: String,
    pub phase: String,
    pub quiz_id: String,
    pub bank_version: String,
    pub language: String,
    pub mode: String,
    pub recorded_at: String,
    /// Item id → the options chosen, as stored (a JSON array).
    pub answers: BTreeMap<String, String>,
}

/// A record's fingerprint for telling versions apart (the name left out: it may or may
/// not travel, and is never overwritten).
pub fn hash<T: Serialize>(record: &T) -> String {
    let mut value = serde_json::to_value(record).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.remove("name");
    }
    let digest = Sha256::digest(value.to_string().as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

const SESSION_SQL: &str =
    "SELECT s.uid, s.origin, s.date, t.name, t.country, t.local_services, s.trainers,
    s.audience, s.language, s.quiz_id, s.modules, s.closed_at, s.created_at, s.id
    FROM sessions s JOIN sites t ON t.id = s.site_id";

fn session_row(r: &Row, own: &str) -> rusqlite::Result<(i64, SessionRecord)> {
    Ok((
        r.get(13)?,
        SessionRecord {
            uid: r.get(0)?,
            origin: r.get::<_, Option<String>>(1)?.unwrap_or_else(|| own.to_string()),
            date: r.get(2)?,
            site: SiteRecord { name: r.get(3)?, country: r.get(4)?, local_services: r.get(5)? },
            trainers: r.get(6)?,
            audience: r.get(7)?,
            language: r.get(8)?,
            quiz_id: r.get(9)?,
            modules: r.get(10)?,
            closed_at: r.get(11)?,
            created_at: r.get(12)?,
        },
    ))
}

const PARTICIPANT_SQL: &str = "SELECT p.uid, p.origin, s.uid, p.code, p.sgic, p.language,
    p.consent_followup, p.release_date, p.created_at,
    f.method, f.similarity, f.matched_at, b.module_id, b.given_at,
    c.serial, c.language, c.issued_at, c.payload, p.id, k.status, k.date, k.recorded_at
    FROM participants p JOIN sessions s ON s.id = p.session_id
    LEFT JOIN followup_matches f ON f.participant_id = p.id
    LEFT JOIN boosters b ON b.participant_id = p.id
    LEFT JOIN kits k ON k.participant_id = p.id
    LEFT JOIN certificates c ON c.participant_id = p.id";

fn participant_row(r: &Row, own: &str) -> rusqlite::Result<(i64, ParticipantRecord)> {
    let followup = match r.get::<_, Option<String>>(9)? {
        Some(method) => {
            Some(FollowupRecord { method, similarity: r.get(10)?, matched_at: r.get(11)? })
        }
        None => None,
    };
    let booster = match r.get::<_, Option<String>>(12)? {
        Some(module_id) => Some(BoosterRecord { module_id, given_at: r.get(13)? }),
        None => None,
    };
    let certificate = match r.get::<_, Option<String>>(14)? {
        Some(serial) => Some(CertificateRecord {
            serial,
            language: r.get(15)?,
            issued_at: r.get(16)?,
            payload: r.get(17)?,
        }),
        None => None,
    };
    let kit = match r.get::<_, Option<String>>(19)? {
        Some(status) => Some(KitRecord { status, date: r.get(20)?, recorded_at: r.get(21)? }),
        None => None,
    };
    Ok((
        r.get(18)?,
        ParticipantRecord {
            uid: r.get(0)?,
            origin: r.get::<_, Option<String>>(1)?.unwrap_or_else(|| own.to_string()),
            session: r.get(2)?,
            code: r.get(3)?,
            sgic: r.get(4)?,
            language: r.get(5)?,
            consent_followup: r.get(6)?,
            release_date: r.get(7)?,
            created_at: r.get(8)?,
            followup,
            booster,
            kit,
            certificate,
            name: None,
        },
    ))
}

const ATTEMPT_SQL: &str = "SELECT a.uid, p.uid, a.phase, a.quiz_id, a.bank_version, a.language,
    a.mode, a.recorded_at, a.id FROM attempts a JOIN participants p ON p.id = a.participant_id";

fn attempt_row(conn: &Connection, r: &Row) -> Result<AttemptRecord> {
    let id: i64 = r.get(8)?;
    let mut stmt =
        conn.prepare_cached("SELECT item_id, chosen FROM answers WHERE attempt_id = ?1")?;
    let answers = stmt
        .query_map([id], |a| Ok((a.get::<_, String>(0)?, a.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<BTreeMap<_, _>>>()?;
    Ok(AttemptRecord {
        uid: r.get(0)?,
        participant: r.get(1)?,
        phase: r.get(2)?,
        quiz_id: r.get(3)?,
        bank_version: r.get(4)?,
        language: r.get(5)?,
        mode: r.get(6)?,
        recorded_at: r.get(7)?,
        answers,
    })
}

/// The local session with this uid, with its row id.
pub fn local_session(conn: &Connection, uid: &str) -> Result<Option<(i64, SessionRecord)>> {
    let own = installation::uid(conn)?;
    Ok(conn
        .query_row(&format!("{SESSION_SQL} WHERE s.uid = ?1"), [uid], |r| session_row(r, &own))
        .optional()?)
}

/// The local participant with this uid, with its row id.
pub fn local_participant(conn: &Connection, uid: &str) -> Result<Option<(i64, ParticipantRecord)>> {
    let own = installation::uid(conn)?;
    Ok(conn
        .query_row(&format!("{PARTICIPANT_SQL} WHERE p.uid = ?1"), [uid], |r| {
            participant_row(r, &own)
        })
        .optional()?)
}

/// The local attempt with this uid, with its row id.
pub fn local_attempt(conn: &Connection, uid: &str) -> Result<Option<(i64, AttemptRecord)>> {
    let mut stmt = conn.prepare_cached(&format!("{ATTEMPT_SQL} WHERE a.uid = ?1"))?;
    let mut rows = stmt.query([uid])?;
    match rows.next()? {
        Some(r) => Ok(Some((r.get(8)?, attempt_row(conn, r)?))),
        None => Ok(None),
    }
}

/// The attempt with local id `id`, as a bundle would carry it.
pub fn attempt_by_id(conn: &Connection, id: i64) -> Result<Option<AttemptRecord>> {
    let mut stmt = conn.prepare_cached(&format!("{ATTEMPT_SQL} WHERE a.id = ?1"))?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => Ok(Some(attempt_row(conn, r)?)),
        None => Ok(None),
    }
}

/// Everything `selection` names, as a bundle's payload.
pub fn collect(store: &Store, selection: &Selection) -> Result<Payload> {
    let conn = store.conn();
    let own = installation::uid(conn)?;
    let (condition, args): (&str, Vec<String>) = match (&selection.session, &selection.since) {
        (Some(id), _) => ("s.id = ?1", vec![id.to_string()]),
        (None, Some(since)) => {
            crate::data::input::check_date("since", since)?;
            ("s.date >= ?1", vec![since.clone()])
        }
        (None, None) => ("1 = 1", vec![]),
    };
    let mut stmt = conn.prepare(&format!("{SESSION_SQL} WHERE {condition} ORDER BY s.id"))?;
    let sessions = stmt
        .query_map(rusqlite::params_from_iter(&args), |r| session_row(r, &own))?
        .map(|r| r.map(|(_, s)| s))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt = conn.prepare(&format!("{PARTICIPANT_SQL} WHERE {condition} ORDER BY p.id"))?;
    let mut participants = stmt
        .query_map(rusqlite::params_from_iter(&args), |r| participant_row(r, &own))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if selection.with_names {
        for (id, record) in &mut participants {
            record.name = roster::get(store, *id)?.name;
        }
    }
    let mut stmt = conn.prepare(&format!(
        "{ATTEMPT_SQL} JOIN sessions s ON s.id = p.session_id WHERE {condition} ORDER BY a.id"
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(&args))?;
    let mut attempts = vec![];
    while let Some(r) = rows.next()? {
        attempts.push(attempt_row(conn, r)?);
    }
    Ok(Payload {
        format: FORMAT.into(),
        installation: own,
        made_at: crate::data::input::now(),
        with_names: selection.with_names,
        sessions,
        participants: participants.into_iter().map(|(_, p)| p).collect(),
        attempts,
    })
}

/// Inserts or updates the local session for `record` (its site found by name, or made).
pub fn write_session(conn: &Connection, record: &SessionRecord, own: &str) -> Result<i64> {
    let site = &record.site;
    conn.execute(
        "INSERT INTO sites (name, country, local_services) VALUES (?1, ?2, ?3) ON CONFLICT (name) DO NOTHING",
        params![site.name, site.country, site.local_services],
    )?;
    let site_id: i64 =
        conn.query_row("SELECT id FROM sites WHERE name = ?1", [&site.name], |r| r.get(0))?;
    let origin = (record.origin != own).then_some(record.origin.as_str());
    conn.execute(
        "INSERT INTO sessions (uid, origin, date, site_id, trainers, audience, language, quiz_id, modules, closed_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (uid) DO UPDATE SET date = excluded.date, site_id = excluded.site_id,
            trainers = excluded.trainers, audience = excluded.audience, language = excluded.language,
            quiz_id = excluded.quiz_id, modules = excluded.modules, closed_at = excluded.closed_at",
        params![
            record.uid,
            origin,
            record.date,
            site_id,
            record.trainers,
            record.audience,
            record.language,
            record.quiz_id,
            record.modules,
            record.closed_at,
            record.created_at
        ],
    )?;
    Ok(conn.query_row("SELECT id FROM sessions WHERE uid = ?1", [&record.uid], |r| r.get(0))?)
}

/// Inserts or updates the local participant for `record` in session row `session`; a name
/// it carries is set only where this laptop has none.
pub fn write_participant(
    conn: &Connection,
    record: &ParticipantRecord,
    session: i64,
    own: &str,
) -> Result<i64> {
    let origin = (record.origin != own).then_some(record.origin.as_str());
    conn.execute(
        "INSERT INTO participants (uid, origin, session_id, code, sgic, language, consent_followup, release_date, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (uid) DO UPDATE SET session_id = excluded.session_id, sgic = excluded.sgic,
            language = excluded.language, consent_followup = excluded.consent_followup,
            release_date = excluded.release_date",
        params![
            record.uid,
            origin,
            session,
            record.code,
            record.sgic,
            record.language,
            record.consent_followup,
            record.release_date,
            record.created_at
        ],
    )?;
    let id: i64 =
        conn.query_row("SELECT id FROM participants WHERE uid = ?1", [&record.uid], |r| r.get(0))?;
    match &record.followup {
        Some(f) => conn.execute(
            "INSERT INTO followup_matches (participant_id, method, similarity, matched_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (participant_id) DO UPDATE SET method = excluded.method,
                similarity = excluded.similarity, matched_at = excluded.matched_at",
            params![id, f.method, f.similarity, f.matched_at],
        )?,
        None => conn.execute("DELETE FROM followup_matches WHERE participant_id = ?1", [id])?,
    };
    match &record.booster {
        Some(b) => conn.execute(
            "INSERT INTO boosters (participant_id, module_id, given_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (participant_id) DO UPDATE SET module_id = excluded.module_id, given_at = excluded.given_at",
            params![id, b.module_id, b.given_at],
        )?,
        None => conn.execute("DELETE FROM boosters WHERE participant_id = ?1", [id])?,
    };
    match &record.kit {
        Some(k) => conn.execute(
            "INSERT INTO kits (participant_id, status, date, recorded_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (participant_id) DO UPDATE SET status = excluded.status, date = excluded.date,
                recorded_at = excluded.recorded_at",
            params![id, k.status, k.date, k.recorded_at],
        )?,
        None => conn.execute("DELETE FROM kits WHERE participant_id = ?1", [id])?,
    };
    let has_name: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM participant_names WHERE participant_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if let (Some(name), false) = (&record.name, has_name) {
        crate::data::names::set(conn, id, Some(name))?;
    }
    // A certificate record needs the name it certifies.
    if let (Some(c), true) = (&record.certificate, has_name || record.name.is_some()) {
        conn.execute(
            "INSERT INTO certificates (serial, participant_id, session_id, language, issued_at, payload)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
            params![c.serial, id, session, c.language, c.issued_at, c.payload],
        )?;
    }
    Ok(id)
}

/// Inserts or replaces the local attempt for `record` of participant row `participant`.
pub fn write_attempt(conn: &Connection, record: &AttemptRecord, participant: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO attempts (uid, participant_id, phase, quiz_id, bank_version, language, mode, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (uid) DO UPDATE SET quiz_id = excluded.quiz_id, bank_version = excluded.bank_version,
            language = excluded.language, mode = excluded.mode, recorded_at = excluded.recorded_at",
    )?
    .execute(params![
            record.uid,
            participant,
            record.phase,
            record.quiz_id,
            record.bank_version,
            record.language,
            record.mode,
            record.recorded_at
    ])?;
    let id: i64 = conn
        .prepare_cached("SELECT id FROM attempts WHERE uid = ?1")?
        .query_row([&record.uid], |r| r.get(0))?;
    conn.prepare_cached("DELETE FROM answers WHERE attempt_id = ?1")?.execute([id])?;
    let mut stmt = conn
        .prepare_cached("INSERT INTO answers (attempt_id, item_id, chosen) VALUES (?1, ?2, ?3)")?;
    for (item, chosen) in &record.answers {
        stmt.execute(params![id, item, chosen])?;
    }
    Ok(())
}

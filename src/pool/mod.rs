//! The regional pool: an optional PostgreSQL database a region already runs, where each
//! installation pushes its pseudonymous results for analysts, and from which `respond stats
//! --pool` computes the Results page's figures over every installation. No laptop depends
//! on it: a push is one transaction, refused or done whole, and nothing local changes.
//!
//! What leaves the laptop: sessions (date, site, trainers, audience, language, quiz,
//! modules), participants by code only (language, follow-up consent, release date, how they
//! were found again, booster, kit), tests and their answers, and the question bank's answer
//! key. Never names, own codes, certificates, passphrases or keys. A person and all their
//! tests belong to the installation that trained them: only that installation pushes them
//! (a follow-up made elsewhere reaches the pool once a bundle has brought it home).

mod push;

pub use push::{push, Progress, PushSummary, Stage};

use std::str::FromStr;

use postgres::config::{Host, SslMode};
use postgres::{Client, Config};
use serde::Serialize;
use ts_rs::TS;

use crate::bundle::records::{
    self, AttemptRecord, BoosterRecord, FollowupRecord, KitRecord, ParticipantRecord, Payload,
    SessionRecord, SiteRecord,
};
use crate::data::sql::{set_setting, setting};
use crate::error::PoolRefusal;
use crate::{Error, Result, Store};

/// The pool's schema, in order; each runs once, in a transaction, under a lock.
const MIGRATIONS: [&str; 1] = [include_str!("../../migrations/pool/0001_pool.sql")];

/// The environment variable that holds the pool's URL for the command line.
pub const URL_ENV: &str = "RESPOND_POOL_URL";

fn refused(e: postgres::Error) -> Error {
    if let Some(db) = e.as_db_error() {
        let code = db.code().code();
        // 28000 invalid authorisation, 28P01 wrong password.
        return Error::Pool(if code.starts_with("28") {
            PoolRefusal::Credentials
        } else {
            PoolRefusal::Server(db.message().to_string())
        });
    }
    if e.is_closed() || std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>()) {
        return Error::Pool(PoolRefusal::Unreachable(e.to_string()));
    }
    Error::Pool(PoolRefusal::Server(e.to_string()))
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Error {
        refused(e)
    }
}

fn is_local(host: &Host) -> bool {
    match host {
        Host::Tcp(name) => matches!(name.as_str(), "localhost" | "127.0.0.1" | "::1"),
        Host::Unix(_) => true,
    }
}

/// Opens a connection to the pool at `url` (`postgresql://user:password@host/db?sslmode=…`).
/// A server on another machine is reached only with `sslmode=require`, and its certificate
/// is checked against the system's certificate authorities.
pub fn connect(url: &str) -> Result<Client> {
    let config = Config::from_str(url.trim()).map_err(|_| Error::Pool(PoolRefusal::BadUrl))?;
    if config.get_hosts().is_empty() {
        return Err(Error::Pool(PoolRefusal::BadUrl));
    }
    let remote = config.get_hosts().iter().any(|h| !is_local(h));
    if remote && config.get_ssl_mode() != SslMode::Require {
        return Err(Error::Pool(PoolRefusal::TlsRequired));
    }
    let tls = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())
        .map_err(|e| Error::Pool(PoolRefusal::Server(e.to_string())))?;
    config.connect(postgres_openssl::MakeTlsConnector::new(tls.build())).map_err(refused)
}

/// Brings the pool's schema up to date; returns its version.
pub fn migrate(client: &mut Client) -> Result<usize> {
    // Up to date: no DDL, so a role that may only write rows (see the README) can push.
    let exists: bool =
        client.query_one("SELECT to_regclass('respond.migrations') IS NOT NULL", &[])?.get(0);
    if exists {
        let done: i32 = client
            .query_one("SELECT coalesce(max(version), 0) FROM respond.migrations", &[])?
            .get(0);
        if done as usize >= MIGRATIONS.len() {
            return Ok(MIGRATIONS.len());
        }
    }
    let mut tx = client.transaction()?;
    // Two laptops pushing at once: one migrates, the other waits.
    tx.batch_execute(
        "SELECT pg_advisory_xact_lock(7264837);
         CREATE SCHEMA IF NOT EXISTS respond;
         CREATE TABLE IF NOT EXISTS respond.migrations (
             version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());",
    )?;
    let done: i32 =
        tx.query_one("SELECT coalesce(max(version), 0) FROM respond.migrations", &[])?.get(0);
    for (k, sql) in MIGRATIONS.iter().enumerate().skip(done as usize) {
        tx.batch_execute(sql)?;
        tx.execute("INSERT INTO respond.migrations (version) VALUES ($1)", &[&(k as i32 + 1)])?;
    }
    tx.commit()?;
    Ok(MIGRATIONS.len())
}

const URL_KEY: &str = "pool_url";
const LAST_PUSH_KEY: &str = "pool_last_push";

/// The pool as this laptop knows it: where it is (kept in the encrypted database, never in
/// a file) and how the last push went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PoolSettings {
    pub url: Option<String>,
    pub last_push: Option<PushSummary>,
}

pub fn settings(store: &Store) -> Result<PoolSettings> {
    Ok(PoolSettings {
        url: setting(store, URL_KEY)?.filter(|u| !u.is_empty()),
        last_push: setting(store, LAST_PUSH_KEY)?.and_then(|s| serde_json::from_str(&s).ok()),
    })
}

/// Keeps `url` for the next push (empty: forget it). A URL that is not one is refused.
pub fn save_url(store: &Store, url: &str) -> Result<()> {
    let url = url.trim();
    if !url.is_empty() && Config::from_str(url).is_err() {
        return Err(Error::Pool(PoolRefusal::BadUrl));
    }
    set_setting(store, URL_KEY, url)
}

fn remember_push(store: &Store, summary: &PushSummary) -> Result<()> {
    set_setting(store, LAST_PUSH_KEY, &serde_json::to_string(summary).unwrap_or_default())
}

/// What a connection test found.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PoolStatus {
    /// The server's own version line.
    pub server: String,
    /// Installations and participants the pool holds.
    #[ts(type = "number")]
    pub installations: i64,
    #[ts(type = "number")]
    pub participants: i64,
}

/// Connects, brings the schema up to date, and says what the pool holds.
pub fn check(url: &str) -> Result<PoolStatus> {
    let mut client = connect(url)?;
    migrate(&mut client)?;
    let server: String = client.query_one("SELECT version()", &[])?.get(0);
    let row = client.query_one(
        "SELECT (SELECT count(*) FROM respond.installations), (SELECT count(*) FROM respond.participants)",
        &[],
    )?;
    Ok(PoolStatus { server, installations: row.get(0), participants: row.get(1) })
}

/// Everything in the pool, as records a bundle would carry (codes only).
pub fn pull(client: &mut Client) -> Result<Payload> {
    let mut payload = Payload {
        format: records::FORMAT.into(),
        installation: String::new(),
        made_at: crate::data::input::now(),
        with_names: false,
        sessions: vec![],
        participants: vec![],
        attempts: vec![],
    };
    for r in client.query(
        "SELECT uid, installation, date::text, site, country, trainers, audience, language,
                quiz_id, modules, closed_at, created_at FROM respond.sessions ORDER BY installation, date, uid",
        &[],
    )? {
        payload.sessions.push(SessionRecord {
            uid: r.get(0),
            origin: r.get(1),
            date: r.get(2),
            site: SiteRecord { name: r.get(3), country: r.get(4), local_services: String::new() },
            trainers: r.get(5),
            audience: r.get(6),
            language: r.get(7),
            quiz_id: r.get(8),
            modules: r.get(9),
            closed_at: r.get(10),
            created_at: r.get(11),
        });
    }
    for r in client.query(
        "SELECT uid, installation, session_uid, code, language, consent_followup, release_date::text,
                created_at, followup_method, followup_similarity, followup_at, booster_module,
                booster_at, kit_status, kit_date::text
         FROM respond.participants ORDER BY installation, created_at, uid",
        &[],
    )? {
        let followup = r.get::<_, Option<String>>(8).map(|method| FollowupRecord {
            method,
            similarity: r.get::<_, Option<f64>>(9).unwrap_or(1.0),
            matched_at: r.get::<_, Option<String>>(10).unwrap_or_default(),
        });
        let booster = r.get::<_, Option<String>>(11).map(|module_id| BoosterRecord {
            module_id,
            given_at: r.get::<_, Option<String>>(12).unwrap_or_default(),
        });
        let kit = r.get::<_, Option<String>>(13).map(|status| KitRecord {
            status,
            date: r.get(14),
            recorded_at: String::new(),
        });
        payload.participants.push(ParticipantRecord {
            uid: r.get(0),
            origin: r.get(1),
            session: r.get(2),
            code: r.get(3),
            sgic: None,
            language: r.get(4),
            consent_followup: r.get(5),
            release_date: r.get(6),
            created_at: r.get(7),
            followup,
            booster,
            kit,
            certificate: None,
            name: None,
        });
    }
    let mut index = std::collections::HashMap::new();
    for r in client.query(
        "SELECT uid, participant_uid, phase, quiz_id, bank_version, language, mode, recorded_at
         FROM respond.attempts ORDER BY installation, recorded_at, uid",
        &[],
    )? {
        index.insert(r.get::<_, String>(0), payload.attempts.len());
        payload.attempts.push(AttemptRecord {
            uid: r.get(0),
            participant: r.get(1),
            phase: r.get(2),
            quiz_id: r.get(3),
            bank_version: r.get(4),
            language: r.get(5),
            mode: r.get(6),
            recorded_at: r.get(7),
            answers: Default::default(),
        });
    }
    for r in client.query("SELECT attempt_uid, item_id, chosen::text FROM respond.answers", &[])? {
        if let Some(&k) = index.get(&r.get::<_, String>(0)) {
            // As the app stores it: compact JSON.
            let chosen: serde_json::Value =
                serde_json::from_str(r.get(2)).unwrap_or(serde_json::Value::Null);
            payload.attempts[k].answers.insert(r.get(1), chosen.to_string());
        }
    }
    Ok(payload)
}

/// Writes `payload` (the pool's records) into `store`, an empty database: the same writes
/// as a bundle's import, so that every figure is then computed by the app's own code.
pub fn absorb(store: &Store, payload: &Payload) -> Result<()> {
    let tx = store.conn().unchecked_transaction()?;
    let own = crate::data::installation::uid(&tx)?;
    let mut sessions = std::collections::HashMap::new();
    for s in &payload.sessions {
        sessions.insert(s.uid.clone(), records::write_session(&tx, s, &own)?);
    }
    let mut people = std::collections::HashMap::new();
    for p in &payload.participants {
        let Some(&session) = sessions.get(&p.session) else { continue };
        records::write_participant(&tx, p, session, &own)?;
        people.insert(p.uid.clone(), ());
    }
    for a in &payload.attempts {
        if people.contains_key(&a.participant) {
            let (id, _) =
                records::local_participant(&tx, &a.participant)?.ok_or(Error::NotFound)?;
            records::write_attempt(&tx, a, id)?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// The pool's data in a throwaway local database (in `dir`), for the Results computation.
pub fn pooled_store(url: &str, dir: &std::path::Path) -> Result<Store> {
    let mut client = connect(url)?;
    migrate(&mut client)?;
    let payload = pull(&mut client)?;
    let passphrase: String = {
        use rand::Rng;
        rand::rng().sample_iter(rand::distr::Alphanumeric).take(32).map(char::from).collect()
    };
    let store = Store::open(dir, &passphrase)?;
    absorb(&store, &payload)?;
    Ok(store)
}

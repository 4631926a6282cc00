//! The quiz kiosk: the trainer's laptop handed to participants one by one. Its state lives
//! in the database, so a reload, a restart or a crash comes back into it; the PIN is kept
//! hashed (Argon2) and checked here; while it runs, the shell answers only the commands in
//! [`ALLOWED`]. A participant sees their own quiz and nothing else: no names, no release
//! dates, no other people.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::attempts::{self, AnswerInput, Phase, Reviewed};
use crate::content::bank::QuizView;
use crate::content::Library;
use crate::data::audit::{self, Action};
use crate::data::input::{invalid, now};
use crate::data::pin;
use crate::data::sql::{enum_from, enum_text};
use crate::i18n::Language;
use crate::sessions::{self, roster};
use crate::{Error, Result, Store};

/// The commands the window may call while a kiosk runs. Everything else answers
/// `kiosk-active`.
pub const ALLOWED: &[&str] = &[
    "kiosk_state",
    "kiosk_begin",
    "kiosk_answer",
    "kiosk_review",
    "kiosk_next",
    "kiosk_exit",
    "ui_ready",
    "today",
    "get_settings",
    "get_data_settings",
    "data_status",
    "lock",
];

/// Wrong PINs in a row before the app locks and needs the passphrase.
pub const MAX_TRIES: u32 = 5;

/// The participant at the kiosk now: their code, language, quiz (without its key) and
/// what they have answered.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KioskTaking {
    pub code: String,
    pub language: Language,
    pub quiz: QuizView,
    pub answers: BTreeMap<String, Vec<String>>,
}

/// What the kiosk shows: the session's language until someone types their code, the
/// phase, and whoever is taking the quiz.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KioskState {
    pub language: Language,
    pub phase: Phase,
    pub taking: Option<KioskTaking>,
}

struct Running {
    session: i64,
    phase: Phase,
    pin: String,
    failures: u32,
    participant: Option<i64>,
}

fn running(store: &Store) -> Result<Option<Running>> {
    Ok(store
        .conn()
        .query_row(
            "SELECT session_id, phase, pin_hash, failures, participant_id FROM kiosk",
            [],
            |r| {
                Ok(Running {
                    session: r.get(0)?,
                    phase: enum_from(&r.get::<_, String>(1)?)?,
                    pin: r.get(2)?,
                    failures: r.get(3)?,
                    participant: r.get(4)?,
                })
            },
        )
        .optional()?)
}

fn required(store: &Store) -> Result<Running> {
    running(store)?.ok_or(Error::NotFound)
}

/// Whether a kiosk runs: the shell then refuses every command not in [`ALLOWED`].
pub fn is_active(store: &Store) -> Result<bool> {
    Ok(running(store)?.is_some())
}

/// Hands the laptop over: a kiosk for `session` at `phase`, left only with `pin` (4 to 8
/// digits) or the database passphrase.
pub fn start(
    store: &Store,
    library: &Library,
    session: i64,
    phase: Phase,
    pin: &str,
) -> Result<KioskState> {
    let hash = pin::hash(pin)?;
    let session = sessions::get(store, session)?;
    let tx = store.conn().unchecked_transaction()?;
    tx.execute("DELETE FROM kiosk", [])?;
    tx.execute(
        "INSERT INTO kiosk (session_id, phase, pin_hash, failures, started_at) VALUES (?1, ?2, ?3, 0, ?4)",
        params![session.id, enum_text(&phase), hash, now()],
    )?;
    audit::record(
        &tx,
        Action::Kiosk,
        "session",
        Some(session.id),
        &format!("start {}", enum_text(&phase)),
    )?;
    tx.commit()?;
    state(store, library)
}

/// What the kiosk shows now; `NotFound` when no kiosk runs.
pub fn state(store: &Store, library: &Library) -> Result<KioskState> {
    let kiosk = required(store)?;
    let language = sessions::get(store, kiosk.session)?.language;
    let taking = match kiosk.participant {
        Some(id) => Some(taking(store, library, id, kiosk.phase)?),
        None => None,
    };
    Ok(KioskState { language, phase: kiosk.phase, taking })
}

fn taking(store: &Store, library: &Library, participant: i64, phase: Phase) -> Result<KioskTaking> {
    let person = roster::get(store, participant)?;
    let session = sessions::get(store, person.session_id)?;
    let taking = attempts::take(store, library, session.id, &person.code, phase)?;
    Ok(KioskTaking {
        code: person.code,
        language: person.language,
        quiz: taking.quiz,
        answers: taking.answers,
    })
}

/// The participant types their code: only someone of the kiosk's session is found.
pub fn begin(store: &Store, library: &Library, code: &str) -> Result<KioskTaking> {
    let kiosk = required(store)?;
    let person = roster::find_in_session(store, kiosk.session, code)?;
    store.conn().execute("UPDATE kiosk SET participant_id = ?1", [person.id])?;
    taking(store, library, person.id, kiosk.phase)
}

fn current(kiosk: &Running) -> Result<i64> {
    kiosk.participant.ok_or_else(|| invalid("code", "required"))
}

/// Records one answer of the participant at the kiosk, as soon as it is given.
pub fn answer(store: &Store, library: &Library, answer: &AnswerInput) -> Result<()> {
    let kiosk = required(store)?;
    let person = roster::get(store, current(&kiosk)?)?;
    attempts::record_answer(store, library, person.id, kiosk.phase, person.language, answer)
}

/// The graded review after the post-test or follow-up, for the participant at the kiosk.
pub fn review(store: &Store, library: &Library) -> Result<Vec<Reviewed>> {
    let kiosk = required(store)?;
    attempts::review(store, library, current(&kiosk)?, kiosk.phase)
}

/// The participant is done: the kiosk waits for the next code.
pub fn next(store: &Store) -> Result<()> {
    required(store)?;
    store.conn().execute("UPDATE kiosk SET participant_id = NULL", [])?;
    Ok(())
}

/// How a try to leave the kiosk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Exit {
    Left,
    /// A wrong PIN; this many tries are left before the app locks.
    Wrong {
        tries_left: u32,
    },
    /// Too many wrong PINs: the caller locks the app (the passphrase opens it again).
    LockedOut,
}

/// Leaves the kiosk with its PIN or the database passphrase. Every try is audited.
pub fn exit(store: &Store, secret: &str) -> Result<Exit> {
    let kiosk = required(store)?;
    if pin::matches(&kiosk.pin, secret) || store.is_passphrase(secret) {
        let tx = store.conn().unchecked_transaction()?;
        tx.execute("DELETE FROM kiosk", [])?;
        audit::record(&tx, Action::Kiosk, "session", Some(kiosk.session), "exit")?;
        tx.commit()?;
        return Ok(Exit::Left);
    }
    let failures = kiosk.failures + 1;
    let tx = store.conn().unchecked_transaction()?;
    let outcome = if failures >= MAX_TRIES {
        tx.execute("UPDATE kiosk SET failures = 0", [])?;
        audit::record(&tx, Action::Kiosk, "session", Some(kiosk.session), "locked-out")?;
        Exit::LockedOut
    } else {
        tx.execute("UPDATE kiosk SET failures = ?1", [failures])?;
        audit::record(&tx, Action::Kiosk, "session", Some(kiosk.session), "wrong-pin")?;
        Exit::Wrong { tries_left: MAX_TRIES - failures }
    };
    tx.commit()?;
    Ok(outcome)
}

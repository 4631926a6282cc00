//! Quiz answers, before and after training and at follow-up, whichever way they were
//! given (kiosk or paper sheet), and the scores drawn from them.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::bank::{Domain, Item, ItemKind, QuizView};
use crate::content::Library;
use crate::data::audit::{self, Action};
use crate::data::input::{invalid, now};
use crate::data::sql::enum_text;
use crate::i18n::Language;
use crate::quiz::{is_correct, score, Score};
use crate::sessions;
use crate::sessions::roster::{self, Participant};
use crate::{Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Pre,
    Post,
    Followup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Kiosk,
    Paper,
}

/// How one answer was entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Entered {
    Kiosk,
    /// Typed into the entry grid from a paper sheet.
    Grid,
    /// Read from a scanned sheet, and confirmed by the trainer.
    Scan,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnswerInput {
    pub item_id: String,
    /// Option ids; empty when the item was left blank.
    pub chosen: Vec<String>,
}

/// What a participant needs to take a quiz: who they are, the quiz in their language,
/// and what they answered already (a kiosk session can be resumed).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Taking {
    pub participant: Participant,
    pub phase: Phase,
    pub quiz: QuizView,
    pub answers: BTreeMap<String, Vec<String>>,
}

/// The items of the quiz of `participant`'s session.
fn quiz_of<'a>(
    store: &Store,
    library: &'a Library,
    participant: &Participant,
) -> Result<(String, Vec<&'a Item>)> {
    let session = sessions::get(store, participant.session_id)?;
    let items =
        library.bank().quiz_items(&session.quiz_id).ok_or_else(|| invalid("quizId", "unknown"))?;
    Ok((session.quiz_id, items))
}

fn check_answer(items: &[&Item], answer: &AnswerInput) -> Result<()> {
    let item = items
        .iter()
        .find(|i| i.id == answer.item_id)
        .ok_or_else(|| invalid("itemId", "unknown"))?;
    let options = item.option_ids();
    if answer.chosen.iter().any(|c| !options.contains(c)) {
        return Err(invalid("chosen", "unknown"));
    }
    if item.kind != ItemKind::Multi && answer.chosen.len() > 1 {
        return Err(invalid("chosen", "one-only"));
    }
    Ok(())
}

/// The attempt of `participant` at `phase`, created if new.
fn attempt_id(
    store: &Store,
    participant: &Participant,
    quiz_id: &str,
    version: &str,
    phase: Phase,
    lang: Language,
    mode: Mode,
) -> Result<i64> {
    let conn = store.conn();
    conn.execute(
        "INSERT INTO attempts (participant_id, phase, quiz_id, bank_version, language, mode, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (participant_id, phase) DO UPDATE SET language = excluded.language, mode = excluded.mode,
             bank_version = excluded.bank_version, recorded_at = excluded.recorded_at",
        params![participant.id, enum_text(&phase), quiz_id, version, lang.code(), enum_text(&mode), now()],
    )?;
    Ok(conn.query_row(
        "SELECT id FROM attempts WHERE participant_id = ?1 AND phase = ?2",
        params![participant.id, enum_text(&phase)],
        |r| r.get(0),
    )?)
}

fn put_answer(
    store: &Store,
    attempt: i64,
    item: &Item,
    chosen: &[String],
    entered: Entered,
) -> Result<()> {
    let mut chosen = chosen.to_vec();
    chosen.sort();
    chosen.dedup();
    store.conn().execute(
        "INSERT INTO answers (attempt_id, item_id, chosen, entered) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (attempt_id, item_id) DO UPDATE SET chosen = excluded.chosen,
             entered = excluded.entered",
        params![
            attempt,
            item.id,
            serde_json::to_string(&chosen).expect("strings"),
            enum_text(&entered)
        ],
    )?;
    Ok(())
}

/// Starts or resumes a quiz for the participant with `code` in session `session`.
pub fn take(
    store: &Store,
    library: &Library,
    session: i64,
    code: &str,
    phase: Phase,
) -> Result<Taking> {
    let participant = roster::find_in_session(store, session, code)?;
    let (quiz_id, _) = quiz_of(store, library, &participant)?;
    let mut quiz = library
        .bank()
        .view(&quiz_id, participant.language)
        .ok_or_else(|| invalid("quizId", "unknown"))?;
    // The participant sees the questions, never the key: the review comes from `review`.
    for item in &mut quiz.items {
        item.answer.clear();
        item.explanation = None;
    }
    let answers = answers(store, participant.id, phase)?;
    Ok(Taking { participant, phase, quiz, answers })
}

/// One knowledge item of a finished post-test or follow-up, graded by the core for the
/// participant's review: what they chose, whether it was right, the right options and why.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Reviewed {
    pub item_id: String,
    /// The question's number in the quiz, as the kiosk and the sheets number it.
    pub number: u32,
    pub prompt: String,
    /// Option texts, in the participant's language.
    pub chosen: Vec<String>,
    pub right: bool,
    pub answer: Vec<String>,
    pub explanation: Option<String>,
}

/// The review shown after the post-test (or follow-up), in the participant's language.
/// Refused before training: the pre-test is never followed by the answers.
pub fn review(
    store: &Store,
    library: &Library,
    participant: i64,
    phase: Phase,
) -> Result<Vec<Reviewed>> {
    if phase == Phase::Pre {
        return Err(invalid("phase", "no-review"));
    }
    let person = roster::get(store, participant)?;
    let (quiz_id, items) = quiz_of(store, library, &person)?;
    let view = library
        .bank()
        .view(&quiz_id, person.language)
        .ok_or_else(|| invalid("quizId", "unknown"))?;
    let answers = answers(store, participant, phase)?;
    let mut out = vec![];
    for (index, (item, shown)) in items.iter().zip(&view.items).enumerate() {
        let chosen = answers.get(&item.id).map(Vec::as_slice).unwrap_or_default();
        let Some(right) = is_correct(item, chosen) else { continue };
        let text = |ids: &[String]| -> Vec<String> {
            shown.options.iter().filter(|o| ids.contains(&o.id)).map(|o| o.text.clone()).collect()
        };
        out.push(Reviewed {
            item_id: item.id.clone(),
            number: index as u32 + 1,
            prompt: shown.prompt.clone(),
            chosen: text(chosen),
            right,
            answer: text(&item.answer),
            explanation: shown.explanation.clone(),
        });
    }
    Ok(out)
}

/// Records one answer as soon as it is given (kiosk): once this returns, it is stored.
pub fn record_answer(
    store: &Store,
    library: &Library,
    participant: i64,
    phase: Phase,
    lang: Language,
    answer: &AnswerInput,
) -> Result<()> {
    let participant = roster::get(store, participant)?;
    let (quiz_id, items) = quiz_of(store, library, &participant)?;
    check_answer(&items, answer)?;
    let item = items.iter().find(|i| i.id == answer.item_id).expect("checked");
    let tx = store.conn().unchecked_transaction()?;
    let attempt = attempt_id(
        store,
        &participant,
        &quiz_id,
        library.bank().version(),
        phase,
        lang,
        Mode::Kiosk,
    )?;
    put_answer(store, attempt, item, &answer.chosen, Entered::Kiosk)?;
    tx.commit()?;
    Ok(())
}

/// Records a whole answer sheet (paper), replacing what was recorded for that phase.
/// Items not listed are stored as left blank.
pub fn record_sheet(
    store: &Store,
    library: &Library,
    participant: i64,
    phase: Phase,
    answers: &[AnswerInput],
) -> Result<()> {
    let detail = enum_text(&phase);
    write_sheet(
        store,
        library,
        participant,
        phase,
        answers,
        |_| Entered::Grid,
        (Action::Edit, &detail),
    )
}

/// Records a scanned sheet the trainer confirmed: the items in `scanned` as read from the
/// scan, the others as typed; the audit entry names the scans' SHA-256 (`files`).
pub fn record_scanned(
    store: &Store,
    library: &Library,
    participant: i64,
    phase: Phase,
    answers: &[AnswerInput],
    scanned: &[String],
    files: &[String],
) -> Result<()> {
    let detail = format!("{} {}", enum_text(&phase), files.join(" "));
    let entered = |item: &str| {
        if scanned.iter().any(|s| s == item) {
            Entered::Scan
        } else {
            Entered::Grid
        }
    };
    write_sheet(store, library, participant, phase, answers, entered, (Action::Scan, &detail))
}

fn write_sheet(
    store: &Store,
    library: &Library,
    participant: i64,
    phase: Phase,
    answers: &[AnswerInput],
    entered: impl Fn(&str) -> Entered,
    (action, detail): (Action, &str),
) -> Result<()> {
    let participant = roster::get(store, participant)?;
    let (quiz_id, items) = quiz_of(store, library, &participant)?;
    for answer in answers {
        check_answer(&items, answer)?;
    }
    let tx = store.conn().unchecked_transaction()?;
    let attempt = attempt_id(
        store,
        &participant,
        &quiz_id,
        library.bank().version(),
        phase,
        participant.language,
        Mode::Paper,
    )?;
    tx.execute("DELETE FROM answers WHERE attempt_id = ?1", [attempt])?;
    for item in &items {
        let chosen = answers
            .iter()
            .find(|a| a.item_id == item.id)
            .map(|a| a.chosen.as_slice())
            .unwrap_or_default();
        put_answer(store, attempt, item, chosen, entered(&item.id))?;
    }
    audit::record(&tx, action, "answer-sheet", Some(participant.id), detail)?;
    tx.commit()?;
    Ok(())
}

/// Deletes what a participant answered at `phase` (a sheet typed for the wrong person).
pub fn clear(store: &Store, participant: i64, phase: Phase) -> Result<()> {
    let tx = store.conn().unchecked_transaction()?;
    tx.execute(
        "DELETE FROM attempts WHERE participant_id = ?1 AND phase = ?2",
        params![participant, enum_text(&phase)],
    )?;
    audit::record(&tx, Action::Delete, "answers", Some(participant), &enum_text(&phase))?;
    tx.commit()?;
    Ok(())
}

/// What `participant` answered at `phase`: item id → option ids.
pub fn answers(
    store: &Store,
    participant: i64,
    phase: Phase,
) -> Result<BTreeMap<String, Vec<String>>> {
    let mut stmt = store.conn().prepare(
        "SELECT a.item_id, a.chosen FROM answers a JOIN attempts t ON t.id = a.attempt_id
         WHERE t.participant_id = ?1 AND t.phase = ?2",
    )?;
    let rows = stmt.query_map(params![participant, enum_text(&phase)], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = BTreeMap::new();
    for row in rows {
        let (item, chosen) = row?;
        out.insert(item, serde_json::from_str(&chosen).unwrap_or_default());
    }
    Ok(out)
}

fn has_attempt(store: &Store, participant: i64, phase: Phase) -> Result<bool> {
    Ok(store
        .conn()
        .query_row(
            "SELECT 1 FROM attempts WHERE participant_id = ?1 AND phase = ?2",
            params![participant, enum_text(&phase)],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantResult {
    pub participant: Participant,
    pub pre: Option<Score>,
    pub post: Option<Score>,
}

/// The group's figures for one phase: knowledge as percent right, per domain.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhaseSummary {
    /// People with a finished attempt: the figures below are theirs.
    pub people: u32,
    /// Attempts started but not finished, left out of the figures.
    pub partial: u32,
    pub knowledge: Option<f64>,
    pub by_domain: BTreeMap<Domain, f64>,
    pub confidence: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionResults {
    pub quiz_id: String,
    pub rows: Vec<ParticipantResult>,
    pub pre: PhaseSummary,
    pub post: PhaseSummary,
}

fn percent(correct: u32, total: u32) -> Option<f64> {
    (total > 0).then(|| 100.0 * correct as f64 / total as f64)
}

fn summarize(all: &[&Score]) -> PhaseSummary {
    let scores: Vec<&Score> = all.iter().copied().filter(|s| s.complete).collect();
    let mean = |values: Vec<f64>| {
        (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
    };
    let knowledge = mean(
        scores.iter().filter_map(|s| percent(s.knowledge.correct, s.knowledge.total)).collect(),
    );
    let mut by_domain = BTreeMap::new();
    for domain in Domain::KNOWLEDGE {
        if let Some(m) = mean(
            scores
                .iter()
                .filter_map(|s| s.by_domain.get(&domain))
                .filter_map(|t| percent(t.correct, t.total))
                .collect(),
        ) {
            by_domain.insert(domain, m);
        }
    }
    let confidence = mean(scores.iter().filter_map(|s| s.confidence).collect());
    PhaseSummary {
        people: scores.len() as u32,
        partial: (all.len() - scores.len()) as u32,
        knowledge,
        by_domain,
        confidence,
    }
}

/// Each participant's pre- and post-test scores, and the group's per-domain means.
pub fn session_results(store: &Store, library: &Library, session: i64) -> Result<SessionResults> {
    let info = sessions::get(store, session)?;
    let items = library.bank().quiz_items(&info.quiz_id).unwrap_or_default();
    let mut rows = vec![];
    for participant in roster::list(store, session)? {
        let phase_score = |phase| -> Result<Option<Score>> {
            if !has_attempt(store, participant.id, phase)? {
                return Ok(None);
            }
            Ok(Some(score(&items, &answers(store, participant.id, phase)?)))
        };
        let (pre, post) = (phase_score(Phase::Pre)?, phase_score(Phase::Post)?);
        rows.push(ParticipantResult { participant, pre, post });
    }
    let pre = summarize(&rows.iter().filter_map(|r| r.pre.as_ref()).collect::<Vec<_>>());
    let post = summarize(&rows.iter().filter_map(|r| r.post.as_ref()).collect::<Vec<_>>());
    Ok(SessionResults { quiz_id: info.quiz_id, rows, pre, post })
}

/// How the room answered one item at `phase`: people per option, and how many answered.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Distribution {
    pub item_id: String,
    pub counts: BTreeMap<String, u32>,
    pub answered: u32,
    pub people: u32,
    /// The codes of the people who have not answered it yet, for the trainer's own screen
    /// (never projected).
    pub waiting: Vec<String>,
}

pub fn distribution(
    store: &Store,
    session: i64,
    phase: Phase,
    item_id: &str,
) -> Result<Distribution> {
    let mut stmt = store.conn().prepare(
        "SELECT a.chosen FROM answers a JOIN attempts t ON t.id = a.attempt_id JOIN participants p ON p.id = t.participant_id
         WHERE p.session_id = ?1 AND t.phase = ?2 AND a.item_id = ?3",
    )?;
    let mut counts = BTreeMap::new();
    let mut answered = 0;
    for chosen in
        stmt.query_map(params![session, enum_text(&phase), item_id], |r| r.get::<_, String>(0))?
    {
        let chosen: Vec<String> = serde_json::from_str(&chosen?).unwrap_or_default();
        if !chosen.is_empty() {
            answered += 1;
        }
        for option in chosen {
            *counts.entry(option).or_insert(0) += 1;
        }
    }
    let people = sessions::get(store, session)?.participants;
    let waiting = store
        .conn()
        .prepare(
            "SELECT p.code FROM participants p WHERE p.session_id = ?1 AND NOT EXISTS (
               SELECT 1 FROM answers a JOIN attempts t ON t.id = a.attempt_id
               WHERE t.participant_id = p.id AND t.phase = ?2 AND a.item_id = ?3 AND a.chosen <> '[]')
             ORDER BY p.code",
        )?
        .query_map(params![session, enum_text(&phase), item_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(Distribution { item_id: item_id.to_string(), counts, answered, people, waiting })
}

/// The myths a participant still believed at `phase`: myth items answered wrong or left
/// blank (ids from myths.toml). `None` when they have no answers for that phase.
pub fn missed_myths(
    store: &Store,
    library: &Library,
    participant: i64,
    phase: Phase,
) -> Result<Option<Vec<String>>> {
    if !has_attempt(store, participant, phase)? {
        return Ok(None);
    }
    let person = roster::get(store, participant)?;
    let (_, items) = quiz_of(store, library, &person)?;
    let answers = answers(store, participant, phase)?;
    let mut myths = vec![];
    for item in items {
        let Some(myth) = &item.myth else { continue };
        let chosen = answers.get(&item.id).map(Vec::as_slice).unwrap_or_default();
        if is_correct(item, chosen) == Some(false) && !myths.contains(myth) {
            myths.push(myth.clone());
        }
    }
    Ok(Some(myths))
}

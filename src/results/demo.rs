//! Sample data for a fresh database, so a new user can explore the Follow-up and Results
//! pages at once (and the bench has something large to measure): sessions at several sites
//! over the past year, pre- and post-tests for nearly everyone, follow-ups for some.
//! Answers follow a simple learning model: each person has an ability, each item a
//! difficulty, training adds to the ability and part of it fades by the follow-up.

use std::collections::HashSet;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rusqlite::params;
use serde::Serialize;
use time::Duration;

use crate::content::bank::{Item, ItemKind};
use crate::content::{Audience, Library};
use crate::data::input::{format_date, invalid, now, today};
use crate::data::sql::enum_text;
use crate::followup::window;
use crate::i18n::{Language, Localizer};
use crate::jobs::Job;
use crate::quiz::attempts::Phase;
use crate::sessions::codes::{unique_participant_code, SgicParts};
use crate::{settings, Result, Store};

/// People per demo session.
const GROUP: usize = 12;

#[derive(Debug, Clone, Default, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub sites: usize,
    pub sessions: usize,
    pub participants: usize,
    pub answers: usize,
}

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut StdRng) -> f64 {
    let (u, v): (f64, f64) = (rng.random::<f64>().max(f64::MIN_POSITIVE), rng.random());
    (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
}

/// What someone of `ability` answers to `item`.
fn answer(rng: &mut StdRng, item: &Item, ability: f64, difficulty: f64) -> Vec<String> {
    let options = item.option_ids();
    if item.kind == ItemKind::Agree {
        let level = (3.0 + ability + normal(rng) * 0.7).round().clamp(1.0, 5.0) as u8;
        return vec![level.to_string()];
    }
    if rng.random::<f64>() < 0.03 {
        return vec![];
    }
    let p = 1.0 / (1.0 + (difficulty - ability).exp());
    if rng.random::<f64>() < p {
        return item.answer.clone();
    }
    let wrong: Vec<&String> = options.iter().filter(|o| !item.answer.contains(o)).collect();
    match (item.kind, wrong.is_empty()) {
        // A select-all item half right: the first right option only.
        (ItemKind::Multi, _) if item.answer.len() > 1 => vec![item.answer[0].clone()],
        (_, false) => vec![wrong[rng.random_range(0..wrong.len())].clone()],
        _ => vec![],
    }
}

/// Fills the empty database in `store` with `participants` people (in groups of twelve),
/// seeded so that the same call gives the same data. Site names are in `lang`.
pub fn fill(
    store: &Store,
    library: &Library,
    participants: usize,
    lang: Language,
    seed: u64,
    job: &Job,
) -> Result<Summary> {
    let conn = store.conn();
    let _watch = job.watch(conn);
    let existing: i64 = conn.query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))?;
    if existing > 0 {
        return Err(invalid("database", "not-empty"));
    }
    if participants == 0 {
        return Err(invalid("participants", "required"));
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let l10n = Localizer::new(lang);
    let window_setting = settings::load(store, lang)?.followup;
    let today = today();
    let version = library.bank().version().to_string();
    let sites: Vec<(Audience, usize)> = vec![
        (Audience::Custody, 1),
        (Audience::Custody, 2),
        (Audience::Peers, 1),
        (Audience::Clinical, 1),
        (Audience::Officers, 1),
    ];
    let difficulties: std::collections::HashMap<&str, f64> =
        library.bank().items().iter().map(|i| (i.id.as_str(), normal(&mut rng) * 0.8)).collect();
    let mut codes: HashSet<String> = HashSet::new();
    let mut summary = Summary { sites: sites.len(), ..Summary::default() };

    let tx = conn.unchecked_transaction()?;
    let mut site_ids = vec![];
    for (audience, n) in &sites {
        let name = l10n.tr(
            "demo-site",
            &[
                ("audience", l10n.tr(&format!("audience-{}", enum_text(audience)), &[]).into()),
                ("n", (*n as i64).into()),
            ],
        );
        tx.execute("INSERT INTO sites (name, country) VALUES (?1, NULL)", [name])?;
        site_ids.push(tx.last_insert_rowid());
    }
    let sessions = participants.div_ceil(GROUP);
    let mut insert_participant = tx.prepare(
        "INSERT INTO participants (session_id, code, sgic, language, consent_followup, release_date, created_at) VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6)",
    )?;
    let mut insert_attempt =
        tx.prepare("INSERT INTO attempts (participant_id, phase, quiz_id, bank_version, language, mode, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
    let mut insert_answer =
        tx.prepare("INSERT INTO answers (attempt_id, item_id, chosen) VALUES (?1, ?2, ?3)")?;
    let created = now();
    for s in 0..sessions {
        let site = s % sites.len();
        let audience = sites[site].0;
        // Spread over the past year, newest last; the newest session is still open.
        let age = 365 - (365 * s / sessions.max(1)) as i64;
        let date = today - Duration::days(age.max(1));
        let quiz = if audience == Audience::Officers { "officers" } else { "core" };
        let items = library.bank().quiz_items(quiz).unwrap_or_default();
        let language = [Language::En, Language::Fr, Language::De, Language::Nl, Language::Pt]
            [rng.random_range(0..5)];
        let modules = if audience == Audience::Officers {
            r#"["myths"]"#
        } else {
            r#"["overdose-basics","responding","naloxone-naltrexone","myths"]"#
        };
        tx.execute(
            "INSERT INTO sessions (date, site_id, trainers, audience, language, quiz_id, modules, closed_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![format_date(date), site_ids[site], l10n.tr("demo-trainers", &[]), enum_text(&audience), language.code(), quiz, modules, (s + 1 < sessions).then(|| created.clone()), created],
        )?;
        let session = tx.last_insert_rowid();
        summary.sessions += 1;
        let (opens, _) = window(date, window_setting);
        let group = GROUP.min(participants - s * GROUP);
        job.step(summary.participants as u64, participants as u64)?;
        for _ in 0..group {
            let code = unique_participant_code(&mut rng, |c| codes.contains(c));
            codes.insert(code.clone());
            let sgic = (rng.random::<f64>() < 0.7).then(|| {
                let letter =
                    |rng: &mut StdRng| char::from(b'A' + rng.random_range(0..26u8)).to_string();
                let parts = SgicParts {
                    parent_letters: format!("{}{}", letter(&mut rng), letter(&mut rng)),
                    birth_month: rng.random_range(1..=12),
                    older_siblings: rng.random_range(0..=4),
                    birthplace_letter: letter(&mut rng),
                };
                parts.code().expect("valid parts")
            });
            let consent = rng.random::<f64>() < 0.8;
            insert_participant.execute(params![
                session,
                code,
                sgic,
                language.code(),
                consent,
                created
            ])?;
            let participant = tx.last_insert_rowid();
            summary.participants += 1;
            let ability = normal(&mut rng) * 0.9 - 0.4;
            let gain = 1.4 + normal(&mut rng) * 0.5;
            let kept = 0.6 + normal(&mut rng) * 0.15;
            let mut phases = vec![(Phase::Pre, ability, date), (Phase::Post, ability + gain, date)];
            if rng.random::<f64>() < 0.08 {
                phases.pop();
            } else if consent && opens + Duration::days(20) <= today && rng.random::<f64>() < 0.6 {
                phases.push((
                    Phase::Followup,
                    ability + gain * kept,
                    (opens + Duration::days(rng.random_range(0..40))).min(today),
                ));
            }
            let mode = if rng.random::<f64>() < 0.6 { "paper" } else { "kiosk" };
            for (phase, level, when) in phases {
                insert_attempt.execute(params![
                    participant,
                    enum_text(&phase),
                    quiz,
                    version,
                    language.code(),
                    mode,
                    format!("{}T10:00:00Z", format_date(when))
                ])?;
                let attempt = tx.last_insert_rowid();
                for item in &items {
                    let chosen = answer(
                        &mut rng,
                        item,
                        level,
                        difficulties.get(item.id.as_str()).copied().unwrap_or(0.0),
                    );
                    insert_answer.execute(params![
                        attempt,
                        item.id,
                        serde_json::to_string(&chosen).expect("strings")
                    ])?;
                    summary.answers += 1;
                }
            }
        }
    }
    drop((insert_participant, insert_attempt, insert_answer));
    job.step(participants as u64, participants as u64)?;
    roleplays(&tx, library, seed)?;
    crate::data::audit::record(
        &tx,
        crate::data::audit::Action::Create,
        "sample-data",
        None,
        &format!("{} participants", summary.participants),
    )?;
    tx.commit()?;
    Ok(summary)
}

/// Role-plays for half the people, at every phase they took the quiz: steps more often
/// done, sooner, and errors rarer after the training. A second generator, so the quiz
/// answers stay those of earlier versions for the same seed.
fn roleplays(tx: &rusqlite::Transaction, library: &Library, seed: u64) -> Result<()> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x726f_6c65);
    let mut stmt = tx.prepare(
        "SELECT t.participant_id, t.phase, s.audience, t.recorded_at FROM attempts t JOIN participants p ON p.id = t.participant_id
         JOIN sessions s ON s.id = p.session_id ORDER BY t.participant_id, t.phase",
    )?;
    let rows: Vec<(i64, String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut chosen: std::collections::HashMap<i64, bool> = std::collections::HashMap::new();
    for (participant, phase, audience, when) in rows {
        if !*chosen.entry(participant).or_insert_with(|| rng.random::<f64>() < 0.5) {
            continue;
        }
        let Some(list) = library.roleplay().for_audience(crate::data::sql::enum_from(&audience)?)
        else {
            continue;
        };
        let (done, pace, slip) = match phase.as_str() {
            "pre" => (0.6, 1.6, 0.25),
            "post" => (0.92, 1.0, 0.06),
            _ => (0.8, 1.2, 0.12),
        };
        let mut at = 0.0;
        let mut marks = vec![];
        for step in &list.steps {
            at += (12.0 + normal(&mut rng).abs() * 10.0) * pace;
            if rng.random::<f64>() < done {
                marks.push((step.id.as_str(), "step", (at * 1000.0) as i64));
            }
        }
        for error in &list.errors {
            if rng.random::<f64>() < slip / 2.0 {
                let t = rng.random_range(5.0..at.max(6.0));
                marks.push((error.as_str(), "error", (t * 1000.0) as i64));
            }
        }
        tx.execute(
            "INSERT INTO roleplays (participant_id, phase, checklist_id, seconds, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![participant, phase, list.id, (at + 30.0) as i64, when],
        )?;
        let id = tx.last_insert_rowid();
        for (mark, kind, ms) in marks {
            tx.execute("INSERT INTO roleplay_marks (roleplay_id, mark, kind, at_ms) VALUES (?1, ?2, ?3, ?4)", params![id, mark, kind, ms])?;
        }
    }
    Ok(())
}

//! Whether the quiz itself works: per item and per quiz, on the finished attempts in
//! scope — difficulty, corrected item–total discrimination, "don't know" and blank
//! shares, the options chosen, the share at the top score, KR-20 with its interval, and
//! a flag where an item behaves differently in one language (Mantel–Haenszel).

use std::collections::BTreeMap;

use rusqlite::params_from_iter;
use serde::Serialize;
use ts_rs::TS;

use crate::content::bank::{Item, ItemKind};
use crate::content::Library;
use crate::data::sql::enum_from;
use crate::i18n::Language;
use crate::quiz::attempts::Phase;
use crate::results::evaluation::{phase_index, Scope, PHASES};
use crate::results::stats::{self, Alpha};
use crate::{Result, Store};

/// Fewest finished attempts a phase needs before its items are described.
pub const MIN_PEOPLE: usize = 20;
/// Fewest people each language needs before it is compared with the largest one.
pub const DIF_MIN_PEOPLE: usize = 30;
/// Below this corrected item–total correlation an item does not discriminate.
pub const LOW_DISCRIMINATION: f64 = 0.20;
/// From this share right an item is at the ceiling.
pub const CEILING: f64 = 0.95;

/// What an item's figures say deserves a look.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Flag {
    LowDiscrimination,
    Ceiling,
    /// Mantel–Haenszel against the largest language: ETS class B or C.
    Dif {
        language: Language,
        class: char,
    },
}

/// One item compared between a language and the largest one.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Dif {
    pub language: Language,
    /// ETS's class: A negligible, B moderate, C large.
    pub class: char,
    pub test: stats::MantelHaenszel,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Choice {
    pub option: String,
    /// The letter printed beside the box, and the option's words.
    pub key: String,
    pub text: String,
    pub right: bool,
    /// Share of people who chose it (a select-all item: who ticked it).
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemStats {
    pub item_id: String,
    pub prompt: String,
    /// Share answering rightly (difficulty).
    pub right: f64,
    /// Correlation with the rest of the quiz; `None` when the item or the rest does not vary.
    pub discrimination: Option<f64>,
    /// True/false items only.
    pub dont_know: Option<f64>,
    pub blank: f64,
    pub choices: Vec<Choice>,
    /// Every comparison between languages that samples allow.
    pub dif: Vec<Dif>,
    pub flags: Vec<Flag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhaseItems {
    pub phase: Phase,
    pub people: u32,
    /// Fewer than [`MIN_PEOPLE`]: nothing below is worked out.
    pub too_few: bool,
    pub reliability: Option<Alpha>,
    /// Share of people with every knowledge item right.
    pub ceiling: Option<f64>,
    /// Items with a flag first, then in quiz order.
    pub items: Vec<ItemStats>,
    /// Languages compared with `reference` (each with at least [`DIF_MIN_PEOPLE`]).
    pub reference: Option<Language>,
    pub compared: Vec<Language>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuizItems {
    pub quiz_id: String,
    pub title: String,
    pub phases: Vec<PhaseItems>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemAnalysis {
    pub scope: Scope,
    pub quizzes: Vec<QuizItems>,
    #[ts(type = "number")]
    pub min_people: usize,
    #[ts(type = "number")]
    pub dif_min_people: usize,
}

/// A row of an answer: present, and a bit per option chosen (in `Item::option_ids` order).
const PRESENT: u16 = 1 << 15;

/// One finished attempt: its language and one answer mask per item of its quiz.
struct Attempt {
    language: Language,
    answers: Vec<u16>,
}

/// The item figures for `scope`, with words in `lang`.
pub fn analyse(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
) -> Result<ItemAnalysis> {
    let bank = library.bank();
    let (condition, args) = scope.condition()?;
    let conn = store.conn();
    // (quiz, phase) → attempts, read in one pass ordered by attempt.
    let mut quizzes: BTreeMap<String, [Vec<Attempt>; 3]> = BTreeMap::new();
    // Per quiz: its items, where each id stands, and each item's option ids, worked out once
    // rather than for every answer row.
    type Layout<'a> = (Vec<&'a Item>, BTreeMap<&'a str, usize>, Vec<Vec<String>>);
    let mut positions: BTreeMap<String, Layout> = BTreeMap::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT t.id, s.quiz_id, t.phase, t.language, a.item_id, a.chosen FROM attempts t
         JOIN participants p ON p.id = t.participant_id JOIN sessions s ON s.id = p.session_id
         JOIN answers a ON a.attempt_id = t.id WHERE {condition} ORDER BY t.id"
    ))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    let mut current: Option<(i64, String, usize, Attempt)> = None;
    let finish = |quizzes: &mut BTreeMap<String, [Vec<Attempt>; 3]>,
                  done: Option<(i64, String, usize, Attempt)>| {
        if let Some((_, quiz, phase, attempt)) = done {
            if attempt.answers.iter().all(|a| a & PRESENT != 0) {
                quizzes.entry(quiz).or_default()[phase].push(attempt);
            }
        }
    };
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        if current.as_ref().is_none_or(|c| c.0 != id) {
            finish(&mut quizzes, current.take());
            let quiz: String = row.get(1)?;
            let (items, _, _) = positions.entry(quiz.clone()).or_insert_with(|| {
                let items = bank.quiz_items(&quiz).unwrap_or_default();
                let index =
                    items.iter().enumerate().map(|(i, item)| (item.id.as_str(), i)).collect();
                let options = items.iter().map(|item| item.option_ids()).collect();
                (items, index, options)
            });
            let phase = phase_index(enum_from(&row.get::<_, String>(2)?)?);
            let language = enum_from(&row.get::<_, String>(3)?)?;
            current = Some((id, quiz, phase, Attempt { language, answers: vec![0; items.len()] }));
        }
        let Some((_, quiz, _, attempt)) = current.as_mut() else { continue };
        let (_, index, options) = &positions[quiz.as_str()];
        let Some(&i) = index.get(row.get_ref(4)?.as_str().unwrap_or_default()) else { continue };
        let chosen: Vec<String> =
            serde_json::from_str(row.get_ref(5)?.as_str().unwrap_or_default()).unwrap_or_default();
        attempt.answers[i] = chosen
            .iter()
            .filter_map(|c| options[i].iter().position(|o| o == c))
            .fold(PRESENT, |mask, k| mask | (1 << k));
    }
    finish(&mut quizzes, current.take());

    let quizzes = quizzes
        .into_iter()
        .filter_map(|(quiz, attempts)| {
            let view = bank.view(&quiz, lang)?;
            let (items, _, _) = &positions[quiz.as_str()];
            let phases = PHASES
                .iter()
                .zip(attempts)
                .filter(|(_, a)| !a.is_empty())
                .map(|(&phase, attempts)| phase_items(phase, items, &view, &attempts))
                .collect();
            Some(QuizItems { quiz_id: quiz, title: view.title, phases })
        })
        .collect();
    Ok(ItemAnalysis {
        scope: scope.clone(),
        quizzes,
        min_people: MIN_PEOPLE,
        dif_min_people: DIF_MIN_PEOPLE,
    })
}

/// The mask of an item's right answer.
fn key_mask(item: &Item) -> u16 {
    let options = item.option_ids();
    item.answer
        .iter()
        .filter_map(|a| options.iter().position(|o| o == a))
        .fold(PRESENT, |m, k| m | (1 << k))
}

fn phase_items(
    phase: Phase,
    items: &[&Item],
    view: &crate::content::bank::QuizView,
    attempts: &[Attempt],
) -> PhaseItems {
    let n = attempts.len();
    let mut out = PhaseItems {
        phase,
        people: n as u32,
        too_few: n < MIN_PEOPLE,
        reliability: None,
        ceiling: None,
        items: vec![],
        reference: None,
        compared: vec![],
    };
    if out.too_few {
        return out;
    }
    let knowledge: Vec<usize> =
        (0..items.len()).filter(|&i| items[i].kind != ItemKind::Agree).collect();
    let keys: Vec<u16> = knowledge.iter().map(|&i| key_mask(items[i])).collect();
    let matrix: Vec<Vec<f64>> = attempts
        .iter()
        .map(|a| {
            knowledge
                .iter()
                .zip(&keys)
                .map(|(&i, &key)| f64::from(u8::from(a.answers[i] == key && key != PRESENT)))
                .collect()
        })
        .collect();
    let totals: Vec<f64> = matrix.iter().map(|r| r.iter().sum()).collect();
    let k = knowledge.len() as f64;
    out.reliability = stats::cronbach_alpha(&matrix);
    out.ceiling = Some(totals.iter().filter(|&&t| t == k).count() as f64 / n as f64);

    // Languages: the largest is the reference; each other with enough people is compared.
    let mut by_language: BTreeMap<Language, Vec<usize>> = BTreeMap::new();
    for (row, a) in attempts.iter().enumerate() {
        by_language.entry(a.language).or_default().push(row);
    }
    let mut groups: Vec<(Language, Vec<usize>)> =
        by_language.into_iter().filter(|(_, rows)| rows.len() >= DIF_MIN_PEOPLE).collect();
    groups.sort_by_key(|(l, rows)| (std::cmp::Reverse(rows.len()), l.code()));
    if groups.len() >= 2 {
        out.reference = Some(groups[0].0);
        out.compared = groups[1..].iter().map(|(l, _)| *l).collect();
    }

    for (column, &i) in knowledge.iter().enumerate() {
        let item = items[i];
        let words = &view.items[i];
        let scores: Vec<f64> = matrix.iter().map(|r| r[column]).collect();
        let rest: Vec<f64> = totals.iter().zip(&scores).map(|(t, s)| t - s).collect();
        let right = scores.iter().sum::<f64>() / n as f64;
        let discrimination = stats::pearson(&scores, &rest);
        let share = |f: &dyn Fn(u16) -> bool| {
            attempts.iter().filter(|a| f(a.answers[i])).count() as f64 / n as f64
        };
        let choices: Vec<Choice> = words
            .options
            .iter()
            .enumerate()
            .map(|(k, o)| Choice {
                option: o.id.clone(),
                key: o.key.clone(),
                text: o.text.clone(),
                right: item.answer.contains(&o.id),
                share: share(&|m| m & (1 << k) != 0),
            })
            .collect();
        let dont_know = (item.kind == ItemKind::Truefalse)
            .then(|| choices.iter().find(|c| c.option == "dontknow").map_or(0.0, |c| c.share));
        let mut flags = vec![];
        if discrimination.is_none_or(|r| r < LOW_DISCRIMINATION) {
            flags.push(Flag::LowDiscrimination);
        }
        if right >= CEILING {
            flags.push(Flag::Ceiling);
        }
        let dif: Vec<Dif> = groups
            .iter()
            .skip(1)
            .filter_map(|(language, focal)| {
                let test = mantel_haenszel(&groups[0].1, focal, &scores, &totals)?;
                Some(Dif { language: *language, class: ets_class(&test), test })
            })
            .collect();
        flags.extend(
            dif.iter()
                .filter(|d| d.class != 'A')
                .map(|d| Flag::Dif { language: d.language, class: d.class }),
        );
        out.items.push(ItemStats {
            item_id: item.id.clone(),
            prompt: words.prompt.clone(),
            right,
            discrimination,
            dont_know,
            blank: share(&|m| m == PRESENT),
            choices,
            dif,
            flags,
        });
    }
    // Stable: flagged items first, each group in quiz order.
    out.items.sort_by_key(|s| s.flags.is_empty());
    out
}

/// Mantel–Haenszel of one item between two groups of rows, strata by total score.
fn mantel_haenszel(
    reference: &[usize],
    focal: &[usize],
    scores: &[f64],
    totals: &[f64],
) -> Option<stats::MantelHaenszel> {
    let mut strata: BTreeMap<u32, [f64; 4]> = BTreeMap::new();
    for (rows, offset) in [(reference, 0), (focal, 2)] {
        for &r in rows {
            let cell = strata.entry(totals[r] as u32).or_default();
            cell[offset + usize::from(scores[r] == 0.0)] += 1.0;
        }
    }
    stats::mantel_haenszel(&strata.into_values().collect::<Vec<_>>())
}

/// ETS's classes: C, a large difference (|Δ| ≥ 1.5, or no finite Δ: one group all right
/// or all wrong); B, a moderate one (|Δ| ≥ 1); both only when the test is significant at
/// 5 %; else A, negligible.
pub fn ets_class(test: &stats::MantelHaenszel) -> char {
    match test.delta.map(f64::abs) {
        _ if test.p >= 0.05 => 'A',
        None => 'C',
        Some(d) if d >= 1.5 => 'C',
        Some(d) if d >= 1.0 => 'B',
        _ => 'A',
    }
}

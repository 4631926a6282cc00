//! What the role-plays in scope show: the share of people doing each step and making
//! each critical error, the median times to the call and to naloxone, at each phase, and
//! the same people before and after — suppressed like the quiz figures.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::params_from_iter;
use serde::Serialize;
use ts_rs::TS;

use crate::content::roleplay::{Checklist, Timed};
use crate::content::Library;
use crate::data::sql::enum_from;
use crate::i18n::Language;
use crate::quiz::attempts::Phase;
use crate::results::evaluation::{phase_index, Scope, PHASES};
use crate::results::stats::{self, McNemar, MIN_PAIRS};
use crate::{Result, Store};

/// A step or an error, with the share of people (percent) at each phase.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarkShare {
    pub id: String,
    pub label: String,
    pub critical: bool,
    pub error: bool,
    /// `None`: no role-play at that phase, or hidden (fewer than five people).
    pub shares: [Option<f64>; 3],
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhaseRolePlays {
    pub phase: Phase,
    /// `None`: fewer than five, hidden with everything below.
    pub people: Option<u32>,
    /// Percent of people who did every critical step.
    pub all_critical: Option<f64>,
    /// Percent of people who made at least one critical error.
    pub any_error: Option<f64>,
    /// Median seconds from the start, among those who did the step.
    pub median_call: Option<f64>,
    pub median_naloxone: Option<f64>,
}

/// The same people at two phases: who did every critical step.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RolePlayChange {
    pub from: Phase,
    pub to: Phase,
    pub pairs: u32,
    pub suppressed: bool,
    pub too_few: bool,
    /// Percent with every critical step, at `from` and at `to`.
    pub share_from: Option<f64>,
    pub share_to: Option<f64>,
    /// b = every critical step → not, c = not → every critical step.
    pub mcnemar: Option<McNemar>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RolePlaySummary {
    pub suppressing: bool,
    /// Phases with at least one role-play.
    pub phases: Vec<PhaseRolePlays>,
    /// Steps in checklist order, then errors.
    pub marks: Vec<MarkShare>,
    pub changes: Vec<RolePlayChange>,
}

/// One person's role-play at one phase.
pub(crate) struct Observed<'a> {
    pub(crate) checklist: &'a Checklist,
    /// Mark id → milliseconds from the start.
    pub(crate) marks: BTreeMap<String, u64>,
}

impl Observed<'_> {
    pub(crate) fn all_critical(&self) -> bool {
        self.checklist.steps.iter().filter(|s| s.critical).all(|s| self.marks.contains_key(&s.id))
    }

    pub(crate) fn errors(&self) -> usize {
        self.checklist.errors.iter().filter(|e| self.marks.contains_key(*e)).count()
    }

    /// Seconds to the step timed as `timed`, if it was done.
    pub(crate) fn seconds_to(&self, timed: Timed) -> Option<f64> {
        let step = self.checklist.steps.iter().find(|s| s.timed == Some(timed))?;
        self.marks.get(&step.id).map(|ms| *ms as f64 / 1000.0)
    }
}

/// Participant id → their role-play at each phase, for everyone in `scope`.
pub(crate) fn load<'a>(
    store: &Store,
    library: &'a Library,
    scope: &Scope,
) -> Result<BTreeMap<i64, [Option<Observed<'a>>; 3]>> {
    let (condition, args) = scope.condition()?;
    let conn = store.conn();
    let mut stmt = conn.prepare(&format!(
        "SELECT r.participant_id, r.phase, r.checklist_id, m.mark, m.at_ms FROM roleplays r
         JOIN participants p ON p.id = r.participant_id JOIN sessions s ON s.id = p.session_id
         LEFT JOIN roleplay_marks m ON m.roleplay_id = r.id WHERE {condition}"
    ))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    let mut people: BTreeMap<i64, [Option<Observed>; 3]> = BTreeMap::new();
    while let Some(row) = rows.next()? {
        let (id, phase, checklist): (i64, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
        let Some(checklist) = library.roleplay().get(&checklist) else { continue };
        let slot = &mut people.entry(id).or_default()[phase_index(enum_from(&phase)?)];
        let observed = slot.get_or_insert_with(|| Observed { checklist, marks: BTreeMap::new() });
        if let (Some(mark), Some(at)) =
            (row.get::<_, Option<String>>(3)?, row.get::<_, Option<i64>>(4)?)
        {
            observed.marks.insert(mark, at.max(0) as u64);
        }
    }
    Ok(people)
}

pub fn summary(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
) -> Result<RolePlaySummary> {
    let people = load(store, library, scope)?;
    // The steps name the number of the sites' country; across countries, 112.
    let (condition, args) = scope.condition()?;
    let countries: Vec<Option<String>> = store
        .conn()
        .prepare(&format!("SELECT DISTINCT t.country FROM sessions s JOIN sites t ON t.id = s.site_id WHERE {condition}"))?
        .query_map(params_from_iter(&args), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let country = match countries.as_slice() {
        [one] => one.as_deref(),
        _ => None,
    };
    let site = library.site_values(country, &[], lang);
    let suppressing = scope.suppresses();
    let hidden = |n: usize| n == 0 || (suppressing && stats::suppress(n));
    let percent = |k: usize, n: usize| 100.0 * k as f64 / n as f64;
    let median = |xs: Vec<f64>| stats::describe(&xs).map(|d| d.median);

    let at = |k: usize| people.values().filter_map(move |p| p[k].as_ref());
    let mut phases = vec![];
    for (k, &phase) in PHASES.iter().enumerate() {
        let n = at(k).count();
        if n == 0 {
            continue;
        }
        let shown = !hidden(n);
        phases.push(PhaseRolePlays {
            phase,
            people: shown.then_some(n as u32),
            all_critical: shown.then(|| percent(at(k).filter(|o| o.all_critical()).count(), n)),
            any_error: shown.then(|| percent(at(k).filter(|o| o.errors() > 0).count(), n)),
            median_call: shown
                .then(|| median(at(k).filter_map(|o| o.seconds_to(Timed::Call)).collect()))
                .flatten(),
            median_naloxone: shown
                .then(|| median(at(k).filter_map(|o| o.seconds_to(Timed::Naloxone)).collect()))
                .flatten(),
        });
    }

    // Every step and error of the checklists in use, in checklist order.
    let mut marks: Vec<MarkShare> = vec![];
    let mut listed = BTreeSet::new();
    let lists: Vec<&Checklist> = library
        .roleplay()
        .all()
        .iter()
        .filter(|c| people.values().flatten().flatten().any(|o| o.checklist.id == c.id))
        .collect();
    let ids = lists.iter().flat_map(|c| {
        c.steps
            .iter()
            .map(|s| (s.id.clone(), s.critical, false))
            .chain(c.errors.iter().map(|e| (e.clone(), true, true)))
    });
    let (steps, errors): (Vec<_>, Vec<_>) = ids.partition(|m| !m.2);
    for (id, critical, error) in steps.into_iter().chain(errors) {
        if !listed.insert(id.clone()) {
            continue;
        }
        let shares = std::array::from_fn(|k| {
            let asked: Vec<&Observed> = at(k)
                .filter(|o| {
                    o.checklist.steps.iter().any(|s| s.id == id) || o.checklist.errors.contains(&id)
                })
                .collect();
            (!hidden(asked.len())).then(|| {
                percent(asked.iter().filter(|o| o.marks.contains_key(&id)).count(), asked.len())
            })
        });
        marks.push(MarkShare {
            label: library.roleplay().label(&id, lang, &site),
            id,
            critical,
            error,
            shares,
        });
    }

    let mut changes = vec![];
    for (from, to) in [(0, 1), (1, 2)] {
        let pairs: Vec<(bool, bool)> = people
            .values()
            .filter_map(|p| {
                Some((p[from].as_ref()?.all_critical(), p[to].as_ref()?.all_critical()))
            })
            .collect();
        if pairs.is_empty() {
            continue;
        }
        let n = pairs.len();
        let suppressed = suppressing && stats::suppress(n);
        let count = |f: fn(&(bool, bool)) -> bool| pairs.iter().filter(|p| f(p)).count();
        let shown = !suppressed;
        changes.push(RolePlayChange {
            from: PHASES[from],
            to: PHASES[to],
            pairs: if suppressed { 0 } else { n as u32 },
            suppressed,
            too_few: n < MIN_PAIRS,
            share_from: shown.then(|| percent(count(|p| p.0), n)),
            share_to: shown.then(|| percent(count(|p| p.1), n)),
            mcnemar: (shown && n >= MIN_PAIRS).then(|| {
                stats::mcnemar(count(|p| p.0 && !p.1) as u32, count(|p| !p.0 && p.1) as u32)
            }),
        });
    }
    Ok(RolePlaySummary { suppressing, phases, marks, changes })
}

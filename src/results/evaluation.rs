//! What people learned and kept: the Results page's figures for a session, a site, an
//! audience or everything — attrition, scores per phase and domain, paired tests with
//! effect sizes, per-item and per-myth change — with small cells suppressed outside a
//! trainer's own session.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::params_from_iter;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::bank::{Domain, Item, ItemKind, ItemView};
use crate::content::{Audience, Library};
use crate::data::input;
use crate::data::sql::{enum_from, enum_text};
use crate::followup::{self, MatchRate};
use crate::i18n::{Language, Localizer};
use crate::quiz::attempts::Phase;
use crate::quiz::is_correct;
use crate::results::stats::{self, Describe, McNemar, PairedT, Wilcoxon, MIN_PAIRS};
use crate::sessions;
use crate::{Result, Store};

/// Which data the figures are drawn from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Scope {
    Session {
        #[ts(type = "number")]
        id: i64,
    },
    Site {
        #[ts(type = "number")]
        id: i64,
    },
    Audience {
        audience: Audience,
    },
    /// Sessions dated from `from` to `to`, both included (YYYY-MM-DD): a quarter's return.
    Period {
        from: String,
        to: String,
    },
    All,
}

impl Scope {
    /// The SQL condition on the sessions table `s` and its parameters; a period must be
    /// two dates, the first not after the second.
    pub(crate) fn condition(&self) -> Result<(&'static str, Vec<String>)> {
        Ok(match self {
            Scope::Session { id } => ("s.id = ?1", vec![id.to_string()]),
            Scope::Site { id } => ("s.site_id = ?1", vec![id.to_string()]),
            Scope::Audience { audience } => ("s.audience = ?1", vec![enum_text(audience)]),
            Scope::Period { from, to } => {
                let start = input::parse_date_of("from", from)?;
                if input::parse_date_of("to", to)? < start {
                    return Err(input::invalid("to", "before-from"));
                }
                ("s.date >= ?1 AND s.date <= ?2", vec![from.clone(), to.clone()])
            }
            Scope::All => ("1 = 1", vec![]),
        })
    }

    /// Figures shown beyond the room itself hide cells of fewer than five people.
    pub(crate) fn suppresses(&self) -> bool {
        !matches!(self, Scope::Session { .. })
    }
}

/// One person's quiz at one phase, as the evaluation needs it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Attempt {
    /// Item index → right (true) or wrong/blank (false), for the knowledge items answered.
    right: BTreeMap<usize, bool>,
    agreement: Vec<f64>,
    /// Items of the person's quiz with an answer row (a skipped item has one, empty).
    recorded: usize,
}

/// One participant: the item indexes of their session's quiz, and their attempts at the
/// three phases.
pub(crate) type Person = (Vec<usize>, [Option<Attempt>; 3]);

/// Everyone in scope with their attempts, and the items their quizzes hold.
pub(crate) struct Data<'a> {
    pub(crate) items: Vec<&'a Item>,
    /// Complete attempts only: one left before its last item is not a score.
    pub(crate) people: Vec<Person>,
    /// Per phase, the attempts left out because they were not finished.
    pub(crate) partial: [usize; 3],
}

pub(crate) fn phase_index(phase: Phase) -> usize {
    match phase {
        Phase::Pre => 0,
        Phase::Post => 1,
        Phase::Followup => 2,
    }
}

pub(crate) const PHASES: [Phase; 3] = [Phase::Pre, Phase::Post, Phase::Followup];

/// Reads everyone in `scope` with their answers, in three queries.
pub(crate) fn load<'a>(store: &Store, library: &'a Library, scope: &Scope) -> Result<Data<'a>> {
    let bank = library.bank();
    let (condition, args) = scope.condition()?;
    let conn = store.conn();
    let mut items: Vec<&Item> = vec![];
    let mut index_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut quiz_indexes: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut people: Vec<Person> = vec![];
    let mut row_of: BTreeMap<i64, usize> = BTreeMap::new();

    let mut stmt = conn.prepare(&format!("SELECT p.id, s.quiz_id FROM participants p JOIN sessions s ON s.id = p.session_id WHERE {condition} ORDER BY p.id"))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    while let Some(row) = rows.next()? {
        let (id, quiz): (i64, String) = (row.get(0)?, row.get(1)?);
        let indexes = quiz_indexes
            .entry(quiz.clone())
            .or_insert_with(|| {
                bank.quiz_items(&quiz)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|item| {
                        *index_of.entry(item.id.clone()).or_insert_with(|| {
                            items.push(item);
                            items.len() - 1
                        })
                    })
                    .collect()
            })
            .clone();
        row_of.insert(id, people.len());
        people.push((indexes, [None, None, None]));
    }

    let mut stmt = conn.prepare(&format!(
        "SELECT t.participant_id, t.phase FROM attempts t JOIN participants p ON p.id = t.participant_id JOIN sessions s ON s.id = p.session_id WHERE {condition}"
    ))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    while let Some(row) = rows.next()? {
        let (id, phase): (i64, String) = (row.get(0)?, row.get(1)?);
        if let Some(&r) = row_of.get(&id) {
            people[r].1[phase_index(enum_from(&phase)?)] = Some(Attempt::default());
        }
    }

    let mut stmt = conn.prepare(&format!(
        "SELECT t.participant_id, t.phase, a.item_id, a.chosen FROM answers a JOIN attempts t ON t.id = a.attempt_id
         JOIN participants p ON p.id = t.participant_id JOIN sessions s ON s.id = p.session_id WHERE {condition}"
    ))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    while let Some(row) = rows.next()? {
        let (id, phase, item_id): (i64, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
        let (Some(&r), Some(&index)) = (row_of.get(&id), index_of.get(&item_id)) else { continue };
        let person = &mut people[r];
        let in_quiz = person.0.contains(&index);
        let Some(attempt) = person.1[phase_index(enum_from(&phase)?)].as_mut() else { continue };
        attempt.recorded += usize::from(in_quiz);
        let chosen: Vec<String> =
            serde_json::from_str(&row.get::<_, String>(3)?).unwrap_or_default();
        match is_correct(items[index], &chosen) {
            None => attempt.agreement.extend(chosen.first().and_then(|c| c.parse::<f64>().ok())),
            Some(right) => {
                attempt.right.insert(index, right);
            }
        }
    }
    let mut partial = [0; 3];
    for (indexes, attempts) in &mut people {
        for (k, attempt) in attempts.iter_mut().enumerate() {
            if attempt.as_ref().is_some_and(|a| a.recorded < indexes.len()) {
                *attempt = None;
                partial[k] += 1;
            }
        }
    }
    Ok(Data { items, people, partial })
}

impl Attempt {
    /// Whether item `index` was answered rightly (unanswered counts as wrong).
    pub(crate) fn is_right(&self, index: usize) -> bool {
        self.right.get(&index).copied().unwrap_or(false)
    }

    /// The mean 1–5 agreement answer.
    pub(crate) fn confidence(&self) -> Option<f64> {
        (!self.agreement.is_empty()).then(|| mean(&self.agreement))
    }
}

impl Data<'_> {
    /// Percent right over the knowledge items among `indexes` (optionally of one domain).
    pub(crate) fn percent(
        &self,
        indexes: &[usize],
        attempt: &Attempt,
        domain: Option<Domain>,
    ) -> Option<f64> {
        let (mut asked, mut right) = (0usize, 0usize);
        for &i in indexes {
            let item = self.items[i];
            if item.kind != ItemKind::Agree && domain.is_none_or(|d| item.domain == d) {
                asked += 1;
                right += usize::from(attempt.is_right(i));
            }
        }
        (asked > 0).then(|| 100.0 * right as f64 / asked as f64)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Attrition {
    /// `None`: fewer than five, suppressed.
    pub trained: Option<u32>,
    pub pre: Option<u32>,
    pub post: Option<u32>,
    pub followup: Option<u32>,
    /// People with a pre- and a post-test, and with all three.
    pub pre_post: Option<u32>,
    pub all_three: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhaseStats {
    pub phase: Phase,
    /// Knowledge scores, percent right; `None` when nobody (or, suppressed, under five).
    pub scores: Option<Describe>,
    pub by_domain: BTreeMap<Domain, f64>,
    /// Mean 1–5 agreement answer.
    pub confidence: Option<f64>,
    /// People per 10-point band of knowledge score (0–9, …, 90–100); `None` when
    /// `scores` is.
    pub bands: Option<Vec<u32>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub from: Phase,
    pub to: Phase,
    pub pairs: u32,
    /// Fewer pairs than a test can honestly be run on ([`MIN_PAIRS`]); or suppressed.
    pub too_few: bool,
    pub suppressed: bool,
    pub mean_from: Option<f64>,
    pub mean_to: Option<f64>,
    pub wilcoxon: Option<Wilcoxon>,
    pub t_test: Option<PairedT>,
    /// Hake's normalised gain of the group's means (pre → post only).
    pub hake_gain: Option<f64>,
    /// The mean of each person's own normalised gain (pre → post only).
    pub individual_gain: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemChange {
    pub item_id: String,
    pub domain: Domain,
    /// The question in the language asked for.
    pub prompt: String,
    /// Percent right at pre, post and follow-up (`None`: nobody, or suppressed).
    pub right: [Option<f64>; 3],
    pub pre_post: Option<McNemar>,
    pub post_followup: Option<McNemar>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MythBelief {
    pub myth_id: String,
    pub title: String,
    /// Percent of people still believing the myth at pre, post and follow-up.
    pub believing: [Option<f64>; 3],
    pub people: [u32; 3],
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Evaluation {
    pub scope: Scope,
    /// Cells of fewer than [`stats::MIN_CELL`] people are hidden.
    pub suppressing: bool,
    pub attrition: Attrition,
    pub phases: Vec<PhaseStats>,
    pub comparisons: Vec<Comparison>,
    /// The share of the pre → post gain still there at follow-up, for people with all three.
    pub retention: Option<f64>,
    pub items: Vec<ItemChange>,
    pub myths: Vec<MythBelief>,
    pub match_rate: MatchRate,
    /// Per phase, attempts started but not finished: left out of every figure above
    /// (`None`: fewer than five, suppressed).
    pub partial: [Option<u32>; 3],
}

/// The figures for `scope`, with words (item prompts, myth titles, chart labels) in `lang`.
pub fn evaluate(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
) -> Result<Evaluation> {
    let data = load(store, library, scope)?;
    let suppressing = scope.suppresses();
    let shown = |n: usize| (!suppressing || !stats::suppress(n)).then_some(n as u32);
    let has = |p: &Person, i: usize| p.1[i].is_some();
    let count = |f: &dyn Fn(&Person) -> bool| data.people.iter().filter(|p| f(p)).count();
    let attrition = Attrition {
        trained: shown(data.people.len()),
        pre: shown(count(&|p| has(p, 0))),
        post: shown(count(&|p| has(p, 1))),
        followup: shown(count(&|p| has(p, 2))),
        pre_post: shown(count(&|p| has(p, 0) && has(p, 1))),
        all_three: shown(count(&|p| has(p, 0) && has(p, 1) && has(p, 2))),
    };

    // Each person's knowledge score at each phase, worked out once for every figure below.
    let person_scores: Vec<[Option<f64>; 3]> = data
        .people
        .iter()
        .map(|p| std::array::from_fn(|i| p.1[i].as_ref().and_then(|a| data.percent(&p.0, a, None))))
        .collect();
    let phase_scores: [Vec<f64>; 3] =
        std::array::from_fn(|i| person_scores.iter().filter_map(|s| s[i]).collect());
    let phases: Vec<PhaseStats> = PHASES
        .iter()
        .enumerate()
        .map(|(i, &phase)| {
            let attempts: Vec<(&Vec<usize>, &Attempt)> =
                data.people.iter().filter_map(|p| p.1[i].as_ref().map(|a| (&p.0, a))).collect();
            if shown(attempts.len()).is_none() || attempts.is_empty() {
                return PhaseStats {
                    phase,
                    scores: None,
                    by_domain: BTreeMap::new(),
                    confidence: None,
                    bands: None,
                };
            }
            let mut by_domain = BTreeMap::new();
            for domain in Domain::KNOWLEDGE {
                let values: Vec<f64> = attempts
                    .iter()
                    .filter_map(|(ix, a)| data.percent(ix, a, Some(domain)))
                    .collect();
                if !values.is_empty() {
                    by_domain.insert(domain, mean(&values));
                }
            }
            let agreement: Vec<f64> =
                attempts.iter().flat_map(|(_, a)| a.agreement.iter().copied()).collect();
            let scores = stats::describe(&phase_scores[i]);
            let bands = scores.as_ref().map(|_| bands(&phase_scores[i]));
            PhaseStats {
                phase,
                scores,
                by_domain,
                confidence: (!agreement.is_empty()).then(|| mean(&agreement)),
                bands,
            }
        })
        .collect();

    let comparisons = [(0, 1), (1, 2)]
        .into_iter()
        .map(|(a, b)| {
            let pairs: Vec<(f64, f64)> =
                person_scores.iter().filter_map(|s| Some((s[a]?, s[b]?))).collect();
            let suppressed = shown(pairs.len()).is_none();
            let too_few = suppressed || pairs.len() < MIN_PAIRS;
            let (before, after): (Vec<f64>, Vec<f64>) = pairs.iter().copied().unzip();
            let means = (!suppressed && !pairs.is_empty()).then(|| (mean(&before), mean(&after)));
            let gains = a == 0 && !suppressed;
            Comparison {
                from: PHASES[a],
                to: PHASES[b],
                pairs: if suppressed { 0 } else { pairs.len() as u32 },
                too_few,
                suppressed,
                mean_from: means.map(|m| m.0),
                mean_to: means.map(|m| m.1),
                wilcoxon: if too_few { None } else { stats::wilcoxon(&before, &after) },
                t_test: if too_few { None } else { stats::paired_t(&before, &after) },
                hake_gain: if gains {
                    means.and_then(|(x, y)| stats::hake_gain(x, y))
                } else {
                    None
                },
                individual_gain: if gains { stats::mean_individual_gain(&pairs) } else { None },
            }
        })
        .collect();

    let triples: Vec<[f64; 3]> =
        person_scores.iter().filter_map(|s| Some([s[0]?, s[1]?, s[2]?])).collect();
    let retention = if shown(triples.len()).is_some() && !triples.is_empty() {
        let m = |k: usize| mean(&triples.iter().map(|t| t[k]).collect::<Vec<_>>());
        stats::retention(m(0), m(1), m(2))
    } else {
        None
    };

    let items = item_changes(&data, library, lang, &shown);
    let myths = myth_beliefs(&data, library, lang, &shown);
    let match_rate = match scope {
        Scope::Site { id } => followup::match_rate(store, Some(*id))?,
        Scope::Period { from, to } => followup::match_rate_between(store, from, to)?,
        _ => followup::match_rate(store, None)?,
    };
    Ok(Evaluation {
        scope: scope.clone(),
        suppressing,
        attrition,
        phases,
        comparisons,
        retention,
        items,
        myths,
        match_rate,
        partial: data.partial.map(shown),
    })
}

/// People per 10-point band of `scores` (percent right); 100 % falls in the top band.
fn bands(scores: &[f64]) -> Vec<u32> {
    let mut bands = vec![0u32; 10];
    for score in scores {
        bands[((score / 10.0).floor() as usize).min(9)] += 1;
    }
    bands
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

fn item_changes(
    data: &Data,
    library: &Library,
    lang: Language,
    shown: &dyn Fn(usize) -> Option<u32>,
) -> Vec<ItemChange> {
    let views = item_views(library, lang);
    // In the bank's order, whichever quiz the data happened to meet first.
    let order: BTreeMap<&str, usize> =
        library.bank().items().iter().enumerate().map(|(k, i)| (i.id.as_str(), k)).collect();
    let mut changes: Vec<ItemChange> = data
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.kind != ItemKind::Agree)
        .map(|(index, item)| {
            let holding: Vec<&[Option<Attempt>; 3]> =
                data.people.iter().filter(|p| p.0.contains(&index)).map(|p| &p.1).collect();
            let right = std::array::from_fn(|k| {
                let answered: Vec<bool> = holding
                    .iter()
                    .filter_map(|a| a[k].as_ref())
                    .map(|a| a.is_right(index))
                    .collect();
                shown(answered.len())
                    .filter(|n| *n > 0)
                    .map(|n| 100.0 * answered.iter().filter(|r| **r).count() as f64 / n as f64)
            });
            let mcnemar = |a: usize, b: usize| {
                let pairs: Vec<(bool, bool)> = holding
                    .iter()
                    .filter_map(|x| {
                        Some((x[a].as_ref()?.is_right(index), x[b].as_ref()?.is_right(index)))
                    })
                    .collect();
                shown(pairs.len()).filter(|n| *n as usize >= MIN_PAIRS).map(|_| {
                    let lost = pairs.iter().filter(|(x, y)| *x && !*y).count() as u32;
                    let gained = pairs.iter().filter(|(x, y)| !*x && *y).count() as u32;
                    stats::mcnemar(lost, gained)
                })
            };
            ItemChange {
                item_id: item.id.clone(),
                domain: item.domain,
                prompt: views
                    .get(&item.id)
                    .map(|v| v.prompt.clone())
                    .unwrap_or_else(|| item.id.clone()),
                right,
                pre_post: mcnemar(0, 1),
                post_followup: mcnemar(1, 2),
            }
        })
        .collect();
    changes.sort_by_key(|c| order.get(c.item_id.as_str()).copied().unwrap_or(usize::MAX));
    changes
}

/// Every item as a participant reads it in `lang`, from the quizzes that hold it.
pub(crate) fn item_views(library: &Library, lang: Language) -> BTreeMap<String, ItemView> {
    let mut out = BTreeMap::new();
    for quiz in library.bank().quizzes(lang) {
        if let Some(view) = library.bank().view(&quiz.id, lang) {
            out.extend(view.items.into_iter().map(|i| (i.id.clone(), i)));
        }
    }
    out
}

/// A myth's title in `lang`: its slide's title in the myths module.
pub(crate) fn myth_title(library: &Library, id: &str, lang: Language) -> String {
    let slide = format!("myth-{id}");
    library
        .module("myths")
        .and_then(|m| m.text(lang).or_else(|| m.text(Language::En)))
        .and_then(|t| t.slides.iter().find(|s| s.id == slide).map(|s| s.title.clone()))
        .unwrap_or_else(|| id.to_string())
}

fn myth_beliefs(
    data: &Data,
    library: &Library,
    lang: Language,
    shown: &dyn Fn(usize) -> Option<u32>,
) -> Vec<MythBelief> {
    library
        .myths()
        .iter()
        .filter_map(|myth| {
            let indexes: BTreeSet<usize> = data
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.myth.as_deref() == Some(&myth.id))
                .map(|(k, _)| k)
                .collect();
            if indexes.is_empty() {
                return None;
            }
            let mut people = [0u32; 3];
            let believing = std::array::from_fn(|k| {
                let asked: Vec<bool> = data
                    .people
                    .iter()
                    .filter_map(|p| {
                        let attempt = p.1[k].as_ref()?;
                        let own: Vec<&usize> = p.0.iter().filter(|i| indexes.contains(i)).collect();
                        (!own.is_empty()).then(|| own.iter().any(|&&i| !attempt.is_right(i)))
                    })
                    .collect();
                people[k] = shown(asked.len()).unwrap_or(0);
                shown(asked.len())
                    .filter(|n| *n > 0)
                    .map(|n| 100.0 * asked.iter().filter(|b| **b).count() as f64 / n as f64)
            });
            Some(MythBelief {
                myth_id: myth.id.clone(),
                title: myth_title(library, &myth.id, lang),
                believing,
                people,
            })
        })
        .collect()
}

/// The scope in words, for the Results page's heading and the report's.
pub fn scope_title(store: &Store, l10n: &Localizer, scope: &Scope) -> Result<String> {
    Ok(match scope {
        Scope::Session { id } => {
            let s = sessions::get(store, *id)?;
            l10n.tr(
                "results-scope-session",
                &[("site", s.site.name.into()), ("date", l10n.date(&s.date).into())],
            )
        }
        Scope::Site { id } => {
            let name = sessions::list_sites(store)?
                .into_iter()
                .find(|s| s.id == *id)
                .map(|s| s.name)
                .unwrap_or_default();
            l10n.tr("results-scope-site", &[("site", name.into())])
        }
        Scope::Audience { audience } => l10n.tr(
            "results-scope-audience",
            &[("audience", l10n.tr(&format!("audience-{}", enum_text(audience)), &[]).into())],
        ),
        Scope::Period { from, to } => l10n.tr(
            "results-scope-period",
            &[("from", l10n.date(from).into()), ("to", l10n.date(to).into())],
        ),
        Scope::All => l10n.tr("results-scope-all", &[]),
    })
}

/// How many people in a scope got a kit, and how.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KitCounts {
    pub people: u32,
    pub at_training: u32,
    pub in_property: u32,
    pub on_release: u32,
    pub declined: u32,
    /// Nothing recorded.
    pub unknown: u32,
}

/// The kits of everyone in `scope`.
pub fn kit_counts(store: &Store, scope: &Scope) -> Result<KitCounts> {
    let (condition, args) = scope.condition()?;
    let mut stmt = store.conn().prepare(&format!(
        "SELECT k.status FROM participants p JOIN sessions s ON s.id = p.session_id
         LEFT JOIN kits k ON k.participant_id = p.id WHERE {condition}"
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(&args))?;
    let mut out = KitCounts::default();
    while let Some(r) = rows.next()? {
        out.people += 1;
        match r
            .get::<_, Option<String>>(0)?
            .as_deref()
            .map(enum_from::<crate::sessions::kits::KitStatus>)
            .transpose()?
        {
            Some(crate::sessions::kits::KitStatus::AtTraining) => out.at_training += 1,
            Some(crate::sessions::kits::KitStatus::InProperty) => out.in_property += 1,
            Some(crate::sessions::kits::KitStatus::OnRelease) => out.on_release += 1,
            Some(crate::sessions::kits::KitStatus::Declined) => out.declined += 1,
            None => out.unknown += 1,
        }
    }
    Ok(out)
}

//! The quarterly return a programme lead sends to the regional naloxone group: trainings
//! and people trained per site, audience and trainer, kits given, knowledge per topic
//! before → after → follow-up, the myths that persist, and how many were tested and found
//! again. No names; every count of one to four people is hidden. The figures are the
//! evaluation's for the same scope, so the return agrees with the Results page and with
//! `respond stats --json`.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::content::bank::Domain;
use crate::content::{Audience, Library};
use crate::data::sql::{enum_from, enum_text};
use crate::i18n::{Language, Localizer};
use crate::results::evaluation::{self, Evaluation, KitCounts, MythBelief, Scope};
use crate::results::stats;
use crate::results::view::plain_number;
use crate::sessions::kits::KitStatus;
use crate::{Result, Store};

/// The trainings of one site, audience or trainer.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReturnGroup {
    /// The site's or trainer's name, or the audience in the reader's language.
    pub label: String,
    pub sessions: u32,
    /// `None`: one to four people, hidden.
    pub people: Option<u32>,
    /// Kits handed out, put in property or given on release (`None`: one to four).
    pub kits: Option<u32>,
}

/// Knowledge of one topic: the mean percent right at pre, post and follow-up.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DomainRow {
    pub domain: Domain,
    pub label: String,
    pub mean: [Option<f64>; 3],
}

/// Shares of the people trained (0–1); `None` where a count behind them is hidden.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReturnRates {
    pub pre_post: Option<f64>,
    pub followup: Option<f64>,
    /// People found again ÷ follow-up searches (see the match rate).
    pub matched: Option<f64>,
}

/// Kits of the people trained, with counts of one to four hidden.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KitsShown {
    pub at_training: Option<u32>,
    pub in_property: Option<u32>,
    pub on_release: Option<u32>,
    pub declined: Option<u32>,
    pub unknown: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgrammeReturn {
    pub title: String,
    pub sessions: u32,
    pub by_site: Vec<ReturnGroup>,
    pub by_audience: Vec<ReturnGroup>,
    pub by_trainer: Vec<ReturnGroup>,
    pub kits: KitsShown,
    pub domains: Vec<DomainRow>,
    /// Myths, the most believed right after the training first.
    pub myths: Vec<MythBelief>,
    pub rates: ReturnRates,
    pub evaluation: Evaluation,
}

/// A count as a return may show it: zero, or five and more.
fn shown(n: u32) -> Option<u32> {
    (n == 0 || !stats::suppress(n as usize)).then_some(n)
}

/// The names in a session's trainers field: "A, B", "A; B", "A & B" and "A / B" are two.
fn trainer_names(field: &str) -> Vec<String> {
    let mut names: Vec<String> = field
        .split([',', ';', '&', '/', '+'])
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|n| !n.is_empty())
        .collect();
    names.sort_by_key(|n| n.to_lowercase());
    names.dedup_by_key(|n| n.to_lowercase());
    names
}

#[derive(Default)]
struct Tally {
    sessions: std::collections::BTreeSet<i64>,
    people: u32,
    kits: u32,
}

impl Tally {
    fn group(&self, label: String) -> ReturnGroup {
        ReturnGroup {
            label,
            sessions: self.sessions.len() as u32,
            people: shown(self.people),
            kits: shown(self.kits),
        }
    }
}

/// The return for `scope` (a period, as a rule) with its words in `lang`.
pub fn programme_return(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
) -> Result<ProgrammeReturn> {
    let l10n = Localizer::new(lang);
    let evaluation = evaluation::evaluate(store, library, scope, lang)?;
    let (condition, args) = scope.condition()?;
    let mut stmt = store.conn().prepare(&format!(
        "SELECT s.id, t.name, s.audience, s.trainers, p.id, k.status FROM sessions s
         JOIN sites t ON t.id = s.site_id LEFT JOIN participants p ON p.session_id = s.id
         LEFT JOIN kits k ON k.participant_id = p.id WHERE {condition} ORDER BY s.id"
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(&args))?;
    let mut sites = BTreeMap::<String, Tally>::new();
    let mut audiences = BTreeMap::<Audience, Tally>::new();
    // By the name in lower case, so that "rui costa" and "Rui Costa" are one trainer.
    let mut trainers = BTreeMap::<String, (String, Tally)>::new();
    let mut all_sessions = std::collections::BTreeSet::new();
    let mut kits = KitCounts::default();
    while let Some(r) = rows.next()? {
        let session: i64 = r.get(0)?;
        let audience: Audience = enum_from(&r.get::<_, String>(2)?)?;
        let person = r.get::<_, Option<i64>>(4)?.is_some();
        let status =
            r.get::<_, Option<String>>(5)?.as_deref().map(enum_from::<KitStatus>).transpose()?;
        let given = u32::from(matches!(
            status,
            Some(KitStatus::AtTraining | KitStatus::InProperty | KitStatus::OnRelease)
        ));
        all_sessions.insert(session);
        if person {
            kits.people += 1;
            match status {
                Some(KitStatus::AtTraining) => kits.at_training += 1,
                Some(KitStatus::InProperty) => kits.in_property += 1,
                Some(KitStatus::OnRelease) => kits.on_release += 1,
                Some(KitStatus::Declined) => kits.declined += 1,
                None => kits.unknown += 1,
            }
        }
        let count = |tally: &mut Tally| {
            tally.sessions.insert(session);
            tally.people += u32::from(person);
            tally.kits += given;
        };
        count(sites.entry(r.get(1)?).or_default());
        count(audiences.entry(audience).or_default());
        for name in trainer_names(&r.get::<_, String>(3)?) {
            count(&mut trainers.entry(name.to_lowercase()).or_insert((name, Tally::default())).1);
        }
    }
    drop(rows);

    let by_audience = audiences
        .iter()
        .map(|(a, t)| t.group(l10n.tr(&format!("audience-{}", enum_text(a)), &[])))
        .collect();
    let domains = Domain::KNOWLEDGE
        .into_iter()
        .map(|domain| DomainRow {
            domain,
            label: l10n.tr(&format!("domain-{}", domain.code()), &[]),
            mean: std::array::from_fn(|k| evaluation.phases[k].by_domain.get(&domain).copied()),
        })
        .collect();
    let mut myths = evaluation.myths.clone();
    let after = |m: &MythBelief| m.believing[1].unwrap_or(-1.0);
    myths.sort_by(|a, b| after(b).total_cmp(&after(a)));
    let a = &evaluation.attrition;
    let share = |part: Option<u32>| match (part, a.trained) {
        (Some(part), Some(all)) if all > 0 => Some(f64::from(part) / f64::from(all)),
        _ => None,
    };
    Ok(ProgrammeReturn {
        title: evaluation::scope_title(store, &l10n, scope)?,
        sessions: all_sessions.len() as u32,
        by_site: sites.into_iter().map(|(name, t)| t.group(name)).collect(),
        by_audience,
        by_trainer: trainers.into_values().map(|(name, t)| t.group(name)).collect(),
        kits: KitsShown {
            at_training: shown(kits.at_training),
            in_property: shown(kits.in_property),
            on_release: shown(kits.on_release),
            declined: shown(kits.declined),
            unknown: shown(kits.unknown),
        },
        domains,
        myths,
        rates: ReturnRates {
            pre_post: share(a.pre_post),
            followup: share(a.followup),
            matched: evaluation.match_rate.rate,
        },
        evaluation,
    })
}

/// The return as CSV rows under [`CSV_COLUMNS`]: a row per figure, hidden ones empty with
/// `suppressed` set. Labels are in `lang`; sections and measures stay as written here.
pub fn csv_rows(r: &ProgrammeReturn, l10n: &Localizer, decimal_comma: bool) -> Vec<[String; 5]> {
    let mut rows = vec![];
    let mut push = |section: &str, label: &str, measure: &str, value: Option<String>| {
        let hidden = value.is_none();
        rows.push([
            section.to_string(),
            label.to_string(),
            measure.to_string(),
            value.unwrap_or_default(),
            u8::from(hidden).to_string(),
        ]);
    };
    let int = |n: Option<u32>| n.map(|n| n.to_string());
    let dec = |v: Option<f64>, places: usize| v.map(|v| plain_number(v, places, decimal_comma));
    let a = &r.evaluation.attrition;
    push("total", "", "sessions", Some(r.sessions.to_string()));
    for (measure, n) in [
        ("trained", a.trained),
        ("pre", a.pre),
        ("post", a.post),
        ("followup", a.followup),
        ("pre_post", a.pre_post),
        ("all_three", a.all_three),
    ] {
        push("total", "", measure, int(n));
    }
    for (section, groups) in
        [("site", &r.by_site), ("audience", &r.by_audience), ("trainer", &r.by_trainer)]
    {
        for g in groups {
            push(section, &g.label, "sessions", Some(g.sessions.to_string()));
            push(section, &g.label, "people", int(g.people));
            push(section, &g.label, "kits", int(g.kits));
        }
    }
    let k = &r.kits;
    for (status, n) in [
        ("at-training", k.at_training),
        ("in-property", k.in_property),
        ("on-release", k.on_release),
        ("declined", k.declined),
    ] {
        push("kits", &l10n.tr(&format!("kit-status-{status}"), &[]), status, int(n));
    }
    push("kits", &l10n.tr("kit-none", &[]), "unknown", int(k.unknown));
    for d in &r.domains {
        for (phase, mean) in ["pre", "post", "followup"].iter().zip(d.mean) {
            push("domain", &d.label, &format!("percent_right_{phase}"), dec(mean, 1));
        }
    }
    for m in &r.myths {
        for (phase, share) in ["pre", "post", "followup"].iter().zip(m.believing) {
            push("myth", &m.title, &format!("percent_believing_{phase}"), dec(share, 1));
        }
    }
    push("rate", "", "pre_post", dec(r.rates.pre_post.map(|v| v * 100.0), 1));
    push("rate", "", "followup", dec(r.rates.followup.map(|v| v * 100.0), 1));
    push("rate", "", "matched", dec(r.rates.matched.map(|v| v * 100.0), 1));
    rows
}

pub const CSV_COLUMNS: [&str; 5] = ["section", "label", "measure", "value", "suppressed"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trainers_are_split_on_the_usual_separators_and_counted_once() {
        assert_eq!(trainer_names("Ana Silva, Rui  Costa"), ["Ana Silva", "Rui Costa"]);
        assert_eq!(trainer_names("Ana & rui costa; Rui Costa / "), ["Ana", "rui costa"]);
        assert!(trainer_names(" , ").is_empty());
    }

    #[test]
    fn one_to_four_people_are_hidden_but_none_is_shown() {
        assert_eq!(shown(0), Some(0));
        assert_eq!(shown(4), None);
        assert_eq!(shown(5), Some(5));
    }
}

//! Finding a person again at follow-up: by participant code, or by their own code when
//! the card is lost (one or two parts may differ; the trainer confirms), and how often
//! that works.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::has_followup;
use crate::data::audit::{self, Action};
use crate::data::input::{invalid, now};
use crate::data::sql::enum_text;
use crate::sessions;
use crate::sessions::codes::SgicParts;
use crate::sessions::roster::{self, Participant};
use crate::{Result, Store};

/// How a follow-up participant was found again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    Code,
    Sgic,
    SgicFuzzy,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub participant: Participant,
    pub session_date: String,
    pub site_name: String,
    /// 1 for the same code; for a self-generated code, the share of its four parts that
    /// agree (a letter of the parent's name, or a sibling count one off, counts half).
    pub similarity: f64,
    pub has_followup: bool,
}

/// The lowest similarity shown as a candidate: two of the four parts may differ.
pub const MIN_SIMILARITY: f64 = 0.5;

/// How alike two self-generated codes are, from 0 to 1 (see [`Candidate::similarity`]).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split('-').collect(), b.split('-').collect());
    if a.len() != 4 || b.len() != 4 {
        return 0.0;
    }
    let letters = |x: &str, y: &str| {
        let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
        let same = x.iter().zip(&y).filter(|(p, q)| p == q).count();
        same as f64 / x.len().max(y.len()).max(1) as f64
    };
    let count = |x: &str, y: &str| match (x.parse::<i32>(), y.parse::<i32>()) {
        (Ok(x), Ok(y)) if x == y => 1.0,
        (Ok(x), Ok(y)) if (x - y).abs() == 1 => 0.5,
        _ => 0.0,
    };
    let parent = letters(a[0], b[0]);
    let month = if a[1] == b[1] { 1.0 } else { 0.0 };
    let siblings = count(a[2], b[2]);
    let place = if a[3] == b[3] { 1.0 } else { 0.0 };
    (parent + month + siblings + place) / 4.0
}

fn candidate(store: &Store, participant: Participant, similarity: f64) -> Result<Candidate> {
    let session = sessions::get(store, participant.session_id)?;
    let has_followup = has_followup(store, participant.id)?;
    Ok(Candidate {
        participant,
        session_date: session.date,
        site_name: session.site.name,
        similarity,
        has_followup,
    })
}

/// The participant with this participant code.
pub fn find_by_code(store: &Store, code: &str) -> Result<Candidate> {
    let participant = roster::find_by_code(store, code)?;
    candidate(store, participant, 1.0)
}

/// People whose self-generated code is like the one built from `parts`, most alike first
/// (at most ten), from `site` only when given.
pub fn find_by_sgic(store: &Store, parts: &SgicParts, site: Option<i64>) -> Result<Vec<Candidate>> {
    let code = parts.code().ok_or_else(|| invalid("sgic", "incomplete"))?;
    let mut stmt = store.conn().prepare(
        "SELECT p.id, p.sgic FROM participants p JOIN sessions s ON s.id = p.session_id
         WHERE p.sgic IS NOT NULL AND (?1 IS NULL OR s.site_id = ?1)",
    )?;
    let mut scored: Vec<(f64, i64)> = stmt
        .query_map([site], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
        .filter_map(|row| row.ok())
        .map(|(id, sgic)| (similarity(&code, &sgic), id))
        .filter(|(s, _)| *s >= MIN_SIMILARITY)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(10)
        .map(|(s, id)| candidate(store, roster::get(store, id)?, s))
        .collect()
}

/// Records that the trainer confirmed `participant` as the person in front of them.
pub fn confirm(store: &Store, participant: i64, method: Method, similarity: f64) -> Result<()> {
    roster::get(store, participant)?;
    let method = match (method, similarity >= 1.0) {
        (Method::SgicFuzzy, true) => Method::Sgic,
        (Method::Sgic, false) => Method::SgicFuzzy,
        (m, _) => m,
    };
    store.conn().execute(
        "INSERT INTO followup_matches (participant_id, method, similarity, matched_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (participant_id) DO UPDATE SET method = excluded.method, similarity = excluded.similarity, matched_at = excluded.matched_at",
        params![participant, enum_text(&method), similarity.clamp(0.0, 1.0), now()],
    )?;
    audit::record(
        store.conn(),
        Action::Edit,
        "followup",
        Some(participant),
        &format!("found by {}", enum_text(&method)),
    )
}

/// Records a search that found nobody the trainer could confirm.
pub fn not_found(store: &Store, site: Option<i64>) -> Result<()> {
    store.conn().execute(
        "INSERT INTO followup_unmatched (site_id, searched_at) VALUES (?1, ?2)",
        params![site, now()],
    )?;
    Ok(())
}

/// How people were found again at follow-up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MatchRate {
    pub by_code: u32,
    pub by_sgic: u32,
    pub by_sgic_fuzzy: u32,
    pub not_found: u32,
    /// Found ÷ searched; `None` before any search.
    pub rate: Option<f64>,
}

/// The match rate, over every site or over `site`'s sessions.
pub fn match_rate(store: &Store, site: Option<i64>) -> Result<MatchRate> {
    match_rate_within(store, site, None)
}

/// The match rate of the follow-up searches made from `from` to `to` (YYYY-MM-DD, both
/// included): a quarter's follow-up work, whenever the people found were trained.
pub fn match_rate_between(store: &Store, from: &str, to: &str) -> Result<MatchRate> {
    match_rate_within(store, None, Some((from, to)))
}

fn match_rate_within(
    store: &Store,
    site: Option<i64>,
    period: Option<(&str, &str)>,
) -> Result<MatchRate> {
    let conn = store.conn();
    let (from, to) = period.unzip();
    let mut rate = MatchRate::default();
    let mut stmt = conn.prepare(
        "SELECT m.method, COUNT(*) FROM followup_matches m JOIN participants p ON p.id = m.participant_id
         JOIN sessions s ON s.id = p.session_id WHERE (?1 IS NULL OR s.site_id = ?1)
         AND (?2 IS NULL OR substr(m.matched_at, 1, 10) BETWEEN ?2 AND ?3) GROUP BY m.method",
    )?;
    for row in stmt
        .query_map(params![site, from, to], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?
    {
        let (method, n) = row?;
        match method.as_str() {
            "code" => rate.by_code = n,
            "sgic" => rate.by_sgic = n,
            _ => rate.by_sgic_fuzzy = n,
        }
    }
    rate.not_found = conn.query_row(
        "SELECT COUNT(*) FROM followup_unmatched WHERE (?1 IS NULL OR site_id = ?1)
         AND (?2 IS NULL OR substr(searched_at, 1, 10) BETWEEN ?2 AND ?3)",
        params![site, from, to],
        |r| r.get(0),
    )?;
    let found = rate.by_code + rate.by_sgic + rate.by_sgic_fuzzy;
    rate.rate =
        (found + rate.not_found > 0).then(|| found as f64 / (found + rate.not_found) as f64);
    Ok(rate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_tolerates_one_or_two_changed_parts() {
        assert_eq!(similarity("MA-04-2-L", "MA-04-2-L"), 1.0);
        assert_eq!(similarity("MA-04-2-L", "MA-04-3-L"), 0.875);
        assert_eq!(similarity("MA-04-2-L", "MO-04-2-L"), 0.875);
        assert_eq!(similarity("MA-04-2-L", "MA-05-2-P"), 0.5);
        assert_eq!(similarity("MA-04-2-L", "JO-11-7-P"), 0.0);
        assert_eq!(similarity("MA-04-2-L", "garbage"), 0.0);
        assert!(similarity("MA-04-2-L", "AM-04-2-L") < 1.0);
    }
}

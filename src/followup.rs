//! Follow-up at 3–6 months: whose window is open, who is late, finding people again by
//! their participant code or, when they have lost it, by their self-generated code
//! (tolerating a changed answer or two), and the booster given after the quiz.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};
use ts_rs::TS;

use crate::audit::{self, Action};
use crate::codes::SgicParts;
use crate::content::Library;
use crate::i18n::Language;
use crate::roster::{self, Participant};
use crate::sessions::{self, invalid, now, Site};
use crate::settings::{self, FollowupWindow};
use crate::{Error, Result, Store};

/// Where a participant stands. A follow-up is due from the day the window opens; a month
/// later, with the window still open, it is overdue; once the window has closed without
/// one it is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Due,
    Overdue,
    Upcoming,
    Closed,
    Done,
}

/// How long a follow-up stays "due" before it is "overdue".
const DUE_MONTHS: u8 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub participant: Participant,
    pub session_date: String,
    /// First and last day of the window, YYYY-MM-DD.
    pub opens: String,
    pub closes: String,
    pub status: Status,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub due: u32,
    pub overdue: u32,
    pub upcoming: u32,
    pub closed: u32,
    pub done: u32,
    /// People who did not agree to be followed up: counted, never listed.
    pub no_consent: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SiteFollowup {
    pub site: Site,
    pub counts: Counts,
    pub entries: Vec<Entry>,
}

pub(crate) fn parse_date(text: &str) -> Result<Date> {
    Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).map_err(|_| invalid("date", "date"))
}

pub(crate) fn format_date(date: Date) -> String {
    date.format(time::macros::format_description!("[year]-[month]-[day]")).expect("a calendar date formats")
}

pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

/// `date` plus `months`, on the same day of the month or the month's last day.
fn add_months(date: Date, months: u8) -> Date {
    let index = date.year() * 12 + (date.month() as i32 - 1) + months as i32;
    let (year, month) = (index.div_euclid(12), Month::try_from((index.rem_euclid(12) + 1) as u8).expect("1–12"));
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).expect("a day within the month")
}

/// The follow-up window of a session held on `session_date`.
pub fn window(session_date: Date, window: FollowupWindow) -> (Date, Date) {
    (add_months(session_date, window.opens_months), add_months(session_date, window.closes_months) - Duration::days(1))
}

fn status(opens: Date, closes: Date, done: bool, today: Date) -> Status {
    if done {
        Status::Done
    } else if today < opens {
        Status::Upcoming
    } else if today > closes {
        Status::Closed
    } else if today < add_months(opens, DUE_MONTHS) {
        Status::Due
    } else {
        Status::Overdue
    }
}

fn has_followup(store: &Store, participant: i64) -> Result<bool> {
    Ok(store
        .conn()
        .query_row("SELECT 1 FROM attempts WHERE participant_id = ?1 AND phase = 'followup'", [participant], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Everyone of every closed session who agreed to a follow-up, per site, with counts;
/// entries sorted by status (due first), then by when the window closes.
pub fn overview(store: &Store, today: Date) -> Result<Vec<SiteFollowup>> {
    let window_setting = settings::load(store, Language::En)?.followup;
    let mut stmt = store.conn().prepare("SELECT participant_id FROM attempts WHERE phase = 'followup'")?;
    let followed_up: std::collections::HashSet<i64> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let mut sites: BTreeMap<i64, SiteFollowup> = BTreeMap::new();
    for session in sessions::list(store)?.into_iter().filter(|s| s.closed) {
        let (opens, closes) = window(parse_date(&session.date)?, window_setting);
        let site = sites.entry(session.site.id).or_insert_with(|| SiteFollowup { site: session.site.clone(), counts: Counts::default(), entries: vec![] });
        for participant in roster::list(store, session.id)? {
            if !participant.consent_followup {
                site.counts.no_consent += 1;
                continue;
            }
            let status = status(opens, closes, followed_up.contains(&participant.id), today);
            let count = match status {
                Status::Due => &mut site.counts.due,
                Status::Overdue => &mut site.counts.overdue,
                Status::Upcoming => &mut site.counts.upcoming,
                Status::Closed => &mut site.counts.closed,
                Status::Done => &mut site.counts.done,
            };
            *count += 1;
            site.entries.push(Entry { participant, session_date: session.date.clone(), opens: format_date(opens), closes: format_date(closes), status });
        }
    }
    let mut sites: Vec<SiteFollowup> = sites.into_values().collect();
    for site in &mut sites {
        site.entries.sort_by(|a, b| (a.status, &a.closes, &a.participant.code).cmp(&(b.status, &b.closes, &b.participant.code)));
    }
    sites.sort_by_key(|s| s.site.name.to_lowercase());
    Ok(sites)
}

/// The people of `site` still to be seen (due, overdue, upcoming), soonest first.
pub fn recall(store: &Store, site: i64, today: Date) -> Result<SiteFollowup> {
    let mut found = overview(store, today)?.into_iter().find(|s| s.site.id == site).ok_or(Error::NotFound)?;
    found.entries.retain(|e| matches!(e.status, Status::Due | Status::Overdue | Status::Upcoming));
    found.entries.sort_by(|a, b| (&a.opens, &a.participant.code).cmp(&(&b.opens, &b.participant.code)));
    Ok(found)
}

/// The recall list of `site` as a PDF: code, name (when stored), language, window, release
/// date and status, soonest first.
pub fn recall_pdf(store: &Store, site: i64, lang: Language, paper: crate::pdf::Paper, today: Date) -> Result<Vec<u8>> {
    use crate::pdf::{palette, Document, Face, Footer, Span, TextStyle};
    let list = recall(store, site, today)?;
    let l10n = crate::i18n::Localizer::new(lang);
    let title = l10n.tr("followup-recall-title", &[("site", list.site.name.clone().into())]);
    let mut doc = Document::new(&title, paper, lang);
    doc.paragraph(&[Span::new(&title, Face::Bold)], &TextStyle::new(18.0).leading(23.0).color(palette::HEADING).hyphenate(false));
    let note = l10n.tr("followup-recall-note", &[("date", format_date(today).into()), ("count", list.entries.len().into())]);
    doc.paragraph(&[Span::new(note, Face::Regular)], &TextStyle::new(9.5).color(palette::MUTED).space_before(4.0));
    let header = ["followup-code", "followup-name", "followup-language", "followup-window", "followup-release", "followup-status"].map(|id| l10n.tr(id, &[]));
    let mut rows = vec![header.to_vec()];
    for e in &list.entries {
        rows.push(vec![
            e.participant.code.clone(),
            e.participant.name.clone().unwrap_or_default(),
            e.participant.language.native_name().to_string(),
            format!("{} – {}", e.opens, e.closes),
            e.participant.release_date.clone().unwrap_or_default(),
            l10n.tr(&format!("followup-status-{}", sessions::enum_text(&e.status)), &[]),
        ]);
    }
    doc.table(&[1.1, 1.8, 1.0, 1.9, 1.1, 1.0], &rows, &TextStyle::new(9.5).leading(12.0).color(palette::INK), 12.0);
    let footer = l10n.tr("followup-recall-footer", &[]);
    doc.footers(&TextStyle::new(8.0).color(palette::MUTED), |page, pages| Footer {
        left: footer.clone(),
        right: l10n.tr("print-page-of", &[("page", page.into()), ("pages", pages.into())]),
    });
    doc.finish()
}

/// The recall list's windows as an iCalendar file: one all-day event per person, spanning
/// the window, named by participant code only (calendars get synced; names stay here).
pub fn calendar(store: &Store, site: i64, lang: Language, today: Date) -> Result<String> {
    use icalendar::{Calendar, Component, EventLike};
    let list = recall(store, site, today)?;
    let l10n = crate::i18n::Localizer::new(lang);
    let mut calendar = Calendar::new();
    calendar.name(&l10n.tr("followup-calendar-name", &[("site", list.site.name.clone().into())]));
    for entry in &list.entries {
        let (opens, closes) = (parse_date(&entry.opens)?, parse_date(&entry.closes)?);
        let event = icalendar::Event::new()
            .uid(&format!("respond-followup-{}@respond.local", entry.participant.code))
            .summary(&l10n.tr("followup-calendar-event", &[("code", entry.participant.code.clone().into())]))
            .description(&l10n.tr(
                "followup-calendar-description",
                &[
                    ("site", list.site.name.clone().into()),
                    ("session", entry.session_date.clone().into()),
                    ("language", entry.participant.language.native_name().into()),
                ],
            ))
            .starts(to_naive(opens))
            .ends(to_naive(closes + Duration::days(1)))
            .done();
        calendar.push(event);
    }
    audit::record(store.conn(), Action::Export, "calendar", Some(site), "ics")?;
    Ok(calendar.done().to_string())
}

fn to_naive(date: Date) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(date.year(), date.month() as u32, date.day() as u32).expect("a valid date")
}

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
    Ok(Candidate { participant, session_date: session.date, site_name: session.site.name, similarity, has_followup })
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
    scored.into_iter().take(10).map(|(s, id)| candidate(store, roster::get(store, id)?, s)).collect()
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
        params![participant, sessions::enum_text(&method), similarity.clamp(0.0, 1.0), now()],
    )?;
    audit::record(store.conn(), Action::Edit, "followup", Some(participant), &format!("found by {}", sessions::enum_text(&method)))
}

/// Records a search that found nobody the trainer could confirm.
pub fn not_found(store: &Store, site: Option<i64>) -> Result<()> {
    store.conn().execute("INSERT INTO followup_unmatched (site_id, searched_at) VALUES (?1, ?2)", params![site, now()])?;
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
    let conn = store.conn();
    let mut rate = MatchRate::default();
    let mut stmt = conn.prepare(
        "SELECT m.method, COUNT(*) FROM followup_matches m JOIN participants p ON p.id = m.participant_id
         JOIN sessions s ON s.id = p.session_id WHERE ?1 IS NULL OR s.site_id = ?1 GROUP BY m.method",
    )?;
    for row in stmt.query_map([site], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))? {
        let (method, n) = row?;
        match method.as_str() {
            "code" => rate.by_code = n,
            "sgic" => rate.by_sgic = n,
            _ => rate.by_sgic_fuzzy = n,
        }
    }
    rate.not_found = conn.query_row("SELECT COUNT(*) FROM followup_unmatched WHERE ?1 IS NULL OR site_id = ?1", [site], |r| r.get(0))?;
    let found = rate.by_code + rate.by_sgic + rate.by_sgic_fuzzy;
    rate.rate = (found + rate.not_found > 0).then(|| found as f64 / (found + rate.not_found) as f64);
    Ok(rate)
}

/// Records the booster module given after the follow-up quiz.
pub fn record_booster(store: &Store, library: &Library, participant: i64, module: &str) -> Result<()> {
    roster::get(store, participant)?;
    if library.module(module).is_none() {
        return Err(invalid("module", "unknown"));
    }
    store.conn().execute(
        "INSERT INTO boosters (participant_id, module_id, given_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (participant_id) DO UPDATE SET module_id = excluded.module_id, given_at = excluded.given_at",
        params![participant, module, now()],
    )?;
    audit::record(store.conn(), Action::Edit, "followup", Some(participant), &format!("booster {module}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn windows_run_from_three_to_six_months_and_clamp_to_short_months() {
        let w = FollowupWindow::default();
        assert_eq!(window(date!(2026 - 01 - 15), w), (date!(2026 - 04 - 15), date!(2026 - 07 - 14)));
        assert_eq!(window(date!(2025 - 11 - 30), w), (date!(2026 - 02 - 28), date!(2026 - 05 - 29)));
        assert_eq!(window(date!(2023 - 11 - 30), w), (date!(2024 - 02 - 29), date!(2024 - 05 - 29)));
    }

    #[test]
    fn status_moves_from_upcoming_to_due_overdue_and_closed() {
        let (opens, closes) = (date!(2026 - 04 - 15), date!(2026 - 07 - 14));
        assert_eq!(status(opens, closes, false, date!(2026 - 04 - 14)), Status::Upcoming);
        assert_eq!(status(opens, closes, false, date!(2026 - 04 - 15)), Status::Due);
        assert_eq!(status(opens, closes, false, date!(2026 - 05 - 14)), Status::Due);
        assert_eq!(status(opens, closes, false, date!(2026 - 05 - 15)), Status::Overdue);
        assert_eq!(status(opens, closes, false, date!(2026 - 07 - 14)), Status::Overdue);
        assert_eq!(status(opens, closes, false, date!(2026 - 07 - 15)), Status::Closed);
        assert_eq!(status(opens, closes, true, date!(2026 - 07 - 15)), Status::Done);
    }

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

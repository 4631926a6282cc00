//! Follow-up at 3–6 months: whose window is open, who is late, finding people again by
//! their participant code or, when they have lost it, by their self-generated code
//! (tolerating a changed answer or two), and the booster given after the quiz.

mod find;

pub use find::{
    confirm, find_by_code, find_by_sgic, match_rate, match_rate_between, not_found, similarity,
    Candidate, MatchRate, Method, MIN_SIMILARITY,
};

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};
use ts_rs::TS;

use crate::content::Library;
use crate::data::audit::{self, Action};
use crate::data::input::{format_date, invalid, now, parse_date};
use crate::i18n::Language;
use crate::sessions::roster::{self, Participant};
use crate::sessions::{self, Site};
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

/// `date` plus `months`, on the same day of the month or the month's last day; the last
/// date the calendar knows when that is past it (a session stored as 9999-12-31).
fn add_months(date: Date, months: u8) -> Date {
    let index = date.year() * 12 + (date.month() as i32 - 1) + months as i32;
    let (year, month) =
        (index.div_euclid(12), Month::try_from((index.rem_euclid(12) + 1) as u8).expect("1–12"));
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MAX)
}

/// The follow-up window of a session held on `session_date`.
pub fn window(session_date: Date, window: FollowupWindow) -> (Date, Date) {
    (
        add_months(session_date, window.opens_months),
        add_months(session_date, window.closes_months) - Duration::days(1),
    )
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

pub(crate) fn has_followup(store: &Store, participant: i64) -> Result<bool> {
    Ok(store
        .conn()
        .query_row(
            "SELECT 1 FROM attempts WHERE participant_id = ?1 AND phase = 'followup'",
            [participant],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Everyone of every closed session who agreed to a follow-up, per site, with counts;
/// entries sorted by status (due first), then by when the window closes.
pub fn overview(store: &Store, today: Date) -> Result<Vec<SiteFollowup>> {
    let window_setting = settings::load(store, Language::En)?.followup;
    let mut stmt =
        store.conn().prepare("SELECT participant_id FROM attempts WHERE phase = 'followup'")?;
    let followed_up: std::collections::HashSet<i64> =
        stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let mut sites: BTreeMap<i64, SiteFollowup> = BTreeMap::new();
    for session in sessions::list(store)?.into_iter().filter(|s| s.closed) {
        let (opens, closes) = window(parse_date(&session.date)?, window_setting);
        let site = sites.entry(session.site.id).or_insert_with(|| SiteFollowup {
            site: session.site.clone(),
            counts: Counts::default(),
            entries: vec![],
        });
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
            site.entries.push(Entry {
                participant,
                session_date: session.date.clone(),
                opens: format_date(opens),
                closes: format_date(closes),
                status,
            });
        }
    }
    let mut sites: Vec<SiteFollowup> = sites.into_values().collect();
    for site in &mut sites {
        site.entries.sort_by(|a, b| {
            (a.status, &a.closes, &a.participant.code).cmp(&(
                b.status,
                &b.closes,
                &b.participant.code,
            ))
        });
    }
    sites.sort_by_key(|s| s.site.name.to_lowercase());
    Ok(sites)
}

/// The people of `site` still to be seen (due, overdue, upcoming), soonest first.
pub fn recall(store: &Store, site: i64, today: Date) -> Result<SiteFollowup> {
    let mut found =
        overview(store, today)?.into_iter().find(|s| s.site.id == site).ok_or(Error::NotFound)?;
    found.entries.retain(|e| matches!(e.status, Status::Due | Status::Overdue | Status::Upcoming));
    found
        .entries
        .sort_by(|a, b| (&a.opens, &a.participant.code).cmp(&(&b.opens, &b.participant.code)));
    Ok(found)
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
        let event =
            icalendar::Event::new()
                .uid(&format!("respond-followup-{}@respond.local", entry.participant.code))
                .summary(&l10n.tr(
                    "followup-calendar-event",
                    &[("code", entry.participant.code.clone().into())],
                ))
                .description(&l10n.tr(
                    "followup-calendar-description",
                    &[
                        ("site", list.site.name.clone().into()),
                        ("session", l10n.date(&entry.session_date).into()),
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
    chrono::NaiveDate::from_ymd_opt(date.year(), date.month() as u32, date.day() as u32)
        .expect("a valid date")
}

/// Records the booster module given after the follow-up quiz.
pub fn record_booster(
    store: &Store,
    library: &Library,
    participant: i64,
    module: &str,
) -> Result<()> {
    roster::get(store, participant)?;
    if library.module(module).is_none() {
        return Err(invalid("module", "unknown"));
    }
    store.conn().execute(
        "INSERT INTO boosters (participant_id, module_id, given_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (participant_id) DO UPDATE SET module_id = excluded.module_id, given_at = excluded.given_at",
        params![participant, module, now()],
    )?;
    audit::record(
        store.conn(),
        Action::Edit,
        "followup",
        Some(participant),
        &format!("booster {module}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn windows_run_from_three_to_six_months_and_clamp_to_short_months() {
        let w = FollowupWindow::default();
        assert_eq!(
            window(date!(2026 - 01 - 15), w),
            (date!(2026 - 04 - 15), date!(2026 - 07 - 14))
        );
        assert_eq!(
            window(date!(2025 - 11 - 30), w),
            (date!(2026 - 02 - 28), date!(2026 - 05 - 29))
        );
        assert_eq!(
            window(date!(2023 - 11 - 30), w),
            (date!(2024 - 02 - 29), date!(2024 - 05 - 29))
        );
    }

    #[test]
    fn a_session_at_the_end_of_the_calendar_has_a_window_not_a_panic() {
        let (opens, closes) = window(date!(9999 - 12 - 31), FollowupWindow::default());
        assert_eq!(opens, Date::MAX);
        assert!(closes < opens, "a window that never opens: {closes}");
        assert_eq!(status(opens, closes, false, date!(2026 - 12 - 04)), Status::Upcoming);
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
}

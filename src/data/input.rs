//! Checks on what people type, shared by every feature: text fields, dates, and the
//! `invalid-input` error that names the field and the reason.

use time::Date;

use crate::{Error, Result};

/// The longest free text a field holds (names, sites, trainers).
pub const MAX_TEXT: usize = 200;

/// Dates outside these years are typing mistakes (a session in 9999, a release in 0202).
pub const FIRST_YEAR: i32 = 1990;
pub const LAST_YEAR: i32 = 2100;

const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// The moment now, as RFC 3339 in UTC: how every record is stamped.
pub fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .expect("UTC time formats")
}

/// Today's date in UTC: the one date every part of the app (and the UI) counts from.
pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

pub fn invalid(field: &str, reason: &str) -> Error {
    Error::InvalidInput { field: field.to_string(), reason: reason.to_string() }
}

/// Reads a YYYY-MM-DD date between [`FIRST_YEAR`] and [`LAST_YEAR`]; `field` names it in
/// the error.
pub fn parse_date_of(field: &str, value: &str) -> Result<Date> {
    let date = Date::parse(value, DATE_FORMAT).map_err(|_| invalid(field, "date"))?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(invalid(field, "date-range"));
    }
    Ok(date)
}

/// Checks a YYYY-MM-DD date (see [`parse_date_of`]).
pub fn check_date(field: &str, value: &str) -> Result<()> {
    parse_date_of(field, value).map(|_| ())
}

/// Reads a stored YYYY-MM-DD date, whatever its year (records made before the range check).
pub fn parse_date(text: &str) -> Result<Date> {
    Date::parse(text, DATE_FORMAT).map_err(|_| invalid("date", "date"))
}

pub fn format_date(date: Date) -> String {
    date.format(DATE_FORMAT).expect("a calendar date formats")
}

/// Trims `value` and checks it is present (if `required`), short enough and free of
/// control characters.
pub fn clean_text(field: &str, value: &str, required: bool) -> Result<String> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(invalid(field, "required"));
    }
    if value.chars().count() > MAX_TEXT {
        return Err(invalid(field, "too-long"));
    }
    if value.chars().any(|c| c.is_control()) {
        return Err(invalid(field, "control-characters"));
    }
    Ok(value.to_string())
}

/// One entry per non-empty line, trimmed.
pub fn split_lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_outside_the_sensible_range_are_refused() {
        assert!(check_date("date", "2026-12-04").is_ok());
        assert!(check_date("date", "1990-01-01").is_ok());
        assert!(check_date("date", "2100-12-31").is_ok());
        for far in ["9999-12-31", "0202-05-01", "1989-12-31", "2101-01-01"] {
            match check_date("date", far) {
                Err(Error::InvalidInput { field, reason }) => {
                    assert_eq!((field.as_str(), reason.as_str()), ("date", "date-range"), "{far}")
                }
                other => panic!("{far}: {other:?}"),
            }
        }
        assert!(matches!(check_date("date", "2026-02-30"), Err(Error::InvalidInput { .. })));
        assert!(parse_date("9999-12-31").is_ok(), "stored dates are still read");
    }
}

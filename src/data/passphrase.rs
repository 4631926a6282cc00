//! Choosing a passphrase: a minimum length, and a rough strength shown as a hint.

use serde::Serialize;
use ts_rs::TS;

use crate::data::input::invalid;
use crate::Result;

pub const MIN_LENGTH: usize = 10;

/// From 0 (weak) to 4 (strong), and whether it is long enough to be accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Strength {
    pub score: u8,
    pub long_enough: bool,
}

/// A kind of character, and how many characters of that kind there are to guess from.
type Class = (fn(&char) -> bool, u32);

/// Estimates the bits of a passphrase from its length and the kinds of characters in it;
/// a run of one repeated character counts once. Words from a dictionary are not looked
/// for: the hint is a nudge towards length, which is what matters most.
pub fn strength(passphrase: &str) -> Strength {
    let chars: Vec<char> = passphrase.chars().collect();
    let mut pool = 0u32;
    let classes: [Class; 5] = [
        (char::is_ascii_lowercase, 26),
        (char::is_ascii_uppercase, 26),
        (char::is_ascii_digit, 10),
        (|c| c.is_ascii() && !c.is_ascii_alphanumeric(), 33),
        (|c| !c.is_ascii(), 100),
    ];
    for (is, size) in classes {
        if chars.iter().any(is) {
            pool += size;
        }
    }
    let effective =
        chars.iter().enumerate().filter(|(i, c)| *i == 0 || chars[i - 1] != **c).count();
    let bits = effective as f64 * f64::from(pool.max(1)).log2();
    let score = match bits {
        b if b < 35.0 => 0,
        b if b < 50.0 => 1,
        b if b < 65.0 => 2,
        b if b < 80.0 => 3,
        _ => 4,
    };
    Strength { score, long_enough: chars.len() >= MIN_LENGTH }
}

/// Checks a new passphrase and its confirmation: at least [`MIN_LENGTH`] characters
/// besides leading and trailing spaces, and the same twice. The one rule for the app, the
/// command line and `RESPOND_PASSPHRASE` on a new database.
pub fn check_new(passphrase: &str, confirmation: &str) -> Result<()> {
    if passphrase.trim().chars().count() < MIN_LENGTH {
        return Err(invalid("passphrase", "too-short"));
    }
    if passphrase != confirmation {
        return Err(invalid("confirmation", "mismatch"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn spaces_do_not_make_a_passphrase_long_enough() {
        assert!(check_new("          ", "          ").is_err());
        assert!(check_new("  short   ", "  short   ").is_err());
        assert!(check_new("a", "a").is_err());
        assert!(check_new("kettle river", "kettle river").is_ok());
    }

    use super::*;

    #[test]
    fn longer_and_more_varied_is_stronger() {
        assert_eq!(strength("").score, 0);
        assert!(!strength("short1!").long_enough);
        assert!(strength("aaaaaaaaaaaa").score < strength("kettle river lamp").score);
        assert!(strength("kettle river lamp").score <= strength("Kettle river lamp 42!").score);
        assert_eq!(strength("Kettle, river & lamp: 42 blue ducks").score, 4);
        assert!(strength("ééééééééééé").long_enough);
    }

    #[test]
    fn a_new_passphrase_must_be_long_enough_and_confirmed() {
        assert!(check_new("too short", "too short").is_err());
        let err = check_new("long enough now", "long enough n0w").unwrap_err();
        assert!(
            matches!(err, crate::Error::InvalidInput { ref field, .. } if field == "confirmation"),
            "{err}"
        );
        check_new("long enough now", "long enough now").unwrap();
    }
}

//! Choosing a passphrase: the one rule for a new one. (Its strength is shown by the UI,
//! which works it out in the page: the passphrase does not cross to the core as it is typed.)

use crate::data::input::invalid;
use crate::Result;

pub const MIN_LENGTH: usize = 10;

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
    use super::*;

    #[test]
    fn spaces_do_not_make_a_passphrase_long_enough() {
        assert!(check_new("          ", "          ").is_err());
        assert!(check_new("  short   ", "  short   ").is_err());
        assert!(check_new("a", "a").is_err());
        assert!(check_new("kettle river", "kettle river").is_ok());
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

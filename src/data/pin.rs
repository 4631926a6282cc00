//! The PINs that leave the quiz kiosk and mentor mode: 4 to 8 digits, kept only as an
//! Argon2 hash.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use super::input::invalid;
use crate::{Error, Result};

/// The hash to keep for `pin`; a PIN that is not 4 to 8 digits is refused as `pin`.
pub fn hash(pin: &str) -> Result<String> {
    if !(4..=8).contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(invalid("pin", "pin"));
    }
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map_err(|e| Error::Internal(e.to_string()))?
        .to_string())
}

/// Whether `secret` is the PIN behind `stored`.
pub fn matches(stored: &str, secret: &str) -> bool {
    PasswordHash::new(stored)
        .is_ok_and(|hash| Argon2::default().verify_password(secret.as_bytes(), &hash).is_ok())
}

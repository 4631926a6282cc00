//! Mentor mode: the laptop handed to a peer mentor shows only "Run a session", Modules and
//! Print, in larger text, and refuses whatever could delete, erase or change its set-up,
//! until it is left with the PIN chosen when it was turned on (or the passphrase).

use crate::data::audit::{self, Action};
use crate::data::pin;
use crate::data::sql::{set_setting, setting};
use crate::{Result, Store};

const KEY: &str = "mentor_pin";

/// The commands refused in mentor mode: deleting or erasing records, restoring a backup,
/// the passphrase, the data and site settings, demo data, the pool and bundle imports.
pub const REFUSED: &[&str] = &[
    "delete_session",
    "close_session",
    "update_session",
    "remove_participant",
    "clear_answers",
    "roleplay_remove",
    "set_site",
    "set_followup_window",
    "confirm_match",
    "record_no_match",
    "load_demo",
    "delete_old_printouts",
    "change_passphrase",
    "set_data_settings",
    "restore_backup",
    "erase_session_names",
    "erase_participant_name",
    "pool_save_url",
    "pool_push",
    "bundle_import",
];

pub fn is_on(store: &Store) -> Result<bool> {
    Ok(setting(store, KEY)?.is_some())
}

/// Turns mentor mode on, to be left with `chosen` (4 to 8 digits) or the passphrase.
pub fn turn_on(store: &Store, chosen: &str) -> Result<()> {
    let hash = pin::hash(chosen)?;
    let tx = store.conn().unchecked_transaction()?;
    set_setting(store, KEY, &hash)?;
    audit::record(&tx, Action::Edit, "mentor-mode", None, "on")?;
    tx.commit()?;
    Ok(())
}

/// Leaves mentor mode if `secret` is its PIN or the database passphrase; false otherwise.
pub fn leave(store: &Store, secret: &str) -> Result<bool> {
    let Some(stored) = setting(store, KEY)? else { return Ok(true) };
    if !pin::matches(&stored, secret) && !store.is_passphrase(secret) {
        return Ok(false);
    }
    let tx = store.conn().unchecked_transaction()?;
    tx.execute("DELETE FROM settings WHERE key = ?1", [KEY])?;
    audit::record(&tx, Action::Edit, "mentor-mode", None, "off")?;
    tx.commit()?;
    Ok(true)
}

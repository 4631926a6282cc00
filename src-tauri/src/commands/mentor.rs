//! Mentor mode: turned on in Settings with a PIN; while on, the commands in
//! `mentor::REFUSED` are refused whatever the page asks.

use respond::sessions::mentor;
use respond::{Error, IpcError};
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn mentor_state(state: State<'_, AppState>) -> Result<bool, IpcError> {
    with_store(&state, mentor::is_on)
}

#[tauri::command]
pub async fn mentor_on(
    state: State<'_, AppState>,
    pin: zeroize::Zeroizing<String>,
) -> Result<(), IpcError> {
    with_store(&state, |store| mentor::turn_on(store, &pin))
}

/// Leaves mentor mode with its PIN or the passphrase; false for a wrong one.
#[tauri::command]
pub async fn mentor_leave(
    state: State<'_, AppState>,
    secret: zeroize::Zeroizing<String>,
) -> Result<bool, IpcError> {
    with_store(&state, |store| mentor::leave(store, &secret))
}

/// Whether `command` may run now: all but the refused ones, or all when mentor mode is off
/// (or the app is locked, when only the unlock screen's commands work anyway).
pub fn allows(state: &AppState, command: &str) -> bool {
    !mentor::REFUSED.contains(&command) || !state.vault.with_store(mentor::is_on).unwrap_or(false)
}

pub fn refusal() -> IpcError {
    Error::MentorMode.into()
}

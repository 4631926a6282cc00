//! One module per feature; each command takes its arguments and state, calls the core and
//! maps the error to the IPC shape `{ code, message }`. Commands that touch the database
//! are async so that Tauri runs them on its worker threads, never on the UI thread.

pub mod app;
pub mod bundle;
pub mod data;
pub mod followup;
pub mod jobs;
pub mod kiosk;
pub mod mentor;
pub mod modules;
pub mod pool;
pub mod print;
pub mod programme;
pub mod projector;
pub mod quiz;
pub mod results;
pub mod roleplay;
pub mod roster;
pub mod run;
pub mod scan;
pub mod sessions;
pub mod settings;

use respond::{IpcError, Store};

use crate::AppState;

pub(crate) fn with_store<T>(
    state: &AppState,
    f: impl FnOnce(&Store) -> respond::Result<T>,
) -> Result<T, IpcError> {
    Ok(state.vault.with_store(f)?)
}

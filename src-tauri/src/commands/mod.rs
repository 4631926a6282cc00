//! One module per feature; each command takes its arguments and state, calls the core and
//! maps the error to the IPC shape `{ code, message }`. Commands that touch the database
//! are async so that Tauri runs them on its worker threads, never on the UI thread.

pub mod app;
pub mod data;
pub mod followup;
pub mod modules;
pub mod print;
pub mod quiz;
pub mod results;
pub mod roster;
pub mod sessions;
pub mod settings;

use respond::{IpcError, Store};

use crate::AppState;

pub(crate) fn with_store<T>(
    state: &AppState,
    f: impl FnOnce(&Store) -> respond::Result<T>,
) -> Result<T, IpcError> {
    let store = state.store();
    let store = store.as_ref().ok_or(respond::Error::Locked)?;
    // A bug in the core answers `internal` for this one command; the app stays usable
    // (an open transaction rolls back as it unwinds).
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(store)))
        .map_err(|panic| IpcError::internal(panic_text(&panic)))?
        .map_err(IpcError::from)
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into())
}

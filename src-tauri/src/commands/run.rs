//! The guided session for peer mentors: where it stands, kept across restarts.

use respond::sessions::run::{self, Run};
use respond::IpcError;
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn run_current(state: State<'_, AppState>) -> Result<Option<Run>, IpcError> {
    with_store(&state, run::current)
}

#[tauri::command]
pub async fn run_save(state: State<'_, AppState>, run: Run) -> Result<(), IpcError> {
    with_store(&state, |store| run::save(store, &run))
}

#[tauri::command]
pub async fn run_finish(state: State<'_, AppState>) -> Result<(), IpcError> {
    with_store(&state, run::finish)
}

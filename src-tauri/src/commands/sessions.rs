use respond::sessions::{self, Session, SessionInput, Site};
use respond::IpcError;
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn list_sessions(state: State<'_, AppState>) -> Result<Vec<Session>, IpcError> {
    with_store(&state, sessions::list)
}

#[tauri::command]
pub async fn list_sites(state: State<'_, AppState>) -> Result<Vec<Site>, IpcError> {
    with_store(&state, sessions::list_sites)
}

#[tauri::command]
pub async fn get_session(state: State<'_, AppState>, id: i64) -> Result<Session, IpcError> {
    with_store(&state, |store| sessions::get(store, id))
}

#[tauri::command]
pub async fn create_session(
    state: State<'_, AppState>,
    input: SessionInput,
) -> Result<Session, IpcError> {
    with_store(&state, |store| sessions::create(store, state.library(), &input))
}

#[tauri::command]
pub async fn update_session(
    state: State<'_, AppState>,
    id: i64,
    input: SessionInput,
) -> Result<Session, IpcError> {
    with_store(&state, |store| sessions::update(store, state.library(), id, &input))
}

#[tauri::command]
pub async fn close_session(
    state: State<'_, AppState>,
    id: i64,
    closed: bool,
) -> Result<Session, IpcError> {
    with_store(&state, |store| sessions::set_closed(store, id, closed))
}

#[tauri::command]
pub async fn delete_session(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    // A session goes with everyone's answers: a backup first, so it can be brought back.
    state.vault.back_up_now(&respond::jobs::Job::quiet())?;
    with_store(&state, |store| sessions::delete(store, id))
}

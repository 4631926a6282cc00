use respond::sessions::roster::{self, Participant, ParticipantInput};
use respond::IpcError;
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn list_participants(
    state: State<'_, AppState>,
    session: i64,
) -> Result<Vec<Participant>, IpcError> {
    with_store(&state, |store| roster::list(store, session))
}

#[tauri::command]
pub async fn add_participant(
    state: State<'_, AppState>,
    session: i64,
    input: ParticipantInput,
) -> Result<Participant, IpcError> {
    with_store(&state, |store| roster::add(store, session, &input))
}

#[tauri::command]
pub async fn update_participant(
    state: State<'_, AppState>,
    id: i64,
    input: ParticipantInput,
) -> Result<Participant, IpcError> {
    with_store(&state, |store| roster::update(store, id, &input))
}

#[tauri::command]
pub async fn remove_participant(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    with_store(&state, |store| roster::remove(store, id))
}

/// Undo of an add: refused once anything was recorded for the person.
#[tauri::command]
pub async fn undo_add_participant(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    with_store(&state, |store| roster::undo_add(store, id))
}

/// Records (or with `None` clears) a participant's naloxone kit.
#[tauri::command]
pub async fn set_kit(
    state: State<'_, AppState>,
    participant: i64,
    kit: Option<respond::sessions::kits::Kit>,
) -> Result<(), IpcError> {
    with_store(&state, |store| respond::sessions::kits::set(store, participant, kit.as_ref()))
}

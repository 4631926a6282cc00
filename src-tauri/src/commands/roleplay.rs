//! Role-plays: the checklist of a session, and the trainer's scoring of one person or a pair.

use respond::content::roleplay::ChecklistView;
use respond::quiz::attempts::Phase;
use respond::roleplay::{self, Draft, RolePlay, RolePlayInput};
use respond::{IpcError, Language};
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn roleplay_checklist(
    state: State<'_, AppState>,
    session: i64,
    lang: Language,
) -> Result<ChecklistView, IpcError> {
    with_store(&state, |store| {
        roleplay::checklist_for_session(store, state.library(), session, lang)
    })
}

#[tauri::command]
pub async fn roleplay_list(
    state: State<'_, AppState>,
    session: i64,
) -> Result<Vec<RolePlay>, IpcError> {
    with_store(&state, |store| roleplay::list(store, session))
}

#[tauri::command]
pub async fn roleplay_save(
    state: State<'_, AppState>,
    input: RolePlayInput,
) -> Result<(), IpcError> {
    with_store(&state, |store| roleplay::save(store, state.library(), &input))
}

#[tauri::command]
pub async fn roleplay_remove(
    state: State<'_, AppState>,
    participant: i64,
    phase: Phase,
) -> Result<(), IpcError> {
    with_store(&state, |store| roleplay::remove(store, participant, phase))
}

#[tauri::command]
pub async fn roleplay_draft(
    state: State<'_, AppState>,
    session: i64,
) -> Result<Option<Draft>, IpcError> {
    with_store(&state, |store| roleplay::draft(store, session))
}

#[tauri::command]
pub async fn roleplay_keep_draft(
    state: State<'_, AppState>,
    session: i64,
    draft: Option<Draft>,
) -> Result<(), IpcError> {
    with_store(&state, |store| roleplay::keep_draft(store, session, draft.as_ref()))
}

#[tauri::command]
pub async fn roleplay_under_way(state: State<'_, AppState>) -> Result<Option<i64>, IpcError> {
    with_store(&state, roleplay::under_way)
}

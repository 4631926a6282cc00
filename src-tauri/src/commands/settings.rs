use respond::settings::{self, Settings, TextSize};
use respond::{IpcError, Language};
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, IpcError> {
    with_store(&state, |store| settings::load(store, Language::from_os()))
}

#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), IpcError> {
    with_store(&state, |store| settings::set_language(store, language))
}

#[tauri::command]
pub async fn set_text_size(state: State<'_, AppState>, size: TextSize) -> Result<(), IpcError> {
    with_store(&state, |store| settings::set_text_size(store, size))
}

#[tauri::command]
pub async fn set_site(
    state: State<'_, AppState>,
    country: Option<String>,
    local_services: Vec<String>,
) -> Result<(), IpcError> {
    with_store(&state, |store| settings::set_site(store, country.as_deref(), &local_services))
}

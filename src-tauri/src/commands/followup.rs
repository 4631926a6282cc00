use respond::data::files;
use respond::followup::{self, Candidate, MatchRate, Method, SiteFollowup};
use respond::sessions::codes::SgicParts;
use respond::settings::{self, FollowupWindow};
use respond::{IpcError, Language};
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn followup_overview(state: State<'_, AppState>) -> Result<Vec<SiteFollowup>, IpcError> {
    with_store(&state, |store| followup::overview(store, respond::data::input::today()))
}

#[tauri::command]
pub async fn set_followup_window(
    state: State<'_, AppState>,
    window: FollowupWindow,
) -> Result<(), IpcError> {
    with_store(&state, |store| settings::set_followup_window(store, window))
}

#[tauri::command]
pub async fn find_by_code(state: State<'_, AppState>, code: String) -> Result<Candidate, IpcError> {
    with_store(&state, |store| followup::find_by_code(store, &code))
}

#[tauri::command]
pub async fn find_by_sgic(
    state: State<'_, AppState>,
    parts: SgicParts,
    site: Option<i64>,
) -> Result<Vec<Candidate>, IpcError> {
    with_store(&state, |store| followup::find_by_sgic(store, &parts, site))
}

#[tauri::command]
pub async fn confirm_match(
    state: State<'_, AppState>,
    participant: i64,
    method: Method,
    similarity: f64,
) -> Result<(), IpcError> {
    with_store(&state, |store| followup::confirm(store, participant, method, similarity))
}

#[tauri::command]
pub async fn record_no_match(
    state: State<'_, AppState>,
    site: Option<i64>,
) -> Result<(), IpcError> {
    with_store(&state, |store| followup::not_found(store, site))
}

#[tauri::command]
pub async fn match_rate(
    state: State<'_, AppState>,
    site: Option<i64>,
) -> Result<MatchRate, IpcError> {
    with_store(&state, |store| followup::match_rate(store, site))
}

#[tauri::command]
pub async fn record_booster(
    state: State<'_, AppState>,
    participant: i64,
    module: String,
) -> Result<(), IpcError> {
    with_store(&state, |store| {
        followup::record_booster(store, state.library(), participant, &module)
    })
}

/// Saves the site's follow-up windows as an .ics file in the print folder; returns where.
#[tauri::command]
pub async fn save_calendar(
    state: State<'_, AppState>,
    site: i64,
    lang: Language,
) -> Result<String, IpcError> {
    let text = with_store(&state, |store| {
        followup::calendar(store, site, lang, respond::data::input::today())
    })?;
    Ok(files::save_file(&format!("followup-{site}"), "ics", text.as_bytes())?.display().to_string())
}

use respond::content::{Country, ModuleSummary, ModuleView, Template};
use respond::i18n::Localizer;
use respond::{settings, IpcError, Language};
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn list_modules(
    state: State<'_, AppState>,
    lang: Language,
) -> Result<Vec<ModuleSummary>, IpcError> {
    Ok(state.library().summaries(lang))
}

/// Module `id` in `lang`, with the emergency number and local services of the usual site.
#[tauri::command]
pub async fn get_module(
    state: State<'_, AppState>,
    id: String,
    lang: Language,
) -> Result<ModuleView, IpcError> {
    with_store(&state, |store| settings::module_view(store, state.library(), &id, lang))
}

#[tauri::command]
pub async fn list_templates(state: State<'_, AppState>) -> Result<Vec<Template>, IpcError> {
    Ok(state.library().templates().to_vec())
}

#[tauri::command]
pub async fn list_countries(state: State<'_, AppState>) -> Result<Vec<Country>, IpcError> {
    Ok(state.library().countries().to_vec())
}

/// Problems found in the content files, as `path:line: message` in `lang`.
#[tauri::command]
pub async fn content_problems(
    state: State<'_, AppState>,
    lang: Language,
) -> Result<Vec<String>, IpcError> {
    let l10n = Localizer::new(lang);
    Ok(state.library().problems().iter().map(|p| p.render(&l10n)).collect())
}

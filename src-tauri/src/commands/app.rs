use respond::data::app::AppInfo;
use respond::IpcError;
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    with_store(&state, |store| Ok(respond::data::app::info(store)))
}

/// The UI calls this once it has painted and handles input; the startup benchmark waits for
/// it. The training content starts loading then, behind the start screen.
#[tauri::command]
pub fn ui_ready(state: State<'_, AppState>) {
    respond::bench::report_ready();
    state.load_library();
}

/// Today's date (YYYY-MM-DD, UTC) as the core counts it: forms start from it.
#[tauri::command]
pub fn today() -> String {
    respond::data::input::format_date(respond::data::input::today())
}

use respond::results::evaluation::Scope;
use respond::results::programme::{self, ProgrammeReturn};
use respond::{IpcError, Language};
use tauri::State;

use super::with_store;
use crate::AppState;

/// The quarterly return of the sessions dated from `from` to `to`, as the Programme page
/// shows it.
#[tauri::command]
pub async fn programme_return(
    state: State<'_, AppState>,
    from: String,
    to: String,
    lang: Language,
) -> Result<ProgrammeReturn, IpcError> {
    with_store(&state, |store| {
        programme::programme_return(store, state.library(), &Scope::Period { from, to }, lang)
    })
}

//! The regional pool (`respond::pool`): its address kept in the encrypted database, a
//! connection test, and a push that reports each stage as it begins.

use respond::pool::{self, PoolSettings, PoolStatus, Progress, PushSummary};
use respond::IpcError;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use super::with_store;
use crate::AppState;

/// Runs `f` off the async runtime: the PostgreSQL client blocks on a runtime of its own.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .map_err(|e| IpcError::internal(e.to_string()))?
}

#[tauri::command]
pub async fn pool_settings(state: State<'_, AppState>) -> Result<PoolSettings, IpcError> {
    with_store(&state, pool::settings)
}

/// Keeps `url` (empty: forgets it).
#[tauri::command]
pub async fn pool_save_url(
    state: State<'_, AppState>,
    url: String,
) -> Result<PoolSettings, IpcError> {
    with_store(&state, |store| {
        pool::save_url(store, &url)?;
        pool::settings(store)
    })
}

/// Keeps `url`, then connects and says what the pool holds.
#[tauri::command]
pub async fn pool_check(app: AppHandle, url: String) -> Result<PoolStatus, IpcError> {
    blocking(app, move |state| {
        with_store(state, |store| pool::save_url(store, &url))?;
        Ok(pool::check(&url)?)
    })
    .await
}

/// Keeps `url`, then pushes this installation's records, telling `progress` of each stage.
#[tauri::command]
pub async fn pool_push(
    app: AppHandle,
    url: String,
    progress: Channel<Progress>,
) -> Result<PushSummary, IpcError> {
    blocking(app, move |state| {
        with_store(state, |store| {
            pool::save_url(store, &url)?;
            pool::push(store, state.library(), &url, &mut |p| {
                // A closed window stops listening; the push goes on.
                let _ = progress.send(p);
            })
        })
    })
    .await
}

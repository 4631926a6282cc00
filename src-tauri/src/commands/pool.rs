//! The regional pool (`respond::pool`): its address kept in the encrypted database, a
//! connection test, and a push that reports each stage as it begins.

use respond::jobs::JobProgress;
use respond::pool::{self, PoolSettings, PoolStatus, Progress, PushSummary};
use respond::IpcError;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

use super::jobs::{self, blocking};
use super::with_store;
use crate::AppState;

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

/// Keeps `url`, then connects and says what the pool holds. Off the async runtime: the
/// PostgreSQL client blocks on a runtime of its own.
#[tauri::command]
pub async fn pool_check(app: AppHandle, url: String) -> Result<PoolStatus, IpcError> {
    blocking(app, move |state| {
        with_store(state, |store| pool::save_url(store, &url))?;
        Ok(pool::check(&url)?)
    })
    .await
}

/// Keeps `url`, then pushes this installation's records as the job `job`, telling `stages`
/// of each stage.
#[tauri::command]
pub async fn pool_push(
    app: AppHandle,
    url: String,
    stages: Channel<Progress>,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<PushSummary, IpcError> {
    jobs::run(app, job, progress, move |state, job| {
        with_store(state, |store| {
            pool::save_url(store, &url)?;
            let mut stage = |p| {
                // A closed window stops listening; the push goes on.
                let _ = stages.send(p);
            };
            pool::push(store, state.library(), &url, &mut stage, job)
        })
    })
    .await
}

//! Long jobs: each runs on a thread of its own (never holding up the async runtime, which
//! `job_cancel` needs), tells the page how far it is on a channel, and stops when the page
//! asks. The page names each job with a number of its own choosing.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use respond::jobs::{Job, JobProgress};
use respond::IpcError;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use crate::AppState;

/// The stop flags of the jobs running.
#[derive(Default)]
pub struct Jobs(Mutex<HashMap<u32, Arc<AtomicBool>>>);

impl Jobs {
    fn flags(&self) -> std::sync::MutexGuard<'_, HashMap<u32, Arc<AtomicBool>>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Runs `work` off the async runtime.
pub(crate) async fn blocking<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(&AppState) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(move || work(&app.state::<AppState>()))
        .await
        .map_err(|e| IpcError::internal(e.to_string()))?
}

/// Runs `work` off the async runtime as the job `id`, its progress sent to `progress`.
pub(crate) async fn run<T: Send + 'static>(
    app: AppHandle,
    id: u32,
    progress: Channel<JobProgress>,
    work: impl FnOnce(&AppState, &Job) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    let cancel = Arc::new(AtomicBool::new(false));
    app.state::<AppState>().jobs.flags().insert(id, cancel.clone());
    let job = Job::new(cancel, move |p| {
        // A page that went away stops listening; the job goes on until it is stopped.
        let _ = progress.send(p);
    });
    let result = blocking(app.clone(), move |state| work(state, &job)).await;
    app.state::<AppState>().jobs.flags().remove(&id);
    result
}

/// The command that stops a job, let through before the kiosk's and mentor mode's checks.
pub const CANCEL: &str = "job_cancel";

/// Asks the job `id` to stop; it ends with the error `cancelled`, having kept nothing.
/// Not async: it must get through while every worker waits on a long job's database.
#[tauri::command]
pub fn job_cancel(state: State<'_, AppState>, id: u32) {
    if let Some(flag) = state.jobs.flags().get(&id) {
        flag.store(true, Ordering::SeqCst);
    }
}

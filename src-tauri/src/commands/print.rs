use std::path::PathBuf;

use respond::data::files;
use respond::jobs::JobProgress;
use respond::print::{self, certificates, PrintRequest};
use respond::{Error, IpcError};
use tauri::ipc::{Channel, Response};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use super::{jobs, with_store};
use crate::AppState;

/// Who in `session` gets no certificate (no name, or one the fonts cannot print).
#[tauri::command]
pub async fn certificate_skips(
    state: State<'_, AppState>,
    session: i64,
) -> Result<Vec<certificates::Skipped>, IpcError> {
    with_store(&state, |store| certificates::skipped(store, session))
}

/// Where "Save" puts files, shown before anything is written.
#[tauri::command]
pub fn print_folder() -> Result<String, IpcError> {
    Ok(files::print_dir()?.display().to_string())
}

/// Deletes printouts, exports and calendars older than `days` days from the print folder.
#[tauri::command]
pub async fn delete_old_printouts(days: u32) -> Result<usize, IpcError> {
    Ok(files::delete_printouts_older_than(days)?)
}

/// Makes the document `request` asks for, as the job `job`.
async fn make(
    app: AppHandle,
    request: PrintRequest,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<print::Printout, IpcError> {
    jobs::run(app, job, progress, move |state, job| {
        with_store(state, |store| print::make(store, state.library(), &request, job))
    })
    .await
}

/// The PDF itself, sent as raw bytes, for the Print page to show its first page.
#[tauri::command]
pub async fn preview_printout(
    app: AppHandle,
    request: PrintRequest,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<Response, IpcError> {
    Ok(Response::new(make(app, request, job, progress).await?.pdf))
}

/// Saves the document in the print folder and returns where.
#[tauri::command]
pub async fn save_printout(
    app: AppHandle,
    state: State<'_, AppState>,
    request: PrintRequest,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<String, IpcError> {
    let printout = make(app, request, job, progress).await?;
    let path = files::save_pdf(&printout.name, &printout.pdf)?;
    with_store(&state, |store| print::record_saved(store, &printout))?;
    Ok(path.display().to_string())
}

/// Asks where to save (the system's save dialog, opened from here so that the page never
/// names a path), then saves there; `None` when the trainer cancels.
#[tauri::command]
pub async fn save_printout_as(
    app: AppHandle,
    state: State<'_, AppState>,
    request: PrintRequest,
    title: String,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<Option<String>, IpcError> {
    let printout = make(app.clone(), request, job, progress).await?;
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(files::file_name(&printout.name))
        .add_filter("PDF", &["pdf"]);
    if let Ok(dir) = files::print_dir() {
        dialog = dialog.set_directory(dir);
    }
    let Some(chosen) = dialog.blocking_save_file() else { return Ok(None) };
    let path = chosen
        .into_path()
        .map_err(|e| IpcError::from(Error::Io(std::io::Error::other(e.to_string()))))?;
    files::write_whole(&path, &printout.pdf)?;
    with_store(&state, |store| print::record_saved(store, &printout))?;
    if let Ok(mut saved) = state.saved_as.lock() {
        saved.push(path.clone());
    }
    Ok(Some(path.display().to_string()))
}

/// Opens a saved printout in the system's PDF viewer: only a PDF of the print folder, or
/// one the trainer saved through the dialog.
#[tauri::command]
pub async fn open_printout(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<(), IpcError> {
    let path = PathBuf::from(path);
    let chosen = state.saved_as.lock().is_ok_and(|saved| saved.contains(&path));
    if !chosen && !files::is_printout(&path)? {
        return Err(Error::NotFound.into());
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| IpcError::from(Error::Io(std::io::Error::other(e.to_string()))))
}

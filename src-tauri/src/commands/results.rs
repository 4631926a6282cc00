use respond::data::files;
use respond::jobs::JobProgress;
use respond::results::demo::{self, Summary};
use respond::results::evaluation::Scope;
use respond::results::export::{self, ExportOptions};
use respond::results::items::{self, ItemAnalysis};
use respond::results::syntax;
use respond::results::view::{self, ResultsView};
use respond::{Error, IpcError, Language};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::{jobs, with_store};
use crate::AppState;

#[tauri::command]
pub async fn results_view(
    state: State<'_, AppState>,
    scope: Scope,
    lang: Language,
) -> Result<ResultsView, IpcError> {
    with_store(&state, |store| view::view(store, state.library(), scope, lang))
}

/// Whether the quiz works: item statistics for the Items tab.
#[tauri::command]
pub async fn item_analysis(
    state: State<'_, AppState>,
    scope: Scope,
    lang: Language,
) -> Result<ItemAnalysis, IpcError> {
    with_store(&state, |store| items::analyse(store, state.library(), &scope, lang))
}

/// Fills an empty database with sample data, for a first look at Results.
#[tauri::command]
pub async fn load_demo(
    app: AppHandle,
    lang: Language,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<Summary, IpcError> {
    jobs::run(app, job, progress, move |state, job| {
        with_store(state, |store| demo::fill(store, state.library(), 240, lang, 1, job))
    })
    .await
}

fn export_name(options: &ExportOptions) -> String {
    format!("{}-{}", options.format.file_stem(), respond::data::input::today())
}

/// Saves the export in the print folder, as the job `job`; returns where.
#[tauri::command]
pub async fn save_export(
    app: AppHandle,
    scope: Scope,
    options: ExportOptions,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<String, IpcError> {
    let name = export_name(&options);
    jobs::run(app, job, progress, move |state, job| {
        with_store(state, |store| {
            let path = files::save_with(&name, options.format.extension(), |out| {
                export::write(store, state.library(), &scope, &options, out, job)
            })?;
            syntax::save_beside(store, state.library(), &scope, &options, &path)?;
            Ok(path.display().to_string())
        })
    })
    .await
}

/// Asks where to save with the system's dialog, then writes the export there as the job
/// `job`; `None` when the trainer cancels the dialog.
#[tauri::command]
pub async fn save_export_as(
    app: AppHandle,
    scope: Scope,
    options: ExportOptions,
    title: String,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<Option<String>, IpcError> {
    let extension = options.format.extension();
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(format!("{}.{extension}", export_name(&options)))
        .add_filter(extension, &[extension]);
    if let Ok(dir) = files::print_dir() {
        dialog = dialog.set_directory(dir);
    }
    let Some(chosen) = dialog.blocking_save_file() else { return Ok(None) };
    let path = chosen
        .into_path()
        .map_err(|e| IpcError::from(Error::Io(std::io::Error::other(e.to_string()))))?;
    jobs::run(app, job, progress, move |state, job| {
        with_store(state, |store| {
            files::write_with(&path, |out| {
                export::write(store, state.library(), &scope, &options, out, job)
            })?;
            syntax::save_beside(store, state.library(), &scope, &options, &path)?;
            Ok(Some(path.display().to_string()))
        })
    })
    .await
}

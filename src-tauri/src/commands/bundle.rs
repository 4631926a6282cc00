//! Sharing with another laptop: bundles made and read by the core (`respond::bundle`),
//! saved to and found in the print folder, or chosen in the system's file dialog.

use respond::bundle::merge::{self, BundlePreview, ImportOptions};
use respond::bundle::{self, BundleFile, Exported, Identity, Selection};
use respond::data::{files, passphrase};
use respond::jobs::JobProgress;
use respond::{Error, IpcError};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use zeroize::Zeroizing;

use super::{jobs, with_store};
use crate::AppState;

type Secret = Zeroizing<String>;

/// This laptop's id and key fingerprint, for the other laptop to compare.
#[tauri::command]
pub async fn bundle_identity(state: State<'_, AppState>) -> Result<Identity, IpcError> {
    with_store(&state, bundle::identity)
}

/// The bundles in the print folder, newest first.
#[tauri::command]
pub async fn bundle_files() -> Result<Vec<BundleFile>, IpcError> {
    Ok(bundle::files_in(&files::print_dir()?))
}

/// Makes a bundle with a new passphrase (typed twice) and saves it in the print folder.
#[tauri::command]
pub async fn bundle_export(
    state: State<'_, AppState>,
    selection: Selection,
    passphrase: Secret,
    again: Secret,
) -> Result<Exported, IpcError> {
    passphrase::check_new(&passphrase, &again)?;
    let (bytes, counts, me) = with_store(&state, |store| {
        let (bytes, counts) = bundle::export(store, &selection, &passphrase)?;
        Ok((bytes, counts, bundle::identity(store)?))
    })?;
    // The laptop in the name: two laptops' bundles of one day can sit in one folder.
    let today = respond::data::input::format_date(respond::data::input::today());
    let name = format!("respond-{today}-{}", &me.installation[..6]);
    let path = files::save_file(&name, bundle::EXTENSION, &bytes)?;
    Ok(Exported { path: path.display().to_string(), counts })
}

/// Asks for a bundle file in the system's dialog; `None` when cancelled.
#[tauri::command]
pub async fn bundle_pick(app: AppHandle, title: String) -> Result<Option<String>, IpcError> {
    let chosen = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(bundle::EXTENSION, &[bundle::EXTENSION])
        .blocking_pick_file();
    let Some(chosen) = chosen else { return Ok(None) };
    let path = chosen
        .into_path()
        .map_err(|e| IpcError::from(Error::Io(std::io::Error::other(e.to_string()))))?;
    Ok(Some(path.display().to_string()))
}

fn read(path: &str) -> Result<Vec<u8>, IpcError> {
    Ok(std::fs::read(path).map_err(Error::from)?)
}

/// What importing the bundle at `path` would do; nothing is written.
#[tauri::command]
pub async fn bundle_preview(
    state: State<'_, AppState>,
    path: String,
    passphrase: Secret,
) -> Result<BundlePreview, IpcError> {
    let bytes = read(&path)?;
    with_store(&state, |store| merge::preview(store, &bytes, &passphrase))
}

/// Imports the bundle at `path`, as the job `job`: all of it, or nothing.
#[tauri::command]
pub async fn bundle_import(
    app: AppHandle,
    path: String,
    passphrase: Secret,
    options: ImportOptions,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<BundlePreview, IpcError> {
    let bytes = read(&path)?;
    jobs::run(app, job, progress, move |state, job| {
        with_store(state, |store| merge::import(store, &bytes, &passphrase, options, job))
    })
    .await
}

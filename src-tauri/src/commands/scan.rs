//! Scanned answer sheets: files chosen in the system's dialog (or a folder, or dropped on
//! the grid) read by the core (`respond::scan`); nothing is stored until `scan_save`.

use respond::quiz::attempts::Phase;
use respond::scan::{self, ConfirmedSheet, ScanFile, ScanFolder, ScanResult, SheetReading};
use respond::{Error, IpcError};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::with_store;
use crate::AppState;

/// Asks for scans (`folder`: a folder, whose scans are all taken); empty when cancelled.
#[tauri::command]
pub async fn scan_pick(
    app: AppHandle,
    title: String,
    folder: bool,
) -> Result<Vec<String>, IpcError> {
    let dialog = app.dialog().file().set_title(title);
    let chosen = if folder {
        let Some(dir) = dialog.blocking_pick_folder() else { return Ok(vec![]) };
        let dir = dir.into_path().map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        scan::files_in(&dir)?
    } else {
        dialog
            .add_filter("PNG, JPEG, TIFF, PDF", &["png", "jpg", "jpeg", "tif", "tiff", "pdf"])
            .blocking_pick_files()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|f| f.into_path().ok())
            .collect()
    };
    Ok(chosen.into_iter().map(|p| p.display().to_string()).collect())
}

/// The folder a scanner can save into, and the scans in it.
#[tauri::command]
pub async fn scan_folder() -> Result<ScanFolder, IpcError> {
    let dir = scan::folder()?;
    let files = scan::files_in(&dir)?.iter().map(|p| p.display().to_string()).collect();
    Ok(ScanFolder { path: dir.display().to_string(), files })
}

fn files(paths: &[String]) -> Result<Vec<ScanFile>, IpcError> {
    paths
        .iter()
        .map(|p| Ok(ScanFile { name: p.clone(), bytes: std::fs::read(p).map_err(Error::from)? }))
        .collect()
}

/// Reads the scans at `paths` as sheets of `session` at `phase`.
#[tauri::command]
pub async fn scan_read(
    state: State<'_, AppState>,
    session: i64,
    phase: Phase,
    paths: Vec<String>,
) -> Result<ScanResult, IpcError> {
    let files = files(&paths)?;
    with_store(&state, |store| scan::read(store, state.library(), session, phase, &files, true))
}

/// Reads page `index` of the scan at `path` as page `page` of `participant`'s sheet.
#[tauri::command]
pub async fn scan_read_as(
    state: State<'_, AppState>,
    session: i64,
    phase: Phase,
    path: String,
    index: u32,
    participant: i64,
    page: u32,
) -> Result<SheetReading, IpcError> {
    let file = files(&[path])?.remove(0);
    with_store(&state, |store| {
        let library = state.library();
        let (index, page) = (index as usize, page as usize);
        scan::read_as(store, library, session, phase, &file, index, participant, page)
    })
}

/// Stores a sheet the trainer has checked.
#[tauri::command]
pub async fn scan_save(
    state: State<'_, AppState>,
    phase: Phase,
    sheet: ConfirmedSheet,
) -> Result<(), IpcError> {
    with_store(&state, |store| {
        let ConfirmedSheet { participant, answers, scanned, files } = &sheet;
        respond::quiz::attempts::record_scanned(
            store,
            state.library(),
            *participant,
            phase,
            answers,
            scanned,
            files,
        )
    })
}

//! The passphrase, locking, backups, the audit log and erasing names.

use respond::data::app::DataStatus;
use respond::data::audit::{self, AuditLog};
use respond::data::backup::{self, BackupFile, BackupPreview};
use respond::data::passphrase;
use respond::data::protection::{self, DataSettings};
use respond::data::vault;
use respond::jobs::JobProgress;
use respond::{data::names, Error, IpcError, Language};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};
use zeroize::Zeroizing;

/// A passphrase as a command receives it: wiped from memory when the command ends.
type Secret = Zeroizing<String>;
use tauri_plugin_dialog::DialogExt;

use super::{jobs, with_store};
use crate::AppState;

#[tauri::command]
pub async fn data_status(state: State<'_, AppState>) -> Result<DataStatus, IpcError> {
    Ok(DataStatus {
        state: state.vault.state(),
        unlocked: state.vault.is_unlocked(),
        language: Language::from_os(),
        min_length: passphrase::MIN_LENGTH,
    })
}

/// First run (or a database from before encryption): the passphrase chosen now encrypts it.
#[tauri::command]
pub async fn create_database(
    state: State<'_, AppState>,
    passphrase: Secret,
    confirmation: Secret,
) -> Result<(), IpcError> {
    Ok(state.vault.create(&passphrase, &confirmation)?)
}

#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passphrase: Secret) -> Result<(), IpcError> {
    Ok(state.vault.unlock(&passphrase)?)
}

/// Drops the open database, and its key, until the passphrase is typed again.
#[tauri::command]
pub async fn lock(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.vault.lock();
    Ok(())
}

#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: Secret,
    passphrase: Secret,
    confirmation: Secret,
) -> Result<(), IpcError> {
    Ok(state.vault.change_passphrase(&current, &passphrase, &confirmation)?)
}

#[tauri::command]
pub async fn get_data_settings(state: State<'_, AppState>) -> Result<DataSettings, IpcError> {
    with_store(&state, protection::data_settings)
}

#[tauri::command]
pub async fn set_data_settings(
    state: State<'_, AppState>,
    data: DataSettings,
) -> Result<(), IpcError> {
    with_store(&state, |store| protection::set_data_settings(store, data))
}

/// Listed while locked too: a damaged database is replaced from here.
#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupFile>, IpcError> {
    Ok(backup::list(state.vault.dir())?)
}

#[tauri::command]
pub async fn back_up_now(
    app: AppHandle,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<BackupFile, IpcError> {
    jobs::run(app, job, progress, |state, job| Ok(state.vault.back_up_now(job)?)).await
}

/// What a backup holds; it opens only with the passphrase it was made with.
#[tauri::command]
pub async fn preview_backup(
    state: State<'_, AppState>,
    name: String,
    passphrase: Secret,
) -> Result<BackupPreview, IpcError> {
    Ok(backup::preview(&backup::path_of(state.vault.dir(), &name)?, &passphrase)?)
}

/// Replaces the database with a backup (the current one is backed up first) and leaves it
/// open; works while locked, for a database that no longer opens.
#[tauri::command]
pub async fn restore_backup(
    app: AppHandle,
    name: String,
    passphrase: Secret,
    job: u32,
    progress: Channel<JobProgress>,
) -> Result<(), IpcError> {
    jobs::run(app, job, progress, move |state, job| {
        let source = backup::path_of(state.vault.dir(), &name)?;
        Ok(state.vault.restore(&source, &passphrase, job)?)
    })
    .await
}

#[tauri::command]
pub async fn audit_log(state: State<'_, AppState>, limit: i64) -> Result<AuditLog, IpcError> {
    with_store(&state, |store| backup::audit_log(store, limit))
}

/// Asks where to save the audit log (CSV) and writes it there; `None` when cancelled.
#[tauri::command]
pub async fn export_audit(
    app: AppHandle,
    state: State<'_, AppState>,
    title: String,
) -> Result<Option<String>, IpcError> {
    with_store(&state, |_| Ok(()))?;
    let Some(chosen) = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name("respond-audit.csv")
        .add_filter("CSV", &["csv"])
        .blocking_save_file()
    else {
        return Ok(None);
    };
    let path = chosen
        .into_path()
        .map_err(|e| IpcError::from(Error::Io(std::io::Error::other(e.to_string()))))?;
    with_store(&state, |store| audit::export_csv(store.conn(), &path))?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
pub async fn erase_session_names(
    state: State<'_, AppState>,
    session: i64,
) -> Result<usize, IpcError> {
    with_store(&state, |store| names::erase_session(store, session))
}

#[tauri::command]
pub async fn erase_participant_name(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    with_store(&state, |store| names::erase_participant(store, id))
}

/// While the app runs, a backup a day: checked every half hour, made only while unlocked.
pub fn start_daily_backups(app: AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(vault::BACKUP_CHECK);
        // A failed daily backup is tried again at the next check.
        let _ = app.state::<AppState>().vault.back_up_if_due();
    });
}

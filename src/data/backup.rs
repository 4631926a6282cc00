//! Backups of the database in `backups/` beside it: automatic ones at unlock and once a
//! day while in use, kept to the newest N; manual ones; the copies made before an upgrade
//! or a restore, which are never rotated away. All are encrypted like the database.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rusqlite::{OpenFlags, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::files::{private_dir, private_file};
use crate::data::audit::{self, Action, AuditLog, Cut};
use crate::data::store::{open_keyed, BACKUP_DIR, DATABASE_FILE};
use crate::jobs::Job;
use crate::{Error, Result, Store};

pub const AUTO: &str = "auto";
pub const MANUAL: &str = "manual";
pub const BEFORE_RESTORE: &str = "before-restore";
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BackupKind {
    Automatic,
    Manual,
    BeforeUpgrade,
    BeforeRestore,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    /// The file name, which is also how the UI names it back to `preview` and `restore`.
    pub name: String,
    pub kind: BackupKind,
    /// When it was made, RFC 3339 UTC.
    pub made_at: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// What a backup holds, shown before restoring it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupPreview {
    pub name: String,
    pub made_at: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    #[ts(type = "number")]
    pub sessions: i64,
    #[ts(type = "number")]
    pub participants: i64,
    #[ts(type = "number")]
    pub attempts: i64,
    /// The date of its newest session, YYYY-MM-DD.
    pub newest_session: Option<String>,
}

fn kind_of(name: &str) -> Option<BackupKind> {
    let label = name.strip_prefix("respond-")?;
    if label.starts_with(&format!("{AUTO}-")) {
        Some(BackupKind::Automatic)
    } else if label.starts_with(&format!("{MANUAL}-")) {
        Some(BackupKind::Manual)
    } else if label.starts_with(&format!("{BEFORE_RESTORE}-")) {
        Some(BackupKind::BeforeRestore)
    } else if label.starts_with("before-v") {
        Some(BackupKind::BeforeUpgrade)
    } else {
        None
    }
}

fn rfc3339(time: SystemTime) -> String {
    time::OffsetDateTime::from(time)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

struct Found {
    file: BackupFile,
    path: PathBuf,
    modified: SystemTime,
}

fn scan(dir: &Path) -> Result<Vec<Found>> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(vec![]) };
    let mut found = vec![];
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(kind) = name.strip_suffix(".db").and(kind_of(&name)) else { continue };
        let meta = entry.metadata()?;
        let modified = meta.modified()?;
        found.push(Found {
            file: BackupFile { name, kind, made_at: rfc3339(modified), bytes: meta.len() },
            path: entry.path(),
            modified,
        });
    }
    // Newest first; the name (which holds the time to the second) breaks ties.
    found.sort_by(|a, b| b.modified.cmp(&a.modified).then_with(|| b.file.name.cmp(&a.file.name)));
    Ok(found)
}

/// The backups in the data folder `dir`, newest first.
pub fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    Ok(scan(&dir.join(BACKUP_DIR))?.into_iter().map(|f| f.file).collect())
}

/// The path of the backup called `name` in `dir`'s backups: only a file listed there, so
/// that a name from the UI cannot point anywhere else.
pub fn path_of(dir: &Path, name: &str) -> Result<PathBuf> {
    scan(&dir.join(BACKUP_DIR))?
        .into_iter()
        .find(|f| f.file.name == name)
        .map(|f| f.path)
        .ok_or(Error::NotFound)
}

/// What the backup at `path` holds; it must open with `passphrase`. Opened read-only.
pub fn preview(path: &Path, passphrase: &str) -> Result<BackupPreview> {
    let conn = open_keyed(path, passphrase, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let count = |table: &str| -> Result<i64> {
        let exists: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
            [table],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(0);
        }
        Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    let sessions = count("sessions")?;
    let newest_session = if sessions > 0 {
        conn.query_row("SELECT max(date) FROM sessions", [], |r| r.get(0))?
    } else {
        None
    };
    let meta = std::fs::metadata(path)?;
    Ok(BackupPreview {
        name: path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default(),
        made_at: rfc3339(meta.modified()?),
        schema_version: conn.pragma_query_value(None, "user_version", |r| r.get(0))?,
        sessions,
        participants: count("participants")?,
        attempts: count("attempts")?,
        newest_session,
    })
}

/// Deletes the oldest automatic and manual backups beyond the newest `keep`. The copies
/// made before an upgrade or a restore are never deleted here.
pub fn rotate(dir: &Path, keep: usize) -> Result<usize> {
    let mut removed = 0;
    let rotating = scan(&dir.join(BACKUP_DIR))?
        .into_iter()
        .filter(|f| matches!(f.file.kind, BackupKind::Automatic | BackupKind::Manual));
    for old in rotating.skip(keep) {
        std::fs::remove_file(&old.path)?;
        removed += 1;
    }
    Ok(removed)
}

/// Makes a backup labelled `label` (`AUTO` or `MANUAL`), records it and rotates.
pub fn back_up(store: &Store, label: &str, keep: usize, job: &Job) -> Result<BackupFile> {
    let path = store.backup(label, job)?;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    audit::record(store.conn(), Action::Backup, label, None, &name)?;
    rotate(store.dir(), keep.max(1))?;
    list(store.dir())?.into_iter().find(|b| b.name == name).ok_or(Error::NotFound)
}

/// After a passphrase change: every backup that opens with `old` is re-encrypted with
/// `new`, and any other (made with a passphrase older still) is deleted, so that only
/// the passphrase in use opens anything Respond keeps. Returns (re-keyed, deleted).
pub fn rekey_all(store: &Store, old: &str, new: &str) -> Result<(usize, usize)> {
    let (mut rekeyed, mut retired) = (0, 0);
    for found in scan(&store.backup_dir())? {
        match open_keyed(&found.path, old, OpenFlags::default()) {
            Ok(conn) => {
                conn.pragma_update(None, "journal_mode", "DELETE")?;
                conn.pragma_update(None, "rekey", new)?;
                rekeyed += 1;
            }
            Err(Error::WrongPassphrase) => {
                std::fs::remove_file(&found.path)?;
                retired += 1;
            }
            Err(err) => return Err(err),
        }
    }
    audit::record(
        store.conn(),
        Action::Backup,
        "rekeyed",
        None,
        &format!("{rekeyed} re-keyed, {retired} deleted"),
    )?;
    Ok((rekeyed, retired))
}

/// The audit log as Settings shows it, checked against the newest backup too: entries it
/// held that the live log lacks (or holds changed) mean the log was cut or rewritten.
pub fn audit_log(store: &Store, limit: i64) -> Result<AuditLog> {
    let mut log = audit::list(store.conn(), limit)?;
    log.cut = cut_since_newest_backup(store)?;
    Ok(log)
}

fn cut_since_newest_backup(store: &Store) -> Result<Option<Cut>> {
    let Some(newest) = scan(&store.backup_dir())?.into_iter().next() else { return Ok(None) };
    let conn = store.conn();
    // Attached without a key of its own: it opens with the live key, as every backup does.
    if conn.execute("ATTACH DATABASE ?1 AS anchor", [newest.path.to_string_lossy()]).is_err() {
        return Ok(None);
    }
    let held: Option<(i64, String)> = conn
        .query_row("SELECT id, hash FROM anchor.audit ORDER BY id DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .ok();
    conn.execute("DETACH DATABASE anchor", [])?;
    let Some((id, hash)) = held else { return Ok(None) };
    let live: Option<String> =
        conn.query_row("SELECT hash FROM audit WHERE id = ?1", [id], |r| r.get(0)).optional()?;
    Ok((live.as_deref() != Some(hash.as_str()))
        .then_some(Cut { id, backup_made_at: newest.file.made_at }))
}

/// Whether a day has passed since the newest automatic backup (or there is none).
pub fn daily_due(dir: &Path) -> Result<bool> {
    let newest =
        scan(&dir.join(BACKUP_DIR))?.into_iter().find(|f| f.file.kind == BackupKind::Automatic);
    Ok(newest.is_none_or(|f| f.modified.elapsed().unwrap_or_default() >= DAY))
}

/// Replaces the live database with the backup at `source`, which must open with
/// `passphrase` (the one it was made with). The live database is backed up first. Returns
/// the store, open on the restored data with `passphrase`.
pub fn restore(store: Store, source: &Path, passphrase: &str, job: &Job) -> Result<Store> {
    let incoming = prepare_restore(&store, source, passphrase, job)?;
    let dir = store.dir().to_path_buf();
    drop(store);
    swap_in(&dir, &incoming, source, passphrase)
}

/// The part of a restore that may take long, and may be stopped with nothing changed:
/// checks `source`, backs up the live database, and copies `source` beside it. `job` hears
/// of the backup, then of the copy. Returns the copy, for [`swap_in`].
pub fn prepare_restore(
    store: &Store,
    source: &Path,
    passphrase: &str,
    job: &Job,
) -> Result<PathBuf> {
    preview(source, passphrase)?;
    store.backup(BEFORE_RESTORE, job)?;
    copy_beside(store.dir(), source, job)
}

/// Restores when the live database cannot be opened (damaged): its file is kept as it is,
/// under `backups/`, before being replaced.
pub fn restore_unopened(dir: &Path, source: &Path, passphrase: &str, job: &Job) -> Result<Store> {
    preview(source, passphrase)?;
    let incoming = copy_beside(dir, source, job)?;
    let live = dir.join(DATABASE_FILE);
    if live.exists() {
        let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
        private_dir(&dir.join(BACKUP_DIR))?;
        let kept =
            dir.join(BACKUP_DIR).join(format!("respond-{BEFORE_RESTORE}-damaged-{stamp}.db"));
        std::fs::copy(&live, &kept)?;
        private_file(&kept)?;
    }
    swap_in(dir, &incoming, source, passphrase)
}

/// Copies `source` into the data folder `dir`, under a name nothing opens, reporting
/// bytes to `job`; a stop or a failure removes the part copied.
fn copy_beside(dir: &Path, source: &Path, job: &Job) -> Result<PathBuf> {
    use std::io::{Read, Write};
    let incoming = dir.join(format!("{DATABASE_FILE}.restoring"));
    let copied = (|| -> Result<()> {
        let total = std::fs::metadata(source)?.len();
        let mut from = std::fs::File::open(source)?;
        let mut to = std::fs::File::create(&incoming)?;
        let mut buffer = vec![0; 1 << 20];
        let mut done = 0;
        job.step(0, total)?;
        loop {
            let n = from.read(&mut buffer)?;
            if n == 0 {
                break;
            }
            to.write_all(&buffer[..n])?;
            done += n as u64;
            job.step(done, total)?;
        }
        Ok(to.sync_all()?)
    })();
    if let Err(err) = copied {
        let _ = std::fs::remove_file(&incoming);
        return Err(err);
    }
    Ok(incoming)
}

/// Puts the copy made by [`prepare_restore`] in place of the live database (closed by
/// now) and opens it. Quick, and not stopped.
pub fn swap_in(dir: &Path, incoming: &Path, source: &Path, passphrase: &str) -> Result<Store> {
    let name = source.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let live = dir.join(DATABASE_FILE);
    for stale in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.join(format!("{DATABASE_FILE}{stale}")));
    }
    std::fs::rename(incoming, &live)?;
    let store = Store::open(dir, passphrase)?;
    audit::record(store.conn(), Action::Restore, "database", None, &name)?;
    Ok(store)
}

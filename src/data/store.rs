//! The SQLite database in the app-data folder: opening it with the passphrase (SQLCipher
//! encrypts every page), upgrading, backing up, changing the passphrase.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use super::files::{private_dir, private_file};
use crate::data::audit::{self, Action};
use crate::embedded::MIGRATIONS;
use crate::jobs::Job;
use crate::{Error, Result};

/// Overrides the data folder (tests, portable installs).
pub const DATA_DIR_ENV: &str = "RESPOND_DATA_DIR";
pub const DATABASE_FILE: &str = "respond.db";
pub const BACKUP_DIR: &str = "backups";

/// The first bytes of an unencrypted SQLite file; an encrypted one starts with random salt.
const PLAIN_HEADER: &[u8] = b"SQLite format 3\0";

/// Where Respond keeps its database: `$RESPOND_DATA_DIR`, else the OS app-data folder of
/// this computer only (`~/.local/share/respond` on Linux, `%LOCALAPPDATA%\Respond\data`
/// on Windows, never the roaming profile; `~/Library/Application Support/org.respond.Respond`
/// on macOS).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Respond", "Respond")
        .map(|d| d.data_local_dir().to_path_buf())
        .ok_or(Error::NoDataDir)
}

fn migrations() -> Vec<M<'static>> {
    MIGRATIONS
        .iter()
        .map(|(name, sql)| {
            if name.starts_with("0005") {
                M::up_with_hook(sql, crate::data::names::seal_plaintext_names)
            } else {
                M::up(sql)
            }
        })
        .collect()
}

/// What the start screen needs to know before any passphrase is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DatabaseState {
    /// First run: a passphrase is to be chosen.
    Missing,
    /// A database from a version without encryption: the passphrase chosen now encrypts it.
    Unencrypted,
    /// Unlock with the passphrase.
    Encrypted,
}

pub fn database_state(dir: &Path) -> DatabaseState {
    let path = dir.join(DATABASE_FILE);
    match std::fs::metadata(&path) {
        Err(_) => DatabaseState::Missing,
        Ok(meta) if meta.len() == 0 => DatabaseState::Missing,
        Ok(_) if is_plain(&path) => DatabaseState::Unencrypted,
        Ok(_) => DatabaseState::Encrypted,
    }
}

fn is_plain(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 16];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header)).is_ok()
        && header == PLAIN_HEADER
}

fn empty_passphrase() -> Error {
    Error::InvalidInput { field: "passphrase".into(), reason: "required".into() }
}

/// Opens a connection once SQLCipher is fully set up. SQLite marks itself initialised
/// before it runs SQLCipher's own start-up, so a second thread opening a database at that
/// moment would have its `PRAGMA key` refused; the first open in the process is therefore
/// made alone.
fn connect(path: &Path, flags: OpenFlags) -> Result<Connection> {
    static READY: std::sync::Once = std::sync::Once::new();
    READY.call_once(|| drop(Connection::open_in_memory()));
    Ok(Connection::open_with_flags(path, flags)?)
}

/// Opens `path` with `passphrase` and checks that it reads: a wrong passphrase is
/// `WrongPassphrase`, and nothing has been written to the file.
pub(crate) fn open_keyed(path: &Path, passphrase: &str, flags: OpenFlags) -> Result<Connection> {
    if passphrase.is_empty() {
        return Err(empty_passphrase());
    }
    let conn = connect(path, flags)?;
    // A wrong passphrase is an answer the UI gives, not something for SQLCipher to log.
    conn.pragma_update(None, "cipher_log_level", "NONE")?;
    conn.pragma_update(None, "key", passphrase)?;
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => Ok(conn),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(Error::WrongPassphrase)
        }
        Err(e) => Err(e.into()),
    }
}

/// Encrypts an unencrypted database file in place with `passphrase` (the database of a
/// version before encryption, or one of its backups), and overwrites the plaintext.
fn encrypt_plain_file(path: &Path, passphrase: &str) -> Result<()> {
    let encrypted = path.with_extension("encrypting");
    let _ = std::fs::remove_file(&encrypted);
    {
        let plain = connect(path, OpenFlags::default())?;
        let version: i64 = plain.pragma_query_value(None, "user_version", |r| r.get(0))?;
        plain.execute(
            "ATTACH DATABASE ?1 AS encrypted KEY ?2",
            rusqlite::params![encrypted.to_string_lossy(), passphrase],
        )?;
        plain.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        plain.pragma_update(Some("encrypted"), "user_version", version)?;
        plain.execute("DETACH DATABASE encrypted", [])?;
        plain.pragma_update(None, "journal_mode", "DELETE")?;
    }
    shred(path)?;
    std::fs::rename(&encrypted, path)?;
    Ok(())
}

/// Overwrites a file with zeros before removing it, so that its plaintext does not stay
/// in the freed blocks (on disks that write in place).
fn shred(path: &Path) -> Result<()> {
    use std::io::Write;
    let len = std::fs::metadata(path)?.len();
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    file.sync_all()?;
    drop(file);
    std::fs::remove_file(path)?;
    Ok(())
}

/// The open database. The passphrase is not kept: backups are written through this
/// connection, which holds the key SQLCipher derived from it.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the database in the default data folder.
    pub fn open_default(passphrase: &str) -> Result<Store> {
        Store::open(&data_dir()?, passphrase)
    }

    /// Opens the database in `dir` with `passphrase` (creating it, encrypted with that
    /// passphrase, on first run) and brings its schema up to date. A wrong passphrase is
    /// `Error::WrongPassphrase`, and then nothing is written: no migration, no backup.
    pub fn open(dir: &Path, passphrase: &str) -> Result<Store> {
        Store::open_with(dir, passphrase, migrations())
    }

    fn open_with(dir: &Path, passphrase: &str, steps: Vec<M<'static>>) -> Result<Store> {
        if passphrase.is_empty() {
            return Err(empty_passphrase());
        }
        let target = steps.len();
        let migrations = Migrations::new(steps);
        private_dir(dir)?;
        let path = dir.join(DATABASE_FILE);
        let state = database_state(dir);
        if state == DatabaseState::Unencrypted {
            encrypt_plain_file(&path, passphrase)?;
            encrypt_plain_backups(&dir.join(BACKUP_DIR), passphrase)?;
        }
        if state == DatabaseState::Encrypted {
            // The key is checked on a read-only connection first: a read-write one would
            // replay a crashed run's WAL into the file before a wrong key shows.
            drop(open_keyed(&path, passphrase, OpenFlags::SQLITE_OPEN_READ_ONLY)?);
        }
        let mut conn = open_keyed(&path, passphrase, OpenFlags::default())?;
        // The WAL and shared-memory files SQLite makes take the database file's mode.
        private_file(&path)?;
        // Freed pages (an erased name, a deleted key) are overwritten, not left behind.
        conn.pragma_update(None, "secure_delete", true)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(Duration::from_secs(5))?;

        let current: usize = migrations.current_version(&conn)?.into();
        if current > 0 && current < target {
            backup_to(
                &conn,
                &dir.join(BACKUP_DIR),
                &format!("before-v{}", current + 1),
                &Job::quiet(),
            )?;
        }
        // All pending migrations run in one transaction: a failure leaves the old schema.
        // Foreign keys are off meanwhile, so that a migration can rebuild a table that
        // others refer to (0008 rebuilds `participants`); they are checked after it.
        conn.pragma_update(None, "foreign_keys", false)?;
        let migrated = migrations.to_latest(&mut conn);
        conn.pragma_update(None, "foreign_keys", true)?;
        migrated?;
        let broken: i64 =
            conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
        if broken > 0 {
            return Err(Error::Corrupt(format!("{broken} rows refer to nothing")));
        }
        let store = Store { conn, path };
        if store.has_audit()? {
            let action =
                if state == DatabaseState::Missing { Action::Create } else { Action::Unlock };
            audit::record(&store.conn, action, "database", None, "")?;
        }
        Ok(store)
    }

    /// Whether the audit table exists: in the unit tests of migrations it does not.
    fn has_audit(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'audit')",
            [],
            |r| r.get(0),
        )?)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder holding the database and its `backups/`.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    pub fn backup_dir(&self) -> PathBuf {
        self.dir().join(BACKUP_DIR)
    }

    pub fn schema_version(&self) -> Result<usize> {
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok(version as usize)
    }

    /// A backup of the live database in `backups/`, encrypted with the same passphrase.
    pub fn backup(&self, label: &str, job: &Job) -> Result<PathBuf> {
        backup_to(&self.conn, &self.backup_dir(), label, job)
    }

    /// Whether `passphrase` opens this database (checked on a read-only connection).
    pub fn is_passphrase(&self, passphrase: &str) -> bool {
        open_keyed(&self.path, passphrase, OpenFlags::SQLITE_OPEN_READ_ONLY).is_ok()
    }

    /// Re-encrypts the database with `new`. Backups made before keep the passphrase they
    /// were made with.
    pub fn change_passphrase(&mut self, new: &str) -> Result<()> {
        if new.is_empty() {
            return Err(empty_passphrase());
        }
        // SQLCipher re-encrypts page by page through the rollback journal, not the WAL.
        self.conn.pragma_update(None, "journal_mode", "DELETE")?;
        let rekeyed = self.conn.pragma_update(None, "rekey", new);
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        rekeyed?;
        audit::record(&self.conn, Action::PassphraseChange, "database", None, "")
    }
}

fn encrypt_plain_backups(dir: &Path, passphrase: &str) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(()) };
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "db") && is_plain(&path) {
            encrypt_plain_file(&path, passphrase)?;
        }
    }
    Ok(())
}

/// Copies the live database to `dir/respond-<label>-<timestamp>.db`, consistent even while
/// it is in use. The copy is attached without a key of its own, so SQLCipher encrypts it
/// with the live database's key (the passphrase opens it), and is one file (no WAL).
/// `job` hears of the copy's size against the live database's; a stop removes the copy.
pub fn backup_to(conn: &Connection, dir: &Path, label: &str, job: &Job) -> Result<PathBuf> {
    private_dir(dir)?;
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!("[year][month][day]-[hour][minute][second]"))
        .expect("fixed format");
    let mut path = dir.join(format!("respond-{label}-{stamp}.db"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = dir.join(format!("respond-{label}-{stamp}-{n}.db"));
    }
    std::fs::File::create(&path)?;
    private_file(&path)?;
    let written = (|| -> Result<()> {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let size = conn.query_row(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
            [],
            |r| r.get::<_, i64>(0),
        )? as u64;
        job.step(0, size)?;
        conn.execute("ATTACH DATABASE ?1 AS backup", [path.to_string_lossy()])?;
        let exported = {
            // Off again before DETACH, which must run even after a stop.
            let _watch = job.watch_file(conn, path.clone(), size);
            conn.query_row("SELECT sqlcipher_export('backup')", [], |_| Ok(()))
                .and_then(|()| conn.pragma_update(Some("backup"), "user_version", version))
        };
        conn.execute("DETACH DATABASE backup", [])?;
        job.step(size, size)?;
        Ok(exported?)
    })();
    if let Err(err) = written {
        // A half-written backup (a full disk) must not pass for one.
        let _ = std::fs::remove_file(&path);
        return Err(err);
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "correct horse battery";

    fn keyed(path: &Path) -> Connection {
        open_keyed(path, PASS, OpenFlags::default()).unwrap()
    }

    fn table_names(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    }

    fn backups(dir: &Path) -> Vec<PathBuf> {
        std::fs::read_dir(dir.join(BACKUP_DIR))
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn fresh_database_is_migrated_with_foreign_keys_and_wal() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), PASS).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
        assert!(table_names(store.conn()).contains(&"settings".to_string()));
        let fk: i64 = store.conn().pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
        assert_eq!(fk, 1);
        let mode: String =
            store.conn().pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        assert!(backups(dir.path()).is_empty(), "a new database has nothing to back up");
    }

    #[test]
    fn reopening_an_up_to_date_database_makes_no_backup() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path(), PASS).unwrap());
        drop(Store::open(dir.path(), PASS).unwrap());
        assert!(backups(dir.path()).is_empty());
    }

    #[test]
    fn database_is_backed_up_before_a_pending_migration() {
        let dir = tempfile::tempdir().unwrap();
        let v1 =
            || vec![M::up("CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL);")];
        {
            let store = Store::open_with(dir.path(), PASS, v1()).unwrap();
            store.conn().execute("INSERT INTO people (code) VALUES ('K7M2Q')", []).unwrap();
        }
        let v2 = vec![
            M::up("CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL);"),
            M::up("ALTER TABLE people ADD COLUMN language TEXT;"),
        ];
        let store = Store::open_with(dir.path(), PASS, v2).unwrap();
        assert_eq!(store.schema_version().unwrap(), 2);

        let saved = backups(dir.path());
        assert_eq!(saved.len(), 1, "{saved:?}");
        assert!(saved[0].file_name().unwrap().to_string_lossy().starts_with("respond-before-v2-"));
        let backup = keyed(&saved[0]);
        let version: i64 = backup.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, 1, "the backup holds the database as it was before the upgrade");
        let code: String = backup.query_row("SELECT code FROM people", [], |r| r.get(0)).unwrap();
        assert_eq!(code, "K7M2Q");
    }

    #[test]
    fn the_bundles_migration_keeps_every_row_and_gives_each_a_global_id() {
        let dir = tempfile::tempdir().unwrap();
        let before_bundles: Vec<M<'static>> = migrations().into_iter().take(7).collect();
        {
            let store = Store::open_with(dir.path(), PASS, before_bundles).unwrap();
            store
                .conn()
                .execute_batch(
                    "INSERT INTO sites (id, name) VALUES (1, 'EP Lisboa');
                     INSERT INTO sessions (id, date, site_id, trainers, audience, language, quiz_id, modules, created_at)
                        VALUES (1, '2026-06-01', 1, 'Team', 'custody', 'pt', 'core', '[]', 'now');
                     INSERT INTO participants (id, session_id, code, language, created_at)
                        VALUES (7, 1, 'K7M-R4T', 'pt', 'now');
                     INSERT INTO attempts (participant_id, phase, quiz_id, bank_version, language, mode, recorded_at)
                        VALUES (7, 'pre', 'core', '2', 'pt', 'paper', 'now');
                     INSERT INTO followup_matches (participant_id, method, similarity, matched_at)
                        VALUES (7, 'code', 1.0, 'now');",
                )
                .unwrap();
        }
        let store = Store::open(dir.path(), PASS).unwrap();
        let conn = store.conn();
        let (id, uid): (i64, String) = conn
            .query_row("SELECT id, uid FROM participants WHERE code = 'K7M-R4T'", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!((id, uid.len()), (7, 32), "the row keeps its id and gains a uid");
        let linked: i64 = conn
            .query_row(
                "SELECT count(*) FROM attempts a JOIN followup_matches f USING (participant_id)
                 WHERE a.participant_id = 7 AND a.uid IS NOT NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(linked, 1, "tests and follow-ups still point at the person");
        conn.execute(
            "INSERT INTO participants (session_id, code, language, created_at, origin) VALUES (1, 'K7M-R4T', 'pt', 'now', 'other')",
            [],
        )
        .unwrap();
        let fresh: String = conn
            .query_row("SELECT uid FROM participants WHERE origin = 'other'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fresh.len(), 32, "a new row gets its uid");
        assert!(conn
            .execute(
                "INSERT INTO participants (session_id, code, language, created_at) VALUES (1, 'K7M-R4T', 'pt', 'now')",
                [],
            )
            .is_err(), "a code stays unique on its own installation");
        let fk: i64 = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
        assert_eq!(fk, 1, "foreign keys are on again after the migrations");
    }

    #[test]
    fn a_failed_migration_leaves_the_old_database_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let v1 =
            || vec![M::up("CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL);")];
        {
            let store = Store::open_with(dir.path(), PASS, v1()).unwrap();
            store.conn().execute("INSERT INTO people (code) VALUES ('K7M2Q')", []).unwrap();
        }
        let broken = vec![
            M::up("CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL);"),
            M::up("CREATE TABLE visits (id INTEGER PRIMARY KEY);"),
            M::up("ALTER TABLE no_such_table ADD COLUMN x TEXT;"),
        ];
        let err =
            Store::open_with(dir.path(), PASS, broken).err().expect("the broken migration fails");
        assert!(matches!(err, Error::Migration(_)), "{err}");

        let conn = keyed(&dir.path().join(DATABASE_FILE));
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, 1);
        assert_eq!(table_names(&conn), vec!["people".to_string()], "no half-applied migration");
        let code: String = conn.query_row("SELECT code FROM people", [], |r| r.get(0)).unwrap();
        assert_eq!(code, "K7M2Q");
    }

    #[test]
    fn data_dir_honours_the_environment_override() {
        // Only this test touches the variable, so it cannot race the others.
        let dir = tempfile::tempdir().unwrap();
        std::env::set_var(DATA_DIR_ENV, dir.path());
        assert_eq!(data_dir().unwrap(), dir.path());
        std::env::remove_var(DATA_DIR_ENV);
        assert!(
            data_dir().unwrap().ends_with("respond")
                || data_dir().unwrap().to_string_lossy().contains("Respond")
        );
    }
}

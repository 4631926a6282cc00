//! The SQLite database in the app-data folder: opening, upgrading, backing up.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB};
use rusqlite_migration::{Migrations, M};

use crate::embedded::MIGRATIONS;
use crate::{Error, Result};

/// Overrides the data folder (tests, portable installs).
pub const DATA_DIR_ENV: &str = "RESPOND_DATA_DIR";
pub const DATABASE_FILE: &str = "respond.db";
pub const BACKUP_DIR: &str = "backups";

/// Where Respond keeps its database: `$RESPOND_DATA_DIR`, else the OS app-data folder
/// (`~/.local/share/respond` on Linux, `%APPDATA%\Respond\data` on Windows,
/// `~/Library/Application Support/org.respond.Respond` on macOS).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Respond", "Respond").map(|d| d.data_dir().to_path_buf()).ok_or(Error::NoDataDir)
}

fn migrations() -> Vec<M<'static>> {
    MIGRATIONS.iter().map(|(_, sql)| M::up(sql)).collect()
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the database in the default data folder.
    pub fn open_default() -> Result<Store> {
        Store::open(&data_dir()?)
    }

    /// Opens (creating if needed) the database in `dir` and brings its schema up to date.
    pub fn open(dir: &Path) -> Result<Store> {
        Store::open_with(dir, migrations())
    }

    fn open_with(dir: &Path, steps: Vec<M<'static>>) -> Result<Store> {
        let target = steps.len();
        let migrations = Migrations::new(steps);
        std::fs::create_dir_all(dir)?;
        let path = dir.join(DATABASE_FILE);
        let mut conn = Connection::open(&path)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;

        let current: usize = migrations.current_version(&conn)?.into();
        if current > 0 && current < target {
            backup_to(&conn, &dir.join(BACKUP_DIR), &format!("before-v{}", current + 1))?;
        }
        // All pending migrations run in one transaction: a failure leaves the old schema.
        migrations.to_latest(&mut conn)?;
        Ok(Store { conn, path })
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

    pub fn schema_version(&self) -> Result<usize> {
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok(version as usize)
    }
}

/// Copies the live database to `dir/respond-<label>-<timestamp>.db` with SQLite's online
/// backup, which is consistent even while the database is in use.
pub fn backup_to(conn: &Connection, dir: &Path, label: &str) -> Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!("[year][month][day]-[hour][minute][second]"))
        .expect("fixed format");
    let mut path = dir.join(format!("respond-{label}-{stamp}.db"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = dir.join(format!("respond-{label}-{stamp}-{n}.db"));
    }
    conn.backup(MAIN_DB, &path, None)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_names(conn: &Connection) -> Vec<String> {
        let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    }

    fn backups(dir: &Path) -> Vec<PathBuf> {
        std::fs::read_dir(dir.join(BACKUP_DIR)).map(|d| d.map(|e| e.unwrap().path()).collect()).unwrap_or_default()
    }

    #[test]
    fn fresh_database_is_migrated_with_foreign_keys_and_wal() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
        assert!(table_names(store.conn()).contains(&"settings".to_string()));
        let fk: i64 = store.conn().pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
        assert_eq!(fk, 1);
        let mode: String = store.conn().pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        assert!(backups(dir.path()).is_empty(), "a new database has nothing to back up");
    }

    #[test]
    fn reopening_an_up_to_date_database_makes_no_backup() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path()).unwrap());
        drop(Store::open(dir.path()).unwrap());
        assert!(backups(dir.path()).is_empty());
    }

    #[test]
    fn database_is_backed_up_before_a_pending_migration() {
        let dir = tempfile::tempdir().unwrap();
        let v1 = || vec![M::up("CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL);")];
        {
            let store = Store::open_with(dir.path(), v1()).unwrap();
            store.conn().execute("INSERT INTO people (code) VALUES ('K7M2Q')", []).unwrap();
        }
        let v2 = vec![
            M::up("CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL);"),
            M::up("ALTER TABLE people ADD COLUMN language TEXT;"),
        ];
        let store = Store::open_with(dir.path(), v2).unwrap();
        assert_eq!(store.schema_version().unwrap(), 2);

        let saved = backups(dir.path());
        assert_eq!(saved.len(), 1, "{saved:?}");
        assert!(saved[0].file_name().unwrap().to_string_lossy().starts_with("respond-before-v2-"));
        let backup = Connection::open(&saved[0]).unwrap();
        let version: i64 = backup.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, 1, "the backup holds the database as it was before the upgrade");
        let code: String = backup.query_row("SELECT code FROM people", [], |r| r.get(0)).unwrap();
        assert_eq!(code, "K7M2Q");
    }

    #[test]
    fn a_failed_migration_leaves_the_old_database_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let v1 = || vec![M::up("CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL);")];
        {
            let store = Store::open_with(dir.path(), v1()).unwrap();
            store.conn().execute("INSERT INTO people (code) VALUES ('K7M2Q')", []).unwrap();
        }
        let broken = vec![
            M::up("CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL);"),
            M::up("CREATE TABLE visits (id INTEGER PRIMARY KEY);"),
            M::up("ALTER TABLE no_such_table ADD COLUMN x TEXT;"),
        ];
        let err = Store::open_with(dir.path(), broken).err().expect("the broken migration fails");
        assert!(matches!(err, Error::Migration(_)), "{err}");

        let conn = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
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
        assert!(data_dir().unwrap().ends_with("respond") || data_dir().unwrap().to_string_lossy().contains("Respond"));
    }
}

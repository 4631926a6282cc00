//! The open database and the rules around it: unlock and lock, the backup at the first
//! unlock of a run and once a day, changing the passphrase, and restoring a backup. The
//! desktop shell and the command line both go through it.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::backup::{self, BackupFile};
use super::protection;
use super::store::{self, DatabaseState};
use super::{names, passphrase};
use crate::jobs::Job;
use crate::{Error, Result, Store};

/// How often a running app checks whether the daily backup is due.
pub const BACKUP_CHECK: std::time::Duration = std::time::Duration::from_secs(30 * 60);

pub struct Vault {
    dir: PathBuf,
    /// `None` while locked: the connection, and with it the key, is dropped.
    store: Mutex<Option<Store>>,
    /// Whether this run has made its backup at the first unlock.
    backed_up: AtomicBool,
}

/// How many backups to keep, from the settings (at least one).
pub fn keep(store: &Store) -> Result<usize> {
    Ok((protection::data_settings(store)?.keep_backups as usize).max(1))
}

impl Vault {
    /// A vault over the data folder `dir`, locked.
    pub fn new(dir: PathBuf) -> Vault {
        Vault { dir, store: Mutex::new(None), backed_up: AtomicBool::new(false) }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn state(&self) -> DatabaseState {
        store::database_state(&self.dir)
    }

    pub fn is_unlocked(&self) -> bool {
        self.slot().is_some()
    }

    /// The store slot. A panic while it was held leaves it usable: SQLite rolled back
    /// whatever was unfinished.
    fn slot(&self) -> MutexGuard<'_, Option<Store>> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `f` on the open store; `Locked` while locked. A panic in `f` is an `Internal`
    /// error for this call only.
    pub fn with_store<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let slot = self.slot();
        let store = slot.as_ref().ok_or(Error::Locked)?;
        catch_unwind(AssertUnwindSafe(|| f(store))).unwrap_or_else(|panic| {
            let text = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(Error::Internal(text))
        })
    }

    /// First run (or a database from before encryption): `passphrase` encrypts it.
    pub fn create(&self, passphrase: &str, confirmation: &str) -> Result<()> {
        if self.state() == DatabaseState::Encrypted {
            return Err(Error::InvalidInput {
                field: "passphrase".into(),
                reason: "exists".into(),
            });
        }
        passphrase::check_new(passphrase, confirmation)?;
        self.unlock(passphrase)
    }

    /// Opens the database; the first unlock of a run, and any after a day without a
    /// backup, makes an automatic backup.
    pub fn unlock(&self, passphrase: &str) -> Result<()> {
        let store = Store::open(&self.dir, passphrase)?;
        let first = !self.backed_up.swap(true, Ordering::SeqCst);
        if first || backup::daily_due(store.dir())? {
            backup::back_up(&store, backup::AUTO, keep(&store)?, &Job::quiet())?;
        }
        *self.slot() = Some(store);
        Ok(())
    }

    /// Drops the open database, and its key, until the passphrase is typed again.
    pub fn lock(&self) {
        self.slot().take();
    }

    pub fn change_passphrase(&self, current: &str, new: &str, confirmation: &str) -> Result<()> {
        let mut slot = self.slot();
        let store = slot.as_mut().ok_or(Error::Locked)?;
        if !store.is_passphrase(current) {
            return Err(Error::WrongPassphrase);
        }
        passphrase::check_new(new, confirmation)?;
        store.change_passphrase(new)?;
        backup::rekey_all(store, current, new).map(drop)
    }

    pub fn back_up_now(&self, job: &Job) -> Result<BackupFile> {
        self.with_store(|store| backup::back_up(store, backup::MANUAL, keep(store)?, job))
    }

    /// The daily backup, when a day has passed since the last automatic one and the
    /// database is open; `None` when nothing was due. A running app calls this every
    /// [`BACKUP_CHECK`].
    pub fn back_up_if_due(&self) -> Result<Option<BackupFile>> {
        let slot = self.slot();
        let Some(store) = slot.as_ref() else { return Ok(None) };
        if !backup::daily_due(store.dir())? {
            return Ok(None);
        }
        backup::back_up(store, backup::AUTO, keep(store)?, &Job::quiet()).map(Some)
    }

    /// Replaces the database with the backup at `source` (which opens with `passphrase`),
    /// backing up the current one first, and leaves it open. While locked, a database that
    /// does not open with `passphrase` (damaged, or keyed otherwise) is kept as it is under
    /// `backups/` before it is replaced.
    /// A stop (`job`) before the swap leaves the database open as it was.
    pub fn restore(&self, source: &Path, passphrase: &str, job: &Job) -> Result<()> {
        let mut slot = self.slot();
        let restored = match slot.as_ref() {
            Some(live) => {
                let incoming = backup::prepare_restore(live, source, passphrase, job)?;
                slot.take();
                backup::swap_in(&self.dir, &incoming, source, passphrase)
            }
            None => match Store::open(&self.dir, passphrase) {
                Ok(live) => backup::restore(live, source, passphrase, job),
                Err(Error::Corrupt(_) | Error::WrongPassphrase) => {
                    backup::restore_unopened(&self.dir, source, passphrase, job)
                }
                Err(err) => Err(err),
            },
        };
        let store = restored?;
        // Names erased since the backup was made stay erased.
        names::reapply_erasures(&store)?;
        *slot = Some(store);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "a long test passphrase";

    fn automatic(dir: &Path) -> usize {
        backup::list(dir).unwrap().iter().filter(|b| b.name.contains(backup::AUTO)).count()
    }

    #[test]
    fn the_first_unlock_of_a_run_backs_up_and_a_lock_forgets_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::new(dir.path().to_path_buf());
        assert!(matches!(vault.with_store(|_| Ok(())), Err(Error::Locked)));
        vault.create(PASS, PASS).unwrap();
        assert!(vault.is_unlocked());
        assert_eq!(automatic(dir.path()), 1, "the first unlock of a run backs up");
        vault.lock();
        assert!(!vault.is_unlocked());
        assert!(matches!(vault.unlock("not the passphrase"), Err(Error::WrongPassphrase)));
        vault.unlock(PASS).unwrap();
        assert_eq!(automatic(dir.path()), 1, "not again in the same run, the same day");
        assert!(vault.back_up_if_due().unwrap().is_none(), "a backup from today: none due");
        assert!(matches!(vault.create(PASS, PASS), Err(Error::InvalidInput { .. })));
    }

    #[test]
    fn a_panic_in_a_command_is_an_internal_error_and_the_vault_still_works() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::new(dir.path().to_path_buf());
        vault.create(PASS, PASS).unwrap();
        let version = vault.with_store(|store| store.schema_version()).unwrap();
        let failed = vault.with_store(|_| -> Result<()> { panic!("a bug") });
        assert!(matches!(failed, Err(Error::Internal(ref text)) if text == "a bug"), "{failed:?}");
        std::thread::scope(|s| {
            let poisoned = s.spawn(|| {
                let _slot = vault.store.lock().unwrap();
                panic!("held while panicking");
            });
            assert!(poisoned.join().is_err());
        });
        assert!(vault.store.is_poisoned());
        assert_eq!(vault.with_store(|store| store.schema_version()).unwrap(), version, "recovered");
    }

    #[test]
    fn a_restore_while_locked_keeps_the_database_it_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::new(dir.path().to_path_buf());
        vault.create(PASS, PASS).unwrap();
        let made = vault.back_up_now(&Job::quiet()).unwrap();
        let source = backup::path_of(dir.path(), &made.name).unwrap();
        let other = "another long passphrase";
        vault.change_passphrase(PASS, other, other).unwrap();
        vault.lock();
        assert!(matches!(
            vault.restore(&source, "not it at all", &Job::quiet()),
            Err(Error::WrongPassphrase)
        ));
        assert!(
            matches!(vault.restore(&source, PASS, &Job::quiet()), Err(Error::WrongPassphrase)),
            "the backup was re-keyed: the old passphrase opens it no more"
        );
        assert!(!vault.is_unlocked());
        let before = backup::list(dir.path()).unwrap().len();
        vault.restore(&source, other, &Job::quiet()).unwrap();
        assert!(vault.is_unlocked(), "restored and open");
        assert_eq!(
            backup::list(dir.path()).unwrap().len(),
            before + 1,
            "the replaced file is kept"
        );
        vault.lock();
        assert!(matches!(vault.unlock(PASS), Err(Error::WrongPassphrase)));
        vault.unlock(other).unwrap();
    }

    #[test]
    fn a_new_passphrase_re_keys_every_backup_and_the_old_one_opens_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::new(dir.path().to_path_buf());
        vault.create(PASS, PASS).unwrap();
        vault.back_up_now(&Job::quiet()).unwrap();
        let new = "an entirely new passphrase";
        vault.change_passphrase(PASS, new, new).unwrap();
        let all = backup::list(dir.path()).unwrap();
        assert_eq!(all.len(), 2, "the first-unlock backup and the manual one");
        for file in &all {
            let path = backup::path_of(dir.path(), &file.name).unwrap();
            assert!(matches!(backup::preview(&path, PASS), Err(Error::WrongPassphrase)));
            assert!(backup::preview(&path, new).is_ok());
        }
        vault.lock();
        assert!(matches!(vault.unlock(PASS), Err(Error::WrongPassphrase)));
        vault.unlock(new).unwrap();
    }
}

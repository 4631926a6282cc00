//! Every long job can be stopped halfway, and a stopped job keeps nothing: no export file
//! or audit line, no half of the sample data or of a bundle, no backup file, and a restore
//! stopped before the swap leaves the database open as it was.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use respond::bundle::merge::{self, ImportOptions};
use respond::bundle::{self, Selection};
use respond::content::Library;
use respond::data::backup;
use respond::data::vault::Vault;
use respond::jobs::{Job, JobProgress};
use respond::results::demo;
use respond::results::evaluation::Scope;
use respond::results::export::{self, ExportOptions, Format};
use respond::{Error, Language, Store};

const PASS: &str = "a long test passphrase";

/// A job that asks itself to stop once `stop_when` holds for a report, and keeps every
/// report it heard.
fn stopping(
    stop_when: impl Fn(&JobProgress) -> bool + Send + Sync + 'static,
) -> (Job, Arc<Mutex<Vec<JobProgress>>>) {
    let cancel = Arc::new(AtomicBool::new(false));
    let heard = Arc::new(Mutex::new(vec![]));
    let job = Job::new(cancel.clone(), {
        let heard = heard.clone();
        move |p| {
            heard.lock().unwrap().push(p);
            if stop_when(&p) {
                cancel.store(true, Ordering::SeqCst);
            }
        }
    });
    (job, heard)
}

fn count(store: &Store, table: &str) -> i64 {
    store.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

fn sample(dir: &std::path::Path) -> Store {
    let store = Store::open(dir, PASS).unwrap();
    demo::fill(&store, &Library::embedded(), 120, Language::En, 3, &Job::quiet()).unwrap();
    store
}

#[test]
fn sample_data_stopped_after_its_first_group_leaves_the_database_empty() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    let (job, heard) = stopping(|p| p.done > 0);
    let stopped = demo::fill(&store, &Library::embedded(), 240, Language::En, 1, &job);
    assert!(matches!(stopped, Err(Error::Cancelled)), "{stopped:?}");
    assert_eq!(heard.lock().unwrap()[0], JobProgress { done: 0, total: 240 });
    for table in ["sessions", "participants", "attempts", "answers"] {
        assert_eq!(count(&store, table), 0, "{table}");
    }
    // Nothing half done stands in the way of a whole run.
    demo::fill(&store, &Library::embedded(), 24, Language::En, 1, &Job::quiet()).unwrap();
    assert_eq!(count(&store, "participants"), 24);
}

#[test]
fn an_export_counts_people_and_a_stopped_one_writes_no_audit_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample(dir.path());
    let library = Library::embedded();
    let audited = || count(&store, "audit");
    for format in [Format::LongCsv, Format::WideCsv] {
        let before = audited();
        let options =
            ExportOptions { format, bom: false, decimal_comma: false, lang: Language::En };
        let (job, heard) = stopping(|p| p.done * 2 >= p.total && p.total > 0);
        let stopped = export::to_bytes(&store, &library, &Scope::All, &options, &job);
        assert!(matches!(stopped, Err(Error::Cancelled)), "{format:?}: {stopped:?}");
        let heard = heard.lock().unwrap();
        assert_eq!(heard.first().map(|p| p.total), Some(120), "{format:?}: {heard:?}");
        assert_eq!(audited(), before, "{format:?}");

        let (whole, heard) = stopping(|_| false);
        export::to_bytes(&store, &library, &Scope::All, &options, &whole).unwrap();
        assert_eq!(heard.lock().unwrap().last(), Some(&JobProgress { done: 120, total: 120 }));
        assert_eq!(audited(), before + 1, "{format:?}");
    }
}

#[test]
fn a_bundle_import_stopped_halfway_imports_nothing() {
    let from = tempfile::tempdir().unwrap();
    let source = sample(from.path());
    let bytes = bundle::export(&source, &Selection::default(), "stick passphrase").unwrap().0;
    let to = tempfile::tempdir().unwrap();
    let target = Store::open(to.path(), PASS).unwrap();
    let trust = ImportOptions { trust: true, ..Default::default() };
    let (job, heard) = stopping(|p| p.total > 0 && p.done * 2 >= p.total);
    let stopped = merge::import(&target, &bytes, "stick passphrase", trust.clone(), &job);
    assert!(matches!(stopped, Err(Error::Cancelled)), "{stopped:?}");
    assert!(heard.lock().unwrap().len() >= 2);
    for table in ["sessions", "participants", "attempts", "known_installations"] {
        assert_eq!(count(&target, table), 0, "{table}");
    }
    merge::import(&target, &bytes, "stick passphrase", trust, &Job::quiet()).unwrap();
    assert_eq!(count(&target, "participants"), 120);
}

#[test]
fn a_stopped_backup_leaves_no_file_and_the_next_one_works() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample(dir.path());
    let files = || backup::list(dir.path()).unwrap().len();
    let before = files();
    let (job, _) = stopping(|_| true);
    let stopped = backup::back_up(&store, backup::MANUAL, 10, &job);
    assert!(matches!(stopped, Err(Error::Cancelled)), "{stopped:?}");
    assert_eq!(files(), before);
    let (job, heard) = stopping(|_| false);
    backup::back_up(&store, backup::MANUAL, 10, &job).unwrap();
    assert_eq!(files(), before + 1);
    let heard = heard.lock().unwrap();
    let last = heard.last().unwrap();
    assert!(last.total > 0 && last.done == last.total, "{heard:?}");
}

#[test]
fn a_restore_stopped_before_the_swap_leaves_the_database_open_and_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::new(dir.path().to_path_buf());
    vault.unlock(PASS).unwrap();
    let source = vault.back_up_now(&Job::quiet()).unwrap();
    let library = Library::embedded();
    vault.with_store(|s| demo::fill(s, &library, 24, Language::En, 1, &Job::quiet())).unwrap();
    let source = backup::path_of(dir.path(), &source.name).unwrap();
    // The live database is backed up whole, then the backup copied beside it whole: stopped
    // at the end of the copy, the last moment before the swap.
    let ends = std::sync::atomic::AtomicUsize::new(0);
    let (job, _) = stopping(move |p| {
        p.done > 0 && p.done == p.total && ends.fetch_add(1, Ordering::SeqCst) == 1
    });
    let stopped = vault.restore(&source, PASS, &job);
    assert!(matches!(stopped, Err(Error::Cancelled)), "{stopped:?}");
    assert!(vault.is_unlocked());
    assert_eq!(vault.with_store(|s| Ok(count(s, "participants"))).unwrap(), 24);
    let strays: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".restoring"))
        .collect();
    assert!(strays.is_empty(), "{strays:?}");
    vault.restore(&source, PASS, &Job::quiet()).unwrap();
    assert_eq!(vault.with_store(|s| Ok(count(s, "participants"))).unwrap(), 0);
}

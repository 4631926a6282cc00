//! Long jobs (exports, the report, backups, restores, bundle imports, pool pushes, demo
//! data) say how far they are and stop when asked. A stopped job returns
//! [`Error::Cancelled`] and leaves nothing half done: what it writes is in a transaction, or
//! in a file put in place only at the end.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use ts_rs::TS;

use crate::{Error, Result};

/// How far a job is: `done` of `total`, in the job's own unit (people, records, bytes).
/// `total` 0: not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct JobProgress {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// Reports are sent at most this often, so that a fast loop does not flood the window.
const REPORT_EVERY: Duration = Duration::from_millis(100);

/// SQLite's virtual-machine steps between two looks at the stop flag: well under a
/// millisecond of work.
const SQL_STEPS: i32 = 20_000;

type Report = dyn Fn(JobProgress) + Send + Sync;

/// One job's stop flag and where its progress goes. Clones share both.
#[derive(Clone)]
pub struct Job {
    cancel: Arc<AtomicBool>,
    report: Arc<Report>,
    last: Arc<Mutex<Option<Instant>>>,
}

impl Job {
    /// A job stopped once `cancel` is set, reporting to `report`.
    pub fn new(
        cancel: Arc<AtomicBool>,
        report: impl Fn(JobProgress) + Send + Sync + 'static,
    ) -> Job {
        Job { cancel, report: Arc::new(report), last: Arc::default() }
    }

    /// A job nobody watches or stops (tests, and work too short to show).
    pub fn quiet() -> Job {
        Job::new(Arc::default(), |_| {})
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// `Err(Cancelled)` once the job was asked to stop.
    pub fn check(&self) -> Result<()> {
        if self.is_cancelled() {
            Err(Error::Cancelled)
        } else {
            Ok(())
        }
    }

    /// Says that `done` of `total` are done, then [`check`](Self::check)s. The first and
    /// the last step are always reported; those between, every [`REPORT_EVERY`] at most.
    pub fn step(&self, done: u64, total: u64) -> Result<()> {
        if self.due(done >= total && total > 0) {
            (self.report)(JobProgress { done, total });
        }
        self.check()
    }

    fn due(&self, last_step: bool) -> bool {
        let now = Instant::now();
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        let due = last.is_none_or(|at| last_step || now.duration_since(at) >= REPORT_EVERY);
        if due {
            *last = Some(now);
        }
        due
    }

    /// For as long as the guard lives, a statement `conn` runs stops once the job is asked
    /// to stop (SQLite's interrupt, which [`Error`] reads as [`Error::Cancelled`]): a single
    /// long statement is cut short too.
    pub fn watch<'c>(&self, conn: &'c rusqlite::Connection) -> SqlWatch<'c> {
        let cancel = self.cancel.clone();
        // Fails only for a connection borrowed from C, which Respond never has.
        let _ = conn.progress_handler(SQL_STEPS, Some(move || cancel.load(Ordering::Relaxed)));
        SqlWatch { conn }
    }

    /// [`watch`](Self::watch), and reports the size of `file` against `total` bytes while
    /// a statement writes it (a database copied whole).
    pub fn watch_file<'c>(
        &self,
        conn: &'c rusqlite::Connection,
        file: PathBuf,
        total: u64,
    ) -> SqlWatch<'c> {
        let job = self.clone();
        let _ = conn.progress_handler(
            SQL_STEPS,
            Some(move || {
                if job.due(false) {
                    let done = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
                    (job.report)(JobProgress { done: done.min(total), total });
                }
                job.is_cancelled()
            }),
        );
        SqlWatch { conn }
    }
}

/// Takes the watch of [`Job::watch`] off its connection when dropped.
pub struct SqlWatch<'c> {
    conn: &'c rusqlite::Connection,
}

impl Drop for SqlWatch<'_> {
    fn drop(&mut self) {
        let _ = self.conn.progress_handler(0, None::<fn() -> bool>);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_reported_sparingly_and_a_stop_is_an_error() {
        let seen = Arc::new(Mutex::new(vec![]));
        let cancel = Arc::new(AtomicBool::new(false));
        let job = Job::new(cancel.clone(), {
            let seen = seen.clone();
            move |p| seen.lock().unwrap().push(p)
        });
        for done in 0..1000 {
            job.step(done, 1000).unwrap();
        }
        job.step(1000, 1000).unwrap();
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.first(), Some(&JobProgress { done: 0, total: 1000 }));
        assert_eq!(seen.last(), Some(&JobProgress { done: 1000, total: 1000 }));
        assert!(seen.len() < 10, "{seen:?}");
        cancel.store(true, Ordering::Relaxed);
        assert!(matches!(job.step(1, 2), Err(Error::Cancelled)));
    }

    #[test]
    fn a_watched_statement_stops_when_asked_and_the_connection_works_after() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let job = Job::quiet();
        job.cancel.store(true, Ordering::Relaxed);
        let long = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) SELECT count(*) FROM n";
        {
            let _watch = job.watch(&conn);
            let err = conn.query_row(long, [], |r| r.get::<_, i64>(0)).unwrap_err();
            assert!(matches!(Error::from(err), Error::Cancelled));
        }
        let n: i64 = conn
            .query_row("SELECT count(*) FROM (SELECT 1 UNION SELECT 2)", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2);
    }
}

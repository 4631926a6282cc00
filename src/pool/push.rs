//! Pushing this installation's records to the pool, in one transaction: each kind of record
//! is copied (PostgreSQL's COPY) into a staging table, then inserted or updated where its
//! fingerprint changed, and rows this laptop no longer holds are removed. A test's answers
//! are sent only when the test is new or changed, so a second push sends almost nothing.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;

use postgres::Transaction;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::{connect, migrate};
use crate::content::bank::ItemKind;
use crate::content::Library;
use crate::data::audit::{self, Action};
use crate::data::sql::enum_text;
use crate::i18n::Language;
use crate::jobs::Job;
use crate::{Result, Store};

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PushSummary {
    pub sessions: u32,
    pub participants: u32,
    pub attempts: u32,
    #[ts(type = "number")]
    pub answers: u64,
    /// Records added to the pool, changed in it, and removed from it (deleted here).
    pub new: u32,
    pub updated: u32,
    pub removed: u32,
    pub pushed_at: String,
}

/// The part of a push under way, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Connect,
    Sessions,
    Participants,
    Attempts,
    Answers,
}

/// A stage begun, with how many records it sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub stage: Stage,
    #[ts(type = "number")]
    pub count: u64,
}

/// One cell of a COPY row: `None` is NULL, text is always quoted (so "" stays empty text).
fn csv_line(out: &mut impl Write, cells: &[Option<&str>]) -> std::io::Result<()> {
    for (k, cell) in cells.iter().enumerate() {
        if k > 0 {
            out.write_all(b",")?;
        }
        if let Some(text) = cell {
            out.write_all(b"\"")?;
            out.write_all(text.replace('"', "\"\"").as_bytes())?;
            out.write_all(b"\"")?;
        }
    }
    out.write_all(b"\n")
}

/// How one table's push went: counts, and the uids inserted or updated.
struct Synced {
    new: u32,
    updated: u32,
    removed: u32,
    changed: Vec<String>,
}

/// Copies `rows` (cells in the order of `columns`; `uid` first, `installation` second,
/// `hash` last) into `table` for `installation`: new rows inserted, rows whose hash differs
/// updated, this installation's rows not among them removed.
fn sync(
    tx: &mut Transaction,
    table: &str,
    columns: &[&str],
    installation: &str,
    rows: &Rows,
) -> Result<Synced> {
    let stage = format!("stage_{table}");
    tx.batch_execute(&format!("CREATE TEMP TABLE {stage} (LIKE respond.{table}) ON COMMIT DROP"))?;
    let list = columns.join(", ");
    {
        let mut w = std::io::BufWriter::new(
            tx.copy_in(&format!("COPY {stage} ({list}) FROM STDIN (FORMAT csv)"))?,
        );
        for row in rows {
            let cells: Vec<Option<&str>> = row.iter().map(|c| c.as_deref()).collect();
            csv_line(&mut w, &cells)?;
        }
        w.into_inner().map_err(|e| e.into_error())?.finish()?;
    }
    let set: Vec<String> = columns.iter().skip(1).map(|c| format!("{c} = excluded.{c}")).collect();
    let mut synced = Synced { new: 0, updated: 0, removed: 0, changed: vec![] };
    for r in tx.query(
        &format!(
            "INSERT INTO respond.{table} ({list}) SELECT {list} FROM {stage}
             ON CONFLICT (uid) DO UPDATE SET {}
             WHERE respond.{table}.hash IS DISTINCT FROM excluded.hash
               AND respond.{table}.installation = excluded.installation
             RETURNING uid, (xmax = 0)",
            set.join(", ")
        ),
        &[],
    )? {
        if r.get::<_, bool>(1) {
            synced.new += 1;
        } else {
            synced.updated += 1;
        }
        synced.changed.push(r.get(0));
    }
    synced.removed = tx.execute(
        &format!(
            "DELETE FROM respond.{table} t WHERE t.installation = $1
             AND NOT EXISTS (SELECT 1 FROM {stage} s WHERE s.uid = t.uid)"
        ),
        &[&installation],
    )? as u32;
    Ok(synced)
}

fn hash_of(parts: &[Option<&str>]) -> String {
    let mut digest = Sha256::new();
    for part in parts {
        digest.update(part.unwrap_or("\u{0}").as_bytes());
        digest.update([0x1f]);
    }
    hex::encode(digest.finalize())
}

/// The rows, each with the fingerprint of its cells as its last cell.
fn fingerprinted(
    rows: impl Iterator<Item = rusqlite::Result<Vec<Option<String>>>>,
) -> Result<Rows> {
    let mut out = vec![];
    for row in rows {
        let mut row = row?;
        let hash = hash_of(&row.iter().map(|c| c.as_deref()).collect::<Vec<_>>());
        row.push(Some(hash));
        out.push(row);
    }
    Ok(out)
}

fn session_rows(conn: &Connection, own: &str) -> Result<Rows> {
    let mut stmt = conn.prepare(
        "SELECT s.uid, s.date, t.name, t.country, s.trainers, s.audience, s.language, s.quiz_id,
                s.modules, s.closed_at, s.created_at
         FROM sessions s JOIN sites t ON t.id = s.site_id WHERE s.origin IS NULL",
    )?;
    let rows = stmt.query_map([], |r| {
        let mut row: Vec<Option<String>> = vec![Some(r.get(0)?), Some(own.to_string())];
        for k in 1..11 {
            row.push(r.get(k)?);
        }
        Ok(row)
    })?;
    fingerprinted(rows)
}

const SESSION_COLUMNS: [&str; 13] = [
    "uid",
    "installation",
    "date",
    "site",
    "country",
    "trainers",
    "audience",
    "language",
    "quiz_id",
    "modules",
    "closed_at",
    "created_at",
    "hash",
];

const PARTICIPANT_COLUMNS: [&str; 16] = [
    "uid",
    "installation",
    "session_uid",
    "code",
    "language",
    "consent_followup",
    "release_date",
    "created_at",
    "followup_method",
    "followup_similarity",
    "followup_at",
    "booster_module",
    "booster_at",
    "kit_status",
    "kit_date",
    "hash",
];

fn participant_rows(conn: &Connection, own: &str) -> Result<Rows> {
    let mut stmt = conn.prepare(
        "SELECT p.uid, s.uid, p.code, p.language, p.consent_followup, p.release_date, p.created_at,
                f.method, f.similarity, f.matched_at, b.module_id, b.given_at, k.status, k.date
         FROM participants p JOIN sessions s ON s.id = p.session_id
         LEFT JOIN followup_matches f ON f.participant_id = p.id
         LEFT JOIN boosters b ON b.participant_id = p.id
         LEFT JOIN kits k ON k.participant_id = p.id
         WHERE p.origin IS NULL",
    )?;
    let rows = stmt.query_map([], |r| {
        let consent: bool = r.get(4)?;
        let similarity: Option<f64> = r.get(8)?;
        let mut row: Vec<Option<String>> = vec![
            Some(r.get(0)?),
            Some(own.to_string()),
            Some(r.get(1)?),
            Some(r.get(2)?),
            Some(r.get(3)?),
            Some(consent.to_string()),
            r.get(5)?,
            Some(r.get(6)?),
            r.get(7)?,
            similarity.map(|s| s.to_string()),
        ];
        for k in 9..14 {
            row.push(r.get(k)?);
        }
        Ok(row)
    })?;
    fingerprinted(rows)
}

const ATTEMPT_COLUMNS: [&str; 10] = [
    "uid",
    "installation",
    "participant_uid",
    "phase",
    "quiz_id",
    "bank_version",
    "language",
    "mode",
    "recorded_at",
    "hash",
];

/// Rows for a COPY: one cell per column, `None` for NULL.
type Rows = Vec<Vec<Option<String>>>;

/// This installation's people's tests, each with a fingerprint of its fields and answers;
/// the row of each local attempt id; and how many answers they hold.
fn attempt_rows(conn: &Connection, own: &str) -> Result<(Rows, HashMap<i64, usize>, u64)> {
    let mut stmt = conn.prepare(
        "SELECT a.id, a.uid, p.uid, a.phase, a.quiz_id, a.bank_version, a.language, a.mode, a.recorded_at
         FROM attempts a JOIN participants p ON p.id = a.participant_id WHERE p.origin IS NULL
         ORDER BY a.id",
    )?;
    let mut rows = vec![];
    let mut at = HashMap::new();
    let mut digests = vec![];
    let mut query = stmt.query([])?;
    while let Some(r) = query.next()? {
        at.insert(r.get::<_, i64>(0)?, rows.len());
        let mut row: Vec<Option<String>> = vec![Some(r.get(1)?), Some(own.to_string())];
        for k in 2..9 {
            row.push(Some(r.get(k)?));
        }
        let mut digest = Sha256::new();
        for cell in &row {
            digest.update(cell.as_deref().unwrap_or_default().as_bytes());
            digest.update([0x1f]);
        }
        digests.push(digest);
        rows.push(row);
    }
    // The answers, in one pass, into each test's fingerprint.
    let mut stmt = conn
        .prepare("SELECT attempt_id, item_id, chosen FROM answers ORDER BY attempt_id, item_id")?;
    let mut query = stmt.query([])?;
    let mut answers = 0u64;
    while let Some(r) = query.next()? {
        if let Some(&k) = at.get(&r.get::<_, i64>(0)?) {
            let (item, chosen): (String, String) = (r.get(1)?, r.get(2)?);
            digests[k].update(item.as_bytes());
            digests[k].update([0x1e]);
            digests[k].update(chosen.as_bytes());
            digests[k].update([0x1f]);
            answers += 1;
        }
    }
    for (row, digest) in rows.iter_mut().zip(digests) {
        row.push(Some(hex::encode(digest.finalize())));
    }
    Ok((rows, at, answers))
}

/// The question bank's key, so the pool's views grade answers by the app's rule.
fn push_bank(tx: &mut Transaction, library: &Library) -> Result<()> {
    let bank = library.bank();
    let version = bank.version().to_string();
    for item in bank.items() {
        let answer = serde_json::to_string(&item.answer).unwrap_or_else(|_| "[]".into());
        let kind = match item.kind {
            ItemKind::Agree => "agree".to_string(),
            other => enum_text(&other),
        };
        tx.execute(
            "INSERT INTO respond.items (item_id, bank_version, kind, domain, myth, answer)
             VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)
             ON CONFLICT (item_id) DO UPDATE SET bank_version = excluded.bank_version,
                kind = excluded.kind, domain = excluded.domain, myth = excluded.myth, answer = excluded.answer",
            &[&item.id, &version, &kind, &item.domain.code(), &item.myth, &answer],
        )?;
    }
    for quiz in bank.quizzes(Language::En) {
        tx.execute(
            "INSERT INTO respond.quizzes (quiz_id, items) VALUES ($1, $2)
             ON CONFLICT (quiz_id) DO UPDATE SET items = excluded.items",
            &[&quiz.id, &(quiz.items as i32)],
        )?;
    }
    Ok(())
}

/// Pushes this installation's pseudonymous records to the pool at `url`; `progress` hears
/// of each stage with how many records it holds, `job` of the answers sent. Audited here
/// and in the pool's push log. A stop leaves the pool as it was: all of it is one
/// transaction on the server.
pub fn push(
    store: &Store,
    library: &Library,
    url: &str,
    progress: &mut dyn FnMut(Progress),
    job: &Job,
) -> Result<PushSummary> {
    progress(Progress { stage: Stage::Connect, count: 0 });
    let mut client = connect(url)?;
    migrate(&mut client)?;
    let conn = store.conn();
    let _watch = job.watch(conn);
    let own = crate::data::installation::uid(conn)?;
    let sessions = session_rows(conn, &own)?;
    let participants = participant_rows(conn, &own)?;
    let (attempts, at, answer_count) = attempt_rows(conn, &own)?;

    let mut tx = client.transaction()?;
    tx.execute(
        "INSERT INTO respond.installations (uid) VALUES ($1)
         ON CONFLICT (uid) DO UPDATE SET last_push = now()",
        &[&own],
    )?;
    push_bank(&mut tx, library)?;
    job.check()?;
    progress(Progress { stage: Stage::Sessions, count: sessions.len() as u64 });
    let s = sync(&mut tx, "sessions", &SESSION_COLUMNS, &own, &sessions)?;
    job.check()?;
    progress(Progress { stage: Stage::Participants, count: participants.len() as u64 });
    let p = sync(&mut tx, "participants", &PARTICIPANT_COLUMNS, &own, &participants)?;
    job.check()?;
    progress(Progress { stage: Stage::Attempts, count: attempts.len() as u64 });
    let a = sync(&mut tx, "attempts", &ATTEMPT_COLUMNS, &own, &attempts)?;

    // Answers: those of removed tests go; a changed test's are replaced whole.
    tx.execute(
        "DELETE FROM respond.answers x WHERE x.installation = $1
         AND NOT EXISTS (SELECT 1 FROM respond.attempts t WHERE t.uid = x.attempt_uid)",
        &[&own],
    )?;
    tx.execute("DELETE FROM respond.answers WHERE attempt_uid = ANY($1)", &[&a.changed])?;
    let changed: BTreeSet<&str> = a.changed.iter().map(String::as_str).collect();
    let uid_of: HashMap<i64, &str> = at
        .iter()
        .filter_map(|(id, &k)| {
            let uid = attempts[k][0].as_deref()?;
            changed.contains(uid).then_some((*id, uid))
        })
        .collect();
    job.check()?;
    progress(Progress { stage: Stage::Answers, count: answer_count });
    if !uid_of.is_empty() {
        // COPY cannot write into a table under row-level security: through a staging table.
        let guarded: bool = tx
            .query_one(
                "SELECT relrowsecurity FROM pg_class WHERE oid = 'respond.answers'::regclass",
                &[],
            )?
            .get(0);
        let target = if guarded {
            tx.batch_execute(
                "CREATE TEMP TABLE stage_answers (LIKE respond.answers) ON COMMIT DROP",
            )?;
            "stage_answers"
        } else {
            "respond.answers"
        };
        let mut w = std::io::BufWriter::with_capacity(
            1 << 16,
            tx.copy_in(&format!(
                "COPY {target} (attempt_uid, installation, item_id, chosen) FROM STDIN (FORMAT csv)"
            ))?,
        );
        let mut stmt = conn.prepare("SELECT attempt_id, item_id, chosen FROM answers")?;
        let mut query = stmt.query([])?;
        let mut read = 0;
        while let Some(r) = query.next()? {
            read += 1;
            if read % 1024 == 0 {
                job.step(read, answer_count)?;
            }
            if let Some(uid) = uid_of.get(&r.get::<_, i64>(0)?) {
                let (item, chosen): (String, String) = (r.get(1)?, r.get(2)?);
                csv_line(&mut w, &[Some(uid), Some(&own), Some(&item), Some(&chosen)])?;
            }
        }
        w.into_inner().map_err(|e| e.into_error())?.finish()?;
        if guarded {
            tx.batch_execute("INSERT INTO respond.answers SELECT * FROM stage_answers")?;
        }
    }
    let summary = PushSummary {
        sessions: sessions.len() as u32,
        participants: participants.len() as u32,
        attempts: attempts.len() as u32,
        answers: answer_count,
        new: s.new + p.new + a.new,
        updated: s.updated + p.updated + a.updated,
        removed: s.removed + p.removed + a.removed,
        pushed_at: crate::data::input::now(),
    };
    tx.execute(
        "INSERT INTO respond.push_log (installation, sessions, participants, attempts, new, updated, removed)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[
            &own,
            &(summary.sessions as i32),
            &(summary.participants as i32),
            &(summary.attempts as i32),
            &(summary.new as i32),
            &(summary.updated as i32),
            &(summary.removed as i32),
        ],
    )?;
    job.check()?;
    tx.commit()?;
    audit::record(
        conn,
        Action::Push,
        "pool",
        None,
        &format!(
            "{} sessions, {} people, {} tests: {} new, {} updated, {} removed",
            summary.sessions,
            summary.participants,
            summary.attempts,
            summary.new,
            summary.updated,
            summary.removed
        ),
    )?;
    super::remember_push(store, &summary)?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_cells_quote_text_and_leave_null_bare() {
        let mut out = vec![];
        csv_line(&mut out, &[Some("a\"b"), None, Some("")]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\"a\"\"b\",,\"\"\n");
    }
}

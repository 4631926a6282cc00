//! The audit log: what was done to the data and when, each row chained to the one before
//! by a SHA-256 hash, so that a row edited or deleted afterwards shows up in `verify`.
//! It holds no names: objects are named by kind and row id.

use std::io::Write;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::spreadsheet::CsvOut;
use crate::data::input::now;
use crate::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Create,
    Edit,
    Delete,
    Export,
    Print,
    Erase,
    Backup,
    Restore,
    PassphraseChange,
    Unlock,
    Kiosk,
    Import,
    Push,
    /// A scanned answer sheet, confirmed and saved.
    Scan,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Edit => "edit",
            Action::Delete => "delete",
            Action::Export => "export",
            Action::Print => "print",
            Action::Erase => "erase",
            Action::Backup => "backup",
            Action::Restore => "restore",
            Action::PassphraseChange => "passphrase-change",
            Action::Unlock => "unlock",
            Action::Kiosk => "kiosk",
            Action::Import => "import",
            Action::Push => "push",
            Action::Scan => "scan",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    /// One of `Action`'s names, as stored (a tampered row may hold anything).
    pub action: String,
    pub object: String,
    #[ts(type = "number | null")]
    pub object_id: Option<i64>,
    pub detail: String,
    pub hash: String,
}

/// The newest entries, and whether the whole chain holds.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditLog {
    pub entries: Vec<AuditEntry>,
    #[ts(type = "number")]
    pub total: i64,
    /// The id of the first row whose hash does not match: edited, or a row before it removed.
    #[ts(type = "number | null")]
    pub broken_at: Option<i64>,
    /// The newest entry's hash: with `total`, what to note down (or find on an export or a
    /// report) to detect later that the newest entries were removed or the log rewritten.
    pub head: Option<String>,
    /// The newest backup's last entry, when the log no longer holds it as it was.
    pub cut: Option<Cut>,
}

/// Entries that a backup held and the live log no longer does.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Cut {
    #[ts(type = "number")]
    pub id: i64,
    /// When that backup was made, RFC 3339 UTC.
    pub backup_made_at: String,
}

/// The number of entries and the newest entry's hash.
pub fn head(conn: &Connection) -> Result<(i64, Option<String>)> {
    let total = conn.query_row("SELECT count(*) FROM audit", [], |r| r.get(0))?;
    let head = conn
        .query_row("SELECT hash FROM audit ORDER BY id DESC LIMIT 1", [], |r| r.get(0))
        .optional()?;
    Ok((total, head))
}

const GENESIS: &str = "";

fn chain_hash(
    prev: &str,
    id: i64,
    at: &str,
    action: &str,
    object: &str,
    object_id: Option<i64>,
    detail: &str,
) -> String {
    let canonical = serde_json::json!([id, at, action, object, object_id, detail]).to_string();
    let mut hasher = Sha256::new();
    hasher.update(prev.as_bytes());
    hasher.update(canonical.as_bytes());
    hex::encode(hasher.finalize())
}

/// Appends an entry. `detail` is short and never a name.
pub fn record(
    conn: &Connection,
    action: Action,
    object: &str,
    id: Option<i64>,
    detail: &str,
) -> Result<()> {
    let last: Option<(i64, String)> = conn
        .query_row("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let (row_id, prev) = last.map_or((1, GENESIS.to_string()), |(id, hash)| (id + 1, hash));
    let at = now();
    let hash = chain_hash(&prev, row_id, &at, action.as_str(), object, id, detail);
    conn.execute(
        "INSERT INTO audit (id, at, action, object, object_id, detail, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![row_id, at, action.as_str(), object, id, detail, hash],
    )?;
    Ok(())
}

fn entries(conn: &Connection, sql: &str, limit: i64) -> Result<Vec<AuditEntry>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([limit], |r| {
        Ok(AuditEntry {
            id: r.get(0)?,
            at: r.get(1)?,
            action: r.get(2)?,
            object: r.get(3)?,
            object_id: r.get(4)?,
            detail: r.get(5)?,
            hash: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const COLUMNS: &str = "SELECT id, at, action, object, object_id, detail, hash FROM audit";

/// The newest `limit` entries, newest first, and the chain's state.
pub fn list(conn: &Connection, limit: i64) -> Result<AuditLog> {
    let entries = entries(conn, &format!("{COLUMNS} ORDER BY id DESC LIMIT ?1"), limit)?;
    let (total, head) = head(conn)?;
    Ok(AuditLog { entries, total, broken_at: verify(conn)?, head, cut: None })
}

/// The id of the first row that breaks the chain, or `None` when every row holds.
pub fn verify(conn: &Connection) -> Result<Option<i64>> {
    let mut prev = GENESIS.to_string();
    let mut expected_id = None;
    for e in entries(conn, &format!("{COLUMNS} ORDER BY id LIMIT ?1"), i64::MAX)? {
        // Ids are consecutive: a gap is a deleted row.
        let gap = expected_id.is_some_and(|id| id != e.id);
        if gap
            || chain_hash(&prev, e.id, &e.at, &e.action, &e.object, e.object_id, &e.detail)
                != e.hash
        {
            return Ok(Some(e.id));
        }
        expected_id = Some(e.id + 1);
        prev = e.hash;
    }
    Ok(None)
}

/// Writes the whole log, oldest first, as CSV to `out`; returns the number of rows.
pub fn write_csv(conn: &Connection, out: &mut impl Write) -> Result<usize> {
    let rows = entries(conn, &format!("{COLUMNS} ORDER BY id LIMIT ?1"), i64::MAX)?;
    let mut csv = CsvOut::new(out);
    csv.row(["id", "at", "action", "object", "object_id", "detail", "hash"])?;
    for e in &rows {
        let object_id = e.object_id.map(|i| i.to_string()).unwrap_or_default();
        let fields = [
            e.id.to_string(),
            e.at.clone(),
            e.action.clone(),
            e.object.clone(),
            object_id,
            e.detail.clone(),
            e.hash.clone(),
        ];
        csv.row(&fields)?;
    }
    csv.flush()?;
    Ok(rows.len())
}

/// Exports the log to a CSV file at `path` and records the export.
pub fn export_csv(conn: &Connection, path: &Path) -> Result<usize> {
    let mut bytes = Vec::new();
    let count = write_csv(conn, &mut bytes)?;
    super::files::write_whole(path, &bytes)?;
    record(conn, Action::Export, "audit", None, &format!("{count}"))?;
    Ok(count)
}

//! How enums are stored in SQLite: as the text they serialise to.

use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::{Result, Store};

/// A serde enum as the text it serialises to (`"officers"`).
pub fn enum_text<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .expect("a unit enum")
}

/// The enum stored as `text`; a conversion error for SQLite when it is not one.
pub fn enum_from<T: serde::de::DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(text.to_string())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A value of the settings table (one key, one text).
pub fn setting(store: &Store, key: &str) -> Result<Option<String>> {
    Ok(store
        .conn()
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub fn set_setting(store: &Store, key: &str, value: &str) -> Result<()> {
    store.conn().execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

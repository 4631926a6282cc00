//! How enums are stored in SQLite: as the text they serialise to.

use serde::Serialize;

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

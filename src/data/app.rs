//! Facts about this installation that the UI shows (version, where the data lives).

use serde::Serialize;
use ts_rs::TS;

use crate::Store;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
}

pub fn info(store: &Store) -> AppInfo {
    let data_dir = store.path().parent().map(|p| p.display().to_string()).unwrap_or_default();
    AppInfo { version: env!("CARGO_PKG_VERSION").to_string(), data_dir }
}

/// What the start screen needs before the database is open: first run or unlock, and the
/// language to ask in (the system's, since the chosen one is inside the database).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataStatus {
    pub state: crate::data::store::DatabaseState,
    pub unlocked: bool,
    pub language: crate::Language,
    #[ts(type = "number")]
    pub min_length: usize,
}

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

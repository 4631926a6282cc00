//! How the data is looked after: locking when nobody uses the app, and how many backups
//! are kept. Settings → Data protection edits them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::sql::{set_setting, setting};
use crate::{Result, Store};

const LOCK_MINUTES: &str = "lock_minutes";
const KEEP_BACKUPS: &str = "keep_backups";

/// How the data is looked after: locking when nobody uses the app, backups kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataSettings {
    /// Lock after this many minutes without use; 0: never.
    pub lock_minutes: u32,
    /// How many automatic and manual backups to keep.
    pub keep_backups: u32,
}

impl Default for DataSettings {
    fn default() -> Self {
        DataSettings { lock_minutes: 10, keep_backups: 10 }
    }
}

const MAX_LOCK_MINUTES: u32 = 24 * 60;
const MAX_KEEP_BACKUPS: u32 = 1000;

pub fn data_settings(store: &Store) -> Result<DataSettings> {
    let defaults = DataSettings::default();
    let number = |key, default| -> Result<u32> {
        Ok(setting(store, key)?.and_then(|v| v.parse().ok()).unwrap_or(default))
    };
    Ok(DataSettings {
        lock_minutes: number(LOCK_MINUTES, defaults.lock_minutes)?,
        keep_backups: number(KEEP_BACKUPS, defaults.keep_backups)?,
    })
}

pub fn set_data_settings(store: &Store, data: DataSettings) -> Result<()> {
    if data.lock_minutes > MAX_LOCK_MINUTES {
        return Err(super::input::invalid("lockMinutes", "out-of-range"));
    }
    if data.keep_backups == 0 || data.keep_backups > MAX_KEEP_BACKUPS {
        return Err(super::input::invalid("keepBackups", "out-of-range"));
    }
    set_setting(store, LOCK_MINUTES, &data.lock_minutes.to_string())?;
    set_setting(store, KEEP_BACKUPS, &data.keep_backups.to_string())
}

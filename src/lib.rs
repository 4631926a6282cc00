//! Respond's core: languages, storage, settings and the command line's work.
//! It knows nothing of windows or Tauri, so everything here is testable on its own.

pub mod bench;
pub mod bindings;
pub mod bundle;
pub mod content;
pub mod data;
mod embedded;
pub mod error;
pub mod followup;
pub mod i18n;
pub mod jobs;
pub mod pdf;
pub mod pool;
pub mod print;
pub mod projector;
pub mod quiz;
pub mod results;
pub mod roleplay;
pub mod scan;
pub mod sessions;
pub mod settings;

pub use data::store::Store;
pub use error::{Error, ErrorCode, IpcError, Result};
pub use i18n::Language;

//! Respond's core: languages, storage, settings and the command line's work.
//! It knows nothing of windows or Tauri, so everything here is testable on its own.

pub mod app;
pub mod attempts;
pub mod audit;
pub mod backup;
pub mod bench;
pub mod bindings;
pub mod certificates;
pub mod charts;
pub mod codes;
pub mod content;
mod embedded;
pub mod demo;
pub mod error;
pub mod evaluation;
pub mod export;
pub mod followup;
pub mod i18n;
pub mod names;
pub mod passphrase;
pub mod pdf;
pub mod quiz;
pub mod report;
pub mod roster;
pub mod sessions;
pub mod printouts;
pub mod settings;
pub mod stats;
pub mod sheets;
pub mod store;
pub mod validate;

pub use error::{Error, ErrorCode, IpcError, Result};
pub use i18n::Language;
pub use store::Store;

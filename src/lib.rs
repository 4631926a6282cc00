//! Respond's core: languages, storage, settings and the command line's work.
//! It knows nothing of windows or Tauri, so everything here is testable on its own.

pub mod app;
pub mod bench;
pub mod bindings;
pub mod content;
mod embedded;
pub mod error;
pub mod i18n;
pub mod settings;
pub mod store;
pub mod validate;

pub use error::{Error, ErrorCode, IpcError, Result};
pub use i18n::Language;
pub use store::Store;

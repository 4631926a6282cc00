//! The data on this laptop and how it is kept: the encrypted store, sealed names,
//! backups, the passphrase, the audit log, and the small rules every feature shares for
//! input, SQL and files.

pub mod app;
pub mod audit;
pub mod backup;
pub mod files;
pub mod input;
pub mod installation;
pub mod names;
pub mod passphrase;
pub mod pin;
pub mod protection;
pub mod spreadsheet;
pub mod sql;
pub mod store;
pub mod vault;
pub mod window;

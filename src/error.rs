use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Database(rusqlite::Error),
    #[error("database upgrade failed: {0}")]
    Migration(rusqlite_migration::Error),
    #[error("file error: {0}")]
    Io(std::io::Error),
    #[error("the passphrase does not open this database")]
    WrongPassphrase,
    #[error("Respond is locked: unlock it with the passphrase")]
    Locked,
    #[error("the disk is full: nothing was saved")]
    DiskFull,
    #[error("the database is damaged: {0}")]
    Corrupt(String),
    #[error("no folder for Respond's data could be found; set RESPOND_DATA_DIR")]
    NoDataDir,
    #[error("unknown language: {0}")]
    UnknownLanguage(String),
    #[error("{field}: {reason}")]
    InvalidInput { field: String, reason: String },
    #[error("not found")]
    NotFound,
    #[error("module {id} is not available in {lang}")]
    /// `lang`: the language code.
    ModuleNotFound { id: String, lang: String },
    #[error("{0}")]
    Bench(String),
    #[error("PDF: {0}")]
    Pdf(String),
    /// Certificates are refused for everyone asked for when some have no name (or one the
    /// fonts cannot print): the participants' codes.
    #[error("a certificate needs a printable name: none for {missing:?}, unprintable for {unprintable:?}")]
    NameRequired { missing: Vec<String>, unprintable: Vec<String> },
    #[error("invalid certificate: {0}")]
    InvalidCertificate(Rejection),
    /// A bundle from another laptop was refused, with nothing written.
    #[error("bundle refused: {0}")]
    Bundle(crate::bundle::Refusal),
    /// The quiz kiosk runs: only its own commands are answered until the trainer leaves it.
    #[error("the quiz kiosk is running: leave it with the trainer's PIN first")]
    KioskActive,
    /// A bug: a panic caught at the boundary of one command.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Stable codes the UI switches on; the UI shows its own translated text for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    Database,
    Migration,
    Io,
    NoDataDir,
    UnknownLanguage,
    ModuleNotFound,
    InvalidInput,
    NotFound,
    Pdf,
    NameRequired,
    InvalidCertificate,
    WrongPassphrase,
    Locked,
    DiskFull,
    DatabaseCorrupt,
    KioskActive,
    Bundle,
    Internal,
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Database(_) => ErrorCode::Database,
            Error::Migration(_) => ErrorCode::Migration,
            Error::Io(_) => ErrorCode::Io,
            Error::NoDataDir => ErrorCode::NoDataDir,
            Error::UnknownLanguage(_) => ErrorCode::UnknownLanguage,
            Error::ModuleNotFound { .. } => ErrorCode::ModuleNotFound,
            Error::InvalidInput { .. } => ErrorCode::InvalidInput,
            Error::NotFound => ErrorCode::NotFound,
            Error::Bench(_) | Error::Internal(_) => ErrorCode::Internal,
            Error::KioskActive => ErrorCode::KioskActive,
            Error::Bundle(_) => ErrorCode::Bundle,
            Error::Pdf(_) => ErrorCode::Pdf,
            Error::NameRequired { .. } => ErrorCode::NameRequired,
            Error::InvalidCertificate(_) => ErrorCode::InvalidCertificate,
            Error::WrongPassphrase => ErrorCode::WrongPassphrase,
            Error::Locked => ErrorCode::Locked,
            Error::DiskFull => ErrorCode::DiskFull,
            Error::Corrupt(_) => ErrorCode::DatabaseCorrupt,
        }
    }
}

/// A full disk and a damaged file get errors of their own, whichever layer reports them,
/// so that the trainer is told what happened rather than "database error".
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull,
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => {
                Error::Corrupt(err.to_string())
            }
            _ => Error::Database(err),
        }
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(err: rusqlite_migration::Error) -> Self {
        let inner = match &err {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.sqlite_error_code(),
            _ => None,
        };
        match inner {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull,
            _ => Error::Migration(err),
        }
    }
}

/// A file write (a backup, a PDF) that runs out of space is the same full disk.
impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::StorageFull {
            Error::DiskFull
        } else {
            Error::Io(err)
        }
    }
}

/// The one error shape that crosses the IPC boundary: `{ code, message }`, and for
/// invalid input the field it concerns and why, so the UI shows it next to that field.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    pub reason: Option<String>,
}

impl From<Error> for IpcError {
    fn from(err: Error) -> Self {
        let (field, reason) = match &err {
            Error::InvalidInput { field, reason } => (Some(field.clone()), Some(reason.clone())),
            Error::Bundle(refusal) => (None, Some(crate::data::sql::enum_text(refusal))),
            _ => (None, None),
        };
        IpcError { code: err.code(), message: err.to_string(), field, reason }
    }
}

impl IpcError {
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError { code: ErrorCode::Internal, message: message.into(), field: None, reason: None }
    }
}

/// Why a certificate payload was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// Not a certificate payload, or cut short.
    Malformed,
    /// Changed after it was signed.
    Altered,
    /// Intact, but signed by another installation: the fingerprint of its key.
    OtherKey(String),
    /// No certificate with this serial was issued here.
    UnknownSerial(String),
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rejection::Malformed => f.write_str("not a certificate payload"),
            Rejection::Altered => f.write_str("changed after it was signed"),
            Rejection::OtherKey(key) => write!(f, "signed by another key ({key})"),
            Rejection::UnknownSerial(serial) => {
                write!(f, "no certificate {serial} was issued here")
            }
        }
    }
}

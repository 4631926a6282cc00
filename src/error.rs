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
    Bundle(BundleRefusal),
    /// The regional pool (a PostgreSQL server) was not reached or refused: nothing changed
    /// on this laptop.
    #[error("regional pool: {0}")]
    Pool(PoolRefusal),
    /// The quiz kiosk runs: only its own commands are answered until the trainer leaves it.
    #[error("the quiz kiosk is running: leave it with the trainer's PIN first")]
    KioskActive,
    /// Mentor mode is on: what could delete, erase or change the laptop's set-up waits
    /// until it is left with its PIN.
    #[error("mentor mode is on: leave it with its PIN first")]
    MentorMode,
    /// A long job was stopped by the person who started it; nothing of it was kept.
    #[error("stopped before the end: nothing was saved")]
    Cancelled,
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
    MentorMode,
    Bundle,
    Pool,
    Cancelled,
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
            Error::MentorMode => ErrorCode::MentorMode,
            Error::Bundle(_) => ErrorCode::Bundle,
            Error::Pool(_) => ErrorCode::Pool,
            Error::Pdf(_) => ErrorCode::Pdf,
            Error::NameRequired { .. } => ErrorCode::NameRequired,
            Error::InvalidCertificate(_) => ErrorCode::InvalidCertificate,
            Error::WrongPassphrase => ErrorCode::WrongPassphrase,
            Error::Locked => ErrorCode::Locked,
            Error::DiskFull => ErrorCode::DiskFull,
            Error::Corrupt(_) => ErrorCode::DatabaseCorrupt,
            Error::Cancelled => ErrorCode::Cancelled,
        }
    }
}

/// A full disk and a damaged file get errors of their own, whichever layer reports them,
/// so that the trainer is told what happened rather than "database error".
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull,
            // Only a job's watch interrupts a statement (`jobs::Job::watch`).
            Some(rusqlite::ErrorCode::OperationInterrupted) => Error::Cancelled,
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
            Error::Bundle(refusal) => (None, Some(refusal.code().to_string())),
            Error::Pool(refusal) => (None, Some(refusal.code().to_string())),
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

/// Why a bundle was refused. Nothing is written when it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BundleRefusal {
    /// The passphrase does not open it.
    Passphrase,
    /// Not a bundle, or changed after it was made (a byte on the stick, an edit).
    Damaged,
    /// Made by a newer Respond.
    NewerFormat,
    /// Signed by another key than the one this installation accepted before.
    KeyChanged,
    /// From an installation not accepted yet: its key's fingerprint is to be confirmed.
    Untrusted,
}

impl BundleRefusal {
    /// The reason as the UI and the messages name it (`error-bundle-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            BundleRefusal::Passphrase => "passphrase",
            BundleRefusal::Damaged => "damaged",
            BundleRefusal::NewerFormat => "newer-format",
            BundleRefusal::KeyChanged => "key-changed",
            BundleRefusal::Untrusted => "untrusted",
        }
    }
}

impl std::fmt::Display for BundleRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BundleRefusal::Passphrase => "the passphrase does not open this bundle",
            BundleRefusal::Damaged => {
                "this is not a Respond bundle, or it was changed after it was made"
            }
            BundleRefusal::NewerFormat => "this bundle was made by a newer Respond",
            BundleRefusal::KeyChanged => {
                "this bundle is signed by another key than the installation's"
            }
            BundleRefusal::Untrusted => "confirm the key of this installation first",
        })
    }
}

/// Why the regional pool could not be used; the server's own words, when it gave some.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolRefusal {
    /// Not a PostgreSQL connection URL.
    BadUrl,
    /// A server on another machine, reached without TLS (`sslmode=require` is needed).
    TlsRequired,
    /// No server answered at that address.
    Unreachable(String),
    /// The user name or password was refused.
    Credentials,
    /// The server answered with an error.
    Server(String),
}

impl PoolRefusal {
    /// The reason as the UI and the messages name it (`error-pool-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            PoolRefusal::BadUrl => "bad-url",
            PoolRefusal::TlsRequired => "tls-required",
            PoolRefusal::Unreachable(_) => "unreachable",
            PoolRefusal::Credentials => "credentials",
            PoolRefusal::Server(_) => "server",
        }
    }
}

impl std::fmt::Display for PoolRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PoolRefusal::BadUrl => f.write_str("not a postgresql:// URL"),
            PoolRefusal::TlsRequired => {
                f.write_str("a server on another machine needs TLS: add sslmode=require")
            }
            PoolRefusal::Unreachable(why) => write!(f, "no server answered: {why}"),
            PoolRefusal::Credentials => f.write_str("the user name or password was refused"),
            PoolRefusal::Server(why) => write!(f, "the server refused: {why}"),
        }
    }
}

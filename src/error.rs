//! Errors and the exit codes of SPEC.md ("Exit codes"). Every failure a user
//! can cause maps to exactly one code; the message names what was wrong.

use std::fmt;

/// Exit codes of the command contract.
pub mod exit {
    pub const OK: i32 = 0;
    pub const FOUND: i32 = 1;
    pub const USAGE: i32 = 2;
    pub const NOT_FOUND: i32 = 3;
    pub const REFUSED: i32 = 4;
    pub const STORE: i32 = 5;
}

#[derive(Debug)]
pub enum Error {
    /// Bad usage or bad input (exit 2). Nothing was written.
    Usage(String),
    /// No such case, officer, allegation (exit 3).
    NotFound(String),
    /// Refused by a rule of the profile (exit 4); `basis` is the citation.
    Refused { message: String, basis: String },
    /// The store cannot be used: locked, corrupt, newer, not a store (exit 5).
    Store(String),
    /// The server refused this login what the command needs (exit 4); the
    /// command's runner names the role it takes.
    Denied(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn usage(msg: impl Into<String>) -> Self {
        Error::Usage(msg.into())
    }
    pub fn not_found(msg: impl Into<String>) -> Self {
        Error::NotFound(msg.into())
    }
    pub fn refused(message: impl Into<String>, basis: impl Into<String>) -> Self {
        Error::Refused {
            message: message.into(),
            basis: basis.into(),
        }
    }
    pub fn store(msg: impl Into<String>) -> Self {
        Error::Store(msg.into())
    }

    /// A bad value for a field: names the field, the value and the accepted form.
    pub fn bad_value(field: &str, value: &str, accepted: &str) -> Self {
        Error::Usage(format!(
            "{field}: '{value}' is not valid; expected {accepted}"
        ))
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => exit::USAGE,
            Error::NotFound(_) => exit::NOT_FOUND,
            Error::Refused { .. } | Error::Denied(_) => exit::REFUSED,
            Error::Store(_) => exit::STORE,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::NotFound(m) | Error::Store(m) => f.write_str(m),
            Error::Denied(m) => write!(f, "the server refused: {m}"),
            Error::Refused { message, basis } if basis.is_empty() => f.write_str(message),
            Error::Refused { message, basis } => {
                write!(f, "{message} ({})", crate::model::cite(basis))
            }
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::Store(
                "the store is locked by another oversight process and stayed locked past the \
                 busy timeout; try again in a moment"
                    .into(),
            ),
            Some(ErrorCode::NotADatabase) => {
                Error::Store("the file is not an oversight store (not an SQLite database)".into())
            }
            Some(ErrorCode::DatabaseCorrupt) => Error::Store(format!("the store is corrupt: {e}")),
            Some(ErrorCode::ReadOnly) => Error::Store(format!("the store is read-only: {e}")),
            _ => Error::Store(format!("store error: {e}")),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Store(format!("i/o error: {e}"))
    }
}

/// The SQLSTATE of a refusal the store's own server-side code words for
/// the person (schema 17's count of the optional fields): shown as it is,
/// exit 4, where a privilege the server lacks is the role's to explain.
pub const STORE_REFUSED: &str = "OV001";

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        use postgres::error::SqlState;
        let Some(db) = e.as_db_error() else {
            return Error::Store(format!("store error (PostgreSQL): {e}"));
        };
        match db.code() {
            c if *c == SqlState::T_R_SERIALIZATION_FAILURE
                || *c == SqlState::T_R_DEADLOCK_DETECTED =>
            {
                Error::Store(
                    "the store was busy with another oversight process's change to the same \
                     records; nothing was written; try again in a moment"
                        .into(),
                )
            }
            c if *c == SqlState::INSUFFICIENT_PRIVILEGE => Error::Denied(db.message().to_string()),
            c if c.code() == STORE_REFUSED => Error::refused(db.message(), ""),
            c if *c == SqlState::LOCK_NOT_AVAILABLE || *c == SqlState::QUERY_CANCELED => {
                Error::Store(
                    "the store is locked by another oversight process and stayed locked past the \
                     busy timeout; try again in a moment"
                        .into(),
                )
            }
            _ => Error::Store(format!("store error: {}", db.message())),
        }
    }
}

//! The case store: what it keeps (`records`) and the one way in, a
//! transaction (`Store::write` / `Store::read` hand a `Tx` with typed reads
//! and writes). The store stores: it computes no deadline, knows no file
//! format and keeps its profile as text (`ops::open` reads the law from
//! it); `ops` does the law's work over it. Two engines: SQLite, one file,
//! the embedded default; PostgreSQL, one database an office shares. The
//! queries (`sqlite/`, named for the engine they began with) are written
//! once and run on either through `db`, the one transaction interface;
//! what only one engine has (opening a file, its pragmas and backup; a
//! server's connection and schema, `sqlite/postgres.rs`) is kept apart.

pub mod db;
pub mod records;
mod sqlite;

pub use records::*;
pub use sqlite::{
    exists_at, os_user, profile_text_at, schema, schema_version_at, Location, NewStore, Opened,
    StagedRow, Staging, Store, Tx, BUSY_TIMEOUT, NO_STORE, OPEN_DEADLINES_SQL,
};

//! The case store: what it keeps (`records`) and the one way in, a
//! transaction (`Store::write` / `Store::read` hand a `Tx` with typed reads
//! and writes). The store stores: it computes no deadline, knows no file
//! format and keeps its profile as text (`ops::open` reads the law from
//! it); `ops` does the law's work over it. One folder per engine: SQLite
//! (`sqlite/`) is the embedded default; a second engine is a sibling folder
//! giving the same `Store` and `Tx`.

pub mod db;
pub mod records;
mod sqlite;

pub use records::*;
pub use sqlite::{
    os_user, profile_text_at, schema, schema_version_at, NewStore, Opened, StagedRow, Staging,
    Store, Tx, BUSY_TIMEOUT, OPEN_DEADLINES_SQL,
};

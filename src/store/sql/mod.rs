//! The store's queries, for both engines (the crate has no SQL elsewhere
//! but the engines' own folders): written once, in the SQL SQLite and
//! PostgreSQL share (`?N` parameters, integers for truth values,
//! `YYYY-MM-DD` text for dates, `RETURNING id`), and run on either through
//! `store::db`. Each file adds the reads and writes of one area to `Tx`.

mod assignments;
pub(super) mod audit;
mod dump;
mod exchange;
mod matters;
mod officers;
pub(super) mod queries;
mod report;
pub(super) mod states;
mod subpoenas;
mod tallies;

pub use queries::{effective, OPEN_DEADLINES_SQL};
pub use report::{OFFICE_REPORT_TABLES, REPORT_TABLES};

//! `oversight`: a case tracker for civilian police-oversight offices.
//!
//! The library does the work; `main.rs` only parses and dispatches.
//! - [`rules`]: the law as data (profiles) and pure day arithmetic.
//! - [`store`]: the SQLite file; all SQL lives there.
//! - [`cli`]: one file per command.
//! - [`output`]: tables, JSON and CSV.

pub mod cli;
pub mod error;
pub mod model;
pub mod output;
pub mod rules;
pub mod store;

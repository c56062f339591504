//! `oversight`: a case tracker for civilian police-oversight offices.
//!
//! The library does the work; `main.rs` only parses and dispatches.
//! - [`rules`]: the law as data (profiles) and pure day arithmetic.
//! - [`store`]: the SQLite file; all SQL lives there.
//! - [`cli`]: one file per command.
//! - [`exchange`]: the export's rows and the checks import applies to them.
//! - [`report`]: the annual report's figures (Sec. 11.5-37).
//! - [`output`]: tables, JSON and CSV.

pub mod cli;
pub mod config;
pub mod error;
pub mod exchange;
pub mod files;
pub mod model;
pub mod ops;
pub mod output;
pub mod report;
pub mod rules;
pub mod store;

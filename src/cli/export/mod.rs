//! `export …`: data out of the store for spreadsheets and other systems.

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

pub mod cases;
pub mod store;

/// Export data (CSV or JSON), or the whole store
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    Cases(cases::CasesArgs),
    Store(store::StoreArgs),
}

pub fn run(ctx: &Ctx, c: ExportCommand) -> Result<i32> {
    match c {
        ExportCommand::Cases(a) => cases::run(ctx, a),
        ExportCommand::Store(a) => store::run(ctx, a),
    }
}

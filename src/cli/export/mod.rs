//! `export …`: data out of the store for spreadsheets and other systems.

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

pub mod cases;

/// Export data (CSV or JSON)
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    Cases(cases::CasesArgs),
}

pub fn run(ctx: &Ctx, c: ExportCommand) -> Result<i32> {
    match c {
        ExportCommand::Cases(a) => cases::run(ctx, a),
    }
}

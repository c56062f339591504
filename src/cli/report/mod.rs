//! `report …`: the office's reports.

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

pub mod annual;

/// Reports: the annual report
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    Annual(annual::AnnualArgs),
}

pub fn run(ctx: &Ctx, c: ReportCommand) -> Result<i32> {
    match c {
        ReportCommand::Annual(a) => annual::run(ctx, a),
    }
}

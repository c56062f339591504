//! `audit …`: the hash-chained trail of every change and every reading of
//! personal data.

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

pub mod changes;
pub mod log;

/// The audit trail: who changed or looked at what, and when
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    Log(log::LogArgs),
    Changes(changes::ChangesArgs),
}

pub fn run(ctx: &Ctx, c: AuditCommand) -> Result<i32> {
    match c {
        AuditCommand::Log(a) => log::run(ctx, a),
        AuditCommand::Changes(a) => changes::run(ctx, a),
    }
}

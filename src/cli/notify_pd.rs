//! `notify-pd`: the police department was notified of the complaint (and, for
//! a criminal complaint, the complaint forwarded to it).

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the police department was notified / the complaint forwarded
#[derive(Debug, Args)]
#[command(after_help = "Example:
  oversight notify-pd 2025-0042 --date 2025-03-10")]
pub struct NotifyPdArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: NotifyPdArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "notify-pd")?)
}

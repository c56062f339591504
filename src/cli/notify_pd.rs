//! `notify-pd`: the police department was notified of the complaint (and, for
//! a criminal complaint, the complaint forwarded to it).

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the police department was notified / the complaint forwarded (11.5-31(1)(b), (3)(b)(i))
#[derive(Debug, Args)]
#[command(
    after_help = "Meets notify-pd (2 working days, 11.5-31(1)(b)) and, for criminal \
complaints, forward-pd (3 working days, 11.5-31(3)(b)(i)).

Example:
  oversight notify-pd 2025-0042 --date 2025-03-10"
)]
pub struct NotifyPdArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: NotifyPdArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "notify-pd")?)
}

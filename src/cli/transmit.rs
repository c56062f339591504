//! `transmit`: record that the findings and recommendations were sent to the Chief (11.5-31(6))

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the findings and recommendations were sent to the Chief
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  oversight transmit 2025-0042 --date 2025-09-15")]
pub struct TransmitArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: TransmitArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "transmit")?)
}

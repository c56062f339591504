//! `close`: close the case, with findings or out of time (11.5-31(3)(d))

use clap::Args;

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Close the case, with findings or out of time
#[derive(Debug, Args)]
#[command(
    after_help = "--out-of-time closes the case without a finding because its time to \
complete ran out.\n\n\
Examples:\n  oversight close 2025-0042 --date 2025-10-01\n  oversight close 2025-0042 --date 2025-10-01 --out-of-time"
)]
pub struct CloseArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// Close without a finding: the time to complete ran out
    #[arg(long)]
    pub out_of_time: bool,
}

pub fn run(ctx: &Ctx, a: CloseArgs) -> Result<i32> {
    record(
        ctx,
        Step {
            out_of_time: a.out_of_time,
            result: a.out_of_time.then(|| "out-of-time".to_string()),
            ..a.at.step(ctx, "close")?
        },
    )
}

//! `ia-file-access`: Internal Affairs made its investigative file available
//! for an IA closed case after intake. The Executive Director's 10 working
//! days start at the later of the close-out report and this access.

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the IA investigative file was made available
#[derive(Debug, Args)]
#[command(
    after_help = "For an IA closed case whose file was not available at intake.

Example:
  oversight ia-file-access 2025-0042 --date 2025-11-14"
)]
pub struct IaFileAccessArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: IaFileAccessArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "ia-file-access")?)
}

//! `present`: record that the completed investigation or review was presented to the panel

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the completed investigation or review was presented to the panel
#[derive(Debug, Args)]
#[command(
    after_help = "Findings may be recorded once the case is presented.\n\n\
Example:\n  oversight present 2025-0042 --date 2025-09-10"
)]
pub struct PresentArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: PresentArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "present")?)
}

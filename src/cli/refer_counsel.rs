//! `refer-counsel`: a criminal complaint was sent to the Independent Counsel.

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the complaint was sent to the Independent Counsel
#[derive(Debug, Args)]
#[command(after_help = "Example:
  oversight refer-counsel 2025-0042 --date 2025-03-11")]
pub struct ReferCounselArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: ReferCounselArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "refer-counsel")?)
}

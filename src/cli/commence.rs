//! `commence`: record that the investigation (or review) commenced

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the investigation (or review) commenced
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  oversight commence 2025-0042 --date 2025-03-24")]
pub struct CommenceArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: CommenceArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "commence")?)
}

//! `challenge`: record a prosecutorial agency's written notice of a legal challenge (48-hour stay, 11.5-31(2)(a)(i))

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record a prosecutorial agency's written notice of a legal challenge
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  oversight challenge 2025-0042 --date 2025-03-21 --note \"State Attorney\""
)]
pub struct ChallengeArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: ChallengeArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "challenge")?)
}

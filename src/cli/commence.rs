//! `commence`: record that the investigation (or review) commenced

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the investigation (or review) commenced
#[derive(Debug, Args)]
#[command(
    after_help = "Meets commence (10 working days from receipt, 11.5-31(3)(a); 7 working days from a \
no-interference determination, 11.5-31(3)(b)(iv)) and starts complete (180 days; 60 for \
an IA review). Refused on a criminal case before a no-interference determination, after \
an interference one, or inside a 48-hour stay (11.5-31(2)(a)(i)).\n\n\
Example:\n  oversight commence 2025-0042 --date 2025-03-24"
)]
pub struct CommenceArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: CommenceArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "commence")?)
}

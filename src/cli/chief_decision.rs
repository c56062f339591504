//! `chief-decision`: the Chief's final decision on an IA closed case, when
//! it was not known at intake. Internal Affairs owes its close-out report
//! 3 working days from it (11.5-31(2)(c)): the case then shows whether the
//! report came late.

use clap::Args;

use super::step::{record, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record the Chief's final decision on an IA closed case
#[derive(Debug, Args)]
#[command(
    after_help = "For an IA closed case whose decision date was not known at intake \
(`intake --chief-decision`). The date is on or before the date the close-out report was \
received.

Example:
  oversight chief-decision 2025-0042 --date 2025-10-31"
)]
pub struct ChiefDecisionArgs {
    #[command(flatten)]
    pub at: StepArgs,
}

pub fn run(ctx: &Ctx, a: ChiefDecisionArgs) -> Result<i32> {
    record(ctx, a.at.step(ctx, "chief-decision")?)
}

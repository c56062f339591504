//! `counsel-determination`: record the Independent Counsel's written determination on interference (11.5-31(3)(b)(iii))

use clap::Args;

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record the Independent Counsel's written determination on interference (11.5-31(3)(b)(iii))
#[derive(Debug, Args)]
#[command(
    after_help = "Meets counsel-determination (10 working days from the referral, 11.5-31(3)(b)(iii)). \
no-interference starts commence (7 working days, 11.5-31(3)(b)(iv)); interference puts \
the case on hold until a later determination of no interference (11.5-31(2)(a)(i)).\n\n\
Example:\n  oversight counsel-determination 2025-0042 --date 2025-03-20 --result no-interference"
)]
pub struct CounselDeterminationArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// What counsel determined
    #[arg(long, value_enum)]
    pub result: Determination,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Determination {
    /// An investigation will not interfere: it may commence
    NoInterference,
    /// It would interfere with a criminal investigation or prosecution
    Interference,
}

pub fn run(ctx: &Ctx, a: CounselDeterminationArgs) -> Result<i32> {
    let result = match a.result {
        Determination::NoInterference => "no-interference",
        Determination::Interference => "interference",
    };
    record(
        ctx,
        Step {
            result: Some(result.into()),
            ..a.at.step("counsel-determination")
        },
    )
}

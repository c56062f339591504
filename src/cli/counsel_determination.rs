//! `counsel-determination`: record the Independent Counsel's written determination on interference (11.5-31(3)(b)(iii))

use clap::Args;

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record the Independent Counsel's written determination on interference
#[derive(Debug, Args)]
#[command(
    after_help = "Interference puts the case on hold until a later determination of no \
interference.\n\n\
Example:\n  oversight counsel-determination 2025-0042 --date 2025-03-20 --result no-interference"
)]
pub struct CounselDeterminationArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// What counsel determined
    #[arg(long, value_enum)]
    pub result: Option<Determination>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Determination {
    /// An investigation will not interfere: it may commence
    NoInterference,
    /// It would interfere with a criminal investigation or prosecution
    Interference,
}

pub fn run(ctx: &Ctx, a: CounselDeterminationArgs) -> Result<i32> {
    let others: &[&str] = if a.result.is_none() {
        &["--result no-interference|interference"]
    } else {
        &[]
    };
    let step = a.at.step_or_ask(ctx, "counsel-determination", others)?;
    let result = match a.result {
        Some(Determination::NoInterference) => "no-interference",
        Some(Determination::Interference) => "interference",
        None => {
            let items = ["no-interference", "interference"].map(String::from);
            let i = super::prompt::select("Counsel's determination", &items, 0)?;
            ["no-interference", "interference"][i]
        }
    };
    record(
        ctx,
        Step {
            result: Some(result.into()),
            ..step
        },
    )
}

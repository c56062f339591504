//! `decide`: record the Executive Director's decision on an IA closed case: investigate or review (11.5-31(3)(c)(i))

use clap::Args;

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record the Executive Director's decision on an IA closed case: investigate or review
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  oversight decide 2025-0042 --date 2025-06-10 --action review")]
pub struct DecideArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// Investigate the matter independently, or review the IA file
    #[arg(long, value_enum)]
    pub action: Option<Decision>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Decision {
    /// An independent investigation (180 days)
    Investigate,
    /// A review of the IA file (60 days)
    Review,
}

pub fn run(ctx: &Ctx, a: DecideArgs) -> Result<i32> {
    let others: &[&str] = if a.action.is_none() {
        &["--action investigate|review"]
    } else {
        &[]
    };
    let step = a.at.step_or_ask(ctx, "decide", others)?;
    let action = match a.action {
        Some(Decision::Investigate) => "investigate",
        Some(Decision::Review) => "review",
        None => {
            let items = [
                "investigate (an independent investigation, 180 days)",
                "review (of the IA file, 60 days)",
            ]
            .map(String::from);
            let i = super::prompt::select("The Executive Director's decision", &items, 0)?;
            ["investigate", "review"][i]
        }
    };
    record(
        ctx,
        Step {
            result: Some(action.into()),
            ..step
        },
    )
}

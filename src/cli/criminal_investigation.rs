//! `criminal-investigation`: a criminal investigation of the same conduct
//! became pending or concluded. Under a profile that tolls on it (florida-ia,
//! Fla. Stat. 112.532(6)(a)) the completion clock stops while it is pending.

use clap::{Args, ValueEnum};

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that a criminal investigation of the same conduct is pending or concluded (tolls the clock)
#[derive(Debug, Args)]
#[command(
    after_help = "While pending, the completion clock is stopped (no due date runs, nothing \
is overdue); when concluded, the due date moves out by the days it was pending.

Examples:
  oversight criminal-investigation 2025-0042 --date 2025-02-03 --status pending
  oversight criminal-investigation 2025-0042 --date 2025-04-14 --status concluded"
)]
pub struct CriminalInvestigationArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// Pending from this date, or concluded on it
    #[arg(long, value_enum)]
    pub status: Option<InvestigationStatus>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum InvestigationStatus {
    Pending,
    Concluded,
}

pub fn run(ctx: &Ctx, a: CriminalInvestigationArgs) -> Result<i32> {
    let others: &[&str] = if a.status.is_none() {
        &["--status pending|concluded"]
    } else {
        &[]
    };
    let step = a.at.step_or_ask(ctx, "criminal-investigation", others)?;
    let status = match a.status {
        Some(InvestigationStatus::Pending) => "pending",
        Some(InvestigationStatus::Concluded) => "concluded",
        None => {
            let items = ["pending", "concluded"].map(String::from);
            ["pending", "concluded"]
                [super::prompt::select("The criminal investigation is", &items, 0)?]
        }
    };
    record(
        ctx,
        Step {
            result: Some(status.into()),
            ..step
        },
    )
}

//! `extend`: the panel extends a direct case's completion time to 60 days
//! after it received the Internal Affairs investigative file.

use chrono::NaiveDate;
use clap::Args;

use super::ask::{self, Ask};
use super::step::{record, Step};
use super::Ctx;
use crate::error::Result;

/// Extend a direct case's completion deadline once the IA file is received
#[derive(Debug, Args)]
#[command(
    after_help = "The complete deadline becomes 60 days after the IA file was received, \
if that is later than it already is: an extension never shortens the time.

Example:
  oversight extend 2025-0042 --ia-file-received 2025-08-20"
)]
pub struct ExtendArgs {
    /// Case number, e.g. 2025-0042
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
    /// When the Internal Affairs investigative file was received
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub ia_file_received: Option<NaiveDate>,
    /// Free-text note
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, a: ExtendArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.case, "CASE")
        .need(&a.ia_file_received, "--ia-file-received YYYY-MM-DD")
        .check()?;
    let case = ask::text(a.case, "Case number")?;
    let received = ask::date(ctx, a.ia_file_received, "When the IA file was received")?;
    record(
        ctx,
        Step {
            note: a.note,
            date_flag: Some("--ia-file-received"),
            ..Step::new(&case, "extend", received)
        },
    )
}

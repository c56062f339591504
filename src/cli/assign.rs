//! `assign CASE --to LOGIN`: give a case to an investigator.

use chrono::NaiveDate;
use clap::Args;

use super::ask::{self, Ask};
use super::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::{print_json, Format};

/// Give a case to an investigator (by login); a reassignment keeps the one before
#[derive(Debug, Args)]
#[command(
    after_help = "An investigator is named by login: on this machine's store, the \
operating-system account (`whoami`). The assignment is recorded in the audit log and shown \
by `show`; `list --assignee`, `overdue --assignee`, `due --mine` and `caseload` use it.

Examples:
  oversight assign 2025-0042 --to jdoe
  oversight assign 2025-0042 --to akim --date 2025-04-01"
)]
pub struct AssignArgs {
    /// Case number, e.g. 2025-0042
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
    /// The investigator's login
    #[arg(long, value_name = "LOGIN")]
    pub to: Option<String>,
    /// From when (today by default)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub date: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, a: AssignArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.case, "CASE")
        .need(&a.to, "--to LOGIN")
        .check()?;
    let case = ask::text(a.case, "Case number")?;
    let login = ask::text(a.to, "Investigator's login")?;
    let date = a.date.unwrap_or(ctx.latest);
    let mut store = ctx.open()?;
    let done = store.write(|tx| {
        ops::assign::assign(tx, case.trim(), ("--to", login.trim()), date, ctx.latest)
    })?;
    if ctx.format == Format::Json {
        print_json(&done)?;
    } else {
        crate::info!(
            "case {} assigned to {} from {}{}",
            done.case,
            done.assignee,
            done.date,
            done.previous
                .as_ref()
                .map(|p| format!(" (was {p})"))
                .unwrap_or_default()
        );
    }
    Ok(0)
}

//! `caseload`: per investigator, the open cases and their deadlines.

use clap::Args;

use super::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::ops;
use crate::output::{print_csv, print_json, print_table, table, Format};

/// Per investigator: open cases, deadlines due in the next 7 days, overdue
#[derive(Debug, Args)]
#[command(
    after_help = "Counts, as of --as-of, the open cases assigned to each investigator \
(`assign`), the deadlines of those cases falling due today or in the next 7 days, and those \
overdue; the open cases no one has come last.

Examples:
  oversight caseload
  oversight caseload --format csv"
)]
pub struct CaseloadArgs {}

pub fn run(ctx: &Ctx, _a: CaseloadArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let rows = store.read(|tx| ops::assign::caseload(tx, ctx.as_of))?;
    let who = |l: &ops::assign::Load| {
        l.assignee
            .clone()
            .unwrap_or_else(|| "(unassigned)".to_string())
    };
    match ctx.format {
        Format::Json => print_json(&rows)?,
        Format::Csv => print_csv(
            &["assignee", "open_cases", "due_within_7_days", "overdue"],
            rows.iter().map(|l| {
                [
                    l.assignee.clone().unwrap_or_default(),
                    l.open_cases.to_string(),
                    l.due_within_7_days.to_string(),
                    l.overdue.to_string(),
                ]
            }),
        )?,
        Format::Table => {
            if rows.is_empty() {
                crate::info!("no open case as of {}", fmt_date(ctx.as_of));
            } else {
                let mut t = table(["Investigator", "Open cases", "Due in 7 days", "Overdue"]);
                for l in &rows {
                    t.add_row(vec![
                        who(l),
                        l.open_cases.to_string(),
                        l.due_within_7_days.to_string(),
                        l.overdue.to_string(),
                    ]);
                }
                print_table(&t)?;
            }
        }
    }
    Ok(0)
}

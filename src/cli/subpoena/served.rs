//! `subpoena served`: an issued subpoena was served.

use chrono::NaiveDate;
use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::Result;
use crate::ops;

/// Record that an issued subpoena was served
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  oversight subpoena served 3 --date 2025-04-20")]
pub struct ServedArgs {
    /// The subpoena's number (see `subpoena list`)
    pub id: Option<i64>,
    /// When it was served
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub date: Option<NaiveDate>,
    /// Free-text note (by whom, where)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, a: ServedArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.id, "ID")
        .need(&a.date, "--date YYYY-MM-DD")
        .check()?;
    let id = ask::number(a.id, "Subpoena number (see `subpoena list`)")?;
    let date = ask::date(ctx, a.date, "Date of service")?;
    let mut store = ctx.open()?;
    let after =
        store.write(|tx| ops::subpoena::served(tx, id, date, a.note.clone(), ctx.latest))?;
    super::said(ctx, "served", date, &after)
}

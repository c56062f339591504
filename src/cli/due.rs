//! `due --within N`: open deadlines falling due in the next N days.

use clap::Args;

use super::Ctx;
use crate::error::Result;
use crate::model::{cite, fmt_date};
use crate::output::{deadline_header, deadline_row, Format, Stream, TableStream};

/// List open deadlines falling due today or in the next N days
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  oversight due --within 7
  oversight due --within 14 --as-of 2025-12-22 --format csv")]
pub struct DueArgs {
    /// How many calendar days ahead to look (0: due today)
    #[arg(long, value_name = "DAYS", default_value_t = 7)]
    pub within: u32,
    #[command(flatten)]
    pub whose: super::WhoseArgs,
}

pub fn run(ctx: &Ctx, a: DueArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let until = ctx
        .as_of
        .checked_add_days(chrono::Days::new(a.within.into()))
        .ok_or_else(|| {
            crate::error::Error::bad_value(
                "--within",
                &a.within.to_string(),
                "a smaller number of days",
            )
        })?;
    let left = |due: chrono::NaiveDate| (due - ctx.as_of).num_days();
    let whose = a.whose.login(&store);
    match ctx.format {
        Format::Json | Format::Csv => {
            let mut out = Stream::new(ctx.format, &deadline_header("days_left"))?;
            store.read(|tx| {
                tx.each_open_deadline(ctx.as_of, Some(ctx.as_of), until, |r| {
                    if !super::kept(&whose, &r) {
                        return Ok(());
                    }
                    // Not yet past due, so not yet out of time.
                    let (json, cells) = deadline_row(&r, "days_left", left(r.due), false);
                    out.row(json, cells)
                })
            })?;
            out.finish()?;
        }
        Format::Table => {
            let mut t = TableStream::new(["Case", "Deadline", "Due", "Days left", "What", "Basis"]);
            store.read(|tx| {
                tx.each_open_deadline(ctx.as_of, Some(ctx.as_of), until, |r| {
                    if !super::kept(&whose, &r) {
                        return Ok(());
                    }
                    t.row(vec![
                        r.label(),
                        r.rule.clone(),
                        fmt_date(r.due),
                        left(r.due).to_string(),
                        r.title.clone(),
                        cite(&r.basis),
                    ])
                })
            })?;
            if t.finish_if_any()? == 0 {
                crate::info!(
                    "nothing falls due from {} to {}",
                    fmt_date(ctx.as_of),
                    fmt_date(until)
                );
            }
        }
    }
    Ok(0)
}

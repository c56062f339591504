//! `overdue`: every open deadline past due as of `--as-of`, oldest first.
//! The clerk's nightly cron job: stable JSON/CSV, `--exit-code`, no prompts.

use clap::Args;

use super::Ctx;
use crate::error::{exit, Result};
use crate::model::{cite, fmt_date};
use crate::output::{alert, deadline_header, deadline_row, Format, Stream, TableStream};
use crate::store::DeadlineRow;

/// List every open deadline past due, oldest first (run it from cron)
#[derive(Debug, Args)]
#[command(
    after_help = "A deadline is overdue when it is not yet met and today (--as-of) is \
after its due date. Rows marked OUT OF TIME are cases whose completion deadline passed: \
they are to be closed without a finding.

Examples:
  oversight overdue
  oversight overdue --as-of 2026-01-05 --format json
  oversight overdue --format csv --exit-code || mail -s 'Overdue cases' director@example.org"
)]
pub struct OverdueArgs {
    /// Exit with status 1 when anything is overdue
    #[arg(long)]
    pub exit_code: bool,
    #[command(flatten)]
    pub whose: super::WhoseArgs,
}

pub fn run(ctx: &Ctx, a: OverdueArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let yesterday = ctx.as_of.pred_opt().unwrap_or(ctx.as_of);
    let days = |r: &DeadlineRow| (ctx.as_of - r.due).num_days();
    let whose = a.whose.login(&store);
    let found = match ctx.format {
        // Scripts get the rows as they are read: memory stays flat however
        // many deadlines are overdue.
        Format::Json | Format::Csv => {
            let mut out = Stream::new(ctx.format, &deadline_header("days_overdue"))?;
            store.read(|tx| {
                tx.each_open_deadline(ctx.as_of, None, yesterday, |r| {
                    if !super::kept(&whose, &r) {
                        return Ok(());
                    }
                    let (json, cells) = deadline_row(&r, "days_overdue", days(&r), r.out_of_time);
                    out.row(json, cells)
                })
            })?;
            out.finish()?
        }
        Format::Table => {
            let mut t = TableStream::new(["Case", "Deadline", "Due", "Days over", "Basis"]);
            store.read(|tx| {
                tx.each_open_deadline(ctx.as_of, None, yesterday, |r| {
                    if !super::kept(&whose, &r) {
                        return Ok(());
                    }
                    let deadline = if r.out_of_time {
                        format!("{} OUT OF TIME", r.rule)
                    } else {
                        r.rule.clone()
                    };
                    t.row(vec![
                        alert(r.label(), ctx.color),
                        alert(deadline, ctx.color),
                        alert(fmt_date(r.due), ctx.color),
                        alert(days(&r), ctx.color),
                        alert(cite(&r.basis), ctx.color),
                    ])
                })
            })?;
            let found = t.finish_if_any()?;
            if found == 0 {
                crate::info!("nothing overdue as of {}", fmt_date(ctx.as_of));
            } else {
                crate::info!("{found} overdue as of {}", fmt_date(ctx.as_of));
            }
            found
        }
    };
    Ok(if a.exit_code && found > 0 {
        exit::FOUND
    } else {
        exit::OK
    })
}

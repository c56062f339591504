//! `correct`: fix a recorded step with a correcting event (`ops::correct`
//! says what a correction is held to); the original stays on the timeline.

use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::ops::{self, correct::Correction};
use crate::output::{print_json, Format};

/// Correct or retract a recorded step; the original stays on the timeline
#[derive(Debug, Args)]
#[command(
    after_help = "Event numbers are in the timeline of `oversight show CASE`.

Examples:
  oversight correct 2025-0042 --event 7 --date 2025-03-12 --reason \"typo in the date\"
  oversight correct 2025-0042 --event 9 --retract --reason \"recorded on the wrong case\"
  oversight correct 2025-0042 --event 11 --result no-finding --finding-reason withdrawn \\
      --reason \"the panel found no finding\""
)]
pub struct CorrectArgs {
    /// Case number, e.g. 2025-0042
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
    /// The event to correct (its # in `show`)
    #[arg(long, value_name = "ID")]
    pub event: Option<i64>,
    /// Why (kept on the timeline)
    #[arg(long)]
    pub reason: Option<String>,
    /// The right date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg, conflicts_with = "retract")]
    pub date: Option<NaiveDate>,
    /// The right result (determination, decision, finding...)
    #[arg(long, conflicts_with = "retract")]
    pub result: Option<String>,
    /// A finding's reason for no finding (with --result no-finding, or to
    /// correct the reason alone), one of the profile's; a finding corrected
    /// to another result drops its reason
    #[arg(long, value_name = "REASON", conflicts_with = "retract")]
    pub finding_reason: Option<String>,
    /// The step did not happen: withdraw it
    #[arg(long)]
    pub retract: bool,
}

pub fn run(ctx: &Ctx, a: CorrectArgs) -> Result<i32> {
    let what: Option<()> =
        (a.retract || a.date.is_some() || a.result.is_some() || a.finding_reason.is_some())
            .then_some(());
    super::ask::Ask::new(ctx)
        .need(&a.case, "CASE")
        .need(&a.event, "--event ID")
        .need(&a.reason, "--reason TEXT")
        .need(
            &what,
            "--date D, --result R, --finding-reason R or --retract",
        )
        .check()?;
    let mut c = Correction {
        case: super::ask::text(a.case, "Case number")?,
        event: super::ask::number(a.event, "Event number (see `show`)")?,
        reason: super::ask::text(a.reason, "Why (kept on the timeline)")?,
        date: a.date,
        result: a.result,
        finding_reason: a.finding_reason,
        retract: a.retract,
    };
    let mut store = ctx.open()?;
    if !c.retract && c.date.is_none() && c.result.is_none() && c.finding_reason.is_none() {
        // Each date typed is tried as the correction (rolled back): what
        // is wrong with it is said, and the date asked again.
        let tried = c.clone();
        c.date = Some(super::prompt::date_checked(
            "The right date",
            Some(ctx.latest),
            ctx.latest,
            |d| {
                let attempt = Correction {
                    date: Some(d),
                    ..tried.clone()
                };
                store
                    .dry_run(|tx| ops::correct::correct(tx, &attempt, ctx.latest))
                    .map_err(|e| super::prompt::said(&e))
            },
        )?);
    }
    let done = store.write(|tx| ops::correct::correct(tx, &c, ctx.latest))?;
    let what = if c.retract { "retracted" } else { "corrected" };
    if ctx.format == Format::Json {
        print_json(&json!({
            "case": done.number, "event": done.event, "kind": done.kind, "action": what,
            "date": c.date.map(fmt_date), "result": c.result,
        }))?;
    } else {
        crate::info!(
            "{what} {} (#{}) on case {}; the original stays on the timeline",
            done.kind,
            done.event,
            done.number
        );
    }
    Ok(0)
}

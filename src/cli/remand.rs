//! `remand`: record that the panel remanded the matter for further work (11.5-31(5)(a))

use chrono::NaiveDate;
use clap::Args;

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::Result;

/// Record that the panel remanded the matter for further work
#[derive(Debug, Args)]
#[command(
    after_help = "The results are due by the date given with --next-meeting.\n\n\
Example:\n  oversight remand 2025-0042 --date 2025-09-10 --next-meeting 2025-10-08"
)]
pub struct RemandArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// Date of the panel's next regular meeting (the new due date)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub next_meeting: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, a: RemandArgs) -> Result<i32> {
    let others: &[&str] = if a.next_meeting.is_none() {
        &["--next-meeting YYYY-MM-DD"]
    } else {
        &[]
    };
    let step = a.at.step_or_ask(ctx, "remand", others)?;
    let next_meeting = match a.next_meeting {
        Some(d) => d,
        None => super::prompt::date("Date of the next regular meeting", None, NaiveDate::MAX)?,
    };
    if next_meeting <= step.date {
        return Err(crate::error::Error::usage(format!(
            "--next-meeting: '{}' is not after the remand ({}); give the date of the next regular meeting",
            crate::model::fmt_date(next_meeting),
            crate::model::fmt_date(step.date)
        )));
    }
    record(
        ctx,
        Step {
            until: Some(next_meeting),
            ..step
        },
    )
}

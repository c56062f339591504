//! `policy response`: the Chief's written response to a recommendation or to
//! the panel's comments on a proposed revision.

use chrono::NaiveDate;
use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::matters::{self, Accepted};
use crate::cli::Ctx;
use crate::error::Result;
use crate::ops::{self, matters::MatterStep};

/// Record the Chief's written response: were the recommendations accepted?
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  oversight policy response POL-2025-001 --date 2025-12-10 --accepted partial"
)]
pub struct ResponseArgs {
    /// The recommendation or proposed revision, e.g. POL-2025-001
    pub id: Option<String>,
    /// When the response was received
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub date: Option<NaiveDate>,
    /// Were the panel's recommendations accepted?
    #[arg(long, value_enum)]
    pub accepted: Option<Accepted>,
    /// Free-text note
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, a: ResponseArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.id, "ID")
        .need(&a.date, "--date YYYY-MM-DD")
        .need(&a.accepted, "--accepted yes|no|partial")
        .check()?;
    let id = ask::text(
        a.id.clone(),
        "Recommendation or revision (e.g. POL-2025-001)",
    )?;
    let date = ask::date(ctx, a.date, "Date of the Chief's response")?;
    let accepted = ask::choice(
        a.accepted,
        "Were the recommendations accepted?",
        &[
            ("yes", Accepted::Yes),
            ("no", Accepted::No),
            ("partly", Accepted::Partial),
        ],
    )?;
    matters::record(
        ctx,
        "response",
        MatterStep {
            number: id,
            date,
            result: Some(accepted.as_str().to_string()),
            recipient: None,
            note: a.note,
        },
        ops::matters::policy_response,
    )
}

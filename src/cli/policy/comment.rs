//! `policy comment`: the panel's written recommendations on a proposed
//! revision; the Chief then has 45 days to respond (11.5-31(7)(b)).

use chrono::NaiveDate;
use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::{matters, Ctx};
use crate::error::Result;
use crate::ops::{self, matters::MatterStep};

/// Record the panel's comments on the Chief's proposed revision
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  oversight policy comment REV-2025-001 --date 2025-12-18")]
pub struct CommentArgs {
    /// The proposed revision, e.g. REV-2025-001
    pub id: Option<String>,
    /// When the comments were sent to the Chief
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub date: Option<NaiveDate>,
    /// Free-text note
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, a: CommentArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.id, "ID")
        .need(&a.date, "--date YYYY-MM-DD")
        .check()?;
    let id = ask::text(a.id.clone(), "Proposed revision (e.g. REV-2025-001)")?;
    let date = ask::date(ctx, a.date, "Date the comments were sent")?;
    matters::record(
        ctx,
        "comment",
        MatterStep {
            number: id,
            date,
            result: None,
            recipient: None,
            note: a.note,
        },
        ops::matters::comment,
    )
}

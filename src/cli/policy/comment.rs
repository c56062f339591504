//! `policy comment`: the panel's written recommendations on a proposed
//! revision; the Chief then has 45 days to respond (11.5-31(7)(b)).

use chrono::NaiveDate;
use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::matter_step::{once, record, MatterStep};
use crate::cli::Ctx;
use crate::error::{Error, Result};

/// Record the panel's comments on the Chief's proposed revision (11.5-31(7)(b))
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
    record(
        ctx,
        MatterStep {
            number: &id,
            event: "comment",
            date,
            result: None,
            recipient: None,
            note: a.note.as_deref(),
        },
        |tx, m, events| {
            if m.kind != "proposed-revision" {
                return Err(Error::refused(
                    format!(
                        "{} is not a proposed revision; the panel comments on the Chief's proposed revisions",
                        m.number
                    ),
                    "11.5-31(7)(b)",
                ));
            }
            once(tx, m, events, "comment", None)
        },
    )
}

//! `subpoena counsel-review`: the Independent Counsel reviews the request
//! for legal sufficiency; in a criminal case only after consulting the
//! State Attorney (11.5-32(a)(1)).

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::Result;
use crate::ops;

/// Record the Independent Counsel's review of a subpoena request
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  oversight subpoena counsel-review 3 --date 2025-04-09 --result approved --state-attorney-consulted"
)]
pub struct CounselReviewArgs {
    /// The subpoena's number (see `subpoena list`)
    pub id: Option<i64>,
    /// When counsel decided
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub date: Option<NaiveDate>,
    /// Counsel's decision
    #[arg(long, value_enum)]
    pub result: Option<Review>,
    /// Counsel consulted the State Attorney (required in a criminal case)
    #[arg(long)]
    pub state_attorney_consulted: bool,
    /// Free-text note
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Review {
    Approved,
    Denied,
}

pub fn run(ctx: &Ctx, a: CounselReviewArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.id, "ID")
        .need(&a.date, "--date YYYY-MM-DD")
        .need(&a.result, "--result approved|denied")
        .check()?;
    let id = ask::number(a.id, "Subpoena number (see `subpoena list`)")?;
    let date = ask::date(ctx, a.date, "Date of counsel's review")?;
    let result = ask::choice(
        a.result,
        "Counsel's decision",
        &[("approved", Review::Approved), ("denied", Review::Denied)],
    )?;
    let mut store = ctx.open()?;
    let after = store.write(|tx| {
        ops::subpoena::counsel_review(
            tx,
            id,
            date,
            matches!(result, Review::Approved),
            a.state_attorney_consulted,
            a.note.clone(),
            ctx.latest,
        )
    })?;
    super::said(ctx, "counsel-review", date, &after)
}

//! `subpoena counsel-review`: the Independent Counsel reviews the request
//! for legal sufficiency; in a criminal case only after consulting the
//! State Attorney (11.5-32(a)(1)).

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::{Error, Result};
use crate::store::NewSubpoenaStep;

/// Record the Independent Counsel's review of a subpoena request (11.5-32(a)(1), (2))
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
    super::record_step(ctx, id, "counsel-review", date, |_, case| {
        if case.criminal && !a.state_attorney_consulted {
            return Err(Error::refused(
                format!(
                    "case {} involves potentially criminal conduct: counsel must consult the State \
                     Attorney before reviewing the subpoena (give --state-attorney-consulted once done)",
                    case.number
                ),
                "11.5-32(a)(1)",
            ));
        }
        Ok(NewSubpoenaStep {
            result: Some(
                match result {
                    Review::Approved => "approved",
                    Review::Denied => "denied",
                }
                .into(),
            ),
            state_attorney: a.state_attorney_consulted,
            note: a.note.clone(),
            ..Default::default()
        })
    })
}

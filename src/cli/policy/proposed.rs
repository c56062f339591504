//! `policy proposed`: the Chief's proposed revision of a policy, received by
//! the panel: 45 days' notice before implementation is due (unless an
//! emergency), and the panel has 30 days to comment (11.5-31(7)(b)).

use chrono::NaiveDate;
use clap::Args;

use super::recommend::new_matter;
use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::{Error, Result};
use crate::model::fmt_date;

/// Days of notice the Chief owes before implementing a revision.
pub const NOTICE_DAYS: i64 = 45;

/// Record the Chief's proposed policy revision (the panel may comment within 30 days, 11.5-31(7)(b))
#[derive(Debug, Args)]
#[command(
    after_help = "A revision received less than 45 days before its implementation is \
flagged as short notice, unless --emergency.

Example:
  oversight policy proposed --received 2025-11-25 --implementation 2026-01-15 --title \"Vehicle pursuits\""
)]
pub struct ProposedArgs {
    /// When the panel received the proposed revision
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub received: Option<NaiveDate>,
    /// When the Department means to implement it
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub implementation: Option<NaiveDate>,
    /// What it is about
    #[arg(long)]
    pub title: Option<String>,
    /// The revision's text or a summary
    #[arg(long, default_value = "")]
    pub text: String,
    /// An emergency required faster implementation (no 45 days' notice owed)
    #[arg(long)]
    pub emergency: bool,
}

struct Resolved {
    received: NaiveDate,
    implementation: NaiveDate,
    title: String,
    text: String,
    emergency: bool,
}

/// Days of notice short of the 45 owed, if any.
pub fn short_notice(
    received: NaiveDate,
    implementation: NaiveDate,
    emergency: bool,
) -> Option<i64> {
    let notice = (implementation - received).num_days();
    (!emergency && notice < NOTICE_DAYS).then_some(notice)
}

pub fn run(ctx: &Ctx, a: ProposedArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.received, "--received YYYY-MM-DD")
        .need(&a.implementation, "--implementation YYYY-MM-DD")
        .need(&a.title, "--title TEXT")
        .check()?;
    let received = ask::date(ctx, a.received, "Date the panel received it")?;
    let implementation = ask::any_date(a.implementation, "Planned implementation date")?;
    let title = ask::text(a.title.clone(), "Title")?;
    let a = Resolved {
        received,
        implementation,
        title,
        text: a.text,
        emergency: a.emergency,
    };
    if a.implementation < a.received {
        return Err(Error::usage(format!(
            "--implementation: '{}' is before the revision was received ({}); give the planned implementation date",
            fmt_date(a.implementation),
            fmt_date(a.received)
        )));
    }
    let code = new_matter(
        ctx,
        "proposed-revision",
        &a.title,
        &a.text,
        &[],
        Some(a.implementation),
        a.emergency,
        ("proposed", a.received),
    )?;
    if let Some(days) = short_notice(a.received, a.implementation, a.emergency) {
        eprintln!(
            "warning: only {days} day(s) of notice before implementation on {}; 45 are owed \
             unless an emergency requires faster implementation (Sec. 11.5-31(7)(b))",
            fmt_date(a.implementation)
        );
    }
    Ok(code)
}

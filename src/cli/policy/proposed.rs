//! `policy proposed`: the Chief's proposed revision of a policy, received by
//! the panel: the notice owed before implementation (the profile's
//! `policy_notice`: 45 days unless an emergency, 11.5-31(7)(b)) is checked,
//! and the panel has 30 days to comment.

use chrono::NaiveDate;
use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::{matters, Ctx};
use crate::error::Result;
use crate::ops::matters::NewMatter;

/// Record the Chief's proposed policy revision
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

pub fn run(ctx: &Ctx, a: ProposedArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.received, "--received YYYY-MM-DD")
        .need(&a.implementation, "--implementation YYYY-MM-DD")
        .need(&a.title, "--title TEXT")
        .check()?;
    let received = ask::date(ctx, a.received, "Date the panel received it")?;
    let implementation = ask::any_date(a.implementation, "Planned implementation date")?;
    let title = ask::text(a.title, "Title")?;
    matters::open(
        ctx,
        NewMatter {
            kind: "proposed-revision",
            title,
            body: a.text,
            recipients: vec![],
            implementation: Some(implementation),
            emergency: a.emergency,
            first: ("proposed", received),
        },
    )
}

//! `policy recommend`: the panel's written recommendation to the Chief.

use chrono::NaiveDate;
use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::{matters, Ctx};
use crate::error::Result;
use crate::ops::matters::NewMatter;

/// Record a policy recommendation sent to the Chief
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  oversight policy recommend --date 2025-10-30 --title \"Body-worn camera activation\""
)]
pub struct RecommendArgs {
    /// When the recommendation was sent to the Chief
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub date: Option<NaiveDate>,
    /// What it is about
    #[arg(long)]
    pub title: Option<String>,
    /// The recommendation's text
    #[arg(long, default_value = "")]
    pub text: String,
}

pub fn run(ctx: &Ctx, a: RecommendArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.date, "--date YYYY-MM-DD")
        .need(&a.title, "--title TEXT")
        .check()?;
    let date = ask::date(ctx, a.date, "Date the recommendation was sent")?;
    let title = ask::text(a.title, "Title")?;
    matters::open(
        ctx,
        NewMatter {
            kind: "policy",
            title,
            body: a.text,
            recipients: vec![],
            implementation: None,
            emergency: false,
            first: ("recommend", date),
        },
    )
}

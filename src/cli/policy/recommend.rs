//! `policy recommend`: the panel's written recommendation to the Chief.

use chrono::NaiveDate;
use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::matter_step::report;
use crate::cli::Ctx;
use crate::error::{Error, Result};
use crate::output::{out_line, print_json, Format};
use crate::store::Matter;

/// Record a policy recommendation sent to the Chief (the Chief responds within 45 days, 11.5-31(7)(a))
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
    new_matter(
        ctx,
        "policy",
        &title,
        &a.text,
        &[],
        None,
        false,
        ("recommend", date),
    )
}

/// Create a matter with its first step and print its number.
#[allow(clippy::too_many_arguments)]
pub(crate) fn new_matter(
    ctx: &Ctx,
    kind: &str,
    title: &str,
    body: &str,
    recipients: &[String],
    implementation: Option<NaiveDate>,
    emergency: bool,
    first: (&str, NaiveDate),
) -> Result<i32> {
    if title.trim().is_empty() {
        return Err(Error::bad_value("--title", title, "a few words naming it"));
    }
    crate::rules::dates::happened("--date", first.1, ctx.as_of)?;
    let mut store = ctx.open()?;
    let (m, ds) = store.write(|tx| {
        tx.insert_matter(
            &Matter {
                id: 0,
                number: String::new(),
                kind: kind.into(),
                title: title.trim().into(),
                body: body.into(),
                recipients: recipients.to_vec(),
                implementation,
                emergency,
            },
            first,
        )
    })?;
    match ctx.format {
        Format::Json => print_json(&serde_json::json!({"id": m.number}))?,
        _ => {
            out_line(&m.number)?;
            report(
                &Ctx {
                    format: Format::Table,
                    ..ctx.clone()
                },
                &m,
                first.0,
                first.1,
                &ds,
            )?;
        }
    }
    Ok(0)
}

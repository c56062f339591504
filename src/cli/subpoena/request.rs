//! `subpoena request`: a request for a subpoena in a case.

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::Result;
use crate::ops;
use crate::output::{out_line, print_json, Format};

/// Request a subpoena for a witness or documents in an open case
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  oversight subpoena request 2025-0042 --for documents --date 2025-04-02 --description \"Dispatch logs\""
)]
pub struct RequestArgs {
    /// Case number, e.g. 2025-0042
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
    /// What the subpoena is for
    #[arg(long = "for", value_enum)]
    pub target: Option<Target>,
    /// When it was requested
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub date: Option<NaiveDate>,
    /// Whom or what, in a few words
    #[arg(long, default_value = "")]
    pub description: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Target {
    Witness,
    Documents,
}

pub fn run(ctx: &Ctx, a: RequestArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.case, "CASE")
        .need(&a.target, "--for witness|documents")
        .need(&a.date, "--date YYYY-MM-DD")
        .check()?;
    let case_number = ask::text(a.case, "Case number")?;
    let target = ask::choice(
        a.target,
        "The subpoena is for",
        &[
            ("a witness", Target::Witness),
            ("documents", Target::Documents),
        ],
    )?;
    let date = ask::date(ctx, a.date, "Date of the request")?;
    let target = match target {
        Target::Witness => "witness",
        Target::Documents => "documents",
    };
    let mut store = ctx.open()?;
    let (id, number) = store.write(|tx| {
        ops::subpoena::request(tx, &case_number, target, &a.description, date, ctx.latest)
    })?;
    match ctx.format {
        Format::Json => print_json(&serde_json::json!({"id": id, "case": number}))?,
        _ => {
            out_line(&id.to_string())?;
            crate::info!(
                "subpoena {id} requested in case {number}: next, the Independent Counsel's review"
            );
        }
    }
    Ok(0)
}

//! `report-issued`: a report with requests or recommendations issued to
//! officials, each of whom must respond in writing within 45 days
//! (Sec. 11.5-31(8)); `report-issued response` records one response.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::ask::{self, Ask};
use super::matters::{self, Accepted};
use super::Ctx;
use crate::error::Result;
use crate::ops::{self, matters::MatterStep, matters::NewMatter};

/// Record a report issued with recommendations, and the responses it calls for
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Examples:
  oversight report-issued --date 2025-05-20 --title \"Use of force 2024\" --to Mayor --to \"Police Chief\"
  oversight report-issued response RPT-2025-001 --recipient Mayor --date 2025-06-30
  oversight report-issued list"
)]
pub struct ReportIssuedArgs {
    #[command(subcommand)]
    pub command: Option<ReportIssuedCommand>,
    /// When the report was issued
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub date: Option<NaiveDate>,
    /// The report's title
    #[arg(long)]
    pub title: Option<String>,
    /// An official it is addressed to (repeatable): Mayor, City Commission, ...
    #[arg(long = "to", value_name = "RECIPIENT")]
    pub to: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReportIssuedCommand {
    /// Record one recipient's written response
    Response(ResponseArgs),
    /// Issued reports with each recipient's deadline
    List(matters::ListArgs),
}

#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  oversight report-issued response RPT-2025-001 --recipient Mayor --date 2025-06-30 --accepted yes"
)]
pub struct ResponseArgs {
    /// The report, e.g. RPT-2025-001
    pub id: Option<String>,
    /// Who responded (one of the report's recipients)
    #[arg(long)]
    pub recipient: Option<String>,
    /// When the response was received
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub date: Option<NaiveDate>,
    /// Were the requests or recommendations accepted?
    #[arg(long, value_enum)]
    pub accepted: Option<Accepted>,
}

pub fn run(ctx: &Ctx, a: ReportIssuedArgs) -> Result<i32> {
    match a.command {
        Some(ReportIssuedCommand::List(_)) => matters::print_matters(ctx, &["report"]),
        Some(ReportIssuedCommand::Response(r)) => response(ctx, r),
        None => {
            let none_to: Option<()> = (!a.to.is_empty()).then_some(());
            Ask::new(ctx)
                .need(&a.date, "--date YYYY-MM-DD")
                .need(&a.title, "--title TEXT")
                .need(&none_to, "--to RECIPIENT")
                .check()?;
            let date = ask::date(ctx, a.date, "Date the report was issued")?;
            let title = ask::text(a.title.clone(), "Title")?;
            let mut a_to = a.to.clone();
            if a_to.is_empty() {
                let list = ask::text(
                    None,
                    "Addressed to (comma-separated, e.g. Mayor, Police Chief)",
                )?;
                a_to = list
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
            }
            matters::open(
                ctx,
                NewMatter {
                    kind: "report",
                    title,
                    body: String::new(),
                    recipients: a_to,
                    implementation: None,
                    emergency: false,
                    first: ("issued", date),
                },
            )
        }
    }
}

fn response(ctx: &Ctx, a: ResponseArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.id, "ID")
        .need(&a.recipient, "--recipient NAME")
        .need(&a.date, "--date YYYY-MM-DD")
        .check()?;
    let id = ask::text(a.id.clone(), "Report (e.g. RPT-2025-001)")?;
    let recipient = ask::text(a.recipient.clone(), "Who responded")?
        .trim()
        .to_string();
    let date = ask::date(ctx, a.date, "Date of the response")?;
    matters::record(
        ctx,
        "response",
        MatterStep {
            number: id,
            date,
            result: a.accepted.map(|x| x.as_str().to_string()),
            recipient: Some(recipient),
            note: None,
        },
        ops::matters::report_response,
    )
}

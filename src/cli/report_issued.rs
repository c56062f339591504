//! `report-issued`: a report with requests or recommendations issued to
//! officials, each of whom must respond in writing within 45 days
//! (Sec. 11.5-31(8)); `report-issued response` records one response.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::matter_step::{once, record, MatterStep};
use super::policy::recommend::new_matter;
use super::policy::response::Accepted;
use super::Ctx;
use crate::error::{Error, Result};

/// Record a report issued with recommendations; each recipient responds within 45 days (11.5-31(8))
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
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg, required = true)]
    pub date: Option<NaiveDate>,
    /// The report's title
    #[arg(long, required = true)]
    pub title: Option<String>,
    /// An official it is addressed to (repeatable): Mayor, City Commission, ...
    #[arg(long = "to", value_name = "RECIPIENT", required = true)]
    pub to: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReportIssuedCommand {
    /// Record one recipient's written response
    Response(ResponseArgs),
    /// Issued reports with each recipient's deadline
    List(super::policy::list::ListArgs),
}

#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  oversight report-issued response RPT-2025-001 --recipient Mayor --date 2025-06-30 --accepted yes"
)]
pub struct ResponseArgs {
    /// The report, e.g. RPT-2025-001
    pub id: String,
    /// Who responded (one of the report's recipients)
    #[arg(long)]
    pub recipient: String,
    /// When the response was received
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub date: NaiveDate,
    /// Were the requests or recommendations accepted?
    #[arg(long, value_enum)]
    pub accepted: Option<Accepted>,
}

pub fn run(ctx: &Ctx, a: ReportIssuedArgs) -> Result<i32> {
    match a.command {
        Some(ReportIssuedCommand::List(_)) => super::policy::list::print_matters(ctx, &["report"]),
        Some(ReportIssuedCommand::Response(r)) => response(ctx, r),
        None => {
            let (Some(date), Some(title)) = (a.date, a.title) else {
                return Err(Error::usage("missing: --date and --title are required"));
            };
            let mut to: Vec<String> = Vec::new();
            for r in a.to.iter().map(|r| r.trim()) {
                if r.is_empty() {
                    return Err(Error::bad_value(
                        "--to",
                        r,
                        "the official's title, e.g. Mayor",
                    ));
                }
                if !to.iter().any(|x| x == r) {
                    to.push(r.to_string());
                }
            }
            new_matter(
                ctx,
                "report",
                &title,
                "",
                &to,
                None,
                false,
                ("issued", date),
            )
        }
    }
}

fn response(ctx: &Ctx, a: ResponseArgs) -> Result<i32> {
    let recipient = a.recipient.trim().to_string();
    record(
        ctx,
        MatterStep {
            number: &a.id,
            event: "response",
            date: a.date,
            result: a.accepted.map(Accepted::as_str),
            recipient: Some(&recipient),
            note: None,
        },
        |_, m, events| {
            if m.kind != "report" {
                return Err(Error::usage(format!(
                    "{} is not an issued report: use `oversight policy response`",
                    m.number
                )));
            }
            if !m.recipients.contains(&recipient) {
                return Err(Error::bad_value(
                    "--recipient",
                    &recipient,
                    &format!(
                        "one of the report's recipients: {}",
                        m.recipients.join(", ")
                    ),
                ));
            }
            once(events, "response", Some(&recipient))
        },
    )
}

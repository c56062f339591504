//! `list`: cases, filtered by status, officer and year received.

use clap::Args;

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::{fmt_date, normalize_badge};
use crate::output::{Format, Stream, TableStream};
use crate::store::CaseFilter;

/// List cases
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  oversight list --status open
  oversight list --officer 1234 --year 2025 --format csv
  oversight list --status open --ids    # case numbers, one per line (for completion)")]
pub struct ListArgs {
    /// Only open or only closed cases
    #[arg(long, value_parser = ["open", "closed"])]
    pub status: Option<String>,
    /// Only cases naming the officer with this badge
    #[arg(long, value_name = "BADGE", add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::badges))]
    pub officer: Option<String>,
    /// Only cases received in this calendar year
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1900..=9999))]
    pub year: Option<i32>,
    /// Only cases assigned to this investigator (login) now (on the --as-of day)
    #[arg(long, value_name = "LOGIN")]
    pub assignee: Option<String>,
    /// Case numbers only, one per line (for scripts and shell completion)
    #[arg(long)]
    pub ids: bool,
}

pub fn run(ctx: &Ctx, a: ListArgs) -> Result<i32> {
    super::one_form(ctx, a.ids, "--ids")?;
    let mut store = ctx.open()?;
    let filter = CaseFilter {
        status: a.status,
        badge: a.officer.as_deref().map(normalize_badge),
        year: a.year,
        assignee: a.assignee.clone(),
        as_of: Some(ctx.as_of),
    };
    let known = |tx: &crate::store::Tx| -> Result<()> {
        if let Some(b) = &filter.badge {
            if !tx.badge_known(b)? {
                return Err(Error::not_found(format!(
                    "--officer: no officer with badge '{b}' appears on any case"
                )));
            }
        }
        Ok(())
    };
    // Scripts and completion get each case as it is read; only the table
    // gathers what it lays out.
    if a.ids {
        store.read(|tx| {
            known(tx)?;
            tx.each_case(&filter, |r| crate::output::out_line(&r.number))
        })?;
        return Ok(0);
    }
    if ctx.format != Format::Table {
        let mut out = Stream::new(
            ctx.format,
            &[
                "case",
                "received",
                "source",
                "criminal",
                "status",
                "closed",
                "officers",
                "allegations",
            ],
        )?;
        store.read(|tx| {
            known(tx)?;
            tx.each_case(&filter, |r| {
                let cells = vec![
                    r.number.clone(),
                    fmt_date(r.received),
                    r.source.to_string(),
                    r.criminal.to_string(),
                    r.status.clone(),
                    r.closed.map(fmt_date).unwrap_or_default(),
                    r.officers.join(" "),
                    r.allegations.to_string(),
                ];
                out.record(&r, cells)
            })
        })?;
        out.finish()?;
        return Ok(0);
    }
    let mut t = TableStream::new([
        "Case",
        "Received",
        "Source",
        "Criminal",
        "Status",
        "Officers",
        "Allegations",
    ]);
    store.read(|tx| {
        known(tx)?;
        tx.each_case(&filter, |r| {
            t.row(vec![
                r.number,
                fmt_date(r.received),
                r.source.to_string(),
                if r.criminal { "yes" } else { "no" }.to_string(),
                r.status,
                r.officers.join(" "),
                r.allegations.to_string(),
            ])
        })
    })?;
    match t.finish_if_any()? {
        0 => crate::info!("no cases match"),
        n => crate::info!("{n} case(s)"),
    }
    Ok(0)
}

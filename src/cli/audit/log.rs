//! `audit log [--case]`: the trail, oldest first.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Result;
use crate::output::{Format, Stream, TableStream};

/// List the audit trail: every change and every reading of personal data
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight audit log --case 2025-0042\n  oversight audit log --format csv > audit.csv"
)]
pub struct LogArgs {
    /// Only rows about this case (or policy/report number)
    #[arg(long, value_name = "CASE", add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
}

pub fn run(ctx: &Ctx, a: LogArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let check = |tx: &crate::store::Tx| -> Result<()> {
        if let Some(n) = &a.case {
            if !n.starts_with("POL-") && !n.starts_with("REV-") && !n.starts_with("RPT-") {
                tx.case(n)?;
            }
        }
        Ok(())
    };
    if ctx.format != Format::Table {
        // The trail grows without end: scripts get it row by row.
        let mut out = Stream::new(
            ctx.format,
            &[
                "id", "at", "user", "command", "action", "case", "detail", "hash",
            ],
        )?;
        store.read(|tx| {
            check(tx)?;
            tx.each_audit_row(a.case.as_deref(), |r| {
                let cells = vec![
                    r.id.to_string(),
                    r.at.clone(),
                    r.user.clone(),
                    r.command.clone(),
                    r.action.clone(),
                    r.case.clone().unwrap_or_default(),
                    r.detail.clone(),
                    r.hash.clone(),
                ];
                out.record(&r, cells)
            })
        })?;
        out.finish()?;
        return Ok(0);
    }
    let mut t = TableStream::new(["#", "When", "Who", "Command", "Case", "What"]);
    store.read(|tx| {
        check(tx)?;
        tx.each_audit_row(a.case.as_deref(), |r| {
            t.row(vec![
                r.id.to_string(),
                r.at,
                r.user,
                format!("{} ({})", r.command, r.action),
                r.case.unwrap_or_default(),
                r.detail,
            ])
        })
    })?;
    t.finish()?;
    Ok(0)
}

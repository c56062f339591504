//! `officer show BADGE`: one officer's record and every allegation against
//! them, with the finding.

use clap::Args;
use serde_json::json;

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::Result;
use crate::model::{fmt_date, normalize_badge};
use crate::ops;
use crate::output::{out_line, print_csv, print_json, print_table, table, Format};

/// One officer: every case and allegation, with findings
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight officer show 4411\n  oversight officer show \"John Roe\""
)]
pub struct ShowArgs {
    /// The officer's badge number (or name: one officer of that name)
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::badges))]
    pub badge: Option<String>,
}

pub fn run(ctx: &Ctx, a: ShowArgs) -> Result<i32> {
    Ask::new(ctx).need(&a.badge, "BADGE").check()?;
    let badge = normalize_badge(&ask::text(a.badge, "Badge number")?);
    let mut store = ctx.open()?;
    let (officer, rows) = store.read(|tx| {
        let officer = ops::officers::by_badge_or_name(tx, &badge)?;
        let rows = tx.officer_allegations(&officer.badge)?;
        Ok((officer, rows))
    })?;
    // The allegations' findings and reasons are free text about cases: the
    // reading is logged, as `show`'s is.
    store.log_read(None, &format!("officer show {}", officer.badge))?;
    match ctx.format {
        Format::Json => print_json(&json!({
            "badge": officer.badge,
            "name": officer.name,
            "status": officer.status,
            "cases": rows.iter().map(|r| r.case.as_str()).collect::<std::collections::BTreeSet<_>>(),
            "allegations": rows,
        }))?,
        Format::Csv => print_csv(
            &[
                "badge",
                "case",
                "received",
                "case_status",
                "allegation",
                "category",
                "finding",
                "finding_reason",
                "finding_date",
            ],
            rows.iter().map(|r| {
                [
                    officer.badge.clone(),
                    r.case.clone(),
                    fmt_date(r.received),
                    r.case_status.clone(),
                    r.allegation.to_string(),
                    r.category.clone(),
                    r.finding.clone().unwrap_or_default(),
                    r.finding_reason.clone().unwrap_or_default(),
                    r.finding_date.map(fmt_date).unwrap_or_default(),
                ]
            }),
        )?,
        Format::Table => {
            let cases: std::collections::BTreeSet<&str> =
                rows.iter().map(|r| r.case.as_str()).collect();
            out_line(&format!(
                "Officer {} ({}), {}: {} case(s), {} allegation(s)",
                officer.name,
                if crate::model::is_name_identity(&officer.badge) {
                    format!("no badge: identified by name as {}", officer.badge)
                } else {
                    format!("badge {}", officer.badge)
                },
                officer.status,
                cases.len(),
                rows.len()
            ))?;
            let mut t = table(["Case", "Received", "Status", "#", "Allegation", "Finding"]);
            for r in &rows {
                let finding = match (&r.finding, &r.finding_reason) {
                    (Some(f), Some(why)) => format!("{f} ({why})"),
                    (Some(f), None) => f.clone(),
                    _ => String::new(),
                };
                t.add_row(vec![
                    r.case.clone(),
                    fmt_date(r.received),
                    r.case_status.clone(),
                    r.allegation.to_string(),
                    r.category.clone(),
                    finding,
                ]);
            }
            print_table(&t)?;
        }
    }
    Ok(0)
}

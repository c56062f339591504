//! `monitoring`: the public monitoring list (Sec. 11.5-31(5)(d)). Public:
//! badges, names, counts and the numbers of closed cases; open cases are
//! counted, never detailed (Fla. Stat. 112.533(2)(a)); never complainants.

use clap::Args;

use super::Ctx;
use crate::error::Result;
use crate::model::{cite, fmt_date};
use crate::output::{print_csv, print_json, print_table, table, Format};

/// The public monitoring list: officers subject of 3 or more complaints in the past year
#[derive(Debug, Args)]
#[command(
    after_help = "The window is the year ending on --as-of: cases received on or after the \
same date a year before, and not after --as-of. Cases are counted, not allegations.

Examples:
  oversight monitoring
  oversight monitoring --as-of 2025-12-31 --format csv > monitoring.csv"
)]
pub struct MonitoringArgs {}

pub fn run(ctx: &Ctx, _a: MonitoringArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let (m, from, rows) = store.read(|tx| crate::ops::monitoring::list(tx, ctx.as_of))?;
    match ctx.format {
        Format::Json => print_json(&rows)?,
        Format::Csv => print_csv(
            &["badge", "name", "complaints", "open_cases", "cases"],
            rows.iter().map(|r| {
                [
                    r.badge.clone(),
                    r.name.clone(),
                    r.complaints.to_string(),
                    r.open_cases.to_string(),
                    r.cases.join(" "),
                ]
            }),
        )?,
        Format::Table => {
            crate::info!(
                "monitoring list ({}): {} or more complaints received {} to {}",
                cite(&m.basis),
                m.threshold,
                fmt_date(from),
                fmt_date(ctx.as_of)
            );
            if rows.is_empty() {
                crate::info!("no officer is on the list");
            } else {
                let mut t = table(["Badge", "Officer", "Complaints", "Closed cases", "Open"]);
                for r in &rows {
                    t.add_row(vec![
                        r.badge.clone(),
                        r.name.clone(),
                        r.complaints.to_string(),
                        r.cases.join(" "),
                        r.open_cases.to_string(),
                    ]);
                }
                print_table(&t)?;
            }
        }
    }
    Ok(0)
}

//! `officer list`: every officer on file with how many cases name them.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Result;
use crate::output::{print_csv, print_json, print_table, table, Format};
use crate::store::Officer;

/// Every officer on file, with how many cases name them
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  oversight officer list --format csv > officers.csv")]
pub struct ListArgs {}

pub fn run(ctx: &Ctx, _a: ListArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let rows = store.read(|tx| tx.officers())?;
    print_roster(ctx, &rows)
}

/// Officers with their case counts, in the command's form (`officer list`,
/// `officer find`).
pub(crate) fn print_roster(ctx: &Ctx, rows: &[(Officer, i64)]) -> Result<i32> {
    match ctx.format {
        Format::Json => print_json(
            &rows
                .iter()
                .map(|(o, n)| serde_json::json!({"badge": o.badge, "name": o.name, "status": o.status, "cases": n}))
                .collect::<Vec<_>>(),
        )?,
        Format::Csv => print_csv(
            &["badge", "name", "status", "cases"],
            rows.iter()
                .map(|(o, n)| [o.badge.clone(), o.name.clone(), o.status.clone(), n.to_string()]),
        )?,
        Format::Table => {
            let mut t = table(["Badge", "Officer", "Status", "Cases"]);
            for (o, n) in rows {
                t.add_row(vec![o.badge.clone(), o.name.clone(), o.status.clone(), n.to_string()]);
            }
            print_table(&t)?;
        }
    }
    Ok(0)
}

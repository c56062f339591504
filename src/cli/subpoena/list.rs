//! `subpoena list`: subpoenas, of one case or all, with where each stands.

use clap::Args;
use serde_json::json;

use crate::cli::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::output::{print_csv, print_json, print_table, table, Format};

/// Subpoenas and where each stands
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight subpoena list\n  oversight subpoena list --case 2025-0042 --format json"
)]
pub struct ListArgs {
    /// Only this case's subpoenas
    #[arg(long, value_name = "CASE", add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
}

pub fn run(ctx: &Ctx, a: ListArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let list = store.read(|tx| {
        let case_id = match &a.case {
            Some(n) => Some(tx.case(n)?.id),
            None => None,
        };
        tx.subpoenas(case_id)
    })?;
    // Descriptions are free text about a case: their reading is audited.
    store.log_read(
        a.case.as_deref(),
        &format!("subpoena list: {} subpoena(s)", list.len()),
    )?;
    match ctx.format {
        Format::Json => print_json(
            &list
                .iter()
                .map(|s| {
                    let mut v = serde_json::to_value(s).unwrap_or_default();
                    v["status"] = json!(crate::ops::subpoena::state(s).as_str());
                    v
                })
                .collect::<Vec<_>>(),
        )?,
        Format::Csv => print_csv(
            &["id", "case", "for", "description", "requested", "status"],
            list.iter().map(|s| {
                [
                    s.id.to_string(),
                    s.case.clone(),
                    s.target.clone(),
                    s.description.clone(),
                    fmt_date(s.requested),
                    crate::ops::subpoena::state(s).as_str().to_string(),
                ]
            }),
        )?,
        Format::Table => {
            if list.is_empty() {
                crate::info!("no subpoenas");
                return Ok(0);
            }
            let mut t = table(["#", "Case", "For", "Requested", "Status", "Steps"]);
            for s in &list {
                let steps = s
                    .steps
                    .iter()
                    .map(|x| {
                        let vote = match (x.yes, x.no, x.seated) {
                            (Some(y), Some(n), Some(st)) => format!(" {y}-{n} of {st} seated"),
                            _ => String::new(),
                        };
                        format!(
                            "{} {} {}{vote}",
                            fmt_date(x.date),
                            x.step,
                            x.result.clone().unwrap_or_default()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                t.add_row(vec![
                    s.id.to_string(),
                    s.case.clone(),
                    format!("{} {}", s.target, s.description).trim().to_string(),
                    fmt_date(s.requested),
                    crate::ops::subpoena::state(s).as_str().to_string(),
                    steps,
                ]);
            }
            print_table(&t)?;
        }
    }
    Ok(0)
}

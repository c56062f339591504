//! `audit changes [--case]`: what each write changed in each case, as the
//! audit log keeps it beside the row that vouches for it (the values
//! written and those they replaced; `store::replay`).

use clap::Args;
use serde_json::json;

use crate::cli::Ctx;
use crate::error::{Error, Result};
use crate::output::{Format, Stream, TableStream};
use crate::store::replay::{described, Stored};
use crate::store::RecordedChange;

/// Show what each write changed in a case: the values written and those they replaced
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight audit changes --case 2025-0042\n  oversight audit changes --format json > changes.json\n\nA case deleted outside oversight keeps its changes here."
)]
pub struct ChangesArgs {
    /// Only the changes of this case (also one no longer in the store)
    #[arg(long, value_name = "CASE", add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
}

pub fn run(ctx: &Ctx, a: ChangesArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    if let Some(n) = &a.case {
        // A case deleted outside oversight is still in its changes; a case
        // in neither is a typo, not an empty answer.
        store.read(|tx| match tx.case(n) {
            Ok(_) => Ok(()),
            Err(e) => {
                let mut any = false;
                tx.each_change(Some(n), |_| {
                    any = true;
                    Ok(())
                })?;
                if any {
                    Ok(())
                } else {
                    Err(e)
                }
            }
        })?;
    }
    // The changes hold names and summaries: the reading is logged first.
    store.log_read(a.case.as_deref(), "audit changes")?;
    // A change that cannot be read is the chain's to explain.
    let unreadable = |c: &RecordedChange, e: String| {
        Error::store(format!(
            "audit row {}: case {}: {e} (run `oversight verify`)",
            c.row, c.case
        ))
    };
    if ctx.format != Format::Table {
        let mut out = Stream::new(
            ctx.format,
            &["id", "at", "user", "command", "case", "change"],
        )?;
        store.read(|tx| {
            tx.each_change(a.case.as_deref(), |c| {
                let stored = Stored::parse(&c.change).map_err(|e| unreadable(&c, e))?;
                let json = json!({
                    "id": c.row,
                    "at": c.at,
                    "user": c.user,
                    "command": c.command,
                    "case": c.case,
                    "set": stored.set,
                    "was": stored.was,
                });
                let cells = vec![
                    c.row.to_string(),
                    c.at.clone(),
                    c.user.clone(),
                    c.command.clone(),
                    c.case.clone(),
                    c.change.clone(),
                ];
                out.row(json, cells)
            })
        })?;
        out.finish()?;
        return Ok(0);
    }
    let mut t = TableStream::new(["#", "When", "Who", "Command", "Case", "Change"]);
    store.read(|tx| {
        tx.each_change(a.case.as_deref(), |c| {
            let said = described(&c.change).map_err(|e| unreadable(&c, e))?;
            t.row(vec![
                c.row.to_string(),
                c.at,
                c.user,
                c.command,
                c.case,
                if said.is_empty() {
                    "(nothing)".into()
                } else {
                    said.join("\n")
                },
            ])
        })
    })?;
    t.finish()?;
    Ok(0)
}

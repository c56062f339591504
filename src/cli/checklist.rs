//! `checklist`: record a required notice that has no deadline of its own
//! (the profile's checklist: notice of commencement, 11.5-31(2)(d); a copy
//! of the complaint to the officer before interrogation, 11.5-33).

use clap::Args;

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::Result;
use crate::rules::Profile;

/// Record a checklist item: a notice the law requires (shown on `show` until recorded)
#[derive(Debug, Args)]
#[command(after_help = "Example:
  oversight checklist 2025-0042 notice-of-commencement --date 2025-03-25")]
pub struct ChecklistArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// The item, from the profile's checklist (asked for on a terminal)
    #[arg(value_name = "ITEM", add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::checklist))]
    pub item: Option<String>,
}

pub fn run(ctx: &Ctx, a: ChecklistArgs) -> Result<i32> {
    let profile = ctx.open()?.profile()?.clone();
    let ids: Vec<String> = profile.checklist.iter().map(|c| c.id.clone()).collect();
    if let Some(item) = &a.item {
        Profile::check_in(&ids, "ITEM", item)?;
    }
    let others: &[&str] = if a.item.is_none() { &["ITEM"] } else { &[] };
    let step = a.at.step_or_ask(ctx, "checklist", others)?;
    let item = match &a.item {
        Some(i) => i.clone(),
        None => {
            let labels: Vec<String> = profile
                .checklist
                .iter()
                .map(|c| format!("{}  {} ({})", c.id, c.title, c.basis))
                .collect();
            ids[crate::cli::prompt::select("Checklist item", &labels, 0)?].clone()
        }
    };
    record(
        ctx,
        Step {
            result: Some(item),
            ..step
        },
    )
}

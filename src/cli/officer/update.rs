//! `officer update BADGE`: the name on file (one spelling, whatever intake
//! wrote) and the employment status.

use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::{Error, Result};
use crate::model::normalize_badge;
use crate::output::{print_json, Format};

/// Correct an officer's name on file or record their employment status
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  oversight officer update 4411 --status separated")]
pub struct UpdateArgs {
    /// The officer's badge number
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::badges))]
    pub badge: Option<String>,
    /// The name on file
    #[arg(long)]
    pub name: Option<String>,
    /// Employment status
    #[arg(long, value_parser = ["active", "separated"])]
    pub status: Option<String>,
}

pub fn run(ctx: &Ctx, a: UpdateArgs) -> Result<i32> {
    if a.name.is_none() && a.status.is_none() {
        return Err(Error::usage("missing: give --name and/or --status"));
    }
    if a.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(Error::bad_value("--name", "", "the officer's name"));
    }
    if let Some(n) = &a.name {
        crate::model::check_text("--name", n, false)?;
    }
    Ask::new(ctx).need(&a.badge, "BADGE").check()?;
    let badge = normalize_badge(&ask::text(a.badge.clone(), "Badge number")?);
    let mut store = ctx.open()?;
    let o = store.write(|tx| {
        tx.update_officer(
            &badge,
            a.name.as_deref().map(str::trim),
            a.status.as_deref(),
        )
    })?;
    if ctx.format == Format::Json {
        print_json(&o)?;
    } else {
        crate::info!("officer {} ({}): {}", o.badge, o.name, o.status);
    }
    Ok(0)
}

//! `officer merge FROM INTO`: two badges that were one officer become one.

use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::Result;
use crate::model::normalize_badge;
use crate::ops;
use crate::output::{print_json, Format};

/// Merge badge FROM into badge INTO: the same officer recorded twice
#[derive(Debug, Args)]
#[command(
    after_help = "Every case naming FROM names INTO instead; FROM leaves the roster. \
Recorded in the audit log; every list and report follows.

Example:\n  oversight officer merge 4411A 4411"
)]
pub struct MergeArgs {
    /// The badge that goes
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::badges))]
    pub from: Option<String>,
    /// The badge that stays
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::badges))]
    pub into: Option<String>,
}

pub fn run(ctx: &Ctx, a: MergeArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.from, "FROM")
        .need(&a.into, "INTO")
        .check()?;
    let from = normalize_badge(&ask::text(a.from, "Badge that goes")?);
    let into = normalize_badge(&ask::text(a.into, "Badge that stays")?);
    let mut store = ctx.open()?;
    let (o, n) = store.write(|tx| ops::officers::merge(tx, &from, &into))?;
    if ctx.format == Format::Json {
        print_json(
            &serde_json::json!({"from": from, "into": o.badge, "name": o.name, "cases": n}),
        )?;
    } else {
        crate::info!(
            "badge {from} merged into {} ({}): {n} case(s) moved",
            o.badge,
            o.name
        );
    }
    Ok(0)
}

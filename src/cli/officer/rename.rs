//! `officer rename BADGE NAME`: the name on file, which every case, list and
//! report shows for that badge.

use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::Result;
use crate::model::normalize_badge;
use crate::ops;
use crate::output::{print_json, Format};

/// Correct the name on file of an officer (every case shows it)
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  oversight officer rename 4411 \"John A. Roe\"")]
pub struct RenameArgs {
    /// The officer's badge number
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::badges))]
    pub badge: Option<String>,
    /// The name on file
    pub name: Option<String>,
}

pub fn run(ctx: &Ctx, a: RenameArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.badge, "BADGE")
        .need(&a.name, "NAME")
        .check()?;
    let badge = normalize_badge(&ask::text(a.badge, "Badge number")?);
    let name = ask::text(a.name, "The name on file")?;
    let mut store = ctx.open()?;
    let o = store.write(|tx| ops::officers::rename(tx, &badge, &name))?;
    if ctx.format == Format::Json {
        print_json(&o)?;
    } else {
        crate::info!("officer {} is now {} on file", o.badge, o.name);
    }
    Ok(0)
}

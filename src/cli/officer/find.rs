//! `officer find TEXT`: officers by a part of their name.

use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::{Error, Result};
use crate::ops;

/// Find officers by name: the name on file or a name a case gave them
#[derive(Debug, Args)]
#[command(after_help = "Any case; a part of the name will do.

Example:\n  oversight officer find roe")]
pub struct FindArgs {
    /// A part of the name
    pub text: Option<String>,
}

pub fn run(ctx: &Ctx, a: FindArgs) -> Result<i32> {
    Ask::new(ctx).need(&a.text, "TEXT").check()?;
    let text = ask::text(a.text, "Name (or a part of it)")?;
    let mut store = ctx.open()?;
    let rows = store.read(|tx| ops::officers::find(tx, &text))?;
    if rows.is_empty() {
        return Err(Error::not_found(format!(
            "no officer's name contains '{}' (`oversight officer list` shows them all)",
            text.trim()
        )));
    }
    super::list::print_roster(ctx, &rows)
}

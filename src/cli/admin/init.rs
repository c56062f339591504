//! `admin init`: set up the office's roles and their privileges.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Result;

/// Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store's owner, again after an upgrade
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight --db postgresql://oversight@db.office.example/oversight admin init\n  oversight admin grant kim clerk"
)]
pub struct InitArgs {}

pub fn run(ctx: &Ctx, _a: InitArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    store.write(|tx| tx.set_up_roles())?;
    crate::info!(
        "roles set up in {}: investigator, clerk, analyst, auditor; give a login one with \
         `oversight admin grant LOGIN ROLE`",
        ctx.db
    );
    Ok(0)
}

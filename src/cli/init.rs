//! `init`: create the store with a profile (shipped name or TOML file).

use clap::Args;

use super::Ctx;
use crate::error::{Error, Result};
use crate::output::{print_json, Format};
use crate::rules::profile::Profile;

/// Create the store (intake and import also create one; every other command needs it to exist)
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  oversight init
  oversight --db cases.db init --profile florida-ia
  cp profiles/miami-cip.toml office.toml && oversight init --profile office.toml")]
pub struct InitArgs {
    /// A shipped profile (miami-cip, florida-ia) or a profile TOML file
    /// [default: the configured profile, else miami-cip]
    #[arg(long, value_name = "NAME|FILE")]
    pub profile: Option<String>,
}

pub fn run(ctx: &Ctx, a: InitArgs) -> Result<i32> {
    let name = a.profile.clone().unwrap_or_else(|| ctx.profile.clone());
    let text = ctx
        .profile_text(&name)
        .map_err(|e| Error::usage(format!("--{e}")))?;
    let wanted =
        Profile::parse(&text).map_err(|e| Error::usage(format!("--profile {name}: {e}")))?;
    let existed = ctx.has_store()?;
    let (store, _) = crate::ops::open::open_or_create(&ctx.db, &text)?;
    let have = &store.profile()?.name;
    if existed && *have != wanted.name {
        return Err(Error::usage(format!(
            "--profile: the store {} already exists with profile '{have}'; it was not changed \
             (use another --db for a new store)",
            ctx.db.display()
        )));
    }
    let verb = if existed { "already exists" } else { "created" };
    if ctx.format == Format::Json {
        print_json(&serde_json::json!({
            "db": ctx.db.display().to_string(),
            "profile": have,
            "created": !existed,
        }))?;
    } else {
        crate::info!("store {verb}: {} (profile {have})", ctx.db.display());
    }
    Ok(0)
}

//! `config …`: the configuration file and the values in effect.

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

pub mod show;

/// Configuration: defaults for the store path, the profile, the case-number prefix
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    Show(show::ShowArgs),
}

pub fn run(ctx: &Ctx, c: ConfigCommand) -> Result<i32> {
    match c {
        ConfigCommand::Show(a) => show::run(ctx, a),
    }
}

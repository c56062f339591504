//! `officer …`: officers as records of their own (badge, name on file,
//! employment status) and every allegation against one.

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

pub mod find;
pub mod list;
pub mod merge;
pub mod rename;
pub mod show;
pub mod update;

/// Officers: one officer's cases and findings, the roster, corrections
#[derive(Debug, Subcommand)]
pub enum OfficerCommand {
    Show(show::ShowArgs),
    List(list::ListArgs),
    Update(update::UpdateArgs),
    Find(find::FindArgs),
    Rename(rename::RenameArgs),
    Merge(merge::MergeArgs),
}

pub fn run(ctx: &Ctx, c: OfficerCommand) -> Result<i32> {
    match c {
        OfficerCommand::Show(a) => show::run(ctx, a),
        OfficerCommand::List(a) => list::run(ctx, a),
        OfficerCommand::Update(a) => update::run(ctx, a),
        OfficerCommand::Find(a) => find::run(ctx, a),
        OfficerCommand::Rename(a) => rename::run(ctx, a),
        OfficerCommand::Merge(a) => merge::run(ctx, a),
    }
}

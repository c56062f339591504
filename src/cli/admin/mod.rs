//! `admin …`: the office's roles in a store shared on a PostgreSQL server
//! (`ops::roles` says what each may do; the server enforces it).

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

pub mod grant;
pub mod init;
pub mod roles;

/// Roles in a store an office shares on a server (its owner's commands)
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    Init(init::InitArgs),
    Grant(grant::GrantArgs),
    Revoke(grant::RevokeArgs),
    Roles(roles::RolesArgs),
}

pub fn run(ctx: &Ctx, c: AdminCommand) -> Result<i32> {
    match c {
        AdminCommand::Init(a) => init::run(ctx, a),
        AdminCommand::Grant(a) => grant::run(ctx, a.login, a.role, true),
        AdminCommand::Revoke(a) => grant::run(ctx, a.login, a.role, false),
        AdminCommand::Roles(a) => roles::run(ctx, a),
    }
}

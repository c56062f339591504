//! `admin roles`: the office's roles and what each may do.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Result;
use crate::ops::roles::ROLES;
use crate::output::{print_json, print_table, table, Format};

/// List the office's roles and what each may do (no store needed)
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  oversight admin roles\n  oversight admin roles --format json")]
pub struct RolesArgs {}

pub fn run(ctx: &Ctx, _a: RolesArgs) -> Result<i32> {
    match ctx.format {
        Format::Json => print_json(&serde_json::Value::Array(
            ROLES
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "role": r.name, "server_role": r.server_role, "may": r.what,
                    })
                })
                .collect(),
        ))?,
        _ => {
            let mut t = table(["Role", "Server role", "May"]);
            for r in ROLES {
                t.add_row(vec![r.name, r.server_role, r.what]);
            }
            print_table(&t)?;
        }
    }
    Ok(0)
}

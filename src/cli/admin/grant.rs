//! `admin grant LOGIN ROLE` / `admin revoke LOGIN ROLE`.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Result;
use crate::ops::roles;

/// Give a database login one of the office's roles (investigator, clerk, analyst, auditor)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight admin grant kim clerk\n  oversight admin grant jdoe investigator"
)]
pub struct GrantArgs {
    /// The database login (made by the server's administrator: `createuser kim`)
    pub login: Option<String>,
    /// investigator, clerk, analyst or auditor (`oversight admin roles` says what each may do)
    pub role: Option<String>,
}

/// Take one of the office's roles back from a database login
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  oversight admin revoke kim clerk")]
pub struct RevokeArgs {
    /// The database login
    pub login: Option<String>,
    /// investigator, clerk, analyst or auditor
    pub role: Option<String>,
}

pub fn run(ctx: &Ctx, login: Option<String>, role: Option<String>, grant: bool) -> Result<i32> {
    super::super::ask::Ask::new(ctx)
        .need(&login, "LOGIN")
        .need(&role, "ROLE")
        .check()?;
    let login = super::super::ask::text(login, "Database login")?;
    let role = match role {
        Some(r) => roles::role(&r)?,
        None => {
            let items: Vec<String> = roles::ROLES
                .iter()
                .map(|r| format!("{}: {}", r.name, r.what))
                .collect();
            &roles::ROLES[crate::cli::prompt::select("Role", &items, 0)?]
        }
    };
    let login = login.as_str();
    let mut store = ctx.open()?;
    let changed = store.write(|tx| tx.grant_role(login, role.server_role, grant))?;
    if grant {
        crate::info!("{login} is now {} ({})", role.with_article(), role.what);
    } else if changed {
        crate::info!("{login} is no longer {}", role.with_article());
    } else {
        crate::info!(
            "{login} was not {}; nothing was taken back",
            role.with_article()
        );
    }
    Ok(0)
}

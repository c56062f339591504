//! Who may run what in a store an office shares (PostgreSQL). The server
//! enforces it: each role is a group role whose privileges
//! (`store::postgres`, set by `oversight admin init`) let it read and write
//! only what its commands need, so a clerk's login cannot read a
//! complainant's name whatever client it uses. This table names the role
//! each command needs, so a command is refused before it starts, exit 4,
//! naming the role (and a refusal by the server says the same). On SQLite
//! there are no roles: the file is one person's, its permissions the
//! operating system's.

use crate::error::{Error, Result};

/// A role of the office, as `admin grant` names it.
pub struct Role {
    pub name: &'static str,
    /// The server's group role.
    pub server_role: &'static str,
    pub what: &'static str,
    /// The commands it may run (`ALL` for every one but the owner's).
    pub commands: &'static [&'static str],
}

impl Role {
    /// "an investigator", "a clerk".
    pub fn with_article(&self) -> String {
        let an = self.name.starts_with(['a', 'e', 'i', 'o', 'u']);
        format!("{} {}", if an { "an" } else { "a" }, self.name)
    }
}

/// Every command that opens a store but the audit trail's and the owner's.
pub const ALL: &str = "*";

pub const ROLES: &[Role] = &[
    Role {
        name: "investigator",
        server_role: "oversight_investigator",
        what: "records and reads cases: every command but the audit trail and the owner's \
               (init, admin init/grant/revoke, export store)",
        commands: &[ALL],
    },
    Role {
        name: "clerk",
        server_role: "oversight_clerk",
        what: "deadlines and case numbers, no complainant data: overdue, due, caseload, list, \
               holidays list",
        commands: &["overdue", "due", "caseload", "list", "holidays list"],
    },
    Role {
        name: "analyst",
        server_role: "oversight_analyst",
        what: "public outputs and aggregate reports only: report annual, publish, \
               export cases --public, monitoring",
        commands: &[
            "report annual",
            "report annual --public",
            "publish",
            "export cases --public",
            "monitoring",
        ],
    },
    Role {
        name: "auditor",
        server_role: "oversight_auditor",
        what: "the audit trail and verify",
        commands: &["audit log", "audit changes", "verify"],
    },
];

/// Commands no role but the store's owner may run.
const OWNER_ONLY: &[&str] = &[
    "admin init",
    "admin grant",
    "admin revoke",
    "init",
    "export store",
    "copy",
];

/// Commands of the audit trail (not an investigator's).
const AUDIT_ONLY: &[&str] = &["audit log", "audit changes", "verify"];

/// A role by the name `admin grant` takes.
pub fn role(name: &str) -> Result<&'static Role> {
    ROLES.iter().find(|r| r.name == name).ok_or_else(|| {
        Error::bad_value(
            "ROLE",
            name,
            &format!(
                "one of {}",
                ROLES.iter().map(|r| r.name).collect::<Vec<_>>().join(", ")
            ),
        )
    })
}

/// May `role` run `command`?
pub fn allows(role: &Role, command: &str) -> bool {
    if OWNER_ONLY.contains(&command) {
        return false;
    }
    role.commands
        .iter()
        .any(|c| *c == command || (*c == ALL && !AUDIT_ONLY.contains(&command)))
}

/// The roles that may run `command`.
pub fn needed_for(command: &str) -> Vec<&'static Role> {
    ROLES.iter().filter(|r| allows(r, command)).collect()
}

pub use crate::store::Access;

/// Refuse `command` (exit 4) unless `access` may run it, naming the role
/// it needs.
pub fn check(access: &Access, who: &str, command: &str) -> Result<()> {
    let held = match access {
        Access::Owner => return Ok(()),
        Access::Roles(held) => held,
    };
    if held_roles(held).any(|r| allows(r, command)) {
        return Ok(());
    }
    Err(refusal(held, who, command))
}

/// The office's roles among the server roles `held`, in the table's order.
fn held_roles<'a>(held: &'a [String]) -> impl Iterator<Item = &'static Role> + 'a {
    ROLES
        .iter()
        .filter(move |r| held.iter().any(|h| h == r.server_role))
}

/// "the clerk role", "the clerk and auditor roles".
fn roles_named(names: &[&str]) -> String {
    format!(
        "the {} role{}",
        names.join(" and "),
        if names.len() > 1 { "s" } else { "" }
    )
}

/// Whether `access` may write cases and their deadlines (the owner, an
/// investigator): what recomputing a store's deadlines needs.
pub fn may_write_cases(access: &Access) -> bool {
    match access {
        Access::Owner => true,
        Access::Roles(held) => held_roles(held).any(|r| allows(r, "intake")),
    }
}

/// What to say when the server refused `command` a privilege (`detail`,
/// its words) for a login holding the server roles `held`: the role the
/// command needs, or, when the login holds it, what else may be short:
/// the role's privileges in this store (an upgrade since `admin init`, a
/// privilege revoked by hand), which the owner sets again with `admin
/// init`, or a store the owner must bring up to date first (deadlines of
/// an older arithmetic, recomputed by the first command of a login that
/// may write them).
pub fn denied(held: &[String], who: &str, command: &str, detail: &str) -> Error {
    let allowed: Vec<&str> = held_roles(held)
        .filter(|r| allows(r, command))
        .map(|r| r.name)
        .collect();
    if !allowed.is_empty() {
        return Error::refused(
            format!(
                "`{command}` is for {who}, who has {}, but the server refused: {detail}. The \
                 store's owner may need to set the roles' privileges again (`oversight admin \
                 init`, after an upgrade of oversight) or to run any oversight command on the \
                 store once to bring it up to date",
                roles_named(&allowed)
            ),
            "",
        );
    }
    match refusal(held, who, command) {
        Error::Refused { message, basis } => Error::Refused {
            message: format!("{message}; the server refused: {detail}"),
            basis,
        },
        other => other,
    }
}

/// The refusal of `command` for a login holding the server roles `held`.
pub fn refusal(held: &[String], who: &str, command: &str) -> Error {
    let held: Vec<&str> = held_roles(held).map(|r| r.name).collect();
    let needed = needed_for(command);
    let need = if needed.is_empty() {
        "only the store's owner may run it".to_string()
    } else {
        format!(
            "it needs the {} role",
            needed
                .iter()
                .map(|r| r.name)
                .collect::<Vec<_>>()
                .join(" or ")
        )
    };
    let has = if held.is_empty() {
        "no role in this store".to_string()
    } else {
        roles_named(&held)
    };
    let grant = if needed.is_empty() {
        String::new()
    } else {
        format!(" (the store's owner grants one with `oversight admin grant {who} ROLE`)")
    };
    Error::refused(
        format!("`{command}` is not for {who}, who has {has}: {need}{grant}"),
        "",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held(names: &[&str]) -> Access {
        Access::Roles(
            names
                .iter()
                .map(|s| role(s).unwrap().server_role.to_string())
                .collect(),
        )
    }

    #[test]
    fn each_role_runs_its_own_commands_and_no_other() {
        assert!(check(&held(&["clerk"]), "c", "overdue").is_ok());
        assert!(check(&held(&["clerk"]), "c", "show").is_err());
        assert!(check(&held(&["investigator"]), "i", "show").is_ok());
        assert!(check(&held(&["investigator"]), "i", "intake").is_ok());
        assert!(check(&held(&["investigator"]), "i", "audit log").is_err());
        assert!(check(&held(&["investigator"]), "i", "admin grant").is_err());
        assert!(check(&held(&["auditor"]), "a", "verify").is_ok());
        assert!(check(&held(&["auditor"]), "a", "list").is_err());
        assert!(check(&held(&["analyst"]), "a", "report annual").is_ok());
        assert!(check(&held(&["analyst"]), "a", "overdue").is_err());
        assert!(check(&held(&["analyst"]), "a", "export cases --public").is_ok());
        assert!(check(&held(&["analyst"]), "a", "export cases").is_err());
        assert!(check(&held(&["investigator"]), "a", "export cases --public").is_ok());
        assert!(check(&held(&["clerk", "auditor"]), "b", "verify").is_ok());
        assert!(check(&Access::Owner, "o", "admin init").is_ok());
        let e = check(&held(&["clerk"]), "kim", "show").unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::REFUSED);
        let m = e.to_string();
        assert!(
            m.contains(
                "`show` is not for kim, who has the clerk role: it needs the investigator role"
            ),
            "{m}"
        );
        // Refused by the server: the role needed, or (the login holds it)
        // the role's privileges set again.
        let roles = |names: &[&str]| match held(names) {
            Access::Roles(r) => r,
            Access::Owner => unreachable!(),
        };
        let m = denied(
            &roles(&["clerk"]),
            "kim",
            "show",
            "permission denied for table cases",
        )
        .to_string();
        assert!(
            m.contains("it needs the investigator role")
                && m.ends_with("; the server refused: permission denied for table cases"),
            "{m}"
        );
        let e = denied(
            &roles(&["investigator"]),
            "ida",
            "show",
            "permission denied",
        );
        assert_eq!(e.exit_code(), crate::error::exit::REFUSED);
        let m = e.to_string();
        assert!(
            m.contains(
                "`show` is for ida, who has the investigator role, but the server refused: \
                 permission denied."
            ) && m.contains("`oversight admin init`")
                && m.contains("run any oversight command on the store once"),
            "{m}"
        );
        assert!(may_write_cases(&Access::Owner) && may_write_cases(&held(&["investigator"])));
        assert!(!may_write_cases(&held(&["clerk", "analyst", "auditor"])));
        let e = check(&held(&[]), "kim", "admin init").unwrap_err();
        assert!(e.to_string().contains("only the store's owner may run it"));
        assert!(role("janitor").is_err());
    }
}

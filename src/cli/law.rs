//! Help that states the law of the profile the store follows: each step
//! command's help says what the step meets, starts and needs under that
//! profile (`rules::describe`), and the overview gives the life of a case
//! under it, so a Florida store's help cites Florida law. Which profile:
//! the store's, when the command line or configuration names one that
//! exists (read without changing it); else the configured profile; else
//! the default.

use clap::{CommandFactory, FromArgMatches};

use super::{Cli, Ctx, GlobalArgs, OVERVIEW_DAILY};
use crate::model::cite;
use crate::rules::{describe, Profile};

/// The overview: the profile, the life of a case under it, the daily work.
pub fn overview(profile: &Profile) -> String {
    format!(
        "A case tracker for civilian police-oversight offices; the store follows the \
         profile {} ({}).\n\nThe life of a case, each step a command with --date (the time \
         the law allows it, and where):\n  intake                record a complaint; its \
         deadlines start\n{}\n\n{OVERVIEW_DAILY}",
        profile.name,
        cite(profile.law()),
        describe::lifecycle(profile)
    )
}

/// The command line with the law of `profile` in its help.
pub fn command(profile: &Profile) -> clap::Command {
    let mut cmd = Cli::command().long_about(overview(profile));
    let mut texts: Vec<(String, String)> = profile
        .steps
        .iter()
        .filter_map(|def| {
            // A case's receipt is recorded by `intake`.
            let command = if def.kind == "received" {
                "intake"
            } else {
                &def.kind
            };
            Some((command.to_string(), describe::step(profile, &def.kind)?))
        })
        .collect();
    if !profile.checklist.is_empty() {
        let items: Vec<String> = profile
            .checklist
            .iter()
            .map(|i| format!("  {}: {} ({})", i.id, i.title, cite(&i.basis)))
            .collect();
        texts.push((
            "checklist".into(),
            format!(
                "Items under the profile {}:\n{}",
                profile.name,
                items.join("\n")
            ),
        ));
    }
    for (command, text) in texts {
        if cmd.find_subcommand(&command).is_none() {
            continue;
        }
        cmd = cmd.mut_subcommand(&command, |c| {
            let rest = c
                .get_after_help()
                .map(|h| format!("\n\n{h}"))
                .unwrap_or_default();
            c.after_help(format!("{text}{rest}"))
        });
    }
    cmd
}

/// The profile help describes, from the command line (help flags left
/// out) and the configuration as a command would resolve them; the
/// default when anything is in the way (help never fails for it).
pub fn help_profile() -> Profile {
    let all: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let help_word = help_word(&all);
    let args: Vec<std::ffi::OsString> = all
        .into_iter()
        .enumerate()
        .filter(|(i, a)| !(a == "-h" || a == "--help" || Some(*i) == help_word))
        .map(|(_, a)| a)
        .collect();
    let resolved = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(args)
        .ok()
        .and_then(|m| {
            let g = GlobalArgs::from_arg_matches(&m).ok()?;
            Ctx::from_args(&g, &m).ok()
        });
    let text = resolved.and_then(|ctx| {
        if ctx.has_store() {
            crate::store::profile_text_at(&ctx.db).ok()
        } else {
            ctx.profile_text(&ctx.profile).ok()
        }
    });
    text.and_then(|t| Profile::parse(&t).ok())
        .unwrap_or_else(default_profile)
}

/// The profile a store gets when none is configured.
pub fn default_profile() -> Profile {
    Profile::parse(
        Profile::builtin_text(crate::rules::profile::DEFAULT_PROFILE)
            .expect("the default is shipped"),
    )
    .expect("the default profile parses")
}

/// The global options that take a value (the word after them is not a
/// command).
const VALUED: [&str; 3] = ["--db", "--as-of", "--format"];

/// Where `help` stands as the command (`oversight --db X help commence`).
fn help_word(args: &[std::ffi::OsString]) -> Option<usize> {
    let mut i = 1;
    while i < args.len() {
        let a = args[i].to_string_lossy();
        if VALUED.contains(&a.as_ref()) {
            i += 2;
            continue;
        }
        if a.starts_with('-') {
            i += 1;
            continue;
        }
        return (a == "help").then_some(i);
    }
    None
}

/// Does the command line ask for help (`-h`, `--help`, `help`)?
pub fn asks_for_help(args: &[std::ffi::OsString]) -> bool {
    args.iter().skip(1).any(|a| a == "-h" || a == "--help") || help_word(args).is_some()
}

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
         deadlines start\n{}\n\n{}",
        profile.name,
        cite(profile.law()),
        describe::lifecycle(profile),
        OVERVIEW_DAILY.replace("{duties}", &duties(profile))
    )
}

/// The commands of duties some laws give an office, each with whether this
/// profile gives it.
fn duty_commands(profile: &Profile) -> [(&'static str, bool); 4] {
    let matter = |kind: &str| {
        profile
            .rules
            .iter()
            .any(|r| r.matter.as_deref() == Some(kind))
    };
    [
        ("monitoring", profile.monitoring.is_some()),
        ("subpoena", profile.subpoenas.is_some()),
        ("policy", matter("policy") || matter("proposed-revision")),
        ("report-issued", matter("report")),
    ]
}

/// The office's other duties under the profile, for the overview.
fn duties(profile: &Profile) -> String {
    let given: Vec<&str> = duty_commands(profile)
        .into_iter()
        .filter(|(_, kept)| *kept)
        .map(|(c, _)| c)
        .collect();
    let mut d: Vec<&str> = Vec::new();
    if given.contains(&"monitoring") {
        d.push("monitoring");
    }
    d.push("report annual");
    d.extend(given.iter().filter(|c| **c != "monitoring"));
    d.extend([
        "publish",
        "export",
        "import",
        "backup",
        "verify",
        "audit log",
    ]);
    d.join(", ")
}

/// The command line with the law of `profile` in its help; `for_store`:
/// the commands the law lacks hidden (the help of a store, not the manual,
/// which documents every command).
pub fn command(profile: &Profile, for_store: bool) -> clap::Command {
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
    // The steps of every shipped law are commands; those this law lacks
    // are hidden from its help (run, they say the law has no such step),
    // and so are the duties it does not give the office.
    let mut absent: Vec<String> = crate::rules::profile::BUILTIN
        .iter()
        .filter_map(|(_, text)| Profile::parse(text).ok())
        .flat_map(|p| p.steps.into_iter().map(|s| s.kind))
        .filter(|k| profile.step(k).is_none())
        .collect();
    for (command, kept) in duty_commands(profile) {
        if !kept {
            absent.push(command.to_string());
        }
    }
    for command in absent.into_iter().filter(|_| for_store) {
        if cmd.find_subcommand(&command).is_some() {
            cmd = cmd.mut_subcommand(&command, |c| c.hide(true));
        }
    }
    // A step command is about the step in the law's own words.
    for def in profile.steps.iter().filter(|d| !d.title.is_empty()) {
        if def.kind != "received" && cmd.find_subcommand(&def.kind).is_some() {
            let about = format!("Record {}", def.title);
            cmd = cmd.mut_subcommand(&def.kind, |c| c.about(about));
        }
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
        if ctx.has_store().unwrap_or(false) {
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

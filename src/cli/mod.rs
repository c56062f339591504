//! The command line: the clap definitions (one file per command, groups as
//! folders) and the dispatch; `context` is what every command gets.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgMatches, Args, Parser, Subcommand};

use crate::error::Result;
use crate::output::Format;

pub use context::{Ctx, Sources};

pub mod admin;
pub(crate) mod ask;
pub mod assign;
pub mod audit;
pub mod backup;
pub mod caseload;
pub mod challenge;
pub mod checklist;
pub mod chief_decision;
pub mod chief_response;
pub mod close;
pub mod commence;
pub mod complete;
pub mod config;
mod context;
pub mod copy;
pub mod correct;
pub mod counsel_determination;
pub mod criminal_investigation;
pub mod decide;
pub mod due;
pub mod export;
pub mod extend;
pub mod finding;
pub mod generate;
pub mod holidays;
pub mod ia_file_access;
pub mod import;
pub mod init;
pub mod intake;
pub mod law;
pub mod list;
pub(crate) mod matters;
pub mod monitoring;
pub mod notify_pd;
pub mod officer;
pub mod overdue;
pub mod policy;
pub mod present;
pub(crate) mod prompt;
pub mod publish;
pub mod refer_counsel;
pub mod remand;
pub mod report;
pub mod report_issued;
pub mod show;
pub(crate) mod step;
pub mod subpoena;
pub mod transmit;
pub mod verify;

/// What follows the life of a case in the overview.
const OVERVIEW_DAILY: &str = "\
Every day:
  show CASE             the timeline, every deadline with its citation
  overdue               what is past due today: run it from cron (--exit-code)
  due --within 7        what falls due soon

The office's other duties: {duties}.

Every date-dependent output takes --as-of YYYY-MM-DD; scripts use --format json|csv.";

#[derive(Debug, Parser)]
#[command(
    name = "oversight",
    version,
    about = "Case tracker for police-oversight offices: intake, statutory deadlines, findings",
    arg_required_else_help = true,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]
    #[arg(long, env = "OVERSIGHT_DB", global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// What "today" is, for every date-dependent output [default: today]
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = date_arg)]
    pub as_of: Option<NaiveDate>,
    /// Never prompt (also when standard input is not a terminal)
    #[arg(long, global = true)]
    pub no_input: bool,
    /// No informational messages on stderr (errors and warnings only)
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Output form for commands that print records
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::InitArgs),
    Intake(intake::IntakeArgs),
    NotifyPd(notify_pd::NotifyPdArgs),
    ReferCounsel(refer_counsel::ReferCounselArgs),
    CounselDetermination(counsel_determination::CounselDeterminationArgs),
    Challenge(challenge::ChallengeArgs),
    CriminalInvestigation(criminal_investigation::CriminalInvestigationArgs),
    ChiefDecision(chief_decision::ChiefDecisionArgs),
    IaFileAccess(ia_file_access::IaFileAccessArgs),
    Decide(decide::DecideArgs),
    Commence(commence::CommenceArgs),
    Extend(extend::ExtendArgs),
    Present(present::PresentArgs),
    Remand(remand::RemandArgs),
    Finding(finding::FindingArgs),
    Transmit(transmit::TransmitArgs),
    ChiefResponse(chief_response::ChiefResponseArgs),
    Close(close::CloseArgs),
    Checklist(checklist::ChecklistArgs),
    Correct(correct::CorrectArgs),
    Assign(assign::AssignArgs),
    Caseload(caseload::CaseloadArgs),
    Show(show::ShowArgs),
    List(list::ListArgs),
    Overdue(overdue::OverdueArgs),
    Due(due::DueArgs),
    Monitoring(monitoring::MonitoringArgs),
    Publish(publish::PublishArgs),
    #[command(subcommand)]
    Export(export::ExportCommand),
    Import(import::ImportArgs),
    Copy(copy::CopyArgs),
    #[command(subcommand)]
    Report(report::ReportCommand),
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    ReportIssued(report_issued::ReportIssuedArgs),
    #[command(subcommand)]
    Subpoena(subpoena::SubpoenaCommand),
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    Verify(verify::VerifyArgs),
    #[command(subcommand)]
    Config(config::ConfigCommand),
    Backup(backup::BackupArgs),
    #[command(subcommand)]
    Officer(officer::OfficerCommand),
    #[command(subcommand)]
    Holidays(holidays::HolidaysCommand),
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    #[command(hide = true)]
    Generate(generate::GenerateArgs),
}

/// What `oversight` with no arguments prints.
pub fn overview() -> String {
    format!(
        "oversight {}: {}\n\n`oversight --help` lists every command; `oversight help COMMAND` explains one.",
        env!("CARGO_PKG_VERSION"),
        law::overview(&law::help_profile())
    )
}

/// A `YYYY-MM-DD` argument, checked by clap (exit 2 with the value and form).
pub fn date_arg(s: &str) -> std::result::Result<NaiveDate, String> {
    crate::model::parse_date("date", s).map_err(|_| match crate::model::date_guess(s) {
        Some(d) => format!(
            "expected a date as YYYY-MM-DD: did you mean {}?",
            crate::model::fmt_date(d)
        ),
        None => "expected a real calendar date as YYYY-MM-DD, for example 2025-03-07".to_string(),
    })
}

/// A command's own output form (`list --ids`, `report annual --html`) is
/// one form: it does not go with `--format json|csv`.
pub(crate) fn one_form(ctx: &Ctx, given: bool, flag: &str) -> Result<()> {
    if given && ctx.format != Format::Table {
        return Err(crate::error::Error::usage(format!(
            "{flag}: is an output form of its own; leave out --format {}",
            match ctx.format {
                Format::Json => "json",
                _ => "csv",
            }
        )));
    }
    Ok(())
}

/// Run one parsed command line; returns the process exit code.
/// `--assignee LOGIN` / `--mine`: only the deadlines of one
/// investigator's cases (`overdue`, `due`).
#[derive(Debug, Clone, clap::Args)]
pub struct WhoseArgs {
    /// Only cases assigned to this investigator (login) now
    #[arg(long, value_name = "LOGIN", conflicts_with = "mine")]
    pub assignee: Option<String>,
    /// Only cases assigned to me (this account's login) now
    #[arg(long)]
    pub mine: bool,
}

impl WhoseArgs {
    /// The login to keep, if any ("mine": whoever the store records as
    /// this login: the database login on a server, the account on a file).
    pub fn login(&self, store: &crate::store::Store) -> Option<String> {
        if self.mine {
            Some(store.who().to_string())
        } else {
            self.assignee.clone()
        }
    }
}

/// Whether a row of `overdue`/`due` is one `whose` keeps.
pub fn kept(whose: &Option<String>, row: &crate::store::DeadlineRow) -> bool {
    whose.is_none() || row.assignee == *whose
}

pub fn run(cli: Cli, matches: &ArgMatches) -> Result<i32> {
    let ctx = Ctx::from_args(&cli.global, matches)?;
    dispatch(&ctx, cli.command).map_err(|e| match e {
        // The server refused a privilege: say which role the command
        // needs, or that the role's privileges need setting again.
        crate::error::Error::Denied(detail) => match ctx.opened.get() {
            Some((crate::store::Access::Owner, _)) => crate::error::Error::Denied(detail),
            opened => {
                // Refused before the store was open: a login with no role.
                let (held, who) = match opened {
                    Some((crate::store::Access::Roles(held), who)) => (held.clone(), who.clone()),
                    _ => (
                        Vec::new(),
                        ctx.db.login().unwrap_or_else(|| "this login".into()),
                    ),
                };
                crate::ops::roles::denied(&held, &who, &ctx.role_command, &detail)
            }
        },
        e => e,
    })
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<i32> {
    match command {
        Command::Init(a) => init::run(ctx, a),
        Command::Intake(a) => intake::run(ctx, a),
        Command::NotifyPd(a) => notify_pd::run(ctx, a),
        Command::ChiefDecision(a) => chief_decision::run(ctx, a),
        Command::IaFileAccess(a) => ia_file_access::run(ctx, a),
        Command::ReferCounsel(a) => refer_counsel::run(ctx, a),
        Command::CounselDetermination(a) => counsel_determination::run(ctx, a),
        Command::Challenge(a) => challenge::run(ctx, a),
        Command::CriminalInvestigation(a) => criminal_investigation::run(ctx, a),
        Command::Decide(a) => decide::run(ctx, a),
        Command::Commence(a) => commence::run(ctx, a),
        Command::Extend(a) => extend::run(ctx, a),
        Command::Present(a) => present::run(ctx, a),
        Command::Remand(a) => remand::run(ctx, a),
        Command::Finding(a) => finding::run(ctx, a),
        Command::Transmit(a) => transmit::run(ctx, a),
        Command::ChiefResponse(a) => chief_response::run(ctx, a),
        Command::Close(a) => close::run(ctx, a),
        Command::Checklist(a) => checklist::run(ctx, a),
        Command::Correct(a) => correct::run(ctx, a),
        Command::Show(a) => show::run(ctx, a),
        Command::List(a) => list::run(ctx, a),
        Command::Overdue(a) => overdue::run(ctx, a),
        Command::Due(a) => due::run(ctx, a),
        Command::Monitoring(a) => monitoring::run(ctx, a),
        Command::Assign(a) => assign::run(ctx, a),
        Command::Caseload(a) => caseload::run(ctx, a),
        Command::Publish(a) => publish::run(ctx, a),
        Command::Export(c) => export::run(ctx, c),
        Command::Import(a) => import::run(ctx, a),
        Command::Copy(a) => copy::run(ctx, a),
        Command::Report(c) => report::run(ctx, c),
        Command::Policy(c) => policy::run(ctx, c),
        Command::ReportIssued(a) => report_issued::run(ctx, a),
        Command::Subpoena(c) => subpoena::run(ctx, c),
        Command::Audit(c) => audit::run(ctx, c),
        Command::Verify(a) => verify::run(ctx, a),
        Command::Config(c) => config::run(ctx, c),
        Command::Backup(a) => backup::run(ctx, a),
        Command::Officer(c) => officer::run(ctx, c),
        Command::Holidays(c) => holidays::run(ctx, c),
        Command::Admin(c) => admin::run(ctx, c),
        Command::Generate(a) => generate::run(ctx, a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_flags_go_before_or_after_the_subcommand() {
        let a = Cli::try_parse_from([
            "oversight",
            "overdue",
            "--as-of",
            "2026-01-05",
            "--format",
            "json",
        ])
        .unwrap();
        let b = Cli::try_parse_from([
            "oversight",
            "--as-of",
            "2026-01-05",
            "--format",
            "json",
            "overdue",
        ])
        .unwrap();
        assert_eq!(a.global.as_of, b.global.as_of);
        assert_eq!(a.global.format, Format::Json);
        assert_eq!(b.global.format, Format::Json);
    }

    #[test]
    fn bad_as_of_is_a_usage_error() {
        let e = Cli::try_parse_from(["oversight", "overdue", "--as-of", "2026-02-30"]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("YYYY-MM-DD"));
    }
}

#[cfg(test)]
mod help_tests {
    use super::*;
    use clap::CommandFactory;

    /// Every command a person can run says what it does and shows an
    /// example (groups list their commands instead).
    #[test]
    fn every_command_has_a_summary_and_an_example() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for sub in cmd.get_subcommands() {
                if sub.is_hide_set() || sub.get_name() == "help" {
                    continue;
                }
                let name = format!("{path} {}", sub.get_name());
                if sub.get_about().is_none() {
                    missing.push(format!("{name}: no summary"));
                }
                let leaf = !sub.has_subcommands() || sub.get_name() == "report-issued";
                let example = sub
                    .get_after_help()
                    .is_some_and(|h| h.to_string().contains("oversight "));
                if leaf && !example {
                    missing.push(format!("{name}: no example"));
                }
                walk(sub, &name, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "oversight", &mut missing);
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }
}

#[cfg(test)]
mod prompt_tests {
    use super::*;
    use clap::CommandFactory;

    /// No value is left to clap's "required" check: each command asks for
    /// what is missing on a terminal, or names every missing flag at once.
    #[test]
    fn no_argument_is_required_by_clap() {
        fn walk(cmd: &clap::Command, path: &str, found: &mut Vec<String>) {
            for a in cmd.get_arguments() {
                if a.is_required_set() {
                    found.push(format!("{path} {}", a.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), found);
            }
        }
        let mut found = Vec::new();
        walk(&Cli::command(), "oversight", &mut found);
        assert!(found.is_empty(), "required by clap: {found:?}");
    }
}

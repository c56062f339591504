//! The context every command gets: the store's path and where it came from
//! (flag, environment, config file, platform default), "today", whether to
//! prompt, the output form, and opening the store (which must exist, but for
//! the commands that create one).

use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::parser::ValueSource;
use clap::ArgMatches;

use super::GlobalArgs;
use crate::error::Result;
use crate::output::Format;
use crate::rules::profile::{Profile, DEFAULT_PROFILE};
use crate::store::{Location, Store};

/// What every command gets.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// Where the store is: a file, or a PostgreSQL database.
    pub db: Location,
    /// What "today" is for every date-dependent output (`--as-of`).
    pub as_of: NaiveDate,
    /// The latest date a step may carry: `--as-of`, but never after the
    /// real today (a `--as-of` in the future does not let a future step,
    /// or a case received in 2099, be recorded).
    pub latest: NaiveDate,
    /// Prompts allowed: stdin and stderr are terminals and no `--no-input`.
    pub interactive: bool,
    pub format: Format,
    pub color: bool,
    /// The subcommand being run (`intake`, `subpoena vote`), for the audit log.
    pub command: String,
    /// The profile a new store is created with (a shipped name or a file).
    pub profile: String,
    /// Put before new case numbers.
    pub case_prefix: String,
    /// Where `db`, `profile` and `case_prefix` came from, for `config show`.
    pub sources: Sources,
    /// The title and introduction of the HTML reports (`[report]`).
    pub report_text: crate::config::ReportText,
    /// The command as the roles name it (`ops::roles`).
    pub role_command: String,
    /// Once the store is open: what its login may do there, and who it is.
    pub opened: std::cell::OnceCell<(crate::store::Access, String)>,
}

/// Where each configurable value came from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub db: String,
    pub profile: String,
    pub case_prefix: String,
    pub config_file: Option<PathBuf>,
}

/// The command as the office's roles name it: the subcommand, and
/// `--public` or `--internal` where that flag changes what it reads
/// (`export cases --public` is an analyst's; `export cases` is not).
fn role_command(matches: &ArgMatches) -> String {
    let mut name = command_name(matches);
    let mut leaf = matches;
    while let Some((_, sub)) = leaf.subcommand() {
        leaf = sub;
    }
    for flag in ["public", "internal"] {
        if leaf.try_get_one::<bool>(flag).ok().flatten() == Some(&true) {
            name.push_str(&format!(" --{flag}"));
        }
    }
    name
}

/// The subcommand run, with its group's subcommand (`subpoena vote`).
fn command_name(matches: &ArgMatches) -> String {
    let mut names = Vec::new();
    let mut level = matches;
    while let Some((name, sub)) = level.subcommand() {
        names.push(name);
        level = sub;
    }
    if names.is_empty() {
        "oversight".into()
    } else {
        names.join(" ")
    }
}

impl Ctx {
    /// The front of the office's HTML reports: the profile's description
    /// (else its name) and the configured title and introduction.
    pub fn cover(&self, profile: &Profile) -> crate::report::html::Cover {
        crate::report::html::Cover {
            office: if profile.description.is_empty() {
                profile.name.clone()
            } else {
                profile.description.clone()
            },
            // An empty title or introduction is none.
            title: self
                .report_text
                .title
                .clone()
                .filter(|t| !t.trim().is_empty()),
            introduction: self
                .report_text
                .introduction
                .clone()
                .filter(|t| !t.trim().is_empty()),
        }
    }

    /// The context of a parsed command line: `matches` says where values
    /// came from (the `--db` flag or `OVERSIGHT_DB`) and which command runs.
    pub fn from_args(g: &GlobalArgs, matches: &ArgMatches) -> Result<Ctx> {
        crate::output::set_quiet(g.quiet);
        let (config, config_file) = crate::config::load()?;
        let from = |what: &str| match &config_file {
            Some(p) => format!("{what} in {}", p.display()),
            None => what.to_string(),
        };
        let flag_given = matches.value_source("db") == Some(ValueSource::CommandLine);
        let (db, db_source) = match (&g.db, &config.db) {
            (Some(p), _) if flag_given => (p.clone(), "--db".to_string()),
            (Some(p), _) => (p.clone(), "OVERSIGHT_DB".to_string()),
            (None, Some(p)) => (p.clone(), from("db")),
            (None, None) => (
                default_db_path()?,
                "default (the platform data folder)".into(),
            ),
        };
        // A server's address is not a file name: never a folder called
        // "postgresql:" beside the user's files.
        let db = Location::parse(db.as_os_str());
        if let Location::File(path) = &db {
            crate::files::protect_store(path);
        }
        let (profile, profile_source) = match &config.profile {
            Some(p) => (p.clone(), from("profile")),
            None => (DEFAULT_PROFILE.to_string(), "default".into()),
        };
        let (case_prefix, prefix_source) = match &config.case_prefix {
            Some(p) => (p.clone(), from("case_prefix")),
            None => (String::new(), "default (none)".into()),
        };
        let today = chrono::Local::now().date_naive();
        Ok(Ctx {
            report_text: config.report.clone(),
            profile,
            case_prefix,
            sources: Sources {
                db: db_source,
                profile: profile_source,
                case_prefix: prefix_source,
                config_file,
            },
            db,
            as_of: g.as_of.unwrap_or(today),
            latest: g.as_of.unwrap_or(today).min(today),
            interactive: !g.no_input
                && std::io::stdin().is_terminal()
                && std::io::stderr().is_terminal(),
            format: g.format,
            color: crate::output::color_enabled(),
            command: command_name(matches),
            role_command: role_command(matches),
            opened: std::cell::OnceCell::new(),
        })
    }

    /// The text of the profile a new store gets (configured or default).
    pub fn profile_text(&self, name_or_file: &str) -> Result<String> {
        match Profile::builtin_text(name_or_file) {
            Some(t) => Ok(t.to_string()),
            None => std::fs::read_to_string(name_or_file).map_err(|e| {
                let names: Vec<&str> = crate::rules::profile::BUILTIN
                    .iter()
                    .map(|(n, _)| *n)
                    .collect();
                crate::error::Error::usage(format!(
                    "profile: '{name_or_file}' is neither a shipped profile ({}) nor a readable file: {e}",
                    names.join(", ")
                ))
            }),
        }
    }

    /// Open the store, which must exist: a wrong path is an error naming the
    /// path and where it came from, never a new empty store that answers
    /// "nothing overdue".
    pub fn open(&self) -> Result<Store> {
        self.open_if_any()?.ok_or_else(|| self.no_store())
    }

    /// The store, if there is one where the configuration says (on a server
    /// one connection answers both: whether there is a store, and the store).
    pub fn open_if_any(&self) -> Result<Option<Store>> {
        if let Location::Server(_) = &self.db {
            return match self.open_store("") {
                Ok(s) => Ok(Some(s)),
                Err(crate::error::Error::Store(m)) if m.starts_with(crate::store::NO_STORE) => {
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        if !self.has_store()? {
            return Ok(None);
        }
        self.open_store("").map(Some)
    }

    /// There is no store where the configuration says.
    fn no_store(&self) -> crate::error::Error {
        let (what, also) = match &self.db {
            Location::Server(_) => ("address", "; `copy --to` moves an office's file there"),
            Location::File(_) => ("path", ""),
        };
        crate::error::Error::store(format!(
            "no store at {} (the {what} comes from {}); check the {what}, or create a store \
             there with `oversight --db {} init` (`intake` and `import` create one too{also})",
            self.db.display(),
            self.sources.db,
            self.db.display()
        ))
    }

    /// Is there a store (a non-empty file; a database with the store's
    /// tables) where the store should be? (A server that cannot be reached
    /// is an error, not "no store".)
    pub fn has_store(&self) -> Result<bool> {
        crate::store::exists_at(&self.db)
    }

    /// Open the store, creating it with the configured profile when there is
    /// none yet (`init`, `intake`, `import`); a new store is said on stderr
    /// even with `-q`.
    pub fn open_or_create(&self) -> Result<Store> {
        if let Location::Server(_) = &self.db {
            // The server creates the tables only if the database has none.
            let text = self.profile_text(&self.profile)?;
            return self.open_store(&text);
        }
        if self.has_store()? {
            return self.open_store("");
        }
        let text = self.profile_text(&self.profile)?;
        self.open_store(&text)
    }

    /// A new store for a write that must be whole before there is a store
    /// at all (an import where there is none): made beside the configured
    /// path under a temporary name (owner-only, never through a link), so
    /// no other command can open it half-written. [`Ctx::place_apart`]
    /// gives it the path once its write has committed; dropped before, it
    /// leaves nothing behind. None (the caller is to check first, and then
    /// create the store in place) on a server, whose tables are made in the
    /// database itself, and where the folder is still to be made or a file
    /// is already at the path.
    pub fn create_apart(&self) -> Result<Option<Apart>> {
        let Location::File(path) = &self.db else {
            return Ok(None);
        };
        let text = self.profile_text(&self.profile)?;
        // None where `files::create` will not make one: a folder still to
        // be made (a refused write would leave it behind) or one it may
        // not write in, anything at the path (an empty file: a store never
        // written). The caller then creates the store in place after its
        // checks, and says why not of the store's own path.
        let Ok(file) = crate::files::create_store(path) else {
            return Ok(None);
        };
        let at = Location::File(file.path().to_path_buf());
        // Dropped unplaced (with what SQLite left beside it) on any error.
        let mut apart = Apart {
            store: None,
            file: Some(file),
        };
        let Ok((store, _)) = self.open_at(&at, &text) else {
            return Ok(None);
        };
        apart.store = Some(store);
        Ok(Some(apart))
    }

    /// The store made by [`Ctx::create_apart`], its write committed, takes
    /// the configured path; refused (exit 5) if another command has
    /// created a store there meanwhile, whose write is not to be lost.
    pub fn place_apart(&self, mut apart: Apart) -> Result<()> {
        let store = apart.store.take().expect("placed once");
        let profile = store.profile()?.name.clone();
        // Closed, the store is whole in its file: SQLite takes the write-
        // ahead log into it and deletes the log.
        drop(store);
        let file = apart.file.take().expect("placed once");
        let left = journals(file.path());
        for journal in &left {
            if std::fs::metadata(journal).is_ok_and(|m| m.len() > 0) {
                return Err(crate::error::Error::store(format!(
                    "{} was left beside the new store: it was not closed whole, and is not \
                     put at {}",
                    journal.display(),
                    self.db.display()
                )));
            }
        }
        file.persist().map_err(|e| match e {
            crate::error::Error::Usage(_) => crate::error::Error::store(format!(
                "{}: another command created a store there while this import ran; nothing \
                 was imported (import the file again, into that store)",
                self.db.display()
            )),
            e => e,
        })?;
        // Empty, if there at all.
        for journal in left {
            let _ = std::fs::remove_file(journal);
        }
        eprintln!(
            "created a new store at {} (profile {profile})",
            self.db.display()
        );
        Ok(())
    }

    fn open_store(&self, new_profile: &str) -> Result<Store> {
        let (store, created) = self.open_at(&self.db, new_profile)?;
        if created {
            eprintln!(
                "created a new store at {} (profile {})",
                self.db.display(),
                store.profile()?.name
            );
        }
        Ok(store)
    }

    /// Open (or create) the store at `at` for this command: its login's
    /// roles checked, its deadlines brought up to date.
    fn open_at(&self, at: &Location, new_profile: &str) -> Result<(Store, bool)> {
        let (mut store, created) = crate::ops::open::open_or_create(at, new_profile)?;
        let _ = self
            .opened
            .set((store.access().clone(), store.who().to_string()));
        // A command the login's roles do not allow stops here (the server
        // would refuse it anyway), before anything is read or written.
        crate::ops::roles::check(store.access(), store.who(), &self.role_command)?;
        crate::ops::deadlines::bring_up_to_date(&mut store)?;
        store.set_command(&self.command);
        store.set_case_prefix(&self.case_prefix);
        Ok((store, created))
    }
}

/// A new store under a temporary name (see [`Ctx::create_apart`]).
pub struct Apart {
    // Closed before its file is removed or placed.
    pub store: Option<Store>,
    file: Option<crate::files::PrivateFile>,
}

impl Drop for Apart {
    fn drop(&mut self) {
        drop(self.store.take());
        if let Some(file) = self.file.take() {
            // Never placed: the journals SQLite may have left, then the
            // file itself (`PrivateFile`'s drop).
            for journal in journals(file.path()) {
                let _ = std::fs::remove_file(journal);
            }
        }
    }
}

/// The files SQLite keeps beside a store file while it is open.
fn journals(path: &std::path::Path) -> [PathBuf; 3] {
    ["-wal", "-shm", "-journal"].map(|end| {
        let mut p = path.as_os_str().to_owned();
        p.push(end);
        PathBuf::from(p)
    })
}

/// The store in the platform data folder. A HOME (or XDG_DATA_HOME) that is
/// empty or relative would put it somewhere the person did not mean, so it
/// is refused rather than used.
pub(super) fn default_db_path() -> Result<PathBuf> {
    // The platform crate quietly falls back to the account's home for an
    // empty HOME and ignores a relative XDG_DATA_HOME: a store placed that
    // way is not where the person (or the cron job) meant.
    for var in ["HOME", "XDG_DATA_HOME"] {
        if let Some(v) = std::env::var_os(var) {
            if !std::path::Path::new(&v).is_absolute() {
                return Err(crate::error::Error::usage(format!(
                    "--db: {var} is {:?}, not an absolute path, so there is no sure place for \
                     the store; give --db with an absolute path or set OVERSIGHT_DB",
                    v
                )));
            }
        }
    }
    directories::ProjectDirs::from("", "", "oversight")
        .map(|d| d.data_dir().join("cases.db"))
        .ok_or_else(|| {
            crate::error::Error::usage(
                "--db: no home folder to put the store in (HOME is unset and the account has \
                 none); give --db PATH or set OVERSIGHT_DB",
            )
        })
}

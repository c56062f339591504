//! The case store: what it keeps (`records`) and the one way in, a
//! transaction (`Store::write` / `Store::read` hand a `Tx` with typed reads
//! and writes). The store stores: it computes no deadline, knows no file
//! format and keeps its profile as text, read into the rules
//! (`rules::Profile::parse`) the first time a command asks for them
//! ([`Law`]); `ops` does the law's work over it.
//!
//! Two engines behind this one interface: `sqlite/`, one file, the embedded
//! default (WAL, foreign keys, a busy timeout, schema migrations, online
//! backup); `postgres/`, one database an office shares (connection and TLS,
//! its tables, the office's roles). The queries are written once, in the
//! SQL both engines share (`sql/`), and run on either through `db`, the one
//! transaction interface. A writer takes the store's lock first (SQLite:
//! BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so it waits for another
//! instead of failing half-way, and the audit chain and case numbers grow
//! one transaction at a time.

pub mod db;
mod parts;
mod postgres;
pub mod records;
pub mod replay;
mod sql;
mod sqlite;

pub use parts::ReadPart;
pub use postgres::Assignable;
pub use records::*;
pub use sql::{effective, OFFICE_REPORT_TABLES, OPEN_DEADLINES_SQL, REPORT_TABLES};
pub use sqlite::{os_user, schema, use_mimalloc, Repeats, StagedRow, Staging};

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{Error, Result};
use crate::rules::{Calendar, Profile};
use crate::store::db::Db;
use sql::{audit, queries};

/// How a missing store in a server's database is said (`Ctx` says where
/// the address came from).
pub const NO_STORE: &str = "no store in the database";

/// How long a command waits for another process's write to finish.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The busy timeout: `OVERSIGHT_BUSY_TIMEOUT_MS` when set (for scripts that
/// would rather fail fast), else [`BUSY_TIMEOUT`].
fn busy_timeout() -> Duration {
    std::env::var("OVERSIGHT_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_millis)
        .unwrap_or(BUSY_TIMEOUT)
}

/// Where a store is: an SQLite file, or a database on a PostgreSQL server
/// (`postgresql://USER@HOST/DB`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Server(String),
}

impl Location {
    /// `--db` as given: a `postgresql://` or `postgres://` URL names a
    /// server; anything else is a file's path.
    pub fn parse(text: &std::ffi::OsStr) -> Location {
        let s = text.to_string_lossy();
        if s.starts_with("postgresql://") || s.starts_with("postgres://") {
            Location::Server(s.into_owned())
        } else {
            Location::File(PathBuf::from(text))
        }
    }

    /// The login a server is asked for (its URL's user), if any.
    pub fn login(&self) -> Option<String> {
        match self {
            Location::File(_) => None,
            Location::Server(url) => url
                .parse::<::postgres::Config>()
                .ok()?
                .get_user()
                .map(String::from),
        }
    }

    /// The file, for what only a file has.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Location::File(p) => Some(p),
            Location::Server(_) => None,
        }
    }

    /// As it may be shown (a server's password hidden).
    pub fn display(&self) -> String {
        match self {
            Location::File(p) => p.display().to_string(),
            Location::Server(url) => postgres::redact(url),
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display())
    }
}

/// An open connection of either engine.
enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(Box<postgres::Server>),
}

pub struct Store {
    conn: Conn,
    location: Location,
    /// Who is recorded with every change and reading.
    who: String,
    /// What that login may do here.
    access: crate::store::Access,
    law: Law,
    /// The command being run, for the audit log.
    command: String,
    /// Put before new case numbers.
    case_prefix: String,
    /// The file or its folder may not be written: reads only.
    read_only: bool,
    /// The version of the deadline arithmetic, as the store was opened.
    deadline_engine: u32,
}

/// The store's profile: its text, and the rules read from it the first
/// time a command asks. A command that lists what is stored (`overdue`,
/// `list`, `export`) never reads the law: parsing it was a tenth of such a
/// command's whole time.
pub struct Law {
    text: String,
    rules: std::cell::OnceCell<Profile>,
}

impl Law {
    fn new(text: String, rules: Option<Profile>) -> Law {
        Law {
            text,
            rules: rules.map(std::cell::OnceCell::from).unwrap_or_default(),
        }
    }

    /// The rules; a stored text that does not parse is said (exit 5).
    pub fn rules(&self) -> Result<&Profile> {
        if let Some(p) = self.rules.get() {
            return Ok(p);
        }
        let p = Profile::parse(&self.text)
            .map_err(|e| Error::store(format!("the store's profile is unusable: {e}")))?;
        Ok(self.rules.get_or_init(|| p))
    }
}

/// One transaction, with what the rules need at hand.
pub struct Tx<'s> {
    tx: crate::store::db::Db<'s>,
    /// Who is recorded with what this transaction writes.
    who: &'s str,
    law: &'s Law,
    /// The holiday calendar, read from the store when first asked for.
    calendar: std::cell::OnceCell<Calendar>,
    /// What this transaction did, for the audit log.
    notes: Vec<audit::AuditNote>,
    /// Put before new case numbers.
    pub case_prefix: &'s str,
    /// Cases this transaction changed (their states are recorded), each
    /// with its document before the first change (none: the log has no
    /// change of it yet, so the one recorded now holds the whole case;
    /// boxed, as an import touches a million new cases, each with none).
    touched: std::collections::BTreeMap<i64, Option<Box<serde_json::Value>>>,
    /// The whole content of cases this transaction recorded, as it wrote
    /// them, while no later change of theirs makes it stale: their states
    /// are made from it at commit, not read back.
    written: std::collections::BTreeMap<i64, Box<CaseContent>>,
    /// Cases this transaction recorded whose deadlines are not written yet
    /// (there are none to replace).
    without_deadlines: std::collections::BTreeSet<i64>,
    /// The states of the cases this transaction recorded as it went (an
    /// import, `Tx::settle_states`).
    early: Option<sql::states::EarlyStates>,
}

/// What a new store is created with: the profile (its name and text, as
/// the caller checked it) and the version of the deadline arithmetic that
/// will compute its deadlines.
pub struct NewStore<'a> {
    pub profile_name: &'a str,
    pub profile_text: &'a str,
    pub deadline_engine: u32,
}

/// A store file opened (and upgraded), before its profile is read.
pub struct Opened {
    conn: Conn,
    location: Location,
    who: String,
    access: crate::store::Access,
    read_only: bool,
    /// The schema version the file had when opened.
    version: i64,
    profile_text: String,
    /// The version of the deadline arithmetic the stored deadlines were
    /// computed with (1: before it was recorded).
    deadline_engine: u32,
}

impl Opened {
    /// The profile text the store keeps.
    pub fn profile_text(&self) -> &str {
        &self.profile_text
    }

    /// The store; `rules` are its profile's when the caller has just
    /// parsed the text the store was created with (else they are read from
    /// the text when first asked for).
    pub fn into_store(self, rules: Option<Profile>) -> Result<Store> {
        let mut store = Store {
            conn: self.conn,
            location: self.location,
            who: self.who,
            access: self.access,
            law: Law::new(self.profile_text, rules),
            command: String::from("oversight"),
            case_prefix: String::new(),
            read_only: self.read_only,
            deadline_engine: self.deadline_engine,
        };
        if self.version > 0 && self.version < schema::CHANGES_SINCE {
            // From schema 10 every write records its change to each case it
            // touched (from schema 4, the case's digest): an older store's
            // cases are recorded whole now, once, and replay starts there.
            store.write_as("upgrade", |tx| {
                let n = tx.touch_unlogged()?;
                tx.note(
                    None,
                    format!(
                        "{n} case(s) recorded whole in the audit log (schema version {})",
                        schema::CHANGES_SINCE
                    ),
                );
                Ok(())
            })?;
        }
        Ok(store)
    }
}

impl Store {
    /// Open the store at `location` (creating it with `new` when there is none yet: the caller has checked the profile, and the store keeps its text and never parses it). Returns the opened store, whose profile text the caller turns into the [`Store`], and whether it was created now.
    pub fn open(location: &Location, new: Option<&NewStore<'_>>) -> Result<(Opened, bool)> {
        match location {
            Location::File(p) => sqlite::open(p, new),
            Location::Server(url) => postgres::open(url, new),
        }
    }

    /// A command about to read much of the store (a year's report, an
    /// export, `verify`) gets 32 MiB of page cache: pages it comes back to
    /// stay in memory. (`overdue`, `due` and `caseload` read the open
    /// deadlines through the 2 MiB default: at a million cases their pages
    /// fit it, once SQLite is built without its memory management,
    /// `.cargo/config.toml`.)
    pub fn reading_in_bulk(&self) -> Result<()> {
        if let Conn::Sqlite(c) = &self.conn {
            sqlite::reading_in_bulk(c)?;
        }
        Ok(())
    }

    /// A command about to write much of the store in one transaction (an
    /// import, a restore); see `sqlite::writing_in_bulk`. A server needs no
    /// telling.
    pub fn writing_in_bulk(&self) -> Result<()> {
        if let Conn::Sqlite(c) = &self.conn {
            sqlite::writing_in_bulk(c)?;
        }
        Ok(())
    }

    /// A bulk write that did not commit (a refused import): a file takes up
    /// its write-ahead log again, as after one that did; a server has
    /// nothing to put back.
    pub fn bulk_write_given_up(&self) {
        if let Conn::Sqlite(c) = &self.conn {
            // Every connection to the file puts the log back as it opens,
            // should this fail.
            let _ = sqlite::after_bulk_write(c);
        }
    }

    /// After a bulk write has committed (an import, a restore, a copy): a
    /// server's tables are vacuumed, which marks their new pages as seen by
    /// every transaction (once no older snapshot is open). Until then
    /// (autovacuum comes by later) a query answered from an index alone
    /// must still read each row's page: the annual report on 100,000 cases
    /// just copied took 128 ms, 84 ms after (BENCHMARKS.md). A file takes
    /// up its write-ahead log again (`sqlite::writing_in_bulk`). The server
    /// skips a table another session has locked, and every table for a
    /// login that does not own them (its warning is not shown). The write
    /// is kept whatever happens here: a VACUUM that fails is a warning,
    /// never the command's error (a retried import would find its cases
    /// already there).
    pub fn after_bulk_write(&mut self) {
        if let Conn::Sqlite(c) = &self.conn {
            if let Err(e) = sqlite::after_bulk_write(c) {
                eprintln!(
                    "warning: everything was written; the store's write-ahead log was not \
                     taken up again after it ({e}); the next command will"
                );
            }
            return;
        }
        let vacuumed = self
            .read(|tx| tx.vacuum_sql())
            .and_then(|sql| match &mut self.conn {
                Conn::Postgres(server) => postgres::vacuum(server, &sql),
                Conn::Sqlite(_) => Ok(()),
            });
        if let Err(e) = vacuumed {
            eprintln!(
                "warning: everything was written; the server's VACUUM of the store's tables \
                 after it did not run ({e}). Autovacuum will do it later; until then some \
                 reads are slower."
            );
        }
    }

    /// The version of the deadline arithmetic the stored deadlines were
    /// computed with (1: before it was recorded).
    pub fn deadline_engine(&mut self) -> Result<u32> {
        Ok(self.deadline_engine)
    }

    /// A write transaction recorded in the audit log under `command`.
    pub fn write_as<T>(
        &mut self,
        command: &str,
        f: impl FnOnce(&mut Tx) -> Result<T>,
    ) -> Result<T> {
        let before = std::mem::replace(&mut self.command, command.to_string());
        let r = self.write(f);
        self.command = before;
        r
    }

    pub fn location(&self) -> &Location {
        &self.location
    }

    /// Who this store records as making changes: the database login on
    /// PostgreSQL (`session_user`, which a client cannot choose), the
    /// operating-system account on SQLite.
    pub fn who(&self) -> &str {
        &self.who
    }

    /// What the login that opened the store may do here.
    pub fn access(&self) -> &crate::store::Access {
        &self.access
    }

    /// The store's profile, read from its text when first asked for.
    pub fn profile(&self) -> Result<&Profile> {
        self.law.rules()
    }

    /// Run `f` in a write transaction (BEGIN IMMEDIATE); commit if it
    /// succeeds, roll back everything if it fails.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Tx) -> Result<T>) -> Result<T> {
        self.writable()?;
        let command = self.command.clone();
        let mut t = self.begin(true)?;
        let out = f(&mut t)?;
        if t.notes.is_empty() {
            let n = t.tx.changes();
            t.note(None, format!("{n} row(s) changed"));
        }
        let head = audit::head(&t.tx)?;
        // The write's last audit row vouches for the states it leaves; its
        // first, when it recorded them as it went.
        let (vouching, states) = match t.early_states()? {
            Some(early) => early,
            None => {
                let vouching = head.0 + t.notes.len() as i64;
                (vouching, t.touched_states(vouching)?)
            }
        };
        audit::append(
            &t.tx,
            head,
            (t.who, &command, "write"),
            &t.notes,
            vouching,
            &states,
        )?;
        t.tx.commit()?;
        Ok(out)
    }

    /// A command that writes (every reading of personal data is written to
    /// the audit log) cannot run on a read-only store: said, exit 5.
    fn writable(&self) -> Result<()> {
        if self.read_only {
            return Err(Error::store(format!(
                "the store {} is read-only (the file or its folder may not be written): `{}` \
                 writes to it{}; make it writable, or work on a copy",
                self.location,
                self.command,
                if self.command == "show" || self.command.contains("list") {
                    " (every reading of personal data is recorded in the audit log)"
                } else {
                    ""
                }
            )));
        }
        Ok(())
    }

    /// A transaction with the store's profile and calendar at hand.
    fn begin(&mut self, write: bool) -> Result<Tx<'_>> {
        let tx = transaction(&mut self.conn, write)?;
        Ok(Tx::new(tx, &self.who, &self.law, &self.case_prefix))
    }

    /// Would `f` succeed as a write? It runs in a write transaction that is
    /// always rolled back: nothing is written, the audit log included.
    /// (A prompt asks it of a value before taking it.)
    pub fn dry_run<T>(&mut self, f: impl FnOnce(&mut Tx) -> Result<T>) -> Result<()> {
        self.writable()?;
        let mut t = self.begin(true)?;
        f(&mut t).map(|_| ())
    }

    /// Set the prefix of new case numbers (configuration `case_prefix`).
    pub fn set_case_prefix(&mut self, prefix: &str) {
        self.case_prefix = prefix.to_string();
    }

    /// Name the command being run, for the audit log.
    pub fn set_command(&mut self, command: &str) {
        self.command = command.to_string();
    }

    /// Record that personal data was read (who, which case, when), in its
    /// own small transaction.
    pub fn log_read(&mut self, case: Option<&str>, detail: &str) -> Result<()> {
        self.writable()?;
        let tx = transaction(&mut self.conn, true)?;
        audit::append(
            &tx,
            audit::head(&tx)?,
            (&self.who, &self.command, "read"),
            &[audit::AuditNote {
                case: case.map(String::from),
                detail: detail.into(),
            }],
            0,
            &[],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Copy the whole store to `dest` with SQLite's online backup (others
    /// may keep writing meanwhile); the copy is created owner-only, never
    /// through a link, replacing what is there only when `replace`.
    pub fn backup_to(&self, dest: &Path, replace: bool) -> Result<()> {
        sqlite::copy_database(self.file_connection()?, dest, replace)
    }

    /// `backup` copies a file: said before anything is done when the store
    /// is on a server.
    pub fn can_back_up(&self) -> Result<()> {
        self.file_connection().map(|_| ())
    }

    /// The SQLite connection, for what only a file can do.
    fn file_connection(&self) -> Result<&rusqlite::Connection> {
        match &self.conn {
            Conn::Sqlite(c) => Ok(c),
            Conn::Postgres(_) => Err(Error::usage(format!(
                "backup copies an SQLite store file; {} is a PostgreSQL store, whose copies \
                 are its owner's to keep: with the server's own tools (pg_dump), `oversight copy \
                 --from` it into a file, or `oversight export store`",
                self.location
            ))),
        }
    }

    /// Run `f` in a read transaction: one consistent snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&mut Tx) -> Result<T>) -> Result<T> {
        let mut t = self.begin(false)?;
        f(&mut t)
    }
}

/// A write finds the store at the schema version this build writes (it
/// was upgraded to it, or found at it, when opened): else another
/// process changed the schema while this command ran (a newer oversight
/// upgrading it), and nothing is written under the old one's assumptions.
pub(crate) fn same_schema(found: i64) -> Result<()> {
    if found == schema::CURRENT_VERSION {
        return Ok(());
    }
    Err(Error::store(format!(
        "the store's schema changed while this command ran (it is now at version {found}; \
         this oversight writes version {}): nothing was written; {}",
        schema::CURRENT_VERSION,
        if found > schema::CURRENT_VERSION {
            "a newer oversight upgraded it: upgrade oversight"
        } else {
            "run the command again"
        }
    )))
}

/// A transaction on either engine (each engine says how).
fn transaction(conn: &mut Conn, write: bool) -> Result<Db<'_>> {
    match conn {
        Conn::Sqlite(c) => sqlite::transaction(c, write),
        Conn::Postgres(c) => postgres::transaction(c, write),
    }
}

impl<'s> Tx<'s> {
    fn new(tx: Db<'s>, who: &'s str, law: &'s Law, case_prefix: &'s str) -> Tx<'s> {
        Tx {
            tx,
            who,
            law,
            calendar: Default::default(),
            notes: Vec::new(),
            case_prefix,
            touched: Default::default(),
            written: Default::default(),
            without_deadlines: Default::default(),
            early: None,
        }
    }

    /// SQLite's plan for `sql`, one line per step (tests of the plans).
    #[cfg(test)]
    pub fn query_plan(&self, sql: &str) -> Result<Vec<String>> {
        self.tx.query_plan(sql)
    }

    /// The names of a store file's tables (tests of what a read locks).
    #[cfg(test)]
    pub fn table_names(&self) -> Result<Vec<String>> {
        self.tx
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?
            .query_map(db::params![], |r| r.get(0))
    }

    /// The store's profile: the law the rules apply.
    pub fn profile(&self) -> Result<&'s Profile> {
        self.law.rules()
    }

    /// The holiday calendar (the profile's and the office's own days).
    pub fn calendar(&self) -> Result<&Calendar> {
        if let Some(c) = self.calendar.get() {
            return Ok(c);
        }
        let c = queries::load_calendar(&self.tx)?;
        Ok(self.calendar.get_or_init(|| c))
    }

    /// Read the calendar again, when next asked for, after the holidays
    /// changed inside this transaction.
    pub fn reload_calendar(&mut self) {
        self.calendar = Default::default();
    }
}

/// The profile text of the store at `location`, read without changing it
/// (no upgrade, no audit row): what help describes.
pub fn profile_text_at(location: &Location) -> Result<String> {
    match location {
        Location::File(path) => sqlite::profile_text_at(path),
        Location::Server(url) => postgres::profile_text_at(url),
    }
}

/// The schema version of the store at `location`, read without changing it.
pub fn schema_version_at(location: &Location) -> Result<i64> {
    match location {
        Location::File(path) => sqlite::schema_version_at(path),
        Location::Server(url) => postgres::schema_version_at(url),
    }
}

/// Is there a store at `location`? (A non-empty file; a database with the
/// store's tables.)
pub fn exists_at(location: &Location) -> Result<bool> {
    match location {
        Location::File(path) => Ok(sqlite::exists_at(path)),
        Location::Server(url) => postgres::exists_at(url),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    fn new_store() -> NewStore<'static> {
        NewStore {
            profile_name: "miami-cip",
            profile_text: Profile::builtin_text("miami-cip").unwrap(),
            deadline_engine: crate::rules::deadlines::ENGINE_VERSION,
        }
    }

    /// A new store in a new database `name` of the test server: the store,
    /// its URL, and a connection to the server's own database (to drop it).
    fn server_store(server: &str, name: &str) -> (Store, String, ::postgres::Client) {
        let mut admin = postgres::connect(server).unwrap();
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let url = format!("{}/{name}", server.rsplit_once('/').unwrap().0);
        let (opened, _) = Store::open(&Location::Server(url.clone()), Some(&new_store())).unwrap();
        (opened.into_store(None).unwrap(), url, admin)
    }

    /// A write that finds the store's schema changed since the command
    /// opened it (a newer oversight upgraded it meanwhile) writes nothing
    /// and says so, on either engine.
    #[test]
    fn a_write_refuses_a_schema_changed_since_the_store_was_opened() {
        let holiday = "INSERT INTO holidays VALUES ('2025-06-20', 'Founders Day', 'add')";
        let refused = |store: &mut Store| {
            let e = store
                .write(|tx| tx.tx.execute(holiday, &[]).map(|_| ()))
                .unwrap_err();
            assert_eq!(e.exit_code(), crate::error::exit::STORE);
            assert!(
                e.to_string().contains(&format!(
                    "the store's schema changed while this command ran (it is now at version \
                     {}; this oversight writes version {}): nothing was written; a newer \
                     oversight upgraded it",
                    schema::CURRENT_VERSION + 1,
                    schema::CURRENT_VERSION
                )),
                "{e}"
            );
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cases.db");
        let (opened, _) = Store::open(&Location::File(path.clone()), Some(&new_store())).unwrap();
        let mut store = opened.into_store(None).unwrap();
        let other = rusqlite::Connection::open(&path).unwrap();
        other
            .pragma_update(None, "user_version", schema::CURRENT_VERSION + 1)
            .unwrap();
        refused(&mut store);
        let n: i64 = other
            .query_row("SELECT count(*) FROM holidays", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
        let Some(server) = postgres::test_server() else {
            return;
        };
        let name = format!("schema_moved_{}", std::process::id());
        let (mut store, url, mut admin) = server_store(&server, &name);
        let mut other = postgres::connect(&url).unwrap();
        other
            .batch_execute(&format!(
                "UPDATE oversight_schema SET version = {}",
                schema::CURRENT_VERSION + 1
            ))
            .unwrap();
        refused(&mut store);
        let n: i64 = other
            .query_one("SELECT count(*) FROM holidays", &[])
            .unwrap()
            .get(0);
        drop((store, other));
        admin
            .batch_execute(&format!("DROP DATABASE {name}"))
            .unwrap();
        assert_eq!(n, 0);
    }

    /// A store file in a new folder: the store and its path.
    fn file_store(dir: &tempfile::TempDir) -> (Store, PathBuf) {
        let path = dir.path().join("cases.db");
        let (opened, _) = Store::open(&Location::File(path.clone()), Some(&new_store())).unwrap();
        (opened.into_store(None).unwrap(), path)
    }

    /// Two parts that `read_parts` shares out: `first` counts the holidays,
    /// runs `meanwhile`, then (if `wait`) waits for `second` to have read;
    /// `second` counts them later. Each answers the thread it ran on, its
    /// count and (on a server) its connection's process.
    fn two_parts(
        meanwhile: impl FnOnce() + Send + 'static,
        wait: bool,
    ) -> Vec<ReadPart<(std::thread::ThreadId, i64, i64)>> {
        let count = "SELECT count(*) FROM holidays";
        let read = Arc::new(AtomicBool::new(false));
        let second_read = read.clone();
        let meanwhile = std::sync::Mutex::new(Some(meanwhile));
        let pid = |tx: &Tx| -> Result<i64> {
            match tx.tx.engine() {
                db::Engine::Postgres => {
                    tx.tx
                        .query_row("SELECT CAST(pg_backend_pid() AS BIGINT)", &[], |r| r.get(0))
                }
                db::Engine::Sqlite => Ok(0),
            }
        };
        vec![
            Box::new(move |tx| {
                let n: i64 = tx.tx.query_row(count, &[], |r| r.get(0))?;
                if let Some(meanwhile) = meanwhile.lock().unwrap().take() {
                    meanwhile();
                }
                // Leave the second part to the other connection.
                for _ in 0..if wait { 600 } else { 0 } {
                    if read.load(Ordering::SeqCst) {
                        break;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Ok((std::thread::current().id(), n, pid(tx)?))
            }),
            Box::new(move |tx| {
                // Late enough that a read not yet begun would see what
                // `meanwhile` commits.
                std::thread::sleep(std::time::Duration::from_millis(100));
                let n: i64 = tx.tx.query_row(count, &[], |r| r.get(0))?;
                second_read.store(true, Ordering::SeqCst);
                Ok((std::thread::current().id(), n, pid(tx)?))
            }),
        ]
    }

    /// The counts of [`two_parts`] read on a file, and whether the two
    /// parts ran on threads of their own.
    fn parts_of_a_file(
        store: &mut Store,
        meanwhile: impl FnOnce() + Send + 'static,
        wait: bool,
    ) -> ((i64, i64), bool) {
        let read = store
            .read_parts(&["holidays"], two_parts(meanwhile, wait))
            .unwrap();
        let [(first, before, _), (second, seen, _)] = read[..] else {
            panic!("{} answers to two parts", read.len());
        };
        ((before, seen), first != second)
    }

    #[test]
    fn parts_of_a_file_are_read_on_two_connections_in_one_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, path) = file_store(&dir);
        let other = rusqlite::Connection::open(&path).unwrap();
        other
            .busy_timeout(std::time::Duration::from_secs(5))
            .unwrap();
        let (seen, apart) = parts_of_a_file(
            &mut store,
            move || {
                // Committed after both connections began, before the
                // second part reads.
                other
                    .execute_batch(
                        "INSERT INTO holidays VALUES ('2025-06-20', 'Founders Day', 'add')",
                    )
                    .unwrap();
            },
            true,
        );
        let now: i64 = store
            .read(|t| {
                t.tx.query_row("SELECT count(*) FROM holidays", &[], |r| r.get(0))
            })
            .unwrap();
        assert!(apart, "both parts ran on one connection");
        assert_eq!((seen, now), ((0, 0), 1));
    }

    #[test]
    fn a_file_being_written_is_read_in_one_transaction_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, path) = file_store(&dir);
        // A writer at work holds the write lock throughout.
        let writer = rusqlite::Connection::open(&path).unwrap();
        writer.execute_batch("BEGIN IMMEDIATE").unwrap();
        let started = std::time::Instant::now();
        let (seen, apart) = parts_of_a_file(&mut store, || {}, false);
        assert!(!apart, "a part had a connection of its own");
        assert_eq!(seen, (0, 0));
        // Not the busy timeout's wait for the lock.
        assert!(started.elapsed() < BUSY_TIMEOUT / 2);
        writer.execute_batch("ROLLBACK").unwrap();
    }

    /// A part the second connection cannot read is read on the first, and
    /// every answer comes back in the parts' order, however many parts
    /// there are.
    #[test]
    fn a_part_the_second_connection_fails_is_read_on_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = file_store(&dir);
        let first = std::thread::current().id();
        let failed = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let parts: Vec<ReadPart<usize>> = (0..12)
            .map(|i| -> ReadPart<usize> {
                let failed = failed.clone();
                Box::new(move |_| {
                    if std::thread::current().id() != first {
                        if i % 2 == 1 {
                            failed.fetch_add(1, Ordering::SeqCst);
                            return Err(Error::store("the second connection failed"));
                        }
                        return Ok(i);
                    }
                    // The first connection waits (a while, not for ever) until
                    // the second has failed a part, so that it has one to
                    // read again however the two threads are scheduled (a
                    // loaded machine kept the second from any part in time).
                    let started = std::time::Instant::now();
                    while failed.load(Ordering::SeqCst) == 0
                        && started.elapsed() < std::time::Duration::from_secs(20)
                    {
                        std::thread::sleep(std::time::Duration::from_millis(1));
                    }
                    Ok(i)
                })
            })
            .collect();
        let read = store.read_parts(&["holidays"], parts).unwrap();
        assert_eq!(read, (0..12).collect::<Vec<_>>());
        // The second connection took its share, and failed some.
        assert!(failed.load(Ordering::SeqCst) > 0);
    }

    /// On a server `read_parts` reads on a second connection in the first
    /// one's snapshot: it does not see a row another client committed
    /// after that snapshot was taken, though a new read does. (Against the
    /// server `OVERSIGHT_TEST_PG` names, as `scripts/test` runs it.)
    #[test]
    fn parts_are_read_on_a_second_connection_in_the_first_ones_snapshot() {
        let Some(server) = postgres::test_server() else {
            return;
        };
        let name = format!("beside_{}", std::process::id());
        let (mut store, url, mut admin) = server_store(&server, &name);
        let mut other = postgres::connect(&url).unwrap();
        let meanwhile = move || {
            other
                .batch_execute("INSERT INTO holidays VALUES ('2025-06-20', 'Founders Day', 'add')")
                .unwrap();
        };
        let read = store
            .read_parts(&["holidays"], two_parts(meanwhile, true))
            .unwrap();
        let [(_, before, first_pid), (_, seen, second_pid)] = read[..] else {
            panic!("{} answers to two parts", read.len());
        };
        let count = "SELECT count(*) FROM holidays";
        let now: i64 = store
            .read(|t| t.tx.query_row(count, &[], |r| r.get(0)))
            .unwrap();
        drop(store);
        admin
            .batch_execute(&format!("DROP DATABASE {name}"))
            .unwrap();
        assert_ne!(first_pid, second_pid, "both parts ran on one connection");
        assert_eq!((before, seen, now), (0, 0, 1));
    }
}

//! The store's SQL, for both engines (the crate has none elsewhere): the
//! queries, written once and run through `store::db`; `Store`, which opens
//! an SQLite file (WAL, foreign keys, a busy timeout) or a PostgreSQL
//! database (`postgres.rs`); and one transaction per command. A writer
//! takes the store's lock first (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
//! advisory lock), so it waits for another instead of failing half-way, and
//! the audit chain and case numbers grow one transaction at a time.

mod assignments;
mod audit;
mod dump;
mod exchange;
mod matters;
mod officers;
mod queries;
pub use queries::OPEN_DEADLINES_SQL;
mod report;
pub mod schema;
mod staging;
pub use staging::{StagedRow, Staging};
pub mod postgres;
mod states;
mod subpoenas;

use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{Error, Result};
use crate::rules::{Calendar, Profile};
use crate::store::db::Db;

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
    Sqlite(Connection),
    Postgres(Box<::postgres::Client>),
}

pub struct Store {
    conn: Conn,
    location: Location,
    /// Who is recorded with every change and reading.
    who: String,
    /// What that login may do here.
    access: crate::store::Access,
    profile: Profile,
    /// The command being run, for the audit log.
    command: String,
    /// Put before new case numbers.
    case_prefix: String,
    /// The file or its folder may not be written: reads only.
    read_only: bool,
}

/// One transaction, with what the rules need at hand.
pub struct Tx<'s> {
    tx: crate::store::db::Db<'s>,
    /// Who is recorded with what this transaction writes.
    who: &'s str,
    pub profile: &'s Profile,
    pub calendar: Calendar,
    /// What this transaction did, for the audit log.
    notes: Vec<audit::AuditNote>,
    /// Put before new case numbers.
    pub case_prefix: &'s str,
    /// Cases this transaction changed (their states are recorded).
    touched: std::collections::BTreeSet<i64>,
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
}

impl Opened {
    /// The profile text the store keeps.
    pub fn profile_text(&self) -> &str {
        &self.profile_text
    }

    /// The store, under `profile` (the caller parsed the store's text).
    pub fn into_store(self, profile: Profile) -> Result<Store> {
        let mut store = Store {
            conn: self.conn,
            location: self.location,
            who: self.who,
            access: self.access,
            profile,
            command: String::from("oversight"),
            case_prefix: String::new(),
            read_only: self.read_only,
        };
        if self.version > 0 && self.version < 4 {
            // From schema 4 every write records the states of the cases it
            // touched; an older store's cases get theirs now, once.
            store.write_as("upgrade", |tx| {
                let n = tx.touch_all()?;
                tx.note(
                    None,
                    format!("states of {n} case(s) recorded (schema version 4)"),
                );
                Ok(())
            })?;
        }
        Ok(store)
    }
}

impl Store {
    /// Open the store at `location` (see [`Store::open_file`]).
    pub fn open(location: &Location, new: Option<&NewStore<'_>>) -> Result<(Opened, bool)> {
        match location {
            Location::File(p) => Store::open_file(p, new),
            Location::Server(url) => Store::open_server(url, new),
        }
    }

    /// Open the store in the PostgreSQL database `url`, creating its tables
    /// with `new` when the database holds none yet.
    pub fn open_server(url: &str, new: Option<&NewStore<'_>>) -> Result<(Opened, bool)> {
        let shown = postgres::redact(url);
        let mut client = postgres::connect(url, busy_timeout())?;
        let (version, other_tables) = postgres::version(&mut client)?;
        if version > postgres::CURRENT_VERSION {
            return Err(Error::store(format!(
                "{shown} was written by a newer oversight (schema version {version}; this build \
                 knows up to {}); upgrade oversight. The store was not touched.",
                postgres::CURRENT_VERSION
            )));
        }
        if version == 0 && other_tables {
            return Err(Error::store(format!(
                "the database {shown} holds tables but not an oversight store; nothing was \
                 changed (give oversight a database of its own)"
            )));
        }
        let fresh = version == 0;
        if fresh {
            let Some(new) = new else {
                return Err(Error::store(format!(
                    "{NO_STORE} {shown}, and no profile given to create one with"
                )));
            };
            let mut tx = client.transaction()?;
            postgres::create(&mut tx)?;
            let db = Db::postgres(tx);
            queries::init_meta(&db, new)?;
            db.commit()?;
        }
        let who: String = client.query_one("SELECT session_user::text", &[])?.get(0);
        let access = postgres::access_of(&mut client)?;
        let profile_text = {
            let db = Db::postgres(client.transaction()?);
            queries::profile_text(&db)?
        };
        Ok((
            Opened {
                conn: Conn::Postgres(Box::new(client)),
                location: Location::Server(url.to_string()),
                who,
                access,
                read_only: false,
                version: postgres::CURRENT_VERSION,
                profile_text,
            },
            fresh,
        ))
    }

    /// Open the store file at `path`, creating it with `new` when there is
    /// no store there yet (the caller has checked the profile: the store
    /// keeps its text and never parses it). Returns the opened file, whose
    /// profile text the caller turns into the [`Store`], and whether it
    /// was created now.
    pub fn open_file(path: &Path, new: Option<&NewStore<'_>>) -> Result<(Opened, bool)> {
        let created = prepare_file(path)?;
        let mut conn = connect(path)?;
        let version = user_version(&conn)?;
        if version > schema::CURRENT_VERSION {
            return Err(Error::store(format!(
                "{} was written by a newer oversight (schema version {version}; this build \
                 knows up to {}); upgrade oversight. The store was not touched.",
                path.display(),
                schema::CURRENT_VERSION
            )));
        }
        if version == 0 && has_tables(&conn)? {
            return Err(Error::store(format!(
                "{} is an SQLite database but not an oversight store; nothing was changed",
                path.display()
            )));
        }
        let fresh = version == 0;
        let read_only = read_only(&conn);
        if read_only && version < schema::CURRENT_VERSION {
            return Err(Error::store(format!(
                "{} is read-only, and {}; make it writable once (or work on a copy)",
                path.display(),
                if fresh {
                    "a new store must be written".to_string()
                } else {
                    format!(
                        "it was written by an older oversight (schema version {version}) and \
                         upgrading it writes"
                    )
                }
            )));
        }
        let new = match (fresh, new) {
            (true, None) => {
                if created {
                    let _ = fs::remove_file(path);
                }
                return Err(Error::store(format!(
                    "no store at {}, and no profile given to create one with",
                    path.display()
                )));
            }
            (_, new) => new,
        };
        if version > 0 && version < schema::CURRENT_VERSION {
            // An older store: keep a copy of it as it was, next to it. No
            // copy, no upgrade: whatever is in the way is said.
            let copy = PathBuf::from(format!("{}.v{version}-backup", path.display()));
            copy_database(&conn, &copy, false).map_err(|e| {
                Error::store(format!(
                    "cannot keep the copy of the store as it was before upgrading to schema \
                     version {}: {e}; move it away or remove it and run again; the store was \
                     not upgraded or changed",
                    schema::CURRENT_VERSION
                ))
            })?;
            eprintln!(
                "upgrading {} from schema version {version} to {}; the old store is copied to {}",
                path.display(),
                schema::CURRENT_VERSION,
                copy.display()
            );
        }
        if !read_only {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        if version < schema::CURRENT_VERSION {
            schema::migrations()
                .to_latest(&mut conn)
                .map_err(|e| Error::store(format!("migrating {}: {e}", path.display())))?;
        }
        if let (true, Some(new)) = (fresh, new) {
            let tx = Db::sqlite(conn.transaction_with_behavior(TransactionBehavior::Immediate)?);
            queries::init_meta(&tx, new)?;
            tx.commit()?;
        }
        let profile_text = queries::profile_text(&Db::sqlite(conn.unchecked_transaction()?))?;
        Ok((
            Opened {
                conn: Conn::Sqlite(conn),
                location: Location::File(path.to_path_buf()),
                who: os_user(),
                access: crate::store::Access::Owner,
                read_only,
                version,
                profile_text,
            },
            created || fresh,
        ))
    }

    /// A command about to read much of the store (a year's report, an
    /// export, `verify`) gets 32 MiB of page cache: pages it comes back to
    /// stay in memory.
    pub fn reading_in_bulk(&self) -> Result<()> {
        if let Conn::Sqlite(c) = &self.conn {
            c.pragma_update(None, "cache_size", -32768)?;
        }
        Ok(())
    }

    /// The version of the deadline arithmetic the stored deadlines were
    /// computed with (1: before it was recorded).
    pub fn deadline_engine(&mut self) -> Result<u32> {
        self.read(|tx| queries::deadline_engine(&tx.tx))
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

    pub fn profile(&self) -> &Profile {
        &self.profile
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
        let states = t.touched_states()?;
        audit::append(&t.tx, t.who, &command, "write", &t.notes, &states)?;
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
        let calendar = queries::load_calendar(&tx)?;
        Ok(Tx {
            tx,
            who: &self.who,
            profile: &self.profile,
            calendar,
            notes: Vec::new(),
            case_prefix: &self.case_prefix,
            touched: Default::default(),
        })
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
            &self.who,
            &self.command,
            "read",
            &[audit::AuditNote {
                case: case.map(String::from),
                detail: detail.into(),
            }],
            &[],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Copy the whole store to `dest` with SQLite's online backup (others
    /// may keep writing meanwhile); the copy is created owner-only, never
    /// through a link, replacing what is there only when `replace`.
    pub fn backup_to(&self, dest: &Path, replace: bool) -> Result<()> {
        copy_database(self.file_connection()?, dest, replace)
    }

    /// `backup` copies a file: said before anything is done when the store
    /// is on a server.
    pub fn can_back_up(&self) -> Result<()> {
        self.file_connection().map(|_| ())
    }

    /// The SQLite connection, for what only a file can do.
    fn file_connection(&self) -> Result<&Connection> {
        match &self.conn {
            Conn::Sqlite(c) => Ok(c),
            Conn::Postgres(_) => Err(Error::usage(format!(
                "backup copies an SQLite store file; {} is a PostgreSQL store: keep its \
                 copies with the server's own tools (pg_dump), or write every record to a file \
                 with `oversight export store`",
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

/// A transaction on either engine. SQLite: a writer takes the file's lock
/// at once (IMMEDIATE). PostgreSQL: writers queue on one lock of the
/// store, as SQLite's do, so the audit chain and the case numbers grow one
/// transaction at a time; a reader sees one snapshot.
fn transaction(conn: &mut Conn, write: bool) -> Result<Db<'_>> {
    Ok(match conn {
        Conn::Sqlite(c) => Db::sqlite(c.transaction_with_behavior(if write {
            TransactionBehavior::Immediate
        } else {
            TransactionBehavior::Deferred
        })?),
        Conn::Postgres(c) => {
            let mut b = c.build_transaction();
            if !write {
                b = b
                    .isolation_level(::postgres::IsolationLevel::RepeatableRead)
                    .read_only(true);
            }
            let mut tx = b.start()?;
            if write {
                tx.execute("SELECT pg_advisory_xact_lock(3141592653)", &[])?;
            }
            Db::postgres(tx)
        }
    })
}

impl Tx<'_> {
    /// Reload the calendar after the holidays changed inside this transaction.
    pub fn reload_calendar(&mut self) -> Result<()> {
        self.calendar = queries::load_calendar(&self.tx)?;
        Ok(())
    }
}

/// Create the file (owner-only) and its folder if missing. Returns whether
/// the file was created now.
fn prepare_file(path: &Path) -> Result<bool> {
    if path.exists() {
        if path.is_dir() {
            return Err(Error::store(format!(
                "{} is a folder, not a store file",
                path.display()
            )));
        }
        // A store others may read is made owner-only, with its journal.
        for p in [
            path.to_path_buf(),
            PathBuf::from(format!("{}-wal", path.display())),
            PathBuf::from(format!("{}-shm", path.display())),
        ] {
            crate::files::tighten(&p)?;
        }
        return Ok(false);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir(dir).map_err(|e| {
            Error::store(format!("cannot create the folder {}: {e}", dir.display()))
        })?;
    }
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    match opts.open(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::store(format!(
            "cannot create the store {}: {e}",
            path.display()
        ))),
    }
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Copy a database with SQLite's online backup into a new owner-only file
/// (`files`: never through a link; `replace` lets it take the place of a
/// file or link already at `dest`).
fn copy_database(from: &Connection, dest: &Path, replace: bool) -> Result<()> {
    let target = crate::files::create(dest, replace)?;
    {
        let mut out = Connection::open(target.path())?;
        rusqlite::backup::Backup::new(from, &mut out)?.run_to_completion(
            256,
            Duration::from_millis(5),
            None,
        )?;
    }
    target.persist()
}

/// Open the store's file. A file we may not write opens read-only (SQLite
/// falls back by itself); in a folder we may not write, a WAL store cannot
/// get its shared-memory file, so it is opened immutable: no writer can be
/// at work where no journal can be created.
fn connect(path: &Path) -> Result<Connection> {
    let cannot_open =
        |e: rusqlite::Error| Error::store(format!("cannot open the store {}: {e}", path.display()));
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(cannot_open)?;
    let conn = match conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0)) {
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) => {
            drop(conn);
            Connection::open_with_flags(
                immutable_uri(path),
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_URI
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(cannot_open)?
        }
        _ => conn,
    };
    conn.busy_timeout(busy_timeout())?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A small page cache by default: a command that reads a few thousand
    // pages (overdue, show, intake) is faster recycling 2 MiB than touching
    // fresh memory for each page. Commands that read years of the store ask
    // for more (`Store::reading_in_bulk`).
    conn.pragma_update(None, "cache_size", -2048)?;
    Ok(conn)
}

/// The profile text of the store at `path`, read without changing it (no
/// upgrade, no audit row): what help describes.
pub fn profile_text_at(location: &Location) -> Result<String> {
    match location {
        Location::File(path) => {
            let conn = peek(path)?;
            let db = Db::sqlite(conn.unchecked_transaction()?);
            queries::profile_text(&db)
        }
        Location::Server(url) => {
            let mut client = postgres::connect(url, busy_timeout())?;
            let db = Db::postgres(client.transaction()?);
            queries::profile_text(&db)
        }
    }
}

/// The schema version of the store at `location`, read without changing it.
pub fn schema_version_at(location: &Location) -> Result<i64> {
    match location {
        Location::File(path) => user_version(&peek(path)?),
        Location::Server(url) => {
            Ok(postgres::version(&mut postgres::connect(url, busy_timeout())?)?.0)
        }
    }
}

/// Is there a store at `location`? (A non-empty file; a database with the
/// store's tables.)
pub fn exists_at(location: &Location) -> Result<bool> {
    match location {
        Location::File(path) => Ok(fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > 0)),
        Location::Server(url) => {
            Ok(postgres::version(&mut postgres::connect(url, busy_timeout())?)?.0 > 0)
        }
    }
}

/// A read-only look at the store file: no upgrade, no audit row.
fn peek(path: &Path) -> Result<Connection> {
    Ok(Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?)
}

/// `file:PATH?mode=ro&immutable=1`, the path escaped for a URI.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    uri
}

/// The connection cannot write: the file or its folder is read-only.
fn read_only(conn: &Connection) -> bool {
    conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false)
}

fn user_version(conn: &Connection) -> Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| match Error::from(e) {
            Error::Store(m) if m.contains("not an oversight store") => Error::store(
                "the file is not an oversight store (not an SQLite database); nothing was changed",
            ),
            other => other,
        })
}

fn has_tables(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
        [],
        |r| r.get::<_, i64>(0),
    )? > 0)
}

/// Who is recorded with every change and reading: the operating-system
/// account running the process, from its uid (not `$USER`, which anyone
/// can set): its login name from the password database, else `uid N`.
/// Where the uid cannot be read (no /proc), the login variables.
pub fn os_user() -> String {
    static USER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    USER.get_or_init(|| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if let Ok(m) = fs::metadata("/proc/self") {
                let uid = m.uid();
                let name = fs::read_to_string("/etc/passwd").ok().and_then(|text| {
                    text.lines().find_map(|l| {
                        let mut f = l.split(':');
                        let name = f.next()?;
                        let id = f.nth(1)?;
                        (id.parse::<u32>().ok()? == uid).then(|| name.to_string())
                    })
                });
                return name.unwrap_or_else(|| format!("uid {uid}"));
            }
        }
        ["USER", "USERNAME", "LOGNAME"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .unwrap_or_else(|| "unknown".into())
    })
    .clone()
}

//! The SQLite engine: a store is one file. What only a file has lives
//! here: creating it owner-only (never through a link), opening it (WAL,
//! foreign keys, a busy timeout; read-only or immutable where it may not be
//! written), its schema migrations with a copy of the old file kept, and
//! the online backup. Also the private temporary database an import stages
//! its rows in (`staging`), whatever the store's engine.

mod allocator;
pub mod schema;
pub use allocator::use_mimalloc;
mod staging;
pub use staging::{Repeats, StagedRow, Staging};

use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::sql::queries;
use super::{busy_timeout, Conn, Location, NewStore, Opened};
use crate::error::{Error, Result};
use crate::store::db::{params, Db};

/// Open the store file at `path`, creating it with `new` when there is no
/// store there yet; an older store is upgraded, a copy of it kept beside it.
pub(super) fn open(path: &Path, new: Option<&NewStore<'_>>) -> Result<(Opened, bool)> {
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
    let older = version > 0 && version < schema::CURRENT_VERSION;
    if older && schema::changes_nothing_after(version) {
        eprintln!(
            "upgrading {} from schema version {version} to {} (only its version number \
             changes in this file; no copy kept)",
            path.display(),
            schema::CURRENT_VERSION
        );
    } else if older {
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
    let (profile_text, deadline_engine) = {
        let db = Db::sqlite(conn.unchecked_transaction()?);
        (queries::profile_text(&db)?, queries::deadline_engine(&db)?)
    };
    Ok((
        Opened {
            conn: Conn::Sqlite(conn),
            location: Location::File(path.to_path_buf()),
            who: os_user(),
            access: crate::store::Access::Owner,
            read_only,
            version,
            profile_text,
            deadline_engine,
        },
        created || fresh,
    ))
}

/// 32 MiB of page cache, for a command that reads much of the store.
pub(super) fn reading_in_bulk(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "cache_size", -32768)?;
    Ok(())
}

/// A second reader of the file, in the snapshot of a first one: while a
/// [`Gate`] holds the write lock no transaction can commit, so a read
/// transaction begun on each connection then sees the same state of the
/// file. The gate is let go as soon as both have begun: writers wait a
/// moment at most, and the readers never hold them up after.
pub(super) struct Gate(Connection);

impl Gate {
    /// The write lock, if it is free now (a reader does not wait for a
    /// writer: a busy or read-only file gives none, and the caller reads
    /// in one transaction).
    pub(super) fn shut(path: &Path) -> Option<Gate> {
        let conn = open_writable(path).ok()?;
        conn.busy_timeout(Duration::ZERO).ok()?;
        conn.execute_batch("BEGIN IMMEDIATE").ok()?;
        Some(Gate(conn))
    }
}

impl Drop for Gate {
    fn drop(&mut self) {
        let _ = self.0.execute_batch("ROLLBACK");
    }
}

/// A connection for a second reader of the file (see [`Gate`]), with the
/// page cache of a bulk read.
pub(super) fn second_reader(path: &Path) -> Result<Connection> {
    // Opened as the gate was (never `connect`'s immutable fallback, which
    // would read the file past the WAL and its locks).
    let conn = open_writable(path)?;
    conn.busy_timeout(busy_timeout())?;
    reading_in_bulk(&conn)?;
    Ok(conn)
}

/// Begin the read of a deferred transaction now: its snapshot is taken at
/// its first read of the file.
pub(super) fn pin(db: &Db) -> Result<()> {
    db.query_row("SELECT count(*) FROM meta", params![], |r| r.get::<i64>(0))
        .map(drop)
}

/// A command about to write much of the store in one transaction (an
/// import, a restore): each statement's journal, the pages it changed kept
/// until it ends so that a failed statement undoes itself, is kept in
/// memory instead of a temporary file, a quarter of an import's time at
/// 100,000 cases in writes to that file (`perf`). It holds one statement's
/// pages, not the transaction's, so memory stays bounded; the rest of what
/// SQLite keeps aside (a large sort) is in memory too while the command
/// runs, and such a command sorts nothing larger than a case.
///
/// A store with no cases yet (a new one being filled) is written through a
/// rollback journal, not the write-ahead log: the log holds every page the
/// write makes and then copies it into the file at the checkpoint, where a
/// rollback journal holds only the few pages the file had before (a page
/// past the file's old end needs none). All or nothing holds either way.
/// Every open asks for the log again, and so does
/// [`after_bulk_write`].
pub(super) fn writing_in_bulk(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    let empty: bool =
        conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM cases)", [], |r| r.get(0))?;
    if empty {
        // Another connection to the file keeps it in the log's mode, which
        // is answered and taken as it is.
        conn.pragma_update(None, "journal_mode", "DELETE")?;
    }
    Ok(())
}

/// After a bulk write: the write-ahead log again (see [`writing_in_bulk`]).
pub(super) fn after_bulk_write(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    Ok(())
}

/// A writer takes the file's lock at once (IMMEDIATE), so it waits for
/// another writer instead of failing half-way.
pub(super) fn transaction(conn: &mut Connection, write: bool) -> Result<Db<'_>> {
    let tx = conn.transaction_with_behavior(if write {
        TransactionBehavior::Immediate
    } else {
        TransactionBehavior::Deferred
    })?;
    if write {
        // Read once the write lock is held, which an upgrade takes too.
        crate::store::same_schema(tx.pragma_query_value(None, "user_version", |r| r.get(0))?)?;
    }
    Ok(Db::sqlite(tx))
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
        // Another program's file is left as it is: neither opened as a
        // store nor made owner-only. (An empty file is a new store.)
        let mut head = [0_u8; 16];
        let read = std::fs::File::open(path).and_then(|mut f| {
            use std::io::Read;
            f.read(&mut head)
        });
        if matches!(read, Ok(n) if n > 0) && &head != b"SQLite format 3\0" {
            return Err(Error::store(format!(
                "{} is not an oversight store (not an SQLite database); nothing was changed",
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
        crate::files::private_dir(dir).map_err(|e| {
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
        Ok(_) => {
            // What an import into no store, stopped half-way, left beside.
            crate::files::remove_leftovers_for(path);
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::store(format!(
            "cannot create the store {}: {e}",
            path.display()
        ))),
    }
}

/// Copy a database with SQLite's online backup into a new owner-only file
/// (`files`: never through a link; `replace` lets it take the place of a
/// file or link already at `dest`).
pub(super) fn copy_database(from: &Connection, dest: &Path, replace: bool) -> Result<()> {
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
    let conn = open_writable(path).map_err(cannot_open)?;
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
    // Room for every statement a command runs again (the default keeps 16:
    // an import's many-row inserts, one text per row count, pushed the
    // others out and each case compiled them again).
    conn.set_prepared_statement_cache_capacity(128);
    Ok(conn)
}

/// The store file at `path`, opened to be read and written (never
/// created: `prepare_file` makes it, owner-only), for this thread alone.
fn open_writable(path: &Path) -> rusqlite::Result<Connection> {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// The profile text of the store file at `path`, read without changing it.
pub(super) fn profile_text_at(path: &Path) -> Result<String> {
    let conn = peek(path)?;
    let db = Db::sqlite(conn.unchecked_transaction()?);
    queries::profile_text(&db)
}

/// The schema version of the store file at `path`, read without changing it.
pub(super) fn schema_version_at(path: &Path) -> Result<i64> {
    user_version(&peek(path)?)
}

/// Is there a store file at `path` (a file that is not empty)?
pub(super) fn exists_at(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > 0)
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
/// The account of the process's real uid, through the system's user
/// database (getpwuid_r: /etc/passwd, and LDAP or sssd where NSS has them);
/// "uid N" when it has no name. Never `$USER`, which anyone can set.
#[cfg(unix)]
fn unix_account() -> String {
    // SAFETY: getuid cannot fail; getpwuid_r writes only into `pwd` and
    // `buf`, which outlive the call, and `result` is null or points at
    // `pwd`, whose name points into `buf`.
    let uid = unsafe { libc::getuid() };
    let mut buf = vec![0u8; 16 * 1024];
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let rc = unsafe {
        libc::getpwuid_r(
            uid,
            &mut pwd,
            buf.as_mut_ptr().cast::<libc::c_char>(),
            buf.len(),
            &mut result,
        )
    };
    if rc == 0 && !result.is_null() && !pwd.pw_name.is_null() {
        let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) }
            .to_string_lossy()
            .into_owned();
        if !name.is_empty() {
            return name;
        }
    }
    format!("uid {uid}")
}

pub fn os_user() -> String {
    static USER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    USER.get_or_init(|| {
        #[cfg(unix)]
        let who = unix_account();
        // Elsewhere the environment is all there is.
        #[cfg(not(unix))]
        let who = ["USER", "USERNAME", "LOGNAME"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .unwrap_or_else(|| "unknown".into());
        who
    })
    .clone()
}

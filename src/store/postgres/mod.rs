//! The PostgreSQL engine: one database on a server the office shares. What
//! differs from SQLite lives here: connecting, the schema in PostgreSQL's
//! types (the same tables and columns, in the same order, so a store moves
//! between engines row for row), its version, and the few SQLite functions
//! the shared queries use. Text sorts byte by byte (`COLLATE "C"`), as in
//! SQLite, so every list comes out in the same order on both engines.

mod fields;
mod pgpass;
mod roles;
mod schema;

pub use roles::Assignable;
pub use schema::CURRENT_VERSION;

use std::time::Duration;

use postgres::{Client, NoTls};

use super::sql::queries;
use super::{busy_timeout, Conn, Location, NewStore, Opened, NO_STORE};
use crate::error::{Error, Result};
use crate::store::db::{Db, Statements};
use crate::store::Access;

/// A connection to the server, with the statements it has run (kept for
/// every transaction of the command). The client is dropped first: the
/// connection ends without closing its statements one by one.
pub(super) struct Server {
    client: Client,
    statements: Statements,
}

/// Open the store in the PostgreSQL database `url`, creating its tables
/// with `new` when the database holds none yet.
pub(super) fn open(url: &str, new: Option<&NewStore<'_>>) -> Result<(Opened, bool)> {
    let shown = redact(url);
    let mut client = connect(url)?;
    let settings = session_settings(busy_timeout());
    let (opening, fresh) = match opening(&mut client, &settings)? {
        Some(o) => (o, false),
        None => {
            // The failed opening query took its settings with it.
            client.batch_execute(&settings)?;
            // No store here yet: the database must hold nothing else.
            let (_, other_tables) = schema::version(&mut client)?;
            if other_tables {
                return Err(Error::store(format!(
                    "the database {shown} holds tables but not an oversight store; nothing \
                     was changed (give oversight a database of its own)"
                )));
            }
            let Some(new) = new else {
                return Err(Error::store(format!(
                    "{NO_STORE} {shown}, and no profile given to create one with"
                )));
            };
            let mut tx = client.transaction()?;
            match schema::create(&mut tx) {
                // Refused (exit 4) as the server refused it; said here,
                // where it is known that no store is there yet.
                Err(Error::Denied(_)) => {
                    return Err(Error::refused(
                        format!(
                            "{NO_STORE} {shown}, and this login may not create one there: the \
                             database's owner does (`oversight init`, or `oversight copy \
                             --to`), then sets up the office's roles (`oversight admin init`)"
                        ),
                        "",
                    ))
                }
                other => other?,
            }
            let statements = Statements::default();
            let db = Db::postgres(tx, &statements);
            queries::init_meta(&db, new)?;
            db.commit()?;
            let o = opening(&mut client, "")?
                .ok_or_else(|| Error::store(format!("the store created in {shown} is gone")))?;
            (o, true)
        }
    };
    if opening.version > CURRENT_VERSION {
        return Err(Error::store(format!(
            "{shown} was written by a newer oversight (schema version {}; this build knows up \
             to {CURRENT_VERSION}); upgrade oversight. The store was not touched.",
            opening.version
        )));
    }
    if opening.version < CURRENT_VERSION {
        // `Opened` keeps the version found, for what an upgrade records
        // after (`Opened::into_store`).
        upgrade(&mut client, &shown, &opening)?;
    }
    Ok((
        Opened {
            conn: Conn::Postgres(Box::new(Server {
                client,
                statements: Statements::default(),
            })),
            location: Location::Server(url.to_string()),
            who: opening.who,
            access: opening.access,
            read_only: false,
            version: opening.version,
            profile_text: opening.profile_text.ok_or_else(|| {
                Error::store("the store has no profile (was it created by oversight?)")
            })?,
            deadline_engine: opening.deadline_engine,
        },
        fresh,
    ))
}

/// Bring an older store to this build's schema, in one transaction: only
/// its owner may change its tables (the server enforces that too), so any
/// other login is refused, exit 5, with the store untouched. The schema
/// table is locked first and its version read again, so of two owners'
/// commands starting at once one upgrades and the other finds it done.
fn upgrade(client: &mut Client, shown: &str, opening: &Opening) -> Result<()> {
    let from = opening.version;
    if from < schema::FIRST_VERSION {
        return Err(Error::store(format!(
            "{shown} says it is at schema version {from}, which no oversight store on \
             PostgreSQL was ever at; the store was not touched"
        )));
    }
    if opening.access != Access::Owner {
        return Err(Error::store(format!(
            "{shown} is at schema version {from} and this build needs {CURRENT_VERSION}: its \
             owner (the login that ran `admin init`) must run any oversight command on it once \
             to upgrade it. The store was not touched."
        )));
    }
    let mut tx = client.transaction()?;
    // After the writers' lock: a write under way (of an older oversight
    // too) ends before the tables change under it.
    tx.batch_execute(&format!(
        "SELECT pg_advisory_xact_lock({WRITERS_LOCK}); \
         LOCK TABLE oversight_schema IN ACCESS EXCLUSIVE MODE"
    ))?;
    let now: i64 = tx
        .query_one("SELECT version FROM oversight_schema", &[])?
        .get(0);
    if now < CURRENT_VERSION {
        schema::upgrade(&mut tx, now)?;
        eprintln!("upgraded {shown} from schema version {now} to {CURRENT_VERSION}");
    }
    tx.commit()?;
    Ok(())
}

/// What opening a store needs to know, read at once.
struct Opening {
    version: i64,
    who: String,
    access: Access,
    profile_text: Option<String>,
    deadline_engine: u32,
}

/// The store's version, who the login is and what it may do (everything
/// when it owns the store or is a superuser, else what the office's group
/// roles it holds allow), the profile and the version of the deadline
/// arithmetic: one simple query, one round trip (a command's start-up
/// would otherwise spend a dozen). None when the database has no store.
fn opening(client: &mut Client, settings: &str) -> Result<Option<Opening>> {
    // Catalogue lookups by name, not scans of the role views or of
    // pg_class: on a new server process (one per command) each view costs a
    // millisecond and a query of pg_class half of one. The owner is told
    // by a privilege only it (or a member of the owning role, or a
    // superuser) has: every privilege on the cases, with the right to
    // grant it; `admin grant` never gives TRUNCATE or a grant option.
    let sql = format!(
        "{settings}SELECT (SELECT version FROM oversight_schema)::text, session_user::text, \
         has_table_privilege(session_user, 'cases', 'TRUNCATE WITH GRANT OPTION')::text, \
         {}, \
         (SELECT value FROM meta WHERE key = 'profile'), \
         (SELECT value FROM meta WHERE key = 'deadline_engine')",
        held_roles_sql()
    );
    let messages = match client.simple_query(&sql) {
        Ok(m) => m,
        Err(e) if e.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE) => return Ok(None),
        Err(e) if e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE) => {
            return Err(refused_at_opening(client, e));
        }
        Err(e) => return Err(e.into()),
    };
    let Some(row) = first_row(&messages) else {
        return Err(Error::store("the store's version could not be read"));
    };
    let text = |i: usize| row.get(i).map(String::from);
    let version = text(0)
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| Error::store("the store's version table is empty or unreadable"))?;
    let access = if text(2).as_deref() == Some("true") {
        Access::Owner
    } else {
        Access::Roles(
            text(3)
                .unwrap_or_default()
                .split(',')
                .filter(|r| !r.is_empty())
                .map(String::from)
                .collect(),
        )
    };
    Ok(Some(Opening {
        version,
        who: text(1).unwrap_or_default(),
        access,
        profile_text: text(4),
        deadline_engine: text(5).and_then(|v| v.parse().ok()).unwrap_or(1),
    }))
}

/// The first row a simple query returned, if any.
fn first_row(messages: &[postgres::SimpleQueryMessage]) -> Option<&postgres::SimpleQueryRow> {
    messages.iter().find_map(|m| match m {
        postgres::SimpleQueryMessage::Row(r) => Some(r),
        _ => None,
    })
}

/// The office's roles the login holds, as SQL: their server names, joined
/// by commas. (Catalogue lookups by name: no table of the store is read.)
fn held_roles_sql() -> String {
    let held = roles::ROLE_NAMES
        .iter()
        .map(|r| {
            format!(
                "CASE WHEN pg_has_role(session_user, to_regrole('{r}'), 'MEMBER') THEN '{r}' END"
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    format!("concat_ws(',', {held})")
}

/// The server refused the login the store's very first read. Where the
/// login holds an office role, the likely cause is this database's: its
/// tables give the roles nothing yet (a store made by `init` or `copy`
/// before the owner's `admin init` there), which is said; else the refusal
/// is the server's, worded as a role the login lacks (`ops::roles`).
fn refused_at_opening(client: &mut Client, e: postgres::Error) -> Error {
    let detail = e
        .as_db_error()
        .map_or_else(|| e.to_string(), |d| d.message().to_string());
    let held = client
        .simple_query(&format!("SELECT session_user::text, {}", held_roles_sql()))
        .ok()
        .and_then(|m| {
            first_row(&m).map(|r| {
                (
                    r.get(0).unwrap_or_default().to_string(),
                    r.get(1).unwrap_or_default().to_string(),
                )
            })
        });
    match held {
        Some((who, roles)) if !roles.is_empty() => {
            let names: Vec<&str> = roles
                .split(',')
                .map(|r| r.trim_start_matches("oversight_"))
                .collect();
            Error::refused(
                format!(
                    "{who} has the {} role{} on this server, but this database's store gives \
                     the roles nothing yet (the server refused: {detail}): its owner runs \
                     `oversight admin init` on it once (a store made by `init` or `copy` needs \
                     it)",
                    names.join(" and "),
                    if names.len() > 1 { "s" } else { "" }
                ),
                "",
            )
        }
        _ => e.into(),
    }
}

/// A transaction on the server. Writers queue on one lock of the store, as
/// SQLite's do, so the audit chain and the case numbers grow one
/// transaction at a time; a reader sees one snapshot.
pub(super) fn transaction(server: &mut Server, write: bool) -> Result<Db<'_>> {
    let mut b = server.client.build_transaction();
    if !write {
        b = b
            .isolation_level(::postgres::IsolationLevel::RepeatableRead)
            .read_only(true);
    }
    let mut tx = b.start()?;
    if write {
        // A simple query: one round trip, nothing to prepare. The version
        // is read once the lock is held, which an upgrade takes too.
        let messages = tx.simple_query(&format!(
            "SELECT pg_advisory_xact_lock({WRITERS_LOCK}), \
             (SELECT version FROM oversight_schema)::text"
        ))?;
        let version = first_row(&messages)
            .and_then(|r| r.get(1)?.parse().ok())
            .ok_or_else(|| Error::store("the store's version table is empty or unreadable"))?;
        crate::store::same_schema(version)?;
    }
    Ok(Db::postgres(tx, &server.statements))
}

/// The advisory lock every write transaction holds while it lasts, and an
/// upgrade before it changes a table.
const WRITERS_LOCK: i64 = 3141592653;

/// The read transaction's snapshot, named for a second connection to take
/// up (`in_snapshot`) while this one lasts; none if the login may not
/// export it (asked first: a refused call would end the transaction).
pub(super) fn export_snapshot(db: &Db<'_>) -> Result<Option<String>> {
    // (A CASE around the call does not help: the server checks the
    // privilege of every function in a statement before running it.)
    let may: bool = db.query_row(
        "SELECT has_function_privilege('pg_catalog.pg_export_snapshot()', 'EXECUTE')",
        &[],
        |r| r.get(0),
    )?;
    if !may {
        return Ok(None);
    }
    db.query_row("SELECT pg_export_snapshot()", &[], |r| r.get(0))
        .map(Some)
}

/// A second connection of the command's login, set as its first one is;
/// none if the server will not give one (its connections are all taken).
pub(super) fn second_connection(url: &str) -> Option<Server> {
    let mut client = connect(url).ok()?;
    client
        .batch_execute(&session_settings(busy_timeout()))
        .ok()?;
    Some(Server {
        client,
        statements: Statements::default(),
    })
}

/// A read transaction that sees what the transaction that exported
/// `snapshot` sees, and nothing committed since, with `tables` locked for
/// reading at once or not at all: were someone's change of a table (an
/// upgrade) waiting for the first transaction's lock, this one's read would
/// queue behind it, and the first would wait for this one, a wait neither
/// server nor client would see.
pub(super) fn in_snapshot<'s>(
    server: &'s mut Server,
    snapshot: &str,
    tables: &[&str],
) -> Result<Db<'s>> {
    let mut tx = server
        .client
        .build_transaction()
        .isolation_level(::postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()?;
    let mut sql = format!(
        "SET TRANSACTION SNAPSHOT '{}';",
        snapshot.replace('\'', "''")
    );
    if !tables.is_empty() {
        sql.push_str(&format!(
            " LOCK TABLE {} IN ACCESS SHARE MODE NOWAIT;",
            tables.join(", ")
        ));
    }
    tx.batch_execute(&sql)?;
    Ok(Db::postgres(tx, &server.statements))
}

/// Run `vacuum` (`VACUUM` of the store's tables), which cannot run inside
/// a transaction.
pub(super) fn vacuum(server: &mut Server, vacuum: &str) -> Result<()> {
    // The server's own words: nothing here is to be tried again.
    server.client.batch_execute(vacuum).map_err(|e| {
        Error::store(
            e.as_db_error()
                .map_or_else(|| e.to_string(), |d| d.message().to_string()),
        )
    })
}

/// The profile text of the store in the database `url`, read without
/// changing it.
pub(super) fn profile_text_at(url: &str) -> Result<String> {
    let mut client = connect(url)?;
    let statements = Statements::default();
    let db = Db::postgres(client.transaction()?, &statements);
    queries::profile_text(&db)
}

/// The schema version of the store in the database `url` (0: none).
pub(super) fn schema_version_at(url: &str) -> Result<i64> {
    Ok(schema::version(&mut connect(url)?)?.0)
}

/// Does the database `url` hold a store?
pub(super) fn exists_at(url: &str) -> Result<bool> {
    Ok(schema_version_at(url)? > 0)
}

/// What a command's session is set to, as statements sent with its first
/// query (no round trip of their own): a writer waits for another's lock
/// as long as SQLite's busy timeout, then says so; the server's notices
/// below a warning are not shown. Set in the session rather than in the
/// connection's start-up options, which a connection pooler (PgBouncer)
/// refuses or drops.
///
/// The planner is told what this workload is, for these sessions only
/// (not the database, which other applications may share): every query
/// reads a few thousand rows by index from data the server holds in
/// memory, so a random page costs what a sequential one does
/// (`random_page_cost` 1.1, PostgreSQL's usual figure for SSD or memory,
/// against the default 4 for spinning disks), and a parallel worker, a
/// process started for the query, costs more than it saves. Measured on
/// 100,000 cases, `report annual`: 137 ms with the defaults, 93 ms so
/// (BENCHMARKS.md).
fn session_settings(busy: Duration) -> String {
    format!(
        "SET lock_timeout = {}; SET client_min_messages = warning; \
         SET random_page_cost = 1.1; SET max_parallel_workers_per_gather = 0; ",
        busy.as_millis()
    )
}

/// Connect to the server named by `url` (`postgresql://USER@HOST/DB`).
pub fn connect(url: &str) -> Result<Client> {
    let shown = redact(url);
    let url = &with_sslmode_read(url, &shown)?;
    let mut config: postgres::Config = url.parse().map_err(|e| {
        Error::usage(format!(
            "--db: '{shown}' is not a PostgreSQL connection string ({e}); expected \
             postgresql://USER@HOST/DATABASE"
        ))
    })?;
    if config.get_password().is_none() {
        if let Some(target) = password_target(&config) {
            match pgpass::password(&target) {
                pgpass::Found::Password(p) => {
                    config.password(p);
                }
                pgpass::Found::Exposed(file) => eprintln!(
                    "warning: the password file {} gives group or others access; it is not \
                     read until its permissions are u=rw (0600) or less, as libpq has it",
                    crate::output::escape_controls(&file.display().to_string())
                ),
                pgpass::Found::None => {}
            }
        }
    }
    let cannot = |e: postgres::Error| {
        let chain = std::iter::successors(Some(&e as &dyn std::error::Error), |e| e.source());
        if chain
            .map(|e| e.to_string())
            .any(|m| m == "password missing")
        {
            return Error::store(format!(
                "cannot connect to the PostgreSQL store {shown}: the server asks a password \
                 for {} and none was found: keep it in ~/.pgpass (a line \
                 HOST:PORT:DATABASE:LOGIN:PASSWORD, mode 0600; PGPASSFILE names another \
                 file) or PGPASSWORD, never in a shared configuration file",
                config.get_user().unwrap_or("the login")
            ));
        }
        // The reason is the server's message, else the whole error chain
        // (a TLS certificate refused is said at its end).
        let mut why = e
            .as_db_error()
            .map(|d| d.message().to_string())
            .unwrap_or_else(|| e.to_string());
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            if !why.contains(&s.to_string()) {
                why.push_str(&format!(": {s}"));
            }
            source = s.source();
        }
        Error::store(format!(
            "cannot connect to the PostgreSQL store {shown}: {why}"
        ))
    };
    // TLS when the address asks for it (`sslmode=require`): the server's
    // certificate is checked against the authority in PGSSLROOTCERT (or
    // ~/.postgresql/root.crt, as libpq has it), else the system's, host
    // name included. Otherwise none (a local socket, a trusted network).
    if matches!(config.get_ssl_mode(), postgres::config::SslMode::Require) {
        let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config()?);
        config.connect(tls).map_err(cannot)
    } else {
        config.connect(NoTls).map_err(cannot)
    }
}

/// `url` with its `sslmode` as the client library reads it: libpq's
/// `verify-full` and `verify-ca` are `require` here, which checks the
/// server's certificate and its name as `verify-full` does; a mode there
/// is no such check for is refused by name.
fn with_sslmode_read(url: &str, shown: &str) -> Result<String> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok(url.to_string());
    };
    let mut pairs = Vec::new();
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("sslmode", mode)) => {
                let mode = match mode {
                    "disable" | "prefer" | "require" => mode,
                    "verify-full" | "verify-ca" => "require",
                    other => {
                        return Err(Error::usage(format!(
                            "--db: '{shown}': sslmode '{other}' is not one this build \
                             knows; expected disable, prefer, require or verify-full \
                             (require checks the server's certificate and name, as \
                             verify-full does)"
                        )))
                    }
                };
                pairs.push(format!("sslmode={mode}"));
            }
            _ => pairs.push(pair.to_string()),
        }
    }
    Ok(format!("{base}?{}", pairs.join("&")))
}

/// What a password file's line is matched against for `config`: its first
/// host and port (5432 unless given), database (the login's name unless
/// given) and login; none without a login.
fn password_target(config: &postgres::Config) -> Option<pgpass::Target> {
    use postgres::config::Host;
    let login = config.get_user()?.to_string();
    let hosts = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => vec![h.clone()],
        Some(Host::Unix(dir)) => {
            let mut hosts = vec![dir.display().to_string()];
            // libpq's default socket folders stand for the local machine.
            if ["/var/run/postgresql", "/run/postgresql", "/tmp"]
                .iter()
                .any(|d| dir == std::path::Path::new(d))
            {
                hosts.push("localhost".into());
            }
            hosts
        }
        None => vec!["localhost".into()],
    };
    Some(pgpass::Target {
        hosts,
        port: config.get_ports().first().copied().unwrap_or(5432),
        database: config.get_dbname().unwrap_or(&login).to_string(),
        login,
    })
}

/// How a TLS connection checks the server: the certificate authority an
/// office keeps for its server (PGSSLROOTCERT, or ~/.postgresql/root.crt),
/// else the machine's own.
fn tls_config() -> Result<rustls::ClientConfig> {
    use rustls::pki_types::{pem::PemObject, CertificateDer};
    let mut roots = rustls::RootCertStore::empty();
    let file = std::env::var_os("PGSSLROOTCERT")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| {
            directories::BaseDirs::new()
                .map(|b| b.home_dir().join(".postgresql/root.crt"))
                .filter(|p| p.exists())
        });
    match &file {
        Some(path) => {
            let bad = |e: String| {
                Error::usage(format!(
                    "PGSSLROOTCERT: '{}' is not a certificate file in PEM form ({e})",
                    path.display()
                ))
            };
            let certs = CertificateDer::pem_file_iter(path).map_err(|e| bad(e.to_string()))?;
            for cert in certs {
                roots
                    .add(cert.map_err(|e| bad(e.to_string()))?)
                    .map_err(|e| bad(e.to_string()))?;
            }
            if roots.is_empty() {
                return Err(bad("no certificate in it".into()));
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(cert);
            }
        }
    }
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::store(format!("TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// The connection string as it may be shown: without its password.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((user, host)) if user.contains(':') => {
            let name = user.split(':').next().unwrap_or("");
            format!("{scheme}://{name}:***@{host}")
        }
        _ => url.to_string(),
    }
}

/// The server the store's unit tests that need one run against
/// (`OVERSIGHT_TEST_PG`, as `scripts/test` sets it); none, said, without.
#[cfg(test)]
pub(super) fn test_server() -> Option<String> {
    let url = std::env::var("OVERSIGHT_TEST_PG")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() {
        eprintln!("OVERSIGHT_TEST_PG is not set: not run");
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libpqs_verify_modes_are_the_check_require_makes_and_others_are_named() {
        let read = |u: &str| with_sslmode_read(u, u);
        assert_eq!(
            read("postgresql://a@h/db?sslmode=verify-full&application_name=x").unwrap(),
            "postgresql://a@h/db?sslmode=require&application_name=x"
        );
        assert_eq!(
            read("postgresql://a@h/db?sslmode=verify-ca").unwrap(),
            "postgresql://a@h/db?sslmode=require"
        );
        assert_eq!(read("postgresql://a@h/db").unwrap(), "postgresql://a@h/db");
        assert_eq!(
            read("postgresql://a@h/db?sslmode=disable").unwrap(),
            "postgresql://a@h/db?sslmode=disable"
        );
        let err = read("postgresql://a@h/db?sslmode=allow")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(
                "sslmode 'allow' is not one this build knows; expected disable, prefer, \
                          require or verify-full"
            ),
            "{err}"
        );
    }

    /// A second connection that takes up a read's snapshot sees what that
    /// read sees: not a row another client committed after the read began,
    /// though a connection of its own would. (Against the server
    /// `OVERSIGHT_TEST_PG` names, as `scripts/test` runs it.)
    #[test]
    fn a_second_connection_sees_the_snapshot_it_takes_up() {
        let Some(url) = test_server() else {
            return;
        };
        let table = format!("snapshot_test_{}", std::process::id());
        let mut other = connect(&url).unwrap();
        other
            .batch_execute(&format!(
                "DROP TABLE IF EXISTS {table}; CREATE TABLE {table} (x BIGINT)"
            ))
            .unwrap();
        let count = format!("SELECT count(*) FROM {table}");
        let mut first = second_connection(&url).unwrap();
        let read = transaction(&mut first, false).unwrap();
        let before: i64 = read.query_row(&count, &[], |r| r.get(0)).unwrap();
        let snapshot = export_snapshot(&read).unwrap().unwrap();
        other
            .batch_execute(&format!("INSERT INTO {table} VALUES (1)"))
            .unwrap();
        let mut second = second_connection(&url).unwrap();
        let beside = in_snapshot(&mut second, &snapshot, &[]).unwrap();
        let seen: i64 = beside.query_row(&count, &[], |r| r.get(0)).unwrap();
        let mut third = second_connection(&url).unwrap();
        let own = transaction(&mut third, false).unwrap();
        let now: i64 = own.query_row(&count, &[], |r| r.get(0)).unwrap();
        drop((read, beside, own));
        other.batch_execute(&format!("DROP TABLE {table}")).unwrap();
        assert_eq!((before, seen, now), (0, 0, 1));
    }
}

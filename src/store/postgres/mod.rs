//! The PostgreSQL engine: one database on a server the office shares. What
//! differs from SQLite lives here: connecting, the schema in PostgreSQL's
//! types (the same tables and columns, in the same order, so a store moves
//! between engines row for row), its version, and the few SQLite functions
//! the shared queries use. Text sorts byte by byte (`COLLATE "C"`), as in
//! SQLite, so every list comes out in the same order on both engines.

mod roles;
mod schema;

pub use schema::CURRENT_VERSION;

use std::time::Duration;

use postgres::{Client, NoTls};

use super::sql::queries;
use super::{busy_timeout, Conn, Location, NewStore, Opened, NO_STORE};
use crate::error::{Error, Result};
use crate::store::db::Db;

/// Open the store in the PostgreSQL database `url`, creating its tables
/// with `new` when the database holds none yet.
pub(super) fn open(url: &str, new: Option<&NewStore<'_>>) -> Result<(Opened, bool)> {
    let shown = redact(url);
    let mut client = connect(url, busy_timeout())?;
    let (version, other_tables) = schema::version(&mut client)?;
    if version > CURRENT_VERSION {
        return Err(Error::store(format!(
            "{shown} was written by a newer oversight (schema version {version}; this build \
             knows up to {}); upgrade oversight. The store was not touched.",
            CURRENT_VERSION
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
        schema::create(&mut tx)?;
        let db = Db::postgres(tx);
        queries::init_meta(&db, new)?;
        db.commit()?;
    }
    let who: String = client.query_one("SELECT session_user::text", &[])?.get(0);
    let access = roles::access_of(&mut client)?;
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
            version: CURRENT_VERSION,
            profile_text,
        },
        fresh,
    ))
}

/// A transaction on the server. Writers queue on one lock of the store, as
/// SQLite's do, so the audit chain and the case numbers grow one
/// transaction at a time; a reader sees one snapshot.
pub(super) fn transaction(c: &mut Client, write: bool) -> Result<Db<'_>> {
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
    Ok(Db::postgres(tx))
}

/// The profile text of the store in the database `url`, read without
/// changing it.
pub(super) fn profile_text_at(url: &str) -> Result<String> {
    let mut client = connect(url, busy_timeout())?;
    let db = Db::postgres(client.transaction()?);
    queries::profile_text(&db)
}

/// The schema version of the store in the database `url` (0: none).
pub(super) fn schema_version_at(url: &str) -> Result<i64> {
    Ok(schema::version(&mut connect(url, busy_timeout())?)?.0)
}

/// Does the database `url` hold a store?
pub(super) fn exists_at(url: &str) -> Result<bool> {
    Ok(schema_version_at(url)? > 0)
}

/// Connect to the server named by `url` (`postgresql://USER@HOST/DB`).
pub fn connect(url: &str, busy: Duration) -> Result<Client> {
    let shown = redact(url);
    let config: postgres::Config = url.parse().map_err(|e| {
        Error::usage(format!(
            "--db: '{shown}' is not a PostgreSQL connection string ({e}); expected \
             postgresql://USER@HOST/DATABASE"
        ))
    })?;
    let cannot = |e: postgres::Error| {
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
    let mut client = if matches!(config.get_ssl_mode(), postgres::config::SslMode::Require) {
        let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config()?);
        config.connect(tls).map_err(cannot)?
    } else {
        config.connect(NoTls).map_err(cannot)?
    };
    // A writer waits for another's lock as long as SQLite's busy timeout,
    // then says so; names are compared byte by byte, like SQLite's.
    client.batch_execute(&format!(
        "SET lock_timeout = {}; SET client_min_messages = warning;",
        busy.as_millis()
    ))?;
    Ok(client)
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

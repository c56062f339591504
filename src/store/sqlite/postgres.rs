//! The PostgreSQL engine: one database on a server the office shares. What
//! differs from SQLite lives here: connecting, the schema in PostgreSQL's
//! types (the same tables and columns, in the same order, so a store moves
//! between engines row for row), its version, and the few SQLite functions
//! the shared queries use. Text sorts byte by byte (`COLLATE "C"`), as in
//! SQLite, so every list comes out in the same order on both engines.

use std::time::Duration;

use postgres::{Client, NoTls};

use crate::error::{Error, Result};

/// The schema version a PostgreSQL store is created at: the same as
/// SQLite's, with the same tables. (PostgreSQL stores start at this
/// version: there is no older one to upgrade.)
pub const CURRENT_VERSION: i64 = super::schema::CURRENT_VERSION;

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

/// The store's schema version (0: no store in this database) and whether
/// the database holds other tables than a store's.
pub fn version(client: &mut Client) -> Result<(i64, bool)> {
    let has_version = client
        .query_one(
            "SELECT to_regclass(current_schema() || '.oversight_schema') IS NOT NULL",
            &[],
        )?
        .get::<_, bool>(0);
    if has_version {
        let v: i64 = client
            .query_one("SELECT version FROM oversight_schema", &[])?
            .get(0);
        return Ok((v, false));
    }
    let tables: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_class c WHERE c.relkind IN ('r', 'p') \
             AND c.relnamespace = current_schema()::regnamespace",
            &[],
        )?
        .get(0);
    Ok((0, tables > 0))
}

/// Create the store's tables in `client`'s transaction.
pub fn create(tx: &mut postgres::Transaction<'_>) -> Result<()> {
    tx.batch_execute(SCHEMA)?;
    tx.execute(
        "INSERT INTO oversight_schema (version) VALUES ($1)",
        &[&CURRENT_VERSION],
    )?;
    Ok(())
}

/// The tables of schema version 8, column for column as SQLite has them
/// after its migrations (the order of tables too: a table after those it
/// refers to). Truth values are integers, dates `YYYY-MM-DD` text, hashes
/// bytes. References are checked at commit when a restore asks
/// (`DEFERRABLE`).
const SCHEMA: &str = r#"
CREATE FUNCTION hex(bytea) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT upper(encode($1, 'hex')) $$;
CREATE FUNCTION unhex(text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT decode($1, 'hex') $$;
CREATE FUNCTION group_concat_step(text, text, text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || $3 || $2 END $$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = group_concat_step, STYPE = text);
CREATE FUNCTION oversight_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;

CREATE TABLE oversight_schema (version BIGINT NOT NULL);

CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE case_numbers (
    year BIGINT PRIMARY KEY,
    last BIGINT NOT NULL
);

CREATE TABLE officers (
    badge  TEXT COLLATE "C" PRIMARY KEY,
    name   TEXT COLLATE "C" NOT NULL,
    status TEXT COLLATE "C" NOT NULL DEFAULT 'active'
);

CREATE TABLE cases (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    number         TEXT COLLATE "C" NOT NULL UNIQUE,
    received       TEXT COLLATE "C" NOT NULL,
    incident_date  TEXT COLLATE "C",
    aware_date     TEXT COLLATE "C",
    source         TEXT COLLATE "C" NOT NULL,
    criminal       BIGINT NOT NULL,
    anonymous      BIGINT NOT NULL DEFAULT 0,
    summary        TEXT COLLATE "C" NOT NULL,
    status         TEXT COLLATE "C" NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed         TEXT COLLATE "C",
    out_of_time    BIGINT NOT NULL DEFAULT 0,
    late_vote_date TEXT COLLATE "C",
    late_vote_yes  BIGINT,
    late_vote_no   BIGINT,
    imported       BIGINT NOT NULL DEFAULT 0,
    created_at     TEXT COLLATE "C" NOT NULL,
    created_by     TEXT COLLATE "C" NOT NULL,
    late_vote_seated BIGINT
);
CREATE INDEX cases_status ON cases (status, received);
CREATE INDEX cases_closed ON cases (closed) WHERE closed IS NOT NULL;
CREATE INDEX cases_received_number ON cases (received, number);

CREATE TABLE complainants (
    id      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    name    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX complainants_case ON complainants (case_id);

CREATE TABLE case_officers (
    id      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    name    TEXT COLLATE "C" NOT NULL,
    badge   TEXT COLLATE "C" NOT NULL,
    UNIQUE (case_id, badge)
);
CREATE INDEX case_officers_badge ON case_officers (badge);

CREATE TABLE allegations (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    seq             BIGINT NOT NULL,
    category        TEXT COLLATE "C" NOT NULL,
    case_officer_id BIGINT NOT NULL REFERENCES case_officers (id) DEFERRABLE,
    UNIQUE (case_id, seq)
);
CREATE INDEX allegations_officer ON allegations (case_officer_id);

CREATE TABLE events (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id       BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    kind          TEXT COLLATE "C" NOT NULL,
    date          TEXT COLLATE "C" NOT NULL,
    result        TEXT COLLATE "C",
    note          TEXT COLLATE "C",
    supersedes    BIGINT REFERENCES events (id) DEFERRABLE,
    until         TEXT COLLATE "C",
    allegation_id BIGINT REFERENCES allegations (id) DEFERRABLE,
    reason        TEXT COLLATE "C",
    recorded_at   TEXT COLLATE "C" NOT NULL,
    recorded_by   TEXT COLLATE "C" NOT NULL
);
CREATE INDEX events_case ON events (case_id, date);
CREATE INDEX events_supersedes ON events (supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX events_allegation ON events (allegation_id, kind) WHERE allegation_id IS NOT NULL;
CREATE INDEX events_kind_date ON events (kind, date);
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('events are append-only: record a correcting event instead');

CREATE TABLE deadlines (
    case_id      BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    rule         TEXT COLLATE "C" NOT NULL,
    title        TEXT COLLATE "C" NOT NULL,
    basis        TEXT COLLATE "C" NOT NULL,
    owner        TEXT COLLATE "C" NOT NULL,
    start        TEXT COLLATE "C" NOT NULL,
    due          TEXT COLLATE "C" NOT NULL,
    satisfied_on TEXT COLLATE "C",
    out_of_time  BIGINT NOT NULL DEFAULT 0,
    after_close  BIGINT NOT NULL DEFAULT 0,
    suspended_since TEXT COLLATE "C",
    notes        TEXT COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, rule)
);
CREATE INDEX deadlines_unsatisfied ON deadlines (due) WHERE satisfied_on IS NULL;
CREATE INDEX deadlines_satisfied ON deadlines (satisfied_on, due) WHERE satisfied_on IS NOT NULL;
CREATE INDEX deadlines_span ON deadlines (start, due);
CREATE INDEX deadlines_due ON deadlines (due, rule, satisfied_on, suspended_since);

CREATE TABLE matters (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    number         TEXT COLLATE "C" NOT NULL UNIQUE,
    kind           TEXT COLLATE "C" NOT NULL CHECK (kind IN ('policy', 'proposed-revision', 'report')),
    title          TEXT COLLATE "C" NOT NULL,
    body           TEXT COLLATE "C" NOT NULL DEFAULT '',
    recipients     TEXT COLLATE "C" NOT NULL DEFAULT '',
    implementation TEXT COLLATE "C",
    emergency      BIGINT NOT NULL DEFAULT 0,
    created_at     TEXT COLLATE "C" NOT NULL,
    created_by     TEXT COLLATE "C" NOT NULL
);

CREATE TABLE matter_events (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    matter_id   BIGINT NOT NULL REFERENCES matters (id) DEFERRABLE,
    kind        TEXT COLLATE "C" NOT NULL,
    date        TEXT COLLATE "C" NOT NULL,
    result      TEXT COLLATE "C",
    recipient   TEXT COLLATE "C",
    note        TEXT COLLATE "C",
    recorded_at TEXT COLLATE "C" NOT NULL,
    recorded_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX matter_events_matter ON matter_events (matter_id, date);
CREATE TRIGGER matter_events_append_only BEFORE UPDATE OR DELETE ON matter_events FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('events are append-only');

CREATE TABLE matter_deadlines (
    matter_id    BIGINT NOT NULL REFERENCES matters (id) DEFERRABLE,
    rule         TEXT COLLATE "C" NOT NULL,
    recipient    TEXT COLLATE "C" NOT NULL DEFAULT '',
    title        TEXT COLLATE "C" NOT NULL,
    basis        TEXT COLLATE "C" NOT NULL,
    start        TEXT COLLATE "C" NOT NULL,
    due          TEXT COLLATE "C" NOT NULL,
    satisfied_on TEXT COLLATE "C",
    PRIMARY KEY (matter_id, rule, recipient)
);
CREATE INDEX matter_deadlines_due ON matter_deadlines (due);

CREATE TABLE subpoenas (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    target      TEXT COLLATE "C" NOT NULL CHECK (target IN ('witness', 'documents')),
    description TEXT COLLATE "C" NOT NULL DEFAULT '',
    requested   TEXT COLLATE "C" NOT NULL,
    recorded_at TEXT COLLATE "C" NOT NULL,
    recorded_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX subpoenas_case ON subpoenas (case_id);

CREATE TABLE subpoena_steps (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    subpoena_id    BIGINT NOT NULL REFERENCES subpoenas (id) DEFERRABLE,
    kind           TEXT COLLATE "C" NOT NULL CHECK (kind IN ('counsel-review', 'vote', 'served')),
    date           TEXT COLLATE "C" NOT NULL,
    result         TEXT COLLATE "C",
    state_attorney BIGINT NOT NULL DEFAULT 0,
    yes            BIGINT,
    no             BIGINT,
    seated         BIGINT,
    note           TEXT COLLATE "C",
    recorded_at    TEXT COLLATE "C" NOT NULL,
    recorded_by    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX subpoena_steps_subpoena ON subpoena_steps (subpoena_id);
CREATE TRIGGER subpoena_steps_append_only BEFORE UPDATE OR DELETE ON subpoena_steps FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('subpoena steps are append-only');

CREATE TABLE holidays (
    date TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('add', 'remove'))
);

CREATE TABLE case_states (
    audit_id    BIGINT NOT NULL,
    case_number TEXT COLLATE "C" NOT NULL,
    digest      BYTEA NOT NULL,
    PRIMARY KEY (case_number, audit_id)
);
CREATE INDEX case_states_audit ON case_states (audit_id);
CREATE TRIGGER case_states_append_only BEFORE UPDATE OR DELETE ON case_states FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('case states are append-only');

CREATE TABLE audit (
    id          BIGINT PRIMARY KEY,
    at          TEXT COLLATE "C" NOT NULL,
    "user"      TEXT COLLATE "C" NOT NULL,
    command     TEXT COLLATE "C" NOT NULL,
    action      TEXT COLLATE "C" NOT NULL CHECK (action IN ('write', 'read')),
    case_number TEXT COLLATE "C",
    detail      TEXT COLLATE "C" NOT NULL,
    hash        BYTEA NOT NULL CHECK (length(hash) = 32),
    states      BYTEA CHECK (states IS NULL OR length(states) = 32)
);
CREATE INDEX audit_case ON audit (case_number) WHERE case_number IS NOT NULL;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('the audit log is append-only');

CREATE TABLE field_values (
    case_id       BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    allegation_id BIGINT REFERENCES allegations (id) DEFERRABLE,
    name          TEXT COLLATE "C" NOT NULL,
    value         TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX field_values_one ON field_values (case_id, coalesce(allegation_id, 0), name);
CREATE INDEX field_values_allegation ON field_values (allegation_id, name)
    WHERE allegation_id IS NOT NULL;

CREATE TABLE assignments (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    login       TEXT COLLATE "C" NOT NULL,
    date        TEXT COLLATE "C" NOT NULL,
    recorded_at TEXT COLLATE "C" NOT NULL,
    recorded_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX assignments_case ON assignments (case_id, date, id);
CREATE INDEX assignments_login ON assignments (login);
CREATE TRIGGER assignments_append_only BEFORE UPDATE OR DELETE ON assignments FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('assignments are append-only');
"#;

/// The privileges of the office's roles (`oversight admin init`), run by
/// the store's owner: the group roles (made if missing; a role is the
/// server's, shared by its databases), then what each may read and write
/// here. Nothing is granted to PUBLIC; the audit log and the case states
/// are append-only by privilege (only the owner may change or remove a row).
/// Every role reads the settings and the calendar, which every command
/// needs.
pub const ROLE_PRIVILEGES: &str = r#"
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_investigator') THEN
        CREATE ROLE oversight_investigator NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_clerk') THEN
        CREATE ROLE oversight_clerk NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_analyst') THEN
        CREATE ROLE oversight_analyst NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_auditor') THEN
        CREATE ROLE oversight_auditor NOLOGIN; END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public
    FROM oversight_investigator, oversight_clerk, oversight_analyst, oversight_auditor;
GRANT USAGE ON SCHEMA public
    TO oversight_investigator, oversight_clerk, oversight_analyst, oversight_auditor;
GRANT SELECT ON meta, holidays, oversight_schema
    TO oversight_investigator, oversight_clerk, oversight_analyst, oversight_auditor;

-- Investigators record and read cases.
GRANT SELECT, INSERT, UPDATE, DELETE ON cases, complainants, case_officers, allegations,
    events, deadlines, officers, case_numbers, matters, matter_events, matter_deadlines,
    subpoenas, subpoena_steps, field_values, assignments, holidays
    TO oversight_investigator;
GRANT INSERT, UPDATE ON meta TO oversight_investigator;
GRANT INSERT ON audit, case_states TO oversight_investigator;
GRANT SELECT (id, hash) ON audit TO oversight_investigator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO oversight_investigator;

-- Clerks: deadlines and case numbers; no complainant, no summary, no
-- timeline.
GRANT SELECT ON deadlines, matter_deadlines, assignments TO oversight_clerk;
GRANT SELECT (id, number, kind) ON matters TO oversight_clerk;
GRANT SELECT (id, number, received, source, criminal, status, closed) ON cases
    TO oversight_clerk;
GRANT SELECT (id, case_id, badge) ON case_officers TO oversight_clerk;
GRANT SELECT (id, case_id) ON allegations TO oversight_clerk;

-- Analysts: what the reports count; no complainant, no summary, no note.
GRANT SELECT (id, number, received, incident_date, aware_date, source, criminal, anonymous,
    status, closed, out_of_time, late_vote_date, late_vote_yes, late_vote_no, imported,
    created_at, created_by, late_vote_seated) ON cases TO oversight_analyst;
GRANT SELECT (id, case_id, kind, date, result, supersedes, until, allegation_id, reason)
    ON events TO oversight_analyst;
GRANT SELECT ON allegations, case_officers, officers, deadlines, matters, matter_events,
    matter_deadlines, field_values, assignments TO oversight_analyst;

-- Auditors read everything (verify compares every case with its log) and
-- change nothing.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO oversight_auditor;
"#;

/// What the login may do here: everything when it owns the store (or is a
/// superuser), else what the office's group roles it holds allow.
pub fn access_of(client: &mut Client) -> Result<crate::store::Access> {
    use crate::store::Access;
    let owner: bool = client
        .query_one(
            "SELECT r.rolsuper OR r.rolname::text = \
                 coalesce((SELECT tableowner::text FROM pg_tables \
                   WHERE schemaname = current_schema() AND tablename = 'cases'), '') \
             FROM pg_roles r WHERE r.rolname = session_user",
            &[],
        )?
        .get(0);
    if owner {
        return Ok(Access::Owner);
    }
    let held = client
        .query(
            "SELECT rolname::text FROM pg_roles \
             WHERE rolname LIKE 'oversight\\_%' AND pg_has_role(session_user, oid, 'MEMBER') \
             ORDER BY 1",
            &[],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    Ok(Access::Roles(held))
}

impl super::Tx<'_> {
    /// Set up the office's roles and their privileges (the owner's).
    pub fn set_up_roles(&mut self) -> Result<()> {
        self.on_server("admin init")?;
        self.tx
            .with_postgres(|tx| Ok(tx.batch_execute(ROLE_PRIVILEGES)?))
            .expect("on a server")?;
        self.note(
            None,
            "roles set up: investigator, clerk, analyst, auditor (privileges granted)",
        );
        Ok(())
    }

    /// Give `login` the group role `role` (`grant`), or take it back.
    pub fn grant_role(&mut self, login: &str, role: &str, grant: bool) -> Result<()> {
        self.on_server(if grant { "admin grant" } else { "admin revoke" })?;
        let exists = self
            .tx
            .with_postgres(|tx| {
                Ok(tx
                    .query_one(
                        "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1 AND rolcanlogin)",
                        &[&login],
                    )?
                    .get::<_, bool>(0))
            })
            .expect("on a server")?;
        if !exists {
            return Err(Error::not_found(format!(
                "no login '{login}' on the server; its administrator makes one first \
                 (`createuser {login}`)"
            )));
        }
        let has_roles = self
            .tx
            .with_postgres(|tx| {
                Ok(tx
                    .query_one("SELECT to_regrole($1) IS NOT NULL", &[&role])?
                    .get::<_, bool>(0))
            })
            .expect("on a server")?;
        if !has_roles {
            return Err(Error::usage(
                "the office's roles are not set up in this store yet: run `oversight admin init` \
                 first",
            ));
        }
        // Names come from the server's catalogue and the roles table, quoted.
        let quoted = format!("\"{}\"", login.replace('"', "\"\""));
        let sql = if grant {
            format!("GRANT {role} TO {quoted}")
        } else {
            format!("REVOKE {role} FROM {quoted}")
        };
        self.tx
            .with_postgres(|tx| Ok(tx.batch_execute(&sql)?))
            .expect("on a server")?;
        self.note(
            None,
            format!(
                "role {role} {} {login}",
                if grant { "granted to" } else { "taken from" }
            ),
        );
        Ok(())
    }

    fn on_server(&self, command: &str) -> Result<()> {
        if self.tx.engine() == crate::store::db::Engine::Sqlite {
            return Err(Error::usage(format!(
                "`{command}`: roles are a server's; an SQLite store is one person's file, \
                 guarded by its permissions (owner-only): share a store with roles on a \
                 PostgreSQL server (--db postgresql://...)"
            )));
        }
        Ok(())
    }
}

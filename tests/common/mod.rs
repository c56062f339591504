//! Helpers for the end-to-end tests: a temporary store, the built binary,
//! and a logical dump of every table to prove a refusal changed nothing.

#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

pub struct Env {
    pub dir: tempfile::TempDir,
    /// The store file (SQLite), also where a test on PostgreSQL may put
    /// files of its own.
    pub db: PathBuf,
    /// On PostgreSQL (`OVERSIGHT_TEST_PG` set): this test's own database.
    pub url: Option<String>,
}

/// The server the suite runs against when it runs on PostgreSQL: the URL
/// of a throwaway server's superuser (`scripts/postgres start`, which
/// `scripts/test` runs), else none and the suite runs on SQLite.
pub fn postgres_server() -> Option<String> {
    std::env::var("OVERSIGHT_TEST_PG")
        .ok()
        .filter(|v| !v.is_empty())
}

/// Is the suite running on PostgreSQL?
pub fn on_postgres() -> bool {
    postgres_server().is_some()
}

/// A test about the SQLite file itself (its permissions, links, pages, an
/// edit with the sqlite3 shell) has nothing to test on a server: it
/// returns at once there, saying so.
#[macro_export]
macro_rules! sqlite_only {
    () => {
        if $crate::common::on_postgres() {
            eprintln!("about the SQLite store file: not run on PostgreSQL");
            return;
        }
    };
}

/// The flags of a direct complaint received (and its incident) on
/// `received`: one complainant, one officer, one allegation.
pub fn direct_case<'a>(received: &'a str, criminal: &'a str) -> Vec<&'a str> {
    vec![
        "--received",
        received,
        "--source",
        "direct",
        "--incident-date",
        received,
        "--criminal",
        criminal,
        "--complainant",
        "Ana Diaz",
        "--officer",
        "John Roe#4411",
        "--allegation",
        "discourtesy@4411",
        "--summary",
        "Rude remarks during a traffic stop",
    ]
}

/// On the test server, logins of these names (made if missing; they are
/// the server's, shared by every test): `assign` there gives cases only to
/// logins the server has. Nothing on a file.
pub fn logins(names: &[&str]) {
    let Some(server) = postgres_server() else {
        return;
    };
    let mut c = postgres::Client::connect(&server, postgres::NoTls).unwrap();
    for name in names {
        c.batch_execute(&format!(
            "DO $$ BEGIN CREATE ROLE \"{name}\" LOGIN; \
             EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        ))
        .unwrap();
    }
}

/// A new empty database on the test server; its URL.
pub fn new_database() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let server = postgres_server().expect("OVERSIGHT_TEST_PG");
    let name = format!(
        "t{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    let mut client = postgres::Client::connect(&server, postgres::NoTls).unwrap();
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap();
    let (base, _) = server.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

impl Drop for Env {
    fn drop(&mut self) {
        if let (Some(url), Some(server)) = (&self.url, postgres_server()) {
            let name = url.rsplit_once('/').unwrap().1;
            if let Ok(mut c) = postgres::Client::connect(&server, postgres::NoTls) {
                let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("cases.db");
        let url = on_postgres().then(new_database);
        Env { dir, db, url }
    }

    /// What `--db` is given: the file's path, or the database's URL.
    pub fn db_arg(&self) -> std::ffi::OsString {
        match &self.url {
            Some(u) => u.into(),
            None => self.db.clone().into(),
        }
    }

    /// Run SQL on the store directly, past oversight (as someone with the
    /// file, or the database's owner, could): how many rows it changed, or
    /// the engine's error.
    pub fn sql(&self, statement: &str) -> Result<u64, String> {
        match &self.url {
            None => rusqlite::Connection::open(&self.db)
                .unwrap()
                .execute(statement, [])
                .map(|n| n as u64)
                .map_err(|e| e.to_string()),
            Some(url) => postgres::Client::connect(url, postgres::NoTls)
                .unwrap()
                .execute(statement, &[])
                .map_err(|e| {
                    e.as_db_error()
                        .map(|d| d.message().to_string())
                        .unwrap_or_else(|| e.to_string())
                }),
        }
    }

    /// Take away the append-only guard of `tables`, as someone with the
    /// file or the database's ownership could (SQLite: drop its triggers;
    /// PostgreSQL: disable them).
    pub fn unguard(&self, tables: &[&str]) {
        for t in tables {
            if self.url.is_some() {
                self.sql(&format!("ALTER TABLE {t} DISABLE TRIGGER USER"))
                    .unwrap();
            } else {
                for w in ["update", "delete"] {
                    self.sql(&format!("DROP TRIGGER IF EXISTS {t}_append_only_{w}"))
                        .unwrap();
                }
            }
        }
    }

    /// The deadlines' tallies counted again from the deadlines, as they
    /// stood when a test's edit of the deadlines stands for what an older
    /// oversight wrote (a server keeps no trigger on deadlines since
    /// schema 14: the edit alone leaves them behind).
    pub fn recount_tallies(&self) {
        self.sql("DELETE FROM deadline_tallies").unwrap();
        self.sql(
            "INSERT INTO deadline_tallies
             SELECT d.due, d.rule, count(*),
                    count(*) FILTER (WHERE d.satisfied_on IS NOT NULL AND d.satisfied_on <= d.due),
                    count(*) FILTER (WHERE d.satisfied_on IS NULL),
                    count(*) FILTER (WHERE d.satisfied_on IS NULL
                                     AND d.suspended_since IS NOT NULL),
                    count(*) FILTER (WHERE c.closed IS NULL),
                    count(*) FILTER (WHERE c.closed IS NULL AND d.satisfied_on IS NOT NULL
                                     AND d.satisfied_on <= d.due),
                    count(*) FILTER (WHERE c.closed IS NULL AND d.satisfied_on IS NULL),
                    count(*) FILTER (WHERE c.closed IS NULL AND d.satisfied_on IS NULL
                                     AND d.suspended_since IS NOT NULL)
             FROM deadlines d JOIN cases c ON c.id = d.case_id
             GROUP BY d.due, d.rule",
        )
        .unwrap();
    }

    /// The store as before schema 13: no tallies of its deadlines.
    pub fn without_tallies(&self) {
        let statements: &[&str] = if self.url.is_some() {
            // (Schema 14 took away the triggers of the deadlines.)
            &[
                "DROP FUNCTION deadline_tallies_case() CASCADE",
                "DROP TABLE deadline_tallies",
            ]
        } else {
            &[
                "DROP TRIGGER deadline_tallies_insert",
                "DROP TRIGGER deadline_tallies_delete",
                "DROP TRIGGER deadline_tallies_update",
                "DROP TRIGGER deadline_tallies_case",
                "DROP TABLE deadline_tallies",
            ]
        };
        for sql in statements {
            self.sql(sql).unwrap();
        }
    }

    /// Take the store back to case states as schema 9 kept them: without
    /// the changes schema 10 records, and the audit chain hashed as it was
    /// then (the caller sets the version), as an older oversight left it.
    pub fn without_changes(&self) {
        use oversight::store::{row_hash, states_hash, unhex, AuditRow, CaseState, GENESIS};
        self.unguard(&["audit", "case_states"]);
        type State = (i64, String, Vec<u8>);
        type Row = (
            i64,
            String,
            String,
            String,
            String,
            Option<String>,
            String,
            bool,
        );
        let rows_sql = "SELECT id, at, \"user\", command, action, case_number, detail, \
                        states IS NOT NULL FROM audit ORDER BY id";
        let states_sql = "SELECT audit_id, case_number, digest FROM case_states";
        let (rows, states): (Vec<Row>, Vec<State>) = match &self.url {
            None => {
                let c = rusqlite::Connection::open(&self.db).unwrap();
                let rows = c
                    .prepare(rows_sql)
                    .unwrap()
                    .query_map([], |r| {
                        Ok((
                            r.get(0)?,
                            r.get(1)?,
                            r.get(2)?,
                            r.get(3)?,
                            r.get(4)?,
                            r.get(5)?,
                            r.get(6)?,
                            r.get(7)?,
                        ))
                    })
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                let states = c
                    .prepare(states_sql)
                    .unwrap()
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                (rows, states)
            }
            Some(url) => {
                let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
                let rows = c
                    .query(rows_sql, &[])
                    .unwrap()
                    .iter()
                    .map(|r| {
                        (
                            r.get(0),
                            r.get(1),
                            r.get(2),
                            r.get(3),
                            r.get(4),
                            r.get(5),
                            r.get(6),
                            r.get(7),
                        )
                    })
                    .collect();
                let states = c
                    .query(states_sql, &[])
                    .unwrap()
                    .iter()
                    .map(|r| (r.get(0), r.get(1), r.get(2)))
                    .collect();
                (rows, states)
            }
        };
        self.sql("ALTER TABLE case_states DROP COLUMN change")
            .unwrap();
        let mut prev = GENESIS.to_string();
        let mut updates: Vec<(i64, Vec<u8>, Option<Vec<u8>>)> = Vec::new();
        for (id, at, user, command, action, case, detail, vouches) in rows {
            let vouched: Vec<CaseState> = states
                .iter()
                .filter(|(row, _, _)| *row == id)
                .map(|(_, case, digest)| {
                    CaseState::new(case.clone(), digest.clone().try_into().unwrap(), None)
                })
                .collect();
            let mut row = AuditRow {
                id,
                at,
                user,
                command,
                action,
                case,
                detail,
                prev_hash: prev.clone(),
                hash: String::new(),
                states: vouches.then(|| states_hash(&vouched)),
            };
            row.hash = row_hash(&row);
            updates.push((
                id,
                unhex(&row.hash).unwrap(),
                row.states.as_deref().map(|h| unhex(h).unwrap()),
            ));
            prev = row.hash;
        }
        let update = "UPDATE audit SET hash = $1, states = $2 WHERE id = $3";
        match &self.url {
            None => {
                let c = rusqlite::Connection::open(&self.db).unwrap();
                for (id, hash, states) in updates {
                    c.execute(
                        &update.replace('$', "?"),
                        rusqlite::params![hash, states, id],
                    )
                    .unwrap();
                }
            }
            Some(url) => {
                let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
                for (id, hash, states) in updates {
                    c.execute(update, &[&hash, &states, &id]).unwrap();
                }
            }
        }
    }

    /// The number a query gives (`SELECT count(*) ...`).
    pub fn number(&self, query: &str) -> i64 {
        match &self.url {
            None => rusqlite::Connection::open(&self.db)
                .unwrap()
                .query_row(query, [], |r| r.get(0))
                .unwrap(),
            Some(url) => postgres::Client::connect(url, postgres::NoTls)
                .unwrap()
                .query_one(query, &[])
                .unwrap()
                .get(0),
        }
    }

    /// Is there a store yet (the file; the store's tables)?
    pub fn has_store(&self) -> bool {
        match &self.url {
            None => self.db.exists(),
            Some(url) => {
                let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
                c.query_one(
                    "SELECT to_regclass('public.oversight_schema') IS NOT NULL",
                    &[],
                )
                .unwrap()
                .get::<_, bool>(0)
            }
        }
    }

    /// The binary with this store, no colour, and a fixed "today".
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("oversight").unwrap();
        // A table's layout is the pipe's, whatever width the caller's
        // terminal exported (a test that wants one sets COLUMNS).
        c.env_remove("OVERSIGHT_DB")
            .env_remove("COLUMNS")
            .env("OVERSIGHT_CONFIG", "")
            .env("NO_COLOR", "1")
            .env("USER", "tester")
            .arg("--db")
            .arg(self.db_arg());
        c
    }

    /// Run and return stdout; panics with stderr unless the exit code matches.
    pub fn run(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "oversight {args:?}\nstdout: {stdout}\nstderr: {stderr}"
        );
        stdout
    }

    /// Run each of `steps` as of `as_of`, each expected to succeed.
    pub fn steps<'a, S: AsRef<[&'a str]>>(&self, as_of: &'a str, steps: &[S]) {
        for step in steps {
            let mut args = step.as_ref().to_vec();
            args.extend(["--as-of", as_of]);
            self.run(&args, 0);
        }
    }

    /// Run expecting failure with `code`; returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "oversight {args:?}\nstderr: {stderr}"
        );
        assert!(out.stdout.is_empty(), "a refusal printed to stdout");
        stderr
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        serde_json::from_str(&self.run(&a, 0)).unwrap()
    }

    /// Record a case by flags; returns its number.
    pub fn intake(&self, args: &[&str]) -> String {
        let mut a = vec!["intake", "--no-input", "--format", "json"];
        a.extend(args);
        let v: Value = serde_json::from_str(&self.run(&a, 0)).unwrap();
        v["case"].as_str().unwrap().to_string()
    }

    /// A direct, non-criminal complaint received on `received`.
    pub fn direct(&self, received: &str, criminal: &str) -> String {
        let mut args = vec!["--as-of", received];
        args.extend(direct_case(received, criminal));
        self.intake(&args)
    }

    /// Every row of every table, and the schema version, as text.
    pub fn dump(&self) -> String {
        if let Some(url) = &self.url {
            return dump_postgres(url);
        }
        let conn = rusqlite::Connection::open_with_flags(
            &self.db,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap();
        let mut out = String::new();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        out += &format!("user_version {v}\n");
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for t in tables {
            out += &format!("table {t}\n");
            let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let n = st.column_count();
            let mut rows: Vec<String> = st
                .query_map([], |r| {
                    let mut cells = Vec::new();
                    for i in 0..n {
                        let v: rusqlite::types::Value = r.get(i)?;
                        cells.push(format!("{v:?}"));
                    }
                    Ok(cells.join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            out += &rows.join("\n");
            out += "\n";
        }
        out
    }

    /// Assert that running `args` fails with `code` and leaves every table as
    /// it was; returns stderr.
    pub fn refused(&self, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let err = self.fails(args, code);
        assert_eq!(before, self.dump(), "store changed by a refused command");
        err
    }
}

/// Every row of every table of the database at `url`, as text.
fn dump_postgres(url: &str) -> String {
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let mut out = String::new();
    let tables: Vec<String> = c
        .query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    for t in tables {
        out += &format!("table {t}\n");
        let mut rows: Vec<String> = c
            .query(&format!("SELECT x::text FROM \"{t}\" x"), &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        rows.sort();
        out += &rows.join("\n");
        out += "\n";
    }
    out
}

/// A raw `oversight` process on the store at `db` (a path or a URL), no
/// configuration file, no colour: for tests that run several at once, kill
/// them, or work on a store other than their `Env`'s.
pub fn oversight_at(db: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_oversight"));
    c.env_remove("OVERSIGHT_DB")
        .env("OVERSIGHT_CONFIG", "")
        .env("NO_COLOR", "1")
        .arg("--db")
        .arg(db);
    c
}

/// A raw `oversight intake` process on `db` (see [`oversight_at`]): a
/// direct, anonymous complaint received 2025-06-02 against the officer
/// with `badge`.
pub fn intake_process(db: &std::ffi::OsStr, badge: &str) -> std::process::Command {
    let mut c = oversight_at(db);
    c.args(["--no-input", "--format", "json", "intake"])
        .args(["--as-of", "2025-06-02", "--received", "2025-06-02"])
        .args(["--source", "direct", "--incident-date", "2025-06-01"])
        .args(["--criminal", "no", "--anonymous"])
        .args(["--officer", &format!("Officer {badge}#{badge}")])
        .args([
            "--allegation",
            &format!("force@{badge}"),
            "--summary",
            "load",
        ]);
    c
}

/// The deadline `id` of a `show --format json` object.
pub fn deadline<'a>(show: &'a Value, id: &str) -> &'a Value {
    show["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["deadline"] == id)
        .unwrap_or_else(|| panic!("no deadline {id} in {show:#}"))
}

/// The operating-system account the tests run as: what the audit log and
/// the timeline record as "who" (from the uid, whatever `$USER` says).
pub fn account() -> String {
    // On PostgreSQL: the database login (the server's word, not the
    // client's).
    if let Some(server) = postgres_server() {
        let config: postgres::Config = server.parse().unwrap();
        return config.get_user().unwrap().to_string();
    }
    let out = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

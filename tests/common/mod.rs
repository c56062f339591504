//! Helpers for the end-to-end tests: a temporary store, the built binary,
//! and a logical dump of every table to prove a refusal changed nothing.

#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("cases.db");
        Env { dir, db }
    }

    /// The binary with this store, no colour, and a fixed "today".
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("oversight").unwrap();
        c.env_remove("OVERSIGHT_DB")
            .env("OVERSIGHT_CONFIG", "")
            .env("NO_COLOR", "1")
            .env("USER", "tester")
            .arg("--db")
            .arg(&self.db);
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
        self.intake(&[
            "--as-of",
            received,
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
        ])
    }

    /// Every row of every table, and the schema version, as text.
    pub fn dump(&self) -> String {
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

/// A raw `oversight intake` process on `db` (for tests that run several at
/// once or kill them): a direct, anonymous complaint received 2025-06-02
/// against the officer with `badge`.
pub fn intake_process(db: &std::path::Path, badge: &str) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_oversight"));
    c.env_remove("OVERSIGHT_DB")
        .env("NO_COLOR", "1")
        .arg("--db")
        .arg(db)
        .args(["--no-input", "--format", "json", "intake"])
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
    let out = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

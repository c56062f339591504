//! The store file: created on first use (owner-only), refused with exit 5
//! when newer or not a store, and the local holiday calendar that moves
//! stored deadlines in the same transaction.

use crate::common;
use common::{deadline, Env};
use serde_json::json;

/// The binary with no store settings of the test environment's.
fn bare() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("oversight").unwrap();
    c.env_remove("OVERSIGHT_DB")
        .env("OVERSIGHT_CONFIG", "")
        .env("NO_COLOR", "1");
    c
}

#[test]
fn a_wrong_path_is_an_error_not_an_empty_all_clear() {
    let env = Env::new();
    let typo = env.dir.path().join("a/b/typo.db");
    let t = typo.to_str().unwrap();
    // The nightly check on a mistyped path: exit 5 naming the path, no store.
    for args in [
        vec!["overdue", "--exit-code"],
        vec!["overdue", "--format", "json"],
        vec!["list"],
        vec!["due"],
        vec!["show", "2025-0001"],
        vec!["verify"],
        vec!["report", "annual", "--year", "2025"],
        vec!["holidays", "add", "2026-02-17", "Carnival"],
        vec![
            "policy",
            "recommend",
            "--date",
            "2025-01-02",
            "--title",
            "x",
        ],
    ] {
        let out = bare().arg("--db").arg(t).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            stderr.contains(&format!("no store at {t}"))
                && stderr.contains("from --db")
                && stderr.contains("init"),
            "{args:?}: {stderr}"
        );
        assert!(!typo.exists(), "{args:?} created a store");
        assert!(
            !typo.parent().unwrap().exists(),
            "{args:?} created a folder"
        );
    }
    // From the environment: the message says so.
    let out = bare().env("OVERSIGHT_DB", t).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&out.stderr).contains("from OVERSIGHT_DB"));
    // An empty file is no store either.
    let empty = env.dir.path().join("empty.db");
    std::fs::write(&empty, "").unwrap();
    let out = bare()
        .arg("--db")
        .arg(&empty)
        .arg("overdue")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
}

#[test]
fn init_intake_and_import_create_the_store_owner_only_and_say_so() {
    let env = Env::new();
    let nested = env.dir.path().join("a/b/cases.db");
    let out = bare()
        .arg("--db")
        .arg(&nested)
        .args(["init", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&nested).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "store mode {mode:o}");
    }
    // Intake on a new path creates the store when it records the case, and
    // says so even with -q; a refused intake creates nothing.
    let fresh = env.dir.path().join("fresh.db");
    let intake = |extra: &[&str]| {
        let mut c = bare();
        c.arg("-q").arg("--db").arg(&fresh).args([
            "intake",
            "--no-input",
            "--received",
            "2025-03-07",
            "--source",
            "direct",
            "--incident-date",
            "2025-03-01",
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            "John Roe#4411",
            "--allegation",
            "force@4411",
            "--as-of",
            "2025-03-07",
        ]);
        c.args(extra);
        c.output().unwrap()
    };
    let out = intake(&[]);
    assert_eq!(out.status.code(), Some(2), "no --summary");
    assert!(!fresh.exists(), "a refused intake created the store");
    let out = intake(&["--summary", "x"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("created a new store"));
    assert!(fresh.exists());
    // Import creates one too.
    let imported = env.dir.path().join("imported.db");
    let csv = env.dir.path().join("cases.csv");
    std::fs::write(
        &csv,
        "case,received,source,badge,category\n2025-0007,2025-03-07,direct,4411,force\n",
    )
    .unwrap();
    let out = bare()
        .arg("--db")
        .arg(&imported)
        .arg("import")
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("created a new store"),
        "{out:?}"
    );
}

#[test]
fn init_takes_a_shipped_profile_or_a_file_and_refuses_a_bad_one() {
    let env = Env::new();
    let v = env.json(&["init", "--profile", "florida-ia"]);
    assert_eq!(
        v,
        json!({"db": env.db_arg().to_string_lossy(), "profile": "florida-ia", "created": true})
    );
    // Same profile again: fine; another: refused, nothing changed.
    env.run(&["init", "--profile", "florida-ia"], 0);
    let err = env.refused(&["init", "--profile", "miami-cip"], 2);
    assert!(err.contains("florida-ia"), "{err}");

    // A profile file with an error names the line.
    let other = Env::new();
    let bad = other.dir.path().join("office.toml");
    let text = include_str!("../../profiles/miami-cip.toml")
        .replace("working_days = 10", "working_days = ten");
    std::fs::write(&bad, text).unwrap();
    let err = other.fails(&["init", "--profile", bad.to_str().unwrap()], 2);
    assert!(err.contains("line"), "{err}");
    assert!(!other.has_store(), "a refused init created the store");
    // A copied, edited profile is used.
    let good = other.dir.path().join("good.toml");
    let text = include_str!("../../profiles/miami-cip.toml")
        .replace("name = \"miami-cip\"", "name = \"north-miami\"")
        .replace("id = \"notify-pd\"\ntitle = \"Notify the police department of the complaint\"\nbasis = \"11.5-31(1)(b)\"\nsources = [\"direct\", \"force-death\", \"force-gbh\"]\nstart = [\"received\"]\nworking_days = 2",
                 "id = \"notify-pd\"\ntitle = \"Notify the police department of the complaint\"\nbasis = \"11.5-31(1)(b)\"\nsources = [\"direct\", \"force-death\", \"force-gbh\"]\nstart = [\"received\"]\nworking_days = 5");
    std::fs::write(&good, text).unwrap();
    other.run(&["init", "--profile", good.to_str().unwrap()], 0);
    let n = other.direct("2025-03-07", "no");
    let show = other.json(&["show", &n]);
    // Fri 7 Mar + 5 working days = Fri 14 Mar.
    assert_eq!(deadline(&show, "notify-pd")["due"], "2025-03-14");
}

#[test]
fn a_newer_store_is_refused_untouched() {
    let env = Env::new();
    env.run(&["init"], 0);
    if common::on_postgres() {
        env.sql("UPDATE oversight_schema SET version = 99").unwrap();
        let before = env.dump();
        let err = env.fails(&["list"], 5);
        assert!(err.contains("newer"), "{err}");
        assert_eq!(before, env.dump());
        return;
    }
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&env.db).unwrap();
    let err = env.fails(&["list"], 5);
    assert!(err.contains("newer"), "{err}");
    assert_eq!(before, std::fs::read(&env.db).unwrap());
}

#[test]
fn a_file_that_is_not_a_store_is_refused() {
    sqlite_only!();
    let env = Env::new();
    std::fs::write(&env.db, "these are my notes, not a database\n".repeat(200)).unwrap();
    // Others may read it: it is not ours to make owner-only.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = std::fs::read(&env.db).unwrap();
    let err = env.fails(&["overdue"], 5);
    assert!(err.contains("not an oversight store"), "{err}");
    assert!(!err.contains("owner-only"), "{err}");
    assert_eq!(before, std::fs::read(&env.db).unwrap());
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);

    // Another program's SQLite database.
    let other = Env::new();
    {
        let conn = rusqlite::Connection::open(&other.db).unwrap();
        conn.execute_batch("CREATE TABLE recipes (name TEXT)")
            .unwrap();
    }
    let err = other.fails(&["list"], 5);
    assert!(err.contains("not an oversight store"), "{err}");
}

#[test]
fn local_holidays_move_stored_deadlines() {
    let env = Env::new();
    // Received Fri 7 Mar 2025: notify-pd due Tue 11 Mar.
    let n = env.direct("2025-03-07", "no");
    env.run(&["holidays", "add", "2025-03-10", "Office closure"], 0);
    let v = env.json(&["show", &n]);
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-03-12");
    // commence: 11-14, 17-21 -> Mon 24 Mar.
    assert_eq!(deadline(&v, "commence")["due"], "2025-03-24");
    let list = env.json(&["holidays", "list", "--year", "2025"]);
    assert!(list
        .as_array()
        .unwrap()
        .contains(&json!({"date": "2025-03-10", "name": "Office closure", "origin": "local"})));
    // Removing it puts the deadline back.
    env.run(&["holidays", "remove", "2025-03-10"], 0);
    let v = env.json(&["show", &n]);
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-03-11");

    // A federal holiday the office works: Columbus Day, Mon 13 Oct 2025.
    let m = env.direct("2025-10-10", "no"); // Fri: Tue 14 (1), Wed 15 (2)
    assert_eq!(
        deadline(&env.json(&["show", &m]), "notify-pd")["due"],
        "2025-10-15"
    );
    env.run(&["holidays", "remove", "2025-10-13"], 0);
    assert_eq!(
        deadline(&env.json(&["show", &m]), "notify-pd")["due"],
        "2025-10-14"
    );
    // And restoring it.
    env.run(&["holidays", "add", "2025-10-13", "Columbus Day"], 0);
    assert_eq!(
        deadline(&env.json(&["show", &m]), "notify-pd")["due"],
        "2025-10-15"
    );

    // Refusals change nothing.
    let err = env.refused(&["holidays", "remove", "2025-03-12"], 3);
    assert!(err.contains("not a holiday"), "{err}");
    let err = env.refused(&["holidays", "add", "2025-12-25", "Xmas"], 2);
    assert!(err.contains("Christmas"), "{err}");
    env.refused(&["holidays", "add", "2025-13-01", "Nope"], 2);
}

#[test]
fn list_filters_by_status_officer_and_year() {
    let env = Env::new();
    let a = env.direct("2024-05-06", "no");
    let b = env.direct("2025-03-07", "yes");
    let all = env.json(&["list"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[0]["case"], a);
    assert_eq!(all[1]["source"], "direct");
    assert_eq!(all[1]["status"], "open");
    assert_eq!(all[1]["received"], "2025-03-07");
    let y = env.json(&["list", "--year", "2025"]);
    assert_eq!(y.as_array().unwrap().len(), 1);
    assert_eq!(y[0]["case"], b);
    assert_eq!(
        env.json(&["list", "--officer", "4411"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(env.json(&["list", "--status", "closed"]), json!([]));
    env.fails(&["list", "--officer", "0000"], 3);
    env.fails(&["list", "--status", "pending"], 2);
    env.fails(&["show", "2030-0001"], 3);
}

/// A store exactly as the first schema version wrote it, with no case.
fn first_schema_store(env: &Env) {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(oversight::store::schema::V1).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    let profile = include_str!("../../profiles/miami-cip.toml");
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('profile_name', 'miami-cip'), ('profile', ?1),
            ('created_at', '2025-01-01T00:00:00Z')",
        [profile],
    )
    .unwrap();
}

/// No safety copy, no upgrade: a stale copy or a link where the copy goes
/// stops the upgrade, says why, and leaves the store as it was.
#[test]
fn an_upgrade_whose_copy_cannot_be_made_does_not_upgrade() {
    sqlite_only!();
    let env = Env::new();
    first_schema_store(&env);
    let before = std::fs::read(&env.db).unwrap();
    let copy = env.dir.path().join("cases.db.v1-backup");
    std::fs::write(&copy, b"stale").unwrap();
    let err = env.fails(&["list"], 5);
    assert!(
        err.contains("cannot keep the copy of the store as it was")
            && err.contains("a file is already there")
            && err.contains("the store was not upgraded or changed"),
        "{err}"
    );
    assert!(
        std::fs::read(&env.db).unwrap() == before,
        "the store changed"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), b"stale");
    #[cfg(unix)]
    {
        std::fs::remove_file(&copy).unwrap();
        let target = env.dir.path().join("elsewhere");
        std::os::unix::fs::symlink(&target, &copy).unwrap();
        let err = env.fails(&["list"], 5);
        assert!(err.contains("a symbolic link is already there"), "{err}");
        assert!(!target.exists(), "the copy went through the link");
        assert!(
            std::fs::read(&env.db).unwrap() == before,
            "the store changed"
        );
        std::fs::remove_file(&copy).unwrap();
    }
    env.run(&["list"], 0);
    assert!(copy.exists());
}

#[test]
fn a_store_of_the_first_schema_is_upgraded_after_a_backup_copy() {
    sqlite_only!();
    let env = Env::new();
    // A store exactly as the first schema version wrote it, with one case.
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(oversight::store::schema::V1).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        let profile = include_str!("../../profiles/miami-cip.toml");
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('profile_name', 'miami-cip'), ('profile', ?1),
                ('created_at', '2025-01-01T00:00:00Z')",
            [profile],
        )
        .unwrap();
    }
    let v1 = std::fs::read(&env.db).unwrap();
    env.direct("2025-03-07", "no");
    let copy = env.dir.path().join("cases.db.v1-backup");
    assert!(copy.exists(), "no backup copy next to the store");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The copy is the old store: schema version 1, no case.
    let old = rusqlite::Connection::open(&copy).unwrap();
    let version: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1);
    let cases: i64 = old
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .unwrap();
    assert_eq!(cases, 0);
    assert!(!v1.is_empty());
    // The store itself is now the current version, and sound.
    let dump = env.dump();
    let current = format!(
        "user_version {}\n",
        oversight::store::schema::CURRENT_VERSION
    );
    assert!(dump.starts_with(&current), "{}", &dump[..40]);
    assert_eq!(env.json(&["verify"])["ok"], true);
}

#[test]
fn deadlines_stored_by_an_older_arithmetic_are_recomputed_on_open() {
    let env = Env::new();
    env.run(&["init", "--profile", "florida-ia"], 0);
    let n = env.direct("2025-01-10", "yes");
    for (date, status) in [
        ("2025-02-03", "pending"),
        ("2025-02-13", "concluded"),
        ("2025-02-14", "pending"),
        ("2025-02-16", "concluded"),
    ] {
        env.run(
            &[
                "criminal-investigation",
                &n,
                "--date",
                date,
                "--status",
                status,
                "--as-of",
                "2025-03-01",
            ],
            0,
        );
    }
    // What the first arithmetic stored (each stop rolled before the next was
    // added), and no record of the arithmetic's version.
    env.sql("UPDATE deadlines SET due = '2025-07-23' WHERE rule = 'complete'")
        .unwrap();
    env.recount_tallies();
    env.sql("DELETE FROM meta WHERE key = 'deadline_engine'")
        .unwrap();
    let out = env
        .cmd()
        .args(["show", &n, "--format", "json", "--as-of", "2025-03-01"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("recomputed the deadlines of 1 case(s)"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(deadline(&v, "complete")["due"], "2025-07-21");
    // Once: the next command says nothing, and the store verifies.
    let out = env.cmd().args(["list"]).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("recomputed"), "{stderr}");
    assert_eq!(env.json(&["verify"])["ok"], true);
    let log = env.run(&["audit", "log"], 0);
    assert!(
        log.contains(&format!(
            "recomputed with deadline arithmetic version {}",
            oversight::rules::deadlines::ENGINE_VERSION
        )),
        "{log}"
    );
}

#[test]
fn an_empty_or_relative_home_does_not_place_the_store() {
    let env = Env::new();
    for (var, value) in [
        ("HOME", ""),
        ("HOME", "relative/home"),
        ("XDG_DATA_HOME", "data"),
    ] {
        let out = bare()
            .current_dir(env.dir.path())
            .env("HOME", "/root")
            .env(var, value)
            .args(["init"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{var}={value}: {stderr}");
        assert!(
            stderr.contains(var) && stderr.contains("absolute"),
            "{stderr}"
        );
    }
    assert_eq!(std::fs::read_dir(env.dir.path()).unwrap().count(), 0);
}

/// Run the binary as someone who may only read: as ourselves when we are
/// not root; as root (who may write anything) as `nobody`, through
/// util-linux's setpriv, with the folder handed to nobody.
#[cfg(unix)]
fn reader(env: &Env) -> impl Fn(&[&str]) -> std::process::Output + '_ {
    use std::os::unix::fs::PermissionsExt;
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let bin = assert_cmd::cargo::cargo_bin("oversight");
    let mut run_as: Vec<String> = Vec::new();
    let mut program = bin.to_string_lossy().into_owned();
    if root {
        let copy = env.dir.path().join("oversight-bin");
        std::fs::copy(&bin, &copy).unwrap();
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
        for e in std::fs::read_dir(env.dir.path()).unwrap() {
            std::os::unix::fs::chown(e.unwrap().path(), Some(65534), Some(65534)).unwrap();
        }
        std::os::unix::fs::chown(env.dir.path(), Some(65534), Some(65534)).unwrap();
        run_as = ["--reuid=65534", "--regid=65534", "--clear-groups"]
            .map(String::from)
            .to_vec();
        run_as.push(copy.to_string_lossy().into_owned());
        program = "setpriv".into();
    }
    move |args: &[&str]| {
        std::process::Command::new(&program)
            .args(&run_as)
            .env_remove("OVERSIGHT_DB")
            .env_remove("COLUMNS")
            .env("OVERSIGHT_CONFIG", "")
            .env("HOME", env.dir.path())
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(&env.db)
            .args(args)
            .output()
            .unwrap()
    }
}

/// A read-only store (a 0400 file, or a folder that may not be written)
/// still answers every read; a command that writes, `show` with its audit
/// of the reading included, says the store is read-only (exit 5).
#[cfg(unix)]
#[test]
fn a_read_only_store_answers_reads_and_refuses_writes() {
    sqlite_only!();
    use std::os::unix::fs::PermissionsExt;
    let set = |p: &std::path::Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    for folder in [false, true] {
        let env = Env::new();
        let n = env.direct("2025-03-07", "no");
        let before = env.dump();
        // No journal left beside it (a reader's leftovers), so that in a
        // read-only folder none can be made.
        for ext in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", env.db.display()));
        }
        let run = reader(&env);
        if folder {
            set(env.dir.path(), 0o555);
        } else {
            set(env.dir.path(), 0o755);
            set(&env.db, 0o400);
        }
        for args in [
            vec!["list"],
            vec!["overdue", "--as-of", "2025-04-01"],
            vec!["due", "--as-of", "2025-03-08"],
            vec![
                "report",
                "annual",
                "--year",
                "2025",
                "--as-of",
                "2025-12-31",
            ],
            vec!["verify"],
        ] {
            let out = run(&args);
            assert_eq!(
                out.status.code(),
                Some(0),
                "folder {folder} {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert!(String::from_utf8_lossy(&run(&["list"]).stdout).contains(&n));
        for args in [
            vec!["show", n.as_str()],
            vec!["commence", &n, "--date", "2025-03-08"],
        ] {
            let out = run(&args);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(5),
                "folder {folder} {args:?}: {err}"
            );
            assert!(err.contains("is read-only"), "{err}");
            assert!(out.stdout.is_empty(), "{args:?} printed before refusing");
        }
        set(env.dir.path(), 0o755);
        set(&env.db, 0o600);
        assert_eq!(env.dump(), before, "folder {folder}: the store changed");
    }
}

/// A PostgreSQL address is a server, never a file name: one that cannot
/// be reached is exit 5 naming it (its password hidden), and no folder
/// named "postgresql:" is made.
#[test]
fn a_server_address_is_not_taken_for_a_file() {
    let env = Env::new();
    for url in [
        "postgresql://clerk:s3cret@127.0.0.1:1/oversight",
        "postgres://clerk:s3cret@127.0.0.1:1/oversight",
    ] {
        let out = assert_cmd::Command::cargo_bin("oversight")
            .unwrap()
            .current_dir(env.dir.path())
            .env("OVERSIGHT_DB", url)
            .env("OVERSIGHT_CONFIG", "")
            .arg("overdue")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(5));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("cannot connect to the PostgreSQL store") && err.contains("clerk:***@"),
            "{err}"
        );
        assert!(!err.contains("s3cret"), "{err}");
        assert!(!env.dir.path().join("postgresql:").exists());
        assert!(!env.dir.path().join("postgres:").exists());
    }
}

/// Schema 6 keeps the audit log's hashes as bytes and no longer repeats
/// the previous row's: a log written by schema 5 comes through with every
/// hash as it was, so a head kept outside before the upgrade still holds.
#[test]
fn the_audit_chain_comes_through_the_schema_6_upgrade_unchanged() {
    sqlite_only!();
    use oversight::store::schema::{V1, V2, V3, V4, V5};
    let env = Env::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    for v in [V1, V2, V3, V4, V5] {
        conn.execute_batch(v).unwrap();
    }
    conn.pragma_update(None, "user_version", 5).unwrap();
    let profile = include_str!("../../profiles/miami-cip.toml");
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('profile_name', 'miami-cip'), ('profile', ?1),
            ('created_at', '2025-01-01T00:00:00Z'), ('deadline_engine', '2')",
        [profile],
    )
    .unwrap();
    // Three rows as schema 5 kept them: hex, each repeating the one before.
    let mut prev = oversight::store::GENESIS.to_string();
    for id in 1..=3 {
        let mut row = oversight::store::AuditRow {
            id,
            at: format!("2025-01-0{id}T00:00:00Z"),
            user: "clerk".into(),
            command: "holidays add".into(),
            action: "write".into(),
            case: None,
            detail: format!("change {id}"),
            prev_hash: prev.clone(),
            hash: String::new(),
            states: None,
        };
        row.hash = oversight::store::row_hash(&row);
        conn.execute(
            "INSERT INTO audit (id, at, user, command, action, case_number, detail, prev_hash,
                hash) VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7, ?8)",
            rusqlite::params![
                row.id,
                row.at,
                row.user,
                row.command,
                row.action,
                row.detail,
                row.prev_hash,
                row.hash
            ],
        )
        .unwrap();
        prev = row.hash;
    }
    drop(conn);
    let head = format!("3:{prev}");
    env.run(&["verify", "--expect", &head], 0);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (version, bytes): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version), length(hash) FROM audit \
             WHERE id = 3",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (version, bytes),
        (oversight::store::schema::CURRENT_VERSION, 32)
    );
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('audit')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!columns.contains(&"prev_hash".to_string()), "{columns:?}");
    // The log reads as before.
    let log = env.json(&["audit", "log"]);
    assert_eq!(log[2]["hash"], prev.as_str());
}

/// Mark the store as at schema `version` (the caller has taken it back
/// there) and run a command on it, which upgrades it: what it said.
fn upgraded_from(env: &Env, version: i64) -> String {
    env.sql(&if common::on_postgres() {
        format!("UPDATE oversight_schema SET version = {version}")
    } else {
        format!("PRAGMA user_version = {version}")
    })
    .unwrap();
    let out = env
        .cmd()
        .args(["overdue", "--as-of", "2025-12-31"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Schema 10 records the change each write makes to a case. A store from
/// before holds only digests: its upgrade records every case whole, once,
/// and from there the log rebuilds the case, so `verify` passes on the
/// upgraded store and names an edit made after.
#[test]
fn an_upgrade_to_schema_10_records_every_case_whole_once() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.without_changes();
    env.without_tallies();
    let err = upgraded_from(&env, 9);
    let to = format!(
        "schema version 9 to {}",
        oversight::store::schema::CURRENT_VERSION
    );
    assert!(err.contains(&to), "{err}");
    let whole = "SELECT count(*) FROM case_states WHERE change IS NOT NULL";
    assert_eq!(env.number(whole), 1);
    let log = env.json(&["audit", "log"]);
    let last = &log.as_array().unwrap().last().unwrap()["detail"];
    assert_eq!(
        last,
        "1 case(s) recorded whole in the audit log (schema version 10)"
    );
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
    // Once: the next command finds nothing to record.
    env.run(&["overdue", "--as-of", "2025-12-31"], 0);
    assert_eq!(env.number(whole), 1);
    env.sql("UPDATE cases SET summary = 'nothing happened'")
        .unwrap();
    let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
    assert!(
        err.contains(&format!(
            "case {n}: changed outside oversight: its summary: the store has 'nothing \
             happened', the audit log has 'Rude remarks during a traffic stop'"
        )),
        "{err}"
    );
}

/// Schema 14 moves a server's deadline tallies from PL/pgSQL triggers into
/// the engine's own writes (`store::sql::tallies`). A store upgraded from
/// before the tallies comes through 13 (which makes them, and the
/// triggers) and 14 (which takes the triggers of the deadlines away): the
/// tallies agree with the deadlines after, and after every write since.
/// On SQLite, whose triggers stay, 14 changes only the version number:
/// no copy of the store is kept for it.
#[test]
fn an_upgrade_to_schema_14_keeps_the_tallies_in_step() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.without_tallies();
    let err = upgraded_from(&env, 12);
    let to = format!(
        "schema version 12 to {}",
        oversight::store::schema::CURRENT_VERSION
    );
    assert!(err.contains(&to), "{err}");
    let triggers = if common::on_postgres() {
        "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'deadline_tallies%'"
    } else {
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' \
         AND name LIKE 'deadline_tallies%'"
    };
    // SQLite keeps its four; a server only that of a case closed or reopened.
    let kept = if common::on_postgres() { 1 } else { 4 };
    assert_eq!(env.number(triggers), kept);
    let tallied = "SELECT CAST(coalesce(sum(due_n), 0) AS BIGINT) FROM deadline_tallies";
    let deadlines = env.number("SELECT count(*) FROM deadlines");
    assert!(deadlines > 0);
    assert_eq!(env.number(tallied), deadlines);
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
    // Writes after it keep them: deadlines met and added, another case.
    env.run(
        &[
            "notify-pd",
            &n,
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-03-10",
        ],
        0,
    );
    env.direct("2025-04-01", "no");
    env.run(
        &[
            "commence",
            &n,
            "--date",
            "2025-03-20",
            "--as-of",
            "2025-03-20",
        ],
        0,
    );
    assert_eq!(
        env.number(tallied),
        env.number("SELECT count(*) FROM deadlines")
    );
    assert!(env.number("SELECT CAST(sum(met) AS BIGINT) FROM deadline_tallies") >= 1);
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
}

/// Schema 15 rebuilds a server's index of deadlines by due date to hold
/// each deadline's case (the figures per investigator read a year's
/// deadlines from it alone); SQLite's holds it already, and only the
/// version number changes there. The report reads the same after.
#[test]
fn an_upgrade_to_schema_15_puts_the_case_in_the_due_date_index() {
    common::logins(&["kim"]);
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.run(&["assign", &n, "--to", "kim", "--date", "2025-03-08"], 0);
    let report = [
        "report",
        "annual",
        "--year",
        "2025",
        "--as-of",
        "2025-12-31",
    ];
    let before = env.json(&report);
    assert!(before.to_string().contains("kim"), "{before}");
    let with_case = if common::on_postgres() {
        env.sql("DROP INDEX deadlines_due").unwrap();
        env.sql(
            "CREATE INDEX deadlines_due ON deadlines (due, rule, satisfied_on, suspended_since)",
        )
        .unwrap();
        Some(
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'deadlines_due' \
             AND indexdef LIKE '%INCLUDE (case_id)'",
        )
    } else {
        None
    };
    if let Some(sql) = with_case {
        assert_eq!(env.number(sql), 0);
    }
    let err = upgraded_from(&env, 14);
    assert!(
        err.contains(&format!(
            "schema version 14 to {}",
            oversight::store::schema::CURRENT_VERSION
        )),
        "{err}"
    );
    if let Some(sql) = with_case {
        assert_eq!(env.number(sql), 1);
    }
    assert_eq!(env.json(&report), before);
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
}

/// An upgrade that changes nothing in an SQLite file but its version
/// number keeps no copy of the store, and says so.
#[test]
fn an_upgrade_that_changes_only_the_version_keeps_no_copy() {
    sqlite_only!();
    let env = Env::new();
    env.direct("2025-03-07", "no");
    let before = env.dump();
    let current = oversight::store::schema::CURRENT_VERSION;
    let err = upgraded_from(&env, 13);
    assert!(
        err.contains(&format!(
            "from schema version 13 to {current} (only its version number changes in \
             this file; no copy kept)"
        )),
        "{err}"
    );
    let copy = format!("{}.v13-backup", env.db.display());
    assert!(!std::path::Path::new(&copy).exists());
    assert_eq!(env.number("PRAGMA user_version"), current);
    assert_eq!(env.dump(), before);
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
}

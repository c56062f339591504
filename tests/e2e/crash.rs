//! Crashes: a process killed (SIGKILL) in the middle of a large import or a
//! burst of intakes leaves a sound store holding all or nothing of each
//! command.

#![cfg(unix)]

use crate::common;
use common::Env;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

fn count(env: &Env, table: &str) -> i64 {
    if !common::on_postgres() {
        let c = rusqlite::Connection::open(&env.db).unwrap();
        let ok: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
    env.number(&format!("SELECT count(*) FROM {table}"))
}

/// A file of `n` good cases, a row each, to import.
fn cases_file(env: &Env, n: usize) -> std::path::PathBuf {
    let file = env.dir.path().join("big.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    writeln!(f, "case,received,source,badge,category").unwrap();
    for i in 0..n {
        writeln!(f, "2020-{:05},2020-03-02,direct,{},force", i + 1, i % 50).unwrap();
    }
    file
}

/// The names in folder `dir`.
fn names(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// An import of `file` into no store, at `office/cases.db`, begun and
/// writing its new store under a temporary name: the process, the
/// folder, the store's path.
fn import_begun(
    env: &Env,
    file: &std::path::Path,
) -> (std::process::Child, std::path::PathBuf, std::path::PathBuf) {
    let dir = env.dir.path().join("office");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("cases.db");
    let mut child = common::oversight_at(&db)
        .args(["import", file.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut waited = 0;
    while !names(&dir).iter().any(|n| n.ends_with(".part")) {
        assert!(waited < 60_000, "no new store was begun");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import ended first"
        );
        std::thread::sleep(Duration::from_millis(5));
        waited += 5;
    }
    (child, dir, db)
}

#[test]
fn a_killed_import_leaves_all_or_nothing() {
    let env = Env::new();
    env.run(&["init"], 0);
    let file = env.dir.path().join("big.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    writeln!(
        f,
        "case,received,source,criminal,officer_name,badge,category"
    )
    .unwrap();
    let n = 20_000;
    for i in 0..n {
        writeln!(
            f,
            "2020-{:05},2020-03-02,direct,false,Officer {},{},force",
            i + 1,
            i % 50,
            i % 50
        )
        .unwrap();
    }
    drop(f);
    for delay in [50u64, 400, 1200] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_oversight"))
            .env_remove("OVERSIGHT_DB")
            .args([
                "--db",
                env.db.to_str().unwrap(),
                "import",
                file.to_str().unwrap(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let status = child.wait().unwrap();
        let cases = count(&env, "cases");
        if status.success() {
            assert_eq!(cases, n as i64);
            return;
        }
        assert_eq!(cases, 0, "a killed import left {cases} cases");
        assert_eq!(count(&env, "allegations"), 0);
    }
    assert_eq!(env.json(&["verify"])["ok"], true);
}

/// An import into no store, killed while it writes the new store under
/// its temporary name, leaves no store; what it left beside (personal
/// data) is removed, and said, by the next command to create the store.
#[test]
fn a_killed_import_into_no_store_leaves_nothing_once_the_store_is_made() {
    if common::on_postgres() {
        return;
    }
    let env = Env::new();
    let (mut child, dir, db) = import_begun(&env, &cases_file(&env, 20_000));
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!db.exists());
    let left = names(&dir);
    assert!(left.iter().all(|n| n.starts_with(".cases.db.")), "{left:?}");
    let out = common::oversight_at(&db).arg("init").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("left unfinished by process"), "{err}");
    assert_eq!(names(&dir), ["cases.db"]);
}

/// A store another command creates while an import into no store writes
/// its own is not replaced: the import is refused (exit 5), the other
/// store kept, nothing left beside it.
#[test]
fn a_store_made_meanwhile_is_kept_and_the_import_refused() {
    if common::on_postgres() {
        return;
    }
    let env = Env::new();
    let (child, dir, db) = import_begun(&env, &cases_file(&env, 20_000));
    let out = common::oversight_at(&db).arg("init").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("another command created a store there while this import ran"),
        "{err}"
    );
    assert_eq!(names(&dir), ["cases.db"]);
    let c = rusqlite::Connection::open(&db).unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

/// A new store is filled through a rollback journal (each page written
/// once, not into the write-ahead log and again at its checkpoint); killed
/// or not, the import leaves the store's pages whole, and finished, the
/// store back in the log's mode, in which readers do not wait for a writer.
#[test]
fn an_import_into_a_new_store_leaves_it_in_the_log_s_mode() {
    if common::on_postgres() {
        return;
    }
    let env = Env::new();
    env.run(&["init"], 0);
    let file = env.dir.path().join("few.csv");
    std::fs::write(
        &file,
        "case,received,source,criminal,officer_name,badge,category\n\
         2020-00001,2020-03-02,direct,false,Officer 1,1,force\n\
         2020-00002,2020-03-03,direct,false,Officer 2,2,force\n",
    )
    .unwrap();
    env.run(&["import", file.to_str().unwrap()], 0);
    let c = rusqlite::Connection::open(&env.db).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(count(&env, "cases"), 2);
    assert_eq!(env.json(&["verify"])["ok"], true);
}

#[test]
fn a_killed_burst_of_intakes_loses_only_the_one_in_flight() {
    let env = Env::new();
    env.run(&["init"], 0);
    let db = env.db_arg();
    let mut done = 0;
    let mut killed = 0;
    for i in 0..40 {
        let mut child = common::intake_process(&db, "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if i % 3 == 2 {
            // Kill some mid-flight, at varying points.
            std::thread::sleep(Duration::from_millis((i as u64 * 7) % 25));
            let _ = child.kill();
        }
        if child.wait().unwrap().success() {
            done += 1;
        } else {
            killed += 1;
        }
    }
    let cases = count(&env, "cases");
    assert!(
        cases >= done && cases <= done + killed,
        "{cases} cases, {done} done, {killed} killed"
    );
    // Every case that is there is whole: events, deadlines, audit rows.
    assert_eq!(env.json(&["verify"])["ok"], true);
    assert_eq!(count(&env, "events"), cases);
}

//! Data safety (SPEC "Data safety"): the hash-chained audit log and who
//! looked at what, `verify` catching edits made behind the tool's back,
//! online backups, many processes writing at once, a held lock.

use crate::common;
use common::Env;
use std::process::Command;

fn conn(env: &Env) -> rusqlite::Connection {
    rusqlite::Connection::open(&env.db).unwrap()
}

#[test]
fn every_change_and_every_look_is_in_the_chained_audit_log() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
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
    env.run(&["show", &n, "--as-of", "2025-03-10"], 0);
    env.run(&["export", "cases", "--format", "csv"], 0);
    env.run(&["export", "cases", "--public", "--format", "csv"], 0);
    let log = env.json(&["audit", "log", "--case", &n]);
    let rows = log.as_array().unwrap();
    let summary: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["command"].as_str().unwrap().to_string(),
                r["action"].as_str().unwrap().to_string(),
                r["detail"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(summary[0].0, "intake");
    assert!(
        summary[0]
            .2
            .starts_with("case recorded: direct received 2025-03-07"),
        "{summary:?}"
    );
    assert_eq!(
        summary[1],
        (
            "notify-pd".into(),
            "write".into(),
            "notify-pd 2025-03-10".into()
        )
    );
    assert_eq!(summary[2], ("show".into(), "read".into(), "show".into()));
    // Who is the operating-system account (from the uid), not $USER,
    // which the tests set to "tester" and anyone can set.
    let me = common::account();
    assert!(rows.iter().all(|r| r["user"] == me.as_str()), "{rows:?}");
    // The full export (personal data) is logged; the public one is not.
    let all = env.json(&["audit", "log"]);
    let reads: Vec<_> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "read" && r["command"] == "export cases")
        .collect();
    assert_eq!(reads.len(), 1, "{all}");
    env.refused(&["audit", "log", "--case", "2025-9999"], 3);
}

#[test]
fn verify_passes_a_sound_store_and_names_what_was_tampered_with() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
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
    let ok = env.json(&["verify"]);
    assert_eq!(ok["ok"], true);
    assert_eq!(ok["cases"], 1);

    // Someone edits the audit log with plain SQL.
    env.unguard(&["audit"]);
    env.sql("UPDATE audit SET detail = 'nothing to see' WHERE id = 2")
        .unwrap();
    let err = env.fails(&["verify"], 5);
    assert!(err.contains("audit chain broken at row 2"), "{err}");

    // Someone moves a due date in a fresh store.
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.sql("UPDATE deadlines SET due = '2025-12-31' WHERE rule = 'commence'")
        .unwrap();
    let err = env.fails(&["verify"], 5);
    assert!(
        err.contains(&format!("case {n}")) && err.contains("deadlines"),
        "{err}"
    );

    // Someone closes a case without a closing event.
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.sql("UPDATE cases SET status = 'closed', closed = '2025-04-01'")
        .unwrap();
    let err = env.fails(&["verify"], 5);
    assert!(err.contains(&format!("case {n}: its status")), "{err}");
}

#[test]
fn backup_copies_the_store_owner_only_and_never_overwrites_by_accident() {
    sqlite_only!();
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    let copy = env.dir.path().join("copy.db");
    env.run(&["backup", copy.to_str().unwrap()], 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "backup mode {mode:o}");
    }
    let mut c = assert_cmd::Command::cargo_bin("oversight").unwrap();
    let out = c
        .env_remove("OVERSIGHT_DB")
        .args(["--db", copy.to_str().unwrap(), "list", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["case"], n.as_str());
    let err = env.fails(&["backup", copy.to_str().unwrap()], 2);
    assert!(err.contains("--force"), "{err}");
    env.run(&["backup", copy.to_str().unwrap(), "--force"], 0);
    let err = env.fails(&["backup", env.db.to_str().unwrap(), "--force"], 2);
    assert!(err.contains("the store itself"), "{err}");
}

/// No output takes the store's name, nor its journal's, even with --force
/// (an export over the store would leave a CSV where every case was): each
/// is refused as bad input, the store as it was; nor does an output name a
/// folder that is not there (bad input too, not a store that cannot be
/// used).
#[test]
fn an_output_never_replaces_the_store() {
    sqlite_only!();
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    let csv = env.dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "case,received,incident_date,source,criminal,status,closed,out_of_time,officer_name,\
         badge,category,finding,finding_reason,finding_date,complainants,summary\n\
         B-1,2020-13-10,2020-01-05,direct,false,,,false,Ann Lee,100,force,,,,Dan,s\n",
    )
    .unwrap();
    let store = env.db.to_str().unwrap().to_string();
    let wal = format!("{store}-wal");
    // The same file by another name: through its folder's other spelling.
    let dotted = env.dir.path().join(".").join("cases.db");
    for target in [store.as_str(), wal.as_str(), dotted.to_str().unwrap()] {
        for args in [
            vec!["export", "cases", "--output", target, "--force"],
            vec!["export", "store", "--output", target, "--force"],
            vec![
                "report", "annual", "--year", "2025", "--output", target, "--force",
            ],
            vec![
                "import",
                csv.to_str().unwrap(),
                "--reject",
                target,
                "--force",
            ],
        ] {
            let err = env.refused(&args, 2);
            assert!(err.contains("that is the store"), "{args:?}: {err}");
        }
    }
    assert_eq!(env.json(&["list"])[0]["case"], n.as_str());
    let nowhere = env.dir.path().join("no-such-folder").join("out.csv");
    let err = env.refused(
        &["export", "cases", "--output", nowhere.to_str().unwrap()],
        2,
    );
    assert!(err.contains("there is no folder"), "{err}");
    assert!(!err.contains(".part"), "a temporary name: {err}");
    env.run(&["verify"], 0);
}

/// A link at the destination, dangling or not, is never written through:
/// the copy would land, world-readable, wherever the link points.
#[cfg(unix)]
#[test]
fn a_backup_never_follows_a_link() {
    sqlite_only!();
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.direct("2025-03-07", "no");
    let target = env.dir.path().join("somewhere-else.db");
    let link = env.dir.path().join("backup.db");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let err = env.fails(&["backup", link.to_str().unwrap()], 2);
    assert!(err.contains("a symbolic link is already there"), "{err}");
    assert!(!target.exists(), "written through a dangling link");
    env.run(&["backup", link.to_str().unwrap(), "--force"], 0);
    assert!(!target.exists(), "written through the link");
    let m = std::fs::symlink_metadata(&link).unwrap();
    assert!(m.file_type().is_file(), "the link itself is replaced");
    assert_eq!(m.permissions().mode() & 0o777, 0o600);
    // Nothing half-written is left beside it.
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A store others could read is made owner-only the next time it is
/// opened, and that is said.
#[cfg(unix)]
#[test]
fn a_store_readable_by_others_is_tightened() {
    sqlite_only!();
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.direct("2025-03-07", "no");
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env.cmd().args(["list"]).output().unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("was readable by others (644); made owner-only (600)"),
        "{said}"
    );
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // A zero-byte file left readable by others (touched, or made by
    // another tool) becomes the store owner-only too.
    let env = Env::new();
    std::fs::write(&env.db, "").unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o666)).unwrap();
    env.run(&["init"], 0);
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn processes_writing_at_once_lose_nothing_and_double_nothing() {
    let env = Env::new();
    env.run(&["init"], 0);
    let workers = 4;
    let each = 25;
    let children: Vec<_> = (0..workers)
        .map(|w| {
            let db = env.db_arg();
            std::thread::spawn(move || {
                for i in 0..each {
                    let out = common::intake_process(&db, &format!("{w}{i}"))
                        .output()
                        .unwrap();
                    assert_eq!(
                        out.status.code(),
                        Some(0),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    // Someone reads meanwhile.
                    let out = Command::new(env!("CARGO_BIN_EXE_oversight"))
                        .env_remove("OVERSIGHT_DB")
                        .args([
                            "--db",
                            db.to_str().unwrap(),
                            "overdue",
                            "--format",
                            "json",
                            "--as-of",
                            "2025-07-01",
                        ])
                        .output()
                        .unwrap();
                    assert_eq!(out.status.code(), Some(0));
                }
            })
        })
        .collect();
    for c in children {
        c.join().unwrap();
    }
    let list = env.json(&["list"]);
    let mut numbers: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["case"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(numbers.len(), workers * each);
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), workers * each, "a case number was doubled");
    assert_eq!(
        numbers.last().unwrap(),
        &format!("2025-{:04}", workers * each)
    );
    assert_eq!(env.json(&["verify"])["ok"], true);
}

#[test]
fn a_store_locked_past_the_busy_timeout_is_exit_5_not_a_panic() {
    let env = Env::new();
    env.run(&["init"], 0);
    // Another process holds the store's write lock.
    let mut server = env.url.as_ref().map(|u| {
        let mut c = postgres::Client::connect(u, postgres::NoTls).unwrap();
        c.execute("SELECT pg_advisory_lock(3141592653)", &[])
            .unwrap();
        c
    });
    let holder = server.is_none().then(|| conn(&env));
    if let Some(h) = &holder {
        h.execute_batch("BEGIN IMMEDIATE").unwrap();
    }
    let out = env
        .cmd()
        .env("OVERSIGHT_BUSY_TIMEOUT_MS", "200")
        .args([
            "notify-pd",
            "2025-0001",
            "--date",
            "2025-01-02",
            "--as-of",
            "2025-01-02",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("locked"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    if let Some(h) = holder {
        h.execute_batch("ROLLBACK").unwrap();
    }
    if let Some(c) = server.as_mut() {
        c.execute("SELECT pg_advisory_unlock(3141592653)", &[])
            .unwrap();
    }
}

#[test]
fn public_outputs_name_no_complainant_of_a_generated_history() {
    let env = Env::new();
    let names: Vec<String> = (0..12).map(|i| format!("Zelda Quintero{i:02}")).collect();
    for (i, name) in names.iter().enumerate() {
        let day = format!("2025-{:02}-10", i % 12 + 1);
        let n = env.intake(&[
            "--as-of",
            &day,
            "--received",
            &day,
            "--source",
            "direct",
            "--incident-date",
            &day,
            "--criminal",
            "no",
            "--complainant",
            name,
            "--officer",
            "John Roe#4411",
            "--allegation",
            "force@4411",
            "--summary",
            &format!("Summary about {name}"),
        ]);
        if i % 2 == 0 {
            for args in [
                vec!["commence", &n, "--date", &day],
                vec!["present", &n, "--date", &day],
                vec![
                    "finding",
                    &n,
                    "--all",
                    "--finding",
                    "sustained",
                    "--date",
                    &day,
                ],
                vec!["transmit", &n, "--date", &day],
                vec!["close", &n, "--date", &day],
            ] {
                let mut a = args.clone();
                a.extend(["--as-of", "2025-12-31"]);
                env.run(&a, 0);
            }
        }
    }
    let outputs = [
        env.run(&["monitoring", "--as-of", "2025-12-31"], 0),
        env.run(
            &["monitoring", "--as-of", "2025-12-31", "--format", "json"],
            0,
        ),
        env.run(&["export", "cases", "--public", "--format", "csv"], 0),
        env.run(&["export", "cases", "--public", "--format", "json"], 0),
        env.run(
            &[
                "report",
                "annual",
                "--year",
                "2025",
                "--html",
                "--public",
                "--as-of",
                "2025-12-31",
            ],
            0,
        ),
        env.run(
            &[
                "report",
                "annual",
                "--year",
                "2025",
                "--format",
                "json",
                "--public",
                "--as-of",
                "2025-12-31",
            ],
            0,
        ),
    ];
    for out in &outputs {
        assert!(
            out.contains("4411") || out.contains("2025"),
            "empty output?"
        );
        for name in &names {
            assert!(
                !out.contains(name.as_str()),
                "'{name}' in a public output:\n{out}"
            );
        }
        assert!(
            !out.contains("Quintero") && !out.contains("Summary about"),
            "{out}"
        );
    }
}

#[test]
fn a_backup_taken_while_another_process_writes_is_sound() {
    sqlite_only!();
    let env = Env::new();
    env.run(&["init"], 0);
    let db = env.db_arg();
    let writer = std::thread::spawn(move || {
        for i in 0..15 {
            let out = common::intake_process(&db, &i.to_string())
                .output()
                .unwrap();
            assert!(out.status.success());
        }
    });
    for k in 0..3 {
        let copy = env.dir.path().join(format!("copy{k}.db"));
        env.run(&["backup", copy.to_str().unwrap()], 0);
        let mut c = assert_cmd::Command::cargo_bin("oversight").unwrap();
        let out = c
            .env_remove("OVERSIGHT_DB")
            .args(["--db", copy.to_str().unwrap(), "verify", "--format", "json"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    writer.join().unwrap();
}

/// `--output FILE`: the export or report is a file of its own, owner-only,
/// whole, never replacing anything without --force, never through a link.
#[test]
fn exports_and_reports_written_to_a_file_are_private() {
    let env = Env::new();
    env.direct("2025-03-07", "no");
    let file = env.dir.path().join("cases.csv");
    let out = env.run(&["export", "cases", "--output", file.to_str().unwrap()], 0);
    assert_eq!(out, "", "the data went to stdout too");
    let csv = std::fs::read_to_string(&file).unwrap();
    assert!(csv.starts_with("case,received,"), "{csv}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let err = env.fails(&["export", "cases", "--output", file.to_str().unwrap()], 2);
    assert!(err.contains("already there; give --force"), "{err}");
    let html = env.dir.path().join("report.html");
    let args = [
        "report", "annual", "--year", "2025", "--html", "--public", "--output",
    ];
    let mut a = args.to_vec();
    a.push(html.to_str().unwrap());
    env.run(&a, 0);
    assert!(std::fs::read_to_string(&html)
        .unwrap()
        .starts_with("<!DOCTYPE html>"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&html).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "a report file is owner-only too");
    }
    // A refused report leaves no file behind.
    let none = env.dir.path().join("none.json");
    env.fails(
        &[
            "report",
            "annual",
            "--year",
            "2025",
            "--html",
            "--format",
            "json",
            "--output",
            none.to_str().unwrap(),
        ],
        2,
    );
    assert!(!none.exists());
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    #[cfg(unix)]
    {
        let target = env.dir.path().join("elsewhere.csv");
        let link = env.dir.path().join("link.csv");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = env.fails(&["export", "cases", "--output", link.to_str().unwrap()], 2);
        assert!(err.contains("a symbolic link is already there"), "{err}");
        env.run(
            &[
                "export",
                "cases",
                "--output",
                link.to_str().unwrap(),
                "--force",
            ],
            0,
        );
        assert!(!target.exists(), "written through the link");
    }
}

/// Data written before the date policy existed (or edited outside the
/// tool) may hold an impossible history: verify lists every such fault
/// with its case number, and exits 5.
#[test]
fn verify_lists_the_chronology_faults_of_a_store() {
    let env = Env::new();
    let a = env.direct("2025-03-07", "no");
    let b = env.direct("2025-03-10", "no");
    env.run(
        &[
            "commence",
            &b,
            "--date",
            "2025-03-11",
            "--as-of",
            "2025-03-20",
        ],
        0,
    );
    assert_eq!(env.json(&["verify", "--as-of", "2025-12-31"])["ok"], true);
    env.sql(&format!(
        "UPDATE cases SET incident_date = '2025-04-01' WHERE number = '{a}'"
    ))
    .unwrap();
    env.sql(&format!(
        "UPDATE cases SET aware_date = '1899-01-01' WHERE number = '{b}'"
    ))
    .unwrap();
    let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
    // Each edit made outside oversight, and the date it leaves.
    assert!(err.contains("4 problem(s) in 2 case(s) checked"), "{err}");
    assert!(
        err.contains(&format!(
            "case {a}: changed outside oversight: its incident date: the store has \
             '2025-04-01', the audit log has '2025-03-07'"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "case {b}: changed outside oversight: its aware date: the store has \
             '1899-01-01', the audit log has nothing"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "case {a}: incident_date 2025-04-01 is after the date received (2025-03-07)"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "case {b}: aware_date 1899-01-01 is before 1900-01-01"
        )),
        "{err}"
    );
}

/// A vote accepting a late complaint dated before the complaint was
/// received (written before the check, or edited in) is a chronology fault.
#[test]
fn verify_lists_a_late_vote_before_receipt() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.sql(&format!(
        "UPDATE cases SET incident_date = '2024-01-10', late_vote_date = '2024-02-01', \
         late_vote_yes = 8, late_vote_no = 3, late_vote_seated = 13 WHERE number = '{n}'"
    ))
    .unwrap();
    let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
    assert!(
        err.contains(&format!(
            "case {n}: late_vote 2024-02-01 is before the date received (2025-03-07)"
        )),
        "{err}"
    );
}

/// A step or a close dated before the complaint was received, or a step
/// after the close (edited in, or written before the check), is listed by
/// verify with its case.
#[test]
fn verify_lists_steps_and_a_close_out_of_order() {
    let env = Env::new();
    let n = worked_case(&env);
    env.run(
        &["close", &n, "--date", "2025-07-01", "--as-of", "2025-12-31"],
        0,
    );
    env.unguard(&["events"]);
    env.sql("UPDATE events SET date = '2025-03-01' WHERE kind = 'commence'")
        .unwrap();
    env.sql("UPDATE events SET date = '2025-08-01' WHERE kind = 'transmit'")
        .unwrap();
    env.sql("UPDATE events SET date = '2025-03-02' WHERE kind = 'close'")
        .unwrap();
    env.sql("UPDATE cases SET closed = '2025-03-02'").unwrap();
    let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
    for expected in [
        format!("case {n}: commence 2025-03-01 is before the date received (2025-03-07)"),
        format!("case {n}: closed 2025-03-02 is before the date received (2025-03-07)"),
        format!("case {n}: transmit 2025-08-01 is after the case was closed (2025-03-02)"),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in\n{err}");
    }
}

/// Stored text carries no terminal control character: refused at input,
/// and shown escaped where older data holds one.
#[test]
fn control_characters_are_refused_and_never_reach_the_terminal() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    let before = env.dump();
    let err = env.refused(
        &[
            "intake",
            "--no-input",
            "--received",
            "2025-03-07",
            "--as-of",
            "2025-03-07",
            "--source",
            "direct",
            "--incident-date",
            "2025-03-01",
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            "J Roe#4411",
            "--allegation",
            "force@4411",
            "--summary",
            "red \x1b[31m text",
        ],
        2,
    );
    assert!(err.contains("--summary") && err.contains("U+001B"), "{err}");
    assert!(!err.contains('\x1b'), "the escape reached stderr: {err:?}");
    assert_eq!(env.dump(), before);
    // Every other text a person types: an officer's name on file, a
    // holiday's name.
    for args in [
        vec!["officer", "update", "4411", "--name", "X\x1b[8mY"],
        vec!["holidays", "add", "2025-03-14", "Fair\x1b[8m day"],
    ] {
        let err = env.refused(&args, 2);
        assert!(
            err.contains("U+001B") && !err.contains('\x1b'),
            "{args:?}: {err}"
        );
    }
    // A summary written before the check: shown, not obeyed.
    env.sql(&format!(
        "UPDATE cases SET summary = 'old \x1b[2J wipe' WHERE number = '{n}'"
    ))
    .unwrap();
    let table = env.run(&["show", &n], 0);
    assert!(!table.contains('\x1b'), "{table:?}");
    assert!(table.contains("old \\u{001b}[2J wipe"), "{table}");
}

/// Stored text with a control character that JSON leaves unescaped (DEL,
/// a C1 control, as another system's data may hold) comes out of every
/// JSON output as JSON's own escape: valid JSON with the same text, and
/// nothing a terminal obeys.
#[test]
fn json_shows_stored_control_characters_as_json_escapes() {
    let env = Env::new();
    let n = worked_case(&env);
    let summary = "del \u{7f} csi \u{9b}2J nel \u{85} end";
    env.sql(&format!(
        "UPDATE cases SET summary = '{summary}' WHERE number = '{n}'"
    ))
    .unwrap();
    // Made whole (show) and written row by row (export cases).
    for (args, summary_of) in [
        (
            vec!["show", n.as_str(), "--format", "json"],
            (|v: &serde_json::Value| v["summary"].clone()) as fn(&_) -> _,
        ),
        (
            vec!["export", "cases", "--format", "json"],
            |v: &serde_json::Value| v[0]["summary"].clone(),
        ),
    ] {
        let out = env.run(&args, 0);
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: {out:?}"
        );
        assert!(
            out.contains("del \\u007f csi \\u009b2J nel \\u0085 end"),
            "{args:?}: {out}"
        );
        let v: serde_json::Value = serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {out}"));
        assert_eq!(summary_of(&v), summary, "{args:?}");
    }
}

/// A store with one case taken through findings and the Chief's response.
fn worked_case(env: &Env) -> String {
    let n = env.intake(&[
        "--as-of",
        "2025-03-07",
        "--received",
        "2025-03-07",
        "--source",
        "direct",
        "--incident-date",
        "2025-03-01",
        "--criminal",
        "no",
        "--complainant",
        "Ana Diaz",
        "--officer",
        "John Roe#4411",
        "--allegation",
        "force@4411",
        "--summary",
        "Pushed at a traffic stop",
    ]);
    for args in [
        vec!["commence", &n, "--date", "2025-03-10"],
        vec!["present", &n, "--date", "2025-06-02"],
        vec![
            "finding",
            &n,
            "--all",
            "--finding",
            "sustained",
            "--date",
            "2025-06-03",
        ],
        vec!["transmit", &n, "--date", "2025-06-04"],
        vec![
            "chief-response",
            &n,
            "--date",
            "2025-06-20",
            "--concurs",
            "yes",
        ],
    ] {
        let mut a = args.clone();
        a.extend(["--as-of", "2025-12-31"]);
        env.run(&a, 0);
    }
    n
}

/// Every case deleted with plain SQL, after dropping the guard on events.
fn delete_every_case(env: &Env) {
    env.unguard(&["events"]);
    for table in [
        "deadlines",
        "field_values",
        "events",
        "allegations",
        "case_officers",
        "complainants",
        "cases",
    ] {
        env.sql(&format!("DELETE FROM {table}")).unwrap();
    }
}

/// Plain SQL after dropping the append-only triggers: every edit of case
/// data is caught and named (what, the value in the store and the value the
/// audit log's changes rebuild), and so is a deleted case.
#[test]
fn verify_catches_every_edit_of_case_data_made_outside_oversight() {
    let edits = [
        (
            "UPDATE events SET result = 'unfounded' WHERE kind = 'finding'",
            "'s result: the store has 'unfounded', the audit log has 'sustained'",
        ),
        (
            "UPDATE events SET result = 'no' WHERE kind = 'chief-response'",
            "'s result: the store has 'no', the audit log has 'yes'",
        ),
        (
            "UPDATE complainants SET name = 'Someone Else'",
            "complainant 1's name: the store has 'Someone Else', the audit log has 'Ana Diaz'",
        ),
        (
            "UPDATE cases SET summary = 'nothing happened'",
            "its summary: the store has 'nothing happened', the audit log has 'Pushed at a \
             traffic stop'",
        ),
        (
            "UPDATE case_officers SET badge = '9999'",
            "officer 1's badge: the store has '9999', the audit log has '4411'",
        ),
        (
            "UPDATE allegations SET category = 'discourtesy'",
            "allegation 1's category: the store has 'discourtesy', the audit log has 'force'",
        ),
        (
            "UPDATE cases SET received = '2025-03-06'",
            "its received: the store has '2025-03-06', the audit log has '2025-03-07'",
        ),
        // The roster's name is the one every case and list shows.
        (
            "UPDATE officers SET name = 'Someone Else'",
            "the roster's name for badge 4411: the store has 'Someone Else', the audit log has \
             nothing",
        ),
    ];
    for (sql, named) in edits {
        let env = Env::new();
        let n = worked_case(&env);
        assert_eq!(env.json(&["verify", "--as-of", "2025-12-31"])["ok"], true);
        env.unguard(&["events"]);
        env.sql(sql).unwrap();
        let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
        assert!(
            err.contains(&format!("case {n}: changed outside oversight: ")) && err.contains(named),
            "{sql}: {err}"
        );
    }
    // A whole case deleted.
    let env = Env::new();
    let n = worked_case(&env);
    delete_every_case(&env);
    let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
    assert!(
        err.contains(&format!("case {n}: in the audit log (row")) && err.contains("deleted"),
        "{err}"
    );
}

/// Each audit row that vouches for a write keeps what the write changed in
/// each case: `audit changes` shows the values written and those they
/// replaced, logs its reading (names, summaries), and still shows a case
/// deleted outside oversight; a case in neither is not found (exit 3).
#[test]
fn audit_changes_shows_what_each_write_wrote_and_replaced() {
    let env = Env::new();
    let n = worked_case(&env);
    env.run(
        &["close", &n, "--date", "2025-07-01", "--as-of", "2025-12-31"],
        0,
    );
    let changes = env.json(&["audit", "changes", "--case", &n]);
    let rows = changes.as_array().unwrap();
    // intake, five steps, the close.
    let commands: Vec<&str> = rows
        .iter()
        .map(|r| r["command"].as_str().unwrap())
        .collect();
    assert_eq!(
        commands,
        [
            "intake",
            "commence",
            "present",
            "finding",
            "transmit",
            "chief-response",
            "close"
        ]
    );
    assert_eq!(rows[0]["set"]["complainants"]["1"], "Ana Diaz");
    assert_eq!(
        rows[0]["set"]["case"]["summary"],
        "Pushed at a traffic stop"
    );
    assert!(
        rows[0].get("was").is_none_or(|w| w.is_null()),
        "{}",
        rows[0]
    );
    let close = &rows[6];
    assert_eq!(close["set"]["case"]["status"], "closed");
    assert_eq!(close["set"]["case"]["closed"], "2025-07-01");
    assert_eq!(close["was"]["case"]["status"], "open");
    let table = env.run(&["audit", "changes", "--case", &n], 0);
    assert!(table.contains("its status: 'open' -> 'closed'"), "{table}");
    assert!(
        table.contains("complainant 1's name: 'Ana Diaz'"),
        "{table}"
    );
    // The reading is logged.
    let log = env.json(&["audit", "log", "--case", &n]);
    let last = log.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["command"].as_str(), last["action"].as_str()),
        (Some("audit changes"), Some("read")),
        "{last}"
    );
    // A case deleted outside oversight keeps its changes.
    delete_every_case(&env);
    let after = env.json(&["audit", "changes", "--case", &n]);
    assert_eq!(after.as_array().unwrap().len(), 7);
    env.refused(&["audit", "changes", "--case", "2025-9999"], 3);
}

/// A case's subpoenas are part of what its changes rebuild: an edit of one
/// with plain SQL is named.
#[test]
fn verify_names_an_edit_of_a_subpoena() {
    let env = Env::new();
    let n = worked_case(&env);
    env.run(
        &[
            "subpoena",
            "request",
            &n,
            "--for",
            "documents",
            "--date",
            "2025-06-05",
            "--description",
            "Dispatch logs",
            "--as-of",
            "2025-12-31",
        ],
        0,
    );
    let changes = env.json(&["audit", "changes", "--case", &n]);
    let last = changes.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        last["set"]["subpoenas"]["1"]["description"], "Dispatch logs",
        "{last}"
    );
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
    env.sql("UPDATE subpoenas SET description = 'Nothing'")
        .unwrap();
    let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
    assert!(
        err.contains(&format!(
            "case {n}: changed outside oversight: subpoena 1's description: the store has \
             'Nothing', the audit log has 'Dispatch logs'"
        )),
        "{err}"
    );
}

/// A rename through oversight records the change in every case naming the
/// badge (each shows the roster's name), so verify passes after it and
/// `audit changes` says what the case now shows.
#[test]
fn an_officer_renamed_through_oversight_is_recorded_in_each_case() {
    let env = Env::new();
    let n = worked_case(&env);
    env.run(&["officer", "rename", "4411", "John A. Roe"], 0);
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
    let changes = env.json(&["audit", "changes", "--case", &n]);
    let last = changes.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["set"]["roster"]["4411"], "John A. Roe", "{last}");
    // Renamed back to the name the case gave: the entry goes.
    env.run(&["officer", "rename", "4411", "John Roe"], 0);
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
    let changes = env.json(&["audit", "changes", "--case", &n]);
    let last = changes.as_array().unwrap().last().unwrap().clone();
    assert!(last["set"]["roster"]["4411"].is_null(), "{last}");
    assert_eq!(last["was"]["roster"]["4411"], "John A. Roe", "{last}");
}

/// An edit made outside oversight stays caught after oversight writes to
/// the same case again: a later step does not vouch for it, and a later
/// write that replaces the edited value names what it found there.
#[test]
fn an_edit_outside_oversight_is_not_laundered_by_a_later_write() {
    let env = Env::new();
    let n = worked_case(&env);
    env.unguard(&["events"]);
    env.sql("UPDATE complainants SET name = 'Someone Else'")
        .unwrap();
    env.run(
        &["close", &n, "--date", "2025-07-01", "--as-of", "2025-12-31"],
        0,
    );
    let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
    assert!(
        err.contains(&format!(
            "case {n}: changed outside oversight: complainant 1's name: the store has 'Someone \
             Else', the audit log has 'Ana Diaz'"
        )),
        "{err}"
    );

    let env = Env::new();
    let n = worked_case(&env);
    env.unguard(&["events"]);
    env.sql("UPDATE cases SET received = '2025-03-06'").unwrap();
    let received = env.number(&format!(
        "SELECT e.id FROM events e JOIN cases c ON c.id = e.case_id \
         WHERE c.number = '{n}' AND e.kind = 'received'"
    ));
    env.run(
        &[
            "correct",
            &n,
            "--event",
            &received.to_string(),
            "--date",
            "2025-03-05",
            "--reason",
            "typed wrong",
            "--as-of",
            "2025-12-31",
        ],
        0,
    );
    let last = env.number("SELECT max(id) FROM audit");
    let err = env.fails(&["verify", "--as-of", "2025-12-31"], 5);
    assert!(
        err.contains(&format!(
            "case {n}: changed outside oversight before audit row {last}: its received: the \
             store then had '2025-03-06', the audit log had '2025-03-07'"
        )),
        "{err}"
    );
    assert!(err.contains("1 problem(s)"), "{err}");
}

/// Removing audit rows, or rewriting the chain after an edit, is caught
/// against the head kept outside the file; rows removed together with what
/// they vouched for are caught by the states left behind.
#[test]
fn verify_catches_a_shortened_or_rewritten_log_against_the_kept_head() {
    let env = Env::new();
    let n = worked_case(&env);
    let head_file = env.dir.path().join("audit.head");
    let hf = head_file.to_str().unwrap();
    // Not started yet: an error that says how, and no file made.
    let err = env.fails(&["verify", "--head-file", hf, "--as-of", "2025-12-31"], 2);
    assert!(
        err.contains("no head is kept there") && err.contains("--new-head"),
        "{err}"
    );
    assert!(!head_file.exists());
    let head = env.run(
        &[
            "verify",
            "--head-file",
            hf,
            "--new-head",
            "--as-of",
            "2025-12-31",
        ],
        0,
    );
    let head = head.trim().to_string();
    // Started once; starting again would forget it.
    let err = env.fails(
        &[
            "verify",
            "--head-file",
            hf,
            "--new-head",
            "--as-of",
            "2025-12-31",
        ],
        2,
    );
    assert!(err.contains("already holds a head"), "{err}");
    env.run(&["verify", "--head-file", hf, "--as-of", "2025-12-31"], 0);
    assert!(head.contains(':') && head.len() > 60, "{head}");
    assert_eq!(std::fs::read_to_string(&head_file).unwrap().trim(), head);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&head_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Later work extends the head: still fine.
    env.run(
        &["close", &n, "--date", "2025-06-21", "--as-of", "2025-12-31"],
        0,
    );
    env.run(&["verify", "--expect", &head, "--as-of", "2025-12-31"], 0);
    let v = env.json(&["verify", "--as-of", "2025-12-31"]);
    let newer = v["head"].as_str().unwrap().to_string();

    // The last rows removed (with the states they vouched for).
    let last = env.number("SELECT max(id) FROM audit");
    env.unguard(&["audit", "case_states"]);
    env.sql(&format!("DELETE FROM case_states WHERE audit_id >= {last}"))
        .unwrap();
    env.sql(&format!("DELETE FROM audit WHERE id >= {last}"))
        .unwrap();
    let err = env.fails(&["verify", "--expect", &newer, "--as-of", "2025-12-31"], 5);
    assert!(err.contains("does not extend the head kept"), "{err}");

    // Every row removed: the states they vouched for are left behind.
    let env = Env::new();
    worked_case(&env);
    env.unguard(&["audit"]);
    env.sql("DELETE FROM audit").unwrap();
    let err = env.fails(&["verify"], 5);
    assert!(
        err.contains("which is not in the log (rows were removed)"),
        "{err}"
    );

    // An edit, then the whole chain recomputed to match: only the head
    // kept outside can tell. (Recomputed here with SQLite's shell.)
    if common::on_postgres() {
        return;
    }
    let env = Env::new();
    worked_case(&env);
    let head = env.json(&["verify", "--as-of", "2025-12-31"])["head"]
        .as_str()
        .unwrap()
        .to_string();
    let c = conn(&env);
    c.execute_batch("DROP TRIGGER audit_append_only_update;")
        .unwrap();
    c.execute("UPDATE audit SET detail = 'nothing' WHERE id = 1", [])
        .unwrap();
    let rows: Vec<oversight::store::AuditRow> = {
        let mut st = c
            .prepare(
                "SELECT id, at, user, command, action, case_number, detail, '', lower(hex(hash)),
                        CASE WHEN states IS NULL THEN NULL ELSE lower(hex(states)) END
                 FROM audit ORDER BY id",
            )
            .unwrap();
        st.query_map([], |r| {
            Ok(oversight::store::AuditRow {
                id: r.get(0)?,
                at: r.get(1)?,
                user: r.get(2)?,
                command: r.get(3)?,
                action: r.get(4)?,
                case: r.get(5)?,
                detail: r.get(6)?,
                prev_hash: r.get(7)?,
                hash: r.get(8)?,
                states: r.get(9)?,
            })
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    let mut prev = oversight::store::GENESIS.to_string();
    for mut row in rows {
        row.prev_hash = prev.clone();
        row.hash = oversight::store::row_hash(&row);
        c.execute(
            "UPDATE audit SET hash = unhex(?2) WHERE id = ?1",
            rusqlite::params![row.id, row.hash],
        )
        .unwrap();
        prev = row.hash;
    }
    drop(c);
    // The rewritten chain holds together by itself...
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
    // ...but not against the head kept before the rewrite.
    let err = env.fails(&["verify", "--expect", &head, "--as-of", "2025-12-31"], 5);
    assert!(err.contains("does not extend the head kept"), "{err}");
}

/// A backup and the list of subpoenas (free text about cases) are
/// readings of personal data: both are in the audit log.
#[test]
fn backups_and_subpoena_lists_are_audited_readings() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "yes");
    env.run(
        &[
            "subpoena",
            "request",
            &n,
            "--for",
            "documents",
            "--date",
            "2025-03-10",
            "--description",
            "Dispatch logs",
            "--as-of",
            "2025-03-10",
        ],
        0,
    );
    let copy = env.dir.path().join("copy.db");
    // A store on a server is not copied by `backup` (said, exit 2).
    let backup = if common::on_postgres() { 2 } else { 0 };
    let out = env
        .cmd()
        .args(["backup", copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(backup), "{out:?}");
    if common::on_postgres() {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(
                "whose copies are its owner's to keep: with the server's own tools \
                          (pg_dump), `oversight copy --from` it into a file"
            ),
            "{err}"
        );
    }
    env.run(&["subpoena", "list", "--case", &n], 0);
    env.run(&["officer", "show", "4411"], 0);
    let log = env.json(&["audit", "log"]);
    let reads: Vec<&serde_json::Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "read")
        .collect();
    assert_eq!(
        reads
            .iter()
            .any(|r| r["command"] == "backup"
                && r["detail"].as_str().unwrap().starts_with("backup to ")),
        !common::on_postgres(),
        "{log}"
    );
    assert!(
        reads
            .iter()
            .any(|r| r["command"] == "subpoena list" && r["case"] == n.as_str()),
        "{log}"
    );
    // An officer's allegations, findings and their reasons: a reading too.
    assert!(
        reads
            .iter()
            .any(|r| r["command"] == "officer show" && r["detail"] == "officer show 4411"),
        "{log}"
    );
}

#[test]
fn a_stored_profile_that_no_longer_parses_is_said_wherever_the_law_is_applied() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.sql("UPDATE meta SET value = 'version = [' WHERE key = 'profile'")
        .unwrap();
    // Listing what is stored applies no law: the profile is not read.
    let overdue = env.json(&["overdue", "--as-of", "2026-01-15"]);
    assert!(
        !overdue.as_array().unwrap().is_empty(),
        "the case's deadlines are past due: {overdue}"
    );
    // Applying it is refused (exit 5), naming the profile, with nothing
    // written, not even the logged reading of `show`.
    let mut intake = vec!["intake", "--no-input"];
    intake.extend(common::direct_case("2025-03-08", "no"));
    for args in [vec!["show", n.as_str()], vec!["verify"], intake] {
        let err = env.refused(&args, 5);
        assert!(
            err.contains("the store's profile is unusable"),
            "{args:?}: {err}"
        );
    }
}

//! `export store` and its import: the whole record goes across (timeline,
//! the Chief's action and discipline, optional fields, assignments,
//! matters, holidays, the audit log), `verify` passes on the new store and
//! its chain goes on from the old head; a file cut short, changed or aimed
//! at a store holding data is refused with nothing left behind.

use crate::common;

use common::Env;

/// A store with a closed case carried through every step (a finding with
/// discipline, the Chief's partial concurrence), an open assigned case with
/// a corrected step, a policy recommendation and a local holiday.
pub(crate) fn rich(env: &Env) -> (String, String) {
    common::logins(&["ann"]);
    let a = env.direct("2025-02-03", "no");
    let b = env.intake(&[
        "--as-of",
        "2025-03-03",
        "--received",
        "2025-03-03",
        "--source",
        "direct",
        "--incident-date",
        "2025-03-01",
        "--criminal",
        "no",
        "--channel",
        "walk-in",
        "--complainant",
        "Bo Chan",
        "--officer",
        "Kim Poe#1207",
        "--allegation",
        "force@1207",
        "--summary",
        "Pushed at a protest",
    ]);
    let steps: &[&[&str]] = &[
        &["holidays", "add", "2025-06-20", "Founders Day (local)"],
        &["notify-pd", &a, "--date", "2025-02-04"],
        &["commence", &a, "--date", "2025-02-10"],
        &["present", &a, "--date", "2025-06-04"],
        &[
            "finding",
            &a,
            "--all",
            "--finding",
            "sustained",
            "--date",
            "2025-06-04",
        ],
        &["transmit", &a, "--date", "2025-06-06"],
        &[
            "chief-response",
            &a,
            "--date",
            "2025-07-15",
            "--concurs",
            "partial",
            "--action",
            "Training ordered",
            "--department",
            "1=sustained",
            "--discipline",
            "1=written reprimand",
        ],
        &["close", &a, "--date", "2025-07-16"],
        &["notify-pd", &b, "--date", "2025-03-04"],
        &["assign", &b, "--to", "ann", "--date", "2025-03-04"],
        &["commence", &b, "--date", "2025-03-11"],
        &[
            "policy",
            "recommend",
            "--date",
            "2025-05-01",
            "--title",
            "Body-worn camera activation",
        ],
    ];
    env.steps("2025-08-01", steps);
    let show = env.json(&["show", &b, "--as-of", "2025-08-01"]);
    let commence = show["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "commence")
        .unwrap()["id"]
        .to_string();
    env.run(
        &[
            "correct",
            &b,
            "--event",
            &commence,
            "--date",
            "2025-03-12",
            "--reason",
            "typo in the date",
            "--as-of",
            "2025-08-01",
        ],
        0,
    );
    (a, b)
}

/// Every table but the audit log's, as text; the audit log without its
/// last `n` rows.
fn tables_and_audit(env: &Env, extra_audit_rows: usize) -> (String, Vec<String>) {
    let dump = env.dump();
    let mut tables = String::new();
    let mut audit = Vec::new();
    let mut current = String::new();
    for line in dump.lines() {
        if let Some(t) = line.strip_prefix("table ") {
            current = t.to_string();
            tables.push_str(line);
            tables.push('\n');
        } else if current == "audit" {
            audit.push(line.to_string());
        } else {
            tables.push_str(line);
            tables.push('\n');
        }
    }
    // Rows read "Integer(ID)|…": in id order.
    audit.sort_by_key(|r| {
        // SQLite's dump reads "Integer(ID)|…", PostgreSQL's "(ID,…)".
        let id = r.split(['|', ',']).next().unwrap();
        id.trim_start_matches("Integer(")
            .trim_start_matches('(')
            .trim_end_matches(')')
            .parse::<i64>()
            .unwrap()
    });
    audit.truncate(audit.len() - extra_audit_rows);
    (tables, audit)
}

#[test]
fn a_store_export_restores_the_whole_record_and_verify_passes() {
    let old = Env::new();
    let (a, b) = rich(&old);
    let head = old.run(&["verify", "--as-of", "2025-08-01"], 0);
    let file = old.dir.path().join("office.store.jsonl");
    let f = file.to_str().unwrap();
    old.run(&["export", "store", "--output", f], 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "a store export holds personal data");
    }
    // The export was a reading of personal data, logged before the file
    // was written: the file holds the log with it, so a head kept after the
    // export (the nightly `verify --head-file`) holds on the restored store.
    let log = old.json(&["audit", "log"]);
    let last = log.as_array().unwrap().last().unwrap().to_string();
    assert!(last.contains("export store"), "{last}");
    let (old_tables, old_audit) = tables_and_audit(&old, 0);
    let head_after = old.run(&["verify", "--as-of", "2025-08-01"], 0);

    let new = Env::new();
    let dry = new.json(&["import", f, "--dry-run"]);
    assert_eq!(dry["format"], "oversight-store");
    assert_eq!(dry["cases"], 2, "{dry}");
    assert!(!new.has_store(), "a dry run wrote a store");

    let out = new.json(&["import", f, "--as-of", "2025-08-01"]);
    assert_eq!(out["cases"], 2, "{out}");
    // Row for row: every table as it was; the audit log as it was, plus
    // the restore's own row.
    let (new_tables, new_audit) = tables_and_audit(&new, 1);
    assert_eq!(new_tables, old_tables);
    assert_eq!(new_audit, old_audit);
    let log = new.json(&["audit", "log"]);
    let last = log.as_array().unwrap().last().unwrap().to_string();
    assert!(last.contains("restored"), "{last}");
    // The chain goes on from the old heads, before the export and after.
    for head in [&head, &head_after] {
        new.run(
            &["verify", "--as-of", "2025-08-01", "--expect", head.trim()],
            0,
        );
    }
    // What people read is the same: both cases, the report, the lists.
    for args in [
        vec!["show", a.as_str()],
        vec!["show", b.as_str()],
        vec!["report", "annual", "--year", "2025"],
        vec!["list"],
        vec!["caseload"],
        vec!["policy", "list"],
        vec!["holidays", "list", "--year", "2025"],
    ] {
        let mut args = args.clone();
        args.extend(["--as-of", "2025-08-01"]);
        assert_eq!(old.json(&args), new.json(&args), "{args:?}");
    }
    let show = new.json(&["show", &a, "--as-of", "2025-08-01"]);
    let text = show.to_string();
    assert!(
        text.contains("written reprimand") && text.contains("Training ordered"),
        "{text}"
    );
    // New case numbers go on after the restored ones.
    let c = new.direct("2025-08-01", "no");
    assert_eq!(c, "2025-0003");
}

#[test]
fn a_store_export_cut_short_changed_or_aimed_at_a_store_with_data_is_refused() {
    let old = Env::new();
    old.direct("2025-02-03", "no");
    let file = old.dir.path().join("s.jsonl");
    let f = file.to_str().unwrap();
    old.run(&["export", "store", "--output", f], 0);
    let text = std::fs::read_to_string(&file).unwrap();

    let new = Env::new();
    let cut = new.dir.path().join("cut.jsonl");
    let lines: Vec<&str> = text.lines().collect();
    std::fs::write(&cut, lines[..lines.len() - 1].join("\n") + "\n").unwrap();
    let err = new.fails(&["import", cut.to_str().unwrap()], 2);
    assert!(
        err.contains("without its last line: the file was cut short"),
        "{err}"
    );
    let changed = new.dir.path().join("changed.jsonl");
    std::fs::write(&changed, text.replace("Ana Diaz", "Ann Diaz")).unwrap();
    let err = new.fails(&["import", changed.to_str().unwrap()], 2);
    assert!(err.contains("not as it was exported"), "{err}");
    // Refused: no store, and no half-restored file beside it.
    assert!(!new.db.exists());
    let left: Vec<_> = std::fs::read_dir(new.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("restoring"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // With a mapping or a reject file: refused, it is restored whole.
    let err = new.fails(&["import", f, "--reject", "r.csv"], 2);
    assert!(err.contains("restored whole"), "{err}");
    // Into a store holding data: refused, the store unchanged, by the dry
    // run too.
    let err = old.refused(&["import", f], 2);
    assert!(err.contains("already holds data"), "{err}");
    let err = old.refused(&["import", f, "--dry-run"], 2);
    assert!(err.contains("already holds data"), "{err}");
    // A column renamed in the file: named, as a change.
    let renamed = new.dir.path().join("renamed.jsonl");
    std::fs::write(&renamed, text.replacen("\"received\"", "\"recieved\"", 1)).unwrap();
    let err = new.fails(&["import", renamed.to_str().unwrap()], 2);
    assert!(
        err.contains("the column(s) 'recieved' where this store has 'received'")
            || err.contains("not as it was exported"),
        "{err}"
    );
    // Into a store just made by `init`: restored.
    new.run(&["init"], 0);
    new.run(&["import", f], 0);
    assert_eq!(new.json(&["list"]).as_array().unwrap().len(), 1);
    // Saved again by an editor that puts a byte-order mark first: the
    // same export, restored.
    let other = Env::new();
    let marked = other.dir.path().join("marked.jsonl");
    std::fs::write(&marked, format!("\u{feff}{text}")).unwrap();
    other.run(&["import", marked.to_str().unwrap()], 0);
    assert_eq!(other.json(&["list"]).as_array().unwrap().len(), 1);
}

/// `copy` moves a store to the other engine and back: every table row for
/// row, `verify` passing on every side, and what people read the same.
/// (On the SQLite run the copies are files; on the PostgreSQL run the
/// store goes to a file and back into a new database.)
#[test]
fn a_copy_to_the_other_engine_and_back_keeps_every_record() {
    let first = Env::new();
    let (a, _) = rich(&first);
    let middle = first.dir.path().join("middle.db");
    let last = Env::new();
    let at = |env: &Env| env.db_arg().to_string_lossy().into_owned();
    let out = first.json(&[
        "copy",
        "--from",
        &at(&first),
        "--to",
        middle.to_str().unwrap(),
        "--as-of",
        "2025-08-01",
    ]);
    assert_eq!(out["cases"], 2, "{out}");
    let out = first.json(&[
        "copy",
        "--from",
        middle.to_str().unwrap(),
        "--to",
        &at(&last),
        "--as-of",
        "2025-08-01",
    ]);
    assert_eq!(out["cases"], 2, "{out}");
    // The head said is the one `verify` finds there (the copy's own audit
    // row included).
    assert_eq!(
        last.json(&["verify", "--as-of", "2025-08-01"])["head"],
        out["head"]
    );
    if common::on_postgres() {
        // A bulk write on a server ends with its tables vacuumed.
        let vacuumed = "SELECT count(*) FROM pg_stat_user_tables
                         WHERE relname IN ('cases', 'events') AND last_vacuum IS NOT NULL";
        assert_eq!(last.number(vacuumed), 2);
    }
    last.run(&["verify", "--as-of", "2025-08-01"], 0);
    for args in [
        vec!["show", a.as_str()],
        vec!["report", "annual", "--year", "2025"],
        vec!["report", "annual", "--year", "2025", "--public"],
        vec!["export", "cases"],
        vec!["list"],
        vec!["caseload"],
        vec!["policy", "list"],
        vec!["holidays", "list", "--year", "2025"],
    ] {
        let mut args = args.clone();
        args.extend(["--as-of", "2025-08-01"]);
        assert_eq!(first.json(&args), last.json(&args), "{args:?}");
    }
    // Row for row, the log too (each copy adds its reading and its own row).
    let (t1, _) = tables_and_audit(&first, 0);
    let (t3, _) = tables_and_audit(&last, 0);
    assert_eq!(t1, t3);
    // Never into a store that holds data, never onto itself.
    let err = first.refused(
        &[
            "copy",
            "--from",
            middle.to_str().unwrap(),
            "--to",
            &at(&last),
        ],
        2,
    );
    assert!(
        err.contains("already holds a store; a copy goes into a new store only"),
        "{err}"
    );
    let err = first.refused(&["copy", "--from", &at(&first), "--to", &at(&first)], 2);
    assert!(err.contains("that is the store being copied"), "{err}");
}

/// A store export from before schema 10 (case states without the changes
/// writes now record) restores: each case is recorded whole once, `verify`
/// passes, and an edit made after is named with both values.
#[test]
fn a_store_export_from_before_schema_10_restores_with_every_case_recorded_whole() {
    use sha2::{Digest, Sha256};
    let old = Env::new();
    let n = old.direct("2025-03-07", "no");
    old.without_changes();
    let file = old.dir.path().join("old.store.jsonl");
    old.run(&["export", "store", "--output", file.to_str().unwrap()], 0);
    // The file as schema 9 wrote it: its first line says so, and its last
    // line's digest covers that.
    let text = std::fs::read_to_string(&file).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let mut about: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    about["schema"] = 9.into();
    lines[0] = about.to_string();
    let body: String = lines[..lines.len() - 1]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    let mut end: serde_json::Value = serde_json::from_str(lines.last().unwrap()).unwrap();
    end["end"]["sha256"] = oversight::store::hex(&Sha256::digest(body.as_bytes())).into();
    let v9 = old.dir.path().join("v9.store.jsonl");
    std::fs::write(&v9, format!("{body}{end}\n")).unwrap();

    let new = Env::new();
    new.run(
        &["import", v9.to_str().unwrap(), "--as-of", "2025-08-01"],
        0,
    );
    assert_eq!(
        new.number("SELECT count(*) FROM case_states WHERE change IS NOT NULL"),
        1
    );
    let log = new.json(&["audit", "log"]);
    let details: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["detail"].as_str())
        .collect();
    assert!(
        details.contains(
            &"1 case(s) recorded whole in the audit log (the export is of schema version 9)"
        ),
        "{details:?}"
    );
    new.run(&["verify", "--as-of", "2025-08-01"], 0);
    new.sql("UPDATE complainants SET name = 'Someone Else'")
        .unwrap();
    let err = new.fails(&["verify", "--as-of", "2025-08-01"], 5);
    assert!(
        err.contains(&format!(
            "case {n}: changed outside oversight: complainant 1's name: the store has 'Someone \
             Else', the audit log has 'Ana Diaz'"
        )),
        "{err}"
    );
}

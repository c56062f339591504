//! Case assignment on the embedded store: `assign` (audited; a
//! reassignment keeps the one before), `show`, `list --assignee`,
//! `overdue --assignee`, `due --mine` and `caseload`.

use crate::common;
use common::Env;
use serde_json::json;

#[test]
fn cases_are_assigned_reassigned_and_counted_per_investigator() {
    common::logins(&["jdoe", "akim"]);
    let env = Env::new();
    let a = env.direct("2025-03-07", "no");
    let b = env.direct("2025-03-10", "no");
    let _c = env.direct("2025-03-11", "no");
    env.run(
        &[
            "assign",
            &a,
            "--to",
            "jdoe",
            "--date",
            "2025-03-08",
            "--as-of",
            "2025-03-20",
        ],
        0,
    );
    env.run(
        &[
            "assign",
            &b,
            "--to",
            "jdoe",
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-03-20",
        ],
        0,
    );
    let out = env.json(&[
        "assign",
        &b,
        "--to",
        "akim",
        "--date",
        "2025-03-12",
        "--as-of",
        "2025-03-20",
    ]);
    assert_eq!(out["previous"], "jdoe");

    let v = env.json(&["show", &b, "--as-of", "2025-03-20"]);
    assert_eq!(v["assignee"], "akim");
    let history: Vec<&str> = v["assignments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["login"].as_str().unwrap())
        .collect();
    assert_eq!(history, ["jdoe", "akim"]);
    let table = env.run(&["show", &b, "--as-of", "2025-03-20"], 0);
    assert!(
        table.contains("Assigned:   akim since 2025-03-12 (before: jdoe from 2025-03-10)"),
        "{table}"
    );
    assert_eq!(
        env.run(&["list", "--assignee", "jdoe", "--ids"], 0).trim(),
        a
    );
    // Each case's notify-pd (2 working days) is overdue by 20 March.
    let mine = env.json(&["overdue", "--assignee", "akim", "--as-of", "2025-03-20"]);
    let cases: Vec<&str> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["case"].as_str().unwrap())
        .collect();
    assert!(!cases.is_empty() && cases.iter().all(|c| *c == b), "{mine}");
    assert_eq!(mine[0]["assignee"], "akim");
    let load = env.json(&["caseload", "--as-of", "2025-03-20"]);
    let logins: Vec<serde_json::Value> = load
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["assignee"].clone())
        .collect();
    assert_eq!(logins, [json!("akim"), json!("jdoe"), json!(null)]);
    assert_eq!(load[0]["open_cases"], 1);
    assert_eq!(load[1]["open_cases"], 1);
    assert_eq!(load[2]["open_cases"], 1);
    // The one doing it is "mine".
    let me = env.run(
        &[
            "due",
            "--mine",
            "--within",
            "30",
            "--as-of",
            "2025-03-20",
            "--format",
            "json",
        ],
        0,
    );
    assert_eq!(me.trim(), "[]", "no case is assigned to this account");

    // Refusals name the field and leave the store as it was.
    let before = env.dump();
    for (args, code) in [
        (
            vec!["assign", &b, "--to", "akim", "--as-of", "2025-03-20"],
            2,
        ),
        // Not an account's name; on a server, a login it does not have.
        (
            vec!["assign", &b, "--to", "j doe", "--as-of", "2025-03-20"],
            if common::on_postgres() { 3 } else { 2 },
        ),
        (
            vec![
                "assign",
                &b,
                "--to",
                "jdoe",
                "--date",
                "2025-03-11",
                "--as-of",
                "2025-03-20",
            ],
            2,
        ),
        (
            vec![
                "assign",
                "2025-0999",
                "--to",
                "jdoe",
                "--as-of",
                "2025-03-20",
            ],
            3,
        ),
        (vec!["assign", &a, "--no-input", "--as-of", "2025-03-20"], 2),
    ] {
        env.fails(&args, code);
    }
    assert_eq!(env.dump(), before);
    // The audit log says who got which case.
    let log = env.run(&["audit", "log", "--case", &b], 0);
    assert!(
        log.contains("assigned to akim from 2025-03-12 (was jdoe)"),
        "{log}"
    );
}

#[test]
fn the_offices_annual_report_gives_each_investigators_caseload_and_timeliness() {
    common::logins(&["jdoe", "akim"]);
    let env = Env::new();
    let a = env.direct("2025-03-07", "no");
    let b = env.direct("2025-03-10", "no");
    env.run(
        &[
            "assign",
            &a,
            "--to",
            "jdoe",
            "--date",
            "2025-03-07",
            "--as-of",
            "2025-12-31",
        ],
        0,
    );
    env.run(
        &[
            "assign",
            &b,
            "--to",
            "akim",
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-12-31",
        ],
        0,
    );
    // a's notify-pd met (Mon 10 March, due Tue 11 March); b's never recorded.
    env.run(
        &[
            "notify-pd",
            &a,
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-12-31",
        ],
        0,
    );
    // Two more of jdoe's: one closed within the year, one after its end
    // (open on its last day, so counted).
    let closed_on = |received: &str, close: &str| {
        let n = env.direct(received, "no");
        env.steps(
            "2026-02-27",
            &[
                vec!["assign", &n, "--to", "jdoe", "--date", received],
                vec!["commence", &n, "--date", received],
                vec!["present", &n, "--date", received],
                vec![
                    "finding",
                    &n,
                    "--allegation",
                    "1",
                    "--finding",
                    "sustained",
                    "--date",
                    received,
                ],
                vec!["transmit", &n, "--date", received],
                vec!["close", &n, "--date", close],
            ],
        );
    };
    closed_on("2025-04-01", "2025-06-02");
    closed_on("2025-11-03", "2026-01-06");
    let r = env.json(&[
        "report",
        "annual",
        "--year",
        "2025",
        "--as-of",
        "2026-02-27",
    ]);
    let by = &r["by_investigator"];
    assert_eq!(by["jdoe"]["open_cases"], 2, "{by}");
    assert_eq!(by["akim"]["open_cases"], 1);
    assert!(by["jdoe"]["deadlines_met"].as_i64().unwrap() >= 1, "{by}");
    assert_eq!(by["akim"]["deadlines_met"], 0);
    assert!(
        by["akim"]["deadlines_missed"].as_i64().unwrap() >= 1,
        "{by}"
    );
    let table = env.run(
        &[
            "report",
            "annual",
            "--year",
            "2025",
            "--as-of",
            "2025-12-31",
        ],
        0,
    );
    assert!(table.contains("Per investigator"), "{table}");
    // Never in public.
    for args in [
        &["--public"][..],
        &["--public", "--format", "json"],
        &["--public", "--format", "csv"],
        &["--public", "--html"],
    ] {
        let mut a = vec![
            "report",
            "annual",
            "--year",
            "2025",
            "--as-of",
            "2025-12-31",
        ];
        a.extend(args);
        let out = env.run(&a, 0);
        assert!(
            !out.contains("jdoe") && !out.contains("akim"),
            "{args:?}: {out}"
        );
    }
}

/// Intake may assign the case at once (`--assign`): one write, the case and
/// its assignment, from today; a login the store would refuse is refused
/// before anything is written.
#[test]
fn intake_may_assign_the_case_at_once() {
    common::logins(&["jdoe"]);
    let env = Env::new();
    env.direct("2025-03-03", "no");
    let mut args = vec![
        "--as-of",
        "2025-03-10",
        "--assign",
        "jdoe",
        "--format",
        "json",
    ];
    args.extend(common::direct_case("2025-03-07", "no"));
    let out: serde_json::Value =
        serde_json::from_str(&env.run(&[&["intake"], args.as_slice()].concat(), 0)).unwrap();
    assert_eq!(out["assignee"], "jdoe");
    let case = out["case"].as_str().unwrap();
    let v = env.json(&["show", case, "--as-of", "2025-03-10"]);
    assert_eq!(v["assignee"], "jdoe");
    assert_eq!(v["assignments"][0]["date"], "2025-03-10");
    let log = env.run(&["audit", "log", "--case", case], 0);
    assert!(log.contains("assigned to jdoe from 2025-03-10"), "{log}");
    // Not a login: refused, nothing written.
    let mut args = vec!["--as-of", "2025-03-10", "--assign", "j doe"];
    args.extend(common::direct_case("2025-03-07", "no"));
    let err = env.refused(
        &[&["intake"], args.as_slice()].concat(),
        if common::on_postgres() { 3 } else { 2 },
    );
    assert!(err.contains("--assign") && err.contains("j doe"), "{err}");
}

/// `caseload --as-of` counts as of that day: the cases open then, under
/// whoever had each then, with their deadlines; a case received later, or
/// assigned to someone else since, does not move the figures.
#[test]
fn the_caseload_of_a_past_day_is_that_days() {
    common::logins(&["jdoe", "akim"]);
    let env = Env::new();
    let a = env.direct("2025-03-03", "no");
    env.run(
        &[
            "assign",
            &a,
            "--to",
            "jdoe",
            "--date",
            "2025-03-04",
            "--as-of",
            "2025-03-04",
        ],
        0,
    );
    env.run(
        &[
            "assign",
            &a,
            "--to",
            "akim",
            "--date",
            "2025-06-02",
            "--as-of",
            "2025-06-02",
        ],
        0,
    );
    let b = env.direct("2025-10-01", "no");
    env.run(
        &[
            "assign",
            &b,
            "--to",
            "jdoe",
            "--date",
            "2025-10-02",
            "--as-of",
            "2025-10-02",
        ],
        0,
    );
    let rows = |as_of: &str| -> Vec<(serde_json::Value, u64, u64)> {
        env.json(&["caseload", "--as-of", as_of])
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["assignee"].clone(),
                    l["open_cases"].as_u64().unwrap(),
                    l["overdue"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    // What `overdue` lists of the first case that day.
    let overdue_of_a = |as_of: &str| -> u64 {
        env.json(&["overdue", "--as-of", as_of])
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["case"] == a.as_str())
            .count() as u64
    };
    // 1 April: only the first case, jdoe's, its notify-pd (due 5 March) and
    // commence (due 17 March) overdue.
    assert_eq!(overdue_of_a("2025-04-01"), 2);
    assert_eq!(rows("2025-04-01"), [(json!("jdoe"), 1, 2)]);
    // 1 July: the same case, akim's since June.
    assert_eq!(
        rows("2025-07-01"),
        [(json!("akim"), 1, overdue_of_a("2025-07-01"))]
    );
    // 3 October: both, each under who had it.
    let now = rows("2025-10-03");
    assert_eq!(now.len(), 2, "{now:?}");
    assert_eq!((now[0].0.clone(), now[0].1), (json!("akim"), 1));
    assert_eq!((now[1].0.clone(), now[1].1), (json!("jdoe"), 1));
}

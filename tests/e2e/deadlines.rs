//! Deadlines end to end: hand-computed due dates across holidays, the steps
//! that meet them, and the nightly `overdue` / `due` lists in every format.

use crate::common;
use common::{deadline, Env};
use serde_json::json;

#[test]
fn thanksgiving_week_complaint() {
    let env = Env::new();
    // Received Wed 26 Nov 2025; Thu 27 Nov is Thanksgiving.
    let n = env.direct("2025-11-26", "no");
    let v = env.json(&["show", &n, "--as-of", "2025-11-26"]);
    // notify-pd: Fri 28 Nov (1), Mon 1 Dec (2).
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-12-01");
    // commence: 28 Nov, 1-5 Dec, 8-11 Dec -> Thu 11 Dec.
    assert_eq!(deadline(&v, "commence")["due"], "2025-12-11");
    assert_eq!(deadline(&v, "commence")["basis"], "11.5-31(3)(a)");
}

#[test]
fn criminal_complaint_across_christmas_and_new_year() {
    let env = Env::new();
    // Received Tue 23 Dec 2025.
    let n = env.direct("2025-12-23", "yes");
    let v = env.json(&["show", &n, "--as-of", "2025-12-23"]);
    // Wed 24 (1), Thu 25 Christmas, Fri 26 (2), Mon 29 (3).
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-12-26");
    assert_eq!(deadline(&v, "refer-counsel")["due"], "2025-12-29");
    assert_eq!(deadline(&v, "forward-pd")["due"], "2025-12-29");

    // Referred Mon 29 Dec: counsel has 10 working days: 30, 31, (1 Jan
    // holiday), 2, 5, 6, 7, 8, 9, 12, 13 -> Tue 13 Jan 2026.
    let out = env.json(&[
        "refer-counsel",
        &n,
        "--date",
        "2025-12-29",
        "--as-of",
        "2025-12-29",
    ]);
    assert_eq!(out["event"], "refer-counsel");
    let v = env.json(&["show", &n, "--as-of", "2025-12-29"]);
    assert_eq!(deadline(&v, "refer-counsel")["met"], true);
    assert_eq!(deadline(&v, "counsel-determination")["due"], "2026-01-13");
    assert_eq!(
        deadline(&v, "counsel-determination")["basis"],
        "11.5-31(3)(b)(iii)"
    );

    // The police were told late, on Tue 30 Dec: kept, and counted as missed.
    env.run(
        &[
            "notify-pd",
            &n,
            "--date",
            "2025-12-30",
            "--as-of",
            "2025-12-30",
        ],
        0,
    );
    let v = env.json(&["show", &n, "--as-of", "2026-01-14"]);
    assert_eq!(deadline(&v, "notify-pd")["met"], false);
    assert_eq!(deadline(&v, "notify-pd")["status"], "missed");
    assert_eq!(deadline(&v, "forward-pd")["met"], false);
    assert_eq!(deadline(&v, "counsel-determination")["status"], "overdue");

    let od = env.json(&["overdue", "--as-of", "2026-01-14"]);
    assert_eq!(
        od,
        json!([{
            "case": n,
            "deadline": "counsel-determination",
            "title": "Independent Counsel's written determination on interference",
            "due": "2026-01-13",
            "days_overdue": 1,
            "basis": "11.5-31(3)(b)(iii)",
            "out_of_time": false,
        }])
    );
    // The day it is due it is not yet overdue.
    assert_eq!(env.json(&["overdue", "--as-of", "2026-01-13"]), json!([]));
}

#[test]
fn independence_day_complaint() {
    let env = Env::new();
    // Received Thu 3 Jul 2025; Fri 4 Jul is Independence Day.
    let n = env.direct("2025-07-03", "no");
    let v = env.json(&["show", &n, "--as-of", "2025-07-03"]);
    // Mon 7 (1), Tue 8 (2).
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-07-08");
    // 7-11 (5), 14-18 (10) -> Fri 18 Jul.
    assert_eq!(deadline(&v, "commence")["due"], "2025-07-18");
}

#[test]
fn overdue_lists_oldest_first_in_every_format_with_exit_codes() {
    let env = Env::new();
    let a = env.direct("2025-03-07", "no"); // notify-pd due Tue 11 Mar, commence Fri 21 Mar
    let b = env.direct("2025-03-03", "yes"); // notify-pd Wed 5 Mar, forward/refer Thu 6 Mar
    env.run(
        &[
            "notify-pd",
            &b,
            "--date",
            "2025-03-04",
            "--as-of",
            "2025-03-04",
        ],
        0,
    );

    let od = env.json(&["overdue", "--as-of", "2025-03-24"]);
    let rows: Vec<(String, String, i64)> = od
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["case"].as_str().unwrap().to_string(),
                r["deadline"].as_str().unwrap().to_string(),
                r["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (b.clone(), "refer-counsel".to_string(), 18),
            (a.clone(), "notify-pd".to_string(), 13),
            (a.clone(), "commence".to_string(), 3),
        ]
    );

    let csv = env.run(&["overdue", "--as-of", "2025-03-24", "--format", "csv"], 0);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "case,deadline,due,days_overdue,basis,out_of_time");
    assert_eq!(
        lines[1],
        format!("{b},refer-counsel,2025-03-06,18,11.5-31(3)(b)(ii),false")
    );
    assert_eq!(lines.len(), 4);

    let table = env.run(&["overdue", "--as-of", "2025-03-24"], 0);
    assert!(table.contains("refer-counsel") && table.contains("Sec. 11.5-31(1)(b)"));

    // --exit-code: 1 when anything is overdue, 0 when nothing is.
    env.run(&["overdue", "--as-of", "2025-03-24", "--exit-code"], 1);
    env.run(&["overdue", "--as-of", "2025-03-05", "--exit-code"], 0);

    // A step recorded late: from then on the deadline is met (late) ...
    env.run(
        &[
            "notify-pd",
            &a,
            "--date",
            "2025-03-13",
            "--as-of",
            "2025-03-24",
        ],
        0,
    );
    let od = env.json(&["overdue", "--as-of", "2025-03-24"]);
    assert_eq!(od.as_array().unwrap().len(), 2, "{od:#}");
    // ... but as of a day before it was done, it was still overdue.
    let od = env.json(&["overdue", "--as-of", "2025-03-12"]);
    let ids: Vec<_> = od
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["deadline"].clone())
        .collect();
    assert_eq!(ids, [json!("refer-counsel"), json!("notify-pd")]);
    // Before the case was received, nothing about it.
    assert_eq!(env.json(&["overdue", "--as-of", "2025-03-03"]), json!([]));
}

#[test]
fn due_within_lists_what_falls_due_next() {
    let env = Env::new();
    let a = env.direct("2025-03-07", "no");
    let due = env.json(&["due", "--within", "4", "--as-of", "2025-03-07"]);
    assert_eq!(
        due,
        json!([{
            "case": a,
            "deadline": "notify-pd",
            "title": "Notify the police department of the complaint",
            "due": "2025-03-11",
            "days_left": 4,
            "basis": "11.5-31(1)(b)",
            "out_of_time": false,
        }])
    );
    let due = env.json(&["due", "--within", "14", "--as-of", "2025-03-07"]);
    assert_eq!(due.as_array().unwrap().len(), 2);
    assert_eq!(due[1]["deadline"], "commence");
    assert_eq!(due[1]["days_left"], 14);
    let csv = env.run(
        &[
            "due",
            "--within",
            "3",
            "--as-of",
            "2025-03-07",
            "--format",
            "csv",
        ],
        0,
    );
    assert_eq!(csv, "case,deadline,due,days_left,basis,out_of_time\n");
}

#[test]
fn steps_are_refused_with_the_right_code_and_change_nothing() {
    let env = Env::new();
    let direct = env.direct("2025-03-07", "no");
    // No such case.
    let err = env.refused(
        &[
            "notify-pd",
            "2025-9999",
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-03-10",
        ],
        3,
    );
    assert!(err.contains("2025-9999"), "{err}");
    // Before the case was received.
    let err = env.refused(
        &[
            "notify-pd",
            &direct,
            "--date",
            "2025-03-06",
            "--as-of",
            "2025-03-10",
        ],
        2,
    );
    assert!(
        err.contains("--date") && err.contains("2025-03-06") && err.contains("received"),
        "{err}"
    );
    // In the future.
    let err = env.refused(
        &[
            "notify-pd",
            &direct,
            "--date",
            "2025-03-11",
            "--as-of",
            "2025-03-10",
        ],
        2,
    );
    assert!(err.contains("after today"), "{err}");
    // Not a date.
    let err = env.refused(
        &[
            "notify-pd",
            &direct,
            "--date",
            "10 March",
            "--as-of",
            "2025-03-10",
        ],
        2,
    );
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    // Non-criminal cases are not referred to counsel.
    let err = env.refused(
        &[
            "refer-counsel",
            &direct,
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-03-10",
        ],
        4,
    );
    assert!(err.contains("11.5-31(3)(b)(ii)"), "{err}");
    // Once recorded, a step is not recorded again.
    env.run(
        &[
            "notify-pd",
            &direct,
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-03-10",
        ],
        0,
    );
    let err = env.refused(
        &[
            "notify-pd",
            &direct,
            "--date",
            "2025-03-11",
            "--as-of",
            "2025-03-11",
        ],
        4,
    );
    assert!(
        err.contains("already recorded") && err.contains("2025-03-10"),
        "{err}"
    );
}

#[test]
fn events_are_append_only_in_the_store_itself() {
    let env = Env::new();
    env.direct("2025-03-07", "no");
    let e = env
        .sql("UPDATE events SET date = '2025-01-01'")
        .unwrap_err();
    assert!(e.contains("append-only"), "{e}");
    let e = env.sql("DELETE FROM events").unwrap_err();
    assert!(e.contains("append-only"), "{e}");
}

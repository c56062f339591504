//! The panel's other statutory work: policy reviews (11.5-31(7)), issued
//! reports (11.5-31(8)) and subpoenas (11.5-32) with panel votes (11.5-30).
//! Due dates are hand-computed; 30/45-day ones land on weekends and holidays.

use crate::common;
use common::Env;
use serde_json::json;

const TODAY: &str = "2026-06-30";

fn run(env: &Env, args: &[&str]) -> String {
    let mut a = args.to_vec();
    a.extend(["--as-of", TODAY]);
    env.run(&a, 0)
}

fn refused(env: &Env, args: &[&str], code: i32, needle: &str) -> String {
    let mut a = args.to_vec();
    a.extend(["--as-of", TODAY]);
    let err = env.refused(&a, code);
    assert!(err.contains(needle), "expected '{needle}' in: {err}");
    err
}

fn deadlines(list: &serde_json::Value, id: &str) -> Vec<serde_json::Value> {
    list.as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {list}"))["deadlines"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn a_policy_recommendation_is_answered_within_45_days() {
    let env = Env::new();
    env.run(&["init"], 0);
    // Sent Thu 30 Oct 2025: + 45 = Sun 14 Dec -> Mon 15 Dec.
    let id = run(
        &env,
        &[
            "policy",
            "recommend",
            "--date",
            "2025-10-30",
            "--title",
            "Body cameras",
        ],
    );
    assert_eq!(id.trim(), "POL-2025-001");
    let list = env.json(&["policy", "list", "--as-of", "2025-12-15"]);
    let d = deadlines(&list, "POL-2025-001");
    assert_eq!(d[0]["deadline"], "policy-response");
    assert_eq!(d[0]["due"], "2025-12-15");
    assert_eq!(d[0]["basis"], "11.5-31(7)(a)");
    assert_eq!(d[0]["status"], "open");
    let overdue = env.json(&["overdue", "--as-of", "2025-12-16"]);
    assert_eq!(overdue[0]["case"], "POL-2025-001");
    assert_eq!(overdue[0]["deadline"], "policy-response");
    assert_eq!(overdue[0]["days_overdue"], 1);
    run(
        &env,
        &[
            "policy",
            "response",
            "POL-2025-001",
            "--date",
            "2025-12-17",
            "--accepted",
            "partial",
        ],
    );
    let d = deadlines(
        &env.json(&["policy", "list", "--as-of", TODAY]),
        "POL-2025-001",
    );
    assert_eq!(d[0]["met"], false);
    refused(
        &env,
        &[
            "policy",
            "response",
            "POL-2025-001",
            "--date",
            "2025-12-18",
            "--accepted",
            "yes",
        ],
        4,
        "already recorded",
    );
    refused(
        &env,
        &["policy", "comment", "POL-2025-001", "--date", "2025-12-18"],
        4,
        "11.5-31(7)(b)",
    );
    refused(
        &env,
        &[
            "policy",
            "response",
            "POL-2099-001",
            "--date",
            "2025-12-18",
            "--accepted",
            "yes",
        ],
        3,
        "POL-2099-001",
    );
}

#[test]
fn a_proposed_revision_opens_a_comment_window_and_flags_short_notice() {
    let env = Env::new();
    env.run(&["init"], 0);
    let out = env
        .cmd()
        .args([
            "policy",
            "proposed",
            "--received",
            "2025-11-25",
            "--implementation",
            "2025-12-20",
            "--title",
            "Vehicle pursuits",
            "--as-of",
            TODAY,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("only 25 day(s) of notice"), "{stderr}");
    // Received Tue 25 Nov: + 30 = Thu 25 Dec, Christmas -> Fri 26 Dec.
    let list = env.json(&["policy", "list", "--as-of", "2025-12-01"]);
    assert_eq!(list[0]["short_notice_days"], 25);
    let d = deadlines(&list, "REV-2025-001");
    assert_eq!(
        (d[0]["deadline"].as_str(), d[0]["due"].as_str()),
        (Some("policy-comment"), Some("2025-12-26"))
    );
    // No response is due before the panel comments.
    let early = [
        "policy",
        "response",
        "REV-2025-001",
        "--date",
        "2025-12-10",
        "--accepted",
        "yes",
    ];
    refused(&env, &early, 4, "11.5-31(7)(b)");
    // Commented Thu 18 Dec: the Chief has until Sun 1 Feb 2026 -> Mon 2 Feb.
    run(
        &env,
        &["policy", "comment", "REV-2025-001", "--date", "2025-12-18"],
    );
    let d = deadlines(
        &env.json(&["policy", "list", "--as-of", "2026-01-05"]),
        "REV-2025-001",
    );
    let response = d
        .iter()
        .find(|x| x["deadline"] == "policy-response")
        .unwrap();
    assert_eq!(response["due"], "2026-02-02");
    // A response dated before the comments answers none.
    let err = refused(&env, &early, 4, "11.5-31(7)(b)");
    assert!(
        err.contains("are dated 2025-12-18, after 2025-12-10"),
        "{err}"
    );
    assert_eq!(
        d.iter()
            .find(|x| x["deadline"] == "policy-comment")
            .unwrap()["met"],
        true
    );

    // With an emergency, short notice is no fault.
    run(
        &env,
        &[
            "policy",
            "proposed",
            "--received",
            "2026-01-05",
            "--implementation",
            "2026-01-06",
            "--title",
            "Curfew",
            "--emergency",
        ],
    );
    let list = env.json(&["policy", "list", "--as-of", TODAY]);
    assert_eq!(list[2]["short_notice_days"], serde_json::Value::Null);
    refused(
        &env,
        &[
            "policy",
            "proposed",
            "--received",
            "2026-01-05",
            "--implementation",
            "2026-01-01",
            "--title",
            "X",
        ],
        2,
        "--implementation",
    );
}

#[test]
fn each_recipient_of_a_report_owes_a_response_in_45_days() {
    let env = Env::new();
    env.run(&["init"], 0);
    // Issued Tue 20 May 2025: + 45 = Fri 4 Jul, Independence Day -> Mon 7 Jul.
    let id = run(
        &env,
        &[
            "report-issued",
            "--date",
            "2025-05-20",
            "--title",
            "Use of force 2024",
            "--to",
            "Mayor",
            "--to",
            "Police Chief",
        ],
    );
    assert_eq!(id.trim(), "RPT-2025-001");
    run(
        &env,
        &[
            "report-issued",
            "response",
            "RPT-2025-001",
            "--recipient",
            "Mayor",
            "--date",
            "2025-06-30",
        ],
    );
    refused(
        &env,
        &[
            "report-issued",
            "response",
            "RPT-2025-001",
            "--recipient",
            "Mayor",
            "--date",
            "2025-07-01",
        ],
        4,
        "already recorded",
    );
    refused(
        &env,
        &[
            "report-issued",
            "response",
            "RPT-2025-001",
            "--recipient",
            "Pope",
            "--date",
            "2025-07-01",
        ],
        2,
        "Mayor, Police Chief",
    );
    let overdue = env.json(&["overdue", "--as-of", "2025-07-08"]);
    assert_eq!(overdue.as_array().unwrap().len(), 1);
    assert_eq!(overdue[0]["case"], "RPT-2025-001");
    assert_eq!(overdue[0]["recipient"], "Police Chief");
    assert_eq!(overdue[0]["due"], "2025-07-07");
    assert_eq!(overdue[0]["basis"], "11.5-31(8)");
    let due = env.json(&["due", "--within", "30", "--as-of", "2025-06-20"]);
    assert_eq!(due[0]["days_left"], 17);
    let csv = env.run(&["overdue", "--as-of", "2025-07-08", "--format", "csv"], 0);
    assert!(
        csv.contains("RPT-2025-001 (Police Chief),report-response,2025-07-07,1,11.5-31(8),false"),
        "{csv}"
    );
    let report = env.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
    assert_eq!(report["recommendations"]["reports_issued"], 1);
    assert_eq!(report["recommendations"]["report_responses"], 1);
    assert_eq!(
        report["deadlines_by_rule"]["report-response"],
        json!({"met": 1, "missed": 1, "met_pct": 50.0})
    );
}

fn criminal_case(env: &Env) -> String {
    env.intake(&[
        "--as-of",
        "2025-03-03",
        "--received",
        "2025-03-03",
        "--source",
        "direct",
        "--incident-date",
        "2025-03-01",
        "--criminal",
        "yes",
        "--complainant",
        "Ana Diaz",
        "--officer",
        "John Roe#4411",
        "--allegation",
        "force@4411",
        "--summary",
        "Struck",
    ])
}

#[test]
fn a_subpoena_goes_from_request_to_service_with_a_majority_of_the_seated() {
    let env = Env::new();
    let n = criminal_case(&env);
    let id = run(
        &env,
        &[
            "subpoena",
            "request",
            &n,
            "--for",
            "documents",
            "--date",
            "2025-04-02",
            "--description",
            "Dispatch logs",
        ],
    );
    assert_eq!(id.trim(), "1");
    refused(
        &env,
        &[
            "subpoena",
            "vote",
            "1",
            "--date",
            "2025-04-03",
            "--yes",
            "9",
            "--no",
            "0",
            "--seated",
            "13",
        ],
        4,
        "11.5-32(a)(3)",
    );
    // A criminal case: counsel must have consulted the State Attorney.
    refused(
        &env,
        &[
            "subpoena",
            "counsel-review",
            "1",
            "--date",
            "2025-04-09",
            "--result",
            "approved",
        ],
        4,
        "11.5-32(a)(1)",
    );
    run(
        &env,
        &[
            "subpoena",
            "counsel-review",
            "1",
            "--date",
            "2025-04-09",
            "--result",
            "approved",
            "--state-attorney-consulted",
        ],
    );
    // Fewer than the quorum of 7 voting: refused, nothing recorded.
    refused(
        &env,
        &[
            "subpoena",
            "vote",
            "1",
            "--date",
            "2025-04-16",
            "--yes",
            "5",
            "--no",
            "1",
            "--seated",
            "13",
        ],
        4,
        "11.5-30",
    );
    // Exactly the quorum votes, 6-1: not a majority of 13 seated: failed.
    run(
        &env,
        &[
            "subpoena",
            "vote",
            "1",
            "--date",
            "2025-04-16",
            "--yes",
            "6",
            "--no",
            "1",
            "--seated",
            "13",
        ],
    );
    refused(
        &env,
        &["subpoena", "served", "1", "--date", "2025-04-17"],
        4,
        "issued",
    );
    refused(
        &env,
        &[
            "subpoena",
            "vote",
            "1",
            "--date",
            "2025-04-23",
            "--yes",
            "8",
            "--no",
            "7",
            "--seated",
            "13",
        ],
        2,
        "seated",
    );
    refused(
        &env,
        &[
            "subpoena",
            "vote",
            "1",
            "--date",
            "2025-04-23",
            "--yes",
            "8",
            "--no",
            "0",
            "--seated",
            "14",
        ],
        2,
        "--seated",
    );
    run(
        &env,
        &[
            "subpoena",
            "vote",
            "1",
            "--date",
            "2025-04-23",
            "--yes",
            "7",
            "--no",
            "0",
            "--seated",
            "13",
        ],
    );
    refused(
        &env,
        &["subpoena", "served", "1", "--date", "2025-04-20"],
        2,
        "before",
    );
    run(&env, &["subpoena", "served", "1", "--date", "2025-04-25"]);
    let list = env.json(&["subpoena", "list", "--case", &n]);
    assert_eq!(list[0]["status"], "served");
    assert_eq!(list[0]["steps"].as_array().unwrap().len(), 4);
    assert_eq!(list[0]["steps"][1]["result"], "failed");
    let v = env.json(&["show", &n, "--as-of", TODAY]);
    assert_eq!(v["subpoenas"][0]["status"], "served");
}

#[test]
fn a_tie_of_the_seated_fails_and_a_closed_case_gets_no_subpoena() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    run(
        &env,
        &[
            "subpoena",
            "request",
            &n,
            "--for",
            "witness",
            "--date",
            "2025-01-06",
        ],
    );
    // Not criminal: no State Attorney needed.
    run(
        &env,
        &[
            "subpoena",
            "counsel-review",
            "1",
            "--date",
            "2025-01-07",
            "--result",
            "approved",
        ],
    );
    run(
        &env,
        &[
            "subpoena",
            "vote",
            "1",
            "--date",
            "2025-01-08",
            "--yes",
            "6",
            "--no",
            "6",
            "--seated",
            "12",
        ],
    );
    assert_eq!(env.json(&["subpoena", "list"])[0]["status"], "vote failed");
    // Close the case out of time; then nothing more on its subpoenas.
    run(&env, &["commence", &n, "--date", "2025-01-10"]);
    run(
        &env,
        &["close", &n, "--date", "2025-07-15", "--out-of-time"],
    );
    refused(
        &env,
        &[
            "subpoena",
            "vote",
            "1",
            "--date",
            "2025-07-16",
            "--yes",
            "9",
            "--no",
            "0",
            "--seated",
            "13",
        ],
        4,
        "closed",
    );
    refused(
        &env,
        &[
            "subpoena",
            "request",
            &n,
            "--for",
            "witness",
            "--date",
            "2025-07-16",
        ],
        4,
        "closed",
    );
    refused(
        &env,
        &["subpoena", "served", "9", "--date", "2025-07-16"],
        3,
        "no subpoena 9",
    );
}

//! Officers as records, and the public monitoring list (Sec. 11.5-31(5)(d)).

mod common;
use common::Env;
use serde_json::json;

fn case_against(env: &Env, received: &str, badges: &[&str], allegations: &[&str]) -> String {
    let mut a = vec![
        "--as-of",
        received,
        "--received",
        received,
        "--source",
        "direct",
        "--incident-date",
        received,
        "--criminal",
        "no",
        "--complainant",
        "Maria Secreta",
        "--summary",
        "Confidential summary text",
    ];
    let officers: Vec<String> = badges.iter().map(|b| format!("Officer {b}#{b}")).collect();
    for o in &officers {
        a.extend(["--officer", o.as_str()]);
    }
    for al in allegations {
        a.extend(["--allegation", al]);
    }
    env.intake(&a)
}

fn history(env: &Env) -> Vec<String> {
    vec![
        // Two allegations on one case count as one complaint.
        case_against(
            env,
            "2025-01-10",
            &["4411"],
            &["force@4411", "discourtesy@4411"],
        ),
        case_against(
            env,
            "2025-06-01",
            &["4411", "77"],
            &["force@4411", "force@77"],
        ),
        case_against(
            env,
            "2025-12-01",
            &["4411", "77"],
            &["discourtesy@4411", "other@77"],
        ),
    ]
}

#[test]
fn the_window_is_the_year_ending_on_the_as_of_date() {
    let env = Env::new();
    history(&env);
    // The office's list: every complaint counted, open ones too.
    let on = |as_of: &str| env.json(&["monitoring", "--internal", "--as-of", as_of]);
    // Before the third complaint: 2 cases.
    assert_eq!(on("2025-11-30"), json!([]));
    let v = on("2025-12-01");
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["badge"], "4411");
    assert_eq!(v[0]["name"], "Officer 4411");
    assert_eq!(v[0]["complaints"], 3);
    // The day a year after the first complaint it still counts...
    assert_eq!(on("2026-01-10")[0]["complaints"], 3);
    // ...and the next day it has left the window.
    assert_eq!(on("2026-01-11"), json!([]));
    // The public list counts no complaint still under investigation
    // (Fla. Stat. 112.533(2)(a)): all three are open, so no one is on it.
    assert_eq!(
        env.json(&["monitoring", "--as-of", "2025-12-01"]),
        json!([])
    );
}

/// Close a case out of time (to keep the setup short).
fn close(env: &Env, case: &str, commenced: &str, closed: &str) {
    let today = "2025-12-31";
    env.run(
        &["commence", case, "--date", commenced, "--as-of", today],
        0,
    );
    let args = [
        "close",
        case,
        "--date",
        closed,
        "--out-of-time",
        "--as-of",
        today,
    ];
    env.run(&args, 0);
}

#[test]
fn the_public_list_counts_only_complaints_no_longer_under_investigation() {
    let env = Env::new();
    let cases = history(&env);
    close(&env, &cases[0], "2025-01-13", "2025-07-20");
    // One closed complaint of three: the office sees him, the public not.
    let v = env.json(&["monitoring", "--internal", "--as-of", "2025-12-31"]);
    assert_eq!(v[0]["cases"], json!([cases[0]]));
    assert_eq!(v[0]["open_cases"], 2);
    let csv = env.run(
        &[
            "monitoring",
            "--internal",
            "--as-of",
            "2025-12-31",
            "--format",
            "csv",
        ],
        0,
    );
    assert_eq!(
        csv,
        format!(
            "badge,name,complaints,open_cases,cases\n4411,Officer 4411,3,2,{}\n",
            cases[0]
        )
    );
    assert_eq!(
        env.json(&["monitoring", "--as-of", "2025-12-31"]),
        json!([])
    );
    // Reading the office's list is audited.
    let log = env.run(&["audit", "log", "--format", "json"], 0);
    assert!(log.contains("monitoring --internal"), "{log}");
    // Once all three are closed he is on the public list, with the three
    // closed cases and no word of an open one.
    close(&env, &cases[1], "2025-06-02", "2025-12-20");
    for args in [
        vec!["commence", &cases[2], "--date", "2025-12-02"],
        vec!["present", &cases[2], "--date", "2025-12-15"],
        vec![
            "finding",
            &cases[2],
            "--all",
            "--finding",
            "exonerated",
            "--date",
            "2025-12-16",
        ],
        vec!["close", &cases[2], "--date", "2025-12-30"],
    ] {
        let mut a = args.clone();
        a.extend(["--as-of", "2025-12-31"]);
        env.run(&a, 0);
    }
    for format in ["table", "json", "csv"] {
        let out = env.run(
            &["monitoring", "--as-of", "2025-12-31", "--format", format],
            0,
        );
        assert!(!out.contains("Maria"), "{format}: {out}");
        assert!(!out.contains("Confidential"), "{format}: {out}");
        assert!(!out.contains("open"), "{format}: {out}");
    }
    let csv = env.run(
        &["monitoring", "--as-of", "2025-12-31", "--format", "csv"],
        0,
    );
    assert_eq!(
        csv,
        format!(
            "badge,name,complaints,cases\n4411,Officer 4411,3,{} {} {}\n",
            cases[0], cases[1], cases[2]
        )
    );
}

#[test]
fn officer_show_lists_every_allegation_with_its_finding() {
    let env = Env::new();
    let cases = history(&env);
    let today = "2025-12-31";
    env.run(
        &[
            "commence",
            &cases[1],
            "--date",
            "2025-06-02",
            "--as-of",
            today,
        ],
        0,
    );
    env.run(
        &[
            "present",
            &cases[1],
            "--date",
            "2025-11-05",
            "--as-of",
            today,
        ],
        0,
    );
    env.run(
        &[
            "finding",
            &cases[1],
            "--allegation",
            "1",
            "--finding",
            "sustained",
            "--date",
            "2025-11-05",
            "--as-of",
            today,
        ],
        0,
    );
    let v = env.json(&["officer", "show", "4411"]);
    assert_eq!(v["name"], "Officer 4411");
    assert_eq!(v["status"], "active");
    assert_eq!(v["cases"].as_array().unwrap().len(), 3);
    let allegations = v["allegations"].as_array().unwrap();
    assert_eq!(allegations.len(), 4);
    let found: Vec<_> = allegations
        .iter()
        .filter(|a| a["finding"] == "sustained")
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["case"], cases[1].as_str());
    assert_eq!(found[0]["finding_date"], "2025-11-05");
    env.refused(&["officer", "show", "999"], 3);
}

#[test]
fn an_officer_record_is_corrected_in_one_place() {
    let env = Env::new();
    history(&env);
    env.run(
        &[
            "officer",
            "update",
            "77",
            "--name",
            "Jim Poe",
            "--status",
            "separated",
        ],
        0,
    );
    let v = env.json(&["officer", "show", "77"]);
    assert_eq!(v["name"], "Jim Poe");
    assert_eq!(v["status"], "separated");
    let list = env.json(&["officer", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    env.refused(&["officer", "update", "77", "--status", "retired"], 2);
    env.refused(&["officer", "update", "999", "--status", "separated"], 3);
    env.refused(&["officer", "update", "77"], 2);
}

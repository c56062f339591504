//! Officers as records, and the public monitoring list (Sec. 11.5-31(5)(d)).

use crate::common;
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
        vec!["transmit", &cases[2], "--date", "2025-12-17"],
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

/// One officer, one badge: a badge on file under another name is refused
/// with both names (exit 2, nothing written) unless --same-officer says it
/// is the same officer (the name on file is kept); rename and merge fix the
/// roster, and every case shows the name on file.
#[test]
fn a_badge_is_one_officer_under_one_name() {
    let env = Env::new();
    let first = case_against(&env, "2025-01-10", &["4411"], &["force@4411"]);
    let dan = |extra: &[&str]| {
        let mut a = vec![
            "intake",
            "--no-input",
            "--as-of",
            "2025-02-01",
            "--received",
            "2025-02-01",
            "--source",
            "direct",
            "--incident-date",
            "2025-01-30",
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            "Dan Cole#4411",
            "--allegation",
            "force@4411",
            "--summary",
            "x",
        ];
        a.extend(extra);
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let args = dan(&[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = env.refused(&args, 2);
    assert!(
        err.contains("badge 4411 is Officer 4411 on file, not 'Dan Cole'")
            && err.contains("--same-officer"),
        "{err}"
    );
    let args = dan(&["--same-officer"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let second = env.run(&args, 0).trim().to_string();
    let show = env.json(&["show", &second]);
    assert_eq!(show["officers"][0]["name"], "Officer 4411", "{show}");

    // Rename: every case, the export and the roster follow.
    env.run(&["officer", "rename", "4411", "John Roe"], 0);
    for n in [&first, &second] {
        let show = env.json(&["show", n]);
        assert_eq!(show["officers"][0]["name"], "John Roe");
        assert_eq!(show["allegations"][0]["officer"], "John Roe", "{show}");
    }
    let csv = env.run(&["export", "cases", "--format", "csv"], 0);
    assert!(
        !csv.contains("Officer 4411") && csv.contains("John Roe"),
        "{csv}"
    );
    let found = env.json(&["officer", "find", "roe"]);
    assert_eq!(found[0]["badge"], "4411");
    assert_eq!(found[0]["cases"], 2);
    env.fails(&["officer", "find", "nobody-like-this"], 3);

    // Merge: a second badge that was the same officer.
    let third = case_against(&env, "2025-03-01", &["4411B"], &["discourtesy@4411B"]);
    let err = env.refused(&["officer", "merge", "4411B", "4411B"], 2);
    assert!(err.contains("INTO"), "{err}");
    env.refused(&["officer", "merge", "4411B", "999"], 3);
    let v = env.json(&["officer", "merge", "4411B", "4411"]);
    assert_eq!(v["cases"], 1);
    assert_eq!(env.json(&["show", &third])["officers"][0]["badge"], "4411");
    let mine = env.json(&["officer", "show", "4411"]);
    assert!(mine.to_string().contains(&third), "{mine}");
    env.fails(&["officer", "show", "4411B"], 3);
    let log = env.run(&["audit", "log", "--format", "json"], 0);
    assert!(log.contains("officer 4411B merged into 4411"), "{log}");
    assert_eq!(env.json(&["verify"])["ok"], true);
}

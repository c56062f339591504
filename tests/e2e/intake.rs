//! `intake` by flags: case numbers, every refusal (exit code, message naming
//! the field, store unchanged), the one-year rule and its vote.

use crate::common;
use common::{deadline, Env};

const BASE: &[&str] = &[
    "intake",
    "--no-input",
    "--as-of",
    "2025-03-20",
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
    "discourtesy@4411",
    "--summary",
    "Rude remarks",
];

/// BASE with one flag's value replaced (or the flag and value removed when
/// `value` is None).
fn with(flag: &str, value: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < BASE.len() {
        if BASE[i] == flag {
            if let Some(v) = value {
                out.push(flag.to_string());
                out.push(v.to_string());
            }
            i += 2;
        } else {
            out.push(BASE[i].to_string());
            i += 1;
        }
    }
    out
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn intake_by_flags_numbers_cases_per_year() {
    let env = Env::new();
    let out = env.run(BASE, 0);
    assert_eq!(out.trim(), "2025-0001");
    let v = env.json(BASE);
    assert_eq!(v, serde_json::json!({"case": "2025-0002"}));
    // Numbered by the year received.
    let mut a = with("--received", Some("2024-12-30"));
    a.retain(|s| s != "--incident-date" && s != "2025-03-01");
    a.extend(["--incident-date".into(), "2024-12-01".into()]);
    assert_eq!(env.run(&refs(&a), 0).trim(), "2024-0001");
    assert_eq!(env.run(BASE, 0).trim(), "2025-0003");
}

#[test]
fn intake_stores_every_field() {
    let env = Env::new();
    let n = env.intake(&[
        "--as-of",
        "2025-03-20",
        "--received",
        "2025-03-07",
        "--source",
        "direct",
        "--incident-date",
        "2025-03-01",
        "--criminal",
        "yes",
        "--complainant",
        "Ana Diaz",
        "--complainant",
        "Luis Diaz",
        "--officer",
        "John Roe#4411",
        "--officer",
        "Mary Major#5120",
        "--allegation",
        "force@4411",
        "--allegation",
        "false-arrest@5120",
        "--summary",
        "Pushed and arrested at a protest",
    ]);
    let v = env.json(&["show", &n, "--as-of", "2025-03-07"]);
    assert_eq!(v["case"], n);
    assert_eq!(v["received"], "2025-03-07");
    assert_eq!(v["incident_date"], "2025-03-01");
    assert_eq!(v["source"], "direct");
    assert_eq!(v["criminal"], true);
    assert_eq!(v["status"], "open");
    assert_eq!(
        v["complainants"],
        serde_json::json!(["Ana Diaz", "Luis Diaz"])
    );
    assert_eq!(v["allegations"][1]["category"], "false-arrest");
    assert_eq!(v["allegations"][1]["badge"], "5120");
    assert_eq!(v["allegations"][1]["officer"], "Mary Major");
    assert_eq!(v["events"][0]["event"], "received");
    // Who is the account running the process, not $USER ("tester").
    assert_eq!(v["events"][0]["recorded_by"], common::account().as_str());
    // Fri 7 Mar 2025: 2 working days -> Tue 11 Mar; 3 -> Wed 12 Mar.
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-03-11");
    assert_eq!(deadline(&v, "forward-pd")["due"], "2025-03-12");
    assert_eq!(deadline(&v, "refer-counsel")["due"], "2025-03-12");
    assert_eq!(deadline(&v, "refer-counsel")["basis"], "11.5-31(3)(b)(ii)");
    assert!(deadline(&v, "notify-pd")["met"].is_null());
    assert!(v["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["deadline"] != "commence"));
}

#[test]
fn missing_fields_are_one_error_listing_every_flag() {
    let env = Env::new();
    env.run(&["init"], 0);
    let err = env.refused(&["intake", "--no-input", "--received", "2025-03-07"], 2);
    for flag in [
        "--source",
        "--incident-date",
        "--criminal",
        "--complainant",
        "--officer",
        "--allegation",
        "--summary",
    ] {
        assert!(err.contains(flag), "{flag} not listed in: {err}");
    }
    assert!(!err.contains("--received"), "{err}");
}

#[test]
fn a_pipe_is_never_prompted() {
    // No --no-input, but stdin is not a terminal: the same error, no prompt.
    let env = Env::new();
    env.run(&["init"], 0);
    let before = env.dump();
    let out = env.cmd().arg("intake").write_stdin("").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--summary"));
    assert_eq!(before, env.dump());
}

#[test]
fn bad_values_name_the_field_the_value_and_the_form() {
    let env = Env::new();
    env.run(&["init"], 0);
    let cases: &[(&str, Option<&str>, &[&str])] = &[
        (
            "--received",
            Some("2025-02-30"),
            &["--received", "2025-02-30", "YYYY-MM-DD"],
        ),
        (
            "--received",
            Some("07/03/2025"),
            &["07/03/2025", "YYYY-MM-DD"],
        ),
        ("--source", Some("email"), &["--source", "email", "direct"]),
        (
            "--criminal",
            Some("maybe"),
            &["--criminal", "maybe", "yes or no"],
        ),
        (
            "--officer",
            Some("John Roe"),
            &["--officer", "John Roe", "NAME#BADGE"],
        ),
        (
            "--allegation",
            Some("rudeness@4411"),
            &["category", "rudeness", "discourtesy"],
        ),
        (
            "--allegation",
            Some("force@9999"),
            &["9999", "not among the case's officers"],
        ),
        (
            "--allegation",
            Some("force"),
            &["--allegation", "CATEGORY@BADGE"],
        ),
        (
            "--incident-date",
            Some("2025-03-08"),
            &["--incident-date", "2025-03-08", "on or before"],
        ),
        ("--summary", Some("  "), &["--summary"]),
        (
            "--complainant",
            Some("Lee; Ann (guardian)"),
            &["--complainant", "Lee; Ann (guardian)", "without ';'"],
        ),
    ];
    for (flag, value, needles) in cases {
        let args = with(flag, *value);
        let err = env.refused(&refs(&args), 2);
        for n in *needles {
            assert!(err.contains(n), "{flag} {value:?}: '{n}' not in: {err}");
        }
    }
}

#[test]
fn contradictory_or_misplaced_flags_are_refused() {
    let env = Env::new();
    env.run(&["init"], 0);
    // Received after "today" (--as-of 2025-03-20).
    let err = env.refused(&refs(&with("--received", Some("2025-03-21"))), 2);
    assert!(
        err.contains("--received") && err.contains("after today"),
        "{err}"
    );
    // Anonymous and a named complainant.
    let mut a = with("--summary", Some("x"));
    a.push("--anonymous".into());
    let err = env.refused(&refs(&a), 2);
    assert!(err.contains("--anonymous"), "{err}");
    // IA-only flags on a direct case.
    let mut a = with("--summary", Some("x"));
    a.extend(["--chief-decision".into(), "2025-03-05".into()]);
    let err = env.refused(&refs(&a), 2);
    assert!(
        err.contains("--chief-decision") && err.contains("ia-closed"),
        "{err}"
    );
    // Force cases are criminal by law (BASE says --criminal no).
    let a = with("--source", Some("force-death"));
    let err = env.refused(&refs(&a), 2);
    assert!(err.contains("11.5-31(2)(b)"), "{err}");
    // Impossible dates: year 0 (it used to become case "0-0001"), a
    // placeholder from before 1900, a vote before the incident.
    env.run(&["init"], 0);
    let mut a = with("--received", Some("0000-01-01"));
    a = a
        .into_iter()
        .map(|x| {
            if x == "2025-03-01" {
                "0000-01-01".to_string()
            } else {
                x
            }
        })
        .collect();
    let err = env.refused(&refs(&a), 2);
    assert!(
        err.contains("--received: '0000-01-01' is before 1900-01-01"),
        "{err}"
    );
    let a = with("--incident-date", Some("1899-12-31"));
    let err = env.refused(&refs(&a), 2);
    assert!(err.contains("--incident-date: '1899-12-31'"), "{err}");
    let mut a = with("--incident-date", Some("2024-01-10"));
    a.extend(["--late-vote".into(), "2024-01-09 8-3 of 13".into()]);
    let err = env.refused(&refs(&a), 2);
    assert!(err.contains("before the incident (2024-01-10)"), "{err}");
    // ... or before the complaint it accepts was received.
    let mut a = with("--incident-date", Some("2024-01-10"));
    a.extend(["--late-vote".into(), "2024-02-01 8-3 of 13".into()]);
    let err = env.refused(&refs(&a), 2);
    assert!(
        err.contains("--late-vote: the vote date '2024-02-01' is before the date received")
            && err.contains("(11.5-31(1)(c))"),
        "{err}"
    );
    // Aware of an incident before it happened.
    let mut a = with("--incident-date", Some("2025-03-01"));
    a.extend(["--aware-date".into(), "2025-02-27".into()]);
    let err = env.refused(&refs(&a), 2);
    assert!(
        err.contains("--aware-date: '2025-02-27' is before the incident date (2025-03-01)"),
        "{err}"
    );
    // The same badge twice.
    let mut a = with("--summary", Some("x"));
    a.extend(["--officer".into(), "Jon Roe#4411".into()]);
    let err = env.refused(&refs(&a), 2);
    assert!(err.contains("4411") && err.contains("twice"), "{err}");
}

#[test]
fn late_complaint_needs_a_carried_vote() {
    let env = Env::new();
    env.run(&["init"], 0);
    // Incident 2024-03-06; received 2025-03-07: one year and a day.
    let late = with("--incident-date", Some("2024-03-06"));
    let err = env.refused(&refs(&late), 4);
    assert!(
        err.contains("11.5-31(1)(c)") && err.contains("--late-vote"),
        "{err}"
    );
    // On the anniversary itself it is timely.
    let on_time = with("--incident-date", Some("2024-03-07"));
    env.run(&refs(&on_time), 0);
    // No quorum: refused under 11.5-30.
    let mut a = late.clone();
    a.extend(["--late-vote".into(), "2025-03-07 4-2 of 13".into()]);
    let err = env.refused(&refs(&a), 4);
    assert!(err.contains("quorum") && err.contains("11.5-30"), "{err}");
    // A tie is not a majority.
    let mut a = late.clone();
    a.extend(["--late-vote".into(), "2025-03-07 4-4 of 13".into()]);
    env.refused(&refs(&a), 4);
    // "A majority vote of its members": 6-1 is most of those voting but not
    // a majority of the 13 seated.
    let mut a = late.clone();
    a.extend(["--late-vote".into(), "2025-03-07 6-1 of 13".into()]);
    let err = env.refused(&refs(&a), 4);
    assert!(
        err.contains("7 of the 13 seated") && err.contains("Sec. 11.5-31(1)(c)"),
        "{err}"
    );
    // The seated count is part of the vote.
    let mut a = late.clone();
    a.extend(["--late-vote".into(), "2025-03-07 8-3".into()]);
    let err = env.refused(&refs(&a), 2);
    assert!(err.contains("of SEATED"), "{err}");
    // Malformed tally.
    let mut a = late.clone();
    a.extend(["--late-vote".into(), "yes".into()]);
    let err = env.refused(&refs(&a), 2);
    assert!(
        err.contains("--late-vote") && err.contains("YES-NO"),
        "{err}"
    );
    // Carried: recorded, and the case carries the vote.
    let mut a = late.clone();
    a.extend([
        "--late-vote".into(),
        "2025-03-07 8-3 of 13".into(),
        "--format".into(),
        "json".into(),
    ]);
    let v: serde_json::Value = serde_json::from_str(&env.run(&refs(&a), 0)).unwrap();
    let show = env.json(&["show", v["case"].as_str().unwrap()]);
    assert_eq!(
        show["late_vote"],
        serde_json::json!({"date": "2025-03-07", "yes": 8, "no": 3, "seated": 13})
    );
}

/// The Chief's decision on an IA case, not known at intake, is recorded once
/// it is (`chief-decision`): IA's 3 working days run from it (11.5-31(2)(c))
/// and the case shows the report late. It is on or before the receipt,
/// once per case, and of an IA case only: each refusal writes nothing.
#[test]
fn the_chiefs_decision_is_recorded_when_it_becomes_known() {
    let env = Env::new();
    let n = env.intake(&[
        "--as-of",
        "2025-11-12",
        "--received",
        "2025-11-07",
        "--source",
        "ia-closed",
        "--incident-date",
        "2025-06-02",
        "--criminal",
        "no",
        "--officer",
        "Kim Poe#1207",
        "--allegation",
        "force@1207",
        "--summary",
        "IA case 25-120",
    ]);
    let as_of = ["--as-of", "2025-11-12"];
    let v = env.json(&["show", &n, "--as-of", "2025-11-12"]);
    let waiting = v["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["deadline"] != "ia-transmittal");
    assert!(waiting, "{v}");
    let mut late = vec!["chief-decision", &n, "--date", "2025-11-10"];
    late.extend(as_of);
    let err = env.refused(&late, 2);
    assert!(
        err.contains("chief-decision 2025-11-10 is after the date received (2025-11-07)"),
        "{err}"
    );
    let mut step = vec!["chief-decision", &n, "--date", "2025-10-31"];
    step.extend(as_of);
    env.run(&step, 0);
    // Fri 31 Oct + 3 working days = Wed 5 Nov; received Fri 7 Nov: late.
    let v = env.json(&["show", &n, "--as-of", "2025-11-12"]);
    let t = deadline(&v, "ia-transmittal");
    assert_eq!(
        (t["due"].as_str(), t["met"].as_bool()),
        (Some("2025-11-05"), Some(false))
    );
    let err = env.refused(&step, 4);
    assert!(err.contains("already recorded"), "{err}");
    let direct = env.direct("2025-11-07", "no");
    let mut other = vec!["chief-decision", &direct, "--date", "2025-10-31"];
    other.extend(as_of);
    let err = env.refused(&other, 4);
    assert!(err.contains("does not apply"), "{err}");
    env.run(&["verify", "--as-of", "2025-11-12"], 0);
}

/// A received date corrected past the vote that accepted the complaint late
/// would leave a vote on a complaint not yet submitted (11.5-31(1)(c)),
/// which intake refuses and verify reports: refused, nothing written.
#[test]
fn a_received_date_is_not_corrected_past_its_late_vote() {
    let env = Env::new();
    let mut a = with("--incident-date", Some("2024-01-10"));
    a.extend(["--late-vote".into(), "2025-03-10 8-3 of 13".into()]);
    let n = env.run(&refs(&a), 0).trim().to_string();
    let err = env.refused(
        &[
            "correct",
            &n,
            "--event",
            "1",
            "--date",
            "2025-03-12",
            "--reason",
            "typo",
            "--as-of",
            "2025-03-20",
        ],
        2,
    );
    assert!(
        err.contains("late_vote 2025-03-10, which is before the date received (2025-03-12)"),
        "{err}"
    );
    env.run(&["verify", "--as-of", "2025-03-20"], 0);
}

#[test]
fn systemic_problem_counts_from_awareness() {
    let env = Env::new();
    // Incident long ago, but the complainant became aware recently.
    let mut a = with("--incident-date", None);
    a.extend(["--aware-date".into(), "2024-06-01".into()]);
    let out = env.run(&refs(&a), 0);
    let show = env.json(&["show", out.trim()]);
    assert_eq!(show["aware_date"], "2024-06-01");
    assert!(show["incident_date"].is_null());
}

#[test]
fn force_and_ia_cases_need_no_complainant_and_force_is_criminal() {
    let env = Env::new();
    let n = env.intake(&[
        "--as-of",
        "2025-07-10",
        "--received",
        "2025-07-03",
        "--source",
        "force-death",
        "--incident-date",
        "2025-07-02",
        "--officer",
        "Unknown officer#unknown",
        "--allegation",
        "force@unknown",
        "--summary",
        "Fatal shooting on NW 7th Ave",
    ]);
    let v = env.json(&["show", &n, "--as-of", "2025-07-03"]);
    assert_eq!(v["criminal"], true);
    // An unidentified officer keeps the name the case gave.
    assert_eq!(v["officers"][0]["name"], "Unknown officer", "{v}");
    assert_eq!(v["allegations"][0]["officer"], "Unknown officer", "{v}");
    // Thu 3 Jul 2025; Fri 4 Jul is Independence Day: Mon 7 (1), Tue 8 (2), Wed 9 (3).
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-07-08");
    assert_eq!(deadline(&v, "refer-counsel")["due"], "2025-07-09");
    assert_eq!(deadline(&v, "forward-pd")["due"], "2025-07-09");
}

#[test]
fn ia_closed_case_flags_a_late_transmittal_and_starts_the_decision_clock() {
    let env = Env::new();
    let n = env.intake(&[
        "--as-of",
        "2025-11-10",
        "--received",
        "2025-11-07",
        "--source",
        "ia-closed",
        "--incident-date",
        "2025-06-02",
        "--criminal",
        "no",
        "--chief-decision",
        "2025-10-31",
        "--ia-file-access",
        "2025-11-07",
        "--officer",
        "Kim Poe#1207",
        "--allegation",
        "force@1207",
        "--summary",
        "IA case 25-118",
    ]);
    let v = env.json(&["show", &n, "--as-of", "2025-11-10"]);
    // Chief decided Fri 31 Oct: 3 working days -> Wed 5 Nov; received Fri 7 Nov: late.
    let t = deadline(&v, "ia-transmittal");
    assert_eq!(t["due"], "2025-11-05");
    assert_eq!(t["met"], false);
    assert_eq!(t["basis"], "11.5-31(2)(c)");
    // Later of report and file access: Fri 7 Nov + 10 working days, Veterans
    // Day Tue 11 Nov skipped -> Mon 24 Nov.
    assert_eq!(deadline(&v, "ed-decision")["due"], "2025-11-24");
    // IA's lateness is flagged, never listed as the office's overdue work.
    let od = env.json(&["overdue", "--as-of", "2025-11-10"]);
    assert_eq!(od, serde_json::json!([]));
    // The dates verify holds a case to, at intake and in a correction: no
    // access to the IA file before the case is received; no Chief's
    // decision after the report it closes is received (11.5-31(2)(c)).
    let ia = [
        "--as-of",
        "2025-11-10",
        "--received",
        "2025-11-07",
        "--source",
        "ia-closed",
        "--incident-date",
        "2025-06-02",
        "--criminal",
        "no",
        "--chief-decision",
        "2025-10-31",
        "--officer",
        "Kim Poe#1207",
        "--allegation",
        "force@1207",
        "--summary",
        "IA case 25-119",
    ];
    let mut early = vec!["intake", "--no-input", "--ia-file-access", "2025-11-06"];
    early.extend(ia);
    let err = env.refused(&early, 2);
    assert!(
        err.contains("--ia-file-access: '2025-11-06' is before the date received (2025-11-07)"),
        "{err}"
    );
    let decision = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "chief-decision")
        .unwrap()["id"]
        .to_string();
    let err = env.refused(
        &[
            "correct",
            &n,
            "--event",
            &decision,
            "--date",
            "2025-11-08",
            "--reason",
            "mistyped",
            "--as-of",
            "2025-11-10",
        ],
        2,
    );
    assert!(
        err.contains("chief-decision 2025-11-08, which is after the date received (2025-11-07)"),
        "{err}"
    );
    env.run(&["verify", "--as-of", "2025-11-10"], 0);
}

/// `--as-of` sets "today" for what is shown; it does not let a case be
/// received in 2099: nothing a person records is dated after the real
/// today.
#[test]
fn a_future_as_of_does_not_let_a_future_case_in() {
    let env = Env::new();
    env.run(&["init"], 0);
    let a = with("--received", Some("2099-01-02"));
    let mut a: Vec<String> = a
        .into_iter()
        .map(|x| {
            if x == "2025-03-20" {
                "2099-01-02".into()
            } else {
                x
            }
        })
        .collect();
    a = a
        .into_iter()
        .map(|x| {
            if x == "2025-03-01" {
                "2099-01-01".into()
            } else {
                x
            }
        })
        .collect();
    let err = env.refused(&refs(&a), 2);
    assert!(
        err.contains("--received: '2099-01-02' is after today ("),
        "{err}"
    );
    assert!(
        !err.contains("(2099-01-02)"),
        "the --as-of was taken for today: {err}"
    );
}

#[test]
fn intake_records_how_the_complaint_came_in() {
    let env = Env::new();
    let base = [
        "--as-of",
        "2025-03-10",
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
        "--summary",
        "x",
    ];
    let mut a = base.to_vec();
    a.extend(["--channel", "walk-in"]);
    let n = env.intake(&a);
    assert_eq!(
        env.json(&["show", &n])["fields"],
        serde_json::json!({"channel": "walk-in"})
    );
    // A way in the profile does not list is refused, naming the accepted
    // ones, and nothing is written.
    let before = env.dump();
    let mut a = vec!["intake", "--no-input"];
    a.extend(base);
    a.extend(["--channel", "fax"]);
    let err = env.fails(&a, 2);
    assert!(
        err.contains("--channel: 'fax'") && err.contains("walk-in, phone"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

/// `--field` records the profile's optional fields at intake: the
/// complainant's for every allegation, an officer's for the allegations
/// against that officer (`NAME@BADGE=VALUE`), in the profile's spelling
/// whatever the case typed; shown, exported and counted like imported ones.
/// A name or value the profile does not know, an officer's field with no
/// officer named when there are several, a badge not on the case: refused,
/// naming what is accepted, nothing written.
#[test]
fn intake_records_the_optional_fields_per_allegation() {
    let env = Env::new();
    let base = [
        "--as-of",
        "2025-03-10",
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
        "--officer",
        "Kim Poe#1207",
        "--allegation",
        "force@4411",
        "--allegation",
        "discourtesy@1207",
        "--summary",
        "x",
    ];
    let mut a = base.to_vec();
    a.extend([
        "--field",
        "complainant_race=black",
        "--field",
        "complainant_age=25-34",
        "--field",
        "officer_race@4411=White",
        "--field",
        "officer_unit@4411=PCT 075",
        "--field",
        "officer_sex@1207=Female",
        "--field",
        "channel=phone",
    ]);
    let n = env.intake(&a);
    let show = env.json(&["show", &n]);
    assert_eq!(show["fields"], serde_json::json!({"channel": "phone"}));
    let fields = |i: usize| show["allegations"][i]["fields"].clone();
    assert_eq!(
        fields(0),
        serde_json::json!({"officer_unit": "PCT 075", "officer_race": "White",
            "complainant_race": "Black", "complainant_age": "25-34"}),
        "{show}"
    );
    assert_eq!(
        fields(1),
        serde_json::json!({"officer_sex": "female", "complainant_race": "Black",
            "complainant_age": "25-34"}),
        "{show}"
    );
    let csv = env.run(&["export", "cases", "--fields", "--format", "csv"], 0);
    assert!(csv.contains(",phone,PCT 075,White,,,Black,,25-34"), "{csv}");
    let report = env.json(&[
        "report",
        "annual",
        "--year",
        "2025",
        "--as-of",
        "2025-03-10",
    ]);
    let text = report.to_string();
    assert!(text.contains("\"Black\""), "{text}");
    assert!(verify_ok(&env));

    for (extra, says) in [
        (
            "complainant_religion=none",
            "--field: 'complainant_religion' is not valid; expected one of channel",
        ),
        (
            "complainant_race=Martian",
            "--field complainant_race: 'Martian'",
        ),
        (
            "officer_race=White",
            "the case's allegations are against 2 officers; say whose: officer_race@BADGE",
        ),
        (
            "officer_race@9999=White",
            "'9999' is not among the case's officers (4411, 1207)",
        ),
        (
            "channel@4411=phone",
            "belongs to the case, not to an officer",
        ),
        (
            "complainant_race",
            "--field: 'complainant_race' is not valid; expected NAME=VALUE",
        ),
    ] {
        let mut a = vec!["intake", "--no-input"];
        a.extend(base);
        a.extend(["--field", extra]);
        let err = env.refused(&a, 2);
        assert!(err.contains(says), "{extra}: {err}");
    }
    let mut a = vec!["intake", "--no-input"];
    a.extend(base);
    a.extend([
        "--field",
        "complainant_age=18-24",
        "--field",
        "complainant_age=25-34",
    ]);
    let err = env.refused(&a, 2);
    assert!(err.contains("given twice for allegation 1"), "{err}");
}

fn verify_ok(env: &Env) -> bool {
    env.cmd()
        .args(["verify", "--as-of", "2025-03-10"])
        .output()
        .unwrap()
        .status
        .success()
}

/// A complaint recorded after one of its deadlines passed says so at once.
#[test]
fn intake_says_a_deadline_already_past() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "intake",
            "--no-input",
            "--as-of",
            "2025-12-01",
            "--received",
            "2025-11-20",
            "--source",
            "direct",
            "--incident-date",
            "2025-11-19",
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            "John Roe#4411",
            "--allegation",
            "force@4411",
            "--summary",
            "x",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    // Received Thu 20 Nov: notify-pd due Mon 24 Nov (2 working days), 7
    // days before 1 Dec; commence due Fri 5 Dec (10 working days, Thursday
    // 27 Nov, Thanksgiving, not counted).
    assert!(
        err.contains("notify-pd              due 2025-11-24  OVERDUE by 7 days"),
        "{err}"
    );
    assert!(
        err.contains("commence               due 2025-12-05  ("),
        "{err}"
    );
}

/// A profile with no vote on late complaints (florida-ia) refuses one
/// given at intake rather than recording a vote no body took.
#[test]
fn a_late_vote_under_a_law_without_one_is_refused() {
    let env = Env::new();
    env.run(&["init", "--profile", "florida-ia"], 0);
    let err = env.refused(
        &[
            "intake",
            "--no-input",
            "--as-of",
            "2025-03-10",
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
            "--summary",
            "x",
            "--late-vote",
            "2025-03-04 8-3",
        ],
        2,
    );
    assert!(
        err.contains("--late-vote: the profile florida-ia has no vote on late complaints"),
        "{err}"
    );
}

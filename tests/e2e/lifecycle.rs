//! The whole life of a case, end to end on the built binary: every step of
//! Sec. 11.5-31 with hand-computed due dates, the refusals (exit 4, the
//! section cited, the store unchanged), out-of-time closing, extensions,
//! remands, the Chief's response and corrections.

use crate::common;
use common::{deadline, Env};
use serde_json::Value;

/// Every step is recorded "today" = 2026-12-31 unless a test says otherwise.
const TODAY: &str = "2026-12-31";

fn step(env: &Env, args: &[&str]) {
    env.steps(TODAY, &[args]);
}

fn refused(env: &Env, args: &[&str], basis: &str) -> String {
    assert!(!basis.is_empty(), "a refusal names its section");
    let mut a = args.to_vec();
    a.extend(["--as-of", TODAY]);
    let err = env.refused(&a, 4);
    assert!(err.contains(basis), "expected {basis} in: {err}");
    err
}

fn show(env: &Env, n: &str, as_of: &str) -> Value {
    env.json(&["show", n, "--as-of", as_of])
}

fn two_allegation_case(env: &Env, received: &str, criminal: &str) -> String {
    env.intake(&[
        "--as-of",
        received,
        "--received",
        received,
        "--source",
        "direct",
        "--incident-date",
        received,
        "--criminal",
        criminal,
        "--complainant",
        "Ana Diaz",
        "--officer",
        "John Roe#4411",
        "--officer",
        "Jim Poe#5150",
        "--allegation",
        "force@4411",
        "--allegation",
        "discourtesy@5150",
        "--summary",
        "Shoved at a protest",
    ])
}

#[test]
fn criminal_case_from_intake_to_closing_across_christmas_new_year_and_mlk_day() {
    let env = Env::new();
    // Received Fri 19 Dec 2025.
    let n = two_allegation_case(&env, "2025-12-19", "yes");
    let v = show(&env, &n, "2025-12-19");
    // Mon 22 (1), Tue 23 (2), Wed 24 (3).
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-12-23");
    assert_eq!(deadline(&v, "refer-counsel")["due"], "2025-12-24");
    assert_eq!(
        v["phase"],
        "received; to be referred to the Independent Counsel"
    );

    step(&env, &["notify-pd", &n, "--date", "2025-12-22"]);
    step(&env, &["refer-counsel", &n, "--date", "2025-12-22"]);
    // Before counsel's determination a criminal case may not commence.
    refused(
        &env,
        &["commence", &n, "--date", "2026-01-05"],
        "11.5-31(2)(a)(i)",
    );
    // Counsel has 10 working days from Mon 22 Dec: 23, 24, 26, 29, 30, 31,
    // 2, 5, 6, 7 Jan (Christmas and New Year's Day skipped) -> Wed 7 Jan.
    let v = show(&env, &n, "2026-01-08");
    assert_eq!(deadline(&v, "counsel-determination")["due"], "2026-01-07");
    assert_eq!(deadline(&v, "counsel-determination")["status"], "overdue");

    // Interference first: the case is on hold.
    step(
        &env,
        &[
            "counsel-determination",
            &n,
            "--date",
            "2026-01-08",
            "--result",
            "interference",
        ],
    );
    refused(
        &env,
        &["commence", &n, "--date", "2026-01-08"],
        "11.5-31(2)(a)(i)",
    );
    // Then no interference on Fri 9 Jan (met late): commence within 7
    // working days: 12-16 Jan, (Mon 19 MLK Day), 20, 21 -> Wed 21 Jan.
    step(
        &env,
        &[
            "counsel-determination",
            &n,
            "--date",
            "2026-01-09",
            "--result",
            "no-interference",
        ],
    );
    let v = show(&env, &n, "2026-01-09");
    assert_eq!(deadline(&v, "counsel-determination")["met"], false);
    assert_eq!(deadline(&v, "commence")["due"], "2026-01-21");
    assert_eq!(deadline(&v, "commence")["basis"], "11.5-31(3)(b)(iv)");

    // A prosecutor's challenge on Mon 12 Jan stays the investigation 48
    // hours (until Wed 14 Jan) and tolls the commence clock by 2 days.
    step(&env, &["challenge", &n, "--date", "2026-01-12"]);
    refused(
        &env,
        &["commence", &n, "--date", "2026-01-13"],
        "11.5-31(2)(a)(i)",
    );
    let v = show(&env, &n, "2026-01-13");
    assert_eq!(deadline(&v, "commence")["due"], "2026-01-23");
    let notes = deadline(&v, "commence")["notes"][0]
        .as_str()
        .unwrap()
        .to_string();
    assert!(notes.contains("48-hour stay"), "{notes}");

    step(&env, &["commence", &n, "--date", "2026-01-20"]);
    refused(
        &env,
        &["commence", &n, "--date", "2026-01-21"],
        "(Sec. 11.5-31(3))",
    );
    // 180 days from Tue 20 Jan is Sun 19 Jul 2026: rolls to Mon 20 Jul.
    let v = show(&env, &n, "2026-01-20");
    assert_eq!(deadline(&v, "complete")["due"], "2026-07-20");
    assert_eq!(v["phase"], "under investigation since 2026-01-20");

    refused(
        &env,
        &[
            "finding",
            &n,
            "--all",
            "--finding",
            "sustained",
            "--date",
            "2026-06-10",
        ],
        "11.5-31(5)(b)",
    );
    step(&env, &["present", &n, "--date", "2026-06-10"]);
    step(
        &env,
        &[
            "finding",
            &n,
            "--allegation",
            "1",
            "--finding",
            "sustained",
            "--date",
            "2026-06-10",
        ],
    );
    refused(
        &env,
        &["transmit", &n, "--date", "2026-06-11"],
        "11.5-31(6)",
    );
    refused(
        &env,
        &["close", &n, "--date", "2026-06-11"],
        "11.5-31(5)(b)",
    );
    step(
        &env,
        &[
            "finding",
            &n,
            "--allegation",
            "2",
            "--finding",
            "no-finding",
            "--reason",
            "withdrawn",
            "--date",
            "2026-06-10",
        ],
    );
    refused(
        &env,
        &[
            "chief-response",
            &n,
            "--date",
            "2026-06-12",
            "--concurs",
            "yes",
        ],
        "11.5-31(6)",
    );
    // Sent to the Chief Mon 15 Jun: 45 days -> Thu 30 Jul.
    step(&env, &["transmit", &n, "--date", "2026-06-15"]);
    let v = show(&env, &n, "2026-06-15");
    assert_eq!(deadline(&v, "complete")["met"], true);
    assert_eq!(deadline(&v, "chief-response")["due"], "2026-07-30");
    step(
        &env,
        &[
            "chief-response",
            &n,
            "--date",
            "2026-07-28",
            "--concurs",
            "partial",
            "--action",
            "Training ordered",
            "--department",
            "1=sustained",
            "--discipline",
            "1=written reprimand",
        ],
    );
    step(&env, &["close", &n, "--date", "2026-07-29"]);

    let v = show(&env, &n, TODAY);
    assert_eq!(v["status"], "closed");
    assert_eq!(v["closed"], "2026-07-29");
    assert_eq!(v["phase"], "closed on 2026-07-29");
    assert_eq!(v["allegations"][0]["finding"], "sustained");
    assert_eq!(v["allegations"][0]["department_finding"], "sustained");
    assert_eq!(v["allegations"][0]["discipline"], "written reprimand");
    assert_eq!(v["allegations"][1]["finding"], "no-finding");
    assert_eq!(v["allegations"][1]["finding_reason"], "withdrawn");
    assert_eq!(deadline(&v, "chief-response")["met"], true);
    // Nothing can be added to a closed case.
    refused(
        &env,
        &["present", &n, "--date", "2026-08-01"],
        "is closed; no step can be recorded on it (Sec. 11.5-31(5)(b))",
    );
}

#[test]
fn ia_file_access_after_intake_starts_the_decision_clock() {
    let env = Env::new();
    let n = env.intake(&[
        "--as-of",
        "2025-11-14",
        "--received",
        "2025-11-14",
        "--source",
        "ia-closed",
        "--incident-date",
        "2025-06-01",
        "--criminal",
        "no",
        "--chief-decision",
        "2025-11-10",
        "--officer",
        "Bo Park#12",
        "--allegation",
        "improper-search@12",
        "--summary",
        "IA case 25-118",
    ]);
    // Without the file the Director's clock waits for it.
    let v = show(&env, &n, "2025-11-20");
    assert!(
        !v["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["deadline"] == "ed-decision"),
        "{v:#}"
    );
    // Not in the future.
    env.refused(
        &[
            "ia-file-access",
            &n,
            "--date",
            "2025-11-21",
            "--as-of",
            "2025-11-20",
        ],
        2,
    );
    step(&env, &["ia-file-access", &n, "--date", "2025-11-21"]);
    // 10 working days from Fri 21 Nov: 24, 25, 26, (27 Thanksgiving), 28,
    // 1, 2, 3, 4, 5, 8 Dec -> Mon 8 Dec.
    let v = show(&env, &n, "2025-11-21");
    assert_eq!(deadline(&v, "ed-decision")["due"], "2025-12-08");
    assert_eq!(deadline(&v, "ed-decision")["start"], "2025-11-21");
    // Once only; a wrong date is corrected, not recorded again.
    refused(
        &env,
        &["ia-file-access", &n, "--date", "2025-11-24"],
        "(Sec. 11.5-31(3)(c)(i))",
    );
    // The close-out report follows the Chief's decision (10 Nov): a received
    // date corrected to before it is bad input.
    let received = standing_event(&v, "received");
    let err = env.refused(
        &[
            "correct",
            &n,
            "--event",
            &received,
            "--date",
            "2025-11-07",
            "--reason",
            "typo",
            "--as-of",
            TODAY,
        ],
        2,
    );
    assert!(err.contains("Chief's decision (2025-11-10)"), "{err}");
    // A directly filed complaint has no IA file clock.
    let d = env.direct("2025-03-07", "no");
    refused(
        &env,
        &["ia-file-access", &d, "--date", "2025-03-10"],
        "(Sec. 11.5-31(3)(c)(i))",
    );
}

#[test]
fn ia_closed_review_across_veterans_day_and_thanksgiving() {
    let env = Env::new();
    // The Chief decided Mon 10 Nov 2025; IA must transmit within 3 working
    // days: (Tue 11 Veterans Day) 12, 13, 14 -> Fri 14 Nov. Received then.
    let n = env.intake(&[
        "--as-of",
        "2025-11-14",
        "--received",
        "2025-11-14",
        "--source",
        "ia-closed",
        "--incident-date",
        "2025-06-01",
        "--criminal",
        "no",
        "--chief-decision",
        "2025-11-10",
        "--ia-file-access",
        "2025-11-14",
        "--officer",
        "Bo Park#12",
        "--allegation",
        "improper-search@12",
        "--summary",
        "IA case 25-117",
    ]);
    let v = show(&env, &n, "2025-11-14");
    assert_eq!(deadline(&v, "ia-transmittal")["due"], "2025-11-14");
    assert_eq!(deadline(&v, "ia-transmittal")["met"], true);
    // The Director decides within 10 working days of the later of report and
    // file access (Fri 14 Nov): 17-21, 24, 25, 26, (27 Thanksgiving), 28,
    // 1 Dec -> Mon 1 Dec.
    assert_eq!(deadline(&v, "ed-decision")["due"], "2025-12-01");
    refused(
        &env,
        &["commence", &n, "--date", "2025-11-20"],
        "11.5-31(3)(c)(i)",
    );
    refused(
        &env,
        &["refer-counsel", &n, "--date", "2025-11-20"],
        "(Sec. 11.5-31(3)(b)(ii))",
    );

    step(
        &env,
        &["decide", &n, "--date", "2025-11-26", "--action", "review"],
    );
    step(&env, &["commence", &n, "--date", "2025-12-01"]);
    // A review is concluded within 60 days: Mon 1 Dec + 60 = Fri 30 Jan 2026.
    let v = show(&env, &n, "2025-12-01");
    assert_eq!(deadline(&v, "ed-decision")["met"], true);
    assert_eq!(deadline(&v, "complete")["due"], "2026-01-30");
    assert_eq!(deadline(&v, "complete")["basis"], "11.5-31(3)(c)(iii)");
    assert_eq!(v["phase"], "under review since 2025-12-01");
    // No extension for an IA case: only directly filed complaints.
    refused(
        &env,
        &["extend", &n, "--ia-file-received", "2025-12-05"],
        "11.5-31(3)(d)",
    );
    step(&env, &["present", &n, "--date", "2026-01-29"]);
    step(
        &env,
        &[
            "finding",
            &n,
            "--all",
            "--finding",
            "exonerated",
            "--date",
            "2026-01-29",
        ],
    );
    step(&env, &["transmit", &n, "--date", "2026-02-02"]);
    step(&env, &["close", &n, "--date", "2026-02-03"]);
    let v = show(&env, &n, TODAY);
    assert_eq!(deadline(&v, "complete")["met"], true);
    assert_eq!(v["status"], "closed");
}

#[test]
fn a_case_that_runs_out_of_time_is_flagged_and_closed_out_of_time() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    step(&env, &["commence", &n, "--date", "2025-01-10"]);
    // Fri 10 Jan + 180 days = Wed 9 Jul 2025.
    let v = show(&env, &n, "2025-07-09");
    assert_eq!(deadline(&v, "complete")["due"], "2025-07-09");
    assert_eq!(deadline(&v, "complete")["status"], "open");

    let list = env.json(&["overdue", "--as-of", "2025-07-15"]);
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["deadline"] == "complete")
        .unwrap();
    assert_eq!(row["out_of_time"], true);
    assert_eq!(row["days_overdue"], 6);
    let table = env.run(&["overdue", "--as-of", "2025-07-15"], 0);
    assert!(table.contains("OUT OF TIME"), "{table}");

    // Not before the deadline has passed.
    let err = env.refused(
        &[
            "close",
            &n,
            "--date",
            "2025-07-09",
            "--out-of-time",
            "--as-of",
            "2025-07-15",
        ],
        4,
    );
    assert!(err.contains("11.5-31(3)(d)"), "{err}");
    env.run(
        &[
            "close",
            &n,
            "--date",
            "2025-07-15",
            "--out-of-time",
            "--as-of",
            "2025-07-15",
        ],
        0,
    );
    let v = show(&env, &n, "2025-07-15");
    assert_eq!(v["out_of_time"], true);
    assert_eq!(
        v["phase"],
        "closed out of time on 2025-07-15 (without a finding, 11.5-31(3)(d))"
    );
    let list = env.json(&["overdue", "--as-of", "2025-07-16"]);
    assert_eq!(list, serde_json::json!([]));
    // Months later `show` agrees: the deadline was not met, judged on the
    // day the case closed (6 days late), and no longer counts.
    let v = show(&env, &n, "2025-12-01");
    assert_eq!(deadline(&v, "complete")["days_overdue"], 6);
    let table = env.run(&["show", &n, "--as-of", "2025-12-01"], 0);
    assert!(
        table.contains("not met: closed 6 days after the due date, OUT OF TIME"),
        "{table}"
    );
    assert!(!table.contains("OVERDUE"), "{table}");
}

#[test]
fn a_step_recorded_late_is_kept_and_counted_missed() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    // commence due: 10 working days from Thu 2 Jan: 3, 6-10, 13-16 -> Thu 16
    // Jan (MLK Day is 20 Jan, after it).
    step(&env, &["commence", &n, "--date", "2025-01-21"]);
    let v = show(&env, &n, "2025-01-21");
    assert_eq!(deadline(&v, "commence")["due"], "2025-01-16");
    assert_eq!(deadline(&v, "commence")["met"], false);
    assert_eq!(deadline(&v, "commence")["status"], "missed");
}

#[test]
fn the_extension_moves_completion_out_never_in() {
    let env = Env::new();
    let a = env.direct("2025-01-02", "no");
    step(&env, &["commence", &a, "--date", "2025-01-10"]);
    // IA file received Fri 20 Jun 2025: + 60 days = Tue 19 Aug.
    step(&env, &["extend", &a, "--ia-file-received", "2025-06-20"]);
    let v = show(&env, &a, "2025-06-20");
    assert_eq!(deadline(&v, "complete")["due"], "2025-08-19");
    assert!(deadline(&v, "complete")["notes"][0]
        .as_str()
        .unwrap()
        .contains("11.5-31(3)(d)"));

    let b = env.direct("2025-01-02", "no");
    step(&env, &["commence", &b, "--date", "2025-01-10"]);
    // A file date before the case was received is bad input, named by the
    // flag it was given with.
    let err = env.refused(
        &[
            "extend",
            &b,
            "--ia-file-received",
            "2024-12-31",
            "--as-of",
            TODAY,
        ],
        2,
    );
    assert!(
        err.starts_with("error: --ia-file-received: '2024-12-31' is before case"),
        "{err}"
    );
    // File received 1 Feb: + 60 = 2 Apr, earlier than 9 Jul: it changes
    // nothing, so it is refused and does not use up the one extension.
    let err = refused(
        &env,
        &["extend", &b, "--ia-file-received", "2025-02-01"],
        "11.5-31(3)(d)",
    );
    assert!(
        err.contains("changes nothing") && err.contains("2025-04-02") && err.contains("2025-07-09"),
        "{err}"
    );
    let v = show(&env, &b, "2025-02-01");
    assert_eq!(deadline(&v, "complete")["due"], "2025-07-09");
    // A later file date still extends: Fri 20 Jun + 60 = Tue 19 Aug.
    step(&env, &["extend", &b, "--ia-file-received", "2025-06-20"]);
    let v = show(&env, &b, "2025-06-20");
    assert_eq!(deadline(&v, "complete")["due"], "2025-08-19");
    // Once extended, a second extension is refused, citing the section.
    refused(
        &env,
        &["extend", &b, "--ia-file-received", "2025-06-30"],
        "Sec. 11.5-31(3)(d)",
    );
    // An extension needs a commenced investigation.
    let c = env.direct("2025-01-02", "no");
    refused(
        &env,
        &["extend", &c, "--ia-file-received", "2025-02-01"],
        "11.5-31(3)(d)",
    );
}

#[test]
fn a_remand_is_due_at_the_next_meeting() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    step(&env, &["commence", &n, "--date", "2025-01-10"]);
    refused(
        &env,
        &[
            "remand",
            &n,
            "--date",
            "2025-06-04",
            "--next-meeting",
            "2025-07-02",
        ],
        "11.5-31(5)(a)",
    );
    refused(&env, &["present", &n, "--date", "2025-01-09"], "11.5-31(3)");
    step(&env, &["present", &n, "--date", "2025-06-04"]);
    refused(
        &env,
        &["present", &n, "--date", "2025-06-05"],
        "11.5-31(5)(a)",
    );
    env.refused(
        &[
            "remand",
            &n,
            "--date",
            "2025-06-04",
            "--next-meeting",
            "2025-06-04",
            "--as-of",
            TODAY,
        ],
        2,
    );
    step(
        &env,
        &[
            "remand",
            &n,
            "--date",
            "2025-06-04",
            "--next-meeting",
            "2025-07-02",
        ],
    );
    let v = show(&env, &n, "2025-07-03");
    assert_eq!(deadline(&v, "remand-present")["due"], "2025-07-02");
    assert_eq!(deadline(&v, "remand-present")["status"], "overdue");
    assert_eq!(
        v["phase"],
        "remanded on 2025-06-04; to be presented by 2025-07-02"
    );
    let list = env.json(&["overdue", "--as-of", "2025-07-03"]);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|r| r["deadline"] == "remand-present" && r["basis"] == "11.5-31(5)(a)"),
        "{list}"
    );
    // Findings wait for the new presentation.
    refused(
        &env,
        &[
            "finding",
            &n,
            "--all",
            "--finding",
            "sustained",
            "--date",
            "2025-06-05",
        ],
        "11.5-31(5)(b)",
    );
    step(&env, &["present", &n, "--date", "2025-07-02"]);
    let v = show(&env, &n, "2025-07-03");
    assert_eq!(deadline(&v, "remand-present")["met"], true);
    // The first presentation met completion.
    assert_eq!(deadline(&v, "complete")["satisfied_on"], "2025-06-04");
}

#[test]
fn the_chiefs_response_is_still_due_after_the_case_closes() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    step(&env, &["commence", &n, "--date", "2025-01-10"]);
    step(&env, &["present", &n, "--date", "2025-05-07"]);
    step(
        &env,
        &[
            "finding",
            &n,
            "--all",
            "--finding",
            "unfounded",
            "--date",
            "2025-05-07",
        ],
    );
    // Mon 2 Jun + 45 days = Thu 17 Jul.
    step(&env, &["transmit", &n, "--date", "2025-06-02"]);
    step(&env, &["close", &n, "--date", "2025-06-03"]);
    let list = env.json(&["overdue", "--as-of", "2025-07-18"]);
    assert_eq!(list[0]["deadline"], "chief-response");
    assert_eq!(list[0]["due"], "2025-07-17");
    assert_eq!(list[0]["basis"], "11.5-31(6)");
    step(
        &env,
        &[
            "chief-response",
            &n,
            "--date",
            "2025-07-21",
            "--concurs",
            "no",
        ],
    );
    let v = show(&env, &n, "2025-07-21");
    assert_eq!(deadline(&v, "chief-response")["met"], false);
    assert_eq!(
        env.json(&["overdue", "--as-of", "2025-07-22"]),
        serde_json::json!([])
    );
}

#[test]
fn findings_are_checked_against_the_profile() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    step(&env, &["commence", &n, "--date", "2025-01-10"]);
    step(&env, &["present", &n, "--date", "2025-05-07"]);
    let f = |extra: &[&str]| {
        let mut a = vec![
            "finding",
            n.as_str(),
            "--date",
            "2025-05-07",
            "--as-of",
            TODAY,
        ];
        a.extend(extra);
        a.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let run = |extra: &[&str], code: i32| {
        let a = f(extra);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        env.refused(&a, code)
    };
    let err = run(&["--all", "--finding", "guilty"], 2);
    assert!(
        err.contains("--finding: 'guilty'") && err.contains("not-sustained"),
        "{err}"
    );
    let err = run(&["--all", "--finding", "no-finding"], 2);
    assert!(
        err.contains("--reason") && err.contains("withdrawn"),
        "{err}"
    );
    let err = run(
        &["--all", "--finding", "sustained", "--reason", "withdrawn"],
        2,
    );
    assert!(err.contains("--reason"), "{err}");
    let err = run(&["--allegation", "9", "--finding", "sustained"], 3);
    assert!(err.contains("no allegation 9"), "{err}");
    run(&["--finding", "sustained"], 2);
    run(
        &["--all", "--finding", "sustained", "--date", "2025-05-06"],
        2,
    );
}

/// A finding corrected keeps the rule the `finding` command keeps
/// (11.5-31(5)(b)(v)): a no-finding carries one of the profile's reasons and
/// nothing else carries one. A correction to a no-finding names its reason,
/// one from it drops it (the export then imports again); a reason on a step
/// that is no finding is refused, nothing written.
#[test]
fn a_corrected_finding_carries_a_reason_only_as_a_no_finding() {
    let env = Env::new();
    let n = two_allegation_case(&env, "2025-03-03", "no");
    for s in [
        vec!["commence", &n, "--date", "2025-03-05"],
        vec!["present", &n, "--date", "2025-05-06"],
        vec![
            "finding",
            &n,
            "--allegation",
            "1",
            "--finding",
            "sustained",
            "--date",
            "2025-05-06",
        ],
        vec![
            "finding",
            &n,
            "--allegation",
            "2",
            "--finding",
            "no-finding",
            "--reason",
            "withdrawn",
            "--date",
            "2025-05-06",
        ],
    ] {
        step(&env, &s);
    }
    let id = |kind: &str, allegation: i64| -> String {
        show(&env, &n, TODAY)["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| {
                e["event"] == kind
                    && e["superseded_by"].is_null()
                    && (kind != "finding" || e["allegation"] == allegation)
            })
            .unwrap()["id"]
            .to_string()
    };
    let correct = |event: &str, extra: &[&str], code: i32| -> String {
        let mut a = vec![
            "correct",
            n.as_str(),
            "--event",
            event,
            "--reason",
            "misread",
        ];
        a.extend(extra);
        a.extend(["--as-of", TODAY]);
        if code == 0 {
            env.run(&a, 0)
        } else {
            env.refused(&a, code)
        }
    };
    let err = correct(&id("finding", 1), &["--result", "no-finding"], 2);
    assert!(
        err.contains("--finding-reason: a no-finding needs a reason; expected one of:"),
        "{err}"
    );
    let err = correct(
        &id("finding", 1),
        &["--result", "exonerated", "--finding-reason", "withdrawn"],
        2,
    );
    assert!(
        err.contains("a reason goes only with --result no-finding"),
        "{err}"
    );
    let err = correct(&id("commence", 0), &["--finding-reason", "withdrawn"], 2);
    assert!(err.contains("not a finding"), "{err}");
    correct(
        &id("finding", 1),
        &["--result", "no-finding", "--finding-reason", "referred"],
        0,
    );
    correct(&id("finding", 2), &["--result", "sustained"], 0);
    let reasons = || -> Vec<(String, String)> {
        let rows = env.run(&["export", "cases", "--format", "csv", "--as-of", TODAY], 0);
        csv::Reader::from_reader(rows.as_bytes())
            .deserialize::<std::collections::HashMap<String, String>>()
            .map(|r| {
                let r = r.unwrap();
                (r["finding"].clone(), r["finding_reason"].clone())
            })
            .collect()
    };
    let pair = |f: &str, r: &str| (f.to_string(), r.to_string());
    assert_eq!(
        reasons(),
        [pair("no-finding", "referred"), pair("sustained", "")]
    );
    // The reason alone, on a no-finding.
    correct(&id("finding", 1), &["--finding-reason", "withdrawn"], 0);
    assert_eq!(
        reasons(),
        [pair("no-finding", "withdrawn"), pair("sustained", "")]
    );
    env.run(&["verify", "--as-of", TODAY], 0);
}

#[test]
fn a_mistake_is_corrected_by_a_superseding_event() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    step(&env, &["notify-pd", &n, "--date", "2025-03-14"]);
    let v = show(&env, &n, "2025-03-14");
    assert_eq!(deadline(&v, "notify-pd")["met"], false);
    let id = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "notify-pd")
        .unwrap()["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.refused(
        &[
            "correct", &n, "--event", &id, "--reason", "typo", "--as-of", TODAY,
        ],
        2,
    );
    env.refused(
        &[
            "correct",
            &n,
            "--event",
            "999",
            "--reason",
            "typo",
            "--date",
            "2025-03-10",
            "--as-of",
            TODAY,
        ],
        3,
    );
    step(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &id,
            "--date",
            "2025-03-10",
            "--reason",
            "typo in the date",
        ],
    );
    let v = show(&env, &n, "2025-03-14");
    assert_eq!(deadline(&v, "notify-pd")["met"], true);
    let id_num: i64 = id.parse().unwrap();
    let events = v["events"].as_array().unwrap();
    let old = events.iter().find(|e| e["id"] == id_num).unwrap();
    assert!(old["superseded_by"].is_i64(), "{old}");
    let new = events.iter().find(|e| e["supersedes"] == id_num).unwrap();
    assert_eq!(new["date"], "2025-03-10");
    assert_eq!(new["note"], "correction: typo in the date");
    // Naming the corrected one is bad input: the correction is the event
    // to correct now, and the message names it.
    let err = env.refused(
        &[
            "correct",
            &n,
            "--event",
            &id,
            "--date",
            "2025-03-11",
            "--reason",
            "again",
            "--as-of",
            TODAY,
        ],
        2,
    );
    assert!(
        err.contains(&format!("give --event {}", new["id"])),
        "{err}"
    );
    let table = env.run(&["show", &n, "--as-of", "2025-03-14"], 0);
    assert!(
        table.contains(&format!("superseded by #{}", new["id"])),
        "{table}"
    );

    // Retracting a step takes it out of the rules' view.
    let new_id = new["id"].to_string();
    step(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &new_id,
            "--retract",
            "--reason",
            "wrong case",
        ],
    );
    let v = show(&env, &n, "2025-03-14");
    assert_eq!(deadline(&v, "notify-pd")["satisfied_on"], Value::Null);
    assert_eq!(deadline(&v, "notify-pd")["status"], "overdue");
}

#[test]
fn the_checklist_shows_notices_until_recorded() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    let v = show(&env, &n, "2025-03-07");
    assert_eq!(v["checklist"], serde_json::json!([]));
    step(&env, &["commence", &n, "--date", "2025-03-10"]);
    let table = env.run(&["show", &n, "--as-of", "2025-03-10"], 0);
    assert!(table.contains("[ ] notice-of-commencement"), "{table}");
    assert!(table.contains("11.5-33"), "{table}");
    step(
        &env,
        &[
            "checklist",
            &n,
            "notice-of-commencement",
            "--date",
            "2025-03-11",
        ],
    );
    refused(
        &env,
        &[
            "checklist",
            &n,
            "notice-of-commencement",
            "--date",
            "2025-03-12",
        ],
        "(Sec. 11.5-31(2)(d))",
    );
    env.refused(
        &[
            "checklist",
            &n,
            "telegram",
            "--date",
            "2025-03-12",
            "--as-of",
            TODAY,
        ],
        2,
    );
    let v = show(&env, &n, "2025-03-12");
    let items = v["checklist"].as_array().unwrap();
    assert_eq!(items[0]["item"], "notice-of-commencement");
    assert_eq!(items[0]["done_on"], "2025-03-11");
    assert_eq!(items[1]["done_on"], Value::Null);
}

#[test]
fn florida_ia_profile_has_its_own_rules() {
    let env = Env::new();
    env.run(&["init", "--profile", "florida-ia"], 0);
    let n = env.direct("2025-01-02", "yes");
    let v = show(&env, &n, "2025-01-02");
    // 5 business days: 3, 6, 7, 8, 9 -> Thu 9 Jan.
    assert_eq!(deadline(&v, "forward-agency")["due"], "2025-01-09");
    // 180 days from notice, Thu 2 Jan -> Tue 1 Jul 2025.
    assert_eq!(deadline(&v, "complete")["due"], "2025-07-01");
    assert_eq!(
        deadline(&v, "complete")["basis"],
        "Fla. Stat. 112.532(6)(a)"
    );
    // No Independent Counsel here, and no counsel hold on commencement: the
    // step is not in this law at all (exit 2, naming the steps it has).
    let err = env.refused(
        &[
            "refer-counsel",
            &n,
            "--date",
            "2025-01-03",
            "--as-of",
            TODAY,
        ],
        2,
    );
    assert!(
        err.contains(
            "refer-counsel is not a step of the profile florida-ia (Fla. Stat. \
             112.532-112.533); its steps are notify-pd, criminal-investigation"
        ),
        "{err}"
    );
    assert!(!err.contains("11.5-"), "{err}");
    step(&env, &["commence", &n, "--date", "2025-01-03"]);

    // A criminal investigation of the same conduct stops the clock while it
    // is pending: nothing is overdue meanwhile.
    env.run(
        &[
            "criminal-investigation",
            &n,
            "--date",
            "2025-02-03",
            "--status",
            "pending",
            "--as-of",
            "2025-02-03",
        ],
        0,
    );
    let v = show(&env, &n, "2025-08-01");
    assert_eq!(deadline(&v, "complete")["suspended_since"], "2025-02-03");
    assert_eq!(deadline(&v, "complete")["status"], "open");
    let list = env.json(&["overdue", "--as-of", "2025-08-01"]);
    assert!(
        !list
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["deadline"] == "complete"),
        "{list}"
    );
    let table = env.run(&["show", &n, "--as-of", "2025-08-01"], 0);
    assert!(table.contains("clock stopped since 2025-02-03"), "{table}");
    // The case is shown in Florida's words and sections, none of Miami's.
    assert!(
        table.contains("Source:     complaint received by the agency (Fla. Stat. 112.533(1)(a))"),
        "{table}"
    );
    assert!(table.contains("Criminal:   yes\n"), "{table}");
    assert!(!table.contains("11.5"), "{table}");
    // An IA unit is not sent a closed IA case.
    let err = env.refused(
        &[
            "intake",
            "--received",
            "2025-01-02",
            "--as-of",
            "2025-01-02",
            "--source",
            "ia-closed",
            "--criminal",
            "no",
            "--incident-date",
            "2025-01-01",
            "--officer",
            "John Roe#4411",
            "--allegation",
            "force@4411",
            "--summary",
            "x",
            "--anonymous",
        ],
        2,
    );
    assert!(
        err.contains("--source: 'ia-closed' is not valid; expected one of direct, force-death, force-gbh (the sources of profile florida-ia)"),
        "{err}"
    );
    env.refused(
        &[
            "criminal-investigation",
            &n,
            "--date",
            "2025-02-04",
            "--status",
            "pending",
            "--as-of",
            "2025-08-01",
        ],
        4,
    );
    // Concluded 14 Apr: 70 days stopped; 1 Jul + 70 = Tue 9 Sep.
    env.run(
        &[
            "criminal-investigation",
            &n,
            "--date",
            "2025-04-14",
            "--status",
            "concluded",
            "--as-of",
            "2025-08-01",
        ],
        0,
    );
    let v = show(&env, &n, "2025-08-01");
    assert_eq!(deadline(&v, "complete")["due"], "2025-09-09");
    assert_eq!(deadline(&v, "complete")["suspended_since"], Value::Null);
    let note = deadline(&v, "complete")["notes"][0]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        note.contains("tolled 70 days") && note.contains("112.532(6)(a)"),
        "{note}"
    );
}

#[test]
fn miami_has_no_criminal_investigation_tolling() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    let err = env.refused(
        &[
            "criminal-investigation",
            &n,
            "--date",
            "2025-02-03",
            "--status",
            "pending",
            "--as-of",
            TODAY,
        ],
        2,
    );
    assert!(
        err.contains(
            "criminal-investigation is not a step of the profile miami-cip (Miami City Code ch. \
             11.5, art. II)"
        ),
        "{err}"
    );
}

/// `criminal-investigation` on a Florida case, as of 2025-12-31.
fn investigation(env: &Env, n: &str, date: &str, status: &str) {
    step(
        env,
        &[
            "criminal-investigation",
            n,
            "--date",
            date,
            "--status",
            status,
        ],
    );
}

#[test]
fn stacked_florida_stops_add_up_and_roll_once() {
    let env = Env::new();
    env.run(&["init", "--profile", "florida-ia"], 0);
    // Received Fri 10 Jan 2025: 180 days run to Wed 9 Jul.
    let n = env.direct("2025-01-10", "yes");
    step(&env, &["commence", &n, "--date", "2025-01-13"]);
    investigation(&env, &n, "2025-02-03", "pending");
    investigation(&env, &n, "2025-02-13", "concluded");
    investigation(&env, &n, "2025-02-14", "pending");
    // A second pending investigation while one is pending: refused, cited.
    let err = refused(
        &env,
        &[
            "criminal-investigation",
            &n,
            "--date",
            "2025-02-15",
            "--status",
            "pending",
        ],
        "(Fla. Stat. 112.532(6)(a))",
    );
    assert!(!err.contains("Sec. Fla."), "{err}");
    investigation(&env, &n, "2025-02-16", "concluded");
    // 10 + 2 days stopped: Mon 21 Jul (no roll needed).
    let v = show(&env, &n, "2025-07-22");
    assert_eq!(deadline(&v, "complete")["due"], "2025-07-21");
    // Completed on 22 Jul: out of time.
    step(&env, &["present", &n, "--date", "2025-07-22"]);
    let v = show(&env, &n, "2025-07-22");
    assert_eq!(deadline(&v, "complete")["met"], false);
    assert_eq!(deadline(&v, "complete")["status"], "missed");
}

/// The id of the case's standing event of `kind`, from `show --format json`.
fn standing_event(v: &Value, kind: &str) -> String {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == kind && e["superseded_by"].is_null())
        .unwrap_or_else(|| panic!("no {kind} in {v:#}"))["id"]
        .to_string()
}

fn direct_case(env: &Env, received: &str, incident: &str) -> String {
    env.intake(&[
        "--as-of",
        received,
        "--received",
        received,
        "--source",
        "direct",
        "--incident-date",
        incident,
        "--criminal",
        "no",
        "--anonymous",
        "--officer",
        "John Roe#4411",
        "--allegation",
        "discourtesy@4411",
        "--summary",
        "Rude remarks",
    ])
}

#[test]
fn a_received_date_typo_is_corrected_and_every_deadline_follows() {
    let env = Env::new();
    // Typed Mon 17 Mar for Fri 7 Mar 2025.
    let n = direct_case(&env, "2025-03-17", "2025-03-01");
    let v = show(&env, &n, "2025-03-17");
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-03-19");
    step(&env, &["notify-pd", &n, "--date", "2025-03-18"]);
    let received = standing_event(&v, "received");
    step(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &received,
            "--date",
            "2025-03-07",
            "--reason",
            "typo at intake",
        ],
    );
    let v = show(&env, &n, "2025-03-18");
    assert_eq!(v["case"], n, "the case number is stable");
    assert_eq!(v["received"], "2025-03-07");
    // Fri 7 Mar + 2 working days = Tue 11 Mar; + 10 = Fri 21 Mar.
    assert_eq!(deadline(&v, "notify-pd")["due"], "2025-03-11");
    assert_eq!(deadline(&v, "notify-pd")["met"], false);
    assert_eq!(deadline(&v, "commence")["due"], "2025-03-21");
    let list = env.json(&["list"]);
    assert_eq!(list[0]["received"], "2025-03-07");
    assert_eq!(env.json(&["verify"])["ok"], true);
    // Not after a step of the case, not before the incident, not retracted.
    let received = standing_event(&v, "received");
    let correct = |date: &str| {
        vec![
            "correct".to_string(),
            n.clone(),
            "--event".into(),
            received.clone(),
            "--date".into(),
            date.into(),
            "--reason".into(),
            "again".into(),
            "--as-of".into(),
            TODAY.into(),
        ]
    };
    let err = env.refused(&refs(&correct("2025-03-20")), 2);
    assert!(err.contains("notify-pd on 2025-03-18"), "{err}");
    let err = env.refused(&refs(&correct("2025-02-28")), 2);
    assert!(err.contains("incident date (2025-03-01)"), "{err}");
    env.refused(
        &[
            "correct",
            &n,
            "--event",
            &received,
            "--retract",
            "--reason",
            "x",
            "--as-of",
            TODAY,
        ],
        2,
    );
}

#[test]
fn a_corrected_received_date_is_held_to_the_one_year_limit() {
    let env = Env::new();
    let n = direct_case(&env, "2025-02-28", "2024-03-01");
    let v = show(&env, &n, "2025-02-28");
    let received = standing_event(&v, "received");
    // 3 Mar 2025 is more than a year after 1 Mar 2024: only a vote accepts it.
    refused(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &received,
            "--date",
            "2025-03-03",
            "--reason",
            "typo",
        ],
        "Sec. 11.5-31(1)(c)",
    );
    // The anniversary itself is in time.
    step(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &received,
            "--date",
            "2025-03-01",
            "--reason",
            "typo",
        ],
    );
}

fn refs(a: &[String]) -> Vec<&str> {
    a.iter().map(String::as_str).collect()
}

/// Regression: `correct` used to skip the order of steps, so a
/// determination corrected to "interference" after the investigation
/// commenced left a case "under investigation" with no standing
/// determination of no interference.
#[test]
fn a_correction_is_held_to_the_order_of_steps() {
    let env = Env::new();
    let n = env.direct("2025-03-03", "yes");
    step(&env, &["refer-counsel", &n, "--date", "2025-03-04"]);
    step(
        &env,
        &[
            "counsel-determination",
            &n,
            "--date",
            "2025-03-10",
            "--result",
            "no-interference",
        ],
    );
    step(&env, &["commence", &n, "--date", "2025-03-12"]);
    let v = show(&env, &n, "2025-03-12");
    let det = standing_event(&v, "counsel-determination");
    let err = refused(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &det,
            "--result",
            "interference",
            "--reason",
            "misread",
        ],
        "(Sec. 11.5-31(2)(a)(i))",
    );
    assert!(err.contains("commence on 2025-03-12"), "{err}");
    refused(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &det,
            "--retract",
            "--reason",
            "wrong case",
        ],
        "(Sec. 11.5-31(2)(a)(i), (3)(b)(iv))",
    );
    // Retract the commencement first, and the determination may change.
    let com = standing_event(&v, "commence");
    step(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &com,
            "--retract",
            "--reason",
            "too early",
        ],
    );
    step(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &det,
            "--result",
            "interference",
            "--reason",
            "misread",
        ],
    );
    let v = show(&env, &n, "2025-03-12");
    assert!(
        v["phase"].as_str().unwrap().starts_with("on hold"),
        "{}",
        v["phase"]
    );
}

/// A close dated before a finding already recorded cannot be (verify would
/// then fail every night): refused naming the finding, nothing written; on
/// or after it, the case closes.
#[test]
fn a_close_before_a_finding_is_refused() {
    let env = Env::new();
    let n = env.direct("2025-03-03", "no");
    for s in [
        vec!["notify-pd", &n, "--date", "2025-03-04"],
        vec!["commence", &n, "--date", "2025-03-05"],
        vec!["present", &n, "--date", "2025-03-18"],
        vec![
            "finding",
            &n,
            "--all",
            "--finding",
            "not-sustained",
            "--date",
            "2025-03-20",
        ],
        vec!["transmit", &n, "--date", "2025-03-20"],
    ] {
        let mut a = s.clone();
        a.extend(["--as-of", "2025-04-01"]);
        env.run(&a, 0);
    }
    let err = env.refused(
        &["close", &n, "--date", "2025-03-19", "--as-of", "2025-04-01"],
        2,
    );
    assert!(
        err.contains(
            "--date: '2025-03-19' cannot be: finding 2025-03-20 is after the case was closed \
             (2025-03-19)"
        ),
        "{err}"
    );
    env.run(
        &["close", &n, "--date", "2025-03-20", "--as-of", "2025-04-01"],
        0,
    );
    env.run(&["verify", "--as-of", "2025-04-01"], 0);
}

/// A case closes on findings sent to the Chief (11.5-31(6): "at the
/// conclusion" they are forwarded, which starts the Chief's 45 days, and
/// `transmit` is refused on a closed case) and standing on a presentation
/// (a remanded case is presented again first, 11.5-31(5)(a)); each refusal
/// cites its section and writes nothing. Out of time it closes without
/// either.
#[test]
fn a_case_closes_on_findings_sent_to_the_chief_and_not_remanded() {
    let env = Env::new();
    let n = env.direct("2025-03-03", "no");
    let as_of = "2025-06-30";
    env.steps::<&[&str]>(
        as_of,
        &[
            &["notify-pd", &n, "--date", "2025-03-04"],
            &["commence", &n, "--date", "2025-03-05"],
            &["present", &n, "--date", "2025-03-20"],
            &[
                "finding",
                &n,
                "--all",
                "--finding",
                "not-sustained",
                "--date",
                "2025-03-20",
            ],
        ],
    );
    let err = env.refused(&["close", &n, "--date", "2025-03-21", "--as-of", as_of], 4);
    assert!(
        err.contains(&format!(
            "the findings of case {n} were not sent to the Chief on or before 2025-03-21"
        )) && err.trim_end().ends_with("(Sec. 11.5-31(6))"),
        "{err}"
    );
    // Remanded: nothing goes to the Chief, and the case does not close,
    // until the panel has the matter presented again.
    env.run(
        &[
            "remand",
            &n,
            "--date",
            "2025-04-02",
            "--next-meeting",
            "2025-05-07",
            "--as-of",
            as_of,
        ],
        0,
    );
    for step in ["transmit", "close"] {
        let err = env.refused(&[step, &n, "--date", "2025-04-10", "--as-of", as_of], 4);
        assert!(
            err.contains(&format!(
                "case {n} has no presentation standing on 2025-04-10 (it was remanded"
            )) && err.trim_end().ends_with("(Sec. 11.5-31(5)(a))"),
            "{step}: {err}"
        );
    }
    env.steps::<&[&str]>(
        as_of,
        &[
            &["present", &n, "--date", "2025-05-07"],
            &["transmit", &n, "--date", "2025-05-07"],
            &["close", &n, "--date", "2025-05-08"],
        ],
    );
    // Out of time, neither is asked for.
    let late = env.direct("2024-01-08", "no");
    env.steps::<&[&str]>(
        as_of,
        &[
            &["commence", &late, "--date", "2024-01-09"],
            &["close", &late, "--date", "2025-06-02", "--out-of-time"],
        ],
    );
    env.run(&["verify", "--as-of", as_of], 0);
}

/// `show --as-of D` shows the case as it stood on D, as `overdue` reads that
/// day: no step dated after it, open if it closed later, the deadlines then
/// (a notice due 4 Feb, given 10 Feb, is 2 days overdue on 6 Feb, not "met
/// late"); before its receipt the case was not there yet (exit 3).
#[test]
fn show_shows_the_case_as_it_stood_on_the_day() {
    let env = Env::new();
    // Received Mon 2 Feb 2026: notify-pd due Wed 4 Feb.
    let n = env.direct("2026-02-02", "no");
    env.steps::<&[&str]>(
        TODAY,
        &[
            &["notify-pd", &n, "--date", "2026-02-10"],
            &["commence", &n, "--date", "2026-02-10"],
            &["close", &n, "--date", "2026-12-01", "--out-of-time"],
        ],
    );
    let overdue = env.json(&["overdue", "--as-of", "2026-02-06"]);
    assert_eq!(overdue[0]["days_overdue"], 2, "{overdue}");
    let v = show(&env, &n, "2026-02-06");
    let notify = deadline(&v, "notify-pd");
    assert_eq!(
        (notify["status"].as_str(), notify["days_overdue"].as_i64()),
        (Some("overdue"), Some(2)),
        "{v}"
    );
    assert_eq!(v["status"], "open", "{v}");
    assert!(v["closed"].is_null(), "{v}");
    let kinds: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["received"], "{v}");
    // Today it is closed, the notice met late.
    let v = show(&env, &n, TODAY);
    assert_eq!(v["status"], "closed");
    assert_eq!(deadline(&v, "notify-pd")["met"], false);
    let err = env.fails(&["show", &n, "--as-of", "2026-02-01"], 3);
    assert!(
        err.contains("was received on 2026-02-02, after 2026-02-01"),
        "{err}"
    );
}

/// `list --as-of D` lists the cases as they stood on D: received by then,
/// open or closed then, each with the investigator it had then (overdue
/// and caseload already read the day so).
#[test]
fn list_shows_the_cases_as_they_stood_on_the_day() {
    common::logins(&["ann", "bob"]);
    let env = Env::new();
    let a = env.direct("2025-03-03", "no");
    env.steps::<&[&str]>(
        "2025-06-30",
        &[
            &["assign", &a, "--to", "ann", "--date", "2025-03-04"],
            &["commence", &a, "--date", "2025-03-05"],
            &["assign", &a, "--to", "bob", "--date", "2025-05-20"],
            &["present", &a, "--date", "2025-05-28"],
            &[
                "finding",
                &a,
                "--all",
                "--finding",
                "unfounded",
                "--date",
                "2025-05-28",
            ],
            &["transmit", &a, "--date", "2025-05-29"],
            &["close", &a, "--date", "2025-06-02"],
        ],
    );
    let b = env.direct("2025-06-01", "no");
    let list = |args: &[&str]| -> Vec<(String, String)> {
        let mut all = vec!["list"];
        all.extend(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["case"].as_str().unwrap().into(),
                    c["status"].as_str().unwrap().into(),
                )
            })
            .collect()
    };
    let row = |n: &str, s: &str| (n.to_string(), s.to_string());
    assert_eq!(list(&["--as-of", "2025-05-01"]), [row(&a, "open")]);
    assert_eq!(
        list(&["--status", "open", "--as-of", "2025-06-01"]),
        [row(&a, "open"), row(&b, "open")]
    );
    assert_eq!(
        list(&["--status", "closed", "--as-of", "2025-06-30"]),
        [row(&a, "closed")]
    );
    assert_eq!(list(&["--status", "closed", "--as-of", "2025-06-01"]), []);
    assert_eq!(
        list(&["--assignee", "ann", "--as-of", "2025-05-01"]),
        [row(&a, "open")]
    );
    assert_eq!(list(&["--assignee", "bob", "--as-of", "2025-05-01"]), []);
    assert_eq!(
        list(&["--assignee", "bob", "--as-of", "2025-06-30"]),
        [row(&a, "closed")]
    );
}

/// A deadline met while its clock was stopped reads as met, not as still
/// waiting on the stopped clock.
#[test]
fn a_deadline_met_while_its_clock_is_stopped_reads_as_met() {
    let env = Env::new();
    env.run(&["init", "--profile", "florida-ia"], 0);
    let n = env.direct("2025-01-02", "no");
    step(&env, &["commence", &n, "--date", "2025-01-03"]);
    investigation(&env, &n, "2025-02-03", "pending");
    let text = env.run(&["show", &n, "--as-of", "2025-02-10"], 0);
    assert!(text.contains("clock stopped since 2025-02-03"), "{text}");
    step(&env, &["present", &n, "--date", "2025-03-04"]);
    let text = env.run(&["show", &n, "--as-of", "2025-03-10"], 0);
    assert!(text.contains("met 2025-03-04"), "{text}");
    assert!(!text.contains("clock stopped since"), "{text}");
}

/// A step dated between steps already recorded is checked where it falls:
/// one that would put a later step out of order is refused (exit 4, the
/// later step named, the store unchanged), so a late presentation cannot be
/// made a timely one by a second, back-dated presentation.
#[test]
fn a_back_dated_step_may_not_put_a_later_one_out_of_order() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    step(&env, &["commence", &n, "--date", "2025-01-10"]);
    // complete: 180 days from Fri 10 Jan = Wed 9 Jul; presented late.
    step(&env, &["present", &n, "--date", "2025-08-05"]);
    let err = refused(
        &env,
        &["present", &n, "--date", "2025-03-05"],
        "Sec. 11.5-31(5)(a)",
    );
    assert!(
        err.contains("present on 2025-03-05 would leave case 2025-0001 with a step out of order: #3 (present on 2025-08-05)"),
        "{err}"
    );
    let v = show(&env, &n, "2025-08-05");
    assert_eq!(deadline(&v, "complete")["status"], "missed");
    // Findings sent to the Chief before they were made: refused.
    step(
        &env,
        &[
            "finding",
            &n,
            "--all",
            "--finding",
            "sustained",
            "--date",
            "2025-08-20",
        ],
    );
    let err = refused(
        &env,
        &["transmit", &n, "--date", "2025-08-19"],
        "Sec. 11.5-31(6)",
    );
    assert!(
        err.contains("have no finding on or before 2025-08-19"),
        "{err}"
    );
    step(&env, &["transmit", &n, "--date", "2025-08-20"]);
    // A step back-dated where nothing later conflicts is recorded.
    step(&env, &["notify-pd", &n, "--date", "2025-01-03"]);
}

/// On a criminal case, a challenge dated just before a recorded commence
/// would put the commence inside its 48-hour stay, and a second
/// determination of no interference dated before the first would restart
/// the commence clock: both refused.
#[test]
fn a_back_dated_challenge_or_determination_may_not_undo_a_commence() {
    let env = Env::new();
    let n = env.direct("2025-03-10", "yes");
    step(&env, &["refer-counsel", &n, "--date", "2025-03-11"]);
    step(
        &env,
        &[
            "counsel-determination",
            &n,
            "--date",
            "2025-03-19",
            "--result",
            "no-interference",
        ],
    );
    step(&env, &["commence", &n, "--date", "2025-03-25"]);
    let err = refused(
        &env,
        &["challenge", &n, "--date", "2025-03-24"],
        "Sec. 11.5-31(2)(a)(i)",
    );
    assert!(
        err.contains("(commence on 2025-03-25): a prosecutorial challenge"),
        "{err}"
    );
    let err = refused(
        &env,
        &[
            "counsel-determination",
            &n,
            "--date",
            "2025-03-12",
            "--result",
            "no-interference",
        ],
        "Sec. 11.5-31(3)(b)(iv)",
    );
    assert!(
        err.contains("counsel already determined no interference on 2025-03-12"),
        "{err}"
    );
}

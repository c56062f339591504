//! Intake on a terminal: run the binary under a pseudo-terminal, answer its
//! prompts like a person (arrow keys, a typo, Enter), and check what was
//! stored. Only the fields the flags left out are asked.

#![cfg(unix)]

mod common;
use common::Env;
use rexpect::session::{spawn_command, PtySession};

const DOWN: &str = "\x1b[B";

fn spawn(env: &Env, args: &[&str]) -> PtySession {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_oversight"));
    cmd.env_remove("OVERSIGHT_DB")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("USER", "tester")
        .arg("--db")
        .arg(env.db_arg())
        .args(args);
    spawn_command(cmd, Some(15_000)).expect("spawn under a pty")
}

/// Send keys and flush: `send` alone stays in rexpect's buffer.
fn key(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

#[test]
fn intake_prompts_for_exactly_the_missing_fields() {
    let env = Env::new();
    env.run(&["init"], 0);
    let mut p = spawn(
        &env,
        &[
            "intake",
            "--as-of",
            "2025-03-20",
            "--received",
            "2025-03-07",
            "--summary",
            "Rude remarks during a traffic stop",
        ],
    );
    let before = p.exp_string("Source").unwrap();
    assert!(
        !before.contains("Date received"),
        "asked for a given field: {before}"
    );
    key(&mut p, "\r"); // the first choice: direct
    p.exp_string("Incident date").unwrap();
    p.send_line("2025-03-32").unwrap(); // a typo is re-asked, not fatal
    p.exp_string("YYYY-MM-DD").unwrap();
    p.send_line("2025-03-01").unwrap();
    p.exp_string("criminal").unwrap();
    key(&mut p, "n");
    p.exp_string("Complainant").unwrap();
    p.send_line("Ana Diaz").unwrap();
    p.exp_string("Complainant").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Officer").unwrap();
    p.send_line("John Roe").unwrap(); // no badge: re-asked
    p.exp_string("NAME#BADGE").unwrap();
    p.send_line("John Roe#4411").unwrap();
    p.exp_string("Officer").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Allegation category").unwrap();
    key(&mut p, DOWN); // force -> abuse-of-authority
    key(&mut p, "\r");
    p.exp_string("Add another allegation").unwrap();
    key(&mut p, "n");
    let summary = p.exp_string("Record this case?").unwrap();
    assert!(summary.contains("abuse-of-authority @ 4411"), "{summary}");
    assert!(!summary.contains("summary    \n"), "{summary}");
    key(&mut p, "y");
    p.exp_string("2025-0001").unwrap();
    p.exp_eof().unwrap();

    let v = env.json(&["show", "2025-0001"]);
    assert_eq!(v["incident_date"], "2025-03-01");
    assert_eq!(v["criminal"], false);
    assert_eq!(v["source"], "direct");
    assert_eq!(v["complainants"], serde_json::json!(["Ana Diaz"]));
    assert_eq!(v["allegations"][0]["category"], "abuse-of-authority");
    assert_eq!(v["allegations"][0]["badge"], "4411");
    assert_eq!(v["summary"], "Rude remarks during a traffic stop");
}

#[test]
fn a_late_complaint_on_a_terminal_asks_for_the_vote() {
    let env = Env::new();
    env.run(&["init"], 0);
    let mut p = spawn(
        &env,
        &[
            "intake",
            "--as-of",
            "2025-03-20",
            "--received",
            "2025-03-07",
            "--source",
            "direct",
            "--incident-date",
            "2023-12-01",
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            "John Roe#4411",
            "--allegation",
            "force@4411",
            "--summary",
            "Old incident",
        ],
    );
    p.exp_string("11.5-31(1)(c)").unwrap();
    p.exp_string("Record the panel's vote").unwrap();
    key(&mut p, "y");
    p.exp_string("Date of the vote").unwrap();
    p.send_line("2025-03-18").unwrap();
    p.exp_string("Tally").unwrap();
    p.send_line("9-2").unwrap();
    p.exp_string("Members seated").unwrap();
    p.send_line("12").unwrap();
    p.exp_string("Record this case?").unwrap();
    key(&mut p, "y");
    p.exp_string("2025-0001").unwrap();
    p.exp_eof().unwrap();
    let v = env.json(&["show", "2025-0001"]);
    assert_eq!(
        v["late_vote"],
        serde_json::json!({"date": "2025-03-18", "yes": 9, "no": 2, "seated": 12})
    );
}

#[test]
fn declining_at_the_summary_writes_nothing() {
    let env = Env::new();
    env.run(&["init"], 0);
    let before = env.dump();
    let mut p = spawn(
        &env,
        &[
            "intake",
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
            "--anonymous",
            "--officer",
            "John Roe#4411",
            "--allegation",
            "force@4411",
        ],
    );
    p.exp_string("Summary").unwrap();
    p.send_line("Pushed at a bus stop").unwrap();
    p.exp_string("Record this case?").unwrap();
    key(&mut p, "n");
    p.exp_string("nothing was written").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(before, env.dump());
}

#[test]
fn no_input_on_a_terminal_does_not_prompt() {
    let env = Env::new();
    env.run(&["init"], 0);
    let mut p = spawn(&env, &["intake", "--no-input", "--received", "2025-03-07"]);
    let out = p.exp_eof().unwrap();
    assert!(
        out.contains("missing required field") && out.contains("--summary"),
        "{out}"
    );
    let status = p.process.wait().unwrap();
    assert!(
        matches!(status, rexpect::process::wait::WaitStatus::Exited(_, 2)),
        "{status:?}"
    );
}

#[test]
fn a_step_without_case_or_date_asks_for_them_on_a_terminal() {
    let env = Env::new();
    let older = env.direct("2025-03-03", "no");
    let newer = env.direct("2025-03-07", "yes");
    let mut p = spawn(&env, &["refer-counsel", "--as-of", "2025-03-10"]);
    // Only the open cases that can take the step are offered (the older,
    // non-criminal one goes to no counsel), with their officers: Enter
    // picks the first.
    let shown = p.exp_string("another case").unwrap();
    assert!(!shown.contains("error"), "{shown}");
    assert!(
        shown.contains(&newer) && shown.contains("John Roe (4411)"),
        "{shown}"
    );
    assert!(
        !shown.contains(&older),
        "offered a case that cannot take it: {shown}"
    );
    key(&mut p, "\r");
    p.exp_string("Date of refer-counsel").unwrap();
    // Today (the --as-of date) is the default: Enter accepts it.
    p.send_line("").unwrap();
    p.exp_eof().unwrap();
    let v = env.json(&["show", &newer, "--as-of", "2025-03-10"]);
    let refer = common::deadline(&v, "refer-counsel");
    assert_eq!(refer["satisfied_on"], "2025-03-10");

    // A command's own choices are select lists.
    let mut p = spawn(
        &env,
        &[
            "counsel-determination",
            &newer,
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-03-10",
        ],
    );
    p.exp_string("Counsel's determination").unwrap();
    key(&mut p, DOWN);
    key(&mut p, "\r");
    p.exp_eof().unwrap();
    let v = env.json(&["show", &newer, "--as-of", "2025-03-10"]);
    let last = v["events"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["event"], "counsel-determination");
    assert_eq!(last["result"], "interference");
}

#[test]
fn without_a_terminal_every_missing_value_is_named() {
    let env = Env::new();
    env.run(&["init"], 0);
    let err = env.refused(&["counsel-determination"], 2);
    assert!(
        err.contains("CASE, --date YYYY-MM-DD, --result no-interference|interference"),
        "{err}"
    );
    let err = env.refused(&["notify-pd", "2025-0001"], 2);
    assert!(
        err.contains("missing required field(s): --date YYYY-MM-DD"),
        "{err}"
    );
}

#[test]
fn a_finding_is_chosen_from_the_profiles_list() {
    let env = Env::new();
    let n = env.direct("2025-03-03", "no");
    for (kind, date) in [("commence", "2025-03-04"), ("present", "2025-06-04")] {
        env.run(&[kind, &n, "--date", date, "--as-of", "2025-06-10"], 0);
    }
    let mut p = spawn(
        &env,
        &[
            "finding",
            &n,
            "--date",
            "2025-06-04",
            "--as-of",
            "2025-06-10",
        ],
    );
    p.exp_string("Which allegations").unwrap();
    key(&mut p, "\r"); // every allegation
    p.exp_string("no-finding").unwrap(); // the whole list is shown
    key(&mut p, &DOWN.repeat(4)); // unfounded, exonerated, not-sustained, sustained, no-finding
    key(&mut p, "\r");
    p.exp_string("Why no finding").unwrap();
    key(&mut p, DOWN); // complainant-uncooperative -> referred
    key(&mut p, "\r");
    p.exp_eof().unwrap();
    let v = env.json(&["show", &n, "--as-of", "2025-06-10"]);
    assert_eq!(v["allegations"][0]["finding"], "no-finding");
    assert_eq!(v["allegations"][0]["finding_reason"], "referred");
}

#[test]
fn every_command_asks_for_what_is_missing() {
    let env = Env::new();
    env.run(&["init"], 0);
    let mut p = spawn(&env, &["holidays", "add", "--as-of", "2026-01-05"]);
    p.exp_string("Date of the holiday").unwrap();
    p.send_line("2026-02-17").unwrap();
    p.exp_string("Name of the holiday").unwrap();
    p.send_line("Carnival Tuesday").unwrap();
    p.exp_eof().unwrap();
    let list = env.json(&["holidays", "list", "--year", "2026"]);
    assert!(list.to_string().contains("Carnival Tuesday"), "{list}");
    // Without a terminal: one error naming every missing flag.
    let err = env.refused(&["subpoena", "vote"], 2);
    assert!(
        err.contains("ID, --date YYYY-MM-DD, --yes N, --no N, --seated N"),
        "{err}"
    );
    let err = env.refused(&["policy", "proposed", "--title", "Pursuits"], 2);
    assert!(
        err.contains("--received YYYY-MM-DD, --implementation YYYY-MM-DD"),
        "{err}"
    );
}

/// On a terminal a badge on file under another name is asked about: yes
/// keeps the name on file, no refuses and writes nothing.
#[test]
fn a_badge_under_another_name_is_asked_about() {
    let env = Env::new();
    env.direct("2025-03-07", "no");
    let args = [
        "intake",
        "--as-of",
        "2025-03-20",
        "--received",
        "2025-03-10",
        "--source",
        "direct",
        "--incident-date",
        "2025-03-09",
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
    let before = env.dump();
    let mut p = spawn(&env, &args);
    p.exp_string("Badge 4411 is").unwrap();
    p.exp_string("Is 'Dan Cole' the same officer?").unwrap();
    key(&mut p, "n");
    p.exp_string("--same-officer").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(env.dump(), before, "a refused intake wrote something");
    let mut p = spawn(&env, &args);
    p.exp_string("Is 'Dan Cole' the same officer?").unwrap();
    key(&mut p, "y");
    p.exp_string("Record this case?").unwrap();
    key(&mut p, "y");
    p.exp_string("2025-0002").unwrap();
    p.exp_eof().unwrap();
    let v = env.json(&["show", "2025-0002"]);
    assert_ne!(v["officers"][0]["name"], "Dan Cole", "{v}");
}

/// What can be checked is checked before the next question: a finding on
/// a case not presented is refused before any date is asked; a date the
/// law does not allow is explained (no flag named) and asked again.
#[test]
fn a_prompt_checks_early_and_asks_again() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    let mut p = spawn(&env, &["finding", &n, "--as-of", "2025-06-30"]);
    let out = p.exp_eof().unwrap();
    assert!(out.contains("findings follow the presentation"), "{out}");
    assert!(
        !out.contains("Date of finding"),
        "asked first, refused after: {out}"
    );

    let mut p = spawn(&env, &["commence", &n, "--as-of", "2025-06-30"]);
    p.exp_string("Date of commence").unwrap();
    p.send_line("2025-03-06").unwrap();
    let said = p.exp_string("Date of commence").unwrap();
    assert!(
        said.contains("is before case 2025-0001 was received (2025-03-07)"),
        "{said}"
    );
    assert!(!said.contains("--date"), "named a flag never typed: {said}");
    // Clear the default's echo and give a good date.
    p.send_line("2025-03-10").unwrap();
    p.exp_eof().unwrap();
    let v = env.json(&["show", &n, "--as-of", "2025-06-30"]);
    assert_eq!(
        common::deadline(&v, "commence")["satisfied_on"],
        "2025-03-10"
    );
}

/// A finding's allegation is picked from the case's open allegations, with
/// category and officer; the case picker narrows as one types.
#[test]
fn findings_pick_an_open_allegation_and_cases_narrow_by_typing() {
    let env = Env::new();
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
        "--anonymous",
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
    ]);
    for args in [
        vec!["commence", &n, "--date", "2025-03-10"],
        vec!["present", &n, "--date", "2025-06-02"],
    ] {
        let mut a = args.clone();
        a.extend(["--as-of", "2025-06-30"]);
        env.run(&a, 0);
    }
    let mut p = spawn(
        &env,
        &[
            "finding",
            &n,
            "--date",
            "2025-06-03",
            "--finding",
            "sustained",
            "--as-of",
            "2025-06-30",
        ],
    );
    let shown = p.exp_string("2  discourtesy  Kim Poe (1207)").unwrap();
    assert!(
        shown.contains("every allegation without a finding (2)"),
        "{shown}"
    );
    key(&mut p, DOWN);
    key(&mut p, DOWN);
    key(&mut p, "\r");
    p.exp_eof().unwrap();
    let v = env.json(&["show", &n, "--as-of", "2025-06-30"]);
    assert_eq!(v["allegations"][1]["finding"], "sustained", "{v}");
    assert!(v["allegations"][0]["finding"].is_null(), "{v}");
    // The other one is now the only one to pick.
    let mut p = spawn(
        &env,
        &[
            "finding",
            &n,
            "--date",
            "2025-06-03",
            "--finding",
            "unfounded",
            "--as-of",
            "2025-06-30",
        ],
    );
    let shown = p.exp_string("1  force  John Roe (4411)").unwrap();
    assert!(shown.contains("(1)"), "{shown}");
    key(&mut p, "\r");
    p.exp_eof().unwrap();

    // Three cases can commence; typing part of one's number narrows to it.
    let a = env.direct("2025-03-03", "no");
    let b = env.direct("2025-03-04", "no");
    let mut p = spawn(&env, &["commence", "--as-of", "2025-06-30"]);
    p.exp_string("type to narrow").unwrap();
    key(&mut p, &a[5..]);
    key(&mut p, "\r");
    p.exp_string("Date of commence").unwrap();
    p.send_line("2025-03-05").unwrap();
    p.exp_eof().unwrap();
    let v = env.json(&["show", &a, "--as-of", "2025-06-30"]);
    assert_eq!(
        common::deadline(&v, "commence")["satisfied_on"],
        "2025-03-05"
    );
    let v = env.json(&["show", &b, "--as-of", "2025-06-30"]);
    assert!(common::deadline(&v, "commence")["satisfied_on"].is_null());
}

/// A correction's date is tried as typed: a date the case cannot take is
/// explained and asked again, and nothing is written until one is right.
#[test]
fn a_correction_date_is_asked_again_until_it_can_stand() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.run(
        &[
            "commence",
            &n,
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-06-30",
        ],
        0,
    );
    let v = env.json(&["show", &n, "--as-of", "2025-06-30"]);
    let id = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "commence")
        .unwrap()["id"]
        .to_string();
    let mut p = spawn(
        &env,
        &[
            "correct",
            &n,
            "--event",
            &id,
            "--reason",
            "typo",
            "--as-of",
            "2025-06-30",
        ],
    );
    p.exp_string("The right date").unwrap();
    p.send_line("2025-03-01").unwrap();
    let said = p.exp_string("The right date").unwrap();
    assert!(
        said.contains("is before case 2025-0001 was received"),
        "{said}"
    );
    p.send_line("2025-03-11").unwrap();
    p.exp_eof().unwrap();
    let v = env.json(&["show", &n, "--as-of", "2025-06-30"]);
    assert_eq!(
        common::deadline(&v, "commence")["satisfied_on"],
        "2025-03-11"
    );
}

/// On a terminal, with colour on, stored text from before the check (or
/// edited in) that would hide the rest of the screen or clear it is shown,
/// not obeyed: in a table and in CSV written to the terminal.
#[test]
fn stored_escapes_never_reach_a_terminal() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    env.sql(&format!(
        "UPDATE cases SET summary = 'old \x1b[8m hidden \x1b[2J wipe' WHERE number = '{n}'"
    ))
    .unwrap();
    for args in [
        vec!["show", n.as_str(), "--as-of", "2025-03-10"],
        vec!["export", "cases", "--format", "csv"],
    ] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_oversight"));
        cmd.env_remove("OVERSIGHT_DB")
            .env_remove("NO_COLOR")
            .env("TERM", "xterm")
            .arg("--db")
            .arg(env.db_arg())
            .args(&args);
        let mut p = spawn_command(cmd, Some(15_000)).expect("spawn under a pty");
        let out = p.exp_eof().unwrap();
        assert!(
            out.contains("old \\u{001b}[8m hidden \\u{001b}[2J wipe"),
            "{args:?}: {out:?}"
        );
        assert!(
            !out.contains("\x1b[8m") && !out.contains("\x1b[2J"),
            "{args:?}: {out:?}"
        );
    }
}

/// `export store` on a terminal: a stored C1 control (which JSON leaves as
/// it is) is shown, not obeyed, in a row longer than the output's buffer,
/// and the characters around it come out whole.
#[test]
fn a_stored_c1_control_in_a_long_row_of_export_store_is_shown_on_a_terminal() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    let summary = "中\u{9b}".repeat(40_000);
    env.sql(&format!(
        "UPDATE cases SET summary = '{summary}' WHERE number = '{n}'"
    ))
    .unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_oversight"));
    cmd.env_remove("OVERSIGHT_DB")
        .env("TERM", "xterm")
        .arg("--db")
        .arg(env.db_arg())
        .args(["export", "store"]);
    let mut p = spawn_command(cmd, Some(30_000)).expect("spawn under a pty");
    // The terminal's bytes, each read as a character of its own.
    let bytes: Vec<u8> = p.exp_eof().unwrap().chars().map(|c| c as u8).collect();
    let out = String::from_utf8(bytes).expect("UTF-8 on the terminal");
    assert!(!out.contains('\u{9b}'), "a C1 control reached the terminal");
    assert_eq!(out.matches("中\\u{009b}").count(), 40_000);
    assert!(!out.contains('\u{fffd}'), "a character was cut");
}

/// A terminal that gives no width (a pseudo-terminal of 0 columns, as
/// `script` makes) gets a table laid out for a common width: each heading
/// whole, not a letter a line.
#[test]
fn a_terminal_of_no_width_gets_whole_headings() {
    let env = Env::new();
    env.direct("2025-03-07", "no");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_oversight"));
    cmd.env_remove("OVERSIGHT_DB")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .arg("--db")
        .arg(env.db_arg())
        .args(["overdue", "--as-of", "2025-06-01"]);
    let mut p = spawn_command(cmd, Some(15_000)).expect("spawn under a pty");
    let out = p.exp_eof().unwrap();
    assert!(
        out.contains("Deadline") && out.contains("notify-pd") && out.contains("Sec. 11.5-31(1)(b)"),
        "{out}"
    );
}

/// On a terminal, `intake --assign` with a login the store would refuse
/// says so before asking anything.
#[test]
fn intake_says_a_login_it_cannot_assign_before_asking_anything() {
    let env = Env::new();
    env.direct("2025-03-07", "no");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_oversight"));
    cmd.env_remove("OVERSIGHT_DB")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .arg("--db")
        .arg(env.db_arg())
        .args(["intake", "--assign", "j doe"]);
    let mut p = spawn_command(cmd, Some(15_000)).expect("spawn under a pty");
    let out = p.exp_eof().unwrap();
    assert!(out.contains("--assign") && out.contains("j doe"), "{out}");
    assert!(!out.contains("Date received"), "asked first: {out}");
}

//! Discoverability: `oversight` alone explains the workflow; `-q` silences
//! the chatter scripts do not want.

use crate::common;
use common::Env;

#[test]
fn no_arguments_prints_the_workflow() {
    let out = assert_cmd::Command::cargo_bin("oversight")
        .unwrap()
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for step in [
        "intake",
        "counsel-determination",
        "present",
        "finding",
        "chief-response",
        "overdue",
    ] {
        assert!(text.contains(step), "{text}");
    }
}

#[test]
fn quiet_leaves_only_data_and_errors() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    let out = env
        .cmd()
        .args([
            "-q",
            "notify-pd",
            &n,
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-03-10",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env
        .cmd()
        .args(["--quiet", "overdue", "--as-of", "2025-03-10"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Errors still speak.
    let out = env
        .cmd()
        .args(["-q", "show", "2025-9999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(!out.stderr.is_empty());
}

#[test]
fn list_format_ids_prints_case_numbers_for_completion() {
    let env = Env::new();
    let a = env.direct("2025-03-07", "no");
    let b = env.direct("2025-03-10", "no");
    assert_eq!(env.run(&["list", "--ids"], 0), format!("{a}\n{b}\n"));
    // A form of `list` only, and a form of its own.
    env.refused(&["overdue", "--ids"], 2);
    env.refused(&["list", "--format", "ids"], 2);
    let err = env.refused(&["list", "--ids", "--format", "json"], 2);
    assert!(err.contains("--ids: is an output form of its own"), "{err}");
}

/// Typing slips get a pointer to what was meant, not only a refusal.
#[test]
fn slips_are_answered_with_what_was_meant() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "no");
    assert_eq!(n, "2025-0001");
    for short in ["2025-1", "25-1"] {
        let err = env.fails(&["show", short], 3);
        assert!(err.contains("did you mean 2025-0001?"), "{short}: {err}");
    }
    let err = env.fails(&["commence", &n, "--date", "2025-3-12"], 2);
    assert!(err.contains("did you mean 2025-03-12?"), "{err}");
    let err = env.fails(&["commence", &n, "--date", "03/12/2025"], 2);
    assert!(err.contains("did you mean 2025-03-12?"), "{err}");
    let err = env.fails(
        &[
            "finding",
            &n,
            "--all",
            "--finding",
            "sustaned",
            "--date",
            "2025-06-01",
        ],
        2,
    );
    assert!(err.contains("(did you mean 'sustained'?)"), "{err}");
    let err = env.fails(&["report", "annual", "2025"], 2);
    assert!(err.contains("give the year as --year 2025"), "{err}");
    // An officer by name, as well as by badge.
    let by_name = env.json(&["officer", "show", "john  roe"]);
    assert_eq!(by_name["badge"], "4411", "{by_name}");
}

/// Help states the law of the store's profile, from the profile: a Florida
/// store's help cites Florida law and no Miami section; the default (no
/// store yet) is Miami's. `help COMMAND`, `COMMAND --help` and the overview
/// alike.
#[test]
fn help_states_the_law_of_the_stores_profile() {
    let env = Env::new();
    let text = env.run(&["commence", "--help"], 0);
    assert!(text.contains("Under the profile miami-cip"), "{text}");
    assert!(
        text.contains("10 working days from the complaint's receipt (`received`)"),
        "{text}"
    );
    assert!(text.contains("Sec. 11.5-31(3)(a)"), "{text}");
    let all = env.run(&["--help"], 0);
    assert!(
        all.contains("refer-counsel") && all.contains("subpoena"),
        "{all}"
    );
    assert!(!env.has_store(), "help made a store");

    env.run(&["init", "--profile", "florida-ia"], 0);
    let before = env.dump();
    for args in [
        vec!["commence", "--help"],
        vec!["help", "commence"],
        vec!["present", "-h"],
        vec!["intake", "--help"],
        vec!["--help"],
    ] {
        let text = env.run(&args, 0);
        assert!(text.contains("florida-ia"), "{args:?}: {text}");
        assert!(!text.contains("11.5-"), "{args:?} cites Miami: {text}");
    }
    let text = env.run(&["--help"], 0);
    assert!(text.contains("Fla. Stat."), "{text}");
    // The commands of steps and duties this law lacks are not offered, and
    // a step reads in the law's words.
    for absent in [
        "refer-counsel",
        "counsel-determination",
        "subpoena",
        "report-issued",
    ] {
        assert!(
            !text.contains(absent),
            "{absent} offered under florida-ia: {text}"
        );
    }
    assert!(
        text.contains("Record the completed investigation"),
        "{text}"
    );
    // Reading the profile for help changes nothing in the store.
    assert_eq!(env.dump(), before);
}

//! What people see: the tables of `overdue`, `due` and `show`, pinned as
//! snapshots (insta) so a change to the layout is a reviewed change.

use crate::common;
use common::Env;

/// Replace recording timestamps (`2026-11-23T16:45:21Z`) and the account
/// that recorded (the uid's login name) with fixed tokens: they are when
/// and as whom the test ran, not part of the layout. The account's length
/// sets a column's width, so runs of spaces and of rule dashes count once.
fn scrub(s: &str) -> String {
    let stamped =
        scrub_minutes(&scrub_stamps(s)).replace(&format!(" by {}", common::account()), " by <who>");
    let mut out = String::new();
    for c in stamped.chars() {
        if (c == ' ' || c == '-') && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// `2026-11-23 16:45 UTC` (the timeline's recording time) as a token.
fn scrub_minutes(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(" UTC") {
        let (head, tail) = rest.split_at(i);
        let stamp = head.len() >= 16 && {
            let t = &head[head.len() - 16..];
            t.as_bytes()[4] == b'-' && t.as_bytes()[10] == b' ' && t.as_bytes()[13] == b':'
        };
        if stamp {
            out.push_str(&head[..head.len() - 16]);
            out.push_str("<recorded-at>");
        } else {
            out.push_str(head);
            out.push_str(" UTC");
        }
        rest = &tail[4..];
    }
    out.push_str(rest);
    out
}

fn scrub_stamps(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        let is_stamp = b.len() - i >= 20
            && b[i + 10] == b'T'
            && b[i + 19] == b'Z'
            && b[i..i + 10].iter().enumerate().all(|(k, c)| {
                if k == 4 || k == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if is_stamp {
            out.push_str("<recorded-at>");
            i += 20;
        } else {
            let ch = s[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

fn store_with_cases() -> Env {
    let env = Env::new();
    // Thursday before Thanksgiving 2025: 2 working days skip the weekend.
    let a = env.direct("2025-11-20", "yes");
    env.run(
        &[
            "notify-pd",
            &a,
            "--date",
            "2025-11-24",
            "--as-of",
            "2025-12-01",
        ],
        0,
    );
    env.direct("2025-12-22", "no");
    env
}

#[test]
fn overdue_table() {
    let env = store_with_cases();
    let out = env.run(&["overdue", "--as-of", "2026-01-09"], 0);
    insta::assert_snapshot!(out);
}

#[test]
fn due_table() {
    let env = store_with_cases();
    let out = env.run(&["due", "--within", "14", "--as-of", "2025-12-26"], 0);
    insta::assert_snapshot!(out);
}

#[test]
fn show_table() {
    let env = store_with_cases();
    let out = env.run(&["show", "2025-0001", "--as-of", "2025-12-01"], 0);
    insta::assert_snapshot!(scrub(&out));
}

/// The same case laid out for an 80-column terminal (`COLUMNS=80`).
#[test]
fn show_table_at_80_columns() {
    let env = store_with_cases();
    let out = env
        .cmd()
        .env("COLUMNS", "80")
        .args(["show", "2025-0001", "--as-of", "2025-12-01"])
        .output()
        .unwrap();
    insta::assert_snapshot!(scrub(&String::from_utf8(out.stdout).unwrap()));
}

#[test]
fn show_table_of_a_closed_case() {
    let env = Env::new();
    let n = env.direct("2025-01-02", "no");
    let today = ["--as-of", "2025-12-31"];
    for args in [
        vec!["notify-pd", &n, "--date", "2025-01-03"],
        vec!["commence", &n, "--date", "2025-01-10"],
        vec![
            "checklist",
            &n,
            "notice-of-commencement",
            "--date",
            "2025-01-10",
        ],
        vec!["present", &n, "--date", "2025-07-14"],
        vec![
            "finding",
            &n,
            "--all",
            "--finding",
            "not-sustained",
            "--date",
            "2025-07-14",
        ],
        vec!["transmit", &n, "--date", "2025-07-16"],
        vec![
            "chief-response",
            &n,
            "--date",
            "2025-08-20",
            "--concurs",
            "yes",
            "--department",
            "1=not-sustained",
        ],
        vec!["close", &n, "--date", "2025-08-21"],
    ] {
        let mut a = args.clone();
        a.extend(today);
        env.run(&a, 0);
    }
    let out = env.run(&["show", &n, "--as-of", "2025-12-31"], 0);
    insta::assert_snapshot!(scrub(&out));
}

/// `show` laid out for 80 columns (`COLUMNS`, as a terminal of that width
/// sets it): no line is wider, and no step name, citation or time is split.
#[test]
fn show_fits_80_columns_without_splitting_words() {
    let env = Env::new();
    let n = env.direct("2025-03-07", "yes");
    for args in [
        vec!["refer-counsel", &n, "--date", "2025-03-08"],
        vec![
            "counsel-determination",
            &n,
            "--date",
            "2025-03-10",
            "--result",
            "no-interference",
        ],
    ] {
        let mut a = args.clone();
        a.extend(["--as-of", "2025-03-20"]);
        env.run(&a, 0);
    }
    let out = env
        .cmd()
        .env("COLUMNS", "80")
        .args(["show", &n, "--as-of", "2025-03-20"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} wide: {line}",
            line.chars().count()
        );
    }
    for whole in [
        "counsel-determination",
        "no-interference",
        "refer-counsel",
        "2025-03-10",
    ] {
        assert!(text.contains(whole), "'{whole}' split in:\n{text}");
    }
}

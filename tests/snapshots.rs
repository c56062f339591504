//! What people see: the tables of `overdue`, `due` and `show`, pinned as
//! snapshots (insta) so a change to the layout is a reviewed change.

mod common;
use common::Env;

/// Replace recording timestamps (`2026-11-23T16:45:21Z`) and the account
/// that recorded (the uid's login name) with fixed tokens: they are when
/// and as whom the test ran, not part of the layout. The account's length
/// sets a column's width, so runs of spaces and of rule dashes count once.
fn scrub(s: &str) -> String {
    let stamped = scrub_stamps(s).replace(&format!(" by {}", common::account()), " by <who>");
    let mut out = String::new();
    for c in stamped.chars() {
        if (c == ' ' || c == '-') && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
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

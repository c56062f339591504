//! Completion of what the store knows: case numbers, badges and the
//! profile's values complete in bash (a real bash, with the registration
//! `COMPLETE=bash oversight` prints sourced), and in zsh and fish through
//! the same call their registrations make.

use crate::common;
use common::Env;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_oversight")
}

/// A store with two cases and a presented one, at `OVERSIGHT_DB`.
fn store() -> Env {
    let env = Env::new();
    env.direct("2025-03-07", "no");
    env.direct("2025-03-10", "no");
    env
}

/// What bash offers for the words typed (the last one being completed).
fn bash(env: &Env, words: &[&str]) -> Vec<String> {
    let script = format!(
        "source <(COMPLETE=bash {bin}) && COMP_WORDS=({words}) && COMP_CWORD={cword} && \
         COMP_TYPE=9 && _clap_complete_oversight oversight {last} {prev} && \
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        bin = bin(),
        words = words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" "),
        cword = words.len() - 1,
        last = words.last().unwrap(),
        prev = words[words.len() - 2],
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("OVERSIGHT_DB", &env.db)
        .env("OVERSIGHT_CONFIG", "")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// What the engine answers a shell's call (zsh and fish call it so).
fn engine(env: &Env, shell: &str, words: &[&str]) -> String {
    let out = std::process::Command::new(bin())
        .env("COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .env("OVERSIGHT_DB", &env.db)
        .env("OVERSIGHT_CONFIG", "")
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn bash_completes_cases_badges_and_profile_values() {
    sqlite_only!();
    let env = store();
    let cases = bash(&env, &["oversight", "show", "2025-"]);
    assert_eq!(cases, ["2025-0002", "2025-0001"], "newest first");
    assert_eq!(
        bash(&env, &["oversight", "commence", "2025-0001"]),
        ["2025-0001"]
    );
    assert_eq!(
        bash(&env, &["oversight", "officer", "show", "44"]),
        ["4411"]
    );
    assert_eq!(
        bash(
            &env,
            &["oversight", "finding", "2025-0001", "--finding", "sus"]
        ),
        ["sustained"]
    );
    let reasons = bash(
        &env,
        &[
            "oversight",
            "finding",
            "2025-0001",
            "--finding",
            "no-finding",
            "--reason",
            "w",
        ],
    );
    assert_eq!(reasons, ["withdrawn"]);
}

#[test]
fn zsh_and_fish_registrations_call_the_same_completion() {
    sqlite_only!();
    let env = store();
    for shell in ["zsh", "fish"] {
        let registration = std::process::Command::new(bin())
            .env("COMPLETE", shell)
            .output()
            .unwrap();
        let script = String::from_utf8(registration.stdout).unwrap();
        assert!(
            script.contains(&format!("COMPLETE=\"{shell}\""))
                || script.contains(&format!("COMPLETE={shell}")),
            "{shell}: {script}"
        );
        let out = engine(&env, shell, &["oversight", "show", "2025-000"]);
        assert!(
            out.contains("2025-0001") && out.contains("2025-0002"),
            "{shell}: {out}"
        );
        let out = engine(
            &env,
            shell,
            &["oversight", "checklist", "2025-0001", "notice"],
        );
        assert!(out.contains("notice-of-commencement"), "{shell}: {out}");
    }
}

/// Without a store there is nothing to offer, and no error either.
#[test]
fn no_store_completes_nothing() {
    let env = Env::new();
    assert!(bash(&env, &["oversight", "show", "2025-"]).is_empty());
}

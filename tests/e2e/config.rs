//! The configuration file: defaults for the store, the profile and the
//! case-number prefix; flags and the environment win; `config show` says
//! where each value came from.

use crate::common;
use common::Env;

fn with_config(env: &Env, text: &str) -> assert_cmd::Command {
    let file = env.dir.path().join("config.toml");
    std::fs::write(&file, text).unwrap();
    let mut c = assert_cmd::Command::cargo_bin("oversight").unwrap();
    c.env_remove("OVERSIGHT_DB")
        .env("OVERSIGHT_CONFIG", &file)
        .env("NO_COLOR", "1");
    c
}

#[test]
fn the_config_file_sets_store_profile_and_prefix() {
    let env = Env::new();
    let db = env.dir.path().join("office.db");
    let text = format!(
        "db = \"{}\"\nprofile = \"florida-ia\"\ncase_prefix = \"IA-\"\n",
        db.display()
    );
    let out = with_config(&env, &text)
        .args(["config", "show", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["config_file_found"], true);
    let setting = |k: &str| {
        v["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == k)
            .unwrap()
            .clone()
    };
    assert_eq!(setting("db")["value"], db.display().to_string());
    assert!(setting("db")["source"]
        .as_str()
        .unwrap()
        .starts_with("db in "));
    assert_eq!(setting("profile")["value"], "florida-ia");
    assert_eq!(setting("case_prefix")["value"], "IA-");

    let out = with_config(&env, &text)
        .args([
            "--no-input",
            "--format",
            "json",
            "intake",
            "--as-of",
            "2025-03-07",
        ])
        .args([
            "--received",
            "2025-03-07",
            "--source",
            "direct",
            "--incident-date",
            "2025-03-01",
        ])
        .args([
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            "A B#1",
            "--allegation",
            "force@1",
        ])
        .args(["--summary", "configured"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["case"], "IA-2025-0001");
    assert!(db.exists(), "the configured store was not used");
    // The store was created with the configured profile.
    let out = with_config(&env, &text)
        .args([
            "show",
            "IA-2025-0001",
            "--format",
            "json",
            "--as-of",
            "2025-03-07",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["deadlines"][0]["deadline"], "forward-agency");

    // --db wins over the file.
    let out = with_config(&env, &text)
        .args([
            "--db",
            env.db.to_str().unwrap(),
            "config",
            "show",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["settings"][0]["source"], "--db");
}

#[test]
fn a_bad_config_file_is_named() {
    let env = Env::new();
    let out = with_config(&env, "colour = \"blue\"\n")
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("config.toml") && err.contains("colour"),
        "{err}"
    );
}

#[test]
fn the_readme_example_configuration_is_read_as_it_stands() {
    let env = Env::new();
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let block = readme
        .split("```toml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .find(|b| b.contains("case_prefix ="))
        .unwrap();
    assert!(block.contains("[report]"), "{block}");
    let out = with_config(&env, block)
        .args(["config", "show", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let title = v["settings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "report.title")
        .unwrap();
    assert_eq!(
        title["value"],
        "Annual Report of the Civilian Investigative Panel"
    );
}

/// `config show` names the law of the store itself, apart from the
/// profile a new store would get (a Florida store under the default).
#[test]
fn config_show_names_the_stores_own_profile() {
    let env = Env::new();
    env.run(&["init", "--profile", "florida-ia"], 0);
    let v = env.json(&["config", "show"]);
    let setting = |k: &str| {
        v["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == k)
            .cloned()
            .unwrap_or_else(|| panic!("no {k} in {v}"))
    };
    assert_eq!(setting("store_profile")["value"], "florida-ia");
    assert_eq!(setting("profile")["value"], "miami-cip");
    assert!(setting("profile")["source"]
        .as_str()
        .unwrap()
        .contains("the profile of a new store"));
}

/// An OVERSIGHT_CONFIG that names no file is an error naming it (a typo
/// there would point the nightly job at another store without a word); set
/// empty, no configuration file is read.
#[test]
fn a_config_file_named_but_missing_is_an_error() {
    let env = Env::new();
    let missing = env.dir.path().join("typo.toml");
    let out = env
        .cmd()
        .env("OVERSIGHT_CONFIG", &missing)
        .args(["overdue", "--exit-code"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "OVERSIGHT_CONFIG names {}, which does not exist",
            missing.display()
        )),
        "{err}"
    );
    // Empty: none read, and the command goes on (to its own refusal: no
    // store at --db).
    let out = env.cmd().args(["overdue"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
}

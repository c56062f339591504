//! The README cannot rot: every `sh` block is run, in order, against one
//! temporary store, the way a reader would type it. Lines that do not start
//! with `oversight` (building with cargo) are skipped; `--exit-code` lines
//! may exit 1.

use std::path::Path;
use std::process::Command;

/// The `oversight` command lines of every ```sh block, continuations joined,
/// trailing comments removed.
fn commands(readme: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_sh = false;
    let mut pending = String::new();
    for line in readme.lines() {
        if let Some(lang) = line.strip_prefix("```") {
            in_sh = !in_sh && lang.trim() == "sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        let mut l = line.trim().to_string();
        // A comment starts at " #" followed by a space ("Roe#4411" is not one).
        if let Some(i) = l.find("  #") {
            l.truncate(i);
        }
        let l = l.trim_end();
        if let Some(head) = l.strip_suffix('\\') {
            pending.push_str(head);
            pending.push(' ');
            continue;
        }
        pending.push_str(l);
        let full = std::mem::take(&mut pending);
        if full.starts_with("oversight ") {
            out.push(full);
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn every_readme_command_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let cmds = commands(&readme);
    assert!(cmds.len() > 40, "only {} commands found", cmds.len());
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root.join("examples"), &dir.path().join("examples"));
    copy_dir(
        &root.join("tests/fixtures"),
        &dir.path().join("tests/fixtures"),
    );
    let bin = Path::new(env!("CARGO_BIN_EXE_oversight")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for cmd in &cmds {
        let out = Command::new("sh")
            .arg("-c")
            .arg(cmd)
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("OVERSIGHT_DB", dir.path().join("cases.db"))
            .env("OVERSIGHT_CONFIG", "")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let code = out.status.code();
        let ok = code == Some(0) || (code == Some(1) && cmd.contains("--exit-code"));
        assert!(
            ok,
            "README command failed (exit {code:?}):\n  {cmd}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_readme_opens_with_the_two_commands() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .split("```sh\n")
        .skip(1)
        .take(2)
        .map(|b| b.split("```").next().unwrap().trim())
        .collect();
    assert_eq!(
        blocks,
        [
            "cargo run --release -- init && cargo run --release -- overdue",
            "bash scripts/test"
        ]
    );
    let ci =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/run")).unwrap();
    assert!(ci.lines().any(|l| l.trim() == "bash scripts/test"), "{ci}");
}

/// The README's cron line, as cron's /bin/sh runs it, with the binary and
/// the store where a test has them, /tmp in a temporary folder and `mail`
/// a stand-in that writes what it would send to a file.
fn run_cron_recipe(readme: &str, dir: &Path, db: &Path) -> String {
    run_cron_line(readme, 1, dir, db)
}

/// The `n`th cron block's line (1: the overdue list, 2: the store check).
fn run_cron_line(readme: &str, n: usize, dir: &Path, db: &Path) -> String {
    let block = readme
        .split("```cron\n")
        .nth(n)
        .and_then(|b| b.split("```").next())
        .expect("a cron block in the README");
    let line = block.lines().find(|l| !l.trim().is_empty()).unwrap();
    // Five schedule fields, then the command.
    let command = line
        .splitn(6, char::is_whitespace)
        .filter(|f| !f.is_empty())
        .nth(5);
    let command = command.unwrap_or_else(|| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        panic!("cron line has no command: {fields:?}")
    });
    let bin = env!("CARGO_BIN_EXE_oversight");
    let tmp = dir.join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let fake = dir.join("bin");
    std::fs::create_dir_all(&fake).unwrap();
    let mail = fake.join("mail");
    std::fs::write(
        &mail,
        format!(
            "#!/bin/sh\necho \"mail $*\" >> {out}\ncat >> {out}\n",
            out = dir.join("mailed").display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&mail, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let command = command
        .replace("/tmp/overdue.", &format!("{}/overdue.", tmp.display()))
        .replace("/tmp/verify.", &format!("{}/verify.", tmp.display()))
        .replace(
            "/srv/oversight/audit.head",
            dir.join("audit.head").to_str().unwrap(),
        )
        .replace("/usr/local/bin/oversight", bin)
        .replace("/srv/oversight/cases.db", db.to_str().unwrap());
    let _ = std::fs::remove_file(dir.join("mailed"));
    let status = Command::new("/bin/sh")
        .arg("-c")
        .arg(&command)
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", fake.display()))
        .env("HOME", dir)
        .status()
        .unwrap();
    assert!(status.success(), "{command}");
    std::fs::read_to_string(dir.join("mailed")).unwrap_or_default()
}

#[test]
fn the_cron_recipe_tells_overdue_from_a_failed_check() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cases.db");
    let oversight = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_oversight"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env("OVERSIGHT_CONFIG", "")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
    };
    // Nothing overdue: nothing mailed.
    oversight(&["init"]);
    assert_eq!(run_cron_recipe(&readme, dir.path(), &db), "");
    // A case long past its first deadline: the list goes to the director.
    oversight(&[
        "intake",
        "--no-input",
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
        "--allegation",
        "force@4411",
        "--summary",
        "x",
    ]);
    let mailed = run_cron_recipe(&readme, dir.path(), &db);
    assert!(
        mailed.starts_with("mail -s Overdue oversight deadlines director@"),
        "{mailed}"
    );
    assert!(
        mailed.contains("2025-0001") && mailed.contains("notify-pd"),
        "{mailed}"
    );
    // A store that is not where the line says: the clerk hears of it.
    let mailed = run_cron_recipe(&readme, dir.path(), &dir.path().join("moved.db"));
    assert!(
        mailed.starts_with("mail -s oversight nightly check FAILED (exit 5) clerk@"),
        "{mailed}"
    );
    assert!(mailed.contains("no store at"), "{mailed}");
}

#[test]
fn the_nightly_store_check_keeps_the_head_and_catches_a_removed_row() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cases.db");
    let status = Command::new(env!("CARGO_BIN_EXE_oversight"))
        .arg("--db")
        .arg(&db)
        .args([
            "intake",
            "--no-input",
            "--as-of",
            "2025-03-07",
            "--received",
            "2025-03-07",
        ])
        .args([
            "--source",
            "direct",
            "--incident-date",
            "2025-03-01",
            "--criminal",
            "no",
        ])
        .args([
            "--anonymous",
            "--officer",
            "John Roe#4411",
            "--allegation",
            "force@4411",
        ])
        .args(["--summary", "x"])
        .env("OVERSIGHT_CONFIG", "")
        .status()
        .unwrap();
    assert!(status.success());
    // Before the head is started, the nightly check fails and says how.
    let mailed = run_cron_line(&readme, 2, dir.path(), &db);
    assert!(
        mailed.starts_with("mail -s oversight store check FAILED clerk@")
            && mailed.contains("no head is kept there")
            && mailed.contains("--new-head"),
        "{mailed}"
    );
    // Started once, as the README says; then each night finds the log
    // extends it.
    let head = dir.path().join("audit.head");
    let start = readme
        .lines()
        .find(|l| l.contains("--new-head") && l.starts_with("oversight "))
        .expect("the README starts the head");
    let args: Vec<String> = start
        .split_whitespace()
        .skip(1)
        .map(|a| {
            a.replace("/srv/oversight/cases.db", db.to_str().unwrap())
                .replace("/srv/oversight/audit.head", head.to_str().unwrap())
        })
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_oversight"))
        .args(&args)
        .env("OVERSIGHT_CONFIG", "")
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    assert!(head.exists());
    assert_eq!(run_cron_line(&readme, 2, dir.path(), &db), "");
    assert_eq!(run_cron_line(&readme, 2, dir.path(), &db), "");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("tmp/verify.err"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the recipe's messages are owner-only");
    }
    // A row removed in between, with what it vouched for: the clerk hears.
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch(
        "DROP TRIGGER audit_append_only_delete; DROP TRIGGER case_states_append_only_delete;
         DELETE FROM case_states WHERE audit_id = (SELECT max(id) FROM audit);
         DELETE FROM audit WHERE id = (SELECT max(id) FROM audit);",
    )
    .unwrap();
    drop(c);
    let mailed = run_cron_line(&readme, 2, dir.path(), &db);
    assert!(
        mailed.starts_with("mail -s oversight store check FAILED clerk@"),
        "{mailed}"
    );
    assert!(mailed.contains("does not extend the head kept"), "{mailed}");
    // The head file removed too: the check fails rather than start over.
    std::fs::remove_file(&head).unwrap();
    let mailed = run_cron_line(&readme, 2, dir.path(), &db);
    assert!(mailed.contains("no head is kept there"), "{mailed}");
    assert!(!head.exists());
}

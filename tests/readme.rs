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
            .env("OVERSIGHT_CONFIG", dir.path().join("none.toml"))
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
    assert_eq!(blocks, ["cargo run --release -- overdue", "cargo test"]);
    let ci =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/run")).unwrap();
    assert!(ci.lines().any(|l| l.trim() == "cargo test"), "{ci}");
}

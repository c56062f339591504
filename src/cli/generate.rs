//! `generate` (hidden): shell completions and man pages from the clap
//! definition, into `completions/` and `man/`. A test fails when the
//! committed files differ from what the current code generates.

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{Cli, Ctx};
use crate::error::{Error, Result};

/// Regenerate completions/ and man/ (for maintainers)
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The folder holding completions/ and man/
    #[arg(long, default_value = ".")]
    pub out: PathBuf,
}

pub fn run(_ctx: &Ctx, a: GenerateArgs) -> Result<i32> {
    write_all(&a.out)?;
    crate::info!(
        "wrote {} and {}",
        a.out.join("completions").display(),
        a.out.join("man").display()
    );
    Ok(0)
}

/// Write every completion script and man page under `root`.
pub fn write_all(root: &Path) -> Result<()> {
    let io = |e: std::io::Error| Error::usage(format!("--out: {e}"));
    let comp = root.join("completions");
    let man = root.join("man");
    std::fs::create_dir_all(&comp).map_err(io)?;
    std::fs::create_dir_all(&man).map_err(io)?;
    // Pages of commands that are gone go too.
    for entry in std::fs::read_dir(&man).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|e| e == "1") {
            std::fs::remove_file(&path).map_err(io)?;
        }
    }
    let mut cmd = Cli::command();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        clap_complete::generate_to(shell, &mut cmd, "oversight", &comp).map_err(io)?;
    }
    // The pages state the law of the default profile (help on a machine
    // states its store's).
    let with_law = super::law::command(&super::law::default_profile(), false);
    clap_mangen::generate_to(with_law, &man).map_err(io)?;
    // The mapping language is a file format, not a command: its page is
    // written by hand (a test checks it names every key the parser takes).
    std::fs::write(
        man.join("oversight-mapping.5"),
        include_str!("../exchange/oversight-mapping.5"),
    )
    .map_err(io)?;
    for entry in std::fs::read_dir(&man).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|e| e != "1") {
            continue;
        }
        let page = std::fs::read_to_string(&path).map_err(io)?;
        std::fs::write(&path, keep_lists(&page)).map_err(io)?;
    }
    Ok(())
}

/// `man` fills every paragraph, which runs the overview's aligned command
/// list together: an indented run of lines is kept as it is (no-fill).
fn keep_lists(page: &str) -> String {
    let mut out = String::with_capacity(page.len() + 64);
    let mut in_list = false;
    for line in page.lines() {
        let listed = line.starts_with("  ");
        // A heading of a list ("Meets:") stands on its own line.
        if !listed && line.ends_with(':') && !line.starts_with('.') {
            out.push_str(".br\n");
        }
        if listed && !in_list {
            out.push_str(".nf\n");
        } else if !listed && in_list {
            out.push_str(".fi\n");
        }
        in_list = listed;
        out.push_str(line);
        out.push('\n');
    }
    if in_list {
        out.push_str(".fi\n");
    }
    out
}

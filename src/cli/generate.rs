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
    clap_mangen::generate_to(Cli::command(), &man).map_err(io)?;
    Ok(())
}

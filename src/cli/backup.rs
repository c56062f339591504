//! `backup FILE`: an online copy of the store (SQLite's backup API), safe
//! while others write; created owner-only.

use std::path::PathBuf;

use clap::Args;

use super::Ctx;
use crate::error::{Error, Result};

/// Copy the store to FILE while it stays in use (online backup)
#[derive(Debug, Args)]
#[command(
    after_help = "The copy is readable by its owner only, like the store, and is \
never written through a symbolic link: a file or link already at FILE is refused, or with \
--force replaced (the link itself, not what it points to).

Example:\n  oversight backup ~/backups/oversight-$(date +%F).db"
)]
pub struct BackupArgs {
    /// Where to write the copy
    pub file: Option<PathBuf>,
    /// Replace a file or link already at FILE
    #[arg(long)]
    pub force: bool,
}

struct Resolved {
    file: PathBuf,
    force: bool,
}

pub fn run(ctx: &Ctx, a: BackupArgs) -> Result<i32> {
    super::ask::Ask::new(ctx).need(&a.file, "FILE").check()?;
    let file = match a.file {
        Some(f) => f,
        None => PathBuf::from(super::ask::text(None, "Where to write the copy")?),
    };
    let a = Resolved {
        file,
        force: a.force,
    };
    let mut store = ctx.open()?;
    if let Some(path) = store.location().file() {
        if std::fs::canonicalize(&a.file).ok() == std::fs::canonicalize(path).ok() {
            return Err(Error::usage("FILE: that is the store itself"));
        }
    }
    // A copy of everything, complainants included: a reading, audited
    // (before it is made: a store that cannot record it is not copied).
    store.can_back_up()?;
    store.log_read(None, &format!("backup to {}", a.file.display()))?;
    store.backup_to(&a.file, a.force)?;
    crate::info!("backed up {} to {}", store.location(), a.file.display());
    Ok(0)
}

//! `publish DIR`: the public transparency site, written whole or not at
//! all: built in a new folder beside DIR and given DIR's name at the end.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::json;

use super::ask::{self, Ask};
use super::Ctx;
use crate::error::{Error, Result};
use crate::ops;
use crate::output::{print_json, Format};

/// Write the public transparency site: reports of every year, the monitoring list, the methodology, CSV downloads
#[derive(Debug, Args)]
#[command(
    after_help = "The folder holds only what may be published: the public annual report \
of every year with cases (small counts not shown), the public monitoring \
list, a methodology page citing every rule, and CSV downloads of the same figures and of the \
monitoring list (no case-level rows: they would let the hidden small counts be worked out). \
Every link is relative: upload the folder anywhere, or open index.html from disk. The site is built beside \
DIR and takes its name only when complete.

Examples:
  oversight publish site
  oversight publish /srv/www/oversight --force --as-of 2025-12-31"
)]
pub struct PublishArgs {
    /// The folder to write (must not exist yet, unless --force)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Replace a site already at DIR (a folder; never a file or a link)
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &Ctx, a: PublishArgs) -> Result<i32> {
    Ask::new(ctx).need(&a.dir, "DIR").check()?;
    let dir = PathBuf::from(ask::text(
        a.dir.map(|d| d.display().to_string()),
        "Folder to write the site to",
    )?);
    let shown = dir.display().to_string();
    let existing = match std::fs::symlink_metadata(&dir) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(Error::bad_value(
                "DIR",
                &shown,
                "a folder, not a link (a link could send the site anywhere)",
            ))
        }
        Ok(m) if !m.is_dir() => {
            return Err(Error::bad_value(
                "DIR",
                &shown,
                "a folder; a file is in the way",
            ))
        }
        Ok(_) if !a.force => {
            return Err(Error::bad_value(
                "DIR",
                &shown,
                "a folder that does not exist yet (or --force to replace the site in it)",
            ))
        }
        // --force replaces a site this command wrote, never another folder.
        Ok(_) if !dir.join(MARK).is_file() => {
            return Err(Error::bad_value(
                "DIR",
                &shown,
                &format!(
                    "a site `publish` wrote (it has {MARK}); this folder has other things in it                      and is left alone: give a new folder"
                ),
            ))
        }
        Ok(_) => true,
        Err(_) => false,
    };
    // The folder it goes in must be there already.
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(Error::bad_value(
            "DIR",
            &shown,
            &format!(
                "a folder inside one that exists ({} does not)",
                parent.display()
            ),
        ));
    }
    // Never the folder that holds the store.
    let store_dir = ctx.db.file().map(|f| match f.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    });
    if let (Some(Ok(store)), Ok(site)) = (
        store_dir.map(std::fs::canonicalize),
        std::fs::canonicalize(&dir),
    ) {
        if store.starts_with(&site) {
            return Err(Error::bad_value(
                "DIR",
                &shown,
                "a folder apart from the store's (it holds the store)",
            ));
        }
    }
    let mut store = ctx.open()?;
    store.reading_in_bulk()?;
    let cover = ctx.cover(store.profile()?);
    let building = sibling(&dir, "new")?;
    std::fs::create_dir(&building)
        .map_err(|e| Error::store(format!("cannot create {}: {e}", building.display())))?;
    let built = store.read(|tx| {
        let site = ops::publish::site(tx, ctx.as_of, &cover)?;
        let mut names: Vec<String> = Vec::new();
        for (name, bytes) in &site.files {
            new_file(&building.join(name))?.write_all(bytes)?;
            names.push(name.clone());
        }
        new_file(&building.join(MARK))?
            .write_all(b"A public site written by `oversight publish`; --force replaces it.\n")?;
        Ok((names, site.years))
    });
    let (names, years) = match built {
        Ok(v) => v,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&building);
            return Err(e);
        }
    };
    // The complete site takes DIR's name; an old one goes only after.
    let old = if existing {
        let old = sibling(&dir, "old")?;
        std::fs::rename(&dir, &old)?;
        Some(old)
    } else {
        None
    };
    std::fs::rename(&building, &dir)?;
    if let Some(old) = old {
        std::fs::remove_dir_all(&old)?;
    }
    if ctx.format == Format::Json {
        print_json(&json!({"dir": shown, "years": years, "files": names}))?;
    } else {
        crate::info!(
            "wrote {} file(s) to {shown}: open {}",
            names.len(),
            dir.join("index.html").display()
        );
    }
    Ok(0)
}

/// What marks a folder as a site `publish` wrote.
const MARK: &str = ".oversight-site";

/// A name beside `dir` that nothing has yet: `DIR.new-PID`.
fn sibling(dir: &Path, what: &str) -> Result<PathBuf> {
    let name = dir
        .file_name()
        .ok_or_else(|| Error::bad_value("DIR", &dir.display().to_string(), "a folder name"))?;
    let mut n = name.to_os_string();
    n.push(format!(".{what}-{}", std::process::id()));
    Ok(dir.with_file_name(n))
}

/// A new public file (readable by all, as a web server needs), never one
/// already there.
fn new_file(path: &Path) -> Result<std::fs::File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o644)
        .open(path)
        .map_err(|e| Error::store(format!("cannot create {}: {e}", path.display())))
}

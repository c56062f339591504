//! `verify`: is the store sound? The file (`PRAGMA integrity_check`), the
//! audit chain (against a head kept outside the file, when given), and
//! every case against the audit log and its own events (`ops::verify`).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::Ctx;
use crate::error::{Error, Result};
use crate::output::{out_line, print_json, Format};
use crate::store::Head;

/// Check the store: file integrity, the audit chain, each case against the log and its events
#[derive(Debug, Args)]
#[command(
    after_help = "Exit 0 when all is well; exit 5 naming the broken audit row, or every \
case whose data differ from what the audit log vouches for, whose status or deadlines differ \
from its events, or whose dates cannot be.

The head (ROWS:HASH) is printed on stdout: keep it outside the store (the nightly job's \
--head-file) and a later `verify --expect HEAD` fails if rows were removed or the log was \
rewritten since.

Examples:
  oversight verify
  oversight verify --expect 1204:3f1c…
  oversight verify --head-file /srv/oversight/audit.head --new-head   # the first night
  oversight verify --head-file /srv/oversight/audit.head              # every night after"
)]
pub struct VerifyArgs {
    /// A head printed by an earlier verify: fail unless the log extends it
    #[arg(long, value_name = "ROWS:HASH", value_parser = head_arg, conflicts_with = "head_file")]
    pub expect: Option<Head>,
    /// Check against the head kept in FILE, then keep the new head there
    /// (owner-only); a FILE that is gone is an error, not a fresh start
    #[arg(long, value_name = "FILE")]
    pub head_file: Option<PathBuf>,
    /// Start the head file: the first check, when FILE holds no head yet
    #[arg(long, requires = "head_file")]
    pub new_head: bool,
}

fn head_arg(s: &str) -> std::result::Result<Head, String> {
    Head::parse(s).ok_or_else(|| {
        "expected ROWS:HASH as `oversight verify` prints it, e.g. 12:<64 hex digits>".into()
    })
}

pub fn run(ctx: &Ctx, a: VerifyArgs) -> Result<i32> {
    // A head file that is gone is the removal it guards against (rows
    // dropped, and the head beside them): only the first check, said so,
    // starts one.
    if let Some(f) = &a.head_file {
        match (f.symlink_metadata().is_ok(), a.new_head) {
            (false, false) => {
                return Err(Error::usage(format!(
                    "--head-file {}: no head is kept there. The head from the last check is \
                     gone, or this is the first check: start one with --new-head",
                    f.display()
                )))
            }
            (true, true) => {
                return Err(Error::usage(format!(
                    "--new-head: {} already holds a head; starting again would forget it \
                     (move it away first if that is what you mean)",
                    f.display()
                )))
            }
            _ => {}
        }
    }
    let kept = match &a.head_file {
        Some(f) if f.exists() => {
            let text = std::fs::read_to_string(f)
                .map_err(|e| Error::usage(format!("--head-file {}: {e}", f.display())))?;
            Some(Head::parse(&text).ok_or_else(|| {
                Error::usage(format!(
                    "--head-file {}: '{}' is not a head (ROWS:HASH)",
                    f.display(),
                    text.trim()
                ))
            })?)
        }
        _ => a.expect.clone(),
    };
    let mut store = ctx.open()?;
    store.reading_in_bulk()?;
    let v = store.read(|tx| crate::ops::verify::verify(tx, ctx.as_of, kept.as_ref()))?;
    if let Some(f) = &a.head_file {
        let mut file = crate::files::create(f, true)?;
        writeln!(file.file(), "{}", v.head)?;
        file.persist()?;
    }
    if ctx.format == Format::Json {
        print_json(&serde_json::json!({
            "ok": true, "audit_rows": v.audit_rows, "cases": v.cases, "head": v.head,
        }))?;
    } else {
        out_line(&v.head)?;
        crate::info!(
            "ok: integrity check passed; {} audit row(s) chained{}; {} case(s) match the log \
             and their events",
            v.audit_rows,
            if kept.is_some() {
                ", extending the head kept"
            } else {
                ""
            },
            v.cases
        );
    }
    Ok(0)
}

//! `verify`: is the store sound? The file (`PRAGMA integrity_check`), the
//! audit chain, and every case's stored state against its events.

use clap::Args;

use super::Ctx;
use crate::error::Result;
use crate::output::{print_json, Format};

/// Check the store: file integrity, the audit chain, each case against its events
#[derive(Debug, Args)]
#[command(
    after_help = "Exit 0 when all is well; exit 5 naming the first broken audit row or \
the first case whose stored state differs from its events.

Example:\n  oversight verify"
)]
pub struct VerifyArgs {}

pub fn run(ctx: &Ctx, _a: VerifyArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let v = store.read(|tx| crate::ops::verify::verify(tx, ctx.as_of))?;
    if ctx.format == Format::Json {
        print_json(&serde_json::json!({"ok": true, "audit_rows": v.audit_rows, "cases": v.cases}))?;
    } else {
        crate::info!(
            "ok: integrity check passed; {} audit row(s) chained; {} case(s) match their events",
            v.audit_rows,
            v.cases
        );
    }
    Ok(0)
}

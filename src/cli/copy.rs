//! `copy --from STORE --to STORE`: every record into a new store, on either
//! engine (an office moving its SQLite file to a server, or back).

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::output::{print_json, Format};
use crate::store::Location;

/// Copy every record of a store into a new one, on either engine, the audit chain with it; both verify after
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight copy --from ~/.local/share/oversight/cases.db --to postgresql://oversight@db.office.example/oversight\n  oversight copy --from postgresql://oversight@db.office.example/oversight --to /srv/backup/cases.db"
)]
pub struct CopyArgs {
    /// The store to copy: a file, or postgresql://USER@HOST/DB
    #[arg(long, value_name = "PATH|URL")]
    pub from: Option<std::path::PathBuf>,
    /// Where the new store goes: a file that does not exist yet, or a database with no store in it
    #[arg(long, value_name = "PATH|URL")]
    pub to: Option<std::path::PathBuf>,
}

pub fn run(ctx: &Ctx, a: CopyArgs) -> Result<i32> {
    super::ask::Ask::new(ctx)
        .need(&a.from, "--from")
        .need(&a.to, "--to")
        .check()?;
    let from = match a.from {
        Some(f) => f,
        None => super::ask::text(None, "The store to copy (a file, or postgresql://…)")?.into(),
    };
    let to = match a.to {
        Some(t) => t,
        None => {
            super::ask::text(None, "Where the copy goes (a new file, or postgresql://…)")?.into()
        }
    };
    let (from, to) = (
        Location::parse(from.as_os_str()),
        Location::parse(to.as_os_str()),
    );
    if from == to {
        return Err(Error::usage("--to: that is the store being copied"));
    }
    if crate::store::exists_at(&to)? {
        let mut there = crate::ops::open::open_or_create(&to, "")?.0;
        if there.read(|tx| tx.rows_beyond_settings())? > 0 {
            return Err(Error::usage(format!(
                "--to: {to} already holds a store; a copy goes into a new store only (a file \
                 that does not exist yet, or a database with no store: copy into it instead of \
                 `init`, then run `admin init` there); nothing was changed"
            )));
        }
    }
    if !crate::store::exists_at(&from)? {
        return Err(Error::store(format!("--from: no store at {from}")));
    }
    let mut source = crate::ops::open::open_or_create(&from, "")?.0;
    crate::ops::roles::check(source.access(), source.who(), "copy")?;
    crate::ops::deadlines::bring_up_to_date(&mut source)?;
    source.set_command(&ctx.command);
    source.reading_in_bulk()?;
    // Every complainant's data leaves the store: a reading, audited (and
    // carried over with the rest).
    source.log_read(None, &format!("copy to {to}"))?;
    let profile = crate::store::profile_text_at(&from)?;
    let shown = from.display();
    let (rows, verified) = source
        .read(|tx| {
            super::import::restore_into(ctx, &to, &profile, |dst| {
                crate::ops::copy::copy(tx, dst, &shown)
            })
        })
        .map_err(|e| match e {
            // Making the store's tables in a database is its owner's (the
            // engine says so of a database with no store yet).
            Error::Refused { message, .. } if message.starts_with(crate::store::NO_STORE) => {
                Error::refused(
                    format!(
                        "--to: the server refused to make the store in {to}: a copy makes the \
                         store's tables, which only the database's owner may; run it as that \
                         login"
                    ),
                    "",
                )
            }
            Error::Denied(detail) => Error::refused(
                format!(
                    "--to: the server refused to make the store in {to} ({detail}): a copy makes \
                     the store's tables, which only the database's owner may; run it as that \
                     login"
                ),
                "",
            ),
            e => e,
        })?;
    let kept = source.read(|tx| crate::ops::verify::verify(tx, ctx.as_of, None))?;
    if ctx.format == Format::Json {
        print_json(&json!({
            "copied": rows, "cases": verified.cases, "from": shown, "to": to.display(),
            "head": verified.head, "from_head": kept.head,
        }))?;
    } else {
        crate::info!(
            "copied {rows} row(s), {} case(s), from {from} to {to}; verify passed on both \
             (audit heads: the store copied {}, the copy {})",
            verified.cases,
            kept.head,
            verified.head
        );
    }
    Ok(0)
}

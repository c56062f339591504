//! `export store`: the whole store in one file, every record as it is, for
//! `import` to restore into a new store (another machine, another
//! office's copy): what `export cases` cannot carry (the timeline, the
//! Chief's action and discipline, matters, subpoenas, assignments, the
//! audit log) comes along.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Result;
use crate::exchange::store_file::Writer;
use crate::ops;

/// Export the whole store, every record, for `import` into a new store
#[derive(Debug, Args)]
#[command(
    after_help = "The file is JSON Lines: a first line saying what it is, then each \
table (its name and columns) followed by its rows, and a last line with the counts and the \
SHA-256 of everything before it, so a file cut short or changed is refused on import. It holds \
complainants' names and open investigations: keep it as you keep the store.

`oversight --db NEW.db import FILE` restores it into a new store; `verify` then passes there, \
and the audit log goes on from the same chain (a head kept by `verify --head-file` still holds).

Examples:
  oversight export store --output office.store.jsonl
  oversight --db /srv/new/cases.db import office.store.jsonl"
)]
pub struct StoreArgs {
    /// Write to FILE (created owner-only, never through a link) instead of
    /// standard output
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// With --output: replace a file or link already at FILE
    #[arg(long, requires = "output")]
    pub force: bool,
}

pub fn run(ctx: &Ctx, a: StoreArgs) -> Result<i32> {
    crate::output::with_output(a.output.as_deref(), a.force, || write(ctx))
}

fn write(ctx: &Ctx) -> Result<i32> {
    let mut store = ctx.open()?;
    store.reading_in_bulk()?;
    let mut about = serde_json::Map::new();
    about.insert(
        "schema".into(),
        crate::store::schema::CURRENT_VERSION.into(),
    );
    about.insert(
        "exported_at".into(),
        chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
            .into(),
    );
    about.insert("exported_by".into(), store.who().into());
    // A reading of every complainant's data, like a full `export cases`,
    // logged before the export as `backup` and `copy` log theirs: the file
    // holds the log with this row, so a head kept after it (`verify
    // --head-file` the same night) still holds on the store restored.
    store.log_read(None, "export store: the whole store")?;
    let out = std::io::BufWriter::with_capacity(64 * 1024, crate::output::DataOut::default());
    let rows = store.read(|tx| ops::export::store(tx, Writer::new(out, about)?))?;
    crate::info!("{rows} row(s) exported");
    Ok(0)
}

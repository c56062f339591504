//! `import FILE`: cases from CSV in the export's columns, all or nothing.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::exchange::{cases_from_rows, Row, COLUMNS, REQUIRED};
use crate::output::{print_json, unneutralise, Format};

/// Import cases from CSV (the columns of `export cases`), all or nothing
#[derive(Debug, Args)]
#[command(
    after_help = "Columns are read by header name, in any order; `status` is derived, not \
read. Rows with the same `case` form one case and must agree on its columns. Every bad row is \
named by line and field, and then nothing is written (exit 2). Case numbers are kept; one \
already in the store refuses the import.

Example:
  oversight import cases-2024.csv"
)]
pub struct ImportArgs {
    /// The CSV file
    pub file: PathBuf,
}

/// How many bad rows are listed before the rest are only counted.
const SHOW_ERRORS: usize = 50;

pub fn run(ctx: &Ctx, a: ImportArgs) -> Result<i32> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(&a.file)
        .map_err(|e| Error::usage(format!("{}: {e}", a.file.display())))?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::usage(format!("{}: {e}", a.file.display())))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        return Err(Error::usage(format!(
            "{}: line 1: missing column(s) {}; the columns are: {}",
            a.file.display(),
            missing.join(", "),
            COLUMNS.join(",")
        )));
    }
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| Error::usage(format!("{}: {e}", a.file.display())))?;
        let line = rec.position().map_or(0, |p| p.line());
        rows.push(Row {
            line,
            cells: headers
                .iter()
                .cloned()
                .zip(rec.iter().map(|c| unneutralise(c).to_string()))
                .collect(),
        });
    }
    let mut store = ctx.open()?;
    let cases = cases_from_rows(store.profile(), rows).map_err(|errs| {
        let mut msg = format!(
            "{}: {} bad row(s); nothing was imported",
            a.file.display(),
            errs.len()
        );
        for e in errs.iter().take(SHOW_ERRORS) {
            msg.push_str(&format!("\n  {e}"));
        }
        if errs.len() > SHOW_ERRORS {
            msg.push_str(&format!("\n  ... and {} more", errs.len() - SHOW_ERRORS));
        }
        Error::usage(msg)
    })?;
    let allegations: usize = cases.iter().map(|c| c.allegations.len()).sum();
    let bar = (std::io::stderr().is_terminal() && cases.len() >= 1000).then(|| {
        let b = indicatif::ProgressBar::new(cases.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("importing {bar:40} {pos}/{len} cases")
                .expect("valid template"),
        );
        b
    });
    store.write(|tx| {
        tx.import_cases(&cases, |n| {
            if let Some(b) = &bar {
                if n % 500 == 0 {
                    b.set_position(n as u64);
                }
            }
        })
    })?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if ctx.format == Format::Json {
        print_json(&json!({"imported": cases.len(), "allegations": allegations}))?;
    } else {
        eprintln!(
            "imported {} case(s) with {allegations} allegation(s) from {}",
            cases.len(),
            a.file.display()
        );
    }
    Ok(0)
}

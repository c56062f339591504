//! `import FILE`: cases from CSV in the export's columns, all or nothing.

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::exchange::mapping::Mapping;
use crate::exchange::{cases_from_rows, column_index, Row, COLUMNS, REQUIRED};
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
    pub file: Option<PathBuf>,
    /// A mapping (TOML) from another system's columns and values onto these
    /// (see examples/ccrb-2020.map.toml)
    #[arg(long, value_name = "MAP.toml")]
    pub map: Option<PathBuf>,
}

struct Resolved {
    file: PathBuf,
    map: Option<PathBuf>,
}

/// How many bad rows are listed before the rest are only counted.
const SHOW_ERRORS: usize = 50;

pub fn run(ctx: &Ctx, a: ImportArgs) -> Result<i32> {
    super::ask::Ask::new(ctx).need(&a.file, "FILE").check()?;
    let file = match a.file {
        Some(f) => f,
        None => PathBuf::from(super::ask::text(None, "CSV file to import")?),
    };
    let a = Resolved { file, map: a.map };
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
    let mapping = match &a.map {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Error::usage(format!("--map {}: {e}", path.display())))?;
            Some(Mapping::parse(&text, &path.display().to_string())?)
        }
        None => None,
    };
    let needed: Vec<&str> = match &mapping {
        Some(m) => m.source_columns(),
        None => REQUIRED.to_vec(),
    };
    let missing: Vec<&str> = needed
        .into_iter()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        return Err(Error::usage(format!(
            "{}: line 1: missing column(s) {}; {}",
            a.file.display(),
            missing.join(", "),
            if mapping.is_some() {
                "the mapping reads them".to_string()
            } else {
                format!("the columns are: {}", COLUMNS.join(","))
            }
        )));
    }
    let mut rows = Vec::new();
    let mut unmapped = BTreeMap::new();
    // Where each file column goes among ours.
    let positions: Vec<Option<usize>> = headers.iter().map(|h| column_index(h)).collect();
    for rec in reader.records() {
        let rec = rec.map_err(|e| Error::usage(format!("{}: {e}", a.file.display())))?;
        let line = rec.position().map_or(0, |p| p.line());
        match &mapping {
            Some(m) => {
                let source: HashMap<&str, &str> =
                    headers.iter().map(String::as_str).zip(rec.iter()).collect();
                rows.push(m.apply(line, &source, &mut unmapped));
            }
            None => {
                let mut row = Row::new(line);
                for (i, cell) in rec.iter().enumerate() {
                    if let Some(col) = positions.get(i).copied().flatten() {
                        row.cells[col] = unneutralise(cell).to_string();
                    }
                }
                rows.push(row);
            }
        }
    }
    if !unmapped.is_empty() {
        let mut list: Vec<_> = unmapped.into_iter().collect();
        list.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        let mut msg = format!(
            "{}: {} value(s) the mapping does not translate; nothing was imported",
            a.file.display(),
            list.len()
        );
        for ((column, value), n) in list {
            msg.push_str(&format!("\n  {column}: '{value}' ({n} row(s))"));
        }
        return Err(Error::usage(msg));
    }
    let mut store = ctx.open_or_create()?;
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
    let allegations: usize = cases.iter().map(|c| c.case.allegations.len()).sum();
    let bar = (std::io::stderr().is_terminal() && cases.len() >= 1000).then(|| {
        let b = indicatif::ProgressBar::new(cases.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("importing {bar:40} {pos}/{len} cases")
                .expect("valid template"),
        );
        b
    });
    store.write(|tx| {
        crate::ops::import::import(tx, &cases, |n| {
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
        crate::info!(
            "imported {} case(s) with {allegations} allegation(s) from {}",
            cases.len(),
            a.file.display()
        );
    }
    Ok(0)
}

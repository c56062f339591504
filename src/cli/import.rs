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
    let shown = a.file.display().to_string();
    let bytes = std::fs::read(&a.file).map_err(|e| Error::usage(format!("{shown}: {e}")))?;
    // Physical line numbers, whatever ends the lines (CRLF from Excel too)
    // and however many newlines a quoted cell holds.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect();
    // A record's position may be the line ending before it (the csv crate
    // with CRLF): its line is where its first character is.
    let line_of = |byte: u64| {
        let mut b = byte as usize;
        while bytes.get(b).is_some_and(|c| *c == b'\r' || *c == b'\n') {
            b += 1;
        }
        line_starts.partition_point(|s| *s <= b) as u64
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes.as_slice());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::usage(format!("{shown}: line 1: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    for (i, h) in headers.iter().enumerate() {
        if headers[..i].contains(h) {
            return Err(Error::usage(format!(
                "{shown}: line 1: column '{h}' appears twice; each column once"
            )));
        }
    }
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
        let rec = rec.map_err(|e| match e.kind() {
            csv::ErrorKind::UnequalLengths {
                pos: Some(pos),
                len,
                ..
            } => Error::usage(format!(
                "{shown}: line {}: {len} field(s), but the header has {}; every row has one \
                 field per column (quote a cell holding a comma)",
                line_of(pos.byte()),
                headers.len()
            )),
            _ => Error::usage(format!("{shown}: {e}")),
        })?;
        let line = rec.position().map_or(0, |p| line_of(p.byte()));
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
    // The store is created only once the file is known good: until then
    // the profile a new store would get is the one the rows are checked
    // against.
    let existing = ctx.has_store().then(|| ctx.open()).transpose()?;
    let profile = match &existing {
        Some(s) => s.profile().clone(),
        None => crate::rules::Profile::parse(&ctx.profile_text(&ctx.profile)?)?,
    };
    let cases = cases_from_rows(&profile, ctx.latest, rows).map_err(|errs| {
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
    let mut store = match existing {
        Some(s) => s,
        None => ctx.open_or_create()?,
    };
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

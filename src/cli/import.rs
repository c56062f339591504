//! `import FILE`: cases from CSV in the export's columns, all or nothing.

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::exchange::mapping::Mapping;
use crate::exchange::{check_rows, column_index, Checked, Row, COLUMNS, REQUIRED};
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
    /// Write nothing: report what would be imported and what would be
    /// refused, and why (exit 2 if anything would be)
    #[arg(long, conflicts_with = "reject")]
    pub dry_run: bool,
    /// Import the good cases and write every refused row, with its line and
    /// reasons, to FILE (owner-only) to fix and import again; a case with one
    /// bad row is refused whole
    #[arg(long, value_name = "FILE")]
    pub reject: Option<PathBuf>,
    /// With --reject: replace a file already at FILE
    #[arg(long, requires = "reject")]
    pub force: bool,
}

struct Resolved {
    file: PathBuf,
    map: Option<PathBuf>,
    dry_run: bool,
    reject: Option<PathBuf>,
    force: bool,
}

/// How many bad rows are listed before the rest are only counted.
const SHOW_ERRORS: usize = 50;

pub fn run(ctx: &Ctx, a: ImportArgs) -> Result<i32> {
    super::ask::Ask::new(ctx).need(&a.file, "FILE").check()?;
    let file = match a.file {
        Some(f) => f,
        None => PathBuf::from(super::ask::text(None, "CSV file to import")?),
    };
    let a = Resolved {
        file,
        map: a.map,
        dry_run: a.dry_run,
        reject: a.reject,
        force: a.force,
    };
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
    let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
    // Each record's line and where its text starts, for the reject file;
    // exact repeats of an earlier record, for the report.
    let mut starts: Vec<(u64, usize)> = Vec::new();
    let mut seen: HashMap<Vec<String>, u64> = HashMap::new();
    let mut duplicates: Vec<(u64, u64)> = Vec::new();
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
        if let Some(p) = rec.position() {
            starts.push((line, p.byte() as usize));
        }
        let cells: Vec<String> = rec.iter().map(String::from).collect();
        match seen.get(&cells) {
            Some(first) => duplicates.push((line, *first)),
            None => {
                seen.insert(cells, line);
            }
        }
        match &mapping {
            Some(m) => {
                let source: HashMap<&str, &str> =
                    headers.iter().map(String::as_str).zip(rec.iter()).collect();
                rows.extend(m.apply(line, &source, &mut unmapped, &mut skipped));
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
    if !unmapped.is_empty() && !a.dry_run {
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
    let rows_read = rows.len();
    let policy = mapping
        .as_ref()
        .map(|m| m.conflicts.clone())
        .unwrap_or_default();
    let checked = check_rows(&profile, ctx.latest, rows, &policy);
    if a.dry_run {
        return dry_run(
            ctx,
            &a,
            (rows_read, &skipped),
            &checked,
            &duplicates,
            &unmapped,
        );
    }
    for (why, n) in &skipped {
        crate::info!("{n} row(s) left out: {why}");
    }
    let cases = if checked.errors.is_empty() {
        checked.cases
    } else if let Some(reject) = &a.reject {
        let n = write_rejects(reject, a.force, &bytes, &headers, &starts, &checked)?;
        crate::info!(
            "{n} row(s) of {} refused case(s) written to {} with their reasons; the other \
             cases are imported",
            checked.refused.len(),
            reject.display()
        );
        checked.cases
    } else {
        let errs = &checked.errors;
        let mut msg = format!(
            "{}: {} bad row(s); nothing was imported (`--dry-run` reports them all, \
             `--reject FILE` imports the good cases and sets the bad rows aside)",
            a.file.display(),
            errs.len()
        );
        for e in errs.iter().take(SHOW_ERRORS) {
            msg.push_str(&format!("\n  {e}"));
        }
        if errs.len() > SHOW_ERRORS {
            msg.push_str(&format!("\n  ... and {} more", errs.len() - SHOW_ERRORS));
        }
        return Err(Error::usage(msg));
    };
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

/// The rows of every refused case, as the file had them, each with its line
/// and reasons, in a private file: fixed, it imports like the original.
fn write_rejects(
    path: &std::path::Path,
    force: bool,
    bytes: &[u8],
    headers: &[String],
    starts: &[(u64, usize)],
    checked: &Checked,
) -> Result<usize> {
    let mut reasons: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    for e in &checked.errors {
        reasons
            .entry(e.line)
            .or_default()
            .push(format!("{}: '{}' {}", e.field, e.value, e.expected));
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut head: Vec<String> = headers.to_vec();
    head.extend(["import_line".to_string(), "import_errors".to_string()]);
    let csv_err = |e: csv::Error| Error::store(format!("cannot write the reject file: {e}"));
    out.write_record(&head).map_err(csv_err)?;
    let mut n = 0;
    for (i, (line, start)) in starts.iter().enumerate() {
        let refused = checked
            .case_of_line
            .get(line)
            .is_some_and(|c| checked.refused.contains(c))
            || reasons.contains_key(line);
        if !refused {
            continue;
        }
        let end = starts.get(i + 1).map_or(bytes.len(), |(_, s)| *s);
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(&bytes[*start..end]);
        let Some(Ok(rec)) = r.records().next() else {
            continue;
        };
        let mut cells: Vec<String> = rec.iter().map(String::from).collect();
        cells.push(line.to_string());
        cells.push(match reasons.get(line) {
            Some(r) => r.join("; "),
            None => "another row of this case is refused".into(),
        });
        out.write_record(&cells).map_err(csv_err)?;
        n += 1;
    }
    let data = out.into_inner().map_err(|e| Error::store(format!("{e}")))?;
    let mut file = crate::files::create(path, force)?;
    std::io::Write::write_all(file.file(), &data)?;
    file.persist()?;
    Ok(n)
}

/// What an import would do, written nowhere: every refused row by reason,
/// values the mapping does not translate, exact repeats. Exit 2 when any
/// row would be refused.
fn dry_run(
    ctx: &Ctx,
    a: &Resolved,
    (rows, skipped): (usize, &BTreeMap<String, usize>),
    checked: &Checked,
    duplicates: &[(u64, u64)],
    unmapped: &BTreeMap<(String, String), usize>,
) -> Result<i32> {
    let allegations: usize = checked.cases.iter().map(|c| c.case.allegations.len()).sum();
    let mut by_reason: BTreeMap<(String, String), Vec<u64>> = BTreeMap::new();
    for e in &checked.errors {
        by_reason
            .entry((e.field.clone(), e.expected.clone()))
            .or_default()
            .push(e.line);
    }
    let mut reasons: Vec<_> = by_reason.into_iter().collect();
    reasons.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then(x.0.cmp(&y.0)));
    let bad = !checked.errors.is_empty() || !unmapped.is_empty();
    if ctx.format == Format::Json {
        print_json(&json!({
            "file": a.file.display().to_string(),
            "rows": rows,
            "cases": checked.cases.len(),
            "allegations": allegations,
            "refused_cases": checked.refused.iter().filter(|c| !c.is_empty()).count(),
            "reasons": reasons.iter().map(|((field, expected), lines)| json!({
                "field": field, "expected": expected, "rows": lines.len(),
                "first_lines": lines.iter().take(5).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "refused_rows": checked.errors.iter().map(|e| json!({
                "line": e.line, "field": e.field, "value": e.value, "expected": e.expected,
            })).collect::<Vec<_>>(),
            "skipped": skipped.iter().map(|(why, n)| json!({"why": why, "rows": n})).collect::<Vec<_>>(),
            "unmapped": unmapped.iter().map(|((column, value), n)| json!({
                "column": column, "value": value, "rows": n,
            })).collect::<Vec<_>>(),
            "duplicate_rows": duplicates.iter().map(|(line, first)| json!({
                "line": line, "same_as_line": first,
            })).collect::<Vec<_>>(),
        }))?;
    } else {
        let o = crate::output::out_line;
        o(&format!(
            "{}: {rows} row(s); {} case(s) with {allegations} allegation(s) would be \
             imported; {} case(s) would be refused (nothing was written)",
            a.file.display(),
            checked.cases.len(),
            checked.refused.iter().filter(|c| !c.is_empty()).count()
        ))?;
        if !reasons.is_empty() {
            o("\nRefused rows, by reason:")?;
            for ((field, expected), lines) in &reasons {
                let first: Vec<String> = lines.iter().take(5).map(u64::to_string).collect();
                o(&format!(
                    "  {field}: {expected}: {} row(s), first at line(s) {}",
                    lines.len(),
                    first.join(", ")
                ))?;
            }
        }
        for (why, n) in skipped {
            o(&format!("  left out by the mapping: {n} row(s): {why}"))?;
        }
        if !unmapped.is_empty() {
            o("\nValues the mapping does not translate:")?;
            for ((column, value), n) in unmapped {
                o(&format!("  {column}: '{value}' ({n} row(s))"))?;
            }
        }
        if !duplicates.is_empty() {
            let first: Vec<String> = duplicates
                .iter()
                .take(5)
                .map(|(l, f)| format!("{l} (as {f})"))
                .collect();
            o(&format!(
                "\nExact repeats of an earlier row: {} (line {})",
                duplicates.len(),
                first.join(", ")
            ))?;
        }
    }
    Ok(if bad { 2 } else { 0 })
}

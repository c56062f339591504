//! `import FILE`: cases from CSV in the export's columns, all or nothing.

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::exchange::mapping::Mapping;
use crate::exchange::store_file;
use crate::exchange::{check_rows, column_index, Checked, Row, COLUMNS, REQUIRED};
use crate::output::{print_json, unneutralise, Format};
use crate::store::{Location, Repeats, StagedRow, Staging, Store};
use sha2::{Digest, Sha256};

/// Import cases from CSV (the columns of `export cases`, or another system's through --map),
/// or restore a store export
#[derive(Debug, Args)]
#[command(
    after_help = "Columns are read by header name, in any order; `status` is derived, not \
read. Rows with the same `case` form one case and must agree on its columns. Every bad row is \
named by line and field, and then nothing is written (exit 2), unless --reject sets the refused \
cases aside (and imports the others: where none is left, exit 2). Case numbers are kept; one already in the store is refused like a bad row.

A file written by `export store` is restored whole into a new store instead (no --map or \
--reject; --dry-run checks it).

Examples:
  oversight import cases-2024.csv
  oversight import old-system.csv --map old-system.map.toml --dry-run
  oversight --db new.db import office.store.jsonl"
)]
pub struct ImportArgs {
    /// The CSV file
    pub file: Option<PathBuf>,
    /// A mapping (TOML) from another system's columns and values onto these
    /// (every key: `man oversight-mapping`; an example:
    /// examples/ccrb-2020.map.toml)
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

/// A date this many years before today is reported by a dry run as likely
/// a placeholder or a typo (1900-01-01, 1019 for 2019).
const FAR_PAST_YEARS: u32 = 25;

/// A date far in the past: its line, our column, the date.
type FarDate = (u64, &'static str, String);

fn far_past(today: chrono::NaiveDate) -> chrono::NaiveDate {
    today
        .checked_sub_months(chrono::Months::new(12 * FAR_PAST_YEARS))
        .unwrap_or(today)
}

/// How many checked cases the reading thread hands the writer at a time.
const CASES_SENT: usize = 64;

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
    if starts_a_store_export(&a.file) {
        return restore(ctx, &a, &shown);
    }
    // The file is read as a stream: memory holds one case at a time (the
    // rows wait in a private staging database), whatever the file's size.
    let mut reader = records(&a.file, &shown)?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| header_fault(&shown, e))?
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
                format!(
                    "the columns are: {} (and the optional {})",
                    COLUMNS.join(","),
                    crate::model::FIELDS.join(",")
                )
            }
        )));
    }
    // Without a mapping every named column is one of ours: one misspelt
    // ("Summary", "complainant") was passed over, and its data with it.
    if mapping.is_none() {
        let unknown: Vec<&str> = headers
            .iter()
            .filter(|h| !h.is_empty() && column_index(h).is_none())
            .filter(|h| !REJECT_COLUMNS.contains(&h.as_str()))
            .map(String::as_str)
            .collect();
        if !unknown.is_empty() {
            return Err(Error::usage(format!(
                "{}: line 1: unknown column(s) {}; the columns are: {} (and the optional {}): \
                 rename them, or say which column is which in a mapping (--map; see \
                 `man oversight-mapping`)",
                a.file.display(),
                unknown.join(", "),
                COLUMNS.join(","),
                crate::model::FIELDS.join(",")
            )));
        }
    }
    let mut staging = Staging::new(crate::exchange::IMPORT_COLUMNS.len())?;
    // Exact repeats of an earlier record, by line: a second thread reads
    // the file for them while this one stages it; first, where a repeat is
    // to be left out as it comes.
    let finder = {
        let (file, shown) = (a.file.clone(), shown.clone());
        std::thread::spawn(move || find_repeats(&file, &shown))
    };
    let finished = |finder: std::thread::JoinHandle<Result<BTreeMap<u64, u64>>>| {
        finder
            .join()
            .map_err(|_| Error::store("the thread finding repeated rows stopped"))?
    };
    let (mut finder, dropped) = if mapping.as_ref().is_some_and(|m| m.drop_duplicates) {
        (None, finished(finder)?)
    } else {
        (Some(finder), BTreeMap::new())
    };
    let mut unmapped = BTreeMap::new();
    let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
    // Where each file column goes among ours.
    let positions: Vec<Option<usize>> = headers.iter().map(|h| column_index(h)).collect();
    let mut rec = csv::StringRecord::new();
    // Rows refused as they are read (the wrong width; with --reject, a value
    // the mapping does not translate): their cases go whole.
    let mut read_faults: Vec<crate::exchange::RowError> = Vec::new();
    let far_past = far_past(ctx.latest);
    let mut far: Vec<FarDate> = Vec::new();
    let mut last_start = None;
    loop {
        let more = reader
            .read_record(&mut rec)
            .map_err(|e| read_fault(&shown, &headers, e))?;
        if !more {
            break;
        }
        let start = rec.position().map_or(0, |p| p.byte());
        last_start = Some(start);
        let line = reader.get_ref().line_of(start);
        let span = (start, reader.position().byte());
        newlines_in_cells(&mut rec);
        if dropped.contains_key(&line) {
            *skipped
                .entry("exact repeats of an earlier row (drop_duplicates)".into())
                .or_insert(0) += 1;
            continue;
        }
        // A row of the wrong width cannot be read by column: it is refused
        // (its case with it, where its case can still be told) like any
        // other bad row, not the end of the file.
        let misshapen = rec.len() != headers.len();
        if misshapen {
            read_faults.push(crate::exchange::RowError {
                line,
                field: "row".into(),
                value: format!("{} field(s)", rec.len()),
                expected: format!(
                    "is not one field per column: the header has {} (quote a cell holding a \
                     comma)",
                    headers.len()
                ),
            });
        }
        let row = match &mapping {
            Some(m) if misshapen => {
                let source = source_cells(&headers, &rec);
                let mut row = m
                    .apply(line, &source, &mut BTreeMap::new(), &mut BTreeMap::new())
                    .unwrap_or_else(|| Row::new(line));
                row.line = line;
                Some(row)
            }
            Some(m) => {
                let source = source_cells(&headers, &rec);
                m.apply(line, &source, &mut unmapped, &mut skipped)
            }
            None => {
                let mut row = Row::new(line);
                for (i, cell) in rec.iter().enumerate() {
                    if let Some(col) = positions.get(i).copied().flatten() {
                        row.cells[col] = unneutralise(cell).to_string();
                    }
                }
                Some(row)
            }
        };
        if let Some(row) = row {
            // With --reject, a row with a value the mapping does not
            // translate is set aside with its case, like any bad row.
            if a.reject.is_some() && !misshapen {
                for (column, value) in &row.untranslated {
                    read_faults.push(crate::exchange::RowError {
                        line,
                        field: column.clone(),
                        value: value.clone(),
                        expected: "is not translated by the mapping (add it to the column's \
                                   value map)"
                            .into(),
                    });
                }
            }
            // Dates that may well be placeholders or typos, reported by the
            // dry run (history may be old, so they are not refused).
            for field in crate::exchange::mapping::DATE_COLUMNS {
                let v = row.get(field);
                if crate::model::parse_date(field, v).is_ok_and(|d| d < far_past) {
                    far.push((line, field, v.to_string()));
                }
            }
            staging.add(row.get("case"), line, span, &row.cells)?;
        }
    }
    // A file with a header and no row (an export cut short, the wrong
    // file) imports nothing: said, and no store is made for it.
    let Some(last_start) = last_start else {
        return Err(Error::usage(format!(
            "{shown}: no row after the header (line 1); nothing was imported: is it the \
             file meant, whole?"
        )));
    };
    // A quote opened and never closed takes the rest of the file into one
    // cell, which the CSV reader does not call a fault: the rows after it
    // would be lost without a word.
    if ends_in_a_quote(&a.file, last_start)? {
        return Err(Error::usage(format!(
            "{shown}: line {}: a quoted cell opens in this row and is never closed, so every \
             line after it was read as part of that cell; nothing was imported: close the \
             quote (a \" inside a quoted cell is written twice, \"\")",
            reader.get_ref().line_of(last_start)
        )));
    }
    // Each exact repeat, for the report: (its line, the line it repeats).
    let repeats = match finder.take() {
        Some(finder) => finished(finder)?,
        None => dropped,
    };
    let duplicates: Vec<(u64, u64)> = repeats.into_iter().collect();
    if !unmapped.is_empty() && a.reject.is_some() {
        crate::info!(
            "{} value(s) the mapping does not translate: their rows are set aside with their \
             cases",
            unmapped.len()
        );
    }
    if !unmapped.is_empty() && !a.dry_run && a.reject.is_none() {
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
        msg.push_str(
            "\n(`--reject FILE` imports the other cases and sets these rows aside; `--dry-run` \
             names every other fault of the file too)",
        );
        return Err(Error::usage(msg));
    }
    staging.loaded()?;
    if a.dry_run && ctx.has_store()? {
        refuse_older_store_for_dry_run(ctx)?;
    }
    let policy = mapping
        .as_ref()
        .map(|m| m.conflicts.clone())
        .unwrap_or_default();
    let latest = ctx.latest;
    let mut existing = ctx.open_if_any()?;
    if !a.dry_run {
        said(&skipped, (&duplicates, &far), mapping.as_ref());
    }
    // Most files are good: their cases are checked as they are written, in
    // one pass, and a case with a fault stops the write, rolled back (a new
    // store is made apart and never placed); the pass below then finds
    // every fault. A dry run, a reject file and rows refused as they were
    // read check first.
    let mut write_error = None;
    if !a.dry_run && a.reject.is_none() && read_faults.is_empty() {
        let mut apart = match existing {
            Some(_) => None,
            None => ctx.create_apart()?,
        };
        let store = match (&mut existing, &mut apart) {
            (Some(store), _) => Some(store),
            (None, Some(apart)) => apart.store.as_mut(),
            (None, None) => None,
        };
        if let Some(store) = store {
            let profile = store.profile()?.clone();
            let check = checker(&profile, latest, &policy);
            let total = staging.cases()?;
            match write_staged(store, &mut staging, &check, None, total) {
                Ok(Some(written)) => {
                    if let Some(apart) = apart {
                        ctx.place_apart(apart)?;
                    }
                    return imported(ctx, &a, written);
                }
                Ok(None) => {}
                // A store that cannot be written now (locked by another
                // writer, read-only): the file's faults, if it has any,
                // are still what is said first, as a check first says them.
                Err(e) => write_error = Some(e),
            }
        }
    }
    // A new store is created only once the file is known good: until then
    // the profile it would get is the one the rows are checked against.
    let profile = match &existing {
        Some(s) => s.profile()?.clone(),
        None => crate::rules::Profile::parse(&ctx.profile_text(&ctx.profile)?)?,
    };
    // Every case checked: before anything is written, or after a write
    // stopped (rolled back) at a fault, to name every one.
    let check = checker(&profile, latest, &policy);
    let mut found = Found {
        errors: read_faults,
        ..Found::default()
    };
    let faulty: std::collections::BTreeSet<u64> = found.errors.iter().map(|e| e.line).collect();
    let case_at = column_index("case").expect("case is a column");
    let mut pass = |exists: &mut dyn FnMut(&str) -> Result<bool>| {
        let mut one = |rows: Vec<StagedRow>| -> Result<()> {
            // A case with a row refused as it was read is refused whole, by
            // that row's error; its other rows are checked for their own.
            let key = rows[0].cells[case_at].clone();
            let (bad, rows): (Vec<_>, Vec<_>) =
                rows.into_iter().partition(|r| faulty.contains(&r.line));
            let mut c = check(rows);
            if !bad.is_empty() {
                found.refused.insert(key);
                for case in std::mem::take(&mut c.cases) {
                    found.refused.insert(case.case.number);
                }
            }
            // A number already in the store refuses its case as a bad row
            // would: the dry run, the reject file and the import agree.
            let mut kept = Vec::new();
            for case in std::mem::take(&mut c.cases) {
                if exists(&case.case.number)? {
                    c.errors.push(crate::exchange::RowError {
                        line: case.line,
                        field: "case".into(),
                        value: case.case.number.clone(),
                        expected: "is already in the store (an imported case keeps its number)"
                            .into(),
                    });
                    c.refused.insert(case.case.number.clone());
                } else {
                    kept.push(case);
                }
            }
            found.cases += kept.len();
            found.allegations += kept.iter().map(|c| c.case.allegations.len()).sum::<usize>();
            found.errors.extend(
                c.errors
                    .into_iter()
                    .map(|e| date_forms_named(e, mapping.as_ref())),
            );
            found.refused.extend(c.refused);
            Ok(())
        };
        // Read on a second thread while this one checks.
        staged_ahead(
            &mut staging,
            |rows, out| out.push(rows),
            |groups| groups.into_iter().try_for_each(&mut one),
        )
    };
    match existing.as_mut() {
        Some(store) => store.read(|tx| pass(&mut |n| tx.case_exists(n)))?,
        None => pass(&mut |_| Ok(false))?,
    }
    found.errors.sort_by_key(|e| e.line);
    if a.dry_run {
        return dry_run(
            ctx,
            &a,
            (staging.rows(), &skipped),
            &found,
            (&duplicates, &far),
            &unmapped,
        );
    }
    if !found.errors.is_empty() {
        if let Some(reject) = &a.reject {
            let n = write_rejects(reject, a.force, &a.file, &headers, &staging, &found)?;
            if found.cases == 0 {
                // Nothing left to import: a cron job's import that took
                // nothing is a failure to see, not an all-clear.
                return Err(Error::usage(format!(
                    "{}: every case was refused ({}); nothing was imported; its {n} row(s) are in \
                     {} with their reasons",
                    a.file.display(),
                    found.refused.len(),
                    reject.display()
                )));
            }
            crate::info!(
                "{n} row(s) of {} refused case(s) written to {} with their reasons; the other \
                 cases are imported",
                found.refused.len(),
                reject.display()
            );
        } else {
            let errs = &found.errors;
            // Rows, not faults: a row may have several.
            let rows = errs
                .iter()
                .map(|e| e.line)
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            let faults = if errs.len() > rows {
                format!(" ({} fault(s))", errs.len())
            } else {
                String::new()
            };
            let mut msg = format!(
                "{}: {rows} bad row(s){faults}; nothing was imported (`--dry-run` reports them \
                 all, `--reject FILE` imports the good cases and sets the bad rows aside)",
                a.file.display(),
            );
            for e in errs.iter().take(SHOW_ERRORS) {
                msg.push_str(&format!("\n  {e}"));
            }
            if errs.len() > SHOW_ERRORS {
                msg.push_str(&format!(
                    "\n  ... and {} more fault(s)",
                    errs.len() - SHOW_ERRORS
                ));
            }
            return Err(Error::usage(msg));
        }
    }
    if let Some(e) = write_error {
        return Err(e);
    }
    let mut store = match existing {
        Some(s) => s,
        None => ctx.open_or_create()?,
    };
    let written = write_staged(
        &mut store,
        &mut staging,
        &check,
        Some(&found.refused),
        found.cases,
    )?
    .expect("a write with the refused cases known is not stopped by one");
    imported(ctx, &a, written)
}

/// The check of a case's staged rows against `profile`.
fn checker<'a>(
    profile: &'a crate::rules::Profile,
    latest: chrono::NaiveDate,
    policy: &'a BTreeMap<String, crate::exchange::mapping::Conflict>,
) -> impl Fn(Vec<StagedRow>) -> Checked + Sync + 'a {
    move |rows: Vec<StagedRow>| {
        check_rows(
            profile,
            latest,
            rows.into_iter().map(|r| Row::from_cells(r.line, r.cells)),
            policy,
        )
    }
}

/// What the file held that is imported as it is, or was left out.
fn said(
    skipped: &BTreeMap<String, usize>,
    (duplicates, far): (&[(u64, u64)], &[FarDate]),
    mapping: Option<&Mapping>,
) {
    for (why, n) in skipped {
        crate::info!("{n} row(s) left out: {why}");
    }
    if !duplicates.is_empty() && !mapping.is_some_and(|m| m.drop_duplicates) {
        crate::info!(
            "{} row(s) repeat an earlier row exactly and are imported as they are (first at \
             line {}; a mapping's drop_duplicates leaves them out)",
            duplicates.len(),
            duplicates[0].0
        );
    }
    if !far.is_empty() {
        crate::info!(
            "{} date(s) more than {FAR_PAST_YEARS} years old are imported as they are (first: \
             line {}, {} {}); `--dry-run` lists them",
            far.len(),
            far[0].0,
            far[0].1,
            far[0].2
        );
    }
}

/// What a write took in.
struct Written {
    cases: usize,
    allegations: usize,
    names: crate::ops::import::NamesOnFile,
}

/// Write the staged cases in one transaction, each case checked again on a
/// second thread while this one writes the cases before it. `refused`:
/// the cases a first pass refused, left out. None: there was no first
/// pass, and a case with a fault, or with a number the store has, stops
/// the write, which is rolled back; None is returned, and the first pass
/// is to find every fault. `total`: how many cases the file has, for the
/// progress bar and the index plan.
fn write_staged(
    store: &mut Store,
    staging: &mut Staging,
    check: &(dyn Fn(Vec<StagedRow>) -> Checked + Sync),
    refused: Option<&std::collections::BTreeSet<String>>,
    total: usize,
) -> Result<Option<Written>> {
    use std::sync::atomic::{AtomicBool, Ordering};
    let bar = (std::io::stderr().is_terminal() && total >= 1000).then(|| {
        let b = indicatif::ProgressBar::new(total as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("importing {bar:40} {pos}/{len} cases")
                .expect("valid template"),
        );
        b
    });
    let mut seen = crate::ops::import::Importing::default();
    let (mut cases, mut allegations) = (0, 0);
    // A case the reading thread found a fault in, or one whose number the
    // store has: the write stops (without a first pass only).
    let faulty = AtomicBool::new(false);
    let mut taken = false;
    let stopped = || Error::store("a case was refused; the write is given up");
    store.writing_in_bulk()?;
    store.reading_in_bulk()?;
    let wrote = store.write(|tx| {
        let deferred = tx.defer_indexes(total)?;
        staged_ahead(
            staging,
            |rows, out| {
                let c = check(rows);
                match refused {
                    Some(refused) => out.extend(
                        c.cases
                            .into_iter()
                            .filter(|c| !refused.contains(&c.case.number)),
                    ),
                    None if !c.errors.is_empty() || !c.refused.is_empty() => {
                        faulty.store(true, Ordering::Relaxed)
                    }
                    None => out.extend(c.cases),
                }
            },
            |batch| {
                if faulty.load(Ordering::Relaxed) {
                    return Err(stopped());
                }
                cases += batch.len();
                allegations += batch
                    .iter()
                    .map(|c| c.case.allegations.len())
                    .sum::<usize>();
                if let Err(t) = crate::ops::import::batch(tx, batch, &mut seen)? {
                    if refused.is_some() {
                        // Taken since the first pass looked.
                        return Err(t.refusal());
                    }
                    taken = true;
                    return Err(stopped());
                }
                if let Some(b) = &bar {
                    b.set_position(cases as u64);
                }
                Ok(())
            },
        )?;
        if faulty.load(Ordering::Relaxed) {
            return Err(stopped());
        }
        tx.rebuild_indexes(deferred)?;
        crate::ops::import::noted(tx, cases, allegations, &seen.names);
        tx.analyze()
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if wrote.is_err() {
        store.bulk_write_given_up();
    }
    match wrote {
        Ok(()) => {}
        Err(_) if refused.is_none() && (taken || faulty.load(Ordering::Relaxed)) => {
            return Ok(None)
        }
        Err(e) => return Err(e),
    }
    store.after_bulk_write();
    Ok(Some(Written {
        cases,
        allegations,
        names: seen.names,
    }))
}

/// Say what was imported: one badge, one name (where the file names an
/// officer otherwise than the roster, or than its own first row did).
fn imported(ctx: &Ctx, a: &Resolved, written: Written) -> Result<i32> {
    let names = written.names;
    if ctx.format == Format::Json {
        let renamed: Vec<_> = names
            .iter()
            .map(|(badge, (on_file, given, cases))| {
                json!({"badge": badge, "name_on_file": on_file, "names_in_file": given,
                       "cases": cases})
            })
            .collect();
        let mut out = json!({"imported": written.cases, "allegations": written.allegations});
        if !renamed.is_empty() {
            out["names_on_file_kept"] = renamed.into();
        }
        print_json(&out)?;
    } else {
        for (badge, (on_file, given, cases)) in names.iter().take(10) {
            let given: Vec<String> = given.iter().map(|g| format!("'{g}'")).collect();
            crate::info!(
                "badge {badge} is '{on_file}' on the roster; the file also names it {} ({cases} \
                 case(s)): the cases keep the name they give, lists and reports the roster's \
                 (`oversight officer rename {badge} NAME` changes it)",
                given.join(", ")
            );
        }
        if names.len() > 10 {
            crate::info!(
                "... and {} more badge(s) named otherwise than on the roster",
                names.len() - 10
            );
        }
        crate::info!(
            "imported {} case(s) with {} allegation(s) from {}",
            written.cases,
            written.allegations,
            a.file.display()
        );
    }
    Ok(0)
}

/// The staged cases in order, each group of rows made into items by `make`
/// on a second thread while `take` has the items before them on this one,
/// [`CASES_SENT`] or more at a time. Either side stopping stops the other;
/// the error told is `take`'s if it stopped, else the reading's.
fn staged_ahead<T: Send>(
    staging: &mut Staging,
    mut make: impl FnMut(Vec<StagedRow>, &mut Vec<T>) + Send,
    mut take: impl FnMut(Vec<T>) -> Result<()>,
) -> Result<()> {
    std::thread::scope(|s| {
        let (send, batches) = std::sync::mpsc::sync_channel::<Vec<T>>(8);
        let reader = s.spawn(move || {
            let mut batch = Vec::with_capacity(CASES_SENT);
            staging.each_case(|rows| {
                make(rows, &mut batch);
                if batch.len() >= CASES_SENT {
                    send.send(std::mem::take(&mut batch)).map_err(|_| {
                        Error::store("store error: the import stopped taking the staged cases")
                    })?;
                }
                Ok(())
            })?;
            // A taker that stopped says why itself.
            let _ = send.send(batch);
            Ok::<_, Error>(())
        });
        // The receiver is dropped whenever the taking stops, so the
        // reader stops too.
        let taken = batches.into_iter().try_for_each(&mut take);
        let read = reader.join().map_err(|_| {
            Error::store("store error: the thread reading the staged cases stopped")
        })?;
        taken.and(read)
    })
}

/// The file's records as CSV, each with its line known (see [`LineMarks`]).
fn records(
    path: &std::path::Path,
    shown: &str,
) -> Result<csv::Reader<LineMarks<std::io::BufReader<std::fs::File>>>> {
    let file = std::fs::File::open(path).map_err(|e| Error::usage(format!("{shown}: {e}")))?;
    Ok(csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(LineMarks::new(std::io::BufReader::new(file))))
}

/// A record's cells by the file's column names, as a mapping reads them (a
/// spreadsheet's apostrophe before a formula read as the text marker).
fn source_cells<'a>(
    headers: &'a [String],
    rec: &'a csv::StringRecord,
) -> HashMap<&'a str, &'a str> {
    headers
        .iter()
        .map(String::as_str)
        .zip(rec.iter().map(unneutralise))
        .collect()
}

/// Whether the record starting at byte `start` of `path` (the file's last)
/// ends inside a quoted cell: read as the CSV reader does (a cell that
/// starts with a quote is quoted until a lone quote; a quote anywhere
/// else is a character), streamed, the record may be the rest of the file.
fn ends_in_a_quote(path: &std::path::Path, start: u64) -> Result<bool> {
    use std::io::{BufRead, Seek, SeekFrom};
    let mut file = std::io::BufReader::new(std::fs::File::open(path)?);
    file.seek(SeekFrom::Start(start))?;
    // At a cell's start, inside a quoted cell, just after a quote in one
    // (closing it, unless another follows), or in an unquoted cell.
    #[derive(Clone, Copy, PartialEq)]
    enum At {
        CellStart,
        Quoted,
        QuoteInQuoted,
        Plain,
    }
    let mut at = At::CellStart;
    // Line breaks before the record (the reader's position may be the line
    // end before it) are not cells.
    let mut begun = false;
    loop {
        let buf = file.fill_buf()?;
        if buf.is_empty() {
            return Ok(at == At::Quoted);
        }
        for &b in buf {
            if !begun && (b == b'\n' || b == b'\r') {
                continue;
            }
            begun = true;
            at = match (at, b) {
                (At::CellStart, b'"') => At::Quoted,
                (At::Quoted, b'"') => At::QuoteInQuoted,
                (At::Quoted, _) => At::Quoted,
                (At::QuoteInQuoted, b'"') => At::Quoted,
                (_, b',' | b'\n' | b'\r') => At::CellStart,
                _ => At::Plain,
            };
        }
        let n = buf.len();
        file.consume(n);
    }
}

/// A file with CRLF line ends (Excel, most Windows tools) has them inside a
/// quoted cell's lines too: the cell's line breaks are newlines, not
/// control characters.
fn newlines_in_cells(rec: &mut csv::StringRecord) {
    // Most files have none: one look through the record's bytes first.
    if rec.as_slice().contains('\r') && rec.iter().any(|c| c.contains("\r\n")) {
        *rec = rec.iter().map(|c| c.replace("\r\n", "\n")).collect();
    }
}

/// Every record that repeats an earlier one exactly (the same cells), by
/// line, with the earlier one's line. The records' digests are sorted in
/// a temporary database, not looked up one by one: a million rows' lookups
/// took a tenth of the import.
fn find_repeats(path: &std::path::Path, shown: &str) -> Result<BTreeMap<u64, u64>> {
    let mut found = Repeats::new()?;
    let mut reader = records(path, shown)?;
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(String::from).collect(),
        Err(e) => return Err(header_fault(shown, e)),
    };
    let mut rec = csv::StringRecord::new();
    while reader
        .read_record(&mut rec)
        .map_err(|e| read_fault(shown, &headers, e))?
    {
        let line = reader
            .get_ref()
            .line_of(rec.position().map_or(0, |p| p.byte()));
        newlines_in_cells(&mut rec);
        let mut digest = Sha256::new();
        for cell in rec.iter() {
            digest.update((cell.len() as u64).to_le_bytes());
            digest.update(cell.as_bytes());
        }
        found.add(&digest.finalize()[..16], line)?;
    }
    found.found()
}

/// What checking the staged cases found: counts of the good ones, every
/// fault (by line), and the cases refused.
#[derive(Default)]
struct Found {
    cases: usize,
    allegations: usize,
    errors: Vec<crate::exchange::RowError>,
    refused: std::collections::BTreeSet<String>,
}

/// The reader under the CSV parser, marking where each line ends as the
/// bytes go by, so a record's physical line is known without the file in
/// memory (CRLF from Excel too, and quoted cells holding newlines).
struct LineMarks<R> {
    inner: R,
    offset: u64,
    newlines: Vec<u64>,
    returns: Vec<u64>,
}

impl<R> LineMarks<R> {
    fn new(inner: R) -> Self {
        LineMarks {
            inner,
            offset: 0,
            newlines: Vec::new(),
            returns: Vec::new(),
        }
    }

    /// The line of the record starting at `byte`: a record's position may
    /// be the line ending before it (the csv crate with CRLF), so its line
    /// is where its first character is.
    fn line_of(&self, byte: u64) -> u64 {
        let mut b = byte;
        while self.newlines.binary_search(&b).is_ok() || self.returns.binary_search(&b).is_ok() {
            b += 1;
        }
        self.newlines.partition_point(|n| *n < b) as u64 + 1
    }
}

impl<R: std::io::Read> std::io::Read for LineMarks<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, b) in buf[..n].iter().enumerate() {
            match b {
                b'\n' => self.newlines.push(self.offset + i as u64),
                b'\r' => self.returns.push(self.offset + i as u64),
                _ => {}
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// The header the CSV reader could not read: text not in UTF-8 (a file
/// saved as UTF-16, "Unicode text", or in a legacy encoding) said with what
/// to do, as a row's is.
fn header_fault(shown: &str, e: csv::Error) -> Error {
    if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
        return Error::usage(format!(
            "{shown}: line 1: the header is not UTF-8 text (a file saved as UTF-16 \
             \"Unicode text\", or in another encoding); save the file as UTF-8 (a \
             spreadsheet's \"CSV UTF-8\") and import it again"
        ));
    }
    Error::usage(format!("{shown}: line 1: {e}"))
}

/// A row the CSV reader could not read, said by line and column: text
/// not in UTF-8 (a file saved in another encoding) by the column's name,
/// with what to do.
fn read_fault(shown: &str, headers: &[String], e: csv::Error) -> Error {
    if let csv::ErrorKind::Utf8 {
        pos: Some(pos),
        err,
    } = e.kind()
    {
        let column = headers
            .get(err.field())
            .map(|h| h.trim().trim_start_matches('\u{feff}'))
            .unwrap_or("a column past the header's");
        return Error::usage(format!(
            "{shown}: line {}: {column}: is not UTF-8 text; save the file as UTF-8 (a \
             spreadsheet's \"CSV UTF-8\") and import it again",
            pos.line()
        ));
    }
    Error::usage(format!("{shown}: {e}"))
}

/// What a `--reject` file adds to each row (where it was, and why it was
/// refused): read past when the file, fixed, is imported.
const REJECT_COLUMNS: [&str; 2] = ["import_line", "import_errors"];

/// The rows of every refused case, as the file had them, each with its line
/// and reasons, in a private file: fixed, it imports like the original.
fn write_rejects(
    path: &std::path::Path,
    force: bool,
    source: &std::path::Path,
    headers: &[String],
    staging: &Staging,
    found: &Found,
) -> Result<usize> {
    use std::io::{Read, Seek, SeekFrom};
    let mut reasons: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    for e in &found.errors {
        reasons
            .entry(e.line)
            .or_default()
            .push(format!("{}: '{}' {}", e.field, e.value, e.expected));
    }
    let lines = reasons.keys().copied().collect();
    let mut original = std::fs::File::open(source)?;
    let mut file = crate::files::create(path, force)?;
    // A refused row of the wrong width is written as the file had it (a
    // short one padded, so its reasons stand under their heading).
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(file.file());
    let mut head: Vec<String> = headers.to_vec();
    head.extend(REJECT_COLUMNS.map(String::from));
    let csv_err = |e: csv::Error| Error::store(format!("cannot write the reject file: {e}"));
    out.write_record(&head).map_err(csv_err)?;
    let mut n = 0;
    for (line, start, stop) in staging.spans(&found.refused, &lines)? {
        // The record as the file has it, read again from the file.
        let mut text = vec![0; (stop - start) as usize];
        original.seek(SeekFrom::Start(start))?;
        original.read_exact(&mut text)?;
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_slice());
        let Some(Ok(rec)) = r.records().next() else {
            continue;
        };
        // Safe to open in a spreadsheet; read again as it was read.
        let mut cells: Vec<String> = rec
            .iter()
            .map(|c| crate::output::defuse(c).into_owned())
            .collect();
        if cells.len() < headers.len() {
            cells.resize(headers.len(), String::new());
        }
        cells.push(line.to_string());
        cells.push(match reasons.get(&line) {
            Some(r) => r.join("; "),
            None => "another row of this case is refused".into(),
        });
        out.write_record(&cells).map_err(csv_err)?;
        n += 1;
    }
    out.flush()?;
    drop(out);
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
    checked: &Found,
    (duplicates, far): (&[(u64, u64)], &[FarDate]),
    unmapped: &BTreeMap<(String, String), usize>,
) -> Result<i32> {
    let since = crate::model::fmt_date(far_past(ctx.latest));
    let allegations = checked.allegations;
    let mut by_reason: BTreeMap<(String, String), Vec<u64>> = BTreeMap::new();
    // A reason is counted whatever the case's own date in it ("is before
    // the date received (2016-05-15)"): each row keeps its full text.
    let own_date = regex::Regex::new(r" \(\d{4}-\d{2}-\d{2}\)").expect("a valid pattern");
    for e in &checked.errors {
        by_reason
            .entry((
                e.field.clone(),
                own_date.replace_all(&e.expected, "").into_owned(),
            ))
            .or_default()
            .push(e.line);
    }
    let mut reasons: Vec<_> = by_reason.into_iter().collect();
    reasons.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then(x.0.cmp(&y.0)));
    let bad = !checked.errors.is_empty() || !unmapped.is_empty();
    let refused_cases = checked.refused.iter().filter(|c| !c.is_empty()).count();
    if ctx.format == Format::Csv {
        // For a spreadsheet: what needs fixing, a row each (a refused row
        // by line and field, a value the mapping does not translate by
        // column); the counts on stderr.
        crate::info!(
            "{}: {rows} row(s); {} case(s) would be imported, {} refused (nothing was written)",
            a.file.display(),
            checked.cases,
            refused_cases
        );
        let refused = checked.errors.iter().map(|e| {
            [
                e.line.to_string(),
                e.field.clone(),
                e.value.clone(),
                e.expected.clone(),
            ]
        });
        let untranslated = unmapped.iter().map(|((column, value), n)| {
            [
                String::new(),
                column.clone(),
                value.clone(),
                format!("a value the mapping translates ({n} row(s))"),
            ]
        });
        crate::output::print_csv(
            &["line", "field", "value", "expected"],
            refused.chain(untranslated),
        )?;
    } else if ctx.format == Format::Json {
        print_json(&json!({
            "file": a.file.display().to_string(),
            "rows": rows,
            "cases": checked.cases,
            "allegations": allegations,
            "refused_cases": refused_cases,
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
            "far_past_dates": {"before": since, "rows": far.iter().map(|(line, field, value)| json!({
                "line": line, "field": field, "value": value,
            })).collect::<Vec<_>>()},
        }))?;
    } else {
        let o = crate::output::out_line;
        o(&format!(
            "{}: {rows} row(s); {} case(s) with {allegations} allegation(s) would be \
             imported; {} case(s) would be refused (nothing was written)",
            a.file.display(),
            checked.cases,
            refused_cases
        ))?;
        if !unmapped.is_empty() {
            o(&format!(
                "Nothing would be imported until the mapping translates the {} value(s) below.",
                unmapped.len()
            ))?;
        }
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
        if !skipped.is_empty() {
            o("\nLeft out by the mapping:")?;
        }
        for (why, n) in skipped {
            o(&format!("  {why}: {n} row(s)"))?;
        }
        if !unmapped.is_empty() {
            o("\nValues the mapping does not translate:")?;
            for ((column, value), n) in unmapped {
                o(&format!("  {column}: '{value}' ({n} row(s))"))?;
            }
        }
        if !far.is_empty() {
            let first: Vec<String> = far
                .iter()
                .take(5)
                .map(|(l, f, v)| format!("{l} ({f} {v})"))
                .collect();
            o(&format!(
                "\nDates far in the past (before {since}, {FAR_PAST_YEARS} years ago), imported \
                 as they are; placeholders or typos? {} (line {})",
                far.len(),
                first.join(", ")
            ))?;
        }
        if !duplicates.is_empty() {
            let first: Vec<String> = duplicates
                .iter()
                .take(5)
                .map(|(l, f)| format!("{l} (as {f})"))
                .collect();
            o(&format!(
                "\nExact repeats of an earlier row: {} (line {}){}",
                duplicates.len(),
                first.join(", "),
                if a.map.is_some() && skipped.keys().any(|k| k.contains("drop_duplicates")) {
                    "; left out (drop_duplicates)"
                } else {
                    "; imported as they are unless the mapping says drop_duplicates"
                }
            ))?;
        }
    }
    Ok(if bad { 2 } else { 0 })
}

/// A date no form reads, said with the forms tried: the mapping's, or
/// YYYY-MM-DD; a value with a time or an offset needs a form that has them.
fn date_forms_named(
    mut e: crate::exchange::RowError,
    mapping: Option<&Mapping>,
) -> crate::exchange::RowError {
    if !e.expected.starts_with("is not a date") {
        return e;
    }
    e.expected = match mapping {
        // A date the mapping builds from a year and a month column: say
        // which, and what each takes (the value shown is the one built).
        Some(m)
            if m.columns
                .get(&e.field)
                .is_some_and(|c| c.year.is_some() || c.month.is_some()) =>
        {
            let c = &m.columns[&e.field];
            let named: Vec<String> = [
                c.year
                    .as_deref()
                    .map(|y| format!("{y} (a year, e.g. 2019)")),
                c.month
                    .as_deref()
                    .map(|m| format!("{m} (a month, 1 to 12)")),
            ]
            .into_iter()
            .flatten()
            .collect();
            format!(
                "is not a date: the mapping builds it from the column(s) {}",
                named.join(" and ")
            )
        }
        Some(m) => {
            let forms: Vec<String> = std::iter::once(&m.date_format)
                .chain(&m.date_formats)
                .map(|f| format!("\"{f}\""))
                .collect();
            let timed = e.value.contains(':') || e.value.contains('T');
            format!(
                "is not a date in any form the mapping gives ({}){}",
                forms.join(", "),
                if timed {
                    "; a value with a time needs a form with one, e.g. \"%m/%d/%Y %H:%M\""
                } else {
                    ""
                }
            )
        }
        None => "is not a date as YYYY-MM-DD".into(),
    };
    e
}

/// A dry run writes nothing, so it does not upgrade a store an older
/// oversight wrote (opening would): it says so instead.
fn refuse_older_store_for_dry_run(ctx: &Ctx) -> Result<()> {
    let version = crate::store::schema_version_at(&ctx.db)?;
    if version > 0 && version < crate::store::schema::CURRENT_VERSION {
        return Err(Error::store(format!(
            "{} was written by an older oversight (schema version {version}); a dry run writes \
             nothing, so it does not upgrade it: upgrade it once with any command (`oversight \
             --db {} verify`), then run the dry run again",
            ctx.db.display(),
            ctx.db.display()
        )));
    }
    Ok(())
}

/// Does the file begin with a store export's first line?
fn starts_a_store_export(path: &std::path::Path) -> bool {
    use std::io::{BufRead, Read};
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut first = String::new();
    let mut r = std::io::BufReader::new(file.take(64 * 1024));
    r.read_line(&mut first).is_ok() && store_file::is_store_export(&first)
}

/// Fill a new store at `target` (created with `profile`) with `fill`, and
/// keep it only if `verify` passes. A file is made beside the target and
/// moved into place only then; a server's database is filled and checked in
/// one transaction. So a fill refused half-way, or one that does not
/// verify, leaves nothing behind (on a server, the store's empty tables at
/// most, which a second try fills).
pub(crate) fn restore_into(
    ctx: &Ctx,
    target: &Location,
    profile: &str,
    fill: impl FnOnce(&mut crate::store::Tx) -> Result<u64>,
) -> Result<(u64, crate::store::Verified)> {
    let unverified = |e: Error| {
        Error::store(format!(
            "the restored store does not pass verify, so nothing was kept: {e}"
        ))
    };
    let target = match target {
        Location::File(path) => path,
        Location::Server(_) => {
            let mut store = crate::ops::open::open_or_create(target, profile)?.0;
            store.set_command(&ctx.command);
            let (rows, mut v) = store.write(|tx| {
                let rows = fill(tx)?;
                let v = crate::ops::verify::verify(tx, ctx.as_of, None).map_err(unverified)?;
                Ok((rows, v))
            })?;
            // Verified before its commit, which adds the write's own audit
            // row: the head said is the one after it, as `verify` says.
            let head = store.read(|tx| tx.chain_head())?;
            v.audit_rows = head.rows as usize;
            v.head = head.to_string();
            store.after_bulk_write();
            return Ok((rows, v));
        }
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "cases.db".into());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let temp = target.with_file_name(format!(".{name}.restoring-{}-{nanos}", std::process::id()));
    if temp.exists() {
        return Err(Error::store(format!("{} is in the way", temp.display())));
    }
    let result = (|| -> Result<(u64, crate::store::Verified)> {
        let mut store = crate::ops::open::open_or_create(&Location::File(temp.clone()), profile)?.0;
        store.set_command(&ctx.command);
        store.writing_in_bulk()?;
        let rows = store.write(fill)?;
        drop(store);
        let mut store = crate::ops::open::open_or_create(&Location::File(temp.clone()), "")?.0;
        store.reading_in_bulk()?;
        let v = store
            .read(|tx| crate::ops::verify::verify(tx, ctx.as_of, None))
            .map_err(unverified)?;
        Ok((rows, v))
    })();
    let done = match result {
        Ok(r) => r,
        Err(e) => {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", temp.display()));
            }
            return Err(e);
        }
    };
    std::fs::rename(&temp, target).map_err(|e| {
        Error::store(format!(
            "restored and verified in {}, but cannot move it to {}: {e}",
            temp.display(),
            target.display()
        ))
    })?;
    Ok(done)
}

/// What a restore says when it is done.
fn restored(ctx: &Ctx, rows: u64, verified: &crate::store::Verified, shown: &str) -> Result<i32> {
    if ctx.format == Format::Json {
        print_json(&json!({
            "restored": rows, "cases": verified.cases, "audit_rows": verified.audit_rows,
            "head": verified.head,
        }))?;
    } else {
        crate::info!(
            "restored {rows} row(s), {} case(s), from {shown} into {}; verify passed (head {})",
            verified.cases,
            ctx.db,
            verified.head
        );
    }
    Ok(0)
}

/// A store export (`export store`) goes whole into a new store: restored
/// beside the target, checked by `verify`, and moved into place only then,
/// so a file refused half-way leaves nothing behind.
fn restore(ctx: &Ctx, a: &Resolved, shown: &str) -> Result<i32> {
    if a.map.is_some() || a.reject.is_some() {
        return Err(Error::usage(format!(
            "{shown} is a store export: it is restored whole, with no --map or --reject"
        )));
    }
    let open = || -> Result<store_file::Reader<std::io::BufReader<std::fs::File>>> {
        let file =
            std::fs::File::open(&a.file).map_err(|e| Error::usage(format!("{shown}: {e}")))?;
        store_file::Reader::new(std::io::BufReader::with_capacity(256 * 1024, file), shown)
    };
    let about = |r: &store_file::Reader<_>, k: &str| -> String {
        r.about
            .get(k)
            .map(|v| v.as_str().map_or_else(|| v.to_string(), String::from))
            .unwrap_or_else(|| "?".into())
    };
    let target = ctx.db.clone();
    if ctx.has_store()? {
        // The same refusal the restore would give, also for a dry run.
        if a.dry_run {
            refuse_older_store_for_dry_run(ctx)?;
        }
        let mut existing = ctx.open()?;
        if existing.read(|tx| tx.rows_beyond_settings())? > 0 {
            return Err(Error::usage(format!(
                "{} already holds data; a store export is restored into a new store only \
                 (give --db a path where there is no store yet); nothing was changed",
                target.display()
            )));
        }
    }
    if a.dry_run {
        let mut file = open()?;
        let mut tables: Vec<(String, u64)> = Vec::new();
        while let Some(item) = file.next_item()? {
            match item {
                store_file::Item::Table { name, .. } => tables.push((name, 0)),
                store_file::Item::Row(_) => {
                    if let Some(t) = tables.last_mut() {
                        t.1 += 1;
                    }
                }
            }
        }
        let rows: u64 = tables.iter().map(|t| t.1).sum();
        let cases = tables.iter().find(|t| t.0 == "cases").map_or(0, |t| t.1);
        if ctx.format == Format::Json {
            print_json(&json!({
                "file": shown, "format": store_file::FORMAT, "schema": file.about.get("schema"),
                "exported_at": about(&file, "exported_at"), "exported_by": about(&file, "exported_by"),
                "rows": rows, "cases": cases,
                "tables": tables.iter().map(|(t, n)| json!({"table": t, "rows": n})).collect::<Vec<_>>(),
            }))?;
        } else {
            crate::output::out_line(&format!(
                "{shown}: a store export (schema version {}, exported {} by {}), whole and \
                 unchanged: {rows} row(s) in {} table(s), {cases} case(s); nothing was written",
                about(&file, "schema"),
                about(&file, "exported_at"),
                about(&file, "exported_by"),
                tables.len()
            ))?;
        }
        return Ok(0);
    }
    let profile = ctx.profile_text(&ctx.profile)?;
    let (rows, verified) = restore_into(ctx, &target, &profile, |tx| {
        crate::ops::import::restore(tx, open()?, shown)
    })?;
    restored(ctx, rows, &verified, shown)
}

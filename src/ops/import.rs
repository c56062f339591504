//! Take in another system's history, all or nothing: every case keeps its
//! number (one already in the store refuses the whole file), new intake
//! numbers continue after the imported ones, and an open case's deadlines
//! are reckoned. A closed case's are not: its steps before closing are not
//! known, so every deadline would count as missed. The command hands the
//! cases over a batch of a few dozen at a time inside one transaction, so a
//! file of any size is held a batch at a time.

use crate::error::{Error, Result};
use crate::exchange::ImportedCase;
use crate::store::Tx;

/// Officers the file names otherwise than the roster: badge -> (the name
/// on file, the names the file gives, how many cases).
pub type NamesOnFile =
    std::collections::BTreeMap<String, (String, std::collections::BTreeSet<String>, usize)>;

/// What an import learns as it goes: the officers the file names otherwise
/// than the roster, and the roster's name of each badge met so far.
#[derive(Default)]
pub struct Importing {
    pub names: NamesOnFile,
    roster: std::collections::HashMap<String, String>,
}

/// A case of the file whose number the store already has.
#[derive(Debug)]
pub struct Taken {
    pub line: u64,
    pub number: String,
}

impl Taken {
    /// The import's refusal.
    pub fn refusal(&self) -> Error {
        Error::usage(format!(
            "line {}: case: '{}' is already in the store; nothing was imported",
            self.line, self.number
        ))
    }
}

/// Import a batch of cases, in order; an officer a case names otherwise
/// than the roster is added to `names`. A number already in the store
/// stops the batch part-written, and is handed back: the transaction is
/// to be given up.
pub fn batch(
    tx: &mut Tx,
    cases: Vec<ImportedCase>,
    seen: &mut Importing,
) -> Result<std::result::Result<(), Taken>> {
    let lines: Vec<(u64, bool)> = cases
        .iter()
        .map(|c| (c.line, c.case.closed.is_none()))
        .collect();
    let written = tx.insert_historic_cases(
        cases.into_iter().map(|c| c.case).collect(),
        &mut seen.roster,
    )?;
    let written = match written {
        Ok(written) => written,
        Err((taken, number)) => {
            return Ok(Err(Taken {
                line: lines[taken].0,
                number,
            }))
        }
    };
    for ((id, renamed), (_, open)) in written.into_iter().zip(lines) {
        for o in renamed {
            let entry = seen
                .names
                .entry(o.badge)
                .or_insert_with(|| (o.on_file, Default::default(), 0));
            entry.1.insert(o.given);
            entry.2 += 1;
        }
        if open {
            let record = tx.case_by_id(id)?;
            super::deadlines::recompute(tx, &record)?;
        }
    }
    // The cases are written whole: their states are made now, on a second
    // thread, with the run of cases before them.
    tx.settle_states()?;
    Ok(Ok(()))
}

/// The audit log's account of the import.
pub fn noted(tx: &mut Tx, cases: usize, allegations: usize, names: &NamesOnFile) {
    let renamed = if names.is_empty() {
        String::new()
    } else {
        format!(
            "; {} badge(s) named otherwise than on the roster, whose names were kept",
            names.len()
        )
    };
    tx.note(
        None,
        format!("imported {cases} case(s), {allegations} allegation(s){renamed}"),
    );
}

/// Restore a store export into this new store, row for row (ids kept, so
/// the audit log's chain and every reference hold), and say so in the log.
/// Returns the rows restored.
/// Rows on their way into a store being restored, a table at a time and a
/// few hundred rows to a statement.
pub struct RowBatch {
    /// The schema version the rows were written under.
    schema: i64,
    table: Option<(String, Vec<String>)>,
    rows: Vec<Vec<crate::store::Cell>>,
    written: u64,
}

impl RowBatch {
    /// Rows from a store at schema version `schema`.
    pub fn new(schema: i64) -> RowBatch {
        RowBatch {
            schema,
            table: None,
            rows: Vec::new(),
            written: 0,
        }
    }

    /// At most this many values to a statement (SQLite takes 32,766
    /// parameters, PostgreSQL 65,535).
    const VALUES: usize = 8000;

    /// The next table, checked to be this store's.
    pub fn table(&mut self, tx: &Tx, name: String, columns: Vec<String>) -> Result<()> {
        self.flush(tx)?;
        tx.restore_table(&name, &columns, self.schema)?;
        self.table = Some((name, columns));
        Ok(())
    }

    /// A row of the current table.
    pub fn row(&mut self, tx: &Tx, cells: Vec<crate::store::Cell>) -> Result<()> {
        if self.table.is_none() {
            return Err(Error::usage("a row comes before any table"));
        }
        self.rows.push(cells);
        let width = self.table.as_ref().map_or(1, |t| t.1.len().max(1));
        if self.rows.len() * width >= Self::VALUES {
            self.flush(tx)?;
        }
        Ok(())
    }

    fn flush(&mut self, tx: &Tx) -> Result<()> {
        if let Some((name, columns)) = &self.table {
            tx.restore_rows(name, columns, &self.rows)?;
        }
        self.written += self.rows.len() as u64;
        self.rows.clear();
        Ok(())
    }

    /// Every row written: how many.
    pub fn finish(mut self, tx: &Tx) -> Result<u64> {
        self.flush(tx)?;
        Ok(self.written)
    }
}

pub fn restore<R: std::io::BufRead>(
    tx: &mut Tx,
    mut file: crate::exchange::store_file::Reader<R>,
    shown: &str,
) -> Result<u64> {
    use crate::exchange::store_file::Item;
    let schema = file.about.get("schema").and_then(|v| v.as_u64());
    use crate::store::schema::{CURRENT_VERSION, SAME_TABLES_SINCE};
    if !schema.is_some_and(|v| (SAME_TABLES_SINCE as u64..=CURRENT_VERSION as u64).contains(&v)) {
        return Err(Error::store(format!(
            "{shown}: a store export of schema version {}; this build restores versions \
             {SAME_TABLES_SINCE} to {CURRENT_VERSION} (export it again with this oversight, \
             which upgrades the store first)",
            schema.map_or("?".into(), |v| v.to_string()),
        )));
    }
    tx.restore_begin()?;
    let schema = schema.unwrap_or_default() as i64;
    let mut batch = RowBatch::new(schema);
    let said = |e: Error| Error::usage(format!("{shown}: {e}"));
    while let Some(item) = file.next_item()? {
        match item {
            Item::Table { name, columns } => batch.table(tx, name, columns).map_err(said)?,
            Item::Row(cells) => batch.row(tx, cells).map_err(said)?,
        }
    }
    let rows = batch.finish(tx).map_err(said)?;
    tx.restore_end().map_err(said)?;
    if schema < crate::store::schema::CHANGES_SINCE {
        // States recorded before schema 10 hold no change: the cases are
        // recorded whole now, and replay starts there.
        let n = tx.touch_unlogged()?;
        tx.note(
            None,
            format!(
                "{n} case(s) recorded whole in the audit log (the export is of schema version \
                 {schema})"
            ),
        );
    }
    let from = |k: &str| {
        file.about
            .get(k)
            .and_then(|v| v.as_str())
            .unwrap_or("?")
            .to_string()
    };
    tx.note(
        None,
        format!(
            "restored {rows} row(s) from the store export {shown} (exported {} by {})",
            from("exported_at"),
            from("exported_by")
        ),
    );
    Ok(rows)
}

//! Take in another system's history, all or nothing: every case keeps its
//! number (one already in the store refuses the whole file), new intake
//! numbers continue after the imported ones, and an open case's deadlines
//! are reckoned. A closed case's are not: its steps before closing are not
//! known, so every deadline would count as missed. The command hands the
//! cases over one at a time inside one transaction, so a file of any size
//! is held a case at a time.

use crate::error::{Error, Result};
use crate::exchange::ImportedCase;
use crate::store::Tx;

/// Import one case (a number already in the store refuses it, and the
/// transaction with it).
pub fn one(tx: &mut Tx, c: &ImportedCase) -> Result<()> {
    if tx.case_exists(&c.case.number)? {
        return Err(Error::usage(format!(
            "line {}: case: '{}' is already in the store; nothing was imported",
            c.line, c.case.number
        )));
    }
    let record = tx.insert_historic_case(&c.case)?;
    if c.case.closed.is_none() {
        super::deadlines::recompute(tx, &record)?;
    }
    Ok(())
}

/// The audit log's account of the import.
pub fn noted(tx: &mut Tx, cases: usize, allegations: usize) {
    tx.note(
        None,
        format!("imported {cases} case(s), {allegations} allegation(s)"),
    );
}

/// Restore a store export into this new store, row for row (ids kept, so
/// the audit log's chain and every reference hold), and say so in the log.
/// Returns the rows restored.
pub fn restore<R: std::io::BufRead>(
    tx: &mut Tx,
    mut file: crate::exchange::store_file::Reader<R>,
    shown: &str,
) -> Result<u64> {
    use crate::exchange::store_file::Item;
    let schema = file.about.get("schema").and_then(|v| v.as_u64());
    if schema != Some(crate::store::schema::CURRENT_VERSION as u64) {
        return Err(Error::store(format!(
            "{shown}: a store export of schema version {}; this build restores version {} \
             (export it again with this oversight, which upgrades the store first)",
            schema.map_or("?".into(), |v| v.to_string()),
            crate::store::schema::CURRENT_VERSION
        )));
    }
    tx.restore_begin()?;
    let mut table: Option<(String, Vec<String>)> = None;
    let mut rows = 0;
    while let Some(item) = file.next_item()? {
        match item {
            Item::Table { name, columns } => {
                tx.restore_table(&name, &columns)
                    .map_err(|e| Error::usage(format!("{shown}: {e}")))?;
                table = Some((name, columns));
            }
            Item::Row(cells) => {
                let (name, columns) = table.as_ref().expect("the reader gives a table first");
                tx.restore_row(name, columns, &cells)
                    .map_err(|e| Error::usage(format!("{shown}: {e}")))?;
                rows += 1;
            }
        }
    }
    tx.restore_end()
        .map_err(|e| Error::usage(format!("{shown}: {e}")))?;
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

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

//! Take in another system's history, all or nothing: every case keeps its
//! number (one already in the store refuses the whole file), new intake
//! numbers continue after the imported ones, and an open case's deadlines
//! are reckoned. A closed case's are not: its steps before closing are not
//! known, so every deadline would count as missed.

use crate::error::{Error, Result};
use crate::exchange::ImportedCase;
use crate::store::Tx;

/// Import `cases`; `progress` is told after each case.
pub fn import(tx: &mut Tx, cases: &[ImportedCase], mut progress: impl FnMut(usize)) -> Result<()> {
    for c in cases {
        if tx.case_exists(&c.case.number)? {
            return Err(Error::usage(format!(
                "line {}: case: '{}' is already in the store; nothing was imported",
                c.line, c.case.number
            )));
        }
    }
    for (i, c) in cases.iter().enumerate() {
        let record = tx.insert_historic_case(&c.case)?;
        if c.case.closed.is_none() {
            super::deadlines::recompute(tx, &record)?;
        }
        progress(i + 1);
    }
    let allegations: usize = cases.iter().map(|c| c.case.allegations.len()).sum();
    tx.note(
        None,
        format!(
            "imported {} case(s), {allegations} allegation(s)",
            cases.len()
        ),
    );
    Ok(())
}

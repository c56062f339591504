//! Record a complaint: the case with its parties and allegations, its
//! number, its first events, and the deadlines they start.

use crate::error::Result;
use crate::rules::Deadline;
use crate::store::{CaseRecord, NewCase, Tx};

/// Record a checked case; returns it with its deadlines.
pub fn record(tx: &mut Tx, case: &NewCase) -> Result<(CaseRecord, Vec<Deadline>)> {
    let rec = tx.insert_case(case)?;
    let deadlines = super::deadlines::recompute(tx, &rec)?;
    Ok((rec, deadlines))
}

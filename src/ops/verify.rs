//! `verify`: the file and its audit chain (the store's check), then every
//! case against its own events: its status is what its close says, and its
//! stored deadlines are what the law computes from its events.

use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::rules::Deadline;
use crate::store::{Tx, Verified};

/// Check the store; the first problem is an error (exit 5).
pub fn verify(tx: &Tx) -> Result<Verified> {
    let audit_rows = tx.verify_file()?;
    let ids = tx.case_ids()?;
    for id in &ids {
        let case = tx.case_by_id(*id)?;
        let events = tx.effective_events(case.id)?;
        let closing = events
            .iter()
            .filter(|e| e.kind == "close")
            .max_by_key(|e| e.seq);
        let closed_by_events = closing.map(|e| e.date);
        if closed_by_events != case.closed || (case.status == "closed") != closing.is_some() {
            return Err(Error::store(format!(
                "case {}: its status ({}{}) is not what its events say ({})",
                case.number,
                case.status,
                case.closed
                    .map(|d| format!(" {}", fmt_date(d)))
                    .unwrap_or_default(),
                closed_by_events
                    .map(|d| format!("closed {}", fmt_date(d)))
                    .unwrap_or_else(|| "open".into())
            )));
        }
        // An imported closed case has no deadlines (`ops::import`).
        let expected = if case.imported && case.closed.is_some() {
            Vec::new()
        } else {
            super::deadlines::computed(tx, &case)?
        };
        let key = |d: &Deadline| (d.rule.clone(), d.due, d.satisfied_on);
        let mut want: Vec<_> = expected.iter().map(key).collect();
        let mut have: Vec<_> = tx.stored_deadlines(case.id)?.iter().map(key).collect();
        want.sort();
        have.sort();
        if want != have {
            return Err(Error::store(format!(
                "case {}: its stored deadlines differ from what its events give",
                case.number
            )));
        }
    }
    Ok(Verified {
        audit_rows,
        cases: ids.len(),
    })
}

//! Keeping the stored deadlines in step with the law: `rules` computes them
//! from a case's (or matter's) effective events, the store keeps them. Every
//! use case that changes events, the calendar or the arithmetic calls here.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::rules::deadlines::{self, CHANGES_ONLY_STOPS_AFTER, ENGINE_CHANGE, ENGINE_VERSION};
use crate::rules::matters::{self, MatterDeadline, MatterEvent};
use crate::rules::{CaseFacts, Deadline, EventFact};
use crate::store::{CaseRecord, Matter, Store, Tx};

/// The deadlines the case's events give under the store's profile and
/// calendar (nothing written).
pub fn computed(tx: &Tx, case: &CaseRecord) -> Result<Vec<Deadline>> {
    computed_from(tx, case, &tx.effective_events(case.id)?)
}

/// The deadlines the law gives a case with these effective events.
pub fn computed_from(tx: &Tx, case: &CaseRecord, events: &[EventFact]) -> Result<Vec<Deadline>> {
    let facts = CaseFacts {
        source: case.source,
        criminal: case.criminal,
        events,
    };
    Ok(deadlines::compute(tx.profile()?, tx.calendar()?, &facts))
}

/// Recompute a case's deadlines from its events and keep them.
pub fn recompute(tx: &mut Tx, case: &CaseRecord) -> Result<Vec<Deadline>> {
    let ds = computed(tx, case)?;
    tx.replace_deadlines(case.id, &ds)?;
    Ok(ds)
}

/// Recompute a matter's deadlines from its steps and keep them.
pub fn recompute_matter(tx: &mut Tx, m: &Matter) -> Result<Vec<MatterDeadline>> {
    let events: Vec<MatterEvent> = tx
        .matter_events(m.id)?
        .into_iter()
        .map(|e| MatterEvent {
            fact: EventFact {
                result: e.result,
                ..EventFact::new(&e.event, e.date).with_seq(e.id)
            },
            recipient: e.recipient,
        })
        .collect();
    let ds = matters::compute(
        tx.profile()?,
        tx.calendar()?,
        &m.kind,
        &m.recipients,
        &events,
    );
    tx.replace_matter_deadlines(m.id, &ds)?;
    Ok(ds)
}

/// After a change of the calendar on `date`: recompute what spans it.
/// Returns how many cases changed.
pub fn after_calendar_change(tx: &mut Tx, date: NaiveDate) -> Result<usize> {
    let cases = tx.cases_spanning(date)?;
    for c in &cases {
        recompute(tx, c)?;
    }
    for m in tx.matters_spanning(date)? {
        recompute_matter(tx, &m)?;
    }
    Ok(cases.len())
}

/// Deadlines kept by an older build's arithmetic are recomputed, in one
/// audited transaction, before anything reads them (said on stderr).
pub fn bring_up_to_date(store: &mut Store) -> Result<()> {
    let found = store.deadline_engine()?;
    if found >= ENGINE_VERSION {
        return Ok(());
    }
    // A login that may not write the deadlines (a clerk's nightly
    // `overdue`) is told who can, rather than refused by the server
    // half-way with a privilege it was never meant to have.
    if !crate::ops::roles::may_write_cases(store.access()) {
        return Err(Error::store(format!(
            "the deadlines in {} were computed by an older oversight and are computed again \
             before anything reads them, which {} may not do: the store's owner (or an \
             investigator) runs any oversight command on it once. The store was not touched.",
            store.location(),
            store.who()
        )));
    }
    let n = store.write_as("upgrade", |tx| {
        // Only cases whose clock may stop, where the versions since
        // changed nothing else.
        let ids = if found >= CHANGES_ONLY_STOPS_AFTER {
            let kinds = tx.profile()?.clock_stopping_kinds();
            tx.case_ids_with_events(&kinds)?
        } else {
            tx.case_ids()?
        };
        for id in &ids {
            let case = tx.case_by_id(*id)?;
            recompute(tx, &case)?;
        }
        tx.set_deadline_engine(ENGINE_VERSION)?;
        tx.note(
            None,
            format!(
                "deadlines of {} case(s) recomputed with deadline arithmetic version \
                 {ENGINE_VERSION}",
                ids.len()
            ),
        );
        Ok(ids.len())
    })?;
    if n > 0 {
        eprintln!(
            "recomputed the deadlines of {n} case(s) in {} with this version's arithmetic \
             ({ENGINE_CHANGE})",
            store.location()
        );
    }
    Ok(())
}

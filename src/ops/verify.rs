//! `verify`: the file and its audit chain (the store's check), the chain
//! against a head kept outside the file (rows removed, or the chain
//! recomputed after an edit), then every case: its content is what the
//! audit log last vouched for (an edit made outside oversight, a case
//! deleted), its status is what its close says, its stored deadlines are
//! what the law computes from its events, and its dates are in a possible
//! order (`rules::dates`; data written before that check may not be), and
//! the deadlines' tallies the annual report reads are what the deadlines
//! count. Every problem found is named with its case.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::rules::dates::{history_faults, CaseDates};
use crate::rules::deadlines::EventFact;
use crate::rules::Deadline;
use crate::store::replay::{differences, document, Packer, Replay};
use crate::store::{effective, CaseContent, CaseRecord, Head, StoredChanges, Tx, Verified};

/// How many cases (by id) are read together.
const RUN: usize = 500;

/// How many problems are listed before the rest are counted.
const SHOWN: usize = 50;

/// Check the store as of `as_of`; any problem is an error (exit 5) naming
/// every one, case by case.
pub fn verify(tx: &Tx, as_of: NaiveDate, expect: Option<&Head>) -> Result<Verified> {
    let head = tx.verify_file()?;
    if let Some(kept) = expect {
        let extends = kept.rows <= head.rows
            && (kept.rows == 0 || tx.audit_hash(kept.rows)?.as_deref() == Some(&kept.hash));
        if !extends {
            return Err(Error::store(format!(
                "the audit log does not extend the head kept outside it ({kept}; now {head}): \
                 rows were removed, or the log was rewritten"
            )));
        }
    }
    let ids = tx.case_ids()?;
    let mut states = tx.latest_states()?;
    let mut problems: Vec<String> = Vec::new();
    let mut packer = Packer::default();
    // A run of cases at a time: a few queries per run, not a dozen per case.
    for run in ids.chunks(RUN) {
        let (from, to) = (run[0], run[run.len() - 1]);
        let mut stored: HashMap<i64, Vec<Deadline>> = HashMap::new();
        for (id, d) in tx.stored_deadlines_in(from, to)? {
            stored.entry(id).or_default().push(d);
        }
        let mut changes = tx.changes_in(from, to)?;
        for content in tx.case_contents(from, to)? {
            let case = &content.case;
            let mut timeline: Vec<_> = content.events.iter().collect();
            timeline.sort_by_key(|e| (e.event.date, e.id));
            let events = effective(timeline);
            let stored = stored.remove(&case.id).unwrap_or_default();
            let latest = states.remove(&case.number);
            let vouched = latest
                .as_ref()
                .is_some_and(|(_, digest)| content.digest().as_slice() == digest.as_slice());
            let changes = changes.remove(&case.number);
            // One change, the last state, and the case is what it vouched
            // for: that change recorded this very content whole, so its
            // replay can only agree (its bytes are the chain's to check).
            let whole = changes.as_deref().is_some_and(|c| {
                c.iter().filter(|(_, change)| change.is_some()).count() == 1
                    && c.last().is_some_and(|(row, change)| {
                        change.is_some() && latest.as_ref().is_some_and(|(r, _)| r == row)
                    })
            });
            let mut found = if vouched && whole {
                Vec::new()
            } else {
                replayed(&content, changes, &mut packer)
            };
            let named = !found.is_empty();
            found.extend(case_problems(tx, case, &events, &stored, as_of)?);
            match latest {
                Some((row, _)) => {
                    if !named && !vouched {
                        found.insert(
                            0,
                            format!(
                                "its data differ from what the audit log last vouched for \
                                 (row {row}): changed outside oversight"
                            ),
                        );
                    }
                }
                None => found.insert(0, "no state of it is in the audit log".into()),
            }
            problems.extend(
                found
                    .into_iter()
                    .map(|p| format!("case {}: {p}", case.number)),
            );
        }
    }
    for (number, (row, _)) in states {
        problems.push(format!(
            "case {number}: in the audit log (row {row}) but not in the store: deleted \
             outside oversight"
        ));
    }
    // The report's timeliness figures are read from these.
    problems.extend(tx.deadline_tally_faults()?);
    if !problems.is_empty() {
        let mut msg = format!(
            "{} problem(s) in {} case(s) checked:",
            problems.len(),
            ids.len()
        );
        for p in problems.iter().take(SHOWN) {
            msg.push_str(&format!("\n  {p}"));
        }
        if problems.len() > SHOWN {
            msg.push_str(&format!("\n  ... and {} more", problems.len() - SHOWN));
        }
        return Err(Error::store(msg));
    }
    Ok(Verified {
        audit_rows: head.rows as usize,
        cases: ids.len(),
        head: head.to_string(),
    })
}

/// The case's changes in the audit log replayed: each write's "was"
/// against what the log had reached (an edit outside oversight before a
/// later write), then the case rebuilt against the tables (an edit since),
/// each difference named.
fn replayed(
    content: &CaseContent,
    changes: Option<StoredChanges>,
    packer: &mut Packer,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut replay = Replay::default();
    for (row, stored) in changes.unwrap_or_default() {
        let change = match stored.as_deref().map(|s| packer.unpack(s)).transpose() {
            Ok(c) => c,
            Err(e) => {
                out.push(format!("audit row {row}: {e}"));
                break;
            }
        };
        match replay.step(change.as_deref()) {
            Ok(None) => {}
            Ok(Some(fault)) => out.extend(fault.differences.iter().map(|d| {
                format!(
                    "changed outside oversight before audit row {row}: {}",
                    d.describe("the store then had", "the audit log had")
                )
            })),
            Err(e) => out.push(format!("audit row {row}: {e}")),
        }
    }
    if let Some(doc) = replay.document() {
        out.extend(differences(doc, &document(content)).iter().map(|d| {
            format!(
                "changed outside oversight: {}",
                d.describe("the store has", "the audit log has")
            )
        }));
    }
    out
}

fn case_problems(
    tx: &Tx,
    case: &CaseRecord,
    events: &[EventFact],
    stored: &[Deadline],
    as_of: NaiveDate,
) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let closing = events
        .iter()
        .filter(|e| e.kind == "close")
        .max_by_key(|e| e.seq);
    let closed_by_events = closing.map(|e| e.date);
    if closed_by_events != case.closed || (case.status == "closed") != closing.is_some() {
        out.push(format!(
            "its status ({}{}) is not what its events say ({})",
            case.status,
            case.closed
                .map(|d| format!(" {}", fmt_date(d)))
                .unwrap_or_default(),
            closed_by_events
                .map(|d| format!("closed {}", fmt_date(d)))
                .unwrap_or_else(|| "open".into())
        ));
    }
    // An imported closed case has no deadlines (`ops::import`).
    let expected = if case.imported && case.closed.is_some() {
        Vec::new()
    } else {
        super::deadlines::computed_from(tx, case, events)?
    };
    let key = |d: &Deadline| (d.rule.clone(), d.due, d.satisfied_on);
    let mut want: Vec<_> = expected.iter().map(key).collect();
    let mut have: Vec<_> = stored.iter().map(key).collect();
    want.sort();
    have.sort();
    if want != have {
        out.push("its stored deadlines differ from what its events give".into());
    }
    for f in history_faults(&case_dates(case, events), as_of) {
        out.push(format!("{} {} {}", f.field, fmt_date(f.date), f.why));
    }
    Ok(out)
}

/// The dates of a case's history as `rules::dates` reads them: its own
/// dates and its effective steps (its receipt and close apart).
pub fn case_dates(case: &CaseRecord, events: &[crate::rules::deadlines::EventFact]) -> CaseDates {
    CaseDates {
        received: Some(case.received),
        incident: case.incident_date,
        aware: case.aware_date,
        steps: events
            .iter()
            .filter(|e| e.kind != "received" && e.kind != "close")
            .map(|e| (e.kind.clone(), e.date))
            .collect(),
        closed: case.closed,
        late_vote: case.late_vote.as_ref().map(|v| v.date),
    }
}

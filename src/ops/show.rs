//! One case as a person reads it: its record, where it stands in words,
//! the deadlines waiting for a step, the checklist, each allegation's
//! outcome and its subpoenas, all from one read of the store.

use crate::error::Result;
use crate::rules::deadlines::{waiting, CaseFacts};
use crate::rules::lifecycle::{phase, CaseState};
use crate::rules::EventFact;
use crate::store::{CaseDetail, Tx};

/// Everything about one case, gathered in one read transaction.
pub struct CaseView {
    pub detail: CaseDetail,
    pub phase: String,
    /// The source in the profile's words, with its section.
    pub source: String,
    /// The case goes to the Independent Counsel (a counsel rule applies).
    pub counsel_track: bool,
    /// The section of the late-complaint vote, if the profile has one.
    pub late_basis: Option<String>,
    pub waits: Vec<Wait>,
    pub checklist: Vec<Check>,
    /// Per allegation (by position): the panel's finding and the
    /// Department's action, from the effective events.
    pub outcomes: Vec<Outcome>,
    pub subpoenas: Vec<crate::store::Subpoena>,
    /// The section subpoenas follow, if the profile gives the power.
    pub subpoena_basis: Option<String>,
}

pub struct Wait {
    pub id: String,
    pub title: String,
    pub basis: String,
    pub missing: Vec<String>,
}

pub struct Check {
    pub id: String,
    pub title: String,
    pub basis: String,
    pub done_on: Option<chrono::NaiveDate>,
}

#[derive(Default)]
pub struct Outcome {
    pub finding: Option<EventFact>,
    pub reason: Option<String>,
    pub department: Option<String>,
    pub discipline: Option<String>,
}

/// The case numbered `number`, as it stands.
pub fn case_view(tx: &Tx, number: &str) -> Result<CaseView> {
    view_of(tx, tx.case_detail(number)?)
}

/// The case numbered `number` as it stood on `day` (`show --as-of`): the
/// steps dated after it left out, open if it closed later, its deadlines
/// worked out from the steps up to it, as `overdue` reads that day. What is
/// known now of those days stands: a step corrected since is shown
/// corrected.
pub fn case_view_on(tx: &Tx, number: &str, day: chrono::NaiveDate) -> Result<CaseView> {
    let mut detail = tx.case_detail(number)?;
    let c = &detail.case;
    if c.received > day {
        return Err(crate::error::Error::not_found(format!(
            "case {} was received on {}, after {} (--as-of): it was not there yet",
            c.number,
            crate::model::fmt_date(c.received),
            crate::model::fmt_date(day)
        )));
    }
    let later = detail.events.iter().any(|e| e.date > day)
        || c.closed.is_some_and(|d| d > day)
        || detail.assignments.iter().any(|a| a.date > day);
    if later {
        detail.events.retain(|e| e.date <= day);
        detail.assignments.retain(|a| a.date <= day);
        // A closed case imported has no deadlines (its steps before the
        // close are not known, `ops::import`): none on any day either.
        let reckoned = !(detail.case.imported && detail.case.closed.is_some());
        if detail.case.closed.is_some_and(|d| d > day) {
            detail.case.closed = None;
            detail.case.status = "open".into();
            detail.case.out_of_time = false;
        }
        if reckoned {
            let facts = crate::store::effective(&detail.events);
            detail.deadlines = super::deadlines::computed_from(tx, &detail.case, &facts)?;
        }
    }
    view_of(tx, detail)
}

fn view_of(tx: &Tx, detail: CaseDetail) -> Result<CaseView> {
    let c = &detail.case;
    let facts: Vec<EventFact> = crate::store::effective(&detail.events);
    let numbers: Vec<i64> = detail.allegations.iter().map(|x| x.seq).collect();
    let profile = tx.profile()?;
    let state = CaseState::new(
        profile,
        &c.number,
        (c.source, c.criminal),
        &facts,
        &numbers,
        &detail.deadlines,
    );
    let phase = phase(&state, c.closed.map(|d| (d, c.out_of_time)));
    let source = profile.describe_source(c.source);
    let counsel_track = state.on_track("counsel-determination");
    let late_basis = profile.late_complaint.as_ref().map(|l| l.basis.clone());
    let facts_view = CaseFacts {
        source: c.source,
        criminal: c.criminal,
        events: &facts,
    };
    // Conditional rules (a remand) are not "waiting": they may never start.
    let waits = if c.status == "closed" {
        Vec::new()
    } else {
        waiting(profile, &facts_view)
            .into_iter()
            .filter(|(r, _)| !r.restart && !r.given_date)
            .map(|(r, missing)| Wait {
                id: r.id.clone(),
                title: r.title.clone(),
                basis: r.basis.clone(),
                missing: missing.into_iter().map(String::from).collect(),
            })
            .collect()
    };
    let checklist = profile
        .checklist
        .iter()
        .filter(|item| facts.iter().any(|e| e.matches(&item.after)))
        .map(|item| Check {
            id: item.id.clone(),
            title: item.title.clone(),
            basis: item.basis.clone(),
            done_on: facts
                .iter()
                .find(|e| e.kind == "checklist" && e.result.as_deref() == Some(&item.id))
                .map(|e| e.date),
        })
        .collect();
    let effective_ids: Vec<i64> = facts.iter().map(|e| e.seq).collect();
    let outcomes = numbers
        .iter()
        .map(|n| {
            let mut o = Outcome::default();
            for e in detail
                .events
                .iter()
                .filter(|e| e.allegation == Some(*n) && effective_ids.contains(&e.id))
            {
                match e.kind.as_str() {
                    "finding" => {
                        o.finding = facts.iter().find(|f| f.seq == e.id).cloned();
                        o.reason = e.reason.clone();
                    }
                    "department-action" => {
                        o.department = e.result.clone();
                        o.discipline = e.reason.clone();
                    }
                    _ => {}
                }
            }
            o
        })
        .collect();
    let subpoenas = tx.subpoenas(Some(detail.case.id))?;
    Ok(CaseView {
        subpoenas,
        detail,
        phase,
        source,
        counsel_track,
        late_basis,
        subpoena_basis: profile.subpoenas.as_ref().map(|s| s.basis.clone()),
        waits,
        checklist,
        outcomes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;
    use crate::ops::step::{record, Step};
    use crate::ops::testing::{d, store};

    #[test]
    fn a_case_is_shown_in_its_profiles_words() {
        let mut t = store("florida-ia");
        let n = t.case(Source::Direct, true, "2025-01-02", 1);
        let v = t.store.read(|tx| case_view(tx, &n)).unwrap();
        assert_eq!(
            v.source,
            "complaint received by the agency (Fla. Stat. 112.533(1)(a))"
        );
        assert!(!v.counsel_track, "Florida has no Independent Counsel");
        assert_eq!(v.phase, "received; to commence");
        assert_eq!(v.waits.len(), 0);
        let close = Step {
            out_of_time: true,
            ..Step::new(&n, "close", d("2025-07-03"))
        };
        t.write(|tx| {
            record(
                tx,
                &Step::new(&n, "commence", d("2025-01-03")),
                d("2025-12-31"),
            )
        })
        .unwrap();
        t.write(|tx| record(tx, &close, d("2025-12-31"))).unwrap();
        let v = t.store.read(|tx| case_view(tx, &n)).unwrap();
        assert_eq!(
            v.phase,
            "closed out of time on 2025-07-03 (without a finding, Fla. Stat. 112.532(6)(a))"
        );
    }
}

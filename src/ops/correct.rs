//! Correct or retract a recorded step. Events are append-only: a correcting
//! event supersedes the wrong one (a new date or result) or retracts it; both
//! stay on the timeline and the rules see only the correction. A correction
//! is held to what the step it corrects was held to: the date policy, the
//! step's allowed results, and the order of steps, replayed over the
//! corrected history, so a correction cannot leave a history that recording
//! the steps one by one would have refused.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::rules::{dates, intake, EventFact, Profile};
use crate::store::{CaseRecord, Event, Tx, RETRACTED};

/// What to correct.
#[derive(Debug, Clone)]
pub struct Correction {
    pub case: String,
    /// The event's number on the case's timeline.
    pub event: i64,
    /// Why (kept on the timeline).
    pub reason: String,
    pub date: Option<NaiveDate>,
    pub result: Option<String>,
    /// A finding's reason for no finding (11.5-31(5)(b)(v)), where the
    /// correction makes or keeps it a no-finding.
    pub finding_reason: Option<String>,
    pub retract: bool,
}

/// What was corrected.
#[derive(Debug, Clone)]
pub struct Corrected {
    pub number: String,
    /// The corrected event's kind and number.
    pub kind: String,
    pub event: i64,
}

/// Record the correction, or refuse it with nothing written.
pub fn correct(tx: &mut Tx, c: &Correction, as_of: NaiveDate) -> Result<Corrected> {
    if !c.retract && c.date.is_none() && c.result.is_none() && c.finding_reason.is_none() {
        return Err(Error::usage(
            "missing: give the right value with --date, --result and/or --finding-reason, or \
             --retract",
        ));
    }
    crate::model::check_text("--reason", &c.reason, true)?;
    if c.reason.trim().is_empty() {
        return Err(Error::bad_value(
            "--reason",
            &c.reason,
            "a few words saying why",
        ));
    }
    let case = tx.case(&c.case)?;
    let old = tx
        .events(case.id)?
        .into_iter()
        .find(|e| e.id == c.event)
        .ok_or_else(|| {
            Error::not_found(format!("case {} has no event #{}", case.number, c.event))
        })?;
    if let Some(by) = old.superseded_by {
        return Err(Error::usage(format!(
            "--event: #{} was already corrected by #{by}; give --event {by} to correct the \
             correction",
            old.id
        )));
    }
    if old.kind == RETRACTED || (old.kind == "received" && c.retract) {
        return Err(Error::usage(format!(
            "--event: #{} is the case's {}; it cannot be {}",
            old.id,
            old.kind,
            if c.retract { "retracted" } else { "corrected" }
        )));
    }
    if old.kind == "received" {
        let Some(d) = c.date else {
            return Err(Error::usage(
                "--date: a received date is corrected with the right date (it has no result)",
            ));
        };
        check_received(tx, &case, old.id, d, as_of)?;
    } else if let Some(d) = c.date {
        dates::step("--date", d, as_of, &case.number, case.received)?;
    }
    if let Some(r) = &c.result {
        if old.result.is_none() {
            return Err(Error::usage(format!(
                "--result: {} (#{}) has no result to correct",
                old.kind, old.id
            )));
        }
        // Findings (and the Department's own) take the profile's findings;
        // other steps the results their `[[steps]]` entry lists.
        let allowed: Vec<String> = match old.kind.as_str() {
            "finding" | "department-action" => tx.profile()?.findings.clone(),
            kind => tx
                .profile()?
                .step(kind)
                .map(|s| s.results.clone())
                .filter(|r| !r.is_empty())
                .unwrap_or_else(|| vec![old.result.clone().unwrap_or_default()]),
        };
        Profile::check_in(&allowed, "--result", r)?;
    }
    // A no-finding carries its reason and nothing else carries one, as the
    // `finding` command has it: a correction to a no-finding names the
    // reason (or keeps the one there), one from it drops it.
    let reason = if old.kind == "finding" && !c.retract {
        let result = c.result.clone().or(old.result.clone()).unwrap_or_default();
        let reason = match &c.finding_reason {
            Some(r) => Some(r.clone()),
            None if result == super::step::NO_FINDING => old.reason.clone(),
            None => None,
        };
        super::step::check_finding_as(
            tx.profile()?,
            ("--result", &result),
            ("--finding-reason", reason.as_deref()),
        )?;
        reason
    } else {
        if let Some(r) = &c.finding_reason {
            return Err(Error::usage(format!(
                "--finding-reason: '{r}' is given, but #{} is {}, not a finding; only a \
                 finding of no finding carries a reason",
                old.id, old.kind
            )));
        }
        old.reason.clone()
    };
    let new = Event {
        kind: if c.retract {
            RETRACTED.into()
        } else {
            old.kind.clone()
        },
        date: c.date.unwrap_or(old.date),
        result: if c.retract {
            None
        } else {
            c.result.clone().or(old.result.clone())
        },
        note: Some(format!("correction: {}", c.reason.trim())),
        until: old.until,
        allegation: old.allegation,
        reason,
        supersedes: Some(old.id),
    };
    {
        // The case's history as it stands and as corrected, read once for
        // both checks.
        let events = tx.effective_events(case.id)?;
        let corrected: Vec<EventFact> = events
            .iter()
            .filter(|e| e.seq != old.id)
            .cloned()
            .chain((!c.retract).then(|| super::step::appended(&new, 0)))
            .collect();
        let history = (events.as_slice(), corrected.as_slice());
        keeps_the_order(tx, &case, old.id, history)?;
        keeps_the_dates(
            &case,
            (&old.kind, (!c.retract).then_some(&new)),
            history,
            as_of,
        )?;
    }
    if old.kind == "received" {
        tx.set_received(&case, new.date)?;
    }
    tx.add_events(&case, &[new])?;
    if old.kind == "close" {
        if c.retract {
            tx.reopen(&case)?;
        } else if let Some(d) = c.date {
            tx.set_closed(&case, d, case.out_of_time)?;
        }
    }
    let case = tx.case_by_id(case.id)?;
    super::deadlines::recompute(tx, &case)?;
    Ok(Corrected {
        number: case.number,
        event: old.id,
        kind: old.event.kind,
    })
}

/// Refuse a correction that would leave the case with a step the order of
/// steps does not allow where it stands (`rules::lifecycle`): the effective
/// events, and the same with event `old` replaced by its correction (or
/// left out, retracted).
fn keeps_the_order(
    tx: &Tx,
    case: &CaseRecord,
    old: i64,
    (events, corrected): (&[EventFact], &[EventFact]),
) -> Result<()> {
    let introduced =
        super::step::fault_introduced(tx, case, (events, corrected), case.out_of_time, old)?;
    if let Some(f) = introduced {
        let which = if f.seq == old {
            format!("#{old} as corrected")
        } else {
            format!("#{}", f.seq)
        };
        return Err(Error::refused(
            format!(
                "the correction would leave case {} with a step out of order: {} ({} on {}): {}",
                case.number,
                which,
                f.kind,
                fmt_date(f.date),
                f.refusal.message
            ),
            f.refusal.basis,
        ));
    }
    Ok(())
}

/// Refuse a correction that would leave the case's dates as `verify` would
/// report them (`rules::dates`: a late vote before the corrected receipt, a
/// step before it or after the close): the fault named, nothing written.
fn keeps_the_dates(
    case: &CaseRecord,
    (kind, new): (&str, Option<&Event>),
    (events, corrected): (&[EventFact], &[EventFact]),
    as_of: NaiveDate,
) -> Result<()> {
    let before = super::verify::case_dates(case, events);
    let mut after = case.clone();
    match (kind, new) {
        ("received", Some(n)) => after.received = n.date,
        ("close", Some(n)) => after.closed = Some(n.date),
        ("close", None) => after.closed = None,
        _ => {}
    }
    let after = super::verify::case_dates(&after, corrected);
    if let Some(f) = super::step::date_fault_introduced(&before, &after, as_of) {
        return Err(Error::usage(format!(
            "--date: the correction would leave case {} with {} {}, which {}; give a date that \
             keeps the case's dates in order",
            case.number,
            f.field,
            fmt_date(f.date),
            f.why
        )));
    }
    Ok(())
}

/// A corrected received date: it has happened, is not after any step of the
/// case, not before the incident, the awareness date or the Chief's decision
/// on an IA case (intake's order), and within the one-year limit unless the
/// case carries the vote that accepted it late (Sec. 11.5-31(1)(c)).
fn check_received(
    tx: &Tx,
    case: &CaseRecord,
    event: i64,
    d: NaiveDate,
    as_of: NaiveDate,
) -> Result<()> {
    dates::happened("--date", d, as_of)?;
    let events = tx.effective_events(case.id)?;
    if let Some(first) = events
        .iter()
        .filter(|e| e.seq != event && e.kind != "chief-decision" && e.kind != "ia-file-access")
        .min_by_key(|e| (e.date, e.seq))
        .filter(|e| e.date < d)
    {
        return Err(Error::usage(format!(
            "--date: '{}' is after the case's {} on {}; a complaint is received before any \
             step on it (correct that step first)",
            fmt_date(d),
            first.kind,
            fmt_date(first.date)
        )));
    }
    let chief_decision = events
        .iter()
        .find(|e| e.kind == "chief-decision")
        .map(|e| e.date);
    for (what, date) in [
        ("incident date", case.incident_date),
        ("awareness date", case.aware_date),
        ("Chief's decision", chief_decision),
    ] {
        if let Some(x) = date.filter(|x| *x > d) {
            return Err(Error::usage(format!(
                "--date: '{}' is before the {what} ({}); a complaint is received on or after it",
                fmt_date(d),
                fmt_date(x)
            )));
        }
    }
    intake::case_timeliness(
        tx.profile()?,
        case.source,
        (case.incident_date, case.aware_date),
        d,
        case.late_vote.as_ref(),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;
    use crate::model::Source;
    use crate::ops::step::{record, Step};
    use crate::ops::testing::{d, store, TestStore};

    const TODAY: &str = "2025-06-30";

    fn step(t: &mut TestStore, case: &str, kind: &'static str, date: &str, result: Option<&str>) {
        let s = Step {
            result: result.map(str::to_string),
            ..Step::new(case, kind, d(date))
        };
        t.write(|tx| record(tx, &s, d(TODAY))).unwrap();
    }

    fn event_id(t: &mut TestStore, case: &str, kind: &str) -> i64 {
        t.store
            .read(|tx| {
                let c = tx.case(case)?;
                let events = tx.events(c.id)?.into_iter();
                let standing = events.filter(|e| e.kind == kind && e.superseded_by.is_none());
                Ok(standing.map(|e| e.id).max().unwrap())
            })
            .unwrap()
    }

    fn fix(case: &str, event: i64) -> Correction {
        Correction {
            case: case.into(),
            event,
            reason: "typo".into(),
            date: None,
            result: None,
            finding_reason: None,
            retract: false,
        }
    }

    /// A criminal complaint that counsel cleared and that has commenced.
    fn commenced() -> (TestStore, String) {
        let mut t = store("miami-cip");
        let n = t.case(Source::Direct, true, "2025-03-03", 1);
        step(&mut t, &n, "refer-counsel", "2025-03-04", None);
        step(
            &mut t,
            &n,
            "counsel-determination",
            "2025-03-10",
            Some("no-interference"),
        );
        step(&mut t, &n, "commence", "2025-03-12", None);
        (t, n)
    }

    fn refused(t: &mut TestStore, n: &str, c: &Correction) -> Error {
        let before = t.snapshot(n);
        let e = t.write(|tx| correct(tx, c, d(TODAY))).unwrap_err();
        assert_eq!(
            t.snapshot(n),
            before,
            "a refused correction changed the store"
        );
        e
    }

    #[test]
    fn a_determination_of_interference_cannot_stand_behind_a_commencement() {
        let (mut t, n) = commenced();
        let det = event_id(&mut t, &n, "counsel-determination");
        let c = Correction {
            result: Some("interference".into()),
            ..fix(&n, det)
        };
        let e = refused(&mut t, &n, &c);
        assert_eq!(e.exit_code(), exit::REFUSED);
        let m = e.to_string();
        assert!(m.contains("commence on 2025-03-12"), "{m}");
        assert!(m.contains("on hold"), "{m}");
        assert!(m.ends_with("(Sec. 11.5-31(2)(a)(i))"), "{m}");
    }

    #[test]
    fn a_retraction_may_not_pull_a_step_from_under_a_later_one() {
        let (mut t, n) = commenced();
        let det = event_id(&mut t, &n, "counsel-determination");
        let e = refused(
            &mut t,
            &n,
            &Correction {
                retract: true,
                ..fix(&n, det)
            },
        );
        assert!(
            e.to_string()
                .contains("none is recorded on or before 2025-03-12"),
            "{e}"
        );
        // Moving the commencement before the determination is refused too,
        // naming the corrected event itself.
        let com = event_id(&mut t, &n, "commence");
        let e = refused(
            &mut t,
            &n,
            &Correction {
                date: Some(d("2025-03-07")),
                ..fix(&n, com)
            },
        );
        assert!(
            e.to_string()
                .contains(&format!("#{com} as corrected (commence on 2025-03-07)")),
            "{e}"
        );
    }

    #[test]
    fn a_correction_that_keeps_the_order_is_recorded() {
        let (mut t, n) = commenced();
        let com = event_id(&mut t, &n, "commence");
        let done = t
            .write(|tx| {
                correct(
                    tx,
                    &Correction {
                        date: Some(d("2025-03-11")),
                        ..fix(&n, com)
                    },
                    d(TODAY),
                )
            })
            .unwrap();
        assert_eq!((done.kind.as_str(), done.event), ("commence", com));
        // The determination moves too, while it stays before the commencement.
        let det = event_id(&mut t, &n, "counsel-determination");
        t.write(|tx| {
            correct(
                tx,
                &Correction {
                    date: Some(d("2025-03-05")),
                    ..fix(&n, det)
                },
                d(TODAY),
            )
        })
        .unwrap();
        let det = event_id(&mut t, &n, "counsel-determination");
        let e = refused(
            &mut t,
            &n,
            &Correction {
                date: Some(d("2025-03-12")),
                ..fix(&n, det)
            },
        );
        assert!(e.to_string().contains("commence on 2025-03-11"), "{e}");
    }

    #[test]
    fn a_finding_moved_before_the_presentation_is_refused() {
        let mut t = store("miami-cip");
        let n = t.case(Source::Direct, false, "2025-03-03", 1);
        step(&mut t, &n, "commence", "2025-03-04", None);
        step(&mut t, &n, "present", "2025-05-01", None);
        let s = Step {
            result: Some("sustained".into()),
            all_allegations: true,
            ..Step::new(&n, "finding", d("2025-05-02"))
        };
        t.write(|tx| record(tx, &s, d(TODAY))).unwrap();
        let f = event_id(&mut t, &n, "finding");
        let e = refused(
            &mut t,
            &n,
            &Correction {
                date: Some(d("2025-04-30")),
                ..fix(&n, f)
            },
        );
        assert_eq!(e.exit_code(), exit::REFUSED);
        assert!(
            e.to_string().contains("findings follow the presentation"),
            "{e}"
        );
        // Retracting the presentation would leave the finding without one.
        let p = event_id(&mut t, &n, "present");
        refused(
            &mut t,
            &n,
            &Correction {
                retract: true,
                ..fix(&n, p)
            },
        );
        // A date before 1900 or after today is bad input, as for any step.
        for bad in ["1899-12-31", "2025-07-01"] {
            let e = refused(
                &mut t,
                &n,
                &Correction {
                    date: Some(d(bad)),
                    ..fix(&n, f)
                },
            );
            assert_eq!(e.exit_code(), exit::USAGE, "{bad}: {e}");
        }
    }
}

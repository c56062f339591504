//! Record a dated step on a case: the date policy, whether the step belongs
//! to the case under the profile, the order the law puts on steps
//! (`rules::lifecycle`), an extension that would change nothing, then the
//! events appended and the deadlines recomputed.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::rules::deadlines::ineffective_extension;
use crate::rules::lifecycle::{self, CaseState, Proposed};
use crate::rules::{dates, CaseFacts, Deadline, EventFact, Profile};
use crate::store::{Event, Tx};

/// One step to record.
#[derive(Debug, Clone, Default)]
pub struct Step {
    pub case: String,
    pub kind: &'static str,
    pub date: NaiveDate,
    pub result: Option<String>,
    pub note: Option<String>,
    /// A date the step carries (a remand's next meeting).
    pub until: Option<NaiveDate>,
    /// Per-allegation steps (findings): the allegation numbers given...
    pub allegations: Vec<i64>,
    /// ...or every allegation of the case.
    pub all_allegations: bool,
    pub reason: Option<String>,
    pub out_of_time: bool,
    /// Per-allegation details recorded with the step (the Department's own
    /// finding and discipline with the Chief's response).
    pub extra: Vec<Event>,
    /// The flag the command takes the step's date with, for messages
    /// (`--date` unless said: `extend --ia-file-received`).
    pub date_flag: Option<&'static str>,
}

impl Step {
    pub fn new(case: &str, kind: &'static str, date: NaiveDate) -> Self {
        Step {
            case: case.to_string(),
            kind,
            date,
            ..Default::default()
        }
    }

    /// The flag the step's date was given with.
    pub fn flag(&self) -> &'static str {
        self.date_flag.unwrap_or("--date")
    }
}

/// What recording did.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The case number as stored.
    pub number: String,
    /// The case's deadlines after the step.
    pub deadlines: Vec<Deadline>,
}

/// Could a step of `kind` be recorded on case `number` on `date` (the law's
/// order, the case's track, the date policy)? What a prompt checks before
/// it asks the next question, and at each date typed; `record` checks it
/// all again with everything given.
pub fn may(tx: &Tx, number: &str, kind: &str, date: NaiveDate, as_of: NaiveDate) -> Result<()> {
    let case = tx.case(number)?;
    let profile = tx.profile()?;
    if case.status == "closed" && !profile.outlives_close(kind) {
        return Err(Error::refused(
            format!(
                "case {} is closed; no step can be recorded on it",
                case.number
            ),
            profile.step_basis("close"),
        ));
    }
    dates::step("--date", date, as_of, &case.number, case.received)?;
    applies(profile, &case, kind)?;
    let events = tx.effective_events(case.id)?;
    let numbers = tx.allegation_numbers(case.id)?;
    lawful_order(
        tx,
        &case,
        (&events, &numbers),
        &Proposed {
            kind,
            date,
            result: None,
            allegations: &[],
            out_of_time: false,
        },
    )
}

/// The step comes where the law's order of steps allows it, given the
/// case's effective events, its allegation numbers and stored deadlines.
fn lawful_order(
    tx: &Tx,
    case: &crate::store::CaseRecord,
    (events, numbers): (&[EventFact], &[i64]),
    proposed: &Proposed<'_>,
) -> Result<()> {
    let stored = tx.stored_deadlines(case.id)?;
    let state = CaseState::new(
        tx.profile()?,
        &case.number,
        (case.source, case.criminal),
        events,
        numbers,
        &stored,
    );
    lifecycle::check(&state, proposed).map_err(|r| Error::refused(r.message, r.basis))
}

/// The step belongs to the case under the profile: every case may take an
/// `always` step; another only a case one of whose rules names it.
fn applies(
    profile: &crate::rules::Profile,
    case: &crate::store::CaseRecord,
    kind: &str,
) -> Result<()> {
    if profile.step(kind).is_some_and(|s| s.always) {
        return Ok(());
    }
    if !profile.is_step(kind) {
        // Not a refusal of the law: the law this store follows has no
        // such step at all.
        let steps: Vec<&str> = profile
            .steps
            .iter()
            .map(|s| s.kind.as_str())
            .filter(|k| *k != "received")
            .collect();
        return Err(Error::usage(format!(
            "{kind} is not a step of the profile {} ({}); its steps are {}",
            profile.name,
            crate::model::cite(profile.law()),
            steps.join(", ")
        )));
    }
    let mentions: Vec<_> = profile.rules.iter().filter(|r| r.mentions(kind)).collect();
    if mentions
        .iter()
        .any(|r| r.applies_to(case.source, case.criminal))
    {
        return Ok(());
    }
    let basis = mentions
        .first()
        .map(|r| r.basis_for(kind).to_string())
        .unwrap_or_else(|| profile.law().to_string());
    let track = if case.criminal {
        "criminal"
    } else {
        "non-criminal"
    };
    Err(Error::refused(
        format!(
            "{kind} does not apply to case {} ({track} {}) under profile {}",
            case.number, case.source, profile.name
        ),
        basis,
    ))
}

/// The step's date in a possible order with the case's history: a close
/// not before a step already recorded (the Chief's response aside, which
/// may follow it), by `rules::dates` as `verify` and import read it. Only
/// a fault the step itself brings is refused, so data from before the
/// check does not block it.
fn in_order(
    case: &crate::store::CaseRecord,
    events: &[crate::rules::deadlines::EventFact],
    step: &Step,
    as_of: NaiveDate,
) -> Result<()> {
    let before = super::verify::case_dates(case, events);
    let mut after = before.clone();
    if step.kind == "close" {
        after.closed = Some(step.date);
    } else {
        after.steps.push((step.kind.to_string(), step.date));
    }
    if let Some(f) = date_fault_introduced(&before, &after, as_of) {
        return Err(Error::usage(format!(
            "{}: '{}' cannot be: {} {} {}; give a date in order with the case's steps",
            step.flag(),
            fmt_date(step.date),
            f.field,
            fmt_date(f.date),
            f.why
        )));
    }
    Ok(())
}

/// A fault of the date policy (`rules::dates`, what `verify` reports) that
/// the history `after` has and `before` had not: only what a write brings
/// is refused, so data from before a check does not block it.
pub(super) fn date_fault_introduced(
    before: &dates::CaseDates,
    after: &dates::CaseDates,
    as_of: NaiveDate,
) -> Option<dates::DateFault> {
    let had = dates::history_faults(before, as_of);
    dates::history_faults(after, as_of)
        .into_iter()
        .find(|f| !had.contains(f))
}

/// `event`, to be appended to a case's timeline, as the order of steps
/// reads it: after every event recorded so far, and after the write's
/// events before it (it is the `k`th the write appends).
pub(super) fn appended(event: &Event, k: usize) -> EventFact {
    EventFact {
        kind: event.kind.clone(),
        date: event.date,
        result: event.result.clone(),
        seq: APPENDED + k as i64,
        until: event.until,
        allegation: event.allegation,
    }
}

/// The `seq` of the first event a write appends, past any recorded one
/// ([`appended`]; the write's others follow it).
const APPENDED: i64 = i64::MAX - (1 << 20);

/// The first step the order of steps does not allow where it stands
/// (`rules::lifecycle::history_faults`: each step replayed against those
/// before it) in the case's history as it would be (`after`), that is not
/// one already in it as it is (`before`: data from before a check does not
/// block an unrelated write): a step dated between two recorded ones must
/// not put a later one out of order (a second presentation, a commence
/// inside a stay). An appended event counts as event `appended_as` (a
/// correction's, the event it replaces).
pub(super) fn fault_introduced(
    tx: &Tx,
    case: &crate::store::CaseRecord,
    (before, after): (&[EventFact], &[EventFact]),
    out_of_time: bool,
    appended_as: i64,
) -> Result<Option<lifecycle::Fault>> {
    let allegations = tx.allegation_numbers(case.id)?;
    let history = lifecycle::History {
        profile: tx.profile()?,
        calendar: tx.calendar()?,
        number: &case.number,
        track: (case.source, case.criminal),
        allegations: &allegations,
        out_of_time,
    };
    let had = lifecycle::history_faults(&history, before);
    let same = |seq: i64| if seq >= APPENDED { appended_as } else { seq };
    Ok(lifecycle::history_faults(&history, after)
        .into_iter()
        .map(|mut f| {
            f.seq = same(f.seq);
            f
        })
        .find(|f| !had.iter().any(|b| b.seq == f.seq && b.refusal == f.refusal)))
}

/// Record `step`, or refuse it with nothing written.
pub fn record(tx: &mut Tx, step: &Step, as_of: NaiveDate) -> Result<Recorded> {
    if let Some(n) = &step.note {
        crate::model::check_text("--note", n, true)?;
    }
    let case = tx.case(&step.case)?;
    let profile = tx.profile()?;
    if case.status == "closed" && !profile.outlives_close(step.kind) {
        return Err(Error::refused(
            format!(
                "case {} is closed; no step can be recorded on it",
                case.number
            ),
            profile.step_basis("close"),
        ));
    }
    if step.kind == "chief-decision" {
        // The Chief decides an IA case before its report is received: the
        // date policy (`in_order`) holds it to on or before the receipt.
        dates::not_before_earliest(step.flag(), step.date)?;
        dates::happened(step.flag(), step.date, as_of)?;
    } else {
        dates::step(step.flag(), step.date, as_of, &case.number, case.received)?;
    }
    // The case's steps as they stand, read once for both checks of order.
    let events = tx.effective_events(case.id)?;
    in_order(&case, &events, step, as_of)?;
    applies(profile, &case, step.kind)?;
    if step.kind == "finding" {
        check_finding(
            profile,
            step.result.as_deref().unwrap_or_default(),
            step.reason.as_deref(),
        )?;
    }
    for x in step.extra.iter().filter(|x| x.kind == "department-action") {
        if let Some(f) = &x.result {
            Profile::check_in(&profile.findings, "--department", f)?;
        }
    }
    let numbers = tx.allegation_numbers(case.id)?;
    let allegations = if step.all_allegations {
        numbers.clone()
    } else {
        step.allegations.clone()
    };
    for a in allegations
        .iter()
        .chain(step.extra.iter().filter_map(|x| x.allegation.as_ref()))
    {
        if !numbers.contains(a) {
            return Err(Error::not_found(format!(
                "case {} has no allegation {a} (it has {})",
                case.number,
                numbers
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    }
    lawful_order(
        tx,
        &case,
        (&events, &numbers),
        &Proposed {
            kind: step.kind,
            date: step.date,
            result: step.result.as_deref(),
            allegations: &allegations,
            out_of_time: step.out_of_time,
        },
    )?;

    let facts = CaseFacts {
        source: case.source,
        criminal: case.criminal,
        events: &events,
    };
    let proposed = EventFact::new(step.kind, step.date).with_seq(i64::MAX);
    if let Some(u) = ineffective_extension(profile, tx.calendar()?, &facts, &proposed) {
        return Err(Error::refused(
            format!(
                "{} on {} changes nothing for case {}: {} days after it is {}, not later than \
                 the due date {} of {}; it is not recorded, and the case's one extension stays \
                 for a later date",
                step.kind,
                fmt_date(step.date),
                case.number,
                u.extension.days,
                fmt_date(u.gives),
                fmt_date(u.due),
                u.rule.id
            ),
            u.extension.basis.clone(),
        ));
    }
    let base = Event {
        kind: step.kind.into(),
        date: step.date,
        result: step.result.clone(),
        note: step.note.clone(),
        until: step.until,
        reason: step.reason.clone(),
        ..Default::default()
    };
    let mut new_events = if step.kind == "finding" {
        allegations
            .iter()
            .map(|a| Event {
                allegation: Some(*a),
                ..base.clone()
            })
            .collect()
    } else {
        vec![base]
    };
    new_events.extend(step.extra.iter().cloned());
    let after: Vec<EventFact> = events
        .iter()
        .cloned()
        .chain(new_events.iter().enumerate().map(|(k, e)| appended(e, k)))
        .collect();
    let out_of_time = case.out_of_time || (step.kind == "close" && step.out_of_time);
    if let Some(f) = fault_introduced(tx, &case, (&events, &after), out_of_time, 0)? {
        let message = if f.seq == 0 {
            // The step itself, read among the steps dated before it.
            f.refusal.message
        } else {
            format!(
                "{} on {} would leave case {} with a step out of order: #{} ({} on {}): {}",
                step.kind,
                fmt_date(step.date),
                case.number,
                f.seq,
                f.kind,
                fmt_date(f.date),
                f.refusal.message
            )
        };
        return Err(Error::refused(message, f.refusal.basis));
    }
    tx.add_events(&case, &new_events)?;
    if step.kind == "close" {
        tx.set_closed(&case, step.date, step.out_of_time)?;
    }
    let deadlines = super::deadlines::recompute(tx, &case)?;
    Ok(Recorded {
        number: case.number,
        deadlines,
    })
}

/// The finding that needs a reason (the profile's `no_finding_reasons`).
pub const NO_FINDING: &str = "no-finding";

/// A finding is one of the profile's, and a no-finding carries one of its
/// reasons (nothing else carries one).
pub fn check_finding(profile: &Profile, finding: &str, reason: Option<&str>) -> Result<()> {
    check_finding_as(profile, ("--finding", finding), ("--reason", reason))
}

/// As [`check_finding`], the flags named as the command has them (a
/// correction's are `--result` and `--finding-reason`).
pub fn check_finding_as(
    profile: &Profile,
    (finding_flag, finding): (&str, &str),
    (reason_flag, reason): (&str, Option<&str>),
) -> Result<()> {
    Profile::check_in(&profile.findings, finding_flag, finding)?;
    match (reason, finding == NO_FINDING) {
        (None, true) if !profile.no_finding_reasons.is_empty() => Err(Error::usage(format!(
            "{reason_flag}: a no-finding needs a reason; expected one of: {}",
            profile.no_finding_reasons.join(", ")
        ))),
        (Some(r), true) => {
            Profile::check_in(&profile.no_finding_reasons, reason_flag, r).map(|_| ())
        }
        (Some(r), false) => Err(Error::usage(format!(
            "{reason_flag}: '{r}' is given, but a reason goes only with {finding_flag} \
             {NO_FINDING} (this finding is {finding})"
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;
    use crate::model::Source;
    use crate::ops::testing::{d, store};

    #[test]
    fn a_step_is_checked_and_recorded_in_one_call() {
        let mut t = store("miami-cip");
        let n = t.case(Source::Direct, false, "2025-03-03", 2);
        let today = d("2025-06-30");
        let before = t.snapshot(&n);
        for (kind, date, code) in [
            ("present", "2025-03-10", exit::REFUSED),
            ("commence", "2025-03-02", exit::USAGE),
            ("commence", "2025-07-01", exit::USAGE),
            ("refer-counsel", "2025-03-04", exit::REFUSED),
        ] {
            let e = t
                .write(|tx| record(tx, &Step::new(&n, kind, d(date)), today))
                .unwrap_err();
            assert_eq!(e.exit_code(), code, "{kind} {date}: {e}");
            assert_eq!(t.snapshot(&n), before, "{kind} {date} changed the store");
        }
        let done = t
            .write(|tx| record(tx, &Step::new(&n, "commence", d("2025-03-04")), today))
            .unwrap();
        assert_eq!(done.number, n);
        let presented = done
            .deadlines
            .iter()
            .find(|x| x.rule == "complete")
            .unwrap();
        assert_eq!(presented.start, d("2025-03-04"));
        let s = Step {
            allegations: vec![3],
            result: Some("sustained".into()),
            ..Step::new(&n, "finding", d("2025-03-05"))
        };
        let e = t.write(|tx| record(tx, &s, today)).unwrap_err();
        assert_eq!(e.exit_code(), exit::NOT_FOUND);
        assert_eq!(
            e.to_string(),
            format!("case {n} has no allegation 3 (it has 1, 2)")
        );
    }
}

#[cfg(test)]
mod citations {
    //! Every refusal of a step cites the law of the store's profile: run
    //! every step kind at every stage of a case under both shipped profiles.
    use super::*;
    use crate::model::Source;
    use crate::ops::testing::{d, store, TestStore};
    use crate::rules::profile::EVENT_KINDS;

    /// Try every step kind on the case as it stands (each try rolled back)
    /// and return the sections the refusals cite.
    fn refusals(t: &mut TestStore, n: &str, date: &str) -> Vec<(String, String)> {
        let mut cited = Vec::new();
        let profile = t.store.profile().unwrap().clone();
        for kind in EVENT_KINDS.iter().copied() {
            let result = match kind {
                "finding" => Some("sustained".to_string()),
                "checklist" => profile.checklist.first().map(|c| c.id.clone()),
                _ => profile.step(kind).and_then(|s| s.results.first().cloned()),
            };
            for out_of_time in [false, true] {
                if out_of_time && kind != "close" {
                    continue;
                }
                let step = Step {
                    result: result.clone(),
                    all_allegations: true,
                    out_of_time,
                    ..Step::new(n, kind, d(date))
                };
                let r: Result<()> = t.write(|tx| {
                    record(tx, &step, d("2026-06-30"))?;
                    Err(Error::usage("tried"))
                });
                if let Err(Error::Refused { basis, .. }) = r {
                    cited.push((kind.to_string(), basis));
                }
            }
        }
        cited
    }

    fn go(t: &mut TestStore, n: &str, kind: &'static str, date: &str, result: Option<&str>) {
        let s = Step {
            result: result.map(str::to_string),
            all_allegations: true,
            ..Step::new(n, kind, d(date))
        };
        t.write(|tx| record(tx, &s, d("2026-06-30"))).unwrap();
    }

    fn all_refusals(profile: &str) -> Vec<(String, String)> {
        let mut t = store(profile);
        let mut cited = Vec::new();
        let criminal = t.case(Source::Direct, true, "2025-01-02", 1);
        cited.extend(refusals(&mut t, &criminal, "2025-01-03"));
        let n = t.case(Source::Direct, false, "2025-01-02", 1);
        cited.extend(refusals(&mut t, &n, "2025-01-03"));
        go(&mut t, &n, "commence", "2025-01-06", None);
        cited.extend(refusals(&mut t, &n, "2025-01-07"));
        go(&mut t, &n, "present", "2025-02-03", None);
        cited.extend(refusals(&mut t, &n, "2025-02-04"));
        go(&mut t, &n, "finding", "2025-02-05", Some("sustained"));
        cited.extend(refusals(&mut t, &n, "2025-02-06"));
        if profile == "miami-cip" {
            go(&mut t, &n, "transmit", "2025-02-07", None);
        }
        go(&mut t, &n, "close", "2025-03-03", None);
        cited.extend(refusals(&mut t, &n, "2025-03-04"));
        cited
    }

    #[test]
    fn florida_refusals_cite_florida_law() {
        let cited = all_refusals("florida-ia");
        assert!(cited.len() > 40, "only {} refusals tried", cited.len());
        for (kind, basis) in &cited {
            assert!(basis.starts_with("Fla. Stat. 112.53"), "{kind}: {basis}");
        }
    }

    #[test]
    fn miami_refusals_cite_the_city_code() {
        let cited = all_refusals("miami-cip");
        assert!(cited.len() > 40, "only {} refusals tried", cited.len());
        for (kind, basis) in &cited {
            assert!(
                basis.starts_with("11.5-") || basis.starts_with("Miami City Code"),
                "{kind}: {basis}"
            );
        }
    }
}

//! Which step may follow which: the order the law puts on a case, read from
//! the profile's `[[steps]]` (`rules::steps`) and checked here as one pure
//! function over the case's effective events. Every refusal cites the
//! section the profile gives for it. The deadlines themselves are the
//! profile's business (`deadlines.rs`); this module only says "not now,
//! because".

use chrono::{Days, NaiveDate};

use super::calendar::Calendar;
use super::deadlines::{self, CaseFacts, Deadline, EventFact, Standing};
use super::profile::Profile;
use super::steps::{Check, Condition, Test};
use crate::model::{fmt_date, Source};

/// A step the law does not allow now, and the section that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub message: String,
    pub basis: String,
}

fn refuse<T>(message: impl Into<String>, basis: &str) -> Result<T, Refusal> {
    Err(Refusal {
        message: message.into(),
        basis: basis.into(),
    })
}

/// What the checks need to know about a case.
#[derive(Debug, Clone)]
pub struct CaseState<'a> {
    /// The profile: the steps, their checks, the sections a refusal cites.
    pub profile: &'a Profile,
    pub number: &'a str,
    /// The case's source and whether it is criminal: which rules apply.
    pub track: (Source, bool),
    /// Effective events (superseded and retracted ones left out).
    pub events: &'a [EventFact],
    /// The numbers of the case's allegations.
    pub allegations: &'a [i64],
    /// The case's deadlines as computed from `events`.
    pub deadlines: &'a [Deadline],
}

impl<'a> CaseState<'a> {
    pub fn new(
        profile: &'a Profile,
        number: &'a str,
        track: (Source, bool),
        events: &'a [EventFact],
        allegations: &'a [i64],
        deadlines: &'a [Deadline],
    ) -> Self {
        CaseState {
            profile,
            number,
            track,
            events,
            allegations,
            deadlines,
        }
    }

    /// A rule met by a step of this kind applies to the case: the case is on
    /// that track (criminal complaints go to counsel, IA closed cases to the
    /// Director).
    pub fn on_track(&self, kind: &str) -> bool {
        let (source, criminal) = self.track;
        self.profile
            .rules
            .iter()
            .any(|r| r.satisfied_by == kind && r.applies_to(source, criminal))
    }
}

/// The step to check.
#[derive(Debug, Clone)]
pub struct Proposed<'a> {
    pub kind: &'a str,
    pub date: NaiveDate,
    pub result: Option<&'a str>,
    /// For findings: the allegations the step is about.
    pub allegations: &'a [i64],
    /// For close: the case is to be closed without a finding as out of time.
    pub out_of_time: bool,
}

impl CaseState<'_> {
    fn on_or_before<'s>(
        &'s self,
        token: &'s str,
        date: NaiveDate,
    ) -> impl Iterator<Item = &'s EventFact> + 's {
        self.events
            .iter()
            .filter(move |e| e.matches(token) && e.date <= date)
    }

    fn latest<'s>(&'s self, token: &'s str, date: NaiveDate) -> Option<&'s EventFact> {
        self.on_or_before(token, date)
            .max_by_key(|e| (e.date, e.seq))
    }

    fn any(&self, token: &str) -> Option<&EventFact> {
        self.events
            .iter()
            .filter(|e| e.matches(token))
            .min_by_key(|e| (e.date, e.seq))
    }

    /// The latest `event` not followed by `undone_by`, as of `date`.
    fn standing<'s>(
        &'s self,
        event: &'s str,
        undone_by: &'s str,
        date: NaiveDate,
    ) -> Option<&'s EventFact> {
        let e = self.latest(event, date)?;
        match self.latest(undone_by, date) {
            Some(u) if (u.date, u.seq) > (e.date, e.seq) => None,
            _ => Some(e),
        }
    }

    fn standing_presentation(&self, date: NaiveDate) -> Option<&EventFact> {
        self.standing("present", "remand", date)
    }

    /// Allegations without an effective event of `kind` (a finding) on or
    /// before `date`: a step checks the case as it stood on its own date.
    fn without(&self, kind: &str, date: NaiveDate) -> Vec<i64> {
        self.allegations
            .iter()
            .copied()
            .filter(|n| {
                !self
                    .events
                    .iter()
                    .any(|e| e.kind == kind && e.allegation == Some(*n) && e.date <= date)
            })
            .collect()
    }

    fn without_finding(&self) -> Vec<i64> {
        self.without("finding", NaiveDate::MAX)
    }

    /// Days an event of `kind` stays `step` (the tolling of the rules the
    /// step meets on this case).
    fn stay_days(&self, step: &str, kind: &str) -> Option<u32> {
        let (source, criminal) = self.track;
        self.profile
            .rules
            .iter()
            .filter(|r| r.satisfied_by == step && r.applies_to(source, criminal))
            .flat_map(|r| r.tolling.iter())
            .find(|t| t.event == kind)
            .and_then(|t| t.days)
    }
}

fn list(ns: &[i64]) -> String {
    ns.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a condition found, for the message.
#[derive(Debug, Default)]
struct Found {
    at: Option<NaiveDate>,
    result: Option<String>,
    until: Option<NaiveDate>,
    allegations: Vec<i64>,
    due: String,
}

impl Found {
    fn event(e: Option<&EventFact>) -> (bool, Found) {
        let found = Found {
            at: e.map(|e| e.date),
            result: e.and_then(|e| e.result.clone()),
            until: e.and_then(|e| e.until),
            ..Found::default()
        };
        (e.is_some(), found)
    }
}

/// Does `c` hold for `step` on the case, and what did it look at?
fn holds(case: &CaseState, step: &Proposed, c: &Condition) -> (bool, Found) {
    let date = step.date;
    match c {
        Condition::Event(token) => Found::event(case.latest(token, date)),
        Condition::Latest { kind, result } => {
            let e = case.latest(kind, date);
            let (_, found) = Found::event(e);
            (
                e.is_some_and(|e| e.result.as_deref() == Some(result)),
                found,
            )
        }
        Condition::Standing { event, undone_by } => {
            Found::event(case.standing(event, undone_by, date))
        }
        Condition::EveryAllegation(kind) => {
            let missing = case.without(kind, date);
            let found = Found {
                allegations: missing.clone(),
                ..Found::default()
            };
            (missing.is_empty(), found)
        }
        Condition::GivenAllegation(kind) => {
            // A finding on any day: a second one is a correction's.
            let open = case.without(kind, NaiveDate::MAX);
            let done: Vec<i64> = step
                .allegations
                .iter()
                .copied()
                .filter(|a| !open.contains(a))
                .collect();
            let found = Found {
                allegations: done.clone(),
                ..Found::default()
            };
            (!done.is_empty(), found)
        }
        Condition::Rule(kind) => (case.on_track(kind), Found::default()),
        Condition::Result(r) => (step.result == Some(r.as_str()), Found::default()),
        Condition::Stay(kind) => {
            let Some(days) = case.stay_days(step.kind, kind) else {
                return (false, Found::default());
            };
            let staying = case.on_or_before(kind, date).find_map(|c| {
                let ends = c.date + Days::new(u64::from(days));
                (date < ends).then_some((c, ends))
            });
            match staying {
                Some((c, ends)) => (
                    true,
                    Found {
                        until: Some(ends),
                        ..Found::event(Some(c)).1
                    },
                ),
                None => (false, Found::default()),
            }
        }
        Condition::DeadlinePassed => {
            let passed = case
                .deadlines
                .iter()
                .filter(|d| d.out_of_time_rule && d.due < date)
                .any(|d| matches!(d.standing(date), Standing::Overdue | Standing::Missed));
            let due = case
                .deadlines
                .iter()
                .find(|d| d.out_of_time_rule)
                .map(|d| format!(" (it is due {})", fmt_date(d.due)))
                .unwrap_or_else(|| " (none has started)".into());
            (
                passed,
                Found {
                    due,
                    ..Found::default()
                },
            )
        }
        Condition::OutOfTime => (step.out_of_time, Found::default()),
    }
}

/// The message of a check, its placeholders filled.
fn say(check: &Check, case: &CaseState, step: &Proposed, f: &Found) -> String {
    let date = |d: Option<NaiveDate>| d.map(fmt_date).unwrap_or_default();
    check
        .message
        .replace("{case}", case.number)
        .replace("{date}", &fmt_date(step.date))
        .replace("{step}", step.kind)
        .replace("{at}", &date(f.at))
        .replace("{result}", f.result.as_deref().unwrap_or_default())
        .replace("{until}", &date(f.until))
        .replace("{allegations}", &list(&f.allegations))
        .replace("{due}", &f.due)
}

/// May `step` be recorded on the case now? Whether the step belongs to the
/// case's track and dates before receipt are checked by the caller
/// (`ops::step`); this is the order: a closed case takes no step (but one
/// that outlives the close), a step recorded once is not recorded again, and
/// the profile's checks of the step hold.
pub fn check(case: &CaseState, step: &Proposed) -> Result<(), Refusal> {
    let n = case.number;
    let profile = case.profile;
    if case.any("close").is_some() && !profile.outlives_close(step.kind) {
        return refuse(
            format!("case {n} is closed; no step can be recorded on it"),
            &profile.step_basis("close"),
        );
    }
    let Some(def) = profile.step(step.kind) else {
        return Ok(());
    };
    if def.once {
        if let Some(prev) = case.any(step.kind) {
            return refuse(
                format!(
                    "{} is already recorded for case {n} on {}; to change it, record a \
                     correction (`oversight correct`)",
                    step.kind,
                    fmt_date(prev.date)
                ),
                &def.basis,
            );
        }
    }
    // The checklist item the step records, if it is one.
    let item = profile
        .checklist
        .iter()
        .find(|k| Some(k.id.as_str()) == step.result);
    if def.once_per_result {
        if let Some(prev) = case
            .events
            .iter()
            .find(|e| e.kind == step.kind && e.result.as_deref() == step.result)
        {
            // A checklist item cites its own section.
            let basis = item.map(|k| k.basis.as_str()).unwrap_or(&def.basis);
            return refuse(
                format!(
                    "{} is already recorded for case {n} on {}",
                    step.result.unwrap_or(step.kind),
                    fmt_date(prev.date)
                ),
                basis,
            );
        }
    }
    // A checklist item follows the event it is owed from (its `after`): a
    // notice of commencement follows the commencement.
    if let Some(item) = item.filter(|_| step.kind == "checklist") {
        if !item.after.is_empty() && case.latest(&item.after, step.date).is_none() {
            return refuse(
                format!(
                    "{} is owed from the case's {}, and case {n} has none on or before {}",
                    item.id,
                    item.after,
                    fmt_date(step.date)
                ),
                &item.basis,
            );
        }
    }
    for c in &def.checks {
        let applies = c.when.iter().all(|w| holds(case, step, w).0)
            && !c.unless.iter().any(|u| holds(case, step, u).0);
        if !applies {
            continue;
        }
        let (held, found) = holds(case, step, &c.condition);
        let refused = match c.test {
            Test::Need => !held,
            Test::Refuse => held,
        };
        if refused {
            return refuse(say(c, case, step, &found), &c.basis);
        }
    }
    Ok(())
}

/// A recorded step that the checks of [`check`] refuse where it stands in
/// the case's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The event (its `seq`).
    pub seq: i64,
    pub kind: String,
    pub date: NaiveDate,
    pub refusal: Refusal,
}

/// What a replay of a case's history needs besides its events.
#[derive(Debug, Clone, Copy)]
pub struct History<'a> {
    pub profile: &'a Profile,
    pub calendar: &'a Calendar,
    pub number: &'a str,
    pub track: (Source, bool),
    pub allegations: &'a [i64],
    /// The case was closed out of time (its close event is checked so).
    pub out_of_time: bool,
}

/// Replay `events` (effective ones, any order) in the order they happened
/// and check each step as if it were being recorded then, against the steps
/// before it and the deadlines those steps give. A history written only
/// through checked steps has no faults; a correction must not add one.
pub fn history_faults(h: &History, events: &[EventFact]) -> Vec<Fault> {
    let mut ordered: Vec<&EventFact> = events.iter().collect();
    ordered.sort_by_key(|e| (e.date, e.seq));
    let mut faults = Vec::new();
    for (i, e) in ordered.iter().enumerate() {
        // What is recorded with a step and is no step itself (the
        // Department's own finding with the Chief's response) is the
        // step's: checked with it.
        if !h.profile.is_step(&e.kind) {
            continue;
        }
        let before: Vec<EventFact> = ordered[..i].iter().map(|e| (*e).clone()).collect();
        let facts = CaseFacts {
            source: h.track.0,
            criminal: h.track.1,
            events: &before,
        };
        let deadlines = deadlines::compute(h.profile, h.calendar, &facts);
        let state = CaseState::new(
            h.profile,
            h.number,
            h.track,
            &before,
            h.allegations,
            &deadlines,
        );
        let allegations: Vec<i64> = e.allegation.into_iter().collect();
        let proposed = Proposed {
            kind: &e.kind,
            date: e.date,
            result: e.result.as_deref(),
            allegations: &allegations,
            out_of_time: e.kind == "close" && h.out_of_time,
        };
        if let Err(refusal) = check(&state, &proposed) {
            faults.push(Fault {
                seq: e.seq,
                kind: e.kind.clone(),
                date: e.date,
                refusal,
            });
        }
    }
    faults
}

/// Where a case stands, in words, for `show` and `list`.
pub fn phase(case: &CaseState, closed: Option<(NaiveDate, bool)>) -> String {
    let far = NaiveDate::MAX;
    let at = |e: &EventFact| fmt_date(e.date);
    if let Some((on, out_of_time)) = closed {
        return if out_of_time {
            // The section that allows the close out of time.
            let basis = case
                .profile
                .step("close")
                .and_then(|s| {
                    s.checks
                        .iter()
                        .find(|c| c.when.contains(&Condition::OutOfTime))
                })
                .map(|c| c.basis.clone())
                .unwrap_or_else(|| case.profile.step_basis("close"));
            format!(
                "closed out of time on {} (without a finding, {basis})",
                fmt_date(on)
            )
        } else {
            format!("closed on {}", fmt_date(on))
        };
    }
    if let Some(e) = case.latest("chief-response", far) {
        return format!(
            "the Chief responded on {} (concurs: {}); ready to close",
            at(e),
            e.result.as_deref().unwrap_or("?")
        );
    }
    if let Some(e) = case.latest("transmit", far) {
        return format!(
            "findings sent to the Chief on {}; awaiting the response",
            at(e)
        );
    }
    if !case.allegations.is_empty() && case.without_finding().is_empty() {
        return "findings rendered; to be sent to the Chief".into();
    }
    if let Some(e) = case.standing_presentation(far) {
        return format!("presented on {}; findings to be rendered", at(e));
    }
    if let Some(e) = case.latest("remand", far) {
        return format!(
            "remanded on {}; to be presented by {}",
            at(e),
            e.until.map(fmt_date).unwrap_or_default()
        );
    }
    if let Some(e) = case.latest("commence", far) {
        let what = if case.any("decide:review").is_some() {
            "review"
        } else {
            "investigation"
        };
        return format!("under {what} since {}", at(e));
    }
    if let Some(e) = case.latest("decide", far) {
        return format!(
            "the Executive Director decided on {} to {}; to commence",
            at(e),
            e.result.as_deref().unwrap_or("?")
        );
    }
    if let Some(e) = case.latest("counsel-determination", far) {
        return if e.result.as_deref() == Some("interference") {
            format!("on hold: counsel found interference on {}", at(e))
        } else {
            format!("counsel found no interference on {}; to commence", at(e))
        };
    }
    if let Some(e) = case.latest("refer-counsel", far) {
        return format!("with the Independent Counsel since {}", at(e));
    }
    if case.on_track("decide") {
        return "received; awaiting the Executive Director's decision".into();
    }
    if case.on_track("counsel-determination") {
        return "received; to be referred to the Independent Counsel".into();
    }
    "received; to commence".into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ev(kind: &str, date: &str, seq: i64) -> EventFact {
        EventFact::new(kind, d(date)).with_seq(seq)
    }

    fn miami() -> &'static Profile {
        Box::leak(Box::new(Profile::builtin("miami-cip").unwrap()))
    }

    fn state<'a>(events: &'a [EventFact], deadlines: &'a [Deadline]) -> CaseState<'a> {
        // A criminal complaint: it goes to counsel first.
        CaseState::new(
            miami(),
            "2025-0001",
            (Source::Direct, true),
            events,
            &[1, 2],
            deadlines,
        )
    }

    fn plain(events: &[EventFact]) -> CaseState<'_> {
        CaseState {
            track: (Source::Direct, false),
            ..state(events, &[])
        }
    }

    fn step(kind: &str, date: &str) -> Proposed<'static> {
        Proposed {
            kind: Box::leak(kind.to_string().into_boxed_str()),
            date: d(date),
            result: None,
            allegations: &[],
            out_of_time: false,
        }
    }

    fn basis(r: Result<(), Refusal>) -> String {
        r.unwrap_err().basis
    }

    #[test]
    fn criminal_commence_waits_for_no_interference() {
        let mut events = vec![
            ev("received", "2025-03-03", 1),
            ev("refer-counsel", "2025-03-04", 2),
        ];
        let s = state(&events, &[]);
        assert_eq!(
            basis(check(&s, &step("commence", "2025-03-10"))),
            "11.5-31(2)(a)(i), (3)(b)(iv)"
        );
        events.push(ev("counsel-determination", "2025-03-10", 3).with_result("interference"));
        let s = state(&events, &[]);
        let r = check(&s, &step("commence", "2025-03-11")).unwrap_err();
        assert!(r.message.contains("on hold"), "{}", r.message);
        // A later determination of no interference lifts the hold, but not
        // for a commencement dated before it.
        events.push(ev("counsel-determination", "2025-03-20", 4).with_result("no-interference"));
        let s = state(&events, &[]);
        assert!(check(&s, &step("commence", "2025-03-12")).is_err());
        assert!(check(&s, &step("commence", "2025-03-20")).is_ok());
    }

    #[test]
    fn a_challenge_stays_commencement_for_48_hours() {
        let events = vec![
            ev("received", "2025-03-03", 1),
            ev("refer-counsel", "2025-03-04", 2),
            ev("counsel-determination", "2025-03-10", 3).with_result("no-interference"),
            ev("challenge", "2025-03-11", 4),
        ];
        let s = state(&events, &[]);
        for day in ["2025-03-11", "2025-03-12"] {
            assert_eq!(
                basis(check(&s, &step("commence", day))),
                "11.5-31(2)(a)(i)",
                "{day}"
            );
        }
        // Before the challenge, and once 48 hours have run, it may commence.
        assert!(check(&s, &step("commence", "2025-03-10")).is_ok());
        assert!(check(&s, &step("commence", "2025-03-13")).is_ok());
    }

    #[test]
    fn determination_needs_a_referral_and_no_interference_is_final() {
        let events = vec![ev("received", "2025-03-03", 1)];
        let s = state(&events, &[]);
        assert_eq!(
            basis(check(&s, &step("counsel-determination", "2025-03-05"))),
            "11.5-31(3)(b)(iii)"
        );
        let events = vec![
            ev("received", "2025-03-03", 1),
            ev("refer-counsel", "2025-03-04", 2),
            ev("counsel-determination", "2025-03-10", 3).with_result("no-interference"),
        ];
        let s = state(&events, &[]);
        assert!(check(&s, &step("counsel-determination", "2025-03-12")).is_err());
    }

    #[test]
    fn ia_case_commences_after_the_directors_decision() {
        let events = vec![ev("received", "2025-03-03", 1)];
        let mut s = state(&events, &[]);
        s.track = (Source::IaClosed, false);
        assert_eq!(
            basis(check(&s, &step("commence", "2025-03-05"))),
            "11.5-31(3)(c)(i)"
        );
        let events = vec![
            ev("received", "2025-03-03", 1),
            ev("decide", "2025-03-04", 2).with_result("review"),
        ];
        let s = CaseState {
            events: &events,
            ..s
        };
        assert!(check(&s, &step("commence", "2025-03-05")).is_ok());
    }

    #[test]
    fn presentation_findings_transmittal_and_response_come_in_order() {
        let mut events = vec![ev("received", "2025-03-03", 1)];
        let s = plain(&events);
        assert_eq!(
            basis(check(&s, &step("present", "2025-04-01"))),
            "11.5-31(3)"
        );
        assert_eq!(
            basis(check(&s, &step("extend", "2025-04-01"))),
            "11.5-31(3)(d)"
        );
        events.push(ev("commence", "2025-03-05", 2));
        let s = plain(&events);
        assert!(check(&s, &step("present", "2025-04-01")).is_ok());
        let mut finding = step("finding", "2025-04-02");
        finding.allegations = &[1];
        assert_eq!(basis(check(&s, &finding)), "11.5-31(5)(b)");
        assert_eq!(
            basis(check(&s, &step("remand", "2025-04-02"))),
            "11.5-31(5)(a)"
        );

        events.push(ev("present", "2025-04-01", 3));
        let s = plain(&events);
        assert!(check(&s, &finding).is_ok());
        // Presented and not remanded: no second presentation.
        assert_eq!(
            basis(check(&s, &step("present", "2025-04-03"))),
            "11.5-31(5)(a)"
        );
        assert_eq!(
            basis(check(&s, &step("transmit", "2025-04-03"))),
            "11.5-31(6)"
        );
        assert_eq!(
            basis(check(&s, &step("close", "2025-04-03"))),
            "11.5-31(5)(b)"
        );

        // Remanded: findings wait for the next presentation.
        events.push(ev("remand", "2025-04-01", 4));
        let s = plain(&events);
        assert!(check(&s, &finding).is_err());
        assert!(check(&s, &step("present", "2025-04-10")).is_ok());
        events.push(ev("present", "2025-04-10", 5));
        let mut f1 = ev("finding", "2025-04-10", 6).with_result("sustained");
        f1.allegation = Some(1);
        events.push(f1);
        let s = plain(&events);
        finding.date = d("2025-04-10");
        let r = check(&s, &finding).unwrap_err();
        assert!(
            r.message.contains("already have a finding"),
            "{}",
            r.message
        );
        let r = check(&s, &step("transmit", "2025-04-11")).unwrap_err();
        assert!(r.message.contains("allegation(s) 2 "), "{}", r.message);
        let mut f2 = ev("finding", "2025-04-10", 7).with_result("unfounded");
        f2.allegation = Some(2);
        events.push(f2);
        let s = plain(&events);
        assert_eq!(
            basis(check(&s, &step("chief-response", "2025-04-11"))),
            "11.5-31(6)"
        );
        assert!(check(&s, &step("transmit", "2025-04-11")).is_ok());
        // The findings are sent to the Chief before the case closes.
        assert_eq!(basis(check(&s, &step("close", "2025-04-11"))), "11.5-31(6)");
        events.push(ev("transmit", "2025-04-11", 8));
        let s = plain(&events);
        assert!(check(&s, &step("close", "2025-04-11")).is_ok());
        // Remanded again: neither a transmittal nor the close until the
        // matter is presented again.
        events.push(ev("remand", "2025-04-14", 9));
        let s = plain(&events);
        assert_eq!(
            basis(check(&s, &step("close", "2025-04-15"))),
            "11.5-31(5)(a)"
        );
    }

    #[test]
    fn phase_says_where_the_case_stands() {
        let mut events = vec![
            ev("received", "2025-03-03", 1),
            ev("refer-counsel", "2025-03-04", 2),
        ];
        assert_eq!(
            phase(&state(&events, &[]), None),
            "with the Independent Counsel since 2025-03-04"
        );
        events.push(ev("counsel-determination", "2025-03-10", 3).with_result("interference"));
        assert_eq!(
            phase(&state(&events, &[]), None),
            "on hold: counsel found interference on 2025-03-10"
        );
        events.push(ev("commence", "2025-03-20", 4));
        events.push(ev("present", "2025-08-01", 5));
        events.push(ev("remand", "2025-08-01", 6).with_until(d("2025-09-03")));
        assert_eq!(
            phase(&state(&events, &[]), None),
            "remanded on 2025-08-01; to be presented by 2025-09-03"
        );
        assert_eq!(
            phase(&state(&events, &[]), Some((d("2025-10-01"), true))),
            "closed out of time on 2025-10-01 (without a finding, 11.5-31(3)(d))"
        );
        assert_eq!(
            phase(&plain(&[ev("received", "2025-03-03", 1)]), None),
            "received; to commence"
        );
    }

    #[test]
    fn steps_that_happen_once_are_refused_the_second_time() {
        let events = vec![
            ev("received", "2025-03-03", 1),
            ev("notify-pd", "2025-03-04", 2),
        ];
        let s = state(&events, &[]);
        let r = check(&s, &step("notify-pd", "2025-03-05")).unwrap_err();
        assert!(r.message.contains("already recorded"), "{}", r.message);
    }

    #[test]
    fn out_of_time_close_needs_a_passed_completion_deadline() {
        let events = vec![
            ev("received", "2025-01-02", 1),
            ev("commence", "2025-01-06", 2),
        ];
        let complete = Deadline {
            rule: "complete".into(),
            title: String::new(),
            basis: "11.5-31(3)(a)".into(),
            owner: "office".into(),
            start: d("2025-01-06"),
            due: d("2025-07-07"),
            satisfied_on: None,
            out_of_time_rule: true,
            after_close: false,
            suspended_since: None,
            notes: vec![],
        };
        let dls = [complete];
        let s = state(&events, &dls);
        let mut close = step("close", "2025-07-07");
        close.out_of_time = true;
        // On the due date itself the deadline has not passed.
        assert_eq!(basis(check(&s, &close)), "11.5-31(3)(d)");
        close.date = d("2025-07-08");
        assert!(check(&s, &close).is_ok());
    }

    #[test]
    fn a_repeated_step_is_refused_citing_its_section() {
        // The steps each profile records once (Florida has no counsel,
        // Director's decision, extension or Chief's response; its
        // investigation is completed once, there being no remand).
        let miami_once: &[&str] = &[
            "chief-decision",
            "ia-file-access",
            "notify-pd",
            "refer-counsel",
            "decide",
            "commence",
            "extend",
            "transmit",
            "chief-response",
            "close",
        ];
        let florida_once: &[&str] = &["notify-pd", "commence", "present", "close"];
        for (profile, kinds) in [("miami-cip", miami_once), ("florida-ia", florida_once)] {
            let p: &'static Profile = Box::leak(Box::new(Profile::builtin(profile).unwrap()));
            let once: Vec<&str> = p
                .steps
                .iter()
                .filter(|s| s.once)
                .map(|s| s.kind.as_str())
                .collect();
            assert_eq!(once, kinds, "{profile}");
            for kind in kinds.iter().copied() {
                let events = [ev("received", "2025-03-03", 1), ev(kind, "2025-03-04", 2)];
                let s = CaseState {
                    profile: p,
                    ..plain(&events)
                };
                let r = check(&s, &step(kind, "2025-03-05")).unwrap_err();
                // A second close meets the closed case first.
                let said = if kind == "close" {
                    "is closed"
                } else {
                    "already recorded"
                };
                assert!(r.message.contains(said), "{kind}: {r:?}");
                assert_eq!(r.basis, p.step_basis(kind), "{profile} {kind}");
                assert!(!r.basis.is_empty(), "{profile} {kind}: no section");
                if profile == "florida-ia" {
                    assert!(!r.basis.starts_with("11.5"), "{kind}: {r:?}");
                }
            }
        }
        // A notice is owed from its event: none before the commencement.
        let mut notice = step("checklist", "2025-03-05");
        notice.result = Some("notice-of-commencement");
        let mut events = vec![ev("received", "2025-03-03", 1)];
        let r = check(&plain(&events), &notice).unwrap_err();
        assert_eq!(r.basis, "11.5-31(2)(d)", "{r:?}");
        assert!(r.message.contains("owed from the case's commence"), "{r:?}");
        events.push(ev("commence", "2025-03-06", 2));
        assert!(check(&plain(&events), &notice).is_err(), "commenced after");
        notice.date = d("2025-03-06");
        assert!(check(&plain(&events), &notice).is_ok());
        let mut copy = step("checklist", "2025-03-06");
        copy.result = Some("complaint-copy");
        assert!(check(&plain(&events), &copy).is_ok());
        // A checklist item recorded twice cites the item's own section.
        let mut k = step("checklist", "2025-03-05");
        k.result = Some("notice-of-commencement");
        let events = [
            ev("received", "2025-03-03", 1),
            ev("checklist", "2025-03-04", 2).with_result("notice-of-commencement"),
        ];
        let r = check(&plain(&events), &k).unwrap_err();
        let item = miami()
            .checklist
            .iter()
            .find(|c| c.id == "notice-of-commencement")
            .unwrap();
        assert_eq!(r.basis, item.basis);
    }
}

//! The deadline engine: from a case's facts and its (effective) events, the
//! deadlines its profile sets. Pure: no I/O, no clock. The store keeps the
//! result in a table so `overdue` is one indexed query; this module is the
//! only place that decides what the deadlines are.

use chrono::NaiveDate;

/// The version of the deadline arithmetic. Stored deadlines computed by an
/// older one are recomputed when the store is opened. Version 2: stopped
/// clocks add up before the one final roll, and a stop costs the days it
/// covers in the rule's own unit (working days for a working-day rule).
/// Version 3: a step that meets a rule while its clock is stopped meets it
/// in time (the stop ends for the rule that day), and a stop from the day
/// the roll carried the last day over to stops the clock in time.
pub const ENGINE_VERSION: u32 = 3;

/// What the latest version of the arithmetic changed, in words (said when
/// a store's deadlines are recomputed).
pub const ENGINE_CHANGE: &str = "a step that meets a stopped clock meets it in time";

/// The versions after this one change only deadlines whose clock stops (a
/// tolling event): a store at it or later has only its cases with such an
/// event recomputed.
pub const CHANGES_ONLY_STOPS_AFTER: u32 = 1;
use serde::Serialize;

use super::calendar::{add_years, Calendar};
use super::profile::{Extension, Period, Profile, Rule};
use crate::model::{cite, fmt_date, Source};

/// One dated step as the engine sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventFact {
    pub kind: String,
    pub date: NaiveDate,
    pub result: Option<String>,
    /// Order of recording: breaks ties between events of the same day.
    pub seq: i64,
    /// A date the event carries (a remand's next regular meeting).
    pub until: Option<NaiveDate>,
    /// The allegation (its number on the case) a per-allegation event is about.
    pub allegation: Option<i64>,
}

impl EventFact {
    pub fn new(kind: &str, date: NaiveDate) -> Self {
        EventFact {
            kind: kind.into(),
            date,
            result: None,
            seq: 0,
            until: None,
            allegation: None,
        }
    }

    pub fn with_result(mut self, result: &str) -> Self {
        self.result = Some(result.into());
        self
    }

    pub fn with_seq(mut self, seq: i64) -> Self {
        self.seq = seq;
        self
    }

    pub fn with_until(mut self, until: NaiveDate) -> Self {
        self.until = Some(until);
        self
    }

    /// Does this event match a rule's event token (`kind` or `kind:result`)?
    pub fn matches(&self, token: &str) -> bool {
        match token.split_once(':') {
            Some((kind, result)) => self.kind == kind && self.result.as_deref() == Some(result),
            None => self.kind == token,
        }
    }
}

/// What the engine needs to know about a case.
#[derive(Debug, Clone)]
pub struct CaseFacts<'a> {
    pub source: Source,
    pub criminal: bool,
    /// Effective events (superseded ones left out), any order.
    pub events: &'a [EventFact],
}

/// A computed deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub rule: String,
    pub title: String,
    pub basis: String,
    pub owner: String,
    pub start: NaiveDate,
    pub due: NaiveDate,
    pub satisfied_on: Option<NaiveDate>,
    /// Missing it puts the case out of time (the rule's `out_of_time`).
    pub out_of_time_rule: bool,
    /// The deadline binds someone else after the case is closed (the Chief's
    /// response), so closing the case does not end it.
    pub after_close: bool,
    /// The clock is stopped (tolled) since this date with no end yet: the
    /// due date waits for the clock to run again.
    pub suspended_since: Option<NaiveDate>,
    /// Why the due date is not the plain count: extensions, tolling.
    pub notes: Vec<String>,
}

/// Where a deadline stands on a given day (SPEC "Counting days").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// Satisfied on or before the due date.
    Met,
    /// Satisfied after the due date: recorded, and counted as late.
    Missed,
    /// Not yet satisfied, not yet past due.
    Open,
    /// Not satisfied and the day is after the due date.
    Overdue,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Met => "met",
            Standing::Missed => "missed",
            Standing::Open => "open",
            Standing::Overdue => "overdue",
        }
    }
}

impl Deadline {
    pub fn standing(&self, as_of: NaiveDate) -> Standing {
        match self.satisfied_on {
            Some(d) if d <= self.due => Standing::Met,
            Some(_) => Standing::Missed,
            None if self.suspended_since.is_some() => Standing::Open,
            None if as_of > self.due => Standing::Overdue,
            None => Standing::Open,
        }
    }

    /// `met` as SPEC's JSON has it: true/false once satisfied, null while open.
    pub fn met(&self) -> Option<bool> {
        self.satisfied_on.map(|d| d <= self.due)
    }

    pub fn days_overdue(&self, as_of: NaiveDate) -> i64 {
        (as_of - self.due).num_days()
    }
}

/// Due date of a period started on `start`. `given` is the date the
/// starting event carries, for rules whose due date is set by a decision
/// (a remand to the next regular meeting).
pub fn due_date(
    cal: &Calendar,
    profile: &Profile,
    start: NaiveDate,
    period: Period,
    given: Option<NaiveDate>,
) -> NaiveDate {
    match period {
        Period::WorkingDays(n) => cal.add_working_days(start, n),
        Period::Days(n) => cal.add_days(start, n, profile.roll_forward),
        Period::Years(n) => add_years(start, n),
        Period::Given => given.unwrap_or(start),
    }
}

/// The event that starts a rule's clock: of each start token, its first
/// occurrence (its latest for a rule that restarts); of those, the latest.
/// None until every start token has happened.
fn clock_start<'e>(rule: &Rule, events: &'e [EventFact]) -> Option<&'e EventFact> {
    let mut chosen: Option<&EventFact> = None;
    for token in &rule.start {
        let matching = events.iter().filter(|e| e.matches(token));
        let pick = if rule.restart {
            matching.max_by_key(|e| (e.date, e.seq))
        } else {
            matching.min_by_key(|e| (e.date, e.seq))
        }?;
        if chosen.is_none_or(|c| (pick.date, pick.seq) > (c.date, c.seq)) {
            chosen = Some(pick);
        }
    }
    chosen
}

/// Every deadline the profile sets for this case, in the profile's order.
/// A rule id yields at most one deadline: the first rule with that id that
/// applies to the case and whose clock has started.
pub fn compute(profile: &Profile, cal: &Calendar, case: &CaseFacts) -> Vec<Deadline> {
    let mut out: Vec<Deadline> = Vec::new();
    for rule in &profile.rules {
        if !rule.applies_to(case.source, case.criminal) || out.iter().any(|d| d.rule == rule.id) {
            continue;
        }
        if let Some(d) = compute_rule(profile, cal, rule, case.events) {
            out.push(d);
        }
    }
    out
}

/// One rule's deadline from a list of events, once its clock has started.
pub fn compute_rule(
    profile: &Profile,
    cal: &Calendar,
    rule: &Rule,
    events: &[EventFact],
) -> Option<Deadline> {
    let start_event = clock_start(rule, events)?;
    let start = start_event.date;
    // The plain count, before any roll: rolling comes last, once.
    let mut due = match rule.period() {
        Period::Days(n) => plus_days(start, n),
        other => due_date(cal, profile, start, other, start_event.until),
    };
    let mut notes = Vec::new();
    if let Some(x) = &rule.extension {
        if let Some(e) = events
            .iter()
            .filter(|e| e.matches(&x.event))
            .min_by_key(|e| (e.date, e.seq))
        {
            let extended = plus_days(e.date, x.days);
            let shown = |d| fmt_date(roll(cal, profile, rule, d));
            if extended > due {
                notes.push(format!(
                    "extended from {} to {}: {} days after {} on {} ({})",
                    shown(due),
                    shown(extended),
                    x.days,
                    x.event,
                    fmt_date(e.date),
                    cite(&x.basis)
                ));
                due = extended;
            } else {
                notes.push(format!(
                    "{} on {} would give {}, earlier than {}: an extension never shortens ({})",
                    x.event,
                    fmt_date(e.date),
                    shown(extended),
                    shown(due),
                    cite(&x.basis)
                ));
            }
        }
    }
    let satisfied_on = events
        .iter()
        .filter(|e| e.matches(&rule.satisfied_by))
        .filter(|e| {
            // A clock that restarts (a remand) is met only by a later step.
            !rule.restart || (e.date, e.seq) > (start_event.date, start_event.seq)
        })
        .map(|e| e.date)
        .min();
    let mut suspended_since = None;
    let mut all_stops = stops(rule, events);
    let last_day = roll(cal, profile, rule, due);
    for s in &mut all_stops {
        // A stop from a day the roll carried the period's last day over to
        // (its last day a Sunday, the stop from Monday) stops it in time:
        // the days from the plain last day are the stop's.
        if s.from > due && s.from <= last_day {
            s.from = due;
        }
        // The step that meets the rule while its clock is stopped meets it
        // in time: for this rule the stop ends that day (Fla. Stat.
        // 112.532(6)(a): the period does not run while it is tolled).
        if let Some(done) = satisfied_on {
            if s.from <= done && s.to.is_none() {
                s.to = Some(done);
            }
        }
    }
    if !all_stops.is_empty() && rule.period() != Period::Given {
        let working = matches!(rule.period(), Period::WorkingDays(_));
        let counts = |d: NaiveDate| !working || cal.is_working_day(d);
        // The running days the (extended) period gives, counted from the
        // unrolled date: only the final date is rolled.
        let n = if working {
            i64::from(cal.working_days_between(start, due))
        } else {
            (due - start).num_days()
        };
        let (ended, open): (Vec<Stop>, Vec<Stop>) =
            all_stops.into_iter().partition(|s| s.to.is_some());
        let (tolled, lost) = run_clock(start, n, counts, &ended);
        let unit = if working { "working day" } else { "day" };
        for (s, k) in ended.iter().zip(&lost).filter(|(_, k)| **k > 0) {
            notes.push(format!(
                "tolled {k} {unit}{} from {}: {}",
                if *k == 1 { "" } else { "s" },
                fmt_date(s.from),
                s.why.join("; ")
            ));
        }
        if tolled != due {
            let line = format!(
                "due moved from {} to {}",
                fmt_date(roll(cal, profile, rule, due)),
                fmt_date(roll(cal, profile, rule, tolled))
            );
            match notes.last_mut() {
                Some(last) => {
                    last.push_str("; ");
                    last.push_str(&line);
                }
                None => notes.push(line),
            }
        }
        due = tolled;
        // A stop not ended yet that began before the count was reached: the
        // clock waits, and the deadline has no running due date.
        if let Some(s) = open.iter().find(|s| s.from <= due) {
            suspended_since = Some(s.from);
            notes.push(format!(
                "clock stopped since {}: {}",
                fmt_date(s.from),
                s.why.join("; ")
            ));
        }
    }
    let due = roll(cal, profile, rule, due);
    Some(Deadline {
        rule: rule.id.clone(),
        title: rule.title.clone(),
        basis: rule.basis.clone(),
        owner: rule.owner.clone(),
        start,
        due,
        satisfied_on,
        out_of_time_rule: rule.out_of_time,
        after_close: rule.after_close,
        suspended_since,
        notes,
    })
}

/// An extension that would move no due date: the rule and its extension,
/// the date the extension would give and the due date it does not pass.
#[derive(Debug)]
pub struct Unmoved<'p> {
    pub rule: &'p Rule,
    pub extension: &'p Extension,
    pub gives: NaiveDate,
    pub due: NaiveDate,
}

/// A step that is a rule's extension event but would move no due date (60
/// days after the IA file falls before the 180 days run out). Such a step
/// changes nothing, so it must not use up the case's one extension.
pub fn ineffective_extension<'p>(
    profile: &'p Profile,
    cal: &Calendar,
    case: &CaseFacts,
    step: &EventFact,
) -> Option<Unmoved<'p>> {
    let mut with: Vec<EventFact> = case.events.to_vec();
    with.push(step.clone());
    let mut unmoved = None;
    for rule in profile.rules.iter().filter(|r| {
        r.applies_to(case.source, case.criminal)
            && r.extension.as_ref().is_some_and(|x| step.matches(&x.event))
    }) {
        let (Some(before), Some(after)) = (
            compute_rule(profile, cal, rule, case.events),
            compute_rule(profile, cal, rule, &with),
        ) else {
            continue;
        };
        if after.due > before.due {
            return None;
        }
        let extension = rule.extension.as_ref()?;
        unmoved.get_or_insert(Unmoved {
            rule,
            extension,
            gives: roll(cal, profile, rule, plus_days(step.date, extension.days)),
            due: before.due,
        });
    }
    unmoved
}

fn plus_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(chrono::Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

/// A calendar-day due date that is not a working day moves to the next one
/// when the profile rolls forward (the Florida rule); the other periods land
/// where they belong already.
fn roll(cal: &Calendar, profile: &Profile, rule: &Rule, d: NaiveDate) -> NaiveDate {
    match rule.period() {
        Period::Days(_) if profile.roll_forward => cal.next_working_day_on_or_after(d),
        _ => d,
    }
}

/// Days a rule's clock is stopped: from `from` up to the day before `to`
/// (`None`: not ended yet).
#[derive(Debug, Clone)]
struct Stop {
    from: NaiveDate,
    to: Option<NaiveDate>,
    /// The reasons with their citations (several when stops overlap).
    why: Vec<String>,
}

impl Stop {
    fn covers(&self, d: NaiveDate) -> bool {
        d >= self.from && self.to.is_none_or(|t| d < t)
    }
}

/// The rule's stops from the case's events, in date order, overlapping ones
/// merged so that a day stops the clock once however many stops cover it.
fn stops(rule: &Rule, events: &[EventFact]) -> Vec<Stop> {
    let mut all: Vec<Stop> = Vec::new();
    for t in &rule.tolling {
        for e in events.iter().filter(|e| e.matches(&t.event)) {
            let to = match (t.days, &t.until) {
                (Some(n), _) => Some(plus_days(e.date, n)),
                (None, Some(until)) => events
                    .iter()
                    .filter(|r| r.matches(until) && (r.date, r.seq) > (e.date, e.seq))
                    .min_by_key(|r| (r.date, r.seq))
                    .map(|r| r.date),
                (None, None) => Some(e.date),
            };
            all.push(Stop {
                from: e.date,
                to,
                why: vec![format!("{} ({})", t.reason, cite(&t.basis))],
            });
        }
    }
    all.sort_by_key(|s| s.from);
    let mut merged: Vec<Stop> = Vec::new();
    for s in all {
        match merged.last_mut() {
            Some(m) if m.to.is_none_or(|t| s.from <= t) => {
                m.to = match (m.to, s.to) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
                for w in s.why {
                    if !m.why.contains(&w) {
                        m.why.push(w);
                    }
                }
            }
            _ => merged.push(s),
        }
    }
    merged
}

/// The day on which `n` running days after `start` have been counted, where
/// `counts` says which days the rule counts (working days, or every day) and
/// a day a stop covers is not counted; with the counted days each stop cost.
fn run_clock(
    start: NaiveDate,
    n: i64,
    counts: impl Fn(NaiveDate) -> bool,
    stops: &[Stop],
) -> (NaiveDate, Vec<i64>) {
    let mut lost = vec![0i64; stops.len()];
    let mut d = start;
    let mut left = n;
    while left > 0 {
        let Some(next) = d.succ_opt() else {
            return (NaiveDate::MAX, lost);
        };
        d = next;
        if !counts(d) {
            continue;
        }
        match stops.iter().position(|s| s.covers(d)) {
            Some(i) => lost[i] += 1,
            None => left -= 1,
        }
    }
    (d, lost)
}

/// Rules that apply to the case but whose clock has not started, with the
/// events still awaited: what `show` lists as "not started".
pub fn waiting<'p>(profile: &'p Profile, case: &CaseFacts) -> Vec<(&'p Rule, Vec<&'p str>)> {
    let started = compute(profile, &Calendar::federal(), case);
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for rule in &profile.rules {
        if !rule.applies_to(case.source, case.criminal)
            || started.iter().any(|d| d.rule == rule.id)
            || seen.contains(&rule.id.as_str())
        {
            continue;
        }
        seen.push(&rule.id);
        let missing = rule
            .start
            .iter()
            .filter(|t| !case.events.iter().any(|e| e.matches(t)))
            .map(String::as_str)
            .collect();
        out.push((rule, missing));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn miami() -> Profile {
        Profile::builtin("miami-cip").unwrap()
    }

    fn due_of(ds: &[Deadline], id: &str) -> Option<NaiveDate> {
        ds.iter().find(|x| x.rule == id).map(|x| x.due)
    }

    #[test]
    fn direct_non_criminal_case_gets_notify_and_commence() {
        let events = [EventFact::new("received", d("2025-03-07"))];
        let case = CaseFacts {
            source: Source::Direct,
            criminal: false,
            events: &events,
        };
        let ds = compute(&miami(), &Calendar::federal(), &case);
        let ids: Vec<_> = ds.iter().map(|x| x.rule.as_str()).collect();
        assert_eq!(ids, ["notify-pd", "commence"]);
        // Fri 7 Mar 2025 + 2 working days = Tue 11 Mar.
        assert_eq!(due_of(&ds, "notify-pd"), Some(d("2025-03-11")));
        // + 10 working days = Fri 21 Mar.
        assert_eq!(due_of(&ds, "commence"), Some(d("2025-03-21")));
    }

    #[test]
    fn criminal_case_across_independence_day() {
        // Received Wed 2 Jul 2025; 4 Jul (Fri) is a holiday.
        let events = [EventFact::new("received", d("2025-07-02"))];
        let case = CaseFacts {
            source: Source::Direct,
            criminal: true,
            events: &events,
        };
        let ds = compute(&miami(), &Calendar::federal(), &case);
        let ids: Vec<_> = ds.iter().map(|x| x.rule.as_str()).collect();
        assert_eq!(ids, ["notify-pd", "forward-pd", "refer-counsel"]);
        // 3 Jul (1), 7 Jul (2), 8 Jul (3).
        assert_eq!(due_of(&ds, "notify-pd"), Some(d("2025-07-07")));
        assert_eq!(due_of(&ds, "forward-pd"), Some(d("2025-07-08")));
        assert_eq!(due_of(&ds, "refer-counsel"), Some(d("2025-07-08")));
    }

    #[test]
    fn referral_starts_the_counsel_clock_and_determination_starts_commence() {
        let mut events = vec![
            EventFact::new("received", d("2025-12-19")),
            EventFact::new("refer-counsel", d("2025-12-22")),
        ];
        let p = miami();
        let cal = Calendar::federal();
        let case = CaseFacts {
            source: Source::Direct,
            criminal: true,
            events: &events,
        };
        let ds = compute(&p, &cal, &case);
        // Mon 22 Dec + 10 working days, skipping Christmas (25th) and New
        // Year's Day (1 Jan 2026): 23,24,26,29,30,31, 2,5,6,7 -> Wed 7 Jan.
        assert_eq!(due_of(&ds, "counsel-determination"), Some(d("2026-01-07")));
        assert_eq!(
            ds.iter()
                .find(|x| x.rule == "refer-counsel")
                .unwrap()
                .standing(d("2026-01-01")),
            Standing::Met
        );
        let waits = waiting(&p, &case);
        let commence = waits.iter().find(|(r, _)| r.id == "commence").unwrap();
        assert_eq!(commence.1, ["counsel-determination:no-interference"]);

        events.push(
            EventFact::new("counsel-determination", d("2026-01-09")).with_result("no-interference"),
        );
        let case = CaseFacts {
            source: Source::Direct,
            criminal: true,
            events: &events,
        };
        let ds = compute(&p, &cal, &case);
        // Fri 9 Jan + 7 working days, MLK Day Mon 19 Jan: 12..16, 20, 21.
        assert_eq!(due_of(&ds, "commence"), Some(d("2026-01-21")));
        let cd = ds
            .iter()
            .find(|x| x.rule == "counsel-determination")
            .unwrap();
        assert_eq!(cd.standing(d("2026-02-01")), Standing::Missed);
        assert_eq!(cd.met(), Some(false));
    }

    #[test]
    fn interference_does_not_start_commence() {
        let events = [
            EventFact::new("received", d("2025-03-03")),
            EventFact::new("refer-counsel", d("2025-03-04")),
            EventFact::new("counsel-determination", d("2025-03-10")).with_result("interference"),
        ];
        let case = CaseFacts {
            source: Source::ForceGbh,
            criminal: true,
            events: &events,
        };
        let ds = compute(&miami(), &Calendar::federal(), &case);
        assert_eq!(due_of(&ds, "commence"), None);
    }

    #[test]
    fn ia_closed_clock_starts_at_the_later_of_report_and_file_access() {
        let p = miami();
        let cal = Calendar::federal();
        let only_report = [
            EventFact::new("received", d("2025-11-05")),
            EventFact::new("chief-decision", d("2025-11-03")),
        ];
        let case = CaseFacts {
            source: Source::IaClosed,
            criminal: false,
            events: &only_report,
        };
        let ds = compute(&p, &cal, &case);
        assert_eq!(
            due_of(&ds, "ed-decision"),
            None,
            "file access not yet given"
        );
        // Chief decided Mon 3 Nov; report received Wed 5 Nov: within 3 working days.
        let t = ds.iter().find(|x| x.rule == "ia-transmittal").unwrap();
        assert_eq!(t.due, d("2025-11-06"));
        assert_eq!(t.standing(d("2025-11-05")), Standing::Met);
        assert!(!t.rule.is_empty() && t.owner == "internal-affairs");

        let both = [
            EventFact::new("received", d("2025-11-05")),
            EventFact::new("ia-file-access", d("2025-11-07")),
        ];
        let case = CaseFacts {
            source: Source::IaClosed,
            criminal: false,
            events: &both,
        };
        let ds = compute(&p, &cal, &case);
        // Fri 7 Nov + 10 working days, Veterans Day Tue 11 Nov:
        // 10,12,13,14,17,18,19,20,21,24 -> Mon 24 Nov.
        assert_eq!(due_of(&ds, "ed-decision"), Some(d("2025-11-24")));
    }

    #[test]
    fn late_transmittal_is_missed() {
        // Chief decided Wed 24 Dec 2025; 3 working days: 26, 29, 30 -> Tue 30 Dec.
        let events = [
            EventFact::new("chief-decision", d("2025-12-24")),
            EventFact::new("received", d("2025-12-31")),
        ];
        let case = CaseFacts {
            source: Source::IaClosed,
            criminal: false,
            events: &events,
        };
        let ds = compute(&miami(), &Calendar::federal(), &case);
        let t = ds.iter().find(|x| x.rule == "ia-transmittal").unwrap();
        assert_eq!(t.due, d("2025-12-30"));
        assert_eq!(t.standing(d("2026-01-05")), Standing::Missed);
    }

    #[test]
    fn standing_on_the_due_date_is_open_and_the_day_after_overdue() {
        let dl = Deadline {
            rule: "x".into(),
            title: String::new(),
            basis: String::new(),
            owner: "office".into(),
            start: d("2025-01-01"),
            due: d("2025-01-10"),
            satisfied_on: None,
            out_of_time_rule: false,
            after_close: false,
            suspended_since: None,
            notes: vec![],
        };
        assert_eq!(dl.standing(d("2025-01-10")), Standing::Open);
        assert_eq!(dl.standing(d("2025-01-11")), Standing::Overdue);
        assert_eq!(dl.days_overdue(d("2025-01-13")), 3);
        let on_time = Deadline {
            satisfied_on: Some(d("2025-01-10")),
            ..dl.clone()
        };
        assert_eq!(on_time.standing(d("2025-03-01")), Standing::Met);
    }

    #[test]
    fn calendar_day_rules_roll_forward_per_profile() {
        let p = Profile::builtin("florida-ia").unwrap();
        // Received Thu 3 Jul 2025 + 180 days = Tue 30 Dec 2025 (a working day).
        let events = [EventFact::new("received", d("2025-07-03"))];
        let case = CaseFacts {
            source: Source::Direct,
            criminal: false,
            events: &events,
        };
        let ds = compute(&p, &Calendar::federal(), &case);
        assert_eq!(due_of(&ds, "complete"), Some(d("2025-12-30")));
        // Received Sat 28 Jun 2025 + 180 = Thu 25 Dec (Christmas) -> Fri 26 Dec.
        let events = [EventFact::new("received", d("2025-06-28"))];
        let case = CaseFacts {
            events: &events,
            ..case
        };
        let ds = compute(&p, &Calendar::federal(), &case);
        assert_eq!(due_of(&ds, "complete"), Some(d("2025-12-26")));
    }

    #[test]
    fn a_pending_criminal_investigation_stops_the_florida_clock() {
        let p = Profile::builtin("florida-ia").unwrap();
        let cal = Calendar::federal();
        let mut events = vec![
            EventFact::new("received", d("2025-01-02")).with_seq(1),
            EventFact::new("criminal-investigation", d("2025-02-03"))
                .with_result("pending")
                .with_seq(2),
        ];
        let case = CaseFacts {
            source: Source::Direct,
            criminal: true,
            events: &events,
        };
        let c = compute(&p, &cal, &case);
        let complete = c.iter().find(|x| x.rule == "complete").unwrap();
        assert_eq!(complete.suspended_since, Some(d("2025-02-03")));
        // Suspended: never overdue while stopped.
        assert_eq!(complete.standing(d("2026-01-01")), Standing::Open);

        events.push(
            EventFact::new("criminal-investigation", d("2025-04-14"))
                .with_result("concluded")
                .with_seq(3),
        );
        let case = CaseFacts {
            source: Source::Direct,
            criminal: true,
            events: &events,
        };
        let c = compute(&p, &cal, &case);
        let complete = c.iter().find(|x| x.rule == "complete").unwrap();
        // 180 days from Thu 2 Jan = Tue 1 Jul; + 70 days stopped = Tue 9 Sep.
        assert_eq!(complete.due, d("2025-09-09"));
        assert_eq!(complete.suspended_since, None);
    }

    #[test]
    fn a_stop_outside_the_running_clock_does_not_count() {
        // A challenge before counsel's determination: the commence clock had
        // not started, so nothing moves.
        let events = [
            EventFact::new("received", d("2025-03-03")).with_seq(1),
            EventFact::new("refer-counsel", d("2025-03-04")).with_seq(2),
            EventFact::new("challenge", d("2025-03-05")).with_seq(3),
            EventFact::new("counsel-determination", d("2025-03-10"))
                .with_result("no-interference")
                .with_seq(4),
        ];
        let case = CaseFacts {
            source: Source::Direct,
            criminal: true,
            events: &events,
        };
        let ds = compute(&miami(), &Calendar::federal(), &case);
        // Mon 10 Mar + 7 working days = Wed 19 Mar.
        assert_eq!(due_of(&ds, "commence"), Some(d("2025-03-19")));
    }

    #[test]
    fn a_remand_clock_is_met_only_by_a_later_presentation() {
        let events = [
            EventFact::new("received", d("2025-01-02")).with_seq(1),
            EventFact::new("commence", d("2025-01-10")).with_seq(2),
            EventFact::new("present", d("2025-06-04")).with_seq(3),
            EventFact::new("remand", d("2025-06-04"))
                .with_until(d("2025-07-02"))
                .with_seq(4),
        ];
        let case = CaseFacts {
            source: Source::Direct,
            criminal: false,
            events: &events,
        };
        let ds = compute(&miami(), &Calendar::federal(), &case);
        let r = ds.iter().find(|x| x.rule == "remand-present").unwrap();
        assert_eq!(r.due, d("2025-07-02"));
        assert_eq!(r.satisfied_on, None);
    }
    /// A Florida case received Fri 10 Jan 2025: 180 days run to Wed 9 Jul.
    fn florida_complete(stops: &[(&str, &str)]) -> Deadline {
        let steps: Vec<(&str, Option<&str>, &str)> = stops
            .iter()
            .flat_map(|(from, to)| {
                [
                    ("criminal-investigation", Some("pending"), *from),
                    ("criminal-investigation", Some("concluded"), *to),
                ]
            })
            .collect();
        florida_case("2025-01-10", &steps)
    }

    #[test]
    fn several_stops_add_up_and_only_the_final_date_is_rolled() {
        assert_eq!(florida_complete(&[]).due, d("2025-07-09"));
        // 10 days (3 to 12 Feb) + 2 days (14, 15 Feb) = 12: Mon 21 Jul.
        let c = florida_complete(&[("2025-02-03", "2025-02-13"), ("2025-02-14", "2025-02-16")]);
        assert_eq!(c.due, d("2025-07-21"));
        assert!(
            c.notes[0].starts_with("tolled 10 days from 2025-02-03"),
            "{:?}",
            c.notes
        );
        assert!(
            c.notes[1].starts_with("tolled 2 days from 2025-02-14"),
            "{:?}",
            c.notes
        );
        assert!(
            c.notes[1].ends_with("due moved from 2025-07-09 to 2025-07-21"),
            "{:?}",
            c.notes
        );
        // 10 + 20 days: 9 Jul + 30 = Fri 8 Aug.
        let c = florida_complete(&[("2025-02-03", "2025-02-13"), ("2025-03-03", "2025-03-23")]);
        assert_eq!(c.due, d("2025-08-08"));
        // 3 + 2 days: 9 Jul + 5 = Mon 14 Jul. Rolling after the first stop
        // (Sat 12 Jul to Mon 14 Jul) and adding the second would give 16 Jul.
        let c = florida_complete(&[("2025-02-03", "2025-02-06"), ("2025-03-03", "2025-03-05")]);
        assert_eq!(c.due, d("2025-07-14"));
        // 3 days alone: Sat 12 Jul, rolled to Mon 14 Jul.
        let c = florida_complete(&[("2025-02-03", "2025-02-06")]);
        assert_eq!(c.due, d("2025-07-14"));
        // Completed on 22 Jul after 12 stopped days: out of time.
        let c = florida_complete(&[("2025-02-03", "2025-02-13"), ("2025-02-14", "2025-02-16")]);
        assert!(d("2025-07-22") > c.due);
    }

    /// A Florida case received `received` and criminal, its events after
    /// receipt `(kind, result, date)` in order: its completion deadline.
    fn florida_case(received: &str, steps: &[(&str, Option<&str>, &str)]) -> Deadline {
        let p = Profile::builtin("florida-ia").unwrap();
        let mut events = vec![EventFact::new("received", d(received)).with_seq(1)];
        for (i, (kind, result, date)) in steps.iter().enumerate() {
            let mut e = EventFact::new(kind, d(date)).with_seq(2 + i as i64);
            if let Some(r) = result {
                e = e.with_result(r);
            }
            events.push(e);
        }
        let case = CaseFacts {
            source: Source::Direct,
            criminal: true,
            events: &events,
        };
        let ds = compute(&p, &Calendar::federal(), &case);
        ds.into_iter().find(|x| x.rule == "complete").unwrap()
    }

    #[test]
    fn a_step_that_meets_a_stopped_clock_meets_it_in_time() {
        // Received Fri 10 Jan 2025: due Wed 9 Jul. Stopped from Mon 3 Feb
        // (23 days run: 11 Jan to 2 Feb), never concluded; presented Fri 1
        // Aug. The stop ends for the deadline on 1 Aug: 157 days left run
        // from 1 Aug (2-31 Aug 30, Sep 30, Oct 31, Nov 30, Dec 31 = 152,
        // 1-5 Jan) to Mon 5 Jan 2026.
        let c = florida_case(
            "2025-01-10",
            &[
                ("criminal-investigation", Some("pending"), "2025-02-03"),
                ("present", None, "2025-08-01"),
            ],
        );
        assert_eq!(c.satisfied_on, Some(d("2025-08-01")));
        assert_eq!(c.due, d("2026-01-05"));
        assert_eq!(c.suspended_since, None);
        assert_eq!(c.standing(d("2026-06-01")), Standing::Met);
        assert_eq!(c.met(), Some(true));
        // Presented before the stop: the plain due date, met.
        let c = florida_case(
            "2025-01-10",
            &[
                ("present", None, "2025-02-01"),
                ("criminal-investigation", Some("pending"), "2025-02-03"),
            ],
        );
        assert_eq!((c.due, c.met()), (d("2025-07-09"), Some(true)));
        // A stop from after the due date does not save a late step: due 9
        // Jul, stopped from 10 Jul, presented 1 Aug.
        let c = florida_case(
            "2025-01-10",
            &[
                ("criminal-investigation", Some("pending"), "2025-07-10"),
                ("present", None, "2025-08-01"),
            ],
        );
        assert_eq!((c.due, c.met()), (d("2025-07-09"), Some(false)));
    }

    #[test]
    fn a_stop_from_the_day_a_weekend_rolled_the_due_date_to_stops_it_in_time() {
        // Received Tue 14 Jan 2025: 180 days end Sun 13 Jul, rolled to Mon
        // 14 Jul.
        assert_eq!(florida_case("2025-01-14", &[]).due, d("2025-07-14"));
        // Stopped from Sun 13 Jul or from Mon 14 Jul, both still in time:
        // the clock waits either way.
        for from in ["2025-07-13", "2025-07-14"] {
            let c = florida_case(
                "2025-01-14",
                &[("criminal-investigation", Some("pending"), from)],
            );
            assert_eq!(c.suspended_since, Some(d("2025-07-13")), "{from}");
            assert_eq!(c.standing(d("2025-07-20")), Standing::Open, "{from}");
        }
        // From Mon 14 Jul to Thu 17 Jul: the last day (Sun 13 Jul, carried
        // over to Monday) falls in the stop, which covers 13 to 16 Jul;
        // the one day left is Thu 17 Jul.
        let c = florida_case(
            "2025-01-14",
            &[
                ("criminal-investigation", Some("pending"), "2025-07-14"),
                ("criminal-investigation", Some("concluded"), "2025-07-17"),
            ],
        );
        assert_eq!(c.due, d("2025-07-17"));
        // From Tue 15 Jul: too late, overdue since the 15th.
        let c = florida_case(
            "2025-01-14",
            &[("criminal-investigation", Some("pending"), "2025-07-15")],
        );
        assert_eq!(c.suspended_since, None);
        assert_eq!(c.standing(d("2025-07-20")), Standing::Overdue);
    }

    /// Miami's criminal commence clock: 7 working days from counsel's
    /// determination on Wed 19 Mar 2025 (plain due Fri 28 Mar), with
    /// prosecutorial challenges on the given days.
    fn commence_with_challenges(challenges: &[&str]) -> Deadline {
        let mut events = vec![
            EventFact::new("received", d("2025-03-10")).with_seq(1),
            EventFact::new("refer-counsel", d("2025-03-11")).with_seq(2),
            EventFact::new("counsel-determination", d("2025-03-19"))
                .with_result("no-interference")
                .with_seq(3),
        ];
        for (i, c) in challenges.iter().enumerate() {
            events.push(EventFact::new("challenge", d(c)).with_seq(4 + i as i64));
        }
        let case = CaseFacts {
            source: Source::Direct,
            criminal: true,
            events: &events,
        };
        let ds = compute(&miami(), &Calendar::federal(), &case);
        ds.into_iter().find(|x| x.rule == "commence").unwrap()
    }

    #[test]
    fn a_48_hour_stay_stops_the_working_day_clock_for_the_days_it_covers() {
        assert_eq!(commence_with_challenges(&[]).due, d("2025-03-28"));
        // Friday 21 Mar: the stay covers Fri 21 and Sat 22; one working day
        // stopped. 20, [21], 24, 25, 26, 27, 28, 31: Mon 31 Mar.
        let c = commence_with_challenges(&["2025-03-21"]);
        assert_eq!(c.due, d("2025-03-31"));
        assert!(
            c.notes[0].starts_with("tolled 1 working day from 2025-03-21"),
            "{:?}",
            c.notes
        );
        // Monday 24 Mar: Mon 24 and Tue 25, two working days. 20, 21, [24,
        // 25], 26, 27, 28, 31, 1 Apr: Tue 1 Apr.
        let c = commence_with_challenges(&["2025-03-24"]);
        assert_eq!(c.due, d("2025-04-01"));
        // Two stays (24-25 and 26-27 Mar): four working days, Thu 3 Apr.
        let c = commence_with_challenges(&["2025-03-24", "2025-03-26"]);
        assert_eq!(c.due, d("2025-04-03"));
        // Overlapping stays (24-25 and 25-26 Mar) cover three days together.
        let c = commence_with_challenges(&["2025-03-24", "2025-03-25"]);
        assert_eq!(c.due, d("2025-04-02"));
        assert_eq!(c.notes.len(), 1, "{:?}", c.notes);
        assert!(
            c.notes[0].starts_with("tolled 3 working days from 2025-03-24"),
            "{:?}",
            c.notes
        );
        // A stay after the due date costs nothing.
        let c = commence_with_challenges(&["2025-03-31"]);
        assert_eq!(c.due, d("2025-03-28"));
        assert!(c.notes.is_empty(), "{:?}", c.notes);
    }
}

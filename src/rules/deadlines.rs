//! The deadline engine: from a case's facts and its (effective) events, the
//! deadlines its profile sets. Pure: no I/O, no clock. The store keeps the
//! result in a table so `overdue` is one indexed query; this module is the
//! only place that decides what the deadlines are.

use chrono::NaiveDate;
use serde::Serialize;

use super::calendar::{add_years, Calendar};
use super::profile::{Period, Profile, Rule};
use crate::model::Source;

/// One dated step as the engine sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventFact {
    pub kind: String,
    pub date: NaiveDate,
    pub result: Option<String>,
}

impl EventFact {
    pub fn new(kind: &str, date: NaiveDate) -> Self {
        EventFact {
            kind: kind.into(),
            date,
            result: None,
        }
    }

    /// Does this event match a rule's event token (`kind` or `kind:result`)?
    fn matches(&self, token: &str) -> bool {
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

/// Due date of a period started on `start`.
pub fn due_date(cal: &Calendar, profile: &Profile, start: NaiveDate, period: Period) -> NaiveDate {
    match period {
        Period::WorkingDays(n) => cal.add_working_days(start, n),
        Period::Days(n) => cal.add_days(start, n, profile.roll_forward),
        Period::Years(n) => add_years(start, n),
    }
}

/// When a rule's clock starts: the latest of its start events, once all have
/// happened (the first occurrence of each counts).
fn clock_start(rule: &Rule, events: &[EventFact]) -> Option<NaiveDate> {
    rule.start
        .iter()
        .map(|token| {
            events
                .iter()
                .filter(|e| e.matches(token))
                .map(|e| e.date)
                .min()
        })
        .try_fold(None::<NaiveDate>, |latest, d| {
            d.map(|d| Some(latest.map_or(d, |l| l.max(d))))
        })
        .flatten()
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
        let Some(start) = clock_start(rule, case.events) else {
            continue;
        };
        let due = due_date(cal, profile, start, rule.period());
        let satisfied_on = case
            .events
            .iter()
            .filter(|e| e.matches(&rule.satisfied_by))
            .map(|e| e.date)
            .min();
        out.push(Deadline {
            rule: rule.id.clone(),
            title: rule.title.clone(),
            basis: rule.basis.clone(),
            owner: rule.owner.clone(),
            start,
            due,
            satisfied_on,
            out_of_time_rule: rule.out_of_time,
        });
    }
    out
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
        let commence_waiting = waiting(&p, &case);
        assert_eq!(commence_waiting.len(), 1);
        assert_eq!(
            commence_waiting[0].1,
            ["counsel-determination:no-interference"]
        );

        events.push(EventFact {
            kind: "counsel-determination".into(),
            date: d("2026-01-09"),
            result: Some("no-interference".into()),
        });
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
            EventFact {
                kind: "counsel-determination".into(),
                date: d("2025-03-10"),
                result: Some("interference".into()),
            },
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
}

//! The policy for the dates a person gives: what is possible at all (not
//! before 1900, not after today or `--as-of`) and what a step's date must
//! respect (not before the case was received). Intake, every step, the
//! matters, subpoenas and corrections call these, so a date is refused the
//! same way, with the same words, wherever it is typed.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fmt_date;

/// No record an oversight office keeps is older: a date before it is a
/// typing slip or a placeholder (spreadsheets' "1900-01-01").
pub const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a date"),
};

/// `date` under `flag` is a real date at all: not before [`EARLIEST`].
pub fn not_before_earliest(flag: &str, date: NaiveDate) -> Result<()> {
    if date < EARLIEST {
        return Err(Error::usage(format!(
            "{flag}: '{}' is before {}; no oversight record is that old (a typing slip or a \
             placeholder date?)",
            fmt_date(date),
            fmt_date(EARLIEST)
        )));
    }
    Ok(())
}

/// A date something happened on: possible, and not after `as_of` (today).
pub fn happened(flag: &str, date: NaiveDate, as_of: NaiveDate) -> Result<()> {
    not_before_earliest(flag, date)?;
    if date > as_of {
        return Err(Error::usage(format!(
            "{flag}: '{}' is after today ({}); record it once it has happened",
            fmt_date(date),
            fmt_date(as_of)
        )));
    }
    Ok(())
}

/// The date of a step on case `number`, received on `received`: it has
/// happened, and not before the complaint was received.
pub fn step(
    flag: &str,
    date: NaiveDate,
    as_of: NaiveDate,
    number: &str,
    received: NaiveDate,
) -> Result<()> {
    happened(flag, date, as_of)?;
    if date < received {
        return Err(Error::usage(format!(
            "{flag}: '{}' is before case {number} was received ({}); give a date on or after it",
            fmt_date(date),
            fmt_date(received)
        )));
    }
    Ok(())
}

/// The dates of a case's history, as a store or a file holds them.
#[derive(Debug, Clone, Default)]
pub struct CaseDates {
    pub received: Option<NaiveDate>,
    pub incident: Option<NaiveDate>,
    pub aware: Option<NaiveDate>,
    /// Steps recorded on the case (kind, date), findings included.
    pub steps: Vec<(String, NaiveDate)>,
    pub closed: Option<NaiveDate>,
    /// The vote that accepted it as a late complaint, if one did.
    pub late_vote: Option<NaiveDate>,
}

/// Why a vote accepting a late complaint (11.5-31(1)(c): "accepted by the
/// CIP only if approved by a majority vote") cannot be dated `vote`: the
/// panel votes on a complaint already submitted, about something that had
/// happened, so not before the incident (or the awareness), nor before the
/// date received.
pub fn late_vote_fault(
    vote: NaiveDate,
    received: NaiveDate,
    incident: Option<NaiveDate>,
    aware: Option<NaiveDate>,
) -> Option<String> {
    let (what, since) = match (incident, aware) {
        (Some(i), _) => ("incident", i),
        (None, Some(a)) => ("awareness date", a),
        (None, None) => ("date received", received),
    };
    if vote < since {
        return Some(format!(
            "is before the {what} ({}); a vote accepting a late complaint comes after it",
            fmt_date(since)
        ));
    }
    (vote < received).then(|| {
        format!(
            "is before the date received ({}); the vote accepts a complaint already submitted",
            fmt_date(received)
        )
    })
}

/// A date that cannot be where it is: the field, the date, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFault {
    pub field: String,
    pub date: NaiveDate,
    pub why: String,
}

/// Every date of a history that cannot be: before 1900 or after `as_of`;
/// an incident or awareness after receipt; a step, finding or close before
/// receipt; a step or finding after the close (the Chief's response, which
/// may follow it, aside). What import refuses row by row and `verify`
/// reports of a store.
pub fn history_faults(h: &CaseDates, as_of: NaiveDate) -> Vec<DateFault> {
    let mut out = Vec::new();
    let mut fault = |field: &str, date: NaiveDate, why: String| {
        out.push(DateFault {
            field: field.into(),
            date,
            why,
        })
    };
    let mut every: Vec<(&str, NaiveDate)> = Vec::with_capacity(5 + h.steps.len());
    every.extend(h.received.map(|d| ("received", d)));
    every.extend(h.incident.map(|d| ("incident_date", d)));
    every.extend(h.aware.map(|d| ("aware_date", d)));
    every.extend(h.steps.iter().map(|(k, d)| (k.as_str(), *d)));
    every.extend(h.closed.map(|d| ("closed", d)));
    every.extend(h.late_vote.map(|d| ("late_vote", d)));
    for (field, d) in &every {
        if *d < EARLIEST {
            fault(
                field,
                *d,
                format!("is before {} (a placeholder date?)", fmt_date(EARLIEST)),
            );
        } else if *d > as_of {
            fault(field, *d, format!("is after today ({})", fmt_date(as_of)));
        }
    }
    if let Some(r) = h.received {
        for (field, d) in [("incident_date", h.incident), ("aware_date", h.aware)] {
            if let Some(d) = d.filter(|d| *d > r) {
                fault(
                    field,
                    d,
                    format!("is after the date received ({})", fmt_date(r)),
                );
            }
        }
        for (field, d) in h
            .steps
            .iter()
            .map(|(k, d)| (k.as_str(), *d))
            .chain(h.closed.map(|d| ("closed", d)))
        {
            // The Chief's decision on an IA case comes before its report
            // (11.5-31(2)(c)), not after.
            if d < r && field != "chief-decision" {
                fault(
                    field,
                    d,
                    format!("is before the date received ({})", fmt_date(r)),
                );
            }
            if d > r && field == "chief-decision" {
                fault(
                    field,
                    d,
                    format!(
                        "is after the date received ({}); the Chief decides an IA case before \
                         its close-out report is sent",
                        fmt_date(r)
                    ),
                );
            }
        }
    }
    if let (Some(v), Some(r)) = (h.late_vote, h.received) {
        if let Some(why) = late_vote_fault(v, r, h.incident, h.aware) {
            fault("late_vote", v, why);
        }
    }
    if let Some(c) = h.closed {
        for (field, d) in &h.steps {
            if *d > c && field != "chief-response" && field != "department-action" {
                fault(
                    field,
                    *d,
                    format!("is after the case was closed ({})", fmt_date(c)),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chiefs_decision_comes_before_the_report_is_received() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let h = |decided: &str| CaseDates {
            received: Some(d("2025-11-07")),
            steps: vec![("chief-decision".into(), d(decided))],
            ..CaseDates::default()
        };
        let as_of = d("2025-12-31");
        assert!(history_faults(&h("2025-10-31"), as_of).is_empty());
        assert!(history_faults(&h("2025-11-07"), as_of).is_empty());
        let f = history_faults(&h("2025-11-08"), as_of);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].field, "chief-decision");
        assert!(f[0]
            .why
            .starts_with("is after the date received (2025-11-07)"));
    }

    #[test]
    fn a_late_vote_follows_the_incident_and_the_receipt() {
        let faults = |vote: &str| {
            history_faults(
                &CaseDates {
                    received: Some(d("2025-03-07")),
                    incident: Some(d("2024-01-10")),
                    late_vote: Some(d(vote)),
                    ..Default::default()
                },
                d("2025-12-31"),
            )
        };
        assert_eq!(faults("2025-03-07"), []);
        assert_eq!(faults("2025-04-01"), []);
        let f = faults("2024-02-01");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].field, "late_vote");
        assert!(
            f[0].why
                .starts_with("is before the date received (2025-03-07)"),
            "{f:?}"
        );
        let f = faults("2024-01-09");
        assert!(
            f[0].why.starts_with("is before the incident (2024-01-10)"),
            "{f:?}"
        );
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn message(r: Result<()>) -> String {
        r.unwrap_err().to_string()
    }

    #[test]
    fn earliest_is_the_first_of_1900() {
        assert!(not_before_earliest("--date", d("1900-01-01")).is_ok());
        let m = message(not_before_earliest("--date", d("1899-12-31")));
        assert!(
            m.starts_with("--date: '1899-12-31' is before 1900-01-01"),
            "{m}"
        );
        assert!(not_before_earliest("--received", NaiveDate::MIN).is_err());
    }

    #[test]
    fn happened_allows_today_not_tomorrow() {
        let today = d("2025-03-07");
        assert!(happened("--date", today, today).is_ok());
        assert!(happened("--date", d("1900-01-01"), today).is_ok());
        let m = message(happened("--date", d("2025-03-08"), today));
        assert!(
            m.contains("'2025-03-08' is after today (2025-03-07)"),
            "{m}"
        );
        assert!(message(happened("--date", d("0001-01-01"), today)).contains("before 1900"));
    }

    #[test]
    fn a_step_is_on_or_after_receipt() {
        let (today, received) = (d("2025-03-07"), d("2025-02-03"));
        assert!(step("--date", received, today, "2025-0001", received).is_ok());
        assert!(step("--date", today, today, "2025-0001", received).is_ok());
        let m = message(step(
            "--date",
            d("2025-02-02"),
            today,
            "2025-0001",
            received,
        ));
        assert_eq!(
            m,
            "--date: '2025-02-02' is before case 2025-0001 was received (2025-02-03); give a \
             date on or after it"
        );
        assert!(step("--date", d("2025-03-08"), today, "2025-0001", received).is_err());
    }

    #[test]
    fn a_history_out_of_order_is_named_field_by_field() {
        let today = d("2025-12-31");
        let ok = CaseDates {
            received: Some(d("2025-03-07")),
            incident: Some(d("2025-03-01")),
            steps: vec![("finding".into(), d("2025-06-01"))],
            closed: Some(d("2025-06-02")),
            ..CaseDates::default()
        };
        assert!(history_faults(&ok, today).is_empty());
        let bad = CaseDates {
            incident: Some(d("2025-03-08")),
            steps: vec![
                ("finding".into(), d("2025-03-06")),
                ("commence".into(), d("2025-06-03")),
                ("chief-response".into(), d("2025-07-01")),
            ],
            closed: Some(d("3019-01-01")),
            ..ok.clone()
        };
        let faults: Vec<(String, String)> = history_faults(&bad, today)
            .into_iter()
            .map(|f| (f.field, f.why))
            .collect();
        assert_eq!(
            faults,
            vec![
                ("closed".into(), "is after today (2025-12-31)".into()),
                (
                    "incident_date".into(),
                    "is after the date received (2025-03-07)".into()
                ),
                (
                    "finding".into(),
                    "is before the date received (2025-03-07)".into()
                ),
            ],
        );
        let closed_early = CaseDates {
            closed: Some(d("2025-06-02")),
            steps: vec![("commence".into(), d("2025-06-03"))],
            ..ok
        };
        let f = history_faults(&closed_early, today);
        assert_eq!(f[0].why, "is after the case was closed (2025-06-02)");
        let placeholder = CaseDates {
            received: Some(d("1900-01-01")),
            closed: Some(d("1899-12-31")),
            ..CaseDates::default()
        };
        let f = history_faults(&placeholder, today);
        assert_eq!(f[0].why, "is before 1900-01-01 (a placeholder date?)");
        assert_eq!(f[1].why, "is before the date received (1900-01-01)");
    }
}

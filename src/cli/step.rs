//! What every "record a dated step" command shares: find the case, check the
//! date and that the step belongs to the case under the profile, append the
//! event and report the deadlines it met or started, all in one transaction.

use chrono::NaiveDate;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::output::{print_json, Format};
use crate::rules::Deadline;

/// One step to record.
pub struct Step<'a> {
    pub case: &'a str,
    pub kind: &'static str,
    pub date: NaiveDate,
    pub result: Option<&'a str>,
    pub note: Option<&'a str>,
}

pub fn record(ctx: &Ctx, step: Step) -> Result<i32> {
    let mut store = ctx.open()?;
    let (number, deadlines) = store.write(|tx| {
        let case = tx.case(step.case)?;
        if case.status == "closed" {
            return Err(Error::refused(
                format!(
                    "case {} is closed; no step can be recorded on it",
                    case.number
                ),
                "",
            ));
        }
        if step.date > ctx.as_of {
            return Err(Error::usage(format!(
                "--date: '{}' is after today ({}); record a step once it has happened",
                fmt_date(step.date),
                fmt_date(ctx.as_of)
            )));
        }
        if step.date < case.received {
            return Err(Error::usage(format!(
                "--date: '{}' is before case {} was received ({}); give a date on or after it",
                fmt_date(step.date),
                case.number,
                fmt_date(case.received)
            )));
        }
        let mentions: Vec<_> = tx
            .profile
            .rules
            .iter()
            .filter(|r| {
                r.satisfied_by == step.kind
                    || r.start
                        .iter()
                        .any(|s| s.split(':').next() == Some(step.kind))
            })
            .collect();
        if !mentions
            .iter()
            .any(|r| r.applies_to(case.source, case.criminal))
        {
            let basis = mentions
                .first()
                .map(|r| r.basis.clone())
                .unwrap_or_default();
            let track = if case.criminal {
                "criminal"
            } else {
                "non-criminal"
            };
            return Err(Error::refused(
                format!(
                    "{} does not apply to case {} ({track} {}) under profile {}",
                    step.kind, case.number, case.source, tx.profile.name
                ),
                basis,
            ));
        }
        if let Some(prev) = tx
            .effective_events(case.id)?
            .into_iter()
            .find(|e| e.kind == step.kind)
        {
            return Err(Error::refused(
                format!(
                    "{} is already recorded for case {} on {}",
                    step.kind,
                    case.number,
                    fmt_date(prev.date)
                ),
                "",
            ));
        }
        let ds = tx.add_event(&case, step.kind, step.date, step.result, step.note)?;
        Ok((case.number, ds))
    })?;
    report(ctx, &number, &step, &deadlines)
}

/// Tell what the step did: which deadlines it met (or met late) and which
/// it started.
fn report(ctx: &Ctx, number: &str, step: &Step, deadlines: &[Deadline]) -> Result<i32> {
    let touched: Vec<&Deadline> = deadlines
        .iter()
        .filter(|d| d.satisfied_on == Some(step.date) || d.start == step.date)
        .collect();
    if ctx.format == Format::Json {
        let ds: Vec<_> = touched
            .iter()
            .map(|d| {
                json!({
                    "deadline": d.rule,
                    "due": fmt_date(d.due),
                    "met": d.met(),
                    "basis": d.basis,
                })
            })
            .collect();
        print_json(&json!({
            "case": number,
            "event": step.kind,
            "date": fmt_date(step.date),
            "deadlines": ds,
        }))?;
        return Ok(0);
    }
    eprintln!(
        "recorded {} on {} for case {number}",
        step.kind,
        fmt_date(step.date)
    );
    for d in touched {
        let what = match d.met() {
            Some(true) => "met".to_string(),
            Some(false) => format!(
                "met LATE ({} after the due date)",
                crate::output::days((step.date - d.due).num_days())
            ),
            None => "started".to_string(),
        };
        eprintln!(
            "  {:<22} due {}  {what}  ({})",
            d.rule,
            fmt_date(d.due),
            d.basis
        );
    }
    Ok(0)
}

//! What the policy-review and issued-report commands share: record a step on
//! a matter in one transaction, checked, and say which deadlines it met or
//! started.

use chrono::NaiveDate;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::output::{print_json, Format};
use crate::rules::matters::MatterDeadline;
use crate::store::{Matter, MatterEventRecord, Tx};

/// A step on a matter; `check` may refuse it given the matter and its steps.
pub struct MatterStep<'a> {
    pub number: &'a str,
    pub event: &'a str,
    pub date: NaiveDate,
    pub result: Option<&'a str>,
    pub recipient: Option<&'a str>,
    pub note: Option<&'a str>,
}

pub fn record(
    ctx: &Ctx,
    step: MatterStep,
    check: impl FnOnce(&Tx, &Matter, &[MatterEventRecord]) -> Result<()>,
) -> Result<i32> {
    crate::rules::dates::happened("--date", step.date, ctx.as_of)?;
    let mut store = ctx.open()?;
    let (matter, ds) = store.write(|tx| {
        let m = tx.matter(step.number)?;
        let events = tx.matter_events(m.id)?;
        if let Some(first) = events.first() {
            if step.date < first.date {
                return Err(Error::usage(format!(
                    "--date: '{}' is before {} began ({}); give a date on or after it",
                    fmt_date(step.date),
                    m.number,
                    fmt_date(first.date)
                )));
            }
        }
        check(tx, &m, &events)?;
        let ds = tx.add_matter_event(
            &m,
            step.event,
            step.date,
            step.result,
            step.recipient,
            step.note,
        )?;
        Ok((m, ds))
    })?;
    report(ctx, &matter, step.event, step.date, &ds)
}

/// Tell what a step did.
pub fn report(
    ctx: &Ctx,
    m: &Matter,
    event: &str,
    date: NaiveDate,
    ds: &[MatterDeadline],
) -> Result<i32> {
    let touched: Vec<&MatterDeadline> = ds
        .iter()
        .filter(|d| d.deadline.satisfied_on == Some(date) || d.deadline.start == date)
        .collect();
    if ctx.format == Format::Json {
        print_json(&json!({
            "id": m.number,
            "event": event,
            "date": fmt_date(date),
            "deadlines": touched.iter().map(|d| json!({
                "deadline": d.deadline.rule,
                "recipient": d.recipient,
                "due": fmt_date(d.deadline.due),
                "met": d.deadline.met(),
                "basis": d.deadline.basis,
            })).collect::<Vec<_>>(),
        }))?;
        return Ok(0);
    }
    crate::info!("recorded {event} on {} for {}", fmt_date(date), m.number);
    for d in touched {
        let what = match d.deadline.met() {
            Some(true) => "met".to_string(),
            Some(false) => "met LATE".to_string(),
            None => "started".to_string(),
        };
        let to = d
            .recipient
            .as_ref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        crate::info!(
            "  {}{to}  due {}  {what}  ({})",
            d.deadline.rule,
            fmt_date(d.deadline.due),
            d.deadline.basis
        );
    }
    Ok(0)
}

/// A step that happens once on a matter (per recipient where given); a
/// second one is refused citing the section of the rule it meets.
pub fn once(
    tx: &Tx,
    m: &Matter,
    events: &[MatterEventRecord],
    event: &str,
    recipient: Option<&str>,
) -> Result<()> {
    if let Some(prev) = events
        .iter()
        .find(|e| e.event == event && e.recipient.as_deref() == recipient)
    {
        return Err(Error::refused(
            format!(
                "{event}{} is already recorded on {}",
                recipient.map(|r| format!(" from {r}")).unwrap_or_default(),
                fmt_date(prev.date)
            ),
            tx.profile
                .rules
                .iter()
                .find(|r| r.matter.as_deref() == Some(m.kind.as_str()) && r.satisfied_by == event)
                .map(|r| r.basis.clone())
                .unwrap_or_else(|| tx.profile.step_basis(event)),
        ));
    }
    Ok(())
}

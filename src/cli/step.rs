//! What every "record a dated step" command shares: the case and date asked
//! for or taken from flags, the step recorded by `ops::step` in one
//! transaction, and the deadlines it met or started reported.

use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use super::ask::missing_error;
use super::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::ops;
pub use crate::ops::step::Step;
use crate::output::{print_json, Format};
use crate::rules::Deadline;

/// What every dated step takes: the case, the date, a note. On a terminal a
/// missing case or date is asked for; otherwise it is an error naming every
/// missing flag.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// Case number, e.g. 2025-0042 (asked for on a terminal)
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
    /// When it happened (asked for on a terminal, today by default)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub date: Option<NaiveDate>,
    /// Free-text note (who, how)
    #[arg(long)]
    pub note: Option<String>,
}

impl StepArgs {
    /// The step, once case and date are known. `others` are the command's
    /// own missing values (flag and form), listed in the same error when
    /// nothing may be asked; the caller asks for them after this returns.
    pub fn step_or_ask(&self, ctx: &Ctx, kind: &'static str, others: &[&str]) -> Result<Step> {
        let mut missing: Vec<&str> = Vec::new();
        if self.case.is_none() {
            missing.push("CASE");
        }
        if self.date.is_none() {
            missing.push("--date YYYY-MM-DD");
        }
        missing.extend(others);
        if !missing.is_empty() && !ctx.interactive {
            return Err(missing_error(&missing));
        }
        let case = match &self.case {
            Some(c) => c.clone(),
            None => super::ask::case(ctx, Some(kind))?,
        };
        let mut store = None;
        if !missing.is_empty() {
            // Refuse now what would be refused once everything is typed.
            let s = store.insert(ctx.open()?);
            let on = self.date.unwrap_or(ctx.latest);
            s.read(|tx| ops::step::may(tx, &case, kind, on, ctx.latest))?;
        }
        let date = match (self.date, store.as_mut()) {
            (Some(d), _) => d,
            (None, Some(s)) => super::prompt::date_checked(
                &format!("Date of {kind}"),
                Some(ctx.latest),
                ctx.latest,
                |d| {
                    s.read(|tx| ops::step::may(tx, &case, kind, d, ctx.latest))
                        .map_err(|e| super::prompt::said(&e))
                },
            )?,
            (None, None) => {
                super::prompt::date(&format!("Date of {kind}"), Some(ctx.latest), ctx.latest)?
            }
        };
        Ok(Step {
            note: self.note.clone(),
            ..Step::new(&case, kind, date)
        })
    }

    /// The step when the command needs nothing else.
    pub fn step(&self, ctx: &Ctx, kind: &'static str) -> Result<Step> {
        self.step_or_ask(ctx, kind, &[])
    }
}

/// Record the step in one transaction and say what it did.
pub fn record(ctx: &Ctx, step: Step) -> Result<i32> {
    let mut store = ctx.open()?;
    let done = store.write(|tx| ops::step::record(tx, &step, ctx.latest))?;
    report(ctx, &done.number, &step, &done.deadlines)
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
    crate::info!(
        "recorded {} on {} for case {number}",
        step.kind,
        fmt_date(step.date)
    );
    for d in touched {
        let what = match d.met() {
            Some(true) => "met".to_string(),
            Some(false) => format!(
                "met LATE ({} after the due date)",
                // Late by the step that met it: a deadline this step
                // started may have been met by another.
                crate::output::days((d.satisfied_on.unwrap_or(step.date) - d.due).num_days())
            ),
            None => "started".to_string(),
        };
        crate::info!(
            "  {:<22} due {}  {what}  ({})",
            d.rule,
            fmt_date(d.due),
            crate::model::cite(&d.basis)
        );
    }
    Ok(0)
}

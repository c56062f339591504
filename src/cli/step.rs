//! What every "record a dated step" command shares: find the case, check the
//! date and that the step belongs to the case under the profile, append the
//! event and report the deadlines it met or started, all in one transaction.

use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::output::{print_json, Format};
use crate::rules::lifecycle::{self, CaseState, Proposed};
use crate::rules::Deadline;
use crate::store::{CaseRecord, NewEvent};

/// What every dated step takes: the case, the date, a note. On a terminal a
/// missing case or date is asked for; otherwise it is an error naming every
/// missing flag.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// Case number, e.g. 2025-0042 (asked for on a terminal)
    pub case: Option<String>,
    /// When it happened (asked for on a terminal, today by default)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub date: Option<NaiveDate>,
    /// Free-text note (who, how)
    #[arg(long)]
    pub note: Option<String>,
}

/// The error for missing required values, naming every one.
pub fn missing_error(missing: &[&str]) -> Error {
    Error::usage(format!(
        "missing required field(s): {}\n(give them as flags, or run on a terminal without \
         --no-input to be asked)",
        missing.join(", ")
    ))
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
            None => ask_case(ctx)?,
        };
        let date = match self.date {
            Some(d) => d,
            None => super::prompt::date(&format!("Date of {kind}"), Some(ctx.as_of), ctx.as_of)?,
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

/// Pick a case on a terminal: from the open cases, most recent first.
pub(crate) fn ask_case(ctx: &Ctx) -> Result<String> {
    let mut store = ctx.open()?;
    let open = store.read(|tx| {
        tx.list_cases(&crate::store::CaseFilter {
            status: Some("open".into()),
            ..Default::default()
        })
    })?;
    if open.is_empty() {
        return Err(Error::usage("CASE: there is no open case to choose from"));
    }
    let shown: Vec<_> = open.iter().rev().take(30).collect();
    let mut items: Vec<String> = shown
        .iter()
        .map(|c| {
            format!(
                "{}  received {}  {}",
                c.number,
                fmt_date(c.received),
                c.source
            )
        })
        .collect();
    let other = open.len() > shown.len();
    if other {
        items.push("another case (type its number)".into());
    }
    let i = super::prompt::select("Case", &items, 0)?;
    if other && i == items.len() - 1 {
        return super::prompt::text("Case number", false, |_| Ok(()));
    }
    Ok(shown[i].number.clone())
}

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
    pub extra: Vec<NewEvent>,
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
}

/// Kinds no deadline rule names that every profile allows.
const UNIVERSAL: &[&str] = &["commence", "present", "finding", "close", "checklist"];

pub fn record(ctx: &Ctx, step: Step) -> Result<i32> {
    let mut store = ctx.open()?;
    let (number, deadlines) = store.write(|tx| {
        let case = tx.case(&step.case)?;
        let profile = tx.profile;
        let outlives_close = profile
            .rules
            .iter()
            .any(|r| r.after_close && r.satisfied_by == step.kind);
        if case.status == "closed" && !outlives_close {
            return Err(Error::refused(
                format!(
                    "case {} is closed; no step can be recorded on it",
                    case.number
                ),
                profile.step_basis("close"),
            ));
        }
        check_date(ctx, &case, "--date", step.date)?;
        if !UNIVERSAL.contains(&step.kind) {
            let mentions: Vec<_> = profile
                .rules
                .iter()
                .filter(|r| r.mentions(step.kind))
                .collect();
            if !mentions
                .iter()
                .any(|r| r.applies_to(case.source, case.criminal))
            {
                let basis = mentions
                    .first()
                    .map(|r| r.basis_for(step.kind).to_string())
                    .unwrap_or_else(|| profile.law().to_string());
                let track = if case.criminal {
                    "criminal"
                } else {
                    "non-criminal"
                };
                return Err(Error::refused(
                    format!(
                        "{} does not apply to case {} ({track} {}) under profile {}",
                        step.kind, case.number, case.source, profile.name
                    ),
                    basis,
                ));
            }
        }
        let numbers = tx.allegation_numbers(case.id)?;
        let allegations = if step.all_allegations {
            numbers.clone()
        } else {
            for a in &step.allegations {
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
            step.allegations.clone()
        };
        let events = tx.effective_events(case.id)?;
        let stored = tx.stored_deadlines(case.id)?;
        let state = CaseState::new(
            profile,
            &case.number,
            (case.source, case.criminal),
            &events,
            &numbers,
            &stored,
        );
        lifecycle::check(
            &state,
            &Proposed {
                kind: step.kind,
                date: step.date,
                result: step.result.as_deref(),
                allegations: &allegations,
                out_of_time: step.out_of_time,
            },
        )
        .map_err(|r| Error::refused(r.message, r.basis))?;

        let facts = crate::rules::CaseFacts {
            source: case.source,
            criminal: case.criminal,
            events: &events,
        };
        let proposed = crate::rules::EventFact::new(step.kind, step.date).with_seq(i64::MAX);
        if let Some(u) =
            crate::rules::deadlines::ineffective_extension(profile, &tx.calendar, &facts, &proposed)
        {
            return Err(Error::refused(
                format!(
                    "{} on {} changes nothing for case {}: {} days after it is {}, not later \
                     than the due date {} of {}; it is not recorded, and the case's one \
                     extension stays for a later date",
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
        let base = NewEvent {
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
                .map(|a| NewEvent {
                    allegation: Some(*a),
                    ..base.clone()
                })
                .collect()
        } else {
            vec![base]
        };
        for x in &step.extra {
            if let Some(a) = x.allegation {
                if !numbers.contains(&a) {
                    return Err(Error::not_found(format!(
                        "case {} has no allegation {a}",
                        case.number
                    )));
                }
            }
        }
        new_events.extend(step.extra.iter().cloned());
        let ds = tx.add_events(&case, &new_events)?;
        if step.kind == "close" {
            tx.set_closed(&case, step.date, step.out_of_time)?;
        }
        Ok((case.number, ds))
    })?;
    report(ctx, &number, &step, &deadlines)
}

/// A step's date: not in the future, not before the case was received.
pub fn check_date(ctx: &Ctx, case: &CaseRecord, flag: &str, date: NaiveDate) -> Result<()> {
    super::matter_step::not_future(ctx, flag, date)?;
    if date < case.received {
        return Err(Error::usage(format!(
            "{flag}: '{}' is before case {} was received ({}); give a date on or after it",
            fmt_date(date),
            case.number,
            fmt_date(case.received)
        )));
    }
    Ok(())
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
                crate::output::days((step.date - d.due).num_days())
            ),
            None => "started".to_string(),
        };
        crate::info!(
            "  {:<22} due {}  {what}  ({})",
            d.rule,
            fmt_date(d.due),
            d.basis
        );
    }
    Ok(0)
}

//! `correct`: events are append-only, so a mistake is fixed by a correcting
//! event that supersedes the wrong one (new date or result), or retracts it.
//! Both stay on the timeline; the rules see only the correction.

use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use super::step::check_date;
use super::Ctx;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::output::{print_json, Format};
use crate::store::{NewEvent, RETRACTED};

/// Correct or retract a recorded step; the original stays on the timeline
#[derive(Debug, Args)]
#[command(
    after_help = "Event numbers are in the timeline of `oversight show CASE`.

Examples:
  oversight correct 2025-0042 --event 7 --date 2025-03-12 --reason \"typo in the date\"
  oversight correct 2025-0042 --event 9 --retract --reason \"recorded on the wrong case\""
)]
pub struct CorrectArgs {
    /// Case number, e.g. 2025-0042
    pub case: Option<String>,
    /// The event to correct (its # in `show`)
    #[arg(long, value_name = "ID")]
    pub event: Option<i64>,
    /// Why (kept on the timeline)
    #[arg(long)]
    pub reason: Option<String>,
    /// The right date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg, conflicts_with = "retract")]
    pub date: Option<NaiveDate>,
    /// The right result (determination, decision, finding...)
    #[arg(long, conflicts_with = "retract")]
    pub result: Option<String>,
    /// The step did not happen: withdraw it
    #[arg(long)]
    pub retract: bool,
}

struct Resolved {
    case: String,
    event: i64,
    reason: String,
    date: Option<NaiveDate>,
    result: Option<String>,
    retract: bool,
}

pub fn run(ctx: &Ctx, a: CorrectArgs) -> Result<i32> {
    let what: Option<()> = (a.retract || a.date.is_some() || a.result.is_some()).then_some(());
    super::ask::Ask::new(ctx)
        .need(&a.case, "CASE")
        .need(&a.event, "--event ID")
        .need(&a.reason, "--reason TEXT")
        .need(&what, "--date D, --result R or --retract")
        .check()?;
    let case = super::ask::text(a.case.clone(), "Case number")?;
    let event = super::ask::number(a.event, "Event number (see `show`)")?;
    let reason = super::ask::text(a.reason.clone(), "Why (kept on the timeline)")?;
    let mut a = Resolved {
        case,
        event,
        reason,
        date: a.date,
        result: a.result,
        retract: a.retract,
    };
    if !a.retract && a.date.is_none() && a.result.is_none() {
        a.date = Some(super::ask::date(ctx, None, "The right date")?);
    }
    if !a.retract && a.date.is_none() && a.result.is_none() {
        return Err(Error::usage(
            "missing: give the right value with --date and/or --result, or --retract",
        ));
    }
    if a.reason.trim().is_empty() {
        return Err(Error::bad_value(
            "--reason",
            &a.reason,
            "a few words saying why",
        ));
    }
    let mut store = ctx.open()?;
    let (number, kind, id) = store.write(|tx| {
        let case = tx.case(&a.case)?;
        let old = tx
            .events(case.id)?
            .into_iter()
            .find(|e| e.id == a.event)
            .ok_or_else(|| {
                Error::not_found(format!("case {} has no event #{}", case.number, a.event))
            })?;
        if let Some(by) = old.superseded_by {
            return Err(Error::usage(format!(
                "--event: #{} was already corrected by #{by}; give --event {by} to correct the \
                 correction",
                old.id
            )));
        }
        if old.kind == RETRACTED || (old.kind == "received" && a.retract) {
            return Err(Error::usage(format!(
                "--event: #{} is the case's {}; it cannot be {}",
                old.id,
                old.kind,
                if a.retract { "retracted" } else { "corrected" }
            )));
        }
        if old.kind == "received" {
            let Some(d) = a.date else {
                return Err(Error::usage(
                    "--date: a received date is corrected with the right date (it has no result)",
                ));
            };
            check_received(ctx, tx, &case, old.id, d)?;
        } else if let Some(d) = a.date {
            check_date(ctx, &case, "--date", d)?;
        }
        if let Some(r) = &a.result {
            if old.result.is_none() {
                return Err(Error::usage(format!(
                    "--result: {} (#{}) has no result to correct",
                    old.kind, old.id
                )));
            }
            let allowed: Vec<String> = match old.kind.as_str() {
                "finding" | "department-action" => tx.profile.findings.clone(),
                "counsel-determination" => vec!["no-interference".into(), "interference".into()],
                "decide" => vec!["investigate".into(), "review".into()],
                "chief-response" => vec!["yes".into(), "no".into(), "partial".into()],
                _ => vec![old.result.clone().unwrap_or_default()],
            };
            crate::rules::Profile::check_in(&allowed, "--result", r)?;
        }
        let new = NewEvent {
            kind: if a.retract {
                RETRACTED.into()
            } else {
                old.kind.clone()
            },
            date: a.date.unwrap_or(old.date),
            result: if a.retract {
                None
            } else {
                a.result.clone().or(old.result.clone())
            },
            note: Some(format!("correction: {}", a.reason.trim())),
            until: old.until,
            allegation: old.allegation,
            reason: old.reason.clone(),
            supersedes: Some(old.id),
        };
        if old.kind == "received" {
            tx.set_received(&case, new.date)?;
        }
        tx.add_events(&case, &[new])?;
        if old.kind == "close" {
            if a.retract {
                tx.reopen(&case)?;
            } else if let Some(d) = a.date {
                tx.set_closed(&case, d, case.out_of_time)?;
            }
        }
        Ok((case.number, old.kind, old.id))
    })?;
    let what = if a.retract { "retracted" } else { "corrected" };
    if ctx.format == Format::Json {
        print_json(&json!({
            "case": number, "event": id, "kind": kind, "action": what,
            "date": a.date.map(fmt_date), "result": a.result,
        }))?;
    } else {
        crate::info!("{what} {kind} (#{id}) on case {number}; the original stays on the timeline");
    }
    Ok(0)
}

/// A corrected received date: not in the future, not after any step of the
/// case, not before the incident, the awareness date or the Chief's decision
/// on an IA case (intake's order), and within the one-year limit unless the
/// case carries the vote that accepted it late (Sec. 11.5-31(1)(c)).
fn check_received(
    ctx: &Ctx,
    tx: &crate::store::Tx,
    case: &crate::store::CaseRecord,
    event: i64,
    d: NaiveDate,
) -> Result<()> {
    super::matter_step::not_future(ctx, "--date", d)?;
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
    crate::rules::intake::case_timeliness(
        tx.profile,
        case.source,
        (case.incident_date, case.aware_date),
        d,
        case.late_vote.as_ref(),
    )?;
    Ok(())
}

//! What the matter commands share (`policy …`, `report-issued …`): a matter
//! opened or stepped through `ops::matters` in one transaction, what it did
//! said, and the list of matters with their deadlines.

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use serde_json::json;

use super::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::ops::matters::{self, MatterStep, NewMatter, Recorded};
use crate::output::{out_line, print_csv, print_json, print_table, table, Format};
use crate::rules::matters::{short_notice, MatterDeadline};
use crate::store::{Matter, MatterEventRecord, Tx};

/// Whether recommendations were accepted.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Accepted {
    Yes,
    No,
    Partial,
}

impl Accepted {
    pub fn as_str(self) -> &'static str {
        match self {
            Accepted::Yes => "yes",
            Accepted::No => "no",
            Accepted::Partial => "partial",
        }
    }
}

/// Open a matter and print its number (and, on stderr, what it started).
pub fn open(ctx: &Ctx, m: NewMatter) -> Result<i32> {
    let mut store = ctx.open()?;
    let done = store.write(|tx| matters::open(tx, &m, ctx.latest))?;
    match ctx.format {
        Format::Json => print_json(&json!({"id": done.matter.number}))?,
        _ => {
            out_line(&done.matter.number)?;
            report(
                &Ctx {
                    format: Format::Table,
                    ..ctx.clone()
                },
                &done.matter,
                m.first.0,
                m.first.1,
                &done.deadlines,
            )?;
        }
    }
    if let (Some((days, owed, basis)), Some(i)) = (&done.short_notice, m.implementation) {
        eprintln!(
            "warning: only {days} day(s) of notice before implementation on {}; {owed} are owed \
             unless an emergency requires faster implementation ({})",
            fmt_date(i),
            crate::model::cite(basis)
        );
    }
    Ok(0)
}

/// Record a step on a matter with one of `ops::matters`' step functions.
pub fn record(
    ctx: &Ctx,
    event: &str,
    step: MatterStep,
    op: impl FnOnce(&mut Tx, &MatterStep, NaiveDate) -> Result<Recorded>,
) -> Result<i32> {
    let mut store = ctx.open()?;
    let done = store.write(|tx| op(tx, &step, ctx.latest))?;
    report(ctx, &done.matter, event, step.date, &done.deadlines)
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
            crate::model::cite(&d.deadline.basis)
        );
    }
    Ok(0)
}

/// Matters of these kinds with their deadlines (`policy list`,
/// `report-issued list`)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight policy list\n  oversight report-issued list --format csv"
)]
pub struct ListArgs {}

type Item = (Matter, Vec<MatterEventRecord>, Vec<MatterDeadline>);

fn status(ctx: &Ctx, d: &MatterDeadline) -> String {
    let dl = &d.deadline;
    let to = d
        .recipient
        .as_ref()
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    let s = match dl.standing(ctx.as_of) {
        crate::rules::Standing::Met => "met",
        crate::rules::Standing::Missed => "met late",
        crate::rules::Standing::Open => "open",
        crate::rules::Standing::Overdue => "OVERDUE",
    };
    format!("{}{to} due {}: {s}", dl.rule, fmt_date(dl.due))
}

pub(crate) fn print_matters(ctx: &Ctx, kinds: &[&str]) -> Result<i32> {
    let mut store = ctx.open()?;
    let owed = store.profile()?.policy_notice.clone();
    let items: Vec<Item> = store.read(|tx| {
        tx.matters(kinds)?
            .into_iter()
            .map(|m| {
                let e = tx.matter_events(m.id)?;
                let d = tx.matter_deadlines(m.id)?;
                Ok((m, e, d))
            })
            .collect()
    })?;
    let started = |e: &[MatterEventRecord]| e.first().map(|x| x.date);
    let notice = |m: &Matter, e: &[MatterEventRecord]| match (&owed, m.implementation, started(e)) {
        (Some(n), Some(i), Some(r)) if m.kind == "proposed-revision" => {
            short_notice(n, r, i, m.emergency)
        }
        _ => None,
    };
    match ctx.format {
        Format::Json => print_json(
            &items
                .iter()
                .map(|(m, e, d)| {
                    json!({
                        "id": m.number,
                        "kind": m.kind,
                        "title": m.title,
                        "date": started(e).map(fmt_date),
                        "recipients": m.recipients,
                        "implementation": m.implementation.map(fmt_date),
                        "emergency": m.emergency,
                        "short_notice_days": notice(m, e),
                        "events": e,
                        "deadlines": d.iter().map(|x| json!({
                            "deadline": x.deadline.rule,
                            "recipient": x.recipient,
                            "due": fmt_date(x.deadline.due),
                            "met": x.deadline.met(),
                            "status": x.deadline.standing(ctx.as_of),
                            "basis": x.deadline.basis,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect::<Vec<_>>(),
        )?,
        Format::Csv => print_csv(
            &[
                "id",
                "kind",
                "title",
                "date",
                "deadline",
                "recipient",
                "due",
                "status",
                "basis",
            ],
            items.iter().flat_map(|(m, e, d)| {
                d.iter().map(move |x| {
                    [
                        m.number.clone(),
                        m.kind.clone(),
                        m.title.clone(),
                        started(e).map(fmt_date).unwrap_or_default(),
                        x.deadline.rule.clone(),
                        x.recipient.clone().unwrap_or_default(),
                        fmt_date(x.deadline.due),
                        x.deadline.standing(ctx.as_of).as_str().to_string(),
                        x.deadline.basis.clone(),
                    ]
                })
            }),
        )?,
        Format::Table => {
            if items.is_empty() {
                crate::info!("none recorded");
                return Ok(0);
            }
            let mut t = table(["Id", "Title", "Since", "Deadlines", "Notes"]);
            for (m, e, d) in &items {
                let mut notes = Vec::new();
                if let (Some(days), Some(n)) = (notice(m, e), &owed) {
                    notes.push(format!(
                        "short notice: {days} of {} days ({})",
                        n.days, n.basis
                    ));
                }
                if let Some(r) = e.iter().rev().find(|x| x.event == "response") {
                    notes.push(format!(
                        "accepted: {}",
                        r.result.clone().unwrap_or_default()
                    ));
                }
                t.add_row(vec![
                    m.number.clone(),
                    m.title.clone(),
                    started(e).map(fmt_date).unwrap_or_default(),
                    d.iter()
                        .map(|x| status(ctx, x))
                        .collect::<Vec<_>>()
                        .join("\n"),
                    notes.join("; "),
                ]);
            }
            print_table(&t)?;
        }
    }
    Ok(0)
}

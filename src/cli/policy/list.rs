//! `policy list` (and `report-issued list`): matters with their deadlines.

use clap::Args;
use serde_json::json;

use super::proposed::short_notice;
use crate::cli::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::output::{print_csv, print_json, print_table, table, Format};
use crate::rules::matters::MatterDeadline;
use crate::store::{Matter, MatterEventRecord};

/// Policy recommendations and proposed revisions, with their deadlines (11.5-31(7))
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  oversight policy list\n  oversight report-issued list --format csv"
)]
pub struct ListArgs {}

pub fn run(ctx: &Ctx, _a: ListArgs) -> Result<i32> {
    print_matters(ctx, &["policy", "proposed-revision"])
}

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
    let notice = |m: &Matter, e: &[MatterEventRecord]| match (m.implementation, started(e)) {
        (Some(i), Some(r)) if m.kind == "proposed-revision" => short_notice(r, i, m.emergency),
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
        Format::Table | Format::Html | Format::Ids => {
            if items.is_empty() {
                crate::info!("none recorded");
                return Ok(0);
            }
            let mut t = table(["Id", "Title", "Since", "Deadlines", "Notes"]);
            for (m, e, d) in &items {
                let mut notes = Vec::new();
                if let Some(days) = notice(m, e) {
                    notes.push(format!("short notice: {days} of 45 days (11.5-31(7)(b))"));
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

//! `show CASE`: everything about one case: parties, allegations, the whole
//! timeline, every deadline with its standing and citation.

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::output::{alert, days, out_line, print_json, print_table, table, Format};
use crate::rules::deadlines::{waiting, CaseFacts, Standing};
use crate::rules::EventFact;
use crate::store::CaseDetail;

/// Show one case: parties, allegations, timeline, deadlines with status and citation
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  oversight show 2025-0042
  oversight show 2025-0042 --as-of 2025-04-01 --format json")]
pub struct ShowArgs {
    /// Case number, e.g. 2025-0042
    pub case: String,
}

pub fn run(ctx: &Ctx, a: ShowArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let (detail, waits) = store.read(|tx| {
        let detail = tx.case_detail(&a.case)?;
        let facts: Vec<EventFact> = tx.effective_events(detail.case.id)?;
        let case = CaseFacts {
            source: detail.case.source,
            criminal: detail.case.criminal,
            events: &facts,
        };
        let waits: Vec<(String, String, String, Vec<String>)> = waiting(tx.profile, &case)
            .into_iter()
            .map(|(r, missing)| {
                (
                    r.id.clone(),
                    r.title.clone(),
                    r.basis.clone(),
                    missing.into_iter().map(String::from).collect(),
                )
            })
            .collect();
        Ok((detail, waits))
    })?;
    match ctx.format {
        Format::Json => print_json(&to_json(ctx, &detail, &waits))?,
        Format::Csv => crate::output::print_csv(
            &["case", "deadline", "due", "status", "satisfied_on", "basis"],
            detail.deadlines.iter().map(|d| {
                [
                    detail.case.number.clone(),
                    d.rule.clone(),
                    fmt_date(d.due),
                    d.standing(ctx.as_of).as_str().to_string(),
                    d.satisfied_on.map(fmt_date).unwrap_or_default(),
                    d.basis.clone(),
                ]
            }),
        )?,
        Format::Table => print_human(ctx, &detail, &waits)?,
    }
    Ok(0)
}

type Waits = [(String, String, String, Vec<String>)];

fn to_json(ctx: &Ctx, d: &CaseDetail, waits: &Waits) -> serde_json::Value {
    let c = &d.case;
    json!({
        "case": c.number,
        "received": fmt_date(c.received),
        "incident_date": c.incident_date.map(fmt_date),
        "aware_date": c.aware_date.map(fmt_date),
        "source": c.source,
        "criminal": c.criminal,
        "status": c.status,
        "closed": c.closed.map(fmt_date),
        "out_of_time": c.out_of_time,
        "anonymous": c.anonymous,
        "summary": c.summary,
        "late_vote": c.late_vote,
        "complainants": d.complainants,
        "officers": d.officers,
        "allegations": d.allegations,
        "events": d.events.iter().map(|e| json!({
            "id": e.id,
            "event": e.kind,
            "date": fmt_date(e.date),
            "result": e.result,
            "note": e.note,
            "supersedes": e.supersedes,
            "superseded_by": e.superseded_by,
            "recorded_at": e.recorded_at,
            "recorded_by": e.recorded_by,
        })).collect::<Vec<_>>(),
        "deadlines": d.deadlines.iter().map(|dl| json!({
            "deadline": dl.rule,
            "title": dl.title,
            "start": fmt_date(dl.start),
            "due": fmt_date(dl.due),
            "met": dl.met(),
            "satisfied_on": dl.satisfied_on.map(fmt_date),
            "status": dl.standing(ctx.as_of),
            "days_overdue": (dl.standing(ctx.as_of) == Standing::Overdue).then(|| dl.days_overdue(ctx.as_of)),
            "owner": dl.owner,
            "basis": dl.basis,
        })).collect::<Vec<_>>(),
        "not_started": waits.iter().map(|(id, title, basis, missing)| json!({
            "deadline": id, "title": title, "basis": basis, "waiting_for": missing,
        })).collect::<Vec<_>>(),
    })
}

fn print_human(ctx: &Ctx, d: &CaseDetail, waits: &Waits) -> Result<()> {
    let c = &d.case;
    let mut lines = vec![format!(
        "Case {}  ({}{})",
        c.number,
        c.status,
        c.closed
            .map(|x| format!(" {}", fmt_date(x)))
            .unwrap_or_default()
    )];
    lines.push(format!("  Source:     {}", c.source.describe()));
    lines.push(format!(
        "  Criminal:   {}",
        if c.criminal {
            "yes (Independent Counsel track)"
        } else {
            "no"
        }
    ));
    lines.push(format!("  Received:   {}", fmt_date(c.received)));
    if let Some(x) = c.incident_date {
        lines.push(format!("  Incident:   {}", fmt_date(x)));
    }
    if let Some(x) = c.aware_date {
        lines.push(format!("  Aware:      {} (systemic problem)", fmt_date(x)));
    }
    if let Some(v) = &c.late_vote {
        lines.push(format!(
            "  Late complaint accepted by vote {}-{} on {} (11.5-31(1)(c))",
            v.yes,
            v.no,
            fmt_date(v.date)
        ));
    }
    let complainants = if c.anonymous {
        "anonymous".to_string()
    } else if d.complainants.is_empty() {
        "none".to_string()
    } else {
        d.complainants.join("; ")
    };
    lines.push(format!("  Complainants: {complainants}"));
    lines.push(format!("  Summary:    {}", c.summary));
    out_line(&lines.join("\n"))?;

    let mut t = table(["#", "Allegation", "Officer", "Badge"]);
    for a in &d.allegations {
        t.add_row(vec![
            a.seq.to_string(),
            a.category.clone(),
            a.officer.clone(),
            a.badge.clone(),
        ]);
    }
    out_line("\nAllegations")?;
    print_table(&t)?;

    let mut t = table(["Date", "Step", "Result", "Recorded"]);
    for e in &d.events {
        let mut step = e.kind.clone();
        if let Some(by) = e.superseded_by {
            step.push_str(&format!(" (superseded by #{by})"));
        }
        t.add_row(vec![
            fmt_date(e.date),
            step,
            e.result.clone().or(e.note.clone()).unwrap_or_default(),
            format!("{} by {}", e.recorded_at, e.recorded_by),
        ]);
    }
    out_line("\nTimeline")?;
    print_table(&t)?;

    let mut t = table(["Deadline", "Due", "Status", "Basis"]);
    for dl in &d.deadlines {
        let standing = dl.standing(ctx.as_of);
        let status = match (standing, dl.satisfied_on) {
            (Standing::Met, Some(on)) => format!("met {}", fmt_date(on)),
            (Standing::Missed, Some(on)) => format!(
                "met late {} (+{})",
                fmt_date(on),
                days((on - dl.due).num_days())
            ),
            (Standing::Overdue, _) if dl.owner != "office" => {
                format!("{} has not acted", dl.owner)
            }
            (Standing::Overdue, _) => format!("OVERDUE {}", days(dl.days_overdue(ctx.as_of))),
            _ => format!("open, {} left", days((dl.due - ctx.as_of).num_days())),
        };
        let cell = if standing == Standing::Overdue {
            alert(status, ctx.color)
        } else {
            status.into()
        };
        t.add_row(vec![
            dl.rule.clone().into(),
            fmt_date(dl.due).into(),
            cell,
            format!("Sec. {}", dl.basis).into(),
        ]);
    }
    out_line(&format!("\nDeadlines as of {}", fmt_date(ctx.as_of)))?;
    print_table(&t)?;
    if !waits.is_empty() {
        out_line("\nNot started yet")?;
        for (id, title, basis, missing) in waits {
            out_line(&format!(
                "  {id}: {title} (Sec. {basis}) - waiting for {}",
                missing.join(" and ")
            ))?;
        }
    }
    Ok(())
}

//! `show CASE`: everything about one case: parties, allegations, the whole
//! timeline, every deadline with its standing and citation.

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::error::Result;
use crate::model::{cite, fmt_date};
use crate::ops::{self, show::CaseView as View, show::Check};
use crate::output::{alert, days, out_line, print_json, print_table, table, Format};
use crate::rules::deadlines::Standing;
use crate::store::RETRACTED;

/// Show one case: parties, allegations, timeline, deadlines with status and citation
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  oversight show 2025-0042
  oversight show 2025-0042 --as-of 2025-04-01 --format json")]
pub struct ShowArgs {
    /// Case number, e.g. 2025-0042
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::cases))]
    pub case: Option<String>,
}

pub fn run(ctx: &Ctx, a: ShowArgs) -> Result<i32> {
    super::ask::Ask::new(ctx).need(&a.case, "CASE").check()?;
    let case = match a.case {
        Some(c) => c,
        None => super::ask::case(ctx, None)?,
    };
    let a = ShowArgs { case: Some(case) };
    let number = a.case.as_deref().unwrap_or_default();
    let mut store = ctx.open()?;
    let view = store.read(|tx| ops::show::case_view_on(tx, number, ctx.as_of))?;
    // Who looked at which case, and when (the audit log).
    store.log_read(Some(&view.detail.case.number), "show")?;
    match ctx.format {
        Format::Json => print_json(&to_json(ctx, &view))?,
        Format::Csv => crate::output::print_csv(
            &["case", "deadline", "due", "status", "satisfied_on", "basis"],
            view.detail.deadlines.iter().map(|d| {
                [
                    view.detail.case.number.clone(),
                    d.rule.clone(),
                    fmt_date(d.due),
                    d.standing(ctx.as_of).as_str().to_string(),
                    d.satisfied_on.map(fmt_date).unwrap_or_default(),
                    d.basis.clone(),
                ]
            }),
        )?,
        Format::Table => print_human(ctx, &view)?,
    }
    Ok(0)
}

/// The optional fields of the case (`None`) or of one allegation, by name.
fn fields_json(fields: &[crate::store::FieldValue], allegation: Option<i64>) -> serde_json::Value {
    fields
        .iter()
        .filter(|f| f.allegation == allegation)
        .map(|f| (f.name.clone(), serde_json::Value::from(f.value.clone())))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

fn to_json(ctx: &Ctx, v: &View) -> serde_json::Value {
    let d = &v.detail;
    let c = &d.case;
    json!({
        "case": c.number,
        "received": fmt_date(c.received),
        "incident_date": c.incident_date.map(fmt_date),
        "aware_date": c.aware_date.map(fmt_date),
        "source": c.source,
        "criminal": c.criminal,
        "status": c.status,
        "phase": v.phase,
        "closed": c.closed.map(fmt_date),
        "out_of_time": c.out_of_time,
        "anonymous": c.anonymous,
        "summary": c.summary,
        "late_vote": c.late_vote,
        "complainants": d.complainants,
        "assignee": d.assignments.last().map(|a| a.login.clone()),
        "assignments": d.assignments,
        "officers": d.officers,
        "allegations": d.allegations.iter().zip(&v.outcomes).map(|(a, o)| json!({
            "allegation": a.seq,
            "category": a.category,
            "officer": a.officer,
            "badge": a.badge,
            "finding": o.finding.as_ref().and_then(|f| f.result.clone()),
            "finding_reason": o.reason,
            "finding_date": o.finding.as_ref().map(|f| fmt_date(f.date)),
            "department_finding": o.department,
            "discipline": o.discipline,
            "fields": fields_json(&d.fields, Some(a.seq)),
        })).collect::<Vec<_>>(),
        "fields": fields_json(&d.fields, None),
        "events": d.events.iter().map(|e| json!({
            "id": e.id,
            "event": e.kind,
            "date": fmt_date(e.date),
            "result": e.result,
            "allegation": e.allegation,
            "reason": e.reason,
            "until": e.until.map(fmt_date),
            "note": e.note,
            "supersedes": e.supersedes,
            "superseded_by": e.superseded_by,
            "recorded_at": e.recorded_at,
            "recorded_by": e.recorded_by,
        })).collect::<Vec<_>>(),
        "deadlines": d.deadlines.iter().map(|dl| {
            let on = judged_on(dl, c.closed, ctx.as_of);
            json!({
            "deadline": dl.rule,
            "title": dl.title,
            "start": fmt_date(dl.start),
            "due": fmt_date(dl.due),
            "met": dl.met(),
            "satisfied_on": dl.satisfied_on.map(fmt_date),
            "status": dl.standing(on),
            "days_overdue": (dl.standing(on) == Standing::Overdue).then(|| dl.days_overdue(on)),
            "out_of_time": dl.out_of_time_rule && dl.standing(on) == Standing::Overdue,
            "owner": dl.owner,
            "basis": dl.basis,
            "notes": dl.notes,
            "suspended_since": dl.suspended_since.map(fmt_date),
        })}).collect::<Vec<_>>(),
        "not_started": v.waits.iter().map(|w| json!({
            "deadline": w.id, "title": w.title, "basis": w.basis, "waiting_for": w.missing,
        })).collect::<Vec<_>>(),
        "subpoenas": v.subpoenas.iter().map(|s| json!({
            "id": s.id, "for": s.target, "description": s.description,
            "requested": fmt_date(s.requested),
            "status": crate::ops::subpoena::state(s).as_str(), "steps": s.steps,
        })).collect::<Vec<_>>(),
        "checklist": v.checklist.iter().map(|k| json!({
            "item": k.id, "title": k.title, "basis": k.basis, "done_on": k.done_on.map(fmt_date),
        })).collect::<Vec<_>>(),
    })
}

fn print_human(ctx: &Ctx, v: &View) -> Result<()> {
    let d = &v.detail;
    let c = &d.case;
    let mut lines = vec![format!("Case {}  ({})", c.number, c.status)];
    lines.push(format!("  Status:     {}", v.phase));
    lines.push(format!("  Source:     {}", v.source));
    lines.push(format!(
        "  Criminal:   {}",
        match (c.criminal, v.counsel_track) {
            (true, true) => "yes (Independent Counsel track)",
            (true, false) => "yes",
            (false, _) => "no",
        }
    ));
    lines.push(format!("  Received:   {}", fmt_date(c.received)));
    if let Some(x) = c.incident_date {
        lines.push(format!("  Incident:   {}", fmt_date(x)));
    }
    if let Some(x) = c.aware_date {
        lines.push(format!("  Aware:      {} (systemic problem)", fmt_date(x)));
    }
    if let Some(vote) = &c.late_vote {
        let basis = v
            .late_basis
            .as_deref()
            .map(|b| format!(" ({b})"))
            .unwrap_or_default();
        lines.push(format!(
            "  Late complaint accepted by vote {} on {}{basis}",
            vote.tally(),
            fmt_date(vote.date)
        ));
    }
    // A file from another system that named no complainant did not say
    // the complaint was anonymous.
    let complainants = if !d.complainants.is_empty() {
        d.complainants.join("; ")
    } else if c.imported {
        "none recorded".to_string()
    } else if c.anonymous {
        "anonymous".to_string()
    } else {
        "none".to_string()
    };
    let width = crate::output::width();
    lines.push(crate::output::wrap_labelled(
        "  Complainants: ",
        &complainants,
        width,
    ));
    lines.push(crate::output::wrap_labelled(
        "  Summary:    ",
        &c.summary,
        width,
    ));
    if let Some(now) = d.assignments.last() {
        let before: Vec<String> = d.assignments[..d.assignments.len() - 1]
            .iter()
            .map(|a| format!("{} from {}", a.login, fmt_date(a.date)))
            .collect();
        lines.push(crate::output::wrap_labelled(
            "  Assigned:   ",
            &format!(
                "{} since {}{}",
                now.login,
                fmt_date(now.date),
                if before.is_empty() {
                    String::new()
                } else {
                    format!(" (before: {})", before.join(", "))
                }
            ),
            width,
        ));
    }
    out_line(&lines.join("\n"))?;

    let mut t = table([
        "#",
        "Allegation",
        "Officer",
        "Badge",
        "Finding",
        "Department",
    ]);
    for (a, o) in d.allegations.iter().zip(&v.outcomes) {
        let finding = match &o.finding {
            Some(f) => {
                let mut s = f.result.clone().unwrap_or_default();
                if let Some(r) = &o.reason {
                    s.push_str(&format!(" ({r})"));
                }
                format!("{s} {}", fmt_date(f.date))
            }
            None => String::new(),
        };
        let department = [o.department.clone(), o.discipline.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; ");
        t.add_row(vec![
            a.seq.to_string(),
            a.category.clone(),
            a.officer.clone(),
            crate::model::badge_words(&a.badge),
            finding,
            department,
        ]);
    }
    out_line("\nAllegations")?;
    print_table(&t)?;
    // The optional fields the case carries, in words, allegation by
    // allegation.
    let mut lines: Vec<String> = Vec::new();
    let mut groups: Vec<Option<i64>> = d.fields.iter().map(|f| f.allegation).collect();
    groups.dedup();
    for g in groups {
        let words: Vec<String> = d
            .fields
            .iter()
            .filter(|f| f.allegation == g)
            .map(|f| {
                format!(
                    "{}: {}",
                    crate::rules::profile::in_words(&f.name).to_lowercase(),
                    f.value
                )
            })
            .collect();
        let of = match g {
            Some(n) => format!("allegation {n}"),
            None => "the case".to_string(),
        };
        lines.push(crate::output::wrap_labelled(
            &format!("  {of}: "),
            &words.join("; "),
            crate::output::width(),
        ));
    }
    if !lines.is_empty() {
        out_line("Recorded of")?;
        for l in lines {
            out_line(&l)?;
        }
    }

    let mut t = table(["#", "Date", "Step", "Detail", "Recorded"]);
    for e in &d.events {
        let mut step = e.kind.clone();
        if let Some(n) = e.allegation {
            step.push_str(&format!(" [allegation {n}]"));
        }
        let mut detail: Vec<String> = Vec::new();
        if let Some(x) = &e.result {
            detail.push(x.clone());
        }
        if let Some(x) = &e.reason {
            detail.push(x.clone());
        }
        if let Some(x) = e.until {
            detail.push(format!("next meeting {}", fmt_date(x)));
        }
        if let Some(x) = &e.note {
            detail.push(x.clone());
        }
        if let Some(x) = e.supersedes {
            detail.push(if e.kind == RETRACTED {
                format!("withdraws #{x}")
            } else {
                format!("replaces #{x}")
            });
        }
        if let Some(by) = e.superseded_by {
            detail.push(format!("superseded by #{by}"));
        }
        t.add_row(vec![
            e.id.to_string(),
            fmt_date(e.date),
            step,
            detail.join("; "),
            recorded(&e.recorded_at, &e.recorded_by),
        ]);
    }
    // A step's name and a timestamp are never split across lines.
    let longest = |xs: &mut dyn Iterator<Item = usize>| xs.max().unwrap_or(0);
    let step_width = longest(&mut d.events.iter().map(|e| {
        e.kind.len()
            + e.allegation
                .map(|n| format!(" [allegation {n}]").len())
                .unwrap_or(0)
    }));
    crate::output::keep_whole(&mut t, 2, step_width.min(36));
    let word = |e: &crate::store::EventRecord| {
        [&e.result, &e.reason, &e.note]
            .into_iter()
            .flatten()
            .flat_map(|x| x.split_whitespace())
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    };
    crate::output::keep_whole(&mut t, 3, longest(&mut d.events.iter().map(word)).min(24));
    crate::output::keep_whole(&mut t, 4, 10);
    out_line("\nTimeline")?;
    print_table(&t)?;

    let mut t = table(["Deadline", "Due", "Status", "Basis"]);
    let mut notes = Vec::new();
    for dl in &d.deadlines {
        let on = judged_on(dl, d.case.closed, ctx.as_of);
        let standing = dl.standing(on);
        let closed_before = d.case.closed.filter(|_| on < ctx.as_of);
        let status = match (standing, dl.satisfied_on) {
            (Standing::Met, Some(on)) => format!("met {}", fmt_date(on)),
            (Standing::Missed, Some(on)) => format!(
                "met late {} (+{})",
                fmt_date(on),
                days((on - dl.due).num_days())
            ),
            (_, None) if dl.suspended_since.is_some() => format!(
                "clock stopped since {}",
                fmt_date(dl.suspended_since.unwrap_or(dl.start))
            ),
            // Closed without the step: judged on the day it closed, and
            // no longer counting (`overdue` leaves it out too).
            (Standing::Overdue, None) if closed_before.is_some() => format!(
                "not met: closed {} after the due date{}",
                days(dl.days_overdue(on)),
                if dl.out_of_time_rule {
                    ", OUT OF TIME"
                } else {
                    ""
                }
            ),
            (_, None) if closed_before.is_some() => "not due: the case closed before".into(),
            (Standing::Overdue, _) if dl.owner != "office" => {
                format!("{} has not acted", dl.owner)
            }
            (Standing::Overdue, _) if dl.out_of_time_rule => {
                format!("OVERDUE {}: OUT OF TIME", days(dl.days_overdue(ctx.as_of)))
            }
            (Standing::Overdue, _) => format!("OVERDUE {}", days(dl.days_overdue(ctx.as_of))),
            _ => format!("open, {} left", days((dl.due - ctx.as_of).num_days())),
        };
        let cell = if standing == Standing::Overdue && closed_before.is_none() {
            alert(status, ctx.color)
        } else {
            status.into()
        };
        t.add_row(vec![
            dl.rule.clone().into(),
            fmt_date(dl.due).into(),
            cell,
            cite(&dl.basis).into(),
        ]);
        // A deadline met is not waiting on a stopped clock, whatever its
        // stop said while it ran.
        notes.extend(
            dl.notes
                .iter()
                .filter(|n| dl.satisfied_on.is_none() || !n.starts_with("clock stopped since"))
                .map(|n| format!("  {}: {n}", dl.rule)),
        );
    }
    let rule_width = d
        .deadlines
        .iter()
        .map(|dl| dl.rule.len())
        .max()
        .unwrap_or(0);
    crate::output::keep_whole(&mut t, 0, rule_width);
    if d.deadlines.is_empty() {
        out_line(&format!(
            "\nDeadlines as of {}: {}",
            fmt_date(ctx.as_of),
            if c.imported {
                "none (imported history: its steps before closing are not known)"
            } else {
                "none"
            }
        ))?;
    } else {
        out_line(&format!("\nDeadlines as of {}", fmt_date(ctx.as_of)))?;
        print_table(&t)?;
    }
    for n in notes {
        out_line(&n)?;
    }
    if !v.subpoenas.is_empty() {
        let basis = v.subpoena_basis.as_deref().unwrap_or_default();
        out_line(&format!("\nSubpoenas ({})", cite(basis)))?;
        for sp in &v.subpoenas {
            out_line(&format!(
                "  #{} {} {} requested {}: {}",
                sp.id,
                sp.target,
                sp.description,
                fmt_date(sp.requested),
                crate::ops::subpoena::state(sp).as_str()
            ))?;
        }
    }
    if !v.waits.is_empty() {
        out_line("\nNot started yet")?;
        for w in &v.waits {
            out_line(&crate::output::wrap_labelled(
                "  ",
                &format!(
                    "{}: {} ({}) - waiting for {}",
                    w.id,
                    w.title,
                    cite(&w.basis),
                    w.missing.join(" and ")
                ),
                width,
            ))?;
        }
    }
    let open: Vec<&Check> = v
        .checklist
        .iter()
        .filter(|k| k.done_on.is_none() && c.status != "closed")
        .collect();
    if !open.is_empty() {
        out_line("\nChecklist (record with `oversight checklist CASE ITEM --date D`)")?;
        for k in open {
            out_line(&crate::output::wrap_labelled(
                "  [ ] ",
                &format!("{}: {} ({})", k.id, k.title, cite(&k.basis)),
                width,
            ))?;
        }
    }
    Ok(())
}

/// When and by whom a step was recorded, in words that wrap whole: the
/// date, the minute (UTC) and the account; the exact time is in the JSON.
fn recorded(at: &str, by: &str) -> String {
    match (at.get(0..10), at.get(11..16)) {
        (Some(day), Some(minute)) if at.len() >= 16 => format!("{day} {minute} UTC by {by}"),
        _ => format!("{at} by {by}"),
    }
}

/// The day a deadline is judged on: the report's day, or the day the case
/// closed where that was sooner and the deadline does not outlive the
/// close (a closed case's unmet deadline stops counting then, as
/// `overdue` leaves it out).
fn judged_on(
    dl: &crate::rules::Deadline,
    closed: Option<chrono::NaiveDate>,
    as_of: chrono::NaiveDate,
) -> chrono::NaiveDate {
    match closed {
        Some(c) if !dl.after_close && dl.satisfied_on.is_none() => as_of.min(c),
        _ => as_of,
    }
}

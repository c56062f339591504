//! `report annual`: the statistics Sec. 11.5-37 asks for, for a calendar or
//! fiscal year.

use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::Result;
use crate::model::cite;
use crate::output::{out_line, print_csv, print_json, print_json_with_rows, Format, TableStream};
use crate::report::{AnnualReport, Grid};

/// The annual report: complaints, findings, timeliness, the Chief's concurrence
#[derive(Debug, Args)]
#[command(
    after_help = "What each figure counts, for the period P: complaints received, by source \
and allegations by category, and received by month: cases received in P; findings: allegation findings dated in P; \
cases closed, out of time, days to close, closed by month: cases closed in P; deadlines met/missed: deadlines due \
in P, by whether the step came on time (one not yet taken is missed once past due); the Chief's \
concurrence: responses dated in P; monitoring list: as of the last day of P; the \
trend: the same figures for each of the four years before. Shares are of the table's total; \
deadlines met on time are a share of those met or missed.

Examples:
  oversight report annual --year 2025
  oversight report annual --year 2025 --fiscal --format json
  oversight report annual --year 2025 --format csv > report-2025.csv
  oversight report annual --year 2025 --html --public > report-2025.html"
)]
pub struct AnnualArgs {
    /// The year reported on
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1900..=9999))]
    pub year: Option<i32>,
    /// A year given without --year (`report annual 2025`): pointed at --year
    #[arg(hide = true)]
    pub stray: Option<String>,
    /// The fiscal year ending in --year (ending 30 September under miami-cip)
    #[arg(long)]
    pub fiscal: bool,
    /// The public version: the comparison with the Chief's actions as counts,
    /// without case numbers
    #[arg(long)]
    pub public: bool,
    /// One self-contained HTML file to hand over or print (charts, no
    /// external assets)
    #[arg(long)]
    pub html: bool,
    /// Write to FILE (created owner-only, never through a link) instead of
    /// standard output
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// With --output: replace a file or link already at FILE
    #[arg(long, requires = "output")]
    pub force: bool,
}

struct Resolved {
    year: i32,
    fiscal: bool,
    public: bool,
    html: bool,
}

pub fn run(ctx: &Ctx, a: AnnualArgs) -> Result<i32> {
    let output = a.output.clone();
    crate::output::with_output(output.as_deref(), a.force, || write(ctx, a))
}

fn write(ctx: &Ctx, a: AnnualArgs) -> Result<i32> {
    if let Some(v) = &a.stray {
        return Err(crate::error::Error::usage(format!(
            "'{v}': give the year as --year {v} (`oversight report annual --year {v}`)"
        )));
    }
    crate::cli::one_form(ctx, a.html, "--html")?;
    Ask::new(ctx).need(&a.year, "--year YYYY").check()?;
    let year: i32 = ask::number(a.year, "Year reported on")?;
    let a = Resolved {
        year,
        fiscal: a.fiscal,
        public: a.public,
        html: a.html,
    };
    let mut store = ctx.open()?;
    store.reading_in_bulk()?;
    let profile = store.profile()?.clone();
    let scope = if a.public {
        crate::store::Scope::ClosedBy(ctx.as_of)
    } else {
        crate::store::Scope::All
    };
    let mut r = crate::ops::report::annual(&mut store, a.year, a.fiscal, ctx.as_of, scope)?;
    // The public version hides counts that could point at a person.
    let min = i64::from(profile.public.min_count);
    let hidden = if a.public {
        r.hidden_cells(min)
    } else {
        Default::default()
    };
    if a.html {
        let cover = ctx.cover(&profile);
        let public = a.public.then_some(min);
        crate::output::out_line(crate::report::html::render(&r, &cover, public).trim_end())?;
        return Ok(0);
    }
    if a.public {
        r.chief_comparison.clear();
    }
    match ctx.format {
        Format::Json if a.public => print_json(&r.public_json(min))?,
        // The comparison, most of a large report, made on every core.
        Format::Json => {
            let rows = std::mem::take(&mut r.chief_comparison);
            print_json_with_rows(&r, "chief_comparison", &rows)?
        }
        Format::Csv if a.public => print_csv(&["section", "key", "value"], r.public_csv_rows(min))?,
        Format::Csv => print_csv(&["section", "key", "value"], r.csv_rows())?,
        Format::Table => print_human(&r, &hidden, a.public.then_some(min))?,
    }
    Ok(0)
}

use crate::report::{shown as cell, Hidden};

fn counts(
    title: &str,
    section: (&str, &str),
    r: &AnnualReport,
    m: &std::collections::BTreeMap<String, i64>,
    (hidden, public): (&Hidden, Option<i64>),
) -> Result<()> {
    out_line(&format!("\n{title}"))?;
    grid(&r.counts_table(section, m, hidden, public))
}

fn grid(g: &Grid) -> Result<()> {
    let mut t = TableStream::new(g.columns.iter().copied());
    for row in &g.rows {
        t.row(row.clone())?;
    }
    t.finish().map(drop)
}

fn print_human(r: &AnnualReport, hidden: &Hidden, public: Option<i64>) -> Result<()> {
    out_line(&format!(
        "Annual report {}{}: {} to {} (as of {})",
        if r.fiscal { "for fiscal year " } else { "" },
        r.year,
        r.period.from,
        r.period.to,
        r.as_of
    ))?;
    out_line(&format!(
        "Complaints received: {}   Cases closed: {} ({} out of time){}",
        cell(
            hidden,
            "summary",
            "complaints_received",
            r.complaints_received
        ),
        cell(hidden, "summary", "cases_closed", r.cases_closed),
        cell(
            hidden,
            "summary",
            "closed_out_of_time",
            r.closed_out_of_time
        ),
        // A law that keeps no monitoring list: no such figure.
        r.monitoring_list_size
            .map(|n| format!("   Monitoring list: {n} officer(s)"))
            .unwrap_or_default()
    ))?;
    if let Some(note) = r.confidential_note(hidden) {
        out_line(&note)?;
    }
    counts(
        "Complaints received, by source",
        ("by_source", "sources"),
        r,
        &r.by_source,
        (hidden, public),
    )?;
    counts(
        "Allegations received, by category",
        ("allegations_by_category", "categories"),
        r,
        &r.allegations_by_category,
        (hidden, public),
    )?;
    counts(
        "Findings rendered (per allegation)",
        ("findings", "findings"),
        r,
        &r.findings,
        (hidden, public),
    )?;

    // Where recorded: how complaints came in, and the demographics.
    for (field, table) in &r.demographics {
        let (title, _) = crate::report::demographic_title(field);
        counts(
            &title,
            (&format!("demographics_{field}"), ""),
            r,
            table,
            (hidden, public),
        )?;
    }

    out_line("\nTimeliness: deadlines due in the period")?;
    grid(&r.timeliness_table(hidden))?;
    if let Some(caveat) = r.timeliness_caveat(hidden) {
        out_line(&caveat)?;
    }
    let fmt = |key: &str, x: Option<String>| {
        hidden
            .get(&("summary".to_string(), key.to_string()))
            .cloned()
            .or(x)
            .unwrap_or_else(|| "-".into())
    };
    out_line(&format!(
        "Days from receipt to closing: median {}, 90th percentile {}; still open: {} deadline(s)",
        fmt(
            "median_days_to_close",
            r.median_days_to_close.map(|m| m.to_string())
        ),
        fmt(
            "p90_days_to_close",
            r.p90_days_to_close.map(|m| m.to_string())
        ),
        fmt("deadlines_open", Some(r.deadlines_open.to_string()))
    ))?;

    if public.is_none() && !r.by_investigator.is_empty() {
        out_line(
            "\nPer investigator (the office's version only): cases open on the period's last \
             day, and the deadlines of their cases due in the period",
        )?;
        grid(&r.investigator_table())?;
    }

    out_line("\nMonth by month: cases received and cases closed")?;
    grid(&r.months_table(hidden))?;
    out_line("\nThe year beside the four before")?;
    grid(&r.trend_table(hidden))?;

    if let Some(basis) = &r.law.matters {
        out_line(&format!("\nPolicy reviews and reports ({})", cite(basis)))?;
        grid(&r.recommendations_table())?;
    }
    if let Some(basis) = &r.law.chief {
        out_line(&format!(
            "\nThe Chief's responses ({}): concurs {}, does not concur {}, partly {}",
            cite(basis),
            cell(hidden, "chief_concurrence", "yes", r.chief_concurrence.yes),
            cell(hidden, "chief_concurrence", "no", r.chief_concurrence.no),
            cell(
                hidden,
                "chief_concurrence",
                "partial",
                r.chief_concurrence.partial
            )
        ))?;
        let c = &r.chief_concurrence;
        let total = c.yes + c.no + c.partial;
        if public.is_none() && total > 0 {
            let share = |n| crate::report::percent(crate::report::pct(n, total));
            out_line(&format!(
                "  shares: concurs {}, does not concur {}, partly {}",
                share(c.yes),
                share(c.no),
                share(c.partial)
            ))?;
        }
        out_line(
            "\nSustained allegations and the Department's actions (allegations of the cases \
             the Chief responded to in the period)",
        )?;
        grid(&r.sustained_table(hidden, public.is_some()))?;
        if !r.findings_compared.is_empty() {
            out_line("\nThe panel's findings and the Department's, in allegations")?;
            grid(&r.findings_compared_table(hidden))?;
        }
        // The office's version only: allegation by allegation, at the end.
        if !r.chief_comparison.is_empty() {
            out_line("\nAppendix: the panel's findings and the Department's actions, allegation by allegation")?;
            grid(&r.comparison_table())?;
        }
    }
    Ok(())
}

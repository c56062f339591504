//! `export cases`: one row per allegation, SPEC's columns in SPEC's order.
//! `--public` carries no personal data: no complainants, no summaries, and
//! no detail of cases still open (Fla. Stat. 112.533(2)(a)).

use chrono::NaiveDate;
use clap::Args;

use crate::cli::Ctx;
use crate::error::Result;
use crate::exchange::COLUMNS;
use crate::model::cite;
use crate::ops;
use crate::output::{Format, Stream};

/// Export cases, one row per allegation (CSV or JSON); --public for publication
#[derive(Debug, Args)]
#[command(
    after_help = "Columns: case, received, incident_date, source, criminal, status, closed, \
out_of_time, officer_name, badge, category, finding, finding_reason, finding_date, complainants \
(joined with '; '), summary. `oversight import` reads the same columns.

With --public, complainants and summary are empty, and a case still under investigation on \
--as-of (today by default) is left out (an active investigation is confidential, Fla. Stat. \
112.533(2)(a)).

Examples:
  oversight export cases --year 2025 --format csv > cases-2025.csv
  oversight export cases --public --format csv > public.csv"
)]
pub struct CasesArgs {
    /// Only cases received in this calendar year
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1900..=9999))]
    pub year: Option<i32>,
    /// Leave out personal data and every case still under investigation
    #[arg(long, conflicts_with = "fields")]
    pub public: bool,
    /// Add the optional fields after SPEC's columns: channel, officer_unit,
    /// officer_race, officer_sex, officer_age, complainant_race,
    /// complainant_sex, complainant_age (never in --public: they are
    /// published only in aggregate)
    #[arg(long)]
    pub fields: bool,
    /// Write to FILE (created owner-only, never through a link) instead of
    /// standard output
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// With --output: replace a file or link already at FILE
    #[arg(long, requires = "output")]
    pub force: bool,
}

pub fn run(ctx: &Ctx, a: CasesArgs) -> Result<i32> {
    let output = a.output.clone();
    crate::output::with_output(output.as_deref(), a.force, || write(ctx, a))
}

fn write(ctx: &Ctx, a: CasesArgs) -> Result<i32> {
    let range = a.year.map(|y| {
        (
            NaiveDate::from_ymd_opt(y, 1, 1).expect("year in range"),
            NaiveDate::from_ymd_opt(y, 12, 31).expect("year in range"),
        )
    });
    let mut store = ctx.open()?;
    store.reading_in_bulk()?;
    // An export is data: CSV unless JSON is asked for. Rows are written as
    // they are read, so memory does not grow with the store.
    let format = if ctx.format == Format::Json {
        Format::Json
    } else {
        Format::Csv
    };
    let header: &[&str] = if a.fields {
        &crate::exchange::IMPORT_COLUMNS
    } else {
        &COLUMNS
    };
    let mut out = Stream::new(format, header)?;
    let left_out = store.read(|tx| {
        ops::export::cases(tx, range, (a.public, a.fields), ctx.as_of, |row| {
            let cells = row.all_cells();
            out.record(&row, cells)
        })
    })?;
    let rows = out.finish()?;
    if a.public {
        if left_out > 0 {
            crate::info!(
                "{left_out} case(s) still under investigation left out ({})",
                cite(store.profile()?.confidential_basis())
            );
        }
    } else {
        store.log_read(
            None,
            &format!(
                "export cases{}: {rows} row(s) with personal data",
                a.year.map(|y| format!(" --year {y}")).unwrap_or_default(),
            ),
        )?;
    }
    Ok(0)
}

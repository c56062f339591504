//! The annual report (Sec. 11.5-37 under miami-cip): each figure read for
//! the period in one snapshot, then computed by `crate::report`.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::report::{period, AnnualReport, Inputs, YearFigures};
use crate::store::{Scope, Tx};

/// The report for calendar (or fiscal) `year`, as of `as_of`: the office's
/// over every case; the public's (`Scope::ClosedBy`) over the cases no longer
/// under investigation only, an open complaint being confidential (the
/// profile's `confidential`, Fla. Stat. 112.533(2)(a)), with how many
/// received in the period are still open and nothing else of them.
pub fn annual(
    tx: &Tx,
    year: i32,
    fiscal: bool,
    as_of: NaiveDate,
    scope: Scope,
) -> Result<AnnualReport> {
    let profile = tx.profile()?;
    let (from, to) = period(profile, year, fiscal)
        .ok_or_else(|| Error::bad_value("--year", &year.to_string(), "a year such as 2025"))?;
    // The public list (`ops::monitoring`): open complaints not counted.
    let monitoring_list_size = match &profile.monitoring {
        Some(_) => Some(super::monitoring::public_size(tx, to)?),
        None => None,
    };
    let inputs = Inputs {
        received_by_source: tx.received_by_source(from, to, scope)?,
        allegations_by_category: tx.allegations_by_category(from, to, scope)?,
        findings: tx.findings_in(from, to, scope)?,
        closed: tx.closed_in(from, to)?,
        deadlines: tx.deadlines_due_in(from, to, as_of, scope)?,
        chief: tx.chief_comparison(from, to, scope)?,
        matter_steps: tx.matter_steps_in(from, to)?,
        monitoring_list_size,
        received_by_month: tx.received_by_month(from, to, scope)?,
        imported_cases: tx.imported_received(from, to, scope)?,
        fields: tx.fields_received(from, to, scope)?,
        by_investigator: tx.by_investigator(from, to, as_of)?,
        earlier: (year - 4..year)
            .map(|y| earlier_year(tx, y, fiscal, as_of, scope))
            .collect::<Result<_>>()?,
    };
    let mut report = AnnualReport::compute(profile, (year, fiscal), (from, to), as_of, inputs);
    if let Scope::ClosedBy(day) = scope {
        report.under_investigation = Some(tx.open_received(from, to, day)?);
    }
    Ok(report)
}

/// The trend's figures of an earlier year, counted as for the year itself.
fn earlier_year(
    tx: &Tx,
    year: i32,
    fiscal: bool,
    as_of: NaiveDate,
    scope: Scope,
) -> Result<YearFigures> {
    let Some((from, to)) = period(tx.profile()?, year, fiscal) else {
        return Err(Error::bad_value(
            "--year",
            &year.to_string(),
            "a year such as 2025",
        ));
    };
    Ok(YearFigures::compute(
        year,
        tx.received_in(from, to, scope)?,
        &tx.closed_in(from, to)?,
        tx.deadline_counts_due_in(from, to, as_of, scope)?,
    ))
}

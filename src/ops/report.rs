//! The annual report (Sec. 11.5-37 under miami-cip): each figure read for
//! the period in one snapshot, then computed by `crate::report`.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::report::{period, AnnualReport, Inputs, YearFigures};
use crate::rules::Profile;
use crate::store::{ByInvestigator, ChiefComparison, Scope, Store, Tx};

/// The report for calendar (or fiscal) `year`, as of `as_of`: the office's
/// over every case; the public's (`Scope::ClosedBy`) over the cases no longer
/// under investigation only, an open complaint being confidential (the
/// profile's `confidential`, Fla. Stat. 112.533(2)(a)), with how many
/// received in the period are still open and nothing else of them.
///
/// One snapshot; the comparison with the Chief's actions and the figures
/// per investigator, the longest reads, are read beside the rest where the
/// store can (`Store::read_beside`).
pub fn annual(
    store: &mut Store,
    year: i32,
    fiscal: bool,
    as_of: NaiveDate,
    scope: Scope,
) -> Result<AnnualReport> {
    let asked = Asked::new(store.profile()?, year, fiscal, as_of, scope)?;
    let tables = match scope {
        Scope::All => crate::store::CHIEF_AND_INVESTIGATOR_TABLES,
        Scope::ClosedBy(_) => crate::store::CHIEF_COMPARISON_TABLES,
    };
    let ((inputs, under_investigation), beside) =
        store.read_beside(tables, move |tx| beside(tx, asked), |tx| gather(tx, asked))?;
    Ok(asked.finish(store.profile()?, inputs, beside, under_investigation))
}

/// The same report read in the transaction `tx`, one query after another.
pub fn annual_in(
    tx: &Tx,
    year: i32,
    fiscal: bool,
    as_of: NaiveDate,
    scope: Scope,
) -> Result<AnnualReport> {
    let asked = Asked::new(tx.profile()?, year, fiscal, as_of, scope)?;
    let (inputs, under_investigation) = gather(tx, asked)?;
    let beside = beside(tx, asked)?;
    Ok(asked.finish(tx.profile()?, inputs, beside, under_investigation))
}

/// What a report is asked for, with its period.
#[derive(Clone, Copy)]
struct Asked {
    year: i32,
    fiscal: bool,
    as_of: NaiveDate,
    scope: Scope,
    from: NaiveDate,
    to: NaiveDate,
}

impl Asked {
    fn new(
        profile: &Profile,
        year: i32,
        fiscal: bool,
        as_of: NaiveDate,
        scope: Scope,
    ) -> Result<Self> {
        let (from, to) = report_period(profile, year, fiscal)?;
        Ok(Asked {
            year,
            fiscal,
            as_of,
            scope,
            from,
            to,
        })
    }

    fn finish(
        self,
        profile: &Profile,
        mut inputs: Inputs,
        (chief, by_investigator): Beside,
        under_investigation: Option<i64>,
    ) -> AnnualReport {
        inputs.chief = chief;
        inputs.by_investigator = by_investigator;
        let mut report = AnnualReport::compute(
            profile,
            (self.year, self.fiscal),
            (self.from, self.to),
            self.as_of,
            inputs,
        );
        report.under_investigation = under_investigation;
        report
    }
}

fn report_period(profile: &Profile, year: i32, fiscal: bool) -> Result<(NaiveDate, NaiveDate)> {
    period(profile, year, fiscal)
        .ok_or_else(|| Error::bad_value("--year", &year.to_string(), "a year such as 2025"))
}

/// The two longest reads, which can go beside the rest: the comparison
/// with the Chief's actions, and (the office's version only: the public's
/// never names an investigator) the figures per investigator.
type Beside = (Vec<ChiefComparison>, ByInvestigator);

fn beside(tx: &Tx, asked: Asked) -> Result<Beside> {
    let chief = tx.chief_comparison(asked.from, asked.to, asked.scope)?;
    let by_investigator = match asked.scope {
        Scope::All => tx.by_investigator(asked.from, asked.to, asked.as_of)?,
        Scope::ClosedBy(_) => Default::default(),
    };
    Ok((chief, by_investigator))
}

/// Every figure of the period but those read [`beside`] it; and, for the
/// public version, how many cases received in it are still open.
fn gather(tx: &Tx, asked: Asked) -> Result<(Inputs, Option<i64>)> {
    let Asked {
        year,
        fiscal,
        as_of,
        scope,
        from,
        to,
    } = asked;
    let profile = tx.profile()?;
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
        chief: Vec::new(),
        matter_steps: tx.matter_steps_in(from, to)?,
        monitoring_list_size,
        received_by_month: tx.received_by_month(from, to, scope)?,
        imported_cases: tx.imported_received(from, to, scope)?,
        fields: tx.fields_received(from, to, scope)?,
        // The figures per investigator are read beside.
        by_investigator: Default::default(),
        earlier: (year - 4..year)
            .map(|y| earlier_year(tx, y, fiscal, as_of, scope))
            .collect::<Result<_>>()?,
    };
    let under_investigation = match scope {
        Scope::ClosedBy(day) => Some(tx.open_received(from, to, day)?),
        Scope::All => None,
    };
    Ok((inputs, under_investigation))
}

/// The trend's figures of an earlier year, counted as for the year itself.
fn earlier_year(
    tx: &Tx,
    year: i32,
    fiscal: bool,
    as_of: NaiveDate,
    scope: Scope,
) -> Result<YearFigures> {
    let (from, to) = report_period(tx.profile()?, year, fiscal)?;
    Ok(YearFigures::compute(
        year,
        tx.received_in(from, to, scope)?,
        &tx.closed_in(from, to)?,
        tx.deadline_counts_due_in(from, to, as_of, scope)?,
    ))
}

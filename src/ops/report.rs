//! The annual report (Sec. 11.5-37 under miami-cip): each figure read for
//! the period in one snapshot, in parts, then computed by `crate::report`.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::report::{period, AnnualReport, Inputs, YearFigures};
use crate::rules::Profile;
use crate::store::{ByInvestigator, ChiefComparison, ReadPart, Scope, Store, Tx};

/// The report for calendar (or fiscal) `year`, as of `as_of`: the office's
/// over every case; the public's (`Scope::ClosedBy`) over the cases no longer
/// under investigation only, an open complaint being confidential (the
/// profile's `confidential`, Fla. Stat. 112.533(2)(a)), with how many
/// received in the period are still open and nothing else of them.
///
/// One snapshot, read in parts ([`Asked::parts`]) two at a time where the
/// store can (`Store::read_parts`).
pub fn annual(
    store: &mut Store,
    year: i32,
    fiscal: bool,
    as_of: NaiveDate,
    scope: Scope,
) -> Result<AnnualReport> {
    let asked = Asked::new(store.profile()?, year, fiscal, as_of, scope)?;
    let tables = match scope {
        Scope::All => crate::store::OFFICE_REPORT_TABLES,
        Scope::ClosedBy(_) => crate::store::REPORT_TABLES,
    };
    let read = store.read_parts(tables, asked.parts())?;
    asked.finish(store.profile()?, read)
}

/// The same report read in the transaction `tx`, one part after another.
pub fn annual_in(
    tx: &Tx,
    year: i32,
    fiscal: bool,
    as_of: NaiveDate,
    scope: Scope,
) -> Result<AnnualReport> {
    let asked = Asked::new(tx.profile()?, year, fiscal, as_of, scope)?;
    let read = asked
        .parts()
        .iter()
        .map(|part| part(tx))
        .collect::<Result<_>>()?;
    asked.finish(tx.profile()?, read)
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

/// A part of the report's reading (see [`Asked::parts`]).
enum Read {
    /// Every figure of the period itself but the other parts'; and, for
    /// the public version, how many cases received in it are still open.
    Year(Box<Inputs>, Option<i64>),
    Chief(Vec<ChiefComparison>),
    ByInvestigator(ByInvestigator),
    /// An earlier year of the trend.
    Earlier(YearFigures),
    /// None: the profile keeps no monitoring list.
    MonitoringListSize(Option<usize>),
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

    /// The last day a step counts on: the period's, or the report's day
    /// if sooner. A report as of a day in the period counts no close,
    /// finding or response dated after it (in the public version such a
    /// case is under investigation as of that day, and counted nowhere
    /// else).
    fn upto(self) -> NaiveDate {
        self.to.min(self.as_of)
    }

    /// The report's reads, the longest first (each connection takes the
    /// next one free, and so they come out even): the figures per
    /// investigator (the office's version only: the public's never names
    /// an investigator), the comparison with the Chief's actions, the
    /// year's other figures, the trend's earlier years, and the size of
    /// the public monitoring list.
    fn parts(self) -> Vec<ReadPart<Read>> {
        let a = self;
        let mut parts: Vec<ReadPart<Read>> = Vec::new();
        if a.scope == Scope::All {
            parts.push(Box::new(move |tx| {
                Ok(Read::ByInvestigator(
                    tx.by_investigator(a.from, a.to, a.as_of)?,
                ))
            }));
        }
        parts.push(Box::new(move |tx| {
            Ok(Read::Chief(tx.chief_comparison(
                a.from,
                a.upto(),
                a.scope,
            )?))
        }));
        parts.push(Box::new(move |tx| gather(tx, a)));
        for y in a.year - 4..a.year {
            parts.push(Box::new(move |tx| {
                Ok(Read::Earlier(earlier_year(
                    tx, y, a.fiscal, a.as_of, a.scope,
                )?))
            }));
        }
        // The public list (`ops::monitoring`): open complaints not counted.
        parts.push(Box::new(move |tx| {
            Ok(Read::MonitoringListSize(match &tx.profile()?.monitoring {
                Some(_) => Some(super::monitoring::public_size(tx, a.to)?),
                None => None,
            }))
        }));
        parts
    }

    /// The report from its parts, read.
    fn finish(self, profile: &Profile, read: Vec<Read>) -> Result<AnnualReport> {
        let (mut year, mut under_investigation) = (None, None);
        let (mut chief, mut by_investigator) = (Vec::new(), Default::default());
        let (mut earlier, mut monitoring_list_size) = (Vec::new(), None);
        for part in read {
            match part {
                Read::Year(inputs, open) => (year, under_investigation) = (Some(inputs), open),
                Read::Chief(c) => chief = c,
                Read::ByInvestigator(b) => by_investigator = b,
                // In the parts' order: oldest first.
                Read::Earlier(y) => earlier.push(y),
                Read::MonitoringListSize(n) => monitoring_list_size = n,
            }
        }
        let mut inputs = *year.ok_or_else(|| Error::store("the report's year was not read"))?;
        inputs.chief = chief;
        inputs.by_investigator = by_investigator;
        inputs.earlier = earlier;
        inputs.monitoring_list_size = monitoring_list_size;
        let mut report = AnnualReport::compute(
            profile,
            (self.year, self.fiscal),
            (self.from, self.to),
            self.as_of,
            inputs,
        );
        report.under_investigation = under_investigation;
        Ok(report)
    }
}

fn report_period(profile: &Profile, year: i32, fiscal: bool) -> Result<(NaiveDate, NaiveDate)> {
    period(profile, year, fiscal)
        .ok_or_else(|| Error::bad_value("--year", &year.to_string(), "a year such as 2025"))
}

/// The period's figures but those of the other parts ([`Asked::parts`]);
/// and, for the public version, how many cases received in it are still
/// open.
fn gather(tx: &Tx, asked: Asked) -> Result<Read> {
    let Asked {
        scope,
        as_of,
        from,
        to,
        ..
    } = asked;
    let inputs = Inputs {
        received_by_source: tx.received_by_source(from, to, scope)?,
        allegations_by_category: tx.allegations_by_category(from, to, scope)?,
        findings: tx.findings_in(from, asked.upto(), scope)?,
        closed: tx.closed_in(from, asked.upto())?,
        deadlines: tx.deadlines_due_in(from, to, as_of, scope)?,
        matter_steps: tx.matter_steps_in(from, asked.upto())?,
        received_by_month: tx.received_by_month(from, to, scope)?,
        imported_cases: tx.imported_received(from, to, scope)?,
        fields: tx.fields_received(from, to, scope)?,
        // Read in parts of their own.
        chief: Vec::new(),
        by_investigator: Default::default(),
        earlier: Vec::new(),
        monitoring_list_size: None,
    };
    let under_investigation = match scope {
        Scope::ClosedBy(day) => Some(tx.open_received(from, to, day)?),
        Scope::All => None,
    };
    Ok(Read::Year(Box::new(inputs), under_investigation))
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
        &tx.closed_in(from, to.min(as_of))?,
        tx.deadline_counts_due_in(from, to, as_of, scope)?,
    ))
}

//! `publish`: the public transparency site, page by page. Every figure is
//! the public annual report's (small counts hidden, open cases left out);
//! the closed cases' CSV is streamed by the command from `ops::export`.

use chrono::{Datelike, NaiveDate};

use super::monitoring::Audience;
use crate::error::Result;
use crate::model::fmt_date;
use crate::report::{html, site};
use crate::store::{Scope, Tx};

/// The site's pages and downloads (name, content), but for the cases CSV.
pub struct Site {
    pub files: Vec<(String, Vec<u8>)>,
    /// The years with a report, oldest first.
    pub years: Vec<i32>,
}

/// Every year from the first case received to the last received or closed
/// (not after `as_of`), each with its public report.
pub fn site(tx: &Tx, as_of: NaiveDate, cover: &html::Cover) -> Result<Site> {
    let profile = tx.profile()?;
    let min = i64::from(profile.public.min_count);
    let years: Vec<i32> = match tx.case_date_range()? {
        Some((first, last)) => (first.year()..=last.min(as_of).year()).collect(),
        None => Vec::new(),
    };
    let monitoring = profile.monitoring.is_some();
    let nav = site::nav(&years, monitoring);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut latest = None;
    for &year in &years {
        let mut r = super::report::annual_in(tx, year, false, as_of, Scope::ClosedBy(as_of))?;
        // The public version: the comparison with the Chief's actions as
        // counts only (`html::render_page`), no case numbers.
        let page = html::render_page(&r, cover, Some(min), &nav);
        files.push((site::report_file(year), page.into_bytes()));
        r.chief_comparison.clear();
        files.push((
            site::report_csv(year),
            crate::output::csv_bytes(&["section", "key", "value"], r.public_csv_rows(min))?,
        ));
        latest = Some(r);
    }
    if let Some(m) = &profile.monitoring {
        let (_, from, rows) = super::monitoring::list(tx, as_of, Audience::Public)?;
        files.push((
            "monitoring.html".into(),
            site::monitoring(
                &m.basis,
                (m.threshold, &fmt_date(from), &fmt_date(as_of)),
                &rows,
                profile.confidential_basis(),
                &nav,
            )
            .into_bytes(),
        ));
        files.push((
            site::MONITORING_CSV.into(),
            crate::output::csv_bytes(
                &super::monitoring::PUBLIC_CSV,
                rows.iter().map(super::monitoring::public_cells),
            )?,
        ));
    }
    files.push((
        "methodology.html".into(),
        site::methodology(profile, &nav, min).into_bytes(),
    ));
    let index = match &latest {
        Some(r) => site::index(cover, r, &years, &nav, min, monitoring),
        None => {
            // A store with no case yet: the year of as_of, all zeros.
            let r =
                super::report::annual_in(tx, as_of.year(), false, as_of, Scope::ClosedBy(as_of))?;
            site::index(cover, &r, &[], &nav, min, monitoring)
        }
    };
    files.push(("index.html".into(), index.into_bytes()));
    Ok(Site { files, years })
}

//! `export cases`: one row per allegation for the cases received in a
//! period. The public version has no complainant and no summary, and no
//! case still under investigation at all: a complaint is confidential while
//! its investigation is active (the profile's `confidential`, Fla. Stat.
//! 112.533(2)(a)), and its received date, category and criminal flag next to
//! the monitoring list would make it attributable.

use chrono::NaiveDate;

use crate::error::Result;
use crate::exchange::ExportRow;
use crate::store::Tx;

/// The rows, and for the public version how many open cases were left out.
pub fn cases(
    tx: &Tx,
    range: Option<(NaiveDate, NaiveDate)>,
    public: bool,
) -> Result<(Vec<ExportRow>, usize)> {
    let rows = tx.export_rows(range)?;
    if !public {
        return Ok((rows, 0));
    }
    let mut open: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for row in rows {
        if row.status == "closed" {
            out.push(row.public());
        } else if open.last() != Some(&row.case) {
            open.push(row.case);
        }
    }
    Ok((out, open.len()))
}

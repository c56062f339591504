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

/// The rows, and for the public version how many cases under
/// investigation on `as_of` (not closed on or before it) were left out:
/// as of that day, so a public file made later says the same.
pub fn cases(
    tx: &Tx,
    range: Option<(NaiveDate, NaiveDate)>,
    (public, with_fields): (bool, bool),
    as_of: NaiveDate,
    mut each: impl FnMut(ExportRow) -> Result<()>,
) -> Result<usize> {
    if !public {
        tx.each_export_row(range, (true, with_fields), each)?;
        return Ok(0);
    }
    // Rows come grouped by case, so counting the open cases left out needs
    // only the last one seen.
    let mut last_open: Option<String> = None;
    let mut left_out = 0;
    let day = crate::model::fmt_date(as_of);
    tx.each_export_row(range, (false, false), |row| {
        // Dates as YYYY-MM-DD compare as text.
        if row.status == "closed" && !row.closed.is_empty() && row.closed <= day {
            each(row.public())
        } else {
            if last_open.as_deref() != Some(row.case.as_str()) {
                left_out += 1;
                last_open = Some(row.case);
            }
            Ok(())
        }
    })?;
    Ok(left_out)
}

/// `export store`: every table as it is, for `import` to restore in full
/// (the timeline, the Chief's action and discipline, matters, subpoenas,
/// assignments, the audit log). Returns the rows written.
pub fn store<W: std::io::Write>(
    tx: &Tx,
    mut w: crate::exchange::store_file::Writer<W>,
) -> Result<u64> {
    tx.dump(|item| match item {
        crate::store::Dumped::Table(name, columns) => w.table(name, columns),
        crate::store::Dumped::Row(cells) => w.row(cells),
    })?;
    w.finish()
}

//! The office's own calendar: a local holiday added, or a holiday made a
//! working day again; every deadline whose span covers the date follows.

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::store::Tx;

/// Make `date` a holiday named `name`; returns how many cases' deadlines
/// were recomputed.
pub fn add(tx: &mut Tx, date: NaiveDate, name: &str) -> Result<usize> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::bad_value("NAME", name, "the holiday's name"));
    }
    crate::model::check_text("NAME", name, false)?;
    let local = tx.local_holidays()?;
    if local.iter().any(|h| h.date == date && h.kind == "remove") {
        // Restoring a federal holiday the office had removed.
        tx.clear_holiday(date)?;
    } else if let Some(h) = tx.calendar()?.holiday(date) {
        return Err(Error::usage(format!(
            "DATE: '{}' is already a holiday ({})",
            fmt_date(date),
            h.name
        )));
    } else {
        tx.set_holiday(date, name, "add")?;
    }
    super::deadlines::after_calendar_change(tx, date)
}

/// Make `date` a working day again; returns how many cases' deadlines were
/// recomputed.
pub fn remove(tx: &mut Tx, date: NaiveDate) -> Result<usize> {
    let local = tx.local_holidays()?;
    if local.iter().any(|h| h.date == date && h.kind == "add") {
        tx.clear_holiday(date)?;
    } else {
        match tx.calendar()?.holiday(date) {
            Some(h) => {
                let name = h.name.to_string();
                tx.set_holiday(date, &name, "remove")?
            }
            None => {
                return Err(Error::not_found(format!(
                    "DATE: '{}' is not a holiday (see `oversight holidays list --year {}`)",
                    fmt_date(date),
                    date.year()
                )))
            }
        }
    }
    super::deadlines::after_calendar_change(tx, date)
}

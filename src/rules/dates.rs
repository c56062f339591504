//! The policy for the dates a person gives: what is possible at all (not
//! before 1900, not after today or `--as-of`) and what a step's date must
//! respect (not before the case was received). Intake, every step, the
//! matters, subpoenas and corrections call these, so a date is refused the
//! same way, with the same words, wherever it is typed.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fmt_date;

/// No record an oversight office keeps is older: a date before it is a
/// typing slip or a placeholder (spreadsheets' "1900-01-01").
pub const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a date"),
};

/// `date` under `flag` is a real date at all: not before [`EARLIEST`].
pub fn not_before_earliest(flag: &str, date: NaiveDate) -> Result<()> {
    if date < EARLIEST {
        return Err(Error::usage(format!(
            "{flag}: '{}' is before {}; no oversight record is that old (a typing slip or a \
             placeholder date?)",
            fmt_date(date),
            fmt_date(EARLIEST)
        )));
    }
    Ok(())
}

/// A date something happened on: possible, and not after `as_of` (today).
pub fn happened(flag: &str, date: NaiveDate, as_of: NaiveDate) -> Result<()> {
    not_before_earliest(flag, date)?;
    if date > as_of {
        return Err(Error::usage(format!(
            "{flag}: '{}' is after today ({}); record it once it has happened",
            fmt_date(date),
            fmt_date(as_of)
        )));
    }
    Ok(())
}

/// The date of a step on case `number`, received on `received`: it has
/// happened, and not before the complaint was received.
pub fn step(
    flag: &str,
    date: NaiveDate,
    as_of: NaiveDate,
    number: &str,
    received: NaiveDate,
) -> Result<()> {
    happened(flag, date, as_of)?;
    if date < received {
        return Err(Error::usage(format!(
            "{flag}: '{}' is before case {number} was received ({}); give a date on or after it",
            fmt_date(date),
            fmt_date(received)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn message(r: Result<()>) -> String {
        r.unwrap_err().to_string()
    }

    #[test]
    fn earliest_is_the_first_of_1900() {
        assert!(not_before_earliest("--date", d("1900-01-01")).is_ok());
        let m = message(not_before_earliest("--date", d("1899-12-31")));
        assert!(
            m.starts_with("--date: '1899-12-31' is before 1900-01-01"),
            "{m}"
        );
        assert!(not_before_earliest("--received", NaiveDate::MIN).is_err());
    }

    #[test]
    fn happened_allows_today_not_tomorrow() {
        let today = d("2025-03-07");
        assert!(happened("--date", today, today).is_ok());
        assert!(happened("--date", d("1900-01-01"), today).is_ok());
        let m = message(happened("--date", d("2025-03-08"), today));
        assert!(
            m.contains("'2025-03-08' is after today (2025-03-07)"),
            "{m}"
        );
        assert!(message(happened("--date", d("0001-01-01"), today)).contains("before 1900"));
    }

    #[test]
    fn a_step_is_on_or_after_receipt() {
        let (today, received) = (d("2025-03-07"), d("2025-02-03"));
        assert!(step("--date", received, today, "2025-0001", received).is_ok());
        assert!(step("--date", today, today, "2025-0001", received).is_ok());
        let m = message(step(
            "--date",
            d("2025-02-02"),
            today,
            "2025-0001",
            received,
        ));
        assert_eq!(
            m,
            "--date: '2025-02-02' is before case 2025-0001 was received (2025-02-03); give a \
             date on or after it"
        );
        assert!(step("--date", d("2025-03-08"), today, "2025-0001", received).is_err());
    }
}

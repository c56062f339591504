//! Who has a case: assignments, append-only, the latest by date the
//! current one.

use crate::store::db::params;
use chrono::NaiveDate;

use super::queries::now;
use crate::error::Result;
use crate::model::fmt_date;
use crate::store::records::Assignment;
use crate::store::Tx;

/// The current assignee of case `c` (SQL, for a query over cases `c`).
pub(in crate::store) const ASSIGNEE: &str =
    "(SELECT s.login FROM assignments s WHERE s.case_id = c.id
    ORDER BY s.date DESC, s.id DESC LIMIT 1)";

/// Who had case `c` on the day `?{day}` names (SQL): its last assignment
/// on or before that day, as [`ASSIGNEE`] is its last.
pub(in crate::store) fn assignee_on(day: u8) -> String {
    format!(
        "(SELECT s.login FROM assignments s WHERE s.case_id = c.id AND s.date <= ?{day}
          ORDER BY s.date DESC, s.id DESC LIMIT 1)"
    )
}

impl Tx<'_> {
    /// Give case `case_id` to `login` from `date`.
    pub fn assign(&mut self, case_id: i64, login: &str, date: NaiveDate) -> Result<()> {
        self.touch(case_id)?;
        self.tx
            .prepare_cached(
                "INSERT INTO assignments (case_id, login, date, recorded_at, recorded_by)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![case_id, login, fmt_date(date), now(), self.who])?;
        Ok(())
    }

    /// A case's assignments, oldest first.
    pub fn assignments(&self, case_id: i64) -> Result<Vec<Assignment>> {
        Ok(super::queries::without_case(
            self.assignments_in(case_id, case_id)?,
        ))
    }

    /// The assignments of every case whose id is in `from..=to`, by case.
    pub(in crate::store) fn assignments_in(
        &self,
        from: i64,
        to: i64,
    ) -> Result<Vec<(i64, Assignment)>> {
        self.tx
            .prepare_cached(
                "SELECT login, date, recorded_at, recorded_by, case_id FROM assignments
                 WHERE case_id BETWEEN ?1 AND ?2 ORDER BY case_id, date, id",
            )?
            .query_map(params![from, to], |r| {
                Ok((
                    r.get(4)?,
                    Assignment {
                        login: r.get(0)?,
                        date: r.date(1)?,
                        recorded_at: r.get(2)?,
                        recorded_by: r.get(3)?,
                    },
                ))
            })
    }

    /// Each case open on `day` (received by then and not closed by then):
    /// its number, and who had it then (each looked up in its own
    /// assignments).
    pub fn each_case_open_on(
        &self,
        day: NaiveDate,
        mut f: impl FnMut(String, Option<String>) -> Result<()>,
    ) -> Result<()> {
        self.tx
            .prepare(&format!(
                "SELECT c.number, {} FROM ({}) o JOIN cases c ON c.id = o.id",
                assignee_on(1),
                super::report::open_on(1)
            ))?
            .query_each(params![fmt_date(day)], |r| f(r.get(0)?, r.get(1)?))
    }
}

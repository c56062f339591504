//! The deadlines' tallies (`deadline_tallies`, schema 13) as a server keeps
//! them: written with each case's deadlines by `Tx::replace_deadlines`,
//! not by a trigger. SQLite's row triggers cost next to nothing; a
//! PostgreSQL trigger is PL/pgSQL, which a new server process (one per
//! command) must load and compile before the first deadline it writes:
//! 3-4 ms of an `intake` of 15 ([`crate::store::postgres`]'s schema 14,
//! BENCHMARKS.md). A case closed or reopened still moves its deadlines'
//! counts by trigger on both engines; `verify` counts the tallies again
//! on both.

use std::collections::BTreeMap;

use crate::error::Result;
use crate::model::fmt_date;
use crate::rules::deadlines::Deadline;
use crate::store::db::{params, Param};
use crate::store::records::Cell;
use crate::store::Tx;

/// How one day's and rule's tallies change: due, met, waiting, stopped,
/// each counted once whatever the case; the same of cases not closed are
/// the same figures, counted where the case is open.
#[derive(Default)]
pub(super) struct TallyChange(BTreeMap<(String, String), [i64; 4]>);

impl TallyChange {
    /// A deadline added (`k` 1) or taken away (-1); dates as stored
    /// (`YYYY-MM-DD`, which compare as the dates do).
    pub(super) fn count(
        &mut self,
        k: i64,
        due: &str,
        rule: &str,
        satisfied_on: Option<&str>,
        suspended_since: Option<&str>,
    ) {
        let met = satisfied_on.is_some_and(|s| s <= due);
        let waiting = satisfied_on.is_none();
        let stopped = waiting && suspended_since.is_some();
        let n = self
            .0
            .entry((due.to_string(), rule.to_string()))
            .or_default();
        for (i, counts) in [true, met, waiting, stopped].into_iter().enumerate() {
            if counts {
                n[i] += k;
            }
        }
    }

    pub(super) fn add(&mut self, d: &Deadline) {
        let (due, satisfied, suspended) = (
            fmt_date(d.due),
            d.satisfied_on.map(fmt_date),
            d.suspended_since.map(fmt_date),
        );
        self.count(1, &due, &d.rule, satisfied.as_deref(), suspended.as_deref());
    }
}

impl Tx<'_> {
    /// The deadlines of the case `case_id` taken away (`DELETE`), as they
    /// count in the tallies.
    pub(super) fn delete_deadlines_counted(
        &mut self,
        case_id: i64,
        change: &mut TallyChange,
    ) -> Result<()> {
        let gone = self
            .tx
            .prepare_cached(
                "DELETE FROM deadlines WHERE case_id = ?1
                 RETURNING due, rule, satisfied_on, suspended_since",
            )?
            .query_map(params![case_id], |r| {
                Ok((
                    r.get::<String>(0)?,
                    r.get::<String>(1)?,
                    r.get::<Option<String>>(2)?,
                    r.get::<Option<String>>(3)?,
                ))
            })?;
        for (due, rule, satisfied, suspended) in &gone {
            change.count(-1, due, rule, satisfied.as_deref(), suspended.as_deref());
        }
        Ok(())
    }

    /// Add `change` of the case `case_id`'s deadlines to the tallies, in
    /// the counts of cases not closed too where the case is not closed now.
    pub(super) fn write_tally_change(&mut self, case_id: i64, change: TallyChange) -> Result<()> {
        let rows: Vec<_> = change.0.into_iter().filter(|(_, n)| n != &[0; 4]).collect();
        if rows.is_empty() {
            return Ok(());
        }
        let open: i64 = self.tx.query_row(
            "SELECT count(*) FROM cases WHERE id = ?1 AND closed IS NULL",
            params![case_id],
            |r| r.get(0),
        )?;
        let mut values: Vec<Cell> = Vec::with_capacity(rows.len() * 10);
        for ((due, rule), n) in rows {
            values.extend([Cell::Text(due), Cell::Text(rule)]);
            values.extend(n.iter().map(|v| Cell::Int(*v)));
            values.extend(n.iter().map(|v| Cell::Int(*v * open)));
        }
        self.tx.insert_rows_then(
            "INSERT INTO deadline_tallies AS t (due, rule, due_n, met, waiting, stopped,
                 open_due_n, open_met, open_waiting, open_stopped)",
            10,
            &values.iter().map(|c| c as &dyn Param).collect::<Vec<_>>(),
            "ON CONFLICT (due, rule) DO UPDATE SET
                due_n = t.due_n + excluded.due_n, met = t.met + excluded.met,
                waiting = t.waiting + excluded.waiting, stopped = t.stopped + excluded.stopped,
                open_due_n = t.open_due_n + excluded.open_due_n,
                open_met = t.open_met + excluded.open_met,
                open_waiting = t.open_waiting + excluded.open_waiting,
                open_stopped = t.open_stopped + excluded.open_stopped",
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::TallyChange;

    /// Due, met (on or before the due date), waiting (no step yet) and
    /// stopped (waiting, clock stopped), as the triggers of SQLite count
    /// them; a deadline taken away and put back as it was nets to nothing.
    #[test]
    fn a_change_counts_as_the_triggers_do() {
        let mut c = TallyChange::default();
        let due = "2025-07-21";
        c.count(1, due, "complete", Some("2025-07-21"), None);
        c.count(1, due, "complete", Some("2025-07-22"), None);
        c.count(1, due, "complete", None, None);
        c.count(1, due, "complete", None, Some("2025-02-03"));
        c.count(1, due, "commence", Some("2025-07-20"), Some("2025-02-03"));
        let of = |c: &TallyChange, rule: &str| c.0[&(due.to_string(), rule.to_string())];
        assert_eq!(of(&c, "complete"), [4, 1, 2, 1]);
        assert_eq!(of(&c, "commence"), [1, 1, 0, 0]);
        c.count(-1, due, "commence", Some("2025-07-20"), Some("2025-02-03"));
        assert_eq!(of(&c, "commence"), [0; 4]);
    }
}

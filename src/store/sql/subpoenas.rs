//! Subpoenas and their steps.

use crate::store::db::params;
use chrono::NaiveDate;

use super::queries::now;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::store::records::*;
use crate::store::Tx;

impl Tx<'_> {
    pub fn insert_subpoena(
        &mut self,
        case_id: i64,
        target: &str,
        description: &str,
        requested: NaiveDate,
    ) -> Result<i64> {
        self.touch(case_id)?;
        let id = self.tx.insert_id(
            "INSERT INTO subpoenas (case_id, target, description, requested, recorded_at,
                    recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                case_id,
                target,
                description,
                fmt_date(requested),
                now(),
                self.who
            ],
        )?;
        let number: String = self.tx.query_row(
            "SELECT number FROM cases WHERE id = ?1",
            params![case_id],
            |r| r.get(0),
        )?;
        self.note(
            Some(&number),
            format!(
                "subpoena {id} requested for {target} {}",
                fmt_date(requested)
            ),
        );
        Ok(id)
    }

    pub fn subpoena(&self, id: i64) -> Result<Subpoena> {
        let s = self
            .tx
            .prepare_cached(
                "SELECT s.id, c.number, c.id, s.target, s.description, s.requested
                 FROM subpoenas s JOIN cases c ON c.id = s.case_id WHERE s.id = ?1",
            )?
            .query_opt(params![id], |r| {
                Ok(Subpoena {
                    id: r.get(0)?,
                    case: r.get(1)?,
                    case_id: r.get(2)?,
                    target: r.get(3)?,
                    description: r.get(4)?,
                    requested: r.date(5)?,
                    steps: Vec::new(),
                })
            })?
            .ok_or_else(|| {
                Error::not_found(format!(
                    "no subpoena {id} (`oversight subpoena list` shows them)"
                ))
            })?;
        let steps = self.subpoena_steps(s.id)?;
        Ok(Subpoena { steps, ..s })
    }

    fn subpoena_steps(&self, id: i64) -> Result<Vec<SubpoenaStep>> {
        self.tx
            .prepare_cached(
                "SELECT kind, date, result, state_attorney, yes, no, seated, note
                 FROM subpoena_steps WHERE subpoena_id = ?1 ORDER BY date, id",
            )?
            .query_map(params![id], |r| {
                Ok(SubpoenaStep {
                    step: r.get(0)?,
                    date: r.date(1)?,
                    result: r.get(2)?,
                    state_attorney_consulted: r.get(3)?,
                    yes: r.get(4)?,
                    no: r.get(5)?,
                    seated: r.get(6)?,
                    note: r.get(7)?,
                })
            })
    }

    /// The subpoenas of the cases whose id is in `from..=to`, with their
    /// case id, by number (the few a case has are each read whole).
    pub(in crate::store) fn subpoenas_in(
        &self,
        from: i64,
        to: i64,
    ) -> Result<Vec<(i64, Subpoena)>> {
        let ids: Vec<(i64, i64)> = self
            .tx
            .prepare_cached(
                "SELECT case_id, id FROM subpoenas WHERE case_id BETWEEN ?1 AND ?2 ORDER BY id",
            )?
            .query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
        ids.into_iter()
            .map(|(case, id)| Ok((case, self.subpoena(id)?)))
            .collect()
    }

    /// Subpoenas, of one case or all, in request order.
    pub fn subpoenas(&self, case_id: Option<i64>) -> Result<Vec<Subpoena>> {
        let ids: Vec<i64> = self
            .tx
            .prepare_cached(
                "SELECT id FROM subpoenas WHERE CAST(?1 AS BIGINT) IS NULL OR case_id = ?1 ORDER BY requested, id",
            )?
            .query_map(params![case_id], |r| r.get(0))?;
        ids.into_iter().map(|id| self.subpoena(id)).collect()
    }

    pub fn add_subpoena_step(&mut self, id: i64, s: &NewSubpoenaStep) -> Result<()> {
        let subpoena = self.subpoena(id)?;
        self.touch(subpoena.case_id)?;
        let case = subpoena.case;
        self.note(
            Some(&case),
            format!(
                "subpoena {id} {} {}{}",
                s.kind,
                s.date.map(fmt_date).unwrap_or_default(),
                s.result
                    .as_ref()
                    .map(|r| format!(" {r}"))
                    .unwrap_or_default()
            ),
        );
        let (yes, no, seated) = match s.vote {
            Some((y, n, st)) => (Some(y), Some(n), Some(st)),
            None => (None, None, None),
        };
        self.tx
            .prepare_cached(
                "INSERT INTO subpoena_steps (subpoena_id, kind, date, result, state_attorney, yes,
                    no, seated, note, recorded_at, recorded_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                id,
                s.kind,
                s.date.map(fmt_date),
                s.result,
                s.state_attorney,
                yes,
                no,
                seated,
                s.note,
                now(),
                self.who
            ])?;
        Ok(())
    }
}

//! Policy reviews and issued reports: matters with their own numbers,
//! append-only steps and deadlines kept beside the cases'.

use crate::store::db::{params, Row};
use chrono::{Datelike, NaiveDate};

use super::queries::now;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::rules::deadlines::Deadline;
use crate::rules::matters::MatterDeadline;
use crate::store::records::*;
use crate::store::Tx;

fn matter_from_row(r: &Row) -> Result<Matter> {
    let recipients: String = r.get(5)?;
    Ok(Matter {
        id: r.get(0)?,
        number: r.get(1)?,
        kind: r.get(2)?,
        title: r.get(3)?,
        body: r.get(4)?,
        recipients: recipients
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        implementation: r.opt_date(6)?,
        emergency: r.get(7)?,
    })
}

const MATTER_COLUMNS: &str = "id, number, kind, title, body, recipients, implementation, emergency";

/// The number prefix of each kind of matter.
fn prefix(kind: &str) -> &'static str {
    match kind {
        "policy" => "POL",
        "proposed-revision" => "REV",
        _ => "RPT",
    }
}

impl Tx<'_> {
    /// A new matter, numbered `POL-2025-001` (policy), `REV-…` (proposed
    /// revision) or `RPT-…` (report) by the year of `first`'s date, with
    /// its first step.
    pub fn insert_matter(&mut self, m: &Matter, first: (&str, NaiveDate)) -> Result<Matter> {
        let p = prefix(&m.kind);
        let year = first.1.year();
        let pattern = format!("{p}-{year}-%");
        let n: i64 = self.tx.query_row(
            "SELECT count(*) FROM matters WHERE number LIKE ?1",
            params![pattern],
            |r| r.get(0),
        )?;
        let number = format!("{p}-{year}-{:03}", n + 1);
        self.tx
            .prepare_cached(
                "INSERT INTO matters (number, kind, title, body, recipients, implementation,
                    emergency, created_at, created_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                number,
                m.kind,
                m.title,
                m.body,
                m.recipients.join("\n"),
                m.implementation.map(fmt_date),
                m.emergency,
                now(),
                self.who
            ])?;
        let matter = self.matter(&number)?;
        self.add_matter_event(&matter, first.0, first.1, None, None, None)?;
        Ok(matter)
    }

    pub fn matter(&self, number: &str) -> Result<Matter> {
        let sql = format!("SELECT {MATTER_COLUMNS} FROM matters WHERE number = ?1");
        self.tx
            .prepare_cached(&sql)?
            .query_opt(params![number.trim()], matter_from_row)?
            .ok_or_else(|| {
                Error::not_found(format!(
                    "no policy review or report '{number}' (numbers look like POL-2025-001, \
                     REV-2025-001, RPT-2025-001)"
                ))
            })
    }

    pub fn matters(&self, kinds: &[&str]) -> Result<Vec<Matter>> {
        let sql = format!("SELECT {MATTER_COLUMNS} FROM matters ORDER BY id");
        let all = self
            .tx
            .prepare(&sql)?
            .query_map(params![], matter_from_row)?;
        Ok(all
            .into_iter()
            .filter(|m| kinds.contains(&m.kind.as_str()))
            .collect())
    }

    pub fn matter_events(&self, matter_id: i64) -> Result<Vec<MatterEventRecord>> {
        self.tx
            .prepare_cached(
                "SELECT id, kind, date, result, recipient, note FROM matter_events
                 WHERE matter_id = ?1 ORDER BY date, id",
            )?
            .query_map(params![matter_id], |r| {
                Ok(MatterEventRecord {
                    id: r.get(0)?,
                    event: r.get(1)?,
                    date: r.date(2)?,
                    result: r.get(3)?,
                    recipient: r.get(4)?,
                    note: r.get(5)?,
                })
            })
    }

    /// Append a step to a matter.
    pub fn add_matter_event(
        &mut self,
        m: &Matter,
        kind: &str,
        date: NaiveDate,
        result: Option<&str>,
        recipient: Option<&str>,
        note: Option<&str>,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO matter_events (matter_id, kind, date, result, recipient, note,
                    recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                m.id,
                kind,
                fmt_date(date),
                result,
                recipient,
                note,
                now(),
                self.who
            ])?;
        self.note(
            Some(&m.number),
            format!(
                "{kind} {}{}{}",
                fmt_date(date),
                result.map(|r| format!(" {r}")).unwrap_or_default(),
                recipient.map(|r| format!(" ({r})")).unwrap_or_default()
            ),
        );
        Ok(())
    }

    /// Keep `deadlines` as the matter's deadlines (computed by the caller).
    pub fn replace_matter_deadlines(
        &mut self,
        matter_id: i64,
        deadlines: &[MatterDeadline],
    ) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM matter_deadlines WHERE matter_id = ?1")?
            .execute(params![matter_id])?;
        let mut st = self.tx.prepare_cached(
            "INSERT INTO matter_deadlines (matter_id, rule, recipient, title, basis, start, due,
                satisfied_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for d in deadlines {
            st.execute(params![
                matter_id,
                d.deadline.rule,
                d.recipient.clone().unwrap_or_default(),
                d.deadline.title,
                d.deadline.basis,
                fmt_date(d.deadline.start),
                fmt_date(d.deadline.due),
                d.deadline.satisfied_on.map(fmt_date),
            ])?;
        }
        Ok(())
    }

    pub fn matter_deadlines(&self, matter_id: i64) -> Result<Vec<MatterDeadline>> {
        self.tx
            .prepare_cached(
                "SELECT rule, recipient, title, basis, start, due, satisfied_on
                 FROM matter_deadlines WHERE matter_id = ?1 ORDER BY due, rule, recipient",
            )?
            .query_map(params![matter_id], |r| {
                let recipient: String = r.get(1)?;
                Ok(MatterDeadline {
                    recipient: (!recipient.is_empty()).then_some(recipient),
                    deadline: Deadline {
                        rule: r.get(0)?,
                        title: r.get(2)?,
                        basis: r.get(3)?,
                        owner: "office".into(),
                        start: r.date(4)?,
                        due: r.date(5)?,
                        satisfied_on: r.opt_date(6)?,
                        out_of_time_rule: false,
                        after_close: false,
                        suspended_since: None,
                        notes: Vec::new(),
                    },
                })
            })
    }

    /// Matters whose deadlines span `date` (after a holiday change).
    pub fn matters_spanning(&self, date: NaiveDate) -> Result<Vec<Matter>> {
        let sql = format!(
            "SELECT {MATTER_COLUMNS} FROM matters WHERE id IN
                (SELECT matter_id FROM matter_deadlines WHERE start < ?1 AND due >= ?1)"
        );
        self.tx
            .prepare(&sql)?
            .query_map(params![fmt_date(date)], matter_from_row)
    }
}

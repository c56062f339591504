//! Officers and the public monitoring list (Sec. 11.5-31(5)(d)).

use crate::store::db::{params, Row};
use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::store::records::*;
use crate::store::Tx;

/// An officer (badge, name, status) and the count read beside it.
fn officer_and_count(r: &Row) -> Result<(Officer, i64)> {
    Ok((
        Officer {
            badge: r.get(0)?,
            name: r.get(1)?,
            status: r.get(2)?,
        },
        r.get(3)?,
    ))
}

impl Tx<'_> {
    pub fn officer(&self, badge: &str) -> Result<Officer> {
        self.tx
            .prepare_cached("SELECT badge, name, status FROM officers WHERE badge = ?1")?
            .query_opt(params![badge], |r| {
                Ok(Officer {
                    badge: r.get(0)?,
                    name: r.get(1)?,
                    status: r.get(2)?,
                })
            })?
            .ok_or_else(|| {
                Error::not_found(format!(
                    "no officer with badge '{badge}' (`oversight officer list` shows them)"
                ))
            })
    }

    /// Every officer on the roster with the number of cases naming them
    /// (a case names a badge once: UNIQUE (case_id, badge), so the badge
    /// index counts them without reading a row).
    pub fn officers(&self) -> Result<Vec<(Officer, i64)>> {
        self.tx
            .prepare_cached(
                "SELECT o.badge, o.name, o.status,
                        (SELECT count(*) FROM case_officers co WHERE co.badge = o.badge)
                 FROM officers o ORDER BY o.badge",
            )?
            .query_map(params![], officer_and_count)
    }

    /// Change the name on file or the employment status.
    pub fn update_officer(
        &mut self,
        badge: &str,
        name: Option<&str>,
        status: Option<&str>,
    ) -> Result<Officer> {
        self.officer(badge)?;
        if name.is_some() {
            // Every case naming the badge shows the roster's name: each
            // records the change.
            let cases: Vec<i64> = self
                .tx
                .prepare_cached("SELECT DISTINCT case_id FROM case_officers WHERE badge = ?1")?
                .query_map(params![badge], |r| r.get(0))?;
            for id in cases {
                self.touch(id)?;
            }
        }
        self.note(
            None,
            format!(
                "officer {badge}: {}{}",
                name.map(|n| format!("name '{n}' ")).unwrap_or_default(),
                status.map(|s| format!("status {s}")).unwrap_or_default()
            ),
        );
        self.tx
            .prepare_cached(
                "UPDATE officers SET name = coalesce(?2, name), status = coalesce(?3, status)
                 WHERE badge = ?1",
            )?
            .execute(params![badge, name, status])?;
        self.officer(badge)
    }

    /// Officers whose name on file, or a name a case gave them, contains
    /// `text` (any case), with the number of their cases.
    pub fn find_officers(&self, text: &str) -> Result<Vec<(Officer, i64)>> {
        let pattern = format!(
            "%{}%",
            text.trim()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        self.tx
            .prepare_cached(
                "SELECT o.badge, o.name, o.status,
                        (SELECT count(*) FROM case_officers co WHERE co.badge = o.badge)
                 FROM officers o
                 WHERE o.name LIKE ?1 ESCAPE '\\'
                    OR o.badge IN (SELECT badge FROM case_officers
                                    WHERE name LIKE ?1 ESCAPE '\\')
                 ORDER BY o.name, o.badge",
            )?
            .query_map(params![pattern], officer_and_count)
    }

    /// Badge `from` was the same officer as badge `into`: every case naming
    /// `from` names `into` instead (on a case naming both, `from`'s
    /// allegations go to `into`), and `from` leaves the roster. Returns how
    /// many cases changed.
    pub fn merge_officers(&mut self, from: &str, into: &str) -> Result<usize> {
        let rows: Vec<(i64, i64, Option<i64>)> = self
            .tx
            .prepare_cached(
                "SELECT f.id, f.case_id,
                        (SELECT i.id FROM case_officers i
                          WHERE i.case_id = f.case_id AND i.badge = ?2)
                 FROM case_officers f WHERE f.badge = ?1",
            )?
            .query_map(params![from, into], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
        for (_, case_id, _) in &rows {
            self.touch(*case_id)?;
        }
        for (id, case_id, both) in &rows {
            match both {
                Some(keep) => {
                    // The case's own allegations, found by its index.
                    self.tx
                        .prepare_cached(
                            "UPDATE allegations SET case_officer_id = ?2
                             WHERE case_id = ?3 AND case_officer_id = ?1",
                        )?
                        .execute(params![id, keep, case_id])?;
                    self.tx
                        .prepare_cached("DELETE FROM case_officers WHERE id = ?1")?
                        .execute(params![id])?;
                }
                None => {
                    self.tx
                        .prepare_cached("UPDATE case_officers SET badge = ?2 WHERE id = ?1")?
                        .execute(params![id, into])?;
                }
            }
        }
        self.tx
            .prepare_cached("DELETE FROM officers WHERE badge = ?1")?
            .execute(params![from])?;
        self.note(
            None,
            format!(
                "officer {from} merged into {into}: {} case(s) now name {into}",
                rows.len()
            ),
        );
        Ok(rows.len())
    }

    /// Every allegation against an officer, oldest case first: the cases by
    /// the badge index, their allegations by case (an allegation names an
    /// officer of its own case), never a pass over every case.
    pub fn officer_allegations(&self, badge: &str) -> Result<Vec<OfficerAllegation>> {
        let sql = format!(
            "SELECT c.number, c.received, c.status, a.seq, a.category,
                    f.result, f.reason, f.date
             FROM case_officers co
             JOIN cases c ON c.id = co.case_id
             JOIN allegations a ON a.case_id = co.case_id AND a.case_officer_id = co.id
             LEFT JOIN ({EFFECTIVE_FINDING_ALL}) f ON f.allegation_id = a.id
             WHERE co.badge = ?1
             ORDER BY c.received, c.number, a.seq"
        );
        self.tx.prepare(&sql)?.query_map(params![badge], |r| {
            Ok(OfficerAllegation {
                case: r.get(0)?,
                received: r.date(1)?,
                case_status: r.get(2)?,
                allegation: r.get(3)?,
                category: r.get(4)?,
                finding: r.get(5)?,
                finding_reason: r.get(6)?,
                finding_date: r.opt_date(7)?,
            })
        })
    }

    /// Officers named on `threshold` or more cases received from `from` to
    /// `to` (both included), most complaints first.
    pub fn monitoring_list(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        threshold: usize,
    ) -> Result<Vec<MonitoredOfficer>> {
        let mut st = self.tx.prepare_cached(
            "SELECT co.badge, coalesce(o.name, co.name), c.number,
                    c.closed IS NOT NULL AND c.closed <= ?2
             FROM cases c
             JOIN case_officers co ON co.case_id = c.id
             LEFT JOIN officers o ON o.badge = co.badge
             WHERE c.received >= ?1 AND c.received <= ?2 AND co.badge <> 'unknown'
             ORDER BY co.badge, c.number",
        )?;
        let rows = st.query_map(params![fmt_date(from), fmt_date(to)], |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<String>(1)?,
                r.get::<String>(2)?,
                r.get::<bool>(3)?,
            ))
        })?;
        let mut out: Vec<MonitoredOfficer> = Vec::new();
        for row in rows {
            let (badge, name, number, closed) = row;
            if out.last().is_none_or(|o| o.badge != badge) {
                out.push(MonitoredOfficer {
                    identified_by_name: crate::model::is_name_identity(&badge),
                    badge,
                    name,
                    complaints: 0,
                    cases: Vec::new(),
                    open_cases: Some(0),
                });
            }
            let o = out.last_mut().expect("pushed above");
            o.complaints += 1;
            if closed {
                o.cases.push(number);
            } else {
                *o.open_cases.get_or_insert(0) += 1;
            }
        }
        out.retain(|o| o.complaints >= threshold);
        Ok(out)
    }
}

impl Tx<'_> {
    /// How many officers the public monitoring list names: as
    /// [`Tx::monitoring_list`] with only the cases closed by `to` counted
    /// (`ops::monitoring`'s public list), counted in the database where only
    /// the number is needed (the annual report's `monitoring_list_size`).
    pub fn public_monitoring_count(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        threshold: usize,
    ) -> Result<usize> {
        let n: i64 = self.tx.query_row(
            "SELECT count(*) FROM (
                SELECT co.badge FROM cases c
                JOIN case_officers co ON co.case_id = c.id
                WHERE c.received >= ?1 AND c.received <= ?2 AND co.badge <> 'unknown'
                  AND c.closed IS NOT NULL AND c.closed <= ?2
                GROUP BY co.badge HAVING count(*) >= ?3) AS listed",
            params![fmt_date(from), fmt_date(to), threshold as i64],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }
}

/// The effective finding of every allegation, as a subquery with
/// `allegation_id`: the finding event nothing supersedes. There is at most
/// one: a second finding on an allegation is refused (lifecycle), and a
/// change is a correction that supersedes the first.
pub(in crate::store) const EFFECTIVE_FINDING_ALL: &str = "
    SELECT e.allegation_id, e.result, e.reason, e.date FROM events e
     WHERE e.kind = 'finding'
       AND NOT EXISTS (SELECT 1 FROM events s WHERE s.supersedes = e.id)";

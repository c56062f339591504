//! The queries behind `report annual`: each returns what one SPEC figure
//! counts for a period, leaving the arithmetic to `crate::report`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use crate::store::db::{params, Engine, Row};
use chrono::NaiveDate;

use super::officers::EFFECTIVE_FINDING_ALL;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::store::records::*;
use crate::store::Tx;

/// The public version's scope as SQL: closed on or before the day (a date
/// this code formats, never text from outside). Put as "not open on the
/// day", which no index answers: asked as a range of closing dates, SQLite
/// read the closed cases' index from its start to the day (every closed
/// case, when the report is as of today) to count one year's.
fn only_closed(scope: Scope, alias: &str) -> String {
    match scope {
        Scope::All => String::new(),
        Scope::ClosedBy(day) => format!(
            " AND NOT ({alias}closed IS NULL OR {alias}closed > '{}')",
            fmt_date(day)
        ),
    }
}

/// How a period's deadlines (`d` names their table, `suspended` says
/// whether a deadline's clock is stopped) are counted, `?3` being the day
/// the report is as of: met, the step dated on or before the due date;
/// still open, no step yet and the clock stopped or the due date not
/// passed; and how many in all, the rest being missed (SPEC, "met" and
/// "missed"). Counted in the database rather than every row read out; a
/// query grouping by due date and rule reads the due-date index in its
/// order, with no sort, and leaves the sum by rule to `crate::report`.
fn tally(d: &str, suspended: &str) -> String {
    format!(
        "count(*) FILTER (WHERE {}) AS n_met,
         count(*) FILTER (WHERE {}) AS n_open,
         count(*) AS n_due",
        met(d),
        still_open(d, suspended)
    )
}

/// Whether a deadline (of table `d`) was met, as [`tally`] counts it.
fn met(d: &str) -> String {
    format!("{d}satisfied_on IS NOT NULL AND {d}satisfied_on <= {d}due")
}

/// Whether a deadline (of table `d`; `suspended`, whether its clock is
/// stopped) is still open on `?3`, as [`tally`] counts it.
fn still_open(d: &str, suspended: &str) -> String {
    format!("{d}satisfied_on IS NULL AND ({suspended} OR {d}due >= ?3)")
}

/// The ids of the cases open on the day `?{day}` names (SQL): still open
/// (by the status index: the open cases, not every case received since
/// the first), or closed since (by the closing-date index).
pub(super) fn open_on(day: u8) -> String {
    format!(
        "SELECT id FROM cases WHERE status = 'open' AND closed IS NULL AND received <= ?{day}
         UNION ALL
         SELECT id FROM cases WHERE closed > ?{day} AND received <= ?{day}"
    )
}

/// The place of `value` in `list`, put at its end if it is new (a report
/// meets a few dozen logins and a handful of rules: a scan does).
fn place(list: &mut Vec<String>, value: &str) -> usize {
    list.iter().position(|v| v == value).unwrap_or_else(|| {
        list.push(value.to_string());
        list.len() - 1
    })
}

/// Column `i` of `r`, text of a few values, as its [`place`] in `list`.
fn place_of(r: &Row, i: usize, list: &mut Vec<String>) -> Result<usize> {
    place_of_any(r, i, list)?
        .ok_or_else(|| Error::store(format!("store error: column {i} is empty")))
}

/// [`place_of`] a column that may be empty.
fn place_of_any(r: &Row, i: usize, list: &mut Vec<String>) -> Result<Option<usize>> {
    r.with_text(i, |t| t.map(|t| place(list, t)))
}

/// The deadlines of cases and of matters due from `?1` to `?2`, tallied by
/// rule (see [`tally`]; columns `rule`, `n_met`, `n_open`, `n_due`), in
/// parts whose sums by rule are the counts. Cases' deadlines are read from
/// their tallies (`deadline_tallies`, a row a day and rule, kept by the
/// store's triggers): for the public version, less those of cases not
/// closed, and less, deadline by deadline, those of cases closed after the
/// day (none when the report is as of today). Those are found from the
/// cases (SQLite takes a CROSS JOIN's tables in the order written; left
/// to itself it read a year's deadlines to find none of them).
fn deadlines_due_sql(scope: Scope) -> String {
    let n = |col: &str| match scope {
        Scope::All => col.to_string(),
        Scope::ClosedBy(_) => format!("{col} - open_{col}"),
    };
    let mut sql = format!(
        "SELECT rule, CAST(sum({met}) AS BIGINT) AS n_met,
                CAST(sum(CASE WHEN due >= ?3 THEN {waiting} ELSE {stopped} END) AS BIGINT)
                    AS n_open,
                CAST(sum({due}) AS BIGINT) AS n_due
         FROM deadline_tallies WHERE due >= ?1 AND due <= ?2 GROUP BY rule",
        met = n("met"),
        waiting = n("waiting"),
        stopped = n("stopped"),
        due = n("due_n"),
    );
    if let Scope::ClosedBy(day) = scope {
        sql.push_str(&format!(
            "
             UNION ALL
             SELECT rule, -n_met, -n_open, -n_due FROM (
                SELECT d.rule, {} FROM cases c CROSS JOIN deadlines d ON d.case_id = c.id
                WHERE c.closed > '{}' AND d.due >= ?1 AND d.due <= ?2
                GROUP BY d.rule) AS later",
            tally("d.", "d.suspended_since IS NOT NULL"),
            fmt_date(day)
        ));
    }
    sql.push_str(&format!(
        "
         UNION ALL
         SELECT rule, {} FROM matter_deadlines WHERE due >= ?1 AND due <= ?2 GROUP BY rule",
        tally("", "1 = 0"),
    ));
    sql
}

/// The tables the office's annual report reads: the second connection
/// that reads some of its parts locks them before it reads
/// (`Store::read_parts`). The assignments, last, only the office's reads,
/// for its figures per investigator.
pub const OFFICE_REPORT_TABLES: &[&str] = &[
    "cases",
    "events",
    "allegations",
    "deadlines",
    "deadline_tallies",
    "matter_deadlines",
    "matter_events",
    "matters",
    "field_values",
    "case_officers",
    "assignments",
];

/// The tables the public annual report reads: the office's but the
/// assignments.
pub const REPORT_TABLES: &[&str] = OFFICE_REPORT_TABLES
    .split_at(OFFICE_REPORT_TABLES.len() - 1)
    .0;

impl Tx<'_> {
    /// How many rows of `from_where` (a query's FROM and WHERE; `?1` and
    /// `?2` the period's first and last day) have each value of `key`.
    /// SQLite groups by sorting every row through a temporary b-tree (the
    /// count of a year's allegations by category at a million cases took
    /// twice as long as reading them), so there the keys are read out and
    /// counted here; a server groups by hashing and sends the counts alone.
    fn counts(
        &self,
        key: &str,
        from_where: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(String, i64)>> {
        let period = params![fmt_date(from), fmt_date(to)];
        if self.tx.engine() == Engine::Postgres {
            return self
                .tx
                .prepare(&format!("SELECT {key}, count(*) {from_where} GROUP BY 1"))?
                .query_map(period, |r| Ok((r.get(0)?, r.get(1)?)));
        }
        // A few keys (sources, months, categories, findings): a scan.
        let mut counted: Vec<(String, i64)> = Vec::new();
        self.tx
            .prepare(&format!("SELECT {key} {from_where}"))?
            .query_each(period, |r| {
                let key: String = r.get(0)?;
                match counted.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, n)) => *n += 1,
                    None => counted.push((key, 1)),
                }
                Ok(())
            })?;
        Ok(counted)
    }

    /// Cases received in the period, by source.
    pub fn received_by_source(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
    ) -> Result<Vec<(String, i64)>> {
        self.counts(
            "source",
            &format!(
                "FROM cases WHERE received >= ?1 AND received <= ?2{}",
                only_closed(scope, "")
            ),
            from,
            to,
        )
    }

    /// How many cases were received in the period (the trend's earlier
    /// years, which need no more): counted in the received-date index.
    pub fn received_in(&self, from: NaiveDate, to: NaiveDate, scope: Scope) -> Result<i64> {
        self.tx.query_row(
            &format!(
                "SELECT count(*) FROM cases WHERE received >= ?1 AND received <= ?2{}",
                only_closed(scope, "")
            ),
            params![fmt_date(from), fmt_date(to)],
            |r| r.get(0),
        )
    }

    /// Cases received in the period still under investigation on `day`
    /// (not closed on or before it).
    pub fn open_received(&self, from: NaiveDate, to: NaiveDate, day: NaiveDate) -> Result<i64> {
        self.tx.query_row(
            "SELECT count(*) FROM cases WHERE received >= ?1 AND received <= ?2
               AND (closed IS NULL OR closed > ?3)",
            params![fmt_date(from), fmt_date(to), fmt_date(day)],
            |r| r.get(0),
        )
    }

    /// The first and last day anything was received or closed (None: no
    /// case yet). Each end is read off an index.
    pub fn case_date_range(&self) -> Result<Option<(NaiveDate, NaiveDate)>> {
        let first: Option<String> =
            self.tx
                .query_row("SELECT min(received) FROM cases", params![], |r| r.get(0))?;
        let last_received: Option<String> =
            self.tx
                .query_row("SELECT max(received) FROM cases", params![], |r| r.get(0))?;
        let last_closed: Option<String> =
            self.tx
                .query_row("SELECT max(closed) FROM cases", params![], |r| r.get(0))?;
        let date = |s: &str| crate::model::parse_date("date", s);
        Ok(match (first, last_received) {
            (Some(f), Some(l)) => {
                let last = last_closed.filter(|c| *c > l).unwrap_or(l);
                Some((date(&f)?, date(&last)?))
            }
            _ => None,
        })
    }

    /// Cases received in the period that came from another system.
    pub fn imported_received(&self, from: NaiveDate, to: NaiveDate, scope: Scope) -> Result<i64> {
        self.tx.query_row(
            &format!(
                "SELECT count(*) FROM cases WHERE received >= ?1 AND received <= ?2 \
                 AND imported = 1{}",
                only_closed(scope, "")
            ),
            params![fmt_date(from), fmt_date(to)],
            |r| r.get(0),
        )
    }

    /// The optional fields of the cases received in the period: (field,
    /// value, how many carry it).
    pub fn fields_received(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
    ) -> Result<Vec<(String, String, i64)>> {
        // A server counts them itself, for a login that may not read them
        // case by case as for one that may.
        if let Some(counted) = self.fields_counted_by_server(from, to, scope) {
            return counted;
        }
        self.tx
            .prepare(&format!(
                "SELECT f.name, f.value, count(*) FROM field_values f
                 JOIN cases c ON c.id = f.case_id
                 WHERE c.received >= ?1 AND c.received <= ?2{}
                 GROUP BY f.name, f.value",
                only_closed(scope, "c.")
            ))?
            .query_map(params![fmt_date(from), fmt_date(to)], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
    }

    /// Cases received in the period, by month (`YYYY-MM`).
    pub fn received_by_month(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
    ) -> Result<Vec<(String, i64)>> {
        self.counts(
            "substr(received, 1, 7)",
            &format!(
                "FROM cases WHERE received >= ?1 AND received <= ?2{}",
                only_closed(scope, "")
            ),
            from,
            to,
        )
    }

    /// Allegations of the cases received in the period, by category.
    pub fn allegations_by_category(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
    ) -> Result<Vec<(String, i64)>> {
        self.counts(
            "a.category",
            &format!(
                "FROM allegations a JOIN cases c ON c.id = a.case_id
                 WHERE c.received >= ?1 AND c.received <= ?2{}",
                only_closed(scope, "c.")
            ),
            from,
            to,
        )
    }

    /// Allegation findings dated in the period, by finding.
    pub fn findings_in(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
    ) -> Result<Vec<(String, i64)>> {
        let from_where = match scope {
            Scope::All => {
                format!("FROM ({EFFECTIVE_FINDING_ALL}) f WHERE f.date >= ?1 AND f.date <= ?2")
            }
            Scope::ClosedBy(_) => format!(
                "FROM ({EFFECTIVE_FINDING_ALL}) f
                 JOIN allegations a ON a.id = f.allegation_id
                 JOIN cases c ON c.id = a.case_id
                 WHERE f.date >= ?1 AND f.date <= ?2{}",
                only_closed(scope, "c.")
            ),
        };
        self.counts("f.result", &from_where, from, to)
    }

    pub fn closed_in(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<ClosedCase>> {
        self.tx
            .prepare(
                "SELECT received, closed, out_of_time FROM cases
                 WHERE closed >= ?1 AND closed <= ?2",
            )?
            .query_map(params![fmt_date(from), fmt_date(to)], |r| {
                Ok(ClosedCase {
                    received: r.date(0)?,
                    closed: r.date(1)?,
                    out_of_time: r.get(2)?,
                })
            })
    }

    /// The deadlines due in the period, counted by rule as SPEC's
    /// `deadlines_met`/`deadlines_missed` count them (see [`tally`]), in
    /// parts whose sums by rule are the counts.
    pub fn deadlines_due_in(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        as_of: NaiveDate,
        scope: Scope,
    ) -> Result<Vec<DeadlineTally>> {
        self.tx.prepare(&deadlines_due_sql(scope))?.query_map(
            params![fmt_date(from), fmt_date(to), fmt_date(as_of)],
            |r| {
                Ok(DeadlineTally {
                    rule: r.get(0)?,
                    met: r.get(1)?,
                    open: r.get(2)?,
                    due: r.get(3)?,
                })
            },
        )
    }

    /// The deadlines due in the period, of every rule, counted as
    /// [`Tx::deadlines_due_in`] counts each rule's: what the trend's
    /// earlier years need.
    pub fn deadline_counts_due_in(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        as_of: NaiveDate,
        scope: Scope,
    ) -> Result<DeadlineCounts> {
        let sql = format!(
            "SELECT CAST(coalesce(sum(n_met), 0) AS BIGINT), CAST(coalesce(sum(n_open), 0) AS BIGINT),
                    CAST(coalesce(sum(n_due), 0) AS BIGINT)
             FROM ({}) AS t",
            deadlines_due_sql(scope)
        );
        self.tx.query_row(
            &sql,
            params![fmt_date(from), fmt_date(to), fmt_date(as_of)],
            |r| {
                Ok(DeadlineCounts {
                    met: r.get(0)?,
                    open: r.get(1)?,
                    due: r.get(2)?,
                })
            },
        )
    }

    /// Where the deadlines' tallies (`deadline_tallies`, kept as deadlines are written)
    /// differ from the deadlines counted again: each day and rule named,
    /// with what is kept and what the count gives (due, met, waiting,
    /// stopped; then the same of cases not closed). Empty: they agree.
    pub fn deadline_tally_faults(&self) -> Result<Vec<String>> {
        let read = |sql: &str| -> Result<BTreeMap<(String, String), [i64; 8]>> {
            let rows = self.tx.prepare(sql)?.query_map(params![], |r| {
                let mut n = [0; 8];
                for (i, v) in n.iter_mut().enumerate() {
                    *v = r.get(i + 2)?;
                }
                Ok(((r.get(0)?, r.get(1)?), n))
            })?;
            Ok(rows.into_iter().collect())
        };
        let kept = read(
            "SELECT due, rule, due_n, met, waiting, stopped,
                    open_due_n, open_met, open_waiting, open_stopped
             FROM deadline_tallies
             WHERE due_n <> 0 OR met <> 0 OR waiting <> 0 OR stopped <> 0 OR open_due_n <> 0
                OR open_met <> 0 OR open_waiting <> 0 OR open_stopped <> 0",
        )?;
        let counted = read(crate::store::sqlite::schema::deadline_tallies_counted!())?;
        let show = |n: Option<&[i64; 8]>| {
            n.map_or("nothing".to_string(), |n| {
                format!(
                    "{} due, {} met, {} waiting, {} stopped (not closed: {}, {}, {}, {})",
                    n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]
                )
            })
        };
        let days: BTreeSet<&(String, String)> = kept.keys().chain(counted.keys()).collect();
        Ok(days
            .into_iter()
            .filter(|day| kept.get(*day) != counted.get(*day))
            .map(|day @ (due, rule)| {
                format!(
                    "the deadlines' tallies for {due}, rule {rule}: kept {}; the deadlines \
                     count {}: changed outside oversight",
                    show(kept.get(day)),
                    show(counted.get(day))
                )
            })
            .collect())
    }

    /// Whether any case was ever assigned (else nothing is counted per
    /// investigator).
    fn any_assigned(&self) -> Result<bool> {
        self.tx
            .prepare("SELECT 1 FROM assignments LIMIT 1")?
            .exists(params![])
    }

    /// Per investigator, the one each case was assigned to on the period's
    /// last day (`to`): their cases' deadlines due in the period, by rule,
    /// counted as [`tally`] counts them; and how many of their cases were
    /// open that day. Both empty when no case was assigned by then.
    pub fn by_investigator(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        as_of: NaiveDate,
    ) -> Result<ByInvestigator> {
        if !self.any_assigned()? {
            return Ok(Default::default());
        }
        let (mut due, mut open) = match self.tx.engine() {
            Engine::Postgres => self.by_investigator_grouped(from, to, as_of)?,
            Engine::Sqlite => self.by_investigator_counted(from, to, as_of)?,
        };
        due.sort_by(|a, b| (&a.0, &a.1.rule).cmp(&(&b.0, &b.1.rule)));
        open.sort();
        Ok((due, open))
    }

    /// [`Tx::by_investigator`] on a file, in no order: the deadlines and the
    /// open cases read out, and counted here under the investigators read
    /// once ([`Tx::assigned_on`]).
    fn by_investigator_counted(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        as_of: NaiveDate,
    ) -> Result<ByInvestigator> {
        let open: Vec<i64> = self
            .tx
            .prepare(&open_on(1))?
            .query_map(params![fmt_date(to)], |r| r.get(0))?;
        // The period's deadlines, read once through the due-date index
        // (which holds every column asked): (case, rule, met, still open).
        let mut rules: Vec<String> = Vec::new();
        let deadlines: Vec<(i64, usize, bool, bool)> = self
            .tx
            .prepare(&format!(
                "SELECT case_id, rule, {}, {} FROM deadlines WHERE due >= ?1 AND due <= ?2",
                met(""),
                still_open("", "suspended_since IS NOT NULL")
            ))?
            .query_map(
                params![fmt_date(from), fmt_date(to), fmt_date(as_of)],
                |r| Ok((r.get(0)?, place_of(r, 1, &mut rules)?, r.get(2)?, r.get(3)?)),
            )?;
        let ids = open.iter().chain(deadlines.iter().map(|d| &d.0));
        let (Some(&first), Some(&last)) = (ids.clone().min(), ids.max()) else {
            return Ok(Default::default());
        };
        let read = open.len() + deadlines.len();
        let (logins, who) = self.assigned_on(to, first, last, read)?;
        // Counted in a table of investigator by rule (a hash map of each
        // took 14-16 ms for a million-case store's 201,612 deadlines).
        let mut tallies = vec![(0_i64, 0_i64, 0_i64); logins.len() * rules.len()];
        for (case, rule, met, still_open) in deadlines {
            let Some(login) = who.get(case) else {
                continue;
            };
            let (m, o, due) = &mut tallies[login as usize * rules.len() + rule];
            *m += i64::from(met);
            *o += i64::from(still_open);
            *due += 1;
        }
        let due: Vec<(String, DeadlineTally)> = tallies
            .into_iter()
            .enumerate()
            .filter(|(_, (_, _, due))| *due > 0)
            .map(|(i, (met, open, due))| {
                let rule = rules[i % rules.len()].clone();
                let t = DeadlineTally {
                    rule,
                    met,
                    open,
                    due,
                };
                (logins[i / rules.len()].clone(), t)
            })
            .collect();
        let mut open_cases = vec![0_i64; logins.len()];
        for login in open.iter().filter_map(|&case| who.get(case)) {
            open_cases[login as usize] += 1;
        }
        let open: Vec<(String, i64)> = logins
            .into_iter()
            .zip(open_cases)
            .filter(|(_, n)| *n > 0)
            .collect();
        Ok((due, open))
    }

    /// [`Tx::by_investigator`] on a server, in no order: joined and
    /// grouped there (by hashing), and only the counts sent. Read out and
    /// counted here, it was the report's longest part on a server (66-73
    /// ms of 83-100 at 100,000 cases, sending a year's deadlines, the open
    /// cases and the assignments). A row of no rule is an investigator's
    /// open cases: they and the deadlines are joined to who had each case
    /// in one pass (joined apart, the assignments were read, hashed and
    /// sorted twice: 42 ms against 35, and 17 with the due-date index
    /// holding each deadline's case, at 100,000 cases).
    fn by_investigator_grouped(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        as_of: NaiveDate,
    ) -> Result<ByInvestigator> {
        let sql = format!(
            "WITH who AS (
                SELECT DISTINCT ON (case_id) case_id, login FROM assignments
                WHERE date <= ?2 ORDER BY case_id DESC, date DESC, id DESC)
             SELECT w.login, x.rule, CAST(count(*) FILTER (WHERE x.met) AS BIGINT),
                    CAST(count(*) FILTER (WHERE x.open) AS BIGINT), CAST(count(*) AS BIGINT)
             FROM (SELECT d.case_id, d.rule, {met} AS met, {open} AS open FROM deadlines d
                   WHERE d.due >= ?1 AND d.due <= ?2
                   UNION ALL
                   SELECT c.id, NULL, FALSE, FALSE FROM ({open_on}) AS c) AS x
             JOIN who w ON w.case_id = x.case_id GROUP BY w.login, x.rule",
            met = met("d."),
            open = still_open("d.", "d.suspended_since IS NOT NULL"),
            open_on = open_on(2),
        );
        let (mut due, mut open) = (Vec::new(), Vec::new());
        self.tx.prepare(&sql)?.query_each_at_once(
            params![fmt_date(from), fmt_date(to), fmt_date(as_of)],
            |r| {
                let login: String = r.get(0)?;
                match r.get::<Option<String>>(1)? {
                    Some(rule) => due.push((
                        login,
                        DeadlineTally {
                            rule,
                            met: r.get(2)?,
                            open: r.get(3)?,
                            due: r.get(4)?,
                        },
                    )),
                    None => open.push((login, r.get(4)?)),
                }
                Ok(())
            },
        )?;
        Ok((due, open))
    }

    /// Who had each case numbered `first` to `last` (ids) on `day`, for
    /// `read` cases or deadlines to be looked up: the logins met, and each
    /// assigned case's place among them. Those cases' assignments up to
    /// the day are read once, each case's in order (its index's), the last
    /// standing. Looked up case by case instead (a subquery per case) the
    /// figures per investigator took 0.45 s of a million-case store's
    /// report.
    fn assigned_on(
        &self,
        day: NaiveDate,
        first: i64,
        last: i64,
        read: usize,
    ) -> Result<(Vec<String>, Who)> {
        // An office has up to a few hundred: a map, not a scan.
        let mut logins: HashMap<String, u32> = HashMap::new();
        let mut who = Who::new(first, last, read);
        self.tx
            .prepare(
                "SELECT case_id, login FROM assignments
                 WHERE case_id >= ?1 AND case_id <= ?2 AND date <= ?3
                 ORDER BY case_id, date, id",
            )?
            .query_each(params![first, last, fmt_date(day)], |r| {
                let login = r
                    .with_text(1, |t| {
                        t.map(|t| match logins.get(t) {
                            Some(&i) => i,
                            None => {
                                let next = logins.len() as u32;
                                logins.insert(t.to_string(), next);
                                next
                            }
                        })
                    })?
                    .ok_or_else(|| Error::store("store error: an assignment has no login"))?;
                who.set(r.get(0)?, login);
                Ok(())
            })?;
        let mut names = vec![String::new(); logins.len()];
        for (login, i) in logins {
            names[i as usize] = login;
        }
        Ok((names, who))
    }

    /// Policy and report steps dated in the period, by matter kind and step
    /// (`policy/recommend`, `report/response`, ...).
    pub fn matter_steps_in(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<(String, i64)>> {
        self.counts(
            "m.kind || '/' || e.kind",
            "FROM matter_events e JOIN matters m ON m.id = e.matter_id
             WHERE e.date >= ?1 AND e.date <= ?2",
            from,
            to,
        )
    }

    /// Leave out of `events` (read with their ids, `id_of`) those another
    /// event supersedes: the ids superseded between the least and the
    /// greatest read, from the index of the few events that supersede one.
    /// Asked of each event as it was read (`NOT EXISTS`), a server looked
    /// each up in that index: a year's findings and actions at 100,000
    /// cases took 13.5 ms of its time, read alone 7.2 (`pg_stat_statements`,
    /// 20 reports each). (Asked so that the server reads the superseding
    /// events once, it checked each event against all of them when its
    /// statistics had not yet seen them: 17 s for 9,777 events and 18,499
    /// corrections.)
    fn leave_out_superseded<T>(
        &self,
        events: &mut Vec<T>,
        id_of: impl Fn(&T) -> i64,
    ) -> Result<()> {
        let (Some(first), Some(last)) = (
            events.iter().map(&id_of).min(),
            events.iter().map(&id_of).max(),
        ) else {
            return Ok(());
        };
        let mut superseded: Vec<i64> = self
            .tx
            .prepare(
                "SELECT supersedes FROM events
                  WHERE supersedes IS NOT NULL AND supersedes >= ?1 AND supersedes <= ?2",
            )?
            .query_map(params![first, last], |r| r.get(0))?;
        if !superseded.is_empty() {
            superseded.sort_unstable();
            events.retain(|e| superseded.binary_search(&id_of(e)).is_err());
        }
        Ok(())
    }

    /// The Chief's responses dated in the period, one row per allegation of
    /// the case, with the panel's finding and the Department's action; in
    /// the order of the response's date, the case's number and the
    /// allegation's.
    pub fn chief_comparison(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
    ) -> Result<Vec<ChiefComparison>> {
        // A server is asked once for each run: past a few dozen, the one
        // join costs less than the round trips (3,000 runs of allegations
        // took 0.9-1.0 s where the join took 31-34 ms).
        let most_runs = match self.tx.engine() {
            Engine::Sqlite => usize::MAX,
            Engine::Postgres => SERVER_RUNS,
        };
        match self.chief_comparison_ranged(from, to, scope, most_runs)? {
            Some(rows) => Ok(rows),
            None => self.chief_comparison_joined(from, to, scope),
        }
    }

    /// [`Tx::chief_comparison`] in one join, where the cases answered lie
    /// too far apart to be read a range at a time on a server.
    fn chief_comparison_joined(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
    ) -> Result<Vec<ChiefComparison>> {
        let sql = format!(
            "SELECT c.number, e.date, e.result, a.seq, a.category, f.result, d.result, d.reason
             FROM events e
             JOIN cases c ON c.id = e.case_id
             JOIN allegations a ON a.case_id = c.id
             LEFT JOIN ({EFFECTIVE_FINDING_ALL}) f ON f.allegation_id = a.id
             LEFT JOIN events d ON d.allegation_id = a.id AND d.kind = 'department-action'
                  AND NOT EXISTS (SELECT 1 FROM events s WHERE s.supersedes = d.id)
             WHERE e.kind = 'chief-response' AND e.date >= ?1 AND e.date <= ?2
               AND NOT EXISTS (SELECT 1 FROM events s WHERE s.supersedes = e.id){}
             ORDER BY e.date, c.number, a.seq",
            only_closed(scope, "c.")
        );
        self.tx
            .prepare(&sql)?
            .query_map(params![fmt_date(from), fmt_date(to)], |r| {
                let word = |i| -> Result<Option<Arc<str>>> {
                    Ok(r.get::<Option<String>>(i)?.map(Arc::from))
                };
                Ok(ChiefComparison {
                    case: r.get::<String>(0)?.into(),
                    response_date: r.date(1)?,
                    concurs: r.get::<String>(2)?.into(),
                    allegation: r.get(3)?,
                    category: r.get::<String>(4)?.into(),
                    panel_finding: word(5)?,
                    department_finding: word(6)?,
                    discipline: r.get(7)?,
                })
            })
    }

    /// [`Tx::chief_comparison`] read in ranges: the period's responses
    /// read through their index, then their cases, the cases' allegations
    /// and the allegations' findings and actions each read a range of
    /// nearby ids at a time ([`nearby`]), and joined here: the rows of a
    /// year's cases lie together, as they were written. None, nothing
    /// joined, where the cases or their allegations fall in more than
    /// `most_runs` runs.
    ///
    /// Joined in SQL, SQLite looked each case, allegation, finding and
    /// action up by itself. At a million cases (49,911 responses in a
    /// year, 97,697 rows) this part of the report took 0.20-0.28 s, the
    /// join 0.30-0.44 s (three runs each, timed in the process); in the
    /// sqlite3 shell, these reads 0.1 s and the join 0.25 s. A server's
    /// planner hashes every case for the join: at 100,000 cases this part
    /// took 44 ms, the join 56-60 ms.
    fn chief_comparison_ranged(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
        most_runs: usize,
    ) -> Result<Option<Vec<ChiefComparison>>> {
        // The few values each of these columns takes, each kept once: the
        // Chief's answers, the allegations' categories, the findings.
        let (mut answers, mut categories, mut findings) = (Vec::new(), Vec::new(), Vec::new());
        // (event, case, date, answer), those superseded left out.
        let mut responses: Vec<(i64, i64, NaiveDate, Option<usize>)> = self
            .tx
            .prepare(
                "SELECT e.id, e.case_id, e.date, e.result FROM events e
                  WHERE e.kind = 'chief-response' AND e.date >= ?1 AND e.date <= ?2",
            )?
            .query_map(params![fmt_date(from), fmt_date(to)], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.date(2)?,
                    place_of_any(r, 3, &mut answers)?,
                ))
            })?;
        self.leave_out_superseded(&mut responses, |r| r.0)?;
        let mut cases: Vec<i64> = responses.iter().map(|r| r.1).collect();
        cases.sort_unstable();
        cases.dedup();
        if nearby(&cases).nth(most_runs).is_some() {
            return Ok(None);
        }
        // Each kept in order of its ids, found by a binary search, with no
        // map to build. The cases in scope: (id, number).
        let mut numbers: Vec<(i64, Arc<str>)> = Vec::with_capacity(cases.len());
        // Their allegations: (case id, number, allegation id, category).
        let mut allegations: Vec<(i64, i64, i64, usize)> = Vec::with_capacity(cases.len() * 2);
        let mut read_cases = self.tx.prepare(&format!(
            "SELECT c.id, c.number FROM cases c WHERE c.id >= ?1 AND c.id <= ?2{}",
            only_closed(scope, "c.")
        ))?;
        let mut read_allegations = self.tx.prepare(
            "SELECT case_id, seq, id, category FROM allegations
              WHERE case_id >= ?1 AND case_id <= ?2",
        )?;
        for run in nearby(&cases) {
            let range = params![run[0], run[run.len() - 1]];
            read_cases.query_each_at_once(range, |r| {
                let id = r.get(0)?;
                if run.binary_search(&id).is_ok() {
                    numbers.push((id, r.get::<String>(1)?.into()));
                }
                Ok(())
            })?;
            read_allegations.query_each_at_once(range, |r| {
                let case = r.get(0)?;
                if run.binary_search(&case).is_ok() {
                    let category = place_of(r, 3, &mut categories)?;
                    allegations.push((case, r.get(1)?, r.get(2)?, category));
                }
                Ok(())
            })?;
        }
        numbers.sort_unstable_by_key(|n| n.0);
        allegations.sort_unstable();
        // The allegations (their places in `allegations`) in order of their
        // ids, and the ids so.
        let mut by_id: Vec<u32> = (0..allegations.len() as u32).collect();
        by_id.sort_unstable_by_key(|&i| allegations[i as usize].2);
        let wanted: Vec<i64> = by_id.iter().map(|&i| allegations[i as usize].2).collect();
        // Allegations far apart though their cases are near (several to a
        // case, a case in a few answered) make runs of their own.
        if nearby(&wanted).nth(most_runs).is_some() {
            return Ok(None);
        }
        // The findings and the Department's actions that no event
        // supersedes: (allegation id, 0 a finding or 1 an action, result
        // (a place in `findings`), discipline, the event's id).
        type Outcome = (i64, u8, Option<usize>, Option<String>, i64);
        let mut outcomes: Vec<Outcome> = Vec::with_capacity(wanted.len() * 2);
        // The index holds every column asked; the planner, left to choose,
        // reads every event of those kinds through the kinds' index.
        // (A server is sent the statement without the index's name.)
        let mut read_outcomes = self.tx.prepare(
            "SELECT e.allegation_id, e.kind <> 'finding', e.result, e.reason, e.id
               FROM events e INDEXED BY events_allegation
              WHERE e.allegation_id IS NOT NULL
                AND e.allegation_id >= ?1 AND e.allegation_id <= ?2
                AND e.kind IN ('finding', 'department-action')",
        )?;
        for run in nearby(&wanted) {
            read_outcomes.query_each_at_once(params![run[0], run[run.len() - 1]], |r| {
                let id = r.get(0)?;
                if run.binary_search(&id).is_ok() {
                    let result = place_of_any(r, 2, &mut findings)?;
                    let kind = r.get::<bool>(1)?.into();
                    outcomes.push((id, kind, result, r.get(3)?, r.get(4)?));
                }
                Ok(())
            })?;
        }
        self.leave_out_superseded(&mut outcomes, |o| o.4)?;
        // Stable: in the order read within an allegation, as the SQL join.
        outcomes.sort_by_key(|o| (o.0, o.1));
        // Where each case's allegations lie (`numbers`' order), and each
        // allegation's outcomes (`allegations`' order), found by walking
        // both in order of their ids once, not by two binary searches an
        // allegation.
        let whose: Vec<Range<usize>> = walk(&allegations, numbers.iter().map(|n| n.0), |a| a.0);
        let mut theirs: Vec<Range<usize>> = vec![0..0; allegations.len()];
        for (i, range) in by_id
            .iter()
            .zip(walk(&outcomes, wanted.into_iter(), |o| o.0))
        {
            theirs[*i as usize] = range;
        }
        // The responses to cases in scope, in the rows' order: by date and
        // case number (stable: a case answered twice in a day keeps the
        // order read, as the SQL join's).
        let mut answered = Vec::with_capacity(responses.len());
        for (_, case, date, concurs) in responses {
            let Ok(at) = numbers.binary_search_by_key(&case, |n| n.0) else {
                continue;
            };
            // As the join reads it: no answer is an error for a case in
            // scope only.
            let concurs = concurs.ok_or_else(|| {
                Error::store(format!(
                    "store error: the Chief's response to {} has no answer",
                    numbers[at].1
                ))
            })?;
            answered.push((date, at, concurs));
        }
        answered.sort_by(|a, b| (a.0, &numbers[a.1].1).cmp(&(b.0, &numbers[b.1].1)));
        let shared =
            |words: Vec<String>| words.into_iter().map(Arc::from).collect::<Vec<Arc<str>>>();
        let (answers, categories, findings) =
            (shared(answers), shared(categories), shared(findings));
        let finding = |w: Option<usize>| w.map(|i| findings[i].clone());
        // As the SQL join gives them: a row for each finding and action of
        // an allegation, and one with none where it has none. Made case by
        // case in order of their ids, as their allegations and outcomes
        // lie, then put in the responses' order. Made in that order, each
        // row waited on memory: 39-50 ms for a million-case store's 97,697
        // rows, against 21-33 ms made and put in order (timed in the
        // process).
        let mut in_case_order: Vec<u32> = (0..answered.len() as u32).collect();
        in_case_order.sort_unstable_by_key(|&i| answered[i as usize].1);
        let mut made = Vec::with_capacity(allegations.len() * 5 / 4);
        let mut spans: Vec<Range<usize>> = vec![0..0; answered.len()];
        for i in in_case_order {
            let (date, at, concurs) = answered[i as usize];
            let number = &numbers[at].1;
            let start = made.len();
            for (j, &(_, seq, _, category)) in allegations[whose[at].clone()].iter().enumerate() {
                let theirs = &outcomes[theirs[whose[at].start + j].clone()];
                let (panel, actions) = theirs.split_at(theirs.partition_point(|o| o.1 == 0));
                for f in 0..panel.len().max(1) {
                    let panel = panel.get(f).and_then(|o| o.2);
                    for a in 0..actions.len().max(1) {
                        let action = actions.get(a);
                        made.push(Some(ChiefComparison {
                            case: number.clone(),
                            response_date: date,
                            concurs: answers[concurs].clone(),
                            allegation: seq,
                            category: categories[category].clone(),
                            panel_finding: finding(panel),
                            department_finding: finding(action.and_then(|o| o.2)),
                            discipline: action.and_then(|o| o.3.clone()),
                        }));
                    }
                }
            }
            spans[i as usize] = start..made.len();
        }
        let mut rows = Vec::with_capacity(made.len());
        for span in spans {
            rows.extend(made[span].iter_mut().filter_map(Option::take));
        }
        // Made in order but where a case was answered twice in a day: its
        // allegations then in turn, each with both answers (stable).
        let twice = answered
            .windows(2)
            .any(|w| (w[0].0, w[0].1) == (w[1].0, w[1].1));
        if twice {
            rows.sort_by(|a, b| {
                (a.response_date, &a.case, a.allegation).cmp(&(
                    b.response_date,
                    &b.case,
                    b.allegation,
                ))
            });
        }
        Ok(Some(rows))
    }
}

/// Who had each case of a range of ids ([`Tx::assigned_on`]): an
/// investigator's place among the logins met.
enum Who {
    /// Four bytes an id of the range, from its first: the place plus one,
    /// 0 for none. Kept where the range is at most 16 ids for each case or
    /// deadline looked up (and 65,536 more); looked up in a hash map
    /// instead, a million-case store's 201,612 deadlines took 14-16 ms
    /// more.
    Table(i64, Vec<u32>),
    /// A range many times wider than what is looked up in it (ids written
    /// by hand or by another system), in a map of the cases assigned.
    Map(HashMap<i64, u32>),
}

impl Who {
    /// A range from `first` to `last` for `read` cases or deadlines.
    fn new(first: i64, last: i64, read: usize) -> Self {
        let span = last.abs_diff(first).saturating_add(1);
        if span <= (read as u64).saturating_mul(16).saturating_add(1 << 16) {
            Who::Table(first, vec![0; span as usize])
        } else {
            Who::Map(HashMap::new())
        }
    }

    fn set(&mut self, case: i64, login: u32) {
        match self {
            Who::Table(first, places) => places[(case - *first) as usize] = login + 1,
            Who::Map(map) => {
                map.insert(case, login);
            }
        }
    }

    fn get(&self, case: i64) -> Option<u32> {
        match self {
            Who::Table(first, places) => places
                .get(usize::try_from(case.checked_sub(*first)?).ok()?)
                .and_then(|&w| w.checked_sub(1)),
            Who::Map(map) => map.get(&case).copied(),
        }
    }
}

/// Where the rows of each of `ids` (ascending) lie in `rows` (sorted by
/// `id_of`), found in one walk of both.
fn walk<T>(
    rows: &[T],
    ids: impl Iterator<Item = i64>,
    id_of: impl Fn(&T) -> i64,
) -> Vec<Range<usize>> {
    let mut at = 0;
    ids.map(|id| {
        while at < rows.len() && id_of(&rows[at]) < id {
            at += 1;
        }
        let from = at;
        while at < rows.len() && id_of(&rows[at]) == id {
            at += 1;
        }
        from..at
    })
    .collect()
}

/// How far apart two ids may be and still be read in one range: a range
/// reads the rows between them too, one after another, which costs less
/// than looking the next row up by its id while they are this close.
const NEARBY: i64 = 16;

/// The most runs of cases, or of their allegations, a server is asked for
/// in turn (a statement each) before one join is asked instead.
const SERVER_RUNS: usize = 64;

/// Sorted ids in runs, each id at most [`NEARBY`] after the one before.
fn nearby(rest: &[i64]) -> impl Iterator<Item = &[i64]> {
    super::runs(rest, |_, last, id| id - last <= NEARBY)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    use crate::model::Source;
    use crate::ops::assign::assign;
    use crate::ops::correct::{correct, Correction};
    use crate::ops::step::{record, Step};
    use crate::ops::testing::{d, store};
    use crate::store::{Event, Scope, Tx};

    /// Case `n`'s steps up to the Chief's response on `date`, with the
    /// Department's own finding on its first allegation (and discipline
    /// where given); closed the next day if `close`.
    fn answered(tx: &mut Tx, n: &str, date: &str, discipline: Option<&str>, close: bool) {
        let as_of = d("2026-06-30");
        for (kind, day) in [
            ("notify-pd", "2025-01-07"),
            ("commence", "2025-01-08"),
            ("present", "2025-03-03"),
        ] {
            record(tx, &Step::new(n, kind, d(day)), as_of).unwrap();
        }
        let finding = Step {
            result: Some("sustained".into()),
            all_allegations: true,
            ..Step::new(n, "finding", d("2025-03-03"))
        };
        record(tx, &finding, as_of).unwrap();
        record(tx, &Step::new(n, "transmit", d("2025-03-05")), as_of).unwrap();
        let response = Step {
            result: Some("partial".into()),
            extra: vec![Event {
                allegation: Some(1),
                result: Some("not-sustained".into()),
                reason: discipline.map(String::from),
                ..Event::new("department-action", d(date))
            }],
            ..Step::new(n, "chief-response", d(date))
        };
        record(tx, &response, as_of).unwrap();
        if close {
            let day = d(date).succ_opt().unwrap();
            record(tx, &Step::new(n, "close", day), as_of).unwrap();
        }
    }

    /// The period's comparison read in ranges (with no bound on the runs)
    /// and joined, for `scope`.
    fn both_comparisons(
        s: &mut crate::ops::testing::TestStore,
        (from, to): (NaiveDate, NaiveDate),
        scope: Scope,
    ) -> (Vec<ChiefComparison>, Vec<ChiefComparison>) {
        s.store
            .read(|tx| {
                let ranged = tx.chief_comparison_ranged(from, to, scope, usize::MAX)?;
                Ok((
                    ranged.unwrap(),
                    tx.chief_comparison_joined(from, to, scope)?,
                ))
            })
            .unwrap()
    }

    /// Case `n`'s first event of `kind`, corrected to `result` (or
    /// retracted).
    fn corrected(tx: &mut Tx, n: &str, kind: &str, result: Option<&str>) {
        let id = tx.case(n).unwrap().id;
        let event = tx.events(id).unwrap();
        let event = event.iter().find(|e| e.kind == kind).unwrap();
        let c = Correction {
            case: n.into(),
            event: event.id,
            reason: "test".into(),
            date: None,
            result: result.map(String::from),
            finding_reason: None,
            retract: result.is_none(),
        };
        correct(tx, &c, d("2026-06-30")).unwrap();
    }

    /// Cases near enough to be read in one range can have allegations too
    /// far apart for one: those runs count toward the most asked for too.
    #[test]
    fn allegations_far_apart_count_as_runs_of_their_own() {
        let mut s = store("miami-cip");
        let numbers: Vec<String> = (0..19)
            .map(|_| s.case(Source::Direct, false, "2025-01-06", 2))
            .collect();
        s.write(|tx| {
            // Cases 9 apart (one run); their allegations 18 apart (three).
            for n in [&numbers[0], &numbers[9], &numbers[18]] {
                answered(tx, n, "2025-04-01", None, false);
            }
            Ok(())
        })
        .unwrap();
        let (from, to) = (d("2025-01-01"), d("2025-12-31"));
        let read = |s: &mut crate::ops::testing::TestStore, most| {
            s.store
                .read(|tx| tx.chief_comparison_ranged(from, to, Scope::All, most))
                .unwrap()
        };
        assert!(read(&mut s, 2).is_none());
        assert_eq!(read(&mut s, 3).unwrap().len(), 6);
    }

    /// The rows the store's commands do not write but older data or
    /// another system's may hold, read in ranges as the join reads them:
    /// an allegation with no finding, one with two findings and two
    /// actions (one of them with no result), an allegation added to an old
    /// case long after (its id out of the cases' order), a case with no
    /// allegation, two responses to one case, and a response with no
    /// answer to a case still open (an error where the case is in scope,
    /// as in the join; left out of the public version).
    #[test]
    fn the_chief_comparison_read_in_ranges_is_the_one_joined_over_rows_written_by_hand() {
        let mut s = store("miami-cip");
        let numbers: Vec<String> = (0..6)
            .map(|_| s.case(Source::Direct, false, "2025-01-06", 2))
            .collect();
        let crate::store::Location::File(path) = s.store.location().clone() else {
            unreachable!("a test store is a file")
        };
        let ids: Vec<i64> = numbers
            .iter()
            .map(|n| s.store.read(|tx| Ok(tx.case(n)?.id)).unwrap())
            .collect();
        let db = rusqlite::Connection::open(&path).unwrap();
        let allegation = |case: i64, seq: i64| -> i64 {
            db.query_row(
                "SELECT id FROM allegations WHERE case_id = ?1 AND seq = ?2",
                [case, seq],
                |r| r.get(0),
            )
            .unwrap()
        };
        let event = |case: i64, kind: &str, result: Option<&str>, allegation: Option<i64>| {
            db.execute(
                "INSERT INTO events (case_id, kind, date, result, allegation_id, recorded_at,
                                     recorded_by)
                 VALUES (?1, ?2, '2025-05-01', ?3, ?4, '2025-05-01T00:00:00Z', 'test')",
                rusqlite::params![case, kind, result, allegation],
            )
            .unwrap();
        };
        // Case 0: allegation 1 found, 2 not; two responses.
        event(
            ids[0],
            "finding",
            Some("sustained"),
            Some(allegation(ids[0], 1)),
        );
        event(ids[0], "chief-response", Some("yes"), None);
        event(ids[0], "chief-response", Some("no"), None);
        // Case 1: two findings and two actions (one with no result) on 1.
        let a = allegation(ids[1], 1);
        event(ids[1], "finding", Some("sustained"), Some(a));
        event(ids[1], "finding", Some("exonerated"), Some(a));
        event(ids[1], "department-action", Some("sustained"), Some(a));
        event(ids[1], "department-action", None, Some(a));
        event(ids[1], "chief-response", Some("partial"), None);
        // Case 2: a third allegation, added after every other.
        let officer: i64 = db
            .query_row(
                "SELECT id FROM case_officers WHERE case_id = ?1",
                [ids[2]],
                |r| r.get(0),
            )
            .unwrap();
        db.execute(
            "INSERT INTO allegations (case_id, seq, category, case_officer_id)
             VALUES (?1, 3, 'force', ?2)",
            [ids[2], officer],
        )
        .unwrap();
        event(
            ids[2],
            "finding",
            Some("unfounded"),
            Some(allegation(ids[2], 3)),
        );
        event(ids[2], "chief-response", Some("yes"), None);
        // Case 3: no allegation left (moved to case 4, whose own follow).
        db.execute(
            "UPDATE allegations SET case_id = ?2, seq = seq + 10 WHERE case_id = ?1",
            [ids[3], ids[4]],
        )
        .unwrap();
        event(ids[3], "chief-response", Some("no"), None);
        event(ids[4], "chief-response", Some("yes"), None);
        // Case 5, still open: a response with no answer.
        event(ids[5], "chief-response", None, None);
        db.execute(
            "UPDATE cases SET status = 'closed', closed = '2025-05-02' WHERE id <> ?1",
            [ids[5]],
        )
        .unwrap();
        drop(db);
        let (from, to) = (d("2025-01-01"), d("2025-12-31"));
        let public = Scope::ClosedBy(d("2025-12-31"));
        let (ranged, joined) = both_comparisons(&mut s, (from, to), public);
        assert_eq!(format!("{ranged:?}"), format!("{joined:?}"));
        // Case 0 twice over its two allegations; case 1's allegation 1
        // four times, its 2 once; case 2's three; case 4's four.
        assert_eq!(ranged.len(), 4 + 5 + 3 + 4, "{ranged:?}");
        assert!(ranged.iter().any(|r| r.panel_finding.is_none()));
        assert!(ranged
            .iter()
            .all(|r| *r.case != *numbers[3] && *r.case != *numbers[5]));
        // In the office's version the response with no answer is in scope.
        s.store
            .read(|tx| {
                assert!(tx
                    .chief_comparison_ranged(from, to, Scope::All, usize::MAX)
                    .is_err());
                assert!(tx.chief_comparison_joined(from, to, Scope::All).is_err());
                Ok(())
            })
            .unwrap();
    }

    /// The comparison read a range of ids at a time and joined here (a
    /// file's) gives the rows the one SQL join gives (a server's), in the
    /// same order: over cases answered one after another and far apart,
    /// findings and the Department's actions corrected, a response
    /// retracted and given again, cases not closed (the public version
    /// leaves them out), cases not answered or answered after the period.
    #[test]
    fn the_chief_comparison_read_in_ranges_is_the_one_joined() {
        let mut s = store("miami-cip");
        let numbers: Vec<String> = (0..80)
            .map(|i| s.case(Source::Direct, false, "2025-01-06", 1 + i % 3))
            .collect();
        s.write(|tx| {
            for (i, n) in numbers.iter().enumerate() {
                // Twenty in a row, then one in twenty-five (runs of one),
                // then five in a row again.
                if !(i < 20 || i % 25 == 0 || (70..75).contains(&i)) {
                    continue;
                }
                let date = if i % 7 == 0 {
                    "2026-01-05"
                } else {
                    "2025-04-01"
                };
                let discipline = (i % 4 == 0).then_some("written reprimand");
                answered(tx, n, date, discipline, i % 2 == 0);
            }
            corrected(tx, &numbers[3], "finding", Some("exonerated"));
            corrected(tx, &numbers[5], "department-action", Some("sustained"));
            // Retracted and given again: the first response's action stays.
            corrected(tx, &numbers[8], "chief-response", None);
            let again = Step {
                result: Some("yes".into()),
                extra: vec![Event {
                    allegation: Some(1),
                    result: Some("exonerated".into()),
                    ..Event::new("department-action", d("2025-04-02"))
                }],
                ..Step::new(&numbers[8], "chief-response", d("2025-04-02"))
            };
            record(tx, &again, d("2026-06-30"))?;
            Ok(())
        })
        .unwrap();
        let (from, to) = (d("2025-01-01"), d("2025-12-31"));
        let key = |r: &ChiefComparison| (r.response_date, r.case.clone(), r.allegation);
        for scope in [Scope::All, Scope::ClosedBy(d("2025-12-31"))] {
            let (ranged, joined) = both_comparisons(&mut s, (from, to), scope);
            assert!(ranged.len() > 20, "{ranged:?}");
            // Past the most runs asked for, none are read (a server then
            // joins); a file's comparison is the one read in ranges.
            let (capped, chosen) = s
                .store
                .read(|tx| {
                    Ok((
                        tx.chief_comparison_ranged(from, to, scope, 2)?,
                        tx.chief_comparison(from, to, scope)?,
                    ))
                })
                .unwrap();
            assert!(capped.is_none());
            assert_eq!(format!("{chosen:?}"), format!("{ranged:?}"));
            // In the same order, and the same rows (ties within an
            // allegation, its several actions, have no order).
            let keys = |rows: &[ChiefComparison]| rows.iter().map(key).collect::<Vec<_>>();
            assert_eq!(keys(&ranged), keys(&joined), "{scope:?}");
            let sorted = |rows: &[ChiefComparison]| {
                let mut rows: Vec<String> = rows.iter().map(|r| format!("{r:?}")).collect();
                rows.sort();
                rows
            };
            assert_eq!(sorted(&ranged), sorted(&joined), "{scope:?}");
            // What the case set out to cover is in it (the corrected cases
            // are not closed).
            let has = |f: &dyn Fn(&ChiefComparison) -> bool| ranged.iter().any(f);
            let open = scope == Scope::All;
            assert_eq!(
                open,
                has(&|r| r.panel_finding.as_deref() == Some("exonerated"))
            );
            assert_eq!(
                open,
                has(&|r| r.department_finding.as_deref() == Some("sustained"))
            );
            assert!(has(&|r| r.discipline.is_some()));
            assert!(has(&|r| r.department_finding.is_none()));
            let twice = ranged
                .iter()
                .filter(|r| *r.case == *numbers[8] && r.allegation == 1)
                .count();
            assert_eq!(twice, 2, "{ranged:?}");
        }
    }

    /// Who had a case is the same whether kept in a table by id or in a
    /// map, and a range far wider than what is looked up in it is a map.
    #[test]
    fn who_had_each_case_in_a_table_and_in_a_map() {
        assert!(matches!(Who::new(10, 20, 1), Who::Table(10, ref t) if t.len() == 11));
        assert!(matches!(Who::new(1, 1 << 20, 1 << 16), Who::Table(..)));
        assert!(matches!(Who::new(1, 1 << 40, 1 << 16), Who::Map(..)));
        assert!(matches!(Who::new(i64::MIN, i64::MAX, 0), Who::Map(..)));
        for mut who in [Who::Table(10, vec![0; 11]), Who::Map(HashMap::new())] {
            who.set(10, 0);
            who.set(12, 3);
            // Reassigned: the last one read stands.
            who.set(12, 1);
            who.set(20, 2);
            let got: Vec<Option<u32>> = [10, 11, 12, 20, 9, 21, i64::MIN, i64::MAX]
                .into_iter()
                .map(|case| who.get(case))
                .collect();
            assert_eq!(
                got,
                [Some(0), None, Some(1), Some(2), None, None, None, None]
            );
        }
    }

    /// The deadlines per investigator are each case's deadlines due in the
    /// period, under the investigator it had on the period's last day,
    /// counted as SPEC counts them (met, still open, due): checked against
    /// the same counted case by case from each case's stored deadlines.
    #[test]
    fn deadlines_per_investigator_fall_to_the_investigator_of_the_last_day() {
        let mut s = store("miami-cip");
        let (from, to, as_of) = (d("2025-01-01"), d("2025-12-31"), d("2026-01-15"));
        let a = s.case(Source::Direct, false, "2025-02-03", 2);
        let b = s.case(Source::Direct, true, "2025-05-12", 1);
        let c = s.case(Source::Direct, false, "2025-11-20", 1);
        s.case(Source::Direct, false, "2025-07-01", 1);
        s.write(|tx| {
            assign(tx, &a, ("--to", "kim"), d("2025-02-04"), as_of)?;
            // Passed on within the year: the later investigator's.
            assign(tx, &b, ("--to", "kim"), d("2025-05-12"), as_of)?;
            assign(tx, &b, ("--to", "lee"), d("2025-06-02"), as_of)?;
            // Assigned only after the year: nobody's that year.
            assign(tx, &c, ("--to", "lee"), d("2026-01-05"), as_of)?;
            record(tx, &Step::new(&a, "notify-pd", d("2025-02-05")), as_of)?;
            Ok(())
        })
        .unwrap();
        let (due, open) = s
            .store
            .read(|tx| tx.by_investigator(from, to, as_of))
            .unwrap();
        // Open on the last day: a and b, each under its investigator then.
        assert_eq!(open, [("kim".to_string(), 1), ("lee".to_string(), 1)]);
        let got: BTreeMap<(String, String), (i64, i64, i64)> = due
            .into_iter()
            .map(|(who, t)| ((who, t.rule), (t.met, t.open, t.due)))
            .collect();
        let expected = s
            .store
            .read(|tx| {
                let mut out = BTreeMap::new();
                for (number, who) in [(&a, "kim"), (&b, "lee")] {
                    for dl in tx.stored_deadlines(tx.case(number)?.id)? {
                        if dl.due < from || dl.due > to {
                            continue;
                        }
                        let t = out
                            .entry((who.to_string(), dl.rule.clone()))
                            .or_insert((0, 0, 0));
                        t.0 += i64::from(dl.satisfied_on.is_some_and(|s| s <= dl.due));
                        t.1 += i64::from(
                            dl.satisfied_on.is_none()
                                && (dl.suspended_since.is_some() || dl.due >= as_of),
                        );
                        t.2 += 1;
                    }
                }
                Ok(out)
            })
            .unwrap();
        assert_eq!(got, expected);
        // The case covers what it means to: both investigators, a deadline
        // met and one missed.
        assert!(got.keys().any(|k| k.0 == "kim") && got.keys().any(|k| k.0 == "lee"));
        assert!(got.values().any(|t| t.0 > 0), "{got:?}");
        assert!(got.values().any(|t| t.2 > t.0 + t.1), "{got:?}");
    }
}

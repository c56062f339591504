//! Allegation rows and another system's history: the SQL behind `export
//! cases` and `import`.

use std::collections::HashMap;

use crate::store::db::{param_refs, params};
use chrono::{Datelike, NaiveDate};

use super::officers::EFFECTIVE_FINDING_ALL;
use super::queries::now;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::store::records::*;
use crate::store::Tx;

/// Each case a batch wrote, in order: its id, and its officers the roster
/// names otherwise.
pub type WrittenCases = Vec<(i64, Vec<OtherName>)>;

impl Tx<'_> {
    /// One row per allegation, for cases received in `[from, to]` (all when
    /// `None`), oldest first, each handed to `f` as it is read.
    pub fn each_export_row(
        &self,
        range: Option<(NaiveDate, NaiveDate)>,
        (personal, with_fields): (bool, bool),
        mut f: impl FnMut(AllegationRow) -> Result<()>,
    ) -> Result<()> {
        // The optional fields, one lookup each, only when asked for.
        let fields: String = if with_fields {
            crate::model::FIELDS
                .iter()
                .map(|name| {
                    if crate::model::CASE_FIELDS.contains(name) {
                        format!(
                            ", (SELECT value FROM field_values WHERE case_id = c.id \
                             AND allegation_id IS NULL AND name = '{name}')"
                        )
                    } else {
                        format!(
                            ", (SELECT value FROM field_values WHERE allegation_id = a.id \
                             AND name = '{name}')"
                        )
                    }
                })
                .collect()
        } else {
            String::new()
        };
        let sql = format!(
            "SELECT c.number, c.received, c.incident_date, c.source, c.criminal, c.status,
                    c.closed, c.out_of_time, coalesce(ofc.name, co.name), co.badge, a.category,
                    f.result, f.reason, f.date,
                    {personal} {fields}
             FROM cases c
             -- Cases drive the scan, in the index's order: no sort of the
             -- whole answer, only of each case's allegations.
             CROSS JOIN allegations a ON a.case_id = c.id
             JOIN case_officers co ON co.id = a.case_officer_id
             LEFT JOIN officers ofc ON ofc.badge = co.badge AND co.badge <> 'unknown'
             LEFT JOIN ({EFFECTIVE_FINDING_ALL}) f ON f.allegation_id = a.id
             {where_}
             ORDER BY c.received, c.number, a.seq",
            // Without personal data (a public file), the complainants and
            // the summary are not even read: a login that may not read
            // them (an analyst's) makes the file all the same.
            personal = if personal {
                "(SELECT group_concat(name, '; ') FROM
                    (SELECT name FROM complainants WHERE case_id = c.id ORDER BY id) AS n),
                 c.summary"
            } else {
                "NULL, ''"
            },
            // A year is read through the received-date index; an `?1 IS
            // NULL OR` would keep SQLite off it even for an empty year.
            where_ = if range.is_some() {
                "WHERE c.received >= ?1 AND c.received <= ?2"
            } else {
                ""
            }
        );
        let dates: Vec<String> = range
            .map(|(f, t)| vec![fmt_date(f), fmt_date(t)])
            .unwrap_or_default();
        let mut st = self.tx.prepare(&sql)?;
        st.query_for_each(
            &param_refs(&dates),
            |r| {
                let opt = |i: usize| -> Result<String> {
                    Ok(r.get::<Option<String>>(i)?.unwrap_or_default())
                };
                Ok(AllegationRow {
                    case: r.get(0)?,
                    received: r.get(1)?,
                    incident_date: opt(2)?,
                    source: r.get(3)?,
                    criminal: r.get(4)?,
                    status: r.get(5)?,
                    closed: opt(6)?,
                    out_of_time: r.get(7)?,
                    officer_name: r.get(8)?,
                    badge: r.get(9)?,
                    category: r.get(10)?,
                    finding: opt(11)?,
                    finding_reason: opt(12)?,
                    finding_date: opt(13)?,
                    complainants: opt(14)?,
                    summary: r.get(15)?,
                    fields: if with_fields {
                        (16..16 + crate::model::FIELDS.len())
                            .map(opt)
                            .collect::<Result<_>>()?
                    } else {
                        Vec::new()
                    },
                })
            },
            |row| {
                f(row)?;
                Ok(())
            },
        )?;
        Ok(())
    }

    pub(in crate::store) fn put_field(
        &self,
        case_id: i64,
        allegation_id: Option<i64>,
        name: &str,
        value: &str,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO field_values (case_id, allegation_id, name, value)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![case_id, allegation_id, name, value])?;
        Ok(())
    }

    /// A case's optional fields, the case's first, then by allegation.
    pub fn fields_of(&self, case_id: i64) -> Result<Vec<FieldValue>> {
        Ok(super::queries::without_case(
            self.fields_in(case_id, case_id)?,
        ))
    }

    /// The optional fields of every case whose id is in `from..=to`, by
    /// case.
    pub(in crate::store) fn fields_in(&self, from: i64, to: i64) -> Result<Vec<(i64, FieldValue)>> {
        self.tx
            .prepare_cached(
                "SELECT a.seq, f.name, f.value, f.case_id FROM field_values f
                 LEFT JOIN allegations a ON a.id = f.allegation_id
                 WHERE f.case_id BETWEEN ?1 AND ?2
                 ORDER BY f.case_id, coalesce(a.seq, 0), f.name",
            )?
            .query_map(params![from, to], |r| {
                Ok((
                    r.get(3)?,
                    FieldValue {
                        allegation: r.get(0)?,
                        name: r.get(1)?,
                        value: r.get(2)?,
                    },
                ))
            })
    }

    /// Is there a case with this number?
    pub fn case_exists(&self, number: &str) -> Result<bool> {
        self.tx
            .prepare_cached("SELECT 1 FROM cases WHERE number = ?1")?
            .exists(params![number])
    }

    /// Insert cases from another system's history, each with its own
    /// number, parties, allegations and events (received, findings,
    /// close), a table at a time for the whole batch: an import writes its
    /// cases a few dozen to each statement, where one case at a time made
    /// seven statements a case. Their deadlines are the caller's business.
    /// Returns each case's id, and each of its officers the roster already
    /// has under another name (the case keeps its name, the roster its own,
    /// and the caller says so), in the order given. Or the place in `cases`
    /// and the number of the first whose number the store already has: then
    /// the cases before it may be written in part, and the write is to be
    /// given up.
    ///
    /// `roster` holds the roster's name of each badge met so far in this
    /// write: a badge is put on the roster, or its name there read, once
    /// (an import names each officer in many cases, and the roster does not
    /// change under it).
    ///
    /// Each case's content as written is kept for its state (the case is
    /// moved into it): it is not read back.
    pub fn insert_historic_cases(
        &mut self,
        cases: Vec<HistoricCase>,
        roster: &mut HashMap<String, String>,
    ) -> Result<std::result::Result<WrittenCases, (usize, String)>> {
        let (created_at, who) = (now(), self.who.to_string());
        let text = |s: &str| Cell::Text(s.to_string());
        let date = |d: Option<NaiveDate>| d.map_or(Cell::Null, |d| Cell::Text(fmt_date(d)));
        let anonymous =
            |c: &HistoricCase| c.complainants.is_empty() && c.source.needs_complainant();
        let status = |c: &HistoricCase| if c.closed.is_some() { "closed" } else { "open" };
        let mut cells: Vec<Cell> = Vec::with_capacity(cases.len() * 13);
        for c in &cases {
            cells.extend([
                text(&c.number),
                date(Some(c.received)),
                date(c.incident_date),
                text(c.source.as_str()),
                Cell::Int(c.criminal.into()),
                Cell::Int(anonymous(c).into()),
                text(&c.summary),
                text(status(c)),
                date(c.closed),
                Cell::Int(c.out_of_time.into()),
                text(&created_at),
                text(&who),
                Cell::Int(1),
            ]);
        }
        // One statement tells a number already taken and writes the cases
        // (they are not read back, which on SQLite cost a tenth of the
        // import).
        let case_ids = self.tx.insert_rows_ids_then(
            "INSERT INTO cases (number, received, incident_date, source, criminal,
                anonymous, summary, status, closed, out_of_time, created_at, created_by,
                imported)",
            13,
            &param_refs(&cells),
            "ON CONFLICT (number) DO NOTHING",
        )?;
        if case_ids.len() != cases.len() {
            for (i, c) in cases.iter().enumerate() {
                let id: i64 = self.tx.query_row(
                    "SELECT id FROM cases WHERE number = ?1",
                    params![c.number],
                    |r| r.get(0),
                )?;
                if case_ids.binary_search(&id).is_err() {
                    return Ok(Err((i, c.number.clone())));
                }
            }
            return Err(Error::store(format!(
                "store error: {} of {} case(s) written",
                case_ids.len(),
                cases.len()
            )));
        }
        // Each case's officers, in the order its allegations first name
        // them; each allegation's officer by place among the batch's.
        cells.clear();
        let mut complainants: Vec<Cell> = Vec::new();
        let mut officers: Vec<Vec<(String, String)>> = Vec::with_capacity(cases.len());
        let mut officer_of: Vec<usize> = Vec::new();
        let mut renamed: Vec<Vec<OtherName>> = Vec::with_capacity(cases.len());
        for (c, &case_id) in cases.iter().zip(&case_ids) {
            for name in &c.complainants {
                complainants.extend([Cell::Int(case_id), text(name)]);
            }
            let (mut theirs, mut other_names) = (Vec::new(), Vec::new());
            let mut place: HashMap<&str, usize> = HashMap::new();
            for a in &c.allegations {
                if let Some(k) = place.get(a.badge.as_str()) {
                    officer_of.push(*k);
                    continue;
                }
                let k = cells.len() / 3;
                place.insert(&a.badge, k);
                officer_of.push(k);
                cells.extend([Cell::Int(case_id), text(&a.officer_name), text(&a.badge)]);
                theirs.push((a.officer_name.clone(), a.badge.clone()));
                if a.badge == crate::model::UNKNOWN_BADGE {
                    continue;
                }
                let on_file = match roster.get(&a.badge) {
                    Some(name) => name.clone(),
                    None => {
                        // A new badge is put on the roster; one on it under
                        // another name gives that name back (the roster's
                        // row is left as it was), the same name nothing.
                        let other: Option<String> = self
                            .tx
                            .prepare_cached(
                                "INSERT INTO officers (badge, name) VALUES (?1, ?2)
                                 ON CONFLICT (badge) DO UPDATE SET name = officers.name
                                 WHERE officers.name <> excluded.name
                                 RETURNING name",
                            )?
                            .query_opt(params![a.badge, a.officer_name], |r| r.get(0))?;
                        let name = other.unwrap_or_else(|| a.officer_name.clone());
                        roster.insert(a.badge.clone(), name.clone());
                        name
                    }
                };
                if on_file != a.officer_name {
                    other_names.push(OtherName {
                        badge: a.badge.clone(),
                        on_file,
                        given: a.officer_name.clone(),
                    });
                }
            }
            officers.push(theirs);
            renamed.push(other_names);
        }
        self.tx.insert_rows(
            "INSERT INTO complainants (case_id, name)",
            2,
            &param_refs(&complainants),
        )?;
        let officer_ids = self.tx.insert_rows_ids(
            "INSERT INTO case_officers (case_id, name, badge)",
            3,
            &param_refs(&cells),
        )?;
        cells.clear();
        for (c, &case_id) in cases.iter().zip(&case_ids) {
            for (seq, a) in c.allegations.iter().enumerate() {
                let officer = officer_ids[officer_of[cells.len() / 4]];
                cells.extend([
                    Cell::Int(case_id),
                    Cell::Int(seq as i64 + 1),
                    text(&a.category),
                    Cell::Int(officer),
                ]);
            }
        }
        let allegation_ids = self.tx.insert_rows_ids(
            "INSERT INTO allegations (case_id, seq, category, case_officer_id)",
            4,
            &param_refs(&cells),
        )?;
        // The fields in the order a read gives them: the case's first, then
        // by allegation, each by name (the maps' order). Each case's events:
        // received, its findings, its close.
        cells.clear();
        let mut event_cells: Vec<Cell> = Vec::new();
        let mut events: Vec<Vec<Event>> = Vec::with_capacity(cases.len());
        let mut numbers: HashMap<i32, i64> = HashMap::new();
        let mut first_allegation = 0;
        for (c, &case_id) in cases.iter().zip(&case_ids) {
            let ids = &allegation_ids[first_allegation..first_allegation + c.allegations.len()];
            first_allegation += c.allegations.len();
            let mut field = |allegation: Option<i64>, name: &str, value: &str| {
                cells.extend([
                    Cell::Int(case_id),
                    allegation.map_or(Cell::Null, Cell::Int),
                    text(name),
                    text(value),
                ])
            };
            for (name, value) in &c.fields {
                field(None, name, value);
            }
            // Each event with its allegation's row, if it names one.
            let mut theirs = vec![(Event::new("received", c.received), None)];
            for (seq, (a, &id)) in c.allegations.iter().zip(ids).enumerate() {
                for (name, value) in &a.fields {
                    field(Some(id), name, value);
                }
                if let Some((finding, reason, date)) = &a.finding {
                    let finding = Event {
                        result: Some(finding.clone()),
                        reason: reason.clone(),
                        allegation: Some(seq as i64 + 1),
                        ..Event::new("finding", *date)
                    };
                    theirs.push((finding, Some(id)));
                }
            }
            if let Some(d) = c.closed {
                let close = Event {
                    result: c.out_of_time.then(|| "out-of-time".to_string()),
                    note: Some("imported".into()),
                    ..Event::new("close", d)
                };
                theirs.push((close, None));
            }
            for (e, allegation) in &theirs {
                let opt = |v: &Option<String>| v.as_deref().map_or(Cell::Null, text);
                event_cells.extend([
                    Cell::Int(case_id),
                    text(&e.kind),
                    date(Some(e.date)),
                    opt(&e.result),
                    opt(&e.note),
                    date(e.until),
                    allegation.map_or(Cell::Null, Cell::Int),
                    opt(&e.reason),
                    e.supersedes.map_or(Cell::Null, Cell::Int),
                    text(&created_at),
                    text(&who),
                ]);
            }
            events.push(theirs.into_iter().map(|(e, _)| e).collect());
            if let Some((year, seq)) = numbered(&c.number) {
                let last = numbers.entry(year).or_insert(seq);
                *last = (*last).max(seq);
            }
        }
        self.tx.insert_rows(
            "INSERT INTO field_values (case_id, allegation_id, name, value)",
            4,
            &param_refs(&cells),
        )?;
        let event_ids = self.tx.insert_rows_ids(
            "INSERT INTO events (case_id, kind, date, result, note, until, allegation_id,
                reason, supersedes, recorded_at, recorded_by)",
            11,
            &param_refs(&event_cells),
        )?;
        drop((cells, event_cells, complainants));
        // New intake numbers continue after the imported ones.
        for (year, seq) in numbers {
            self.tx
                .prepare_cached(
                    "INSERT INTO case_numbers (year, last) VALUES (?1, ?2)
                     ON CONFLICT (year) DO UPDATE SET last = CASE WHEN excluded.last > case_numbers.last
                        THEN excluded.last ELSE case_numbers.last END",
                )?
                .execute(params![year, seq])?;
        }
        // Each case's content as written, in the order a read gives each
        // part.
        let mut event_ids = event_ids.into_iter();
        let mut out = Vec::with_capacity(cases.len());
        let parts = officers.into_iter().zip(renamed).zip(events);
        for ((c, case_id), ((officers, renamed), events)) in
            cases.into_iter().zip(case_ids).zip(parts)
        {
            let (anonymous, status) = (anonymous(&c), status(&c));
            let mut fields = Vec::new();
            for (name, value) in c.fields {
                fields.push(FieldValue {
                    allegation: None,
                    name,
                    value,
                });
            }
            let mut allegations = Vec::with_capacity(c.allegations.len());
            for (seq, a) in c.allegations.into_iter().enumerate() {
                let n = seq as i64 + 1;
                for (name, value) in a.fields {
                    fields.push(FieldValue {
                        allegation: Some(n),
                        name,
                        value,
                    });
                }
                allegations.push((n, a.category, a.badge));
            }
            let events = events
                .into_iter()
                .zip(event_ids.by_ref())
                .map(|(event, id)| EventRecord {
                    id,
                    event,
                    superseded_by: None,
                    recorded_at: created_at.clone(),
                    recorded_by: who.clone(),
                })
                .collect();
            let roster_names = renamed
                .iter()
                .map(|o| (o.badge.clone(), o.on_file.clone()))
                .collect();
            self.touch_written(CaseContent {
                case: CaseRecord {
                    id: case_id,
                    number: c.number,
                    received: c.received,
                    incident_date: c.incident_date,
                    aware_date: None,
                    source: c.source,
                    criminal: c.criminal,
                    anonymous,
                    summary: c.summary,
                    status: status.into(),
                    closed: c.closed,
                    out_of_time: c.out_of_time,
                    late_vote: None,
                    created_at: created_at.clone(),
                    created_by: who.clone(),
                    imported: true,
                },
                imported: true,
                complainants: c.complainants,
                officers,
                allegations,
                events,
                fields,
                assignments: Vec::new(),
                roster: roster_names,
                subpoenas: Vec::new(),
            });
            out.push((case_id, renamed));
        }
        Ok(Ok(out))
    }
}

/// `2025-0042` (or with a prefix, `CIP-2025-0042`) -> (2025, 42); other
/// numbering schemes -> None.
fn numbered(number: &str) -> Option<(i32, i64)> {
    let (rest, n) = number.rsplit_once('-')?;
    let y = rest.get(rest.len().checked_sub(4)?..)?;
    let year: i32 = y.parse().ok()?;
    (y.len() == 4 && (1900..=9999).contains(&year) && !n.is_empty())
        .then_some(())
        .and_then(|_| n.parse().ok().map(|n| (year, n)))
        .filter(|_| NaiveDate::from_ymd_opt(year, 1, 1).is_some_and(|d| d.year() == year))
}

//! Cases, their parties, events and deadlines, the case numbers, the meta
//! table and the local holidays. Values cross this boundary as the records
//! of `store::records`; dates are stored as `YYYY-MM-DD` text so they sort
//! and compare.

use crate::store::db::{param_refs, params, Db, Engine, Param, Row};
use crate::store::sql::tallies::TallyChange;
use chrono::{NaiveDate, Utc};

use crate::error::{Error, Result};
use crate::model::{fmt_date, Source, Vote};
use crate::rules::deadlines::{Deadline, EventFact};
use crate::rules::Calendar;
use crate::store::records::*;
use crate::store::Tx;

pub(in crate::store) fn now() -> String {
    use chrono::{Datelike, Timelike};
    let t = Utc::now();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

pub(in crate::store) fn init_meta(conn: &Db, new: &crate::store::NewStore<'_>) -> Result<()> {
    let mut st = conn.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    st.execute(params!["profile_name", new.profile_name])?;
    st.execute(params!["profile", new.profile_text])?;
    st.execute(params!["created_at", now()])?;
    st.execute(params![
        DEADLINE_ENGINE_KEY,
        new.deadline_engine.to_string()
    ])?;
    Ok(())
}

/// The meta key recording which version of the deadline arithmetic computed
/// the stored deadlines (absent: version 1).
pub(in crate::store) const DEADLINE_ENGINE_KEY: &str = "deadline_engine";

pub(in crate::store) fn deadline_engine(conn: &Db) -> Result<u32> {
    Ok(conn
        .query_opt(
            "SELECT value FROM meta WHERE key = ?1",
            params![DEADLINE_ENGINE_KEY],
            |r| r.get::<String>(0),
        )?
        .and_then(|v| v.parse().ok())
        .unwrap_or(1))
}

pub(in crate::store) fn profile_text(conn: &Db) -> Result<String> {
    conn.query_opt(
        "SELECT value FROM meta WHERE key = 'profile'",
        params![],
        |r| r.get(0),
    )?
    .ok_or_else(|| Error::store("the store has no profile (was it created by oversight?)"))
}

pub(in crate::store) fn load_calendar(conn: &Db) -> Result<Calendar> {
    // A few dozen rows, read by every transaction: in one round trip.
    let rows = conn
        .prepare_cached("SELECT date, name, kind FROM holidays")?
        .query_map(params![], |r| {
            Ok((r.date(0)?, r.get::<String>(1)?, r.get::<String>(2)?))
        })?;
    let mut added = Vec::new();
    let mut removed = Vec::new();
    for (d, name, kind) in rows {
        if kind == "add" {
            added.push((d, name));
        } else {
            removed.push(d);
        }
    }
    Ok(Calendar::with_local(added, removed))
}

/// The rows of one case, without the case id they were read with.
pub(in crate::store) fn without_case<T>(rows: Vec<(i64, T)>) -> Vec<T> {
    rows.into_iter().map(|(_, r)| r).collect()
}

/// The events the rules see, of a case's timeline: those no later event
/// supersedes, without retractions.
pub fn effective<'a>(events: impl IntoIterator<Item = &'a EventRecord>) -> Vec<EventFact> {
    events
        .into_iter()
        .filter(|e| e.superseded_by.is_none() && e.kind != RETRACTED)
        .map(|e| EventFact {
            seq: e.id,
            kind: e.event.kind.clone(),
            date: e.event.date,
            result: e.event.result.clone(),
            until: e.event.until,
            allegation: e.event.allegation,
        })
        .collect()
}

pub(super) const CASE_COLUMNS: &str =
    "id, number, received, incident_date, aware_date, source, criminal, \
     anonymous, summary, status, closed, out_of_time, late_vote_date, late_vote_yes, \
     late_vote_no, created_at, created_by, imported, late_vote_seated";

pub(super) fn case_from_row(r: &Row) -> Result<CaseRecord> {
    let source: String = r.get(5)?;
    let late_vote = match r.opt_date(12)? {
        Some(date) => Some(Vote {
            date,
            yes: r.get(13)?,
            no: r.get(14)?,
            seated: r.get(18)?,
        }),
        None => None,
    };
    Ok(CaseRecord {
        id: r.get(0)?,
        number: r.get(1)?,
        received: r.date(2)?,
        incident_date: r.opt_date(3)?,
        aware_date: r.opt_date(4)?,
        source: Source::parse(&source)
            .ok_or_else(|| Error::store(format!("store error: unknown source '{source}'")))?,
        criminal: r.get(6)?,
        anonymous: r.get(7)?,
        summary: r.get(8)?,
        status: r.get(9)?,
        closed: r.opt_date(10)?,
        out_of_time: r.get(11)?,
        late_vote,
        created_at: r.get(15)?,
        created_by: r.get(16)?,
        imported: r.get(17)?,
    })
}

/// Open deadlines due in `[?2, ?3]` as of `?1`, with matter deadlines, in
/// the order `overdue` and `due` give them. Public so the benchmark can ask
/// the sqlite3 shell the very same question. Each deadline's case is
/// looked up by its id (a scalar subquery, not a join): PostgreSQL would
/// otherwise hash the whole cases table for a few thousand deadlines
/// (measured at 100,000 cases: 48 ms of a 54 ms `overdue`; looked up, 13).
/// Once, not twice: the lookup gives the number of a case still open (what
/// the filter needs) and the rare deadline that runs after a close looks
/// its case up again; MATERIALIZED keeps PostgreSQL from inlining the
/// lookup into both the filter and the output (10,191 buffers instead of
/// 18,939 at 100,000, `EXPLAIN (ANALYZE, BUFFERS)`).
pub const OPEN_DEADLINES_SQL: &str = "
            WITH d AS MATERIALIZED (
                SELECT u.case_id, u.rule, u.title, u.basis, u.start, u.due, u.out_of_time,
                       u.after_close,
                       (SELECT CASE WHEN c.closed IS NULL OR c.closed > ?1 THEN c.number END
                          FROM cases c WHERE c.id = u.case_id) AS live_number
                FROM (
                    SELECT * FROM deadlines
                     WHERE satisfied_on IS NULL AND due >= ?2 AND due <= ?3
                    UNION ALL
                    SELECT * FROM deadlines INDEXED BY deadlines_satisfied
                     WHERE satisfied_on IS NOT NULL AND satisfied_on > ?1 AND due >= ?2
                       AND due <= ?3
                ) u
                WHERE u.owner = 'office' AND u.start <= ?1 AND u.suspended_since IS NULL
            )
            SELECT coalesce(d.live_number, (SELECT c.number FROM cases c WHERE c.id = d.case_id)),
                   d.rule, d.title, d.basis, d.start, d.due, d.out_of_time, NULL,
                   (SELECT s.login FROM assignments s WHERE s.case_id = d.case_id
                     ORDER BY s.date DESC, s.id DESC LIMIT 1)
            FROM d
            WHERE d.live_number IS NOT NULL OR d.after_close = 1
            UNION ALL
            SELECT m.number, md.rule, md.title, md.basis, md.start, md.due, 0,
                   nullif(md.recipient, ''), NULL
            FROM matter_deadlines md JOIN matters m ON m.id = md.matter_id
            WHERE (md.satisfied_on IS NULL OR md.satisfied_on > ?1)
              AND md.due >= ?2 AND md.due <= ?3 AND md.start <= ?1
            ORDER BY 6, 1, 2, 8";

impl Tx<'_> {
    /// Record a new case with its parties, allegations and intake events.
    /// Returns the case as stored and its timeline as the rules see it (the
    /// events just written, in timeline order: a new case has no others),
    /// so its deadlines are computed without reading it back.
    pub fn insert_case(&mut self, c: &NewCase) -> Result<(CaseRecord, Vec<EventFact>)> {
        let user = self.who.to_string();
        let year = chrono::Datelike::year(&c.received);
        let next: i64 = self.tx.query_row(
            "INSERT INTO case_numbers (year, last) VALUES (?1, 1)
             ON CONFLICT (year) DO UPDATE SET last = case_numbers.last + 1 RETURNING last",
            params![year],
            |r| r.get(0),
        )?;
        let number = format!("{}{year}-{next:04}", self.case_prefix);
        let created_at = now();
        let case = self
            .tx
            .prepare_cached(&format!(
                "INSERT INTO cases (number, received, incident_date, aware_date, source, criminal,
                anonymous, summary, late_vote_date, late_vote_yes, late_vote_no, created_at,
                created_by, late_vote_seated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
             RETURNING {CASE_COLUMNS}"
            ))?
            .insert_returning(
                params![
                    number,
                    fmt_date(c.received),
                    c.incident_date.map(fmt_date),
                    c.aware_date.map(fmt_date),
                    c.source.as_str(),
                    c.criminal,
                    c.anonymous,
                    c.summary,
                    c.late_vote.map(|v| fmt_date(v.date)),
                    c.late_vote.map(|v| v.yes),
                    c.late_vote.map(|v| v.no),
                    created_at,
                    user,
                    c.late_vote.and_then(|v| v.seated),
                ],
                case_from_row,
            )?;
        let case_id = case.id;
        self.without_deadlines.insert(case_id);
        // The case's whole content as written, for its state at commit
        // (`Tx::touch_written`): it is not read back.
        let mut fields = Vec::new();
        if let Some(channel) = &c.channel {
            self.put_field(case_id, None, "channel", channel)?;
            fields.push(FieldValue {
                allegation: None,
                name: "channel".into(),
                value: channel.clone(),
            });
        }
        {
            let mut st = self
                .tx
                .prepare_cached("INSERT INTO complainants (case_id, name) VALUES (?1, ?2)")?;
            for name in &c.complainants {
                st.execute(params![case_id, name])?;
            }
        }
        let mut officer_ids = Vec::new();
        // The roster's names of the case's officers where they are not the
        // case's (a badge the roster had already).
        let mut roster = Vec::new();
        {
            let mut reg = self.tx.prepare_cached(
                "INSERT INTO officers (badge, name) VALUES (?1, ?2) ON CONFLICT (badge) DO NOTHING",
            )?;
            let mut on_file = self
                .tx
                .prepare_cached("SELECT name FROM officers WHERE badge = ?1")?;
            for o in &c.officers {
                let id = self.tx.insert_id(
                    "INSERT INTO case_officers (case_id, name, badge) VALUES (?1, ?2, ?3)",
                    params![case_id, o.name, o.badge],
                )?;
                officer_ids.push((o.badge.clone(), id));
                if !o.is_identified() || reg.execute(params![o.badge, o.name])? == 0 {
                    let name: Option<String> = on_file.query_opt(params![o.badge], |r| r.get(0))?;
                    if let Some(name) = name.filter(|n| *n != o.name) {
                        roster.push((o.badge.clone(), name));
                    }
                }
            }
        }
        let mut allegation_ids = Vec::with_capacity(c.allegations.len());
        {
            for (i, a) in c.allegations.iter().enumerate() {
                let officer = officer_ids
                    .iter()
                    .find(|(b, _)| *b == a.badge)
                    .map(|(_, id)| *id)
                    .ok_or_else(|| {
                        Error::usage(format!(
                            "--allegation: officer '{}' is not among the case's officers",
                            a.badge
                        ))
                    })?;
                allegation_ids.push(self.tx.insert_id(
                    "INSERT INTO allegations (case_id, seq, category, case_officer_id)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![case_id, i as i64 + 1, a.category, officer],
                )?);
            }
        }
        for (i, name, value) in &c.allegation_fields {
            self.put_field(case_id, Some(allegation_ids[*i]), name, value)?;
            fields.push(FieldValue {
                allegation: Some(*i as i64 + 1),
                name: name.clone(),
                value: value.clone(),
            });
        }
        let mut timeline = Vec::new();
        let mut events = Vec::new();
        for (kind, date) in [
            ("received", Some(c.received)),
            ("chief-decision", c.chief_decision),
            ("ia-file-access", c.ia_file_access),
        ] {
            if let Some(date) = date {
                let event = Event::new(kind, date);
                let id = self.insert_event_at(case_id, &event, &created_at)?;
                timeline.push(EventFact::new(kind, date).with_seq(id));
                events.push(EventRecord {
                    id,
                    event,
                    superseded_by: None,
                    recorded_at: created_at.clone(),
                    recorded_by: user.clone(),
                });
            }
        }
        timeline.sort_by_key(|e| (e.date, e.seq));
        // In the order a read gives them: the case's fields first, then by
        // allegation, each by name.
        fields.sort_by(|a, b| {
            (a.allegation.unwrap_or(0), &a.name).cmp(&(b.allegation.unwrap_or(0), &b.name))
        });
        self.touch_written(CaseContent {
            case: case.clone(),
            imported: false,
            complainants: c.complainants.clone(),
            officers: c
                .officers
                .iter()
                .map(|o| (o.name.clone(), o.badge.clone()))
                .collect(),
            allegations: c
                .allegations
                .iter()
                .enumerate()
                .map(|(i, a)| (i as i64 + 1, a.category.clone(), a.badge.clone()))
                .collect(),
            events,
            fields,
            assignments: Vec::new(),
            roster,
            subpoenas: Vec::new(),
        });
        self.note(
            Some(&case.number),
            format!(
                "case recorded: {} received {}, {} officer(s), {} allegation(s)",
                case.source,
                fmt_date(case.received),
                c.officers.len(),
                c.allegations.len()
            ),
        );
        Ok((case, timeline))
    }

    pub fn case_by_id(&self, id: i64) -> Result<CaseRecord> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1");
        self.tx
            .prepare_cached(&sql)?
            .query_row(params![id], case_from_row)
    }

    /// A case by its number; exit 3 when there is none.
    pub fn case(&self, number: &str) -> Result<CaseRecord> {
        if let Some(c) = self.find_case(number)? {
            return Ok(c);
        }
        // A shortened number (2025-1, 25-1) that stands for one case.
        let mut meant = Vec::new();
        for g in crate::model::case_number_guesses(number, self.case_prefix) {
            if self.find_case(&g)?.is_some() {
                meant.push(g);
            }
        }
        let hint = match meant.as_slice() {
            [] => "case numbers look like 2025-0042; `oversight list` shows them".to_string(),
            [one] => format!("did you mean {one}?"),
            many => format!("did you mean one of {}?", many.join(", ")),
        };
        Err(Error::not_found(format!(
            "no case '{number}' in the store ({hint})"
        )))
    }

    fn find_case(&self, number: &str) -> Result<Option<CaseRecord>> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE number = ?1");
        self.tx
            .prepare_cached(&sql)?
            .query_opt(params![number.trim()], case_from_row)
    }

    pub fn case_detail(&self, number: &str) -> Result<CaseDetail> {
        let case = self.case(number)?;
        let id = case.id;
        // The parties in one query, the names on file in another: an
        // identified officer has one name wherever shown; "unknown" keeps
        // the case's own (a case has one officer a badge).
        let mut parts = self.parts_in(id, id)?;
        let on_file: std::collections::HashMap<String, String> = self
            .tx
            .prepare_cached(
                "SELECT badge, name FROM officers WHERE badge IN
                   (SELECT badge FROM case_officers WHERE case_id = ?1 AND badge <> 'unknown')",
            )?
            .query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .into_iter()
            .collect();
        let officers: Vec<CaseOfficer> = parts
            .officers
            .remove(&id)
            .unwrap_or_default()
            .into_iter()
            .map(|(own, badge)| CaseOfficer {
                name: on_file.get(&badge).cloned().unwrap_or(own),
                badge,
            })
            .collect();
        let allegations = parts
            .allegations
            .remove(&id)
            .unwrap_or_default()
            .into_iter()
            .map(|(seq, category, badge)| AllegationRecord {
                seq,
                category,
                officer: officers
                    .iter()
                    .find(|o| o.badge == badge)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                badge,
            })
            .collect();
        Ok(CaseDetail {
            assignments: parts.assignments.remove(&id).unwrap_or_default(),
            complainants: parts.complainants.remove(&id).unwrap_or_default(),
            officers,
            allegations,
            events: self.events(id)?,
            deadlines: self.stored_deadlines(id)?,
            fields: parts.fields.remove(&id).unwrap_or_default(),
            case,
        })
    }

    /// The whole timeline, superseded events included, in date order.
    pub fn events(&self, case_id: i64) -> Result<Vec<EventRecord>> {
        Ok(without_case(self.events_in(case_id, case_id)?))
    }

    /// The events of every case whose id is in `from..=to`, by case, each
    /// case's in timeline order.
    pub(in crate::store) fn events_in(
        &self,
        from: i64,
        to: i64,
    ) -> Result<Vec<(i64, EventRecord)>> {
        self.tx
            .prepare_cached(
                "SELECT e.id, e.kind, e.date, e.result, e.note, e.supersedes,
                        (SELECT s.id FROM events s WHERE s.supersedes = e.id),
                        e.recorded_at, e.recorded_by, e.until,
                        (SELECT a.seq FROM allegations a WHERE a.id = e.allegation_id),
                        e.reason, e.case_id
                 FROM events e WHERE e.case_id BETWEEN ?1 AND ?2
                 ORDER BY e.case_id, e.date, e.id",
            )?
            .query_map(params![from, to], |r| {
                Ok((
                    r.get(12)?,
                    EventRecord {
                        id: r.get(0)?,
                        event: Event {
                            kind: r.get(1)?,
                            date: r.date(2)?,
                            result: r.get(3)?,
                            note: r.get(4)?,
                            until: r.opt_date(9)?,
                            allegation: r.get(10)?,
                            reason: r.get(11)?,
                            supersedes: r.get(5)?,
                        },
                        superseded_by: r.get(6)?,
                        recorded_at: r.get(7)?,
                        recorded_by: r.get(8)?,
                    },
                ))
            })
    }

    /// The events the rules see: those no later event supersedes, without
    /// retractions.
    pub fn effective_events(&self, case_id: i64) -> Result<Vec<EventFact>> {
        Ok(effective(&self.events(case_id)?))
    }

    /// Append events to a case's timeline.
    pub fn add_events(&mut self, case: &CaseRecord, events: &[Event]) -> Result<()> {
        self.touch(case.id)?;
        for e in events {
            self.insert_event(case.id, e)?;
            let mut detail = format!("{} {}", e.kind, fmt_date(e.date));
            for x in [&e.result, &e.reason].into_iter().flatten() {
                detail.push_str(&format!(" {x}"));
            }
            if let Some(a) = e.allegation {
                detail.push_str(&format!(" (allegation {a})"));
            }
            if let Some(s) = e.supersedes {
                detail.push_str(&format!(" (supersedes event {s})"));
            }
            self.note(Some(&case.number), detail);
        }
        Ok(())
    }

    pub(in crate::store) fn insert_event(&self, case_id: i64, e: &Event) -> Result<i64> {
        self.insert_event_at(case_id, e, &now())
    }

    /// [`Tx::insert_event`], recorded at `recorded_at`.
    fn insert_event_at(&self, case_id: i64, e: &Event, recorded_at: &str) -> Result<i64> {
        let allegation_id: Option<i64> = match e.allegation {
            Some(seq) => Some(
                self.tx
                    .prepare_cached("SELECT id FROM allegations WHERE case_id = ?1 AND seq = ?2")?
                    .query_opt(params![case_id, seq], |r| r.get(0))?
                    .ok_or_else(|| Error::not_found(format!("no allegation {seq} on this case")))?,
            ),
            None => None,
        };
        self.tx.insert_id(
            "INSERT INTO events (case_id, kind, date, result, note, until, allegation_id,
                    reason, supersedes, recorded_at, recorded_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                case_id,
                e.kind,
                fmt_date(e.date),
                e.result,
                e.note,
                e.until.map(fmt_date),
                allegation_id,
                e.reason,
                e.supersedes,
                recorded_at,
                self.who
            ],
        )
    }

    /// Move a case's received date (its `received` event is corrected by the
    /// caller); the case number stays as it was.
    pub fn set_received(&mut self, case: &CaseRecord, on: NaiveDate) -> Result<()> {
        self.touch(case.id)?;
        self.note(
            Some(&case.number),
            format!(
                "received date {} corrected to {}",
                fmt_date(case.received),
                fmt_date(on)
            ),
        );
        self.tx
            .prepare_cached("UPDATE cases SET received = ?2 WHERE id = ?1")?
            .execute(params![case.id, fmt_date(on)])?;
        Ok(())
    }

    /// Reopen a case whose closing was retracted.
    pub fn reopen(&mut self, case: &CaseRecord) -> Result<()> {
        self.touch(case.id)?;
        self.note(Some(&case.number), "reopened (its closing was retracted)");
        self.tx
            .prepare_cached(
                "UPDATE cases SET status = 'open', closed = NULL, out_of_time = 0 WHERE id = ?1",
            )?
            .execute(params![case.id])?;
        Ok(())
    }

    /// Close a case (the `close` step is recorded by the caller).
    pub fn set_closed(
        &mut self,
        case: &CaseRecord,
        on: NaiveDate,
        out_of_time: bool,
    ) -> Result<()> {
        self.touch(case.id)?;
        self.note(
            Some(&case.number),
            format!(
                "status closed {}{}",
                fmt_date(on),
                if out_of_time { " out of time" } else { "" }
            ),
        );
        self.tx
            .prepare_cached(
                "UPDATE cases SET status = 'closed', closed = ?2, out_of_time = ?3 WHERE id = ?1",
            )?
            .execute(params![case.id, fmt_date(on), out_of_time])?;
        Ok(())
    }

    /// The ids of every case, oldest first.
    pub fn case_ids(&self) -> Result<Vec<i64>> {
        self.tx
            .prepare("SELECT id FROM cases ORDER BY id")?
            .query_map(params![], |r| r.get(0))
    }

    /// The ids of the cases with an event of one of `kinds`, in order (by
    /// the index of events by kind and date, which holds each one's case).
    pub fn case_ids_with_events(&self, kinds: &[String]) -> Result<Vec<i64>> {
        if kinds.is_empty() {
            return Ok(Vec::new());
        }
        let marks: Vec<String> = (1..=kinds.len()).map(|i| format!("?{i}")).collect();
        let mut ids: Vec<i64> = self
            .tx
            .prepare(&format!(
                "SELECT DISTINCT case_id FROM events WHERE kind IN ({})",
                marks.join(", ")
            ))?
            .query_map(&param_refs(kinds), |r| r.get(0))?;
        ids.sort_unstable();
        Ok(ids)
    }

    /// Record the version of the deadline arithmetic the stored deadlines
    /// were computed with.
    pub fn set_deadline_engine(&mut self, version: u32) -> Result<()> {
        self.tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![DEADLINE_ENGINE_KEY, version.to_string()],
        )?;
        Ok(())
    }

    /// Keep `computed` as the case's deadlines (computed by the caller),
    /// and on a server their tallies with them (`sql::tallies`; SQLite's
    /// triggers keep its own).
    pub fn replace_deadlines(&mut self, case_id: i64, computed: &[Deadline]) -> Result<()> {
        let tallied_here = self.tx.engine() == Engine::Postgres;
        let mut change = TallyChange::default();
        if !self.without_deadlines.remove(&case_id) {
            if tallied_here {
                self.delete_deadlines_counted(case_id, &mut change)?;
            } else {
                self.tx
                    .prepare_cached("DELETE FROM deadlines WHERE case_id = ?1")?
                    .execute(params![case_id])?;
            }
        }
        // One statement for the case's deadlines, not one a deadline.
        let text = |s: &str| Cell::Text(s.to_string());
        let date = |d: Option<NaiveDate>| d.map_or(Cell::Null, |d| Cell::Text(fmt_date(d)));
        let mut rows: Vec<Cell> = Vec::with_capacity(computed.len() * 12);
        for d in computed {
            rows.extend([
                Cell::Int(case_id),
                text(&d.rule),
                text(&d.title),
                text(&d.basis),
                text(&d.owner),
                date(Some(d.start)),
                date(Some(d.due)),
                date(d.satisfied_on),
                Cell::Int(d.out_of_time_rule.into()),
                Cell::Int(d.after_close.into()),
                Cell::Text(d.notes.join("\n")),
                date(d.suspended_since),
            ]);
        }
        self.tx.insert_rows(
            "INSERT INTO deadlines (case_id, rule, title, basis, owner, start, due, satisfied_on,
                out_of_time, after_close, notes, suspended_since)",
            12,
            &rows.iter().map(|c| c as &dyn Param).collect::<Vec<_>>(),
        )?;
        if tallied_here {
            computed.iter().for_each(|d| change.add(d));
            self.write_tally_change(case_id, change)?;
        }
        Ok(())
    }

    pub fn stored_deadlines(&self, case_id: i64) -> Result<Vec<Deadline>> {
        Ok(without_case(self.stored_deadlines_in(case_id, case_id)?))
    }

    /// The stored deadlines of every case whose id is in `from..=to`, by
    /// case, each case's by due date.
    pub fn stored_deadlines_in(&self, from: i64, to: i64) -> Result<Vec<(i64, Deadline)>> {
        self.tx
            .prepare_cached(
                "SELECT rule, title, basis, owner, start, due, satisfied_on, out_of_time,
                        after_close, notes, suspended_since, case_id
                 FROM deadlines WHERE case_id BETWEEN ?1 AND ?2 ORDER BY case_id, due, rule",
            )?
            .query_map(params![from, to], |r| {
                Ok((
                    r.get(11)?,
                    Deadline {
                        rule: r.get(0)?,
                        title: r.get(1)?,
                        basis: r.get(2)?,
                        owner: r.get(3)?,
                        start: r.date(4)?,
                        due: r.date(5)?,
                        satisfied_on: r.opt_date(6)?,
                        out_of_time_rule: r.get(7)?,
                        after_close: r.get(8)?,
                        notes: r.get::<String>(9)?.lines().map(String::from).collect(),
                        suspended_since: r.opt_date(10)?,
                    },
                ))
            })
    }

    /// Every case whose id is in `from..=to`, in id order.
    pub fn cases_in(&self, from: i64, to: i64) -> Result<Vec<CaseRecord>> {
        let sql =
            format!("SELECT {CASE_COLUMNS} FROM cases WHERE id BETWEEN ?1 AND ?2 ORDER BY id");
        self.tx
            .prepare_cached(&sql)?
            .query_map(params![from, to], case_from_row)
    }

    pub fn list_cases(&self, f: &CaseFilter) -> Result<Vec<CaseSummary>> {
        let mut out = Vec::new();
        self.each_case(f, |r| {
            out.push(r);
            Ok(())
        })?;
        Ok(out)
    }

    /// As [`Tx::list_cases`], handing each case to `f` as it is read.
    pub fn each_case(
        &self,
        f: &CaseFilter,
        mut each: impl FnMut(CaseSummary) -> Result<()>,
    ) -> Result<()> {
        let mut args: Vec<String> = Vec::new();
        // As of a day: a case closed after it was open then, and one
        // received after it was not there yet (?1 is the day).
        let (status, closed, assignee) = match f.as_of {
            Some(day) => {
                args.push(crate::model::fmt_date(day));
                (
                    "CASE WHEN c.closed <= ?1 THEN 'closed' ELSE 'open' END".to_string(),
                    "CASE WHEN c.closed <= ?1 THEN c.closed END".to_string(),
                    super::assignments::assignee_on(1),
                )
            }
            None => (
                "c.status".to_string(),
                "c.closed".to_string(),
                super::assignments::ASSIGNEE.to_string(),
            ),
        };
        let mut sql = format!(
            "SELECT c.number, c.received, c.source, c.criminal, {status}, {closed},
                    (SELECT group_concat(o.badge, ',') FROM case_officers o WHERE o.case_id = c.id),
                    (SELECT count(*) FROM allegations a WHERE a.case_id = c.id), {assignee}
             FROM cases c WHERE 1 = 1"
        );
        if f.as_of.is_some() {
            sql += " AND c.received <= ?1";
        }
        match (&f.status, f.as_of) {
            (Some(s), None) => {
                args.push(s.clone());
                sql += &format!(" AND c.status = ?{}", args.len());
            }
            (Some(s), Some(_)) if s == "closed" => sql += " AND c.closed <= ?1",
            (Some(_), Some(_)) => sql += " AND (c.closed IS NULL OR c.closed > ?1)",
            (None, _) => {}
        }
        if let Some(y) = f.year {
            args.push(format!("{y:04}-01-01"));
            sql += &format!(" AND c.received >= ?{}", args.len());
            args.push(format!("{y:04}-12-31"));
            sql += &format!(" AND c.received <= ?{}", args.len());
        }
        if let Some(login) = &f.assignee {
            // The cases ever given to the login, by its index; of those, the
            // ones it holds now.
            args.push(login.clone());
            sql += &format!(
                " AND c.id IN (SELECT case_id FROM assignments WHERE login = ?{n})
                  AND {assignee} = ?{n}",
                n = args.len()
            );
        }
        if let Some(b) = &f.badge {
            args.push(b.clone());
            sql += &format!(
                " AND c.id IN (SELECT case_id FROM case_officers WHERE badge = ?{})",
                args.len()
            );
        }
        sql += " ORDER BY c.received, c.number";
        let mut st = self.tx.prepare(&sql)?;
        st.query_for_each(
            &param_refs(&args),
            |r| {
                let source: String = r.get(2)?;
                let badges: Option<String> = r.get(6)?;
                Ok(CaseSummary {
                    number: r.get(0)?,
                    received: r.date(1)?,
                    source: Source::parse(&source).unwrap_or(Source::Direct),
                    criminal: r.get(3)?,
                    status: r.get(4)?,
                    closed: r.opt_date(5)?,
                    officers: badges
                        .map(|b| b.split(',').map(String::from).collect())
                        .unwrap_or_default(),
                    allegations: r.get(7)?,
                    assignee: r.get(8)?,
                })
            },
            |row| {
                each(row)?;
                Ok(())
            },
        )?;
        Ok(())
    }

    /// The numbers of a case's allegations, in order.
    pub fn allegation_numbers(&self, case_id: i64) -> Result<Vec<i64>> {
        self.tx
            .prepare_cached("SELECT seq FROM allegations WHERE case_id = ?1 ORDER BY seq")?
            .query_map(params![case_id], |r| r.get(0))
    }

    /// Whether an officer badge appears on any case.
    pub fn badge_known(&self, badge: &str) -> Result<bool> {
        self.tx
            .prepare_cached("SELECT 1 FROM case_officers WHERE badge = ?1 LIMIT 1")?
            .exists(params![badge])
    }

    /// Deadlines the office owns, unsatisfied as of `as_of`, on cases open as
    /// of `as_of`, with a due date in `[from, to]`; oldest first. Two index
    /// ranges: never-satisfied deadlines by due date, and deadlines satisfied
    /// only after `as_of` (empty unless `as_of` is in the past).
    /// Each is handed to `f` as it is read (nothing gathered).
    pub fn each_open_deadline(
        &self,
        as_of: NaiveDate,
        from: Option<NaiveDate>,
        to: NaiveDate,
        mut f: impl FnMut(DeadlineRow) -> Result<()>,
    ) -> Result<()> {
        let sql = OPEN_DEADLINES_SQL;
        let from = from.map(fmt_date).unwrap_or_else(|| "0000-01-01".into());
        let mut st = self.tx.prepare_cached(sql)?;
        st.query_for_each(
            params![fmt_date(as_of), from, fmt_date(to)],
            |r| {
                Ok(DeadlineRow {
                    case: r.get(0)?,
                    rule: r.get(1)?,
                    title: r.get(2)?,
                    basis: r.get(3)?,
                    start: r.date(4)?,
                    due: r.date(5)?,
                    out_of_time: r.get(6)?,
                    recipient: r.get(7)?,
                    assignee: r.get(8)?,
                })
            },
            |row| {
                f(row)?;
                Ok(())
            },
        )?;
        Ok(())
    }

    pub fn local_holidays(&self) -> Result<Vec<LocalHoliday>> {
        self.tx
            .prepare_cached("SELECT date, name, kind FROM holidays ORDER BY date")?
            .query_map(params![], |r| {
                Ok(LocalHoliday {
                    date: r.date(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                })
            })
    }

    /// Add a local holiday, or remove one (`kind` = "add" / "remove"); a
    /// second change of the same date replaces the first. Deadlines whose
    /// span covers the date are the caller's to recompute.
    pub fn set_holiday(&mut self, date: NaiveDate, name: &str, kind: &str) -> Result<()> {
        self.note(None, format!("holiday {kind} {} {name}", fmt_date(date)));
        self.tx
            .prepare_cached(
                "INSERT INTO holidays (date, name, kind) VALUES (?1, ?2, ?3)
                 ON CONFLICT (date) DO UPDATE SET name = excluded.name, kind = excluded.kind",
            )?
            .execute(params![fmt_date(date), name, kind])?;
        self.reload_calendar();
        Ok(())
    }

    /// Forget a local change of the calendar for `date`.
    pub fn clear_holiday(&mut self, date: NaiveDate) -> Result<()> {
        self.note(None, format!("holiday change undone {}", fmt_date(date)));
        self.tx
            .prepare_cached("DELETE FROM holidays WHERE date = ?1")?
            .execute(params![fmt_date(date)])?;
        self.reload_calendar();
        Ok(())
    }

    /// Cases with a deadline whose span covers `date` (after a holiday
    /// change).
    pub fn cases_spanning(&self, date: NaiveDate) -> Result<Vec<CaseRecord>> {
        let ids = self
            .tx
            .prepare_cached(
                "SELECT DISTINCT case_id FROM deadlines WHERE start < ?1 AND due >= ?1",
            )?
            .query_map(params![fmt_date(date)], |r| r.get::<i64>(0))?;
        ids.into_iter().map(|id| self.case_by_id(id)).collect()
    }
}

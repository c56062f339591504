//! Case states: what each case was when a write left it (the digest of its
//! whole content, `CaseContent`), recorded beside the audit row that
//! vouches for them. The store records and reads them; `ops::verify`
//! compares.

use std::collections::{BTreeMap, HashMap};

use crate::store::db::params;

use crate::error::{Error, Result};
use crate::store::records::*;
use crate::store::{replay, Tx};

/// A case's parts but its events, in one query: (part, case id, order,
/// text order, order, four values), each part in the order its own query
/// gives it: 1 complainants (by id), 2 officers (by id), 3 allegations (by
/// number), 4 optional fields (by allegation number, 0 for the case's, then
/// name), 5 assignments (by date, then id), 6 the roster's names of its
/// officers where they are not the case's (by officer).
const PARTS_SQL: &str = "
    SELECT 1, case_id, id, name, 0, name, NULL, NULL, NULL
      FROM complainants WHERE case_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT 2, case_id, id, name, 0, name, badge, NULL, NULL
      FROM case_officers WHERE case_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT 3, a.case_id, a.seq, a.category, 0, a.category, o.badge, NULL, NULL
      FROM allegations a JOIN case_officers o ON o.id = a.case_officer_id
     WHERE a.case_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT 4, f.case_id, coalesce(a.seq, 0), f.name, 0, f.name, f.value, NULL, NULL
      FROM field_values f LEFT JOIN allegations a ON a.id = f.allegation_id
     WHERE f.case_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT 5, case_id, 0, date, id, login, date, recorded_at, recorded_by
      FROM assignments WHERE case_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT 6, co.case_id, co.id, co.badge, 0, co.badge, o.name, NULL, NULL
      FROM case_officers co JOIN officers o ON o.badge = co.badge
     WHERE co.case_id BETWEEN ?1 AND ?2 AND o.name <> co.name
    ORDER BY 2, 1, 3, 4, 5";

/// Whether the log holds a change of case `c` (SQL, for a query over cases
/// `c`): from schema 10 every write records one.
const LOGGED: &str = "EXISTS (SELECT 1 FROM case_states s
                               WHERE s.case_number = c.number AND s.change IS NOT NULL)";

/// How far apart the ids of cases read together for their states may be.
const STATE_RUN: i64 = 500;

/// Sorted case ids in runs of nearby ids, each run read back in one go.
fn runs(rest: &[i64]) -> impl Iterator<Item = &[i64]> {
    super::runs(rest, |first, _, id| id - first < STATE_RUN)
}

/// Rows read with their case id, gathered by case (each case's in the
/// order read).
fn by_case<T>(rows: Vec<(i64, T)>) -> HashMap<i64, Vec<T>> {
    let mut out: HashMap<i64, Vec<T>> = HashMap::new();
    for (id, row) in rows {
        out.entry(id).or_default().push(row);
    }
    out
}

/// The parts of cases but their events, by case id, each in its order.
#[derive(Default)]
pub(in crate::store) struct Parts {
    pub complainants: HashMap<i64, Vec<String>>,
    /// (the name the case gave, badge).
    pub officers: HashMap<i64, Vec<(String, String)>>,
    /// (number, category, badge).
    pub allegations: HashMap<i64, Vec<(i64, String, String)>>,
    pub fields: HashMap<i64, Vec<FieldValue>>,
    pub assignments: HashMap<i64, Vec<Assignment>>,
    /// (badge, the roster's name).
    pub roster: HashMap<i64, Vec<(String, String)>>,
}

/// A case's state as recorded: its number, the digest of its content and
/// its change, deflated.
type Made = (String, [u8; 32], Vec<u8>);

/// Case contents, each with its document before this write (none: the
/// change is the whole case).
type Job = Vec<(CaseContent, Option<Box<serde_json::Value>>)>;

/// Make case `c`'s state: its change from `before` (JSON, deflated) and
/// its digest.
fn make_state(
    packer: &mut replay::Packer,
    c: &CaseContent,
    before: Option<&serde_json::Value>,
) -> Made {
    let change = match before {
        Some(before) => replay::change(Some(before), &replay::document(c)),
        None => {
            let change = replay::new_case_change(c);
            debug_assert_eq!(change, replay::change(None, &replay::document(c)));
            change
        }
    };
    (c.case.number.clone(), c.digest(), packer.pack(&change))
}

/// A debug build's check that a case's content as a write kept it (not
/// read back, for its state) is the content as stored.
#[cfg(debug_assertions)]
fn written_as_stored(written: &CaseContent, stored: &CaseContent) {
    assert_eq!(
        replay::document(stored),
        replay::document(written),
        "case {} as written and as stored",
        stored.case.number
    );
    assert_eq!(stored.digest(), written.digest());
}

/// Record states made under audit row `audit_id` (a run of an import's, a
/// few hundred to a statement, or a write's one at a time); what the row's
/// hash covers of each, added to `into`.
fn put_states(
    db: &crate::store::db::Db,
    audit_id: i64,
    run: Vec<Made>,
    into: &mut Vec<CaseState>,
) -> Result<()> {
    {
        let digests: Vec<&[u8]> = run.iter().map(|(_, digest, _)| &digest[..]).collect();
        let mut values: Vec<&dyn crate::store::db::Param> = Vec::with_capacity(run.len() * 4);
        for ((case, _, packed), digest) in run.iter().zip(&digests) {
            let row: [&dyn crate::store::db::Param; 4] = [&audit_id, case, digest, packed];
            values.extend(row);
        }
        db.insert_rows(
            "INSERT INTO case_states (audit_id, case_number, digest, change)",
            4,
            &values,
        )?;
    }
    into.extend(
        run.into_iter()
            .map(|(case, digest, packed)| CaseState::new(case, digest, Some(&packed))),
    );
    Ok(())
}

/// Cases' states made on a second thread, a run of cases at a time, while
/// the write goes on: making them (each case's document, its change, its
/// digest, deflating) was a third of a 100,000-case import, on one core of
/// two.
struct StateMaker {
    jobs: Option<std::sync::mpsc::SyncSender<Job>>,
    made: std::sync::mpsc::Receiver<Vec<Made>>,
    worker: Option<std::thread::JoinHandle<()>>,
    /// Runs sent and not yet taken back.
    pending: usize,
}

impl StateMaker {
    fn new() -> StateMaker {
        // Two runs wait at most: memory holds a few runs' cases.
        let (jobs, queue) = std::sync::mpsc::sync_channel::<Job>(2);
        let (done, made) = std::sync::mpsc::channel();
        let worker = std::thread::spawn(move || {
            let mut packer = replay::Packer::default();
            for job in queue {
                let out = job
                    .iter()
                    .map(|(c, before)| make_state(&mut packer, c, before.as_deref()))
                    .collect();
                if done.send(out).is_err() {
                    return;
                }
            }
        });
        StateMaker {
            jobs: Some(jobs),
            made,
            worker: Some(worker),
            pending: 0,
        }
    }

    fn gone() -> Error {
        Error::store("store error: the thread making the cases' states stopped")
    }

    fn send(&mut self, job: Job) -> Result<()> {
        let jobs = self.jobs.as_ref().ok_or_else(Self::gone)?;
        jobs.send(job).map_err(|_| Self::gone())?;
        self.pending += 1;
        Ok(())
    }

    /// The runs made so far; all of them, waiting for the rest, when
    /// `all`.
    fn take(&mut self, all: bool) -> Result<Vec<Vec<Made>>> {
        let mut out = Vec::new();
        if all {
            self.jobs = None;
        }
        while self.pending > 0 {
            let run = if all {
                self.made.recv().map_err(|_| Self::gone())?
            } else {
                match self.made.try_recv() {
                    Ok(run) => run,
                    Err(std::sync::mpsc::TryRecvError::Empty) => break,
                    Err(_) => return Err(Self::gone()),
                }
            };
            self.pending -= 1;
            out.push(run);
        }
        if all {
            if let Some(w) = self.worker.take() {
                w.join().map_err(|_| Self::gone())?;
            }
        }
        Ok(out)
    }
}

/// The states of cases a write recorded as it went (an import of a
/// million cases records each run of them once written): neither the
/// cases nor their changes wait in memory for the commit, only what the
/// audit row's hash covers. The write's first audit row vouches for them,
/// its id being known from the write's start (a writer holds the store's
/// lock from its first statement).
pub(in crate::store) struct EarlyStates {
    /// The id the write's first audit row will have.
    vouching: i64,
    states: Vec<CaseState>,
    /// The cases' ids, sorted: a later change of one in the same write
    /// would need a second state beside the same row. (A list, not a set:
    /// 8 bytes a case where a million are recorded.)
    cases: Vec<i64>,
    maker: StateMaker,
}

impl EarlyStates {
    /// Record the states made so far (all of them, waiting for the rest,
    /// when `all`).
    fn put_made(&mut self, tx: &crate::store::db::Db, all: bool) -> Result<()> {
        for run in self.maker.take(all)? {
            put_states(tx, self.vouching, run, &mut self.states)?;
        }
        Ok(())
    }
}

impl Tx<'_> {
    /// Record the states of the cases this write has touched so far, once
    /// a run of them waits, and of those it has recorded whole (an import,
    /// after each case). Each is read back and its state made on a second
    /// thread while the write goes on; the case may not change again in
    /// this write.
    pub fn settle_states(&mut self) -> Result<()> {
        if (self.touched.len() as i64) < STATE_RUN {
            return Ok(());
        }
        self.send_touched()?;
        let Tx { tx, early, .. } = self;
        early.as_mut().expect("sent").put_made(tx, false)
    }

    /// Hand every touched case to the state maker, a run at a time.
    fn send_touched(&mut self) -> Result<()> {
        if self.early.is_none() {
            let vouching = super::audit::head(&self.tx)?.0 + 1;
            self.early = Some(EarlyStates {
                vouching,
                states: Vec::new(),
                cases: Default::default(),
                maker: StateMaker::new(),
            });
        }
        let mut touched = std::mem::take(&mut self.touched);
        let mut written = std::mem::take(&mut self.written);
        let ids: Vec<i64> = touched.keys().copied().collect();
        let early = self.early.as_mut().expect("made above");
        for &id in &ids {
            // In order as a run of new cases comes, else put in its place.
            match early.cases.last() {
                Some(&last) if last >= id => {
                    if let Err(at) = early.cases.binary_search(&id) {
                        early.cases.insert(at, id);
                    }
                }
                _ => early.cases.push(id),
            }
        }
        for run in runs(&ids) {
            let unread = run.iter().any(|id| !written.contains_key(id));
            // A debug build reads the cases written whole back all the
            // same, and checks.
            let unread = unread || cfg!(debug_assertions);
            let mut read: HashMap<i64, CaseContent> = if unread {
                self.case_contents(run[0], run[run.len() - 1])?
                    .into_iter()
                    .map(|c| (c.case.id, c))
                    .collect()
            } else {
                HashMap::new()
            };
            let mut job = Vec::with_capacity(run.len());
            for id in run {
                let content = match written.remove(id) {
                    Some(c) => {
                        #[cfg(debug_assertions)]
                        written_as_stored(&c, &read[id]);
                        *c
                    }
                    None => read.remove(id).ok_or_else(|| {
                        Error::store(format!("store error: no case with id {id}"))
                    })?,
                };
                job.push((content, touched.remove(id).flatten()));
            }
            self.early.as_mut().expect("made above").maker.send(job)?;
        }
        Ok(())
    }

    /// The states this write recorded as it went, the rest of its touched
    /// cases' recorded now under the same audit row: (the row, the states).
    /// (`audit::append` refuses a row outside the write's, should the log
    /// have moved.)
    pub(in crate::store) fn early_states(&mut self) -> Result<Option<(i64, Vec<CaseState>)>> {
        if self.early.is_none() {
            return Ok(None);
        }
        self.send_touched()?;
        let Tx { tx, early, .. } = self;
        let mut early = early.take().expect("checked");
        early.put_made(tx, true)?;
        Ok(Some((early.vouching, early.states)))
    }

    /// This transaction is about to change the case: its state and the
    /// change are recorded at commit, the change from the case as it is now
    /// (or the whole case, when the log has no change of it yet).
    pub(in crate::store) fn touch(&mut self, case_id: i64) -> Result<()> {
        if self
            .early
            .as_ref()
            .is_some_and(|e| e.cases.binary_search(&case_id).is_ok())
        {
            return Err(Error::store(format!(
                "store error: case id {case_id} was recorded and then changed again in one write"
            )));
        }
        // What this transaction wrote of it is about to be out of date.
        self.written.remove(&case_id);
        if self.touched.contains_key(&case_id) {
            return Ok(());
        }
        let logged: bool = self
            .tx
            .prepare_cached(&format!("SELECT {LOGGED} FROM cases c WHERE c.id = ?1"))?
            .query_opt(params![case_id], |r| r.get(0))?
            .unwrap_or(false);
        let before = if logged {
            self.case_contents(case_id, case_id)?
                .pop()
                .map(|c| Box::new(replay::document(&c)))
        } else {
            None
        };
        self.touched.insert(case_id, before);
        Ok(())
    }

    /// This transaction recorded the case: it is new to the log.
    pub(in crate::store) fn touch_new(&mut self, case_id: i64) {
        self.touched.entry(case_id).or_insert(None);
    }

    /// This transaction recorded the case, whose whole content is
    /// `content`: its state at commit is made from it (unless a later
    /// change in the transaction touches the case again).
    pub(in crate::store) fn touch_written(&mut self, content: CaseContent) {
        let id = content.case.id;
        self.touch_new(id);
        self.written.insert(id, Box::new(content));
    }

    /// Every case the log has no change of (none was recorded before
    /// schema 10), to be recorded whole after an upgrade or a restore.
    pub fn touch_unlogged(&mut self) -> Result<usize> {
        let ids: Vec<i64> = self
            .tx
            .prepare(&format!(
                "SELECT c.id FROM cases c WHERE NOT {LOGGED} ORDER BY c.id"
            ))?
            .query_map(params![], |r| r.get(0))?;
        for &id in &ids {
            self.touch_new(id);
        }
        Ok(ids.len())
    }

    /// A case's whole content, raw, as its digest covers it.
    pub fn case_content(&self, case_id: i64) -> Result<CaseContent> {
        self.case_contents(case_id, case_id)?
            .pop()
            .ok_or_else(|| Error::store(format!("store error: no case with id {case_id}")))
    }

    /// The parts but the events of every case whose id is in `from..=to`,
    /// by case id, in one query.
    pub(in crate::store) fn parts_in(&self, from: i64, to: i64) -> Result<Parts> {
        let mut p = Parts::default();
        // Kept whole (a run is a few hundred cases): on a server that is one
        // round trip, where reading row by row would take three.
        let parts = self
            .tx
            .prepare_cached(PARTS_SQL)?
            .query_map(params![from, to], |r| {
                let text = |i: usize| r.get::<Option<String>>(i).map(Option::unwrap_or_default);
                Ok((
                    r.get::<i64>(0)?,
                    r.get::<i64>(1)?,
                    r.get::<i64>(2)?,
                    [text(5)?, text(6)?, text(7)?, text(8)?],
                ))
            })?;
        for (part, case, order, [a, b, c, d]) in parts {
            match part {
                1 => p.complainants.entry(case).or_default().push(a),
                2 => p.officers.entry(case).or_default().push((a, b)),
                3 => p.allegations.entry(case).or_default().push((order, a, b)),
                6 => p.roster.entry(case).or_default().push((a, b)),
                4 => p.fields.entry(case).or_default().push(FieldValue {
                    allegation: (order != 0).then_some(order),
                    name: a,
                    value: b,
                }),
                _ => p.assignments.entry(case).or_default().push(Assignment {
                    login: a,
                    date: crate::model::iso_date(&b).flatten().ok_or_else(|| {
                        Error::store(format!("store error: an assignment dated '{b}'"))
                    })?,
                    recorded_at: c,
                    recorded_by: d,
                }),
            }
        }
        Ok(p)
    }

    /// The whole content of every case whose id is in `from..=to`, in id
    /// order: three queries however many cases the range holds (verify
    /// reads a store a range at a time; every write reads back the cases
    /// it touched).
    pub fn case_contents(&self, from: i64, to: i64) -> Result<Vec<CaseContent>> {
        let cases = self.cases_in(from, to)?;
        let Parts {
            mut complainants,
            mut officers,
            mut allegations,
            mut fields,
            mut assignments,
            mut roster,
        } = self.parts_in(from, to)?;
        let mut events = by_case(self.events_in(from, to)?);
        let mut subpoenas = by_case(self.subpoenas_in(from, to)?);
        Ok(cases
            .into_iter()
            .map(|case| {
                let id = case.id;
                let mut events = events.remove(&id).unwrap_or_default();
                events.sort_by_key(|e| e.id);
                CaseContent {
                    assignments: assignments.remove(&id).unwrap_or_default(),
                    imported: case.imported,
                    case,
                    complainants: complainants.remove(&id).unwrap_or_default(),
                    officers: officers.remove(&id).unwrap_or_default(),
                    allegations: allegations.remove(&id).unwrap_or_default(),
                    events,
                    fields: fields.remove(&id).unwrap_or_default(),
                    subpoenas: subpoenas.remove(&id).unwrap_or_default(),
                    roster: roster.remove(&id).unwrap_or_default(),
                }
            })
            .collect())
    }

    /// Record the states this transaction leaves, and each case's change,
    /// under audit row `audit_id` (the row that will vouch for them);
    /// returns them for its hash. The cases are read a run of nearby ids at
    /// a time (an import touches thousands, one after the other), and each
    /// change is written as it is made: memory holds hashes, not changes.
    pub(in crate::store) fn touched_states(&self, audit_id: i64) -> Result<Vec<CaseState>> {
        let mut out = Vec::with_capacity(self.touched.len());
        let mut packer = replay::Packer::default();
        let mut record = |c: &CaseContent, before: Option<&serde_json::Value>| -> Result<()> {
            let made = make_state(&mut packer, c, before);
            put_states(&self.tx, audit_id, vec![made], &mut out)
        };
        // Cases written whole by this transaction need no reading (a debug
        // build reads them back all the same, and checks).
        let ids: Vec<i64> = self
            .touched
            .keys()
            .copied()
            .filter(|id| !self.written.contains_key(id))
            .collect();
        for (id, content) in &self.written {
            #[cfg(debug_assertions)]
            written_as_stored(content, &self.case_content(*id)?);
            record(content, self.touched.get(id).and_then(|b| b.as_deref()))?;
        }
        for run in runs(&ids) {
            for c in self.case_contents(run[0], run[run.len() - 1])? {
                let id = c.case.id;
                if let (Some(before), false) =
                    (self.touched.get(&id), self.written.contains_key(&id))
                {
                    record(&c, before.as_deref())?;
                }
            }
        }
        Ok(out)
    }

    /// Each recorded state's change as stored (none: from before schema
    /// 10) for the cases whose id is in `from..=to`, by case number, oldest
    /// first.
    pub fn changes_in(&self, from: i64, to: i64) -> Result<HashMap<String, StoredChanges>> {
        let mut out: HashMap<String, StoredChanges> = HashMap::new();
        self.tx
            .prepare_cached(
                "SELECT s.case_number, s.audit_id, s.change
                   FROM cases c JOIN case_states s ON s.case_number = c.number
                  WHERE c.id BETWEEN ?1 AND ?2
                  ORDER BY s.case_number, s.audit_id",
            )?
            .query_for_each(
                params![from, to],
                |r| {
                    Ok((
                        r.get::<String>(0)?,
                        r.get::<i64>(1)?,
                        r.get::<Option<Vec<u8>>>(2)?,
                    ))
                },
                |(case, row, change)| {
                    out.entry(case).or_default().push((row, change));
                    Ok(())
                },
            )?;
        Ok(out)
    }

    /// Every change recorded (from schema 10), oldest first, with its
    /// audit row; of one case only when `case` is given (through the
    /// states' key, not the whole log).
    pub fn each_change(
        &self,
        case: Option<&str>,
        mut f: impl FnMut(RecordedChange) -> Result<()>,
    ) -> Result<()> {
        let columns = "a.id, a.at, a.\"user\", a.command, s.case_number, s.change
             FROM case_states s JOIN audit a ON a.id = s.audit_id
            WHERE s.change IS NOT NULL";
        let sql = if case.is_some() {
            format!("SELECT {columns} AND s.case_number = ?1 ORDER BY a.id")
        } else {
            format!("SELECT {columns} ORDER BY a.id, s.case_number")
        };
        let args: Vec<&str> = case.into_iter().collect();
        let mut packer = replay::Packer::default();
        self.tx.prepare_cached(&sql)?.query_for_each(
            &crate::store::db::param_refs(&args),
            |r| {
                let (row, case): (i64, String) = (r.get(0)?, r.get(4)?);
                let change = packer.unpack(&r.get::<Vec<u8>>(5)?).map_err(|e| {
                    Error::store(format!(
                        "audit row {row}: case {case}: {e} (run `oversight verify`)"
                    ))
                })?;
                Ok(RecordedChange {
                    row,
                    at: r.get(1)?,
                    user: r.get(2)?,
                    command: r.get(3)?,
                    case,
                    change,
                })
            },
            &mut f,
        )
    }

    /// The last state recorded for every case: number -> (audit row,
    /// digest).
    pub fn latest_states(&self) -> Result<BTreeMap<String, (i64, Vec<u8>)>> {
        let mut out = BTreeMap::new();
        let mut st = self.tx.prepare(
            "SELECT case_number, audit_id, digest FROM case_states ORDER BY case_number, audit_id",
        )?;
        st.query_for_each(
            params![],
            |r| Ok((r.get::<String>(0)?, r.get::<i64>(1)?, r.get::<Vec<u8>>(2)?)),
            |row| {
                let (case, audit, digest) = row;
                out.insert(case, (audit, digest));
                Ok(())
            },
        )?;
        Ok(out)
    }

    /// The states recorded with audit row `audit_id`.
    pub fn states_of(&self, audit_id: i64) -> Result<Vec<CaseState>> {
        self.tx
            .prepare_cached(
                "SELECT case_number, digest, change FROM case_states WHERE audit_id = ?1",
            )?
            .query_map(params![audit_id], |r| {
                let digest: Vec<u8> = r.get(1)?;
                let change: Option<Vec<u8>> = r.get(2)?;
                Ok((r.get::<String>(0)?, digest, change))
            })?
            .into_iter()
            .map(|(case, digest, change)| {
                let digest = digest.try_into().map_err(|d: Vec<u8>| {
                    Error::store(format!(
                        "audit: case {case}'s state has a digest of {} bytes, not 32",
                        d.len()
                    ))
                })?;
                Ok(CaseState::new(case, digest, change.as_deref()))
            })
            .collect()
    }

    /// Audit rows that case states name but that are not in the log.
    pub fn states_without_row(&self) -> Result<Vec<i64>> {
        self.tx
            .prepare(
                // NOT EXISTS, not NOT IN: an anti-join on both engines
                // (PostgreSQL runs a NOT IN over a large log row by row).
                "SELECT DISTINCT s.audit_id FROM case_states s
                 WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.id = s.audit_id)
                 ORDER BY s.audit_id",
            )?
            .query_map(params![], |r| r.get(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;
    use crate::ops::testing::{d, store};

    /// A closed case of another system's history, numbered `n`.
    fn historic(n: i64) -> HistoricCase {
        HistoricCase {
            number: format!("2020-{n:04}"),
            received: d("2020-03-04"),
            incident_date: None,
            source: Source::Direct,
            criminal: false,
            closed: Some(d("2020-09-01")),
            out_of_time: false,
            complainants: vec![],
            summary: String::new(),
            allegations: vec![HistoricAllegation {
                officer_name: "John Roe".into(),
                badge: format!("{}", 100 + n % 7),
                category: "force".into(),
                finding: Some(("sustained".into(), None, d("2020-08-01"))),
                fields: Default::default(),
            }],
            fields: Default::default(),
        }
    }

    /// Import cases 1 to `n` as `import` does, settling their states
    /// after each.
    fn import(tx: &mut Tx, n: i64) -> Result<()> {
        let mut roster = HashMap::new();
        for i in 1..=n {
            tx.insert_historic_cases(vec![historic(i)], &mut roster)?
                .expect("a new number");
            tx.settle_states()?;
        }
        Ok(())
    }

    /// A batch names the first of its cases whose number the store has
    /// (the caller gives the write up); a batch of new ones gets their ids
    /// in its order, each case's rows under its own.
    #[test]
    fn a_batch_of_cases_tells_the_first_whose_number_is_taken() {
        let mut t = store("miami-cip");
        t.store.write(|tx| import(tx, 2)).unwrap();
        let taken = t
            .store
            .write(|tx| {
                let batch = vec![historic(3), historic(1), historic(2)];
                tx.insert_historic_cases(batch, &mut HashMap::new())
            })
            .unwrap();
        assert_eq!(taken.unwrap_err(), (1, "2020-0001".to_string()));
        let mut t = store("miami-cip");
        let mut two = historic(5);
        two.allegations.push(HistoricAllegation {
            officer_name: "Ann Poe".into(),
            badge: "9".into(),
            ..two.allegations[0].clone()
        });
        let written = t
            .store
            .write(|tx| {
                let batch = vec![historic(4), two, historic(6)];
                let ids = tx.insert_historic_cases(batch, &mut HashMap::new())?;
                let ids: Vec<i64> = ids.unwrap().into_iter().map(|(id, _)| id).collect();
                let mut out = Vec::new();
                for id in ids {
                    let c = tx.case_content(id)?;
                    let badges: Vec<String> = c.allegations.iter().map(|a| a.2.clone()).collect();
                    out.push((id, c.case.number, badges, c.events.len()));
                }
                Ok(out)
            })
            .unwrap();
        let badge = |n: i64| format!("{}", 100 + n % 7);
        assert_eq!(
            written,
            [
                (1, "2020-0004".to_string(), vec![badge(4)], 3),
                (
                    2,
                    "2020-0005".to_string(),
                    vec![badge(5), "9".to_string()],
                    4
                ),
                (3, "2020-0006".to_string(), vec![badge(6)], 3),
            ]
        );
    }

    /// More than a run of cases, their states recorded as the write went;
    /// the write says two things: its first audit row vouches for the
    /// states, and verify finds every case as recorded.
    #[test]
    fn states_recorded_as_a_write_goes_are_vouched_for_by_its_first_row() {
        let mut t = store("miami-cip");
        let n = STATE_RUN + 20;
        t.store
            .write(|tx| {
                import(tx, n)?;
                tx.note(None, "first");
                tx.note(None, "second");
                Ok(())
            })
            .unwrap();
        t.store
            .read(|tx| {
                let rows = tx.audit_rows(None)?;
                let first = rows.iter().find(|r| r.detail == "first").unwrap();
                assert!(first.states.is_some());
                assert_eq!(tx.states_of(first.id)?.len() as i64, n);
                let second = rows.iter().find(|r| r.detail == "second").unwrap();
                assert!(second.states.is_none());
                let v = crate::ops::verify::verify(tx, d("2025-12-31"), None)?;
                assert_eq!(v.cases as i64, n);
                Ok(())
            })
            .unwrap();
    }

    /// A case whose state is recorded may not change again in that write
    /// (it would need a second state beside the same row): refused, and
    /// nothing is written.
    #[test]
    fn a_case_recorded_as_the_write_went_may_not_change_again_in_it() {
        let mut t = store("miami-cip");
        let err = t
            .store
            .write(|tx| {
                import(tx, STATE_RUN)?;
                let first = tx.case_by_id(1)?;
                tx.add_events(&first, &[Event::new("finding", d("2020-08-02"))])
            })
            .unwrap_err();
        assert!(
            err.to_string().contains("recorded and then changed again"),
            "{err}"
        );
        let cases = t.store.read(|tx| tx.case_exists("2020-0001")).unwrap();
        assert!(!cases);
    }
}

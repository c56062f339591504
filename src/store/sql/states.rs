//! Case states: what each case was when a write left it (the digest of its
//! whole content, `CaseContent`), recorded beside the audit row that
//! vouches for them. The store records and reads them; `ops::verify`
//! compares.

use std::collections::BTreeMap;

use crate::store::db::params;

use crate::error::Result;
use crate::store::records::*;
use crate::store::Tx;

impl Tx<'_> {
    /// This transaction changed the case: its state is recorded at commit.
    pub(in crate::store) fn touch(&mut self, case_id: i64) {
        self.touched.insert(case_id);
    }

    /// Every case, for a state recorded after an upgrade.
    pub fn touch_all(&mut self) -> Result<usize> {
        let ids = self.case_ids()?;
        self.touched.extend(ids.iter().copied());
        Ok(ids.len())
    }

    /// A case's whole content, raw, as its digest covers it.
    pub fn case_content(&self, case_id: i64) -> Result<CaseContent> {
        let case = self.case_by_id(case_id)?;
        let complainants = self
            .tx
            .prepare_cached("SELECT name FROM complainants WHERE case_id = ?1 ORDER BY id")?
            .query_map(params![case_id], |r| r.get(0))?;
        let officers = self
            .tx
            .prepare_cached("SELECT name, badge FROM case_officers WHERE case_id = ?1 ORDER BY id")?
            .query_map(params![case_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let allegations = self
            .tx
            .prepare_cached(
                "SELECT a.seq, a.category, o.badge FROM allegations a
                 JOIN case_officers o ON o.id = a.case_officer_id
                 WHERE a.case_id = ?1 ORDER BY a.seq",
            )?
            .query_map(params![case_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let mut events = self.events(case_id)?;
        events.sort_by_key(|e| e.id);
        let fields = self.fields_of(case_id)?;
        let assignments = self.assignments(case_id)?;
        Ok(CaseContent {
            assignments,
            imported: case.imported,
            case,
            complainants,
            officers,
            allegations,
            events,
            fields,
        })
    }

    /// The states this transaction leaves: (case number, digest).
    pub(in crate::store) fn touched_states(&self) -> Result<Vec<(String, Vec<u8>)>> {
        self.touched
            .iter()
            .map(|id| {
                let c = self.case_content(*id)?;
                Ok((c.case.number.clone(), c.digest().to_vec()))
            })
            .collect()
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
    pub fn states_of(&self, audit_id: i64) -> Result<Vec<(String, Vec<u8>)>> {
        self.tx
            .prepare_cached("SELECT case_number, digest FROM case_states WHERE audit_id = ?1")?
            .query_map(params![audit_id], |r| Ok((r.get(0)?, r.get(1)?)))
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

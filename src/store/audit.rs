//! The audit log: every write transaction, and every reading of personal
//! data, appends rows whose SHA-256 hash chains to the previous row's; and
//! `verify`, which checks the file, the chain, and that every case's stored
//! state is what its events give.

use rusqlite::{params, Connection};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::queries::now;
use super::Tx;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::rules::deadlines::{self, CaseFacts};

/// One thing a command did, for the audit log.
#[derive(Debug, Clone)]
pub struct AuditNote {
    pub case: Option<String>,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub user: String,
    pub command: String,
    pub action: String,
    pub case: Option<String>,
    pub detail: String,
    #[serde(skip)]
    pub prev_hash: String,
    pub hash: String,
}

/// The hash of the first row's predecessor.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

pub fn row_hash(r: &AuditRow) -> String {
    let mut h = Sha256::new();
    for part in [
        r.prev_hash.as_str(),
        &r.id.to_string(),
        &r.at,
        &r.user,
        &r.command,
        &r.action,
        r.case.as_deref().unwrap_or(""),
        &r.detail,
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Append audit rows in the caller's transaction.
pub(super) fn append(
    conn: &Connection,
    command: &str,
    action: &str,
    notes: &[AuditNote],
) -> Result<()> {
    let (mut last_id, mut prev): (i64, String) = conn
        .query_row(
            "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok((0, GENESIS.to_string())),
            e => Err(e),
        })?;
    let at = now();
    let user = super::os_user();
    let mut st = conn.prepare_cached(
        "INSERT INTO audit (id, at, user, command, action, case_number, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for n in notes {
        let mut row = AuditRow {
            id: last_id + 1,
            at: at.clone(),
            user: user.clone(),
            command: command.to_string(),
            action: action.to_string(),
            case: n.case.clone(),
            detail: n.detail.clone(),
            prev_hash: prev.clone(),
            hash: String::new(),
        };
        row.hash = row_hash(&row);
        st.execute(params![
            row.id,
            row.at,
            row.user,
            row.command,
            row.action,
            row.case,
            row.detail,
            row.prev_hash,
            row.hash
        ])?;
        last_id = row.id;
        prev = row.hash;
    }
    Ok(())
}

impl Tx<'_> {
    /// Say what this transaction did, for the audit log.
    pub fn note(&mut self, case: Option<&str>, detail: impl Into<String>) {
        self.notes.push(AuditNote {
            case: case.map(String::from),
            detail: detail.into(),
        });
    }

    pub fn audit_rows(&self, case: Option<&str>) -> Result<Vec<AuditRow>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT id, at, user, command, action, case_number, detail, prev_hash, hash
                 FROM audit WHERE ?1 IS NULL OR case_number = ?1 ORDER BY id",
            )?
            .query_map(params![case], |r| {
                Ok(AuditRow {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    user: r.get(2)?,
                    command: r.get(3)?,
                    action: r.get(4)?,
                    case: r.get(5)?,
                    detail: r.get(6)?,
                    prev_hash: r.get(7)?,
                    hash: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Check the file, the audit chain, and every case against its events.
    /// Returns what was checked; the first problem is an error (exit 5).
    pub fn verify(&self) -> Result<Verified> {
        let integrity: String = self
            .tx
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if integrity != "ok" {
            return Err(Error::store(format!("integrity_check: {integrity}")));
        }
        let rows = self.audit_rows(None)?;
        let mut prev = GENESIS.to_string();
        for (i, r) in rows.iter().enumerate() {
            if r.id != i as i64 + 1 {
                return Err(Error::store(format!(
                    "audit chain broken at row {}: expected row {} (a row is missing)",
                    r.id,
                    i + 1
                )));
            }
            if r.prev_hash != prev || row_hash(r) != r.hash {
                return Err(Error::store(format!(
                    "audit chain broken at row {}: its contents or its link to the row before \
                     were changed",
                    r.id
                )));
            }
            prev = r.hash.clone();
        }
        let ids: Vec<i64> = self
            .tx
            .prepare("SELECT id FROM cases ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for id in &ids {
            let case = self.case_by_id(*id)?;
            let events = self.effective_events(case.id)?;
            let closing = events
                .iter()
                .filter(|e| e.kind == "close")
                .max_by_key(|e| e.seq);
            let closed_by_events = closing.map(|e| e.date);
            if closed_by_events != case.closed || (case.status == "closed") != closing.is_some() {
                return Err(Error::store(format!(
                    "case {}: its status ({}{}) is not what its events say ({})",
                    case.number,
                    case.status,
                    case.closed
                        .map(|d| format!(" {}", fmt_date(d)))
                        .unwrap_or_default(),
                    closed_by_events
                        .map(|d| format!("closed {}", fmt_date(d)))
                        .unwrap_or_else(|| "open".into())
                )));
            }
            let expected = if case.imported && case.closed.is_some() {
                Vec::new()
            } else {
                deadlines::compute(
                    self.profile,
                    &self.calendar,
                    &CaseFacts {
                        source: case.source,
                        criminal: case.criminal,
                        events: &events,
                    },
                )
            };
            let key = |d: &deadlines::Deadline| (d.rule.clone(), d.due, d.satisfied_on);
            let mut want: Vec<_> = expected.iter().map(key).collect();
            let mut have: Vec<_> = self.stored_deadlines(case.id)?.iter().map(key).collect();
            want.sort();
            have.sort();
            if want != have {
                return Err(Error::store(format!(
                    "case {}: its stored deadlines differ from what its events give",
                    case.number
                )));
            }
        }
        Ok(Verified {
            audit_rows: rows.len(),
            cases: ids.len(),
        })
    }
}

/// What `verify` checked.
#[derive(Debug, Clone, Serialize)]
pub struct Verified {
    pub audit_rows: usize,
    pub cases: usize,
}

//! The audit log: every write transaction, and every reading of personal
//! data, appends rows whose SHA-256 hash chains to the previous row's; and
//! the store's part of `verify`: the file's integrity and the chain (the
//! cases against their events are `ops::verify`'s).

use crate::store::db::{param_refs, params, Db, Engine};

use super::queries::now;
use crate::error::{Error, Result};
use crate::store::records::*;
use crate::store::Tx;

/// One thing a command did, for the audit log.
#[derive(Debug, Clone)]
pub struct AuditNote {
    pub case: Option<String>,
    pub detail: String,
}

/// The chain's head before this transaction's rows: the last row's id and
/// hash (0 and the genesis hash in an empty log).
pub(in crate::store) fn head(conn: &Db) -> Result<(i64, String)> {
    // Hashes go in and out as bytes, spelt in hex here: on a server, SQL
    // functions in the statement cost a fresh connection their planning.
    Ok(conn
        .query_opt(
            "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1",
            params![],
            |r| Ok((r.get(0)?, hex(&r.get::<Vec<u8>>(1)?))),
        )?
        .unwrap_or((0, GENESIS.to_string())))
}

/// Append audit rows after `head` in the caller's transaction, by `who`
/// running `command` (`action`: a write or a reading); the row whose id is
/// `vouching` vouches for `states` (recorded beside it by the caller,
/// under that id: the last row's, or the first's for states recorded as
/// the write went).
pub(in crate::store) fn append(
    conn: &Db,
    head: (i64, String),
    (who, command, action): (&str, &str, &str),
    notes: &[AuditNote],
    vouching: i64,
    states: &[CaseState],
) -> Result<()> {
    let (mut last_id, mut prev) = head;
    let bytes =
        |h: &str| unhex(h).ok_or_else(|| Error::store(format!("store error: '{h}' is not a hash")));
    let at = now();
    let user = who.to_string();
    let mut st = conn.prepare_cached(
        "INSERT INTO audit (id, at, \"user\", command, action, case_number, detail, hash, states)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    if !states.is_empty() && !(head.0 + 1..=head.0 + notes.len() as i64).contains(&vouching) {
        return Err(Error::store(format!(
            "store error: audit row {vouching} would vouch for the states of a write whose rows \
             are {} to {}",
            head.0 + 1,
            head.0 + notes.len() as i64
        )));
    }
    for n in notes {
        let vouches = last_id + 1 == vouching && !states.is_empty();
        let mut row = AuditRow {
            states: vouches.then(|| states_hash(states)),
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
            bytes(&row.hash)?,
            row.states.as_deref().map(bytes).transpose()?
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
        let mut out = Vec::new();
        self.each_audit_row(case, |r| {
            out.push(r);
            Ok(())
        })?;
        Ok(out)
    }

    /// As [`Tx::audit_rows`], handing each row to `f` as it is read.
    pub fn each_audit_row(
        &self,
        case: Option<&str>,
        mut f: impl FnMut(AuditRow) -> Result<()>,
    ) -> Result<()> {
        // One case is read through its index; an `?1 IS NULL OR` would keep
        // SQLite off it and scan the whole trail.
        // A row's previous hash is the previous row's (schema 6 keeps it
        // once); hashes are read as the hex every form shows.
        let columns = format!(
            "a.id, a.at, a.\"user\", a.command, a.action, a.case_number, a.detail,
             coalesce((SELECT lower(hex(p.hash)) FROM audit p WHERE p.id = a.id - 1), '{GENESIS}'),
             lower(hex(a.hash)),
             CASE WHEN a.states IS NULL THEN NULL ELSE lower(hex(a.states)) END"
        );
        let sql = if case.is_some() {
            format!("SELECT {columns} FROM audit a WHERE a.case_number = ?1 ORDER BY a.id")
        } else {
            format!("SELECT {columns} FROM audit a ORDER BY a.id")
        };
        let mut st = self.tx.prepare_cached(&sql)?;
        let args: Vec<&str> = case.into_iter().collect();
        st.query_for_each(
            &param_refs(&args),
            |r| {
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
                    states: r.get(9)?,
                })
            },
            |row| {
                f(row)?;
                Ok(())
            },
        )?;
        Ok(())
    }

    /// Check the file, the audit chain, and that the case states each row
    /// vouches for are the ones recorded with it; returns the chain's head.
    /// The first problem is an error (exit 5).
    pub fn verify_file(&self) -> Result<Head> {
        // SQLite checks its file; a PostgreSQL server keeps its own.
        let integrity: String = match self.tx.engine() {
            Engine::Sqlite => self
                .tx
                .query_row("PRAGMA integrity_check", params![], |r| r.get(0))?,
            Engine::Postgres => "ok".into(),
        };
        if integrity != "ok" {
            return Err(Error::store(format!("integrity_check: {integrity}")));
        }
        // One pass over the log, row by row: memory stays flat however long
        // the trail is.
        let mut prev = GENESIS.to_string();
        let mut seen: i64 = 0;
        self.each_audit_row(None, |r| {
            seen += 1;
            if r.id != seen {
                return Err(Error::store(format!(
                    "audit chain broken at row {}: expected row {seen} (a row is missing)",
                    r.id
                )));
            }
            if r.prev_hash != prev || row_hash(&r) != r.hash {
                return Err(Error::store(format!(
                    "audit chain broken at row {}: its contents or its link to the row before \
                     were changed",
                    r.id
                )));
            }
            if let Some(vouched) = &r.states {
                if states_hash(&self.states_of(r.id)?) != *vouched {
                    return Err(Error::store(format!(
                        "audit row {}: the case states it vouches for were changed",
                        r.id
                    )));
                }
            }
            prev = r.hash;
            Ok(())
        })?;
        if let Some(missing) = self.states_without_row()?.first() {
            return Err(Error::store(format!(
                "audit chain broken: case states are vouched for by row {missing}, which is \
                 not in the log (rows were removed)"
            )));
        }
        Ok(Head {
            rows: seen,
            hash: prev,
        })
    }

    /// The chain's head as it stands: its last row's id (the rows are
    /// numbered from 1 without a gap, as `verify` checks) and hash.
    pub fn chain_head(&self) -> Result<Head> {
        let (rows, hash) = head(&self.tx)?;
        Ok(Head { rows, hash })
    }

    /// The hash of audit row `id`, if there is one.
    pub fn audit_hash(&self, id: i64) -> Result<Option<String>> {
        self.tx
            .prepare_cached("SELECT lower(hex(hash)) FROM audit WHERE id = ?1")?
            .query_opt(params![id], |r| r.get(0))
    }
}

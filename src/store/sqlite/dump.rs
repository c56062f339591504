//! The whole store as tables of rows and back (`export store` and the
//! import of one): every table in the order it was made, its columns by
//! name, each value as SQLite holds it. A restore goes into a new store
//! only, so every id is kept and the audit chain continues unbroken.
//! Table and column names read from a file are checked against this
//! store's own before any SQL is built with them.

use rusqlite::types::ValueRef;

use super::Tx;
use crate::error::{Error, Result};
use crate::store::{Cell, Dumped};

/// The tables, in the order they were made (a table is made after those it
/// refers to); SQLite's own are not ours to copy.
fn tables(tx: &rusqlite::Transaction) -> Result<Vec<String>> {
    let mut st = tx.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         ORDER BY rowid",
    )?;
    let names = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

fn columns(tx: &rusqlite::Transaction, table: &str) -> Result<Vec<String>> {
    let mut st = tx.prepare(&format!("PRAGMA table_info({})", quote(table)))?;
    let names = st
        .query_map([], |r| r.get(1))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

/// A table's rows in a stable order: by rowid, or for a table without one
/// by its primary key.
fn order(tx: &rusqlite::Transaction, table: &str) -> Result<String> {
    let sql: String = tx.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?;
    if !sql.to_uppercase().contains("WITHOUT ROWID") {
        return Ok("rowid".into());
    }
    let mut st = tx.prepare(&format!("PRAGMA table_info({})", quote(table)))?;
    let mut key: Vec<(i64, String)> = st
        .query_map([], |r| Ok((r.get::<_, i64>(5)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(pk, _)| *pk > 0)
        .collect();
    key.sort();
    Ok(key
        .iter()
        .map(|(_, c)| quote(c))
        .collect::<Vec<_>>()
        .join(", "))
}

fn list(names: &[&String]) -> String {
    if names.is_empty() {
        "none".into()
    } else {
        names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl Tx<'_> {
    /// Every table with its columns, then its rows in id order, one at a
    /// time.
    pub fn dump(&self, mut each: impl FnMut(Dumped<'_>) -> Result<()>) -> Result<()> {
        for name in tables(&self.tx)? {
            let cols = columns(&self.tx, &name)?;
            each(Dumped::Table(&name, &cols))?;
            let list: Vec<String> = cols.iter().map(|c| quote(c)).collect();
            let mut st = self.tx.prepare(&format!(
                "SELECT {} FROM {} ORDER BY {}",
                list.join(", "),
                quote(&name),
                order(&self.tx, &name)?
            ))?;
            let mut rows = st.query([])?;
            let mut cells = Vec::with_capacity(cols.len());
            while let Some(r) = rows.next()? {
                cells.clear();
                for i in 0..cols.len() {
                    cells.push(match r.get_ref(i)? {
                        ValueRef::Null => Cell::Null,
                        ValueRef::Integer(v) => Cell::Int(v),
                        ValueRef::Real(v) => Cell::Real(v),
                        ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
                        ValueRef::Blob(b) => Cell::Bytes(b.to_vec()),
                    });
                }
                each(Dumped::Row(&cells))?;
            }
        }
        Ok(())
    }

    /// How many rows the store holds beyond its settings (`meta`): a store
    /// just made holds none.
    pub fn rows_beyond_settings(&self) -> Result<u64> {
        let mut n = 0;
        for name in tables(&self.tx)? {
            if name != "meta" {
                n += self.tx.query_row(
                    &format!("SELECT count(*) FROM {}", quote(&name)),
                    [],
                    |r| r.get::<_, i64>(0),
                )? as u64;
            }
        }
        Ok(n)
    }

    /// Start a restore into this new store: references are checked when
    /// it commits (rows come table by table), and the new store's own
    /// settings give way to the restored ones.
    pub fn restore_begin(&mut self) -> Result<()> {
        if self.rows_beyond_settings()? > 0 {
            return Err(Error::usage(
                "a store export is restored into a new store only, and this one holds data"
                    .to_string(),
            ));
        }
        self.tx.pragma_update(None, "defer_foreign_keys", "ON")?;
        self.tx.execute("DELETE FROM meta", [])?;
        Ok(())
    }

    /// Check that `table` and its `columns` are this store's, in its order.
    pub fn restore_table(&self, table: &str, cols: &[String]) -> Result<()> {
        if !tables(&self.tx)?.iter().any(|t| t == table) {
            return Err(Error::usage(format!(
                "table '{table}' is not one of this store's"
            )));
        }
        let have = columns(&self.tx, table)?;
        if have != cols {
            let theirs: Vec<&String> = cols.iter().filter(|c| !have.contains(c)).collect();
            let ours: Vec<&String> = have.iter().filter(|c| !cols.contains(c)).collect();
            let what = match (theirs.is_empty(), ours.is_empty()) {
                (true, true) => "its columns in another order".to_string(),
                _ => format!(
                    "the column(s) {} where this store has {}",
                    list(&theirs),
                    list(&ours)
                ),
            };
            return Err(Error::usage(format!(
                "table '{table}' in the file has {what}: an export of this schema version \
                 has exactly this store's columns, so the file was changed since"
            )));
        }
        Ok(())
    }

    /// One row of `table` (checked by [`Tx::restore_table`]) as it was.
    pub fn restore_row(&self, table: &str, cols: &[String], cells: &[Cell]) -> Result<()> {
        let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        let list: Vec<String> = cols.iter().map(|c| quote(c)).collect();
        let mut st = self.tx.prepare_cached(&format!(
            "INSERT INTO {} ({}) VALUES ({})",
            quote(table),
            list.join(", "),
            marks.join(", ")
        ))?;
        let values = cells.iter().map(|c| match c {
            Cell::Null => rusqlite::types::Value::Null,
            Cell::Int(v) => rusqlite::types::Value::Integer(*v),
            Cell::Real(v) => rusqlite::types::Value::Real(*v),
            Cell::Text(t) => rusqlite::types::Value::Text(t.clone()),
            Cell::Bytes(b) => rusqlite::types::Value::Blob(b.clone()),
        });
        st.execute(rusqlite::params_from_iter(values))
            .map_err(|e| Error::usage(format!("table '{table}': {e}")))?;
        Ok(())
    }

    /// Every reference among the restored rows holds.
    pub fn restore_end(&self) -> Result<()> {
        let mut st = self.tx.prepare("PRAGMA foreign_key_check")?;
        let mut rows = st.query([])?;
        if let Some(r) = rows.next()? {
            let table: String = r.get(0)?;
            let rowid: Option<i64> = r.get(1)?;
            let parent: String = r.get(2)?;
            return Err(Error::usage(format!(
                "row {} of table '{table}' refers to a row of '{parent}' that is not there",
                rowid.map_or("?".to_string(), |v| v.to_string())
            )));
        }
        Ok(())
    }
}

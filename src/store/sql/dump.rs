//! The whole store as tables of rows and back (`export store` and the
//! import of one): every table in the order it was made, its columns by
//! name, each value as SQLite holds it. A restore goes into a new store
//! only, so every id is kept and the audit chain continues unbroken.
//! Table and column names read from a file are checked against this
//! store's own before any SQL is built with them.

use crate::error::{Error, Result};
use crate::store::db::{params, Db, Engine, Param};
use crate::store::Tx;
use crate::store::{Cell, Dumped};

/// Tables the store keeps from its other tables by triggers (the
/// deadlines' tallies): not exported, and made again as the rows they
/// count are restored.
const DERIVED_TABLES: [&str; 1] = ["deadline_tallies"];

/// The tables, in the order they were made (a table is made after those it
/// refers to); the engine's own are not ours to copy, nor are those kept
/// from the others ([`DERIVED_TABLES`]).
fn tables(tx: &Db) -> Result<Vec<String>> {
    Ok(all_tables(tx)?
        .into_iter()
        .filter(|t| !DERIVED_TABLES.contains(&t.as_str()))
        .collect())
}

/// Every table of the store, kept ones too.
fn all_tables(tx: &Db) -> Result<Vec<String>> {
    let sql = match tx.engine() {
        Engine::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY rowid"
        }
        Engine::Postgres => {
            "SELECT c.relname::text FROM pg_class c \
             WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace \
               AND c.relname <> 'oversight_schema' \
             ORDER BY c.oid"
        }
    };
    tx.prepare(sql)?.query_map(params![], |r| r.get(0))
}

fn columns(tx: &Db, table: &str) -> Result<Vec<String>> {
    match tx.engine() {
        Engine::Sqlite => tx
            .prepare(&format!("PRAGMA table_info({})", quote(table)))?
            .query_map(params![], |r| r.get(1)),
        Engine::Postgres => tx
            .prepare(
                "SELECT column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = ?1 \
                 ORDER BY ordinal_position",
            )?
            .query_map(params![table], |r| r.get(0)),
    }
}

/// A table's rows in a stable order: by rowid, or for a table without one
/// (and on PostgreSQL) by its primary key.
fn order(tx: &Db, table: &str) -> Result<String> {
    let mut key: Vec<(i64, String)> = match tx.engine() {
        Engine::Sqlite => {
            let sql: String = tx.query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
                params![table],
                |r| r.get(0),
            )?;
            if !sql.to_uppercase().contains("WITHOUT ROWID") {
                return Ok("rowid".into());
            }
            tx.prepare(&format!("PRAGMA table_info({})", quote(table)))?
                .query_map(params![], |r| Ok((r.get::<i64>(5)?, r.get::<String>(1)?)))?
                .into_iter()
                .filter(|(pk, _)| *pk > 0)
                .collect()
        }
        Engine::Postgres => tx
            .prepare(
                "SELECT k.ordinal_position::bigint, k.column_name::text \
                 FROM information_schema.table_constraints t \
                 JOIN information_schema.key_column_usage k \
                   ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema \
                 WHERE t.table_schema = current_schema() AND t.table_name = ?1 \
                   AND t.constraint_type = 'PRIMARY KEY'",
            )?
            .query_map(params![table], |r| Ok((r.get(0)?, r.get(1)?)))?,
    };
    if key.is_empty() {
        // No key: every column, which orders the rows all the same.
        return Ok(columns(tx, table)?
            .iter()
            .map(|c| quote(c))
            .collect::<Vec<_>>()
            .join(", "));
    }
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

/// Every table of the store as a statement names them: quoted, with
/// commas between (ANALYZE, VACUUM).
fn all_tables_named(tx: &Db) -> Result<String> {
    let names: Vec<String> = all_tables(tx)?.iter().map(|t| quote(t)).collect();
    Ok(names.join(", "))
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The indexes a bulk load need not keep up row by row, on SQLite: those
/// of the lists and reports, none of which an import reads through (it
/// reads its cases back, and their deadlines, by case). Made again whole
/// when the load ends, they took 1.2 s at 100,000 cases (`sqlite3`).
const DEFERRABLE_INDEXES: [&str; 11] = [
    "cases_status",
    "cases_received_number",
    "cases_closed",
    "case_officers_badge",
    "events_allegation",
    "events_kind_date",
    "deadlines_unsatisfied",
    "deadlines_satisfied",
    "deadlines_span",
    "deadlines_due",
    "case_states_audit",
];

/// Indexes dropped for a bulk load: the statements that make them again,
/// as the store had them.
#[must_use = "the indexes are made again by Tx::rebuild_indexes"]
pub struct DeferredIndexes(Vec<String>);

impl Tx<'_> {
    /// Before a bulk load of `incoming` cases into this store, on SQLite:
    /// when they at least double it, the indexes of the lists and reports
    /// are dropped, to be made again whole (`Tx::rebuild_indexes`) in the
    /// same write. Keeping each up as every row went in cost more than
    /// sorting them once; for a few cases into a large store it would not.
    /// A server keeps its indexes.
    pub fn defer_indexes(&self, incoming: usize) -> Result<DeferredIndexes> {
        if self.tx.engine() != Engine::Sqlite {
            return Ok(DeferredIndexes(Vec::new()));
        }
        let cases: i64 = self
            .tx
            .query_row("SELECT count(*) FROM cases", params![], |r| r.get(0))?;
        if cases as usize > incoming {
            return Ok(DeferredIndexes(Vec::new()));
        }
        let names: Vec<String> = DEFERRABLE_INDEXES
            .iter()
            .map(|n| format!("'{n}'"))
            .collect();
        let found: Vec<(String, String)> = self
            .tx
            .prepare(&format!(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({})
                 ORDER BY name",
                names.join(", ")
            ))?
            .query_map(params![], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let mut made = Vec::with_capacity(found.len());
        for (name, sql) in found {
            self.tx
                .execute(&format!("DROP INDEX {}", quote(&name)), params![])?;
            made.push(sql);
        }
        Ok(DeferredIndexes(made))
    }

    /// Make again the indexes `defer_indexes` dropped. Their sorts may
    /// spill to temporary files: a bulk write keeps those in memory
    /// (`Store::writing_in_bulk`), where the sorts of a million cases'
    /// indexes took 260 MB.
    pub fn rebuild_indexes(&self, deferred: DeferredIndexes) -> Result<()> {
        if deferred.0.is_empty() {
            return Ok(());
        }
        self.tx.execute("PRAGMA temp_store = FILE", params![])?;
        // Sorted in runs of a megabyte on helper threads, then merged
        // (with the page cache's 32 MiB each index was one run, sorted on
        // this thread alone): 100,000 cases' indexes in 0.6-0.85 s where
        // they took 0.8-1.05 s (`sqlite3`); the import 3.47-3.55 s ->
        // 3.19-3.37 s (medians of 5, in turns).
        let pragma = |name: &str| -> Result<i64> {
            self.tx
                .query_row(&format!("PRAGMA {name}"), params![], |r| r.get(0))
        };
        let (cache, threads) = (pragma("cache_size")?, pragma("threads")?);
        pragma("threads = 2")?;
        self.tx.execute("PRAGMA cache_size = -1024", params![])?;
        for sql in deferred.0 {
            self.tx.execute(&sql, params![])?;
        }
        self.tx
            .execute(&format!("PRAGMA cache_size = {cache}"), params![])?;
        pragma(&format!("threads = {threads}"))?;
        Ok(())
    }

    /// After a bulk load: PostgreSQL's planner is told what the store's
    /// tables now hold (SQLite's needs no telling). The tables are named: a
    /// bare ANALYZE run by a superuser also takes the server's shared
    /// catalogues, and waits on any other database's ANALYZE (seen: an
    /// import stopped by the lock timeout while another database was
    /// analysed).
    pub fn analyze(&self) -> Result<()> {
        if self.tx.engine() == Engine::Postgres {
            let sql = format!("ANALYZE {}", all_tables_named(&self.tx)?);
            self.tx
                .with_postgres(|tx| Ok(tx.batch_execute(&sql)?))
                .expect("on a server")?;
        }
        Ok(())
    }

    /// VACUUM of every table of the store, named (a bare VACUUM run by a
    /// superuser also takes the server's shared catalogues), for
    /// `Store::after_bulk_write`.
    pub(in crate::store) fn vacuum_sql(&self) -> Result<String> {
        // SKIP_LOCKED: a table someone holds a lock on is left to
        // autovacuum rather than waited for.
        Ok(format!(
            "VACUUM (SKIP_LOCKED) {}",
            all_tables_named(&self.tx)?
        ))
    }

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
            let mut cells = Vec::with_capacity(cols.len());
            st.query_each(params![], |r| {
                cells.clear();
                for i in 0..cols.len() {
                    cells.push(r.get::<Cell>(i)?);
                }
                each(Dumped::Row(&cells))
            })?;
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
                    params![],
                    |r| r.get::<i64>(0),
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
        match self.tx.engine() {
            Engine::Sqlite => self
                .tx
                .execute("PRAGMA defer_foreign_keys = ON", params![])?,
            Engine::Postgres => self.tx.execute("SET CONSTRAINTS ALL DEFERRED", params![])?,
        };
        self.tx.execute("DELETE FROM meta", params![])?;
        Ok(())
    }

    /// Check that `table` and its `columns` are this store's, in its order
    /// (from a store at schema version `schema`: without the columns added
    /// since, which restore empty).
    pub fn restore_table(&self, table: &str, cols: &[String], schema: i64) -> Result<()> {
        if !tables(&self.tx)?.iter().any(|t| t == table) {
            return Err(Error::usage(format!(
                "table '{table}' is not one of this store's"
            )));
        }
        let added = crate::store::schema::ADDED_COLUMNS;
        let have: Vec<String> = columns(&self.tx, table)?
            .into_iter()
            .filter(|c| {
                !added
                    .iter()
                    .any(|(v, t, name)| *v > schema && *t == table && name == c)
            })
            .collect();
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

    /// Rows of `table` (checked by [`Tx::restore_table`]) as they were, in
    /// one statement (a server is asked once, not once a row).
    pub fn restore_rows(&self, table: &str, cols: &[String], rows: &[Vec<Cell>]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = cols.iter().map(|c| quote(c)).collect();
        let values: Vec<&dyn Param> = rows.iter().flatten().map(|c| c as &dyn Param).collect();
        self.tx
            .insert_rows(
                &format!("INSERT INTO {} ({})", quote(table), list.join(", ")),
                cols.len(),
                &values,
            )
            .map_err(|e| Error::usage(format!("table '{table}': {e}")))?;
        Ok(())
    }

    /// Every reference among the restored rows holds.
    pub fn restore_end(&self) -> Result<()> {
        if self.tx.engine() == Engine::Postgres {
            // The deadlines' tallies, which no trigger keeps on a server
            // (`sql::tallies`), counted from the deadlines restored.
            self.tx.execute("DELETE FROM deadline_tallies", params![])?;
            self.tx.execute(
                crate::store::sqlite::schema::deadline_tallies_fill!(),
                params![],
            )?;
            // References are checked as the transaction commits; the
            // numbering of each table continues after its restored rows;
            // the planner learns the tables' sizes now, or `verify` in the
            // same transaction would scan a table for each case.
            self.analyze()?;
            for table in tables(&self.tx)? {
                if columns(&self.tx, &table)?.iter().any(|c| c == "id") {
                    self.tx.query_row(
                        &format!(
                            "SELECT setval(pg_get_serial_sequence('{t}', 'id'), \
                             coalesce((SELECT max(id) FROM {q}), 0) + 1, false)",
                            t = table.replace('\'', "''"),
                            q = quote(&table)
                        ),
                        params![],
                        |_| Ok(()),
                    )?;
                }
            }
            return Ok(());
        }
        let mut st = self.tx.prepare("PRAGMA foreign_key_check")?;
        if let Some((table, rowid, parent)) = st.query_opt(params![], |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<Option<i64>>(1)?,
                r.get::<String>(2)?,
            ))
        })? {
            return Err(Error::usage(format!(
                "row {} of table '{table}' refers to a row of '{parent}' that is not there",
                rowid.map_or("?".to_string(), |v| v.to_string())
            )));
        }
        Ok(())
    }
}

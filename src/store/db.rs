//! One transaction interface over the two engines. The store's queries are
//! written once, in the SQL SQLite and PostgreSQL both speak (`?N`
//! parameters, rewritten to `$N` for PostgreSQL; integers for truth values;
//! dates as `YYYY-MM-DD` text), and run through [`Db`]. What only one
//! engine has (pragmas, SQLite's online backup, PostgreSQL's roles) stays
//! in that engine's module; the few SQLite functions the queries use
//! (`hex`, `unhex`, `group_concat`) are created in a PostgreSQL store by its
//! schema.

use std::cell::{Cell as Counter, RefCell};
use std::collections::HashMap;

use bytes::BytesMut;
use chrono::NaiveDate;
use postgres::types::{FromSql, IsNull, ToSql, Type};

use crate::error::{Error, Result};
use crate::store::records::Cell;

#[cfg(test)]
thread_local! {
    static HEARD: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// Every statement `f` has prepared on this thread, in order (for the
/// tests of the query plans).
#[cfg(test)]
pub fn statements_of<T>(f: impl FnOnce() -> T) -> (T, Vec<String>) {
    HEARD.with(|h| *h.borrow_mut() = Some(Vec::new()));
    let out = f();
    let heard = HEARD.with(|h| h.borrow_mut().take()).unwrap_or_default();
    (out, heard)
}

#[inline]
fn heard(_sql: &str) {
    #[cfg(test)]
    HEARD.with(|h| {
        if let Some(v) = h.borrow_mut().as_mut() {
            v.push(_sql.to_string());
        }
    });
}

/// Which engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// An open transaction of either engine.
pub enum Db<'c> {
    Sqlite {
        tx: rusqlite::Transaction<'c>,
        changed: Counter<u64>,
    },
    Postgres(PgTx<'c>),
}

/// How many rows a PostgreSQL query hands over at a time.
const PORTAL_ROWS: i32 = 2000;

/// A PostgreSQL transaction, with its connection's statements. Statements
/// are run one at a time (the transaction is borrowed for each).
pub struct PgTx<'c> {
    tx: RefCell<postgres::Transaction<'c>>,
    statements: &'c Statements,
    changed: Counter<u64>,
}

/// The statements a PostgreSQL connection has run, for the rest of the
/// connection (every transaction of the process). SQL run once is sent in
/// one round trip, unprepared, its parameters typed by the client (the
/// server parses and plans it each time); SQL run more often than
/// [`PREPARE_AFTER`] times is prepared (planned once; each run is still one
/// round trip). A command's process runs most of its statements once or
/// twice, where preparing would cost a round trip more; a bulk load runs a
/// few statements thousands of times.
#[derive(Default)]
pub struct Statements(RefCell<HashMap<String, Statement>>);

struct Statement {
    /// The SQL as PostgreSQL reads it.
    sql: String,
    /// How many times it was run unprepared.
    runs: u32,
    prepared: Option<postgres::Statement>,
}

/// How many times a statement is run unprepared before it is prepared.
const PREPARE_AFTER: u32 = 3;

/// How a statement is run this time.
enum Plan {
    Unprepared(String),
    Prepared(postgres::Statement),
}

impl<'c> Db<'c> {
    pub fn sqlite(tx: rusqlite::Transaction<'c>) -> Db<'c> {
        Db::Sqlite {
            tx,
            changed: Counter::new(0),
        }
    }

    /// A PostgreSQL transaction, with the statements its connection keeps.
    pub fn postgres(tx: postgres::Transaction<'c>, statements: &'c Statements) -> Db<'c> {
        Db::Postgres(PgTx {
            tx: RefCell::new(tx),
            statements,
            changed: Counter::new(0),
        })
    }

    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite { .. } => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// The PostgreSQL transaction, for what only PostgreSQL has.
    pub fn with_postgres<T>(
        &self,
        f: impl FnOnce(&mut postgres::Transaction<'c>) -> Result<T>,
    ) -> Option<Result<T>> {
        match self {
            Db::Sqlite { .. } => None,
            Db::Postgres(pg) => Some(f(&mut pg.tx.borrow_mut())),
        }
    }

    /// Rows inserted, updated or deleted by this transaction so far.
    pub fn changes(&self) -> u64 {
        match self {
            Db::Sqlite { changed, .. } => changed.get(),
            Db::Postgres(pg) => pg.changed.get(),
        }
    }

    pub fn commit(self) -> Result<()> {
        match self {
            Db::Sqlite { tx, .. } => Ok(tx.commit()?),
            Db::Postgres(pg) => Ok(pg.tx.into_inner().commit()?),
        }
    }

    /// A statement kept for the rest of the transaction (SQLite: for the
    /// connection) to be run again.
    pub fn prepare_cached(&self, sql: &str) -> Result<Stmt<'_, 'c>> {
        heard(sql);
        match self {
            Db::Sqlite { tx, changed } => Ok(Stmt::Sqlite(
                SqliteStmt::Cached(tx.prepare_cached(sql)?),
                changed,
            )),
            Db::Postgres(pg) => Ok(Stmt::Postgres(pg, sql.to_string())),
        }
    }

    /// A statement run once or a few times (SQL built for this call).
    pub fn prepare(&self, sql: &str) -> Result<Stmt<'_, 'c>> {
        heard(sql);
        match self {
            Db::Sqlite { tx, changed } => {
                Ok(Stmt::Sqlite(SqliteStmt::Plain(tx.prepare(sql)?), changed))
            }
            Db::Postgres(pg) => Ok(Stmt::Postgres(pg, sql.to_string())),
        }
    }

    /// SQLite's plan for `sql` (`EXPLAIN QUERY PLAN`, its parameters left
    /// unbound: without stored statistics the plan does not depend on
    /// them), one line per step. For the tests of the query plans.
    #[cfg(test)]
    pub fn query_plan(&self, sql: &str) -> Result<Vec<String>> {
        let Db::Sqlite { tx, .. } = self else {
            return Err(Error::store("query plans are read on SQLite"));
        };
        let mut st = tx.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let mut rows = st.raw_query();
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(r.get::<_, String>(3)?);
        }
        Ok(out)
    }

    pub fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    /// Run `INSERT ...` of one row into a table keyed by `id`; the new
    /// row's id. SQLite gives it as the connection's last rowid: a
    /// `RETURNING` costs SQLite a temporary table a statement, and doubled
    /// the time of an insert (an import makes hundreds of thousands).
    /// PostgreSQL returns it (`RETURNING id`).
    pub fn insert_id(&self, sql: &str, params: &[&dyn Param]) -> Result<i64> {
        match self {
            Db::Sqlite { tx, .. } => {
                self.prepare_cached(sql)?.execute(params)?;
                Ok(tx.last_insert_rowid())
            }
            Db::Postgres(_) => self
                .prepare_cached(&format!("{sql} RETURNING id"))?
                .insert_returning(params, |r| r.get(0)),
        }
    }

    /// As [`Db::insert_id`] for an `INSERT ... ON CONFLICT DO NOTHING`:
    /// the new row's id, or none when it wrote nothing.
    pub fn insert_id_unless(&self, sql: &str, params: &[&dyn Param]) -> Result<Option<i64>> {
        match self {
            Db::Sqlite { tx, .. } => {
                Ok((self.prepare_cached(sql)?.execute(params)? == 1)
                    .then(|| tx.last_insert_rowid()))
            }
            Db::Postgres(_) => self
                .prepare_cached(&format!("{sql} RETURNING id"))?
                .insert_returning_opt(params, |r| r.get(0)),
        }
    }

    /// Insert rows of `width` values each (`values`, row after row) with
    /// `head` (`INSERT INTO t (a, b)`): a few hundred rows to a statement,
    /// one round trip each on a server, instead of one a row. How many rows
    /// were written.
    pub fn insert_rows(&self, head: &str, width: usize, values: &[&dyn Param]) -> Result<usize> {
        self.insert_rows_then(head, width, values, "")
    }

    /// As [`Db::insert_rows`], each statement ending with `tail` (`ON
    /// CONFLICT ...`).
    pub fn insert_rows_then(
        &self,
        head: &str,
        width: usize,
        values: &[&dyn Param],
        tail: &str,
    ) -> Result<usize> {
        let mut n = 0;
        for (sql, chunk) in row_statements(head, width, values, tail) {
            n += self.prepare_cached(&sql)?.execute(chunk)?;
        }
        Ok(n)
    }

    /// As [`Db::insert_rows`], into a table whose `id` each new row takes
    /// from the engine (SQLite's rowid, a PostgreSQL sequence): the new
    /// rows' ids, in the order of the rows given. Both engines number the
    /// rows of one `VALUES` list in its order, each above the last (SQLite
    /// one above the largest id, a sequence the next value), whatever
    /// order `RETURNING` gives them back in.
    pub fn insert_rows_ids(
        &self,
        head: &str,
        width: usize,
        values: &[&dyn Param],
    ) -> Result<Vec<i64>> {
        let ids = self.insert_rows_ids_then(head, width, values, "")?;
        if ids.len() * width != values.len() {
            return Err(Error::store(format!(
                "store error: {} row(s) written of {} ({head})",
                ids.len(),
                values.len() / width.max(1)
            )));
        }
        Ok(ids)
    }

    /// As [`Db::insert_rows_ids`], each statement's `VALUES` followed by
    /// `tail` (`ON CONFLICT ... DO NOTHING`): the ids of the rows written,
    /// in order, which may be fewer than the rows given.
    pub fn insert_rows_ids_then(
        &self,
        head: &str,
        width: usize,
        values: &[&dyn Param],
        tail: &str,
    ) -> Result<Vec<i64>> {
        let tail = if tail.is_empty() {
            "RETURNING id".to_string()
        } else {
            format!("{tail} RETURNING id")
        };
        let mut ids = Vec::with_capacity(values.len() / width.max(1));
        for (sql, chunk) in row_statements(head, width, values, &tail) {
            let mut more: Vec<i64> = self.prepare_cached(&sql)?.query_map(chunk, |r| r.get(0))?;
            more.sort_unstable();
            ids.append(&mut more);
        }
        Ok(ids)
    }

    /// The one row `sql` returns (no row is an error).
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }

    /// The first row `sql` returns, if any.
    pub fn query_opt<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        self.prepare_cached(sql)?.query_opt(params, f)
    }
}

/// The statements that insert `values` (rows of `width`) with `head`, a
/// few hundred rows to one, each with the values it binds: both engines'
/// limits on parameters (SQLite 32,766) hold. Each statement has a power of
/// two rows (250 rows are 128 + 64 + 32 + 16 + 8 + 2), so a bulk load that
/// writes its rows a few cases at a time meets a handful of statements,
/// each prepared once and kept, instead of one for every count of rows.
fn row_statements<'a, 'v, 'p>(
    head: &'a str,
    width: usize,
    values: &'v [&'p dyn Param],
    tail: &'a str,
) -> impl Iterator<Item = (std::rc::Rc<str>, &'v [&'p dyn Param])> + use<'a, 'v, 'p> {
    const MOST_VALUES: usize = 30_000;
    const MOST_ROWS: usize = 256;
    debug_assert!(
        width == 0 || values.len().is_multiple_of(width),
        "whole rows"
    );
    let most = (MOST_VALUES / width.max(1)).clamp(1, MOST_ROWS);
    let mut rest = if width == 0 { &values[..0] } else { values };
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let rows = rest.len() / width;
        // The largest power of two of rows at most both; values short of a
        // row (a caller's slip) go as they are, for the engine to refuse.
        let n = match rows {
            0 => rest.len(),
            _ => (1 << (usize::BITS - 1 - rows.min(most).leading_zeros())) * width,
        };
        let (chunk, more) = rest.split_at(n);
        rest = more;
        Some((rows_sql(head, width, n, tail), chunk))
    })
}

/// The SQL spelt for one head: (width, values, tail, SQL).
type SpeltForHead = Vec<(usize, usize, String, std::rc::Rc<str>)>;

thread_local! {
    /// The SQL of [`row_statements`] by head.
    static ROWS_SQL: RefCell<HashMap<String, SpeltForHead>> = RefCell::new(HashMap::new());
}

/// `head VALUES (?1, ?2), (?3, ?4) tail` for `n` values in rows of
/// `width`, spelt once per thread (an import writes millions of values).
fn rows_sql(head: &str, width: usize, n: usize, tail: &str) -> std::rc::Rc<str> {
    ROWS_SQL.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(known) = memo.get(head) {
            if let Some((.., sql)) = known
                .iter()
                .find(|(w, v, t, _)| (*w, *v, t.as_str()) == (width, n, tail))
            {
                return sql.clone();
            }
        }
        use std::fmt::Write;
        let mut sql = String::with_capacity(head.len() + tail.len() + 9 + n * 7);
        sql.push_str(head);
        sql.push_str(" VALUES ");
        for i in 0..n {
            let sep = match (i % width, i) {
                (0, 0) => "(",
                (0, _) => "), (",
                _ => ", ",
            };
            write!(sql, "{sep}?{}", i + 1).expect("writing to a String");
        }
        sql.push(')');
        if !tail.is_empty() {
            sql.push(' ');
            sql.push_str(tail);
        }
        let sql: std::rc::Rc<str> = sql.into();
        memo.entry(head.to_string())
            .or_default()
            .push((width, n, tail.to_string(), sql.clone()));
        sql
    })
}

impl PgTx<'_> {
    /// How `sql` is run now: unprepared its first few times, then prepared
    /// (and kept), or prepared at once when `prepare` asks for it.
    fn plan(&self, sql: &str, prepare: bool) -> Result<Plan> {
        let mut map = self.statements.0.borrow_mut();
        let entry = map.entry(sql.to_string()).or_insert_with(|| Statement {
            sql: postgres_sql(sql),
            runs: 0,
            prepared: None,
        });
        if let Some(st) = &entry.prepared {
            return Ok(Plan::Prepared(st.clone()));
        }
        if !prepare && entry.runs < PREPARE_AFTER {
            entry.runs += 1;
            return Ok(Plan::Unprepared(entry.sql.clone()));
        }
        let st = self.tx.borrow_mut().prepare(&entry.sql)?;
        entry.prepared = Some(st.clone());
        Ok(Plan::Prepared(st))
    }

    /// Every row `sql` returns, received whole: the client library waits
    /// once for the answer, where reading it row by row it waits (enters
    /// its runtime, polls the connection) for each row.
    fn rows(&self, sql: &str, params: &[&dyn Param]) -> Result<Vec<postgres::Row>> {
        let args: Vec<PgArg> = params.iter().map(|p| p.pg()).collect();
        let plan = self.plan(sql, false)?;
        let mut tx = self.tx.borrow_mut();
        Ok(match &plan {
            Plan::Unprepared(text) => {
                let typed: Vec<(&(dyn ToSql + Sync), Type)> = args
                    .iter()
                    .map(|a| (a as &(dyn ToSql + Sync), a.pg_type()))
                    .collect();
                tx.query_typed(text, &typed)?
            }
            Plan::Prepared(st) => {
                let refs: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
                tx.query(st, &refs)?
            }
        })
    }

    /// Run `sql` to its end: every row it returns, and how many rows it
    /// changed.
    fn run(&self, sql: &str, params: &[&dyn Param]) -> Result<(Vec<postgres::Row>, u64)> {
        use postgres::fallible_iterator::FallibleIterator;
        let args: Vec<PgArg> = params.iter().map(|p| p.pg()).collect();
        let plan = self.plan(sql, false)?;
        let mut tx = self.tx.borrow_mut();
        let mut it = match &plan {
            Plan::Unprepared(text) => {
                tx.query_typed_raw(text, args.iter().map(|a| (a, a.pg_type())))?
            }
            Plan::Prepared(st) => tx.query_raw(st, args.iter())?,
        };
        let mut rows = Vec::new();
        while let Some(r) = it.next()? {
            rows.push(r);
        }
        let changed = it.rows_affected().unwrap_or(0);
        Ok((rows, changed))
    }
}

pub enum SqliteStmt<'a> {
    Cached(rusqlite::CachedStatement<'a>),
    Plain(rusqlite::Statement<'a>),
}

impl<'a> std::ops::Deref for SqliteStmt<'a> {
    type Target = rusqlite::Statement<'a>;
    fn deref(&self) -> &Self::Target {
        match self {
            SqliteStmt::Cached(s) => s,
            SqliteStmt::Plain(s) => s,
        }
    }
}

impl std::ops::DerefMut for SqliteStmt<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        match self {
            SqliteStmt::Cached(s) => &mut *s,
            SqliteStmt::Plain(s) => s,
        }
    }
}

/// A prepared statement of either engine.
pub enum Stmt<'a, 'c> {
    Sqlite(SqliteStmt<'a>, &'a Counter<u64>),
    Postgres(&'a PgTx<'c>, String),
}

/// Bind `params` to a SQLite statement, each as it is converted: no list
/// of them is gathered first (an import binds millions). As many as the
/// statement takes, as rusqlite's own binding checks.
fn bind_sqlite(st: &mut rusqlite::Statement, params: &[&dyn Param]) -> rusqlite::Result<()> {
    let expected = st.parameter_count();
    if params.len() != expected {
        return Err(rusqlite::Error::InvalidParameterCount(
            params.len(),
            expected,
        ));
    }
    for (i, p) in params.iter().enumerate() {
        st.raw_bind_parameter(i + 1, p.sqlite()?)?;
    }
    Ok(())
}

impl Stmt<'_, '_> {
    /// Count `n` rows changed by this statement in its transaction's tally.
    fn changed(&self, n: u64) {
        let tally = match self {
            Stmt::Sqlite(_, changed) => changed,
            Stmt::Postgres(pg, _) => &pg.changed,
        };
        tally.set(tally.get() + n);
    }

    /// Run a statement that returns no rows; how many rows it changed.
    pub fn execute(&mut self, params: &[&dyn Param]) -> Result<usize> {
        let n = match self {
            Stmt::Sqlite(st, _) => {
                bind_sqlite(st, params)?;
                st.raw_execute()?
            }
            Stmt::Postgres(pg, sql) => pg.run(sql, params)?.1 as usize,
        };
        self.changed(n as u64);
        Ok(n)
    }

    /// Run an `INSERT ... RETURNING ...` of one row; what `f` makes of the
    /// row as stored (its defaults filled in).
    pub fn insert_returning<T>(
        &mut self,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        let out = self.query_row(params, f)?;
        self.changed(1);
        Ok(out)
    }

    /// Run an insert that may write nothing (`ON CONFLICT DO NOTHING`):
    /// the row it `RETURNING`s, if it wrote one.
    pub fn insert_returning_opt<T>(
        &mut self,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        let out = self.query_opt(params, f)?;
        self.changed(out.is_some().into());
        Ok(out)
    }

    /// Hand each row to `f`, in order, as they are read.
    pub fn query_each(
        &mut self,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        match self {
            Stmt::Sqlite(st, _) => {
                bind_sqlite(st, params)?;
                let mut rows = st.raw_query();
                while let Some(r) = rows.next()? {
                    f(&Row::Sqlite(r))?;
                }
            }
            Stmt::Postgres(pg, sql) => {
                // Through a portal, a batch at a time: memory stays flat
                // however long the answer, and `f` may run other queries of
                // the transaction between batches.
                let Plan::Prepared(st) = pg.plan(sql, true)? else {
                    unreachable!("a portal is bound to a prepared statement")
                };
                let args: Vec<PgArg> = params.iter().map(|p| p.pg()).collect();
                let refs: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
                let portal = pg.tx.borrow_mut().bind(&st, &refs)?;
                loop {
                    let rows = pg.tx.borrow_mut().query_portal(&portal, PORTAL_ROWS)?;
                    for r in &rows {
                        f(&Row::Postgres(r))?;
                    }
                    if rows.len() < PORTAL_ROWS as usize {
                        break;
                    }
                }
            }
        }
        Ok(())
    }

    /// Hand each row to `f`, in order, the answer received whole first
    /// (as [`Stmt::query_map`] receives it): on a server one round trip,
    /// where [`Stmt::query_each`]'s portal takes two (for a short answer,
    /// or one kept whole anyway; `f` may not run other queries of the
    /// transaction).
    pub fn query_each_at_once(
        &mut self,
        params: &[&dyn Param],
        f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        self.query_map(params, f).map(|_| ())
    }

    /// Each row made into a `T` by `map`, handed to `each` as it is read.
    pub fn query_for_each<T>(
        &mut self,
        params: &[&dyn Param],
        mut map: impl FnMut(&Row) -> Result<T>,
        mut each: impl FnMut(T) -> Result<()>,
    ) -> Result<()> {
        self.query_each(params, |r| each(map(r)?))
    }

    /// Every row, each made into a `T` by `f`. (On PostgreSQL the answer
    /// comes in one round trip: it is all kept anyway.)
    pub fn query_map<T>(
        &mut self,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        if let Stmt::Postgres(pg, sql) = self {
            return pg
                .rows(sql, params)?
                .iter()
                .map(|r| f(&Row::Postgres(r)))
                .collect();
        }
        let mut out = Vec::new();
        self.query_each(params, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row, if any.
    pub fn query_opt<T>(
        &mut self,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        match self {
            Stmt::Sqlite(st, _) => {
                bind_sqlite(st, params)?;
                let mut rows = st.raw_query();
                match rows.next()? {
                    Some(r) => f(&Row::Sqlite(r)).map(Some),
                    None => Ok(None),
                }
            }
            Stmt::Postgres(pg, sql) => match pg.rows(sql, params)?.first() {
                Some(r) => f(&Row::Postgres(r)).map(Some),
                None => Ok(None),
            },
        }
    }

    /// The one row (none is an error).
    pub fn query_row<T>(
        &mut self,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(params, f)?
            .ok_or_else(|| Error::store("store error: a query returned no rows"))
    }

    /// Does the query return a row?
    pub fn exists(&mut self, params: &[&dyn Param]) -> Result<bool> {
        Ok(self.query_opt(params, |_| Ok(()))?.is_some())
    }
}

/// A row of a result.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a postgres::Row),
}

impl Row<'_> {
    /// Column `i` (from 0) as a `T`.
    pub fn get<T: Col>(&self, i: usize) -> Result<T> {
        match self {
            Row::Sqlite(r) => Ok(T::from_sqlite(r, i)?),
            Row::Postgres(r) => {
                let cell: Cell = r.try_get(i)?;
                T::from_cell(cell)
                    .map_err(|e| Error::store(format!("store error: column {i}: {e}")))
            }
        }
    }

    /// A text column handed to `f` (`None` where it is NULL), read in
    /// place on SQLite: for columns of a few values met by the hundred
    /// thousand, where each read's copy would be thrown away.
    pub fn with_text<T>(&self, i: usize, f: impl FnOnce(Option<&str>) -> T) -> Result<T> {
        if let Row::Sqlite(r) = self {
            match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => return Ok(f(None)),
                rusqlite::types::ValueRef::Text(t) => {
                    if let Ok(t) = std::str::from_utf8(t) {
                        return Ok(f(Some(t)));
                    }
                }
                _ => {}
            }
        }
        Ok(f(self.get::<Option<String>>(i)?.as_deref()))
    }

    /// A `YYYY-MM-DD` column as a date.
    pub fn date(&self, i: usize) -> Result<NaiveDate> {
        if let Some(Some(d)) = self.sqlite_date(i) {
            return Ok(d);
        }
        let s: String = self.get(i)?;
        parse_stored_date(&s, i)
    }

    /// SQLite's text read in place, without a copy (reports and exports
    /// read dates by the hundred thousand): `None` when the column is not
    /// a well-formed date, and the caller reads it the general way.
    fn sqlite_date(&self, i: usize) -> Option<Option<NaiveDate>> {
        let Row::Sqlite(r) = self else {
            return None;
        };
        match r.get_ref(i).ok()? {
            rusqlite::types::ValueRef::Null => Some(None),
            rusqlite::types::ValueRef::Text(t) => {
                crate::model::iso_date(std::str::from_utf8(t).ok()?)?.map(Some)
            }
            _ => None,
        }
    }

    /// A date column that may be empty.
    pub fn opt_date(&self, i: usize) -> Result<Option<NaiveDate>> {
        if let Some(d) = self.sqlite_date(i) {
            return Ok(d);
        }
        match self.get::<Option<String>>(i)? {
            Some(s) => parse_stored_date(&s, i).map(Some),
            None => Ok(None),
        }
    }

    pub fn column_count(&self) -> usize {
        match self {
            Row::Sqlite(r) => r.as_ref().column_count(),
            Row::Postgres(r) => r.len(),
        }
    }
}

fn parse_stored_date(s: &str, i: usize) -> Result<NaiveDate> {
    crate::model::iso_date(s).flatten().ok_or_else(|| {
        Error::store(format!(
            "store error: column {i}: '{s}' is not a date (YYYY-MM-DD)"
        ))
    })
}

// A value read from PostgreSQL, whatever its column's type, is a [`Cell`].
impl<'a> FromSql<'a> for Cell {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(match *ty {
            Type::INT8 => Cell::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Cell::Int(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => Cell::Int(i16::from_sql(ty, raw)?.into()),
            Type::BOOL => Cell::Int(bool::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Cell::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Cell::Real(f32::from_sql(ty, raw)?.into()),
            Type::BYTEA => Cell::Bytes(raw.to_vec()),
            _ => Cell::Text(String::from_sql(ty, raw)?),
        })
    }

    fn from_sql_null(
        _: &Type,
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Cell::Null)
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT8
                | Type::INT4
                | Type::INT2
                | Type::BOOL
                | Type::FLOAT8
                | Type::FLOAT4
                | Type::BYTEA
        ) || <String as FromSql>::accepts(ty)
    }
}

/// A Rust value a column can be read as, on either engine.
pub trait Col: Sized {
    fn from_sqlite(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Self>;
    fn from_cell(cell: Cell) -> std::result::Result<Self, String>;
}

macro_rules! int_col {
    ($($t:ty),*) => {$(
        impl Col for $t {
            fn from_sqlite(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
                row.get(i)
            }
            fn from_cell(cell: Cell) -> std::result::Result<Self, String> {
                match cell {
                    Cell::Int(v) => <$t>::try_from(v).map_err(|e| e.to_string()),
                    other => Err(format!("expected an integer, found {other:?}")),
                }
            }
        }
    )*};
}
int_col!(i64, i32, u32);

impl Col for bool {
    fn from_sqlite(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        row.get(i)
    }
    fn from_cell(cell: Cell) -> std::result::Result<Self, String> {
        match cell {
            Cell::Int(v) => Ok(v != 0),
            other => Err(format!("expected a truth value, found {other:?}")),
        }
    }
}

impl Col for f64 {
    fn from_sqlite(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        row.get(i)
    }
    fn from_cell(cell: Cell) -> std::result::Result<Self, String> {
        match cell {
            Cell::Real(v) => Ok(v),
            Cell::Int(v) => Ok(v as f64),
            other => Err(format!("expected a number, found {other:?}")),
        }
    }
}

impl Col for String {
    fn from_sqlite(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        row.get(i)
    }
    fn from_cell(cell: Cell) -> std::result::Result<Self, String> {
        match cell {
            Cell::Text(v) => Ok(v),
            other => Err(format!("expected text, found {other:?}")),
        }
    }
}

impl Col for Vec<u8> {
    fn from_sqlite(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        row.get(i)
    }
    fn from_cell(cell: Cell) -> std::result::Result<Self, String> {
        match cell {
            Cell::Bytes(v) => Ok(v),
            other => Err(format!("expected bytes, found {other:?}")),
        }
    }
}

impl Col for Cell {
    fn from_sqlite(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        use rusqlite::types::ValueRef;
        Ok(match row.get_ref(i)? {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(v) => Cell::Int(v),
            ValueRef::Real(v) => Cell::Real(v),
            ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Cell::Bytes(b.to_vec()),
        })
    }
    fn from_cell(cell: Cell) -> std::result::Result<Self, String> {
        Ok(cell)
    }
}

impl<T: Col> Col for Option<T> {
    fn from_sqlite(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        match row.get_ref(i)? {
            rusqlite::types::ValueRef::Null => Ok(None),
            _ => T::from_sqlite(row, i).map(Some),
        }
    }
    fn from_cell(cell: Cell) -> std::result::Result<Self, String> {
        match cell {
            Cell::Null => Ok(None),
            c => T::from_cell(c).map(Some),
        }
    }
}

/// A parameter of a query, on either engine.
pub trait Param: Sync {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>>;
    fn pg(&self) -> PgArg<'_>;
}

/// A parameter as PostgreSQL is sent it: encoded for whatever type the
/// server gives the parameter (an integer for a `BIGINT` or a truth value,
/// text for text).
#[derive(Debug)]
pub enum PgArg<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Bytes(&'a [u8]),
}

impl PgArg<'_> {
    /// The type the parameter is sent as when a statement is not prepared
    /// (the server then has no type of its own to give it). A null takes
    /// whatever type its place in the query has.
    fn pg_type(&self) -> Type {
        static UNSPECIFIED: std::sync::OnceLock<Type> = std::sync::OnceLock::new();
        match self {
            PgArg::Null => UNSPECIFIED
                .get_or_init(|| {
                    Type::new(
                        "unspecified".into(),
                        0,
                        postgres::types::Kind::Pseudo,
                        "pg_catalog".into(),
                    )
                })
                .clone(),
            PgArg::Int(_) => Type::INT8,
            PgArg::Real(_) => Type::FLOAT8,
            PgArg::Text(_) => Type::TEXT,
            PgArg::Bytes(_) => Type::BYTEA,
        }
    }
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for PgArg<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
        match self {
            PgArg::Null => Ok(IsNull::Yes),
            PgArg::Int(v) => match *ty {
                Type::INT8 => v.to_sql(ty, out),
                Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*v)?.to_sql(ty, out),
                Type::BOOL => (*v != 0).to_sql(ty, out),
                Type::FLOAT8 => (*v as f64).to_sql(ty, out),
                _ => v.to_string().to_sql(ty, out),
            },
            PgArg::Real(v) => match *ty {
                Type::FLOAT4 => (*v as f32).to_sql(ty, out),
                _ => v.to_sql(ty, out),
            },
            PgArg::Text(s) => s.to_sql(ty, out),
            PgArg::Bytes(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

macro_rules! int_param {
    ($($t:ty),*) => {$(
        impl Param for $t {
            fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> { Ok(rusqlite::types::ToSqlOutput::Owned(rusqlite::types::Value::Integer(*self as i64))) }
            fn pg(&self) -> PgArg<'_> { PgArg::Int(*self as i64) }
        }
    )*};
}
int_param!(i64, i32, u32, u16, u8, usize, u64);

impl Param for bool {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgArg<'_> {
        PgArg::Int(*self as i64)
    }
}

impl Param for f64 {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgArg<'_> {
        PgArg::Real(*self)
    }
}

impl Param for str {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgArg<'_> {
        PgArg::Text(self)
    }
}

impl Param for String {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgArg<'_> {
        PgArg::Text(self)
    }
}

impl Param for [u8] {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgArg<'_> {
        PgArg::Bytes(self)
    }
}

impl Param for Vec<u8> {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgArg<'_> {
        PgArg::Bytes(self)
    }
}

impl<T: Param> Param for Option<T> {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        match self {
            Some(v) => v.sqlite(),
            None => Ok(rusqlite::types::ToSqlOutput::Owned(
                rusqlite::types::Value::Null,
            )),
        }
    }
    fn pg(&self) -> PgArg<'_> {
        match self {
            Some(v) => v.pg(),
            None => PgArg::Null,
        }
    }
}

impl<T: Param + ?Sized> Param for &T {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        (**self).sqlite()
    }
    fn pg(&self) -> PgArg<'_> {
        (**self).pg()
    }
}

impl rusqlite::ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Null => ValueRef::Null,
            Cell::Int(v) => ValueRef::Integer(*v),
            Cell::Real(v) => ValueRef::Real(*v),
            Cell::Text(s) => ValueRef::Text(s.as_bytes()),
            Cell::Bytes(b) => ValueRef::Blob(b),
        }))
    }
}

impl Param for Cell {
    fn sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgArg<'_> {
        match self {
            Cell::Null => PgArg::Null,
            Cell::Int(v) => PgArg::Int(*v),
            Cell::Real(v) => PgArg::Real(*v),
            Cell::Text(s) => PgArg::Text(s),
            Cell::Bytes(b) => PgArg::Bytes(b),
        }
    }
}

/// Values gathered at run time (cells, dates as text) as the query
/// functions take them.
pub fn param_refs<P: Param>(values: &[P]) -> Vec<&dyn Param> {
    values.iter().map(|v| v as &dyn Param).collect()
}

/// `params![a, b]`: a query's parameters, for either engine.
#[macro_export]
macro_rules! sql_params {
    () => { &[] as &[&dyn $crate::store::db::Param] };
    ($($p:expr),+ $(,)?) => { &[$(&$p as &dyn $crate::store::db::Param),+] as &[&dyn $crate::store::db::Param] };
}
pub use crate::sql_params as params;

/// The SQL as PostgreSQL reads it: `?N` parameters become `$N`, SQLite's
/// index hints and join orders go, and `LIKE` is `ILIKE` (SQLite's is
/// case-blind for ASCII letters). Quoted text and names are left as they are.
pub fn postgres_sql(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let chars = sql.chars();
    let mut quote: Option<char> = None;
    for c in chars {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                out.push(c);
            }
            '?' => out.push('$'),
            _ => out.push(c),
        }
    }
    let mut words = String::with_capacity(out.len());
    let mut rest = out.as_str();
    // Outside quotes the hints and LIKE are whole words; a crude scan is
    // enough because the store's own SQL is the only input.
    while let Some(pos) = find_word(rest, "INDEXED BY") {
        words.push_str(&rest[..pos]);
        let after = &rest[pos + "INDEXED BY".len()..];
        let after = after.trim_start();
        let end = after
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        rest = &after[end..];
    }
    words.push_str(rest);
    // SQLite's `CROSS JOIN ... ON` fixes the join order; PostgreSQL plans
    // its own, and has no ON for a cross join.
    replace_word(&replace_word(&words, "LIKE", "ILIKE"), "CROSS JOIN", "JOIN")
}

fn find_word(s: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find(word) {
        let at = from + i;
        let before = s[..at].chars().next_back();
        let after = s[at + word.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        if boundary(before) && boundary(after) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

fn replace_word(s: &str, word: &str, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = find_word(rest, word) {
        out.push_str(&rest[..at]);
        out.push_str(with);
        rest = &rest[at + word.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows go to statements a power of two at a time, each statement's
    /// SQL numbering its values from 1, and the rows are written.
    #[test]
    fn rows_go_to_statements_a_power_of_two_at_a_time() {
        let cells: Vec<Cell> = (0..500).map(Cell::Int).collect();
        let values = param_refs(&cells);
        let made: Vec<(String, usize)> = row_statements("INSERT INTO t (a, b)", 2, &values, "")
            .map(|(sql, chunk)| (sql.to_string(), chunk.len() / 2))
            .collect();
        let rows: Vec<usize> = made.iter().map(|m| m.1).collect();
        assert_eq!(rows, [128, 64, 32, 16, 8, 2]);
        assert_eq!(made[5].0, "INSERT INTO t (a, b) VALUES (?1, ?2), (?3, ?4)");
        assert!(made[0].0.ends_with("(?253, ?254), (?255, ?256)"));
        let at_most: Vec<usize> = row_statements("INSERT INTO t (a)", 1, &values[..300], "X")
            .map(|(sql, chunk)| {
                assert!(sql.ends_with(&format!("?{}) X", chunk.len())), "{sql}");
                chunk.len()
            })
            .collect();
        assert_eq!(at_most, [256, 32, 8, 4]);
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a, b)").unwrap();
        let db = Db::sqlite(conn.transaction().unwrap());
        assert_eq!(
            db.insert_rows("INSERT INTO t (a, b)", 2, &values[..6])
                .unwrap(),
            3
        );
    }

    #[test]
    fn postgres_reads_numbered_parameters_without_hints() {
        assert_eq!(
            postgres_sql(
                "SELECT '?1', \"a?\" FROM deadlines INDEXED BY deadlines_satisfied \
                 CROSS JOIN b ON b.x = a.x WHERE x = ?1 AND name LIKE ?2 AND unliked = ?12"
            ),
            "SELECT '?1', \"a?\" FROM deadlines  \
             JOIN b ON b.x = a.x WHERE x = $1 AND name ILIKE $2 AND unliked = $12"
        );
    }
}

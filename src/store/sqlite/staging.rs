//! Where an import's rows wait between reading the file and writing the
//! store: a private temporary SQLite database (SQLite deletes it as soon as
//! it is open, so it has no name another process could read, and it is gone
//! when the import ends). Rows of a case may be anywhere in a file; here
//! they are handed back a case at a time, so memory holds one case, not the
//! file.

use rusqlite::{params, Connection};

use crate::error::Result;

/// One staged row: its line in the file, its byte span there, its cells.
pub struct StagedRow {
    pub line: u64,
    pub cells: Vec<String>,
}

pub struct Staging {
    conn: Connection,
    width: usize,
    rows: usize,
}

impl Staging {
    /// An empty staging area for rows of `width` cells.
    pub fn new(width: usize) -> Result<Staging> {
        // "" is SQLite's private temporary database on disk.
        let conn = Connection::open("")?;
        conn.pragma_update(None, "cache_size", -8192)?;
        conn.pragma_update(None, "temp_store", "FILE")?;
        let cells: Vec<String> = (0..width).map(|i| format!("c{i} TEXT NOT NULL")).collect();
        conn.execute_batch(&format!(
            "CREATE TABLE rows (key TEXT NOT NULL, line INTEGER NOT NULL, start INTEGER NOT NULL,
                                 stop INTEGER NOT NULL, {});
             CREATE TABLE digests (digest BLOB PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;
             BEGIN;",
            cells.join(", ")
        ))?;
        Ok(Staging {
            conn,
            width,
            rows: 0,
        })
    }

    /// Keep a row of case `key` from `line`, found at bytes `[start, stop)`.
    pub fn add(
        &mut self,
        key: &str,
        line: u64,
        (start, stop): (u64, u64),
        cells: &[String],
    ) -> Result<()> {
        debug_assert_eq!(cells.len(), self.width);
        let marks: Vec<String> = (5..5 + self.width).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO rows VALUES (?1, ?2, ?3, ?4, {})",
            marks.join(", ")
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut args: Vec<rusqlite::types::Value> = vec![
            key.to_string().into(),
            (line as i64).into(),
            (start as i64).into(),
            (stop as i64).into(),
        ];
        args.extend(cells.iter().map(|c| c.clone().into()));
        st.execute(rusqlite::params_from_iter(args))?;
        self.rows += 1;
        Ok(())
    }

    /// The line of an earlier record with the same digest, else `None`
    /// (and this one is remembered).
    pub fn repeat_of(&mut self, digest: &[u8], line: u64) -> Result<Option<u64>> {
        let inserted = self
            .conn
            .prepare_cached("INSERT OR IGNORE INTO digests VALUES (?1, ?2)")?
            .execute(params![digest, line as i64])?;
        if inserted == 1 {
            return Ok(None);
        }
        Ok(Some(self.conn.query_row(
            "SELECT line FROM digests WHERE digest = ?1",
            params![digest],
            |r| r.get::<_, i64>(0),
        )? as u64))
    }

    /// Every row is in: order them by case.
    pub fn loaded(&mut self) -> Result<()> {
        self.conn.execute_batch(
            "COMMIT; CREATE INDEX rows_by_case ON rows (key, line); DROP TABLE digests;",
        )?;
        Ok(())
    }

    /// How many rows were staged.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// How many cases (distinct keys) the rows make.
    pub fn cases(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT count(DISTINCT key) FROM rows", [], |r| {
                r.get::<_, i64>(0)
            })? as usize)
    }

    /// The rows case by case (by key, each case's rows in file order).
    pub fn each_case(&self, mut f: impl FnMut(Vec<StagedRow>) -> Result<()>) -> Result<()> {
        let cols: Vec<String> = (0..self.width).map(|i| format!("c{i}")).collect();
        let mut st = self.conn.prepare(&format!(
            "SELECT key, line, {} FROM rows INDEXED BY rows_by_case ORDER BY key, line",
            cols.join(", ")
        ))?;
        let mut rows = st.query([])?;
        let mut key: Option<String> = None;
        let mut group: Vec<StagedRow> = Vec::new();
        while let Some(r) = rows.next()? {
            let k: String = r.get(0)?;
            if key.as_deref() != Some(k.as_str()) && !group.is_empty() {
                f(std::mem::take(&mut group))?;
            }
            key = Some(k);
            let mut cells = Vec::with_capacity(self.width);
            for i in 0..self.width {
                cells.push(r.get(i + 2)?);
            }
            group.push(StagedRow {
                line: r.get::<_, i64>(1)? as u64,
                cells,
            });
        }
        if !group.is_empty() {
            f(group)?;
        }
        Ok(())
    }

    /// The lines and byte spans of the rows of cases `keys` and of the rows
    /// at `lines`, in file order.
    pub fn spans(
        &self,
        keys: &std::collections::BTreeSet<String>,
        lines: &std::collections::BTreeSet<u64>,
    ) -> Result<Vec<(u64, u64, u64)>> {
        let mut st = self
            .conn
            .prepare("SELECT key, line, start, stop FROM rows ORDER BY line")?;
        let mut rows = st.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let key: String = r.get(0)?;
            let line = r.get::<_, i64>(1)? as u64;
            if keys.contains(&key) || lines.contains(&line) {
                out.push((line, r.get::<_, i64>(2)? as u64, r.get::<_, i64>(3)? as u64));
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_come_back_case_by_case_in_file_order() {
        let mut s = Staging::new(2).unwrap();
        let row = |a: &str, b: &str| vec![a.to_string(), b.to_string()];
        s.add("B", 2, (10, 20), &row("b", "1")).unwrap();
        s.add("A", 3, (20, 30), &row("a", "1")).unwrap();
        s.add("B", 4, (30, 40), &row("b", "2")).unwrap();
        assert_eq!(s.repeat_of(b"x", 2).unwrap(), None);
        assert_eq!(s.repeat_of(b"x", 4).unwrap(), Some(2));
        s.loaded().unwrap();
        assert_eq!((s.rows(), s.cases().unwrap()), (3, 2));
        let mut seen = Vec::new();
        s.each_case(|g| {
            seen.push(
                g.iter()
                    .map(|r| (r.line, r.cells[1].clone()))
                    .collect::<Vec<_>>(),
            );
            Ok(())
        })
        .unwrap();
        assert_eq!(
            seen,
            [
                vec![(3, "1".to_string())],
                vec![(2, "1".to_string()), (4, "2".to_string())]
            ]
        );
        let keys = ["A".to_string()].into_iter().collect();
        let lines = [4].into_iter().collect();
        assert_eq!(s.spans(&keys, &lines).unwrap(), [(3, 20, 30), (4, 30, 40)]);
    }
}

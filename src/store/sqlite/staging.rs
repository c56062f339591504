//! Where an import's rows wait between reading the file and writing the
//! store: a private temporary SQLite database (SQLite deletes it as soon as
//! it is open, so it has no name another process could read, and it is gone
//! when the import ends). Rows of a case may be anywhere in a file; here
//! they are handed back a case at a time, so memory holds one case, not the
//! file.

use std::collections::BTreeMap;

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
    /// The last key added, while every key so far has come in order (a
    /// file already in case order needs no sorting); `None` once one has
    /// not.
    last_key: Option<String>,
    in_order: bool,
    /// Distinct keys so far, while in order.
    keys: usize,
}

impl Staging {
    /// An empty staging area for rows of `width` cells.
    pub fn new(width: usize) -> Result<Staging> {
        // A row's cells are kept packed in one value: binding and reading
        // two dozen columns a row was most of the staging's cost.
        let conn = private(
            "CREATE TABLE rows (key TEXT NOT NULL, line INTEGER NOT NULL, start INTEGER NOT NULL,
                                 stop INTEGER NOT NULL, cells BLOB NOT NULL);",
        )?;
        Ok(Staging {
            conn,
            width,
            rows: 0,
            last_key: None,
            in_order: true,
            keys: 0,
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
        self.conn
            .prepare_cached("INSERT INTO rows VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![
                key,
                line as i64,
                start as i64,
                stop as i64,
                pack(cells)
            ])?;
        if self.in_order {
            match &mut self.last_key {
                Some(last) if last.as_str() > key => self.in_order = false,
                Some(last) if last.as_str() == key => {}
                _ => {
                    self.last_key = Some(key.to_string());
                    self.keys += 1;
                }
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Every row is in: order them by case (rows already in case order,
    /// as an export writes them, are read as they were added).
    pub fn loaded(&mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        if !self.in_order {
            self.conn
                .execute_batch("CREATE INDEX rows_by_case ON rows (key, line);")?;
        }
        Ok(())
    }

    /// How many rows were staged.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// How many cases (distinct keys) the rows make (once loaded).
    pub fn cases(&self) -> Result<usize> {
        if self.in_order {
            return Ok(self.keys);
        }
        Ok(self
            .conn
            .query_row("SELECT count(DISTINCT key) FROM rows", [], |r| {
                r.get::<_, i64>(0)
            })? as usize)
    }

    /// The rows case by case (by key, each case's rows in file order).
    pub fn each_case(&self, mut f: impl FnMut(Vec<StagedRow>) -> Result<()>) -> Result<()> {
        // Added in key order, the rows are in key and line order as they
        // were added (the rowid).
        let mut st = self.conn.prepare(if self.in_order {
            "SELECT key, line, cells FROM rows ORDER BY rowid"
        } else {
            "SELECT key, line, cells FROM rows INDEXED BY rows_by_case ORDER BY key, line"
        })?;
        let mut rows = st.query([])?;
        let mut key: Option<String> = None;
        let mut group: Vec<StagedRow> = Vec::new();
        while let Some(r) = rows.next()? {
            let k = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            if key.as_deref() != Some(k) {
                if !group.is_empty() {
                    f(std::mem::take(&mut group))?;
                }
                key = Some(k.to_string());
            }
            group.push(StagedRow {
                line: r.get::<_, i64>(1)? as u64,
                cells: unpack(
                    r.get_ref(2)?.as_blob().map_err(rusqlite::Error::from)?,
                    self.width,
                )?,
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

/// A private temporary SQLite database on disk ("" names one: SQLite
/// deletes it as soon as it is open) with `tables`, a write begun.
fn private(tables: &str) -> Result<Connection> {
    let conn = Connection::open("")?;
    conn.pragma_update(None, "cache_size", -8192)?;
    conn.pragma_update(None, "temp_store", "FILE")?;
    conn.execute_batch(&format!("{tables} BEGIN;"))?;
    Ok(conn)
}

/// The digests of a file's records, to find those that repeat an earlier
/// one exactly; kept apart from the rows, so that a second thread can read
/// the file for them while the first stages it.
pub struct Repeats {
    conn: Connection,
}

impl Repeats {
    pub fn new() -> Result<Repeats> {
        Ok(Repeats {
            conn: private("CREATE TABLE digests (digest BLOB NOT NULL, line INTEGER NOT NULL);")?,
        })
    }

    /// Keep the digest of the record at `line`.
    pub fn add(&mut self, digest: &[u8], line: u64) -> Result<()> {
        self.conn
            .prepare_cached("INSERT INTO digests VALUES (?1, ?2)")?
            .execute(params![digest, line as i64])?;
        Ok(())
    }

    /// Every record whose digest an earlier one had: its line -> the
    /// first such record's line. The digests are sorted once, which at a
    /// million rows is many times faster than looking each up as it comes.
    pub fn found(self) -> Result<BTreeMap<u64, u64>> {
        let mut out = BTreeMap::new();
        let mut st = self
            .conn
            .prepare("SELECT digest, line FROM digests ORDER BY digest, line")?;
        let mut rows = st.query([])?;
        let mut first: Option<(Vec<u8>, u64)> = None;
        while let Some(r) = rows.next()? {
            let digest = r.get_ref(0)?.as_blob().map_err(rusqlite::Error::from)?;
            let line = r.get::<_, i64>(1)? as u64;
            match &first {
                Some((d, at)) if d.as_slice() == digest => {
                    out.insert(line, *at);
                }
                _ => first = Some((digest.to_vec(), line)),
            }
        }
        Ok(out)
    }
}

/// A row's cells as one value: each cell's length (4 bytes, little
/// endian), then its bytes.
fn pack(cells: &[String]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cells.iter().map(|c| c.len() + 4).sum());
    for c in cells {
        out.extend_from_slice(&(c.len() as u32).to_le_bytes());
        out.extend_from_slice(c.as_bytes());
    }
    out
}

/// The cells [`pack`] packed.
fn unpack(mut bytes: &[u8], width: usize) -> Result<Vec<String>> {
    let broken = || {
        crate::error::Error::store("the import's staging area is damaged: a row does not unpack")
    };
    let mut cells = Vec::with_capacity(width);
    while !bytes.is_empty() {
        let (len, rest) = bytes.split_first_chunk::<4>().ok_or_else(broken)?;
        let len = u32::from_le_bytes(*len) as usize;
        let cell = rest.get(..len).ok_or_else(broken)?;
        cells.push(String::from_utf8(cell.to_vec()).map_err(|_| broken())?);
        bytes = &rest[len..];
    }
    if cells.len() != width {
        return Err(broken());
    }
    Ok(cells)
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
        let mut repeats = Repeats::new().unwrap();
        for (digest, line) in [(b"x", 5), (b"y", 3), (b"x", 2), (b"x", 4)] {
            repeats.add(digest, line).unwrap();
        }
        assert_eq!(repeats.found().unwrap(), BTreeMap::from([(4, 2), (5, 2)]));
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

    /// Rows that come in case order are read back as they came, and any
    /// cell (empty, non-ASCII, holding a line break) comes back as it went.
    #[test]
    fn rows_in_case_order_come_back_unsorted_and_whole() {
        let cells = |a: &str| vec![a.to_string(), String::new(), "Zoë\n\"x\"".to_string()];
        let groups = |keys: &[&str]| {
            let mut s = Staging::new(3).unwrap();
            for (i, k) in keys.iter().enumerate() {
                s.add(k, i as u64 + 2, (0, 0), &cells(k)).unwrap();
            }
            s.loaded().unwrap();
            let in_order = s.in_order;
            let mut seen = Vec::new();
            s.each_case(|g| {
                assert!(g.iter().all(|r| r.cells == cells(&r.cells[0])));
                seen.push(
                    g.iter()
                        .map(|r| (r.cells[0].clone(), r.line))
                        .collect::<Vec<_>>(),
                );
                Ok(())
            })
            .unwrap();
            // Counted as they came in order, or from the sorted rows.
            assert_eq!(s.cases().unwrap(), seen.len());
            (in_order, seen)
        };
        let one = |k: &str, l: u64| (k.to_string(), l);
        assert_eq!(
            groups(&["A", "A", "B"]),
            (
                true,
                vec![vec![one("A", 2), one("A", 3)], vec![one("B", 4)]]
            )
        );
        // A case met again after another is not in order, however the
        // keys before it ran.
        assert_eq!(
            groups(&["A", "B", "B", "A"]),
            (
                false,
                vec![
                    vec![one("A", 2), one("A", 5)],
                    vec![one("B", 3), one("B", 4)]
                ]
            )
        );
    }

    #[test]
    fn a_damaged_staged_row_is_an_error_not_a_short_row() {
        let packed = pack(&["ab".to_string(), "c".to_string()]);
        assert_eq!(unpack(&packed, 2).unwrap(), ["ab", "c"]);
        assert!(unpack(&packed, 3).is_err());
        assert!(unpack(&packed[..packed.len() - 1], 2).is_err());
    }
}

//! The store export format (`export store`, read back by `import`): JSON
//! Lines. The first line says what the file is; then each table is a line
//! naming it and its columns, followed by a line per row (an array of its
//! values: null, numbers, strings, `{"hex": …}` for bytes); the last line
//! counts the tables and rows and gives the SHA-256 of every byte before
//! it, so a file cut short or changed is refused rather than half-read.
//! Pure: bytes in and out; the store reads and writes the rows.

use std::io::{BufRead, Write};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::store::{hex, unhex, Cell};

/// What the first line says.
pub const FORMAT: &str = "oversight-store";
/// This build writes and reads version 1.
pub const VERSION: u64 = 1;

/// Whether `first_line` starts a store export (as `import` tells one from
/// CSV).
pub fn is_store_export(first_line: &str) -> bool {
    serde_json::from_str::<Value>(first_line.trim_start_matches('\u{feff}').trim())
        .ok()
        .and_then(|v| v.get("format").and_then(Value::as_str).map(|f| f == FORMAT))
        .unwrap_or(false)
}

pub struct Writer<W: Write> {
    out: W,
    hash: Sha256,
    tables: u64,
    rows: u64,
    width: usize,
}

impl<W: Write> Writer<W> {
    /// Begin the file; `about` is added to the first line (the schema
    /// version, who exported it and when).
    pub fn new(out: W, about: serde_json::Map<String, Value>) -> Result<Self> {
        let mut head = serde_json::Map::new();
        head.insert("format".into(), FORMAT.into());
        head.insert("version".into(), VERSION.into());
        head.extend(about);
        let mut w = Writer {
            out,
            hash: Sha256::new(),
            tables: 0,
            rows: 0,
            width: 0,
        };
        w.line(&Value::Object(head))?;
        Ok(w)
    }

    fn line(&mut self, v: &Value) -> Result<()> {
        let mut text = serde_json::to_string(v).map_err(|e| Error::store(e.to_string()))?;
        text.push('\n');
        self.hash.update(text.as_bytes());
        self.out.write_all(text.as_bytes())?;
        Ok(())
    }

    pub fn table(&mut self, name: &str, columns: &[String]) -> Result<()> {
        self.tables += 1;
        self.width = columns.len();
        self.line(&json!({"table": name, "columns": columns}))
    }

    pub fn row(&mut self, cells: &[Cell]) -> Result<()> {
        debug_assert_eq!(cells.len(), self.width);
        self.rows += 1;
        self.line(&Value::Array(cells.iter().map(to_json).collect()))
    }

    /// The last line; returns the rows written.
    pub fn finish(mut self) -> Result<u64> {
        let digest = hex(&self.hash.clone().finalize());
        let end = json!({"end": {"tables": self.tables, "rows": self.rows, "sha256": digest}});
        let text = format!("{end}\n");
        self.out.write_all(text.as_bytes())?;
        self.out.flush()?;
        Ok(self.rows)
    }
}

fn to_json(c: &Cell) -> Value {
    match c {
        Cell::Null => Value::Null,
        Cell::Int(v) => (*v).into(),
        Cell::Real(v) => serde_json::Number::from_f64(*v).map_or(Value::Null, Value::Number),
        Cell::Text(t) => t.clone().into(),
        Cell::Bytes(b) => json!({"hex": hex(b)}),
    }
}

/// One thing the file holds after its first line.
#[derive(Debug, PartialEq)]
pub enum Item {
    Table { name: String, columns: Vec<String> },
    Row(Vec<Cell>),
}

pub struct Reader<R: BufRead> {
    input: R,
    /// For messages: the file as the person named it.
    shown: String,
    pub about: serde_json::Map<String, Value>,
    hash: Sha256,
    line: u64,
    width: Option<usize>,
    tables: u64,
    rows: u64,
    ended: bool,
    /// A line ended in CR LF (the file went through a Windows tool).
    crlf: bool,
}

impl<R: BufRead> Reader<R> {
    /// Read and check the first line.
    pub fn new(mut input: R, shown: &str) -> Result<Self> {
        let mut first = String::new();
        input.read_line(&mut first)?;
        // A byte-order mark an editor put first is no part of the export
        // (its digest is of the text without one).
        if let Some(rest) = first.strip_prefix('\u{feff}') {
            first = rest.to_string();
        }
        let bad = |why: String| Error::usage(format!("{shown}: line 1: {why}"));
        let about = match serde_json::from_str::<Value>(first.trim_end()) {
            Ok(Value::Object(m)) if m.get("format").and_then(Value::as_str) == Some(FORMAT) => m,
            _ => return Err(bad(format!("not a store export (`{FORMAT}` first line)"))),
        };
        match about.get("version").and_then(Value::as_u64) {
            Some(VERSION) => {}
            Some(v) if v > VERSION => {
                return Err(Error::store(format!(
                    "{shown}: a store export of version {v}, made by a newer oversight; this \
                     build reads version {VERSION}"
                )))
            }
            _ => {
                return Err(bad(
                    "its version is missing or not one this build reads".into()
                ))
            }
        }
        let mut hash = Sha256::new();
        hash.update(first.as_bytes());
        Ok(Reader {
            input,
            shown: shown.to_string(),
            about,
            hash,
            line: 1,
            width: None,
            tables: 0,
            rows: 0,
            ended: false,
            crlf: false,
        })
    }

    fn bad(&self, why: impl std::fmt::Display) -> Error {
        Error::usage(format!("{}: line {}: {why}", self.shown, self.line))
    }

    /// The next table or row; `None` after the last line, once its counts
    /// and digest are checked.
    pub fn next_item(&mut self) -> Result<Option<Item>> {
        let mut text = String::new();
        if self.input.read_line(&mut text)? == 0 {
            if self.ended {
                return Ok(None);
            }
            return Err(Error::usage(format!(
                "{}: ends at line {} without its last line: the file was cut short",
                self.shown, self.line
            )));
        }
        self.line += 1;
        if self.ended {
            return Err(self.bad("comes after the last line"));
        }
        if !text.ends_with('\n') {
            // Every line is written whole, with its newline.
            return Err(Error::usage(format!(
                "{}: line {} stops part-way: the file was cut short",
                self.shown, self.line
            )));
        }
        self.crlf |= text.ends_with("\r\n");
        let v: Value = serde_json::from_str(text.trim_end()).map_err(|e| self.bad(e))?;
        if let Some(end) = v.get("end") {
            let digest = hex(&self.hash.clone().finalize());
            let (tables, rows) = (end["tables"].as_u64(), end["rows"].as_u64());
            if end["sha256"].as_str() != Some(digest.as_str())
                || tables != Some(self.tables)
                || rows != Some(self.rows)
            {
                return Err(self.bad(format!(
                    "the file is not as it was exported (its digest or counts differ): \
                     changed or cut since{}",
                    if self.crlf {
                        "; its lines end in CR LF, as Windows tools write them: use the file \
                         as `export store` wrote it"
                    } else {
                        ""
                    }
                )));
            }
            self.ended = true;
            return self.next_item();
        }
        self.hash.update(text.as_bytes());
        match v {
            Value::Object(m) => {
                let name = m.get("table").and_then(Value::as_str);
                let columns: Option<Vec<String>> = m.get("columns").and_then(|c| {
                    c.as_array()?
                        .iter()
                        .map(|x| x.as_str().map(String::from))
                        .collect()
                });
                match (name, columns) {
                    (Some(name), Some(columns)) => {
                        self.tables += 1;
                        self.width = Some(columns.len());
                        Ok(Some(Item::Table {
                            name: name.to_string(),
                            columns,
                        }))
                    }
                    _ => Err(self.bad("expected a table line: {\"table\": …, \"columns\": […]}")),
                }
            }
            Value::Array(values) => {
                let Some(width) = self.width else {
                    return Err(self.bad("a row before any table line"));
                };
                if values.len() != width {
                    return Err(self.bad(format!(
                        "{} value(s), but its table has {width} column(s)",
                        values.len()
                    )));
                }
                let mut cells = Vec::with_capacity(width);
                for v in values {
                    cells.push(match v {
                        Value::Null => Cell::Null,
                        Value::String(s) => Cell::Text(s),
                        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                            (Some(i), _) => Cell::Int(i),
                            (None, Some(f)) => Cell::Real(f),
                            _ => return Err(self.bad(format!("'{n}' is not a number we keep"))),
                        },
                        Value::Object(o) => {
                            match o.get("hex").and_then(Value::as_str).and_then(unhex) {
                                Some(b) if o.len() == 1 => Cell::Bytes(b),
                                _ => return Err(self.bad("expected bytes as {\"hex\": \"…\"}")),
                            }
                        }
                        other => return Err(self.bad(format!("'{other}' is not a value we keep"))),
                    });
                }
                self.rows += 1;
                Ok(Some(Item::Row(cells)))
            }
            _ => Err(self.bad("expected a table line or a row")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut out = Vec::new();
        let mut about = serde_json::Map::new();
        about.insert("schema".into(), 9.into());
        let mut w = Writer::new(&mut out, about).unwrap();
        w.table("t", &["a".into(), "b".into()]).unwrap();
        w.row(&[Cell::Int(1), Cell::Text("x\n\"y\"".into())])
            .unwrap();
        w.row(&[Cell::Real(2.0), Cell::Bytes(vec![0, 255])])
            .unwrap();
        w.table("u", &["c".into()]).unwrap();
        w.row(&[Cell::Null]).unwrap();
        assert_eq!(w.finish().unwrap(), 3);
        out
    }

    fn read_all(bytes: &[u8]) -> Result<Vec<Item>> {
        let mut r = Reader::new(bytes, "f")?;
        assert_eq!(r.about["schema"], 9);
        let mut items = Vec::new();
        while let Some(i) = r.next_item()? {
            items.push(i);
        }
        Ok(items)
    }

    #[test]
    fn every_value_comes_back_as_it_was() {
        let bytes = sample();
        assert!(is_store_export(
            std::str::from_utf8(&bytes).unwrap().lines().next().unwrap()
        ));
        let items = read_all(&bytes).unwrap();
        assert_eq!(
            items,
            [
                Item::Table {
                    name: "t".into(),
                    columns: vec!["a".into(), "b".into()]
                },
                Item::Row(vec![Cell::Int(1), Cell::Text("x\n\"y\"".into())]),
                Item::Row(vec![Cell::Real(2.0), Cell::Bytes(vec![0, 255])]),
                Item::Table {
                    name: "u".into(),
                    columns: vec!["c".into()]
                },
                Item::Row(vec![Cell::Null]),
            ]
        );
    }

    #[test]
    fn a_file_cut_short_or_changed_is_refused() {
        let bytes = sample();
        let text = String::from_utf8(bytes).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        // Cut before its last line, or in the middle of it.
        let cut = lines[..lines.len() - 1].join("\n") + "\n";
        let e = read_all(cut.as_bytes()).unwrap_err().to_string();
        assert!(e.contains("ends at line 6 without its last line"), "{e}");
        // A row left out, with the last line kept.
        let mut fewer = lines.clone();
        fewer.remove(3);
        let e = read_all((fewer.join("\n") + "\n").as_bytes())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("line 6: the file is not as it was exported"),
            "{e}"
        );
        // One value changed.
        let changed = text.replace("[1,", "[2,");
        let e = read_all(changed.as_bytes()).unwrap_err().to_string();
        assert!(e.contains("not as it was exported"), "{e}");
        // A row of the wrong width, a row before any table, not an export.
        let half = &text[..text.len() - 20];
        let e = read_all(half.as_bytes()).unwrap_err().to_string();
        assert!(e.contains("stops part-way: the file was cut short"), "{e}");
        let e = read_all(text.replace('\n', "\r\n").as_bytes())
            .unwrap_err()
            .to_string();
        assert!(e.contains("its lines end in CR LF"), "{e}");
        let wide = text.replace("[null]", "[null,1]");
        let e = read_all(wide.as_bytes()).unwrap_err().to_string();
        assert!(
            e.contains("line 6: 2 value(s), but its table has 1 column(s)"),
            "{e}"
        );
        let e = read_all(b"case,received\n").unwrap_err().to_string();
        assert!(e.contains("line 1: not a store export"), "{e}");
        let newer = text.replace("\"version\":1", "\"version\":2");
        let e = read_all(newer.as_bytes()).unwrap_err().to_string();
        assert!(e.contains("made by a newer oversight"), "{e}");
    }
}

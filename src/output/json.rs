//! JSON for scripts, pretty-printed, made whole before it is written (its
//! control characters are shown escaped over the whole text, see
//! [`super::escape_for_terminal`]); a long list in it is made on every
//! core, a share each.

use std::ops::Range;

use serde::Serialize;

use super::{escape_for_terminal, put};
use crate::error::{Error, Result};

pub fn print_json<T: Serialize + ?Sized>(v: &T) -> Result<()> {
    let text = pretty(v, Vec::with_capacity(128))?;
    write(&[&text, "\n"])
}

/// [`print_json`] of `v` with `rows` as its top-level field `key`, which
/// the caller took out of `v` and left an empty list: the bytes are the
/// same. The rows are made a share on each core at once, then written in
/// their place. A million-case annual report's 97,697 rows of the Chief
/// comparison (25 MB) took 45 ms to make on one core.
pub fn print_json_with_rows<T, R>(v: &T, key: &str, rows: &[R]) -> Result<()>
where
    T: Serialize + ?Sized,
    R: Serialize + Sync,
{
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let (head, shares) = with_rows(v, key, rows, cores)?;
    let mut pieces: Vec<&str> = Vec::with_capacity(shares.len() * 2 + 3);
    let Some(at) = splice_at(&head, key) else {
        return Err(Error::store(format!(
            "cannot render JSON: its field {key} is not an empty list"
        )));
    };
    pieces.push(&head[..at]);
    for (i, (text, items)) in shares.iter().enumerate() {
        if i > 0 {
            pieces.push(",");
        }
        pieces.push(&text[items.clone()]);
    }
    // The list's end, as at the top level's second.
    if !rows.is_empty() {
        pieces.push("\n  ");
    }
    pieces.push(&head[at..]);
    pieces.push("\n");
    write(&pieces)
}

/// Rows each share made on a core of its own has at least (fewer are
/// made on the calling thread: a thread costs more than they do).
const SHARE: usize = 4096;

/// What [`print_json_with_rows`] writes: `v` made whole, and the rows'
/// shares (their text and, in it, the items without the list's
/// brackets), made on up to `cores` threads at once.
type Shares = Vec<(String, Range<usize>)>;

fn with_rows<T, R>(v: &T, key: &str, rows: &[R], cores: usize) -> Result<(String, Shares)>
where
    T: Serialize + ?Sized,
    R: Serialize + Sync,
{
    if rows.is_empty() {
        return Ok((pretty(v, Vec::with_capacity(128))?, Vec::new()));
    }
    let n = cores.clamp(1, rows.len().div_ceil(SHARE));
    let per = rows.len().div_ceil(n);
    std::thread::scope(|s| {
        let others: Vec<_> = rows
            .chunks(per)
            .skip(1)
            .map(|share| s.spawn(move || items(share)))
            .collect();
        let head = pretty(v, Vec::with_capacity(64 << 10))?;
        let mut shares = vec![items(&rows[..per.min(rows.len())])?];
        for other in others {
            let share = other
                .join()
                .map_err(|_| Error::store(format!("cannot render JSON: the {key} share failed")))?;
            shares.push(share?);
        }
        Ok((head, shares))
    })
}

/// Where the rows go in `head`: just after the `[` of `"key": []`, which
/// pretty JSON writes only for the top level's field (a string holds its
/// line breaks escaped).
fn splice_at(head: &str, key: &str) -> Option<usize> {
    let field = format!("\n  {}: []", serde_json::to_string(key).ok()?);
    head.find(&field).map(|at| at + field.len() - 1)
}

/// `rows` as pretty JSON items one level below the top level's fields:
/// the list's text, and where its items lie in it (between its brackets).
fn items<R: Serialize>(rows: &[R]) -> Result<(String, Range<usize>)> {
    use serde_json::ser::{Formatter, PrettyFormatter, Serializer};
    // About 256 bytes a row (a Chief comparison row's is 255).
    let mut out = Vec::with_capacity(256 * rows.len() + 64);
    // One level in, as the top level's fields are (an object begun, in
    // nowhere): the list's items then go one further.
    let mut formatter = PrettyFormatter::new();
    formatter
        .begin_object(&mut std::io::sink())
        .map_err(cannot)?;
    rows.serialize(&mut Serializer::with_formatter(&mut out, formatter))
        .map_err(cannot)?;
    let text = String::from_utf8(out).map_err(cannot)?;
    // "[" ... "\n  ]", the list's end one level in too.
    let items = 1..text.len() - "\n  ]".len();
    Ok((text, items))
}

fn pretty<T: Serialize + ?Sized>(v: &T, mut out: Vec<u8>) -> Result<String> {
    serde_json::to_writer_pretty(&mut out, v).map_err(cannot)?;
    String::from_utf8(out).map_err(cannot)
}

fn cannot(e: impl std::fmt::Display) -> Error {
    Error::store(format!("cannot render JSON: {e}"))
}

/// Write the pieces in order, as `out_line` would their text whole: each
/// piece ends where a value or a line does, so none cuts a character or
/// an escape in two.
fn write(pieces: &[&str]) -> Result<()> {
    for piece in pieces {
        put(escape_for_terminal(piece).as_bytes(), true)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Clone)]
    struct Row {
        case: String,
        n: i64,
        words: Option<Vec<String>>,
        nested: serde_json::Value,
    }

    #[derive(Serialize, Clone)]
    struct Report {
        year: i32,
        before: Vec<i64>,
        rows: Vec<Row>,
        after: std::collections::BTreeMap<String, String>,
    }

    fn row(i: usize) -> Row {
        Row {
            // Text that pretty JSON must escape: line breaks, quotes, a
            // control character, and text past ASCII.
            case: format!("2024-{i:04} \"quoted\"\nline\u{1b}[2J é \u{85}"),
            n: i as i64,
            words: (!i.is_multiple_of(3)).then(|| vec!["a\nb".into(); i % 3]),
            nested: serde_json::json!({ "list": [], "empty": {}, "deep": [[i], {"k": "]\n"}] }),
        }
    }

    fn report(n: usize) -> Report {
        Report {
            year: 2024,
            before: vec![1, 2],
            rows: (0..n).map(row).collect(),
            after: [("rows".to_string(), "\n  \"rows\": []".to_string())].into(),
        }
    }

    /// What print_json_with_rows writes, put together.
    fn spliced(whole: &Report, cores: usize) -> String {
        let mut without = whole.clone();
        let rows = std::mem::take(&mut without.rows);
        let (head, shares) = with_rows(&without, "rows", &rows, cores).unwrap();
        let at = splice_at(&head, "rows").unwrap();
        let mut text = head[..at].to_string();
        let items: Vec<&str> = shares.iter().map(|(t, r)| &t[r.clone()]).collect();
        text.push_str(&items.join(","));
        if !rows.is_empty() {
            text.push_str("\n  ");
        }
        text.push_str(&head[at..]);
        text
    }

    #[test]
    fn the_rows_made_in_shares_are_the_json_made_whole() {
        for n in [0, 1, 2, SHARE - 1, SHARE, SHARE + 1, 3 * SHARE + 7] {
            let whole = report(n);
            let expected = serde_json::to_string_pretty(&whole).unwrap();
            for cores in [1, 2, 3, 8] {
                assert_eq!(
                    spliced(&whole, cores),
                    expected,
                    "{n} rows on {cores} cores"
                );
            }
        }
    }

    #[test]
    fn rows_are_shared_out_to_the_cores_a_share_of_at_least_share_rows() {
        let rows: Vec<Row> = (0..3 * SHARE + 7).map(row).collect();
        let without = Report {
            rows: Vec::new(),
            ..report(0)
        };
        let shares =
            |rows: &[Row], cores| with_rows(&without, "rows", rows, cores).unwrap().1.len();
        assert_eq!(shares(&rows, 1), 1);
        assert_eq!(shares(&rows, 2), 2);
        assert_eq!(shares(&rows, 8), 4);
        assert_eq!(shares(&rows[..SHARE], 8), 1);
        assert_eq!(shares(&rows[..0], 8), 0);
    }

    #[test]
    fn the_field_is_found_only_at_the_top_level() {
        // The same words in a string, and a field of that name deeper.
        let head = "{\n  \"note\": \"\\n  \\\"rows\\\": []\",\n  \"x\": {\n    \"rows\": []\n  },\n  \"rows\": []\n}";
        let at = splice_at(head, "rows").unwrap();
        assert_eq!(&head[at - 9..], "\"rows\": []\n}");
        assert_eq!(splice_at("{\n  \"rows\": [\n    1\n  ]\n}", "rows"), None);
    }
}

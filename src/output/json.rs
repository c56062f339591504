//! JSON for scripts, pretty-printed, made whole before it is written,
//! with every control character a terminal would obey written as JSON's
//! own escape ([`json_safe`]); a long list in it is made on every core, a
//! share each.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;

use serde::Serialize;

use super::{may_hold_controls, put};
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
    // The list's end, one level in ("\n  ]"), its "]" the head's.
    if !rows.is_empty() {
        pieces.push("\n  ");
    }
    pieces.push(&head[at..]);
    pieces.push("\n");
    write(&pieces)
}

/// Rows for each core to share out: a list of fewer is made on the
/// calling thread alone (a thread costs more than they do), of up to
/// twice as many on two cores at most, and so on.
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
            .map(|share| {
                std::thread::Builder::new()
                    .spawn_scoped(s, move || items(share))
                    .map_err(|_| share)
            })
            .collect();
        let head = pretty(v, Vec::with_capacity(64 << 10))?;
        let mut shares = vec![items(&rows[..per.min(rows.len())])?];
        for other in others {
            shares.push(match other {
                Ok(thread) => thread.join().map_err(|_| {
                    Error::store(format!("cannot render JSON: the {key} share failed"))
                })??,
                // No thread to be had: made here.
                Err(share) => items(share)?,
            });
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

/// Write the pieces in order, each [`json_safe`] (each ends where a value
/// or a line does, so none cuts a character in two).
fn write(pieces: &[&str]) -> Result<()> {
    for piece in pieces {
        put(json_safe(piece).as_bytes(), true)?;
    }
    Ok(())
}

/// JSON text that is safe on a terminal and still JSON: the control
/// characters serde_json leaves as they are (DEL, and the C1 controls
/// U+0080 to U+009F, which a terminal may obey), found only inside
/// strings, written as JSON's escape of the same character (`\u0085`). A
/// reader of JSON reads the same text. (Shown as text for people is,
/// `\u{0085}`, they made the JSON invalid.) The line breaks between
/// values stay.
pub fn json_safe(text: &str) -> Cow<'_, str> {
    if !may_hold_controls(text, true) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
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
    fn a_core_is_given_a_share_for_each_share_rows_begun() {
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
    fn json_is_kept_safe_for_a_terminal_and_still_json() {
        let value = serde_json::json!({
            "text": "del \u{7f} c1 \u{85} \u{9b}2J csi é\n\t\u{1b}[31m",
            "plain": "nothing to escape",
        });
        let text = serde_json::to_string_pretty(&value).unwrap();
        let safe = json_safe(&text);
        assert!(!safe.chars().any(|c| c.is_control() && c != '\n'), "{safe}");
        assert!(safe.contains("del \\u007f c1 \\u0085 \\u009b2J"), "{safe}");
        // The same value to a reader of JSON.
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
        // Text with none is not copied.
        let plain = serde_json::to_string_pretty(&value["plain"]).unwrap();
        assert!(matches!(json_safe(&plain), Cow::Borrowed(_)));
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

//! Rendering for people and for scripts: comfy-tables on a terminal (colour
//! only there, never with `NO_COLOR`), JSON on stdout, and CSV with cells
//! neutralised against spreadsheet formula injection.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{presets, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width};
use serde::Serialize;

use crate::error::{Error, Result};

mod json;
mod streamed;
use json::json_safe;
pub use json::{print_json, print_json_with_rows};
pub use streamed::TableStream;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// Aligned tables for people.
    #[default]
    Table,
    /// JSON on stdout, for scripts.
    Json,
    /// CSV with a header row, for spreadsheets.
    Csv,
}

static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `-q/--quiet`: keep informational messages off stderr (errors and
/// warnings still go there).
pub fn set_quiet(q: bool) {
    QUIET.store(q, std::sync::atomic::Ordering::Relaxed);
}

pub fn quiet() -> bool {
    QUIET.load(std::sync::atomic::Ordering::Relaxed)
}

/// An informational message on stderr, unless `--quiet`.
#[macro_export]
macro_rules! info {
    ($($t:tt)*) => {
        if !$crate::output::quiet() {
            eprintln!("{}", $crate::output::escape_controls(&format!($($t)*)));
        }
    };
}

/// Whether stdout gets colour: a terminal, and no `NO_COLOR`.
pub fn color_enabled() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// A table with the house style: fits the terminal, UTF-8 lines on a
/// terminal and plain ASCII elsewhere (pipes, files, mail from cron).
pub fn table<I, S>(header: I) -> Table
where
    I: IntoIterator<Item = S>,
    S: Into<Cell>,
{
    let mut t = styled();
    t.set_header(header);
    t
}

/// The house style without a header.
fn styled() -> Table {
    let mut t = Table::new();
    if std::io::stdout().is_terminal() {
        t.load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.load_preset(presets::ASCII_MARKDOWN)
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    // COLUMNS lays a table out for that width, on a terminal or not; a
    // terminal, for its own (`width`).
    if let Some(w) = width() {
        t.set_width(u16::try_from(w).unwrap_or(u16::MAX))
            .set_content_arrangement(ContentArrangement::Dynamic);
    }
    t
}

/// The width a table is laid out for on a terminal that gives none.
const DEFAULT_WIDTH: u16 = 100;

/// Keep column `i` at least `min` characters wide, so that a word of that
/// length (a step's name, a timestamp) is never split.
pub fn keep_whole(t: &mut Table, i: usize, min: usize) {
    if let Some(c) = t.column_mut(i) {
        // The width counts the cell's padding, one space either side.
        c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
            min as u16 + 2,
        )));
    }
}

/// A cell that stands out (overdue rows) when colour is on.
pub fn alert(text: impl ToString, color: bool) -> Cell {
    let c = Cell::new(text);
    if color {
        c.fg(Color::Red)
    } else {
        c
    }
}

pub fn print_table(t: &Table) -> Result<()> {
    out_line(&t.to_string())
}

thread_local! {
    /// Where the data goes instead of stdout (`--output FILE`).
    static SINK: std::cell::RefCell<Option<crate::files::PrivateFile>> =
        const { std::cell::RefCell::new(None) };
}

/// The data of this command goes to `path` instead of stdout: a private
/// file (`crate::files`), named only when `finish` is called; dropped
/// unfinished (an error on the way), it leaves nothing behind.
pub struct Redirect(());

/// Send the data to `path` (`--output`); `force` lets it replace a file.
pub fn redirect(path: &std::path::Path, force: bool) -> Result<Redirect> {
    let f = crate::files::create(path, force)?;
    SINK.with(|s| *s.borrow_mut() = Some(f));
    Ok(Redirect(()))
}

impl Redirect {
    /// Everything is written: the file takes its name.
    pub fn finish(self) -> Result<()> {
        match SINK.with(|s| s.borrow_mut().take()) {
            Some(f) => f.persist(),
            None => Ok(()),
        }
    }
}

impl Drop for Redirect {
    fn drop(&mut self) {
        SINK.with(|s| s.borrow_mut().take());
    }
}

/// Run `f` with its data going to `output` when given (else stdout); the
/// file is named only if `f` succeeds, and that is said on stderr.
pub fn with_output<T>(
    output: Option<&std::path::Path>,
    force: bool,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let Some(path) = output else {
        return f();
    };
    let r = redirect(path, force)?;
    let v = f()?;
    r.finish()?;
    crate::info!("wrote {}", path.display());
    Ok(v)
}

/// Write data to stdout, or to the `--output` file; a closed pipe
/// (`| head`) is not an error. Whatever reaches a terminal (CSV too)
/// shows stored control characters rather than obeying them; a pipe or a
/// file gets the bytes.
fn write_out(bytes: &[u8]) -> Result<()> {
    put(bytes, false)
}

/// As [`write_out`]; `escaped`: the caller has escaped the text already.
fn put(bytes: &[u8], escaped: bool) -> Result<()> {
    let to_file = SINK.with(|s| {
        s.borrow_mut()
            .as_mut()
            .map(|f| f.file().write_all(bytes).map_err(Error::from))
    });
    if let Some(r) = to_file {
        return r;
    }
    let mut out = std::io::stdout().lock();
    let shown;
    let bytes = if !escaped && out.is_terminal() {
        shown = shown_on_terminal(bytes);
        shown.as_bytes()
    } else {
        bytes
    };
    match out.write_all(bytes) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.map_err(Error::from),
    }
}

/// Data bytes as a terminal shows them: text with its control characters
/// escaped ([`escape_for_terminal`]); bytes that are not UTF-8 each shown
/// as U+FFFD, so that no control character passes with them.
fn shown_on_terminal(bytes: &[u8]) -> Cow<'_, str> {
    let text = String::from_utf8_lossy(bytes);
    match escape_for_terminal(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(shown) => Cow::Owned(shown),
    }
}

/// Standard output, or the `--output` file, as a writer of data bytes
/// (buffer it: each write goes straight out). A character split between
/// two writes (a buffer's edge) is held back until it is whole, so that
/// each piece a terminal is sent is checked as text.
#[derive(Default)]
pub struct DataOut {
    /// The first bytes of a character the last write ended in.
    split: Vec<u8>,
}

impl DataOut {
    /// Of what was held back and `buf`, the whole characters (bytes that
    /// are not UTF-8 among them) to send now; the rest is held back.
    fn whole<'a>(&mut self, buf: &'a [u8]) -> Cow<'a, [u8]> {
        let mut bytes = Cow::Borrowed(buf);
        if !self.split.is_empty() {
            bytes = Cow::Owned([std::mem::take(&mut self.split).as_slice(), buf].concat());
        }
        let keep = split_char_len(&bytes);
        if keep > 0 {
            let at = bytes.len() - keep;
            self.split = bytes[at..].to_vec();
            bytes = match bytes {
                Cow::Borrowed(b) => Cow::Borrowed(&b[..at]),
                Cow::Owned(mut b) => {
                    b.truncate(at);
                    Cow::Owned(b)
                }
            };
        }
        bytes
    }
}

impl Write for DataOut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let whole = self.whole(buf);
        write_out(&whole).map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.split.is_empty() {
            return Ok(());
        }
        let split = std::mem::take(&mut self.split);
        write_out(&split).map_err(|e| std::io::Error::other(e.to_string()))
    }
}

impl Drop for DataOut {
    fn drop(&mut self) {
        // Bytes that never became a character go out as they are (a
        // terminal shows them as U+FFFD).
        let _ = self.flush();
    }
}

/// How many bytes at the end of `bytes` begin a UTF-8 character they do
/// not finish (0 to 3).
fn split_char_len(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let b = bytes[bytes.len() - back];
        if b & 0xC0 == 0x80 {
            continue; // a continuation byte: the character began earlier
        }
        let len = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if len > back { back } else { 0 };
    }
    0
}

/// Write one line of data; a control character in it (stored text from
/// before such text was refused) is shown escaped, never obeyed.
pub fn out_line(s: &str) -> Result<()> {
    put(format!("{}\n", escape_for_terminal(s)).as_bytes(), true)
}

/// Control characters shown, not obeyed: a terminal escape in stored text
/// (data from before the check, or another system's) cannot reach the
/// terminal. A newline and a tab stay.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// As [`escape_controls`], but a colour (SGR: ESC [ digits ; ... m), as the
/// tables' alerts set, passes: for data on stdout. A colour cannot move the
/// cursor, clear the screen, retitle the window or hide a link; every
/// other control sequence is shown, not obeyed.
pub fn escape_for_terminal(s: &str) -> Cow<'_, str> {
    escape(s, color_enabled())
}

fn escape(s: &str, colours: bool) -> Cow<'_, str> {
    if control_in(s, true).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '\x1b' && colours {
            if let Some(len) = sgr_len(rest) {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
        }
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&format!("\\u{{{:04x}}}", c as u32));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The first control character of `value`, but a newline or a tab when
/// `multiline` (a summary, a note). Most text has none, which a look at its
/// bytes tells before any character is decoded.
pub fn control_in(value: &str, multiline: bool) -> Option<char> {
    if !may_hold_controls(value, multiline) {
        return None;
    }
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    value.chars().find(|c| c.is_control() && !allowed(*c))
}

/// Whether `s` may hold a control character (but a newline or a tab, when
/// `lines`): a byte below 0x20, DEL, or 0xC2, which begins the C1 controls
/// (U+0080 to U+009F) and some printable characters, whose text is then
/// looked at character by character. Decoding every character of the
/// annual report's 25 MB of JSON at a million cases took 27 ms (`perf
/// record`: 27 of 1,170 samples); this, 3.
fn may_hold_controls(s: &str, lines: bool) -> bool {
    // A block at a time, each byte of it looked at without a branch (which
    // the compiler turns into vector instructions).
    s.as_bytes().chunks(64).any(|block| {
        block.iter().fold(false, |seen, &b| {
            let spacing = lines & ((b == b'\n') | (b == b'\t'));
            seen | ((b < 0x20) & !spacing) | (b == 0x7f) | (b == 0xc2)
        })
    })
}

/// The length of a colour sequence at the start of `s`, if it is one the
/// tables' alerts set (red and back: what comfy-table writes for
/// `Color::Red`). Any other (hidden text, blinking, a
/// colour that could match the background) is shown, not obeyed.
fn sgr_len(s: &str) -> Option<usize> {
    const OURS: &[&str] = &["38;5;9", "39", "0", ""];
    let body = s.strip_prefix("\x1b[")?;
    let n = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    let ours = OURS.contains(&&body[..n]);
    (ours && body.as_bytes().get(n) == Some(&b'm')).then_some(2 + n + 1)
}

/// The width to lay text out for: `COLUMNS` when it gives one, else the
/// terminal's (one that gives none, 0 columns as `script` makes, a common
/// width: not a column a letter), else none (a pipe or a file: no
/// wrapping).
pub fn width() -> Option<usize> {
    if let Some(c) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|c| *c >= 20)
    {
        return Some(c);
    }
    if std::io::stdout().is_terminal() {
        let w = Table::new().width().filter(|w| *w >= 20);
        return Some(usize::from(w.unwrap_or(DEFAULT_WIDTH)));
    }
    None
}

/// `label` and `text` on lines no wider than `width`, the text wrapped at
/// spaces and indented under itself.
pub fn wrap_labelled(label: &str, text: &str, width: Option<usize>) -> String {
    let Some(width) = width.filter(|w| *w > label.len() + 20) else {
        return format!("{label}{text}");
    };
    let room = width - label.len();
    let pad = " ".repeat(label.len());
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        out.push_str(if i == 0 { label } else { &pad });
        out.push_str(l);
        if i + 1 < lines.len() {
            out.push('\n');
        }
    }
    out
}

/// Whether a spreadsheet would read `cell` as a formula.
fn formula(cell: &str) -> bool {
    matches!(
        cell.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// Whether `cell` is one [`neutralise`] marks: a formula, or apostrophes
/// before one (text that already reads as a marked formula, marked once
/// more so that it comes back as it was).
fn marked(cell: &str) -> bool {
    formula(cell.trim_start_matches('\''))
}

/// A cell that a spreadsheet would read as a formula gets a leading `'`,
/// and so does text that would read back as one so marked (`'-' sprayed`):
/// [`unneutralise`] gives every value back as it was.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if marked(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Undo [`neutralise`]: what `import` reads back from an export (and a
/// spreadsheet's leading apostrophe before a formula, which marks text).
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if marked(rest) => rest,
        _ => cell,
    }
}

/// A cell written back as a file had it (an import's reject file), made
/// safe to open: a formula gets a leading `'`, which the import reads as
/// the text marker it is; anything else stays as the file had it.
pub fn defuse(cell: &str) -> Cow<'_, str> {
    if formula(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Print CSV: a header row, then the rows, every cell neutralised.
pub fn print_csv<R, C>(header: &[&str], rows: R) -> Result<()>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    write_out(&csv_bytes(header, rows)?)
}

/// CSV text, header first, every cell neutralised against spreadsheet
/// formulas.
pub fn csv_bytes<R, C>(header: &[&str], rows: R) -> Result<Vec<u8>>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::store(format!("cannot render CSV: {e}"));
    w.write_record(header).map_err(csv_err)?;
    for row in rows {
        let cells: Vec<String> = row.into_iter().collect();
        w.write_record(cells.iter().map(|c| neutralise(c).into_owned()))
            .map_err(csv_err)?;
    }
    w.into_inner()
        .map_err(|e| Error::store(format!("cannot render CSV: {e}")))
}

/// "1 day", "3 days": a count of days in words.
pub fn days(n: i64) -> String {
    if n.abs() == 1 {
        format!("{n} day")
    } else {
        format!("{n} days")
    }
}

/// A list written as it is read, for scripts: a JSON array element by
/// element, or CSV row by row; memory does not grow with the answer.
/// `finish` closes the array. Output goes out in 64 KiB pieces.
pub struct Stream {
    format: Format,
    buf: String,
    rows: usize,
}

impl Stream {
    /// A JSON array or, for CSV, the header row first.
    pub fn new(format: Format, header: &[&str]) -> Result<Stream> {
        let mut s = Stream {
            format,
            buf: String::new(),
            rows: 0,
        };
        match format {
            Format::Csv => s.csv(header.iter().map(|h| h.to_string()).collect())?,
            _ => s.buf.push('['),
        }
        Ok(s)
    }

    fn csv(&mut self, cells: Vec<String>) -> Result<()> {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        w.write_record(cells.iter().map(|c| neutralise(c).into_owned()))
            .map_err(|e| Error::store(format!("cannot render CSV: {e}")))?;
        let bytes = w
            .into_inner()
            .map_err(|e| Error::store(format!("cannot render CSV: {e}")))?;
        self.buf.push_str(&String::from_utf8_lossy(&bytes));
        self.spill()
    }

    /// One row: a JSON object, or the CSV cells in header order.
    pub fn row(&mut self, json: serde_json::Value, cells: Vec<String>) -> Result<()> {
        self.rows += 1;
        if self.format == Format::Csv {
            return self.csv(cells);
        }
        let text = serde_json::to_string_pretty(&json)
            .map_err(|e| Error::store(format!("cannot render JSON: {e}")))?;
        let text = json_safe(&text);
        self.buf.push_str(if self.rows == 1 { "\n" } else { ",\n" });
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.buf.push('\n');
            }
            self.buf.push_str("  ");
            self.buf.push_str(line);
        }
        self.spill()
    }

    /// One row from a record that serialises as the JSON object.
    pub fn record<T: Serialize>(&mut self, v: &T, cells: Vec<String>) -> Result<()> {
        let json = serde_json::to_value(v)
            .map_err(|e| Error::store(format!("cannot render JSON: {e}")))?;
        self.row(json, cells)
    }

    fn spill(&mut self) -> Result<()> {
        if self.buf.len() >= 64 * 1024 {
            write_out(self.buf.as_bytes())?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Close the list; returns how many rows it held.
    pub fn finish(mut self) -> Result<usize> {
        if self.format != Format::Csv {
            self.buf
                .push_str(if self.rows == 0 { "]\n" } else { "\n]\n" });
        }
        write_out(self.buf.as_bytes())?;
        Ok(self.rows)
    }
}

/// One row of `overdue` and `due` for scripts: SPEC "Machine output".
/// `key` names the day count (`days_overdue` / `days_left`).
pub fn deadline_row(
    r: &crate::store::DeadlineRow,
    key: &str,
    count: i64,
    out_of_time: bool,
) -> (serde_json::Value, Vec<String>) {
    let mut o = serde_json::Map::new();
    o.insert("case".into(), r.case.clone().into());
    o.insert("deadline".into(), r.rule.clone().into());
    if let Some(to) = &r.recipient {
        o.insert("recipient".into(), to.clone().into());
    }
    o.insert("title".into(), r.title.clone().into());
    o.insert("due".into(), crate::model::fmt_date(r.due).into());
    o.insert(key.into(), count.into());
    o.insert("basis".into(), r.basis.clone().into());
    o.insert("out_of_time".into(), out_of_time.into());
    if let Some(who) = &r.assignee {
        o.insert("assignee".into(), who.clone().into());
    }
    let cells = vec![
        r.label(),
        r.rule.clone(),
        crate::model::fmt_date(r.due),
        count.to_string(),
        r.basis.clone(),
        out_of_time.to_string(),
    ];
    (serde_json::Value::Object(o), cells)
}

/// The CSV header of `overdue` and `due`.
pub fn deadline_header(key: &str) -> [&str; 6] {
    ["case", "deadline", "due", key, "basis", "out_of_time"]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_character_split_between_writes_goes_out_whole() {
        // Every place the text can be cut, and cut twice: each piece sent
        // is whole characters, and together they are the text.
        let text = "a é 中文 🦀 \u{9b}z".as_bytes();
        for i in 0..=text.len() {
            for j in i..=text.len() {
                let mut out = super::DataOut::default();
                let mut sent: Vec<u8> = Vec::new();
                for piece in [&text[..i], &text[i..j], &text[j..]] {
                    let whole = out.whole(piece);
                    assert!(std::str::from_utf8(&whole).is_ok(), "{i} {j}");
                    sent.extend_from_slice(&whole);
                    assert!(out.split.len() <= 3);
                }
                sent.extend_from_slice(&std::mem::take(&mut out.split));
                assert_eq!(sent, text, "{i} {j}");
            }
        }
        assert_eq!(super::split_char_len(b"ab"), 0);
        assert_eq!(super::split_char_len("é".as_bytes()), 0);
        assert_eq!(super::split_char_len(&"🦀".as_bytes()[..3]), 3);
        assert_eq!(super::split_char_len(&"中".as_bytes()[..1]), 1);
    }

    #[test]
    fn bytes_that_are_not_text_carry_no_control_to_a_terminal() {
        // A stray byte beside an escape: the escape is shown, not obeyed.
        let shown = super::shown_on_terminal(b"\xe4 \x1b]0;title\x07 \xc2\x9b2J");
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(shown.contains("\\u{001b}") && shown.contains("\\u{009b}"));
        assert!(shown.starts_with('\u{fffd}'));
    }

    #[test]
    fn the_byte_check_misses_no_control_character() {
        // Every character there is, alone and amid text: where the byte
        // check says none, there is none (a newline and a tab counting as
        // controls unless `lines`).
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let control = c.is_control() && c != '\n' && c != '\t';
            for text in [c.to_string(), format!("café {c} §")] {
                assert!(super::may_hold_controls(&text, true) || !control, "{c:?}");
                assert!(
                    super::may_hold_controls(&text, false) || !c.is_control(),
                    "{c:?}"
                );
                assert_eq!(super::escape(&text, false).contains(c), !control, "{c:?}");
            }
        }
    }

    #[test]
    fn only_the_alerts_colour_reaches_the_terminal() {
        let mut t = super::table(["Case"]);
        t.force_no_tty().enforce_styling();
        t.add_row(vec![super::alert("2025-0001", true)]);
        let drawn = t.to_string();
        assert!(drawn.contains('\x1b'), "{drawn:?}");
        assert_eq!(super::escape(&drawn, true), drawn);
        // Stored text that hides, blinks or clears is shown, not obeyed.
        for bad in ["a\x1b[8mhidden", "a\x1b[5mb", "a\x1b[30;40mb", "a\x1b[2Jb"] {
            let shown = super::escape(bad, true);
            assert!(!shown.contains('\x1b'), "{bad:?} -> {shown:?}");
        }
        // No colour at all when colour is off.
        assert!(!super::escape(&drawn, false).contains('\x1b'));
    }

    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        for bad in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        for ok in ["2025-0001", "Jane Doe", "", "a=b", "'quoted'", "'a"] {
            assert_eq!(neutralise(ok), ok);
        }
    }

    #[test]
    fn every_value_comes_back_from_its_neutralised_cell() {
        for v in [
            "=1+1",
            "'=1+1",
            "''=1+1",
            "'-' sprayed on car",
            "-",
            "'",
            "''",
            "'a",
            "a'",
            "plain",
            "",
            "@x",
            "'@x",
        ] {
            assert_eq!(unneutralise(&neutralise(v)), v, "{v:?}");
            assert!(!formula(&neutralise(v)), "{v:?}");
        }
        // A file's cell set aside as it was: safe to open, and read again
        // as the import read it the first time.
        for raw in ["=HYPERLINK(1)", "'=x", "plain", "+cmd()", "''=x"] {
            assert!(!formula(&defuse(raw)), "{raw:?}");
            assert_eq!(unneutralise(&defuse(raw)), unneutralise(raw), "{raw:?}");
        }
    }
}

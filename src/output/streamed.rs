//! A table for people that is written as its rows arrive, so that a list of
//! a million cases costs the memory of a thousand (issue #12: "memory must
//! not grow with the answer; table output may buffer what fits a screen").
//!
//! Up to [`CHUNK`] rows it is exactly the table [`super::table`] lays out
//! whole. Past that, the first chunk fixes the columns' widths and each
//! further chunk is laid out to them and joined on: on a terminal the
//! widths stay (a longer cell wraps inside its column, as it would have in
//! a table laid out to the screen); elsewhere (a pipe, a file, cron's
//! mail) a longer cell widens its column from that row on, so no cell is
//! ever cut and every line stays a Markdown table row.

use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Row, Table, Width};

use super::out_line;
use crate::error::Result;

/// Rows laid out at a time (and buffered before the first line goes out).
pub const CHUNK: usize = 1000;

/// A table written chunk by chunk; [`TableStream::finish`] ends it.
pub struct TableStream {
    header: Vec<Cell>,
    rows: Vec<Row>,
    count: usize,
    /// Once the first chunk is out: each column's width (its padding
    /// included) and the closing border line, held back until the end.
    laid_out: Option<(Vec<u16>, Option<String>)>,
    /// The house style ([`super::styled`]); tests choose one.
    style: fn() -> Table,
}

impl TableStream {
    pub fn new<I, S>(header: I) -> TableStream
    where
        I: IntoIterator<Item = S>,
        S: Into<Cell>,
    {
        TableStream {
            header: header.into_iter().map(Into::into).collect(),
            rows: Vec::with_capacity(CHUNK),
            count: 0,
            laid_out: None,
            style: super::styled,
        }
    }

    pub fn row<R: Into<Row>>(&mut self, row: R) -> Result<()> {
        self.rows.push(row.into());
        self.count += 1;
        if self.rows.len() == CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// Write what is left; returns how many rows the table held. A table
    /// of no rows is its header alone, as [`super::print_table`] writes it.
    pub fn finish(self) -> Result<usize> {
        self.end(true)
    }

    /// As [`TableStream::finish`], but a table of no rows writes nothing:
    /// the caller says so in words.
    pub fn finish_if_any(self) -> Result<usize> {
        self.end(false)
    }

    fn end(mut self, header_alone: bool) -> Result<usize> {
        if self.laid_out.is_none() {
            if self.count > 0 || header_alone {
                super::print_table(&self.chunk(true))?;
            }
            return Ok(self.count);
        }
        if !self.rows.is_empty() {
            self.flush()?;
        }
        if let Some((_, Some(bottom))) = &self.laid_out {
            out_line(bottom)?;
        }
        Ok(self.count)
    }

    /// The buffered rows as a table of the house style, under the header
    /// if `header` (the first chunk, or the whole table).
    fn chunk(&mut self, header: bool) -> Table {
        let mut t = (self.style)();
        if header {
            t.set_header(self.header.iter().cloned());
        }
        for r in self.rows.drain(..) {
            t.add_row(r);
        }
        t
    }

    fn flush(&mut self) -> Result<()> {
        let mut t = self.chunk(self.laid_out.is_none());
        let Some((widths, bottom)) = self.laid_out.as_mut() else {
            // The first chunk: the table as it would be, its widths read
            // off its first border line, its closing line held back.
            let mut lines: Vec<String> = t.lines().collect();
            let widths = lines
                .iter()
                .find(|l| is_border(l))
                .map(|l| border_widths(l))
                .unwrap_or_default();
            let bottom = closing(&mut lines);
            self.laid_out = Some((widths, bottom));
            return out_line(&lines.join("\n"));
        };
        let fixed = !matches!(t.content_arrangement(), ContentArrangement::Disabled);
        if !fixed {
            // Wider content seen in this chunk widens the column for good.
            for (w, content) in widths.iter_mut().zip(t.column_max_content_widths()) {
                *w = (*w).max(content.saturating_add(2));
            }
        }
        for (i, w) in widths.iter().enumerate() {
            if let Some(c) = t.column_mut(i) {
                c.set_constraint(if fixed {
                    ColumnConstraint::Absolute(Width::Fixed(*w))
                } else {
                    ColumnConstraint::LowerBoundary(Width::Fixed(*w))
                });
            }
        }
        let mut lines: Vec<String> = t.lines().collect();
        *bottom = closing(&mut lines);
        let body = lines.iter().skip_while(|l| is_border(l));
        out_line(&body.cloned().collect::<Vec<_>>().join("\n"))
    }
}

/// A border or rule line: cells are padded with a space either side, so a
/// line without a space holds no cell.
fn is_border(line: &str) -> bool {
    !line.contains(' ')
}

/// The closing border line of a table's `lines`, taken off them (none in
/// a style without one).
fn closing(lines: &mut Vec<String>) -> Option<String> {
    lines.pop_if(|l| is_border(l))
}

/// The widths of the columns a rule line draws: its runs of horizontal
/// line characters between the junctions.
fn border_widths(line: &str) -> Vec<u16> {
    line.split(|c: char| !matches!(c, '-' | '=' | '─' | '═' | '━'))
        .filter(|run| !run.is_empty())
        .map(|run| run.chars().count() as u16)
        .collect()
}

#[cfg(test)]
mod tests {
    use comfy_table::presets;

    use super::*;

    /// What the stream writes, caught in a file.
    fn written(style: fn() -> Table, rows: &[Vec<String>]) -> (String, usize) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        let sink = super::super::redirect(&path, false).unwrap();
        let mut t = TableStream::new(["Case", "Status", "What"]);
        t.style = style;
        for r in rows {
            t.row(r.clone()).unwrap();
        }
        let n = t.finish().unwrap();
        sink.finish().unwrap();
        (std::fs::read_to_string(&path).unwrap(), n)
    }

    /// The same rows laid out whole, as one table.
    fn whole(style: fn() -> Table, rows: &[Vec<String>]) -> String {
        let mut t = style();
        t.set_header(["Case", "Status", "What"]);
        for r in rows {
            t.add_row(r.clone());
        }
        format!("{t}\n")
    }

    fn pipe() -> Table {
        let mut t = Table::new();
        t.load_preset(presets::ASCII_MARKDOWN)
            .set_content_arrangement(ContentArrangement::Disabled);
        t
    }

    fn terminal() -> Table {
        let mut t = Table::new();
        t.load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(40);
        t
    }

    fn rows(n: usize) -> Vec<Vec<String>> {
        (1..=n)
            .map(|i| vec![format!("2020-{i:04}"), "open".into(), "intake".into()])
            .collect()
    }

    #[test]
    fn rule_lines_give_the_columns_widths() {
        assert_eq!(border_widths("|------|---|--|"), vec![6, 3, 2]);
        assert_eq!(border_widths("┌──────┬───┐"), vec![6, 3]);
        assert_eq!(border_widths("╞══════╪═══╡"), vec![6, 3]);
        assert!(is_border("|------|---|"));
        assert!(!is_border("| a    |   |"));
    }

    #[test]
    fn rows_of_one_width_come_out_as_the_whole_table_would() {
        // Short of a chunk, at a chunk, and over several.
        for n in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 7] {
            for style in [pipe as fn() -> Table, terminal] {
                let rows = rows(n);
                let (out, count) = written(style, &rows);
                assert_eq!(count, n);
                assert_eq!(out, whole(style, &rows), "{n} rows");
            }
        }
    }

    #[test]
    fn off_a_terminal_a_longer_cell_widens_its_column_from_its_chunk_on() {
        let mut rows = rows(2 * CHUNK + 10);
        let long = "recorded, then corrected twice";
        rows[CHUNK + 5][2] = long.into();
        let (out, _) = written(pipe, &rows);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), rows.len() + 2);
        // Header, rule and the first chunk as laid out for the first chunk.
        let first = "| 2020-0001 | open   | intake |";
        assert_eq!(lines[2], first);
        assert!(lines[..CHUNK + 2].iter().all(|l| l.len() == first.len()));
        // From the second chunk on, the column is as wide as the long cell;
        // nothing is cut, and every line is still a row of the table.
        let wide = format!("| 2020-{:04} | open   | {long} |", CHUNK + 6);
        assert_eq!(lines[CHUNK + 7], wide);
        assert!(lines[CHUNK + 2..].iter().all(|l| l.len() == wide.len()));
        assert!(lines
            .iter()
            .enumerate()
            .all(|(i, l)| i == 1 || l.starts_with("| ") && l.ends_with(" |")));
    }

    #[test]
    fn on_a_terminal_the_first_chunk_sets_the_widths_and_longer_cells_wrap() {
        let mut rows = rows(2 * CHUNK + 10);
        rows[CHUNK + 5][2] = "recorded, then corrected twice, then closed".into();
        let (out, _) = written(terminal, &rows);
        let lines: Vec<&str> = out.lines().collect();
        let width = lines[0].chars().count();
        assert!(lines.iter().all(|l| l.chars().count() == width), "{out}");
        // One top border, one header rule, one bottom border.
        assert_eq!(lines.iter().filter(|l| l.starts_with('┌')).count(), 1);
        assert_eq!(lines.iter().filter(|l| l.starts_with('╞')).count(), 1);
        assert_eq!(lines.iter().filter(|l| l.starts_with('└')).count(), 1);
        assert!(lines.last().unwrap().starts_with('└'));
        // The long cell wrapped onto more lines than its row would need.
        assert!(lines.len() > rows.len() + 4);
        // Its words are all there, down its column.
        let column: String = lines
            .iter()
            .filter_map(|l| l.split('┆').nth(2))
            .flat_map(|c| c.trim_end_matches('│').split_whitespace())
            .collect();
        assert!(column.contains("intakerecorded,thencorrectedtwice,thenclosedintake"));
    }
}

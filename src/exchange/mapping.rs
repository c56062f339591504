//! Import mappings: how another system's CSV becomes the export's columns.
//! A mapping (TOML) names, for each column, a source column, several joined,
//! a month/year pair, or a constant; the source's date format; and value
//! maps onto the profile's names (dispositions onto findings, ...).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Row, COLUMNS};
use crate::error::{Error, Result};
use crate::model::fmt_date;

/// Columns that hold dates.
const DATE_COLUMNS: [&str; 4] = ["received", "incident_date", "closed", "finding_date"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// strftime form of the source's dates (default YYYY-MM-DD).
    #[serde(default = "iso")]
    pub date_format: String,
    pub columns: BTreeMap<String, ColumnMap>,
    /// Named value maps: source value -> the profile's name.
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, String>>,
}

fn iso() -> String {
    "%Y-%m-%d".into()
}

/// Where one of our columns comes from. Exactly one of `column`, `columns`,
/// `year` (with `month`) or `value`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnMap {
    pub column: Option<String>,
    pub columns: Option<Vec<String>>,
    /// With `columns`: the separator (default one space).
    pub join: Option<String>,
    pub year: Option<String>,
    pub month: Option<String>,
    pub value: Option<String>,
    /// Put before the value (e.g. "CCRB-" before a complaint id).
    pub prefix: Option<String>,
    /// The name of a `[values.NAME]` table to translate the value with.
    pub map: Option<String>,
}

/// A source value no value map knows, with how many rows have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmapped {
    pub column: String,
    pub value: String,
    pub rows: usize,
}

impl Mapping {
    pub fn parse(text: &str, file: &str) -> Result<Self> {
        let m: Mapping =
            toml::from_str(text).map_err(|e| Error::usage(format!("--map {file}: {e}")))?;
        let bad = |msg: String| Err(Error::usage(format!("--map {file}: {msg}")));
        for (name, c) in &m.columns {
            if !COLUMNS.contains(&name.as_str()) || name == "status" {
                return bad(format!(
                    "columns.{name}: not a column oversight imports; expected one of {}",
                    COLUMNS.join(", ")
                ));
            }
            let ways = [
                c.column.is_some(),
                c.columns.is_some(),
                c.year.is_some() || c.month.is_some(),
                c.value.is_some(),
            ];
            if ways.iter().filter(|w| **w).count() != 1 {
                return bad(format!(
                    "columns.{name}: give exactly one of column, columns, year and month, value"
                ));
            }
            if c.year.is_some() != c.month.is_some() {
                return bad(format!("columns.{name}: year and month go together"));
            }
            if let Some(v) = &c.map {
                if !m.values.contains_key(v) {
                    return bad(format!("columns.{name}: no [values.{v}] table"));
                }
            }
        }
        Ok(m)
    }

    /// The source columns the mapping reads.
    pub fn source_columns(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for c in self.columns.values() {
            out.extend(c.column.as_deref());
            out.extend(c.columns.iter().flatten().map(String::as_str));
            out.extend(c.year.as_deref());
            out.extend(c.month.as_deref());
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Turn one source row into a row of our columns. Values no map knows
    /// are counted in `unmapped` (and left as they are).
    pub fn apply(
        &self,
        line: u64,
        source: &HashMap<&str, &str>,
        unmapped: &mut BTreeMap<(String, String), usize>,
    ) -> Row {
        let mut row = Row::new(line);
        for (name, c) in &self.columns {
            let get = |col: &str| source.get(col).copied().unwrap_or("").trim();
            let mut v = if let Some(col) = &c.column {
                get(col).to_string()
            } else if let Some(cols) = &c.columns {
                cols.iter()
                    .map(|col| get(col))
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(c.join.as_deref().unwrap_or(" "))
            } else if let (Some(y), Some(m)) = (&c.year, &c.month) {
                let (y, m) = (get(y), get(m));
                match (y.parse::<i32>(), m.parse::<u32>()) {
                    (Ok(y), Ok(m)) => NaiveDate::from_ymd_opt(y, m, 1)
                        .map(fmt_date)
                        .unwrap_or_else(|| format!("{y}-{m}")),
                    _ if y.is_empty() && m.is_empty() => String::new(),
                    _ => format!("{y}-{m}"),
                }
            } else {
                c.value.clone().unwrap_or_default()
            };
            if c.column.is_some() && DATE_COLUMNS.contains(&name.as_str()) && !v.is_empty() {
                if let Ok(d) = NaiveDate::parse_from_str(&v, &self.date_format) {
                    v = fmt_date(d);
                }
            }
            if let Some(table) = c.map.as_ref().and_then(|t| self.values.get(t)) {
                if !v.is_empty() {
                    match table.get(&v) {
                        Some(to) => v = to.clone(),
                        None => *unmapped.entry((name.clone(), v.clone())).or_insert(0) += 1,
                    }
                }
            }
            if let Some(p) = &c.prefix {
                if !v.is_empty() {
                    v = format!("{p}{v}");
                }
            }
            row.set(name, v);
        }
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = r#"
date_format = "%m/%d/%Y"
[columns]
case = { column = "id", prefix = "X-" }
received = { year = "y", month = "m" }
closed = { column = "closed_on" }
officer_name = { columns = ["first", "last"] }
badge = { column = "badge" }
category = { column = "type", map = "categories" }
source = { value = "direct" }
[values.categories]
"Force" = "force"
"#;

    #[test]
    fn a_row_is_mapped_column_by_column() {
        let m = Mapping::parse(MAP, "m.toml").unwrap();
        let src: HashMap<&str, &str> = [
            ("id", "42"),
            ("y", "2019"),
            ("m", "7"),
            ("closed_on", "05/31/2020"),
            ("first", "Ann"),
            ("last", "Lee"),
            ("badge", "9"),
            ("type", "Force"),
        ]
        .into_iter()
        .collect();
        let mut unmapped = BTreeMap::new();
        let row = m.apply(2, &src, &mut unmapped);
        let c = |k: &str| row.get(k);
        assert_eq!(c("case"), "X-42");
        assert_eq!(c("received"), "2019-07-01");
        assert_eq!(c("closed"), "2020-05-31");
        assert_eq!(c("officer_name"), "Ann Lee");
        assert_eq!(c("category"), "force");
        assert_eq!(c("source"), "direct");
        assert!(unmapped.is_empty());
        let src2: HashMap<&str, &str> = [("type", "Threat")].into_iter().collect();
        m.apply(3, &src2, &mut unmapped);
        m.apply(4, &src2, &mut unmapped);
        assert_eq!(unmapped[&("category".to_string(), "Threat".to_string())], 2);
    }

    #[test]
    fn a_bad_mapping_is_refused_with_the_column() {
        let err = Mapping::parse("[columns]\nbadge = { column = \"a\", value = \"b\" }", "m")
            .unwrap_err()
            .to_string();
        assert!(err.contains("columns.badge"), "{err}");
        let err = Mapping::parse("[columns]\nofficer = { column = \"a\" }", "m")
            .unwrap_err()
            .to_string();
        assert!(err.contains("columns.officer"), "{err}");
        let err = Mapping::parse(
            "[columns]\ncategory = { column = \"a\", map = \"nope\" }",
            "m",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("[values.nope]"), "{err}");
    }
}

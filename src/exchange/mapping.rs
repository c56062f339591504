//! Import mappings: how another system's CSV becomes the export's columns.
//! A mapping (TOML) names, for each column, a source column, several joined,
//! a key of parts each with its own transform, a month/year pair, or a
//! constant; the source's date format; and value
//! maps onto the profile's names (dispositions onto findings, ...).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Row, IMPORT_COLUMNS as COLUMNS};
use crate::error::{Error, Result};
use crate::model::fmt_date;

/// Columns that hold dates.
pub const DATE_COLUMNS: [&str; 4] = ["received", "incident_date", "closed", "finding_date"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// strftime form of the source's dates (default YYYY-MM-DD).
    #[serde(default = "iso")]
    pub date_format: String,
    /// More forms, tried in order after `date_format`: strftime dates,
    /// date-times (with an offset: "%Y/%m/%d %H:%M:%S%#z"), or "excel" for
    /// a spreadsheet's day number (days since 1899-12-30).
    #[serde(default)]
    pub date_formats: Vec<String>,
    pub columns: BTreeMap<String, ColumnMap>,
    /// Named value maps: source value -> the profile's name.
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, String>>,
    /// How a value map matches (`[value_rules.NAME]`): any case, patterns,
    /// a default for values it does not list.
    #[serde(default)]
    pub value_rules: BTreeMap<String, ValueRules>,
    /// What to keep when the rows of one case give a column different
    /// values: first, last, earliest, latest, or error (the default).
    #[serde(default)]
    pub conflicts: BTreeMap<String, Conflict>,
    /// Rows to leave out (`[[skip]]`), counted in the report.
    #[serde(default)]
    pub skip: Vec<SkipRule>,
    /// Leave out a row that repeats an earlier one cell for cell (counted
    /// in the report); without it repeats are reported and imported.
    #[serde(default)]
    pub drop_duplicates: bool,
    /// The regular expressions, compiled once: the skip rules', by rule,
    /// and the value rules' patterns, by map.
    #[serde(skip)]
    skip_res: Vec<Option<regex::Regex>>,
    #[serde(skip)]
    pattern_res: BTreeMap<String, Vec<regex::Regex>>,
    /// The `when` conditions' regular expressions, by our column.
    #[serde(skip)]
    when_res: BTreeMap<String, regex::Regex>,
}

/// How a value map matches a source value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueRules {
    /// Keys match whatever their case ("FORCE", "force").
    #[serde(default)]
    pub ignore_case: bool,
    /// Regular expressions tried in order after the keys: `{ regex, to }`.
    #[serde(default)]
    pub patterns: Vec<Pattern>,
    /// The value for anything neither a key nor a pattern matches.
    pub default: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    pub regex: String,
    pub to: String,
}

/// Which of a case's differing values to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Conflict {
    First,
    Last,
    Earliest,
    Latest,
    Error,
}

/// A row to leave out: where `column` equals a value, or matches a regular
/// expression.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkipRule {
    pub column: String,
    pub equals: Option<String>,
    pub matches: Option<String>,
    /// Why, for the report (default: the rule itself).
    pub why: Option<String>,
}

impl SkipRule {
    fn label(&self) -> String {
        self.why
            .clone()
            .unwrap_or_else(|| match (&self.equals, &self.matches) {
                (Some(v), _) => format!("{} is '{v}'", self.column),
                (_, Some(r)) => format!("{} matches /{r}/", self.column),
                _ => self.column.clone(),
            })
    }
}

/// A date in one of the forms: strftime dates and date-times (an offset
/// allowed), or "excel" day numbers.
fn parse_with(v: &str, form: &str) -> Option<NaiveDate> {
    if form == "excel" {
        let days: f64 = v.parse().ok()?;
        if !(1.0..=2_958_465.0).contains(&days) {
            return None;
        }
        return NaiveDate::from_ymd_opt(1899, 12, 30)?
            .checked_add_days(chrono::Days::new(days.trunc() as u64));
    }
    NaiveDate::parse_from_str(v, form)
        .ok()
        .or_else(|| {
            chrono::DateTime::parse_from_str(v, form)
                .ok()
                .map(|d| d.date_naive())
        })
        .or_else(|| {
            chrono::NaiveDateTime::parse_from_str(v, form)
                .ok()
                .map(|d| d.date())
        })
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
    /// A key made of parts, each from a column with its own transform,
    /// joined by `join` (default "-"); empty when a part is.
    pub parts: Option<Vec<Part>>,
    /// With `columns`: the separator (default one space); with `parts`
    /// (default "-").
    pub join: Option<String>,
    pub year: Option<String>,
    pub month: Option<String>,
    pub value: Option<String>,
    /// Put before the value (e.g. "CCRB-" before a complaint id).
    pub prefix: Option<String>,
    /// The name of a `[values.NAME]` table to translate the value with.
    pub map: Option<String>,
    /// Only where this holds; elsewhere the column is left empty (a
    /// no-finding reason only where the finding is no-finding).
    pub when: Option<Condition>,
    /// For `badge` in a file with none: an officer identity built from
    /// the column(s) given (`name:first-last`), shown as such and never mixed
    /// with a real badge.
    #[serde(default)]
    pub identity: bool,
}

/// One part of a composite value: a column's value through its own value
/// map, in upper or lower case, padded with zeros to a width.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub column: String,
    pub map: Option<String>,
    /// "upper" or "lower".
    pub letters: Option<String>,
    /// Left-pad with zeros to this many characters ("7" -> "0007").
    pub pad: Option<usize>,
}

/// A condition on a row: a source `column`, or one of our `field`s as
/// mapped, that `equals` a value or `matches` a regular expression.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub column: Option<String>,
    pub field: Option<String>,
    pub equals: Option<String>,
    pub matches: Option<String>,
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
        let mut m: Mapping =
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
                c.parts.is_some(),
                c.year.is_some() || c.month.is_some(),
                c.value.is_some(),
            ];
            if ways.iter().filter(|w| **w).count() != 1 {
                return bad(format!(
                    "columns.{name}: give exactly one of column, columns, parts, year and month, value"
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
            for (i, part) in c.parts.iter().flatten().enumerate() {
                if let Some(v) = &part.map {
                    if !m.values.contains_key(v) {
                        return bad(format!("columns.{name}.parts[{i}]: no [values.{v}] table"));
                    }
                }
                if let Some(l) = &part.letters {
                    if l != "upper" && l != "lower" {
                        return bad(format!(
                            "columns.{name}.parts[{i}].letters: '{l}'; expected upper or lower"
                        ));
                    }
                }
            }
            if c.identity && (name != "badge" || (c.column.is_none() && c.columns.is_none())) {
                return bad(format!(
                    "columns.{name}: identity is for badge, from column or columns"
                ));
            }
            if let Some(w) = &c.when {
                if w.column.is_some() == w.field.is_some() {
                    return bad(format!(
                        "columns.{name}.when: give exactly one of column (the file's) and \
                         field (ours)"
                    ));
                }
                if w.equals.is_some() == w.matches.is_some() {
                    return bad(format!(
                        "columns.{name}.when: give exactly one of equals, matches"
                    ));
                }
                if let Some(f) = &w.field {
                    let conditional = m
                        .columns
                        .get(f)
                        .is_some_and(|o| o.when.as_ref().is_some_and(|w| w.field.is_some()));
                    if !COLUMNS.contains(&f.as_str()) || f == name || conditional {
                        return bad(format!(
                            "columns.{name}.when.field: '{f}' is not one of our columns mapped \
                             without a condition on another of ours; our columns are {}",
                            COLUMNS.join(", ")
                        ));
                    }
                }
                if let Some(r) = &w.matches {
                    if let Err(e) = regex::Regex::new(r) {
                        return bad(format!("columns.{name}.when: regex '{r}': {e}"));
                    }
                }
            }
        }
        for (name, r) in &m.value_rules {
            if !m.values.contains_key(name) {
                return bad(format!("value_rules.{name}: no [values.{name}] table"));
            }
            for p in &r.patterns {
                if let Err(e) = regex::Regex::new(&p.regex) {
                    return bad(format!("value_rules.{name}: regex '{}': {e}", p.regex));
                }
            }
        }
        for col in m.conflicts.keys() {
            if !COLUMNS.contains(&col.as_str()) {
                return bad(format!(
                    "conflicts.{col}: not a column oversight imports; expected one of {}",
                    COLUMNS.join(", ")
                ));
            }
        }
        for (i, rule) in m.skip.iter().enumerate() {
            if rule.equals.is_some() == rule.matches.is_some() {
                return bad(format!("skip[{i}]: give exactly one of equals, matches"));
            }
            if let Some(r) = &rule.matches {
                if let Err(e) = regex::Regex::new(r) {
                    return bad(format!("skip[{i}]: regex '{r}': {e}"));
                }
            }
        }
        let absent: Vec<&str> = super::REQUIRED
            .into_iter()
            .filter(|c| !m.columns.contains_key(*c))
            .collect();
        if !absent.is_empty() {
            return bad(format!(
                "[columns] gives no {}; a mapping says where {} come from",
                absent.join(", "),
                super::REQUIRED.join(", ")
            ));
        }
        m.when_res = m
            .columns
            .iter()
            .filter_map(|(name, c)| {
                let r = c.when.as_ref()?.matches.as_ref()?;
                Some((name.clone(), regex::Regex::new(r).ok()?))
            })
            .collect();
        m.skip_res = m
            .skip
            .iter()
            .map(|r| r.matches.as_ref().and_then(|x| regex::Regex::new(x).ok()))
            .collect();
        m.pattern_res = m
            .value_rules
            .iter()
            .map(|(name, r)| {
                let res = r
                    .patterns
                    .iter()
                    .filter_map(|p| regex::Regex::new(&p.regex).ok());
                (name.clone(), res.collect())
            })
            .collect();
        Ok(m)
    }

    /// The source columns the mapping reads.
    pub fn source_columns(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for c in self.columns.values() {
            out.extend(c.column.as_deref());
            out.extend(c.columns.iter().flatten().map(String::as_str));
            out.extend(c.parts.iter().flatten().map(|p| p.column.as_str()));
            out.extend(c.year.as_deref());
            out.extend(c.month.as_deref());
            out.extend(c.when.as_ref().and_then(|w| w.column.as_deref()));
        }
        out.extend(self.skip.iter().map(|r| r.column.as_str()));
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Turn one source row into a row of our columns, or none when a
    /// `[[skip]]` rule leaves it out (counted in `skipped` by reason).
    /// Values no map knows are counted in `unmapped` (and left as they are).
    pub fn apply(
        &self,
        line: u64,
        source: &HashMap<&str, &str>,
        unmapped: &mut BTreeMap<(String, String), usize>,
        skipped: &mut BTreeMap<String, usize>,
    ) -> Option<Row> {
        for (i, rule) in self.skip.iter().enumerate() {
            let v = source
                .get(rule.column.as_str())
                .copied()
                .unwrap_or("")
                .trim();
            let hit = match (&rule.equals, self.skip_res.get(i).and_then(Option::as_ref)) {
                (Some(e), _) => v == e,
                (_, Some(re)) => re.is_match(v),
                _ => false,
            };
            if hit {
                *skipped.entry(rule.label()).or_insert(0) += 1;
                return None;
            }
        }
        let mut row = Row::new(line);
        let mut untranslated: Vec<(String, String)> = Vec::new();
        let get = |col: &str| source.get(col).copied().unwrap_or("").trim();
        // Columns whose condition is on one of ours come after the others.
        let on_ours = |c: &ColumnMap| c.when.as_ref().is_some_and(|w| w.field.is_some());
        let order = self
            .columns
            .iter()
            .filter(|(_, c)| !on_ours(c))
            .chain(self.columns.iter().filter(|(_, c)| on_ours(c)));
        for (name, c) in order {
            if let Some(w) = &c.when {
                let v = match (&w.column, &w.field) {
                    (Some(col), _) => get(col),
                    (_, Some(f)) => row.get(f),
                    _ => "",
                };
                let holds = match (&w.equals, self.when_res.get(name)) {
                    (Some(e), _) => v == e,
                    (_, Some(re)) => re.is_match(v),
                    _ => false,
                };
                if !holds {
                    continue;
                }
            }
            let mut v = if c.identity {
                let parts: Vec<&str> = c
                    .column
                    .iter()
                    .chain(c.columns.iter().flatten())
                    .map(|col| get(col))
                    .collect();
                crate::model::name_identity(&parts)
            } else if let Some(parts) = &c.parts {
                let mut out: Vec<String> = Vec::new();
                for p in parts {
                    let mut v = get(&p.column).to_string();
                    if v.is_empty() {
                        out.clear();
                        break;
                    }
                    if let Some(t) = &p.map {
                        match self.translate(t, &v) {
                            Some(to) => v = to,
                            None => {
                                *unmapped.entry((name.clone(), v.clone())).or_insert(0) += 1;
                                untranslated.push((name.clone(), v.clone()));
                            }
                        }
                    }
                    match p.letters.as_deref() {
                        Some("upper") => v = v.to_uppercase(),
                        Some("lower") => v = v.to_lowercase(),
                        _ => {}
                    }
                    if let Some(w) = p.pad {
                        let n = v.chars().count();
                        if n < w {
                            v = format!("{}{v}", "0".repeat(w - n));
                        }
                    }
                    out.push(v);
                }
                if out.len() == parts.len() {
                    out.join(c.join.as_deref().unwrap_or("-"))
                } else {
                    String::new()
                }
            } else if let Some(col) = &c.column {
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
                let forms = std::iter::once(&self.date_format).chain(&self.date_formats);
                if let Some(d) = forms.into_iter().find_map(|f| parse_with(&v, f)) {
                    v = fmt_date(d);
                }
            }
            if let Some(t) = &c.map {
                if !v.is_empty() {
                    match self.translate(t, &v) {
                        Some(to) => v = to,
                        None => {
                            *unmapped.entry((name.clone(), v.clone())).or_insert(0) += 1;
                            untranslated.push((name.clone(), v.clone()));
                        }
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
        row.untranslated = untranslated;
        Some(row)
    }

    /// A value through the map `table`: its key (in any case, when the
    /// rules say so), else the first pattern it matches, else the default.
    fn translate(&self, table: &str, v: &str) -> Option<String> {
        let map = self.values.get(table)?;
        if let Some(to) = map.get(v) {
            return Some(to.clone());
        }
        let rules = self.value_rules.get(table)?;
        if rules.ignore_case {
            let lower = v.to_lowercase();
            if let Some((_, to)) = map.iter().find(|(k, _)| k.to_lowercase() == lower) {
                return Some(to.clone());
            }
        }
        let compiled = self
            .pattern_res
            .get(table)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        for (p, re) in rules.patterns.iter().zip(compiled) {
            if re.is_match(v) {
                return Some(p.to.clone());
            }
        }
        rules.default.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// README's mapping example is a mapping this build reads, every key.
    #[test]
    fn the_readme_example_mapping_parses() {
        let readme = include_str!("../../README.md");
        let block = readme
            .split("```toml\n")
            .skip(1)
            .filter_map(|b| b.split("```").next())
            .find(|b| b.contains("[columns]"))
            .unwrap();
        let m = Mapping::parse(block, "README.md").unwrap();
        assert!(m.drop_duplicates && !m.skip.is_empty() && !m.conflicts.is_empty());
        assert!(m.columns["finding_reason"].when.is_some());
        assert!(m.columns["badge"].identity);
        // The commented alternative for `case` is a mapping too.
        let parts = block
            .lines()
            .find_map(|l| l.strip_prefix("# case = { parts"))
            .unwrap();
        let alt = Mapping::parse(
            &format!(
                "[columns]\ncase = {{ parts{parts}\nreceived = {{ column = \"r\" }}\n\
                     source = {{ value = \"direct\" }}\nbadge = {{ column = \"b\" }}\n\
                     category = {{ column = \"c\" }}\n"
            ),
            "README.md",
        )
        .unwrap();
        assert_eq!(alt.columns["case"].parts.as_ref().unwrap()[1].pad, Some(4));
        assert_eq!(m.date_formats.len(), 2);
    }

    /// The mapping's man page (oversight-mapping(5)) names every key the
    /// parser accepts, at every level, and every conflict policy; its
    /// example is a mapping this build reads.
    #[test]
    fn the_man_page_names_every_key_and_its_example_parses() {
        let page = include_str!("oversight-mapping.5").replace("\\-", "-");
        let accepted = |text: &str| -> Vec<String> {
            let e = Mapping::parse(text, "m").unwrap_err().to_string();
            let list = e
                .split(", expected ")
                .nth(1)
                .unwrap_or_else(|| panic!("no list of keys in: {e}"));
            list.split('`')
                .skip(1)
                .step_by(2)
                .map(String::from)
                .collect()
        };
        let probes = [
            "zzz = 1\n[columns]\n".to_string(),
            "[columns]\ncase = { zzz = 1 }\n".to_string(),
            "[columns]\ncase = { parts = [{ zzz = 1 }] }\n".to_string(),
            "[columns]\ncase = { column = \"a\", when = { zzz = 1 } }\n".to_string(),
            "[columns]\n[value_rules.x]\nzzz = 1\n".to_string(),
            "[columns]\n[value_rules.x]\npatterns = [{ regex = \"a\", to = \"b\", zzz = 1 }]\n"
                .to_string(),
            "[columns]\n[[skip]]\nzzz = 1\n".to_string(),
            "[columns]\n[conflicts]\nclosed = \"zzz\"\n".to_string(),
        ];
        let mut keys = Vec::new();
        for probe in &probes {
            let found = accepted(probe);
            assert!(found.len() >= 2, "{probe}: {found:?}");
            keys.extend(found);
        }
        for key in &keys {
            // Set in bold as a term, or written as a key in an example.
            let named = page.lines().any(|l| {
                (l.starts_with(".B")
                    && l.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .any(|w| w == key))
                    || l.contains(&format!("{key} = "))
            });
            assert!(named, "oversight-mapping.5 does not name `{key}`");
        }
        for column in super::super::IMPORT_COLUMNS {
            assert!(page.contains(column), "the page does not list {column}");
        }
        let example = page
            .split(".SH EXAMPLE")
            .nth(1)
            .and_then(|s| s.split(".nf\n.RS\n").nth(1))
            .and_then(|s| s.split("\n.RE").next())
            .unwrap();
        let m = Mapping::parse(example, "oversight-mapping.5").unwrap();
        assert!(m.columns.contains_key("officer_race"));
    }

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
        let mut skipped = BTreeMap::new();
        let row = m.apply(2, &src, &mut unmapped, &mut skipped).unwrap();
        let c = |k: &str| row.get(k);
        assert_eq!(c("case"), "X-42");
        assert_eq!(c("received"), "2019-07-01");
        assert_eq!(c("closed"), "2020-05-31");
        assert_eq!(c("officer_name"), "Ann Lee");
        assert_eq!(c("category"), "force");
        assert_eq!(c("source"), "direct");
        assert!(unmapped.is_empty());
        let src2: HashMap<&str, &str> = [("type", "Threat")].into_iter().collect();
        m.apply(3, &src2, &mut unmapped, &mut skipped);
        m.apply(4, &src2, &mut unmapped, &mut skipped);
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
        // A mapping that leaves out a column every case needs says so, not
        // every row.
        let err = Mapping::parse("[columns]\ncase = { column = \"a\" }", "m")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("[columns] gives no received, source, badge, category"),
            "{err}"
        );
    }

    #[test]
    fn dates_values_and_skips_of_a_messy_file() {
        let m = Mapping::parse(
            r#"
date_formats = ["%Y/%m/%d %H:%M:%S%#z", "%m/%d/%Y", "excel"]
[columns]
case = { column = "id" }
received = { column = "when" }
source = { value = "direct" }
badge = { column = "b" }
category = { value = "force" }
finding = { column = "outcome", map = "findings" }
[values.findings]
"Substantiated" = "sustained"
[value_rules.findings]
ignore_case = true
patterns = [{ regex = "^Substantiated \\(", to = "sustained" }]
default = "not-sustained"
[[skip]]
column = "id"
equals = "TEST"
why = "test rows"
[[skip]]
column = "outcome"
matches = "^Closed - (duplicate|withdrawn)"
"#,
            "m",
        )
        .unwrap();
        let run = |pairs: &[(&'static str, &'static str)]| {
            let src: HashMap<&str, &str> = pairs.iter().copied().collect();
            let (mut u, mut s) = (BTreeMap::new(), BTreeMap::new());
            let row = m.apply(2, &src, &mut u, &mut s);
            (row, u, s)
        };
        let got = |when: &'static str| {
            let (row, _, _) = run(&[("id", "1"), ("when", when)]);
            row.unwrap().get("received").to_string()
        };
        assert_eq!(got("2016/01/01 00:00:00+00"), "2016-01-01");
        assert_eq!(got("03/07/2025"), "2025-03-07");
        assert_eq!(got("45723"), "2025-03-07");
        assert_eq!(got("someday"), "someday", "left for import to name");
        let outcome = |o: &'static str| {
            let (row, u, _) = run(&[("id", "1"), ("outcome", o)]);
            (row.unwrap().get("finding").to_string(), u.len())
        };
        assert_eq!(outcome("SUBSTANTIATED"), ("sustained".into(), 0));
        assert_eq!(outcome("Substantiated (Charges)"), ("sustained".into(), 0));
        assert_eq!(outcome("Unfounded-ish"), ("not-sustained".into(), 0));
        let (row, _, skipped) = run(&[("id", "TEST")]);
        assert!(row.is_none());
        assert_eq!(skipped["test rows"], 1);
        let (row, _, skipped) = run(&[("id", "2"), ("outcome", "Closed - withdrawn")]);
        assert!(row.is_none());
        assert_eq!(
            skipped["outcome matches /^Closed - (duplicate|withdrawn)/"],
            1
        );
        // A bad key is named with the accepted ones.
        let e = Mapping::parse("[columns]\n[value_rules.x]\nignore = true\n", "m")
            .unwrap_err()
            .to_string();
        assert!(e.contains("ignore_case"), "{e}");
        let e = Mapping::parse("[columns]\n[conflicts]\nclosed = \"newest\"\n", "m")
            .unwrap_err()
            .to_string();
        assert!(e.contains("earliest") && e.contains("latest"), "{e}");
    }
}

//! Cases in and out as rows: the export's columns (SPEC "Machine output",
//! `export cases`) and the checks `import` applies to them. Pure: rows in,
//! cases or a list of every bad row out; the store does the writing.

pub mod mapping;
pub mod store_file;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::model::{fmt_date, normalize_badge, parse_date, Source};
use crate::rules::dates::{history_faults, CaseDates};
use crate::rules::Profile;
use crate::store::{HistoricAllegation, HistoricCase};
use mapping::Conflict;

/// The export's columns, in SPEC's order; `import` reads them by name.
pub const COLUMNS: [&str; 16] = [
    "case",
    "received",
    "incident_date",
    "source",
    "criminal",
    "status",
    "closed",
    "out_of_time",
    "officer_name",
    "badge",
    "category",
    "finding",
    "finding_reason",
    "finding_date",
    "complainants",
    "summary",
];

/// Every column `import` reads: SPEC's, then the optional fields
/// (`model::FIELDS`), which `export cases --fields` adds after SPEC's.
pub const IMPORT_COLUMNS: [&str; 24] = {
    let mut out = [""; 24];
    let mut i = 0;
    while i < COLUMNS.len() {
        out[i] = COLUMNS[i];
        i += 1;
    }
    let mut j = 0;
    while j < crate::model::FIELDS.len() {
        out[COLUMNS.len() + j] = crate::model::FIELDS[j];
        j += 1;
    }
    out
};

/// Columns an import cannot do without.
pub const REQUIRED: [&str; 5] = ["case", "received", "source", "badge", "category"];

/// One row of `export cases`: one allegation with its case, as the store
/// reads it.
pub use crate::store::AllegationRow as ExportRow;

impl ExportRow {
    pub fn cells(&self) -> [String; 16] {
        [
            self.case.clone(),
            self.received.clone(),
            self.incident_date.clone(),
            self.source.clone(),
            self.criminal.to_string(),
            self.status.clone(),
            self.closed.clone(),
            self.out_of_time.to_string(),
            self.officer_name.clone(),
            self.badge.clone(),
            self.category.clone(),
            self.finding.clone(),
            self.finding_reason.clone(),
            self.finding_date.clone(),
            self.complainants.clone(),
            self.summary.clone(),
        ]
    }

    /// The public version: no complainants, no summary.
    pub fn public(mut self) -> Self {
        self.complainants.clear();
        self.summary.clear();
        // Demographics are published only in aggregate.
        self.fields.clear();
        self
    }

    /// SPEC's cells, then the optional fields when the row has them.
    pub fn all_cells(&self) -> Vec<String> {
        let mut cells: Vec<String> = self.cells().into();
        cells.extend(self.fields.iter().cloned());
        cells
    }
}

/// A case read from rows, checked for form: the case as the store takes
/// it, and the line of its first row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCase {
    pub line: u64,
    pub case: HistoricCase,
}

/// A bad row: its line, the field, the value and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub field: String,
    pub value: String,
    pub expected: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}: {}: '{}' {}",
            self.line, self.field, self.value, self.expected
        )
    }
}

/// One input row: its line number and its cells, by position in
/// [`IMPORT_COLUMNS`] (a column the file lacks is empty).
pub struct Row {
    pub line: u64,
    pub cells: [String; 24],
    /// Values a mapping's value map did not translate: (our column, the
    /// value), left in the cells as they were.
    pub untranslated: Vec<(String, String)>,
}

impl Row {
    pub fn new(line: u64) -> Self {
        Row {
            line,
            cells: Default::default(),
            untranslated: Vec::new(),
        }
    }

    /// A row from its cells in [`IMPORT_COLUMNS`]' order (a staged row); missing
    /// cells are empty, extra ones ignored.
    pub fn from_cells(line: u64, cells: Vec<String>) -> Self {
        let mut row = Row::new(line);
        for (slot, cell) in row.cells.iter_mut().zip(cells) {
            *slot = cell;
        }
        row
    }

    /// Set a cell by column name; other names are ignored.
    pub fn set(&mut self, column: &str, value: String) {
        if let Some(i) = column_index(column) {
            self.cells[i] = value;
        }
    }

    pub fn get(&self, column: &str) -> &str {
        column_index(column).map_or("", |i| self.cells[i].trim())
    }
}

/// The position of a column in [`IMPORT_COLUMNS`].
pub fn column_index(column: &str) -> Option<usize> {
    IMPORT_COLUMNS.iter().position(|c| *c == column)
}

fn parse_bool(v: &str) -> Option<bool> {
    // Compared without a lower-cased copy: an import reads two a row.
    let v = v.trim();
    let is = |words: &[&str]| words.iter().any(|w| v.eq_ignore_ascii_case(w));
    if is(&["true", "yes", "y", "1"]) {
        Some(true)
    } else if is(&["false", "no", "n", "0", ""]) {
        Some(false)
    } else {
        None
    }
}

/// Check every row and gather them into cases (rows with the same `case`).
/// Returns every bad row, not just the first.
pub fn cases_from_rows(
    profile: &Profile,
    as_of: NaiveDate,
    rows: impl IntoIterator<Item = Row>,
) -> Result<Vec<ImportedCase>, Vec<RowError>> {
    let checked = check_rows(profile, as_of, rows, &BTreeMap::new());
    if checked.errors.is_empty() {
        Ok(checked.cases)
    } else {
        Err(checked.errors)
    }
}

/// What checking a file's rows found.
#[derive(Debug, Default)]
pub struct Checked {
    /// The cases every row of which is good.
    pub cases: Vec<ImportedCase>,
    /// Every bad row's faults.
    pub errors: Vec<RowError>,
    /// Case numbers with a bad row: refused whole.
    pub refused: std::collections::BTreeSet<String>,
    /// The case number each row gave (by line), for the rows of refused
    /// cases.
    pub case_of_line: HashMap<u64, String>,
}

/// The dates of a case a file gives, as the date policy reads them: its
/// receipt, incident, findings and close.
fn historic_dates(
    received: NaiveDate,
    incident: Option<NaiveDate>,
    findings: impl IntoIterator<Item = NaiveDate>,
    closed: Option<NaiveDate>,
) -> CaseDates {
    CaseDates {
        received: Some(received),
        incident,
        steps: findings
            .into_iter()
            .map(|d| ("finding_date".to_string(), d))
            .collect(),
        closed,
        ..CaseDates::default()
    }
}

/// Check every row, gather the good ones into cases, and keep every fault;
/// a case with one bad row is refused whole.
pub fn check_rows(
    profile: &Profile,
    as_of: NaiveDate,
    rows: impl IntoIterator<Item = Row>,
    policy: &BTreeMap<String, Conflict>,
) -> Checked {
    let mut errors = Vec::new();
    let mut cases: Vec<ImportedCase> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut case_of_line: HashMap<u64, String> = HashMap::new();
    // Each case's badges: the line that first gave one and the name there.
    let mut badges: HashMap<(String, String), (u64, String)> = HashMap::new();
    for row in rows {
        let line = row.line;
        case_of_line.insert(line, row.get("case").to_string());
        let get = |k: &str| row.get(k);
        let mut err = |field: &str, value: &str, expected: &str| {
            errors.push(RowError {
                line,
                field: field.into(),
                value: value.into(),
                expected: expected.into(),
            })
        };
        // Stored text carries no terminal control character (a newline or
        // a tab is text in a summary).
        for (column, cell) in IMPORT_COLUMNS.iter().zip(row.cells.iter()) {
            if let Some(c) = crate::output::control_in(cell, *column == "summary") {
                err(
                    column,
                    &crate::output::escape_controls(cell),
                    &format!(
                        "holds a control character (U+{:04X}); give plain text",
                        c as u32
                    ),
                );
            }
        }
        let number = get("case").to_string();
        let number_char = |c: char| c.is_ascii_alphanumeric() || "-._/".contains(c);
        if number.is_empty() || !number.chars().all(number_char) {
            err(
                "case",
                &crate::output::escape_controls(&number),
                "is not a case number (letters, digits and - . _ /, e.g. 2025-0042)",
            );
            continue;
        }
        let date =
            |field: &str, err: &mut dyn FnMut(&str, &str, &str)| -> Option<Option<NaiveDate>> {
                let v = get(field);
                if v.is_empty() {
                    return Some(None);
                }
                match parse_date(field, v) {
                    Ok(d) => Some(Some(d)),
                    Err(_) => {
                        err(
                            field,
                            v,
                            "is not a date (YYYY-MM-DD or a form the mapping's date_format \
                             or date_formats gives)",
                        );
                        None
                    }
                }
            };
        let received = date("received", &mut err);
        let incident_date = date("incident_date", &mut err);
        let closed = date("closed", &mut err);
        let finding_date = date("finding_date", &mut err);
        let source = Source::parse(get("source"));
        if source.is_none() {
            err(
                "source",
                get("source"),
                &format!("is not one of {}", Source::NAMES.join(", ")),
            );
        }
        let mut criminal = parse_bool(get("criminal"));
        match (source, criminal) {
            (_, None) => err("criminal", get("criminal"), "is not true or false"),
            // A use of force resulting in death or great bodily harm is on
            // the criminal track, as intake has it: empty says so, false
            // contradicts the law.
            (Some(s), Some(false)) if s.always_criminal() => {
                if get("criminal").trim().is_empty() {
                    criminal = Some(true);
                } else {
                    err(
                        "criminal",
                        get("criminal"),
                        &format!(
                            "is not allowed for {s}: uses of force resulting in death or great \
                             bodily harm follow the criminal track ({}); give true or leave it \
                             empty",
                            profile
                                .source(s)
                                .map(|d| d.basis.as_str())
                                .unwrap_or(profile.law())
                        ),
                    )
                }
            }
            _ => {}
        }
        let out_of_time = parse_bool(get("out_of_time"));
        if out_of_time.is_none() {
            err("out_of_time", get("out_of_time"), "is not true or false");
        }
        let category = get("category");
        if !profile.categories.iter().any(|c| c == category) {
            err(
                "category",
                category,
                &format!("is not one of {}", profile.categories.join(", ")),
            );
        }
        let badge = get("badge");
        if badge.is_empty() {
            err(
                "badge",
                badge,
                "is empty (use 'unknown' when it is not known)",
            );
        } else if badge.contains(['#', '@']) {
            err(
                "badge",
                badge,
                "holds '#' or '@', which intake reads as the name/badge and category/badge \
                 separators; give the badge alone",
            );
        }
        let finding = get("finding");
        let reason = get("finding_reason");
        if finding.is_empty() && !get("finding_date").is_empty() {
            err(
                "finding_date",
                get("finding_date"),
                "is given without a finding; give the finding, or leave the date empty",
            );
        }
        if !finding.is_empty() && !profile.findings.iter().any(|f| f == finding) {
            err(
                "finding",
                finding,
                &format!("is not one of {}", profile.findings.join(", ")),
            );
        }
        if !reason.is_empty() && !profile.no_finding_reasons.iter().any(|r| r == reason) {
            err(
                "finding_reason",
                reason,
                &format!("is not one of {}", profile.no_finding_reasons.join(", ")),
            );
        }
        if !reason.is_empty() && finding.is_empty() {
            err("finding_reason", reason, "is given without a finding");
        }
        let no_finding = crate::ops::step::NO_FINDING;
        if !reason.is_empty() && !finding.is_empty() && finding != no_finding {
            err(
                "finding_reason",
                reason,
                &format!("is given with a {finding} finding; only a {no_finding} carries a reason"),
            );
        }
        if finding == no_finding && reason.is_empty() && !profile.no_finding_reasons.is_empty() {
            err(
                "finding_reason",
                reason,
                &format!(
                    "is empty; a {no_finding} needs a reason: one of {}",
                    profile.no_finding_reasons.join(", ")
                ),
            );
        }
        let received = match received {
            Some(Some(d)) => Some(d),
            Some(None) => {
                err("received", "", "is empty; every case has a date received");
                None
            }
            None => None,
        };
        let finding_on = match (finding.is_empty(), finding_date, closed) {
            (true, _, _) => None,
            (false, Some(Some(d)), _) => Some(d),
            (false, Some(None), Some(Some(c))) => Some(c),
            (false, Some(None), _) => {
                err(
                    "finding_date",
                    "",
                    "is empty; a finding needs a date (or the case's closed date)",
                );
                None
            }
            (false, None, _) => None,
        };
        let (Some(received), Some(source), Some(criminal), Some(out_of_time)) =
            (received, source, criminal, out_of_time)
        else {
            continue;
        };
        let (Some(incident_date), Some(closed)) = (incident_date, closed) else {
            continue;
        };
        // Out of time is said of a case closed for it (11.5-31(3)(d)).
        if out_of_time && closed.is_none() {
            err(
                "out_of_time",
                get("out_of_time"),
                "is said of a case not closed; give the closed date, or false",
            );
            continue;
        }
        // The one date policy (`rules::dates`): what cannot be, by field.
        let faults = history_faults(
            &historic_dates(received, incident_date, finding_on, closed),
            as_of,
        );
        for f in &faults {
            err(&f.field, &fmt_date(f.date), &f.why);
        }
        if !faults.is_empty() {
            continue;
        }
        if !finding.is_empty() && finding_on.is_none() {
            continue;
        }
        // The optional fields: a listed value of the profile's (the unit is
        // the file's own words).
        let mut case_fields = BTreeMap::new();
        let mut allegation_fields = BTreeMap::new();
        for f in crate::model::FIELDS {
            let v = get(f);
            if v.is_empty() {
                continue;
            }
            if !crate::model::FREE_FIELDS.contains(&f) {
                match profile.fields.get(f) {
                    Some(list) if list.iter().any(|x| x == v) => {}
                    Some(list) => {
                        err(f, v, &format!("is not one of {}", list.join(", ")));
                        continue;
                    }
                    None => {
                        err(
                            f,
                            v,
                            "is not recorded under this profile (its [fields] lists no values \
                             for it)",
                        );
                        continue;
                    }
                }
            }
            if crate::model::CASE_FIELDS.contains(&f) {
                case_fields.insert(f.to_string(), v.to_string());
            } else {
                allegation_fields.insert(f.to_string(), v.to_string());
            }
        }
        // One badge is one officer within a case: two names under one
        // badge would be made one officer, the second's allegations the
        // first's (intake refuses a badge given twice).
        let name = get("officer_name").trim();
        match badges.entry((number.clone(), normalize_badge(badge))) {
            std::collections::hash_map::Entry::Occupied(first) => {
                let (first_line, first_name) = first.get();
                if !first_name.eq_ignore_ascii_case(name) {
                    err(
                        "officer_name",
                        name,
                        &format!(
                            "differs from line {first_line} ('{first_name}') under the same \
                             badge {badge} of case {number}: one badge is one officer; give \
                             each officer of a case a badge of his own"
                        ),
                    );
                    continue;
                }
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((line, name.to_string()));
            }
        }
        let allegation = HistoricAllegation {
            fields: allegation_fields,
            officer_name: get("officer_name").to_string(),
            badge: normalize_badge(badge),
            category: category.to_string(),
            finding: finding_on.map(|d| {
                (
                    finding.to_string(),
                    (!reason.is_empty()).then(|| reason.to_string()),
                    d,
                )
            }),
        };
        let complainants: Vec<String> = get("complainants")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let case = HistoricCase {
            fields: case_fields,
            number: number.clone(),
            received,
            incident_date,
            source,
            criminal,
            closed,
            out_of_time,
            complainants,
            summary: get("summary").to_string(),
            allegations: Vec::new(),
        };
        match index.get(&number) {
            Some(&i) => {
                let (first_line, first) = (cases[i].line, &cases[i].case);
                // Compare as values; spell out only what differs.
                let differs = [
                    ("received", first.received != case.received),
                    ("incident_date", first.incident_date != case.incident_date),
                    ("source", first.source != case.source),
                    ("criminal", first.criminal != case.criminal),
                    ("closed", first.closed != case.closed),
                    ("out_of_time", first.out_of_time != case.out_of_time),
                    ("complainants", first.complainants != case.complainants),
                    ("summary", first.summary != case.summary),
                    ("channel", first.fields != case.fields),
                ];
                let shown = |c: &HistoricCase, field: &str| -> String {
                    match field {
                        "received" => fmt_date(c.received),
                        "incident_date" => c.incident_date.map(fmt_date).unwrap_or_default(),
                        "source" => c.source.to_string(),
                        "criminal" => c.criminal.to_string(),
                        "closed" => c.closed.map(fmt_date).unwrap_or_default(),
                        "out_of_time" => c.out_of_time.to_string(),
                        "complainants" => c.complainants.join("; "),
                        "channel" => c.fields.get("channel").cloned().unwrap_or_default(),
                        _ => c.summary.clone(),
                    }
                };
                let same: Vec<(&str, String, String)> = differs
                    .iter()
                    .filter(|(_, d)| *d)
                    .map(|(f, _)| (*f, shown(first, f), shown(&case, f)))
                    .collect();
                let mut ok = true;
                let mut resolved: Vec<&str> = Vec::new();
                for (field, a, b) in same {
                    if a == b {
                        continue;
                    }
                    match policy.get(field).copied().unwrap_or(Conflict::Error) {
                        Conflict::Error => {
                            ok = false;
                            err(
                                field,
                                &b,
                                &format!(
                                    "differs from line {} ('{a}') for the same case {number} \
                                     (a mapping's [conflicts] may say which to keep)",
                                    first_line
                                ),
                            );
                        }
                        Conflict::First => {}
                        keep => {
                            // Later rows win for `last`; for dates `earliest`
                            // and `latest` compare (an empty date loses).
                            let take = match keep {
                                Conflict::Last => true,
                                Conflict::Earliest | Conflict::Latest => {
                                    let pick =
                                        |x: Option<NaiveDate>, y: Option<NaiveDate>| match (x, y) {
                                            (Some(x), Some(y)) if keep == Conflict::Earliest => {
                                                y < x
                                            }
                                            (Some(x), Some(y)) => y > x,
                                            (None, Some(_)) => true,
                                            _ => false,
                                        };
                                    match field {
                                        "received" => {
                                            pick(Some(first.received), Some(case.received))
                                        }
                                        "incident_date" => {
                                            pick(first.incident_date, case.incident_date)
                                        }
                                        "closed" => pick(first.closed, case.closed),
                                        _ => keep == Conflict::Latest,
                                    }
                                }
                                _ => false,
                            };
                            if take {
                                resolved.push(field);
                            }
                        }
                    }
                }
                if ok {
                    let kept = &mut cases[i].case;
                    for field in resolved {
                        match field {
                            "received" => kept.received = case.received,
                            "incident_date" => kept.incident_date = case.incident_date,
                            "source" => kept.source = case.source,
                            "criminal" => kept.criminal = case.criminal,
                            "closed" => kept.closed = case.closed,
                            "out_of_time" => kept.out_of_time = case.out_of_time,
                            "complainants" => kept.complainants = case.complainants.clone(),
                            "channel" => kept.fields = case.fields.clone(),
                            _ => kept.summary = case.summary.clone(),
                        }
                    }
                    kept.allegations.push(allegation);
                }
            }
            None => {
                index.insert(number, cases.len());
                let mut case = case;
                case.allegations.push(allegation);
                cases.push(ImportedCase { line, case });
            }
        }
    }
    let refused: std::collections::BTreeSet<String> = errors
        .iter()
        .filter_map(|e: &RowError| case_of_line.get(&e.line).cloned())
        .collect();
    // Each row's dates were checked with its own case dates; a mapping's
    // [conflicts] may have kept another row's (the earliest close, the
    // last row's out-of-time): the case as it will be written is checked
    // whole, its faults said at its first line.
    let mut refused = refused;
    for c in &cases {
        if refused.contains(&c.case.number) {
            continue;
        }
        let case = &c.case;
        let mut faults = Vec::new();
        if case.out_of_time && case.closed.is_none() {
            faults.push((
                "out_of_time".to_string(),
                "true".to_string(),
                "is said of a case not closed (the rows' conflicts were resolved so); give \
                 the closed date, or false"
                    .to_string(),
            ));
        }
        let history = historic_dates(
            case.received,
            case.incident_date,
            case.allegations
                .iter()
                .filter_map(|a| a.finding.as_ref())
                .map(|(_, _, d)| *d),
            case.closed,
        );
        for f in history_faults(&history, as_of) {
            faults.push((
                f.field.clone(),
                fmt_date(f.date),
                format!("{} (as the rows' conflicts were resolved)", f.why),
            ));
        }
        if !faults.is_empty() {
            refused.insert(case.number.clone());
            for (field, value, expected) in faults {
                errors.push(RowError {
                    line: c.line,
                    field,
                    value,
                    expected,
                });
            }
        }
    }
    cases.retain(|c| !refused.contains(&c.case.number));
    Checked {
        cases,
        errors,
        refused,
        case_of_line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    #[test]
    fn a_yes_or_no_is_read_in_any_case_and_nothing_else_is() {
        for v in ["true", "TRUE", " Yes ", "y", "Y", "1"] {
            assert_eq!(parse_bool(v), Some(true), "{v}");
        }
        for v in ["false", "False", "NO", "n", "0", "", "  "] {
            assert_eq!(parse_bool(v), Some(false), "{v}");
        }
        for v in ["tru", "yess", "2", "oui", "ı", "yes no"] {
            assert_eq!(parse_bool(v), None, "{v}");
        }
    }

    /// A control character is found in any column, past ASCII too (C1
    /// controls, after other non-ASCII text); a summary may hold a newline
    /// or a tab, no other column.
    #[test]
    fn control_characters_are_found_wherever_they_are() {
        let base = [
            ("case", "2020-0001"),
            ("received", "2020-01-02"),
            ("source", "direct"),
            ("criminal", "no"),
            ("category", "force"),
            ("badge", "1"),
        ];
        let profile = crate::rules::Profile::builtin("miami-cip").unwrap();
        let faults = |column: &str, value: &str| -> Vec<String> {
            let mut pairs = base.to_vec();
            pairs.push((column, value));
            check_rows(&profile, today(), [row(2, &pairs)], &BTreeMap::new())
                .errors
                .into_iter()
                .filter(|e| e.expected.contains("control character"))
                .map(|e| format!("{}: {}", e.field, e.expected))
                .collect()
        };
        assert!(faults("summary", "two\nlines\tand a tab, café").is_empty());
        assert_eq!(
            faults("summary", "café \u{85} next line"),
            ["summary: holds a control character (U+0085); give plain text"]
        );
        assert_eq!(
            faults("officer_name", "Ann\tPoe"),
            ["officer_name: holds a control character (U+0009); give plain text"]
        );
        assert_eq!(
            faults("officer_name", "Ann \u{7f}"),
            ["officer_name: holds a control character (U+007F); give plain text"]
        );
    }

    fn row(line: u64, pairs: &[(&str, &str)]) -> Row {
        let mut r = Row::new(line);
        for (k, v) in pairs {
            r.set(k, v.to_string());
        }
        r
    }

    fn base<'a>(case: &'a str, category: &'a str) -> Vec<(&'a str, &'a str)> {
        vec![
            ("case", case),
            ("received", "2024-02-29"),
            ("source", "direct"),
            ("criminal", "false"),
            ("badge", "4411"),
            ("officer_name", "John Roe"),
            ("category", category),
        ]
    }

    #[test]
    fn rows_of_one_case_become_one_case() {
        let p = Profile::builtin("miami-cip").unwrap();
        let cases = cases_from_rows(
            &p,
            today(),
            [
                row(2, &base("2024-0001", "force")),
                row(3, &base("2024-0001", "other")),
            ],
        )
        .unwrap();
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0].case.allegations.len(), 2);
        assert_eq!(cases[0].line, 2);
    }

    #[test]
    fn every_bad_row_is_named_with_its_line() {
        let p = Profile::builtin("miami-cip").unwrap();
        let mut bad_date = base("2024-0002", "force");
        bad_date[1] = ("received", "2023-02-29");
        let mut other_source = base("2024-0001", "force");
        other_source[2] = ("source", "ia-closed");
        let errs = cases_from_rows(
            &p,
            today(),
            [
                row(2, &base("2024-0001", "force")),
                row(3, &base("2024-0001", "punching")),
                row(4, &bad_date),
                row(5, &other_source),
            ],
        )
        .unwrap_err();
        let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        assert!(
            text[0].starts_with("line 3: category: 'punching'"),
            "{text:?}"
        );
        assert!(
            text[1].starts_with("line 4: received: '2023-02-29'"),
            "{text:?}"
        );
        assert!(
            text[2].starts_with("line 5: source: 'ia-closed' differs from line 2"),
            "{text:?}"
        );
    }

    #[test]
    fn a_finding_needs_a_date_and_a_reason_needs_a_finding() {
        let p = Profile::builtin("miami-cip").unwrap();
        let mut r = base("2024-0001", "force");
        r.push(("finding", "sustained"));
        let errs = cases_from_rows(&p, today(), [row(2, &r)]).unwrap_err();
        assert_eq!(errs[0].field, "finding_date");
        let mut r = base("2024-0001", "force");
        r.push(("finding_reason", "withdrawn"));
        let errs = cases_from_rows(&p, today(), [row(2, &r)]).unwrap_err();
        assert_eq!(errs[0].field, "finding_reason");
    }
}

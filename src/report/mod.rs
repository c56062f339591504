//! The annual report (Sec. 11.5-37): every figure of SPEC "Machine output",
//! counted exactly as SPEC says, from what the store's report queries return.
//! Pure: no I/O; the command gathers the inputs in one read transaction.

pub mod html;
pub mod site;
pub mod suppress;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::model::{fmt_date, Source};
use crate::rules::Profile;
use crate::store::{ChiefComparison, ClosedCase, DeadlineCounts, DeadlineTally};

/// The shape of the report's JSON and CSV; version 2 added the shares, the
/// months and the trend.
pub const REPORT_VERSION: u32 = 2;

/// The reporting period: a calendar year, or the fiscal year ending in `year`
/// (starting in the profile's `fiscal_year_start_month` of the year before).
pub fn period(profile: &Profile, year: i32, fiscal: bool) -> Option<(NaiveDate, NaiveDate)> {
    if !fiscal || profile.fiscal_year_start_month == 1 {
        return Some((
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        ));
    }
    let from = NaiveDate::from_ymd_opt(year - 1, profile.fiscal_year_start_month, 1)?;
    let to = NaiveDate::from_ymd_opt(year, profile.fiscal_year_start_month, 1)?.pred_opt()?;
    Some((from, to))
}

/// What the store returns for a period.
pub struct Inputs {
    pub received_by_source: Vec<(String, i64)>,
    pub allegations_by_category: Vec<(String, i64)>,
    pub findings: Vec<(String, i64)>,
    pub closed: Vec<ClosedCase>,
    pub deadlines: Vec<DeadlineTally>,
    pub chief: Vec<ChiefComparison>,
    /// None: the profile keeps no monitoring list.
    pub monitoring_list_size: Option<usize>,
    /// Policy and report steps in the period, keyed `kind/step`.
    pub matter_steps: Vec<(String, i64)>,
    /// Cases received in the period, by month (`YYYY-MM`).
    pub received_by_month: Vec<(String, i64)>,
    /// The four years before, oldest first, for the trend.
    pub earlier: Vec<YearFigures>,
    /// Cases received in the period imported from another system.
    pub imported_cases: i64,
    /// The optional fields of the cases received in the period: (field,
    /// value, how many cases or allegations carry it).
    pub fields: Vec<(String, String, i64)>,
    /// Deadlines due in the period by investigator, and each one's open
    /// cases on its last day.
    pub by_investigator: crate::store::ByInvestigator,
}

/// One investigator's caseload and timeliness in the period (the
/// office's version only).
#[derive(Debug, Clone, Default, Serialize)]
pub struct InvestigatorFigures {
    /// Cases assigned to them and open on the period's last day.
    pub open_cases: i64,
    pub deadlines_met: i64,
    pub deadlines_missed: i64,
    pub deadlines_met_pct: Option<f64>,
}

/// The figures of one year the trend compares (SPEC's definitions, as for
/// the year reported on).
#[derive(Debug, Clone, Serialize)]
pub struct YearFigures {
    pub year: i32,
    pub complaints_received: i64,
    pub cases_closed: i64,
    pub median_days_to_close: Option<f64>,
    pub p90_days_to_close: Option<i64>,
    pub deadlines_met: i64,
    pub deadlines_missed: i64,
    pub deadlines_met_pct: Option<f64>,
}

impl YearFigures {
    /// From a year's received count, its closed cases and its deadlines.
    pub fn compute(
        year: i32,
        complaints_received: i64,
        closed: &[ClosedCase],
        deadlines: DeadlineCounts,
    ) -> Self {
        let days = days_to_close(closed);
        let (met, missed) = (deadlines.met, deadlines.missed());
        YearFigures {
            year,
            complaints_received,
            cases_closed: closed.len() as i64,
            median_days_to_close: median(&days),
            p90_days_to_close: p90(&days),
            deadlines_met: met,
            deadlines_missed: missed,
            deadlines_met_pct: pct(met, met + missed),
        }
    }
}

/// Calendar days from receipt to closing, sorted.
fn days_to_close(closed: &[ClosedCase]) -> Vec<i64> {
    let mut days: Vec<i64> = closed
        .iter()
        .map(|c| (c.closed - c.received).num_days())
        .collect();
    days.sort_unstable();
    days
}

/// Deadlines due in a period, by whether the step came on time (counted
/// by the store: `DeadlineTally`), in all and by rule.
#[derive(Debug, Default)]
struct Tally {
    met: i64,
    missed: i64,
    open: i64,
    by_rule: BTreeMap<String, MetMissed>,
}

impl Tally {
    fn of<'a>(deadlines: impl IntoIterator<Item = &'a DeadlineTally>) -> Self {
        let mut t = Tally::default();
        // A rule is shown where a deadline of it is due: its parts may
        // come to none (the public version's, less those of cases not
        // closed).
        let mut due: BTreeMap<&str, i64> = BTreeMap::new();
        for d in deadlines {
            let missed = d.due - d.met - d.open;
            t.met += d.met;
            t.missed += missed;
            t.open += d.open;
            let entry = t.by_rule.entry(d.rule.clone()).or_default();
            entry.met += d.met;
            entry.missed += missed;
            *due.entry(&d.rule).or_default() += d.due;
        }
        t.by_rule
            .retain(|rule, _| due.get(rule.as_str()).is_some_and(|n| *n != 0));
        for mm in t.by_rule.values_mut() {
            mm.met_pct = pct(mm.met, mm.met + mm.missed);
        }
        t
    }
}

/// `part` as a percentage of `whole`, to one decimal; None of nothing.
pub fn pct(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 1000.0 / whole as f64).round() / 10.0)
}

/// Recommendations made outside cases and the responses to them (11.5-37).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Recommendations {
    pub policy_recommendations: i64,
    pub policy_responses: i64,
    pub proposed_revisions_received: i64,
    pub panel_comments: i64,
    pub revision_responses: i64,
    pub reports_issued: i64,
    pub report_responses: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MetMissed {
    pub met: i64,
    pub missed: i64,
    /// Met as a share of those decided (met or missed), in percent.
    pub met_pct: Option<f64>,
}

/// The finding of an allegation the panel or the Department gave none.
pub const NOT_GIVEN: &str = "not-given";

/// Sustained allegations and what the Department did with them: the
/// allegations of the cases the Chief responded to in the period.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Sustained {
    /// The panel's finding was sustained.
    pub by_the_panel: i64,
    /// Of those, the Department's finding was sustained too.
    pub by_the_department: i64,
    /// Allegations with discipline recorded by the Department, whatever
    /// the panel found (the Department may sustain what the panel did not:
    /// `findings_compared` says how often).
    pub with_discipline: i64,
    /// The discipline recorded, by its words (the office's version only:
    /// free text stays out of public outputs).
    pub discipline: BTreeMap<String, i64>,
}

impl Sustained {
    fn of(rows: &[ChiefComparison]) -> Self {
        let mut s = Sustained::default();
        let sustained = |f: &Option<Arc<str>>| f.as_deref() == Some("sustained");
        for r in rows {
            if sustained(&r.panel_finding) {
                s.by_the_panel += 1;
                if sustained(&r.department_finding) {
                    s.by_the_department += 1;
                }
            }
            if let Some(d) = r
                .discipline
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
            {
                s.with_discipline += 1;
                *s.discipline.entry(d.to_string()).or_insert(0) += 1;
            }
        }
        s
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Concurrence {
    pub yes: i64,
    pub no: i64,
    pub partial: i64,
}

/// One allegation in the comparison of the panel's findings with the
/// Department's actions (11.5-37), as the store reads it.
pub use crate::store::ChiefComparison as ComparisonRow;

/// A table of the report, the same for every human form: its column
/// heads and its rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnnualReport {
    pub report_version: u32,
    pub year: i32,
    pub fiscal: bool,
    pub period: Period,
    pub as_of: String,
    pub complaints_received: i64,
    pub by_source: BTreeMap<String, i64>,
    pub allegations_by_category: BTreeMap<String, i64>,
    pub findings: BTreeMap<String, i64>,
    pub cases_closed: i64,
    pub closed_out_of_time: i64,
    pub median_days_to_close: Option<f64>,
    pub p90_days_to_close: Option<i64>,
    pub deadlines_met: i64,
    pub deadlines_missed: i64,
    /// Deadlines due in the period still open (not yet due as of the
    /// report date, or with a stopped clock): neither met nor missed.
    pub deadlines_open: i64,
    /// Met as a share of the deadlines decided (met or missed), percent.
    pub deadlines_met_pct: Option<f64>,
    pub deadlines_by_rule: BTreeMap<String, MetMissed>,
    /// Cases received in the period by month (`YYYY-MM`), every month.
    pub received_by_month: BTreeMap<String, i64>,
    /// Cases closed in the period by month, every month.
    pub closed_by_month: BTreeMap<String, i64>,
    /// This year and the four before, oldest first.
    pub trend: Vec<YearFigures>,
    /// Of the cases received in the period, those imported from another
    /// system: imported closed, they carry no deadlines (their steps before
    /// closing are not known), so the timeliness figures leave them out.
    pub imported_cases: i64,
    /// The public version only: how many cases received in the period are
    /// still under investigation. They are confidential while open, so no
    /// other figure of the public version counts them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub under_investigation: Option<i64>,
    /// The law that keeps an open complaint confidential (for the words).
    #[serde(skip)]
    pub confidential_basis: String,
    /// Where recorded: the cases received in the period by how they came
    /// in, and their allegations by each demographic field, with those
    /// not recorded ("not recorded"). Fields nothing records are left out.
    pub demographics: BTreeMap<String, BTreeMap<String, i64>>,
    /// Where cases are assigned: each investigator's caseload and the
    /// deadlines of their cases (the office's version only).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub by_investigator: BTreeMap<String, InvestigatorFigures>,
    /// The order the profile lists each field's values in, for the human
    /// forms.
    #[serde(skip)]
    pub value_order: BTreeMap<String, Vec<String>>,
    /// The profile's rules in its order: the timeliness table reads so.
    #[serde(skip)]
    pub rule_order: Vec<String>,
    pub chief_concurrence: Concurrence,
    pub sustained: Sustained,
    /// The comparison with the Chief's actions as counts (11.5-37): the
    /// allegations of the cases the Chief responded to in the period, by
    /// the panel's finding, then the Department's ("not-given" where there
    /// is none). The public version has these, not the rows.
    pub findings_compared: BTreeMap<String, BTreeMap<String, i64>>,
    pub chief_comparison: Vec<ComparisonRow>,
    /// None: the profile keeps no monitoring list.
    pub monitoring_list_size: Option<usize>,
    pub recommendations: Recommendations,
    /// The sections the human forms cite (None: the section is no part of
    /// the profile's law and is left out).
    #[serde(skip)]
    pub law: ReportLaw,
    /// Words for the ids (kind, id), from the profile: what the human
    /// forms show. JSON and CSV keep the ids.
    #[serde(skip)]
    pub words: BTreeMap<(String, String), String>,
}

/// What the report's sections cite, from the profile.
#[derive(Debug, Clone, Default)]
pub struct ReportLaw {
    /// The comparison with the Chief's actions: the profile's
    /// `annual_report` section, where the profile has the Chief's response.
    pub chief: Option<String>,
    /// Policy reviews and issued reports: the sections of the matter rules.
    pub matters: Option<String>,
}

impl ReportLaw {
    pub fn of(profile: &Profile) -> Self {
        let mut matters: Vec<&str> = Vec::new();
        for r in profile.rules.iter().filter(|r| r.matter.is_some()) {
            if !matters.contains(&r.basis.as_str()) {
                matters.push(&r.basis);
            }
        }
        ReportLaw {
            chief: profile.step("chief-response").map(|_| {
                profile
                    .annual_report
                    .clone()
                    .unwrap_or_else(|| profile.law().into())
            }),
            matters: (!matters.is_empty()).then(|| matters.join(", ")),
        }
    }
}

/// Hidden cells of the public version: (section, key) -> words.
pub type Hidden = BTreeMap<(String, String), String>;

/// A cell as the version shows it: hidden in words, or the count.
pub fn shown(hidden: &Hidden, section: &str, key: &str, n: i64) -> String {
    hidden
        .get(&(section.to_string(), key.to_string()))
        .cloned()
        .unwrap_or_else(|| n.to_string())
}

/// "87.5%", or "-" when there is nothing to take a share of.
pub fn percent(p: Option<f64>) -> String {
    p.map(|p| format!("{p}%")).unwrap_or_else(|| "-".into())
}

/// "2025-03" as "March 2025".
pub fn month_words(m: &str) -> String {
    NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d")
        .map(|d| d.format("%B %Y").to_string())
        .unwrap_or_else(|_| m.to_string())
}

/// The median of sorted values: the middle one, or the mean of the two.
pub fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

/// The 90th percentile by nearest rank: the smallest value with at least
/// 90% of the values at or below it.
pub fn p90(sorted: &[i64]) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (sorted.len() * 90).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

/// The heading of a demographic table, and what it counts.
pub fn demographic_title(field: &str) -> (String, &'static str) {
    if crate::model::CASE_FIELDS.contains(&field) {
        (
            "Complaints received, by how they came in".to_string(),
            "Counts the cases received in the period, where recorded.",
        )
    } else {
        (
            format!(
                "Allegations received, by {}",
                crate::rules::profile::in_words(field).to_lowercase()
            ),
            "Counts the allegations of the cases received in the period, where recorded; \
             published only as counts.",
        )
    }
}

/// What is not recorded, as the demographic tables say it.
pub const NOT_RECORDED: &str = "not recorded";

/// The demographic tables: for each field anything records, every value
/// the profile lists (0 when none), values the profile no longer lists,
/// and how many cases (the channel) or allegations carry none.
fn demographics(
    profile: &Profile,
    fields: &[(String, String, i64)],
    complaints: i64,
    allegations: i64,
) -> BTreeMap<String, BTreeMap<String, i64>> {
    let mut out = BTreeMap::new();
    for f in crate::model::FIELDS {
        if crate::model::FREE_FIELDS.contains(&f) || !fields.iter().any(|(n, _, _)| n == f) {
            continue;
        }
        let listed = profile.fields.get(f).cloned().unwrap_or_default();
        let counts: Vec<(String, i64)> = fields
            .iter()
            .filter(|(n, _, _)| n == f)
            .map(|(_, v, c)| (v.clone(), *c))
            .collect();
        let mut table = keyed(listed, &counts);
        let of = if crate::model::CASE_FIELDS.contains(&f) {
            complaints
        } else {
            allegations
        };
        let recorded: i64 = table.values().sum();
        table.insert(NOT_RECORDED.to_string(), (of - recorded).max(0));
        out.insert(f.to_string(), table);
    }
    out
}

/// Every month of the period, `YYYY-MM`.
pub fn months(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let mut d = from.with_day(1).unwrap_or(from);
    while d <= to {
        out.push(d.format("%Y-%m").to_string());
        d = match d.checked_add_months(chrono::Months::new(1)) {
            Some(n) => n,
            None => break,
        };
    }
    out
}

fn keyed(
    names: impl IntoIterator<Item = String>,
    counts: &[(String, i64)],
) -> BTreeMap<String, i64> {
    let mut m: BTreeMap<String, i64> = names.into_iter().map(|n| (n, 0)).collect();
    for (k, v) in counts {
        *m.entry(k.clone()).or_insert(0) += v;
    }
    m
}

impl AnnualReport {
    pub fn compute(
        profile: &Profile,
        (year, fiscal): (i32, bool),
        (from, to): (NaiveDate, NaiveDate),
        as_of: NaiveDate,
        inputs: Inputs,
    ) -> Self {
        // The sources this law has (and any a store holds from before).
        let by_source = keyed(
            Source::ALL
                .iter()
                .filter(|s| {
                    profile.accepted_sources().contains(s)
                        || inputs
                            .received_by_source
                            .iter()
                            .any(|(k, _)| k == s.as_str())
                })
                .map(|s| s.as_str().to_string()),
            &inputs.received_by_source,
        );
        let days = days_to_close(&inputs.closed);
        let tally = Tally::of(&inputs.deadlines);
        let months = months(from, to);
        let received_by_month = keyed(months.iter().cloned(), &inputs.received_by_month);
        // Counted by month, then each month spelt once: a year's closings
        // are tens of thousands (spelt one by one, 5 ms at a million cases).
        let mut by_month: BTreeMap<NaiveDate, i64> = BTreeMap::new();
        for c in &inputs.closed {
            *by_month
                .entry(c.closed.with_day(1).unwrap_or(c.closed))
                .or_default() += 1;
        }
        let closed_months: Vec<(String, i64)> = by_month
            .into_iter()
            .map(|(month, n)| (month.format("%Y-%m").to_string(), n))
            .collect();
        let closed_by_month = keyed(months, &closed_months);
        let demographics = demographics(
            profile,
            &inputs.fields,
            by_source.values().sum(),
            inputs.allegations_by_category.iter().map(|(_, n)| n).sum(),
        );
        let mut trend = inputs.earlier;
        trend.push(YearFigures::compute(
            year,
            by_source.values().sum(),
            &inputs.closed,
            DeadlineCounts::of(&inputs.deadlines),
        ));
        let mut concurrence = Concurrence {
            yes: 0,
            no: 0,
            partial: 0,
        };
        // One response per case, counted once (a set: the list is a year's
        // responses, one row per allegation). A case's rows come one after
        // another (the list is in order of response and case), so only its
        // first is looked up: 97,697 rows looked up at a million cases took
        // 7-10 ms.
        let mut seen: std::collections::HashSet<&str> =
            std::collections::HashSet::with_capacity(inputs.chief.len() / 2);
        let mut last: Option<&str> = None;
        for c in &inputs.chief {
            if last == Some(&*c.case) || !seen.insert(&*c.case) {
                continue;
            }
            last = Some(&*c.case);
            match &*c.concurs {
                "yes" => concurrence.yes += 1,
                "no" => concurrence.no += 1,
                _ => concurrence.partial += 1,
            }
        }
        AnnualReport {
            report_version: REPORT_VERSION,
            year,
            fiscal,
            period: Period {
                from: fmt_date(from),
                to: fmt_date(to),
            },
            as_of: fmt_date(as_of),
            complaints_received: by_source.values().sum(),
            by_source,
            allegations_by_category: keyed(
                profile.categories.iter().cloned(),
                &inputs.allegations_by_category,
            ),
            findings: keyed(profile.findings.iter().cloned(), &inputs.findings),
            cases_closed: inputs.closed.len() as i64,
            closed_out_of_time: inputs.closed.iter().filter(|c| c.out_of_time).count() as i64,
            median_days_to_close: median(&days),
            p90_days_to_close: p90(&days),
            deadlines_met: tally.met,
            deadlines_missed: tally.missed,
            deadlines_open: tally.open,
            deadlines_met_pct: pct(tally.met, tally.met + tally.missed),
            deadlines_by_rule: tally.by_rule,
            received_by_month,
            closed_by_month,
            trend,
            imported_cases: inputs.imported_cases,
            under_investigation: None,
            confidential_basis: profile.confidential_basis().to_string(),
            demographics,
            by_investigator: {
                let (due, open) = inputs.by_investigator;
                let mut m: BTreeMap<String, InvestigatorFigures> = BTreeMap::new();
                for (who, n) in open {
                    m.entry(who).or_default().open_cases = n;
                }
                let mut per: BTreeMap<String, Vec<DeadlineTally>> = BTreeMap::new();
                for (who, d) in due {
                    per.entry(who).or_default().push(d);
                }
                for (who, ds) in per {
                    let t = Tally::of(&ds);
                    let f = m.entry(who).or_default();
                    f.deadlines_met = t.met;
                    f.deadlines_missed = t.missed;
                    f.deadlines_met_pct = pct(t.met, t.met + t.missed);
                }
                m
            },
            value_order: profile.fields.clone(),
            rule_order: profile.rules.iter().map(|r| r.id.clone()).collect(),
            chief_concurrence: concurrence,
            sustained: Sustained::of(&inputs.chief),
            findings_compared: {
                let mut m: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
                let code = |f: &Option<Arc<str>>| f.as_deref().unwrap_or(NOT_GIVEN).to_string();
                for c in &inputs.chief {
                    *m.entry(code(&c.panel_finding))
                        .or_default()
                        .entry(code(&c.department_finding))
                        .or_insert(0) += 1;
                }
                m
            },
            chief_comparison: inputs.chief,
            monitoring_list_size: inputs.monitoring_list_size,
            law: ReportLaw::of(profile),
            words: {
                let mut w = BTreeMap::new();
                let mut put = |kind: &str, id: &str| {
                    w.insert((kind.to_string(), id.to_string()), profile.title(kind, id));
                };
                for s in Source::ALL {
                    put("sources", s.as_str());
                }
                for c in &profile.categories {
                    put("categories", c);
                }
                for f in &profile.findings {
                    put("findings", f);
                }
                for r in &profile.rules {
                    put("rules", &r.id);
                }
                w
            },
            recommendations: {
                let n = |k: &str| {
                    inputs
                        .matter_steps
                        .iter()
                        .filter(|(key, _)| key == k)
                        .map(|(_, v)| *v)
                        .sum()
                };
                Recommendations {
                    policy_recommendations: n("policy/recommend"),
                    policy_responses: n("policy/response"),
                    proposed_revisions_received: n("proposed-revision/proposed"),
                    panel_comments: n("proposed-revision/comment"),
                    revision_responses: n("proposed-revision/response"),
                    reports_issued: n("report/issued"),
                    report_responses: n("report/response"),
                }
            },
        }
    }

    /// SPEC's CSV: `section,key,value` rows. Scalars are in section
    /// `summary`; each count table is its own section.
    /// What the timeliness figures leave out, in words (None: nothing).
    pub fn timeliness_caveat(&self, hidden: &Hidden) -> Option<String> {
        (self.imported_cases > 0).then(|| {
            format!(
                "{} of the cases received in the period were imported from another system; \
                 cases imported closed carry no deadlines (their steps before closing are not \
                 known), so these figures do not count them. Cases imported open are counted: \
                 a step the imported file did not carry counts as not taken until it is \
                 recorded here.",
                shown(hidden, "summary", "imported_cases", self.imported_cases)
            )
        })
    }

    /// What the public version leaves out, in words (None: the office's
    /// version, which counts every case).
    pub fn confidential_note(&self, hidden: &Hidden) -> Option<String> {
        self.under_investigation.map(|n| {
            let shown = hidden
                .get(&("summary".to_string(), "under_investigation".to_string()))
                .cloned()
                .unwrap_or_else(|| n.to_string());
            format!(
                "Every figure here counts only cases no longer under investigation: a complaint \
                 is confidential while its investigation is active ({}). Of the cases received \
                 in the period, {shown} are still open and counted nowhere else.",
                crate::model::cite(&self.confidential_basis)
            )
        })
    }

    /// The median days to close as the version shows it: hidden in words,
    /// the figure, or "-" when no case closed.
    pub fn median_shown(&self, hidden: &Hidden) -> String {
        hidden
            .get(&("summary".to_string(), "median_days_to_close".to_string()))
            .cloned()
            .or(self.median_days_to_close.map(|m| m.to_string()))
            .unwrap_or_else(|| "-".into())
    }

    /// The words for an id of a kind (the id in words if the profile has
    /// none).
    pub fn word(&self, kind: &str, id: &str) -> String {
        if kind.is_empty() {
            return id.to_string();
        }
        self.words
            .get(&(kind.to_string(), id.to_string()))
            .cloned()
            .unwrap_or_else(|| crate::rules::profile::in_words(id))
    }

    /// The deadlines due in the period by rule, with a total: the one
    /// table every human form (text, HTML) shows.
    pub fn timeliness_table(&self, hidden: &Hidden) -> Grid {
        let or_hidden = |section: &str, key: &str, v: String| {
            hidden
                .get(&(section.to_string(), key.to_string()))
                .cloned()
                .unwrap_or(v)
        };
        // In the profile's order of rules (the order of the law).
        let mut by_rule: Vec<(&String, &MetMissed)> = self.deadlines_by_rule.iter().collect();
        by_rule.sort_by_key(|(rule, _)| {
            self.rule_order
                .iter()
                .position(|r| r == *rule)
                .unwrap_or(usize::MAX)
        });
        let mut rows: Vec<Vec<String>> = by_rule
            .into_iter()
            .map(|(rule, mm)| {
                vec![
                    self.word("rules", rule),
                    shown(hidden, "deadlines_met", rule, mm.met),
                    shown(hidden, "deadlines_missed", rule, mm.missed),
                    or_hidden("deadlines_met_pct", rule, percent(mm.met_pct)),
                ]
            })
            .collect();
        rows.push(vec![
            "total".into(),
            shown(hidden, "summary", "deadlines_met", self.deadlines_met),
            shown(hidden, "summary", "deadlines_missed", self.deadlines_missed),
            or_hidden(
                "summary",
                "deadlines_met_pct",
                percent(self.deadlines_met_pct),
            ),
        ]);
        Grid {
            columns: vec!["Deadline", "Met", "Missed", "Met on time"],
            rows,
        }
    }

    /// A table's counts in reading order: a demographic table in the
    /// order the profile lists its values (ages by age), "not recorded"
    /// last; the others by key.
    pub fn ordered(&self, section: &str, counts: &BTreeMap<String, i64>) -> Vec<(String, i64)> {
        let mut out: Vec<(String, i64)> = counts.iter().map(|(k, n)| (k.clone(), *n)).collect();
        if let Some(order) = section
            .strip_prefix("demographics_")
            .and_then(|f| self.value_order.get(f))
        {
            out.sort_by_key(|(k, _)| order.iter().position(|o| o == k).unwrap_or(usize::MAX));
        }
        out
    }

    /// A count table (`section` of the report, ids of `kind`) with each
    /// count's share of the total, and the total. In the public version
    /// (`public_min`) a hidden count hides its share too, and a small
    /// total is hidden like its cells.
    pub fn counts_table(
        &self,
        (section, kind): (&str, &str),
        counts: &BTreeMap<String, i64>,
        hidden: &Hidden,
        public_min: Option<i64>,
    ) -> Grid {
        let total: i64 = counts.values().sum();
        let mut rows: Vec<Vec<String>> = self
            .ordered(section, counts)
            .into_iter()
            .map(
                |(k, n)| match hidden.get(&(section.to_string(), k.clone())) {
                    Some(words) => vec![self.word(kind, &k), words.clone(), String::new()],
                    None => vec![self.word(kind, &k), n.to_string(), percent(pct(n, total))],
                },
            )
            .collect();
        let total_text = match public_min {
            Some(min) => suppress::one(total, min).text(min),
            None => total.to_string(),
        };
        rows.push(vec!["total".into(), total_text, String::new()]);
        Grid {
            columns: vec!["", "Count", "Share"],
            rows,
        }
    }

    /// Cases received and closed, month by month.
    pub fn months_table(&self, hidden: &Hidden) -> Grid {
        let cell = |section: &str, k: &str, n: i64| shown(hidden, section, k, n);
        Grid {
            columns: vec!["Month", "Received", "Closed"],
            rows: self
                .received_by_month
                .iter()
                .map(|(m, n)| {
                    vec![
                        month_words(m),
                        cell("received_by_month", m, *n),
                        cell(
                            "closed_by_month",
                            m,
                            self.closed_by_month.get(m).copied().unwrap_or(0),
                        ),
                    ]
                })
                .collect(),
        }
    }

    /// This year beside the four before.
    pub fn trend_table(&self, hidden: &Hidden) -> Grid {
        Grid {
            columns: vec![
                "Year",
                "Received",
                "Closed",
                "Median days to close",
                "90th percentile",
                "Deadlines met on time",
            ],
            rows: self
                .trend
                .iter()
                .map(|y| {
                    let k = y.year.to_string();
                    let or_hidden = |section: &str, v: String| {
                        hidden
                            .get(&(section.to_string(), k.clone()))
                            .cloned()
                            .unwrap_or(v)
                    };
                    vec![
                        k.clone(),
                        or_hidden(
                            "trend_complaints_received",
                            y.complaints_received.to_string(),
                        ),
                        or_hidden("trend_cases_closed", y.cases_closed.to_string()),
                        or_hidden(
                            "trend_median_days_to_close",
                            y.median_days_to_close
                                .map(|d| d.to_string())
                                .unwrap_or_else(|| "-".into()),
                        ),
                        or_hidden(
                            "trend_p90_days_to_close",
                            y.p90_days_to_close
                                .map(|d| d.to_string())
                                .unwrap_or_else(|| "-".into()),
                        ),
                        or_hidden("trend_deadlines_met_pct", percent(y.deadlines_met_pct)),
                    ]
                })
                .collect(),
        }
    }

    /// The comparison of the panel's findings with the Department's
    /// actions, one row per allegation (the office's version only).
    pub fn comparison_table(&self) -> Grid {
        Grid {
            columns: vec![
                "Case",
                "Response",
                "Concurs",
                "#",
                "Allegation",
                "Panel's finding",
                "Department's finding",
                "Discipline",
            ],
            rows: self
                .chief_comparison
                .iter()
                .map(|c| {
                    vec![
                        c.case.to_string(),
                        fmt_date(c.response_date),
                        c.concurs.to_string(),
                        c.allegation.to_string(),
                        self.word("categories", &c.category),
                        c.panel_finding
                            .as_deref()
                            .map(|f| self.word("findings", f))
                            .unwrap_or_default(),
                        c.department_finding
                            .as_deref()
                            .map(|f| self.word("findings", f))
                            .unwrap_or_default(),
                        c.discipline.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
        }
    }

    /// Sustained allegations and the Department's actions, with the
    /// discipline recorded in the office's version.
    pub fn sustained_table(&self, hidden: &Hidden, public: bool) -> Grid {
        let s = &self.sustained;
        let mut rows = vec![
            vec![
                "Sustained by the panel".to_string(),
                shown(hidden, "sustained", "by_the_panel", s.by_the_panel),
            ],
            vec![
                "Also sustained by the Department".to_string(),
                shown(
                    hidden,
                    "sustained",
                    "by_the_department",
                    s.by_the_department,
                ),
            ],
            vec![
                "With discipline recorded (whatever the panel found)".to_string(),
                shown(hidden, "sustained", "with_discipline", s.with_discipline),
            ],
        ];
        if !public {
            for (words, n) in &s.discipline {
                rows.push(vec![format!("  discipline: {words}"), n.to_string()]);
            }
        }
        Grid {
            columns: vec!["Allegations", "Count"],
            rows,
        }
    }

    /// Each investigator's caseload and the timeliness of their cases (the
    /// office's version only).
    pub fn investigator_table(&self) -> Grid {
        Grid {
            columns: vec!["Investigator", "Open cases", "Met", "Missed", "Met on time"],
            rows: self
                .by_investigator
                .iter()
                .map(|(who, f)| {
                    vec![
                        who.clone(),
                        f.open_cases.to_string(),
                        f.deadlines_met.to_string(),
                        f.deadlines_missed.to_string(),
                        percent(f.deadlines_met_pct),
                    ]
                })
                .collect(),
        }
    }

    /// Policy reviews and issued reports in the period.
    pub fn recommendations_table(&self) -> Grid {
        let r = &self.recommendations;
        let row = |k: &str, v: i64| vec![k.to_string(), v.to_string()];
        Grid {
            columns: vec!["", "In the period"],
            rows: vec![
                row("Policy recommendations made", r.policy_recommendations),
                row("The Chief's responses to them", r.policy_responses),
                row("Proposed revisions received", r.proposed_revisions_received),
                row("Commented on by the panel", r.panel_comments),
                row("The Chief's responses to comments", r.revision_responses),
                row("Reports issued", r.reports_issued),
                row("Responses to reports", r.report_responses),
            ],
        }
    }

    /// The cells of [`AnnualReport::findings_compared`]: each pair keyed
    /// `panel/department` (the key the public version's hidden cells and
    /// the CSV use), with its count.
    fn compared_cells(&self) -> impl Iterator<Item = (String, i64)> + '_ {
        self.findings_compared
            .iter()
            .flat_map(|(p, ds)| ds.iter().map(move |(d, n)| (format!("{p}/{d}"), *n)))
    }

    /// The comparison with the Chief's actions as counts: the panel's
    /// finding, the Department's, and how many allegations (in words where
    /// hidden).
    pub fn findings_compared_table(&self, hidden: &Hidden) -> Grid {
        let word = |f: &str| {
            if f == NOT_GIVEN {
                "not given".to_string()
            } else {
                self.word("findings", f)
            }
        };
        let rows = self
            .compared_cells()
            .map(|(key, n)| {
                let (p, d) = key.split_once('/').unwrap_or((&key, ""));
                let shown = hidden
                    .get(&("findings_compared".to_string(), key.clone()))
                    .cloned()
                    .unwrap_or_else(|| n.to_string());
                vec![word(p), word(d), shown]
            })
            .collect();
        Grid {
            columns: vec!["Panel's finding", "Department's finding", "Allegations"],
            rows,
        }
    }

    /// The public version's hidden cells: (section, key) -> words, for
    /// every count a person could be picked out by (`suppress`).
    pub fn hidden_cells(&self, min: i64) -> Hidden {
        let mut out = BTreeMap::new();
        let concurrence = [
            ("yes".to_string(), self.chief_concurrence.yes),
            ("no".to_string(), self.chief_concurrence.no),
            ("partial".to_string(), self.chief_concurrence.partial),
        ];
        let groups: [(&str, Vec<(String, i64)>); 7] = [
            ("by_source", self.by_source.clone().into_iter().collect()),
            (
                "received_by_month",
                self.received_by_month.clone().into_iter().collect(),
            ),
            (
                "closed_by_month",
                self.closed_by_month.clone().into_iter().collect(),
            ),
            (
                "allegations_by_category",
                self.allegations_by_category.clone().into_iter().collect(),
            ),
            ("findings", self.findings.clone().into_iter().collect()),
            ("chief_concurrence", concurrence.to_vec()),
            ("findings_compared", self.compared_cells().collect()),
        ];
        let demographic: Vec<(String, Vec<(String, i64)>)> = self
            .demographics
            .iter()
            .map(|(f, t)| (format!("demographics_{f}"), t.clone().into_iter().collect()))
            .collect();
        let groups = groups
            .into_iter()
            .map(|(s, c)| (s.to_string(), c))
            .chain(demographic);
        for (section, counts) in groups {
            for (key, shown) in suppress::table(&counts, min) {
                if shown.is_hidden() {
                    out.insert((section.clone(), key), suppress::NOT_SHOWN.into());
                }
            }
        }
        let findings_sustained_hidden =
            out.contains_key(&("findings".to_string(), "sustained".to_string()));
        // A figure standing alone is "fewer than N"; a cell hidden as one
        // of a table's, or so that another cannot be worked out, "not
        // shown" (`suppress`).
        let mut hide = |section: &str, key: &str, alone: bool| {
            let words = if alone {
                suppress::fewer(min)
            } else {
                suppress::NOT_SHOWN.into()
            };
            out.insert((section.to_string(), key.to_string()), words);
        };
        let small = |n: i64| suppress::one(n, min).is_hidden();
        for (key, n) in [
            ("complaints_received", self.complaints_received),
            ("cases_closed", self.cases_closed),
            ("closed_out_of_time", self.closed_out_of_time),
            ("imported_cases", self.imported_cases),
            ("under_investigation", self.under_investigation.unwrap_or(0)),
        ] {
            if small(n) {
                hide("summary", key, true);
            }
        }
        for (key, n) in [
            ("by_the_panel", self.sustained.by_the_panel),
            ("by_the_department", self.sustained.by_the_department),
            ("with_discipline", self.sustained.with_discipline),
        ] {
            if small(n) {
                hide("sustained", key, true);
            }
        }
        // The allegations the Department sustained are some of those the
        // panel did: a small difference (the ones it overturned) is hidden
        // with the Department's count. And the panel's count is the
        // findings table's: hidden where that cell is.
        if small(self.sustained.by_the_panel - self.sustained.by_the_department) {
            hide("sustained", "by_the_department", false);
        }
        if findings_sustained_hidden && !small(self.sustained.by_the_panel) {
            hide("sustained", "by_the_panel", false);
        }
        let mut pct_hidden: Vec<(String, String)> = Vec::new();
        // Deadlines met and missed, by rule: each column hidden as a table
        // whose total is shown, and a rule's share wherever either of its
        // counts is hidden.
        for (column, section) in [(true, "deadlines_met"), (false, "deadlines_missed")] {
            let counts: Vec<(String, i64)> = self
                .deadlines_by_rule
                .iter()
                .map(|(rule, mm)| (rule.clone(), if column { mm.met } else { mm.missed }))
                .collect();
            for (rule, shown) in suppress::table(&counts, min) {
                if shown.is_hidden() {
                    hide(section, &rule, false);
                    pct_hidden.push(("deadlines_met_pct".to_string(), rule));
                }
            }
        }
        for (key, n) in [
            ("deadlines_met", self.deadlines_met),
            ("deadlines_missed", self.deadlines_missed),
        ] {
            if small(n) {
                hide("summary", key, true);
                pct_hidden.push(("summary".into(), "deadlines_met_pct".into()));
            }
        }
        if small(self.deadlines_open) {
            hide("summary", "deadlines_open", true);
        }
        // A share of a hidden count is not shown either (it would give the
        // count back), and says so in words of its own.
        let pct_words = format!("not shown: a count under {min}");
        for cell in pct_hidden {
            out.insert(cell, pct_words.clone());
        }
        // Days to close of a handful of cases tell of those cases; said as
        // what it is, not as a small number of days.
        let few_closed = format!("not shown: fewer than {min} cases closed");
        if small(self.cases_closed) {
            for key in ["median_days_to_close", "p90_days_to_close"] {
                out.insert(("summary".into(), key.into()), few_closed.clone());
            }
        }
        for y in &self.trend {
            let year = y.year.to_string();
            if small(y.complaints_received) {
                out.insert(
                    ("trend_complaints_received".into(), year.clone()),
                    suppress::fewer(min),
                );
            }
            if small(y.cases_closed) {
                out.insert(
                    ("trend_cases_closed".into(), year.clone()),
                    suppress::fewer(min),
                );
                for key in ["trend_median_days_to_close", "trend_p90_days_to_close"] {
                    out.insert((key.into(), year.clone()), few_closed.clone());
                }
            }
            // As the summary's: each count hidden when small, and the share
            // when either is.
            for (key, n) in [
                ("trend_deadlines_met", y.deadlines_met),
                ("trend_deadlines_missed", y.deadlines_missed),
            ] {
                if small(n) {
                    out.insert((key.into(), year.clone()), suppress::fewer(min));
                }
            }
            if small(y.deadlines_met) || small(y.deadlines_missed) {
                out.insert(
                    ("trend_deadlines_met_pct".into(), year.clone()),
                    format!("not shown: a count under {min}"),
                );
            }
        }
        out
    }

    /// The report as JSON for the public: the hidden cells in words, and
    /// the threshold (`suppressed_below`).
    pub fn public_json(&self, min: i64) -> serde_json::Value {
        let mut v = serde_json::to_value(self).unwrap_or_default();
        for ((section, key), words) in self.hidden_cells(min) {
            let cell = if section == "summary" {
                v.get_mut(&key)
            } else if let Some(field) = match section.as_str() {
                "deadlines_met" => Some("met"),
                "deadlines_missed" => Some("missed"),
                "deadlines_met_pct" => Some("met_pct"),
                _ => None,
            } {
                v.get_mut("deadlines_by_rule")
                    .and_then(|d| d.get_mut(&key))
                    .and_then(|r| r.get_mut(field))
            } else if section == "findings_compared" {
                let (panel, department) = key.split_once('/').unwrap_or((&key, ""));
                v.get_mut("findings_compared")
                    .and_then(|p| p.get_mut(panel))
                    .and_then(|d| d.get_mut(department))
            } else if let Some(field) = section.strip_prefix("demographics_") {
                v.get_mut("demographics")
                    .and_then(|d| d.get_mut(field))
                    .and_then(|t| t.get_mut(&key))
            } else if let Some(field) = section.strip_prefix("trend_") {
                v["trend"]
                    .as_array_mut()
                    .and_then(|ys| {
                        ys.iter_mut()
                            .find(|y| y["year"].as_i64() == key.parse::<i64>().ok())
                    })
                    .and_then(|y| y.get_mut(field))
            } else {
                v.get_mut(&section).and_then(|s| s.get_mut(&key))
            };
            if let Some(c) = cell {
                *c = serde_json::Value::String(words);
            }
        }
        v["sustained"]["discipline"] = serde_json::json!({});
        // Investigators by name are the office's business.
        if let Some(o) = v.as_object_mut() {
            o.remove("by_investigator");
        }
        v["suppressed_below"] = serde_json::json!(min);
        v
    }

    /// The CSV rows for the public: the hidden cells in words.
    pub fn public_csv_rows(&self, min: i64) -> Vec<[String; 3]> {
        let hidden = self.hidden_cells(min);
        let mut rows = self.csv_rows();
        rows.retain(|r| r[0] != "discipline" && !r[0].starts_with("investigator_"));
        for r in &mut rows {
            if let Some(w) = hidden.get(&(r[0].clone(), r[1].clone())) {
                r[2] = w.clone();
            }
        }
        rows.push(["summary".into(), "suppressed_below".into(), min.to_string()]);
        rows
    }

    pub fn csv_rows(&self) -> Vec<[String; 3]> {
        let mut rows: Vec<[String; 3]> = Vec::new();
        let mut put = |s: &str, k: &str, v: String| rows.push([s.into(), k.into(), v]);
        put("summary", "report_version", self.report_version.to_string());
        put("summary", "year", self.year.to_string());
        put("summary", "fiscal", self.fiscal.to_string());
        put("period", "from", self.period.from.clone());
        put("period", "to", self.period.to.clone());
        put("summary", "as_of", self.as_of.clone());
        put(
            "summary",
            "complaints_received",
            self.complaints_received.to_string(),
        );
        for (k, v) in &self.by_source {
            put("by_source", k, v.to_string());
        }
        for (k, v) in &self.allegations_by_category {
            put("allegations_by_category", k, v.to_string());
        }
        for (k, v) in &self.findings {
            put("findings", k, v.to_string());
        }
        put("summary", "cases_closed", self.cases_closed.to_string());
        put(
            "summary",
            "closed_out_of_time",
            self.closed_out_of_time.to_string(),
        );
        put(
            "summary",
            "median_days_to_close",
            self.median_days_to_close
                .map(|m| m.to_string())
                .unwrap_or_default(),
        );
        put(
            "summary",
            "p90_days_to_close",
            self.p90_days_to_close
                .map(|m| m.to_string())
                .unwrap_or_default(),
        );
        put("summary", "deadlines_met", self.deadlines_met.to_string());
        put(
            "summary",
            "deadlines_missed",
            self.deadlines_missed.to_string(),
        );
        put("summary", "deadlines_open", self.deadlines_open.to_string());
        put("summary", "imported_cases", self.imported_cases.to_string());
        if let Some(n) = self.under_investigation {
            put("summary", "under_investigation", n.to_string());
        }
        let opt = |x: Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
        put("summary", "deadlines_met_pct", opt(self.deadlines_met_pct));
        for (rule, mm) in &self.deadlines_by_rule {
            put("deadlines_met", rule, mm.met.to_string());
            put("deadlines_missed", rule, mm.missed.to_string());
            put("deadlines_met_pct", rule, opt(mm.met_pct));
        }
        for (m, n) in &self.received_by_month {
            put("received_by_month", m, n.to_string());
        }
        for (m, n) in &self.closed_by_month {
            put("closed_by_month", m, n.to_string());
        }
        for y in &self.trend {
            let k = y.year.to_string();
            put(
                "trend_complaints_received",
                &k,
                y.complaints_received.to_string(),
            );
            put("trend_cases_closed", &k, y.cases_closed.to_string());
            put(
                "trend_median_days_to_close",
                &k,
                opt(y.median_days_to_close),
            );
            put(
                "trend_p90_days_to_close",
                &k,
                y.p90_days_to_close
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            );
            put("trend_deadlines_met_pct", &k, opt(y.deadlines_met_pct));
        }
        put(
            "chief_concurrence",
            "yes",
            self.chief_concurrence.yes.to_string(),
        );
        put(
            "chief_concurrence",
            "no",
            self.chief_concurrence.no.to_string(),
        );
        put(
            "chief_concurrence",
            "partial",
            self.chief_concurrence.partial.to_string(),
        );
        for (who, f) in &self.by_investigator {
            put("investigator_open_cases", who, f.open_cases.to_string());
            put(
                "investigator_deadlines_met",
                who,
                f.deadlines_met.to_string(),
            );
            put(
                "investigator_deadlines_missed",
                who,
                f.deadlines_missed.to_string(),
            );
            put(
                "investigator_deadlines_met_pct",
                who,
                opt(f.deadlines_met_pct),
            );
        }
        for (field, table) in &self.demographics {
            for (value, n) in table {
                put(&format!("demographics_{field}"), value, n.to_string());
            }
        }
        put(
            "sustained",
            "by_the_panel",
            self.sustained.by_the_panel.to_string(),
        );
        put(
            "sustained",
            "by_the_department",
            self.sustained.by_the_department.to_string(),
        );
        put(
            "sustained",
            "with_discipline",
            self.sustained.with_discipline.to_string(),
        );
        for (words, n) in &self.sustained.discipline {
            put("discipline", words, n.to_string());
        }
        for (key, n) in self.compared_cells() {
            put("findings_compared", &key, n.to_string());
        }
        put(
            "summary",
            "monitoring_list_size",
            self.monitoring_list_size
                .map(|n| n.to_string())
                .unwrap_or_default(),
        );
        // Recommendations outside cases (11.5-37), as the JSON has them.
        let r = &self.recommendations;
        for (key, n) in [
            ("policy_recommendations", r.policy_recommendations),
            ("policy_responses", r.policy_responses),
            ("proposed_revisions_received", r.proposed_revisions_received),
            ("panel_comments", r.panel_comments),
            ("revision_responses", r.revision_responses),
            ("reports_issued", r.reports_issued),
            ("report_responses", r.report_responses),
        ] {
            put("recommendations", key, n.to_string());
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn calendar_and_fiscal_periods() {
        let p = Profile::builtin("miami-cip").unwrap();
        assert_eq!(
            period(&p, 2025, false),
            Some((d("2025-01-01"), d("2025-12-31")))
        );
        // The City's fiscal year 2025: 1 Oct 2024 to 30 Sep 2025.
        assert_eq!(
            period(&p, 2025, true),
            Some((d("2024-10-01"), d("2025-09-30")))
        );
    }

    fn inputs(closed: &[(&str, &str)], chief: &[(&str, &str, &str)]) -> Inputs {
        let words = |w: &str| -> Arc<str> { w.into() };
        Inputs {
            received_by_source: Vec::new(),
            allegations_by_category: Vec::new(),
            findings: Vec::new(),
            closed: closed
                .iter()
                .map(|&(received, closed)| ClosedCase {
                    received: d(received),
                    closed: d(closed),
                    out_of_time: false,
                })
                .collect(),
            deadlines: Vec::new(),
            chief: chief
                .iter()
                .enumerate()
                .map(|(i, &(case, date, concurs))| ChiefComparison {
                    case: words(case),
                    response_date: d(date),
                    concurs: words(concurs),
                    allegation: i as i64 + 1,
                    category: words("force"),
                    panel_finding: None,
                    department_finding: None,
                    discipline: None,
                })
                .collect(),
            monitoring_list_size: None,
            matter_steps: Vec::new(),
            received_by_month: Vec::new(),
            earlier: Vec::new(),
            imported_cases: 0,
            fields: Vec::new(),
            by_investigator: Default::default(),
        }
    }

    fn compute(inputs: Inputs) -> AnnualReport {
        let p = Profile::builtin("miami-cip").unwrap();
        let (from, to) = (d("2025-01-01"), d("2025-12-31"));
        AnnualReport::compute(&p, (2025, false), (from, to), d("2026-03-01"), inputs)
    }

    #[test]
    fn each_case_the_chief_answered_is_counted_once_by_its_first_answer() {
        let r = compute(inputs(
            &[],
            &[
                // A case's allegations one after another.
                ("2025-0001", "2025-02-03", "yes"),
                ("2025-0001", "2025-02-03", "yes"),
                ("2025-0002", "2025-02-03", "no"),
                ("2025-0003", "2025-03-10", "partial"),
                ("2025-0003", "2025-03-10", "partial"),
                // Answered again later (a response in force twice, from
                // another system): its first answer is the one counted.
                ("2025-0001", "2025-05-01", "no"),
                ("2025-0002", "2025-05-01", "partial"),
                ("2025-0004", "2025-06-01", "no"),
            ],
        ));
        let c = &r.chief_concurrence;
        assert_eq!((c.yes, c.no, c.partial), (1, 2, 1));
    }

    #[test]
    fn cases_closed_are_counted_by_the_month_they_closed() {
        let r = compute(inputs(
            &[
                ("2024-11-02", "2025-01-01"),
                ("2025-01-05", "2025-01-31"),
                ("2025-02-01", "2025-02-01"),
                ("2025-03-01", "2025-12-31"),
                // Outside the period (as a store could give): shown too.
                ("2025-03-01", "2026-01-02"),
            ],
            &[],
        ));
        let month = |m: &str| r.closed_by_month.get(m).copied();
        assert_eq!(month("2025-01"), Some(2));
        assert_eq!(month("2025-02"), Some(1));
        assert_eq!(month("2025-03"), Some(0));
        assert_eq!(month("2025-12"), Some(1));
        assert_eq!(month("2026-01"), Some(1));
        assert_eq!(r.closed_by_month.len(), 13);
    }

    #[test]
    fn median_and_90th_percentile() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5]), Some(5.0));
        assert_eq!(median(&[1, 2, 10, 40]), Some(6.0));
        assert_eq!(median(&[1, 2, 3]), Some(2.0));
        let ten: Vec<i64> = (1..=10).collect();
        assert_eq!(p90(&ten), Some(9));
        let eleven: Vec<i64> = (1..=11).collect();
        assert_eq!(p90(&eleven), Some(10));
        assert_eq!(p90(&[7]), Some(7));
    }
}

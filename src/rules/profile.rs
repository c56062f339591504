//! Profiles: the rules of one office as data. A profile is a TOML file (see
//! `profiles/miami-cip.toml`) that names the deadline rules with their
//! citations, the finding names, the no-finding reasons, the allegation
//! categories, the panel's size and the fiscal-year start. Commands never
//! branch on an office's law; they ask the profile.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::steps::StepDef;
use crate::error::{Error, Result};
use crate::model::Source;

/// The profiles shipped with the tool, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("miami-cip", include_str!("../../profiles/miami-cip.toml")),
    ("florida-ia", include_str!("../../profiles/florida-ia.toml")),
];

pub const DEFAULT_PROFILE: &str = "miami-cip";

/// Event kinds a rule may start from or be satisfied by.
pub const EVENT_KINDS: &[&str] = &[
    "received",
    "chief-decision",
    "ia-file-access",
    "notify-pd",
    "refer-counsel",
    "counsel-determination",
    "challenge",
    "decide",
    "commence",
    "extend",
    "present",
    "remand",
    "finding",
    "transmit",
    "chief-response",
    "close",
    "checklist",
    "criminal-investigation",
    // Matters that are not cases: policy reviews and issued reports.
    "recommend",
    "proposed",
    "comment",
    "response",
    "issued",
];

/// The kinds of matter a rule may apply to instead of a case.
pub const MATTER_KINDS: &[&str] = &["policy", "proposed-revision", "report"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    /// The profile format: 2 states the whole law (sources, steps, notices,
    /// subpoenas); absent (1), a profile from before those were data, which
    /// follows the shipped profile of its name, else miami-cip, in them.
    #[serde(default = "one")]
    pub version: u32,
    #[serde(default)]
    pub description: String,
    /// The body of law the profile follows, cited when a step is no part of
    /// it (absent: the description).
    #[serde(default)]
    pub law: Option<String>,
    #[serde(default = "yes")]
    pub roll_forward: bool,
    #[serde(default = "october")]
    pub fiscal_year_start_month: u32,
    pub late_complaint: Option<LateComplaint>,
    pub panel: Option<Panel>,
    pub categories: Vec<String>,
    pub findings: Vec<String>,
    #[serde(default)]
    pub no_finding_reasons: Vec<String>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub checklist: Vec<ChecklistItem>,
    /// The public monitoring list (none: this law keeps none).
    #[serde(default)]
    pub monitoring: Option<Monitoring>,
    /// The law that keeps a complaint confidential while its investigation
    /// is active: no public output (the monitoring list, the public export,
    /// the public report) shows an open case or counts it in a figure; the
    /// public report says only how many of a year's cases are still open. Absent: the
    /// profile's law is cited, and open cases stay out all the same.
    #[serde(default)]
    pub confidential: Option<String>,
    /// Words for ids (`[titles.categories]`, `[titles.findings]`,
    /// `[titles.reasons]`): what reports and tables show; JSON and CSV keep
    /// the ids. An id without one reads as itself in words.
    #[serde(default)]
    pub titles: BTreeMap<String, BTreeMap<String, String>>,
    /// What a public output may show (`[public]`).
    #[serde(default)]
    pub public: Public,
    /// The section asking for the annual report (its statistics and the
    /// comparison with the Chief's actions).
    #[serde(default)]
    pub annual_report: Option<String>,
    /// Subpoenas of the panel (none: this law gives no subpoena power).
    #[serde(default)]
    pub subpoenas: Option<Subpoenas>,
    /// The notice the Chief owes before implementing a revised policy
    /// (none: no notice is owed).
    #[serde(default)]
    pub policy_notice: Option<Notice>,
    /// Where cases come from under this law (`[[sources]]`): the sources
    /// intake accepts, in words, with the section that makes each a case.
    #[serde(default)]
    pub sources: Vec<SourceDef>,
    /// The values each of the optional fields may take (`[fields]`:
    /// `complainant_race = [...]`); a field with no list is not recorded
    /// (but the unit, which is free text).
    #[serde(default)]
    pub fields: BTreeMap<String, Vec<String>>,
    /// The steps of a case as written (`[[steps]]`), or, in a profile from
    /// before steps were data, a table of each step's section.
    #[serde(default, rename = "steps")]
    steps_given: Option<toml::Value>,
    /// The steps of a case, their order and checks (`rules::steps`).
    #[serde(skip)]
    pub steps: Vec<StepDef>,
}

/// The sections subpoenas follow: the power itself, counsel's review of a
/// request, the panel's vote.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subpoenas {
    pub basis: String,
    pub review: String,
    pub vote: String,
}

/// What public outputs may show: a count below `min_count` is "fewer than
/// N" (it could point at a person in a small office).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Public {
    #[serde(default = "five")]
    pub min_count: u32,
}

impl Default for Public {
    fn default() -> Self {
        Public { min_count: five() }
    }
}

fn five() -> u32 {
    5
}

/// A period of notice owed before something happens, with its section.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub days: u32,
    pub basis: String,
}

/// A source of cases: one of the tool's four (`model::Source`), in the
/// words of this law and with its section.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    pub id: String,
    pub title: String,
    pub basis: String,
}

/// The public monitoring list: officers subject of `threshold` or more
/// complaints received within `years` before the as-of date.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Monitoring {
    pub threshold: usize,
    pub years: i32,
    pub basis: String,
}

/// Something the law requires that has no deadline: shown on a case from
/// its `after` event until recorded (notices, a copy of the complaint).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    pub title: String,
    pub basis: String,
    pub after: String,
}

fn yes() -> bool {
    true
}
fn one() -> u32 {
    1
}

/// An id in words: dashes become spaces, the first letter a capital.
pub fn in_words(id: &str) -> String {
    // Initialisms read as such: "ia-file-access" is "IA file access".
    let words: Vec<String> = id
        .split(['-', '_'])
        .map(|w| match w {
            "ia" | "pd" | "ed" | "cip" => w.to_uppercase(),
            _ => w.to_string(),
        })
        .collect();
    let spaced = words.join(" ");
    let mut c = spaced.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The profile format this build writes and reads in full.
pub const PROFILE_VERSION: u32 = 2;
fn october() -> u32 {
    10
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LateComplaint {
    pub years: i32,
    pub basis: String,
    /// What carries the vote that accepts a late complaint.
    #[serde(default)]
    pub vote: LateVote,
}

/// How a vote accepting a late complaint is carried (with a quorum present,
/// Sec. 11.5-30, either way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LateVote {
    /// More than half of the members seated on the panel vote yes ("a
    /// majority vote of its members", Sec. 11.5-31(1)(c)).
    #[default]
    MajorityOfSeated,
    /// The panel's majority of the members present and voting.
    MajorityOfPresent,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Panel {
    pub seats: u32,
    pub quorum: u32,
    pub majority_percent: u32,
    pub basis: String,
}

/// How long a rule gives, in the unit the law uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    WorkingDays(u32),
    Days(u32),
    Years(i32),
    /// The date the starting event carries (`given_date = true`).
    Given,
}

/// A later event that moves a rule's due date out, never in
/// (Sec. 11.5-31(3)(d): 60 days after the IA file is received).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    pub event: String,
    pub days: u32,
    pub basis: String,
}

/// An event that stops a rule's clock: for a fixed number of days (a
/// prosecutorial challenge's 48-hour stay, Sec. 11.5-31(2)(a)(i)), or until
/// another event (a pending criminal investigation, Fla. Stat. 112.532(6)).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tolling {
    pub event: String,
    pub days: Option<u32>,
    pub until: Option<String>,
    pub reason: String,
    pub basis: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub basis: String,
    #[serde(default)]
    pub sources: Vec<String>,
    pub criminal: Option<bool>,
    pub start: Vec<String>,
    working_days: Option<u32>,
    days: Option<u32>,
    years: Option<i32>,
    pub satisfied_by: String,
    #[serde(default = "office")]
    pub owner: String,
    /// Missing this deadline puts the case out of time (Sec. 11.5-31(3)(d)):
    /// it is to be closed without a finding.
    #[serde(default)]
    pub out_of_time: bool,
    /// Start from the latest occurrence of the start event, and be met only
    /// by a step after it (a remand can happen more than once).
    #[serde(default)]
    pub restart: bool,
    /// The due date is the date carried by the starting event.
    #[serde(default)]
    pub given_date: bool,
    pub extension: Option<Extension>,
    #[serde(default)]
    pub tolling: Vec<Tolling>,
    /// The deadline outlives the case's closing (someone else must act).
    #[serde(default)]
    pub after_close: bool,
    /// The rule applies to a matter that is not a case (`policy`,
    /// `proposed-revision`, `report`) instead of to cases.
    pub matter: Option<String>,
    /// One deadline per recipient of the matter (a report's addressees).
    #[serde(default)]
    pub per_recipient: bool,
}

fn office() -> String {
    "office".into()
}

impl Rule {
    pub fn period(&self) -> Period {
        if self.given_date {
            return Period::Given;
        }
        match (self.working_days, self.days, self.years) {
            (Some(n), None, None) => Period::WorkingDays(n),
            (None, Some(n), None) => Period::Days(n),
            (None, None, Some(n)) => Period::Years(n),
            // `Profile::parse` refuses any other combination.
            _ => unreachable!("rule {} validated to have exactly one period", self.id),
        }
    }

    /// Whether an event kind starts, meets, extends or tolls this rule.
    pub fn mentions(&self, kind: &str) -> bool {
        let k = |t: &String| t.split(':').next() == Some(kind);
        self.start.iter().any(k)
            || k(&self.satisfied_by)
            || self.extension.as_ref().is_some_and(|x| k(&x.event))
            || self
                .tolling
                .iter()
                .any(|t| k(&t.event) || t.until.as_ref().is_some_and(k))
    }

    /// The citation for `kind`'s part in this rule: an extension or a
    /// tolling event has its own section.
    pub fn basis_for(&self, kind: &str) -> &str {
        let k = |t: &String| t.split(':').next() == Some(kind);
        if let Some(x) = self.extension.as_ref().filter(|x| k(&x.event)) {
            return &x.basis;
        }
        if let Some(t) = self
            .tolling
            .iter()
            .find(|t| k(&t.event) || t.until.as_ref().is_some_and(k))
        {
            return &t.basis;
        }
        &self.basis
    }

    pub fn applies_to(&self, source: Source, criminal: bool) -> bool {
        self.matter.is_none()
            && (self.sources.is_empty() || self.sources.iter().any(|s| s == source.as_str()))
            && self.criminal.is_none_or(|c| c == criminal)
    }
}

impl Profile {
    /// A shipped profile by name.
    pub fn builtin(name: &str) -> Option<Self> {
        BUILTIN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| Self::parse(text).expect("shipped profiles are valid"))
    }

    pub fn builtin_text(name: &str) -> Option<&'static str> {
        BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }

    /// Parse and check a profile. Errors name the line (for TOML errors) or
    /// the rule and the field.
    pub fn parse(text: &str) -> Result<Self> {
        let mut p: Profile =
            toml::from_str(text).map_err(|e| Error::usage(format!("profile: {e}")))?;
        p.steps = p.resolve_steps()?;
        if p.version > PROFILE_VERSION {
            return Err(Error::usage(format!(
                "profile {}: version {} is newer than this oversight reads (up to {}); upgrade \
                 oversight",
                p.name, p.version, PROFILE_VERSION
            )));
        }
        if p.version < PROFILE_VERSION {
            // A profile from before these parts of the law were data: what
            // it followed then, where it says nothing itself.
            let pre = Self::predecessor(&p.name);
            if p.sources.is_empty() {
                p.sources = pre.sources;
            }
            if p.policy_notice.is_none() {
                p.policy_notice = pre.policy_notice;
            }
            if p.subpoenas.is_none() {
                p.subpoenas = pre.subpoenas;
            }
            if p.monitoring.is_none() {
                p.monitoring = pre.monitoring;
            }
            if p.annual_report.is_none() {
                p.annual_report = pre.annual_report;
            }
            if p.confidential.is_none() {
                p.confidential = pre.confidential;
            }
        } else if p.sources.is_empty() {
            return Err(Error::usage(format!(
                "profile {}: sources: at least one [[sources]] entry is needed",
                p.name
            )));
        }
        p.validate()?;
        Ok(p)
    }

    /// What a profile from before a part of the law was data followed: the
    /// shipped profile of its name, else miami-cip (whose law the tool
    /// applied to every profile then).
    fn predecessor(name: &str) -> Profile {
        let name = if Self::builtin_text(name).is_some() {
            name
        } else {
            DEFAULT_PROFILE
        };
        Self::builtin(name).expect("a shipped profile")
    }

    /// The profile's steps. A profile written before steps were data (a
    /// store made by an older oversight, or an office's copy of one) takes
    /// the steps of the shipped profile of its name, or else of miami-cip,
    /// whose order every profile followed then, with the sections its
    /// `[steps]` table gives: the checks it had stay in force.
    fn resolve_steps(&mut self) -> Result<Vec<StepDef>> {
        let bad = |e: toml::de::Error| Error::usage(format!("profile {}: steps: {e}", self.name));
        let sections: BTreeMap<String, String> = match self.steps_given.take() {
            Some(v @ toml::Value::Array(_)) => return v.try_into().map_err(bad),
            _ if self.version >= PROFILE_VERSION => {
                return Err(Error::usage(format!(
                    "profile {}: steps: a version {PROFILE_VERSION} profile lists its steps as \
                     [[steps]] entries",
                    self.name
                )))
            }
            Some(v) => v.try_into().map_err(bad)?,
            None => BTreeMap::new(),
        };
        let mut steps = Self::predecessor(&self.name).steps;
        for (kind, section) in sections {
            match steps.iter_mut().find(|s| s.kind == kind) {
                Some(s) => s.basis = section,
                None => {
                    return Err(Error::usage(format!(
                        "profile {}: steps: '{kind}' is not one of {}",
                        self.name,
                        steps
                            .iter()
                            .map(|s| s.kind.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )))
                }
            }
        }
        Ok(steps)
    }

    fn validate(&self) -> Result<()> {
        for f in self.fields.keys() {
            if !crate::model::FIELDS.contains(&f.as_str())
                || crate::model::FREE_FIELDS.contains(&f.as_str())
            {
                return Err(Error::usage(format!(
                    "profile {}: fields.{f}: not a field with listed values; expected one of {}",
                    self.name,
                    crate::model::FIELDS
                        .iter()
                        .filter(|f| !crate::model::FREE_FIELDS.contains(f))
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        }
        let bad = |m: String| Err(Error::usage(format!("profile {}: {m}", self.name)));
        if self.categories.is_empty() {
            return bad("categories: at least one allegation category is needed".into());
        }
        if self.findings.is_empty() {
            return bad("findings: at least one finding name is needed".into());
        }
        if !(1..=12).contains(&self.fiscal_year_start_month) {
            return bad(format!(
                "fiscal_year_start_month: '{}' is not a month (1-12)",
                self.fiscal_year_start_month
            ));
        }
        if let Some(panel) = &self.panel {
            if panel.quorum == 0 || panel.quorum > panel.seats {
                return bad(format!(
                    "panel.quorum: '{}' must be between 1 and seats ({})",
                    panel.quorum, panel.seats
                ));
            }
            if panel.majority_percent == 0 || panel.majority_percent > 100 {
                return bad(format!(
                    "panel.majority_percent: '{}' must be between 1 and 100",
                    panel.majority_percent
                ));
            }
        }
        for (kind, titles) in &self.titles {
            let ids = match kind.as_str() {
                "categories" => &self.categories,
                "findings" => &self.findings,
                "reasons" => &self.no_finding_reasons,
                other => {
                    return bad(format!(
                        "titles.{other}: not a kind with titles; expected categories, \
                         findings or reasons"
                    ))
                }
            };
            if let Some(id) = titles.keys().find(|id| !ids.contains(id)) {
                return bad(format!(
                    "titles.{kind}.{id}: not one of the profile's {kind} ({})",
                    ids.join(", ")
                ));
            }
        }
        for (i, src) in self.sources.iter().enumerate() {
            if Source::parse(&src.id).is_none() {
                return bad(format!(
                    "sources: '{}' is not one of {}",
                    src.id,
                    Source::NAMES.join(", ")
                ));
            }
            if self.sources[..i].iter().any(|s| s.id == src.id) {
                return bad(format!("sources: '{}' is given twice", src.id));
            }
        }
        for (i, step) in self.steps.iter().enumerate() {
            if !EVENT_KINDS.contains(&step.kind.as_str()) {
                return bad(format!(
                    "steps: '{}' is not one of {}",
                    step.kind,
                    EVENT_KINDS.join(", ")
                ));
            }
            if self.steps[..i].iter().any(|s| s.kind == step.kind) {
                return bad(format!("steps: '{}' is given twice", step.kind));
            }
            let named = step
                .checks
                .iter()
                .flat_map(|c| c.when.iter().chain(&c.unless).chain([&c.condition]))
                .flat_map(|c| c.kinds());
            for kind in named {
                if !EVENT_KINDS.contains(&kind) {
                    return bad(format!(
                        "steps: a check of '{}' names '{kind}', which is not one of {}",
                        step.kind,
                        EVENT_KINDS.join(", ")
                    ));
                }
            }
        }
        for r in &self.rules {
            let n = [
                r.working_days.is_some(),
                r.days.is_some(),
                r.years.is_some(),
            ]
            .iter()
            .filter(|x| **x)
            .count();
            if n != usize::from(!r.given_date) {
                return bad(format!(
                    "rule '{}': give exactly one of working_days, days, years (none with given_date)",
                    r.id
                ));
            }
            for s in &r.sources {
                if Source::parse(s).is_none() {
                    return bad(format!(
                        "rule '{}': source '{s}' is not one of {}",
                        r.id,
                        Source::NAMES.join(", ")
                    ));
                }
            }
            if r.start.is_empty() {
                return bad(format!("rule '{}': start needs at least one event", r.id));
            }
            let extra = r
                .extension
                .iter()
                .map(|x| &x.event)
                .chain(r.tolling.iter().map(|t| &t.event))
                .chain(r.tolling.iter().filter_map(|t| t.until.as_ref()));
            if let Some(m) = &r.matter {
                if !MATTER_KINDS.contains(&m.as_str()) {
                    return bad(format!(
                        "rule '{}': matter '{m}' is not one of {}",
                        r.id,
                        MATTER_KINDS.join(", ")
                    ));
                }
            }
            for t in &r.tolling {
                if t.days.is_some() == t.until.is_some() {
                    return bad(format!(
                        "rule '{}': tolling on '{}' needs exactly one of days, until",
                        r.id, t.event
                    ));
                }
            }
            for e in r
                .start
                .iter()
                .chain(std::iter::once(&r.satisfied_by))
                .chain(extra)
            {
                let kind = e.split(':').next().unwrap_or_default();
                if !EVENT_KINDS.contains(&kind) {
                    return bad(format!(
                        "rule '{}': event '{e}' is not one of {}",
                        r.id,
                        EVENT_KINDS.join(", ")
                    ));
                }
            }
        }
        Ok(())
    }

    /// The profile's words for a source, if it takes cases from it.
    pub fn source(&self, source: Source) -> Option<&SourceDef> {
        self.sources.iter().find(|s| s.id == source.as_str())
    }

    /// A source in words with its section: "directly filed complaint
    /// (11.5-31(1))".
    pub fn describe_source(&self, source: Source) -> String {
        match self.source(source) {
            Some(s) => format!("{} ({})", s.title, s.basis),
            None => source.as_str().to_string(),
        }
    }

    /// The sources intake accepts under this profile.
    pub fn accepted_sources(&self) -> Vec<Source> {
        self.sources
            .iter()
            .filter_map(|s| Source::parse(&s.id))
            .collect()
    }

    /// The words for an id of a kind ("categories", "findings", "reasons",
    /// "sources", "rules"): the profile's title, else the id in words
    /// ("abuse-of-authority": "Abuse of authority").
    pub fn title(&self, kind: &str, id: &str) -> String {
        let given = match kind {
            "sources" => self
                .sources
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.title.clone()),
            "rules" => self
                .rules
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.title.clone()),
            _ => self.titles.get(kind).and_then(|t| t.get(id)).cloned(),
        };
        given.unwrap_or_else(|| in_words(id))
    }

    /// A step of a case by kind.
    pub fn step(&self, kind: &str) -> Option<&StepDef> {
        self.steps.iter().find(|s| s.kind == kind)
    }

    /// Whether `kind` is a step of this law: a `[[steps]]` entry, or an
    /// event a rule names (not what is recorded with a step, as the
    /// Department's action is with the Chief's response).
    pub fn is_step(&self, kind: &str) -> bool {
        self.step(kind).is_some() || self.rules.iter().any(|r| r.mentions(kind))
    }

    /// The kinds of event that stop a rule's clock (its tolling), each
    /// once, in order.
    pub fn clock_stopping_kinds(&self) -> Vec<String> {
        let mut kinds: Vec<String> = self
            .rules
            .iter()
            .flat_map(|r| r.tolling.iter())
            .map(|t| t.event.split(':').next().unwrap_or(&t.event).to_string())
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    /// The section that governs a step: its `[[steps]]` entry, else the
    /// section of a rule the step takes part in, else the profile's law.
    pub fn step_basis(&self, kind: &str) -> String {
        if let Some(s) = self.step(kind) {
            return s.basis.clone();
        }
        if let Some(r) = self.rules.iter().find(|r| r.mentions(kind)) {
            return r.basis_for(kind).to_string();
        }
        self.law().to_string()
    }

    /// A step of this kind may be recorded on a closed case: it meets a
    /// rule that runs after the close (the Chief's response).
    pub fn outlives_close(&self, kind: &str) -> bool {
        self.rules
            .iter()
            .any(|r| r.after_close && r.satisfied_by == kind)
    }

    /// The section that keeps open investigations out of public outputs.
    pub fn confidential_basis(&self) -> &str {
        self.confidential.as_deref().unwrap_or(self.law())
    }

    /// The body of law the profile follows.
    pub fn law(&self) -> &str {
        self.law.as_deref().unwrap_or(&self.description)
    }

    /// Check a value against one of the profile's lists, naming the flag.
    pub fn check_in(list: &[String], flag: &str, value: &str) -> Result<String> {
        if list.iter().any(|c| c == value) {
            Ok(value.to_string())
        } else {
            let hint = crate::model::closest(value, list)
                .map(|c| format!(" (did you mean '{c}'?)"))
                .unwrap_or_default();
            Err(Error::bad_value(
                flag,
                value,
                &format!("one of: {}{hint}", list.join(", ")),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_profiles_parse() {
        for (name, text) in BUILTIN {
            let p = Profile::parse(text).unwrap();
            assert_eq!(&p.name, name);
        }
    }

    /// The profile text before `[[steps]]`: everything up to the steps.
    fn without_steps(name: &str) -> String {
        let text = Profile::builtin_text(name).unwrap();
        let cut = text.find("\n[[steps]]").unwrap();
        text[..cut].replace("\nversion = 2\n", "\n")
    }

    #[test]
    fn a_profile_from_before_steps_were_data_keeps_the_checks() {
        // A store's stored profile from an older oversight: the shipped
        // steps of its name, with the sections its `[steps]` table gives.
        for name in ["miami-cip", "florida-ia"] {
            let shipped = Profile::builtin(name).unwrap();
            let old = Profile::parse(&without_steps(name)).unwrap();
            let kinds = |p: &Profile| p.steps.iter().map(|s| s.kind.clone()).collect::<Vec<_>>();
            assert_eq!(kinds(&old), kinds(&shipped), "{name}");
            // Miami's close also needs a transmittal and a standing
            // presentation (11.5-31(6), 11.5-31(5)(a)).
            let checks = if name == "miami-cip" { 4 } else { 2 };
            assert_eq!(old.step("close").unwrap().checks.len(), checks, "{name}");
        }
        let text = format!(
            "{}\n[steps]\ncommence = \"11.5-31(3)(a)\"\n",
            without_steps("miami-cip")
        );
        let old = Profile::parse(&text).unwrap();
        assert_eq!(old.step_basis("commence"), "11.5-31(3)(a)");
        assert_eq!(old.step_basis("present"), "11.5-31(3)");
        // An office's own profile of that time followed miami-cip's order.
        let own = without_steps("florida-ia").replace("name = \"florida-ia\"", "name = \"ours\"");
        let own = Profile::parse(&own).unwrap();
        assert!(own.step("remand").is_some());
        // A table naming a step there is none of is refused by name.
        let text = format!("{}\n[steps]\nlunch = \"1\"\n", without_steps("miami-cip"));
        let e = Profile::parse(&text).unwrap_err().to_string();
        assert!(e.contains("steps: 'lunch' is not one of received"), "{e}");
    }

    #[test]
    fn a_version_2_profile_states_its_whole_law() {
        let text = Profile::builtin_text("florida-ia").unwrap();
        // Nothing borrowed: Florida has no subpoenas and no policy notice.
        let p = Profile::parse(text).unwrap();
        assert!(p.subpoenas.is_none() && p.policy_notice.is_none());
        // Its steps as a list, not a table of sections.
        let cut = text.find("\n[[steps]]").unwrap();
        let e =
            Profile::parse(&format!("{}\n[steps]\ncommence = \"x\"\n", &text[..cut])).unwrap_err();
        assert!(
            e.to_string().contains("lists its steps as [[steps]]"),
            "{e}"
        );
        let newer = text.replace("version = 2", "version = 3");
        let e = Profile::parse(&newer).unwrap_err();
        assert!(e.to_string().contains("version 3 is newer"), "{e}");
        // A version 1 miami-cip store, written before subpoenas and the
        // notice were data, keeps them.
        let mut old = without_steps("miami-cip");
        for (table, next) in [
            ("[subpoenas]", "# The Chief"),
            ("[policy_notice]", "# Matters"),
        ] {
            let (a, b) = (old.find(table).unwrap(), old.find(next).unwrap());
            old.replace_range(a..b, "");
        }
        assert!(!old.contains("11.5-32(a)(1)"), "{old}");
        let old = Profile::parse(&old).unwrap();
        assert_eq!(old.subpoenas.unwrap().review, "11.5-32(a)(1)");
        assert_eq!(old.policy_notice.unwrap().days, 45);
    }

    #[test]
    fn ids_read_as_words_unless_the_profile_gives_titles() {
        let p = Profile::builtin("miami-cip").unwrap();
        assert_eq!(
            p.title("categories", "abuse-of-authority"),
            "Abuse of authority"
        );
        assert_eq!(p.title("findings", "not-sustained"), "Not sustained");
        assert_eq!(p.title("sources", "direct"), "directly filed complaint");
        assert_eq!(
            p.title("rules", "notify-pd"),
            "Notify the police department of the complaint"
        );
        let text = format!(
            "{}\n[titles.categories]\nforce = \"Use of force\"\n",
            Profile::builtin_text("florida-ia").unwrap()
        );
        // [titles] may come anywhere a table may.
        let p = Profile::parse(&text).unwrap();
        assert_eq!(p.title("categories", "force"), "Use of force");
        let bad = text.replace("force = ", "punching = ");
        let e = Profile::parse(&bad).unwrap_err().to_string();
        assert!(e.contains("titles.categories.punching: not one of"), "{e}");
    }

    #[test]
    fn steps_are_checked_when_the_profile_is_read() {
        let base = without_steps("miami-cip");
        let with = |steps: &str| Profile::parse(&format!("{base}\n{steps}"));
        let e = with("[[steps]]\nkind = \"lunch\"\nbasis = \"x\"\n").unwrap_err();
        assert!(
            e.to_string().contains("steps: 'lunch' is not one of"),
            "{e}"
        );
        let twice = "[[steps]]\nkind = \"commence\"\nbasis = \"x\"\n";
        let e = with(&format!("{twice}{twice}")).unwrap_err();
        assert!(e.to_string().contains("'commence' is given twice"), "{e}");
        let e = with(
            "[[steps]]\nkind = \"commence\"\nbasis = \"x\"\nchecks = [{ need = { event = \"lunch\" }, basis = \"x\", message = \"m\" }]\n",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("a check of 'commence' names 'lunch'"),
            "{e}"
        );
        let e =
            with("[[steps]]\nkind = \"commence\"\nbasis = \"x\"\nonce = \"yes\"\n").unwrap_err();
        assert!(e.to_string().contains("steps"), "{e}");
    }

    #[test]
    fn miami_rules_carry_the_ordinance_citations() {
        let p = Profile::builtin("miami-cip").unwrap();
        let basis = |id: &str| {
            p.rules
                .iter()
                .filter(|r| r.id == id)
                .map(|r| r.basis.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(basis("notify-pd"), ["11.5-31(1)(b)"]);
        assert_eq!(basis("forward-pd"), ["11.5-31(3)(b)(i)"]);
        assert_eq!(basis("refer-counsel"), ["11.5-31(3)(b)(ii)"]);
        assert_eq!(basis("counsel-determination"), ["11.5-31(3)(b)(iii)"]);
        assert_eq!(basis("commence"), ["11.5-31(3)(a)", "11.5-31(3)(b)(iv)"]);
        assert_eq!(basis("ed-decision"), ["11.5-31(3)(c)(i)"]);
        let panel = p.panel.unwrap();
        assert_eq!(
            (panel.seats, panel.quorum, panel.majority_percent),
            (13, 7, 51)
        );
    }

    #[test]
    fn malformed_profile_names_the_line() {
        let text = Profile::builtin_text("miami-cip")
            .unwrap()
            .replace("working_days = 2", "working_days = \"two\"");
        let err = Profile::parse(&text).unwrap_err().to_string();
        assert!(err.contains("line"), "{err}");
    }

    #[test]
    fn rule_with_two_periods_is_refused() {
        let text = Profile::builtin_text("miami-cip").unwrap().replacen(
            "working_days = 2",
            "working_days = 2\ndays = 4",
            1,
        );
        let err = Profile::parse(&text).unwrap_err().to_string();
        assert!(err.contains("rule 'notify-pd'"), "{err}");
    }

    #[test]
    fn unknown_event_is_refused() {
        let text = Profile::builtin_text("miami-cip").unwrap().replacen(
            "satisfied_by = \"notify-pd\"",
            "satisfied_by = \"telegram\"",
            1,
        );
        let err = Profile::parse(&text).unwrap_err().to_string();
        assert!(err.contains("'telegram'"), "{err}");
    }
}

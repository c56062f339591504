//! Record a complaint: what intake was told checked against the profile
//! and the date policy (every refusal before anything is written), then the
//! case with its parties and allegations, its number, its first events, and
//! the deadlines they start.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::{check_text, fmt_date, AllegationRef, OfficerRef, Source, Vote};
use crate::rules::intake::{case_timeliness, Timeliness};
use crate::rules::{dates, Deadline, Profile};
use crate::store::{CaseRecord, NewCase, Tx};

/// What intake knows so far, from flags and prompts.
#[derive(Debug, Default, Clone)]
pub struct Draft {
    pub received: Option<NaiveDate>,
    pub source: Option<Source>,
    pub incident_date: Option<NaiveDate>,
    pub aware_date: Option<NaiveDate>,
    pub criminal: Option<bool>,
    pub complainants: Vec<String>,
    pub anonymous: bool,
    pub officers: Vec<OfficerRef>,
    pub allegations: Vec<AllegationRef>,
    pub summary: Option<String>,
    pub late_vote: Option<Vote>,
    pub chief_decision: Option<NaiveDate>,
    pub ia_file_access: Option<NaiveDate>,
    pub channel: Option<String>,
    /// `--field NAME[@BADGE]=VALUE`: the optional fields of the profile's
    /// `[fields]` (the demographics, the officer's unit).
    pub fields: Vec<FieldArg>,
}

/// One `--field NAME[@BADGE]=VALUE`: an optional field for every
/// allegation of the case, or those against the officer with BADGE.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldArg {
    pub name: String,
    pub badge: Option<String>,
    pub value: String,
}

impl FieldArg {
    pub const FORM: &'static str = "NAME=VALUE or NAME@BADGE=VALUE, for example \
        complainant_race=Black or officer_unit@4411=\"PCT 075\"";

    pub fn parse(s: &str) -> Result<FieldArg> {
        let bad = || Error::bad_value("--field", s, Self::FORM);
        let (key, value) = s.split_once('=').ok_or_else(bad)?;
        let (name, badge) = match key.split_once('@') {
            Some((n, b)) if !b.trim().is_empty() => (n, Some(crate::model::normalize_badge(b))),
            Some(_) => return Err(bad()),
            None => (key, None),
        };
        let (name, value) = (name.trim(), value.trim());
        if name.is_empty() {
            return Err(bad());
        }
        if value.is_empty() {
            return Err(Error::usage(format!(
                "--field {name}: no value after '='; leave the flag out to record none"
            )));
        }
        Ok(FieldArg {
            name: name.to_string(),
            badge,
            value: value.to_string(),
        })
    }
}

/// `value` as the profile spells it among `name`'s values (in any case),
/// or the refusal naming them.
fn profile_value(profile: &Profile, flag: &str, name: &str, value: &str) -> Result<String> {
    if crate::model::FREE_FIELDS.contains(&name) {
        check_text(flag, value, false)?;
        return Ok(value.to_string());
    }
    match profile.fields.get(name) {
        Some(list) => list
            .iter()
            .find(|v| v.eq_ignore_ascii_case(value))
            .cloned()
            .ok_or_else(|| Error::bad_value(flag, value, &format!("one of {}", list.join(", ")))),
        None => Err(Error::usage(format!(
            "{flag}: '{value}': this store's profile records no {name} (its [fields] lists none)"
        ))),
    }
}

impl Draft {
    /// Every required flag still missing.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut m = Vec::new();
        if self.received.is_none() {
            m.push("--received YYYY-MM-DD");
        }
        if self.source.is_none() {
            m.push("--source direct|ia-closed|force-death|force-gbh");
        }
        if self.incident_date.is_none() && self.aware_date.is_none() {
            m.push("--incident-date YYYY-MM-DD (or --aware-date for a systemic problem)");
        }
        if self.criminal.is_none() && !self.source.is_some_and(Source::always_criminal) {
            m.push("--criminal yes|no");
        }
        if self.complainants.is_empty()
            && !self.anonymous
            && self.source.is_none_or(Source::needs_complainant)
        {
            m.push("--complainant NAME (or --anonymous)");
        }
        if self.officers.is_empty() {
            m.push("--officer \"NAME#BADGE\"");
        }
        if self.allegations.is_empty() {
            m.push("--allegation CATEGORY@BADGE");
        }
        if self.summary.as_deref().is_none_or(str::is_empty) {
            m.push("--summary TEXT");
        }
        m
    }

    /// Check everything and produce the case to store (exit 2 on bad input).
    pub fn validate(self, profile: &Profile, as_of: NaiveDate) -> Result<NewCase> {
        let missing = self.missing();
        if !missing.is_empty() {
            return Err(Error::usage(format!(
                "missing required field(s): {}\n(give them as flags, or run on a terminal \
                 without --no-input to be asked)",
                missing.join(", ")
            )));
        }
        check_text(
            "--summary",
            self.summary.as_deref().unwrap_or_default(),
            true,
        )?;
        for c in &self.complainants {
            check_text("--complainant", c, false)?;
        }
        for o in &self.officers {
            check_text("--officer", &format!("{}#{}", o.name, o.badge), false)?;
        }
        let received = self.received.expect("checked");
        let source = self.source.expect("checked");
        let accepted = profile.accepted_sources();
        if !accepted.contains(&source) {
            return Err(Error::bad_value(
                "--source",
                source.as_str(),
                &format!(
                    "one of {} (the sources of profile {})",
                    accepted
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    profile.name
                ),
            ));
        }
        dates::not_before_earliest("--received", received)?;
        if received > as_of {
            return Err(Error::usage(format!(
                "--received: '{}' is after today ({}); a case is recorded once received",
                fmt_date(received),
                fmt_date(as_of)
            )));
        }
        for (flag, d) in [
            ("--incident-date", self.incident_date),
            ("--aware-date", self.aware_date),
            ("--chief-decision", self.chief_decision),
            ("--ia-file-access", self.ia_file_access),
        ] {
            if let Some(d) = d {
                dates::not_before_earliest(flag, d)?;
            }
        }
        for (flag, d) in [
            ("--incident-date", self.incident_date),
            ("--aware-date", self.aware_date),
            ("--chief-decision", self.chief_decision),
        ] {
            if let Some(d) = d.filter(|d| *d > received) {
                return Err(Error::usage(format!(
                    "{flag}: '{}' is after the date received ({}); it must be on or before it",
                    fmt_date(d),
                    fmt_date(received)
                )));
            }
        }
        // Access to the IA file is given on a case the office has (what the
        // `ia-file-access` step and `verify` hold it to).
        if let Some(d) = self.ia_file_access.filter(|d| *d < received) {
            return Err(Error::usage(format!(
                "--ia-file-access: '{}' is before the date received ({}); give a date on or \
                 after it",
                fmt_date(d),
                fmt_date(received)
            )));
        }
        if let (Some(i), Some(a)) = (self.incident_date, self.aware_date) {
            if a < i {
                return Err(Error::usage(format!(
                    "--aware-date: '{}' is before the incident date ({}); the complainant \
                     became aware of the incident on or after it",
                    fmt_date(a),
                    fmt_date(i)
                )));
            }
        }
        if let Some(d) = self.ia_file_access.filter(|d| *d > as_of) {
            return Err(Error::usage(format!(
                "--ia-file-access: '{}' is after today ({}); leave it out, and once the file \
                 is available record it with `oversight ia-file-access CASE --date D`",
                fmt_date(d),
                fmt_date(as_of)
            )));
        }
        if source != Source::IaClosed {
            for (flag, given) in [
                ("--chief-decision", self.chief_decision.is_some()),
                ("--ia-file-access", self.ia_file_access.is_some()),
            ] {
                if given {
                    return Err(Error::usage(format!(
                        "{flag}: applies to --source ia-closed only (this case is {source})"
                    )));
                }
            }
        }
        let criminal = if source.always_criminal() {
            if self.criminal == Some(false) {
                return Err(Error::usage(format!(
                    "--criminal: 'no' is not allowed for {source}: uses of force resulting in \
                     death or great bodily harm follow the criminal track ({}); leave \
                     --criminal out",
                    profile
                        .source(source)
                        .map(|s| s.basis.as_str())
                        .unwrap_or(profile.law())
                )));
            }
            true
        } else {
            self.criminal.expect("checked")
        };
        if self.anonymous && !self.complainants.is_empty() {
            return Err(Error::usage(
                "--anonymous: cannot be given together with --complainant",
            ));
        }
        if let Some(c) = self.complainants.iter().find(|c| c.is_empty()) {
            return Err(Error::bad_value("--complainant", c, "a name"));
        }
        // Exports list a case's complainants in one cell, each after "; ":
        // a name holding ';' would come back from an import as two.
        if let Some(c) = self.complainants.iter().find(|c| c.contains(';')) {
            return Err(Error::bad_value(
                "--complainant",
                c,
                "a name without ';' (it separates complainants in an export); give each \
                 complainant with a --complainant of their own",
            ));
        }
        let mut badges: Vec<&str> = Vec::new();
        for o in &self.officers {
            if badges.contains(&o.badge.as_str()) {
                return Err(Error::usage(format!(
                    "--officer: badge '{}' is given twice; each officer once per case",
                    o.badge
                )));
            }
            badges.push(&o.badge);
        }
        for a in &self.allegations {
            Profile::check_in(&profile.categories, "--allegation category", &a.category)?;
            if !badges.contains(&a.badge.as_str()) {
                return Err(Error::usage(format!(
                    "--allegation: '{}@{}' names badge '{}', which is not among the case's \
                     officers ({}); add it with --officer \"NAME#{}\"",
                    a.category,
                    a.badge,
                    a.badge,
                    badges.join(", "),
                    a.badge
                )));
            }
        }
        if self.late_vote.is_some() && profile.late_complaint.is_none() {
            return Err(Error::usage(format!(
                "--late-vote: the profile {} has no vote on late complaints; leave it out",
                profile.name
            )));
        }
        if let Some(v) = &self.late_vote {
            if v.date > as_of {
                return Err(Error::usage(format!(
                    "--late-vote: the vote date '{}' is after today ({})",
                    fmt_date(v.date),
                    fmt_date(as_of)
                )));
            }
            if let Some(why) = crate::rules::dates::late_vote_fault(
                v.date,
                received,
                self.incident_date,
                self.aware_date,
            ) {
                // The section that makes the vote (the profile has one: a
                // vote without it was refused above).
                let basis = profile
                    .late_complaint
                    .as_ref()
                    .map(|l| format!(" ({})", l.basis))
                    .unwrap_or_default();
                return Err(Error::usage(format!(
                    "--late-vote: the vote date '{}' {why}{basis}",
                    fmt_date(v.date)
                )));
            }
        }
        let mut channel = match &self.channel {
            Some(c) => Some(profile_value(profile, "--channel", "channel", c)?),
            None => None,
        };
        let mut allegation_fields: Vec<(usize, String, String)> = Vec::new();
        for f in &self.fields {
            let flag = format!("--field {}", f.name);
            if !crate::model::FIELDS.contains(&f.name.as_str()) {
                return Err(Error::bad_value(
                    "--field",
                    &f.name,
                    &format!("one of {}", crate::model::FIELDS.join(", ")),
                ));
            }
            let value = profile_value(profile, &flag, &f.name, &f.value)?;
            if crate::model::CASE_FIELDS.contains(&f.name.as_str()) {
                if f.badge.is_some() {
                    return Err(Error::usage(format!(
                        "{flag}: belongs to the case, not to an officer; give {}=VALUE",
                        f.name
                    )));
                }
                if channel.as_ref().is_some_and(|c| *c != value) {
                    return Err(Error::usage(format!(
                        "{flag}: '{value}', but the case's {} is already '{}'",
                        f.name,
                        channel.unwrap_or_default()
                    )));
                }
                channel = Some(value);
                continue;
            }
            let against: Vec<usize> = match &f.badge {
                Some(b) => {
                    if !self.officers.iter().any(|o| o.badge == *b) {
                        let badges: Vec<&str> =
                            self.officers.iter().map(|o| o.badge.as_str()).collect();
                        return Err(Error::usage(format!(
                            "{flag}@{b}: '{b}' is not among the case's officers ({})",
                            badges.join(", ")
                        )));
                    }
                    (0..self.allegations.len())
                        .filter(|i| self.allegations[*i].badge == *b)
                        .collect()
                }
                None => {
                    let mut officers: Vec<&str> =
                        self.allegations.iter().map(|a| a.badge.as_str()).collect();
                    officers.sort_unstable();
                    officers.dedup();
                    if f.name.starts_with("officer_") && officers.len() > 1 {
                        return Err(Error::usage(format!(
                            "{flag}: the case's allegations are against {} officers; say \
                             whose: {}@BADGE=VALUE",
                            officers.len(),
                            f.name
                        )));
                    }
                    (0..self.allegations.len()).collect()
                }
            };
            for i in against {
                match allegation_fields
                    .iter()
                    .find(|(j, n, _)| *j == i && *n == f.name)
                {
                    Some((_, _, v)) if *v != value => {
                        return Err(Error::usage(format!(
                            "{flag}: given twice for allegation {} ('{v}' and '{value}')",
                            i + 1
                        )))
                    }
                    Some(_) => {}
                    None => allegation_fields.push((i, f.name.clone(), value.clone())),
                }
            }
        }
        Ok(NewCase {
            channel,
            allegation_fields,
            received,
            incident_date: self.incident_date,
            aware_date: self.aware_date,
            source,
            criminal,
            anonymous: self.anonymous || self.complainants.is_empty(),
            complainants: self.complainants,
            officers: self.officers,
            allegations: self.allegations,
            summary: self.summary.expect("checked"),
            late_vote: self.late_vote,
            chief_decision: self.chief_decision,
            ia_file_access: self.ia_file_access,
        })
    }
}

pub fn timeliness(profile: &Profile, c: &NewCase) -> Result<Timeliness> {
    case_timeliness(
        profile,
        c.source,
        (c.incident_date, c.aware_date),
        c.received,
        c.late_vote.as_ref(),
    )
}

/// Record a checked case; returns it with its deadlines. An officer whose
/// badge is on file under another name is refused (`ops::officers`) unless
/// `same_officer` says it is the same person: then the name on file is kept.
pub fn record(
    tx: &mut Tx,
    case: &NewCase,
    same_officer: bool,
) -> Result<(CaseRecord, Vec<Deadline>)> {
    let conflicts = super::officers::name_conflicts(tx, &case.officers)?;
    let mut case = case.clone();
    if !conflicts.is_empty() {
        if !same_officer {
            return Err(super::officers::conflict_error(&conflicts));
        }
        for o in &mut case.officers {
            if let Some(c) = conflicts.iter().find(|c| c.badge == o.badge) {
                o.name = c.on_file.clone();
            }
        }
    }
    let (rec, timeline) = tx.insert_case(&case)?;
    // The timeline as written is the one a read would give (checked in
    // every test run, on both engines).
    #[cfg(debug_assertions)]
    assert_eq!(
        timeline,
        tx.effective_events(rec.id)?,
        "case {}",
        rec.number
    );
    let deadlines = super::deadlines::computed_from(tx, &rec, &timeline)?;
    tx.replace_deadlines(rec.id, &deadlines)?;
    Ok((rec, deadlines))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;
    use crate::ops::testing::d;

    fn draft() -> Draft {
        Draft {
            received: Some(d("2025-03-07")),
            source: Some(Source::Direct),
            incident_date: Some(d("2025-03-01")),
            criminal: Some(false),
            anonymous: true,
            officers: vec![OfficerRef {
                name: "John Roe".into(),
                badge: "4411".into(),
            }],
            allegations: vec![AllegationRef {
                category: "discourtesy".into(),
                badge: "4411".into(),
            }],
            summary: Some("Rude remarks".into()),
            ..Draft::default()
        }
    }

    fn refused(d: Draft) -> String {
        let p = Profile::builtin("miami-cip").unwrap();
        let e = d.validate(&p, super::tests::d("2025-03-07")).unwrap_err();
        assert_eq!(e.exit_code(), exit::USAGE, "{e}");
        e.to_string()
    }

    #[test]
    fn impossible_dates_are_refused_by_field() {
        let p = Profile::builtin("miami-cip").unwrap();
        assert!(draft().validate(&p, d("2025-03-07")).is_ok());
        let e = refused(Draft {
            received: Some(d("0000-01-01")),
            incident_date: None,
            aware_date: Some(d("0000-01-01")),
            ..draft()
        });
        assert!(
            e.starts_with("--received: '0000-01-01' is before 1900-01-01"),
            "{e}"
        );
        let e = refused(Draft {
            incident_date: Some(d("1899-12-31")),
            ..draft()
        });
        assert!(
            e.starts_with("--incident-date: '1899-12-31' is before 1900"),
            "{e}"
        );
        let e = refused(Draft {
            received: Some(d("2025-03-08")),
            ..draft()
        });
        assert!(e.contains("is after today (2025-03-07)"), "{e}");
        let e = refused(Draft {
            incident_date: Some(d("2025-03-08")),
            ..draft()
        });
        assert!(
            e.starts_with("--incident-date: '2025-03-08' is after the date received"),
            "{e}"
        );
    }

    #[test]
    fn a_late_vote_comes_after_the_incident() {
        let vote = |date: &str| Vote {
            date: d(date),
            yes: 8,
            no: 3,
            seated: Some(13),
        };
        let e = refused(Draft {
            incident_date: Some(d("2024-01-10")),
            late_vote: Some(vote("2024-01-09")),
            ..draft()
        });
        assert!(
            e.starts_with(
                "--late-vote: the vote date '2024-01-09' is before the incident (2024-01-10)"
            ),
            "{e}"
        );
        let p = Profile::builtin("miami-cip").unwrap();
        let ok = Draft {
            incident_date: Some(d("2024-01-10")),
            late_vote: Some(vote("2025-03-07")),
            ..draft()
        };
        assert!(ok.validate(&p, d("2025-03-07")).is_ok());
        // A vote before the complaint was received.
        let e = refused(Draft {
            incident_date: Some(d("2024-01-10")),
            late_vote: Some(vote("2024-02-01")),
            ..draft()
        });
        assert!(
            e.starts_with("--late-vote: the vote date '2024-02-01' is before the date received"),
            "{e}"
        );
        assert!(e.ends_with("(11.5-31(1)(c))"), "{e}");
    }
}

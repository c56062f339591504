//! Matters that are not cases (Sec. 11.5-31(7), (8)): a policy
//! recommendation, the Chief's proposed revision, an issued report. Opening
//! one and recording its steps, each with the checks the law puts on it;
//! every refusal cites the profile's rule for that kind of matter.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::{check_text, fmt_date};
use crate::rules::matters::{short_notice, MatterDeadline};
use crate::rules::{dates, Profile};
use crate::store::{Matter, MatterEventRecord, Tx};

/// A matter to open with its first step.
#[derive(Debug, Clone)]
pub struct NewMatter {
    /// `policy`, `proposed-revision` or `report`.
    pub kind: &'static str,
    pub title: String,
    pub body: String,
    /// Who must respond (an issued report's addressees).
    pub recipients: Vec<String>,
    /// When a proposed revision is to be implemented.
    pub implementation: Option<NaiveDate>,
    pub emergency: bool,
    /// The first step: `recommend`, `proposed` or `issued`, and its date.
    pub first: (&'static str, NaiveDate),
}

/// A matter as opened or stepped, with its deadlines.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub matter: Matter,
    pub deadlines: Vec<MatterDeadline>,
    /// A proposed revision received with less notice than the law owes:
    /// the days it gave and the days owed, with the section.
    pub short_notice: Option<(i64, u32, String)>,
}

/// The section of the profile's rule for `event` on a matter of `kind`,
/// else of any rule for that kind, else the profile's law.
fn basis(profile: &Profile, kind: &str, event: &str) -> String {
    let rules = || {
        profile
            .rules
            .iter()
            .filter(move |r| r.matter.as_deref() == Some(kind))
    };
    rules()
        .find(|r| r.satisfied_by == event || r.start.iter().any(|s| s == event))
        .or_else(|| rules().next())
        .map(|r| r.basis.clone())
        .unwrap_or_else(|| profile.law().to_string())
}

/// Open a matter, or refuse it with nothing written.
pub fn open(tx: &mut Tx, m: &NewMatter, as_of: NaiveDate) -> Result<Recorded> {
    let profile = tx.profile()?;
    if !profile
        .rules
        .iter()
        .any(|r| r.matter.as_deref() == Some(m.kind))
    {
        return Err(Error::refused(
            format!(
                "profile {} has no rule for a {} matter; it is no part of this law",
                profile.name, m.kind
            ),
            profile.law(),
        ));
    }
    check_text("--title", &m.title, false)?;
    check_text("--text", &m.body, true)?;
    for r in &m.recipients {
        check_text("--to", r, false)?;
    }
    if m.title.trim().is_empty() {
        return Err(Error::bad_value(
            "--title",
            &m.title,
            "a few words naming it",
        ));
    }
    let (_, date) = m.first;
    dates::happened("--date", date, as_of)?;
    let mut recipients: Vec<String> = Vec::new();
    for r in m.recipients.iter().map(|r| r.trim()) {
        if r.is_empty() {
            return Err(Error::bad_value(
                "--to",
                r,
                "the official's title, e.g. Mayor",
            ));
        }
        if !recipients.iter().any(|x| x == r) {
            recipients.push(r.to_string());
        }
    }
    let per_recipient = profile
        .rules
        .iter()
        .any(|r| r.matter.as_deref() == Some(m.kind) && r.per_recipient);
    if per_recipient && recipients.is_empty() {
        return Err(Error::usage(
            "--to: name at least one official it is addressed to (each must respond)",
        ));
    }
    if let Some(i) = m.implementation.filter(|i| *i < date) {
        return Err(Error::usage(format!(
            "--implementation: '{}' is before the revision was received ({}); give the planned \
             implementation date",
            fmt_date(i),
            fmt_date(date)
        )));
    }
    let matter = tx.insert_matter(
        &Matter {
            id: 0,
            number: String::new(),
            kind: m.kind.into(),
            title: m.title.trim().into(),
            body: m.body.clone(),
            recipients,
            implementation: m.implementation,
            emergency: m.emergency,
        },
        m.first,
    )?;
    let deadlines = super::deadlines::recompute_matter(tx, &matter)?;
    let short = match (profile.policy_notice.as_ref(), m.implementation) {
        (Some(n), Some(i)) => {
            short_notice(n, date, i, m.emergency).map(|days| (days, n.days, n.basis.clone()))
        }
        _ => None,
    };
    Ok(Recorded {
        matter,
        deadlines,
        short_notice: short,
    })
}

/// A step on a matter.
#[derive(Debug, Clone)]
pub struct MatterStep {
    pub number: String,
    pub date: NaiveDate,
    pub result: Option<String>,
    pub recipient: Option<String>,
    pub note: Option<String>,
}

/// The panel's comments on the Chief's proposed revision.
pub fn comment(tx: &mut Tx, s: &MatterStep, as_of: NaiveDate) -> Result<Recorded> {
    record(tx, s, "comment", as_of, |p, m, events| {
        if m.kind != "proposed-revision" {
            return Err(Error::refused(
                format!(
                    "{} is not a proposed revision; the panel comments on the Chief's proposed \
                     revisions",
                    m.number
                ),
                basis(p, "proposed-revision", "comment"),
            ));
        }
        once(p, m, events, "comment", None)
    })
}

/// The Chief's response to a recommendation or to the panel's comments.
pub fn policy_response(tx: &mut Tx, s: &MatterStep, as_of: NaiveDate) -> Result<Recorded> {
    record(tx, s, "response", as_of, |p, m, events| {
        if m.kind == "report" {
            return Err(Error::usage(format!(
                "{} is a report: record its responses with `oversight report-issued response`",
                m.number
            )));
        }
        // The Chief answers comments made: none dated on or before the
        // response, none to answer (11.5-31(7)(b)).
        let comment = events.iter().find(|e| e.event == "comment");
        if m.kind == "proposed-revision" && comment.is_none_or(|c| c.date > s.date) {
            let why = match comment {
                Some(c) => format!(
                    "the panel's comments on {} are dated {}, after {}: the Chief responds to \
                     comments made",
                    m.number,
                    fmt_date(c.date),
                    fmt_date(s.date)
                ),
                None => format!(
                    "the panel sent no comments on {}, so no response of the Chief is due",
                    m.number
                ),
            };
            return Err(Error::refused(
                why,
                basis(p, "proposed-revision", "response"),
            ));
        }
        once(p, m, events, "response", None)
    })
}

/// One addressee's response to an issued report.
pub fn report_response(tx: &mut Tx, s: &MatterStep, as_of: NaiveDate) -> Result<Recorded> {
    let recipient = s.recipient.clone().unwrap_or_default();
    record(tx, s, "response", as_of, |p, m, events| {
        if m.kind != "report" {
            return Err(Error::usage(format!(
                "{} is not an issued report: use `oversight policy response`",
                m.number
            )));
        }
        if !m.recipients.contains(&recipient) {
            return Err(Error::bad_value(
                "--recipient",
                &recipient,
                &format!(
                    "one of the report's recipients: {}",
                    m.recipients.join(", ")
                ),
            ));
        }
        once(p, m, events, "response", Some(&recipient))
    })
}

/// Record a step after the date checks and the step's own `check`.
fn record(
    tx: &mut Tx,
    s: &MatterStep,
    event: &str,
    as_of: NaiveDate,
    check: impl FnOnce(&Profile, &Matter, &[MatterEventRecord]) -> Result<()>,
) -> Result<Recorded> {
    dates::happened("--date", s.date, as_of)?;
    for (flag, v, multiline) in [
        ("--note", &s.note, true),
        ("--recipient", &s.recipient, false),
    ] {
        if let Some(v) = v {
            check_text(flag, v, multiline)?;
        }
    }
    let m = tx.matter(&s.number)?;
    let events = tx.matter_events(m.id)?;
    if let Some(first) = events.first().filter(|f| s.date < f.date) {
        return Err(Error::usage(format!(
            "--date: '{}' is before {} began ({}); give a date on or after it",
            fmt_date(s.date),
            m.number,
            fmt_date(first.date)
        )));
    }
    check(tx.profile()?, &m, &events)?;
    tx.add_matter_event(
        &m,
        event,
        s.date,
        s.result.as_deref(),
        s.recipient.as_deref(),
        s.note.as_deref(),
    )?;
    let deadlines = super::deadlines::recompute_matter(tx, &m)?;
    Ok(Recorded {
        matter: m,
        deadlines,
        short_notice: None,
    })
}

/// A step that happens once on a matter (per recipient where given); a
/// second one is refused citing the section of the rule it meets.
fn once(
    profile: &Profile,
    m: &Matter,
    events: &[MatterEventRecord],
    event: &str,
    recipient: Option<&str>,
) -> Result<()> {
    if let Some(prev) = events
        .iter()
        .find(|e| e.event == event && e.recipient.as_deref() == recipient)
    {
        return Err(Error::refused(
            format!(
                "{event}{} is already recorded on {}",
                recipient.map(|r| format!(" from {r}")).unwrap_or_default(),
                fmt_date(prev.date)
            ),
            basis(profile, &m.kind, event),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;
    use crate::ops::testing::{d, store};

    fn revision(received: &str, implementation: &str, emergency: bool) -> NewMatter {
        NewMatter {
            kind: "proposed-revision",
            title: "Vehicle pursuits".into(),
            body: String::new(),
            recipients: vec![],
            implementation: Some(d(implementation)),
            emergency,
            first: ("proposed", d(received)),
        }
    }

    #[test]
    fn short_notice_is_the_profiles() {
        let mut t = store("miami-cip");
        let today = d("2026-06-30");
        let r = t
            .write(|tx| open(tx, &revision("2025-12-02", "2026-01-15", false), today))
            .unwrap();
        assert_eq!(r.short_notice, Some((44, 45, "11.5-31(7)(b)".into())));
        let r = t
            .write(|tx| open(tx, &revision("2025-12-01", "2026-01-15", false), today))
            .unwrap();
        assert_eq!(r.short_notice, None);
        let r = t
            .write(|tx| open(tx, &revision("2025-12-02", "2026-01-15", true), today))
            .unwrap();
        assert_eq!(r.short_notice, None);
        let e = t
            .write(|tx| open(tx, &revision("2026-01-16", "2026-01-15", false), today))
            .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("--implementation: '2026-01-15' is before"),
            "{e}"
        );
    }

    #[test]
    fn a_law_without_policy_reviews_refuses_one() {
        let mut t = store("florida-ia");
        let e = t
            .write(|tx| {
                open(
                    tx,
                    &revision("2025-12-02", "2026-01-15", false),
                    d("2026-06-30"),
                )
            })
            .unwrap_err();
        assert_eq!(e.exit_code(), exit::REFUSED);
        assert!(
            e.to_string().ends_with("(Fla. Stat. 112.532-112.533)"),
            "{e}"
        );
    }

    #[test]
    fn steps_on_the_wrong_matter_cite_its_rule() {
        let mut t = store("miami-cip");
        let today = d("2026-06-30");
        let report = NewMatter {
            kind: "report",
            title: "Use of force 2024".into(),
            body: String::new(),
            recipients: vec![" Mayor ".into(), "Mayor".into(), "Police Chief".into()],
            implementation: None,
            emergency: false,
            first: ("issued", d("2025-05-20")),
        };
        let r = t.write(|tx| open(tx, &report, today)).unwrap();
        assert_eq!(r.matter.recipients, ["Mayor", "Police Chief"]);
        assert_eq!(r.deadlines.len(), 2);
        let e = t
            .write(|tx| {
                open(
                    tx,
                    &NewMatter {
                        recipients: vec![],
                        ..report.clone()
                    },
                    today,
                )
            })
            .unwrap_err();
        assert!(e.to_string().starts_with("--to:"), "{e}");
        let step = MatterStep {
            number: r.matter.number.clone(),
            date: d("2025-06-01"),
            result: None,
            recipient: Some("Mayor".into()),
            note: None,
        };
        let e = t.write(|tx| comment(tx, &step, today)).unwrap_err();
        assert!(e.to_string().ends_with("(Sec. 11.5-31(7)(b))"), "{e}");
        t.write(|tx| report_response(tx, &step, today)).unwrap();
        let e = t.write(|tx| report_response(tx, &step, today)).unwrap_err();
        assert_eq!(e.exit_code(), exit::REFUSED);
        assert!(e.to_string().ends_with("(Sec. 11.5-31(8))"), "{e}");
        let before = MatterStep {
            date: d("2025-05-19"),
            recipient: Some("Police Chief".into()),
            ..step
        };
        let e = t
            .write(|tx| report_response(tx, &before, today))
            .unwrap_err();
        assert!(e.to_string().contains("is before RPT-2025-"), "{e}");
    }
}

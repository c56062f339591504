//! Subpoenas of the panel (the profile's `[subpoenas]`, Sec. 11.5-32): a
//! request on an open case, counsel's review (after consulting the State
//! Attorney in a criminal case), the panel's vote, service. Each step is
//! checked against where the subpoena stands (`rules::subpoena`).

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::rules::profile::Subpoenas;
use crate::rules::subpoena::{check_step, vote as tally, SubpoenaState};
use crate::rules::{dates, Profile};
use crate::store::{CaseRecord, NewSubpoenaStep, Subpoena, Tx};

/// Where a subpoena stands after its steps.
pub fn state(s: &Subpoena) -> SubpoenaState {
    SubpoenaState::from_steps(
        s.steps
            .iter()
            .map(|x| (x.step.as_str(), x.result.as_deref())),
    )
}

/// The profile's subpoena law, or a refusal: this law gives no subpoenas.
fn law(profile: &Profile) -> Result<&Subpoenas> {
    profile.subpoenas.as_ref().ok_or_else(|| {
        Error::refused(
            format!(
                "profile {} gives no subpoena power; subpoenas are no part of this law",
                profile.name
            ),
            profile.law(),
        )
    })
}

/// A subpoena is sought or worked on only while its case is open.
fn open_case(tx: &Tx, number: &str) -> Result<CaseRecord> {
    let law = law(tx.profile()?)?;
    let case = tx.case(number)?;
    if case.status == "closed" {
        return Err(Error::refused(
            format!(
                "case {} is closed; no subpoena is sought or issued on it",
                case.number
            ),
            &law.basis,
        ));
    }
    Ok(case)
}

/// Request a subpoena for `target` ("witness" or "documents") in a case;
/// returns the subpoena's number and the case's.
pub fn request(
    tx: &mut Tx,
    case: &str,
    target: &str,
    description: &str,
    date: NaiveDate,
    as_of: NaiveDate,
) -> Result<(i64, String)> {
    dates::happened("--date", date, as_of)?;
    crate::model::check_text("--description", description, false)?;
    let case = open_case(tx, case)?;
    dates::step("--date", date, as_of, &case.number, case.received)?;
    let id = tx.insert_subpoena(case.id, target, description.trim(), date)?;
    Ok((id, case.number))
}

/// Counsel's review of a request.
pub fn counsel_review(
    tx: &mut Tx,
    id: i64,
    date: NaiveDate,
    approved: bool,
    state_attorney_consulted: bool,
    note: Option<String>,
    as_of: NaiveDate,
) -> Result<Subpoena> {
    if let Some(n) = &note {
        crate::model::check_text("--note", n, true)?;
    }
    step(tx, id, "counsel-review", date, as_of, |tx, case| {
        if case.criminal && !state_attorney_consulted {
            return Err(Error::refused(
                format!(
                    "case {} involves potentially criminal conduct: counsel must consult the \
                     State Attorney before reviewing the subpoena (give \
                     --state-attorney-consulted once done)",
                    case.number
                ),
                &law(tx.profile()?)?.review,
            ));
        }
        Ok(NewSubpoenaStep {
            result: Some(if approved { "approved" } else { "denied" }.into()),
            state_attorney: state_attorney_consulted,
            note,
            ..Default::default()
        })
    })
}

/// The panel's vote: issued with a majority of the members seated, a
/// quorum present (the profile's `[panel]`).
pub fn vote(
    tx: &mut Tx,
    id: i64,
    date: NaiveDate,
    (yes, no, seated): (u32, u32, u32),
    as_of: NaiveDate,
) -> Result<Subpoena> {
    step(tx, id, "vote", date, as_of, |tx, _| {
        let issued = tally(tx.profile()?, yes, no, seated)?;
        Ok(NewSubpoenaStep {
            result: Some(if issued { "issued" } else { "failed" }.into()),
            vote: Some((yes, no, seated)),
            ..Default::default()
        })
    })
}

/// Service of an issued subpoena.
pub fn served(
    tx: &mut Tx,
    id: i64,
    date: NaiveDate,
    note: Option<String>,
    as_of: NaiveDate,
) -> Result<Subpoena> {
    if let Some(n) = &note {
        crate::model::check_text("--note", n, true)?;
    }
    step(tx, id, "served", date, as_of, |_, _| {
        Ok(NewSubpoenaStep {
            note,
            ..Default::default()
        })
    })
}

/// Record one step after the order and date checks; returns the subpoena
/// as it now stands.
fn step(
    tx: &mut Tx,
    id: i64,
    kind: &str,
    date: NaiveDate,
    as_of: NaiveDate,
    make: impl FnOnce(&Tx, &CaseRecord) -> Result<NewSubpoenaStep>,
) -> Result<Subpoena> {
    dates::happened("--date", date, as_of)?;
    let s = tx.subpoena(id)?;
    let case = open_case(tx, &s.case)?;
    let last = s.steps.last().map(|x| x.date).unwrap_or(s.requested);
    if date < last {
        return Err(Error::usage(format!(
            "--date: '{}' is before the subpoena's last step ({}); give a date on or after it",
            fmt_date(date),
            fmt_date(last)
        )));
    }
    check_step(law(tx.profile()?)?, state(&s), kind)?;
    let step = NewSubpoenaStep {
        kind: kind.into(),
        date: Some(date),
        ..make(tx, &case)?
    };
    tx.add_subpoena_step(id, &step)?;
    tx.subpoena(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::exit;
    use crate::model::Source;
    use crate::ops::testing::{d, store};

    #[test]
    fn a_subpoena_goes_from_request_to_service() {
        let mut t = store("miami-cip");
        let n = t.case(Source::Direct, true, "2025-03-03", 1);
        let today = d("2025-06-30");
        let (id, _) = t
            .write(|tx| request(tx, &n, "documents", " logs ", d("2025-04-02"), today))
            .unwrap();
        let e = t
            .write(|tx| vote(tx, id, d("2025-04-10"), (7, 0, 13), today))
            .unwrap_err();
        assert!(e.to_string().ends_with("(Sec. 11.5-32(a)(3))"), "{e}");
        // A criminal case: counsel consults the State Attorney first.
        let e = t
            .write(|tx| counsel_review(tx, id, d("2025-04-05"), true, false, None, today))
            .unwrap_err();
        assert_eq!(e.exit_code(), exit::REFUSED);
        assert!(e.to_string().ends_with("(Sec. 11.5-32(a)(1))"), "{e}");
        t.write(|tx| counsel_review(tx, id, d("2025-04-05"), true, true, None, today))
            .unwrap();
        let e = t
            .write(|tx| vote(tx, id, d("2025-04-04"), (7, 0, 13), today))
            .unwrap_err();
        assert!(
            e.to_string().starts_with("--date: '2025-04-04' is before"),
            "{e}"
        );
        let s = t
            .write(|tx| vote(tx, id, d("2025-04-10"), (6, 1, 13), today))
            .unwrap();
        assert_eq!(state(&s), SubpoenaState::Failed);
        let s = t
            .write(|tx| vote(tx, id, d("2025-04-17"), (7, 0, 13), today))
            .unwrap();
        assert_eq!(state(&s), SubpoenaState::Issued);
        let s = t
            .write(|tx| served(tx, id, d("2025-04-18"), None, today))
            .unwrap();
        assert_eq!(state(&s), SubpoenaState::Served);
    }

    #[test]
    fn a_law_without_subpoenas_refuses_one() {
        let mut t = store("florida-ia");
        let n = t.case(Source::Direct, false, "2025-03-03", 1);
        let e = t
            .write(|tx| request(tx, &n, "witness", "x", d("2025-04-02"), d("2025-06-30")))
            .unwrap_err();
        assert_eq!(e.exit_code(), exit::REFUSED);
        assert!(
            e.to_string().ends_with("(Fla. Stat. 112.532-112.533)"),
            "{e}"
        );
    }
}

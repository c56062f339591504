//! Intake's rules: the one-year limit of Sec. 11.5-31(1)(c) and the panel
//! vote that can override it ("a majority vote of its members": by default a
//! majority of the members seated, with a quorum present, Sec. 11.5-30; the
//! profile's `late_complaint.vote` says which).

use chrono::NaiveDate;

use super::calendar::add_years;
use super::profile::{LateVote, Profile};
use crate::error::{Error, Result};
use crate::model::{cite, fmt_date, Source, Vote};

/// Is a vote accepting a late complaint carried? Under the profile's
/// `late_complaint.vote`: a majority of the members seated (the seated count
/// is then part of the vote) or of those present and voting; a quorum either
/// way. Refuses (exit 4) a vote that is not carried, citing the section.
pub fn check_vote(profile: &Profile, what: &str, vote: &Vote) -> Result<()> {
    let rule = profile
        .late_complaint
        .as_ref()
        .map(|l| (l.vote, l.basis.clone()))
        .unwrap_or((LateVote::MajorityOfPresent, profile.law().to_string()));
    let tally = (vote.yes, vote.no);
    match rule {
        (LateVote::MajorityOfSeated, basis) => {
            let Some(seated) = vote.seated else {
                return Err(Error::usage(format!(
                    "{what}: a late complaint is accepted by a majority of the members seated \
                     ({}), so the vote says how many were seated; expected {}",
                    cite(&basis),
                    Vote::FORM
                )));
            };
            if !super::vote::seated_majority(profile, what, tally, seated)? {
                return Err(Error::refused(
                    format!(
                        "{what}: {} is not a majority of the members: {} of the {seated} seated \
                         must vote yes",
                        vote.tally(),
                        seated / 2 + 1
                    ),
                    basis,
                ));
            }
        }
        (LateVote::MajorityOfPresent, _) => {
            if !super::vote::present_majority(profile, what, tally)? {
                let panel = super::vote::panel(profile, what)?;
                let (pct, basis) = (panel.majority_percent, panel.basis.clone());
                return Err(Error::refused(
                    format!(
                        "{what}: {} is not a majority ({pct}% of the {} members present and \
                         voting)",
                        vote.tally(),
                        vote.yes + vote.no
                    ),
                    basis,
                ));
            }
        }
    }
    Ok(())
}

/// The outcome of the one-year check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timeliness {
    /// Received within the limit.
    Timely,
    /// Received late, accepted by the recorded vote.
    LateAccepted,
}

/// Sec. 11.5-31(1)(c): a complaint received more than one year after the
/// incident (or after the complainant became aware of a systemic problem) is
/// refused unless a majority vote accepting it is recorded.
pub fn check_timeliness(
    profile: &Profile,
    start: NaiveDate,
    start_field: &str,
    received: NaiveDate,
    vote: Option<&Vote>,
) -> Result<Timeliness> {
    let Some(rule) = &profile.late_complaint else {
        return Ok(Timeliness::Timely);
    };
    let limit = add_years(start, rule.years);
    if received <= limit {
        return Ok(Timeliness::Timely);
    }
    let Some(vote) = vote else {
        return Err(Error::refused(
            format!(
                "complaint received {} is more than {} year(s) after the {start_field} {} \
                 (the limit was {}); it can be accepted only by a majority vote of the panel: \
                 give --late-vote \"DATE YES-NO of SEATED\"",
                fmt_date(received),
                rule.years,
                fmt_date(start),
                fmt_date(limit)
            ),
            rule.basis.clone(),
        ));
    };
    check_vote(profile, "--late-vote", vote)?;
    Ok(Timeliness::LateAccepted)
}

/// The one-year rule for a case, as intake and a corrected received date
/// apply it: direct complaints only (11.5-31(1)(c) governs "directly filed
/// cases"; force incidents and IA reports are not late), counted from the
/// awareness date where given, else the incident date.
pub fn case_timeliness(
    profile: &Profile,
    source: Source,
    (incident, aware): (Option<NaiveDate>, Option<NaiveDate>),
    received: NaiveDate,
    vote: Option<&Vote>,
) -> Result<Timeliness> {
    if source != Source::Direct {
        return Ok(Timeliness::Timely);
    }
    let (start, field) = match (aware, incident) {
        (Some(a), _) => (a, "awareness date"),
        (None, Some(i)) => (i, "incident date"),
        (None, None) => return Ok(Timeliness::Timely),
    };
    check_timeliness(profile, start, field, received, vote)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn vote(yes: u32, no: u32, seated: Option<u32>) -> Vote {
        Vote {
            date: d("2025-03-04"),
            yes,
            no,
            seated,
        }
    }

    /// Miami with the other reading of "a majority vote of its members".
    fn of_present() -> Profile {
        let text = Profile::builtin_text("miami-cip").unwrap().replace(
            "vote = \"majority-of-seated\"",
            "vote = \"majority-of-present\"",
        );
        let p = Profile::parse(&text).unwrap();
        assert_eq!(
            p.late_complaint.as_ref().unwrap().vote,
            LateVote::MajorityOfPresent
        );
        p
    }

    #[test]
    fn one_year_limit_is_inclusive_of_the_anniversary() {
        let p = Profile::builtin("miami-cip").unwrap();
        let t = |inc, rec| check_timeliness(&p, d(inc), "incident date", d(rec), None);
        assert_eq!(t("2024-03-04", "2025-03-04").unwrap(), Timeliness::Timely);
        let e = t("2024-03-04", "2025-03-05").unwrap_err();
        assert_eq!(e.exit_code(), 4);
        assert!(e.to_string().contains("11.5-31(1)(c)"), "{e}");
        // 29 Feb maps to 28 Feb: the limit for 2024-02-29 is 2025-02-28.
        assert_eq!(t("2024-02-29", "2025-02-28").unwrap(), Timeliness::Timely);
        assert!(t("2024-02-29", "2025-03-01").is_err());
    }

    #[test]
    fn late_complaint_accepted_by_a_carried_vote() {
        let p = Profile::builtin("miami-cip").unwrap();
        let v = vote(8, 3, Some(13));
        let r = check_timeliness(
            &p,
            d("2023-01-10"),
            "incident date",
            d("2025-01-10"),
            Some(&v),
        );
        assert_eq!(r.unwrap(), Timeliness::LateAccepted);
    }

    #[test]
    fn miami_accepts_a_late_complaint_by_a_majority_of_the_seated_members() {
        let p = Profile::builtin("miami-cip").unwrap();
        let ok = |y, n, s| check_vote(&p, "--late-vote", &vote(y, n, s));
        assert!(ok(7, 0, Some(13)).is_ok(), "7 of 13 seated");
        // 6-1 is 86% of those voting, but 6 of 13 is no majority of the members.
        let e = ok(6, 1, Some(13)).unwrap_err();
        assert_eq!(e.exit_code(), 4);
        let e = e.to_string();
        assert!(
            e.contains("7 of the 13 seated") && e.contains("11.5-31(1)(c)"),
            "{e}"
        );
        assert!(ok(6, 1, Some(11)).is_ok(), "6 of 11 seated");
        // No quorum.
        let e = ok(6, 0, Some(11)).unwrap_err().to_string();
        assert!(e.contains("quorum") && e.contains("11.5-30"), "{e}");
        // The seated count is part of the vote.
        let e = ok(8, 3, None).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("of SEATED"), "{e}");
    }

    #[test]
    fn votes_need_quorum_and_a_majority_of_those_present() {
        let p = of_present();
        let ok = |y, n| check_vote(&p, "vote", &vote(y, n, None));
        assert!(ok(7, 0).is_ok(), "exactly the quorum, unanimous");
        assert!(ok(4, 3).is_ok(), "4 of 7 is 57%");
        assert_eq!(ok(4, 2).unwrap_err().exit_code(), 4, "6 present: no quorum");
        assert_eq!(ok(4, 4).unwrap_err().exit_code(), 4, "a tie is no majority");
        assert!(ok(5, 4).is_ok(), "5 of 9 is 55.6%");
        assert!(ok(7, 6).is_ok(), "7 of 13 is 53.8%");
        assert_eq!(
            ok(10, 4).unwrap_err().exit_code(),
            2,
            "more votes than seats"
        );
        let e = ok(3, 4).unwrap_err().to_string();
        assert!(e.contains("11.5-30"), "{e}");
    }

    #[test]
    fn a_profile_without_a_late_rule_accepts_old_complaints() {
        let p = Profile::builtin("florida-ia").unwrap();
        let r = check_timeliness(&p, d("2015-01-01"), "incident date", d("2025-01-10"), None);
        assert_eq!(r.unwrap(), Timeliness::Timely);
    }
}

//! Intake's rules: the one-year limit of Sec. 11.5-31(1)(c) and the panel
//! vote that can override it (Sec. 11.5-30: quorum, and a majority of the
//! members present and voting).

use chrono::NaiveDate;

use super::calendar::add_years;
use super::profile::Profile;
use crate::error::{Error, Result};
use crate::model::{fmt_date, Vote};

/// Is a vote carried under the profile's panel rules? Refuses (exit 4) a vote
/// without quorum or without the majority, citing the panel's section.
pub fn check_vote(profile: &Profile, what: &str, vote: &Vote) -> Result<()> {
    let Some(panel) = &profile.panel else {
        return Err(Error::refused(
            format!("{what}: profile {} has no panel to vote", profile.name),
            "11.5-30",
        ));
    };
    let present = vote.yes + vote.no;
    if present > panel.seats {
        return Err(Error::usage(format!(
            "{what}: {present} votes cast but the panel has {} seats",
            panel.seats
        )));
    }
    if present < panel.quorum {
        return Err(Error::refused(
            format!(
                "{what}: {present} members voted, fewer than the quorum of {}",
                panel.quorum
            ),
            panel.basis.clone(),
        ));
    }
    if u64::from(vote.yes) * 100 < u64::from(panel.majority_percent) * u64::from(present) {
        return Err(Error::refused(
            format!(
                "{what}: {}-{} is not a majority ({}% of the {present} members present and voting)",
                vote.yes, vote.no, panel.majority_percent
            ),
            panel.basis.clone(),
        ));
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
                 give --late-vote \"DATE YES-NO\"",
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn vote(yes: u32, no: u32) -> Vote {
        Vote {
            date: d("2025-03-04"),
            yes,
            no,
        }
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
        let v = vote(8, 3);
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
    fn votes_need_quorum_and_a_majority_of_those_present() {
        let p = Profile::builtin("miami-cip").unwrap();
        let ok = |y, n| check_vote(&p, "vote", &vote(y, n));
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

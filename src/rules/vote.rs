//! Panel votes (Sec. 11.5-30: a quorum present; what carries a vote depends
//! on what the vote is for). A subpoena needs a majority of the members
//! seated (11.5-32(a)(3)); a late complaint needs what the profile's
//! `late_complaint.vote` says (11.5-31(1)(c)).

use super::profile::{Panel, Profile};
use crate::error::{Error, Result};

/// The profile's panel, or a refusal citing the profile's law.
pub fn panel<'p>(profile: &'p Profile, what: &str) -> Result<&'p Panel> {
    profile.panel.as_ref().ok_or_else(|| {
        Error::refused(
            format!("{what}: profile {} has no panel to vote", profile.name),
            profile.law(),
        )
    })
}

/// A vote of the seated members: the seated count is within the panel's
/// seats and holds every vote cast, a quorum voted (refused otherwise, the
/// panel's section). Returns whether more than half of the seated voted yes.
/// `field` names the flag that gave the seated count.
pub fn seated_majority(
    profile: &Profile,
    field: &str,
    (yes, no): (u32, u32),
    seated: u32,
) -> Result<bool> {
    let panel = panel(profile, field)?;
    if seated == 0 || seated > panel.seats {
        return Err(Error::bad_value(
            field,
            &seated.to_string(),
            &format!("the number of members seated, 1 to {}", panel.seats),
        ));
    }
    let present = yes + no;
    if present > seated {
        return Err(Error::usage(format!(
            "{field}: {yes}+{no} = {present} votes, more than the {seated} members seated"
        )));
    }
    quorum(panel, field, present)?;
    Ok(yes * 2 > seated)
}

/// A vote of the members present and voting: a quorum voted, and yes is at
/// least the panel's majority percentage of them.
pub fn present_majority(profile: &Profile, field: &str, (yes, no): (u32, u32)) -> Result<bool> {
    let panel = panel(profile, field)?;
    let present = yes + no;
    if present > panel.seats {
        return Err(Error::usage(format!(
            "{field}: {present} votes cast but the panel has {} seats",
            panel.seats
        )));
    }
    quorum(panel, field, present)?;
    Ok(u64::from(yes) * 100 >= u64::from(panel.majority_percent) * u64::from(present))
}

fn quorum(panel: &Panel, field: &str, present: u32) -> Result<()> {
    if present < panel.quorum {
        return Err(Error::refused(
            format!(
                "{field}: {present} members voted, fewer than the quorum of {}",
                panel.quorum
            ),
            panel.basis.clone(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn miami() -> Profile {
        Profile::builtin("miami-cip").unwrap()
    }

    #[test]
    fn seated_majority_counts_the_seated_not_those_voting() {
        let p = miami();
        // 13 seated: 7 yes carries, 6-1 does not (6 of 13 is no majority).
        assert!(seated_majority(&p, "v", (7, 0), 13).unwrap());
        assert!(!seated_majority(&p, "v", (6, 1), 13).unwrap());
        // 11 seated: 6 carries.
        assert!(seated_majority(&p, "v", (6, 5), 11).unwrap());
        // A tie of the seated is no majority.
        assert!(!seated_majority(&p, "v", (6, 6), 12).unwrap());
        // No quorum: refused with the panel's section.
        let e = seated_majority(&p, "v", (5, 1), 13).unwrap_err();
        assert_eq!(e.exit_code(), 4);
        assert!(e.to_string().contains("11.5-30"), "{e}");
        // More votes than seated, more seated than seats: bad input.
        assert_eq!(
            seated_majority(&p, "v", (8, 6), 13)
                .unwrap_err()
                .exit_code(),
            2
        );
        assert_eq!(
            seated_majority(&p, "v", (8, 0), 14)
                .unwrap_err()
                .exit_code(),
            2
        );
    }

    #[test]
    fn present_majority_is_the_panels_percentage_of_those_voting() {
        let p = miami();
        assert!(present_majority(&p, "v", (4, 3)).unwrap(), "57%");
        assert!(present_majority(&p, "v", (6, 1)).unwrap(), "86%");
        assert!(!present_majority(&p, "v", (4, 4)).unwrap(), "a tie");
        assert_eq!(
            present_majority(&p, "v", (4, 2)).unwrap_err().exit_code(),
            4
        );
        assert_eq!(
            present_majority(&p, "v", (10, 4)).unwrap_err().exit_code(),
            2
        );
    }

    #[test]
    fn a_profile_without_a_panel_refuses_citing_its_law() {
        let p = Profile::builtin("florida-ia").unwrap();
        let e = seated_majority(&p, "v", (7, 0), 13).unwrap_err();
        assert_eq!(e.exit_code(), 4);
        assert!(e.to_string().contains("Fla. Stat."), "{e}");
    }
}

//! Subpoenas (Sec. 11.5-32): request, the Independent Counsel's review (in a
//! criminal case after consulting the State Attorney), the panel's vote (a
//! majority of the seated members, with a quorum present, 11.5-30), service.
//! Which step may follow which, as one pure function.

use super::profile::{Profile, Subpoenas};
use crate::error::{Error, Result};

/// Where a subpoena stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubpoenaState {
    Requested,
    Approved,
    Denied,
    /// A vote failed; another vote may follow.
    Failed,
    Issued,
    Served,
}

impl SubpoenaState {
    pub fn as_str(self) -> &'static str {
        match self {
            SubpoenaState::Requested => "requested",
            SubpoenaState::Approved => "approved by counsel",
            SubpoenaState::Denied => "denied by counsel",
            SubpoenaState::Failed => "vote failed",
            SubpoenaState::Issued => "issued",
            SubpoenaState::Served => "served",
        }
    }

    /// The state after the steps recorded so far (kind, result), in order.
    pub fn from_steps<'a>(steps: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> Self {
        let mut s = SubpoenaState::Requested;
        for (kind, result) in steps {
            s = match (kind, result) {
                ("counsel-review", Some("approved")) => SubpoenaState::Approved,
                ("counsel-review", _) => SubpoenaState::Denied,
                ("vote", Some("issued")) => SubpoenaState::Issued,
                ("vote", _) => SubpoenaState::Failed,
                ("served", _) => SubpoenaState::Served,
                _ => s,
            };
        }
        s
    }
}

/// May `step` follow `state`? Refusals cite the profile's subpoena sections.
pub fn check_step(law: &Subpoenas, state: SubpoenaState, step: &str) -> Result<()> {
    use SubpoenaState::*;
    let refuse = |msg: String, basis: &str| Err(Error::refused(msg, basis));
    match (step, state) {
        ("counsel-review", Requested) => Ok(()),
        ("counsel-review", s) => refuse(
            format!("counsel has already reviewed this request ({})", s.as_str()),
            &law.review,
        ),
        ("vote", Approved | Failed) => Ok(()),
        ("vote", Requested) => refuse(
            "the panel votes only after the Independent Counsel's review".into(),
            &law.vote,
        ),
        ("vote", s) => refuse(
            format!("the subpoena is {}; no vote now", s.as_str()),
            &law.basis,
        ),
        ("served", Issued) => Ok(()),
        ("served", s) => refuse(
            format!(
                "only an issued subpoena is served; this one is {}",
                s.as_str()
            ),
            &law.basis,
        ),
        (other, _) => Err(Error::usage(format!("unknown subpoena step '{other}'"))),
    }
}

/// The panel's vote on a subpoena: a quorum must be present (refused
/// otherwise, 11.5-30); it is issued only with a majority of the seated
/// members (11.5-32(a)(3)). Returns whether it is issued.
pub fn vote(profile: &Profile, yes: u32, no: u32, seated: u32) -> Result<bool> {
    super::vote::seated_majority(profile, "--seated", (yes, no), seated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn miami() -> Profile {
        Profile::builtin("miami-cip").unwrap()
    }

    #[test]
    fn a_subpoena_is_issued_by_a_majority_of_the_seated_members() {
        // The counting itself is `rules::vote`'s, tested there.
        let p = miami();
        assert!(vote(&p, 7, 0, 13).unwrap());
        assert!(!vote(&p, 6, 1, 13).unwrap());
        let e = vote(&p, 8, 0, 14).unwrap_err();
        assert!(e.to_string().starts_with("--seated"), "{e}");
    }

    #[test]
    fn steps_follow_in_order() {
        use SubpoenaState::*;
        let law = miami().subpoenas.unwrap();
        let check = |s, step| check_step(&law, s, step);
        assert!(check(Requested, "counsel-review").is_ok());
        let e = check(Requested, "vote").unwrap_err();
        assert!(e.to_string().ends_with("(Sec. 11.5-32(a)(3))"), "{e}");
        let e = check(Approved, "counsel-review").unwrap_err();
        assert!(e.to_string().ends_with("(Sec. 11.5-32(a)(1))"), "{e}");
        assert!(check(Denied, "vote").is_err());
        assert!(check(Approved, "served").is_err());
        assert!(check(Failed, "vote").is_ok());
        assert!(check(Issued, "served").is_ok());
        let e = check(Served, "served").unwrap_err();
        assert!(e.to_string().ends_with("(Sec. 11.5-32)"), "{e}");
        let s = SubpoenaState::from_steps([
            ("counsel-review", Some("approved")),
            ("vote", Some("failed")),
            ("vote", Some("issued")),
        ]);
        assert_eq!(s, Issued);
    }
}

//! `finding`: the panel's finding on one allegation, several, or all.

use clap::Args;

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::{Error, Result};
use crate::rules::Profile;

/// Record the panel's finding per allegation (11.5-31(5)(b))
#[derive(Debug, Args)]
#[command(
    after_help = "Findings follow the presentation of the completed work. Finding names \
and no-finding reasons come from the profile (miami-cip: unfounded, exonerated, not-sustained, \
sustained, no-finding; no-finding needs --reason).

Examples:
  oversight finding 2025-0042 --allegation 1 --finding sustained --date 2025-09-10
  oversight finding 2025-0042 --all --finding no-finding --reason withdrawn --date 2025-09-10"
)]
pub struct FindingArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// Allegation number on the case (repeatable; see `show`)
    #[arg(
        long,
        value_name = "N",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub allegation: Vec<i64>,
    /// Every allegation of the case
    #[arg(long)]
    pub all: bool,
    /// The finding, from the profile's list
    #[arg(long)]
    pub finding: String,
    /// Why there is no finding (with no-finding), from the profile's list
    #[arg(long)]
    pub reason: Option<String>,
}

/// The finding that needs a reason.
const NO_FINDING: &str = "no-finding";

pub fn run(ctx: &Ctx, a: FindingArgs) -> Result<i32> {
    // The profile is read before the write transaction only to check names;
    // the step itself is checked again inside it.
    let profile = ctx.open()?.profile().clone();
    check(&profile, &a)?;
    record(
        ctx,
        Step {
            result: Some(a.finding.clone()),
            reason: a.reason.clone(),
            allegations: a.allegation.clone(),
            all_allegations: a.all,
            ..a.at.step(ctx, "finding")?
        },
    )
}

fn check(profile: &Profile, a: &FindingArgs) -> Result<()> {
    Profile::check_in(&profile.findings, "--finding", &a.finding)?;
    match (&a.reason, a.finding == NO_FINDING) {
        (None, true) if !profile.no_finding_reasons.is_empty() => Err(Error::usage(format!(
            "--reason: a no-finding needs a reason; expected one of: {}",
            profile.no_finding_reasons.join(", ")
        ))),
        (Some(r), true) => {
            Profile::check_in(&profile.no_finding_reasons, "--reason", r).map(|_| ())
        }
        (Some(r), false) => Err(Error::usage(format!(
            "--reason: '{r}' is given, but a reason goes only with --finding {NO_FINDING}"
        ))),
        _ => Ok(()),
    }
}

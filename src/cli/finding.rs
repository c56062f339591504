//! `finding`: the panel's finding on one allegation, several, or all.

use clap::Args;

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::cli::prompt;
use crate::error::Result;
use crate::ops;

/// Record the panel's finding per allegation
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
    #[arg(long, value_name = "N", conflicts_with = "all")]
    pub allegation: Vec<i64>,
    /// Every allegation of the case
    #[arg(long)]
    pub all: bool,
    /// The finding, from the profile's list (asked for on a terminal)
    #[arg(long, add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::findings))]
    pub finding: Option<String>,
    /// Why there is no finding (with no-finding), from the profile's list
    #[arg(long, add = clap_complete::engine::ArgValueCompleter::new(crate::cli::complete::reasons))]
    pub reason: Option<String>,
}

/// The finding that needs a reason.
use crate::ops::step::NO_FINDING;

pub fn run(ctx: &Ctx, mut a: FindingArgs) -> Result<i32> {
    // The profile is read before the write transaction only to check names;
    // the step itself is checked again inside it.
    let profile = ctx.open()?.profile()?.clone();
    if let Some(f) = &a.finding {
        ops::step::check_finding(&profile, f, a.reason.as_deref())?;
    }
    let mut others: Vec<&str> = Vec::new();
    if a.allegation.is_empty() && !a.all {
        others.push("--allegation N (or --all)");
    }
    if a.finding.is_none() {
        others.push("--finding NAME");
    }
    let step = a.at.step_or_ask(ctx, "finding", &others)?;
    if a.allegation.is_empty() && !a.all {
        // The case's allegations still without a finding, to pick from.
        let mut store = ctx.open()?;
        let open: Vec<(i64, String)> = store.read(|tx| {
            let d = tx.case_detail(&step.case)?;
            let found: Vec<i64> = tx
                .effective_events(d.case.id)?
                .iter()
                .filter(|e| e.kind == "finding")
                .filter_map(|e| e.allegation)
                .collect();
            Ok(d.allegations
                .iter()
                .filter(|x| !found.contains(&x.seq))
                .map(|x| {
                    (
                        x.seq,
                        format!("{}  {}  {} ({})", x.seq, x.category, x.officer, x.badge),
                    )
                })
                .collect())
        })?;
        if open.is_empty() {
            return Err(crate::error::Error::usage(format!(
                "case {}: every allegation has a finding (to change one, `oversight correct`)",
                step.case
            )));
        }
        let mut items = vec![format!(
            "every allegation without a finding ({})",
            open.len()
        )];
        items.extend(open.iter().map(|(_, l)| l.clone()));
        a.allegation = match prompt::select("Which allegations", &items, 0)? {
            0 => open.iter().map(|(n, _)| *n).collect(),
            i => vec![open[i - 1].0],
        };
    }
    if a.finding.is_none() {
        let i = prompt::select("Finding", &profile.findings, 0)?;
        a.finding = Some(profile.findings[i].clone());
        if profile.findings[i] == NO_FINDING && a.reason.is_none() {
            let j = prompt::select("Why no finding", &profile.no_finding_reasons, 0)?;
            a.reason = Some(profile.no_finding_reasons[j].clone());
        }
        ops::step::check_finding(
            &profile,
            a.finding.as_deref().unwrap_or_default(),
            a.reason.as_deref(),
        )?;
    }
    record(
        ctx,
        Step {
            result: a.finding.clone(),
            reason: a.reason.clone(),
            allegations: a.allegation.clone(),
            all_allegations: a.all,
            ..step
        },
    )
}

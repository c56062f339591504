//! `chief-response`: the Police Chief's written response to the findings,
//! with the Department's own finding and discipline per allegation, so the
//! annual report can compare them (11.5-37).

use clap::{Args, ValueEnum};

use super::step::{record, Step, StepArgs};
use super::Ctx;
use crate::error::{Error, Result};
use crate::rules::Profile;
use crate::store::Event;

/// Record the Chief's written response and the action taken
#[derive(Debug, Args)]
#[command(after_help = "May be recorded after the case is closed.

Example:
  oversight chief-response 2025-0042 --date 2025-10-20 --concurs partial \\
      --action \"Training ordered\" --department 1=sustained --discipline \"1=written reprimand\"")]
pub struct ChiefResponseArgs {
    #[command(flatten)]
    pub at: StepArgs,
    /// Does the Chief accept the panel's findings and recommendations?
    #[arg(long, value_enum)]
    pub concurs: Option<Concurs>,
    /// The action the Chief took, in words
    #[arg(long)]
    pub action: Option<String>,
    /// The Department's own finding on an allegation: N=FINDING (repeatable)
    #[arg(long, value_name = "N=FINDING")]
    pub department: Vec<String>,
    /// The discipline imposed for an allegation: N=TEXT (repeatable)
    #[arg(long, value_name = "N=TEXT")]
    pub discipline: Vec<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Concurs {
    Yes,
    No,
    Partial,
}

fn split(flag: &str, v: &str) -> Result<(i64, String)> {
    v.split_once('=')
        .and_then(|(n, x)| Some((n.trim().parse::<i64>().ok()?, x.trim().to_string())))
        .filter(|(n, x)| *n > 0 && !x.is_empty())
        .ok_or_else(|| {
            Error::bad_value(
                flag,
                v,
                "N=VALUE with N an allegation number, e.g. 1=sustained",
            )
        })
}

pub fn run(ctx: &Ctx, a: ChiefResponseArgs) -> Result<i32> {
    let profile = ctx.open()?.profile()?.clone();
    let mut per: Vec<(i64, Option<String>, Option<String>)> = Vec::new();
    for v in &a.department {
        let (n, f) = split("--department", v)?;
        Profile::check_in(&profile.findings, "--department", &f)?;
        match per.iter_mut().find(|p| p.0 == n) {
            Some(p) if p.1.is_some() => {
                return Err(Error::usage(format!(
                    "--department: allegation {n} given twice"
                )))
            }
            Some(p) => p.1 = Some(f),
            None => per.push((n, Some(f), None)),
        }
    }
    for v in &a.discipline {
        let (n, d) = split("--discipline", v)?;
        match per.iter_mut().find(|p| p.0 == n) {
            Some(p) if p.2.is_some() => {
                return Err(Error::usage(format!(
                    "--discipline: allegation {n} given twice"
                )))
            }
            Some(p) => p.2 = Some(d),
            None => per.push((n, None, Some(d))),
        }
    }
    let step = a.at.step_or_ask(
        ctx,
        "chief-response",
        if a.concurs.is_none() {
            &["--concurs yes|no|partial"]
        } else {
            &[]
        },
    )?;
    let concurs = match a.concurs {
        Some(Concurs::Yes) => "yes",
        Some(Concurs::No) => "no",
        Some(Concurs::Partial) => "partial",
        None => {
            let items = ["yes", "no", "partial"].map(String::from);
            let i = super::prompt::select("Does the Chief concur with the findings?", &items, 0)?;
            ["yes", "no", "partial"][i]
        }
    };
    let extra = per
        .into_iter()
        .map(|(n, finding, discipline)| Event {
            allegation: Some(n),
            result: finding,
            reason: discipline,
            ..Event::new("department-action", step.date)
        })
        .collect();
    record(
        ctx,
        Step {
            result: Some(concurs.into()),
            note: a.action.clone().or(a.at.note.clone()),
            extra,
            ..step
        },
    )
}

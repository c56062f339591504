//! `intake`: record a new case. Every required field of SPEC "Intake's
//! required fields" comes from a flag or, on a terminal, from a prompt for
//! exactly the missing ones; without a terminal a missing field is one error
//! listing every missing flag. Validation happens before the one write.

use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use super::{prompt, Ctx};
use crate::error::{Error, Result};
use crate::model::{cite, fmt_date, parse_yes_no, AllegationRef, OfficerRef, Source, Vote};
use crate::ops::intake::{self, Draft, FieldArg};
use crate::ops::{self, officers};
use crate::output::{print_csv, print_json, Format};
use crate::rules::intake::Timeliness;
use crate::rules::Profile;
use crate::store::NewCase;

/// Record a new case; prompts for each missing required field on a terminal
#[derive(Debug, Args)]
#[command(
    after_help = "A complaint received later after the incident than the profile allows \
needs --late-vote: the panel's vote to accept it.

Examples:
  oversight intake
  oversight intake --received 2025-03-07 --source direct --incident-date 2025-03-01 \\
      --criminal no --complainant \"Ana Diaz\" --officer \"John Roe#4411\" \\
      --allegation discourtesy@4411 --summary \"Rude remarks during a traffic stop\"
  oversight intake --source ia-closed --received 2025-11-05 --incident-date 2025-06-02 \\
      --criminal no --chief-decision 2025-11-03 --ia-file-access 2025-11-07 \\
      --officer \"Kim Poe#1207\" --allegation force@1207 --summary \"IA case 25-118\""
)]
pub struct IntakeArgs {
    /// Date the complaint (or IA close-out report) was received
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub received: Option<NaiveDate>,
    /// direct, ia-closed, force-death or force-gbh
    #[arg(long, value_parser = Source::NAMES)]
    pub source: Option<String>,
    /// Date of the incident
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub incident_date: Option<NaiveDate>,
    /// For a systemic problem: when the complainant became aware of it
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub aware_date: Option<NaiveDate>,
    /// Potentially criminal conduct by an officer (not asked for force-*: always yes)
    #[arg(long, value_name = "yes|no")]
    pub criminal: Option<String>,
    /// A complainant's name (repeat for several)
    #[arg(long, value_name = "NAME")]
    pub complainant: Vec<String>,
    /// No complainant named
    #[arg(long)]
    pub anonymous: bool,
    /// An officer as "NAME#BADGE" (repeat; badge "unknown" allowed)
    #[arg(long, value_name = "NAME#BADGE")]
    pub officer: Vec<String>,
    /// An allegation as "CATEGORY@BADGE" (repeat)
    #[arg(long, value_name = "CATEGORY@BADGE")]
    pub allegation: Vec<String>,
    /// What the complaint is about
    #[arg(long)]
    pub summary: Option<String>,
    /// The panel's vote accepting a late complaint: "DATE YES-NO of SEATED", for example "2025-03-04 8-3 of 13"
    #[arg(long, value_name = "DATE YES-NO of SEATED")]
    pub late_vote: Option<String>,
    /// IA closed cases: date of the Chief's final decision
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub chief_decision: Option<NaiveDate>,
    /// IA closed cases: date the IA investigative file was made available
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub ia_file_access: Option<NaiveDate>,
    /// A badge on file under another name is the same officer: keep the
    /// name on file (otherwise such a badge is refused)
    #[arg(long)]
    pub same_officer: bool,
    /// How the complaint came in: one of the profile's [fields] channel
    /// values (walk-in, phone, online, mail, email, referral, other, unknown)
    #[arg(long, value_name = "CHANNEL")]
    pub channel: Option<String>,
    /// An optional field of the profile's [fields] for every allegation, or
    /// with @BADGE for those against that officer (repeat):
    /// complainant_race, complainant_sex, complainant_age, officer_race,
    /// officer_sex, officer_age, officer_unit (free text); channel=VALUE is
    /// the case's, as --channel
    #[arg(long, value_name = "NAME[@BADGE]=VALUE")]
    pub field: Vec<String>,
    /// Assign the case at once to this investigator (login), from today, as
    /// `assign` does
    #[arg(long, value_name = "LOGIN")]
    pub assign: Option<String>,
}

/// What the flags say.
fn draft(a: &IntakeArgs) -> Result<Draft> {
    Ok(Draft {
        channel: a.channel.as_ref().map(|c| c.trim().to_string()),
        received: a.received,
        source: a.source.as_deref().and_then(Source::parse),
        incident_date: a.incident_date,
        aware_date: a.aware_date,
        criminal: a
            .criminal
            .as_deref()
            .map(|v| parse_yes_no("--criminal", v))
            .transpose()?,
        complainants: a.complainant.iter().map(|c| c.trim().to_string()).collect(),
        anonymous: a.anonymous,
        officers: a
            .officer
            .iter()
            .map(|o| OfficerRef::parse(o))
            .collect::<Result<_>>()?,
        allegations: a
            .allegation
            .iter()
            .map(|x| AllegationRef::parse(x))
            .collect::<Result<_>>()?,
        summary: a.summary.as_ref().map(|s| s.trim().to_string()),
        late_vote: a
            .late_vote
            .as_deref()
            .map(|v| Vote::parse("--late-vote", v))
            .transpose()?,
        chief_decision: a.chief_decision,
        ia_file_access: a.ia_file_access,
        fields: a
            .field
            .iter()
            .map(|f| FieldArg::parse(f))
            .collect::<Result<_>>()?,
    })
}

pub fn run(ctx: &Ctx, a: IntakeArgs) -> Result<i32> {
    // Intake may create the store, but only when it writes the case: until
    // then the profile a new store would get is the one the input is
    // checked against.
    let mut existing = ctx.open_if_any()?;
    let profile = match &existing {
        Some(s) => s.profile()?.clone(),
        None => Profile::parse(&ctx.profile_text(&ctx.profile)?)?,
    };
    let mut draft = draft(&a)?;
    let assignee = a.assign.as_deref().map(str::trim);
    // A login the store would refuse is said before any question (and,
    // without a terminal, after the flags missing are listed).
    let check_assignee = |existing: &mut Option<crate::store::Store>| -> Result<()> {
        match (assignee, existing.as_mut()) {
            (Some(login), Some(store)) => {
                store.read(|tx| ops::assign::check_assignee(tx, "--assign", login))
            }
            _ => Ok(()),
        }
    };
    if ctx.interactive {
        check_assignee(&mut existing)?;
        ask_missing(&mut draft, &profile, ctx.latest)?;
    }
    let mut case = draft.validate(&profile, ctx.latest)?;
    if !ctx.interactive {
        check_assignee(&mut existing)?;
    }
    let timely = match intake::timeliness(&profile, &case) {
        Err(e @ Error::Refused { .. }) if ctx.interactive && case.late_vote.is_none() => {
            crate::info!("{e}");
            if !prompt::confirm(
                "Record the panel's vote accepting the late complaint?",
                false,
            )? {
                return Err(e);
            }
            case.late_vote = Some(ask_vote(ctx.latest)?);
            intake::timeliness(&profile, &case)?
        }
        other => other?,
    };
    // One officer, one badge: a badge on file under another name is
    // confirmed on a terminal as the same officer, or refused (by the write
    // itself, which checks again: another process may have changed the
    // roster since; without a terminal only the write checks).
    let mut same_officer = a.same_officer;
    if let (Some(store), false, true) = (existing.as_mut(), same_officer, ctx.interactive) {
        let conflicts = store.read(|tx| officers::name_conflicts(tx, &case.officers))?;
        if !conflicts.is_empty() {
            for c in &conflicts {
                if !prompt::confirm(
                    &format!(
                        "Badge {} is {} on file. Is '{}' the same officer? (the name on file \
                         is kept)",
                        c.badge, c.on_file, c.given
                    ),
                    false,
                )? {
                    return Err(officers::conflict_error(std::slice::from_ref(c)));
                }
            }
            same_officer = true;
        }
    }
    if ctx.interactive {
        crate::info!("{}", summarize(&case));
        if !prompt::confirm("Record this case?", true)? {
            crate::info!("cancelled; nothing was written");
            return Ok(0);
        }
    }
    let mut store = match existing {
        Some(s) => s,
        None => ctx.open_or_create()?,
    };
    // The write checks the roster itself (`intake::record`).
    // The case and its assignment are one write.
    let ((record, deadlines), assigned) = store.write(|tx| {
        let recorded = intake::record(tx, &case, same_officer)?;
        let assigned = match assignee {
            Some(login) => {
                let date = ctx.latest.max(recorded.0.received);
                let number = &recorded.0.number;
                Some(ops::assign::assign(
                    tx,
                    number,
                    ("--assign", login),
                    date,
                    ctx.latest,
                )?)
            }
            None => None,
        };
        Ok((recorded, assigned))
    })?;
    match ctx.format {
        Format::Json => match &assigned {
            Some(a) => print_json(&json!({ "case": record.number, "assignee": a.assignee }))?,
            None => print_json(&json!({ "case": record.number }))?,
        },
        Format::Csv => print_csv(&["case"], [[record.number.clone()]])?,
        Format::Table => crate::output::out_line(&record.number)?,
    }
    if ctx.format == Format::Table {
        crate::info!("recorded case {} ({})", record.number, record.source);
        if let Some(a) = &assigned {
            crate::info!("  assigned to {} from {}", a.assignee, a.date);
        }
        if timely == Timeliness::LateAccepted {
            let basis = profile.late_complaint.as_ref().map(|l| l.basis.as_str());
            crate::info!(
                "  late complaint accepted by the recorded vote ({})",
                cite(basis.unwrap_or(profile.law()))
            );
        }
        for d in deadlines.iter().filter(|d| d.satisfied_on.is_none()) {
            // A complaint recorded late may have a deadline already past.
            let late = if d.due < ctx.as_of {
                format!(
                    "  OVERDUE by {}",
                    crate::output::days((ctx.as_of - d.due).num_days())
                )
            } else {
                String::new()
            };
            crate::info!(
                "  {:<22} due {}{late}  ({})",
                d.rule,
                fmt_date(d.due),
                cite(&d.basis)
            );
        }
        for d in deadlines.iter().filter(|d| d.met() == Some(false)) {
            crate::info!(
                "  {} was late: due {}, done {} ({})",
                d.rule,
                fmt_date(d.due),
                d.satisfied_on.map(fmt_date).unwrap_or_default(),
                cite(&d.basis)
            );
        }
    }
    Ok(0)
}

fn ask_vote(as_of: NaiveDate) -> Result<Vote> {
    let date = prompt::date("Date of the vote", Some(as_of), as_of)?;
    let tally = prompt::text("Tally as YES-NO (for example 8-3)", false, |s| {
        Vote::parse("tally", &format!("{} {s}", fmt_date(as_of)))
            .ok()
            .filter(|v| v.seated.is_none())
            .map(|_| ())
            .ok_or_else(|| "expected YES-NO, for example 8-3".to_string())
    })?;
    let seated = prompt::text("Members seated on the panel that day", false, |s| {
        s.trim()
            .parse::<u32>()
            .map(|_| ())
            .map_err(|_| "expected a number, for example 13".to_string())
    })?;
    Vote::parse(
        "--late-vote",
        &format!("{} {tally} of {}", fmt_date(date), seated.trim()),
    )
}

/// Prompt for exactly what the flags left out.
fn ask_missing(d: &mut Draft, profile: &Profile, as_of: NaiveDate) -> Result<()> {
    if d.received.is_none() {
        d.received = Some(prompt::date("Date received", Some(as_of), as_of)?);
    }
    let received = d.received.unwrap_or(as_of);
    if d.source.is_none() {
        let accepted = profile.accepted_sources();
        let items: Vec<String> = accepted
            .iter()
            .map(|s| format!("{:<12} {}", s.as_str(), profile.describe_source(*s)))
            .collect();
        d.source = Some(accepted[prompt::select("Source", &items, 0)?]);
    }
    let source = d.source.unwrap_or(Source::Direct);
    if d.incident_date.is_none() && d.aware_date.is_none() {
        d.incident_date = prompt::optional_date(
            "Incident date (leave empty for a systemic problem)",
            received,
        )?;
        if d.incident_date.is_none() {
            d.aware_date = Some(prompt::date(
                "Date the complainant became aware of the systemic problem",
                None,
                received,
            )?);
        }
    }
    if d.criminal.is_none() && !source.always_criminal() {
        d.criminal = Some(prompt::confirm(
            "Potentially criminal conduct by an officer?",
            false,
        )?);
    }
    if source == Source::IaClosed {
        if d.chief_decision.is_none() {
            d.chief_decision =
                prompt::optional_date("Date of the Chief's final decision (optional)", received)?;
        }
        if d.ia_file_access.is_none() {
            d.ia_file_access =
                prompt::optional_date("Date the IA file was made available (optional)", as_of)?;
        }
    }
    if d.complainants.is_empty() && !d.anonymous && source.needs_complainant() {
        loop {
            let name = prompt::text("Complainant's name (empty when done)", true, |_| Ok(()))?;
            if name.is_empty() {
                if !d.complainants.is_empty()
                    || prompt::confirm("No complainant named: record as anonymous?", false)?
                {
                    break;
                }
            } else {
                d.complainants.push(name);
            }
        }
        d.anonymous = d.complainants.is_empty();
    }
    if d.officers.is_empty() {
        loop {
            let taken: Vec<String> = d.officers.iter().map(|o| o.badge.clone()).collect();
            let v = prompt::text(
                "Officer as NAME#BADGE (badge \"unknown\" if not known; empty when done)",
                !d.officers.is_empty(),
                |s| {
                    let o = OfficerRef::parse(s).map_err(|e| e.to_string())?;
                    if taken.contains(&o.badge) {
                        return Err(format!("badge {} is already on this case", o.badge));
                    }
                    Ok(())
                },
            )?;
            if v.is_empty() {
                break;
            }
            d.officers.push(OfficerRef::parse(&v)?);
        }
    }
    if d.allegations.is_empty() {
        let officers: Vec<String> = d
            .officers
            .iter()
            .map(|o| format!("{} #{}", o.name, o.badge))
            .collect();
        loop {
            let c = prompt::select("Allegation category", &profile.categories, 0)?;
            let o = if officers.len() == 1 {
                0
            } else {
                prompt::select("Against which officer", &officers, 0)?
            };
            d.allegations.push(AllegationRef {
                category: profile.categories[c].clone(),
                badge: d.officers[o].badge.clone(),
            });
            if !prompt::confirm("Add another allegation?", false)? {
                break;
            }
        }
    }
    if d.summary.as_deref().is_none_or(str::is_empty) {
        d.summary = Some(prompt::text("Summary of the complaint", false, |_| Ok(()))?);
    }
    Ok(())
}

fn summarize(c: &NewCase) -> String {
    let mut s = vec![
        "About to record:".to_string(),
        format!("  received   {}", fmt_date(c.received)),
        format!("  source     {}", c.source),
    ];
    if let Some(d) = c.incident_date {
        s.push(format!("  incident   {}", fmt_date(d)));
    }
    if let Some(d) = c.aware_date {
        s.push(format!("  aware      {}", fmt_date(d)));
    }
    s.push(format!(
        "  criminal   {}",
        if c.criminal { "yes" } else { "no" }
    ));
    if let Some(d) = c.chief_decision {
        s.push(format!("  chief's decision {}", fmt_date(d)));
    }
    if let Some(d) = c.ia_file_access {
        s.push(format!("  IA file access   {}", fmt_date(d)));
    }
    s.push(format!(
        "  complainants {}",
        if c.complainants.is_empty() {
            "anonymous / none".to_string()
        } else {
            c.complainants.join("; ")
        }
    ));
    for o in &c.officers {
        s.push(format!("  officer    {} #{}", o.name, o.badge));
    }
    for a in &c.allegations {
        s.push(format!("  allegation {} @ {}", a.category, a.badge));
    }
    s.push(format!("  summary    {}", c.summary));
    if let Some(v) = c.late_vote {
        s.push(format!("  late vote  {} {}", fmt_date(v.date), v.tally()));
    }
    s.join("\n")
}

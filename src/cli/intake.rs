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
use crate::output::{print_csv, print_json, Format};
use crate::rules::intake::{case_timeliness, Timeliness};
use crate::rules::Profile;
use crate::store::NewCase;

/// Record a new case; prompts for each missing required field on a terminal
#[derive(Debug, Args)]
#[command(
    after_help = "Starts the deadlines of Sec. 11.5-31: notify-pd (2 working days), and \
for a criminal complaint forward-pd and refer-counsel (3 working days), otherwise commence \
(10 working days); for an IA closed case, ed-decision (10 working days from the later of the \
report and access to the IA file). A complaint received more than a year after the incident \
needs --late-vote (11.5-31(1)(c)).

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
    /// The panel's vote accepting a late complaint: "DATE YES-NO"
    #[arg(long, value_name = "DATE YES-NO")]
    pub late_vote: Option<String>,
    /// IA closed cases: date of the Chief's final decision
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub chief_decision: Option<NaiveDate>,
    /// IA closed cases: date the IA investigative file was made available
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub ia_file_access: Option<NaiveDate>,
}

/// What intake knows so far, from flags and prompts.
#[derive(Debug, Default)]
struct Draft {
    received: Option<NaiveDate>,
    source: Option<Source>,
    incident_date: Option<NaiveDate>,
    aware_date: Option<NaiveDate>,
    criminal: Option<bool>,
    complainants: Vec<String>,
    anonymous: bool,
    officers: Vec<OfficerRef>,
    allegations: Vec<AllegationRef>,
    summary: Option<String>,
    late_vote: Option<Vote>,
    chief_decision: Option<NaiveDate>,
    ia_file_access: Option<NaiveDate>,
}

impl Draft {
    fn from_args(a: &IntakeArgs) -> Result<Draft> {
        Ok(Draft {
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
        })
    }

    /// Every required flag still missing.
    fn missing(&self) -> Vec<&'static str> {
        let mut m = Vec::new();
        if self.received.is_none() {
            m.push("--received YYYY-MM-DD");
        }
        if self.source.is_none() {
            m.push("--source direct|ia-closed|force-death|force-gbh");
        }
        if self.incident_date.is_none() && self.aware_date.is_none() {
            m.push("--incident-date YYYY-MM-DD (or --aware-date for a systemic problem)");
        }
        if self.criminal.is_none() && !self.source.is_some_and(Source::always_criminal) {
            m.push("--criminal yes|no");
        }
        if self.complainants.is_empty()
            && !self.anonymous
            && self.source.is_none_or(Source::needs_complainant)
        {
            m.push("--complainant NAME (or --anonymous)");
        }
        if self.officers.is_empty() {
            m.push("--officer \"NAME#BADGE\"");
        }
        if self.allegations.is_empty() {
            m.push("--allegation CATEGORY@BADGE");
        }
        if self.summary.as_deref().is_none_or(str::is_empty) {
            m.push("--summary TEXT");
        }
        m
    }

    /// Check everything and produce the case to store (exit 2 on bad input).
    fn validate(self, profile: &Profile, as_of: NaiveDate) -> Result<NewCase> {
        let missing = self.missing();
        if !missing.is_empty() {
            return Err(Error::usage(format!(
                "missing required field(s): {}\n(give them as flags, or run on a terminal \
                 without --no-input to be asked)",
                missing.join(", ")
            )));
        }
        let received = self.received.expect("checked");
        let source = self.source.expect("checked");
        let accepted = profile.accepted_sources();
        if !accepted.contains(&source) {
            return Err(Error::bad_value(
                "--source",
                source.as_str(),
                &format!(
                    "one of {} (the sources of profile {})",
                    accepted
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    profile.name
                ),
            ));
        }
        if received > as_of {
            return Err(Error::usage(format!(
                "--received: '{}' is after today ({}); a case is recorded once received",
                fmt_date(received),
                fmt_date(as_of)
            )));
        }
        for (flag, d) in [
            ("--incident-date", self.incident_date),
            ("--aware-date", self.aware_date),
            ("--chief-decision", self.chief_decision),
        ] {
            if let Some(d) = d.filter(|d| *d > received) {
                return Err(Error::usage(format!(
                    "{flag}: '{}' is after the date received ({}); it must be on or before it",
                    fmt_date(d),
                    fmt_date(received)
                )));
            }
        }
        if let Some(d) = self.ia_file_access.filter(|d| *d > as_of) {
            return Err(Error::usage(format!(
                "--ia-file-access: '{}' is after today ({}); leave it out, and once the file \
                 is available record it with `oversight ia-file-access CASE --date D`",
                fmt_date(d),
                fmt_date(as_of)
            )));
        }
        if source != Source::IaClosed {
            for (flag, given) in [
                ("--chief-decision", self.chief_decision.is_some()),
                ("--ia-file-access", self.ia_file_access.is_some()),
            ] {
                if given {
                    return Err(Error::usage(format!(
                        "{flag}: applies to --source ia-closed only (this case is {source})"
                    )));
                }
            }
        }
        let criminal = if source.always_criminal() {
            if self.criminal == Some(false) {
                return Err(Error::usage(format!(
                    "--criminal: 'no' is not allowed for {source}: uses of force resulting in \
                     death or great bodily harm follow the criminal track ({}); leave \
                     --criminal out",
                    profile
                        .source(source)
                        .map(|s| s.basis.as_str())
                        .unwrap_or(profile.law())
                )));
            }
            true
        } else {
            self.criminal.expect("checked")
        };
        if self.anonymous && !self.complainants.is_empty() {
            return Err(Error::usage(
                "--anonymous: cannot be given together with --complainant",
            ));
        }
        if let Some(c) = self.complainants.iter().find(|c| c.is_empty()) {
            return Err(Error::bad_value("--complainant", c, "a name"));
        }
        let mut badges: Vec<&str> = Vec::new();
        for o in &self.officers {
            if badges.contains(&o.badge.as_str()) {
                return Err(Error::usage(format!(
                    "--officer: badge '{}' is given twice; each officer once per case",
                    o.badge
                )));
            }
            badges.push(&o.badge);
        }
        for a in &self.allegations {
            Profile::check_in(&profile.categories, "--allegation category", &a.category)?;
            if !badges.contains(&a.badge.as_str()) {
                return Err(Error::usage(format!(
                    "--allegation: '{}@{}' names badge '{}', which is not among the case's \
                     officers ({}); add it with --officer \"NAME#{}\"",
                    a.category,
                    a.badge,
                    a.badge,
                    badges.join(", "),
                    a.badge
                )));
            }
        }
        if let Some(v) = &self.late_vote {
            if v.date > as_of {
                return Err(Error::usage(format!(
                    "--late-vote: the vote date '{}' is after today ({})",
                    fmt_date(v.date),
                    fmt_date(as_of)
                )));
            }
        }
        Ok(NewCase {
            received,
            incident_date: self.incident_date,
            aware_date: self.aware_date,
            source,
            criminal,
            anonymous: self.anonymous || self.complainants.is_empty(),
            complainants: self.complainants,
            officers: self.officers,
            allegations: self.allegations,
            summary: self.summary.expect("checked"),
            late_vote: self.late_vote,
            chief_decision: self.chief_decision,
            ia_file_access: self.ia_file_access,
        })
    }
}

fn timeliness(profile: &Profile, c: &NewCase) -> Result<Timeliness> {
    case_timeliness(
        profile,
        c.source,
        (c.incident_date, c.aware_date),
        c.received,
        c.late_vote.as_ref(),
    )
}

pub fn run(ctx: &Ctx, a: IntakeArgs) -> Result<i32> {
    // Intake may create the store, but only when it writes the case: until
    // then the profile a new store would get is the one the input is
    // checked against.
    let existing = ctx.has_store().then(|| ctx.open()).transpose()?;
    let profile = match &existing {
        Some(s) => s.profile().clone(),
        None => Profile::parse(&ctx.profile_text(&ctx.profile)?)?,
    };
    let mut draft = Draft::from_args(&a)?;
    if ctx.interactive {
        ask_missing(&mut draft, &profile, ctx.as_of)?;
    }
    let mut case = draft.validate(&profile, ctx.as_of)?;
    let timely = match timeliness(&profile, &case) {
        Err(e @ Error::Refused { .. }) if ctx.interactive && case.late_vote.is_none() => {
            crate::info!("{e}");
            if !prompt::confirm(
                "Record the panel's vote accepting the late complaint?",
                false,
            )? {
                return Err(e);
            }
            case.late_vote = Some(ask_vote(ctx.as_of)?);
            timeliness(&profile, &case)?
        }
        other => other?,
    };
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
    let (record, deadlines) = store.write(|tx| crate::ops::intake::record(tx, &case))?;
    match ctx.format {
        Format::Json => print_json(&json!({ "case": record.number }))?,
        Format::Csv => print_csv(&["case"], [[record.number.clone()]])?,
        Format::Table => crate::output::out_line(&record.number)?,
    }
    if ctx.format == Format::Table {
        crate::info!("recorded case {} ({})", record.number, record.source);
        if timely == Timeliness::LateAccepted {
            crate::info!("  late complaint accepted by the recorded vote (11.5-31(1)(c))");
        }
        for d in deadlines.iter().filter(|d| d.satisfied_on.is_none()) {
            crate::info!(
                "  {:<22} due {}  ({})",
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

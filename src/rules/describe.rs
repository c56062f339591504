//! The law of a profile in words, for people reading help: how long a rule
//! allows, and for a step what it meets, what it starts, what must hold
//! first and what stops its clocks, each with its section. Written from the
//! profile alone, so a Florida store's help cites Florida law. Pure.

use std::fmt::Write;

use super::profile::{Period, Profile, Rule};
use super::steps::{Condition, Test};
use crate::model::cite;

/// How long a rule allows: "10 working days", "180 days", "1 year" (the
/// help, the overview and the site's methodology say it alike).
pub fn allowed(rule: &Rule) -> String {
    match rule.period() {
        Period::WorkingDays(1) => "1 working day".into(),
        Period::WorkingDays(n) => format!("{n} working days"),
        Period::Days(1) => "1 day".into(),
        Period::Days(n) => format!("{n} days"),
        Period::Years(1) => "1 year".into(),
        Period::Years(n) => format!("{n} years"),
        Period::Given => "the date set when it starts".into(),
    }
}

/// An event in words, with its result where one is named
/// ("counsel-determination:no-interference").
fn event(profile: &Profile, e: &str) -> String {
    match e.split_once(':') {
        Some((kind, result)) => format!("{} (`{kind}`: {result})", words(profile, kind)),
        None => step_words(profile, e),
    }
}

fn words(profile: &Profile, kind: &str) -> String {
    profile
        .step(kind)
        .map(|s| s.title.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| profile.title("events", kind).to_lowercase())
}

/// A step in the profile's words (its `title`), with the command that
/// records it.
fn step_words(profile: &Profile, kind: &str) -> String {
    format!("{} (`{kind}`)", words(profile, kind))
}

/// Which cases a rule is for, when not all.
fn cases_of(profile: &Profile, rule: &Rule) -> String {
    let mut parts = Vec::new();
    if !rule.sources.is_empty() {
        let names: Vec<String> = rule
            .sources
            .iter()
            .map(|s| profile.title("sources", s).to_lowercase())
            .collect();
        parts.push(names.join(" or "));
    }
    match rule.criminal {
        Some(true) => parts.push("criminal".into()),
        Some(false) => parts.push("not criminal".into()),
        None => {}
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" [{}]", parts.join(", "))
    }
}

/// A condition as it reads after "needs" / "refused" / "where".
fn condition(profile: &Profile, c: &Condition) -> String {
    match c {
        Condition::Event(e) => event(profile, e),
        Condition::Latest { kind, result } => {
            format!("{} last recorded as {result}", step_words(profile, kind))
        }
        Condition::Standing {
            event: e,
            undone_by,
        } => format!(
            "{} standing (not undone by {})",
            step_words(profile, e),
            step_words(profile, undone_by)
        ),
        Condition::EveryAllegation(k) => format!("a {k} on every allegation"),
        Condition::GivenAllegation(k) => format!("a {k} already on an allegation given"),
        Condition::Rule(k) => format!("cases that call for {}", step_words(profile, k)),
        Condition::Result(r) => format!("the result {r}"),
        Condition::Stay(k) => format!("a date inside the stay after {}", step_words(profile, k)),
        Condition::DeadlinePassed => {
            "a deadline that puts the case out of time having passed".into()
        }
        Condition::OutOfTime => "closing out of time".into(),
    }
}

/// What the profile says of a step (the command that records it), or none
/// when the profile has no such step.
pub fn step(profile: &Profile, kind: &str) -> Option<String> {
    let def = profile.step(kind)?;
    let mut out = format!(
        "Under the profile {} ({}):\n",
        profile.name,
        cite(profile.law())
    );
    let meets: Vec<&Rule> = profile
        .rules
        .iter()
        .filter(|r| r.satisfied_by == kind)
        .collect();
    if !meets.is_empty() {
        out.push_str("Meets:\n");
        for r in meets {
            let from: Vec<String> = r.start.iter().map(|s| event(profile, s)).collect();
            let when = match r.period() {
                Period::Given => format!("by the date given with {}", from.join(" and ")),
                _ => format!("{} from {}", allowed(r), from.join(" and ")),
            };
            let _ = writeln!(
                out,
                "  {}: {when}{} ({})",
                r.title,
                cases_of(profile, r),
                cite(&r.basis)
            );
        }
    }
    let starts: Vec<&Rule> = profile
        .rules
        .iter()
        .filter(|r| r.start.iter().any(|s| s.split(':').next() == Some(kind)))
        .collect();
    if !starts.is_empty() {
        out.push_str("Starts:\n");
        for r in starts {
            let _ = writeln!(
                out,
                "  {}: {}{} ({})",
                r.title,
                allowed(r),
                cases_of(profile, r),
                cite(&r.basis)
            );
        }
    }
    let stops: Vec<(&Rule, &super::profile::Tolling)> = profile
        .rules
        .iter()
        .flat_map(|r| r.tolling.iter().map(move |t| (r, t)))
        .filter(|(_, t)| t.event.split(':').next() == Some(kind))
        .collect();
    if !stops.is_empty() {
        out.push_str("Stops the clock of:\n");
        for (r, t) in stops {
            let how = match (&t.days, &t.until) {
                (Some(d), _) => format!("for {d} day(s)"),
                (_, Some(u)) => format!("until {}", event(profile, u)),
                _ => String::new(),
            };
            let _ = writeln!(out, "  {}: {how} ({})", r.title, cite(&t.basis));
        }
    }
    if !def.checks.is_empty() || def.once {
        out.push_str("Refused:\n");
        for c in &def.checks {
            let what = condition(profile, &c.condition);
            let mut line = match (c.test, &c.condition) {
                (Test::Need, Condition::Rule(k)) => {
                    format!(
                        "  on a case that does not call for {}",
                        step_words(profile, k)
                    )
                }
                (Test::Refuse, Condition::Rule(_)) => format!("  for {what}"),
                (Test::Need, _) => format!("  without {what}"),
                (Test::Refuse, _) => format!("  with {what}"),
            };
            let when: Vec<String> = c.when.iter().map(|w| condition(profile, w)).collect();
            if !when.is_empty() {
                let _ = write!(line, ", for {}", when.join(" and "));
            }
            let unless: Vec<String> = c.unless.iter().map(|w| condition(profile, w)).collect();
            if !unless.is_empty() {
                let _ = write!(line, ", unless {}", unless.join(" or "));
            }
            let _ = writeln!(out, "{line} ({})", cite(&c.basis));
        }
        if def.once {
            let _ = writeln!(
                out,
                "  a second time: it is recorded once (`correct` changes it) ({})",
                cite(&def.basis)
            );
        }
    }
    if !out.contains(":\n  ") {
        // Nothing of the profile's deadlines or checks names the step.
        return None;
    }
    Some(out.trim_end().to_string())
}

/// The life of a case under the profile: each step in the profile's order
/// with the deadlines it meets, one line each, for the overview.
pub fn lifecycle(profile: &Profile) -> String {
    let mut out = String::new();
    for def in &profile.steps {
        if def.kind == "received" {
            continue;
        }
        let mut meets: Vec<String> = Vec::new();
        for r in profile.rules.iter().filter(|r| r.satisfied_by == def.kind) {
            let a = allowed(r);
            if !meets.contains(&a) {
                meets.push(a);
            }
        }
        let mut line = format!("  {:<21} {}", def.kind, def.title);
        if !meets.is_empty() {
            let _ = write!(line, ": {} ({})", meets.join(" or "), def.basis);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(name: &str) -> Profile {
        Profile::parse(Profile::builtin_text(name).unwrap()).unwrap()
    }

    /// Hand-checked against Sec. 11.5-31(3)(a), (3)(b)(iv) and (2)(a)(i).
    #[test]
    fn a_miami_step_says_what_it_meets_starts_and_needs() {
        let p = profile("miami-cip");
        let text = step(&p, "commence").unwrap();
        assert!(text.starts_with("Under the profile miami-cip"), "{text}");
        assert!(
            text.contains("10 working days from the complaint's receipt (`received`)"),
            "{text}"
        );
        assert!(text.contains("7 working days from"), "{text}");
        assert!(text.contains("Sec. 11.5-31(3)(a)"), "{text}");
        assert!(text.contains("Starts:\n"), "{text}");
        assert!(text.contains("180 days"), "{text}");
        assert!(text.contains("Sec. 11.5-31(2)(a)(i)"), "{text}");
        assert!(text.contains("a second time"), "{text}");
        // A step that stops a clock says so.
        let c = step(&p, "challenge").unwrap();
        assert!(c.contains("Stops the clock of:"), "{c}");
        assert!(step(&p, "no-such-step").is_none());
    }

    #[test]
    fn a_florida_step_cites_only_florida_law() {
        let p = profile("florida-ia");
        for def in &p.steps {
            let Some(text) = step(&p, &def.kind) else {
                continue;
            };
            assert!(!text.contains("11.5-"), "{}: {text}", def.kind);
            assert!(!text.contains("Sec. Fla."), "{}: {text}", def.kind);
        }
        let life = lifecycle(&p);
        assert!(
            !life.contains("11.5-") && life.contains("commence"),
            "{life}"
        );
        let life = lifecycle(&profile("miami-cip"));
        assert!(
            life.contains("2 working days or 3 working days (11.5-31(1)(b))"),
            "{life}"
        );
    }
}

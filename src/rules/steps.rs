//! The steps of a case as profile data: each `[[steps]]` entry names a step
//! kind (the command that records it), the section that governs it, whether
//! it happens once, the results it may carry, and the checks the law puts on
//! it before it may be recorded. `lifecycle` interprets the checks; this
//! module only says what a profile may write and refuses what it may not.

use serde::Deserialize;

/// One step of a case and what the law asks before it is recorded.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDef {
    pub kind: String,
    #[serde(default)]
    pub title: String,
    /// The section cited when the step is refused for a reason of its own.
    pub basis: String,
    /// Recorded once per case (a correction supersedes it, never repeats it).
    #[serde(default)]
    pub once: bool,
    /// Recorded once per result (a checklist item once each).
    #[serde(default)]
    pub once_per_result: bool,
    /// Every case may take this step; otherwise only a case one of whose
    /// rules names the step.
    #[serde(default)]
    pub always: bool,
    /// The results the step may carry (empty: none, or the profile's
    /// findings for findings).
    #[serde(default)]
    pub results: Vec<String>,
    #[serde(default)]
    pub checks: Vec<Check>,
}

/// A check on a step: `need` must hold, or `refuse` must not; it applies
/// when every `when` condition holds and no `unless` condition does. The
/// message may use {case} {date} {step} {at} {result} {until} {allegations}
/// {due}; {at}, {result} and {until} come from the event the `need` or
/// `refuse` condition looked at.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RawCheck")]
pub struct Check {
    pub test: Test,
    pub condition: Condition,
    pub when: Vec<Condition>,
    pub unless: Vec<Condition>,
    pub basis: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Test {
    Need,
    Refuse,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheck {
    need: Option<Condition>,
    refuse: Option<Condition>,
    #[serde(default)]
    when: Vec<Condition>,
    #[serde(default)]
    unless: Vec<Condition>,
    basis: String,
    message: String,
}

impl TryFrom<RawCheck> for Check {
    type Error = String;

    fn try_from(r: RawCheck) -> Result<Self, String> {
        let (test, condition) = match (r.need, r.refuse) {
            (Some(c), None) => (Test::Need, c),
            (None, Some(c)) => (Test::Refuse, c),
            _ => return Err("a check has exactly one of `need` and `refuse`".into()),
        };
        Ok(Check {
            test,
            condition,
            when: r.when,
            unless: r.unless,
            basis: r.basis,
            message: r.message,
        })
    }
}

/// What a check looks at in the case's history before the step (events on
/// or before the step's date).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "RawCondition")]
pub enum Condition {
    /// `{ event = "kind" }` or `"kind:result"`: such an event happened.
    Event(String),
    /// `{ latest = "kind:result" }`: the latest event of that kind has that
    /// result.
    Latest { kind: String, result: String },
    /// `{ standing = "present", undone_by = "remand" }`: such an event, not
    /// followed by the undoing one.
    Standing { event: String, undone_by: String },
    /// `{ every_allegation = "finding" }`: every allegation has one (on or
    /// before the step's date, as every condition looks).
    EveryAllegation(String),
    /// `{ given_allegation = "finding" }`: an allegation the step names has
    /// one already, on any date (a second is a correction's).
    GivenAllegation(String),
    /// `{ rule = "kind" }`: a rule met by that step applies to the case (the
    /// case's track: criminal, an IA closed case).
    Rule(String),
    /// `{ result = "r" }`: the step carries that result.
    Result(String),
    /// `{ stay = "challenge" }`: the step falls inside the stay such an
    /// event puts on it (the days come from the tolling of the rule the step
    /// meets).
    Stay(String),
    /// `{ deadline_passed = true }`: a deadline whose passing allows a close
    /// out of time had passed.
    DeadlinePassed,
    /// `{ out_of_time = true }`: the step closes the case out of time.
    OutOfTime,
}

impl Condition {
    /// The event kinds the condition names, for the profile's checks.
    pub fn kinds(&self) -> Vec<&str> {
        match self {
            Condition::Event(t) => vec![t.split(':').next().unwrap_or(t)],
            Condition::Latest { kind, .. } => vec![kind],
            Condition::Standing { event, undone_by } => vec![event, undone_by],
            Condition::EveryAllegation(k)
            | Condition::GivenAllegation(k)
            | Condition::Rule(k)
            | Condition::Stay(k) => vec![k],
            Condition::Result(_) | Condition::DeadlinePassed | Condition::OutOfTime => vec![],
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    event: Option<String>,
    latest: Option<String>,
    standing: Option<String>,
    undone_by: Option<String>,
    every_allegation: Option<String>,
    given_allegation: Option<String>,
    rule: Option<String>,
    result: Option<String>,
    stay: Option<String>,
    deadline_passed: Option<bool>,
    out_of_time: Option<bool>,
}

const CONDITION_FORMS: &str = "event, latest, standing (with undone_by), every_allegation, \
     given_allegation, rule, result, stay, deadline_passed = true or out_of_time = true";

impl TryFrom<RawCondition> for Condition {
    type Error = String;

    fn try_from(r: RawCondition) -> Result<Self, String> {
        let mut found: Vec<Condition> = Vec::new();
        if let Some(t) = r.event {
            found.push(Condition::Event(t));
        }
        if let Some(t) = r.latest {
            let Some((kind, result)) = t.split_once(':') else {
                return Err(format!("latest = '{t}' needs the form \"kind:result\""));
            };
            found.push(Condition::Latest {
                kind: kind.into(),
                result: result.into(),
            });
        }
        match (r.standing, r.undone_by) {
            (Some(event), Some(undone_by)) => found.push(Condition::Standing { event, undone_by }),
            (None, None) => {}
            _ => return Err("standing and undone_by go together".into()),
        }
        for (v, make) in [
            (
                r.every_allegation,
                Condition::EveryAllegation as fn(String) -> Condition,
            ),
            (r.given_allegation, Condition::GivenAllegation),
            (r.rule, Condition::Rule),
            (r.result, Condition::Result),
            (r.stay, Condition::Stay),
        ] {
            if let Some(v) = v {
                found.push(make(v));
            }
        }
        for (v, c, name) in [
            (
                r.deadline_passed,
                Condition::DeadlinePassed,
                "deadline_passed",
            ),
            (r.out_of_time, Condition::OutOfTime, "out_of_time"),
        ] {
            match v {
                Some(true) => found.push(c),
                Some(false) => return Err(format!("{name} is written `{name} = true`")),
                None => {}
            }
        }
        match found.len() {
            1 => Ok(found.remove(0)),
            0 => Err(format!("a condition needs one of {CONDITION_FORMS}")),
            _ => Err(format!(
                "a condition says one thing; this one says {} (write two conditions)",
                found.len()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct One {
        step: StepDef,
    }

    fn parse(s: &str) -> Result<StepDef, String> {
        toml::from_str::<One>(s)
            .map(|o| o.step)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn a_step_with_checks_reads() {
        let s = parse(
            r#"[step]
kind = "present"
basis = "11.5-31(3)"
checks = [
  { need = { event = "commence" }, basis = "11.5-31(3)", message = "not commenced" },
  { refuse = { standing = "present", undone_by = "remand" }, when = [{ rule = "x" }], basis = "b", message = "m" },
]"#,
        )
        .unwrap();
        assert_eq!(s.checks.len(), 2);
        assert_eq!(s.checks[0].test, Test::Need);
        assert_eq!(s.checks[0].condition, Condition::Event("commence".into()));
        assert_eq!(s.checks[1].test, Test::Refuse);
        assert_eq!(s.checks[1].when, vec![Condition::Rule("x".into())]);
    }

    #[test]
    fn a_malformed_check_or_condition_is_named() {
        let bad = |c: &str| {
            parse(&format!(
                "[step]\nkind = \"commence\"\nbasis = \"b\"\nchecks = [{c}]"
            ))
            .unwrap_err()
        };
        let e = bad(r#"{ basis = "b", message = "m" }"#);
        assert!(e.contains("exactly one of `need` and `refuse`"), "{e}");
        let e = bad(r#"{ need = { latest = "decide" }, basis = "b", message = "m" }"#);
        assert!(e.contains("\"kind:result\""), "{e}");
        let e = bad(r#"{ need = { event = "a", rule = "b" }, basis = "b", message = "m" }"#);
        assert!(e.contains("write two conditions"), "{e}");
        let e = bad(r#"{ need = { standing = "present" }, basis = "b", message = "m" }"#);
        assert!(e.contains("standing and undone_by go together"), "{e}");
        let e = bad(r#"{ need = { happened = "present" }, basis = "b", message = "m" }"#);
        assert!(e.contains("happened"), "{e}");
        let e = bad(r#"{ need = { deadline_passed = false }, basis = "b", message = "m" }"#);
        assert!(e.contains("deadline_passed = true"), "{e}");
    }
}

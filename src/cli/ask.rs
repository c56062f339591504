//! Asking for what a command was not given: on a terminal, each missing
//! value is prompted for (dates default to today); otherwise one error names
//! every missing flag (exit 2). Collect first with `need`, `check`, then ask.

use std::str::FromStr;

use chrono::NaiveDate;

use super::prompt;
use super::Ctx;
use crate::error::{Error, Result};
use crate::model::fmt_date;

/// The error for missing required values, naming every one.
pub fn missing_error(missing: &[&str]) -> Error {
    Error::usage(format!(
        "missing required field(s): {}\n(give them as flags, or run on a terminal without \
         --no-input to be asked)",
        missing.join(", ")
    ))
}

pub struct Ask<'c> {
    ctx: &'c Ctx,
    missing: Vec<&'static str>,
}

impl<'c> Ask<'c> {
    pub fn new(ctx: &'c Ctx) -> Self {
        Ask {
            ctx,
            missing: Vec::new(),
        }
    }

    /// Note a value as missing when absent; `flag` names it with its form.
    pub fn need<T>(mut self, value: &Option<T>, flag: &'static str) -> Self {
        if value.is_none() {
            self.missing.push(flag);
        }
        self
    }

    /// Refuse with every missing flag unless we may ask.
    pub fn check(self) -> Result<()> {
        if !self.missing.is_empty() && !self.ctx.interactive {
            return Err(missing_error(&self.missing));
        }
        Ok(())
    }
}

/// The date given, or asked for (today by default, not after today).
pub fn date(ctx: &Ctx, v: Option<NaiveDate>, question: &str) -> Result<NaiveDate> {
    match v {
        Some(d) => Ok(d),
        None => prompt::date(question, Some(ctx.latest), ctx.latest),
    }
}

/// A date that may lie in the future (a planned implementation).
pub fn any_date(v: Option<NaiveDate>, question: &str) -> Result<NaiveDate> {
    match v {
        Some(d) => Ok(d),
        None => prompt::date(question, None, NaiveDate::MAX),
    }
}

pub fn text(v: Option<String>, question: &str) -> Result<String> {
    match v {
        Some(t) => Ok(t),
        None => prompt::text(question, false, |_| Ok(())),
    }
}

pub fn number<T: FromStr + Copy>(v: Option<T>, question: &str) -> Result<T> {
    if let Some(n) = v {
        return Ok(n);
    }
    let s = prompt::text(question, false, |s| {
        s.parse::<T>()
            .map(|_| ())
            .map_err(|_| "a whole number".to_string())
    })?;
    Ok(s.parse::<T>().ok().expect("validated above"))
}

/// One of fixed choices: (label, value).
pub fn choice<E: Copy>(v: Option<E>, question: &str, items: &[(&str, E)]) -> Result<E> {
    if let Some(e) = v {
        return Ok(e);
    }
    let labels: Vec<String> = items.iter().map(|(l, _)| l.to_string()).collect();
    Ok(items[prompt::select(question, &labels, 0)?].1)
}

/// Pick a case on a terminal: from the open cases, most recent first, each
/// with its officers and categories, narrowed by typing; for a step
/// (`kind`), only the cases that can take it now.
pub fn case(ctx: &Ctx, kind: Option<&str>) -> Result<String> {
    let mut store = ctx.open()?;
    let items: Vec<(String, String)> = store.read(|tx| {
        let open = tx.list_cases(&crate::store::CaseFilter {
            status: Some("open".into()),
            ..Default::default()
        })?;
        let mut out = Vec::new();
        for c in open.iter().rev() {
            if let Some(k) = kind {
                if crate::ops::step::may(tx, &c.number, k, ctx.latest, ctx.latest).is_err() {
                    continue;
                }
            }
            let d = tx.case_detail(&c.number)?;
            let mut who: Vec<String> = Vec::new();
            for a in &d.allegations {
                let s = format!("{} ({}) {}", a.officer, a.badge, a.category);
                if !who.contains(&s) {
                    who.push(s);
                }
            }
            out.push((
                c.number.clone(),
                format!(
                    "{}  received {}  {}",
                    c.number,
                    fmt_date(c.received),
                    who.join("; ")
                ),
            ));
            if out.len() == 200 {
                break;
            }
        }
        Ok(out)
    })?;
    if items.is_empty() {
        return Err(Error::usage(match kind {
            Some(k) => format!("CASE: no open case can take {k} now"),
            None => "CASE: there is no open case to choose from".into(),
        }));
    }
    // One line each on the terminal: a label longer than it is cut short.
    let room = crate::output::width().map(|w| w.saturating_sub(6).max(60));
    let fit = |l: &String| match room {
        Some(r) if l.chars().count() > r => {
            format!("{}…", l.chars().take(r - 1).collect::<String>())
        }
        _ => l.clone(),
    };
    let mut labels: Vec<String> = items.iter().map(|(_, l)| fit(l)).collect();
    labels.push("another case (type its number)".into());
    let i = prompt::pick("Case", &labels)?;
    if i == items.len() {
        return prompt::text("Case number", false, |_| Ok(()));
    }
    Ok(items[i].0.clone())
}

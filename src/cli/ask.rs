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

/// Pick a case on a terminal: from the open cases, most recent first.
pub fn case(ctx: &Ctx) -> Result<String> {
    let mut store = ctx.open()?;
    let open = store.read(|tx| {
        tx.list_cases(&crate::store::CaseFilter {
            status: Some("open".into()),
            ..Default::default()
        })
    })?;
    if open.is_empty() {
        return Err(Error::usage("CASE: there is no open case to choose from"));
    }
    let shown: Vec<_> = open.iter().rev().take(30).collect();
    let mut items: Vec<String> = shown
        .iter()
        .map(|c| {
            format!(
                "{}  received {}  {}",
                c.number,
                fmt_date(c.received),
                c.source
            )
        })
        .collect();
    let other = open.len() > shown.len();
    if other {
        items.push("another case (type its number)".into());
    }
    let i = prompt::select("Case", &items, 0)?;
    if other && i == items.len() - 1 {
        return prompt::text("Case number", false, |_| Ok(()));
    }
    Ok(shown[i].number.clone())
}

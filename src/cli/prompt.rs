//! Terminal prompts (dialoguer on stderr). Only used when `Ctx::interactive`:
//! both stdin and stderr are terminals and `--no-input` was not given.

use chrono::NaiveDate;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, FuzzySelect, Input, Select};

use crate::error::{Error, Result};
use crate::model::{fmt_date, parse_date};

fn theme() -> Box<dyn Theme> {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        Box::new(SimpleTheme)
    } else {
        Box::new(ColorfulTheme::default())
    }
}

fn ended(e: dialoguer::Error) -> Error {
    Error::usage(format!("input ended ({e}); nothing was written"))
}

/// A date, re-asked until valid; `default` is offered (Enter accepts it).
pub fn date(prompt: &str, default: Option<NaiveDate>, not_after: NaiveDate) -> Result<NaiveDate> {
    let t = theme();
    let mut input = Input::<String>::with_theme(t.as_ref()).with_prompt(prompt);
    if let Some(d) = default {
        input = input.default(fmt_date(d));
    }
    let s = input
        .validate_with(|s: &String| check_date(s, not_after).map(|_| ()))
        .interact_text()
        .map_err(ended)?;
    check_date(&s, not_after).map_err(Error::usage)
}

fn check_date(s: &str, not_after: NaiveDate) -> std::result::Result<NaiveDate, String> {
    let d = parse_date("date", s).map_err(|_| "expected a date as YYYY-MM-DD".to_string())?;
    if d > not_after {
        return Err(format!(
            "{} is after today ({})",
            fmt_date(d),
            fmt_date(not_after)
        ));
    }
    Ok(d)
}

/// A date, re-asked until `check` accepts it too: what is wrong is said in
/// words (no flag a person never typed), and the question asked again.
pub fn date_checked(
    prompt: &str,
    default: Option<NaiveDate>,
    not_after: NaiveDate,
    mut check: impl FnMut(NaiveDate) -> std::result::Result<(), String>,
) -> Result<NaiveDate> {
    let t = theme();
    let mut input = Input::<String>::with_theme(t.as_ref()).with_prompt(prompt);
    if let Some(d) = default {
        input = input.default(fmt_date(d));
    }
    let s = input
        .validate_with(|s: &String| check_date(s, not_after).and_then(&mut check))
        .interact_text()
        .map_err(ended)?;
    check_date(&s, not_after).map_err(Error::usage)
}

/// An error as a prompt says it: without the flag it would name.
pub fn said(e: &Error) -> String {
    let m = e.to_string();
    match m.split_once(": ") {
        Some((flag, rest)) if flag.starts_with("--") && !flag.contains(' ') => rest.to_string(),
        _ => m,
    }
}

/// One of many items, narrowed by typing; returns the index.
pub fn pick(prompt: &str, items: &[String]) -> Result<usize> {
    let t = theme();
    FuzzySelect::with_theme(t.as_ref())
        .with_prompt(format!("{prompt} (type to narrow the list)"))
        .items(items)
        .default(0)
        .interact()
        .map_err(ended)
}

/// A date that may be left empty.
pub fn optional_date(prompt: &str, not_after: NaiveDate) -> Result<Option<NaiveDate>> {
    let t = theme();
    let s = Input::<String>::with_theme(t.as_ref())
        .with_prompt(prompt)
        .allow_empty(true)
        .validate_with(|s: &String| {
            if s.trim().is_empty() {
                Ok(())
            } else {
                check_date(s, not_after).map(|_| ())
            }
        })
        .interact_text()
        .map_err(ended)?;
    if s.trim().is_empty() {
        Ok(None)
    } else {
        check_date(&s, not_after).map(Some).map_err(Error::usage)
    }
}

/// Free text, re-asked until `check` accepts it. Empty allowed if `allow_empty`.
pub fn text(
    prompt: &str,
    allow_empty: bool,
    check: impl Fn(&str) -> std::result::Result<(), String>,
) -> Result<String> {
    let t = theme();
    let s = Input::<String>::with_theme(t.as_ref())
        .with_prompt(prompt)
        .allow_empty(allow_empty)
        .validate_with(|s: &String| {
            if s.trim().is_empty() {
                if allow_empty {
                    Ok(())
                } else {
                    Err("a value is required".to_string())
                }
            } else {
                check(s.trim())
            }
        })
        .interact_text()
        .map_err(ended)?;
    Ok(s.trim().to_string())
}

/// One of a fixed list; returns the index.
pub fn select(prompt: &str, items: &[String], default: usize) -> Result<usize> {
    let t = theme();
    Select::with_theme(t.as_ref())
        .with_prompt(prompt)
        .items(items)
        .default(default)
        .interact()
        .map_err(ended)
}

pub fn confirm(prompt: &str, default: bool) -> Result<bool> {
    let t = theme();
    Confirm::with_theme(t.as_ref())
        .with_prompt(prompt)
        .default(default)
        .interact()
        .map_err(ended)
}

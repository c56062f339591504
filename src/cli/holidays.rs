//! `holidays list|add|remove`: the working-day calendar. Federal holidays
//! come by rule; an office adds its local ones and removes any it works.
//! A change recomputes, in the same transaction, every deadline whose span
//! covers the date.

use chrono::{Datelike, NaiveDate};
use clap::{Args, Subcommand};
use serde_json::json;

use super::ask::{self, Ask};
use super::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::ops;
use crate::output::{print_csv, print_json, print_table, table, Format};
use crate::rules::calendar::HolidayOrigin;

/// The working-day calendar: federal holidays by rule, plus local changes
#[derive(Debug, Subcommand)]
pub enum HolidaysCommand {
    /// List the holidays of a year
    #[command(after_help = "Example:\n  oversight holidays list --year 2026")]
    List(ListArgs),
    /// Add a local holiday (deadlines spanning it move)
    #[command(after_help = "Example:\n  oversight holidays add 2026-02-17 \"Carnival Tuesday\"")]
    Add(AddArgs),
    /// Remove a holiday the office works (federal or local)
    #[command(after_help = "Example:\n  oversight holidays remove 2026-10-12")]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Calendar year [default: the year of --as-of]
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1900..=2200))]
    pub year: Option<i32>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub date: Option<NaiveDate>,
    /// What the holiday is called
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[arg(value_name = "YYYY-MM-DD", value_parser = super::date_arg)]
    pub date: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, cmd: HolidaysCommand) -> Result<i32> {
    match cmd {
        HolidaysCommand::List(a) => list(ctx, a),
        HolidaysCommand::Add(a) => add(ctx, a),
        HolidaysCommand::Remove(a) => remove(ctx, a),
    }
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<i32> {
    let year = a.year.unwrap_or(ctx.as_of.year());
    let mut store = ctx.open()?;
    let hs = store.read(|tx| Ok(tx.calendar()?.holidays_in_year(year)))?;
    let origin = |o: HolidayOrigin| match o {
        HolidayOrigin::Federal => "federal",
        HolidayOrigin::Local => "local",
    };
    match ctx.format {
        Format::Json => print_json(
            &hs.iter()
                .map(|h| json!({"date": fmt_date(h.date), "name": h.name, "origin": origin(h.origin)}))
                .collect::<Vec<_>>(),
        )?,
        Format::Csv => print_csv(
            &["date", "weekday", "name", "origin"],
            hs.iter().map(|h| {
                [
                    fmt_date(h.date),
                    h.date.format("%a").to_string(),
                    h.name.clone(),
                    origin(h.origin).to_string(),
                ]
            }),
        )?,
        Format::Table => {
            let mut t = table(["Date", "Day", "Holiday", "Origin"]);
            for h in &hs {
                t.add_row(vec![
                    fmt_date(h.date),
                    h.date.format("%a").to_string(),
                    h.name.clone(),
                    origin(h.origin).to_string(),
                ]);
            }
            print_table(&t)?;
        }
    }
    Ok(0)
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.date, "DATE")
        .need(&a.name, "NAME")
        .check()?;
    let date = ask::any_date(a.date, "Date of the holiday")?;
    let raw_name = ask::text(a.name, "Name of the holiday")?;
    let a = Added {
        date,
        name: raw_name,
    };
    let mut store = ctx.open()?;
    let moved = store.write(|tx| ops::holidays::add(tx, a.date, &a.name))?;
    if a.date.weekday().num_days_from_monday() >= 5 {
        crate::info!(
            "note: {} is a {}; deadlines in working days skip it anyway",
            fmt_date(a.date),
            a.date.format("%A")
        );
    }
    crate::info!(
        "{} is now a holiday; deadlines of {moved} case(s) recomputed",
        fmt_date(a.date)
    );
    Ok(0)
}

struct Removed {
    date: NaiveDate,
}

struct Added {
    date: NaiveDate,
    name: String,
}

fn remove(ctx: &Ctx, a: RemoveArgs) -> Result<i32> {
    Ask::new(ctx).need(&a.date, "DATE").check()?;
    let a = Removed {
        date: ask::any_date(a.date, "Date to make a working day again")?,
    };
    let mut store = ctx.open()?;
    let moved = store.write(|tx| ops::holidays::remove(tx, a.date))?;
    crate::info!(
        "{} is now a working day; deadlines of {moved} case(s) recomputed",
        fmt_date(a.date)
    );
    Ok(0)
}

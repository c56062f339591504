//! `subpoena …`: Sec. 11.5-32's path from request to service.

use chrono::NaiveDate;
use clap::Subcommand;
use serde_json::json;

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::output::{print_json, Format};
use crate::rules::subpoena::{check_step, SubpoenaState};
use crate::store::{CaseRecord, NewSubpoenaStep, Subpoena, Tx};

pub mod counsel_review;
pub mod list;
pub mod request;
pub mod served;
pub mod vote;

/// Subpoenas: request, counsel's review, the panel's vote, service (11.5-32)
#[derive(Debug, Subcommand)]
pub enum SubpoenaCommand {
    Request(request::RequestArgs),
    CounselReview(counsel_review::CounselReviewArgs),
    Vote(vote::VoteArgs),
    Served(served::ServedArgs),
    List(list::ListArgs),
}

pub fn run(ctx: &Ctx, c: SubpoenaCommand) -> Result<i32> {
    match c {
        SubpoenaCommand::Request(a) => request::run(ctx, a),
        SubpoenaCommand::CounselReview(a) => counsel_review::run(ctx, a),
        SubpoenaCommand::Vote(a) => vote::run(ctx, a),
        SubpoenaCommand::Served(a) => served::run(ctx, a),
        SubpoenaCommand::List(a) => list::run(ctx, a),
    }
}

pub fn state(s: &Subpoena) -> SubpoenaState {
    SubpoenaState::from_steps(
        s.steps
            .iter()
            .map(|x| (x.step.as_str(), x.result.as_deref())),
    )
}

/// A subpoena may be worked on only while its case is open.
fn open_case(tx: &Tx, number: &str) -> Result<CaseRecord> {
    let case = tx.case(number)?;
    if case.status == "closed" {
        return Err(Error::refused(
            format!(
                "case {} is closed; no subpoena is sought or issued on it",
                case.number
            ),
            "11.5-32",
        ));
    }
    Ok(case)
}

/// Record one step after the order and date checks, in one transaction.
pub(super) fn record_step(
    ctx: &Ctx,
    id: i64,
    kind: &str,
    date: NaiveDate,
    make: impl FnOnce(&Tx, &CaseRecord) -> Result<NewSubpoenaStep>,
) -> Result<i32> {
    crate::rules::dates::happened("--date", date, ctx.as_of)?;
    let mut store = ctx.open()?;
    let after = store.write(|tx| {
        let s = tx.subpoena(id)?;
        let case = open_case(tx, &s.case)?;
        let last = s.steps.last().map(|x| x.date).unwrap_or(s.requested);
        if date < last {
            return Err(Error::usage(format!(
                "--date: '{}' is before the subpoena's last step ({}); give a date on or after it",
                fmt_date(date),
                fmt_date(last)
            )));
        }
        check_step(state(&s), kind)?;
        let step = NewSubpoenaStep {
            kind: kind.into(),
            date: Some(date),
            ..make(tx, &case)?
        };
        tx.add_subpoena_step(id, &step)?;
        tx.subpoena(id)
    })?;
    let st = state(&after);
    if ctx.format == Format::Json {
        print_json(
            &json!({"id": after.id, "case": after.case, "step": kind, "date": fmt_date(date), "status": st.as_str()}),
        )?;
    } else {
        crate::info!(
            "recorded {kind} on {} for subpoena {} (case {}): {}",
            fmt_date(date),
            after.id,
            after.case,
            st.as_str()
        );
    }
    Ok(0)
}

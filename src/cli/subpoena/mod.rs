//! `subpoena …`: Sec. 11.5-32's path from request to service.

use chrono::NaiveDate;
use clap::Subcommand;
use serde_json::json;

use super::Ctx;
use crate::error::Result;
use crate::model::fmt_date;
use crate::ops;
use crate::output::{print_json, Format};
use crate::store::Subpoena;

pub mod counsel_review;
pub mod list;
pub mod request;
pub mod served;
pub mod vote;

/// Subpoenas: request, counsel's review, the panel's vote, service
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

/// Say what a step did.
fn said(ctx: &Ctx, kind: &str, date: NaiveDate, after: &Subpoena) -> Result<i32> {
    let st = ops::subpoena::state(after);
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

//! `subpoena vote`: the panel's vote; issued only with a majority of the
//! seated members and a quorum present.

use chrono::NaiveDate;
use clap::Args;

use crate::cli::ask::{self, Ask};
use crate::cli::Ctx;
use crate::error::Result;
use crate::ops;

/// Record the panel's vote on a subpoena
#[derive(Debug, Args)]
#[command(
    after_help = "A vote with fewer members voting than the quorum (7 of 13) is refused \
(11.5-30). One short of a majority of the seated members is recorded as failed; a later vote \
may follow.

Example:
  oversight subpoena vote 3 --date 2025-04-16 --yes 8 --no 2 --seated 12"
)]
pub struct VoteArgs {
    /// The subpoena's number (see `subpoena list`)
    pub id: Option<i64>,
    /// When the panel voted
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub date: Option<NaiveDate>,
    /// Members voting yes
    #[arg(long)]
    pub yes: Option<u32>,
    /// Members voting no
    #[arg(long)]
    pub no: Option<u32>,
    /// Members seated on the panel that day
    #[arg(long)]
    pub seated: Option<u32>,
}

pub fn run(ctx: &Ctx, a: VoteArgs) -> Result<i32> {
    Ask::new(ctx)
        .need(&a.id, "ID")
        .need(&a.date, "--date YYYY-MM-DD")
        .need(&a.yes, "--yes N")
        .need(&a.no, "--no N")
        .need(&a.seated, "--seated N")
        .check()?;
    let id = ask::number(a.id, "Subpoena number (see `subpoena list`)")?;
    let date = ask::date(ctx, a.date, "Date of the vote")?;
    let yes = ask::number(a.yes, "Members voting yes")?;
    let no = ask::number(a.no, "Members voting no")?;
    let seated = ask::number(a.seated, "Members seated on the panel")?;
    let mut store = ctx.open()?;
    let after =
        store.write(|tx| ops::subpoena::vote(tx, id, date, (yes, no, seated), ctx.latest))?;
    super::said(ctx, "vote", date, &after)
}

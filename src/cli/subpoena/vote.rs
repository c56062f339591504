//! `subpoena vote`: the panel's vote; issued only with a majority of the
//! seated members and a quorum present.

use chrono::NaiveDate;
use clap::Args;

use crate::cli::Ctx;
use crate::error::Result;
use crate::rules::subpoena;
use crate::store::NewSubpoenaStep;

/// Record the panel's vote on a subpoena: issued with a majority of the seated members (11.5-32(a)(3))
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
    pub id: i64,
    /// When the panel voted
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::date_arg)]
    pub date: NaiveDate,
    /// Members voting yes
    #[arg(long)]
    pub yes: u32,
    /// Members voting no
    #[arg(long)]
    pub no: u32,
    /// Members seated on the panel that day
    #[arg(long)]
    pub seated: u32,
}

pub fn run(ctx: &Ctx, a: VoteArgs) -> Result<i32> {
    super::record_step(ctx, a.id, "vote", a.date, |tx, _| {
        let issued = subpoena::vote(tx.profile, a.yes, a.no, a.seated)?;
        Ok(NewSubpoenaStep {
            result: Some(if issued { "issued" } else { "failed" }.into()),
            vote: Some((a.yes, a.no, a.seated)),
            ..Default::default()
        })
    })
}

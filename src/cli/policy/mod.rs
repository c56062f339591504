//! `policy …`: reviews of police policies, procedures and practices
//! (Sec. 11.5-31(7)): the panel's recommendations and the Chief's proposed
//! revisions, with the response and comment windows.

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

pub mod comment;
pub mod list;
pub mod proposed;
pub mod recommend;
pub mod response;

/// Policy reviews: recommendations, the Chief's proposed revisions, responses
#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    Recommend(recommend::RecommendArgs),
    Proposed(proposed::ProposedArgs),
    Comment(comment::CommentArgs),
    Response(response::ResponseArgs),
    /// Policy recommendations and proposed revisions, with their deadlines
    List(crate::cli::matters::ListArgs),
}

pub fn run(ctx: &Ctx, c: PolicyCommand) -> Result<i32> {
    match c {
        PolicyCommand::Recommend(a) => recommend::run(ctx, a),
        PolicyCommand::Proposed(a) => proposed::run(ctx, a),
        PolicyCommand::Comment(a) => comment::run(ctx, a),
        PolicyCommand::Response(a) => response::run(ctx, a),
        PolicyCommand::List(a) => list::run(ctx, a),
    }
}

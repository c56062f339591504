//! `policy list`: recommendations and proposed revisions with their
//! deadlines (the list itself is `cli::matters`, shared with
//! `report-issued list`).

use crate::cli::matters::{print_matters, ListArgs};
use crate::cli::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, _a: ListArgs) -> Result<i32> {
    print_matters(ctx, &["policy", "proposed-revision"])
}

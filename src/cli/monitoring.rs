//! `monitoring`: the public monitoring list (Sec. 11.5-31(5)(d)): badges,
//! names, counts and the numbers of closed cases, counting only complaints
//! no longer under investigation (Fla. Stat. 112.533(2)(a); the reading is
//! `ops::monitoring`'s); `--internal`, the office's list, counts open ones.

use clap::Args;

use super::Ctx;
use crate::error::Result;
use crate::model::{cite, fmt_date};
use crate::ops::monitoring::{self, Audience};
use crate::output::{print_csv, print_json, print_table, table, Format};

/// The public monitoring list: officers subject of 3 or more complaints in the past year
#[derive(Debug, Args)]
#[command(
    after_help = "The window is the year ending on --as-of: cases received on or after the \
same date a year before, and not after --as-of. Cases are counted, not allegations. \
The public list counts only complaints no longer under investigation (a complaint is \
confidential while its investigation is active, Fla. Stat. 112.533(2)(a)); --internal \
gives the office's list, open complaints counted too (its reading is audited).

Examples:
  oversight monitoring
  oversight monitoring --as-of 2025-12-31 --format csv > monitoring.csv
  oversight monitoring --internal"
)]
pub struct MonitoringArgs {
    /// The office's own list: complaints still under investigation counted
    /// too (confidential; reading it is audited)
    #[arg(long)]
    pub internal: bool,
}

pub fn run(ctx: &Ctx, a: MonitoringArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let audience = if a.internal {
        Audience::Office
    } else {
        Audience::Public
    };
    let (m, from, rows) = store.read(|tx| monitoring::list(tx, ctx.as_of, audience))?;
    let confidential = store.profile()?.confidential_basis().to_string();
    if a.internal {
        store.log_read(
            None,
            &format!(
                "monitoring --internal: {} officer(s), open complaints counted",
                rows.len()
            ),
        )?;
    }
    let open = |r: &crate::store::MonitoredOfficer| r.open_cases.unwrap_or(0).to_string();
    match ctx.format {
        Format::Json => print_json(&rows)?,
        Format::Csv if a.internal => print_csv(
            &["badge", "name", "complaints", "open_cases", "cases"],
            rows.iter().map(|r| {
                [
                    r.badge.clone(),
                    r.name.clone(),
                    r.complaints.to_string(),
                    open(r),
                    r.cases.join(" "),
                ]
            }),
        )?,
        Format::Csv => print_csv(
            &monitoring::PUBLIC_CSV,
            rows.iter().map(monitoring::public_cells),
        )?,
        Format::Table => {
            crate::info!(
                "{} ({}): {} or more complaints received {} to {}{}",
                if a.internal {
                    "the office's monitoring list, CONFIDENTIAL"
                } else {
                    "monitoring list"
                },
                cite(&m.basis),
                m.threshold,
                fmt_date(from),
                fmt_date(ctx.as_of),
                if a.internal {
                    String::new()
                } else {
                    format!(
                        ", counting only complaints no longer under investigation ({})",
                        cite(&confidential)
                    )
                }
            );
            if rows.is_empty() {
                crate::info!("no officer is on the list");
            } else {
                let mut head = vec!["Badge", "Officer", "Complaints", "Closed cases"];
                if a.internal {
                    head.push("Open");
                }
                let mut t = table(head);
                for r in &rows {
                    let mut row = vec![
                        crate::model::badge_words(&r.badge),
                        r.name.clone(),
                        r.complaints.to_string(),
                        r.cases.join(" "),
                    ];
                    if a.internal {
                        row.push(open(r));
                    }
                    t.add_row(row);
                }
                print_table(&t)?;
            }
        }
    }
    Ok(0)
}

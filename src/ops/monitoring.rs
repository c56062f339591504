//! The public monitoring list (the profile's `[monitoring]`; Sec.
//! 11.5-31(5)(d) under miami-cip): officers subject of the threshold number
//! of complaints received within the window before `as_of`.
//!
//! The reading that obeys both the public list and the confidentiality of
//! open investigations (the profile's `confidential`, Fla. Stat.
//! 112.533(2)(a)): the public list counts only complaints no longer under
//! investigation, so no officer is named, and no count grows, because of a
//! complaint still open. The office's own list counts every complaint and
//! says how many are open; reading it is audited.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::rules::calendar::add_years;
use crate::rules::profile::Monitoring;
use crate::rules::Profile;
use crate::store::{MonitoredOfficer, Tx};

/// The profile's monitoring rule, or a refusal: this law keeps no list.
pub fn rule(profile: &Profile) -> Result<&Monitoring> {
    profile.monitoring.as_ref().ok_or_else(|| {
        Error::refused(
            format!(
                "profile {} keeps no monitoring list; it is no part of this law",
                profile.name
            ),
            profile.law(),
        )
    })
}

/// Which list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The public list: closed complaints only.
    Public,
    /// The office's list: every complaint, with the open ones counted.
    Office,
}

/// The list as of `as_of`, most complaints first, with its rule and the
/// first day of the window.
pub fn list(
    tx: &Tx,
    as_of: NaiveDate,
    audience: Audience,
) -> Result<(Monitoring, NaiveDate, Vec<MonitoredOfficer>)> {
    let m = rule(tx.profile)?.clone();
    let from = add_years(as_of, -m.years);
    let mut rows = match audience {
        Audience::Office => tx.monitoring_list(from, as_of, m.threshold)?,
        Audience::Public => {
            let mut all = tx.monitoring_list(from, as_of, 1)?;
            for o in &mut all {
                o.complaints = o.cases.len();
                o.open_cases = None;
            }
            all.retain(|o| o.complaints >= m.threshold);
            all
        }
    };
    rows.sort_by(|a, b| b.complaints.cmp(&a.complaints).then(a.badge.cmp(&b.badge)));
    Ok((m, from, rows))
}

/// The public list's CSV columns.
pub const PUBLIC_CSV: [&str; 4] = ["badge", "name", "complaints", "cases"];

/// A row of the public list as CSV cells, in `PUBLIC_CSV`'s order.
pub fn public_cells(r: &MonitoredOfficer) -> [String; 4] {
    [
        r.badge.clone(),
        r.name.clone(),
        r.complaints.to_string(),
        r.cases.join(" "),
    ]
}

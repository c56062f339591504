//! The public monitoring list (the profile's `[monitoring]`; Sec.
//! 11.5-31(5)(d) under miami-cip): officers subject of the threshold number
//! of complaints received within the window before `as_of`.

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

/// The list as of `as_of`, with the window it covers.
pub fn list(tx: &Tx, as_of: NaiveDate) -> Result<(Monitoring, NaiveDate, Vec<MonitoredOfficer>)> {
    let m = rule(tx.profile)?.clone();
    let from = add_years(as_of, -m.years);
    let rows = tx.monitoring_list(from, as_of, m.threshold)?;
    Ok((m, from, rows))
}

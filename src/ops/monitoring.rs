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
    let m = rule(tx.profile()?)?.clone();
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

/// How many officers the public list names as of `as_of` (as
/// `list(.., Audience::Public)` would, without building it).
pub fn public_size(tx: &Tx, as_of: NaiveDate) -> Result<usize> {
    let m = rule(tx.profile()?)?;
    tx.public_monitoring_count(add_years(as_of, -m.years), as_of, m.threshold)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AllegationRef, OfficerRef, Source};
    use crate::ops::testing::{d, store};
    use crate::store::NewCase;

    /// The count the annual report gives is the length of the public list,
    /// whichever cases are open, closed late, outside the window, or name
    /// an unidentified officer.
    #[test]
    fn the_public_list_counted_is_the_list_built() {
        let mut s = store("miami-cip");
        // (received, closed, badges), threshold 3 in a year: officer 1 has
        // four complaints, one never closed; officer 2 three, the last
        // closed on 2025-09-01; officer 3 four, one received in 2024 and one
        // closed the day after 2025-05-31; "unknown" is nobody.
        let cases: &[(&str, Option<&str>, &[&str])] = &[
            ("2025-01-10", Some("2025-03-01"), &["1", "2"]),
            ("2025-02-10", Some("2025-04-01"), &["1", "3", "unknown"]),
            ("2025-03-10", Some("2025-05-01"), &["1", "2", "unknown"]),
            ("2025-04-10", None, &["1", "unknown"]),
            ("2025-05-10", Some("2025-09-01"), &["2", "unknown"]),
            ("2024-05-10", Some("2024-08-01"), &["3"]),
            ("2025-05-20", Some("2025-06-01"), &["3"]),
            ("2025-06-10", Some("2025-06-20"), &["3"]),
        ];
        s.write(|tx| {
            for (i, (received, closed, badges)) in cases.iter().enumerate() {
                let officers: Vec<OfficerRef> = badges
                    .iter()
                    .map(|b| OfficerRef {
                        name: format!("Officer {b}"),
                        badge: b.to_string(),
                    })
                    .collect();
                let new = NewCase {
                    received: d(received),
                    incident_date: Some(d(received)),
                    aware_date: None,
                    source: Source::Direct,
                    criminal: false,
                    anonymous: true,
                    complainants: vec![],
                    allegations: officers
                        .iter()
                        .map(|o| AllegationRef {
                            category: "discourtesy".into(),
                            badge: o.badge.clone(),
                        })
                        .collect(),
                    officers,
                    summary: format!("case {i}"),
                    late_vote: None,
                    chief_decision: None,
                    ia_file_access: None,
                    channel: None,
                    allegation_fields: Vec::new(),
                };
                let (case, _) = tx.insert_case(&new)?;
                if let Some(c) = closed {
                    tx.set_closed(&case, d(c), false)?;
                }
            }
            Ok(())
        })
        .unwrap();
        let mut seen = Vec::new();
        for as_of in [
            "2025-02-01",
            "2025-05-01",
            "2025-05-31",
            "2025-06-30",
            "2025-08-31",
            "2025-09-01",
            "2026-01-15",
            "2026-04-09",
            "2026-12-31",
        ] {
            let (built, counted) = s
                .store
                .read(|tx| {
                    let built = list(tx, d(as_of), Audience::Public)?.2.len();
                    Ok((built, public_size(tx, d(as_of))?))
                })
                .unwrap();
            assert_eq!(counted, built, "as of {as_of}");
            seen.push(built);
        }
        // Counted by hand: the list empty, and naming one, two and three.
        assert_eq!(seen, [0, 1, 1, 2, 2, 3, 1, 0, 0]);
    }
}

//! Completion of values the store knows (shells call the binary: `COMPLETE=bash
//! oversight` prints the registration, clap_complete's dynamic engine):
//! case numbers, badges, and the profile's findings, reasons, categories and
//! checklist items. The store is the one `OVERSIGHT_DB`, the configuration
//! file or the default names; a store that cannot be read completes
//! nothing.

use std::ffi::OsStr;

use clap_complete::engine::CompletionCandidate;

use crate::store::Tx;

/// Read the store a completion is about, if there is one.
fn with_store<T>(f: impl FnOnce(&Tx) -> crate::error::Result<Vec<T>>) -> Vec<T> {
    let path = std::env::var_os("OVERSIGHT_DB")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| crate::config::load().ok().and_then(|(c, _)| c.db))
        .or_else(|| super::context::default_db_path().ok());
    let location = path.map(|p| crate::store::Location::parse(p.as_os_str()));
    // Completion never waits on a server: it offers what a local file holds.
    let Some(location) = location.filter(|l| l.file().is_some_and(|p| p.is_file())) else {
        return Vec::new();
    };
    let Ok((mut store, _)) = crate::ops::open::open_or_create(&location, "") else {
        return Vec::new();
    };
    store.read(|tx| f(tx)).unwrap_or_default()
}

fn starting(current: &OsStr, values: Vec<(String, Option<String>)>) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    values
        .into_iter()
        .filter(|(v, _)| v.starts_with(prefix.as_ref()))
        .map(|(v, help)| {
            let c = CompletionCandidate::new(v);
            match help {
                Some(h) => c.help(Some(h.into())),
                None => c,
            }
        })
        .collect()
}

/// Case numbers, newest first.
pub fn cases(current: &OsStr) -> Vec<CompletionCandidate> {
    let values = with_store(|tx| {
        let mut all = tx.list_cases(&Default::default())?;
        all.reverse();
        Ok(all
            .into_iter()
            .map(|c| (c.number, Some(format!("{} {}", c.status, c.received))))
            .collect())
    });
    starting(current, values)
}

/// Badges on file, with the name.
pub fn badges(current: &OsStr) -> Vec<CompletionCandidate> {
    let values = with_store(|tx| {
        Ok(tx
            .officers()?
            .into_iter()
            .map(|(o, _)| (o.badge, Some(o.name)))
            .collect())
    });
    starting(current, values)
}

fn profile_list(
    current: &OsStr,
    list: impl FnOnce(&crate::rules::Profile) -> Vec<String>,
) -> Vec<CompletionCandidate> {
    let values = with_store(|tx| Ok(list(tx.profile()?).into_iter().map(|v| (v, None)).collect()));
    starting(current, values)
}

/// The profile's findings.
pub fn findings(current: &OsStr) -> Vec<CompletionCandidate> {
    profile_list(current, |p| p.findings.clone())
}

/// The profile's reasons for a no-finding.
pub fn reasons(current: &OsStr) -> Vec<CompletionCandidate> {
    profile_list(current, |p| p.no_finding_reasons.clone())
}

/// The profile's checklist items.
pub fn checklist(current: &OsStr) -> Vec<CompletionCandidate> {
    profile_list(current, |p| {
        p.checklist.iter().map(|c| c.id.clone()).collect()
    })
}

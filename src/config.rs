//! The user's configuration file: defaults for the store path, the profile
//! of a new store, and the case-number prefix, and the title and
//! introduction of the HTML reports. Flags and environment
//! variables win over it; `oversight config show` says where each value
//! came from.

use std::path::PathBuf;

use serde::Deserialize;

use crate::error::{Error, Result};

/// The file's contents; every key optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The store file.
    pub db: Option<PathBuf>,
    /// The profile a new store is created with (a shipped name or a file).
    pub profile: Option<String>,
    /// Put before new case numbers, e.g. "CIP-" gives CIP-2025-0001.
    pub case_prefix: Option<String>,
    /// The words the office puts on its HTML reports and public site.
    #[serde(default)]
    pub report: ReportText,
}

/// `[report]`: a title and an introduction for the HTML annual report and
/// the public site (the introduction's paragraphs separated by blank lines).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportText {
    pub title: Option<String>,
    pub introduction: Option<String>,
}

/// Where the configuration file is: `OVERSIGHT_CONFIG` (empty: none at
/// all), else the platform config folder (e.g.
/// ~/.config/oversight/config.toml).
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("OVERSIGHT_CONFIG") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "oversight").map(|d| d.config_dir().join("config.toml"))
}

/// Read the configuration. No file in the platform folder is an empty
/// configuration; a file `OVERSIGHT_CONFIG` names must be there, since a
/// typo there would otherwise point a nightly job at another store
/// without a word.
pub fn load() -> Result<(ConfigFile, Option<PathBuf>)> {
    let Some(p) = path() else {
        return Ok((ConfigFile::default(), None));
    };
    let named = std::env::var_os("OVERSIGHT_CONFIG").is_some();
    match std::fs::read_to_string(&p) {
        Ok(text) => {
            let c: ConfigFile = toml::from_str(&text)
                .map_err(|e| Error::usage(format!("config {}: {e}", p.display())))?;
            if let Some(prefix) = &c.case_prefix {
                if prefix.chars().any(|ch| ch.is_whitespace() || ch == ',') {
                    return Err(Error::usage(format!(
                        "config {}: case_prefix: '{prefix}' may not contain spaces or commas",
                        p.display()
                    )));
                }
            }
            Ok((c, Some(p)))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && named => Err(Error::usage(format!(
            "OVERSIGHT_CONFIG names {}, which does not exist; give the configuration file's \
             path, or set it empty for none",
            p.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((ConfigFile::default(), None)),
        Err(e) => Err(Error::usage(format!("config {}: {e}", p.display()))),
    }
}

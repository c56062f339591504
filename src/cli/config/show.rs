//! `config show`: each setting in effect and where it came from.

use clap::Args;
use serde_json::json;

use crate::cli::Ctx;
use crate::error::Result;
use crate::output::{out_line, print_csv, print_json, print_table, table, Format};

/// Show the settings in effect and where each came from (flag, environment, config file, default)
#[derive(Debug, Args)]
#[command(
    after_help = "The config file is the one OVERSIGHT_CONFIG names (it must exist; empty: \
none), or config.toml in the platform config folder (~/.config/oversight/config.toml on \
Linux). Keys, all optional:

  db = \"/srv/oversight/cases.db\"   # the store (--db and OVERSIGHT_DB win)
  profile = \"florida-ia\"           # the profile of a new store (a name or a file)
  case_prefix = \"CIP-\"             # new case numbers look like CIP-2025-0001

Example:
  oversight config show"
)]
pub struct ShowArgs {}

pub fn run(ctx: &Ctx, _a: ShowArgs) -> Result<i32> {
    let s = &ctx.sources;
    let file = crate::config::path();
    // The store's own law, read without changing it: `profile` only names
    // the one a new store gets.
    let store_profile = ctx
        .has_store()
        .unwrap_or(false)
        .then(|| crate::store::profile_text_at(&ctx.db).ok())
        .flatten()
        .and_then(|t| crate::rules::Profile::parse(&t).ok())
        .map(|p| p.name);
    let mut rows = vec![
        ("db", ctx.db.display().to_string(), s.db.clone()),
        (
            "profile",
            ctx.profile.clone(),
            format!("{} (the profile of a new store)", s.profile),
        ),
        (
            "case_prefix",
            ctx.case_prefix.clone(),
            s.case_prefix.clone(),
        ),
        text_row("report.title", &ctx.report_text.title, s),
        text_row("report.introduction", &ctx.report_text.introduction, s),
    ];
    if let Some(name) = store_profile {
        rows.insert(
            2,
            (
                "store_profile",
                name,
                "the store (its law, set when it was made)".into(),
            ),
        );
    }
    match ctx.format {
        Format::Json => print_json(&json!({
            "config_file": file.as_ref().map(|p| p.display().to_string()),
            "config_file_found": s.config_file.is_some(),
            "settings": rows.iter().map(|(k, v, from)| json!({"key": k, "value": v, "source": from})).collect::<Vec<_>>(),
        }))?,
        Format::Csv => print_csv(
            &["key", "value", "source"],
            rows.iter()
                .map(|(k, v, from)| [k.to_string(), v.clone(), from.clone()]),
        )?,
        _ => {
            let mut t = table(["Setting", "Value", "From"]);
            for (k, v, from) in &rows {
                t.add_row(vec![k.to_string(), v.clone(), from.clone()]);
            }
            print_table(&t)?;
            out_line(&format!(
                "config file: {} ({})",
                file.map(|p| p.display().to_string())
                    .unwrap_or_else(|| "none".into()),
                if s.config_file.is_some() {
                    "read"
                } else {
                    "not present"
                }
            ))?;
        }
    }
    Ok(0)
}

/// A `[report]` text: its value (first line, if long) and where from.
fn text_row(
    key: &'static str,
    v: &Option<String>,
    s: &crate::cli::context::Sources,
) -> (&'static str, String, String) {
    match (v, &s.config_file) {
        (Some(t), Some(p)) => (
            key,
            t.lines().next().unwrap_or("").to_string(),
            format!("{key} in {}", p.display()),
        ),
        _ => (key, String::new(), "default (none)".into()),
    }
}

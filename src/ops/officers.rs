//! One officer, one badge, one name. A badge already on file under another
//! name is a conflict a person resolves (the same officer: the name on file
//! is kept; or a wrong badge); the roster is fixed by renaming an officer or
//! merging two badges that were one officer, audited, and every list and
//! report follows (cases show the name on file).

use crate::error::{Error, Result};
use crate::model::OfficerRef;
use crate::store::{Officer, Tx};

/// A badge given with a name other than the one on file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameConflict {
    pub badge: String,
    pub given: String,
    pub on_file: String,
}

/// Names are the same when they differ only in case and spacing.
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// The officers whose badge is on file under another name.
pub fn name_conflicts(tx: &Tx, officers: &[OfficerRef]) -> Result<Vec<NameConflict>> {
    let mut out = Vec::new();
    for o in officers.iter().filter(|o| o.is_identified()) {
        match tx.officer(&o.badge) {
            Ok(f) if !same_name(&f.name, &o.name) => out.push(NameConflict {
                badge: o.badge.clone(),
                given: o.name.clone(),
                on_file: f.name,
            }),
            Ok(_) | Err(Error::NotFound(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// The refusal for conflicts not confirmed as the same officer (exit 2).
pub fn conflict_error(conflicts: &[NameConflict]) -> Error {
    let each: Vec<String> = conflicts
        .iter()
        .map(|c| {
            format!(
                "badge {} is {} on file, not '{}'",
                c.badge, c.on_file, c.given
            )
        })
        .collect();
    Error::usage(format!(
        "--officer: {}; if it is the same officer give --same-officer (the name on file is \
         kept), otherwise check the badge (`oversight officer find NAME`)",
        each.join("; ")
    ))
}

/// Correct the name on file of the officer with `badge`.
pub fn rename(tx: &mut Tx, badge: &str, name: &str) -> Result<Officer> {
    let name = name.trim();
    crate::model::check_text("NAME", name, false)?;
    if name.is_empty() {
        return Err(Error::bad_value("NAME", name, "the officer's name"));
    }
    tx.update_officer(badge, Some(name), None)
}

/// Badge `from` was the same officer as `into`: its cases go to `into`.
/// Returns `into` as it stands and how many cases moved.
pub fn merge(tx: &mut Tx, from: &str, into: &str) -> Result<(Officer, usize)> {
    if from == into {
        return Err(Error::usage(format!(
            "INTO: '{into}' is the badge being merged; give the other officer's badge"
        )));
    }
    tx.officer(from)?;
    let kept = tx.officer(into)?;
    let n = tx.merge_officers(from, into)?;
    Ok((kept, n))
}

/// The officer with badge `key`, or else the one officer whose name is
/// `key` (any case, any spacing); several of that name are listed.
pub fn by_badge_or_name(tx: &Tx, key: &str) -> Result<Officer> {
    match tx.officer(key) {
        Err(Error::NotFound(m)) => {
            let spaced = key.split_whitespace().collect::<Vec<_>>().join(" ");
            let named: Vec<Officer> = tx
                .find_officers(&spaced)?
                .into_iter()
                .map(|(o, _)| o)
                .filter(|o| same_name(&o.name, key))
                .collect();
            match named.as_slice() {
                [one] => Ok(one.clone()),
                [] => Err(Error::NotFound(m)),
                many => Err(Error::usage(format!(
                    "'{key}' is the name of {} officers: give the badge ({})",
                    many.len(),
                    many.iter()
                        .map(|o| format!("{} {}", o.badge, o.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))),
            }
        }
        other => other,
    }
}

/// Officers whose name contains `text` (any case), with their case counts.
pub fn find(tx: &Tx, text: &str) -> Result<Vec<(Officer, i64)>> {
    if text.trim().is_empty() {
        return Err(Error::bad_value("TEXT", text, "a part of a name, e.g. Roe"));
    }
    tx.find_officers(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;
    use crate::ops::testing::store;

    #[test]
    fn a_badge_on_file_under_another_name_is_a_conflict() {
        let mut t = store("miami-cip");
        t.case(Source::Direct, false, "2025-03-03", 1);
        let given = |name: &str| {
            vec![OfficerRef {
                name: name.into(),
                badge: "4411".into(),
            }]
        };
        let c = t
            .store
            .read(|tx| name_conflicts(tx, &given("Dan Cole")))
            .unwrap();
        assert_eq!(
            c,
            vec![NameConflict {
                badge: "4411".into(),
                given: "Dan Cole".into(),
                on_file: "John Roe".into()
            }]
        );
        let e = conflict_error(&c).to_string();
        assert!(
            e.contains("badge 4411 is John Roe on file, not 'Dan Cole'"),
            "{e}"
        );
        // Case and spacing are no conflict.
        let none = t
            .store
            .read(|tx| name_conflicts(tx, &given(" john  ROE")))
            .unwrap();
        assert!(none.is_empty());
    }

    #[test]
    fn merging_moves_every_case_and_finding_follows() {
        let mut t = store("miami-cip");
        t.case(Source::Direct, false, "2025-03-03", 1);
        let officers = t.store.read(|tx| find(tx, "roe")).unwrap();
        assert_eq!(officers.len(), 1);
        assert_eq!(officers[0].1, 1);
        let e = t.write(|tx| merge(tx, "4411", "4411")).unwrap_err();
        assert!(e.to_string().starts_with("INTO:"), "{e}");
        let e = t.write(|tx| merge(tx, "4411", "999")).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::NOT_FOUND);
        let o = t.write(|tx| rename(tx, "4411", " John A. Roe ")).unwrap();
        assert_eq!(o.name, "John A. Roe");
    }
}

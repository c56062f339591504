//! A temporary store for the unit tests of `ops`: a fresh file in a
//! temporary folder, a profile, and cases put in through the store the way
//! intake puts them.

use chrono::NaiveDate;
use tempfile::TempDir;

use crate::error::Result;
use crate::model::{AllegationRef, OfficerRef, Source};
use crate::rules::Profile;
use crate::store::{NewCase, Store, Tx};

pub struct TestStore {
    pub store: Store,
    _dir: TempDir,
}

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A new, empty store under a shipped profile.
pub fn store(profile: &str) -> TestStore {
    let dir = tempfile::tempdir().unwrap();
    let text = Profile::builtin_text(profile).expect("a shipped profile");
    let (store, _) = crate::ops::open::open_or_create(
        &crate::store::Location::File(dir.path().join("cases.db")),
        text,
    )
    .unwrap();
    TestStore { store, _dir: dir }
}

impl TestStore {
    /// A case received on `received` with `allegations` allegations against
    /// one officer; returns its number.
    pub fn case(
        &mut self,
        source: Source,
        criminal: bool,
        received: &str,
        allegations: usize,
    ) -> String {
        let new = NewCase {
            received: d(received),
            incident_date: Some(d(received)),
            aware_date: None,
            source,
            criminal,
            anonymous: true,
            complainants: vec![],
            officers: vec![OfficerRef {
                name: "John Roe".into(),
                badge: "4411".into(),
            }],
            allegations: (0..allegations)
                .map(|_| AllegationRef {
                    category: "discourtesy".into(),
                    badge: "4411".into(),
                })
                .collect(),
            summary: "test".into(),
            late_vote: None,
            chief_decision: None,
            ia_file_access: None,
            channel: None,
            allegation_fields: Vec::new(),
        };
        self.store
            .write(|tx| Ok(crate::ops::intake::record(tx, &new, false)?.0.number))
            .unwrap()
    }

    pub fn write<T>(&mut self, f: impl FnOnce(&mut Tx) -> Result<T>) -> Result<T> {
        self.store.write(f)
    }

    /// Everything a refusal must leave as it was: the case's events and
    /// deadlines.
    pub fn snapshot(&mut self, number: &str) -> String {
        self.store
            .read(|tx| {
                let c = tx.case(number)?;
                Ok(format!(
                    "{:?}\n{:?}\n{:?}",
                    c,
                    tx.events(c.id)?,
                    tx.stored_deadlines(c.id)?
                ))
            })
            .unwrap()
    }
}

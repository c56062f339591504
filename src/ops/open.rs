//! Opening a store: the store keeps its profile's text, and a profile is
//! checked before a new store is written with it. The stored one is read
//! into the rules when a command first asks for them (`store::Law`).

use crate::error::Result;
use crate::rules::Profile;
use crate::store::{Location, NewStore, Store};

/// Open the store at `location`, creating it with the profile `new_profile`
/// (its text; empty: none may be created) when there is none yet. Returns
/// the store and whether it was created now.
pub fn open_or_create(location: &Location, new_profile: &str) -> Result<(Store, bool)> {
    // Checked before anything is written.
    let checked = if new_profile.is_empty() {
        None
    } else {
        Some(Profile::parse(new_profile)?)
    };
    let new = checked.as_ref().map(|p| NewStore {
        profile_name: &p.name,
        profile_text: new_profile,
        deadline_engine: crate::rules::deadlines::ENGINE_VERSION,
    });
    let (opened, created) = Store::open(location, new.as_ref())?;
    // A store created now keeps the text just checked.
    let rules = checked.filter(|_| created && opened.profile_text() == new_profile);
    Ok((opened.into_store(rules)?, created))
}

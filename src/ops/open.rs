//! Opening a store: the store keeps its profile's text; reading the law
//! from it is ours (`rules`), so a profile is checked before a new store
//! is written and the stored one is parsed when the store is opened.

use crate::error::{Error, Result};
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
    let profile = Profile::parse(opened.profile_text())
        .map_err(|e| Error::store(format!("the store's profile is unusable: {e}")))?;
    Ok((opened.into_store(profile)?, created))
}

//! The law as data and pure functions: the working-day calendar, the
//! profiles (rule tables with citations), the deadline engine and the intake
//! checks. Nothing here touches the store, the terminal or the clock.

pub mod calendar;
pub mod dates;
pub mod deadlines;
pub mod describe;
pub mod intake;
pub mod lifecycle;
pub mod matters;
pub mod profile;
pub mod steps;
pub mod subpoena;
pub mod vote;

pub use calendar::Calendar;
pub use deadlines::{CaseFacts, Deadline, EventFact, Standing};
pub use profile::Profile;

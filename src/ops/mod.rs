//! The use cases: what a command means, as one function over one store
//! transaction. Each takes plain inputs and `as_of` and returns values; none
//! prompts, prints or reads the environment. A command in `cli` asks for
//! what is missing, calls one of these inside `Store::write`, and renders
//! the result; tests call them directly on a temporary store.
//!
//! Arrows point down only: `cli` → `ops` → `rules` (pure) and `store`.

pub mod assign;
pub mod copy;
pub mod correct;
pub mod deadlines;
pub mod export;
pub mod holidays;
pub mod import;
pub mod intake;
pub mod matters;
pub mod monitoring;
pub mod officers;
pub mod open;
pub mod publish;
pub mod report;
pub mod roles;
pub mod show;
pub mod step;
pub mod subpoena;
pub mod verify;

#[cfg(test)]
mod plans;
#[cfg(test)]
pub(crate) mod testing;

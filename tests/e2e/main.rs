//! The end-to-end suite: the built `oversight` binary run on temporary
//! stores, one module per area. One test binary rather than one per file:
//! each links the whole store and both engines, so two dozen of them cost
//! minutes of linking and most of a gigabyte of disk. With
//! `OVERSIGHT_TEST_PG` set, the same tests run against that PostgreSQL
//! server (scripts/test). Three suites stay binaries of their own because
//! they time or reconfigure what they share: `concurrency` (twenty
//! processes against lock timeouts), `prompts` (a pseudo-terminal with
//! read timeouts) and `tls` (turns TLS on and off on the test server).

#[macro_use]
#[path = "../common/mod.rs"]
mod common;

mod assign;
mod ccrb;
mod completions;
mod config;
mod crash;
mod deadlines;
mod exchange;
mod generated;
mod help;
mod intake;
mod lifecycle;
mod migration;
mod officers;
mod panel;
mod properties;
mod readme;
mod report;
mod roles;
mod safety;
mod snapshots;
mod store;
mod store_export;

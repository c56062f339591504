//! The hot queries read through their indexes (issue #12): every statement
//! `overdue`, `export cases --year` and `report annual` (the office's and
//! the public's) prepare is planned by SQLite, and none reads the whole of
//! a table that grows with the cases. Without stored statistics (a store is
//! never `ANALYZE`d) SQLite's plans do not depend on how many rows there
//! are, so a small store shows the plans of a big one.

use crate::ops::testing::{d, store};
use crate::store::db::statements_of;
use crate::store::{Scope, Tx};

/// The tables that grow with the cases, as the plans name them (a table
/// or the alias the query gives it), and each query's aliases.
const GROWING: &[&str] = &[
    "cases",
    "events",
    "deadlines",
    "allegations",
    "case_officers",
    "complainants",
    "field_values",
    "audit",
    "case_states",
    "assignments",
];

/// The steps of `plan` that read a whole growing table: `SCAN t` where t is
/// one of them or an alias `sql` gives one (`FROM events e`, `JOIN cases c`),
/// or an automatic index or a Bloom filter SQLite would build on one (a
/// pass over all of it, every time the statement runs).
fn full_scans(sql: &str, plan: &[String]) -> Vec<String> {
    let words: Vec<&str> = sql
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let growing = |name: &str| {
        GROWING.contains(&name)
            || words
                .windows(2)
                .any(|w| GROWING.contains(&w[0]) && w[1] == name)
    };
    plan.iter()
        .filter(|step| {
            // The table a step reads whole, if it does.
            let read_whole = match step.strip_prefix("BLOOM FILTER ON ") {
                Some(rest) => rest.split_whitespace().next(),
                None => {
                    let mut it = step.split_whitespace();
                    let whole = it.next() == Some("SCAN") || step.contains(" AUTOMATIC ");
                    it.next().filter(|_| whole)
                }
            };
            read_whole.is_some_and(growing)
        })
        .cloned()
        .collect()
}

/// Whether `sql` asks whether a table has any row at all (`SELECT 1 FROM t
/// LIMIT 1`): its scan stops at the first row.
fn first_row_only(sql: &str) -> bool {
    let s = sql.to_ascii_uppercase();
    let s: Vec<&str> = s.split_whitespace().collect();
    s.ends_with(&["LIMIT", "1"]) && !s.iter().any(|w| ["WHERE", "JOIN", "ORDER"].contains(w))
}

/// [`scans_of`] in a read of the test store `s`.
fn scans_in(
    s: &mut crate::ops::testing::TestStore,
    f: impl FnOnce(&Tx),
) -> (usize, Vec<(String, Vec<String>)>) {
    s.store.read(|tx| Ok(scans_of(tx, f))).unwrap()
}

/// Every SELECT `f` prepares, with its plan's full scans of growing tables.
fn scans_of(tx: &Tx, f: impl FnOnce(&Tx)) -> (usize, Vec<(String, Vec<String>)>) {
    let ((), heard) = statements_of(|| f(tx));
    let selects: Vec<&String> = heard
        .iter()
        .filter(|s| {
            let s = s.trim_start().to_ascii_uppercase();
            s.starts_with("SELECT") || s.starts_with("WITH")
        })
        .collect();
    let bad = selects
        .iter()
        .filter(|sql| !first_row_only(sql))
        .filter_map(|sql| {
            let plan = tx.query_plan(sql).unwrap();
            let scans = full_scans(sql, &plan);
            (!scans.is_empty()).then(|| (sql.to_string(), plan))
        })
        .collect();
    (selects.len(), bad)
}

#[test]
fn the_alias_of_a_growing_table_is_known_from_the_query() {
    let sql = "SELECT 1 FROM events e JOIN holidays h ON h.date = e.date";
    let plan = |s: &str| vec![s.to_string()];
    assert_eq!(full_scans(sql, &plan("SCAN e")), plan("SCAN e"));
    assert_eq!(full_scans(sql, &plan("SCAN events")), plan("SCAN events"));
    assert!(full_scans(sql, &plan("SCAN h")).is_empty());
    assert!(full_scans(sql, &plan("SEARCH e USING INDEX events_case (case_id=?)")).is_empty());
    assert!(full_scans(sql, &plan("SCAN CONSTANT ROW")).is_empty());
    assert!(first_row_only("SELECT 1 FROM assignments LIMIT 1"));
    assert!(!first_row_only(
        "SELECT 1 FROM events WHERE kind = 'x' LIMIT 1"
    ));
    let bloom = plan("BLOOM FILTER ON e (case_id=?)");
    assert_eq!(full_scans(sql, &bloom), bloom);
    let automatic = plan("SEARCH e USING AUTOMATIC COVERING INDEX (case_id=?)");
    assert_eq!(full_scans(sql, &automatic), automatic);
}

/// A store of two cases, the first (its number returned) assigned, so
/// that the figures per investigator are asked too.
fn assigned() -> (crate::ops::testing::TestStore, String) {
    let mut s = store("miami-cip");
    let n = s.case(crate::model::Source::Direct, false, "2025-02-03", 2);
    s.case(crate::model::Source::Direct, true, "2024-06-10", 1);
    s.write(|tx| {
        crate::ops::assign::assign(tx, &n, ("--to", "kim"), d("2025-02-04"), d("2025-12-31"))
            .map(|_| ())
    })
    .unwrap();
    (s, n)
}

#[test]
fn overdue_export_by_year_and_the_annual_report_read_no_growing_table_whole() {
    let (mut s, _) = assigned();
    let as_of = d("2025-12-31");
    let (asked, bad) = scans_in(&mut s, |tx| {
        tx.each_open_deadline(as_of, None, as_of, |_| Ok(()))
            .unwrap();
        // The office's file with its fields, and the public's.
        for form in [(false, true), (true, false)] {
            let year = Some((d("2025-01-01"), as_of));
            crate::ops::export::cases(tx, year, form, as_of, |_| Ok(())).unwrap();
        }
        for scope in [Scope::All, Scope::ClosedBy(as_of)] {
            crate::ops::report::annual_in(tx, 2025, false, as_of, scope).unwrap();
            crate::ops::report::annual_in(tx, 2025, true, as_of, scope).unwrap();
        }
    });
    // The commands were heard: the overdue query, the export's, and the
    // report's dozen, each year of the trend included.
    assert!(asked >= 20, "{asked} statement(s)");
    assert!(bad.is_empty(), "read whole:\n{}", shown(&bad));
}

/// A plan's full reads, written out for a failing assertion.
fn shown(bad: &[(String, Vec<String>)]) -> String {
    bad.iter()
        .map(|(sql, plan)| format!("{sql}\n  {}", plan.join("\n  ")))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn an_officers_cases_the_roster_and_lists_by_officer_or_assignee_read_no_growing_table_whole() {
    let mut s = store("miami-cip");
    s.case(crate::model::Source::Direct, false, "2025-02-03", 2);
    let (asked, bad) = scans_in(&mut s, |tx| {
        tx.officer_allegations("4411").unwrap();
        tx.officers().unwrap();
        let by_badge = crate::store::CaseFilter {
            badge: Some("4411".into()),
            ..Default::default()
        };
        tx.each_case(&by_badge, |_| Ok(())).unwrap();
        let by_assignee = crate::store::CaseFilter {
            assignee: Some("kim".into()),
            ..Default::default()
        };
        tx.each_case(&by_assignee, |_| Ok(())).unwrap();
    });
    assert_eq!(asked, 4);
    assert!(bad.is_empty(), "read whole:\n{}", shown(&bad));
}

#[test]
fn a_case_its_audit_trail_and_the_caseload_read_no_growing_table_whole() {
    let (mut s, n) = assigned();
    let as_of = d("2025-12-31");
    let (asked, bad) = scans_in(&mut s, |tx| {
        crate::ops::show::case_view(tx, &n).unwrap();
        tx.each_audit_row(Some(&n), |_| Ok(())).unwrap();
        tx.each_change(Some(&n), |_| Ok(())).unwrap();
        crate::ops::assign::caseload(tx, as_of).unwrap();
    });
    // A case's parts, its trail and changes, the open cases and deadlines.
    assert!(asked >= 5, "{asked} statement(s)");
    assert!(bad.is_empty(), "read whole:\n{}", shown(&bad));
}

/// The second connection that reads some of the annual report's parts
/// locks, before it reads, every table any part reads
/// (`Store::read_parts`): the office's version its tables, the public's
/// its own, which leave out the assignments.
#[test]
fn the_annual_report_locks_every_table_it_reads() {
    let (mut s, _) = assigned();
    let as_of = d("2025-12-31");
    let tables = s.store.read(|tx| tx.table_names()).unwrap();
    for (scope, locked) in [
        (Scope::All, crate::store::OFFICE_REPORT_TABLES),
        (Scope::ClosedBy(as_of), crate::store::REPORT_TABLES),
    ] {
        let ((), heard) = s
            .store
            .read(|tx| {
                Ok(statements_of(|| {
                    crate::ops::report::annual_in(tx, 2025, false, as_of, scope).unwrap();
                }))
            })
            .unwrap();
        let read: std::collections::BTreeSet<&str> = heard
            .iter()
            .flat_map(|sql| sql.split(|c: char| !(c.is_alphanumeric() || c == '_')))
            .filter(|word| tables.iter().any(|t| t == word))
            .collect();
        let unlocked: Vec<&&str> = read.iter().filter(|t| !locked.contains(t)).collect();
        assert!(
            unlocked.is_empty(),
            "{scope:?}: read, not locked: {unlocked:?}"
        );
        // And the list names nothing the report does not read.
        let unread: Vec<&&str> = locked.iter().filter(|t| !read.contains(*t)).collect();
        assert!(unread.is_empty(), "{scope:?}: locked, not read: {unread:?}");
    }
}

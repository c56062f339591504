//! The store's queries, for both engines (the crate has no SQL elsewhere
//! but the engines' own folders): written once, in the SQL SQLite and
//! PostgreSQL share (`?N` parameters, integers for truth values,
//! `YYYY-MM-DD` text for dates, `RETURNING id`), and run on either through
//! `store::db`. Each file adds the reads and writes of one area to `Tx`.

mod assignments;
pub(super) mod audit;
mod dump;
mod exchange;
mod matters;
mod officers;
pub(super) mod queries;
mod report;
pub(super) mod states;
mod subpoenas;
mod tallies;

pub use queries::{effective, OPEN_DEADLINES_SQL};
pub use report::{OFFICE_REPORT_TABLES, REPORT_TABLES};

/// Sorted ids cut into runs, each run read back in one go (one range read
/// of nearby rows costs less than a lookup of each): `next` joins the run
/// that began at `first` and has reached `last` while `joins(first, last,
/// next)`.
fn runs(mut rest: &[i64], joins: impl Fn(i64, i64, i64) -> bool) -> impl Iterator<Item = &[i64]> {
    std::iter::from_fn(move || {
        let &first = rest.first()?;
        let mut n = 1;
        while n < rest.len() && joins(first, rest[n - 1], rest[n]) {
            n += 1;
        }
        let (run, after) = rest.split_at(n);
        rest = after;
        Some(run)
    })
}

#[cfg(test)]
mod tests {
    /// A run grows by the gap from its last id, or by the span from its
    /// first, as `joins` says; no id is lost or repeated.
    #[test]
    fn ids_are_cut_into_runs_as_joins_says() {
        let ids = [1, 10, 19, 28, 60];
        let by_gap: Vec<&[i64]> = super::runs(&ids, |_, last, id| id - last <= 16).collect();
        assert_eq!(by_gap, [&[1, 10, 19, 28][..], &[60][..]]);
        let by_span: Vec<&[i64]> = super::runs(&ids, |first, _, id| id - first < 20).collect();
        assert_eq!(by_span, [&[1, 10, 19][..], &[28][..], &[60][..]]);
        assert_eq!(super::runs(&[], |_, _, _| true).count(), 0);
    }
}

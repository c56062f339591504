//! `copy`: every record of one store into a new one, on either engine
//! (SQLite to PostgreSQL when an office moves to a server, and back), as
//! `export store` and `import` would carry them but without a file between:
//! every table row for row, the audit chain whole, so `verify` passes on
//! both sides and every report says the same.

use crate::error::Result;
use crate::ops::import::RowBatch;
use crate::store::{Dumped, Tx};

/// Write every row `from` holds into the new store `to` (checked to hold
/// nothing yet); returns how many rows.
pub fn copy(from: &Tx, to: &mut Tx, shown_from: &str) -> Result<u64> {
    to.restore_begin()?;
    let mut batch = RowBatch::new(crate::store::schema::CURRENT_VERSION);
    from.dump(|d| match d {
        Dumped::Table(name, columns) => batch.table(to, name.to_string(), columns.to_vec()),
        Dumped::Row(cells) => batch.row(to, cells.to_vec()),
    })?;
    let rows = batch.finish(to)?;
    to.restore_end()?;
    to.note(
        None,
        format!("copied {rows} row(s) from the store {shown_from}"),
    );
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;
    use crate::ops::testing::{d, store};

    #[test]
    fn a_copy_holds_every_row_and_verifies() {
        let mut a = store("miami-cip");
        a.case(Source::Direct, false, "2025-03-07", 1);
        a.case(Source::Direct, true, "2025-03-10", 2);
        let mut b = store("miami-cip");
        let rows = a
            .store
            .read(|from| b.store.write(|to| copy(from, to, "a")))
            .unwrap();
        assert!(rows > 10, "{rows}");
        let v = b
            .store
            .read(|tx| crate::ops::verify::verify(tx, d("2025-12-31"), None))
            .unwrap();
        assert_eq!(v.cases, 2);
        let count = |s: &mut crate::store::Store| {
            s.read(|tx| Ok(tx.list_cases(&Default::default())?.len()))
                .unwrap()
        };
        assert_eq!(count(&mut a.store), count(&mut b.store));
        // Into a store that holds data: refused, nothing written.
        let e = a
            .store
            .read(|from| b.store.write(|to| copy(from, to, "a")))
            .unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
    }
}

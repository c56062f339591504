//! The optional fields (complainants' race, sex and age band, the
//! officers') counted by the server (schema 17's function): an analyst's
//! login may not read them case by case, and the server counts them for it
//! only over whole reporting years, as of today or a year's last day.

use chrono::NaiveDate;

use crate::error::Result;
use crate::model::fmt_date;
use crate::store::{Scope, Tx};

impl Tx<'_> {
    /// The fields of the cases received in `[from, to]`, as the server
    /// counts them: (field, value, how many carry it); `None` on a file.
    pub(crate) fn fields_counted_by_server(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        scope: Scope,
    ) -> Option<Result<Vec<(String, String, i64)>>> {
        let closed_by = match scope {
            Scope::All => None,
            Scope::ClosedBy(day) => Some(fmt_date(day)),
        };
        self.tx.with_postgres(|tx| {
            let rows = tx.query(
                "SELECT field_name, field_value, how_many \
                 FROM oversight_fields_received($1, $2, $3)",
                &[&fmt_date(from), &fmt_date(to), &closed_by],
            )?;
            Ok(rows
                .iter()
                .map(|r| (r.get(0), r.get(1), r.get(2)))
                .collect())
        })
    }
}

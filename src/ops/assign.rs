//! `assign`: give a case to an investigator, named by login (the
//! operating-system account on SQLite; the database login once a shared
//! server holds the store). A reassignment keeps the one before.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fmt_date;
use crate::store::{Assignable, Tx};

/// What an assignment did: the case, its investigator now, the one before.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Assigned {
    pub case: String,
    pub assignee: String,
    pub date: String,
    pub previous: Option<String>,
}

/// A login: letters, digits and `. _ - @`, up to 64.
pub fn check_login(field: &str, login: &str) -> Result<()> {
    let ok = !login.is_empty()
        && login.len() <= 64
        && login
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c));
    if ok {
        Ok(())
    } else {
        Err(Error::bad_value(
            field,
            login,
            "a login: letters, digits and . _ - @ (e.g. jdoe)",
        ))
    }
}

/// Whether cases may be given to `login` (`field` names where it was
/// given): on a server, a login of its own (any name it allows) that holds
/// the investigator role, since a name mistyped would take the case from
/// everyone; on a file, an account's name.
pub fn check_assignee(tx: &Tx, field: &str, login: &str) -> Result<()> {
    match tx.assignable(login)? {
        None => check_login(field, login),
        Some(Assignable::Yes) => Ok(()),
        Some(Assignable::NoSuchLogin) => Err(Error::not_found(format!(
            "{field}: no login '{login}' on the server (logins are spelt as the server has \
             them, capitals too); its administrator makes one first (`createuser {login}`), \
             and the store's owner grants it the investigator role"
        ))),
        Some(Assignable::NotInvestigator) => Err(Error::bad_value(
            field,
            login,
            "the login of an investigator: this one holds no investigator role (the store's \
             owner grants it: `oversight admin grant LOGIN investigator`)",
        )),
    }
}

/// Give case `number` to `login` (given as `flag`: `--to`, or intake's
/// `--assign`) from `date` (not before the case was received or its last
/// assignment, not after `latest`).
pub fn assign(
    tx: &mut Tx,
    number: &str,
    (flag, login): (&str, &str),
    date: NaiveDate,
    latest: NaiveDate,
) -> Result<Assigned> {
    check_assignee(tx, flag, login)?;
    let case = tx.case(number)?;
    if let Some(closed) = case.closed {
        return Err(Error::usage(format!(
            "case {} was closed on {}; a closed case is not assigned",
            case.number,
            fmt_date(closed)
        )));
    }
    if date > latest {
        return Err(Error::bad_value(
            "--date",
            &fmt_date(date),
            &format!("a date on or before {}", fmt_date(latest)),
        ));
    }
    if date < case.received {
        return Err(Error::bad_value(
            "--date",
            &fmt_date(date),
            &format!(
                "a date on or after {} (case {} was received then)",
                fmt_date(case.received),
                case.number
            ),
        ));
    }
    let history = tx.assignments(case.id)?;
    let previous = history.last();
    if let Some(p) = previous {
        if p.login == login {
            return Err(Error::usage(format!(
                "case {} is already assigned to {login} (since {})",
                case.number,
                fmt_date(p.date)
            )));
        }
        if date < p.date {
            return Err(Error::bad_value(
                "--date",
                &fmt_date(date),
                &format!(
                    "a date on or after {} (its assignment to {} then)",
                    fmt_date(p.date),
                    p.login
                ),
            ));
        }
    }
    let previous = previous.map(|p| p.login.clone());
    tx.assign(case.id, login, date)?;
    tx.note(
        Some(&case.number),
        match &previous {
            Some(p) => format!("assigned to {login} from {} (was {p})", fmt_date(date)),
            None => format!("assigned to {login} from {}", fmt_date(date)),
        },
    );
    Ok(Assigned {
        case: case.number,
        assignee: login.to_string(),
        date: fmt_date(date),
        previous,
    })
}

/// One investigator's load as of a day.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Load {
    /// None: the open cases no one has.
    pub assignee: Option<String>,
    pub open_cases: usize,
    /// Deadlines of those cases falling due today or in the next 7 days.
    pub due_within_7_days: usize,
    pub overdue: usize,
}

/// The open cases and their deadlines per investigator, as of `as_of`
/// (the unassigned last).
pub fn caseload(tx: &Tx, as_of: NaiveDate) -> Result<Vec<Load>> {
    use std::collections::BTreeMap;
    let mut by: BTreeMap<Option<String>, Load> = BTreeMap::new();
    // Everything as of that day: the cases open then, and who had each
    // then (not now: a later assignment, closing or case changes nothing).
    let mut who: std::collections::HashMap<String, Option<String>> =
        std::collections::HashMap::new();
    tx.each_case_open_on(as_of, |number, login| {
        by.entry(login.clone()).or_default().open_cases += 1;
        who.insert(number, login);
        Ok(())
    })?;
    let week = as_of
        .checked_add_days(chrono::Days::new(7))
        .unwrap_or(as_of);
    tx.each_open_deadline(as_of, None, week, |d| {
        // A matter's deadline is no investigator's.
        if d.case.starts_with("POL-") || d.case.starts_with("REV-") || d.case.starts_with("RPT-") {
            return Ok(());
        }
        let l = by.entry(who.get(&d.case).cloned().flatten()).or_default();
        if d.due < as_of {
            l.overdue += 1;
        } else {
            l.due_within_7_days += 1;
        }
        Ok(())
    })?;
    let mut out: Vec<Load> = by
        .into_iter()
        .map(|(who, mut l)| {
            l.assignee = who;
            l
        })
        .collect();
    // The unassigned (None sorts first) go last.
    let unassigned_first = out.first().is_some_and(|l| l.assignee.is_none());
    out.rotate_left(usize::from(unassigned_first));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;
    use crate::ops::testing::{d, store};

    #[test]
    fn a_reassignment_keeps_the_one_before() {
        let mut s = store("miami-cip");
        let n = s.case(Source::Direct, false, "2025-03-07", 1);
        let today = d("2025-12-31");
        let a = s
            .write(|tx| assign(tx, &n, ("--to", "jdoe"), d("2025-03-10"), today))
            .unwrap();
        assert_eq!(a.previous, None);
        let b = s
            .write(|tx| assign(tx, &n, ("--to", "akim"), d("2025-04-01"), today))
            .unwrap();
        assert_eq!(b.previous.as_deref(), Some("jdoe"));
        let history: Vec<String> = s
            .store
            .read(|tx| {
                let c = tx.case(&n)?;
                tx.assignments(c.id)
            })
            .unwrap()
            .into_iter()
            .map(|a| a.login)
            .collect();
        assert_eq!(history, ["jdoe", "akim"]);
        // Refused: the same investigator again, a date before the last
        // assignment or the receipt, a login with a space.
        for (login, date) in [
            ("akim", "2025-05-01"),
            ("jdoe", "2025-03-20"),
            ("jdoe", "2025-03-01"),
            ("j doe", "2025-05-01"),
        ] {
            let e = s
                .write(|tx| assign(tx, &n, ("--to", login), d(date), today))
                .unwrap_err();
            assert_eq!(
                e.exit_code(),
                crate::error::exit::USAGE,
                "{login} {date}: {e}"
            );
        }
    }
}

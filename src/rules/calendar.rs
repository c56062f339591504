//! Day arithmetic for statutory deadlines: which days are working days, and
//! adding working days / calendar days / years.
//!
//! # Working days
//!
//! A working day is Monday to Friday and not a holiday. The holidays are the
//! US federal holidays computed by rule (see [`federal_holidays`]), plus the
//! local holidays an office adds, minus the holidays it removes (see
//! [`Calendar::with_local`]).
//!
//! # Federal holidays and observance
//!
//! - New Year's Day (1 January), Juneteenth National Independence Day
//!   (19 June, from 2021 on), Independence Day (4 July), Veterans Day
//!   (11 November) and Christmas Day (25 December) are fixed-date holidays.
//!   When one falls on a Saturday it is observed the Friday before; on a
//!   Sunday, the Monday after. The *observed* date is the holiday; the
//!   Saturday or Sunday itself is not (it is a weekend day anyway).
//!   New Year's Day falling on a Saturday is observed on 31 December of the
//!   previous calendar year (1 January 2022 was observed on Friday
//!   2021-12-31), so that observance belongs to the previous year.
//! - Martin Luther King Jr. Day (3rd Monday of January, from 1986 on),
//!   Washington's Birthday (3rd Monday of February), Memorial Day (last Monday
//!   of May), Labor Day (1st Monday of September), Columbus Day (2nd Monday of
//!   October) and Thanksgiving Day (4th Thursday of November) always fall on
//!   a weekday.
//!
//! The rules are applied uniformly to every year: only Martin Luther King Jr.
//! Day (1986) and Juneteenth (2021) have a first year. Earlier history (the
//! Monday holidays before 1971, Veterans Day on the 4th Monday of October in
//! 1971–1977, one-off closures such as Inauguration Day or an extra day off by
//! executive order) is not modelled; an office records such days as local
//! holidays.
//!
//! # Range
//!
//! Everything here is pure arithmetic without I/O or heap allocation on the
//! hot paths ([`Calendar::is_holiday`], [`Calendar::is_working_day`],
//! [`Calendar::add_working_days`], ...). Every function is total: it does not
//! panic for any date chrono can represent. A result that would lie beyond
//! chrono's range saturates at [`NaiveDate::MAX`] (or [`NaiveDate::MIN`] for
//! [`add_years`] with a negative count); in practice this only matters for
//! years around ±262,000, far outside the 1900..=2200 the tool is meant for.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound::{Excluded, Included};

use chrono::{Datelike, NaiveDate, Weekday};

/// Where a holiday comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HolidayOrigin {
    /// A US federal holiday, computed by rule.
    Federal,
    /// A holiday the office added.
    Local,
}

/// One (observed) holiday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// The day that is not a working day (the observed date for federal
    /// holidays).
    pub date: NaiveDate,
    /// Its name; federal holidays observed on a different day than their
    /// actual date carry the suffix " (observed)".
    pub name: String,
    pub origin: HolidayOrigin,
}

/// A fixed-date federal holiday: month, day, name, name when observed on
/// another day, first year it is a holiday.
struct Fixed {
    month: u32,
    day: u32,
    name: &'static str,
    observed: &'static str,
    since: i32,
}

const FIXED: [Fixed; 5] = [
    Fixed {
        month: 1,
        day: 1,
        name: "New Year's Day",
        observed: "New Year's Day (observed)",
        since: i32::MIN,
    },
    Fixed {
        month: 6,
        day: 19,
        name: "Juneteenth National Independence Day",
        observed: "Juneteenth National Independence Day (observed)",
        since: 2021,
    },
    Fixed {
        month: 7,
        day: 4,
        name: "Independence Day",
        observed: "Independence Day (observed)",
        since: i32::MIN,
    },
    Fixed {
        month: 11,
        day: 11,
        name: "Veterans Day",
        observed: "Veterans Day (observed)",
        since: i32::MIN,
    },
    Fixed {
        month: 12,
        day: 25,
        name: "Christmas Day",
        observed: "Christmas Day (observed)",
        since: i32::MIN,
    },
];

/// Which occurrence of a weekday in a month a floating holiday is.
#[derive(Clone, Copy)]
enum Nth {
    Nth(u32),
    Last,
}

/// A floating federal holiday: month, weekday, occurrence, name, first year.
struct Floating {
    month: u32,
    weekday: Weekday,
    nth: Nth,
    name: &'static str,
    since: i32,
}

const FLOATING: [Floating; 6] = [
    Floating {
        month: 1,
        weekday: Weekday::Mon,
        nth: Nth::Nth(3),
        name: "Martin Luther King Jr. Day",
        since: 1986,
    },
    Floating {
        month: 2,
        weekday: Weekday::Mon,
        nth: Nth::Nth(3),
        name: "Washington's Birthday",
        since: i32::MIN,
    },
    Floating {
        month: 5,
        weekday: Weekday::Mon,
        nth: Nth::Last,
        name: "Memorial Day",
        since: i32::MIN,
    },
    Floating {
        month: 9,
        weekday: Weekday::Mon,
        nth: Nth::Nth(1),
        name: "Labor Day",
        since: i32::MIN,
    },
    Floating {
        month: 10,
        weekday: Weekday::Mon,
        nth: Nth::Nth(2),
        name: "Columbus Day",
        since: i32::MIN,
    },
    Floating {
        month: 11,
        weekday: Weekday::Thu,
        nth: Nth::Nth(4),
        name: "Thanksgiving Day",
        since: i32::MIN,
    },
];

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The observed date of a fixed-date holiday falling on `actual`.
fn observed_date(actual: NaiveDate) -> Option<NaiveDate> {
    match actual.weekday() {
        Weekday::Sat => actual.pred_opt(),
        Weekday::Sun => actual.succ_opt(),
        _ => Some(actual),
    }
}

/// The date of a floating holiday in `year`.
fn floating_date(year: i32, h: &Floating) -> Option<NaiveDate> {
    match h.nth {
        Nth::Nth(n) => NaiveDate::from_weekday_of_month_opt(year, h.month, h.weekday, n as u8),
        Nth::Last => {
            // Every month holding a floating holiday with `Last` has 31 days
            // (May); compute from the last day of the month generally anyway.
            let next_first = if h.month == 12 {
                NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, h.month + 1, 1)?
            };
            let last = next_first.pred_opt()?;
            let back =
                (7 + last.weekday().num_days_from_monday() - h.weekday.num_days_from_monday()) % 7;
            last.checked_sub_days(chrono::Days::new(u64::from(back)))
        }
    }
}

/// Call `f` for every federal holiday observed in `year` (unsorted), without
/// allocating.
fn for_each_federal(year: i32, mut f: impl FnMut(NaiveDate, &'static str)) {
    // A fixed holiday of `year + 1` (New Year's Day) can be observed in
    // `year`; none of `year - 1` can be observed in `year` (31 December is not
    // a holiday), but checking it costs nothing and keeps this rule-agnostic.
    for y in [year.checked_sub(1), Some(year), year.checked_add(1)]
        .into_iter()
        .flatten()
    {
        for h in FIXED.iter().filter(|h| y >= h.since) {
            let Some(actual) = NaiveDate::from_ymd_opt(y, h.month, h.day) else {
                continue;
            };
            let Some(obs) = observed_date(actual) else {
                continue;
            };
            if obs.year() == year {
                f(obs, if obs == actual { h.name } else { h.observed });
            }
        }
    }
    for h in FLOATING.iter().filter(|h| year >= h.since) {
        if let Some(d) = floating_date(year, h) {
            f(d, h.name);
        }
    }
}

/// Federal holidays observed in `year`, sorted by date.
///
/// These are the *observed* dates that fall in `year`: 2021 includes
/// 2021-12-31 "New Year's Day (observed)" (1 January 2022 was a Saturday),
/// and 2022 has no entry for its own 1 January. Names are "New Year's Day",
/// "Martin Luther King Jr. Day", "Washington's Birthday", "Memorial Day",
/// "Juneteenth National Independence Day", "Independence Day", "Labor Day",
/// "Columbus Day", "Veterans Day", "Thanksgiving Day" and "Christmas Day",
/// with " (observed)" appended when the holiday is observed on a different
/// day than its actual date. Local changes of an office are not applied here
/// (see [`Calendar::holidays_in_year`]).
pub fn federal_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut v = Vec::with_capacity(12);
    for_each_federal(year, |d, name| v.push((d, name)));
    v.sort_unstable();
    v
}

/// The name of the federal holiday observed on `d`, if any (before local
/// changes). Pure arithmetic, no allocation.
pub fn federal_holiday_name(d: NaiveDate) -> Option<&'static str> {
    let wd = d.weekday();
    // Observed federal holidays always fall on a weekday.
    if matches!(wd, Weekday::Sat | Weekday::Sun) {
        return None;
    }
    let (year, month, day) = (d.year(), d.month(), d.day());
    // Fixed-date holidays: on the day itself, or observed on the Friday
    // before (holiday on Saturday) or the Monday after (holiday on Sunday).
    // No fixed holiday is on the last day of a month, so the only observance
    // crossing a month boundary is 1 January observed on 31 December.
    if let Some(h) = fixed_on(year, month, day) {
        return Some(h.name);
    }
    let observed = match wd {
        Weekday::Fri if (month, day) == (12, 31) => {
            year.checked_add(1).and_then(|y| fixed_on(y, 1, 1))
        }
        Weekday::Fri => fixed_on(year, month, day + 1),
        Weekday::Mon if day > 1 => fixed_on(year, month, day - 1),
        _ => None,
    };
    if let Some(h) = observed {
        return Some(h.observed);
    }
    // Floating holidays: the n-th weekday of a month falls on days
    // 7(n-1)+1 ..= 7n; the last one on the final seven days of the month.
    FLOATING
        .iter()
        .find(|h| {
            h.month == month
                && h.weekday == wd
                && year >= h.since
                && match h.nth {
                    Nth::Nth(n) => (day - 1) / 7 + 1 == n,
                    Nth::Last => day + 7 > days_in_month(year, month),
                }
        })
        .map(|h| h.name)
}

/// The fixed-date holiday whose actual date is `year-month-day`, if any.
fn fixed_on(year: i32, month: u32, day: u32) -> Option<&'static Fixed> {
    FIXED
        .iter()
        .find(|h| h.month == month && h.day == day && year >= h.since)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Number of Monday-to-Friday days `j` with `0 <= j < m` (negative `m`: minus
/// the number with `m <= j < 0`), where day index 0 is a Monday. A prefix
/// count: `weekday_prefix(b) - weekday_prefix(a)` is the number of weekdays
/// with index in `a..b`.
fn weekday_prefix(m: i64) -> i64 {
    5 * m.div_euclid(7) + m.rem_euclid(7).min(5)
}

/// Day index for [`weekday_prefix`]: 0001-01-01 (index 0) was a Monday in the
/// proleptic Gregorian calendar.
fn day_index(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) - 1
}

/// The working-day calendar of one office: federal holidays by rule, plus
/// local additions, minus local removals.
///
/// `Default` is the same as [`Calendar::federal`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    added: BTreeMap<NaiveDate, String>,
    removed: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// The federal calendar with no local changes.
    pub fn federal() -> Self {
        Self::default()
    }

    /// The federal calendar plus the `added` local holidays (date, name),
    /// minus the `removed` dates.
    ///
    /// A removed date is never a holiday: removal cancels a federal holiday
    /// and also a local addition for the same date (removal wins). A local
    /// addition on a date that is already a federal holiday replaces it
    /// (its name and [`HolidayOrigin::Local`] are reported). If the same date
    /// is added twice, the last name wins.
    pub fn with_local(
        added: impl IntoIterator<Item = (NaiveDate, String)>,
        removed: impl IntoIterator<Item = NaiveDate>,
    ) -> Self {
        Self {
            added: added.into_iter().collect(),
            removed: removed.into_iter().collect(),
        }
    }

    /// The holiday on `d`, after local additions and removals; `None` if `d`
    /// is not a holiday. A federal holiday falling on a weekend is only a
    /// holiday on its observed date, so e.g. Saturday 2022-01-01 gives `None`
    /// (Friday 2021-12-31 is "New Year's Day (observed)").
    pub fn holiday(&self, d: NaiveDate) -> Option<Holiday> {
        if self.removed.contains(&d) {
            return None;
        }
        if let Some(name) = self.added.get(&d) {
            return Some(Holiday {
                date: d,
                name: name.clone(),
                origin: HolidayOrigin::Local,
            });
        }
        federal_holiday_name(d).map(|name| Holiday {
            date: d,
            name: name.to_string(),
            origin: HolidayOrigin::Federal,
        })
    }

    /// Whether `d` is a holiday (after local changes). Does not allocate.
    pub fn is_holiday(&self, d: NaiveDate) -> bool {
        !self.removed.contains(&d)
            && (self.added.contains_key(&d) || federal_holiday_name(d).is_some())
    }

    /// Whether `d` is a working day: Monday to Friday and not a holiday.
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !is_weekend(d) && !self.is_holiday(d)
    }

    /// "Within `n` working days of `start`": the `n`-th working day after
    /// `start` (`start` itself is never counted, whether or not it is a
    /// working day).
    ///
    /// `n = 0` returns `start` itself unchanged, even when `start` is not a
    /// working day. Saturates at [`NaiveDate::MAX`].
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> NaiveDate {
        let mut d = start;
        let mut left = n;
        while left > 0 {
            let Some(next) = d.succ_opt() else {
                return NaiveDate::MAX;
            };
            d = next;
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        d
    }

    /// "Within `n` days of `start`" (calendar days): `start + n`; with
    /// `roll_forward`, a due date that is not a working day moves to the next
    /// working day (the Florida rule). Saturates at [`NaiveDate::MAX`].
    pub fn add_days(&self, start: NaiveDate, n: u32, roll_forward: bool) -> NaiveDate {
        let due = start
            .checked_add_days(chrono::Days::new(u64::from(n)))
            .unwrap_or(NaiveDate::MAX);
        if roll_forward {
            self.next_working_day_on_or_after(due)
        } else {
            due
        }
    }

    /// `d` if it is a working day, otherwise the first working day after it.
    /// Saturates at [`NaiveDate::MAX`].
    pub fn next_working_day_on_or_after(&self, d: NaiveDate) -> NaiveDate {
        let mut d = d;
        while !self.is_working_day(d) {
            match d.succ_opt() {
                Some(next) => d = next,
                None => return NaiveDate::MAX,
            }
        }
        d
    }

    /// The number of working days in `(from, to]` (`from` excluded, `to`
    /// included); 0 if `to <= from`. So `add_working_days(x, n) == y` implies
    /// `working_days_between(x, y) == n`.
    ///
    /// Cost is proportional to the number of years spanned plus the local
    /// changes in range, not to the number of days. Saturates at `u32::MAX`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        if to <= from {
            return 0;
        }
        // Weekdays with index in (from, to] = [from + 1, to + 1).
        let weekdays = weekday_prefix(day_index(to) + 1) - weekday_prefix(day_index(from) + 1);
        let in_range = |d: NaiveDate| from < d && d <= to;
        let mut holidays: i64 = 0;
        for year in from.year()..=to.year() {
            for_each_federal(year, |d, _| {
                if in_range(d) && !is_weekend(d) && !self.removed.contains(&d) {
                    holidays += 1;
                }
            });
        }
        holidays += self
            .added
            .range((Excluded(from), Included(to)))
            .filter(|(d, _)| {
                !is_weekend(**d)
                    && !self.removed.contains(*d)
                    && federal_holiday_name(**d).is_none()
            })
            .count() as i64;
        u32::try_from((weekdays - holidays).max(0)).unwrap_or(u32::MAX)
    }

    /// The holidays of `year` after local changes, sorted by date: the
    /// federal holidays observed in `year` (see [`federal_holidays`]) minus
    /// the removed dates, plus the local additions in `year` that are not
    /// removed (origin [`HolidayOrigin::Local`]; one replaces a federal
    /// holiday on the same date).
    pub fn holidays_in_year(&self, year: i32) -> Vec<Holiday> {
        let mut out: Vec<Holiday> = federal_holidays(year)
            .into_iter()
            .filter(|(d, _)| !self.removed.contains(d) && !self.added.contains_key(d))
            .map(|(date, name)| Holiday {
                date,
                name: name.to_string(),
                origin: HolidayOrigin::Federal,
            })
            .collect();
        out.extend(
            self.added
                .iter()
                .filter(|(d, _)| d.year() == year && !self.removed.contains(*d))
                .map(|(d, name)| Holiday {
                    date: *d,
                    name: name.clone(),
                    origin: HolidayOrigin::Local,
                }),
        );
        out.sort_by_key(|h| h.date);
        out
    }
}

/// The same month and day `years` later (negative: earlier), e.g. "within
/// one year" or "one year before the as-of date". 29 February maps to
/// 28 February when the target year is not a leap year. A target year
/// outside chrono's range saturates at [`NaiveDate::MAX`] / [`NaiveDate::MIN`].
pub fn add_years(d: NaiveDate, years: i32) -> NaiveDate {
    let saturated = if years >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    };
    let Some(year) = d.year().checked_add(years) else {
        return saturated;
    };
    NaiveDate::from_ymd_opt(year, d.month(), d.day())
        .or_else(|| {
            // Only 29 February can be missing in the target year.
            NaiveDate::from_ymd_opt(year, d.month(), d.day() - 1)
        })
        .unwrap_or(saturated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn fed(year: i32) -> Vec<(String, &'static str)> {
        federal_holidays(year)
            .into_iter()
            .map(|(date, name)| (date.format("%Y-%m-%d").to_string(), name))
            .collect()
    }

    fn expect(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        list.iter().map(|(s, n)| (s.to_string(), *n)).collect()
    }

    // ---- federal holidays, every date literal (checked against OPM tables
    // ---- and the weekday of each date) -------------------------------------

    #[test]
    fn federal_2024() {
        assert_eq!(
            fed(2024),
            expect(&[
                ("2024-01-01", "New Year's Day"),
                ("2024-01-15", "Martin Luther King Jr. Day"),
                ("2024-02-19", "Washington's Birthday"),
                ("2024-05-27", "Memorial Day"),
                ("2024-06-19", "Juneteenth National Independence Day"),
                ("2024-07-04", "Independence Day"),
                ("2024-09-02", "Labor Day"),
                ("2024-10-14", "Columbus Day"),
                ("2024-11-11", "Veterans Day"),
                ("2024-11-28", "Thanksgiving Day"),
                ("2024-12-25", "Christmas Day"),
            ])
        );
    }

    #[test]
    fn federal_2025() {
        assert_eq!(
            fed(2025),
            expect(&[
                ("2025-01-01", "New Year's Day"),
                ("2025-01-20", "Martin Luther King Jr. Day"),
                ("2025-02-17", "Washington's Birthday"),
                ("2025-05-26", "Memorial Day"),
                ("2025-06-19", "Juneteenth National Independence Day"),
                ("2025-07-04", "Independence Day"),
                ("2025-09-01", "Labor Day"),
                ("2025-10-13", "Columbus Day"),
                ("2025-11-11", "Veterans Day"),
                ("2025-11-27", "Thanksgiving Day"),
                ("2025-12-25", "Christmas Day"),
            ])
        );
    }

    #[test]
    fn federal_2026() {
        // 4 July 2026 is a Saturday: observed Friday 3 July.
        assert_eq!(
            fed(2026),
            expect(&[
                ("2026-01-01", "New Year's Day"),
                ("2026-01-19", "Martin Luther King Jr. Day"),
                ("2026-02-16", "Washington's Birthday"),
                ("2026-05-25", "Memorial Day"),
                ("2026-06-19", "Juneteenth National Independence Day"),
                ("2026-07-03", "Independence Day (observed)"),
                ("2026-09-07", "Labor Day"),
                ("2026-10-12", "Columbus Day"),
                ("2026-11-11", "Veterans Day"),
                ("2026-11-26", "Thanksgiving Day"),
                ("2026-12-25", "Christmas Day"),
            ])
        );
    }

    #[test]
    fn federal_2020_has_no_juneteenth() {
        // 4 July 2020 is a Saturday: observed Friday 3 July.
        assert_eq!(
            fed(2020),
            expect(&[
                ("2020-01-01", "New Year's Day"),
                ("2020-01-20", "Martin Luther King Jr. Day"),
                ("2020-02-17", "Washington's Birthday"),
                ("2020-05-25", "Memorial Day"),
                ("2020-07-03", "Independence Day (observed)"),
                ("2020-09-07", "Labor Day"),
                ("2020-10-12", "Columbus Day"),
                ("2020-11-11", "Veterans Day"),
                ("2020-11-26", "Thanksgiving Day"),
                ("2020-12-25", "Christmas Day"),
            ])
        );
        assert!(!Calendar::federal().is_holiday(d("2020-06-19")));
    }

    #[test]
    fn federal_2021_saturday_observances() {
        // Juneteenth (Sat) -> Fri 18 June; Independence Day (Sun) -> Mon
        // 5 July; Christmas (Sat) -> Fri 24 Dec; New Year's Day 2022 (Sat)
        // -> Fri 31 Dec 2021.
        assert_eq!(
            fed(2021),
            expect(&[
                ("2021-01-01", "New Year's Day"),
                ("2021-01-18", "Martin Luther King Jr. Day"),
                ("2021-02-15", "Washington's Birthday"),
                ("2021-05-31", "Memorial Day"),
                (
                    "2021-06-18",
                    "Juneteenth National Independence Day (observed)"
                ),
                ("2021-07-05", "Independence Day (observed)"),
                ("2021-09-06", "Labor Day"),
                ("2021-10-11", "Columbus Day"),
                ("2021-11-11", "Veterans Day"),
                ("2021-11-25", "Thanksgiving Day"),
                ("2021-12-24", "Christmas Day (observed)"),
                ("2021-12-31", "New Year's Day (observed)"),
            ])
        );
    }

    #[test]
    fn federal_2022_no_january_first() {
        // Juneteenth (Sun) -> Mon 20 June; Christmas (Sun) -> Mon 26 Dec.
        assert_eq!(
            fed(2022),
            expect(&[
                ("2022-01-17", "Martin Luther King Jr. Day"),
                ("2022-02-21", "Washington's Birthday"),
                ("2022-05-30", "Memorial Day"),
                (
                    "2022-06-20",
                    "Juneteenth National Independence Day (observed)"
                ),
                ("2022-07-04", "Independence Day"),
                ("2022-09-05", "Labor Day"),
                ("2022-10-10", "Columbus Day"),
                ("2022-11-11", "Veterans Day"),
                ("2022-11-24", "Thanksgiving Day"),
                ("2022-12-26", "Christmas Day (observed)"),
            ])
        );
        let cal = Calendar::federal();
        assert_eq!(cal.holiday(d("2022-01-01")), None);
        assert_eq!(
            cal.holiday(d("2021-12-31")),
            Some(Holiday {
                date: d("2021-12-31"),
                name: "New Year's Day (observed)".into(),
                origin: HolidayOrigin::Federal,
            })
        );
        assert!(!cal.is_holiday(d("2022-12-25")));
        assert!(cal.is_holiday(d("2022-12-26")));
    }

    #[test]
    fn federal_2023_sunday_and_saturday() {
        // New Year's Day (Sun) -> Mon 2 Jan; Veterans Day (Sat) -> Fri 10 Nov.
        assert_eq!(
            fed(2023),
            expect(&[
                ("2023-01-02", "New Year's Day (observed)"),
                ("2023-01-16", "Martin Luther King Jr. Day"),
                ("2023-02-20", "Washington's Birthday"),
                ("2023-05-29", "Memorial Day"),
                ("2023-06-19", "Juneteenth National Independence Day"),
                ("2023-07-04", "Independence Day"),
                ("2023-09-04", "Labor Day"),
                ("2023-10-09", "Columbus Day"),
                ("2023-11-10", "Veterans Day (observed)"),
                ("2023-11-23", "Thanksgiving Day"),
                ("2023-12-25", "Christmas Day"),
            ])
        );
    }

    #[test]
    fn federal_2027() {
        // Juneteenth (Sat) -> Fri 18 June; Independence Day (Sun) -> Mon
        // 5 July; Christmas (Sat) -> Fri 24 Dec; New Year's Day 2028 (Sat)
        // -> Fri 31 Dec 2027.
        assert_eq!(
            fed(2027),
            expect(&[
                ("2027-01-01", "New Year's Day"),
                ("2027-01-18", "Martin Luther King Jr. Day"),
                ("2027-02-15", "Washington's Birthday"),
                ("2027-05-31", "Memorial Day"),
                (
                    "2027-06-18",
                    "Juneteenth National Independence Day (observed)"
                ),
                ("2027-07-05", "Independence Day (observed)"),
                ("2027-09-06", "Labor Day"),
                ("2027-10-11", "Columbus Day"),
                ("2027-11-11", "Veterans Day"),
                ("2027-11-25", "Thanksgiving Day"),
                ("2027-12-24", "Christmas Day (observed)"),
                ("2027-12-31", "New Year's Day (observed)"),
            ])
        );
    }

    #[test]
    fn federal_2028_leap_year() {
        // No 1 January entry (observed 2027-12-31); Veterans Day (Sat) ->
        // Fri 10 Nov.
        assert_eq!(
            fed(2028),
            expect(&[
                ("2028-01-17", "Martin Luther King Jr. Day"),
                ("2028-02-21", "Washington's Birthday"),
                ("2028-05-29", "Memorial Day"),
                ("2028-06-19", "Juneteenth National Independence Day"),
                ("2028-07-04", "Independence Day"),
                ("2028-09-04", "Labor Day"),
                ("2028-10-09", "Columbus Day"),
                ("2028-11-10", "Veterans Day (observed)"),
                ("2028-11-23", "Thanksgiving Day"),
                ("2028-12-25", "Christmas Day"),
            ])
        );
        assert!(Calendar::federal().is_working_day(d("2028-02-29")));
    }

    #[test]
    fn mlk_day_starts_in_1986() {
        let names = |y| {
            federal_holidays(y)
                .into_iter()
                .map(|(_, n)| n)
                .collect::<Vec<_>>()
        };
        assert!(!names(1985).contains(&"Martin Luther King Jr. Day"));
        assert_eq!(
            federal_holidays(1986)[1],
            (d("1986-01-20"), "Martin Luther King Jr. Day")
        );
    }

    #[test]
    fn federal_list_and_per_day_lookup_agree_1900_to_2200() {
        let cal = Calendar::federal();
        let mut day = d("1899-12-01");
        let end = d("2201-01-31");
        let mut listed = std::collections::BTreeMap::new();
        for year in 1899..=2201 {
            let list = federal_holidays(year);
            assert!(list.windows(2).all(|w| w[0].0 < w[1].0), "{year} sorted");
            // 9 before 1986 (8 when 1 January is observed the year before).
            assert!((8..=12).contains(&list.len()), "{year}: {}", list.len());
            for (date, name) in list {
                assert_eq!(date.year(), year);
                assert!(!is_weekend(date), "{date} {name}");
                listed.insert(date, name);
            }
        }
        while day <= end {
            assert_eq!(
                federal_holiday_name(day),
                listed.get(&day).copied(),
                "{day}"
            );
            assert_eq!(cal.is_holiday(day), listed.contains_key(&day), "{day}");
            day = day.succ_opt().unwrap();
        }
    }

    // ---- working days ------------------------------------------------------

    #[test]
    fn working_day_basics() {
        let cal = Calendar::federal();
        assert!(cal.is_working_day(d("2025-03-07"))); // Friday
        assert!(!cal.is_working_day(d("2025-03-08"))); // Saturday
        assert!(!cal.is_working_day(d("2025-03-09"))); // Sunday
        assert!(!cal.is_working_day(d("2025-07-04"))); // Independence Day
        assert!(cal.is_working_day(d("2025-11-28"))); // day after Thanksgiving
        assert!(cal.is_working_day(d("2025-12-24"))); // Christmas Eve
        assert!(!cal.is_working_day(d("2021-12-24"))); // observed Christmas
        assert!(!cal.is_working_day(d("2023-01-02"))); // observed New Year
    }

    fn awd(start: &str, n: u32) -> NaiveDate {
        Calendar::federal().add_working_days(d(start), n)
    }

    #[test]
    fn add_working_days_over_weekends_and_holidays() {
        // Weekend.
        assert_eq!(awd("2025-03-07", 2), d("2025-03-11"));
        // Independence Day 2025 (Fri 4 July).
        assert_eq!(awd("2025-07-03", 1), d("2025-07-07"));
        // Thanksgiving 2025 (Thu 27 Nov); Friday 28 is a working day.
        assert_eq!(awd("2025-11-26", 2), d("2025-12-01"));
        // Christmas 2025 (Thu) and New Year 2026 (Thu): Wed 24 = 1,
        // Fri 26 = 2, Mon 29 = 3, Tue 30 = 4, Wed 31 = 5, Fri 2 Jan = 6.
        assert_eq!(awd("2025-12-23", 3), d("2025-12-29"));
        assert_eq!(awd("2025-12-23", 6), d("2026-01-02"));
        // Observed Friday holidays 2021-12-24 and 2021-12-31.
        assert_eq!(awd("2021-12-23", 1), d("2021-12-27"));
        assert_eq!(awd("2021-12-30", 1), d("2022-01-03"));
        assert_eq!(awd("2021-12-23", 5), d("2022-01-03"));
        // Observed Friday Veterans Day 2023-11-10.
        assert_eq!(awd("2023-11-09", 1), d("2023-11-13"));
        // Observed Monday holidays: Christmas 2022, Juneteenth 2022, New
        // Year 2023.
        assert_eq!(awd("2022-12-23", 1), d("2022-12-27"));
        assert_eq!(awd("2022-06-17", 1), d("2022-06-21"));
        assert_eq!(awd("2022-12-30", 1), d("2023-01-03"));
        // MLK Day 2025 (Mon 20 Jan) and 2023 (Mon 16 Jan).
        assert_eq!(awd("2025-01-17", 1), d("2025-01-21"));
        assert_eq!(awd("2023-01-13", 1), d("2023-01-17"));
        // Labor Day 2024 (Mon 2 Sep) at a month end.
        assert_eq!(awd("2024-08-30", 1), d("2024-09-03"));
    }

    #[test]
    fn add_working_days_month_and_year_ends() {
        assert_eq!(awd("2025-01-31", 1), d("2025-02-03"));
        assert_eq!(awd("2025-04-30", 2), d("2025-05-02"));
        assert_eq!(awd("2024-09-30", 3), d("2024-10-03"));
        assert_eq!(awd("2025-12-31", 1), d("2026-01-02"));
    }

    #[test]
    fn add_working_days_leap_day() {
        assert_eq!(awd("2024-02-28", 1), d("2024-02-29"));
        assert_eq!(awd("2024-02-29", 1), d("2024-03-01"));
        assert_eq!(awd("2024-02-23", 4), d("2024-02-29"));
    }

    #[test]
    fn add_working_days_start_not_counted() {
        // Start on a Saturday / Sunday.
        assert_eq!(awd("2025-03-08", 1), d("2025-03-10"));
        assert_eq!(awd("2025-03-09", 1), d("2025-03-10"));
        // Start on a holiday.
        assert_eq!(awd("2025-12-25", 1), d("2025-12-26"));
        assert_eq!(awd("2025-01-20", 1), d("2025-01-21"));
    }

    #[test]
    fn add_zero_working_days_is_the_start_itself() {
        assert_eq!(awd("2025-03-07", 0), d("2025-03-07"));
        assert_eq!(awd("2025-03-08", 0), d("2025-03-08")); // Saturday
        assert_eq!(awd("2025-12-25", 0), d("2025-12-25")); // Christmas
    }

    #[test]
    fn add_ten_and_sixty_working_days() {
        // Memorial Day 2025 (Mon 26 May) in between.
        assert_eq!(awd("2025-05-19", 10), d("2025-06-03"));
        // Thanksgiving 2025 in between.
        assert_eq!(awd("2025-11-19", 10), d("2025-12-04"));
        // Veterans Day, Thanksgiving, Christmas, New Year, MLK Day:
        // 65 weekdays from Tue 2025-11-04 to Mon 2026-02-02, minus 5.
        assert_eq!(awd("2025-11-03", 60), d("2026-02-02"));
        // Memorial Day, Juneteenth, Independence Day 2024.
        assert_eq!(awd("2024-05-20", 60), d("2024-08-15"));
    }

    // ---- calendar days -----------------------------------------------------

    #[test]
    fn add_days_rolls_forward() {
        let cal = Calendar::federal();
        let ad = |s: &str, n, roll| cal.add_days(d(s), n, roll);
        // Saturday / Sunday -> Monday.
        assert_eq!(ad("2025-03-03", 5, true), d("2025-03-10"));
        assert_eq!(ad("2025-03-03", 5, false), d("2025-03-08"));
        assert_eq!(ad("2025-03-03", 6, true), d("2025-03-10"));
        assert_eq!(ad("2025-03-03", 6, false), d("2025-03-09"));
        // Monday holiday (MLK Day 2025) -> Tuesday.
        assert_eq!(ad("2025-01-10", 10, true), d("2025-01-21"));
        assert_eq!(ad("2025-01-10", 10, false), d("2025-01-20"));
        // Saturday before Memorial Day 2025 -> Tuesday.
        assert_eq!(ad("2025-05-14", 10, true), d("2025-05-27"));
        // Christmas on a Friday (2026, 2020), then the weekend -> Monday.
        assert_eq!(ad("2026-12-15", 10, true), d("2026-12-28"));
        assert_eq!(ad("2026-12-15", 10, false), d("2026-12-25"));
        assert_eq!(ad("2020-12-15", 10, true), d("2020-12-28"));
        // A working day stays.
        assert_eq!(ad("2025-03-03", 3, true), d("2025-03-06"));
        assert_eq!(ad("2025-03-03", 3, false), d("2025-03-06"));
        // Zero days.
        assert_eq!(ad("2025-03-08", 0, false), d("2025-03-08"));
        assert_eq!(ad("2025-03-08", 0, true), d("2025-03-10"));
    }

    #[test]
    fn add_180_and_45_days() {
        let cal = Calendar::federal();
        let ad = |s: &str, n, roll| cal.add_days(d(s), n, roll);
        assert_eq!(ad("2025-01-15", 180, true), d("2025-07-14"));
        // Lands on Independence Day 2025 (Friday).
        assert_eq!(ad("2025-01-05", 180, false), d("2025-07-04"));
        assert_eq!(ad("2025-01-05", 180, true), d("2025-07-07"));
        // Lands on Thanksgiving 2024 -> the Friday after.
        assert_eq!(ad("2024-06-01", 180, false), d("2024-11-28"));
        assert_eq!(ad("2024-06-01", 180, true), d("2024-11-29"));
        assert_eq!(ad("2025-10-12", 45, true), d("2025-11-26"));
        // Lands on Thanksgiving 2025.
        assert_eq!(ad("2025-10-13", 45, true), d("2025-11-28"));
        // Through February of a leap year.
        assert_eq!(ad("2024-01-15", 45, true), d("2024-02-29"));
        assert_eq!(ad("2025-08-08", 45, true), d("2025-09-22"));
    }

    #[test]
    fn next_working_day() {
        let cal = Calendar::federal();
        assert_eq!(
            cal.next_working_day_on_or_after(d("2025-03-07")),
            d("2025-03-07")
        );
        assert_eq!(
            cal.next_working_day_on_or_after(d("2021-12-31")),
            d("2022-01-03")
        );
        assert_eq!(
            cal.next_working_day_on_or_after(d("2021-12-24")),
            d("2021-12-27")
        );
    }

    // ---- years -------------------------------------------------------------

    #[test]
    fn add_years_cases() {
        assert_eq!(add_years(d("2024-02-29"), 1), d("2025-02-28"));
        assert_eq!(add_years(d("2024-02-29"), -1), d("2023-02-28"));
        assert_eq!(add_years(d("2024-02-29"), 4), d("2028-02-29"));
        assert_eq!(add_years(d("2024-02-29"), -4), d("2020-02-29"));
        assert_eq!(add_years(d("2024-02-29"), 0), d("2024-02-29"));
        assert_eq!(add_years(d("2025-03-01"), -1), d("2024-03-01"));
        assert_eq!(add_years(d("2024-02-28"), 1), d("2025-02-28"));
        assert_eq!(add_years(d("2025-03-07"), 1), d("2026-03-07"));
        assert_eq!(add_years(d("2025-12-31"), 1), d("2026-12-31"));
        assert_eq!(add_years(d("2025-01-01"), -3), d("2022-01-01"));
        assert_eq!(add_years(d("2000-02-29"), 100), d("2100-02-28"));
    }

    // ---- local holidays ----------------------------------------------------

    #[test]
    fn local_addition_shifts_due_dates() {
        let cal = Calendar::with_local([(d("2025-03-10"), "Founders' Day".to_string())], []);
        assert!(!cal.is_working_day(d("2025-03-10")));
        assert_eq!(cal.add_working_days(d("2025-03-07"), 2), d("2025-03-12"));
        assert_eq!(cal.add_days(d("2025-03-03"), 5, true), d("2025-03-11"));
        assert_eq!(
            cal.holiday(d("2025-03-10")),
            Some(Holiday {
                date: d("2025-03-10"),
                name: "Founders' Day".into(),
                origin: HolidayOrigin::Local,
            })
        );
        assert_eq!(
            cal.working_days_between(d("2025-03-07"), d("2025-03-12")),
            2
        );
    }

    #[test]
    fn local_removal_shifts_due_dates_back() {
        // Veterans Day 2025 is Tuesday 11 November.
        let fed = Calendar::federal();
        assert_eq!(fed.add_working_days(d("2025-11-10"), 1), d("2025-11-12"));
        let cal = Calendar::with_local([], [d("2025-11-11")]);
        assert!(cal.is_working_day(d("2025-11-11")));
        assert_eq!(cal.holiday(d("2025-11-11")), None);
        assert_eq!(cal.add_working_days(d("2025-11-10"), 1), d("2025-11-11"));
        assert_eq!(
            cal.working_days_between(d("2025-11-07"), d("2025-11-14")),
            5
        );
        assert_eq!(
            fed.working_days_between(d("2025-11-07"), d("2025-11-14")),
            4
        );
        // Removing an observed date.
        let cal = Calendar::with_local([], [d("2021-12-31")]);
        assert_eq!(cal.add_working_days(d("2021-12-30"), 1), d("2021-12-31"));
    }

    #[test]
    fn removal_wins_over_addition() {
        let cal = Calendar::with_local(
            [(d("2025-03-10"), "Founders' Day".to_string())],
            [d("2025-03-10")],
        );
        assert!(cal.is_working_day(d("2025-03-10")));
        assert_eq!(cal.holiday(d("2025-03-10")), None);
        assert!(cal
            .holidays_in_year(2025)
            .iter()
            .all(|h| h.date != d("2025-03-10")));
        assert_eq!(cal.add_working_days(d("2025-03-07"), 1), d("2025-03-10"));
    }

    #[test]
    fn holidays_in_year_with_local_changes() {
        let cal = Calendar::with_local(
            [
                (d("2025-11-28"), "Day after Thanksgiving".to_string()),
                (d("2025-12-24"), "Christmas Eve".to_string()),
                (d("2024-12-24"), "Christmas Eve".to_string()),
            ],
            [d("2025-10-13")],
        );
        let got: Vec<(String, String, HolidayOrigin)> = cal
            .holidays_in_year(2025)
            .into_iter()
            .map(|h| (h.date.format("%Y-%m-%d").to_string(), h.name, h.origin))
            .collect();
        use HolidayOrigin::{Federal as F, Local as L};
        let want: Vec<(String, String, HolidayOrigin)> = [
            ("2025-01-01", "New Year's Day", F),
            ("2025-01-20", "Martin Luther King Jr. Day", F),
            ("2025-02-17", "Washington's Birthday", F),
            ("2025-05-26", "Memorial Day", F),
            ("2025-06-19", "Juneteenth National Independence Day", F),
            ("2025-07-04", "Independence Day", F),
            ("2025-09-01", "Labor Day", F),
            ("2025-11-11", "Veterans Day", F),
            ("2025-11-27", "Thanksgiving Day", F),
            ("2025-11-28", "Day after Thanksgiving", L),
            ("2025-12-24", "Christmas Eve", L),
            ("2025-12-25", "Christmas Day", F),
        ]
        .iter()
        .map(|(s, n, o)| (s.to_string(), n.to_string(), *o))
        .collect();
        assert_eq!(got, want);
        // Columbus Day removed: 2025-10-13 is a working day.
        assert!(cal.is_working_day(d("2025-10-13")));
        // Wed 2025-11-26 + 2: Thu 27 and Fri 28 off -> Tue 2 Dec.
        assert_eq!(cal.add_working_days(d("2025-11-26"), 2), d("2025-12-02"));
        assert_eq!(cal.holidays_in_year(2024).len(), 12);
    }

    #[test]
    fn local_addition_on_a_federal_date_or_weekend() {
        let cal = Calendar::with_local(
            [
                (d("2025-07-04"), "Fourth of July".to_string()),
                (d("2025-03-08"), "Saturday event".to_string()),
            ],
            [],
        );
        let h = cal.holiday(d("2025-07-04")).unwrap();
        assert_eq!(h.origin, HolidayOrigin::Local);
        assert_eq!(h.name, "Fourth of July");
        let hs = cal.holidays_in_year(2025);
        assert_eq!(hs.iter().filter(|h| h.date == d("2025-07-04")).count(), 1);
        assert_eq!(hs.len(), 12);
        assert!(cal.is_holiday(d("2025-03-08")));
        // Neither changes any count.
        assert_eq!(
            cal.working_days_between(d("2025-03-01"), d("2025-07-31")),
            106
        );
        assert_eq!(
            Calendar::federal().working_days_between(d("2025-03-01"), d("2025-07-31")),
            106
        );
    }

    // ---- properties --------------------------------------------------------

    #[test]
    fn properties_2020_to_2030() {
        let cal = Calendar::federal();
        let mut start = d("2020-01-01");
        let end = d("2030-12-31");
        while start <= end {
            for n in 0..=15u32 {
                let r = cal.add_working_days(start, n);
                if n > 0 {
                    assert!(cal.is_working_day(r), "{start} + {n} = {r}");
                    assert!(r > start, "{start} + {n} = {r}");
                } else {
                    assert_eq!(r, start);
                }
                assert_eq!(cal.working_days_between(start, r), n, "{start} + {n}");
                let plain = start + chrono::Days::new(u64::from(n));
                let a = cal.add_days(start, n, true);
                assert!(cal.is_working_day(a), "{start} + {n} days = {a}");
                assert!(
                    a >= plain && (a - plain).num_days() <= 4,
                    "{start} + {n} days"
                );
                assert_eq!(cal.add_days(start, n, false), plain);
            }
            start = start.succ_opt().unwrap();
        }
    }

    #[test]
    fn working_days_between_matches_counting() {
        let cal = Calendar::with_local(
            [
                (d("2025-03-10"), "A".to_string()),
                (d("2025-03-15"), "Saturday".to_string()),
                (d("2025-07-04"), "Also federal".to_string()),
            ],
            [d("2025-11-11"), d("2021-12-31")],
        );
        let naive = |from: NaiveDate, to: NaiveDate| {
            let mut c = 0;
            let mut x = from;
            while x < to {
                x = x.succ_opt().unwrap();
                if cal.is_working_day(x) {
                    c += 1;
                }
            }
            c
        };
        let base = d("2020-12-20");
        for i in (0..2200).step_by(37) {
            let from = base + chrono::Days::new(i);
            for len in [0u64, 1, 2, 5, 6, 7, 13, 30, 200, 400, 1000] {
                let to = from + chrono::Days::new(len);
                assert_eq!(
                    cal.working_days_between(from, to),
                    naive(from, to),
                    "{from}..{to}"
                );
            }
        }
        assert_eq!(
            cal.working_days_between(d("2025-03-11"), d("2025-03-07")),
            0
        );
        assert_eq!(
            cal.working_days_between(d("2025-03-07"), d("2025-03-07")),
            0
        );
        // 2025: 261 weekdays, 11 federal holidays on weekdays.
        let fed = Calendar::federal();
        assert_eq!(
            fed.working_days_between(d("2024-12-31"), d("2025-12-31")),
            250
        );
        assert_eq!(
            fed.working_days_between(d("1899-12-31"), d("2200-12-31")),
            {
                let mut c = 0u32;
                let mut x = d("1900-01-01");
                while x <= d("2200-12-31") {
                    if fed.is_working_day(x) {
                        c += 1;
                    }
                    x = x.succ_opt().unwrap();
                }
                c
            }
        );
    }

    #[test]
    fn extremes_do_not_panic() {
        let cal = Calendar::with_local([(NaiveDate::MAX, "end".to_string())], []);
        assert_eq!(cal.add_working_days(NaiveDate::MAX, 3), NaiveDate::MAX);
        assert_eq!(cal.add_days(NaiveDate::MAX, 3, true), NaiveDate::MAX);
        assert_eq!(
            cal.next_working_day_on_or_after(NaiveDate::MAX),
            NaiveDate::MAX
        );
        assert_eq!(add_years(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_years(NaiveDate::MIN, -1), NaiveDate::MIN);
        assert_eq!(add_years(d("2024-02-29"), i32::MAX), NaiveDate::MAX);
        assert_eq!(add_years(d("2024-02-29"), i32::MIN), NaiveDate::MIN);
        for y in [
            i32::MIN,
            NaiveDate::MIN.year() - 1,
            NaiveDate::MIN.year(),
            NaiveDate::MAX.year(),
            NaiveDate::MAX.year() + 1,
            i32::MAX,
        ] {
            let _ = federal_holidays(y);
            let _ = cal.holidays_in_year(y);
        }
        for x in [NaiveDate::MIN, NaiveDate::MAX] {
            let _ = cal.is_working_day(x);
            let _ = cal.holiday(x);
        }
        let near_end = NaiveDate::MAX - chrono::Days::new(20);
        assert!(cal.working_days_between(near_end, NaiveDate::MAX) > 0);
        let near_start = NaiveDate::MIN + chrono::Days::new(20);
        assert!(cal.working_days_between(NaiveDate::MIN, near_start) > 0);
    }

    #[test]
    fn calendar_is_send_sync() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Calendar>();
    }
}

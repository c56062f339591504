//! Small counts in public outputs: a count from 1 to `min - 1` can point at
//! a person in a small office. A figure standing alone says so ("fewer
//! than 5"). In a table whose total is shown, the hidden cells must not be
//! worked out from it: the next smallest counts are hidden too, until two
//! or more are hidden and they are not all ones; and every hidden cell of a
//! table reads the same ("not shown"), whichever hid it, since cells said
//! to be under 5 beside one said to be larger, or cells all under 5 whose
//! sum is known, could give their values back (two hidden "fewer than 5"
//! that add up to 8 are both 4).

/// A cell of a public table, or a figure standing alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    Count(i64),
    /// A figure standing alone, fewer than the threshold.
    Small,
    /// A cell of a table, hidden: small, or hidden so that another cannot
    /// be worked out.
    Hidden,
}

/// What a hidden cell of a table reads.
pub const NOT_SHOWN: &str = "not shown";

impl Shown {
    /// The cell in words: the count, "fewer than N", or "not shown".
    pub fn text(&self, min: i64) -> String {
        match self {
            Shown::Count(n) => n.to_string(),
            Shown::Small => fewer(min),
            Shown::Hidden => NOT_SHOWN.into(),
        }
    }

    pub fn is_hidden(&self) -> bool {
        !matches!(self, Shown::Count(_))
    }
}

/// "fewer than 5".
pub fn fewer(min: i64) -> String {
    format!("fewer than {min}")
}

/// One value shown alone (a headline figure): hidden when small.
pub fn one(n: i64, min: i64) -> Shown {
    if n > 0 && n < min {
        Shown::Small
    } else {
        Shown::Count(n)
    }
}

/// The cells of a table whose total is shown: every small count hidden;
/// then, while only one is hidden, or every hidden one is a 1 (their sum,
/// the total less the cells shown, would say so), the smallest count
/// still shown but a zero is hidden too. A zero stays: it points at no
/// one.
pub fn table(counts: &[(String, i64)], min: i64) -> Vec<(String, Shown)> {
    let mut shown: Vec<(String, Shown)> = counts
        .iter()
        .map(|(k, n)| {
            let cell = if one(*n, min).is_hidden() {
                Shown::Hidden
            } else {
                Shown::Count(*n)
            };
            (k.clone(), cell)
        })
        .collect();
    loop {
        let hidden: Vec<i64> = counts
            .iter()
            .zip(&shown)
            .filter(|(_, (_, s))| s.is_hidden())
            .map(|((_, n), _)| *n)
            .collect();
        let sum: i64 = hidden.iter().sum();
        if hidden.is_empty() || (hidden.len() >= 2 && sum > hidden.len() as i64) {
            break;
        }
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, (_, n))| *n > 0 && !shown[*i].1.is_hidden())
            .min_by_key(|(_, (_, n))| *n)
            .map(|(i, _)| i);
        match next {
            Some(i) => shown[i].1 = Shown::Hidden,
            // Every count but the zeros is hidden already.
            None => break,
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(v: &[(&str, i64)]) -> Vec<(String, i64)> {
        v.iter().map(|(k, n)| (k.to_string(), *n)).collect()
    }

    #[test]
    fn small_counts_are_hidden_and_cannot_be_worked_back() {
        let t = table(
            &c(&[
                ("force", 12),
                ("discourtesy", 3),
                ("other", 0),
                ("search", 40),
            ]),
            5,
        );
        let shown: Vec<String> = t.iter().map(|(_, s)| s.text(5)).collect();
        // 3 is hidden, and so is the next smallest, 12: else the total
        // (55) less 12 and 40 would give the 3 back. Both read the same,
        // and neither says "fewer than 5" (12 is not). A zero stays.
        assert_eq!(shown, ["not shown", "not shown", "0", "40"]);
        // Two hidden already, adding up to more than two: nothing more.
        let t = table(&c(&[("a", 1), ("b", 2), ("c", 0), ("d", 9)]), 5);
        let shown: Vec<String> = t.iter().map(|(_, s)| s.text(5)).collect();
        assert_eq!(shown, ["not shown", "not shown", "0", "9"]);
        // Six ones hidden beside a 12 and zeros: their sum (18 - 12 = 6)
        // would say each is 1; the 12 is hidden too.
        let t = table(
            &c(&[
                ("a", 1),
                ("b", 1),
                ("c", 12),
                ("d", 0),
                ("e", 1),
                ("f", 1),
                ("g", 1),
                ("h", 1),
            ]),
            5,
        );
        assert!(t.iter().all(|(k, s)| s.is_hidden() == (k != "d")), "{t:?}");
        // Two ones and nothing else to hide: left as they are.
        let t = table(&c(&[("a", 1), ("b", 1), ("c", 0)]), 5);
        let hidden: Vec<bool> = t.iter().map(|(_, s)| s.is_hidden()).collect();
        assert_eq!(hidden, [true, true, false]);
        // Nothing small: nothing hidden.
        let t = table(&c(&[("a", 5), ("b", 7)]), 5);
        assert!(t.iter().all(|(_, s)| matches!(s, Shown::Count(_))));
        // A figure alone says what it is.
        assert_eq!(one(4, 5), Shown::Small);
        assert_eq!(one(4, 5).text(5), "fewer than 5");
        assert_eq!(one(0, 5), Shown::Count(0));
        assert_eq!(one(5, 5), Shown::Count(5));
    }
}

//! Small counts in public outputs: a count from 1 to `min - 1` can point at
//! a person in a small office, so a public table shows it as "fewer than
//! N". Where only one cell of a table would be hidden, the total minus the
//! others would give it back: the next smallest count is hidden too.

/// A cell of a public table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    Count(i64),
    /// Hidden: fewer than the threshold (or hidden so another cannot be
    /// worked out).
    Hidden,
}

impl Shown {
    /// The cell in words: the count, or "fewer than N".
    pub fn text(&self, min: i64) -> String {
        match self {
            Shown::Count(n) => n.to_string(),
            Shown::Hidden => fewer(min),
        }
    }
}

/// "fewer than 5".
pub fn fewer(min: i64) -> String {
    format!("fewer than {min}")
}

/// One value shown alone (a headline figure): hidden when small.
pub fn one(n: i64, min: i64) -> Shown {
    if n > 0 && n < min {
        Shown::Hidden
    } else {
        Shown::Count(n)
    }
}

/// The cells of a table whose total is shown: every small count hidden,
/// and one more when only one would be.
pub fn table(counts: &[(String, i64)], min: i64) -> Vec<(String, Shown)> {
    let mut shown: Vec<(String, Shown)> = counts
        .iter()
        .map(|(k, n)| (k.clone(), one(*n, min)))
        .collect();
    let hidden = shown.iter().filter(|(_, s)| *s == Shown::Hidden).count();
    if hidden == 1 {
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, (_, n))| *n > 0 && shown[*i].1 != Shown::Hidden)
            .min_by_key(|(_, (_, n))| *n)
            .map(|(i, _)| i);
        if let Some(i) = next {
            shown[i].1 = Shown::Hidden;
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
        // (55) less 12 and 40 would give the 3 back. A zero stays.
        assert_eq!(shown, ["fewer than 5", "fewer than 5", "0", "40"]);
        // Two hidden already: nothing more is hidden.
        let t = table(&c(&[("a", 1), ("b", 2), ("c", 0), ("d", 9)]), 5);
        let shown: Vec<String> = t.iter().map(|(_, s)| s.text(5)).collect();
        assert_eq!(shown, ["fewer than 5", "fewer than 5", "0", "9"]);
        // Nothing small: nothing hidden.
        let t = table(&c(&[("a", 5), ("b", 7)]), 5);
        assert!(t.iter().all(|(_, s)| matches!(s, Shown::Count(_))));
        assert_eq!(one(4, 5), Shown::Hidden);
        assert_eq!(one(0, 5), Shown::Count(0));
        assert_eq!(one(5, 5), Shown::Count(5));
    }
}

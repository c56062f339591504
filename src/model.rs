//! The words of SPEC.md as types: sources, dates, officers, allegations.
//! Parsing of user-typed values lives here so every command names the field,
//! the value and the accepted form in the same way.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, Result};

/// Where a case came from (SPEC "Words").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Directly filed complaint, Sec. 11.5-31(1).
    Direct,
    /// Internal Affairs close-out report received, 11.5-31(2)(c).
    IaClosed,
    /// Use of force resulting in death, 11.5-31(2)(b): investigation mandatory.
    ForceDeath,
    /// Use of force resulting in great bodily harm: discretionary.
    ForceGbh,
}

impl Source {
    pub const ALL: [Source; 4] = [
        Source::Direct,
        Source::IaClosed,
        Source::ForceDeath,
        Source::ForceGbh,
    ];
    pub const NAMES: [&'static str; 4] = ["direct", "ia-closed", "force-death", "force-gbh"];

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Direct => "direct",
            Source::IaClosed => "ia-closed",
            Source::ForceDeath => "force-death",
            Source::ForceGbh => "force-gbh",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Force cases follow the criminal track whatever the intake says
    /// (SPEC "Words": criminal).
    pub fn always_criminal(self) -> bool {
        matches!(self, Source::ForceDeath | Source::ForceGbh)
    }

    /// Whether intake needs a complainant (or `--anonymous`).
    pub fn needs_complainant(self) -> bool {
        self == Source::Direct
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

pub const DATE_FORM: &str = "a date as YYYY-MM-DD";

/// Parse a `YYYY-MM-DD` date strictly (a real calendar date, four-digit year).
pub fn parse_date(field: &str, value: &str) -> Result<NaiveDate> {
    let v = value.trim();
    match iso_date(v) {
        Some(Some(d)) => return Ok(d),
        Some(None) => {
            return Err(Error::bad_value(
                field,
                value,
                "a real calendar date as YYYY-MM-DD",
            ))
        }
        None => {}
    }
    let hint = date_guess(v)
        .map(|d| format!(" (did you mean {}?)", fmt_date(d)))
        .unwrap_or_default();
    Err(Error::bad_value(
        field,
        value,
        &format!("{DATE_FORM}{hint}"),
    ))
}

/// Exactly `YYYY-MM-DD`, read digit by digit (chrono's format parser is
/// slow where dates come by the hundred thousand: imports, reports):
/// `None` when it is not of that form, `Some(None)` when it is but names no
/// calendar day (`2025-02-30`).
pub fn iso_date(v: &str) -> Option<Option<NaiveDate>> {
    let b = v.as_bytes();
    let well_formed = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !well_formed {
        return None;
    }
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    Some(NaiveDate::from_ymd_opt(
        num(0..4) as i32,
        num(5..7),
        num(8..10),
    ))
}

/// What a date typed another way probably meant: `2025-3-7` (a digit
/// short), `03/07/2025` (month first, as dates are written in the United
/// States), `3.7.2025`.
pub fn date_guess(v: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = v.trim().split(['-', '/', '.']).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let n = |s: &str| {
        s.parse::<u32>()
            .ok()
            .filter(|_| !s.is_empty() && s.len() <= 4)
    };
    let (a, b, c, a_len) = (n(a)?, n(b)?, n(c)?, a.len());
    if a_len == 4 {
        NaiveDate::from_ymd_opt(a as i32, b, c)
    } else if c >= 1900 {
        NaiveDate::from_ymd_opt(c as i32, a, b)
    } else {
        None
    }
}

/// How many single-letter edits turn `a` into `b` (Levenshtein).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The accepted value a mistyped one is closest to, if it is close (a
/// slip of a letter or two, or a different case).
pub fn closest<'a>(value: &str, accepted: &'a [String]) -> Option<&'a str> {
    let v = value.trim().to_lowercase();
    accepted
        .iter()
        .map(|a| (edit_distance(&v, &a.to_lowercase()), a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 4) && *d < a.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a.as_str())
}

/// The case numbers a shortened one may stand for: `2025-1` and `25-1` for
/// `2025-0001` (with the store's prefix).
pub fn case_number_guesses(input: &str, prefix: &str) -> Vec<String> {
    let v = input.trim();
    let v = v.strip_prefix(prefix).unwrap_or(v);
    let Some((year, seq)) = v.rsplit_once('-') else {
        return Vec::new();
    };
    let (Ok(y), Ok(n)) = (year.parse::<i32>(), seq.parse::<u32>()) else {
        return Vec::new();
    };
    let years: Vec<i32> = match year.len() {
        4 => vec![y],
        2 => vec![2000 + y, 1900 + y],
        _ => vec![],
    };
    years
        .into_iter()
        .map(|y| format!("{prefix}{y}-{n:04}"))
        .filter(|g| g != input.trim())
        .collect()
}

/// A citation as shown to people: a section of the city code is "Sec.
/// 11.5-31(3)"; a basis that names its own source ("Fla. Stat. 112.532")
/// stands as it is.
pub fn cite(basis: &str) -> String {
    if basis.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Sec. {basis}")
    } else {
        basis.to_string()
    }
}

/// A date as JSON, as chrono writes it (`YYYY-MM-DD`), spelt by
/// [`fmt_date`]: a report writes a hundred thousand.
pub fn serialize_date<S: serde::Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    use chrono::Datelike;
    if (0..=9999).contains(&d.year()) {
        s.serialize_str(&fmt_date(*d))
    } else {
        s.collect_str(d)
    }
}

pub fn fmt_date(d: NaiveDate) -> String {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return format!("{y:04}-{m:02}-{day:02}");
    }
    // Spelt digit by digit: an import writes millions of dates, and
    // `format!` (let alone chrono's strftime) was a few per cent of it.
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let y = y as u32;
    let spelt = [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
    ];
    spelt.iter().map(|&b| b as char).collect()
}

/// An officer as named at intake: `NAME#BADGE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficerRef {
    pub name: String,
    pub badge: String,
}

pub const UNKNOWN_BADGE: &str = "unknown";

impl OfficerRef {
    pub const FORM: &'static str =
        "NAME#BADGE, for example \"Jane Doe#1234\" (badge \"unknown\" when not known)";

    pub fn parse(value: &str) -> Result<Self> {
        let bad = || Error::bad_value("--officer", value, Self::FORM);
        let (name, badge) = value.rsplit_once('#').ok_or_else(bad)?;
        let (name, badge) = (name.trim(), normalize_badge(badge));
        if name.is_empty() || !valid_badge(&badge) {
            return Err(bad());
        }
        Ok(OfficerRef {
            name: name.to_string(),
            badge,
        })
    }

    pub fn is_identified(&self) -> bool {
        self.badge != UNKNOWN_BADGE
    }
}

/// What reports need and files carry beyond SPEC's columns (all optional):
/// how the complaint came in (of the case), and of each allegation the
/// officer's unit or command and the demographics oversight offices
/// publish in aggregate. Values come from the profile's `[fields]` (the
/// unit is free text).
pub const FIELDS: [&str; 8] = [
    "channel",
    "officer_unit",
    "officer_race",
    "officer_sex",
    "officer_age",
    "complainant_race",
    "complainant_sex",
    "complainant_age",
];

/// The field that belongs to the case rather than to an allegation.
pub const CASE_FIELDS: [&str; 1] = ["channel"];

/// The field whose values are the file's own words.
pub const FREE_FIELDS: [&str; 1] = ["officer_unit"];

/// What starts an officer identity built from other columns of an
/// imported file that has no badge (`badge = { ..., identity = true }` in
/// a mapping): no badge intake accepts holds a colon, so the two never mix.
pub const NAME_IDENTITY: &str = "name:";

/// An officer identity from the words of other columns (a name, a birth
/// year): `name:` and the words in lower case joined by `-`; "unknown"
/// when there are none.
pub fn name_identity(parts: &[&str]) -> String {
    let words: Vec<String> = parts
        .iter()
        .flat_map(|p| p.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        UNKNOWN_BADGE.to_string()
    } else {
        format!("{NAME_IDENTITY}{}", words.join("-"))
    }
}

/// Whether a badge is an identity built from other columns.
pub fn is_name_identity(badge: &str) -> bool {
    badge.starts_with(NAME_IDENTITY)
}

/// A badge as people read it: an identity from other columns says so.
pub fn badge_words(badge: &str) -> String {
    if is_name_identity(badge) {
        "no badge (identified by name)".to_string()
    } else {
        badge.to_string()
    }
}

pub fn normalize_badge(badge: &str) -> String {
    let b = badge.trim();
    if b.eq_ignore_ascii_case(UNKNOWN_BADGE) {
        UNKNOWN_BADGE.to_string()
    } else {
        b.to_string()
    }
}

fn valid_badge(b: &str) -> bool {
    !b.is_empty() && b.len() <= 32 && b.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// An allegation as given at intake: `CATEGORY@BADGE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllegationRef {
    pub category: String,
    pub badge: String,
}

impl AllegationRef {
    pub const FORM: &'static str =
        "CATEGORY@BADGE, for example \"force@1234\" (the badge of one of the case's officers)";

    pub fn parse(value: &str) -> Result<Self> {
        let bad = || Error::bad_value("--allegation", value, Self::FORM);
        let (category, badge) = value.rsplit_once('@').ok_or_else(bad)?;
        let (category, badge) = (category.trim(), normalize_badge(badge));
        if category.is_empty() || !valid_badge(&badge) {
            return Err(bad());
        }
        Ok(AllegationRef {
            category: category.to_string(),
            badge,
        })
    }
}

/// A panel vote's tally as given on the command line: `DATE YES-NO of
/// SEATED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Vote {
    pub date: NaiveDate,
    pub yes: u32,
    pub no: u32,
    /// Members seated on the panel that day ("of 13"; not recorded before
    /// schema version 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seated: Option<u32>,
}

impl Vote {
    pub const FORM: &'static str =
        "\"YYYY-MM-DD YES-NO of SEATED\", for example \"2025-03-04 8-3 of 13\" (8 yes, 3 no, \
         13 members seated)";

    pub fn parse(field: &str, value: &str) -> Result<Self> {
        let bad = || Error::bad_value(field, value, Self::FORM);
        let (date, rest) = value.trim().split_once(' ').ok_or_else(bad)?;
        let date = parse_date(field, date)?;
        let (tally, seated) = match rest.trim().split_once(" of ") {
            Some((t, s)) => (t, Some(s.trim().parse().map_err(|_| bad())?)),
            None => (rest, None),
        };
        let (yes, no) = tally.trim().split_once('-').ok_or_else(bad)?;
        let yes = yes.trim().parse().map_err(|_| bad())?;
        let no = no.trim().parse().map_err(|_| bad())?;
        Ok(Vote {
            date,
            yes,
            no,
            seated,
        })
    }

    /// "8-3 of 13 seated", or "8-3" when the seated count was not recorded.
    pub fn tally(&self) -> String {
        match self.seated {
            Some(s) => format!("{}-{} of {s} seated", self.yes, self.no),
            None => format!("{}-{}", self.yes, self.no),
        }
    }
}

/// Text a person gives (a name, a summary, a note): no control character,
/// which a terminal would obey when the text is shown; a summary or note
/// may keep newlines and tabs (`multiline`).
pub fn check_text(field: &str, value: &str, multiline: bool) -> Result<()> {
    match crate::output::control_in(value, multiline) {
        Some(c) => Err(Error::bad_value(
            field,
            &crate::output::escape_controls(value),
            &format!(
                "plain text (it holds the control character U+{:04X})",
                c as u32
            ),
        )),
        None => Ok(()),
    }
}

pub fn parse_yes_no(field: &str, value: &str) -> Result<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" => Ok(true),
        "no" | "n" | "false" => Ok(false),
        _ => Err(Error::bad_value(field, value, "yes or no")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date written by [`serialize_date`] is the JSON chrono writes, at
    /// the ends of the years it spells and past them.
    #[test]
    fn a_date_serialized_is_chronos_own() {
        #[derive(serde::Serialize)]
        struct Spelt(#[serde(serialize_with = "serialize_date")] NaiveDate);
        for (y, m, d) in [
            (1900, 1, 1),
            (2024, 2, 29),
            (2025, 12, 31),
            (0, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(
                serde_json::to_string(&Spelt(date)).unwrap(),
                serde_json::to_string(&date).unwrap(),
                "{date:?}"
            );
        }
    }

    /// Every day of four centuries and the years at the edges of four
    /// digits are spelt as chrono spells them (`%Y-%m-%d`), and a year
    /// beyond them as before.
    #[test]
    fn a_date_is_spelt_as_chrono_spells_it() {
        let mut d = NaiveDate::from_ymd_opt(1899, 12, 25).unwrap();
        while d < NaiveDate::from_ymd_opt(2300, 1, 10).unwrap() {
            assert_eq!(fmt_date(d), d.format("%Y-%m-%d").to_string());
            d = d.succ_opt().unwrap();
        }
        for (y, m, day) in [
            (0, 1, 1),
            (9, 2, 3),
            (99, 10, 31),
            (999, 12, 31),
            (9999, 12, 31),
        ] {
            let d = NaiveDate::from_ymd_opt(y, m, day).unwrap();
            assert_eq!(fmt_date(d), d.format("%Y-%m-%d").to_string());
        }
        let far = NaiveDate::from_ymd_opt(10000, 1, 2).unwrap();
        assert_eq!(fmt_date(far), "10000-01-02");
        let before = NaiveDate::from_ymd_opt(-1, 3, 4).unwrap();
        assert_eq!(fmt_date(before), "-001-03-04");
    }

    #[test]
    fn a_date_typed_another_way_is_guessed() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(date_guess("2025-3-7"), Some(d("2025-03-07")));
        assert_eq!(date_guess("03/07/2025"), Some(d("2025-03-07")));
        assert_eq!(date_guess("3.7.2025"), Some(d("2025-03-07")));
        assert_eq!(date_guess("2025-02-30"), None);
        assert_eq!(date_guess("yesterday"), None);
        let e = parse_date("--date", "2025-3-7").unwrap_err().to_string();
        assert!(e.ends_with("(did you mean 2025-03-07?)"), "{e}");
    }

    #[test]
    fn a_stored_date_is_read_exactly_as_written() {
        use chrono::Datelike;
        let d = |y, m, day| Some(NaiveDate::from_ymd_opt(y, m, day));
        assert_eq!(iso_date("2025-03-07"), d(2025, 3, 7));
        assert_eq!(iso_date("1900-01-01"), d(1900, 1, 1));
        assert_eq!(iso_date("2024-02-29"), d(2024, 2, 29));
        assert_eq!(iso_date("9999-12-31"), d(9999, 12, 31));
        // Of the form, but no calendar day.
        assert_eq!(iso_date("2025-02-29"), Some(None));
        assert_eq!(iso_date("2025-13-01"), Some(None));
        assert_eq!(iso_date("2025-00-10"), Some(None));
        assert_eq!(iso_date("2025-04-31"), Some(None));
        // Not of the form (chrono's "%Y-%m-%d" would take some of these).
        for v in [
            "2025-3-07",
            "2025-03-7",
            "+2025-03-07",
            " 2025-03-07",
            "2025-03-07 ",
            "2025/03/07",
            "20250307",
            "",
            "2025-03-0a",
            "２０２５-03-07",
        ] {
            assert_eq!(iso_date(v), None, "{v:?}");
        }
        // Every day of a leap year and a common one, against chrono.
        for y in [2023, 2024] {
            let mut day = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
            while day.year() == y {
                assert_eq!(iso_date(&fmt_date(day)), Some(Some(day)));
                day = day.succ_opt().unwrap();
            }
        }
    }

    #[test]
    fn a_slip_of_a_letter_is_pointed_at() {
        let findings: Vec<String> = ["unfounded", "exonerated", "not-sustained", "sustained"]
            .map(String::from)
            .to_vec();
        assert_eq!(closest("sustaned", &findings), Some("sustained"));
        assert_eq!(closest("Exonorated", &findings), Some("exonerated"));
        assert_eq!(closest("banana", &findings), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn a_shortened_case_number_is_expanded() {
        assert_eq!(case_number_guesses("2025-1", ""), vec!["2025-0001"]);
        assert_eq!(
            case_number_guesses("25-1", ""),
            vec!["2025-0001", "1925-0001"]
        );
        assert_eq!(
            case_number_guesses("CIP-25-12", "CIP-"),
            vec!["CIP-2025-0012", "CIP-1925-0012"]
        );
        assert!(case_number_guesses("2025-0001", "").is_empty());
        assert!(case_number_guesses("abc", "").is_empty());
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(
            parse_date("--received", "2024-02-29").unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
        for bad in [
            "2023-02-29",
            "2025-13-01",
            "2025-1-01",
            "25-01-01",
            "01/02/2025",
            "",
        ] {
            let e = parse_date("--received", bad).unwrap_err().to_string();
            assert!(e.contains("--received") && e.contains("YYYY-MM-DD"), "{e}");
        }
    }

    #[test]
    fn officers_and_allegations() {
        assert_eq!(
            OfficerRef::parse("Jane Doe#1234").unwrap(),
            OfficerRef {
                name: "Jane Doe".into(),
                badge: "1234".into()
            }
        );
        assert_eq!(
            OfficerRef::parse("John # UNKNOWN").unwrap().badge,
            "unknown"
        );
        assert!(OfficerRef::parse("Jane Doe").is_err());
        assert!(OfficerRef::parse("#12").is_err());
        assert!(OfficerRef::parse("Jane#12 34").is_err());
        // An identity from other columns is never a badge intake takes.
        assert!(OfficerRef::parse("Jane#name:jane-doe").is_err());
        assert_eq!(
            name_identity(&["Jonathan", "O'Ruiz Jr."]),
            "name:jonathan-o-ruiz-jr"
        );
        assert_eq!(name_identity(&["", " "]), "unknown");
        assert!(is_name_identity("name:jonathan-ruiz") && !is_name_identity("4411"));
        let a = AllegationRef::parse("force@1234").unwrap();
        assert_eq!((a.category.as_str(), a.badge.as_str()), ("force", "1234"));
        assert!(AllegationRef::parse("force").is_err());
    }

    #[test]
    fn votes() {
        let v = Vote::parse("--late-vote", "2025-03-04 8-3 of 13").unwrap();
        assert_eq!((v.yes, v.no, v.seated), (8, 3, Some(13)));
        assert!(Vote::parse("--late-vote", "2025-03-04 8-3 of many").is_err());
        let v = Vote::parse("--late-vote", "2025-03-04 8-3").unwrap();
        assert_eq!((v.yes, v.no), (8, 3));
        assert!(Vote::parse("--late-vote", "2025-03-04").is_err());
        assert!(Vote::parse("--late-vote", "2025-03-04 eight-3").is_err());
    }
}

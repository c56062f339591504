//! A migration as the README walks it, on a file shaped like the ones
//! offices bring (tests/fixtures/messy-city.csv: date-times with offsets,
//! no badge numbers, 1900 placeholders and a 3019 typo in the close dates,
//! rows of a complaint disagreeing, exact repeats, test records, mixed
//! case, administrative closures with the reason in another column, cases
//! closed before they were received): a dry run, the import with a reject
//! file, the rejects fixed and imported again. Only the mapping
//! (tests/fixtures/messy-city.map.toml) says how; the annual figures of
//! what was imported match counts made here straight from the file.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use common::Env;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/messy-city.csv");
const MAP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/messy-city.map.toml"
);
const TODAY: &str = "2020-12-31";

/// One complaint as counted here: its earliest received date, its close
/// (none for the 1900 placeholder), and its distinct rows.
#[derive(Default)]
struct Complaint {
    received: Option<NaiveDate>,
    closed: Option<NaiveDate>,
    rows: Vec<Vec<String>>,
}

fn date(stamp: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(stamp.get(..10)?, "%Y/%m/%d").ok()
}

/// The file's complaints, counted apart from oversight: test records left
/// out, exact repeats once, a typo year read as `fix` says.
fn complaints(text: &str, fix: &dyn Fn(&str) -> String) -> BTreeMap<String, Complaint> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let mut seen = BTreeSet::new();
    let mut out: BTreeMap<String, Complaint> = BTreeMap::new();
    for rec in r.records() {
        let row: Vec<String> = rec.unwrap().iter().map(String::from).collect();
        if row[11] == "TEST RECORD" || !seen.insert(row.clone()) {
            continue;
        }
        let c = out.entry(row[0].clone()).or_default();
        let received = date(&row[1]).unwrap();
        c.received = Some(c.received.map_or(received, |r| r.min(received)));
        let closed = fix(&row[3]);
        c.closed = if closed.starts_with("1900") {
            None
        } else {
            date(&closed)
        };
        c.rows.push(row);
    }
    out
}

/// What the annual report should say for `year` of the complaints that
/// imported (neither closed before received nor after today).
fn expected(all: &BTreeMap<String, Complaint>, year: i32) -> serde_json::Value {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let good = all.values().filter(|c| {
        c.closed
            .is_none_or(|d| d >= c.received.unwrap() && d <= today)
    });
    let in_year = |d: Option<NaiveDate>| d.is_some_and(|d| chrono::Datelike::year(&d) == year);
    let mut received = 0;
    let mut closed = 0;
    let mut categories: BTreeMap<String, i64> = BTreeMap::new();
    let mut findings: BTreeMap<String, i64> = BTreeMap::new();
    let mut channels: BTreeMap<String, i64> = BTreeMap::new();
    let mut days = Vec::new();
    for c in good {
        if in_year(c.received) {
            received += 1;
            *channels.entry(c.rows[0][10].to_lowercase()).or_insert(0) += 1;
            for r in &c.rows {
                let cat = r[7].trim().to_lowercase().replace(' ', "-");
                *categories.entry(cat).or_insert(0) += 1;
            }
        }
        if in_year(c.closed) {
            closed += 1;
            days.push((c.closed.unwrap() - c.received.unwrap()).num_days());
            for r in &c.rows {
                let f = match r[8].to_lowercase().as_str() {
                    "admin closed" => "no-finding".to_string(),
                    other => other.replace(' ', "-"),
                };
                *findings.entry(f).or_insert(0) += 1;
            }
        }
    }
    days.sort_unstable();
    let n = days.len();
    let median = if n % 2 == 1 {
        days[n / 2] as f64
    } else {
        (days[n / 2 - 1] + days[n / 2]) as f64 / 2.0
    };
    serde_json::json!({
        "received": received, "closed": closed, "categories": categories,
        "findings": findings, "channels": channels, "median": median,
    })
}

fn check_year(env: &Env, all: &BTreeMap<String, Complaint>, year: i32) {
    let want = expected(all, year);
    let y = year.to_string();
    let r = env.json(&["report", "annual", "--year", &y, "--as-of", TODAY]);
    assert!(want["received"].as_i64().unwrap() > 20, "{want}");
    assert_eq!(r["complaints_received"], want["received"], "{year}");
    assert_eq!(r["cases_closed"], want["closed"], "{year}");
    assert_eq!(r["imported_cases"], want["received"], "{year}");
    assert_eq!(r["median_days_to_close"], want["median"], "{year}");
    for (what, theirs) in [
        ("categories", &r["allegations_by_category"]),
        ("findings", &r["findings"]),
        ("channels", &r["demographics"]["channel"]),
    ] {
        for (k, n) in want[what].as_object().unwrap() {
            assert_eq!(&theirs[k], n, "{year} {what} {k}");
        }
        let total: i64 = theirs
            .as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| *k != "not recorded")
            .map(|(_, v)| v.as_i64().unwrap())
            .sum();
        let counted: i64 = want[what]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_i64().unwrap())
            .sum();
        assert_eq!(total, counted, "{year} {what}");
    }
}

#[test]
fn a_messy_legacy_file_migrates_with_only_a_mapping() {
    let env = Env::new();
    let text = std::fs::read_to_string(FILE).unwrap();
    let as_is = complaints(&text, &|s| s.to_string());
    let bad: BTreeSet<&String> = as_is
        .iter()
        .filter(|(_, c)| {
            c.closed
                .is_some_and(|d| d < c.received.unwrap() || chrono::Datelike::year(&d) == 3019)
        })
        .map(|(n, _)| n)
        .collect();
    assert_eq!(bad.len(), 5, "the fixture's faulty complaints");

    // 1. See first: nothing written, every fault by reason, the repeats
    //    and test records counted.
    let out = env
        .cmd()
        .args([
            "import",
            FILE,
            "--map",
            MAP,
            "--dry-run",
            "--format",
            "json",
        ])
        .args(["--as-of", TODAY])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let dry: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dry["cases"], as_is.len() - 5, "{dry}");
    assert_eq!(dry["refused_cases"], 5);
    assert_eq!(dry["unmapped"], serde_json::json!([]));
    // By reason, whatever each case's own date in it.
    let reasons: Vec<(String, i64)> = dry["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                format!(
                    "{}: {}",
                    r["field"].as_str().unwrap(),
                    r["expected"].as_str().unwrap()
                ),
                r["rows"].as_i64().unwrap(),
            )
        })
        .collect();
    assert!(
        reasons.contains(&("closed: is before the date received".into(), 5))
            && reasons.contains(&("closed: is after today".into(), 5)),
        "{reasons:?}"
    );
    let skipped: BTreeMap<String, i64> = dry["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["why"].as_str().unwrap().to_string(),
                s["rows"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(skipped["test records of the old system"], 4);
    assert_eq!(
        skipped["exact repeats of an earlier row (drop_duplicates)"],
        60
    );
    assert!(!env.has_store());

    // 2. Import the good cases, the faulty ones set aside with reasons.
    let rejects = env.dir.path().join("rejected.csv");
    let r = rejects.to_str().unwrap();
    let out = env.json(&[
        "import", FILE, "--map", MAP, "--reject", r, "--as-of", TODAY,
    ]);
    assert_eq!(out["imported"], as_is.len() - 5);
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    for number in &bad {
        assert!(rejected.contains(number.as_str()), "{number}: {rejected}");
    }
    assert!(rejected.contains("closed: '3019-"), "{rejected}");
    assert!(
        rejected.contains("is before the date received"),
        "{rejected}"
    );
    for year in 2016..=2019 {
        check_year(&env, &as_is, year);
    }
    // No badge in the file: officers by name and year of birth, never a
    // badge.
    let list = env.json(&["officer", "list"]);
    let badges: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["badge"].as_str().unwrap())
        .collect();
    assert!(
        !badges.is_empty() && badges.iter().all(|b| b.starts_with("name:")),
        "{list}"
    );

    // 3. Fix the typos in the reject file and import it again: the fixed
    //    cases go in, the ones closed before received are set aside again.
    std::fs::write(&rejects, rejected.replace("3019/", "2019/")).unwrap();
    let again = env.dir.path().join("rejected-again.csv");
    let out = env.json(&[
        "import",
        r,
        "--map",
        MAP,
        "--reject",
        again.to_str().unwrap(),
        "--as-of",
        TODAY,
    ]);
    assert_eq!(out["imported"], 3);
    let fixed = complaints(&text, &|s| s.replace("3019/", "2019/"));
    for year in 2016..=2019 {
        check_year(&env, &fixed, year);
    }
    env.run(&["verify", "--as-of", TODAY], 0);
}

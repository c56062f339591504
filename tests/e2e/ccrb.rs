//! Migrating from another system: a sample of New York's CCRB allegations
//! file (tests/fixtures/ccrb-sample.csv: its first 150 complaints, 482
//! officer-allegations) imported with examples/ccrb-2020.map.toml. The
//! expected counts were taken from the sample with a separate script. The
//! whole file (compressed, 0.7 MB) is checked against counts made here.

use crate::common;
use common::Env;
use serde_json::json;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/ccrb-sample.csv"
);
const MAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/ccrb-2020.map.toml");

#[test]
fn the_ccrb_sample_imports_with_the_shipped_mapping() {
    let env = Env::new();
    let out = env.json(&["import", SAMPLE, "--map", MAP]);
    assert_eq!(out, json!({"imported": 150, "allegations": 482}));

    let rows = env.json(&["export", "cases"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 482);
    let count = |key: &str, value: &str| rows.iter().filter(|r| r[key] == value).count();
    assert_eq!(count("category", "abuse-of-authority"), 331);
    assert_eq!(count("category", "force"), 76);
    assert_eq!(count("category", "discourtesy"), 59);
    assert_eq!(count("category", "offensive-language"), 16);
    assert_eq!(count("finding", "not-sustained"), 227);
    assert_eq!(count("finding", "sustained"), 134);
    assert_eq!(count("finding", "exonerated"), 121);
    assert_eq!(count("status", "closed"), 482);

    // The first row of the file: complaint 42835, received July 2019,
    // closed May 2020, officer Jonathan Ruiz (10004).
    let first = rows.iter().find(|r| r["case"] == "CCRB-42835").unwrap();
    assert_eq!(first["received"], "2019-07-01");
    assert_eq!(first["closed"], "2020-05-01");
    assert_eq!(first["officer_name"], "Jonathan Ruiz");
    assert_eq!(first["badge"], "10004");
    assert_eq!(first["finding"], "sustained");

    let r = env.json(&[
        "report",
        "annual",
        "--year",
        "2015",
        "--as-of",
        "2020-07-01",
    ]);
    assert_eq!(r["complaints_received"], 17);
    // All 17 came from the file, and the report says what that leaves out.
    assert_eq!(r["imported_cases"], 17);
    let table = env.run(
        &[
            "report",
            "annual",
            "--year",
            "2015",
            "--as-of",
            "2020-07-01",
        ],
        0,
    );
    assert!(
        table.contains("17 of the cases received in the period were imported from another system"),
        "{table}"
    );
    let r = env.json(&[
        "report",
        "annual",
        "--year",
        "2016",
        "--as-of",
        "2020-07-01",
    ]);
    assert_eq!(r["findings"]["not-sustained"], 27);
    assert_eq!(r["findings"]["exonerated"], 16);
    assert_eq!(r["findings"]["sustained"], 10);
    // The demographics the Board recorded, counted apart from oversight in
    // the sample's 21 rows received in 2016 (mapped as the mapping says).
    let d = &r["demographics"];
    assert_eq!(
        (
            d["complainant_race"]["Black"].as_i64(),
            d["complainant_race"]["White"].as_i64(),
            d["complainant_race"]["not recorded"].as_i64()
        ),
        (Some(19), Some(1), Some(1))
    );
    assert_eq!(
        (
            d["officer_sex"]["male"].as_i64(),
            d["officer_sex"]["female"].as_i64()
        ),
        (Some(15), Some(6))
    );
    // Closed history from another system carries no deadlines of ours: its
    // steps are unknown, so nothing counts as missed or overdue.
    assert_eq!(r["deadlines_missed"], 0);
    assert_eq!(env.json(&["overdue", "--as-of", "2020-07-01"]), json!([]));

    let officer = env.json(&["officer", "show", "10039"]);
    assert_eq!(officer["cases"].as_array().unwrap().len(), 19);
}

#[test]
fn values_the_mapping_does_not_know_are_listed_with_counts_before_anything_is_written() {
    let env = Env::new();
    env.run(&["init"], 0);
    let text = std::fs::read_to_string(SAMPLE)
        .unwrap()
        .replace("\"Exonerated\"", "\"Closed - pending litigation\"");
    let file = env.dir.path().join("ccrb.csv");
    std::fs::write(&file, text).unwrap();
    let err = env.refused(&["import", file.to_str().unwrap(), "--map", MAP], 2);
    assert!(
        err.contains("finding: 'Closed - pending litigation' (121 row(s))"),
        "{err}"
    );
    // With --reject, those rows go aside with their cases, by line, and the
    // rest import.
    let rejects = env.dir.path().join("rejects.csv");
    let out = env.json(&[
        "import",
        file.to_str().unwrap(),
        "--map",
        MAP,
        "--reject",
        rejects.to_str().unwrap(),
    ]);
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        rejected
            .contains("finding: 'Closed - pending litigation' is not translated by the mapping"),
        "{rejected}"
    );
    let refused: std::collections::BTreeSet<&str> = rejected
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(5))
        .collect();
    assert_eq!(
        out["imported"].as_u64().unwrap() + refused.len() as u64,
        150,
        "{out}"
    );
    assert!(!refused.is_empty());
    assert_eq!(
        env.json(&["list"]).as_array().unwrap().len() as u64,
        out["imported"].as_u64().unwrap()
    );
    // A mapping that reads a column the file does not have.
    let map = std::fs::read_to_string(MAP)
        .unwrap()
        .replace("\"unique_mos_id\"", "\"tax_id\"");
    let map_file = env.dir.path().join("map.toml");
    std::fs::write(&map_file, map).unwrap();
    let other = Env::new();
    let err = other.fails(&["import", SAMPLE, "--map", map_file.to_str().unwrap()], 2);
    assert!(err.contains("missing column(s) tax_id"), "{err}");
    assert!(!other.has_store());
}

/// The whole CCRB file (tests/fixtures/nypd-ccrb-allegations-2020.csv.gz,
/// ProPublica's July 2020 copy, compressed) imports with the shipped
/// mapping alone, and the annual figures of two years match what is
/// counted here straight from the file: complaints received and closed,
/// allegations by category, findings by the Board's disposition, the
/// median and 90th percentile days to close.
#[test]
fn the_whole_ccrb_file_imports_and_two_years_match_an_independent_count() {
    use std::collections::{BTreeMap, BTreeSet};
    use std::io::Read;
    let env = Env::new();
    let gz = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/nypd-ccrb-allegations-2020.csv.gz"
    );
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(gz).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let file = env.dir.path().join("ccrb.csv");
    std::fs::write(&file, &text).unwrap();
    let out = env.json(&["import", file.to_str().unwrap(), "--map", MAP]);
    assert_eq!(out, json!({"imported": 12056, "allegations": 33358}));
    // Every case listed (on PostgreSQL, read a batch at a time).
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 12056);
    // As a table for people, written a chunk of rows at a time (issue #12):
    // every case once, each line a row of the one Markdown table, the
    // columns no narrower than the first chunk laid them out.
    let table = env.run(&["list"], 0);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 12056 + 2);
    assert!(lines[1].starts_with("|---") && !lines[1].contains(' '));
    let cases: BTreeSet<&str> = lines[2..]
        .iter()
        .map(|l| {
            assert!(l.starts_with("| CCRB-") && l.ends_with(" |"), "{l}");
            l.split(" | ")
                .next()
                .unwrap()
                .trim_start_matches("| ")
                .trim()
        })
        .collect();
    assert_eq!(cases.len(), 12056);
    assert!(lines.iter().all(|l| l.len() >= lines[0].len()));

    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let at = |name: &str| head.iter().position(|h| h == name).unwrap();
    let (id, ym, yy, cm, cy, fado, disp) = (
        at("complaint_id"),
        at("month_received"),
        at("year_received"),
        at("month_closed"),
        at("year_closed"),
        at("fado_type"),
        at("board_disposition"),
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let first_of = |y: &str, m: &str| {
        chrono::NaiveDate::from_ymd_opt(y.parse().unwrap(), m.parse().unwrap(), 1).unwrap()
    };
    for year in ["2016", "2018"] {
        let mut received = BTreeSet::new();
        let mut closed: BTreeMap<&str, i64> = BTreeMap::new();
        let mut categories: BTreeMap<String, i64> = BTreeMap::new();
        let mut findings: BTreeMap<&str, i64> = BTreeMap::new();
        for r in &rows {
            if &r[yy] == year {
                received.insert(&r[id]);
                let category = r[fado].to_lowercase().replace(' ', "-");
                *categories.entry(category).or_insert(0) += 1;
            }
            if &r[cy] == year {
                let days = (first_of(&r[cy], &r[cm]) - first_of(&r[yy], &r[ym])).num_days();
                closed.insert(&r[id], days);
                let finding = match &r[disp] {
                    d if d.starts_with("Substantiated") => "sustained",
                    "Unsubstantiated" => "not-sustained",
                    "Exonerated" => "exonerated",
                    other => panic!("a disposition not counted here: {other}"),
                };
                *findings.entry(finding).or_insert(0) += 1;
            }
        }
        let mut days: Vec<i64> = closed.values().copied().collect();
        days.sort_unstable();
        let n = days.len();
        let median = if n % 2 == 1 {
            days[n / 2] as f64
        } else {
            (days[n / 2 - 1] + days[n / 2]) as f64 / 2.0
        };
        // Nearest rank: the ceil(0.9 n)-th smallest.
        let p90 = days[(9 * n).div_ceil(10) - 1];

        let r = env.json(&["report", "annual", "--year", year, "--as-of", "2020-12-31"]);
        assert_eq!(r["complaints_received"], received.len() as i64, "{year}");
        assert_eq!(r["cases_closed"], closed.len() as i64, "{year}");
        for (category, n) in &categories {
            assert_eq!(
                r["allegations_by_category"][category], *n,
                "{year} {category}"
            );
        }
        let total: i64 = r["allegations_by_category"]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_i64().unwrap())
            .sum();
        assert_eq!(total, categories.values().sum::<i64>(), "{year}");
        for (finding, n) in &findings {
            assert_eq!(r["findings"][finding], *n, "{year} {finding}");
        }
        assert_eq!(r["median_days_to_close"], median, "{year}");
        assert_eq!(r["p90_days_to_close"], p90, "{year}");
        assert_eq!(r["imported_cases"], received.len() as i64, "{year}");
    }
}

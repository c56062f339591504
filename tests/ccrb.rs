//! Migrating from another system: a sample of New York's CCRB allegations
//! file (tests/fixtures/ccrb-sample.csv: its first 150 complaints, 482
//! officer-allegations) imported with examples/ccrb-2020.map.toml. The
//! expected counts were taken from the sample with a separate script.

mod common;
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
    // A mapping that reads a column the file does not have.
    let map = std::fs::read_to_string(MAP)
        .unwrap()
        .replace("\"unique_mos_id\"", "\"tax_id\"");
    let map_file = env.dir.path().join("map.toml");
    std::fs::write(&map_file, map).unwrap();
    let err = env.refused(&["import", SAMPLE, "--map", map_file.to_str().unwrap()], 2);
    assert!(err.contains("missing column(s) tax_id"), "{err}");
}

//! `export cases` and `import`: SPEC's columns, formula neutralising, the
//! public flavour, all-or-nothing import naming every bad line, round trip.

use crate::common;
use common::Env;

const TODAY: &str = "2026-06-30";

fn build(env: &Env) -> (String, String) {
    let a = env.intake(&[
        "--as-of",
        "2025-02-03",
        "--received",
        "2025-02-03",
        "--source",
        "direct",
        "--incident-date",
        "2025-01-30",
        "--criminal",
        "no",
        "--complainant",
        "=HYPERLINK(\"x\")",
        "--complainant",
        "Ana Diaz",
        "--officer",
        "John Roe#4411",
        "--officer",
        "Jim Poe#5150",
        "--allegation",
        "force@4411",
        "--allegation",
        "discourtesy@5150",
        "--summary",
        "Pushed, then insulted",
    ]);
    env.steps(
        TODAY,
        &[
            vec!["commence", &a, "--date", "2025-02-05"],
            vec!["present", &a, "--date", "2025-06-04"],
            vec![
                "finding",
                &a,
                "--allegation",
                "1",
                "--finding",
                "sustained",
                "--date",
                "2025-06-04",
            ],
            vec![
                "finding",
                &a,
                "--allegation",
                "2",
                "--finding",
                "no-finding",
                "--reason",
                "withdrawn",
                "--date",
                "2025-06-04",
            ],
            vec!["transmit", &a, "--date", "2025-06-05"],
            vec!["close", &a, "--date", "2025-06-06"],
        ],
    );
    let b = env.intake(&[
        "--as-of",
        "2026-03-02",
        "--received",
        "2026-03-02",
        "--source",
        "force-gbh",
        "--incident-date",
        "2026-02-28",
        "--officer",
        "Kim Lee#900",
        "--allegation",
        "force@900",
        "--summary",
        // Text that reads as a marked formula: it comes back as it was.
        "'-' marks: Broken arm during arrest",
    ]);
    (a, b)
}

#[test]
fn export_has_spec_columns_one_row_per_allegation() {
    let env = Env::new();
    let (a, b) = build(&env);
    let csv = env.run(&["export", "cases", "--format", "csv"], 0);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "case,received,incident_date,source,criminal,status,closed,out_of_time,officer_name,badge,category,finding,finding_reason,finding_date,complainants,summary"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[0].starts_with(&format!(
        "{a},2025-02-03,2025-01-30,direct,false,closed,2025-06-06,false,John Roe,4411,force,sustained,,2025-06-04,"
    )), "{}", rows[0]);
    // A complainant that looks like a formula is neutralised.
    assert!(
        rows[0].contains("\"'=HYPERLINK(\"\"x\"\"); Ana Diaz\""),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].contains("no-finding,withdrawn,2025-06-04"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with(&format!(
            "{b},2026-03-02,2026-02-28,force-gbh,true,open,,false,Kim Lee,900,force,,,,"
        )),
        "{}",
        rows[2]
    );

    let y = env.json(&["export", "cases", "--year", "2026"]);
    assert_eq!(y.as_array().unwrap().len(), 1);
    assert_eq!(y[0]["case"], b.as_str());
    assert_eq!(y[0]["criminal"], true);
}

#[test]
fn public_export_has_no_personal_data_and_no_open_case() {
    let env = Env::new();
    let (_, open) = build(&env);
    for format in ["csv", "json"] {
        let out = env.run(&["export", "cases", "--public", "--format", format], 0);
        for secret in [
            "Ana Diaz",
            "HYPERLINK",
            "Pushed",
            "Broken arm",
            "Kim Lee",
            "900",
        ] {
            assert!(
                !out.contains(secret),
                "{format} export shows '{secret}': {out}"
            );
        }
        assert!(
            out.contains("John Roe"),
            "closed cases keep their officers: {out}"
        );
        // The case still under investigation is not in it at all.
        assert!(!out.contains(&open), "{format}: {out}");
        assert!(!out.contains("force-gbh"), "{format}: {out}");
    }
    let err = env
        .cmd()
        .args(["export", "cases", "--public"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&err.stderr);
    assert!(
        said.contains("1 case(s) still under investigation left out (Fla. Stat. 112.533(2)(a))"),
        "{said}"
    );
    // As of a day before the closed case closed (6 June 2025), it was still
    // under investigation: a public file made as of then leaves it out too.
    let before = env.run(
        &[
            "export",
            "cases",
            "--public",
            "--format",
            "csv",
            "--as-of",
            "2025-06-05",
        ],
        0,
    );
    assert_eq!(before.lines().count(), 1, "only the header: {before}");
    let on = env.run(
        &[
            "export",
            "cases",
            "--public",
            "--format",
            "csv",
            "--as-of",
            "2025-06-06",
        ],
        0,
    );
    assert!(on.contains("John Roe"), "{on}");
}

#[test]
fn export_then_import_round_trips_every_column() {
    let env = Env::new();
    build(&env);
    let csv = env.run(&["export", "cases", "--format", "csv"], 0);
    let file = env.dir.path().join("cases.csv");
    std::fs::write(&file, &csv).unwrap();

    let fresh = Env::new();
    let out = fresh.json(&["import", file.to_str().unwrap()]);
    assert_eq!(out, serde_json::json!({"imported": 2, "allegations": 3}));
    let again = fresh.run(&["export", "cases", "--format", "csv"], 0);
    assert_eq!(again, csv);
    let v = fresh.json(&["show", "2025-0001"]);
    assert_eq!(v["complainants"][0], "=HYPERLINK(\"x\")");
    let v = fresh.json(&["show", "2026-0001"]);
    assert_eq!(v["summary"], "'-' marks: Broken arm during arrest");
    // New intakes continue the numbering after imported cases.
    let next = fresh.direct("2026-04-01", "no");
    assert_eq!(next, "2026-0002");
    // Importing the same file again is refused: the numbers exist.
    let err = fresh.refused(&["import", file.to_str().unwrap()], 2);
    assert!(err.contains("already in the store"), "{err}");
}

#[test]
fn a_bad_file_is_refused_naming_every_bad_line_and_nothing_is_written() {
    let env = Env::new();
    env.run(&["init"], 0);
    let file = env.dir.path().join("bad.csv");
    std::fs::write(
        &file,
        "case,received,source,criminal,officer_name,badge,category,finding,finding_date\n\
         2024-0001,2024-03-04,direct,false,John Roe,4411,force,sustained,2024-09-01\n\
         2024-0001,2024-03-04,direct,false,John Roe,4411,punching,,\n\
         2024-0002,2024-02-30,direct,false,Jim Poe,5150,force,,\n\
         2024-0003,2024-05-06,walk-in,false,Jim Poe,5150,force,,\n\
         2024-0004,2024-05-06,walk-in,false,Jim Poe,5150,punching,,\n",
    )
    .unwrap();
    let err = env.refused(&["import", file.to_str().unwrap()], 2);
    // Rows, not faults: line 6 has two.
    assert!(err.contains("4 bad row(s) (5 fault(s))"), "{err}");
    assert!(err.contains("line 3: category: 'punching'"), "{err}");
    assert!(err.contains("line 4: received: '2024-02-30'"), "{err}");
    assert!(err.contains("line 5: source: 'walk-in'"), "{err}");

    std::fs::write(&file, "case,received\n2024-0001,2024-03-04\n").unwrap();
    let err = env.refused(&["import", file.to_str().unwrap()], 2);
    assert!(
        err.contains("missing column(s) source, badge, category"),
        "{err}"
    );
}

/// One date policy for import too: an impossible history is refused by
/// line and field, like every other bad row, and so are what intake
/// refuses (a badge with '#' or '@', control characters), a no-finding
/// without its reason and a case number that is not one.
#[test]
fn import_refuses_what_cannot_be_by_line_and_field() {
    let env = Env::new();
    let file = env.dir.path().join("history.csv");
    std::fs::write(
        &file,
        "case,received,incident_date,source,closed,badge,category,finding,finding_reason,finding_date,summary\r\n\
         2020-0001,2020-03-04,2020-03-01,direct,2020-01-01,1,force,,,,closed before received\r\n\
         2020-0002,2020-03-04,2020-03-01,direct,3019-01-01,1,force,,,,closed in 3019\r\n\
         2020-0003,2020-03-04,2020-03-09,direct,,1,force,,,,incident after receipt\r\n\
         2020-0004,2020-03-04,2020-03-01,direct,2020-06-01,1,force,sustained,,2020-02-01,finding before receipt\r\n\
         2020-0005,2020-03-04,2020-03-01,direct,2020-06-01,44#11,force,,,,a badge with a hash\r\n\
         2020-0006,2020-03-04,2020-03-01,direct,2020-06-01,1,force,no-finding,,2020-05-01,no reason\r\n\
         2020 0007,2020-03-04,2020-03-01,direct,,1,force,,,,not a number\r\n\
         2020-0008,2020-03-04,2020-03-01,direct,,1,force,,,,\"a bell \x07 rings\"\r\n\
         2020-0009,1899-12-31,,direct,,1,force,,,,a placeholder\r\n\
         2020-0010,2020-03-04,2020-03-01,direct,,1,force,,,,a nul \0 byte\r\n\
         2020-0011,2020-03-04,2020-03-01,direct,,1,force,,,2020-05-01,a date without a finding\r\n",
    )
    .unwrap();
    let err = env.fails(
        &["import", file.to_str().unwrap(), "--as-of", "2025-12-31"],
        2,
    );
    for expected in [
        "line 2: closed: '2020-01-01' is before the date received (2020-03-04)",
        "line 3: closed: '3019-01-01' is after today (2025-12-31)",
        "line 4: incident_date: '2020-03-09' is after the date received (2020-03-04)",
        "line 5: finding_date: '2020-02-01' is before the date received (2020-03-04)",
        "line 6: badge: '44#11' holds '#' or '@'",
        "line 7: finding_reason: '' is empty; a no-finding needs a reason",
        "line 8: case: '2020 0007' is not a case number",
        "line 9: summary: 'a bell \\u{0007} rings' holds a control character (U+0007)",
        "line 10: received: '1899-12-31' is before 1900-01-01",
        "line 11: summary: 'a nul \\u{0000} byte' holds a control character (U+0000)",
        "line 12: finding_date: '2020-05-01' is given without a finding",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in\n{err}");
    }
    // The physical line, also for CRLF files: nothing names the line above.
    assert!(!err.contains("line 1:"), "{err}");
    // A refused import creates no store.
    assert!(!env.has_store(), "a refused import created the store");
    assert!(!err.contains("created a new store"), "{err}");
}

/// Header faults are named: a column twice, a row with the wrong number of
/// fields (the line, and how many the header has), a quoted cell holding a
/// newline counting as the lines it spans.
#[test]
fn import_names_header_and_shape_faults() {
    let env = Env::new();
    let file = env.dir.path().join("shape.csv");
    std::fs::write(
        &file,
        "case,received,source,badge,category,case\n1,2,3,4,5,6\n",
    )
    .unwrap();
    let err = env.fails(&["import", file.to_str().unwrap()], 2);
    assert!(err.contains("line 1: column 'case' appears twice"), "{err}");
    std::fs::write(
        &file,
        "case,received,source,badge,category,summary\n\
         2020-0001,2020-03-04,direct,1,force,\"two\nlines\"\n\
         2020-0002,2020-03-04,direct,1\n",
    )
    .unwrap();
    let err = env.fails(&["import", file.to_str().unwrap()], 2);
    assert!(
        err.contains("line 4: row: '4 field(s)' is not one field per column: the header has 6"),
        "{err}"
    );
    std::fs::write(
        &file,
        "case,received,source,badge,category,summary\n\
         2020-0001,2020-03-04,direct,1,force,\"two\nlines\"\n\
         2020-0002,2020-03-32,direct,1,force,x\n",
    )
    .unwrap();
    let err = env.fails(&["import", file.to_str().unwrap()], 2);
    assert!(err.contains("line 4: received: '2020-03-32'"), "{err}");
    // The same from a CRLF file (what Excel writes): the line inside the
    // quoted cell ends in CRLF too, and is a line break, not a control
    // character; the physical line is still named.
    std::fs::write(
        &file,
        "case,received,source,badge,category,summary\r\n\
         2020-0001,2020-03-04,direct,1,force,\"two\r\nlines\"\r\n\
         2020-0002,2020-03-32,direct,1,force,x\r\n",
    )
    .unwrap();
    let err = env.fails(&["import", file.to_str().unwrap()], 2);
    assert!(err.contains("line 4: received: '2020-03-32'"), "{err}");
    assert!(!err.contains("U+000D"), "{err}");
    std::fs::write(
        &file,
        "case,received,source,badge,category,summary\r\n\
         2020-0001,2020-03-04,direct,1,force,\"two\r\nlines\"\r\n",
    )
    .unwrap();
    env.run(
        &["import", file.to_str().unwrap(), "--as-of", "2025-12-31"],
        0,
    );
    let case = env.json(&["show", "2020-0001", "--as-of", "2025-12-31"]);
    assert_eq!(case["summary"], "two\nlines", "{case}");
}

/// A date built from a year and a month column names them and what each
/// takes (the value it built is no date anyone typed); a file saved as
/// UTF-16 is said to be so, with what to do.
#[test]
fn a_built_date_names_its_columns_and_utf16_is_named() {
    let env = Env::new();
    env.run(&["init"], 0);
    let file = env.dir.path().join("ym.csv");
    std::fs::write(
        &file,
        "id,y,m,badge\n7,2019,13,4411\n8,2019,0,4411\n9,2019,5,4411\n",
    )
    .unwrap();
    let map = env.dir.path().join("m.toml");
    std::fs::write(
        &map,
        "[columns]\ncase = { column = \"id\" }\nreceived = { year = \"y\", month = \"m\" }\n\
         badge = { column = \"badge\" }\nsource = { value = \"direct\" }\n\
         category = { value = \"force\" }\n",
    )
    .unwrap();
    let (f, m) = (file.to_str().unwrap(), map.to_str().unwrap());
    let err = env.refused(&["import", f, "--map", m], 2);
    for line in [2, 3] {
        assert!(
            err.contains(&format!(
                "line {line}: received: '2019-{}' is not a date: the mapping builds it from the \
                 column(s) y (a year, e.g. 2019) and m (a month, 1 to 12)",
                if line == 2 { "13" } else { "0" }
            )),
            "{err}"
        );
    }
    assert!(!err.contains("line 4"), "{err}");
    let utf16 = env.dir.path().join("utf16.csv");
    let mut bytes = vec![0xff, 0xfe];
    for u in "case,received,source,badge,category\n".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(&utf16, bytes).unwrap();
    let err = env.refused(&["import", utf16.to_str().unwrap()], 2);
    assert!(
        err.contains("line 1: the header is not UTF-8 text (a file saved as UTF-16"),
        "{err}"
    );
}

/// A quote opened and never closed would take every later row into one
/// cell, which the CSV reader takes without a fault: the import is refused
/// naming the line it opens on, the store as it was (dry run too). A quote
/// inside an unquoted cell is a character, and a quoted cell may hold
/// lines and doubled quotes.
#[test]
fn a_quote_never_closed_is_refused_naming_its_line() {
    let env = Env::new();
    env.run(&["init"], 0);
    let file = env.dir.path().join("quote.csv");
    let head = "case,received,source,badge,category,summary\n";
    // A header and no row (an export cut short) imports nothing, and says so.
    std::fs::write(&file, head).unwrap();
    let err = env.refused(&["import", file.to_str().unwrap()], 2);
    assert!(err.contains("no row after the header"), "{err}");
    std::fs::write(
        &file,
        format!(
            "{head}2020-0001,2020-03-04,direct,1,force,He was 5'10\" tall\n\
             2020-0002,2020-03-04,direct,1,force,\"Said \"\"stop\n\
             2020-0003,2020-03-05,direct,1,force,pushed\n\
             2020-0004,2020-03-06,direct,1,force,x\n"
        ),
    )
    .unwrap();
    for dry in [true, false] {
        let mut args = vec!["import", file.to_str().unwrap(), "--as-of", "2025-12-31"];
        if dry {
            args.push("--dry-run");
        }
        let err = env.refused(&args, 2);
        assert!(
            err.contains("line 3: a quoted cell opens in this row and is never closed"),
            "{err}"
        );
    }
    std::fs::write(
        &file,
        format!(
            "{head}2020-0001,2020-03-04,direct,1,force,He was 5'10\" tall\n\
             2020-0002,2020-03-04,direct,1,force,\"Said \"\"stop\"\"\nand ran\"\n\
             2020-0003,2020-03-05,direct,1,force,\"\"\n"
        ),
    )
    .unwrap();
    env.run(
        &["import", file.to_str().unwrap(), "--as-of", "2025-12-31"],
        0,
    );
    let case = env.json(&["show", "2020-0002", "--as-of", "2025-12-31"]);
    assert_eq!(case["summary"], "Said \"stop\"\nand ran", "{case}");
    let case = env.json(&["show", "2020-0001", "--as-of", "2025-12-31"]);
    assert_eq!(case["summary"], "He was 5'10\" tall", "{case}");
}

/// An imported closed case says why it has no deadlines, and a file that
/// named no complainant is not taken to say the complaint was anonymous.
#[test]
fn an_imported_case_shows_what_the_file_did_not_say() {
    let env = Env::new();
    let file = env.dir.path().join("old.csv");
    std::fs::write(
        &file,
        "case,received,source,closed,badge,category,finding,finding_date\n\
         2019-0001,2019-03-04,direct,2019-09-01,4411,force,sustained,2019-08-01\n",
    )
    .unwrap();
    env.run(&["import", file.to_str().unwrap()], 0);
    let table = env.run(&["show", "2019-0001"], 0);
    assert!(table.contains("Complainants: none recorded"), "{table}");
    assert!(
        table.contains(": none (imported history: its steps before closing are not known)"),
        "{table}"
    );
}

/// Without a mapping, a column that is none of ours (misspelt: "Summary",
/// "complainant") is refused by name, with the columns there are, nothing
/// written: passed over, its data was lost without a word.
#[test]
fn a_column_import_does_not_know_is_refused_by_name() {
    let env = Env::new();
    env.direct("2025-03-03", "no");
    let file = env.dir.path().join("typo.csv");
    std::fs::write(
        &file,
        "case,received,source,badge,category,complainant,Summary,\n\
         2025-0200,2025-06-02,direct,77,force,Ann Victim,Officer struck her,\n",
    )
    .unwrap();
    let err = env.refused(
        &["import", file.to_str().unwrap(), "--as-of", "2025-12-31"],
        2,
    );
    assert!(
        err.contains("line 1: unknown column(s) complainant, Summary; the columns are: case,"),
        "{err}"
    );
    assert!(err.contains("--map"), "{err}");
    // Text in another encoding (Latin-1) is named by line and column.
    let mut bytes = b"case,received,source,badge,category,summary\n".to_vec();
    bytes.extend_from_slice(b"2025-0201,2025-06-02,direct,77,force,caf\xe9\n");
    std::fs::write(&file, bytes).unwrap();
    let err = env.refused(
        &["import", file.to_str().unwrap(), "--as-of", "2025-12-31"],
        2,
    );
    assert!(
        err.contains("line 2: summary: is not UTF-8 text; save the file as UTF-8"),
        "{err}"
    );
}

/// What the law does not allow of a row is refused as intake refuses it:
/// a use of force resulting in death or great bodily harm said not to be
/// criminal (SPEC: it follows the criminal track), a reason given with a
/// finding other than no-finding, and a case out of time that is not
/// closed. A force case that leaves `criminal` empty is on the criminal
/// track, with its Counsel deadlines.
#[test]
fn import_keeps_force_cases_on_the_criminal_track_and_refuses_what_contradicts_itself() {
    let env = Env::new();
    env.direct("2025-03-03", "no");
    let file = env.dir.path().join("history.csv");
    std::fs::write(
        &file,
        "case,received,incident_date,source,criminal,closed,out_of_time,badge,category,finding,finding_reason,finding_date\n\
         2025-0100,2025-06-02,2025-06-01,force-death,false,,false,77,force,,,\n\
         2025-0101,2025-06-02,2025-06-01,direct,false,2025-07-01,false,77,force,sustained,withdrawn,2025-06-30\n\
         2025-0102,2025-06-02,2025-06-01,direct,false,,true,77,force,,,\n",
    )
    .unwrap();
    let err = env.refused(
        &["import", file.to_str().unwrap(), "--as-of", "2025-12-31"],
        2,
    );
    for expected in [
        "line 2: criminal: 'false' is not allowed for force-death: uses of force resulting in \
         death or great bodily harm follow the criminal track (",
        "line 3: finding_reason: 'withdrawn' is given with a sustained finding; only a \
         no-finding carries a reason",
        "line 4: out_of_time: 'true' is said of a case not closed; give the closed date, or false",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in\n{err}");
    }
    std::fs::write(
        &file,
        "case,received,incident_date,source,badge,category\n\
         2025-0103,2025-06-02,2025-06-01,force-gbh,77,force\n",
    )
    .unwrap();
    env.run(
        &["import", file.to_str().unwrap(), "--as-of", "2025-06-03"],
        0,
    );
    let case = env.json(&["show", "2025-0103", "--as-of", "2025-06-03"]);
    assert_eq!(case["criminal"], true, "{case}");
    assert!(
        case["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["deadline"] == "refer-counsel"),
        "{case}"
    );
}

/// Seeing before writing, and setting bad rows aside: `--dry-run` reports
/// what would be imported and refused (by reason, with lines), writes
/// nothing and exits 2; `--reject FILE` imports the good cases and writes
/// every row of a refused case, with its line and reasons, to FILE, which
/// imports once fixed.
#[test]
fn a_dry_run_reports_and_a_reject_file_sets_bad_rows_aside() {
    let env = Env::new();
    let file = env.dir.path().join("mixed.csv");
    std::fs::write(
        &file,
        "case,received,source,badge,category,summary\n\
         2020-0001,2020-03-04,direct,1,force,a\n\
         2020-0001,2020-03-04,direct,1,punching,a\n\
         2020-0002,2020-03-04,direct,2,force,b\n\
         2020-0002,2020-03-04,direct,2,force,b\n\
         2020-0003,bad,direct,3,force,=HYPERLINK(1)\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let out = env
        .cmd()
        .args(["import", f, "--dry-run", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows"], 5);
    assert_eq!(v["cases"], 1);
    assert_eq!(v["refused_cases"], 2);
    assert_eq!(v["refused_rows"].as_array().unwrap().len(), 2);
    assert_eq!(v["reasons"][0]["first_lines"][0], 3);
    assert_eq!(
        v["duplicate_rows"][0],
        serde_json::json!({"line": 5, "same_as_line": 4})
    );
    assert!(!env.has_store(), "a dry run wrote a store");
    // For a spreadsheet: a row for each refused row, the counts on stderr.
    let out = env
        .cmd()
        .args(["import", f, "--dry-run", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(
        csv.starts_with("line,field,value,expected\n3,category,punching,"),
        "{csv}"
    );
    assert!(csv.contains("\n6,received,bad,"), "{csv}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 case(s) would be imported, 2 refused"));
    assert!(!env.has_store(), "a dry run wrote a store");

    let rejects = env.dir.path().join("rejects.csv");
    env.run(&["import", f, "--reject", rejects.to_str().unwrap()], 0);
    let list = env.json(&["list"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["case"], "2020-0002");
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        text.starts_with("case,received,source,badge,category,summary,import_line,import_errors\n")
    );
    assert!(
        text.contains(
            "2020-0001,2020-03-04,direct,1,force,a,2,another row of this case is refused"
        ),
        "{text}"
    );
    assert!(
        text.contains(",3,\"category: 'punching' is not one of"),
        "{text}"
    );
    // A formula is set aside safe to open, and read again as it was.
    assert!(
        text.contains("2020-0003,bad,direct,3,force,'=HYPERLINK(1),6,received: 'bad'"),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&rejects).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Fixed, the rejects import like the original.
    let fixed = text
        .replace("punching", "force")
        .replace(",bad,", ",2020-03-05,");
    std::fs::write(&rejects, fixed).unwrap();
    env.run(&["import", rejects.to_str().unwrap()], 0);
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 3);
    assert_eq!(env.json(&["show", "2020-0003"])["summary"], "=HYPERLINK(1)");
    // A file whose every case is refused imports nothing, and says so (exit
    // 2): the rows are set aside all the same.
    let bad = env.dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "case,received,source,badge,category,summary
         2020-0009,bad,direct,3,force,c
",
    )
    .unwrap();
    let all = env.dir.path().join("all-rejected.csv");
    let err = env.refused(
        &[
            "import",
            bad.to_str().unwrap(),
            "--reject",
            all.to_str().unwrap(),
        ],
        2,
    );
    assert!(
        err.contains("every case was refused (1); nothing was imported"),
        "{err}"
    );
    assert!(std::fs::read_to_string(&all)
        .unwrap()
        .contains("2020-0009,bad"));
}

/// A row of the wrong width is a bad row like any other, not the end of the
/// file: the dry run reports it beside the other faults after it, and
/// `--reject` sets it aside with every row of its case (it cannot be read
/// by column, so its case goes whole) while the good cases import.
#[test]
fn a_row_of_the_wrong_width_is_set_aside_with_its_case() {
    let env = Env::new();
    let file = env.dir.path().join("widths.csv");
    std::fs::write(
        &file,
        "case,received,source,badge,category,summary\n\
         2020-0001,2020-03-04,direct,1,force,a\n\
         2020-0001,2020-03-04,direct,1,force,a, with a comma\n\
         2020-0002,2020-03-04,direct,2,force,b\n\
         2020-0003,2020-03-32,direct,3,force,c\n\
         short\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let before = env.has_store();
    let out = env
        .cmd()
        .args(["import", f, "--dry-run", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["cases"], 1, "{v}");
    let lines: Vec<(u64, String)> = v["refused_rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["line"].as_u64().unwrap(),
                e["field"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [(3, "row".into()), (5, "received".into()), (6, "row".into())],
        "{v}"
    );
    assert_eq!(v["refused_rows"][0]["value"], "7 field(s)");
    assert_eq!(env.has_store(), before, "a dry run wrote a store");
    // Without --reject: all or nothing, every fault named.
    let err = env.fails(&["import", f], 2);
    assert!(err.contains("3 bad row(s); nothing was imported"), "{err}");
    assert!(
        err.contains("line 6: row: '1 field(s)' is not one field per column: the header has 6"),
        "{err}"
    );
    assert!(!env.has_store(), "a refused import created the store");

    let rejects = env.dir.path().join("rejects.csv");
    env.run(&["import", f, "--reject", rejects.to_str().unwrap()], 0);
    let list = env.json(&["list"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["case"], "2020-0002");
    let text = std::fs::read_to_string(&rejects).unwrap();
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let rows: Vec<Vec<String>> = r
        .records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect();
    let lines: Vec<&str> = rows.iter().map(|r| r[r.len() - 2].as_str()).collect();
    assert_eq!(lines, ["2", "3", "5", "6"], "{text}");
    assert_eq!(
        rows[0].last().unwrap(),
        "another row of this case is refused"
    );
    assert!(
        rows[1].last().unwrap().starts_with("row: '7 field(s)'"),
        "{text}"
    );
    assert_eq!(
        rows[1][6], " with a comma",
        "the row as the file had it: {text}"
    );
}

/// A mapping says which of a case's differing values to keep (here the
/// latest close date), where import would otherwise refuse the rows.
#[test]
fn a_mapping_resolves_a_case_whose_rows_disagree() {
    let env = Env::new();
    let file = env.dir.path().join("other.csv");
    std::fs::write(
        &file,
        "id,opened,closed,badge,type\n\
         7,2019-01-05,2019-06-01,4411,Force\n\
         7,2019-01-05,2019-07-15,4411,force\n\
         8,2019-02-01,,5150,FORCE\n",
    )
    .unwrap();
    let map = env.dir.path().join("m.toml");
    let text = r#"
[columns]
case = { column = "id", prefix = "X-" }
received = { column = "opened" }
closed = { column = "closed" }
badge = { column = "badge" }
category = { column = "type", map = "categories" }
source = { value = "direct" }
[values.categories]
"Force" = "force"
[value_rules.categories]
ignore_case = true
"#;
    std::fs::write(&map, text).unwrap();
    let (f, m) = (file.to_str().unwrap(), map.to_str().unwrap());
    let err = env.fails(&["import", f, "--map", m], 2);
    assert!(
        err.contains("closed: '2019-07-15' differs from line 2"),
        "{err}"
    );
    assert!(err.contains("[conflicts]"), "{err}");
    std::fs::write(&map, format!("{text}[conflicts]\nclosed = \"latest\"\n")).unwrap();
    env.run(&["import", f, "--map", m], 0);
    let v = env.json(&["show", "X-7"]);
    assert_eq!(v["closed"], "2019-07-15", "{v}");
}

/// Two officers of a case under one badge would be made one officer, the
/// second's allegation the first's: refused naming both lines, as intake
/// refuses a badge given twice; the same officer on several rows is one.
/// A case whose rows' conflicts a mapping resolved is checked as it will
/// be written: the earliest close before another row's finding is refused.
#[test]
fn one_badge_is_one_officer_and_a_resolved_case_is_checked_whole() {
    let env = Env::new();
    let file = env.dir.path().join("officers.csv");
    std::fs::write(
        &file,
        "case,received,source,badge,officer_name,category\n\
         2020-0001,2020-03-04,direct,7,Ann Lee,force\n\
         2020-0001,2020-03-04,direct,7,ANN LEE,discourtesy\n\
         2020-0002,2020-03-04,direct,unknown,Ann Lee,force\n\
         2020-0002,2020-03-04,direct,unknown,Bob Ray,discourtesy\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let err = env.fails(&["import", f, "--as-of", "2025-12-31"], 2);
    assert!(
        err.contains(
            "line 5: officer_name: 'Bob Ray' differs from line 4 ('Ann Lee') under the same \
             badge unknown of case 2020-0002"
        ),
        "{err}"
    );
    assert!(!err.contains("line 3"), "one officer, two spellings: {err}");
    assert!(!env.has_store(), "a refused import created the store");
    let file = env.dir.path().join("closes.csv");
    std::fs::write(
        &file,
        "id,recv,closed,badge,disp,fdate\n\
         A1,2020-01-10,2020-03-01,100,sustained,2020-02-15\n\
         A1,2020-01-10,2020-01-20,101,sustained,2020-01-15\n",
    )
    .unwrap();
    let map = env.dir.path().join("m.toml");
    std::fs::write(
        &map,
        "[columns]\ncase = { column = \"id\" }\nreceived = { column = \"recv\" }\n\
         closed = { column = \"closed\" }\nbadge = { column = \"badge\" }\n\
         finding = { column = \"disp\" }\nfinding_date = { column = \"fdate\" }\n\
         source = { value = \"direct\" }\ncategory = { value = \"force\" }\n\
         [conflicts]\nclosed = \"earliest\"\n",
    )
    .unwrap();
    let (f, m) = (file.to_str().unwrap(), map.to_str().unwrap());
    let err = env.fails(&["import", f, "--map", m, "--as-of", "2025-12-31"], 2);
    assert!(
        err.contains(
            "line 2: finding_date: '2020-02-15' is after the case was closed (2020-01-20) (as \
             the rows' conflicts were resolved)"
        ),
        "{err}"
    );
    assert!(!env.has_store(), "a refused import created the store");
}

#[test]
fn rows_of_a_case_far_apart_in_the_file_make_one_case() {
    let env = Env::new();
    let file = env.dir.path().join("scattered.csv");
    std::fs::write(
        &file,
        "case,received,incident_date,source,closed,badge,category,finding,finding_reason,finding_date,summary\n\
         2020-0001,2020-03-04,2020-03-01,direct,2020-06-01,1,force,sustained,,2020-05-01,first\n\
         2020-0002,2020-03-05,2020-03-01,direct,2020-06-01,2,force,sustained,,2020-05-01,other\n\
         2020-0001,2020-03-04,2020-03-01,direct,2020-06-01,3,discourtesy,exonerated,,2020-05-01,first\n",
    )
    .unwrap();
    let out = env.json(&["import", file.to_str().unwrap()]);
    assert_eq!(out, serde_json::json!({"imported": 2, "allegations": 3}));
    let rows = env.json(&["export", "cases"]);
    let of_first: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["case"] == "2020-0001")
        .map(|r| r["category"].as_str().unwrap())
        .collect();
    // In the file's order.
    assert_eq!(of_first, ["force", "discourtesy"]);
}

#[test]
fn a_mapping_may_drop_exact_repeats_and_counts_them() {
    let env = Env::new();
    let file = env.dir.path().join("dups.csv");
    std::fs::write(
        &file,
        "id,opened,badge,type\n\
         7,2019-01-05,4411,force\n\
         7,2019-01-05,4411,force\n\
         7,2019-01-05,5150,force\n",
    )
    .unwrap();
    let map = env.dir.path().join("m.toml");
    let text = "[columns]\ncase = { column = \"id\" }\nreceived = { column = \"opened\" }\n\
                badge = { column = \"badge\" }\ncategory = { column = \"type\" }\n\
                source = { value = \"direct\" }\n";
    let (f, m) = (file.to_str().unwrap(), map.to_str().unwrap());
    // Without the option the repeat is reported and imported.
    std::fs::write(&map, text).unwrap();
    let dry = env.json(&["import", f, "--map", m, "--dry-run"]);
    assert_eq!(
        dry["duplicate_rows"],
        serde_json::json!([{"line": 3, "same_as_line": 2}])
    );
    assert_eq!(dry["allegations"], 3);
    // With it the repeat is left out, and said.
    std::fs::write(&map, format!("drop_duplicates = true\n{text}")).unwrap();
    let dry = env.json(&["import", f, "--map", m, "--dry-run"]);
    assert_eq!(dry["allegations"], 2);
    assert_eq!(
        dry["skipped"],
        serde_json::json!([{"why": "exact repeats of an earlier row (drop_duplicates)", "rows": 1}])
    );
    assert_eq!(
        env.json(&["import", f, "--map", m]),
        serde_json::json!({"imported": 1, "allegations": 2})
    );
}

#[test]
fn a_column_may_depend_on_another() {
    let env = Env::new();
    let file = env.dir.path().join("closures.csv");
    // An administrative closure carries its reason in another column; a
    // finding on the merits has none, whatever that column says.
    std::fs::write(
        &file,
        "id,opened,closed,badge,type,disposition,closure\n\
         1,2019-01-05,2019-06-01,4411,force,Substantiated,n/a\n\
         2,2019-01-06,2019-06-01,4411,force,Closed - administrative,Complainant withdrew\n",
    )
    .unwrap();
    let map = env.dir.path().join("m.toml");
    std::fs::write(
        &map,
        r#"
[columns]
case = { column = "id" }
received = { column = "opened" }
closed = { column = "closed" }
badge = { column = "badge" }
category = { column = "type" }
source = { value = "direct" }
finding = { column = "disposition", map = "findings" }
finding_reason = { column = "closure", map = "reasons", when = { field = "finding", equals = "no-finding" } }
[values.findings]
"Substantiated" = "sustained"
[value_rules.findings]
patterns = [{ regex = "^Closed", to = "no-finding" }]
[values.reasons]
"Complainant withdrew" = "withdrawn"
"#,
    )
    .unwrap();
    let (f, m) = (file.to_str().unwrap(), map.to_str().unwrap());
    // 'n/a' is not translated because it is never taken: no unmapped value.
    env.run(&["import", f, "--map", m], 0);
    let rows = env.json(&["export", "cases"]);
    assert_eq!(rows[0]["finding"], "sustained");
    assert_eq!(rows[0]["finding_reason"], "");
    assert_eq!(rows[1]["finding"], "no-finding");
    assert_eq!(rows[1]["finding_reason"], "withdrawn");

    // A condition names one thing to test, and one way.
    let env = Env::new();
    std::fs::write(
        &map,
        "[columns]\ncase = { column = \"id\", when = { column = \"x\", field = \"finding\", equals = \"y\" } }\n",
    )
    .unwrap();
    let err = env.fails(&["import", f, "--map", m], 2);
    assert!(
        err.contains("columns.case.when: give exactly one of column"),
        "{err}"
    );
}

#[test]
fn a_file_without_badges_gives_officers_an_identity_by_name_shown_as_such() {
    let env = Env::new();
    let file = env.dir.path().join("nobadge.csv");
    let mut text = String::from("id,opened,closed,first,last,type\n");
    for (i, day) in ["03", "04", "05"].iter().enumerate() {
        text.push_str(&format!("{i},2025-02-{day},2025-03-{day},Ann,Lee,force\n"));
    }
    text.push_str("9,2025-02-06,2025-03-06,Bo,Park,force\n");
    std::fs::write(&file, text).unwrap();
    let map = env.dir.path().join("m.toml");
    std::fs::write(
        &map,
        "[columns]\ncase = { column = \"id\", prefix = \"X-\" }\nreceived = { column = \"opened\" }\n\
         closed = { column = \"closed\" }\nofficer_name = { columns = [\"first\", \"last\"] }\n\
         badge = { columns = [\"first\", \"last\"], identity = true }\n\
         category = { column = \"type\" }\nsource = { value = \"direct\" }\n",
    )
    .unwrap();
    env.run(
        &[
            "import",
            file.to_str().unwrap(),
            "--map",
            map.to_str().unwrap(),
        ],
        0,
    );
    let rows = env.json(&["export", "cases"]);
    assert_eq!(rows[0]["badge"], "name:ann-lee");
    // On the public list, as an identity by name, never as a badge.
    let list = env.json(&["monitoring", "--as-of", "2025-12-31"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["badge"], "name:ann-lee");
    assert_eq!(list[0]["identified_by_name"], true);
    let table = env.run(&["monitoring", "--as-of", "2025-12-31"], 0);
    assert!(table.contains("no badge (identified by name)"), "{table}");
    let officer = env.run(&["officer", "show", "name:ann-lee"], 0);
    assert!(
        officer.contains("no badge: identified by name as name:ann-lee"),
        "{officer}"
    );
    let show = env.run(&["show", "X-0"], 0);
    assert!(show.contains("no badge (identified by name)"), "{show}");
    // Intake never takes such a badge.
    let err = env.fails(
        &[
            "intake",
            "--no-input",
            "--received",
            "2025-12-01",
            "--source",
            "direct",
            "--incident-date",
            "2025-12-01",
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            "Ann Lee#name:ann-lee",
            "--allegation",
            "force@name:ann-lee",
            "--summary",
            "x",
            "--as-of",
            "2025-12-31",
        ],
        2,
    );
    assert!(err.contains("--officer"), "{err}");
}

#[test]
fn a_case_number_made_of_parts_each_with_its_own_transform() {
    let env = Env::new();
    let file = env.dir.path().join("parts.csv");
    std::fs::write(
        &file,
        "office,yr,seq,opened,badge,type\n\
         bx,2019,7,2019-01-05,4411,force\n\
         Queens,2019,12,2019-01-06,4411,force\n\
         bx,2019,,2019-01-07,4411,force\n",
    )
    .unwrap();
    let map = env.dir.path().join("m.toml");
    std::fs::write(
        &map,
        r#"
[columns]
case = { parts = [{ column = "office", map = "boroughs", letters = "upper" }, { column = "yr" }, { column = "seq", pad = 4 }] }
received = { column = "opened" }
badge = { column = "badge" }
category = { column = "type" }
source = { value = "direct" }
[values.boroughs]
"Queens" = "qn"
[value_rules.boroughs]
default = "xx"
"#,
    )
    .unwrap();
    let (f, m) = (file.to_str().unwrap(), map.to_str().unwrap());
    // The third row has no sequence number: its key is empty, and said.
    let err = env.fails(&["import", f, "--map", m], 2);
    assert!(err.contains("line 4: case"), "{err}");
    let reject = env.dir.path().join("rejected.csv");
    env.run(
        &[
            "import",
            f,
            "--map",
            m,
            "--reject",
            reject.to_str().unwrap(),
        ],
        0,
    );
    let numbers: Vec<String> = env
        .run(&["list", "--ids"], 0)
        .lines()
        .map(String::from)
        .collect();
    // "bx" is not in the map: its default; "Queens" maps to "qn".
    assert_eq!(numbers, ["XX-2019-0007", "QN-2019-0012"]);
}

#[test]
fn the_optional_fields_are_checked_kept_shown_and_exported_on_request() {
    let env = Env::new();
    let file = env.dir.path().join("fields.csv");
    let head = "case,received,source,closed,badge,officer_name,category,finding,finding_date,\
                channel,officer_unit,officer_race,officer_sex,complainant_race,complainant_age\n";
    std::fs::write(
        &file,
        format!(
            "{head}\
             2020-0001,2020-03-04,direct,2020-06-01,4411,John Roe,force,sustained,2020-05-01,phone,078 PCT,Hispanic,male,Black,25-34\n\
             2020-0001,2020-03-04,direct,2020-06-01,5150,Kim Poe,discourtesy,exonerated,2020-05-01,phone,,,,,\n"
        ),
    )
    .unwrap();
    let f = file.to_str().unwrap();
    env.json(&["import", f]);
    let v = env.json(&["show", "2020-0001"]);
    assert_eq!(v["fields"], serde_json::json!({"channel": "phone"}));
    assert_eq!(
        v["allegations"][0]["fields"],
        serde_json::json!({"officer_unit": "078 PCT", "officer_race": "Hispanic",
                           "officer_sex": "male", "complainant_race": "Black",
                           "complainant_age": "25-34"})
    );
    assert_eq!(v["allegations"][1]["fields"], serde_json::json!({}));
    let table = env.run(&["show", "2020-0001"], 0);
    assert!(
        table.contains("the case: channel: phone")
            && table.contains("allegation 1: complainant age: 25-34"),
        "{table}"
    );
    // SPEC's columns by default; the fields after them on request, and
    // they import again as they were.
    let plain = env.run(&["export", "cases", "--format", "csv"], 0);
    assert!(plain
        .lines()
        .next()
        .unwrap()
        .ends_with("complainants,summary"));
    let full = env.run(&["export", "cases", "--format", "csv", "--fields"], 0);
    assert!(
        full.lines()
            .next()
            .unwrap()
            .ends_with("complainant_sex,complainant_age"),
        "{full}"
    );
    assert!(
        full.contains(",phone,078 PCT,Hispanic,male,,Black,,25-34"),
        "{full}"
    );
    let again = Env::new();
    let copy = again.dir.path().join("again.csv");
    std::fs::write(&copy, &full).unwrap();
    again.json(&["import", copy.to_str().unwrap()]);
    assert_eq!(
        again.json(&["show", "2020-0001"])["allegations"][0]["fields"],
        v["allegations"][0]["fields"]
    );
    let json = env.json(&["export", "cases", "--fields"]);
    assert_eq!(json[0]["fields"]["officer_unit"], "078 PCT");
    assert_eq!(json[1]["fields"]["officer_race"], "");
    // Never per allegation in public: only in aggregate.
    env.fails(&["export", "cases", "--public", "--fields"], 2);
    // The fields are part of what verify vouches for.
    env.run(&["verify"], 0);
    env.sql("UPDATE field_values SET value = 'White' WHERE name = 'complainant_race'")
        .unwrap();
    let err = env.fails(&["verify"], 5);
    assert!(err.contains("2020-0001"), "{err}");

    // A value the profile does not list is named by line and field, and
    // nothing is written.
    let bad = Env::new();
    let file = bad.dir.path().join("bad.csv");
    std::fs::write(
        &file,
        format!("{head}2020-0001,2020-03-04,direct,,4411,John Roe,force,,,phone,,Martian,,,\n"),
    )
    .unwrap();
    let err = bad.fails(&["import", file.to_str().unwrap()], 2);
    assert!(
        err.contains("line 2: officer_race: 'Martian' is not one of"),
        "{err}"
    );
    assert!(!bad.has_store());
}

/// A store holding one case, `number`, received 2020-03-04, imported from
/// a file of the fewest columns; and that file's header line.
fn imported_one(number: &str) -> (Env, &'static str) {
    let env = Env::new();
    let head = "case,received,source,badge,category\n";
    let first = env.dir.path().join("first.csv");
    std::fs::write(
        &first,
        format!("{head}{number},2020-03-04,direct,1,force\n"),
    )
    .unwrap();
    env.run(&["import", first.to_str().unwrap()], 0);
    (env, head)
}

#[test]
fn a_number_already_in_the_store_is_refused_alike_by_dry_run_reject_and_import() {
    let (env, head) = imported_one("X-1");
    let second = env.dir.path().join("second.csv");
    std::fs::write(
        &second,
        format!("{head}X-2,2020-03-05,direct,1,force\nX-1,2020-03-04,direct,1,force\n"),
    )
    .unwrap();
    let f = second.to_str().unwrap();
    // Exit 2: a case would be refused.
    let dry: serde_json::Value =
        serde_json::from_str(&env.run(&["import", f, "--dry-run", "--format", "json"], 2)).unwrap();
    assert_eq!(
        (dry["cases"].as_i64(), dry["refused_cases"].as_i64()),
        (Some(1), Some(1))
    );
    assert_eq!(dry["refused_rows"][0]["line"], 3);
    let err = env.fails(&["import", f], 2);
    assert!(
        err.contains("line 3: case: 'X-1' is already in the store"),
        "{err}"
    );
    assert_eq!(env.run(&["list", "--ids"], 0).trim(), "X-1");
    let reject = env.dir.path().join("rejected.csv");
    env.run(&["import", f, "--reject", reject.to_str().unwrap()], 0);
    assert_eq!(env.run(&["list", "--ids"], 0).lines().count(), 2);
    let rejected = std::fs::read_to_string(&reject).unwrap();
    assert!(rejected.contains("X-1,2020-03-04") && rejected.contains("already in the store"));
}

/// The cases are checked as they are written: the first fault stops the
/// write, and then every fault in the file is named, however far after the
/// first it comes (a number the store has, a bad date, a bad category);
/// nothing is written. Into no store, none is made, and nothing is left
/// beside where it would have been.
#[test]
fn a_fault_stops_the_write_and_every_fault_is_named() {
    let (env, head) = imported_one("K-0250");
    // Enough cases for several of the writer's batches, in case order.
    let mut text = head.to_string();
    for i in 1..=300 {
        let received = if i == 120 { "2020-02-30" } else { "2020-03-05" };
        let category = if i == 299 { "forse" } else { "force" };
        text += &format!("K-{i:04},{received},direct,{},{category}\n", i % 7);
    }
    let file = env.dir.path().join("second.csv");
    std::fs::write(&file, &text).unwrap();
    let f = file.to_str().unwrap();
    let err = env.refused(&["import", f], 2);
    assert!(err.contains("3 bad row(s); nothing was imported"), "{err}");
    for line in [
        "line 121: received",
        "line 251: case: 'K-0250'",
        "line 300: category",
    ] {
        assert!(err.contains(line), "{line}: {err}");
    }
    if common::on_postgres() {
        return;
    }
    // While another writer holds the store, the file's faults are still
    // what is said (a read needs no lock); a good file is told the store
    // is locked (exit 5).
    {
        let lock = rusqlite::Connection::open(&env.db).unwrap();
        lock.execute_batch("BEGIN IMMEDIATE").unwrap();
        let mut c = env.cmd();
        c.env("OVERSIGHT_BUSY_TIMEOUT_MS", "200")
            .args(["import", f]);
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("line 121: received") && err.contains("line 300"),
            "{err}"
        );
        let good = env.dir.path().join("good.csv");
        std::fs::write(&good, format!("{head}K-0999,2020-03-05,direct,1,force\n")).unwrap();
        let mut c = env.cmd();
        c.env("OVERSIGHT_BUSY_TIMEOUT_MS", "200")
            .args(["import", good.to_str().unwrap()]);
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(5), "{out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("locked"),
            "{out:?}"
        );
    }
    // An empty store is written through a rollback journal; refused, it
    // is left in the write-ahead log's mode, as it was.
    let empty = Env::new();
    empty.run(&["init"], 0);
    empty.refused(&["import", f], 2);
    let c = rusqlite::Connection::open(&empty.db).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let dir = env.dir.path().join("office");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("cases.db");
    let at_new = |args: &[&str]| common::oversight_at(&db).args(args).output().unwrap();
    let out = at_new(&["import", f]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 121: received") && err.contains("line 300: category"),
        "{err}"
    );
    assert!(!err.contains("created a new store"), "{err}");
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert!(left.is_empty(), "a refused import left {left:?}");
    // Good, it makes the store, owner-only, and nothing beside it.
    let good = text
        .replace("2020-02-30", "2020-03-05")
        .replace("forse", "force");
    std::fs::write(&file, good).unwrap();
    let out = at_new(&["import", f]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("created a new store at {}", db.display())),
        "{err}"
    );
    let left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["cases.db"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&db).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "store mode {mode:o}");
    }
    let v: serde_json::Value =
        serde_json::from_slice(&at_new(&["verify", "--format", "json"]).stdout).unwrap();
    assert_eq!(v["ok"], true, "{v}");
    let ids = at_new(&["list", "--ids"]).stdout;
    assert_eq!(String::from_utf8(ids).unwrap().lines().count(), 300);
}

/// A date long before today (a placeholder, a typo of the century) is not
/// refused, history may be old, but the dry run names it by line and field.
#[test]
fn a_dry_run_names_dates_far_in_the_past() {
    let env = Env::new();
    let file = env.dir.path().join("old.csv");
    std::fs::write(
        &file,
        "case,received,source,badge,category,closed\n\
         2019-0001,2019-03-04,direct,1,force,2019-05-01\n\
         1919-0002,1919-03-04,direct,2,force,\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let v = env.json(&["import", f, "--dry-run", "--as-of", "2020-12-31"]);
    assert_eq!(v["cases"], 2, "{v}");
    assert_eq!(
        v["far_past_dates"],
        serde_json::json!({"before": "1995-12-31",
            "rows": [{"line": 3, "field": "received", "value": "1919-03-04"}]})
    );
    let out = env.run(&["import", f, "--dry-run", "--as-of", "2020-12-31"], 0);
    assert!(
        out.contains("Dates far in the past (before 1995-12-31, 25 years ago)")
            && out.contains("1 (line 3 (received 1919-03-04))"),
        "{out}"
    );
}

/// A dry run writes nothing: on a store an older oversight wrote it says
/// so and leaves the file as it was, rather than upgrading it.
#[test]
fn a_dry_run_does_not_upgrade_an_older_store() {
    sqlite_only!();
    let env = Env::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(oversight::store::schema::V1).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('profile_name', 'miami-cip'), ('profile', ?1),
            ('created_at', '2025-01-01T00:00:00Z')",
        [include_str!("../../profiles/miami-cip.toml")],
    )
    .unwrap();
    drop(conn);
    let before = std::fs::read(&env.db).unwrap();
    let file = env.dir.path().join("one.csv");
    std::fs::write(
        &file,
        "case,received,source,badge,category\n2019-0001,2019-03-04,direct,1,force\n",
    )
    .unwrap();
    let err = env.fails(&["import", file.to_str().unwrap(), "--dry-run"], 5);
    assert!(
        err.contains("a dry run writes nothing, so it does not upgrade it"),
        "{err}"
    );
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("backup"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// An import says what it let in as it was: exact repeats (without
/// drop_duplicates) and dates far in the past.
#[test]
fn an_import_says_what_it_took_as_it_was() {
    let env = Env::new();
    let file = env.dir.path().join("rep.csv");
    std::fs::write(
        &file,
        "case,received,source,badge,category\n\
         2019-0001,2019-03-04,direct,1,force\n\
         2019-0001,2019-03-04,direct,1,force\n\
         1950-0001,1950-03-04,direct,1,force\n",
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["import", file.to_str().unwrap(), "--as-of", "2020-12-31"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "1 row(s) repeat an earlier row exactly and are imported as they are (first at line 3"
        ),
        "{err}"
    );
    assert!(
        err.contains("1 date(s) more than 25 years old are imported as they are (first: line 4, received 1950-03-04)"),
        "{err}"
    );
}

/// A date no form of the mapping reads is named with the forms tried, and a
/// value with a time is told it needs a form with one.
#[test]
fn a_date_no_form_reads_names_the_forms_tried() {
    let env = Env::new();
    let map = env.dir.path().join("m.toml");
    std::fs::write(
        &map,
        "date_format = \"%m/%d/%Y\"\n[columns]\ncase = { column = \"id\" }\n\
         received = { column = \"when\" }\nsource = { value = \"direct\" }\n\
         badge = { column = \"b\" }\ncategory = { value = \"force\" }\n",
    )
    .unwrap();
    let file = env.dir.path().join("t.csv");
    std::fs::write(
        &file,
        "id,when,b\nA-1,03/07/2019 14:05,9\nA-2,03/07/2019,9\n",
    )
    .unwrap();
    let err = env.fails(
        &[
            "import",
            file.to_str().unwrap(),
            "--map",
            map.to_str().unwrap(),
        ],
        2,
    );
    assert!(
        err.contains(
            "line 2: received: '03/07/2019 14:05' is not a date in any form the mapping gives \
             (\"%m/%d/%Y\"); a value with a time needs a form with one"
        ),
        "{err}"
    );
    assert!(err.contains("1 bad row(s)"), "{err}");
}

/// One badge, one name, also on import: a file naming an officer otherwise
/// than the roster (or than its own first row) is not merged silently. The
/// cases keep the name they give, the roster its own, and the import says
/// which badges, in its messages and its JSON.
#[test]
fn import_says_where_a_badge_is_named_otherwise_than_on_the_roster() {
    let env = Env::new();
    env.direct("2025-03-07", "no"); // badge 4411 is John Roe
    let file = env.dir.path().join("names.csv");
    std::fs::write(
        &file,
        "case,received,incident_date,source,closed,badge,officer_name,category,summary\n\
         2020-0001,2020-03-04,2020-03-01,direct,2020-06-01,4411,J Roe,force,a\n\
         2020-0002,2020-03-05,2020-03-01,direct,2020-06-01,7777,Ann Lee,force,b\n\
         2020-0003,2020-03-06,2020-03-01,direct,2020-06-01,7777,Anne Lee,force,c\n\
         2020-0004,2020-03-07,2020-03-01,direct,2020-06-01,8888,Bo Kim,force,d\n",
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["import", file.to_str().unwrap(), "--as-of", "2025-12-31"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "badge 4411 is 'John Roe' on the roster; the file also names it 'J Roe' (1 case(s))"
        ),
        "{err}"
    );
    assert!(
        err.contains("badge 7777 is 'Ann Lee' on the roster; the file also names it 'Anne Lee'"),
        "{err}"
    );
    assert!(!err.contains("badge 8888"), "{err}");
    // The roster keeps its names; each case the name it gave.
    let officer = env.json(&["officer", "show", "4411", "--as-of", "2025-12-31"]);
    assert!(officer.to_string().contains("John Roe"), "{officer}");
    let case = env.json(&["show", "2020-0003", "--as-of", "2025-12-31"]);
    assert!(case.to_string().contains("Lee"), "{case}");
    env.run(&["verify", "--as-of", "2025-12-31"], 0);
    // In JSON, for scripts.
    let env = Env::new();
    env.direct("2025-03-07", "no");
    let out = env.json(&["import", file.to_str().unwrap(), "--as-of", "2025-12-31"]);
    let kept = out["names_on_file_kept"].as_array().unwrap();
    assert_eq!(kept.len(), 2, "{out}");
    assert_eq!(kept[0]["badge"], "4411");
    assert_eq!(kept[0]["name_on_file"], "John Roe");
    assert_eq!(kept[0]["names_in_file"][0], "J Roe");
}

/// Every index of the store with its definition (on PostgreSQL, a hash
/// of them all).
fn indexes(env: &Env) -> Vec<String> {
    if common::on_postgres() {
        return vec![env
            .number(
                "SELECT hashtext(string_agg(indexdef, ';' ORDER BY indexname))::bigint \
                 FROM pg_indexes WHERE schemaname = current_schema()",
            )
            .to_string()];
    }
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut st = conn
        .prepare(
            "SELECT name || ': ' || sql FROM sqlite_master \
             WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
        )
        .unwrap();
    let rows = st.query_map([], |r| r.get(0)).unwrap();
    rows.map(|r| r.unwrap()).collect()
}

/// An import records each case's state as it goes, a run of cases at a
/// time, made on a second thread while the next cases are written: with
/// more cases than two runs and a part run, every case is vouched for by
/// the import's one audit row, each change holds the whole case, `verify`
/// replays them all, a later write to those cases is recorded as ever, and
/// an edit outside oversight is still named.
#[test]
fn a_large_import_records_every_case_state_and_verify_replays_them() {
    let env = Env::new();
    let file = env.dir.path().join("many.csv");
    let mut text = String::from(
        "case,received,incident_date,source,closed,badge,category,finding,finding_reason,\
         finding_date,summary\n",
    );
    let n = 1234;
    for i in 1..=n {
        let badge = 100 + i % 37;
        // Two cases in three are closed with a finding; the rest are open,
        // and get their deadlines.
        let (closed, finding, on) = if i % 3 == 0 {
            ("", "", "")
        } else {
            ("2021-06-01", "sustained", "2021-05-01")
        };
        text.push_str(&format!(
            "2020-{i:04},2020-03-04,2020-03-01,direct,{closed},{badge},force,{finding},,{on},case {i}\n"
        ));
        if i % 2 == 0 {
            text.push_str(&format!(
                "2020-{i:04},2020-03-04,2020-03-01,direct,{closed},{},discourtesy,{finding},,{on},case {i}\n",
                badge + 1000
            ));
        }
    }
    std::fs::write(&file, text).unwrap();
    let out = env.json(&["import", file.to_str().unwrap()]);
    assert_eq!(
        out,
        serde_json::json!({"imported": n, "allegations": n + n / 2})
    );
    // The indexes of the lists and reports, dropped for the load on
    // SQLite and made again at its end, are a new store's.
    let new = Env::new();
    new.run(&["init"], 0);
    assert_eq!(indexes(&env), indexes(&new), "the imported store's indexes");
    assert_eq!(env.number("SELECT count(*) FROM case_states"), n);
    assert_eq!(
        env.number("SELECT count(DISTINCT audit_id) FROM case_states"),
        1
    );
    assert_eq!(
        env.number(
            "SELECT count(*) FROM case_states s JOIN audit a ON a.id = s.audit_id \
             WHERE a.command = 'import' AND a.states IS NOT NULL"
        ),
        n
    );
    env.run(&["verify", "--as-of", TODAY], 0);
    // A case of the second run, and the last, part run.
    for number in ["2020-0700", "2020-1234"] {
        let changes = env.json(&["audit", "changes", "--case", number]);
        let changes = changes.as_array().unwrap();
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0]["command"], "import");
        assert_eq!(changes[0]["set"]["case"]["case"], number);
    }
    // A later write touching cases of every run replays from them.
    env.run(&["officer", "rename", "101", "Someone Else"], 0);
    env.run(&["verify", "--as-of", TODAY], 0);
    env.sql("UPDATE cases SET summary = 'edited' WHERE number = '2020-1111'")
        .unwrap();
    let err = env.fails(&["verify", "--as-of", TODAY], 5);
    assert!(err.contains("2020-1111"), "{err}");
}

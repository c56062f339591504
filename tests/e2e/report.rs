//! `report annual` on a known history, every figure hand-counted (see the
//! comments: due dates and day counts are worked out beside each case).

use crate::common;
use common::Env;
use serde_json::json;

const TODAY: &str = "2025-12-31";

fn case(
    env: &Env,
    received: &str,
    source: &str,
    officers: &[&str],
    allegations: &[&str],
    extra: &[&str],
) -> String {
    let mut a = vec![
        "--as-of",
        received,
        "--received",
        received,
        "--source",
        source,
        "--incident-date",
        received,
        "--summary",
        "Secret summary",
    ];
    if source == "direct" {
        a.extend(["--criminal", "no", "--complainant", "Carla Complainant"]);
    }
    for o in officers {
        a.extend(["--officer", o]);
    }
    for al in allegations {
        a.extend(["--allegation", al]);
    }
    a.extend(extra);
    env.intake(&a)
}

/// Steps of differing lengths as of `TODAY` (`Env::steps`, given the
/// slices' type).
fn steps(env: &Env, list: &[&[&str]]) {
    env.steps(TODAY, list);
}

fn history(env: &Env) {
    // D0, received Mon 4 Nov 2024: notify-pd due 6 Nov (met), commence due
    // 19 Nov (Veterans Day skipped; met), complete 12 Nov + 180 = Sun 11 May
    // 2025 -> Mon 12 May (met 5 Mar); findings sent Thu 6 Mar, the Chief's
    // response due 6 Mar + 45 = Sun 20 Apr -> Mon 21 Apr (met 31 Mar).
    // Closed 10 Mar 2025: 126 days.
    let d0 = case(
        env,
        "2024-11-04",
        "direct",
        &["John Roe#4411"],
        &["discourtesy@4411"],
        &[],
    );
    steps(
        env,
        &[
            &["notify-pd", &d0, "--date", "2024-11-05"],
            &["commence", &d0, "--date", "2024-11-12"],
            &["present", &d0, "--date", "2025-03-05"],
            &[
                "finding",
                &d0,
                "--all",
                "--finding",
                "not-sustained",
                "--date",
                "2025-03-05",
            ],
            &["transmit", &d0, "--date", "2025-03-06"],
            &["close", &d0, "--date", "2025-03-10"],
            &[
                "chief-response",
                &d0,
                "--date",
                "2025-03-31",
                "--concurs",
                "yes",
            ],
        ],
    );
    // A1, Mon 3 Feb 2025: notify-pd due 5 Feb (met), commence due 18 Feb
    // (Washington's Birthday skipped; met), complete 10 Feb + 180 = Sat 9 Aug
    // -> Mon 11 Aug (met), chief-response 6 Jun + 45 = Mon 21 Jul (met).
    // Closed 16 Jul: 163 days.
    let a1 = case(
        env,
        "2025-02-03",
        "direct",
        &["John Roe#4411"],
        &["force@4411", "discourtesy@4411"],
        &[],
    );
    steps(
        env,
        &[
            &["notify-pd", &a1, "--date", "2025-02-04"],
            &["commence", &a1, "--date", "2025-02-10"],
            &["present", &a1, "--date", "2025-06-04"],
            &[
                "finding",
                &a1,
                "--allegation",
                "1",
                "--finding",
                "sustained",
                "--date",
                "2025-06-04",
            ],
            &[
                "finding",
                &a1,
                "--allegation",
                "2",
                "--finding",
                "unfounded",
                "--date",
                "2025-06-04",
            ],
            &["transmit", &a1, "--date", "2025-06-06"],
            &[
                "chief-response",
                &a1,
                "--date",
                "2025-07-15",
                "--concurs",
                "partial",
                "--department",
                "1=not-sustained",
            ],
            &["close", &a1, "--date", "2025-07-16"],
        ],
    );
    // A2, Mon 3 Mar: notify-pd due 5 Mar (missed, 7 Mar), commence due 17 Mar
    // (met), complete 10 Mar + 180 = Sat 6 Sep -> Mon 8 Sep (missed). Closed
    // out of time 15 Sep: 196 days.
    let a2 = case(
        env,
        "2025-03-03",
        "direct",
        &["John Roe#4411"],
        &["force@4411"],
        &[],
    );
    steps(
        env,
        &[
            &["notify-pd", &a2, "--date", "2025-03-07"],
            &["commence", &a2, "--date", "2025-03-10"],
            &["close", &a2, "--date", "2025-09-15", "--out-of-time"],
        ],
    );
    // A3, Mon 7 Apr: notify-pd due 9 Apr (met), commence due 21 Apr (missed:
    // never recorded). Open.
    let a3 = case(
        env,
        "2025-04-07",
        "direct",
        &["John Roe#4411"],
        &["improper-stop@4411"],
        &[],
    );
    steps(env, &[&["notify-pd", &a3, "--date", "2025-04-08"]]);
    // A4, Mon 5 May: nothing recorded: notify-pd (7 May) and commence (19 May)
    // both missed.
    case(
        env,
        "2025-05-05",
        "direct",
        &["Jim Poe#77"],
        &["other@77"],
        &[],
    );
    // B1, IA closed case received Mon 2 Jun; the Chief decided Wed 28 May:
    // ia-transmittal due Mon 2 Jun (met), ed-decision 10 working days from 2
    // Jun = 16 Jun (met), review complete 11 Jun + 60 = Sun 10 Aug -> Mon 11
    // Aug (met), chief-response 8 Aug + 45 = Mon 22 Sep (met). Closed 4 Sep:
    // 94 days.
    let b1 = case(
        env,
        "2025-06-02",
        "ia-closed",
        &["Bo Park#12"],
        &["force@12"],
        &[
            "--criminal",
            "no",
            "--chief-decision",
            "2025-05-28",
            "--ia-file-access",
            "2025-06-02",
        ],
    );
    steps(
        env,
        &[
            &["decide", &b1, "--date", "2025-06-10", "--action", "review"],
            &["commence", &b1, "--date", "2025-06-11"],
            &["present", &b1, "--date", "2025-08-06"],
            &[
                "finding",
                &b1,
                "--all",
                "--finding",
                "exonerated",
                "--date",
                "2025-08-06",
            ],
            &["transmit", &b1, "--date", "2025-08-08"],
            &[
                "chief-response",
                &b1,
                "--date",
                "2025-09-03",
                "--concurs",
                "yes",
            ],
            &["close", &b1, "--date", "2025-09-04"],
        ],
    );
    // C1, force-gbh received Mon 7 Jul: notify-pd 9 Jul (met), forward-pd 10
    // Jul (met), refer-counsel 10 Jul (missed, 11 Jul), counsel-determination
    // 25 Jul (met), commence 4 Aug (met); complete falls in 2026.
    let c1 = case(
        env,
        "2025-07-07",
        "force-gbh",
        &["Kim Lee#900"],
        &["force@900"],
        &[],
    );
    steps(
        env,
        &[
            &["notify-pd", &c1, "--date", "2025-07-08"],
            &["refer-counsel", &c1, "--date", "2025-07-11"],
            &[
                "counsel-determination",
                &c1,
                "--date",
                "2025-07-24",
                "--result",
                "no-interference",
            ],
            &["commence", &c1, "--date", "2025-07-28"],
        ],
    );
    // F1, Mon 4 Aug: notify-pd due 6 Aug (missed: never recorded), commence
    // due 18 Aug (met 5 Aug); complete falls in 2026. Withdrawn: no-finding,
    // sent Wed 1 Oct: the Chief's response due 1 Oct + 45 = Sat 15 Nov -> Mon
    // 17 Nov (missed: never recorded). Closed Thu 2 Oct: 59 days (after
    // fiscal 2025 ended).
    let f1 = case(
        env,
        "2025-08-04",
        "direct",
        &["Ray Tam#31"],
        &["untruthfulness@31"],
        &[],
    );
    steps(
        env,
        &[
            &["commence", &f1, "--date", "2025-08-05"],
            &["present", &f1, "--date", "2025-10-01"],
            &[
                "finding",
                &f1,
                "--all",
                "--finding",
                "no-finding",
                "--reason",
                "withdrawn",
                "--date",
                "2025-10-01",
            ],
            &["transmit", &f1, "--date", "2025-10-01"],
            &["close", &f1, "--date", "2025-10-02"],
        ],
    );
    // E1 is next year's.
    env.intake(&[
        "--as-of",
        "2026-01-05",
        "--received",
        "2026-01-05",
        "--source",
        "direct",
        "--incident-date",
        "2026-01-02",
        "--criminal",
        "no",
        "--anonymous",
        "--officer",
        "John Roe#4411",
        "--allegation",
        "force@4411",
        "--summary",
        "Next year",
    ]);
}

#[test]
fn calendar_year_figures_are_counted_as_spec_says() {
    let env = Env::new();
    history(&env);
    let r = env.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
    assert_eq!(r["year"], 2025);
    assert_eq!(
        r["period"],
        json!({"from": "2025-01-01", "to": "2025-12-31"})
    );
    assert_eq!(r["complaints_received"], 7);
    assert_eq!(
        r["by_source"],
        json!({"direct": 5, "force-death": 0, "force-gbh": 1, "ia-closed": 1})
    );
    let c = &r["allegations_by_category"];
    assert_eq!(
        (
            c["force"].as_i64(),
            c["discourtesy"].as_i64(),
            c["improper-stop"].as_i64(),
            c["other"].as_i64(),
            c["abuse-of-authority"].as_i64(),
            c["untruthfulness"].as_i64()
        ),
        (Some(4), Some(1), Some(1), Some(1), Some(0), Some(1))
    );
    assert_eq!(
        r["findings"],
        json!({"exonerated": 1, "no-finding": 1, "not-sustained": 1, "sustained": 1, "unfounded": 1})
    );
    assert_eq!(r["cases_closed"], 5);
    assert_eq!(r["closed_out_of_time"], 1);
    // 59, 94, 126, 163, 196 days.
    assert_eq!(r["median_days_to_close"], 126.0);
    assert_eq!(r["p90_days_to_close"], 196);
    // Among them the Chief's responses: D0's met, A1's met, B1's met, F1's
    // missed (17 Nov).
    assert_eq!(r["deadlines_met"], 17);
    assert_eq!(r["deadlines_missed"], 8);
    assert_eq!(
        r["deadlines_by_rule"]["notify-pd"],
        json!({"met": 3, "missed": 3, "met_pct": 50.0})
    );
    // 4 of 6: 66.67%, to one decimal.
    assert_eq!(
        r["deadlines_by_rule"]["commence"],
        json!({"met": 4, "missed": 2, "met_pct": 66.7})
    );
    assert_eq!(
        r["deadlines_by_rule"]["chief-response"],
        json!({"met": 3, "missed": 1, "met_pct": 75.0})
    );
    // 17 of 25.
    assert_eq!(r["deadlines_met_pct"], 68.0);
    assert_eq!(r["report_version"], 2);
    // One case received in each month from February (A1) to August (F1).
    let months = r["received_by_month"].as_object().unwrap();
    assert_eq!(months.len(), 12, "{months:?}");
    let received: Vec<i64> = months.values().map(|v| v.as_i64().unwrap()).collect();
    assert_eq!(received, [0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
    // Closed: D0 in March, A1 in July, B1 and A2 in September, F1 in
    // October.
    let closed: Vec<i64> = r["closed_by_month"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert_eq!(closed, [0, 0, 1, 0, 0, 0, 1, 0, 2, 1, 0, 0]);
    // The four years before: only D0 (received November 2024, its
    // notify-pd and commence both met in 2024), then this year.
    let trend = r["trend"].as_array().unwrap();
    let years: Vec<i64> = trend.iter().map(|y| y["year"].as_i64().unwrap()).collect();
    assert_eq!(years, [2021, 2022, 2023, 2024, 2025]);
    assert_eq!(
        trend[3],
        json!({"year": 2024, "complaints_received": 1, "cases_closed": 0,
               "median_days_to_close": null, "p90_days_to_close": null,
               "deadlines_met": 2, "deadlines_missed": 0, "deadlines_met_pct": 100.0})
    );
    assert_eq!(trend[0]["complaints_received"], 0);
    assert_eq!(trend[0]["deadlines_met_pct"], serde_json::Value::Null);
    assert_eq!(trend[4]["complaints_received"], 7);
    assert_eq!(trend[4]["median_days_to_close"], 126.0);
    assert_eq!(trend[4]["deadlines_met_pct"], 68.0);
    assert_eq!(
        r["chief_concurrence"],
        json!({"yes": 2, "no": 0, "partial": 1})
    );
    // The public list counts only complaints no longer under investigation
    // (Fla. Stat. 112.533(2)(a)): officer 4411's 2025 complaints are not
    // all closed, so the list the report counts is empty...
    assert_eq!(r["monitoring_list_size"], 0);
    // ...while the office's own list has him.
    let office = env.json(&["monitoring", "--internal", "--as-of", "2025-12-31"]);
    assert_eq!(office[0]["badge"], "4411");
    assert!(office[0]["open_cases"].as_u64().unwrap() > 0, "{office}");
    // A1's force allegation: sustained by the panel, not by the Department.
    assert_eq!(
        r["sustained"],
        json!({"by_the_panel": 1, "by_the_department": 0, "with_discipline": 0, "discipline": {}})
    );
    let cmp = r["chief_comparison"].as_array().unwrap();
    // D0's response (31 Mar 2025) is this year's though the case is last
    // year's.
    assert_eq!(cmp.len(), 4, "{cmp:#?}");
    assert_eq!(cmp[0]["case"], "2024-0001");
    assert_eq!(cmp[0]["concurs"], "yes");
    assert_eq!(cmp[1]["panel_finding"], "sustained");
    assert_eq!(cmp[1]["department_finding"], "not-sustained");
    assert_eq!(cmp[2]["panel_finding"], "unfounded");
    assert_eq!(cmp[2]["department_finding"], serde_json::Value::Null);
}

#[test]
fn fiscal_year_runs_october_to_september() {
    let env = Env::new();
    history(&env);
    let r = env.json(&[
        "report", "annual", "--year", "2025", "--fiscal", "--as-of", TODAY,
    ]);
    assert_eq!(
        r["period"],
        json!({"from": "2024-10-01", "to": "2025-09-30"})
    );
    assert_eq!(r["complaints_received"], 8);
    assert_eq!(r["by_source"]["direct"], 6);
    // F1 closed on 2 Oct, in fiscal 2026.
    assert_eq!(r["cases_closed"], 4);
    // D0's notify-pd and commence (Nov 2024) join the met ones; F1's
    // Chief's response (due 17 Nov) is fiscal 2026's.
    assert_eq!(r["deadlines_met"], 19);
    assert_eq!(r["deadlines_missed"], 7);
    // As of 30 Sep 2025 officer 4411 has D0, A1, A2, A3.
    assert_eq!(r["monitoring_list_size"], 1);
}

#[test]
fn csv_is_section_key_value_and_the_table_has_no_personal_data() {
    let env = Env::new();
    history(&env);
    let csv = env.run(
        &[
            "report", "annual", "--year", "2025", "--format", "csv", "--as-of", TODAY,
        ],
        0,
    );
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("section,key,value"));
    let rows: Vec<&str> = lines.collect();
    for expected in [
        "summary,complaints_received,7",
        "by_source,direct,5",
        "allegations_by_category,force,4",
        "findings,sustained,1",
        "findings,no-finding,1",
        "summary,cases_closed,5",
        "summary,closed_out_of_time,1",
        "summary,median_days_to_close,126",
        "summary,deadlines_met,17",
        "summary,deadlines_missed,8",
        "chief_concurrence,partial,1",
        "summary,monitoring_list_size,0",
        "period,from,2025-01-01",
    ] {
        assert!(rows.contains(&expected), "missing {expected} in\n{csv}");
    }
    for format in ["table", "json", "csv"] {
        let out = env.run(
            &[
                "report", "annual", "--year", "2025", "--format", format, "--as-of", TODAY,
            ],
            0,
        );
        assert!(
            !out.contains("Carla") && !out.contains("Secret summary"),
            "{format}: {out}"
        );
    }
    let table = env.run(&["report", "annual", "--year", "2025", "--as-of", TODAY], 0);
    assert!(table.contains("Department's finding"), "{table}");
}

#[test]
fn html_report_is_self_contained_and_the_public_one_names_no_one() {
    let env = Env::new();
    history(&env);
    let html = env.run(
        &[
            "report", "annual", "--year", "2025", "--html", "--as-of", TODAY,
        ],
        0,
    );
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<svg"), "no chart");
    // No external assets: the only URL is the SVG namespace.
    assert_eq!(
        html.matches("http").count(),
        html.matches("http://www.w3.org/2000/svg").count()
    );
    assert!(
        html.contains("2025-0001"),
        "the office's version has the case-by-case comparison"
    );

    let public = env.run(
        &[
            "report", "annual", "--year", "2025", "--html", "--public", "--as-of", TODAY,
        ],
        0,
    );
    for secret in [
        "Carla",
        "Secret summary",
        "John Roe",
        "2025-0001",
        "2025-0005",
    ] {
        assert!(!public.contains(secret), "public report shows '{secret}'");
    }
    assert!(public.contains("Department&#39;s finding"), "{public}");
    env.refused(&["list", "--format", "html"], 2);
    env.refused(
        &["report", "annual", "--year", "2025", "--format", "html"],
        2,
    );
    env.refused(
        &[
            "report", "annual", "--year", "2025", "--html", "--format", "csv",
        ],
        2,
    );
}

/// Two years of monthly cases, built to a pattern so every figure can be
/// counted by hand: case i (0..24) is received on the 10th of month i
/// (Jan 2024 ..= Dec 2025) against officer 100 + i % 4 with category
/// force / discourtesy / other by i % 3. Even cases commence the next day,
/// are presented and found on the 24th (the finding cycles through the
/// profile's five by (i / 2) % 5), sent to the Chief the same day, answered
/// on the 28th and close on the 30th: 20 days.
fn two_years(env: &Env) {
    let findings = [
        "unfounded",
        "exonerated",
        "not-sustained",
        "sustained",
        "no-finding",
    ];
    let categories = ["force", "discourtesy", "other"];
    for i in 0..24 {
        let (y, m) = (2024 + i / 12, i % 12 + 1);
        let day = |d: u32| format!("{y}-{m:02}-{d:02}");
        let officer = format!("Officer {}#{}", 100 + i % 4, 100 + i % 4);
        let allegation = format!("{}@{}", categories[i % 3], 100 + i % 4);
        let n = env.intake(&[
            "--as-of",
            &day(10),
            "--received",
            &day(10),
            "--source",
            "direct",
            "--incident-date",
            &day(1),
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            &officer,
            "--allegation",
            &allegation,
            "--summary",
            "Pattern case",
        ]);
        if i % 2 == 0 {
            let finding = findings[(i / 2) % 5];
            let mut f = vec!["finding", &n, "--all", "--finding", finding, "--date"];
            let d24 = day(24);
            f.push(&d24);
            if finding == "no-finding" {
                f.extend(["--reason", "withdrawn"]);
            }
            for s in [
                vec!["commence", &n, "--date", &day(11)],
                vec!["present", &n, "--date", &day(24)],
                f.iter().map(|s| &**s).collect(),
                vec!["transmit", &n, "--date", &day(24)],
                vec!["chief-response", &n, "--date", &day(28), "--concurs", "yes"],
                vec!["close", &n, "--date", &day(30)],
            ] {
                let mut s: Vec<&str> = s.iter().map(|x| x.as_ref()).collect();
                s.extend(["--as-of", "2026-06-30"]);
                env.run(&s, 0);
            }
        }
    }
}

#[test]
fn two_years_of_pattern_cases_count_as_worked_out() {
    let env = Env::new();
    two_years(&env);
    let r = env.json(&[
        "report",
        "annual",
        "--year",
        "2025",
        "--as-of",
        "2026-06-30",
    ]);
    assert_eq!(r["complaints_received"], 12);
    let c = &r["allegations_by_category"];
    assert_eq!(
        (
            c["force"].as_i64(),
            c["discourtesy"].as_i64(),
            c["other"].as_i64()
        ),
        (Some(4), Some(4), Some(4))
    );
    // Even i in 12..24: findings indices 1, 2, 3, 4, 0, 1.
    assert_eq!(
        r["findings"],
        json!({"exonerated": 2, "no-finding": 1, "not-sustained": 1, "sustained": 1, "unfounded": 1})
    );
    assert_eq!(r["cases_closed"], 6);
    assert_eq!(r["median_days_to_close"], 20.0);
    assert_eq!(r["p90_days_to_close"], 20);
    // notify-pd never recorded: 12 missed. commence: 6 met (even), 6 missed.
    // complete due in 2025 for cases 6, 8, 10, 12, 14, 16: all met.
    assert_eq!(
        r["deadlines_by_rule"]["notify-pd"],
        json!({"met": 0, "missed": 12, "met_pct": 0.0})
    );
    assert_eq!(
        r["deadlines_by_rule"]["commence"],
        json!({"met": 6, "missed": 6, "met_pct": 50.0})
    );
    assert_eq!(
        r["deadlines_by_rule"]["complete"],
        json!({"met": 6, "missed": 0, "met_pct": 100.0})
    );
    // The Chief's responses due in 2025 (sent on the 24th, 45 days): cases
    // 10 (24 Nov 2024: due 8 Jan 2025) to 20, all met; case 22's is due in
    // 2026.
    assert_eq!(
        r["deadlines_by_rule"]["chief-response"],
        json!({"met": 6, "missed": 0, "met_pct": 100.0})
    );
    assert_eq!(r["deadlines_met"], 18);
    assert_eq!(r["deadlines_missed"], 18);
    // Each of the four officers has three 2025 cases; the public list
    // counts the two whose cases (the even ones) are all closed.
    assert_eq!(r["monitoring_list_size"], 2);

    let r = env.json(&[
        "report",
        "annual",
        "--year",
        "2024",
        "--as-of",
        "2026-06-30",
    ]);
    assert_eq!(r["complaints_received"], 12);
    assert_eq!(
        r["findings"],
        json!({"exonerated": 1, "no-finding": 1, "not-sustained": 1, "sustained": 1, "unfounded": 2})
    );
    assert_eq!(r["cases_closed"], 6);
    // complete due in 2024 for cases 0, 2, 4.
    assert_eq!(
        r["deadlines_by_rule"]["complete"],
        json!({"met": 3, "missed": 0, "met_pct": 100.0})
    );
    assert_eq!(r["monitoring_list_size"], 2);
}

/// A Florida store's reports cite Florida law or nothing: no monitoring
/// list (Florida keeps none), no Chief's comparison, no policy reviews.
#[test]
fn a_florida_report_cites_no_miami_section() {
    let env = Env::new();
    env.run(&["init", "--profile", "florida-ia"], 0);
    let n = env.direct("2025-01-02", "no");
    env.run(
        &["commence", &n, "--date", "2025-01-03", "--as-of", TODAY],
        0,
    );
    let err = env.refused(&["monitoring", "--as-of", TODAY], 4);
    assert!(
        err.contains("keeps no monitoring list") && err.ends_with("(Fla. Stat. 112.532-112.533)\n"),
        "{err}"
    );
    for args in [
        vec!["report", "annual", "--year", "2025", "--as-of", TODAY],
        vec![
            "report", "annual", "--year", "2025", "--html", "--as-of", TODAY,
        ],
        vec!["show", n.as_str(), "--as-of", TODAY],
    ] {
        let out = env.run(&args, 0);
        assert!(!out.contains("11.5"), "{args:?}: {out}");
    }
    let v = env.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
    assert_eq!(v["monitoring_list_size"], serde_json::Value::Null);
    // Only this law's sources, and no monitoring figure where none is kept.
    assert!(v["by_source"].get("ia-closed").is_none(), "{v}");
    assert_eq!(v["by_source"]["direct"], 1);
    let table = env.run(&["report", "annual", "--year", "2025", "--as-of", TODAY], 0);
    assert!(!table.contains("Monitoring list"), "{table}");
    assert!(!table.contains("Internal Affairs"), "{table}");
    let html = env.run(
        &[
            "report", "annual", "--year", "2025", "--html", "--as-of", TODAY,
        ],
        0,
    );
    assert!(!html.contains("On the monitoring list"), "{html}");
}

/// The public report hides counts from 1 to 4 ("fewer than 5", the
/// profile's `[public] min_count`), and one more where a single hidden cell
/// could be worked out from the total; the office's report shows them all.
#[test]
fn the_public_report_hides_small_counts() {
    let env = Env::new();
    // Eight cases received in April 2025 and closed in June (the public
    // version counts only cases no longer under investigation): five
    // direct force complaints, two direct discourtesy, one force-gbh.
    let mut csv = String::from(
        "case,received,source,criminal,badge,officer_name,category,closed,finding,finding_date\n",
    );
    for day in 1..=8u32 {
        let (source, criminal, category) = match day {
            1..=5 => ("direct", "false", "force"),
            6 | 7 => ("direct", "false", "discourtesy"),
            _ => ("force-gbh", "true", "other"),
        };
        csv.push_str(&format!(
            "2025-{day:04},2025-04-{day:02},{source},{criminal},4411,John Roe,{category},\
             2025-06-{day:02},not-sustained,2025-06-{day:02}\n"
        ));
    }
    let file = env.dir.path().join("closed.csv");
    std::fs::write(&file, csv).unwrap();
    env.run(&["import", file.to_str().unwrap()], 0);
    let office = env.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
    assert_eq!(office["by_source"]["force-gbh"], 1);
    let public = env.json(&[
        "report", "annual", "--year", "2025", "--public", "--as-of", TODAY,
    ]);
    assert_eq!(public["suppressed_below"], 5);
    // force-gbh (1) is hidden, and direct (7) too: else 8 - 7 gives it back.
    // Both read the same: "fewer than 5" would be false of the 7, and the
    // two told apart would give the 1 back all the same.
    assert_eq!(public["by_source"]["force-gbh"], "not shown");
    assert_eq!(public["by_source"]["direct"], "not shown");
    assert_eq!(public["complaints_received"], 8);
    // Two small categories hide each other.
    assert_eq!(public["allegations_by_category"]["force"], 5);
    assert_eq!(
        public["allegations_by_category"]["discourtesy"],
        "not shown"
    );
    assert_eq!(public["allegations_by_category"]["other"], "not shown");
    let csv = env.run(
        &[
            "report", "annual", "--year", "2025", "--public", "--format", "csv", "--as-of", TODAY,
        ],
        0,
    );
    assert!(csv.contains("by_source,force-gbh,not shown"), "{csv}");
    assert!(csv.contains("summary,suppressed_below,5"), "{csv}");
    let table = env.run(
        &[
            "report", "annual", "--year", "2025", "--public", "--as-of", TODAY,
        ],
        0,
    );
    // Words, not codes, in what people read.
    let line = table
        .lines()
        .find(|l| l.contains("use of force resulting in great bodily harm"))
        .unwrap();
    assert!(line.contains("not shown"), "{table}");
    assert!(!table.contains("force-gbh"), "{table}");
    let html = env.run(
        &[
            "report", "annual", "--year", "2025", "--public", "--html", "--as-of", TODAY,
        ],
        0,
    );
    assert!(
        html.contains("use of force resulting in great bodily harm") && html.contains("not shown"),
        "{html}"
    );
    assert!(
        !html.contains(">force-gbh<"),
        "a code where words belong: {html}"
    );
}

#[test]
fn months_and_the_trend_hide_small_counts_in_public() {
    let env = Env::new();
    history(&env);
    let public = env.json(&[
        "report", "annual", "--year", "2025", "--public", "--as-of", TODAY,
    ]);
    // Only cases no longer under investigation count in public: of the
    // seven received in 2025, A3, A4 and C1 are open, and only their number
    // is said (3: hidden). One closed case a month: every month with one is
    // hidden; a month with none, or only an open case (April: A3, May: A4,
    // July: C1), is 0.
    assert_eq!(public["complaints_received"], "fewer than 5");
    assert_eq!(public["under_investigation"], "fewer than 5");
    assert_eq!(public["received_by_month"]["2025-02"], "not shown");
    assert_eq!(public["received_by_month"]["2025-08"], "not shown");
    assert_eq!(public["received_by_month"]["2025-01"], 0);
    assert_eq!(public["received_by_month"]["2025-04"], 0);
    assert_eq!(public["received_by_month"]["2025-07"], 0);
    assert_eq!(public["closed_by_month"]["2025-09"], "not shown");
    // 2024 had one complaint (D0); 2025's four closed ones are hidden too.
    let trend = public["trend"].as_array().unwrap();
    assert_eq!(trend[3]["complaints_received"], "fewer than 5");
    assert_eq!(trend[3]["cases_closed"], 0);
    assert_eq!(trend[4]["complaints_received"], "fewer than 5");
    // Five cases closed in 2025: their median is shown.
    assert_eq!(public["median_days_to_close"], 126.0);
    // Deadlines by rule are counts too: notify-pd's 1 (A1) and 2 (A2, F1)
    // are hidden, and so is its share, which would give them back. Of the
    // closed cases' deadlines due in 2025, 12 were met (D0 2, A1 4, A2 1,
    // B1 4, F1 1) and 4 missed (A2 2, F1 2: hidden); the office's version
    // adds the open cases' 5 met and 4 missed (17 and 8).
    let notify = &public["deadlines_by_rule"]["notify-pd"];
    assert_eq!(notify["met"], "not shown");
    assert_eq!(notify["missed"], "not shown");
    assert_eq!(notify["met_pct"], "not shown: a count under 5");
    assert_eq!(public["deadlines_met"], 12);
    assert_eq!(public["deadlines_missed"], "fewer than 5");
    let office = env.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
    assert_eq!(office["complaints_received"], 7);
    assert_eq!(office["deadlines_met"], 17);
    assert_eq!(office["deadlines_missed"], 8);
    assert!(office.get("under_investigation").is_none(), "{office}");
    // As of 1 July no 2025 case had closed yet (the first, A1, closed 16
    // July): the public report made as of then counts none of them, and
    // says all seven are under investigation.
    let july = env.json(&[
        "report",
        "annual",
        "--year",
        "2025",
        "--public",
        "--as-of",
        "2025-07-01",
    ]);
    assert_eq!(july["complaints_received"], 0, "{july}");
    assert_eq!(july["under_investigation"], 7, "{july}");
    // 2024 closed no case: no days to close to hide; the table says "-".
    let table = env.run(
        &[
            "report", "annual", "--year", "2025", "--public", "--as-of", TODAY,
        ],
        0,
    );
    assert!(!table.contains("| 3      | 3"), "{table}");
    let csv = env.run(
        &[
            "report", "annual", "--year", "2025", "--public", "--format", "csv", "--as-of", TODAY,
        ],
        0,
    );
    assert!(
        csv.contains("trend_complaints_received,2024,fewer than 5"),
        "{csv}"
    );
    assert!(csv.contains("received_by_month,2025-03,not shown"), "{csv}");
    assert!(
        csv.contains("summary,under_investigation,fewer than 5"),
        "{csv}"
    );
    let html = env.run(
        &[
            "report", "annual", "--year", "2025", "--public", "--html", "--as-of", TODAY,
        ],
        0,
    );
    assert!(!html.contains("Appendix"), "{html}");
    assert!(html.contains("The year beside the four before"), "{html}");
    assert!(html.contains("@media print"), "{html}");
    let office = env.run(
        &[
            "report", "annual", "--year", "2025", "--html", "--as-of", TODAY,
        ],
        0,
    );
    // The office's own version: the comparison per allegation, as an
    // appendix, and the share the Chief concurred in (2 of 3 responses).
    assert!(office.contains("Appendix: the panel"), "{office}");
    assert!(
        office.contains("<td>Concurred</td><td class=\"n\">2</td><td class=\"n\">66.7%</td>"),
        "{office}"
    );
    let table = env.run(&["report", "annual", "--year", "2025", "--as-of", TODAY], 0);
    assert!(table.contains("February 2025"), "{table}");
    assert!(table.contains("68%"), "{table}");
}

#[test]
fn report_json_and_csv_snapshots() {
    let env = Env::new();
    history(&env);
    let json = env.run(
        &[
            "report", "annual", "--year", "2025", "--format", "json", "--as-of", TODAY,
        ],
        0,
    );
    insta::assert_snapshot!("report_annual_json", json);
    let csv = env.run(
        &[
            "report", "annual", "--year", "2025", "--public", "--format", "csv", "--as-of", TODAY,
        ],
        0,
    );
    insta::assert_snapshot!("report_annual_public_csv", csv);
}

/// A headless Chromium, if the machine has one. `.ci/run` installs it and
/// sets OVERSIGHT_REQUIRE_BROWSER, so there a missing browser fails.
fn chromium() -> Option<std::path::PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|d| d.join(name))
                    .find(|p| p.is_file())
            })
        });
    if found.is_none() {
        assert!(
            std::env::var_os("OVERSIGHT_REQUIRE_BROWSER").is_none(),
            "OVERSIGHT_REQUIRE_BROWSER is set but no chromium is on PATH"
        );
        eprintln!("no chromium on PATH: the HTML report is not checked in a browser here");
    }
    found
}

/// Run headless Chromium on a file: (what it printed, its log).
fn browse(browser: &std::path::Path, args: &[&str], page: &std::path::Path) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_html_reports_render_in_a_real_browser() {
    let Some(browser) = chromium() else { return };
    let env = Env::new();
    history(&env);
    // Screenshots are kept for a person to look at.
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-screens");
    std::fs::create_dir_all(&shots).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (name, public) in [("office", false), ("public", true)] {
        let mut args = vec![
            "report", "annual", "--year", "2025", "--html", "--as-of", TODAY,
        ];
        if public {
            args.push("--public");
        }
        let page = dir.path().join(format!("{name}.html"));
        std::fs::write(&page, env.run(&args, 0)).unwrap();
        let (dom, log) = browse(&browser, &["--dump-dom"], &page);
        // The page logged no error (Chromium logs console messages and
        // uncaught errors as "CONSOLE" lines at --v=0), and it refers to no
        // file or address at all: one self-contained file.
        for bad in ["CONSOLE", "Uncaught"] {
            assert!(
                !log.contains(bad),
                "{name}: {bad} in the browser log:\n{log}"
            );
        }
        for reference in [" src=", " href=", "url("] {
            assert!(!dom.contains(reference), "{name}: {reference} in\n{dom}");
        }
        // The figures are in what the browser built.
        for figure in [
            "Annual report 2025",
            "The year beside the four before",
            "February 2025",
            "Month by month",
        ] {
            assert!(dom.contains(figure), "{name}: no {figure:?} in\n{dom}");
        }
        // Met on time: 17 of 25 for the office; the public version counts
        // the closed cases' deadlines only, and its 4 missed are hidden.
        if public {
            assert!(
                dom.contains("fewer than 5 are still open and counted nowhere else"),
                "{dom}"
            );
        } else {
            assert!(dom.contains("68%"), "{dom}");
        }
        // Printed, each section starts a page (the print stylesheet), in a
        // real browser's own PDF.
        let pdf = dir.path().join(format!("{name}.pdf"));
        browse(
            &browser,
            &[
                &format!("--print-to-pdf={}", pdf.display()),
                "--no-pdf-header-footer",
            ],
            &page,
        );
        let bytes = std::fs::read(&pdf).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        // Page objects: "/Type /Page", not the "/Type /Pages" tree above them.
        let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
        let sections = dom.matches("<section").count();
        eprintln!("{name}: {pages} printed page(s), {sections} sections");
        assert!(
            sections >= 8 && pages >= sections,
            "{name}: {pages} page(s) for {sections} sections"
        );
        for paper in &PAPERS {
            let overflow = printed_on(&browser, &page, paper, dir.path());
            assert!(
                overflow.is_empty(),
                "{name} on {}: wider than the page:\n{}",
                paper.name,
                overflow.join("\n")
            );
        }
        if public {
            assert!(dom.contains("fewer than 5") && !dom.contains("Appendix"));
            assert!(!dom.contains("Carla") && !dom.contains("Secret summary"));
        } else {
            assert!(dom.contains("Appendix: the panel"));
        }
        for (width, height, label) in [(1280, 4000, "desktop"), (390, 6000, "phone")] {
            let shot = shots.join(format!("{name}-{label}.png"));
            let _ = std::fs::remove_file(&shot);
            browse(
                &browser,
                &[
                    &format!("--screenshot={}", shot.display()),
                    &format!("--window-size={width},{height}"),
                    "--hide-scrollbars",
                ],
                &page,
            );
            let png = std::fs::read(&shot).unwrap();
            assert!(
                png.starts_with(b"\x89PNG") && png.len() > 20_000,
                "{}: {} bytes",
                shot.display(),
                png.len()
            );
        }
    }
}

/// A paper size: its CSS name, its size in PDF points, and the width of
/// what prints on it in CSS pixels (96 to the inch) inside the report's
/// 15 mm margins.
struct Paper {
    name: &'static str,
    points: (f64, f64),
    printable_px: u32,
}

const PAPERS: [Paper; 2] = [
    Paper {
        name: "letter",
        points: (612.0, 792.0),
        // 8.5 in - 30 mm = 216 mm - 30 mm = 186 mm.
        printable_px: 702,
    },
    Paper {
        name: "A4",
        points: (595.3, 841.9),
        // 210 mm - 30 mm = 180 mm.
        printable_px: 680,
    },
];

/// Print `page` on `paper` in the browser and check the PDF's page size;
/// then return what runs off the printable area
/// ([`overflow_when_printed`]).
fn printed_on(
    browser: &std::path::Path,
    page: &std::path::Path,
    paper: &Paper,
    dir: &std::path::Path,
) -> Vec<String> {
    let html = std::fs::read_to_string(page).unwrap();
    let sized = dir.join(format!("sized-{}.html", paper.name));
    std::fs::write(
        &sized,
        html.replace(
            "</head>",
            &format!("<style>@page{{size:{}}}</style></head>", paper.name),
        ),
    )
    .unwrap();
    let pdf = dir.join(format!("sized-{}.pdf", paper.name));
    browse(
        browser,
        &[
            &format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer",
        ],
        &sized,
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let media = text
        .split("/MediaBox [")
        .nth(1)
        .and_then(|s| s.split(']').next())
        .unwrap_or_else(|| panic!("no MediaBox in the {} PDF", paper.name));
    let nums: Vec<f64> = media
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    assert!(
        (nums[2] - paper.points.0).abs() < 1.5 && (nums[3] - paper.points.1).abs() < 1.5,
        "{}: the PDF's page is {media}",
        paper.name
    );
    overflow_when_printed(browser, page, paper.printable_px, dir)
}

/// Lay `page` out as printed (its print stylesheet applied, the window
/// `width` CSS pixels wide) and return every element that runs past the
/// right edge: a clipped table, a chart, a word too long to wrap.
fn overflow_when_printed(
    browser: &std::path::Path,
    page: &std::path::Path,
    width: u32,
    dir: &std::path::Path,
) -> Vec<String> {
    let html = std::fs::read_to_string(page).unwrap();
    // The print rules as the screen's, and a check that runs as the page
    // is laid out.
    let check = "<script>(function(){var w=document.documentElement.clientWidth,bad=[];\
        document.querySelectorAll('body *').forEach(function(el){var r=el.getBoundingClientRect();\
        if(r.width>0&&r.right>w+1){bad.push(el.tagName+' ending at '+Math.round(r.right)+\
        'px of '+w+': '+(el.textContent||'').trim().slice(0,50));}});\
        var p=document.createElement('pre');p.id='overflow';\
        p.textContent=bad.length?bad.join('\\n'):'none';document.body.appendChild(p);})();\
        </script></body>";
    let laid = dir.join(format!("laid-{width}.html"));
    std::fs::write(
        &laid,
        html.replace("@media print{", "@media all{")
            .replace("</body>", check),
    )
    .unwrap();
    let (dom, _) = browse(
        browser,
        &[
            "--dump-dom",
            &format!("--window-size={width},3000"),
            "--hide-scrollbars",
        ],
        &laid,
    );
    let found = dom
        .split("<pre id=\"overflow\">")
        .nth(1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| panic!("the layout check did not run on {}", page.display()));
    if found == "none" {
        return Vec::new();
    }
    found.lines().map(String::from).collect()
}

/// Every `href="..."` in a page.
fn links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(String::from)
        .collect()
}

#[test]
fn publish_writes_a_site_with_nothing_that_may_not_be_published() {
    let env = Env::new();
    history(&env);
    let site = env.dir.path().join("site");
    let site_arg = site.to_str().unwrap();
    let out = env.json(&["publish", site_arg, "--as-of", TODAY]);
    assert_eq!(out["years"], json!([2024, 2025]));
    let mut names: Vec<String> = std::fs::read_dir(&site)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ".oversight-site",
            "index.html",
            "methodology.html",
            "monitoring.csv",
            "monitoring.html",
            "report-2024.csv",
            "report-2024.html",
            "report-2025.csv",
            "report-2025.html",
        ]
    );
    let open = env.run(&["list", "--status", "open", "--ids"], 0);
    assert_eq!(
        open.lines().collect::<Vec<_>>(),
        ["2025-0003", "2025-0004", "2025-0006", "2026-0001"],
        "the open cases this test looks for"
    );
    // Searched file by file: no complainant, no summary, no case still
    // under investigation on 31 Dec 2025 (A3, A4 and C1: 2025-0003, -0004,
    // -0006), no next year's case.
    for name in &names {
        let text = std::fs::read_to_string(site.join(name)).unwrap();
        for secret in [
            "Carla",
            "Secret summary",
            "2025-0003",
            "2025-0004",
            "2025-0006",
            "2026-0001",
        ] {
            assert!(!text.contains(secret), "{secret} in {name}");
        }
        // Every link is to a file of the site.
        if name.ends_with(".html") {
            for l in links(&text) {
                assert!(
                    !l.contains('/') && names.contains(&l),
                    "{name} links to {l}"
                );
            }
        }
    }
    // No published count is below the threshold: every count cell of the
    // reports' figures is 0, 5 or more, or "fewer than 5".
    for year in ["2024", "2025"] {
        let csv = std::fs::read_to_string(site.join(format!("report-{year}.csv"))).unwrap();
        for line in csv.lines().skip(1) {
            let cells: Vec<&str> = line.splitn(3, ',').collect();
            let counted = [
                "by_source",
                "allegations_by_category",
                "findings",
                "received_by_month",
                "closed_by_month",
                "chief_concurrence",
                "trend_complaints_received",
                "trend_cases_closed",
            ]
            .contains(&cells[0])
                || ["complaints_received", "cases_closed", "closed_out_of_time"]
                    .contains(&cells[1]);
            if counted {
                let small = cells[2].parse::<i64>().is_ok_and(|n| (1..5).contains(&n));
                assert!(!small, "report-{year}.csv: {line}");
            }
        }
    }
    // No case-level rows: they would give the hidden counts back.
    assert!(!names.iter().any(|n| n.contains("cases")), "{names:?}");
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    // The public overview: the closed cases' figures (2025's 3 missed
    // deadlines hidden, so no share of them).
    assert!(
        index.contains("Annual report 2025") && !index.contains("69.6%"),
        "{index}"
    );
    let method = std::fs::read_to_string(site.join("methodology.html")).unwrap();
    assert!(method.contains("Sec. 11.5-31(1)(b)") && method.contains("fewer than 5"));

    // A site already there is refused, and left as it was...
    std::fs::write(site.join("index.html"), "kept").unwrap();
    let err = env.fails(&["publish", site_arg, "--as-of", TODAY], 2);
    assert!(err.contains("DIR") && err.contains("--force"), "{err}");
    assert_eq!(
        std::fs::read_to_string(site.join("index.html")).unwrap(),
        "kept"
    );
    // ...and replaced whole with --force, leaving nothing beside it.
    env.run(&["publish", site_arg, "--force", "--as-of", TODAY], 0);
    assert!(std::fs::read_to_string(site.join("index.html"))
        .unwrap()
        .contains("Annual report 2025"));
    let beside: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("site."))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
    // --force replaces only a site publish wrote: another folder is left
    // alone, and so is the folder of the store.
    let other = env.dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("keep.txt"), "mine").unwrap();
    let err = env.fails(
        &[
            "publish",
            other.to_str().unwrap(),
            "--force",
            "--as-of",
            TODAY,
        ],
        2,
    );
    assert!(err.contains(".oversight-site"), "{err}");
    assert_eq!(
        std::fs::read_to_string(other.join("keep.txt")).unwrap(),
        "mine"
    );
    // Never over the store's own folder (a store on a server has none).
    if !common::on_postgres() {
        std::fs::write(env.dir.path().join(".oversight-site"), "").unwrap();
        let err = env.fails(
            &[
                "publish",
                env.dir.path().to_str().unwrap(),
                "--force",
                "--as-of",
                TODAY,
            ],
            2,
        );
        assert!(err.contains("holds the store"), "{err}");
        assert!(env.has_store());
    }
    // A folder whose parent is missing is named as such.
    let err = env.fails(
        &[
            "publish",
            env.dir.path().join("nope/deeper/site").to_str().unwrap(),
            "--as-of",
            TODAY,
        ],
        2,
    );
    assert!(err.contains("does not"), "{err}");
    // A link is never followed, even with --force.
    let link = env.dir.path().join("link");
    std::os::unix::fs::symlink(&site, &link).unwrap();
    let err = env.fails(
        &[
            "publish",
            link.to_str().unwrap(),
            "--force",
            "--as-of",
            TODAY,
        ],
        2,
    );
    assert!(err.contains("link"), "{err}");

    // Every page in a real browser: no console error, the figures there.
    let Some(browser) = chromium() else { return };
    for name in names.iter().filter(|n| n.ends_with(".html")) {
        let (dom, log) = browse(&browser, &["--dump-dom"], &site.join(name));
        assert!(
            !log.contains("CONSOLE") && !log.contains("Uncaught"),
            "{name}:\n{log}"
        );
        assert!(dom.contains("<nav"), "{name}: no links to the other pages");
    }
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-screens");
    std::fs::create_dir_all(&shots).unwrap();
    let shot = shots.join("site-index-desktop.png");
    browse(
        &browser,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,1000",
            "--hide-scrollbars",
        ],
        &site.join("index.html"),
    );
    assert!(std::fs::read(&shot).unwrap().starts_with(b"\x89PNG"));
}

#[test]
fn publish_needs_a_store() {
    let env = Env::new();
    let site = env.dir.path().join("site");
    let err = env.fails(&["publish", site.to_str().unwrap()], 5);
    assert!(err.contains(&*env.db_arg().to_string_lossy()), "{err}");
    assert!(!site.exists());
}

#[test]
fn the_office_titles_and_introduces_its_report() {
    let env = Env::new();
    history(&env);
    let config = env.dir.path().join("config.toml");
    // The binary with this configuration file.
    let with_config = |args: &[&str], code: i32| {
        let out = env
            .cmd()
            .env("OVERSIGHT_CONFIG", &config)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{out:?}");
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    std::fs::write(
        &config,
        "[report]\ntitle = \"Annual Report of the Civilian Investigative Panel\"\n\
         introduction = \"\"\"The Panel investigates complaints <fairly>.\n\n\
         This report covers 2025.\"\"\"\n",
    )
    .unwrap();
    let (html, _) = with_config(
        &[
            "report", "annual", "--year", "2025", "--html", "--public", "--as-of", TODAY,
        ],
        0,
    );
    assert!(
        html.contains("<h1>Annual Report of the Civilian Investigative Panel</h1>"),
        "{html}"
    );
    assert!(
        html.contains("<p class=\"subtitle\">Annual report 2025 (2025-01-01 to 2025-12-31)</p>")
    );
    // Two paragraphs, the text escaped.
    assert!(html.contains("<p class=\"intro\">The Panel investigates complaints &lt;fairly&gt;.</p><p class=\"intro\">This report covers 2025.</p>"), "{html}");
    let (shown, _) = with_config(&["config", "show"], 0);
    assert!(shown.contains("report.title"), "{shown}");
    // A key the section does not have is named.
    std::fs::write(&config, "[report]\nsubtitle = \"x\"\n").unwrap();
    let (_, err) = with_config(&["report", "annual", "--year", "2025"], 2);
    assert!(err.contains("subtitle"), "{err}");
}

#[test]
fn the_departments_discipline_is_summed_for_the_office_and_counted_for_the_public() {
    let env = Env::new();
    let n = case(
        &env,
        "2025-02-03",
        "direct",
        &["John Roe#4411"],
        &["force@4411", "discourtesy@4411"],
        &[],
    );
    steps(
        &env,
        &[
            &["notify-pd", &n, "--date", "2025-02-04"],
            &["commence", &n, "--date", "2025-02-10"],
            &["present", &n, "--date", "2025-06-04"],
            &[
                "finding",
                &n,
                "--all",
                "--finding",
                "sustained",
                "--date",
                "2025-06-04",
            ],
            &["transmit", &n, "--date", "2025-06-06"],
            &[
                "chief-response",
                &n,
                "--date",
                "2025-07-15",
                "--concurs",
                "yes",
                "--department",
                "1=sustained",
                "--department",
                "2=sustained",
                "--discipline",
                "1=written reprimand",
            ],
            // Closed: the public version counts only cases no longer under
            // investigation.
            &["close", &n, "--date", "2025-07-16"],
        ],
    );
    let r = env.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
    assert_eq!(
        r["sustained"],
        json!({"by_the_panel": 2, "by_the_department": 2, "with_discipline": 1,
               "discipline": {"written reprimand": 1}})
    );
    let table = env.run(&["report", "annual", "--year", "2025", "--as-of", TODAY], 0);
    assert!(table.contains("discipline: written reprimand"), "{table}");
    // The public versions count, hide small counts, and carry no free text.
    let p = env.json(&[
        "report", "annual", "--year", "2025", "--public", "--as-of", TODAY,
    ]);
    assert_eq!(
        p["sustained"],
        json!({"by_the_panel": "fewer than 5", "by_the_department": "fewer than 5",
               "with_discipline": "fewer than 5", "discipline": {}})
    );
    for args in [
        &["--public", "--format", "csv"][..],
        &["--public"][..],
        &["--public", "--html"][..],
    ] {
        let mut a = vec!["report", "annual", "--year", "2025", "--as-of", TODAY];
        a.extend(args);
        let out = env.run(&a, 0);
        assert!(!out.contains("reprimand"), "{args:?}: {out}");
    }
    let html = env.run(
        &[
            "report", "annual", "--year", "2025", "--html", "--as-of", TODAY,
        ],
        0,
    );
    assert!(html.contains("discipline: written reprimand"), "{html}");
}

#[test]
fn demographics_where_recorded_are_counted_and_small_counts_hidden_in_public() {
    let env = Env::new();
    let file = env.dir.path().join("fields.csv");
    let mut text = String::from(
        "case,received,source,closed,badge,officer_name,category,channel,complainant_race\n",
    );
    let races = ["Black", "Black", "Black", "Black", "Black", "White", ""];
    for (i, race) in races.iter().enumerate() {
        let channel = if i == 6 { "walk-in" } else { "phone" };
        text.push_str(&format!(
            "2025-{:04},2025-03-0{},direct,2025-06-01,4411,John Roe,force,{channel},{race}\n",
            i + 1,
            i + 1
        ));
    }
    std::fs::write(&file, text).unwrap();
    env.json(&["import", file.to_str().unwrap(), "--as-of", TODAY]);
    let r = env.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
    let d = &r["demographics"];
    // Only what is recorded: no officer fields, no ages.
    assert_eq!(
        d.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["channel", "complainant_race"]
    );
    assert_eq!(d["complainant_race"]["Black"], 5);
    assert_eq!(d["complainant_race"]["White"], 1);
    assert_eq!(d["complainant_race"]["Asian"], 0);
    assert_eq!(d["complainant_race"]["not recorded"], 1);
    assert_eq!(d["channel"]["phone"], 6);
    assert_eq!(d["channel"]["walk-in"], 1);
    assert_eq!(d["channel"]["not recorded"], 0);
    let p = env.json(&[
        "report", "annual", "--year", "2025", "--public", "--as-of", TODAY,
    ]);
    let d = &p["demographics"];
    // White (1) and not recorded (1) are hidden, and Black (5) too: else
    // 7 - 5 = 2 hidden in two cells would say each is 1.
    assert_eq!(d["complainant_race"]["White"], "not shown");
    assert_eq!(d["complainant_race"]["not recorded"], "not shown");
    assert_eq!(d["complainant_race"]["Black"], "not shown");
    assert_eq!(d["complainant_race"]["Asian"], 0);
    // walk-in (1) hidden, and phone too: else 7 - 6 gives it back.
    assert_eq!(d["channel"]["walk-in"], "not shown");
    assert_eq!(d["channel"]["phone"], "not shown");
    let csv = env.run(
        &[
            "report", "annual", "--year", "2025", "--public", "--format", "csv", "--as-of", TODAY,
        ],
        0,
    );
    assert!(
        csv.contains("demographics_complainant_race,White,not shown"),
        "{csv}"
    );
    let table = env.run(&["report", "annual", "--year", "2025", "--as-of", TODAY], 0);
    assert!(
        table.contains("Allegations received, by complainant race"),
        "{table}"
    );
    let html = env.run(
        &[
            "report", "annual", "--year", "2025", "--html", "--public", "--as-of", TODAY,
        ],
        0,
    );
    assert!(
        html.contains("Complaints received, by how they came in"),
        "{html}"
    );
    // A store that records none has no such tables.
    let other = Env::new();
    history(&other);
    let r = other.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
    assert_eq!(r["demographics"], json!({}));
}

/// The public site of a migrated store (the CCRB sample through the
/// shipped mapping): no small count in any figure file, nothing of a
/// complainant, and every page sound in a browser.
#[test]
fn the_public_site_of_the_ccrb_sample_is_safe_and_sound() {
    let env = Env::new();
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ccrb-sample.csv"
    );
    let map = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/ccrb-2020.map.toml");
    env.run(&["import", sample, "--map", map], 0);
    let site = env.dir.path().join("site");
    let out = env.json(&["publish", site.to_str().unwrap(), "--as-of", "2020-07-01"]);
    let years = out["years"].as_array().unwrap();
    assert!(years.len() >= 5, "{out}");
    let counted = |section: &str, key: &str| {
        [
            "by_source",
            "allegations_by_category",
            "findings",
            "received_by_month",
            "closed_by_month",
            "chief_concurrence",
            "trend_complaints_received",
            "trend_cases_closed",
            "deadlines_met",
            "deadlines_missed",
            "sustained",
        ]
        .contains(&section)
            || section.starts_with("demographics_")
            || [
                "complaints_received",
                "cases_closed",
                "closed_out_of_time",
                "imported_cases",
                "deadlines_met",
                "deadlines_missed",
            ]
            .contains(&key)
    };
    let mut files = 0;
    for entry in std::fs::read_dir(&site).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("investigator"), "{name}");
        if name.starts_with("report-") && name.ends_with(".csv") {
            files += 1;
            for line in text.lines().skip(1) {
                let cells: Vec<&str> = line.splitn(3, ',').collect();
                if counted(cells[0], cells[1]) {
                    let small = cells[2].parse::<i64>().is_ok_and(|n| (1..5).contains(&n));
                    assert!(!small, "{name}: {line}");
                }
            }
        }
    }
    assert_eq!(files, years.len());
    // The year with the most to show: the longest year page.
    let busiest = years
        .iter()
        .max_by_key(|y| {
            std::fs::metadata(site.join(format!("report-{y}.html")))
                .unwrap()
                .len()
        })
        .unwrap()
        .to_string();
    let Some(browser) = chromium() else { return };
    for entry in std::fs::read_dir(&site).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "html") {
            let (dom, log) = browse(&browser, &["--dump-dom"], &path);
            assert!(
                !log.contains("CONSOLE") && !log.contains("Uncaught"),
                "{log}"
            );
            for l in links(&dom) {
                assert!(site.join(&l).is_file(), "{}: {l}", path.display());
            }
            // Printed, nothing runs off the page (A4's is the narrower):
            // the site's own pages and the year with the most cases (the
            // year pages are one template).
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with("report-") && name != format!("report-{busiest}.html") {
                continue;
            }
            let a4 = PAPERS[1].printable_px;
            let overflow = overflow_when_printed(&browser, &path, a4, env.dir.path());
            assert!(
                overflow.is_empty(),
                "{}:\n{}",
                path.display(),
                overflow.join("\n")
            );
        }
    }
    // The office's own report of a migrated year, with its appendix of
    // every allegation the Chief answered and long command names, too.
    let page = env.dir.path().join("office-2016.html");
    let html = env.run(
        &[
            "report",
            "annual",
            "--year",
            "2016",
            "--html",
            "--as-of",
            "2020-07-01",
        ],
        0,
    );
    std::fs::write(&page, html).unwrap();
    for paper in &PAPERS {
        let overflow = printed_on(&browser, &page, paper, env.dir.path());
        assert!(
            overflow.is_empty(),
            "office 2016 on {}:\n{}",
            paper.name,
            overflow.join("\n")
        );
    }
}

/// The period's deadline figures counted straight from the deadlines (and
/// the matters'), as SPEC counts them: (met, missed, open), of every case
/// or, for the public version, of the cases closed by `as_of`.
fn deadlines_counted(env: &Env, year: &str, as_of: &str, public: bool) -> (i64, i64, i64) {
    deadlines_counted_of(env, year, as_of, public, None)
}

/// [`deadlines_counted`] of one rule's deadlines, or of every rule's.
fn deadlines_counted_of(
    env: &Env,
    year: &str,
    as_of: &str,
    public: bool,
    rule: Option<&str>,
) -> (i64, i64, i64) {
    let mut scope = if public {
        format!("AND c.closed IS NOT NULL AND c.closed <= '{as_of}'")
    } else {
        String::new()
    };
    let of_rule = rule.map_or(String::new(), |r| format!(" AND d.rule = '{r}'"));
    scope.push_str(&of_rule);
    let cases = format!(
        "FROM deadlines d JOIN cases c ON c.id = d.case_id
         WHERE d.due >= '{year}-01-01' AND d.due <= '{year}-12-31' {scope}"
    );
    let matters = format!(
        "FROM matter_deadlines d WHERE d.due >= '{year}-01-01' AND d.due <= '{year}-12-31'{of_rule}"
    );
    let count = |filter: &str, matter_filter: &str| {
        env.number(&format!(
            "SELECT (SELECT count(*) {cases} AND {filter}) + (SELECT count(*) {matters} AND {matter_filter})"
        ))
    };
    let met = "d.satisfied_on IS NOT NULL AND d.satisfied_on <= d.due";
    let met = count(met, met);
    let open = count(
        &format!(
            "d.satisfied_on IS NULL AND (d.suspended_since IS NOT NULL OR d.due >= '{as_of}')"
        ),
        &format!("d.satisfied_on IS NULL AND d.due >= '{as_of}'"),
    );
    let due = count("true", "true");
    (met, due - met - open, open)
}

/// The report reads its timeliness figures from tallies the store keeps as
/// deadlines are written and cases close and reopen: they agree with the
/// deadlines counted one by one, for the office and the public, as of
/// today and as of a day before some cases closed; `verify` counts them
/// again and names a tally changed outside oversight.
#[test]
fn deadline_figures_follow_every_change_and_verify_recounts_them() {
    // The history reaches into 2026.
    const LATER: &str = "2026-06-30";
    let env = Env::new();
    history(&env);
    let check = |env: &Env| {
        let mut compared = 0;
        for as_of in ["2025-03-01", "2025-07-01", TODAY] {
            for public in [false, true] {
                let mut args = vec!["report", "annual", "--year", "2025", "--as-of", as_of];
                if public {
                    args.push("--public");
                }
                let r = env.json(&args);
                let shown = |k: &str| r[k].as_i64().unwrap_or_else(|| panic!("{k}: {}", r[k]));
                let (met, missed, open) = deadlines_counted(env, "2025", as_of, public);
                if !public {
                    assert_eq!(
                        (
                            shown("deadlines_met"),
                            shown("deadlines_missed"),
                            shown("deadlines_open")
                        ),
                        (met, missed, open),
                        "as of {as_of}"
                    );
                    // Rule by rule, every rule with a deadline due and no
                    // other.
                    let by_rule = r["deadlines_by_rule"].as_object().unwrap();
                    let rules = env.number(
                        "SELECT count(*) FROM (SELECT rule FROM deadlines
                           WHERE due >= '2025-01-01' AND due <= '2025-12-31'
                         UNION SELECT rule FROM matter_deadlines
                           WHERE due >= '2025-01-01' AND due <= '2025-12-31') AS r",
                    );
                    assert_eq!(by_rule.len() as i64, rules, "{by_rule:?}");
                    for (rule, mm) in by_rule {
                        let (met, missed, _) =
                            deadlines_counted_of(env, "2025", as_of, false, Some(rule));
                        assert_eq!(
                            (mm["met"].as_i64(), mm["missed"].as_i64()),
                            (Some(met), Some(missed)),
                            "{rule} as of {as_of}"
                        );
                    }
                    // The trend's year before, counted the same way.
                    let before = &r["trend"][3];
                    assert_eq!(before["year"], 2024);
                    let (met, missed, _) = deadlines_counted(env, "2024", as_of, false);
                    assert_eq!(
                        (
                            before["deadlines_met"].as_i64(),
                            before["deadlines_missed"].as_i64()
                        ),
                        (Some(met), Some(missed)),
                        "2024 as of {as_of}"
                    );
                } else {
                    // The public version hides small counts; those it shows agree.
                    for (k, n) in [
                        ("deadlines_met", met),
                        ("deadlines_missed", missed),
                        ("deadlines_open", open),
                    ] {
                        if let Some(v) = r[k].as_i64() {
                            assert_eq!(v, n, "{k} as of {as_of}, public");
                            compared += 1;
                        }
                    }
                }
            }
        }
        assert!(compared >= 3, "the public figures shown: {compared}");
        env.run(&["verify", "--as-of", LATER], 0);
    };
    check(&env);
    // A closing retracted reopens the case: its deadlines leave the public
    // version's figures, and come back when it closes again.
    let number = env.json(&["list", "--status", "closed", "--as-of", TODAY])[0]["case"]
        .as_str()
        .unwrap()
        .to_string();
    let v = env.json(&["show", &number, "--as-of", TODAY]);
    let close = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "close" && e["superseded_by"].is_null())
        .unwrap()["id"]
        .to_string();
    let public_met = |env: &Env| deadlines_counted(env, "2025", TODAY, true).0;
    let before = public_met(&env);
    env.run(
        &[
            "correct",
            &number,
            "--event",
            &close,
            "--retract",
            "--reason",
            "closed in error",
            "--as-of",
            TODAY,
        ],
        0,
    );
    assert!(
        public_met(&env) < before,
        "the reopened case's deadlines left"
    );
    check(&env);
    env.run(
        &["close", &number, "--date", "2025-12-30", "--as-of", TODAY],
        0,
    );
    assert_eq!(public_met(&env), before);
    check(&env);
    // A tally changed outside oversight is named; nothing is changed.
    env.sql(
        "UPDATE deadline_tallies SET met = met + 1 \
         WHERE due = (SELECT min(due) FROM deadline_tallies)",
    )
    .unwrap();
    let dump = env.dump();
    let err = env.fails(&["verify", "--as-of", LATER], 5);
    assert!(
        err.contains("the deadlines' tallies for") && err.contains("changed outside oversight"),
        "{err}"
    );
    assert_eq!(dump, env.dump());
    // So is one taken away.
    env.sql("DELETE FROM deadline_tallies WHERE due = (SELECT max(due) FROM deadline_tallies)")
        .unwrap();
    let err = env.fails(&["verify", "--as-of", LATER], 5);
    assert!(
        err.contains("2 problem(s)") && err.contains(": kept nothing; the deadlines count "),
        "{err}"
    );
}

/// A deadline whose clock is stopped (Florida's pending criminal
/// investigation) is open, neither met nor missed, whatever its due date:
/// the tallies keep it apart from the waiting ones, and let it go when the
/// investigation concludes.
#[test]
fn a_stopped_clock_is_tallied_open_until_it_runs_again() {
    let env = Env::new();
    env.run(&["init", "--profile", "florida-ia"], 0);
    let n = env.direct("2025-01-02", "yes");
    let stopped = "SELECT CAST(coalesce(sum(stopped), 0) AS BIGINT) FROM deadline_tallies";
    let agrees = |env: &Env| {
        let r = env.json(&["report", "annual", "--year", "2025", "--as-of", TODAY]);
        let (met, missed, open) = deadlines_counted(env, "2025", TODAY, false);
        assert_eq!(
            (
                r["deadlines_met"].as_i64(),
                r["deadlines_missed"].as_i64(),
                r["deadlines_open"].as_i64()
            ),
            (Some(met), Some(missed), Some(open))
        );
        env.run(&["verify", "--as-of", TODAY], 0);
        open
    };
    env.run(
        &[
            "criminal-investigation",
            &n,
            "--date",
            "2025-02-03",
            "--status",
            "pending",
            "--as-of",
            "2025-02-03",
        ],
        0,
    );
    assert_eq!(env.number(stopped), 1);
    // Due in July, past by December, and still open.
    assert_eq!(agrees(&env), 1);
    env.run(
        &[
            "criminal-investigation",
            &n,
            "--date",
            "2025-04-14",
            "--status",
            "concluded",
            "--as-of",
            "2025-04-14",
        ],
        0,
    );
    assert_eq!(env.number(stopped), 0);
    assert_eq!(agrees(&env), 0);
}

/// A report as of a day in its year counts no close, finding or response
/// dated after that day: the public version, which says such a case is
/// still under investigation, counted it among the closed ones too.
#[test]
fn a_report_as_of_a_day_counts_no_step_dated_after_it() {
    let env = Env::new();
    sustained_in_july(
        &env,
        "2025-08-05",
        &[
            &["transmit", "--date", "2025-07-08"],
            &["chief-response", "--date", "2025-08-01", "--concurs", "yes"],
            &["close", "--date", "2025-08-05"],
        ],
    );
    let report = |as_of: &str, public: bool| {
        let mut a = vec!["report", "annual", "--year", "2025", "--as-of", as_of];
        if public {
            a.push("--public");
        }
        env.json(&a)
    };
    for public in [true, false] {
        let june = report("2025-06-30", public);
        assert_eq!(june["cases_closed"], 0, "{june}");
        assert_eq!(june["closed_by_month"]["2025-08"], 0, "{june}");
        assert_eq!(june["findings"]["sustained"], 0, "{june}");
        assert_eq!(june["chief_concurrence"]["yes"], 0, "{june}");
        let december = report("2025-12-31", public);
        let one = if public {
            "fewer than 5".into()
        } else {
            serde_json::json!(1)
        };
        assert_eq!(december["cases_closed"], one, "{december}");
    }
    assert_eq!(
        report("2025-06-30", true)["under_investigation"],
        "fewer than 5"
    );
    assert_eq!(report("2025-12-31", false)["findings"]["sustained"], 1);
    // The comparison with the Chief's actions, as counts in every public
    // form: the panel sustained, the Department gave no finding of its own.
    assert_eq!(
        report("2025-12-31", false)["findings_compared"]["sustained"]["not-given"],
        1
    );
    assert_eq!(
        report("2025-12-31", true)["findings_compared"]["sustained"]["not-given"],
        "not shown"
    );
    let public = [
        "report",
        "annual",
        "--year",
        "2025",
        "--public",
        "--as-of",
        "2025-12-31",
    ];
    let table = env.run(&public, 0);
    assert!(
        table.contains("The panel's findings and the Department's, in allegations"),
        "{table}"
    );
    let mut csv = public.to_vec();
    csv.extend(["--format", "csv"]);
    let csv = env.run(&csv, 0);
    assert!(
        csv.contains("findings_compared,sustained/not-given,not shown"),
        "{csv}"
    );
}

/// The public report's count of deadlines still open is hidden when small,
/// as every count is: one closed case awaiting the Chief's response.
#[test]
fn the_public_count_of_deadlines_still_open_is_hidden_when_small() {
    let env = Env::new();
    sustained_in_july(
        &env,
        "2025-10-02",
        &[
            &["transmit", "--date", "2025-10-01"],
            &["close", "--date", "2025-10-02"],
        ],
    );
    let args = [
        "report",
        "annual",
        "--year",
        "2025",
        "--as-of",
        "2025-11-10",
    ];
    assert_eq!(env.json(&args)["deadlines_open"], 1);
    let mut public = args.to_vec();
    public.push("--public");
    assert_eq!(env.json(&public)["deadlines_open"], "fewer than 5");
    let table = env.run(&public, 0);
    assert!(
        table.contains("still open: fewer than 5 deadline(s)"),
        "{table}"
    );
    public.extend(["--format", "csv"]);
    let csv = env.run(&public, 0);
    assert!(csv.contains("summary,deadlines_open,fewer than 5"), "{csv}");
}

/// A direct case received 3 Feb 2025, commenced, presented and sustained on
/// 7 July, then `then` (each a step's name and its flags, the case number
/// put after the name), recorded as of `as_of`: its number.
fn sustained_in_july(env: &Env, as_of: &str, then: &[&[&str]]) -> String {
    let n = env.direct("2025-02-03", "no");
    let mut steps: Vec<Vec<&str>> = vec![
        vec!["notify-pd", &n, "--date", "2025-02-04"],
        vec!["commence", &n, "--date", "2025-02-10"],
        vec!["present", &n, "--date", "2025-07-07"],
        vec![
            "finding",
            &n,
            "--all",
            "--finding",
            "sustained",
            "--date",
            "2025-07-07",
        ],
    ];
    for step in then {
        let mut s = vec![step[0], n.as_str()];
        s.extend(&step[1..]);
        steps.push(s);
    }
    env.steps(as_of, &steps);
    n
}

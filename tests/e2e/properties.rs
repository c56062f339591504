//! Properties over many generated inputs (proptest): date parsing never
//! panics and round-trips; the working-day calendar's arithmetic agrees with
//! itself; CSV import of arbitrary bytes never panics and a refusal leaves
//! the store unchanged.

use crate::common;
use chrono::{Days, NaiveDate};
use common::Env;
use oversight::model::{fmt_date, parse_date};
use oversight::rules::Calendar;
use proptest::prelude::*;

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // 1990-01-01 plus up to ~70 years.
    (0u64..25_000).prop_map(|d| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(d))
}

proptest! {
    #[test]
    fn date_parsing_never_panics(s in "\\PC{0,14}") {
        let _ = parse_date("--date", &s);
    }

    #[test]
    fn dates_round_trip(d in any_date()) {
        prop_assert_eq!(parse_date("--date", &fmt_date(d)).unwrap(), d);
    }

    #[test]
    fn only_real_dates_parse(y in 1900i32..2100, m in 0u32..14, day in 0u32..33) {
        let s = format!("{y:04}-{m:02}-{day:02}");
        prop_assert_eq!(parse_date("--date", &s).is_ok(), NaiveDate::from_ymd_opt(y, m, day).is_some());
    }

    #[test]
    fn adding_n_working_days_then_counting_back_gives_n(d in any_date(), n in 0u32..400) {
        let cal = Calendar::federal();
        let due = cal.add_working_days(d, n);
        prop_assert_eq!(cal.working_days_between(d, due), n);
        if n > 0 {
            prop_assert!(cal.is_working_day(due), "{} is not a working day", due);
        }
    }

    #[test]
    fn calendar_day_deadlines_never_land_on_a_non_working_day(d in any_date(), n in 1u32..400) {
        let cal = Calendar::federal();
        let due = cal.add_days(d, n, true);
        prop_assert!(cal.is_working_day(due));
        prop_assert!(due >= d + Days::new(u64::from(n)));
        // Rolled forward by the fewest days: every day before it is off.
        let mut x = d + Days::new(u64::from(n));
        while x < due {
            prop_assert!(!cal.is_working_day(x));
            x = x + Days::new(1);
        }
    }
}

proptest! {
    // Each case runs the binary: keep the count modest.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn importing_arbitrary_bytes_never_panics_and_a_refusal_changes_nothing(
        body in proptest::collection::vec(any::<u8>(), 0..400),
        with_header in any::<bool>(),
    ) {
        let env = Env::new();
        env.run(&["init"], 0);
        let before = env.dump();
        let mut bytes = Vec::new();
        if with_header {
            bytes.extend_from_slice(b"case,received,source,criminal,officer_name,badge,category\n");
        }
        bytes.extend_from_slice(&body);
        let file = env.dir.path().join("fuzz.csv");
        std::fs::write(&file, &bytes).unwrap();
        let out = env.cmd().args(["import", file.to_str().unwrap()]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        prop_assert!(!stderr.contains("panicked"), "{}", stderr);
        let code = out.status.code();
        prop_assert!(code == Some(0) || code == Some(2), "exit {:?}: {}", code, stderr);
        if code == Some(2) {
            prop_assert_eq!(before, env.dump());
        }
    }
}

//! Twenty clients at once on one store: case numbers are allocated without
//! a gap or a double, nothing is lost, and readers meanwhile always see a
//! consistent store. The office's load is what a PostgreSQL store is for;
//! the same test runs on SQLite (several processes on one machine).

mod common;
use common::Env;

#[test]
fn twenty_clients_take_fifty_cases_each_without_a_gap_or_a_double() {
    let env = Env::new();
    env.run(&["init"], 0);
    let (clients, each) = (20, 50);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..2)
        .map(|k| {
            let db = env.db_arg();
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut reads = 0;
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    let args: &[&str] = if k == 0 {
                        &["overdue", "--format", "json", "--as-of", "2025-07-01"]
                    } else {
                        &["list", "--format", "json"]
                    };
                    let out = common::oversight_at(&db).args(args).output().unwrap();
                    assert_eq!(
                        out.status.code(),
                        Some(0),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                    assert!(v.is_array());
                    reads += 1;
                }
                reads
            })
        })
        .collect();
    let writers: Vec<_> = (0..clients)
        .map(|w| {
            let db = env.db_arg();
            std::thread::spawn(move || {
                for i in 0..each {
                    let out = common::intake_process(&db, &format!("{w}x{i}"))
                        .env("OVERSIGHT_CONFIG", "")
                        .env("OVERSIGHT_BUSY_TIMEOUT_MS", "60000")
                        .output()
                        .unwrap();
                    assert_eq!(
                        out.status.code(),
                        Some(0),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let reads: usize = readers.into_iter().map(|r| r.join().unwrap()).sum();
    assert!(reads > 0);
    let list = env.json(&["list"]);
    let mut numbers: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["case"].as_str().unwrap().to_string())
        .collect();
    numbers.sort();
    let expected: Vec<String> = (1..=clients * each)
        .map(|n| format!("2025-{n:04}"))
        .collect();
    assert_eq!(numbers, expected, "case numbers with a gap or a double");
    let v = env.json(&["verify"]);
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["cases"], clients * each);
}

//! The performance benchmark (run by hand: `cargo bench`; sizes with
//! `OVERSIGHT_BENCH_SIZES=10000,100000`). For each size it builds a store of
//! generated cases spread over 20 years, most closed with findings and the
//! recent ones open, with ~1.7 allegations per case, and then times whole
//! `oversight` processes (start-up, `overdue`, `report annual`, `show`, one
//! `intake`; `list`, `audit log`, `officer show` and `officer list` as
//! tables for people) and an `import` of the same cases, reporting medians.
//! The last three years' cases are assigned to investigators. Then,
//! when the machine has PostgreSQL's server binaries (or
//! `OVERSIGHT_BENCH_PG` names a server), the same store moved by `copy`
//! into a throwaway server, and the same commands against it, directly and
//! through a PgBouncer in front of it (`scripts/pgbouncer`, when the machine
//! has one), with the ratio to SQLite measured in the same run: each
//! command's runs on the server and on the file taken in turns, as are
//! `overdue`'s and the sqlite3 shell's answering the same query.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{Datelike, Days, NaiveDate};
use oversight::model::{AllegationRef, OfficerRef, Source};
use oversight::rules::profile::DEFAULT_PROFILE;
use oversight::rules::Profile;
use oversight::store::{Event, NewCase};

const BIN: &str = env!("CARGO_BIN_EXE_oversight");
const AS_OF: &str = "2025-12-31";

/// A tiny deterministic generator (no dependency): xorshift64.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn build(path: &Path, n: usize) -> Duration {
    let text = Profile::builtin_text(DEFAULT_PROFILE).unwrap();
    let (mut store, _) = oversight::ops::open::open_or_create(
        &oversight::store::Location::File(path.to_path_buf()),
        text,
    )
    .unwrap();
    let profile = store.profile().unwrap().clone();
    let start = Instant::now();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let first = NaiveDate::from_ymd_opt(2006, 1, 2).unwrap();
    let span_days = 20 * 365;
    let as_of = NaiveDate::parse_from_str(AS_OF, "%Y-%m-%d").unwrap();
    // Chunks keep each transaction a reasonable size.
    for chunk in 0..n.div_ceil(5000) {
        store
            .write(|tx| {
                for i in chunk * 5000..((chunk + 1) * 5000).min(n) {
                    let received = first + Days::new((i as u64 * span_days) / n as u64);
                    let officers = 1 + rng.below(2) as usize;
                    let refs: Vec<OfficerRef> = (0..officers)
                        .map(|k| {
                            // Two officers of a case come from disjoint halves.
                            let b = 1 + rng.below(2000) + k as u64 * 2000;
                            OfficerRef {
                                name: format!("Officer {b}"),
                                badge: b.to_string(),
                            }
                        })
                        .collect();
                    let allegations: Vec<AllegationRef> = refs
                        .iter()
                        .flat_map(|o| {
                            let k = 1 + (rng.below(10) < 3) as usize;
                            (0..k)
                                .map(|_| AllegationRef {
                                    category: profile.categories[rng.below(4) as usize].clone(),
                                    badge: o.badge.clone(),
                                })
                                .collect::<Vec<_>>()
                        })
                        .collect();
                    let (case, _) = tx.insert_case(&NewCase {
                        received,
                        incident_date: Some(received - Days::new(3)),
                        aware_date: None,
                        source: Source::Direct,
                        criminal: false,
                        anonymous: false,
                        complainants: vec![format!("Complainant {i}")],
                        officers: refs,
                        allegations: allegations.clone(),
                        summary: format!("Generated case {i}"),
                        late_vote: None,
                        chief_decision: None,
                        ia_file_access: None,
                        channel: None,
                        allegation_fields: Vec::new(),
                    })?;
                    let d = |days: u64| received + Days::new(days);
                    let mut events = vec![Event::new("notify-pd", d(1 + rng.below(3)))];
                    let age = (as_of - received).num_days();
                    if age > 20 {
                        events.push(Event::new("commence", d(5 + rng.below(15))));
                    }
                    if age > 400 {
                        let present = d(90 + rng.below(150));
                        events.push(Event::new("present", present));
                        for k in 0..allegations.len() {
                            events.push(Event {
                                result: Some(profile.findings[rng.below(4) as usize].clone()),
                                allegation: Some(k as i64 + 1),
                                ..Event::new("finding", present)
                            });
                        }
                        events.push(Event::new("transmit", present + Days::new(5)));
                        events.push(Event {
                            result: Some("yes".into()),
                            ..Event::new("chief-response", present + Days::new(30))
                        });
                        events.push(Event::new("close", present + Days::new(31)));
                    }
                    // The last three years' cases are assigned as they come
                    // in (an office that took up assignment then), to one of
                    // 40 investigators; one in ten passed on after two
                    // months. Apart from the random draws, so the rest of the
                    // store is what it was before assignments were made.
                    if received.year() >= 2023 {
                        let login = |k: usize| format!("investigator{:02}", k % 40);
                        tx.assign(case.id, &login(i), d(1))?;
                        if i % 10 == 0 {
                            tx.assign(case.id, &login(i + 7), d(60))?;
                        }
                    }
                    tx.add_events(&case, &events)?;
                    if let Some(c) = events.iter().find(|e| e.kind == "close") {
                        tx.set_closed(&case, c.date, false)?;
                    }
                    oversight::ops::deadlines::recompute(tx, &case)?;
                }
                Ok(())
            })
            .unwrap();
    }
    start.elapsed()
}

/// Run one process to its end: wall time and peak resident memory (KiB).
/// A child's peak includes whatever its parent held when it was spawned, so
/// the timing is done by a fresh, small copy of this program (`child_mode`)
/// that spawns the command and reports the kernel's account of it.
fn run(cmd: &mut Command) -> (Duration, u64) {
    let out = Command::new(std::env::current_exe().unwrap())
        .env("OVERSIGHT_BENCH_CHILD", "1")
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut f = text.split_whitespace().map(|w| w.parse::<u64>().unwrap());
    let (nanos, kib, code) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
    assert!(code <= 1, "{cmd:?} exited with {code}");
    (Duration::from_nanos(nanos), kib)
}

/// Spawn `argv[1..]`, wait for it with `wait4` and print "nanoseconds
/// peak-KiB exit-code".
fn child_mode() -> ! {
    use std::process::Stdio;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let s = Instant::now();
    let mut child = Command::new(&args[0])
        .args(&args[1..])
        .env_remove("OVERSIGHT_BENCH_CHILD")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, with valid out-pointers.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let e = s.elapsed();
    assert_eq!(pid, child.id() as libc::pid_t);
    // Reaped above; this returns at once and keeps clippy's zombie check
    // satisfied.
    let _ = child.try_wait();
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        255
    };
    println!("{} {} {code}", e.as_nanos(), usage.ru_maxrss);
    std::process::exit(0)
}

/// Median wall time and the largest peak memory over `runs` runs.
fn measure(mut make: impl FnMut() -> Command, runs: usize) -> (Duration, u64) {
    let mut times = Vec::new();
    let mut peak = 0;
    for _ in 0..runs {
        let (t, kib) = run(&mut make());
        times.push(t);
        peak = peak.max(kib);
    }
    times.sort();
    (times[times.len() / 2], peak)
}

/// A throwaway PostgreSQL server for the second engine's figures
/// (`scripts/postgres`), or the one `OVERSIGHT_BENCH_PG` names; none when
/// the machine has no server binaries.
struct Server {
    url: String,
    dir: Option<std::path::PathBuf>,
    /// A PgBouncer in front of it (`scripts/pgbouncer`, session pooling),
    /// when the machine has one: its URL and folder.
    pooler: Option<(String, std::path::PathBuf)>,
}

/// Run one of the project's scripts; its output, or why not.
fn script(name: &str, args: &[&std::ffi::OsStr]) -> Result<String, String> {
    let path = format!("{}/scripts/{name}", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("bash")
        .arg(path)
        .args(args)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

impl Server {
    fn start(under: &Path) -> Option<Server> {
        let (url, dir) = match std::env::var("OVERSIGHT_BENCH_PG").as_deref() {
            // SQLite figures only (a million cases take long to copy).
            Ok("none") => return None,
            Ok(url) => (url.to_string(), None),
            Err(_) => {
                let dir = under.join("pg");
                match script("postgres", &["start".as_ref(), dir.as_os_str()]) {
                    Ok(url) => (url, Some(dir)),
                    Err(why) => {
                        eprintln!("no PostgreSQL figures: {why}");
                        return None;
                    }
                }
            }
        };
        let pool_dir = under.join("pgbouncer");
        let pooler = match script(
            "pgbouncer",
            &["start".as_ref(), pool_dir.as_os_str(), url.as_ref()],
        ) {
            Ok(pooled) => Some((pooled, pool_dir)),
            Err(why) => {
                eprintln!("no figures through PgBouncer: {why}");
                None
            }
        };
        Some(Server { url, dir, pooler })
    }

    /// A new database on the server; its URL.
    fn database(&self, name: &str) -> String {
        let mut c = postgres::Client::connect(&self.url, postgres::NoTls).unwrap();
        c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let (base, _) = self.url.rsplit_once('/').unwrap();
        format!("{base}/{name}")
    }

    /// Have the server do now what it would do on its own in the next
    /// minute after a bulk load (autovacuum's pass over new rows, which
    /// marks pages all-visible for index-only scans), so that it does not
    /// compete with the timed commands for the two cores: the figures are
    /// an office server's in its steady state. `copy` has already analysed
    /// the tables.
    fn settle(&self, url: &str) {
        let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
        c.batch_execute("VACUUM").unwrap();
    }

    /// The database `name` reached through the pooler, if there is one.
    fn pooled(&self, name: &str) -> Option<String> {
        let (url, _) = self.pooler.as_ref()?;
        let (base, _) = url.rsplit_once('/').unwrap();
        Some(format!("{base}/{name}"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some((_, dir)) = &self.pooler {
            let _ = script("pgbouncer", &["stop".as_ref(), dir.as_os_str()]);
        }
        if let Some(dir) = &self.dir {
            let _ = script("postgres", &["stop".as_ref(), dir.as_os_str()]);
        }
    }
}

fn oversight(args: &[&str], db: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.env("NO_COLOR", "1")
        .env_remove("OVERSIGHT_DB")
        .arg("--db")
        .arg(db)
        .args(args);
    c
}

fn time(args: &[&str], db: &Path, runs: usize) -> Duration {
    measure(|| oversight(args, db), runs).0
}

/// The same command on two stores, their runs taken in turns (first,
/// second, second, first, and again), each store's median: a machine that
/// slows down for a while slows both alike, and their ratio holds.
fn time_both(args: &[&str], first: &Path, second: &Path, runs: usize) -> (Duration, Duration) {
    let (a, b) = in_turns(|| oversight(args, first), || oversight(args, second), runs);
    (a.0, b.0)
}

/// Two commands' runs taken in turns (`a`, `b`, `b`, `a`, and again): each
/// one's median wall time and largest peak memory.
fn in_turns(
    mut a: impl FnMut() -> Command,
    mut b: impl FnMut() -> Command,
    runs: usize,
) -> ((Duration, u64), (Duration, u64)) {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    let (mut pa, mut pb) = (0, 0);
    for i in 0..runs {
        let order = if i % 2 == 0 {
            [true, false]
        } else {
            [false, true]
        };
        for first in order {
            let (t, kib) = run(&mut if first { a() } else { b() });
            let (times, peak) = if first {
                (&mut ta, &mut pa)
            } else {
                (&mut tb, &mut pb)
            };
            times.push(t);
            *peak = (*peak).max(kib);
        }
    }
    ta.sort();
    tb.sort();
    ((ta[runs / 2], pa), (tb[runs / 2], pb))
}

fn mib(kib: u64) -> String {
    format!("{:.0} MiB", kib as f64 / 1024.0)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    if std::env::var_os("OVERSIGHT_BENCH_CHILD").is_some() {
        child_mode();
    }
    // `cargo bench` passes `--bench`; `cargo test` builds benches too and
    // passes nothing we need: only run when benchmarking.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let sizes: Vec<usize> = std::env::var("OVERSIGHT_BENCH_SIZES")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    // OVERSIGHT_BENCH_DIR keeps the stores for a closer look (EXPLAIN).
    let tmp = tempfile::tempdir().unwrap();
    let dir_path = std::env::var_os("OVERSIGHT_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| tmp.path().to_path_buf());
    struct D(std::path::PathBuf);
    impl D {
        fn path(&self) -> &Path {
            &self.0
        }
    }
    let dir = D(dir_path);
    // The peer: the sqlite3 shell answering `overdue`'s own query on the
    // same file, as JSON, when the machine has one.
    let peer = Command::new("sqlite3").arg("--version").output().is_ok();
    let server = Server::start(dir.path());
    let mut engines = Vec::new();
    let mut tables = Vec::new();
    println!(
        "| cases | allegations | build | start-up | overdue json (rows) | sqlite3, same query | ratio | \
         overdue peak | report annual | show | intake | export csv | export peak | import | import peak |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for n in sizes {
        let db = dir.path().join(format!("bench-{n}.db"));
        for f in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{f}", db.display()));
            let _ = std::fs::remove_file(format!(
                "{}{f}",
                dir.path().join(format!("import-{n}.db")).display()
            ));
        }
        let built = build(&db, n);
        let conn = rusqlite::Connection::open(&db).unwrap();
        let allegations: i64 = conn
            .query_row("SELECT count(*) FROM allegations", [], |r| r.get(0))
            .unwrap();
        drop(conn);
        let year = NaiveDate::parse_from_str(AS_OF, "%Y-%m-%d").unwrap().year();
        let startup = time(&["--version"], &db, 21);
        let overdue_args = ["overdue", "--format", "json", "--as-of", AS_OF];
        let overdue_rows = Command::new(BIN)
            .args(["--db", db.to_str().unwrap(), "overdue", "--format", "csv"])
            .args(["--as-of", AS_OF])
            .output()
            .map(|o| {
                o.stdout
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
                    .saturating_sub(1)
            })
            .unwrap();
        let yesterday = NaiveDate::parse_from_str(AS_OF, "%Y-%m-%d").unwrap() - Days::new(1);
        // `overdue` and the sqlite3 shell in turns, as the engines are: the
        // ratio of runs made at the same moment of the machine's load.
        let ((overdue, overdue_peak), sqlite3) = if peer {
            let ((o, peak), (p, _)) = in_turns(
                || oversight(&overdue_args, &db),
                || {
                    let mut c = Command::new("sqlite3");
                    c.arg("-json")
                        .arg("-readonly")
                        .arg(&db)
                        // The shell evaluates a parameter's value as SQL: the
                        // double quotes keep the single-quoted text whole.
                        .arg(format!(".param set ?1 \"'{AS_OF}'\""))
                        .arg(".param set ?2 \"'0000-01-01'\"")
                        .arg(format!(".param set ?3 \"'{yesterday}'\""))
                        .arg(format!("{};", oversight::store::OPEN_DEADLINES_SQL.trim()));
                    c
                },
                11,
            );
            ((o, peak), Some(p))
        } else {
            (measure(|| oversight(&overdue_args, &db), 11), None)
        };
        // The same commands for both engines.
        let last_year = (year - 1).to_string();
        let report_args = [
            "report", "annual", "--year", &last_year, "--format", "json", "--as-of", AS_OF,
        ];
        let middle = format!("{}-{:04}", 2016, 100);
        let show_args = ["show", &middle, "--format", "json", "--as-of", AS_OF];
        let intake_args = [
            "intake",
            "--no-input",
            "--as-of",
            AS_OF,
            "--received",
            AS_OF,
            "--source",
            "direct",
            "--incident-date",
            AS_OF,
            "--criminal",
            "no",
            "--anonymous",
            "--officer",
            "Officer 1#1",
            "--allegation",
            "force@1",
            "--summary",
            "bench",
        ];
        let report = time(&report_args, &db, 11);
        let show = time(&show_args, &db, 11);
        let intake = time(&intake_args, &db, 11);
        let csv = dir.path().join(format!("bench-{n}.csv"));
        let (export, export_peak) = measure(
            || oversight(&["export", "cases", "--format", "csv"], &db),
            3,
        );
        let out = oversight(&["export", "cases", "--format", "csv"], &db)
            .output()
            .unwrap();
        std::fs::write(&csv, &out.stdout).unwrap();
        let fresh = dir.path().join(format!("import-{n}.db"));
        let (import, import_peak) = run(&mut oversight(&["import", csv.to_str().unwrap()], &fresh));
        // Lists as tables for people (stdout a pipe, as from cron): every
        // case and the whole audit trail, then one officer and the roster.
        let (list, list_peak) = measure(|| oversight(&["list", "--as-of", AS_OF], &db), 3);
        let (audit, audit_peak) = measure(|| oversight(&["audit", "log"], &db), 3);
        let officer = time(&["officer", "show", "1000", "--as-of", AS_OF], &db, 11);
        let roster = time(&["officer", "list", "--as-of", AS_OF], &db, 11);
        tables.push(format!(
            "| {n} | {} | {} | {} | {} | {} | {} |",
            ms(list),
            mib(list_peak),
            ms(audit),
            mib(audit_peak),
            ms(officer),
            ms(roster)
        ));
        let (peer_ms, ratio) = match sqlite3 {
            Some(p) => (
                ms(p),
                format!("{:.2}×", overdue.as_secs_f64() / p.as_secs_f64()),
            ),
            None => ("no sqlite3".into(), "-".into()),
        };
        // The same commands on the same store moved to PostgreSQL.
        if let Some(server) = &server {
            let url = server.database(&format!("bench_{n}"));
            let u = Path::new(&url);
            let (copy, _) = run(&mut oversight(
                &["copy", "--from", db.to_str().unwrap(), "--to", &url],
                &db,
            ));
            server.settle(&url);
            // Each command on the server and on the file in turns: the
            // ratio of their medians, whatever else the machine does.
            let cell = |args: &[&str], server: &Path| {
                let (pg, lite) = time_both(args, server, &db, 11);
                format!(
                    "{} / {} ({:.2}×)",
                    ms(pg),
                    ms(lite),
                    pg.as_secs_f64() / lite.as_secs_f64()
                )
            };
            engines.push(format!(
                "| {n} | direct | {:.1} s | {} | {} | {} | {} |",
                copy.as_secs_f64(),
                cell(&overdue_args, u),
                cell(&report_args, u),
                cell(&show_args, u),
                cell(&intake_args, u),
            ));
            // Through PgBouncer: each command still a new process and a new
            // connection, to a pooler that keeps the server's backends (and
            // their catalogue caches) warm.
            if let Some(pooled) = server.pooled(&format!("bench_{n}")) {
                let u = Path::new(&pooled);
                // The pool's first connection to the store's database, once,
                // before the timing.
                let _ = oversight(&show_args, u).output();
                engines.push(format!(
                    "| {n} | PgBouncer | - | {} | {} | {} | {} |",
                    cell(&overdue_args, u),
                    cell(&report_args, u),
                    cell(&show_args, u),
                    cell(&intake_args, u),
                ));
            }
        }
        println!(
            "| {n} | {allegations} | {:.1} s | {} | {} ({overdue_rows}) | {peer_ms} | {ratio} | {} | {} | {} | {} | {} | {} | {:.2} s | {} |",
            built.as_secs_f64(),
            ms(startup),
            ms(overdue),
            mib(overdue_peak),
            ms(report),
            ms(show),
            ms(intake),
            ms(export),
            mib(export_peak),
            import.as_secs_f64(),
            mib(import_peak),
        );
    }
    println!();
    println!("Tables for people, written to a pipe (medians; list and audit log of 3 runs):");
    println!();
    println!(
        "| cases | list | list peak | audit log | audit log peak | officer show | officer list |"
    );
    println!("|---|---|---|---|---|---|---|");
    for row in tables {
        println!("{row}");
    }
    if !engines.is_empty() {
        println!();
        println!(
            "PostgreSQL (local server, same store moved by `copy`; directly, and through a \
             PgBouncer in session pooling) / SQLite, medians of runs taken in turns (so \
             SQLite's figures here are measured again, beside the server's), and the ratio:"
        );
        println!();
        println!(
            "| cases | connection | copy to PostgreSQL | overdue json | report annual | show | intake |"
        );
        println!("|---|---|---|---|---|---|---|");
        for row in engines {
            println!("{row}");
        }
    }
}

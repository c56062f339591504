//! Roles in a store an office shares (PostgreSQL): the server enforces
//! what each may do, and every command a role may not run is refused with
//! exit 4 naming the role it needs, the store unchanged. On SQLite there
//! are no roles (the file is one person's): `admin` says so.

use crate::common;
use common::Env;

/// A login on the test server, dropped when the test ends.
struct Login {
    name: String,
    url: String,
}

impl Drop for Login {
    fn drop(&mut self) {
        let server = common::postgres_server().unwrap();
        let mut c = postgres::Client::connect(&server, postgres::NoTls).unwrap();
        let _ = c.batch_execute(&format!("DROP ROLE IF EXISTS {}", self.name));
    }
}

fn login(env: &Env, role: &str) -> Login {
    let server = common::postgres_server().unwrap();
    let name = format!("{role}_{}", std::process::id());
    let mut c = postgres::Client::connect(&server, postgres::NoTls).unwrap();
    c.batch_execute(&format!(
        "DROP ROLE IF EXISTS {name}; CREATE ROLE {name} LOGIN"
    ))
    .unwrap();
    let url = env
        .url
        .clone()
        .unwrap()
        .replacen("://postgres@", &format!("://{name}@"), 1);
    Login { name, url }
}

/// A login of its own (`login`) given `role` by the store's owner.
fn granted(env: &Env, prefix: &str, role: &str) -> Login {
    let who = login(env, prefix);
    env.run(&["admin", "grant", &who.name, role], 0);
    who
}

/// A store on the server with one case, its roles set up by its owner
/// (`admin init`): the store, and the case's number.
fn office() -> (Env, String) {
    let env = Env::new();
    let case = env.direct("2025-03-07", "no");
    env.run(&["admin", "init"], 0);
    (env, case)
}

fn run_as(_env: &Env, who: &Login, args: &[&str]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("oversight")
        .unwrap()
        .env_remove("OVERSIGHT_DB")
        .env("OVERSIGHT_CONFIG", "")
        .env("NO_COLOR", "1")
        .args(["--db", &who.url])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn each_role_runs_its_commands_and_is_refused_the_rest() {
    let env = Env::new();
    if !common::on_postgres() {
        env.run(&["init"], 0);
        let err = env.refused(&["admin", "init"], 2);
        assert!(err.contains("roles are a server's"), "{err}");
        return;
    }
    // An open case and a closed one, recorded by the owner.
    let open = env.direct("2025-03-07", "no");
    let closed = env.direct("2025-03-10", "no");
    for step in [
        vec!["notify-pd", &closed, "--date", "2025-03-11"],
        vec!["commence", &closed, "--date", "2025-03-12"],
        vec!["present", &closed, "--date", "2025-05-01"],
        vec![
            "finding",
            &closed,
            "--all",
            "--finding",
            "sustained",
            "--date",
            "2025-05-01",
        ],
        vec!["transmit", &closed, "--date", "2025-05-01"],
        vec!["close", &closed, "--date", "2025-05-02"],
    ] {
        let mut a = step.clone();
        a.extend(["--as-of", "2025-06-30"]);
        env.run(&a, 0);
    }
    env.run(&["admin", "init"], 0);
    let roles = ["investigator", "clerk", "analyst", "auditor"];
    let logins: Vec<Login> = roles.iter().map(|r| login(&env, r)).collect();
    for (l, r) in logins.iter().zip(roles) {
        env.run(&["admin", "grant", &l.name, r], 0);
    }
    let nobody = login(&env, "nobody");
    let site = env.dir.path().join("site");
    let site = site.to_str().unwrap();
    let asof = ["--as-of", "2025-12-31"];
    // (command, the roles that may run it)
    let matrix: Vec<(Vec<&str>, &[&str])> = vec![
        (vec!["overdue"], &["investigator", "clerk"]),
        (vec!["due", "--within", "30"], &["investigator", "clerk"]),
        (vec!["caseload"], &["investigator", "clerk"]),
        (vec!["list"], &["investigator", "clerk"]),
        (vec!["holidays", "list"], &["investigator", "clerk"]),
        (vec!["show", &open], &["investigator"]),
        (vec!["officer", "list"], &["investigator"]),
        (vec!["subpoena", "list"], &["investigator"]),
        (
            vec!["report", "annual", "--year", "2025"],
            &["investigator", "analyst"],
        ),
        (
            vec!["report", "annual", "--year", "2025", "--public"],
            &["investigator", "analyst"],
        ),
        (
            vec!["export", "cases", "--public"],
            &["investigator", "analyst"],
        ),
        (vec!["export", "cases"], &["investigator"]),
        (vec!["monitoring"], &["investigator", "analyst"]),
        (vec!["monitoring", "--internal"], &["investigator"]),
        (
            vec!["publish", site, "--force"],
            &["investigator", "analyst"],
        ),
        (vec!["audit", "log"], &["auditor"]),
        (vec!["audit", "changes"], &["auditor"]),
        (vec!["verify"], &["auditor"]),
        (vec!["export", "store"], &[]),
        (vec!["admin", "grant", &nobody.name, "clerk"], &[]),
        (
            vec!["notify-pd", &open, "--date", "2025-03-10"],
            &["investigator"],
        ),
        (
            vec![
                "intake",
                "--no-input",
                "--received",
                "2025-04-01",
                "--source",
                "direct",
                "--incident-date",
                "2025-03-30",
                "--criminal",
                "no",
                "--anonymous",
                "--officer",
                "Kim Lee#5150",
                "--allegation",
                "force@5150",
                "--summary",
                "x",
            ],
            &["investigator"],
        ),
    ];
    for (args, may) in &matrix {
        for (l, r) in logins.iter().zip(roles).chain([(&nobody, "nobody")]) {
            let mut a = args.clone();
            a.extend(asof);
            let before = env.dump();
            let out = run_as(&env, l, &a);
            let err = String::from_utf8_lossy(&out.stderr);
            if may.contains(&r) {
                assert_eq!(out.status.code(), Some(0), "{r} {args:?}: {err}");
            } else {
                assert_eq!(out.status.code(), Some(4), "{r} {args:?}: {err}");
                assert!(out.stdout.is_empty(), "{r} {args:?} printed");
                assert_eq!(before, env.dump(), "{r} {args:?} changed the store");
                let needed = if may.is_empty() {
                    "only the store's owner may run it".to_string()
                } else {
                    format!("it needs the {} role", may.join(" or "))
                };
                assert!(err.contains(&needed), "{r} {args:?}: {err}");
            }
        }
    }
    // Copying every record out is the owner's.
    for (l, r) in logins.iter().zip(roles).chain([(&nobody, "nobody")]) {
        let to = env.dir.path().join(format!("copy-{r}.db"));
        let out = run_as(
            &env,
            l,
            &["copy", "--from", &l.url, "--to", to.to_str().unwrap()],
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{r} copy: {err}");
        assert!(
            err.contains("only the store's owner may run it"),
            "{r}: {err}"
        );
        assert!(!to.exists());
    }
    // The audit trail names the database login, which a client cannot
    // choose.
    let log = env.json(&["audit", "log"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|r| r["user"] == logins[0].name.as_str() && r["command"] == "intake"),
        "{log}"
    );
}

/// What the server itself refuses, whatever client asks: a clerk reading a
/// complainant, an analyst reading a summary, an investigator changing the
/// audit log.
#[test]
fn the_server_enforces_the_roles_on_any_client() {
    if !common::on_postgres() {
        return;
    }
    let (env, _) = office();
    let clerk = granted(&env, "clerkp", "clerk");
    let analyst = granted(&env, "analystp", "analyst");
    let investigator = granted(&env, "investigatorp", "investigator");
    let denied = |who: &Login, sql: &str| {
        let mut c = postgres::Client::connect(&who.url, postgres::NoTls).unwrap();
        let e = c.batch_execute(sql).unwrap_err();
        let m = e.as_db_error().unwrap().message().to_string();
        assert!(
            m.contains("permission denied") || m.contains("must be owner"),
            "{}: {sql}: {m}",
            who.name
        );
    };
    denied(&clerk, "SELECT name FROM complainants");
    denied(&clerk, "SELECT summary FROM cases");
    denied(&clerk, "SELECT note FROM events");
    denied(&analyst, "SELECT name FROM complainants");
    denied(&analyst, "SELECT summary FROM cases");
    denied(&analyst, "SELECT value FROM field_values");
    denied(&investigator, "UPDATE audit SET detail = 'x'");
    denied(&investigator, "DELETE FROM audit");
    denied(&investigator, "DELETE FROM case_states");
    denied(&investigator, "ALTER TABLE audit DISABLE TRIGGER USER");
    // Every role that writes appends to the log; the server has each row
    // in its writer's name and at its time, whatever a client says.
    let forged = |who: &Login, user: &str, at: &str| {
        let mut c = postgres::Client::connect(&who.url, postgres::NoTls).unwrap();
        let id: i64 = c
            .query_one("SELECT max(id) FROM audit", &[])
            .unwrap()
            .get(0);
        let e = c
            .batch_execute(&format!(
                "INSERT INTO audit (id, at, \"user\", command, action, detail, hash) \
                 VALUES ({}, '{at}', '{user}', 'show', 'read', 'show', decode(repeat('00', 32), 'hex'))",
                id + 1
            ))
            .unwrap_err();
        e.as_db_error().unwrap().message().to_string()
    };
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let m = forged(&investigator, &analyst.name, &now);
    assert!(
        m.contains(&format!(
            "written in the name of the login that writes it ({}), not {}",
            investigator.name, analyst.name
        )),
        "{m}"
    );
    let m = forged(&investigator, &investigator.name, "2020-01-01T09:00:00Z");
    assert!(
        m.contains("is more than five minutes from the server's"),
        "{m}"
    );
    // Cases go to investigators: a login the server lacks (capitals
    // count), or one of another role, is refused, the store unchanged.
    let number: String = {
        let mut c = postgres::Client::connect(env.url.as_ref().unwrap(), postgres::NoTls).unwrap();
        c.query_one("SELECT number FROM cases LIMIT 1", &[])
            .unwrap()
            .get(0)
    };
    let upper = investigator.name.to_uppercase();
    let err = env.refused(&["assign", &number, "--to", &upper], 3);
    assert!(
        err.contains(&format!("no login '{upper}' on the server")),
        "{err}"
    );
    let err = env.refused(&["assign", &number, "--to", &clerk.name], 2);
    assert!(err.contains("holds no investigator role"), "{err}");
    env.run(&["assign", &number, "--to", &investigator.name], 0);
    // A role the login does not hold is not taken back, and it is said.
    let out = env
        .cmd()
        .args(["admin", "revoke", &clerk.name, "auditor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!(
            "{} was not an auditor; nothing was taken back",
            clerk.name
        )),
        "{said}"
    );
    // Take a role back: the login is refused again.
    env.run(&["admin", "revoke", &clerk.name, "clerk"], 0);
    let out = run_as(&env, &clerk, &["overdue"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("who has no role in this store"));
    // A login the server does not know, a role the office does not have.
    env.fails(&["admin", "grant", "no_such_login", "clerk"], 3);
    env.fails(&["admin", "grant", &clerk.name, "janitor"], 2);
}

/// A server store of an older schema version (8, the first PostgreSQL
/// stores had) is upgraded by its owner's first command, and refused,
/// untouched, to anyone else: only the owner may change its tables.
#[test]
fn an_older_server_store_is_upgraded_by_its_owner_only() {
    let env = Env::new();
    if !common::on_postgres() {
        return;
    }
    let case = env.direct("2025-03-07", "no");
    env.run(&["admin", "init"], 0);
    // A login of its own: the other tests' are named by role.
    let clerk = granted(&env, "upgrade_clerk", "clerk");
    let investigator = granted(&env, "upgrade_investigator", "investigator");
    let analyst = granted(&env, "upgrade_analyst", "analyst");
    let auditor = granted(&env, "upgrade_auditor", "auditor");
    // Every index as a store is created with, to be found again after the
    // upgrade.
    let indexes = "SELECT hashtext(string_agg(indexdef, ';' ORDER BY indexname))::bigint \
                   FROM pg_indexes WHERE schemaname = current_schema()";
    let created = env.number(indexes);
    // Back to version 8 as it was: the closed-cases index on the date only,
    // and case states without their changes.
    env.without_changes();
    env.without_tallies();
    for statement in [
        // Before schema 17, analysts read the optional fields themselves.
        "DROP FUNCTION oversight_fields_received(TEXT, TEXT, TEXT)",
        "GRANT SELECT ON field_values TO oversight_analyst",
        "DROP INDEX cases_closed",
        "CREATE INDEX cases_closed ON cases (closed) WHERE closed IS NOT NULL",
        "UPDATE oversight_schema SET version = 8",
    ] {
        env.sql(statement).unwrap();
    }
    let index = "SELECT count(*) FROM pg_indexes WHERE indexname = 'cases_closed' \
                 AND indexdef LIKE '%(closed, received, out_of_time)%'";
    let before = env.dump();
    let out = run_as(&env, &clerk, &["overdue", "--as-of", "2025-12-31"]);
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("schema version 8") && err.contains("owner"),
        "{err}"
    );
    assert_eq!(before, env.dump());
    assert_eq!(env.number("SELECT version FROM oversight_schema"), 8);
    assert_eq!(env.number(index), 0);
    // The owner's next command, whatever it is, upgrades it; then the
    // clerk's runs.
    let out = env
        .cmd()
        .args(["overdue", "--as-of", "2025-12-31"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let current = oversight::store::schema::CURRENT_VERSION;
    assert!(
        err.contains(&format!("from schema version 8 to {current}")),
        "{err}"
    );
    assert_eq!(env.number("SELECT version FROM oversight_schema"), current);
    assert_eq!(env.number(index), 1);
    assert_eq!(env.number(indexes), created, "the upgraded store's indexes");
    let out = run_as(&env, &clerk, &["overdue", "--as-of", "2025-12-31"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains(&case));
    // The upgrade gave the roles what schema 10's writes need: an
    // investigator set up before it records a step.
    let out = run_as(
        &env,
        &investigator,
        &[
            "notify-pd",
            &case,
            "--date",
            "2025-03-10",
            "--as-of",
            "2025-03-10",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // And what schema 13's tallies need: the analyst's report reads them,
    // the auditor's verify counts them again.
    for (who, args) in [
        (
            &analyst,
            &[
                "report",
                "annual",
                "--year",
                "2025",
                "--as-of",
                "2025-12-31",
            ][..],
        ),
        (&auditor, &["verify"][..]),
    ] {
        let out = run_as(&env, who, args);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
    }
    // Schema 17 took the analysts' reading of the optional fields back:
    // the server counts them instead.
    let mut c = postgres::Client::connect(&analyst.url, postgres::NoTls).unwrap();
    let e = c
        .batch_execute("SELECT value FROM field_values")
        .unwrap_err();
    assert!(format!("{e:?}").contains("permission denied"), "{e:?}");
    env.run(&["verify"], 0);
}

/// An analyst's login reads the optional fields (complainants' race, sex
/// and age band) only as the server counts them: over a whole reporting
/// year, and for the closed cases as of today or a year's last day; a
/// count over a day, or as of any day, would tell one case apart.
#[test]
fn an_analyst_has_the_optional_fields_only_counted_over_whole_years() {
    if !common::on_postgres() {
        return;
    }
    let env = Env::new();
    let file = env.dir.path().join("fields.csv");
    std::fs::write(
        &file,
        "case,received,source,closed,badge,officer_name,category,finding,finding_date,\
         channel,complainant_race\n\
         2025-0001,2025-03-04,direct,2025-06-01,4411,John Roe,force,sustained,2025-05-01,phone,Black\n\
         2025-0002,2025-03-05,direct,2025-07-01,4412,Kim Poe,force,sustained,2025-05-01,mail,White\n\
         2025-0003,2025-03-06,direct,,4413,Al Poe,force,,,phone,Asian\n",
    )
    .unwrap();
    env.run(
        &["import", file.to_str().unwrap(), "--as-of", "2025-12-31"],
        0,
    );
    env.run(&["admin", "init"], 0);
    let analyst = granted(&env, "fields_analyst", "analyst");
    let investigator = granted(&env, "fields_investigator", "investigator");
    let race = |who: &Login, args: &[&str]| -> serde_json::Value {
        let mut a = vec!["report", "annual", "--year", "2025", "--format", "json"];
        a.extend(args);
        let out = run_as(&env, who, &a);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["demographics"]["complainant_race"].clone()
    };
    // The office's report: every case received in the year, as the
    // investigator's.
    let all = race(&analyst, &["--as-of", "2025-08-01"]);
    assert_eq!(
        (&all["Black"], &all["White"], &all["Asian"]),
        (&1.into(), &1.into(), &1.into())
    );
    assert_eq!(all, race(&investigator, &["--as-of", "2025-08-01"]));
    // The public one, as of a year's last day and as of today.
    let year_end = ["--public", "--as-of", "2025-12-31"];
    assert_eq!(race(&analyst, &year_end), race(&investigator, &year_end));
    let today = chrono::Local::now().date_naive().to_string();
    race(&analyst, &["--public", "--as-of", &today]);
    // As of another day, the closed cases' fields would tell the one
    // closed that day apart: refused (exit 4), nothing written; an
    // investigator counts them.
    let mid = [
        "report",
        "annual",
        "--year",
        "2025",
        "--public",
        "--as-of",
        "2025-06-15",
    ];
    let before = env.dump();
    let out = run_as(&env, &analyst, &mid);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        err.contains("counted for fields_analyst_")
            && err.contains("as of today or the last day of a reporting year (such as 2024-12-31), not as of 2025-06-15"),
        "{err}"
    );
    assert_eq!(before, env.dump());
    assert_eq!(run_as(&env, &investigator, &mid).status.code(), Some(0));
    // Asked directly, over less than a year: refused by the server, in the
    // store's words (SQLSTATE OV001).
    let mut c = postgres::Client::connect(&analyst.url, postgres::NoTls).unwrap();
    let e = c
        .query(
            "SELECT * FROM oversight_fields_received('2025-03-04', '2025-03-04', NULL)",
            &[],
        )
        .unwrap_err();
    let db = e.as_db_error().unwrap();
    assert_eq!(db.code().code(), "OV001");
    assert!(
        db.message().contains("over a whole reporting year only"),
        "{}",
        db.message()
    );
    // A year's count is the same asked directly.
    let rows = c
        .query(
            "SELECT * FROM oversight_fields_received('2025-01-01', '2025-12-31', NULL)",
            &[],
        )
        .unwrap();
    assert_eq!(rows.len(), 5, "three races and two channels");
}

/// A bulk write on a server ends with VACUUM of the store's tables (the
/// pages it wrote marked seen by all, which a query answered from an index
/// alone needs): an owner's import leaves them vacuumed; an investigator,
/// who does not own them, imports all the same (the server skips them).
#[test]
fn an_import_on_a_server_leaves_the_tables_vacuumed_where_the_login_may() {
    let env = Env::new();
    if !common::on_postgres() {
        eprintln!("about a server's tables: not run on SQLite");
        return;
    }
    let vacuumed = "SELECT count(*) FROM pg_stat_user_tables
                     WHERE relname IN ('cases', 'allegations', 'events', 'deadlines')
                       AND last_vacuum IS NOT NULL";
    env.run(&["init"], 0);
    assert_eq!(env.number(vacuumed), 0);
    let first = env.dir.path().join("first.csv");
    let second = env.dir.path().join("second.csv");
    let source = Env::new();
    source.direct("2025-03-07", "no");
    std::fs::write(
        &first,
        source.run(&["export", "cases", "--format", "csv"], 0),
    )
    .unwrap();
    source.direct("2025-03-08", "no");
    let both = source.run(&["export", "cases", "--format", "csv"], 0);
    // The second file holds the second case only: header and its rows.
    let lines: Vec<&str> = both.lines().collect();
    std::fs::write(&second, format!("{}\n{}\n", lines[0], lines[2])).unwrap();
    env.run(&["import", first.to_str().unwrap()], 0);
    assert_eq!(env.number(vacuumed), 4);
    env.run(&["admin", "init"], 0);
    // Each test's logins are its own (the tests run at once).
    let investigator = granted(&env, "importing", "investigator");
    let out = run_as(&env, &investigator, &["import", second.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("warning"), "{err}");
    assert_eq!(env.number("SELECT count(*) FROM cases"), 2);
}

/// `report annual` reads the comparison with the Chief's actions on a second
/// connection that takes up the first one's snapshot. A server that does
/// not let the login export it (`pg_export_snapshot` revoked from PUBLIC)
/// gives the same report, read on the one connection.
#[test]
fn the_report_is_the_same_where_a_snapshot_may_not_be_exported() {
    let env = Env::new();
    if !common::on_postgres() {
        eprintln!("about a server's snapshots: not run on SQLite");
        return;
    }
    crate::store_export::rich(&env);
    env.run(&["admin", "init"], 0);
    let investigator = granted(&env, "reporting", "investigator");
    let args = [
        "report",
        "annual",
        "--year",
        "2025",
        "--format",
        "json",
        "--as-of",
        "2025-12-31",
    ];
    let before = run_as(&env, &investigator, &args);
    assert_eq!(before.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&before.stdout).unwrap();
    assert_eq!(report["chief_comparison"].as_array().unwrap().len(), 1);
    env.sql("REVOKE EXECUTE ON FUNCTION pg_export_snapshot() FROM PUBLIC")
        .unwrap();
    let may = format!(
        "SELECT count(*) WHERE has_function_privilege('{}', 'pg_export_snapshot()', 'EXECUTE')",
        investigator.name
    );
    assert_eq!(env.number(&may), 0);
    let after = run_as(&env, &investigator, &args);
    assert_eq!(
        after.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&after.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&before.stdout),
        String::from_utf8_lossy(&after.stdout)
    );
}

/// A login that holds the role a command needs, refused by the server all
/// the same (a privilege revoked by hand, or a build that asks more of the
/// role than the store's `admin init` gave it), is told so and pointed at
/// `admin init`, not told to get the role it has; exit 4, the store
/// unchanged. The owner's `admin init` sets the privileges again.
#[test]
fn a_role_short_of_its_privileges_is_told_to_set_them_again() {
    if !common::on_postgres() {
        return;
    }
    let (env, case) = office();
    let investigator = granted(&env, "shortp", "investigator");
    env.sql("REVOKE INSERT ON events FROM oversight_investigator")
        .unwrap();
    let dump = env.dump();
    let step = [
        "notify-pd",
        &case,
        "--date",
        "2025-03-10",
        "--as-of",
        "2025-03-10",
    ];
    let out = run_as(&env, &investigator, &step);
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "`notify-pd` is for {}, who has the investigator role, but the server refused: \
             permission denied for table events.",
            investigator.name
        )) && err.contains("`oversight admin init`"),
        "{err}"
    );
    assert_eq!(env.dump(), dump);
    env.run(&["admin", "init"], 0);
    let out = run_as(&env, &investigator, &step);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

/// Deadlines an older oversight computed are computed again before
/// anything reads them. A login that may not write them (a clerk's
/// nightly `overdue`) is told who can, exit 5, the store untouched; the
/// owner's first command recomputes them, and the clerk's check runs.
#[test]
fn deadlines_of_an_older_arithmetic_wait_for_a_login_that_may_write_them() {
    if !common::on_postgres() {
        return;
    }
    let (env, _) = office();
    let clerk = granted(&env, "olderp", "clerk");
    env.sql("DELETE FROM meta WHERE key = 'deadline_engine'")
        .unwrap();
    let dump = env.dump();
    let out = run_as(&env, &clerk, &["overdue", "--as-of", "2025-12-31"]);
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("were computed by an older oversight")
            && err.contains(&format!("which {} may not do", clerk.name))
            && err.contains("The store was not touched."),
        "{err}"
    );
    assert_eq!(env.dump(), dump);
    let out = env
        .cmd()
        .args(["overdue", "--as-of", "2025-12-31"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // The arithmetic changed since only where a clock stops: no case of
    // this store's has a stop, so none is recomputed; the record is.
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("recomputed"),
        "{out:?}"
    );
    assert_eq!(
        env.number("SELECT value::bigint FROM meta WHERE key = 'deadline_engine'"),
        i64::from(oversight::rules::deadlines::ENGINE_VERSION)
    );
    let out = run_as(&env, &clerk, &["overdue", "--as-of", "2025-12-31"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 overdue as of 2025-12-31"));
}

/// A store made without the owner's `admin init` in its database (by
/// `init`, or by `copy` into a new database) gives the office's roles
/// nothing yet: a login that holds one, from another database's set-up,
/// is told that the owner runs `admin init` here, exit 4, not to get the
/// role it has. After the owner does, the login's command runs.
#[test]
fn a_store_whose_roles_are_not_set_up_says_so_to_a_login_with_a_role() {
    if !common::on_postgres() {
        return;
    }
    let set_up = Env::new();
    set_up.direct("2025-03-07", "no");
    set_up.run(&["admin", "init"], 0);
    let bare = Env::new();
    let case = bare.direct("2025-03-07", "no");
    let investigator = login(&bare, "bareinv");
    set_up.run(&["admin", "grant", &investigator.name, "investigator"], 0);
    let dump = bare.dump();
    let out = run_as(&bare, &investigator, &["show", &case]);
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{} has the investigator role on this server, but this database's store gives the \
             roles nothing yet (the server refused: permission denied for table",
            investigator.name
        )) && err.contains("runs `oversight admin init` on it once"),
        "{err}"
    );
    assert_eq!(bare.dump(), dump);
    bare.run(&["admin", "init"], 0);
    let out = run_as(&bare, &investigator, &["show", &case]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

/// `copy` to a server makes the store's tables, which only the database's
/// owner may: another login is told so, exit 4, and the database stays
/// empty.
#[test]
fn a_copy_to_a_server_by_a_login_that_does_not_own_the_database_is_refused() {
    if !common::on_postgres() {
        return;
    }
    let (env, _) = office();
    let investigator = granted(&env, "copierp", "investigator");
    let file = env.dir.path().join("office.db");
    let out = assert_cmd::Command::cargo_bin("oversight")
        .unwrap()
        .env_remove("OVERSIGHT_DB")
        .env("OVERSIGHT_CONFIG", "")
        .args(["--db", file.to_str().unwrap(), "intake", "--no-input"])
        .args(common::direct_case("2025-03-07", "no"))
        .args(["--as-of", "2025-03-07"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // An empty database of the server's owner (dropped with the Env).
    let empty = Env::new();
    let target = empty.url.clone().unwrap().replacen(
        "://postgres@",
        &format!("://{}@", investigator.name),
        1,
    );
    let out = run_as(
        &env,
        &investigator,
        &["copy", "--from", file.to_str().unwrap(), "--to", &target],
    );
    let tables =
        empty.number("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "--to: the server refused to make the store in {target}"
        )) && err.contains("only the database's owner may; run it as that login"),
        "{err}"
    );
    assert_eq!(tables, 0);
}

/// A database with no store yet: a login that may not create one there
/// (an investigator, before the owner's `init`) is told that, exit 4 as
/// the server refused it, and nothing is made; not that it lacks the role
/// it holds.
#[test]
fn a_login_that_may_not_create_the_store_is_told_who_does() {
    if !common::on_postgres() {
        return;
    }
    let (env, _) = office();
    let investigator = granted(&env, "before_init", "investigator");
    let empty = common::new_database();
    let url = empty.replacen("://postgres@", &format!("://{}@", investigator.name), 1);
    let mut args = vec!["--db", url.as_str(), "intake", "--no-input"];
    args.extend(common::direct_case("2025-03-07", "no"));
    let out = assert_cmd::Command::cargo_bin("oversight")
        .unwrap()
        .env_remove("OVERSIGHT_DB")
        .env("OVERSIGHT_CONFIG", "")
        .args(&args)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(
        err.contains("this login may not create one there: the database's owner does"),
        "{err}"
    );
    let mut c = postgres::Client::connect(&empty, postgres::NoTls).unwrap();
    let tables: i64 = c
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 0);
}

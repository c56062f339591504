//! The schema, versioned with SQLite's `user_version`. Each migration is one
//! entry; a store newer than the last entry is refused, never touched.

use rusqlite_migration::{Migrations, M};

/// Version 1: cases, parties, allegations, append-only events, the
/// materialised deadlines that keep `overdue` one indexed query, local
/// holidays, and the case-number counters.
pub const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE case_numbers (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT;

CREATE TABLE officers (
    badge  TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active'
) STRICT;

CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    received       TEXT NOT NULL,
    incident_date  TEXT,
    aware_date     TEXT,
    source         TEXT NOT NULL,
    criminal       INTEGER NOT NULL,
    anonymous      INTEGER NOT NULL DEFAULT 0,
    summary        TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed         TEXT,
    out_of_time    INTEGER NOT NULL DEFAULT 0,
    late_vote_date TEXT,
    late_vote_yes  INTEGER,
    late_vote_no   INTEGER,
    -- imported from another system (closed history carries no deadlines)
    imported       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL
) STRICT;
CREATE INDEX cases_received ON cases (received);
CREATE INDEX cases_status ON cases (status, received);

CREATE TABLE complainants (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    name    TEXT NOT NULL
) STRICT;
CREATE INDEX complainants_case ON complainants (case_id);

CREATE TABLE case_officers (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    name    TEXT NOT NULL,
    badge   TEXT NOT NULL,
    UNIQUE (case_id, badge)
) STRICT;
CREATE INDEX case_officers_badge ON case_officers (badge);

CREATE TABLE allegations (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    seq             INTEGER NOT NULL,
    category        TEXT NOT NULL,
    case_officer_id INTEGER NOT NULL REFERENCES case_officers (id),
    UNIQUE (case_id, seq)
) STRICT;

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    kind        TEXT NOT NULL,
    date        TEXT NOT NULL,
    result      TEXT,
    note        TEXT,
    supersedes  INTEGER REFERENCES events (id),
    -- a date the step carries (a remand's next regular meeting)
    until       TEXT,
    -- per-allegation steps (findings, the Department's action)
    allegation_id INTEGER REFERENCES allegations (id),
    -- a finding's no-finding reason; the discipline the Department imposed
    reason      TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX events_case ON events (case_id, date);
CREATE INDEX events_supersedes ON events (supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX events_allegation ON events (allegation_id, kind) WHERE allegation_id IS NOT NULL;
CREATE INDEX events_kind_date ON events (kind, date);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: record a correcting event instead'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: record a correcting event instead'); END;

-- Derived from events by the deadline engine, rewritten for a case inside the
-- transaction that changes its events, so `overdue` never replays history.
CREATE TABLE deadlines (
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    rule         TEXT NOT NULL,
    title        TEXT NOT NULL,
    basis        TEXT NOT NULL,
    owner        TEXT NOT NULL,
    start        TEXT NOT NULL,
    due          TEXT NOT NULL,
    satisfied_on TEXT,
    out_of_time  INTEGER NOT NULL DEFAULT 0,
    after_close  INTEGER NOT NULL DEFAULT 0,
    -- the clock is stopped since this date, with no end yet (no due date runs)
    suspended_since TEXT,
    notes        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, rule)
) STRICT, WITHOUT ROWID;
CREATE INDEX deadlines_unsatisfied ON deadlines (due) WHERE satisfied_on IS NULL;
CREATE INDEX deadlines_satisfied ON deadlines (satisfied_on, due) WHERE satisfied_on IS NOT NULL;
CREATE INDEX deadlines_span ON deadlines (start, due);

-- Matters that are not cases (Sec. 11.5-31(7), (8)): policy recommendations,
-- the Chief's proposed revisions, reports with recommendations.
CREATE TABLE matters (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL CHECK (kind IN ('policy', 'proposed-revision', 'report')),
    title          TEXT NOT NULL,
    body           TEXT NOT NULL DEFAULT '',
    -- addressees, one per line (reports)
    recipients     TEXT NOT NULL DEFAULT '',
    implementation TEXT,
    emergency      INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL
) STRICT;

CREATE TABLE matter_events (
    id          INTEGER PRIMARY KEY,
    matter_id   INTEGER NOT NULL REFERENCES matters (id),
    kind        TEXT NOT NULL,
    date        TEXT NOT NULL,
    result      TEXT,
    recipient   TEXT,
    note        TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX matter_events_matter ON matter_events (matter_id, date);
CREATE TRIGGER matter_events_append_only_update BEFORE UPDATE ON matter_events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER matter_events_append_only_delete BEFORE DELETE ON matter_events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TABLE matter_deadlines (
    matter_id    INTEGER NOT NULL REFERENCES matters (id),
    rule         TEXT NOT NULL,
    recipient    TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL,
    basis        TEXT NOT NULL,
    start        TEXT NOT NULL,
    due          TEXT NOT NULL,
    satisfied_on TEXT,
    PRIMARY KEY (matter_id, rule, recipient)
) STRICT, WITHOUT ROWID;
CREATE INDEX matter_deadlines_due ON matter_deadlines (due);

-- Subpoenas (Sec. 11.5-32): a request on a case, then its steps.
CREATE TABLE subpoenas (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    target      TEXT NOT NULL CHECK (target IN ('witness', 'documents')),
    description TEXT NOT NULL DEFAULT '',
    requested   TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX subpoenas_case ON subpoenas (case_id);

CREATE TABLE subpoena_steps (
    id            INTEGER PRIMARY KEY,
    subpoena_id   INTEGER NOT NULL REFERENCES subpoenas (id),
    kind          TEXT NOT NULL CHECK (kind IN ('counsel-review', 'vote', 'served')),
    date          TEXT NOT NULL,
    -- approved / denied; issued / failed
    result        TEXT,
    state_attorney INTEGER NOT NULL DEFAULT 0,
    yes           INTEGER,
    no            INTEGER,
    seated        INTEGER,
    note          TEXT,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
) STRICT;
CREATE INDEX subpoena_steps_subpoena ON subpoena_steps (subpoena_id);
CREATE TRIGGER subpoena_steps_append_only_update BEFORE UPDATE ON subpoena_steps
BEGIN SELECT RAISE(ABORT, 'subpoena steps are append-only'); END;
CREATE TRIGGER subpoena_steps_append_only_delete BEFORE DELETE ON subpoena_steps
BEGIN SELECT RAISE(ABORT, 'subpoena steps are append-only'); END;

-- Every change, and every reading of personal data, hash-chained: each row's
-- hash covers the previous row's hash, so an edit anywhere breaks the chain.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user      TEXT NOT NULL,
    command   TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('write', 'read')),
    case_number TEXT,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;
CREATE INDEX audit_case ON audit (case_number) WHERE case_number IS NOT NULL;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE holidays (
    date TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('add', 'remove'))
) STRICT;
"#;

/// Version 2: indexes that keep the annual report fast at 100,000 cases
/// (cases closed in a period; every deadline due in a period).
pub const V2: &str = r#"
CREATE INDEX cases_closed ON cases (closed) WHERE closed IS NOT NULL;
CREATE INDEX deadlines_due ON deadlines (due, rule, satisfied_on, suspended_since);
"#;

/// Version 3: the number of members seated when a late complaint was voted
/// on (Sec. 11.5-31(1)(c): "a majority vote of its members").
pub const V3: &str = r#"
ALTER TABLE cases ADD COLUMN late_vote_seated INTEGER;
"#;

/// Version 4: what each case was when a write left it. Every write
/// transaction records, for each case it touched, the SHA-256 of the case's
/// whole content (`CaseContent`); the transaction's last audit row covers
/// them in its hash (`states`), so `verify` catches an edit of case data
/// made outside oversight, and an edit of these rows.
pub const V4: &str = r#"
ALTER TABLE audit ADD COLUMN states TEXT;
CREATE TABLE case_states (
    audit_id    INTEGER NOT NULL,
    case_number TEXT NOT NULL,
    digest      BLOB NOT NULL,
    PRIMARY KEY (case_number, audit_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_states_audit ON case_states (audit_id);
CREATE TRIGGER case_states_append_only_update BEFORE UPDATE ON case_states
BEGIN SELECT RAISE(ABORT, 'case states are append-only'); END;
CREATE TRIGGER case_states_append_only_delete BEFORE DELETE ON case_states
BEGIN SELECT RAISE(ABORT, 'case states are append-only'); END;
"#;

/// Version 5: cases in the order every list and export gives them
/// (received, then number), so an export or a list reads its rows in order
/// instead of sorting the whole answer first. It covers every lookup the
/// received-only index served.
pub const V5: &str = r#"
CREATE INDEX cases_received_number ON cases (received, number);
DROP INDEX cases_received;
"#;

/// Version 6: the audit log at half its size, proving the same. Hashes are
/// kept as their 32 bytes, not as 64 characters of hex, and a row no longer
/// repeats the previous row's hash: `verify` takes it from that row, and
/// every row's hash still covers it.
pub const V6: &str = r#"
CREATE TABLE audit_v6 (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    command     TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('write', 'read')),
    case_number TEXT,
    detail      TEXT NOT NULL,
    hash        BLOB NOT NULL CHECK (length(hash) = 32),
    states      BLOB CHECK (states IS NULL OR length(states) = 32)
) STRICT;
INSERT INTO audit_v6
    SELECT id, at, user, command, action, case_number, detail, unhex(hash), unhex(states)
    FROM audit ORDER BY id;
DROP TABLE audit;
ALTER TABLE audit_v6 RENAME TO audit;
CREATE INDEX audit_case ON audit (case_number) WHERE case_number IS NOT NULL;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"#;

/// Version 7: the optional fields reports need and other systems' files
/// carry (`model::FIELDS`): how a complaint came in, of the case; the
/// officer's unit and the demographics, of each allegation.
pub const V7: &str = r#"
CREATE TABLE field_values (
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    allegation_id INTEGER REFERENCES allegations (id),
    name          TEXT NOT NULL,
    value         TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX field_values_one ON field_values (case_id, coalesce(allegation_id, 0), name);
CREATE INDEX field_values_allegation ON field_values (allegation_id, name)
    WHERE allegation_id IS NOT NULL;
"#;

/// Version 8: who has a case (`assign`): append-only, the latest by date
/// the current one, so a reassignment keeps the history.
pub const V8: &str = r#"
CREATE TABLE assignments (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    login       TEXT NOT NULL,
    date        TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX assignments_case ON assignments (case_id, date, id);
CREATE INDEX assignments_login ON assignments (login);
CREATE TRIGGER assignments_append_only_update BEFORE UPDATE ON assignments
BEGIN SELECT RAISE(ABORT, 'assignments are append-only'); END;
CREATE TRIGGER assignments_append_only_delete BEFORE DELETE ON assignments
BEGIN SELECT RAISE(ABORT, 'assignments are append-only'); END;
"#;

/// Version 9: the cases closed in a period are read with the two values
/// the annual report takes of each (days to close, out of time) from the
/// index alone, without a lookup of each case's row: at a million cases a
/// year's closed cases take 15 ms instead of 110 (the sqlite3 shell, ten
/// runs). The tables are those of version 8. PostgreSQL upgrades with the
/// same SQL (`store::postgres::schema`).
pub const V9: &str = r#"
DROP INDEX cases_closed;
CREATE INDEX cases_closed ON cases (closed, received, out_of_time) WHERE closed IS NOT NULL;
"#;

/// Version 10: each case state a write records keeps the change the write
/// made to the case (`store::replay`: a JSON merge patch, with the values
/// it replaced), so that replaying the log rebuilds every case and
/// `verify` names what was edited outside oversight; kept deflated. States
/// recorded before have none; an upgraded store records every case whole,
/// once. (PostgreSQL's column is BYTEA: `store::postgres::schema`.)
pub const V10: &str = r#"
ALTER TABLE case_states ADD COLUMN change BLOB;
"#;

/// Version 11: the two indexes of events the annual report reads most
/// also hold what it reads of each event, so a year's Chief's responses,
/// findings and the Department's actions come from the indexes without a
/// lookup of each event's row (at a million cases, reading a year's Chief's
/// responses with each one's case took 50-70 ms of row lookups, 4 ms from
/// the index; the sqlite3 shell). Kept under their names, with the same
/// leading columns, so every query that used them still does. PostgreSQL
/// upgrades with the same SQL.
pub const V11: &str = r#"
DROP INDEX events_allegation;
CREATE INDEX events_allegation ON events (allegation_id, kind, result, reason, date)
    WHERE allegation_id IS NOT NULL;
DROP INDEX events_kind_date;
CREATE INDEX events_kind_date ON events (kind, date, result, allegation_id, case_id);
"#;

/// Version 12 changes PostgreSQL's indexes only (`store::postgres::schema`,
/// its `V12`): SQLite's already hold what they lack there, each row's id.
/// The number is shared so that a store moves between engines at one
/// version.
pub const V12: &str = "-- PostgreSQL's indexes only";

/// Version 14 takes PostgreSQL's deadline tallies out of its triggers
/// (`store::postgres::schema`, its `V14`); SQLite's row triggers keep
/// them as before.
pub const V14: &str = "-- PostgreSQL's triggers only";

/// Version 15 changes PostgreSQL's index of deadlines by due date only
/// (`store::postgres::schema`, its `V15`): SQLite's holds each deadline's
/// case already (the table's key, which every index of a table without
/// rowid carries).
pub const V15: &str = "-- PostgreSQL's indexes only";

/// Version 16 has a server write each audit row in the name of the login
/// that writes it (`store::postgres::schema`, its `V16`); a file's "who"
/// is its owner's account, which the file's permissions guard.
pub const V16: &str = "-- PostgreSQL's triggers only";

/// Version 17 has a server count the optional fields for a login that may
/// not read them case by case (an analyst's), and only for whole reporting
/// years (`store::postgres::schema`, its `V17`); a file is one person's.
pub const V17: &str = "-- PostgreSQL's function only";

/// Schema 13's tallies counted from the deadlines there are, a row a due
/// date and rule (the same SQL on both engines): what fills the table, and
/// what `verify` compares it with (`Tx::deadline_tally_faults`).
macro_rules! deadline_tallies_counted {
    () => {
        "
    SELECT d.due, d.rule, count(*),
           count(*) FILTER (WHERE d.satisfied_on IS NOT NULL AND d.satisfied_on <= d.due),
           count(*) FILTER (WHERE d.satisfied_on IS NULL),
           count(*) FILTER (WHERE d.satisfied_on IS NULL AND d.suspended_since IS NOT NULL),
           count(*) FILTER (WHERE c.closed IS NULL),
           count(*) FILTER (WHERE c.closed IS NULL
                            AND d.satisfied_on IS NOT NULL AND d.satisfied_on <= d.due),
           count(*) FILTER (WHERE c.closed IS NULL AND d.satisfied_on IS NULL),
           count(*) FILTER (WHERE c.closed IS NULL
                            AND d.satisfied_on IS NULL AND d.suspended_since IS NOT NULL)
    FROM deadlines d JOIN cases c ON c.id = d.case_id
    GROUP BY d.due, d.rule
"
    };
}
pub(crate) use deadline_tallies_counted;

/// Schema 13's tallies made from the deadlines there are (both engines:
/// `store::postgres::schema` uses it too).
macro_rules! deadline_tallies_fill {
    () => {
        concat!(
            "INSERT INTO deadline_tallies",
            crate::store::sqlite::schema::deadline_tallies_counted!(),
            ";\n"
        )
    };
}
pub(crate) use deadline_tallies_fill;

/// A case closed or reopened (`new`): its deadlines taken out of the
/// tallies of cases not closed, or put back (the same SQL on both engines).
macro_rules! deadline_tallies_case {
    () => {
        "
    UPDATE deadline_tallies SET
        open_due_n = open_due_n + x.k * x.n, open_met = open_met + x.k * x.m,
        open_waiting = open_waiting + x.k * x.w, open_stopped = open_stopped + x.k * x.s
      FROM (SELECT due, rule, CASE WHEN new.closed IS NULL THEN 1 ELSE -1 END AS k,
                   count(*) AS n,
                   count(*) FILTER (WHERE satisfied_on IS NOT NULL AND satisfied_on <= due) AS m,
                   count(*) FILTER (WHERE satisfied_on IS NULL) AS w,
                   count(*) FILTER (WHERE satisfied_on IS NULL AND suspended_since IS NOT NULL)
                       AS s
              FROM deadlines WHERE case_id = new.id GROUP BY due, rule) AS x
     WHERE deadline_tallies.due = x.due AND deadline_tallies.rule = x.rule;
"
    };
}
pub(crate) use deadline_tallies_case;

/// A deadline written (`new`) added to its tally. (Macros, so that the
/// triggers' bodies are written once: a trigger cannot call another.)
macro_rules! deadline_tally_add_new {
    () => {
        "
    INSERT INTO deadline_tallies
    SELECT new.due, new.rule, 1, m, w, s, o, o * m, o * w, o * s
      FROM (SELECT new.satisfied_on IS NOT NULL AND new.satisfied_on <= new.due AS m,
                   new.satisfied_on IS NULL AS w,
                   new.satisfied_on IS NULL AND new.suspended_since IS NOT NULL AS s,
                   coalesce((SELECT closed IS NULL FROM cases WHERE id = new.case_id), 0) AS o)
     WHERE true
    ON CONFLICT (due, rule) DO UPDATE SET
        due_n = due_n + 1, met = met + excluded.met, waiting = waiting + excluded.waiting,
        stopped = stopped + excluded.stopped, open_due_n = open_due_n + excluded.open_due_n,
        open_met = open_met + excluded.open_met,
        open_waiting = open_waiting + excluded.open_waiting,
        open_stopped = open_stopped + excluded.open_stopped;
"
    };
}

/// A deadline removed (`old`) taken out of its tally.
macro_rules! deadline_tally_remove_old {
    () => {
        "
    UPDATE deadline_tallies SET
        due_n = due_n - 1, met = met - t.m, waiting = waiting - t.w, stopped = stopped - t.s,
        open_due_n = open_due_n - t.o, open_met = open_met - t.o * t.m,
        open_waiting = open_waiting - t.o * t.w, open_stopped = open_stopped - t.o * t.s
      FROM (SELECT old.satisfied_on IS NOT NULL AND old.satisfied_on <= old.due AS m,
                   old.satisfied_on IS NULL AS w,
                   old.satisfied_on IS NULL AND old.suspended_since IS NOT NULL AS s,
                   coalesce((SELECT closed IS NULL FROM cases WHERE id = old.case_id), 0) AS o) t
     WHERE due = old.due AND rule = old.rule;
"
    };
}

/// Version 13: the deadlines due each day under each rule, tallied as the
/// annual report counts them (SPEC, "met" and "missed"), kept by triggers
/// as deadlines are written and cases close or reopen, so that a period's
/// timeliness figures read a row a day and rule instead of every deadline
/// (at a million cases, 200,000 deadlines a year and five years a report).
/// Beside each count, the same of the deadlines of cases not closed: the
/// public version leaves those out. Kept from the other tables, it is not
/// exported (`store::sql::dump`); `verify` counts it again. PostgreSQL
/// keeps the same table with its own triggers.
pub const V13: &str = concat!(
    "
CREATE TABLE deadline_tallies (
    due          TEXT NOT NULL,
    rule         TEXT NOT NULL,
    -- the deadlines due that day under the rule; met (the step on or
    -- before the due date); waiting (no step yet); stopped (no step yet,
    -- the clock stopped)
    due_n        INTEGER NOT NULL,
    met          INTEGER NOT NULL,
    waiting      INTEGER NOT NULL,
    stopped      INTEGER NOT NULL,
    -- the same, of the deadlines of cases not closed
    open_due_n   INTEGER NOT NULL,
    open_met     INTEGER NOT NULL,
    open_waiting INTEGER NOT NULL,
    open_stopped INTEGER NOT NULL,
    PRIMARY KEY (due, rule)
) STRICT, WITHOUT ROWID;
",
    deadline_tallies_fill!(),
    "CREATE TRIGGER deadline_tallies_insert AFTER INSERT ON deadlines BEGIN",
    deadline_tally_add_new!(),
    "END;
CREATE TRIGGER deadline_tallies_delete AFTER DELETE ON deadlines BEGIN",
    deadline_tally_remove_old!(),
    "END;
CREATE TRIGGER deadline_tallies_update AFTER UPDATE ON deadlines BEGIN",
    deadline_tally_remove_old!(),
    deadline_tally_add_new!(),
    "END;
-- A case that closes takes its deadlines out of the open counts; one that
-- reopens puts them back.
CREATE TRIGGER deadline_tallies_case AFTER UPDATE OF closed ON cases
    WHEN (old.closed IS NULL) <> (new.closed IS NULL)
BEGIN
",
    deadline_tallies_case!(),
    "END;
"
);

/// The first version whose tables are this build's (later versions changed
/// indexes, or added the columns of [`ADDED_COLUMNS`]): a store export of
/// it restores here.
pub const SAME_TABLES_SINCE: i64 = 8;

/// Columns added since [`SAME_TABLES_SINCE`]: (the version that added it,
/// table, column). An export from before has none, and restores them
/// empty.
pub const ADDED_COLUMNS: &[(i64, &str, &str)] = &[(CHANGES_SINCE, "case_states", "change")];

/// The version from which every write records its change to each case
/// ([`V10`]): a store or an export from before has each case recorded
/// whole once, and replay starts there.
pub const CHANGES_SINCE: i64 = 10;

/// Every migration, oldest first. The store's `user_version` is the number
/// of migrations applied.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

const MIGRATIONS: [&str; 17] = [
    V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17,
];

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Whether every migration after `version` changes nothing in an SQLite
/// file but its version (PostgreSQL's alone, a comment here): the upgrade
/// then needs no copy of the store kept first.
pub fn changes_nothing_after(version: i64) -> bool {
    MIGRATIONS.iter().skip(version.max(0) as usize).all(|sql| {
        sql.lines()
            .all(|l| l.trim().is_empty() || l.trim().starts_with("--"))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
        assert_eq!(super::CURRENT_VERSION, 17);
    }

    #[test]
    fn only_migrations_that_are_comments_here_change_nothing() {
        use super::changes_nothing_after as nothing;
        assert!(nothing(17) && nothing(16) && nothing(15) && nothing(14) && nothing(13));
        assert!(!nothing(12), "13 makes the tallies");
        assert!(!nothing(11) && !nothing(1) && !nothing(0));
    }
}

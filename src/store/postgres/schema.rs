//! The store's tables on PostgreSQL and their version: the same tables and
//! columns as SQLite's, in the same order, so a store moves between engines
//! row for row.

use postgres::Client;

use crate::error::Result;

/// The schema version a PostgreSQL store is created at: the same as
/// SQLite's, with the same tables. (PostgreSQL stores started at version
/// 8; [`UPGRADES`] take one of an older version to this.)
pub const CURRENT_VERSION: i64 = crate::store::schema::CURRENT_VERSION;

/// The first version a PostgreSQL store was ever created at.
pub const FIRST_VERSION: i64 = 8;

/// What takes a store to each later version: SQLite's migration of the
/// same number where its SQL holds on both engines (version 9 changes an
/// index, and so does 11), so the two cannot drift apart; version 10 adds SQLite's column
/// as PostgreSQL spells bytes, and gives the roles, where `admin init` set
/// them up, what their commands now need of it (`store::postgres::roles`);
/// versions 12, 15, 16 and 17 are PostgreSQL's alone ([`V12`], [`V15`],
/// [`V16`], [`V17`]).
const UPGRADES: &[(i64, &str)] = &[
    (9, crate::store::schema::V9),
    (10, V10),
    (11, crate::store::schema::V11),
    (12, V12),
    (13, V13),
    (14, V14),
    (15, V15),
    (16, V16),
    (17, V17),
];

/// Version 12: what the annual report reads by index is read from the
/// index alone. PostgreSQL, unlike SQLite, does not keep a row's id in
/// each index, and a query that asks whether an event was superseded, or
/// which allegations a case has, needs it: the two indexes of events hold
/// each event's id, and the index of a case's allegations holds each one's
/// id and category (a year's Chief's responses at 100,000 cases: every row
/// looked up, 116 ms for the whole report; read from the indexes, 105 ms;
/// BENCHMARKS.md). SQLite's indexes hold the rowid already.
const V12: &str = r#"
DROP INDEX events_allegation;
CREATE INDEX events_allegation ON events (allegation_id, kind, result, reason, date)
    INCLUDE (id) WHERE allegation_id IS NOT NULL;
DROP INDEX events_kind_date;
CREATE INDEX events_kind_date ON events (kind, date, result, allegation_id, case_id) INCLUDE (id);
ALTER TABLE allegations DROP CONSTRAINT allegations_case_id_seq_key,
    ADD CONSTRAINT allegations_case_id_seq_key UNIQUE (case_id, seq) INCLUDE (id, category);
"#;

/// Version 13: SQLite's tallies of deadlines (`store::sqlite::schema`, its
/// `V13`), kept here by triggers that take each statement's rows at once
/// (a transition table) rather than one row at a time, and given to the
/// roles where `admin init` set them up: the writers keep them, every role
/// that reads deadlines reads them.
const V13: &str = concat!(
    r#"
CREATE TABLE deadline_tallies (
    due          TEXT COLLATE "C" NOT NULL,
    rule         TEXT COLLATE "C" NOT NULL,
    due_n        BIGINT NOT NULL,
    met          BIGINT NOT NULL,
    waiting      BIGINT NOT NULL,
    stopped      BIGINT NOT NULL,
    open_due_n   BIGINT NOT NULL,
    open_met     BIGINT NOT NULL,
    open_waiting BIGINT NOT NULL,
    open_stopped BIGINT NOT NULL,
    PRIMARY KEY (due, rule)
);
-- The deadlines in `d` tallied, counted `k` times (1 added, -1 removed).
CREATE FUNCTION deadline_tallies_add(k BIGINT, d deadlines[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO deadline_tallies AS t
    SELECT x.due, x.rule, k * count(*),
           k * count(*) FILTER (WHERE x.satisfied_on IS NOT NULL AND x.satisfied_on <= x.due),
           k * count(*) FILTER (WHERE x.satisfied_on IS NULL),
           k * count(*) FILTER (WHERE x.satisfied_on IS NULL AND x.suspended_since IS NOT NULL),
           k * count(*) FILTER (WHERE c.closed IS NULL),
           k * count(*) FILTER (WHERE c.closed IS NULL
                                AND x.satisfied_on IS NOT NULL AND x.satisfied_on <= x.due),
           k * count(*) FILTER (WHERE c.closed IS NULL AND x.satisfied_on IS NULL),
           k * count(*) FILTER (WHERE c.closed IS NULL
                                AND x.satisfied_on IS NULL AND x.suspended_since IS NOT NULL)
      FROM unnest(d) x LEFT JOIN cases c ON c.id = x.case_id
     GROUP BY x.due, x.rule
    ON CONFLICT (due, rule) DO UPDATE SET
        due_n = t.due_n + excluded.due_n, met = t.met + excluded.met,
        waiting = t.waiting + excluded.waiting, stopped = t.stopped + excluded.stopped,
        open_due_n = t.open_due_n + excluded.open_due_n, open_met = t.open_met + excluded.open_met,
        open_waiting = t.open_waiting + excluded.open_waiting,
        open_stopped = t.open_stopped + excluded.open_stopped
$$;
CREATE FUNCTION deadline_tallies_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM deadline_tallies_add(-1,
            (SELECT coalesce(array_agg(o::deadlines), '{}') FROM removed o));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM deadline_tallies_add(1,
            (SELECT coalesce(array_agg(n::deadlines), '{}') FROM added n));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER deadline_tallies_insert AFTER INSERT ON deadlines
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION deadline_tallies_keep();
CREATE TRIGGER deadline_tallies_delete AFTER DELETE ON deadlines
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION deadline_tallies_keep();
CREATE TRIGGER deadline_tallies_update AFTER UPDATE ON deadlines
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION deadline_tallies_keep();
-- A case that closes takes its deadlines out of the open counts; one that
-- reopens puts them back.
CREATE FUNCTION deadline_tallies_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
"#,
    crate::store::sqlite::schema::deadline_tallies_case!(),
    r#"    RETURN NULL;
END $$;
CREATE TRIGGER deadline_tallies_case AFTER UPDATE OF closed ON cases FOR EACH ROW
    WHEN ((OLD.closed IS NULL) <> (NEW.closed IS NULL))
    EXECUTE FUNCTION deadline_tallies_case();
"#,
    crate::store::sqlite::schema::deadline_tallies_fill!(),
    r#"DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_investigator') THEN
        GRANT SELECT, INSERT, UPDATE ON deadline_tallies TO oversight_investigator;
        GRANT SELECT ON deadline_tallies TO oversight_clerk, oversight_analyst, oversight_auditor;
    END IF;
END $$;
"#
);

/// Version 14: the deadlines' tallies are written with the deadlines by
/// the engine (`store::sql::tallies`), not by the triggers of [`V13`],
/// whose PL/pgSQL a new server process loaded and compiled before the
/// first deadline of every write: 3-4 ms of an `intake` of 15. The
/// trigger of a case closed or reopened stays: those commands are few.
const V14: &str = r#"
DROP TRIGGER deadline_tallies_insert ON deadlines;
DROP TRIGGER deadline_tallies_delete ON deadlines;
DROP TRIGGER deadline_tallies_update ON deadlines;
DROP FUNCTION deadline_tallies_keep();
DROP FUNCTION deadline_tallies_add(BIGINT, deadlines[]);
"#;

/// Version 15: the index of deadlines by due date holds each one's case,
/// as SQLite's does (its deadlines have no rowid, and every index holds
/// their key): the annual report's figures per investigator read a year's
/// deadlines from it alone, where each was looked up in the table (the
/// query at 100,000 cases: 42 ms, 17 ms with the join reworked too;
/// BENCHMARKS.md). Rebuilt in place, so a write keeps as many indexes.
const V15: &str = r#"
DROP INDEX deadlines_due;
CREATE INDEX deadlines_due ON deadlines (due, rule, satisfied_on, suspended_since)
    INCLUDE (case_id);
"#;

/// Version 16: the server has each audit row written in the name of the
/// login that writes it (`session_user`), at the server's time give or take
/// five minutes (a machine's clock): every role that runs a command may
/// append to the log, and so could append a row, its hash chained, in
/// another login's name or another day's. The store's owner (and a
/// superuser) is let be: a copy brings every login's rows.
const V16: &str = r#"
CREATE OR REPLACE FUNCTION oversight_audit_who() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
    THEN
        RETURN NEW;
    END IF;
    IF NEW."user" IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'an audit row is written in the name of the login that writes it (%), not %',
            session_user, NEW."user" USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'
       OR abs(extract(epoch FROM NEW.at::timestamptz - statement_timestamp())) > 300 THEN
        RAISE EXCEPTION 'an audit row''s time (%) is more than five minutes from the server''s (%): set this machine''s clock',
            NEW.at, to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            USING ERRCODE = 'invalid_datetime_format';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS audit_who ON audit;
CREATE TRIGGER audit_who BEFORE INSERT ON audit FOR EACH ROW
    EXECUTE FUNCTION oversight_audit_who();
"#;

/// Version 17: the optional fields (complainants' race, sex and age band,
/// the officers') counted by the server for a login that may not read them
/// case by case (an analyst's, since `admin init` of this version), and
/// only as the annual report counts them: over a whole reporting year (a
/// year from the first of a month), and for the closed cases only as of
/// today or a reporting year's last day. A count over any period, or as of
/// any day, would tell one case apart by differencing two of them; what is
/// left is what two public reports of different days tell anyone. A login
/// that may read the table is counted for as asked. Where `admin init` set
/// up the roles, the analysts' reading of the table is taken back and the
/// count given to them and to the investigators. Its refusals are the
/// store's own (SQLSTATE `OV001`, [`crate::error::STORE_REFUSED`]): the
/// client shows them as they are, exit 4.
const V17: &str = r#"
CREATE OR REPLACE FUNCTION oversight_fields_received(p_from TEXT, p_to TEXT, p_closed_by TEXT)
RETURNS TABLE (field_name TEXT, field_value TEXT, how_many BIGINT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    first_day DATE := p_from::date;
    closed_by DATE := p_closed_by::date;
    year_end DATE;
BEGIN
    IF NOT has_table_privilege(session_user, 'field_values', 'SELECT') THEN
        IF extract(day FROM first_day) <> 1
           OR p_to::date <> (first_day + interval '1 year' - interval '1 day')::date THEN
            RAISE EXCEPTION 'the optional fields are counted for %, who may not read them case by case, over a whole reporting year only, not from % to %',
                session_user, p_from, p_to USING ERRCODE = 'OV001';
        END IF;
        -- The last day of a reporting year on or before closed_by.
        year_end := make_date(extract(year FROM closed_by + 1)::int,
                              extract(month FROM first_day)::int, 1) - 1;
        IF year_end > closed_by THEN
            year_end := make_date(extract(year FROM closed_by + 1)::int - 1,
                                  extract(month FROM first_day)::int, 1) - 1;
        END IF;
        IF closed_by < current_date - 1 AND closed_by <> year_end THEN
            RAISE EXCEPTION 'the optional fields of the closed cases are counted for %, who may not read them case by case, as of today or the last day of a reporting year (such as %), not as of %: counts as of any day would tell apart the cases closed on it; an investigator may count them as of that day',
                session_user, year_end, p_closed_by USING ERRCODE = 'OV001';
        END IF;
    END IF;
    RETURN QUERY
        SELECT v.name, v.value, count(*) FROM field_values v JOIN cases k ON k.id = v.case_id
        WHERE k.received >= p_from AND k.received <= p_to
          AND (p_closed_by IS NULL OR (k.closed IS NOT NULL AND k.closed <= p_closed_by))
        GROUP BY v.name, v.value;
END $$;
REVOKE ALL ON FUNCTION oversight_fields_received(TEXT, TEXT, TEXT) FROM PUBLIC;
DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_analyst')
       AND has_table_privilege('oversight_analyst', 'field_values', 'SELECT') THEN
        REVOKE SELECT ON field_values FROM oversight_analyst;
        GRANT EXECUTE ON FUNCTION oversight_fields_received(TEXT, TEXT, TEXT) TO oversight_analyst;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_investigator')
       AND has_table_privilege('oversight_investigator', 'field_values', 'SELECT') THEN
        GRANT EXECUTE ON FUNCTION oversight_fields_received(TEXT, TEXT, TEXT)
            TO oversight_investigator;
    END IF;
END $$;
"#;

const V10: &str = r#"
ALTER TABLE case_states ADD COLUMN change BYTEA;
DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_investigator') THEN
        GRANT SELECT (case_number, change) ON case_states TO oversight_investigator;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight_auditor') THEN
        GRANT INSERT ON audit TO oversight_auditor;
    END IF;
END $$;
"#;

/// Upgrade the store from version `from` to this build's, in the caller's
/// transaction (which holds the schema table locked).
pub fn upgrade(tx: &mut postgres::Transaction<'_>, from: i64) -> Result<()> {
    for (_, sql) in UPGRADES.iter().filter(|(to, _)| *to > from) {
        tx.batch_execute(sql)?;
    }
    tx.execute(
        "UPDATE oversight_schema SET version = $1",
        &[&CURRENT_VERSION],
    )?;
    Ok(())
}

/// The store's schema version (0: no store in this database) and whether
/// the database holds other tables than a store's.
pub fn version(client: &mut Client) -> Result<(i64, bool)> {
    let has_version = client
        .query_one(
            "SELECT to_regclass(current_schema() || '.oversight_schema') IS NOT NULL",
            &[],
        )?
        .get::<_, bool>(0);
    if has_version {
        let v: i64 = client
            .query_one("SELECT version FROM oversight_schema", &[])?
            .get(0);
        return Ok((v, false));
    }
    let tables: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_class c WHERE c.relkind IN ('r', 'p') \
             AND c.relnamespace = current_schema()::regnamespace",
            &[],
        )?
        .get(0);
    Ok((0, tables > 0))
}

/// Create the store's tables in `client`'s transaction.
pub fn create(tx: &mut postgres::Transaction<'_>) -> Result<()> {
    tx.batch_execute(SCHEMA)?;
    tx.batch_execute(V13)?;
    tx.batch_execute(V14)?;
    tx.batch_execute(V16)?;
    tx.batch_execute(V17)?;
    tx.execute(
        "INSERT INTO oversight_schema (version) VALUES ($1)",
        &[&CURRENT_VERSION],
    )?;
    Ok(())
}

/// The tables of schema version 9, column for column as SQLite has them
/// after its migrations (the order of tables too: a table after those it
/// refers to). Truth values are integers, dates `YYYY-MM-DD` text, hashes
/// bytes. References are checked at commit when a restore asks
/// (`DEFERRABLE`).
const SCHEMA: &str = r#"
CREATE FUNCTION hex(bytea) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT upper(encode($1, 'hex')) $$;
CREATE FUNCTION unhex(text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT decode($1, 'hex') $$;
CREATE FUNCTION group_concat_step(text, text, text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || $3 || $2 END $$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = group_concat_step, STYPE = text);
CREATE FUNCTION oversight_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;

CREATE TABLE oversight_schema (version BIGINT NOT NULL);

CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE case_numbers (
    year BIGINT PRIMARY KEY,
    last BIGINT NOT NULL
);

CREATE TABLE officers (
    badge  TEXT COLLATE "C" PRIMARY KEY,
    name   TEXT COLLATE "C" NOT NULL,
    status TEXT COLLATE "C" NOT NULL DEFAULT 'active'
);

CREATE TABLE cases (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    number         TEXT COLLATE "C" NOT NULL UNIQUE,
    received       TEXT COLLATE "C" NOT NULL,
    incident_date  TEXT COLLATE "C",
    aware_date     TEXT COLLATE "C",
    source         TEXT COLLATE "C" NOT NULL,
    criminal       BIGINT NOT NULL,
    anonymous      BIGINT NOT NULL DEFAULT 0,
    summary        TEXT COLLATE "C" NOT NULL,
    status         TEXT COLLATE "C" NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed         TEXT COLLATE "C",
    out_of_time    BIGINT NOT NULL DEFAULT 0,
    late_vote_date TEXT COLLATE "C",
    late_vote_yes  BIGINT,
    late_vote_no   BIGINT,
    imported       BIGINT NOT NULL DEFAULT 0,
    created_at     TEXT COLLATE "C" NOT NULL,
    created_by     TEXT COLLATE "C" NOT NULL,
    late_vote_seated BIGINT
);
CREATE INDEX cases_status ON cases (status, received);
CREATE INDEX cases_closed ON cases (closed, received, out_of_time) WHERE closed IS NOT NULL;
CREATE INDEX cases_received_number ON cases (received, number);

CREATE TABLE complainants (
    id      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    name    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX complainants_case ON complainants (case_id);

CREATE TABLE case_officers (
    id      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    name    TEXT COLLATE "C" NOT NULL,
    badge   TEXT COLLATE "C" NOT NULL,
    UNIQUE (case_id, badge)
);
CREATE INDEX case_officers_badge ON case_officers (badge);

CREATE TABLE allegations (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    seq             BIGINT NOT NULL,
    category        TEXT COLLATE "C" NOT NULL,
    case_officer_id BIGINT NOT NULL REFERENCES case_officers (id) DEFERRABLE,
    CONSTRAINT allegations_case_id_seq_key UNIQUE (case_id, seq) INCLUDE (id, category)
);
CREATE INDEX allegations_officer ON allegations (case_officer_id);

CREATE TABLE events (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id       BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    kind          TEXT COLLATE "C" NOT NULL,
    date          TEXT COLLATE "C" NOT NULL,
    result        TEXT COLLATE "C",
    note          TEXT COLLATE "C",
    supersedes    BIGINT REFERENCES events (id) DEFERRABLE,
    until         TEXT COLLATE "C",
    allegation_id BIGINT REFERENCES allegations (id) DEFERRABLE,
    reason        TEXT COLLATE "C",
    recorded_at   TEXT COLLATE "C" NOT NULL,
    recorded_by   TEXT COLLATE "C" NOT NULL
);
CREATE INDEX events_case ON events (case_id, date);
CREATE INDEX events_supersedes ON events (supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX events_allegation ON events (allegation_id, kind, result, reason, date)
    INCLUDE (id) WHERE allegation_id IS NOT NULL;
CREATE INDEX events_kind_date ON events (kind, date, result, allegation_id, case_id) INCLUDE (id);
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('events are append-only: record a correcting event instead');

CREATE TABLE deadlines (
    case_id      BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    rule         TEXT COLLATE "C" NOT NULL,
    title        TEXT COLLATE "C" NOT NULL,
    basis        TEXT COLLATE "C" NOT NULL,
    owner        TEXT COLLATE "C" NOT NULL,
    start        TEXT COLLATE "C" NOT NULL,
    due          TEXT COLLATE "C" NOT NULL,
    satisfied_on TEXT COLLATE "C",
    out_of_time  BIGINT NOT NULL DEFAULT 0,
    after_close  BIGINT NOT NULL DEFAULT 0,
    suspended_since TEXT COLLATE "C",
    notes        TEXT COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, rule)
);
CREATE INDEX deadlines_unsatisfied ON deadlines (due) WHERE satisfied_on IS NULL;
CREATE INDEX deadlines_satisfied ON deadlines (satisfied_on, due) WHERE satisfied_on IS NOT NULL;
CREATE INDEX deadlines_span ON deadlines (start, due);
CREATE INDEX deadlines_due ON deadlines (due, rule, satisfied_on, suspended_since)
    INCLUDE (case_id);

CREATE TABLE matters (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    number         TEXT COLLATE "C" NOT NULL UNIQUE,
    kind           TEXT COLLATE "C" NOT NULL CHECK (kind IN ('policy', 'proposed-revision', 'report')),
    title          TEXT COLLATE "C" NOT NULL,
    body           TEXT COLLATE "C" NOT NULL DEFAULT '',
    recipients     TEXT COLLATE "C" NOT NULL DEFAULT '',
    implementation TEXT COLLATE "C",
    emergency      BIGINT NOT NULL DEFAULT 0,
    created_at     TEXT COLLATE "C" NOT NULL,
    created_by     TEXT COLLATE "C" NOT NULL
);

CREATE TABLE matter_events (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    matter_id   BIGINT NOT NULL REFERENCES matters (id) DEFERRABLE,
    kind        TEXT COLLATE "C" NOT NULL,
    date        TEXT COLLATE "C" NOT NULL,
    result      TEXT COLLATE "C",
    recipient   TEXT COLLATE "C",
    note        TEXT COLLATE "C",
    recorded_at TEXT COLLATE "C" NOT NULL,
    recorded_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX matter_events_matter ON matter_events (matter_id, date);
CREATE TRIGGER matter_events_append_only BEFORE UPDATE OR DELETE ON matter_events FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('events are append-only');

CREATE TABLE matter_deadlines (
    matter_id    BIGINT NOT NULL REFERENCES matters (id) DEFERRABLE,
    rule         TEXT COLLATE "C" NOT NULL,
    recipient    TEXT COLLATE "C" NOT NULL DEFAULT '',
    title        TEXT COLLATE "C" NOT NULL,
    basis        TEXT COLLATE "C" NOT NULL,
    start        TEXT COLLATE "C" NOT NULL,
    due          TEXT COLLATE "C" NOT NULL,
    satisfied_on TEXT COLLATE "C",
    PRIMARY KEY (matter_id, rule, recipient)
);
CREATE INDEX matter_deadlines_due ON matter_deadlines (due);

CREATE TABLE subpoenas (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    target      TEXT COLLATE "C" NOT NULL CHECK (target IN ('witness', 'documents')),
    description TEXT COLLATE "C" NOT NULL DEFAULT '',
    requested   TEXT COLLATE "C" NOT NULL,
    recorded_at TEXT COLLATE "C" NOT NULL,
    recorded_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX subpoenas_case ON subpoenas (case_id);

CREATE TABLE subpoena_steps (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    subpoena_id    BIGINT NOT NULL REFERENCES subpoenas (id) DEFERRABLE,
    kind           TEXT COLLATE "C" NOT NULL CHECK (kind IN ('counsel-review', 'vote', 'served')),
    date           TEXT COLLATE "C" NOT NULL,
    result         TEXT COLLATE "C",
    state_attorney BIGINT NOT NULL DEFAULT 0,
    yes            BIGINT,
    no             BIGINT,
    seated         BIGINT,
    note           TEXT COLLATE "C",
    recorded_at    TEXT COLLATE "C" NOT NULL,
    recorded_by    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX subpoena_steps_subpoena ON subpoena_steps (subpoena_id);
CREATE TRIGGER subpoena_steps_append_only BEFORE UPDATE OR DELETE ON subpoena_steps FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('subpoena steps are append-only');

CREATE TABLE holidays (
    date TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('add', 'remove'))
);

CREATE TABLE case_states (
    audit_id    BIGINT NOT NULL,
    case_number TEXT COLLATE "C" NOT NULL,
    digest      BYTEA NOT NULL,
    change      BYTEA,
    PRIMARY KEY (case_number, audit_id)
);
CREATE INDEX case_states_audit ON case_states (audit_id);
CREATE TRIGGER case_states_append_only BEFORE UPDATE OR DELETE ON case_states FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('case states are append-only');

CREATE TABLE audit (
    id          BIGINT PRIMARY KEY,
    at          TEXT COLLATE "C" NOT NULL,
    "user"      TEXT COLLATE "C" NOT NULL,
    command     TEXT COLLATE "C" NOT NULL,
    action      TEXT COLLATE "C" NOT NULL CHECK (action IN ('write', 'read')),
    case_number TEXT COLLATE "C",
    detail      TEXT COLLATE "C" NOT NULL,
    hash        BYTEA NOT NULL CHECK (length(hash) = 32),
    states      BYTEA CHECK (states IS NULL OR length(states) = 32)
);
CREATE INDEX audit_case ON audit (case_number) WHERE case_number IS NOT NULL;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('the audit log is append-only');

CREATE TABLE field_values (
    case_id       BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    allegation_id BIGINT REFERENCES allegations (id) DEFERRABLE,
    name          TEXT COLLATE "C" NOT NULL,
    value         TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX field_values_one ON field_values (case_id, coalesce(allegation_id, 0), name);
CREATE INDEX field_values_allegation ON field_values (allegation_id, name)
    WHERE allegation_id IS NOT NULL;

CREATE TABLE assignments (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) DEFERRABLE,
    login       TEXT COLLATE "C" NOT NULL,
    date        TEXT COLLATE "C" NOT NULL,
    recorded_at TEXT COLLATE "C" NOT NULL,
    recorded_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX assignments_case ON assignments (case_id, date, id);
CREATE INDEX assignments_login ON assignments (login);
CREATE TRIGGER assignments_append_only BEFORE UPDATE OR DELETE ON assignments FOR EACH ROW
    EXECUTE FUNCTION oversight_append_only('assignments are append-only');
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn every_version_since_the_first_has_its_upgrade() {
        let reached: Vec<i64> = super::UPGRADES.iter().map(|(v, _)| *v).collect();
        let expected: Vec<i64> = (super::FIRST_VERSION + 1..=super::CURRENT_VERSION).collect();
        assert_eq!(reached, expected);
    }
}

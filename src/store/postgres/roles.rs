//! The office's roles on a server: the privileges `admin init` grants, what
//! a login may do (read when the store is opened), and granting a role to a login. The server
//! enforces them; the client's check only words the refusal.

use crate::error::{Error, Result};

/// The privileges of the office's roles (`oversight admin init`), run by
/// the store's owner: the group roles (made if missing; a role is the
/// server's, shared by its databases), then what each may read and write
/// here. Nothing is granted to PUBLIC; the audit log and the case states
/// are append-only by privilege (only the owner may change or remove a row).
/// Every role reads the settings and the calendar, which every command
/// needs.
/// The office's group roles on the server, in the order `Access` lists
/// them (by name).
pub(super) const ROLE_NAMES: [&str; 4] = [
    "oversight_analyst",
    "oversight_auditor",
    "oversight_clerk",
    "oversight_investigator",
];

const ROLE_PRIVILEGES: &str = r#"
-- Roles are the server's: an `admin init` of another database at the same
-- moment may make one first, which is as good.
DO $$ DECLARE r TEXT; BEGIN
    FOREACH r IN ARRAY ARRAY['oversight_investigator', 'oversight_clerk',
                             'oversight_analyst', 'oversight_auditor'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public
    FROM oversight_investigator, oversight_clerk, oversight_analyst, oversight_auditor;
GRANT USAGE ON SCHEMA public
    TO oversight_investigator, oversight_clerk, oversight_analyst, oversight_auditor;
GRANT SELECT ON meta, holidays, oversight_schema
    TO oversight_investigator, oversight_clerk, oversight_analyst, oversight_auditor;

-- Investigators record and read cases.
GRANT SELECT, INSERT, UPDATE, DELETE ON cases, complainants, case_officers, allegations,
    events, deadlines, officers, case_numbers, matters, matter_events, matter_deadlines,
    subpoenas, subpoena_steps, field_values, assignments, holidays
    TO oversight_investigator;
GRANT INSERT, UPDATE ON meta TO oversight_investigator;
-- The deadlines' tallies, kept as its writes go.
GRANT SELECT, INSERT, UPDATE ON deadline_tallies TO oversight_investigator;
GRANT INSERT ON audit, case_states TO oversight_investigator;
-- Whether the log has a case's changes yet (a write records the change
-- from what it finds).
GRANT SELECT (case_number, change) ON case_states TO oversight_investigator;
GRANT SELECT (id, hash) ON audit TO oversight_investigator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO oversight_investigator;

-- Clerks: deadlines and case numbers; no complainant, no summary, no
-- timeline.
GRANT SELECT ON deadlines, deadline_tallies, matter_deadlines, assignments TO oversight_clerk;
GRANT SELECT (id, number, kind) ON matters TO oversight_clerk;
GRANT SELECT (id, number, received, source, criminal, status, closed) ON cases
    TO oversight_clerk;
GRANT SELECT (id, case_id, badge) ON case_officers TO oversight_clerk;
GRANT SELECT (id, case_id) ON allegations TO oversight_clerk;

-- Analysts: what the reports count; no complainant, no summary, no note.
GRANT SELECT (id, number, received, incident_date, aware_date, source, criminal, anonymous,
    status, closed, out_of_time, late_vote_date, late_vote_yes, late_vote_no, imported,
    created_at, created_by, late_vote_seated) ON cases TO oversight_analyst;
GRANT SELECT (id, case_id, kind, date, result, supersedes, until, allegation_id, reason)
    ON events TO oversight_analyst;
GRANT SELECT ON allegations, case_officers, officers, deadlines, deadline_tallies, matters,
    matter_events, matter_deadlines, assignments TO oversight_analyst;
-- The optional fields (complainants' race, sex and age band) only as the
-- server counts them, over whole reporting years (schema 17), never case
-- by case; investigators count them the same way.
REVOKE ALL ON FUNCTION oversight_fields_received(TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION oversight_fields_received(TEXT, TEXT, TEXT)
    TO oversight_investigator, oversight_analyst;

-- Auditors read everything (verify compares every case with its log) and
-- change nothing; what they read of the changes (names, summaries) is
-- itself logged, an audit row appended.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO oversight_auditor;
GRANT INSERT ON audit TO oversight_auditor;
"#;

impl crate::store::Tx<'_> {
    /// Set up the office's roles and their privileges (the owner's).
    pub fn set_up_roles(&mut self) -> Result<()> {
        self.on_server("admin init")?;
        self.tx
            .with_postgres(|tx| Ok(tx.batch_execute(ROLE_PRIVILEGES)?))
            .expect("on a server")?;
        self.note(
            None,
            "roles set up: investigator, clerk, analyst, auditor (privileges granted)",
        );
        Ok(())
    }

    /// Give `login` the group role `role` (`grant`), or take it back;
    /// false where a role to take back was not given (nothing done).
    pub fn grant_role(&mut self, login: &str, role: &str, grant: bool) -> Result<bool> {
        self.on_server(if grant { "admin grant" } else { "admin revoke" })?;
        let exists = self
            .tx
            .with_postgres(|tx| {
                Ok(tx
                    .query_one(
                        "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1 AND rolcanlogin)",
                        &[&login],
                    )?
                    .get::<_, bool>(0))
            })
            .expect("on a server")?;
        if !exists {
            return Err(Error::not_found(format!(
                "no login '{login}' on the server; its administrator makes one first \
                 (`createuser {login}`)"
            )));
        }
        let has_roles = self
            .tx
            .with_postgres(|tx| {
                Ok(tx
                    .query_one("SELECT to_regrole($1) IS NOT NULL", &[&role])?
                    .get::<_, bool>(0))
            })
            .expect("on a server")?;
        if !has_roles {
            return Err(Error::usage(
                "the office's roles are not set up in this store yet: run `oversight admin init` \
                 first",
            ));
        }
        if !grant {
            let holds = self
                .tx
                .with_postgres(|tx| {
                    Ok(tx
                        .query_one(
                            "SELECT EXISTS (SELECT FROM pg_auth_members m
                                 JOIN pg_roles r ON r.oid = m.roleid
                                 JOIN pg_roles u ON u.oid = m.member
                                 WHERE r.rolname = $2 AND u.rolname = $1)",
                            &[&login, &role],
                        )?
                        .get::<_, bool>(0))
                })
                .expect("on a server")?;
            if !holds {
                return Ok(false);
            }
        }
        // Names come from the server's catalogue and the roles table, quoted.
        let quoted = format!("\"{}\"", login.replace('"', "\"\""));
        let sql = if grant {
            format!("GRANT {role} TO {quoted}")
        } else {
            format!("REVOKE {role} FROM {quoted}")
        };
        self.tx
            .with_postgres(|tx| Ok(tx.batch_execute(&sql)?))
            .expect("on a server")?;
        self.note(
            None,
            format!(
                "role {role} {} {login}",
                if grant { "granted to" } else { "taken from" }
            ),
        );
        Ok(true)
    }

    fn on_server(&self, command: &str) -> Result<()> {
        if self.tx.engine() == crate::store::db::Engine::Sqlite {
            return Err(Error::usage(format!(
                "`{command}`: roles are a server's; an SQLite store is one person's file, \
                 guarded by its permissions (owner-only): share a store with roles on a \
                 PostgreSQL server (--db postgresql://...)"
            )));
        }
        Ok(())
    }
}

/// Whether a login may be given cases (`Tx::assignable`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assignable {
    Yes,
    /// The server has no such login.
    NoSuchLogin,
    /// A login, but not an investigator's (nor the store's owner).
    NotInvestigator,
}

impl crate::store::Tx<'_> {
    /// On a server, whether `login` may be given cases: a login of the
    /// server that, where the office's roles are set up in this database
    /// (`admin init`: the roles are the server's, their privileges each
    /// database's), holds the investigator role or owns the store. None on a file, whose logins
    /// are its machine's accounts.
    pub fn assignable(&self, login: &str) -> Result<Option<Assignable>> {
        let Some(answer) = self.tx.with_postgres(|tx| {
            let row = tx.query_one(
                "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1 AND rolcanlogin),
                        CASE WHEN to_regrole('oversight_investigator') IS NULL THEN FALSE
                             ELSE has_table_privilege(to_regrole('oversight_investigator'),
                                                      'cases'::regclass, 'SELECT') END",
                &[&login],
            )?;
            let (exists, roles): (bool, bool) = (row.get(0), row.get(1));
            if !exists {
                return Ok(Assignable::NoSuchLogin);
            }
            if !roles {
                return Ok(Assignable::Yes);
            }
            let investigator: bool = tx
                .query_one(
                    "SELECT pg_has_role($1::text::name, 'oversight_investigator', 'MEMBER')
                         OR pg_has_role($1::text::name,
                                        (SELECT relowner FROM pg_class WHERE oid = 'cases'::regclass),
                                        'MEMBER')",
                    &[&login],
                )?
                .get(0);
            Ok(if investigator {
                Assignable::Yes
            } else {
                Assignable::NotInvestigator
            })
        }) else {
            return Ok(None);
        };
        answer.map(Some)
    }
}

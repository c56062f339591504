//! What the store keeps and gives back, whatever the engine: the records
//! every engine reads and writes (the queries in `sql/` read and write
//! them on either engine). No SQL here.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{AllegationRef, OfficerRef, Source, Vote};
use crate::rules::Deadline;

// ---- Cases, their events and deadlines ----

/// A new case as intake validated it.
#[derive(Debug, Clone)]
pub struct NewCase {
    pub received: NaiveDate,
    pub incident_date: Option<NaiveDate>,
    pub aware_date: Option<NaiveDate>,
    pub source: Source,
    pub criminal: bool,
    pub anonymous: bool,
    pub complainants: Vec<String>,
    pub officers: Vec<OfficerRef>,
    pub allegations: Vec<AllegationRef>,
    pub summary: String,
    pub late_vote: Option<Vote>,
    pub chief_decision: Option<NaiveDate>,
    pub ia_file_access: Option<NaiveDate>,
    /// How the complaint came in (a value of the profile's
    /// `[fields] channel`), when said.
    pub channel: Option<String>,
    /// Optional fields of the allegations (`model::FIELDS`, not the
    /// case's): (allegation's index in `allegations`, name, value).
    pub allegation_fields: Vec<(usize, String, String)>,
}

/// The kind of an event that withdraws the event it supersedes.
pub const RETRACTED: &str = "retracted";

/// A step of a case as it is recorded: the one shape of an event, written
/// as it is and read back inside its [`EventRecord`].
#[derive(Debug, Clone, Default, Serialize)]
pub struct Event {
    pub kind: String,
    pub date: NaiveDate,
    pub result: Option<String>,
    pub note: Option<String>,
    pub until: Option<NaiveDate>,
    /// The allegation's number on the case.
    pub allegation: Option<i64>,
    pub reason: Option<String>,
    pub supersedes: Option<i64>,
}

impl Event {
    pub fn new(kind: &str, date: NaiveDate) -> Self {
        Event {
            kind: kind.into(),
            date,
            ..Default::default()
        }
    }
}

/// A case's own columns.
#[derive(Debug, Clone, Serialize)]
pub struct CaseRecord {
    #[serde(skip)]
    pub id: i64,
    #[serde(rename = "case")]
    pub number: String,
    pub received: NaiveDate,
    pub incident_date: Option<NaiveDate>,
    pub aware_date: Option<NaiveDate>,
    pub source: Source,
    pub criminal: bool,
    pub anonymous: bool,
    pub summary: String,
    pub status: String,
    pub closed: Option<NaiveDate>,
    pub out_of_time: bool,
    pub late_vote: Option<Vote>,
    pub created_at: String,
    pub created_by: String,
    /// Imported from another system.
    #[serde(skip)]
    pub imported: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseOfficer {
    pub name: String,
    pub badge: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AllegationRecord {
    #[serde(rename = "allegation")]
    pub seq: i64,
    pub category: String,
    pub officer: String,
    pub badge: String,
}

/// An event as the store keeps it: its number on the case's timeline, the
/// event, what superseded it, and who recorded it when. (Serialised flat,
/// in this order: a case's digest is over it.)
#[derive(Debug, Clone, Serialize)]
pub struct EventRecord {
    pub id: i64,
    #[serde(flatten)]
    pub event: Event,
    pub superseded_by: Option<i64>,
    pub recorded_at: String,
    pub recorded_by: String,
}

impl std::ops::Deref for EventRecord {
    type Target = Event;

    /// The event's own fields read through the record (`record.kind`).
    fn deref(&self) -> &Event {
        &self.event
    }
}

/// Everything a case is made of, raw and in a fixed order: what its state
/// digest covers. An engine builds it from what it stores; the same case
/// gives the same digest whatever the engine.
#[derive(Debug, Clone, Serialize)]
pub struct CaseContent {
    pub case: CaseRecord,
    pub imported: bool,
    pub complainants: Vec<String>,
    /// (the name the case gave, badge), in the order recorded.
    pub officers: Vec<(String, String)>,
    /// (number, category, badge).
    pub allegations: Vec<(i64, String, String)>,
    pub events: Vec<EventRecord>,
    /// The optional fields recorded; left out of the digest when there
    /// are none, so a case's digest from before fields stays as it was.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldValue>,
    /// Who had the case, oldest first; left out of the digest when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assignments: Vec<Assignment>,
    /// (badge, the roster's name) of each of its officers whom the roster
    /// names otherwise than the case does (every list shows the roster's);
    /// left out of the digest when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roster: Vec<(String, String)>,
    /// Its subpoenas with their steps, by number; left out of the digest
    /// when none (a case's digest from before schema 10 stays as it was).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subpoenas: Vec<Subpoena>,
}

/// A case given to an investigator (by login) from a date; a later one
/// reassigns it, the earlier kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub login: String,
    pub date: NaiveDate,
    pub recorded_at: String,
    pub recorded_by: String,
}

/// One optional field's value (`model::FIELDS`), of the case or of one of
/// its allegations (by number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldValue {
    pub allegation: Option<i64>,
    pub name: String,
    pub value: String,
}

impl CaseContent {
    /// SHA-256 of the content's canonical JSON.
    pub fn digest(&self) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        let bytes = serde_json::to_vec(self).expect("a case serialises");
        Sha256::digest(&bytes).into()
    }
}

/// Everything stored about one case.
#[derive(Debug, Clone)]
pub struct CaseDetail {
    pub case: CaseRecord,
    pub complainants: Vec<String>,
    pub officers: Vec<CaseOfficer>,
    pub allegations: Vec<AllegationRecord>,
    pub events: Vec<EventRecord>,
    pub deadlines: Vec<Deadline>,
    pub fields: Vec<FieldValue>,
    pub assignments: Vec<Assignment>,
}

/// One row of `list`.
#[derive(Debug, Clone, Serialize)]
pub struct CaseSummary {
    #[serde(rename = "case")]
    pub number: String,
    pub received: NaiveDate,
    pub source: Source,
    pub criminal: bool,
    pub status: String,
    pub closed: Option<NaiveDate>,
    pub officers: Vec<String>,
    pub allegations: i64,
    /// The investigator it is assigned to now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub status: Option<String>,
    pub badge: Option<String>,
    pub year: Option<i32>,
    /// Only cases whose current investigator this is.
    pub assignee: Option<String>,
    /// The cases as they stood on this day (`--as-of`): received by then,
    /// open or closed then, with the investigator they had then.
    pub as_of: Option<NaiveDate>,
}

/// A stored deadline with its case number: a row of `overdue` and `due`.
#[derive(Debug, Clone)]
pub struct DeadlineRow {
    pub case: String,
    pub rule: String,
    pub title: String,
    pub basis: String,
    pub start: NaiveDate,
    pub due: NaiveDate,
    pub out_of_time: bool,
    /// For a report's deadline: whose response it is.
    pub recipient: Option<String>,
    /// The investigator the case is assigned to now (a case's deadline).
    pub assignee: Option<String>,
}

impl DeadlineRow {
    /// The case or matter, with the recipient for a per-recipient deadline.
    pub fn label(&self) -> String {
        match &self.recipient {
            Some(r) => format!("{} ({r})", self.case),
            None => self.case.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalHoliday {
    pub date: NaiveDate,
    pub name: String,
    pub kind: String,
}

// ---- The audit log ----

#[derive(Debug, Clone, Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub user: String,
    pub command: String,
    pub action: String,
    pub case: Option<String>,
    pub detail: String,
    #[serde(skip)]
    pub prev_hash: String,
    pub hash: String,
    /// On a write transaction's last row: the hash of the case states it
    /// vouches for.
    pub states: Option<String>,
}

/// The head of the audit chain: how many rows, and the last row's hash.
/// Kept outside the file, it shows that no row was removed or rewritten
/// since (`verify --expect`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Head {
    pub rows: i64,
    pub hash: String,
}

impl std::fmt::Display for Head {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.rows, self.hash)
    }
}

impl Head {
    /// `ROWS:HASH`, as `verify` prints it.
    pub fn parse(s: &str) -> Option<Head> {
        let (rows, hash) = s.trim().split_once(':')?;
        let ok = hash.len() == 64 && hash.chars().all(|c| c.is_ascii_hexdigit());
        Some(Head {
            rows: rows.parse().ok().filter(|n: &i64| *n >= 0)?,
            hash: hash.to_ascii_lowercase(),
        })
        .filter(|_| ok)
    }
}

/// The hash of the first row's predecessor.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Bytes as lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    // Digit by digit, not a format! a byte: the audit hash of an import
    // spells two digests of every case it wrote.
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

/// The bytes hex spells (either case), if it is hex.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The hash of an audit row: it covers the previous row's hash, so the
/// rows form one chain (the same whatever the engine).
pub fn row_hash(r: &AuditRow) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in [
        r.prev_hash.as_str(),
        &r.id.to_string(),
        &r.at,
        &r.user,
        &r.command,
        &r.action,
        r.case.as_deref().unwrap_or(""),
        &r.detail,
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    // Rows from before case states (schema 4) have none: their hash is as
    // it was.
    if let Some(states) = &r.states {
        h.update(states.as_bytes());
        h.update([0x1f]);
    }
    hex(&h.finalize())
}

/// One case's state as a write left it: the digest of its content and,
/// from schema 10, the SHA-256 of the change the write made to it (the
/// change itself is kept beside it, `store::replay`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CaseState {
    pub case: String,
    pub digest: [u8; 32],
    pub change: Option<[u8; 32]>,
}

impl CaseState {
    /// The state with its change as stored (none: from before schema 10).
    pub fn new(case: String, digest: [u8; 32], change: Option<&[u8]>) -> CaseState {
        use sha2::{Digest, Sha256};
        CaseState {
            case,
            digest,
            change: change.map(|c| Sha256::digest(c).into()),
        }
    }
}

/// An officer an imported case names otherwise than the roster.
#[derive(Debug, Clone)]
pub struct OtherName {
    pub badge: String,
    /// The roster's name, which stays.
    pub on_file: String,
    /// The name the case gives, which it keeps.
    pub given: String,
}

/// A case's changes as stored, oldest first: (audit row, the change; none
/// in a state from before schema 10).
pub type StoredChanges = Vec<(i64, Option<Vec<u8>>)>;

/// A change a write made to a case, as the audit log keeps it
/// (`store::replay`), with the row that vouches for it.
#[derive(Debug, Clone)]
pub struct RecordedChange {
    pub row: i64,
    pub at: String,
    pub user: String,
    pub command: String,
    pub case: String,
    /// `{"set": ..., "was": ...}` as stored.
    pub change: String,
}

/// The hash of a transaction's case states: every (case, digest, change),
/// by case. A state without a change (before schema 10) is hashed as it
/// was then.
pub fn states_hash(states: &[CaseState]) -> String {
    use sha2::{Digest, Sha256};
    let mut sorted: Vec<&CaseState> = states.iter().collect();
    sorted.sort();
    let mut h = Sha256::new();
    for s in sorted {
        h.update(s.case.as_bytes());
        h.update([0x1f]);
        h.update(hex(&s.digest).as_bytes());
        if let Some(change) = &s.change {
            h.update([0x1f]);
            h.update(hex(change).as_bytes());
        }
        h.update([0x1e]);
    }
    hex(&h.finalize())
}

/// What `verify` checked.
#[derive(Debug, Clone, Serialize)]
pub struct Verified {
    pub audit_rows: usize,
    pub cases: usize,
    /// The chain's head, `ROWS:HASH`, to keep outside the file.
    pub head: String,
}

// ---- Export rows and imported history ----

/// One allegation with its case, flat, as `export cases` writes it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AllegationRow {
    pub case: String,
    pub received: String,
    pub incident_date: String,
    pub source: String,
    pub criminal: bool,
    pub status: String,
    pub closed: String,
    pub out_of_time: bool,
    pub officer_name: String,
    pub badge: String,
    pub category: String,
    pub finding: String,
    pub finding_reason: String,
    pub finding_date: String,
    pub complainants: String,
    pub summary: String,
    /// The optional fields (`model::FIELDS`), in their order, when asked
    /// for (`export cases --fields`); empty where not recorded. JSON names
    /// each.
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "fields_by_name"
    )]
    pub fields: Vec<String>,
}

/// A case from the history of the system an office replaces: its own
/// number, and only what that system knew (findings, a close).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoricCase {
    pub number: String,
    pub received: NaiveDate,
    pub incident_date: Option<NaiveDate>,
    pub source: Source,
    pub criminal: bool,
    pub closed: Option<NaiveDate>,
    pub out_of_time: bool,
    pub complainants: Vec<String>,
    pub summary: String,
    pub allegations: Vec<HistoricAllegation>,
    /// The case's optional fields (`model::CASE_FIELDS`) the file gave.
    pub fields: std::collections::BTreeMap<String, String>,
}

/// An allegation of a historic case, with its finding (result, reason,
/// date) if it had one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoricAllegation {
    pub officer_name: String,
    pub badge: String,
    pub category: String,
    pub finding: Option<(String, Option<String>, NaiveDate)>,
    /// The allegation's optional fields the file gave (unit,
    /// demographics).
    pub fields: std::collections::BTreeMap<String, String>,
}

// ---- Matters (policy reviews, issued reports) ----

#[derive(Debug, Clone, Serialize)]
pub struct Matter {
    #[serde(skip)]
    pub id: i64,
    #[serde(rename = "id")]
    pub number: String,
    pub kind: String,
    pub title: String,
    pub body: String,
    pub recipients: Vec<String>,
    pub implementation: Option<NaiveDate>,
    pub emergency: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatterEventRecord {
    pub id: i64,
    pub event: String,
    pub date: NaiveDate,
    pub result: Option<String>,
    pub recipient: Option<String>,
    pub note: Option<String>,
}

// ---- Officers and the monitoring list ----

/// An officer as a record of its own: badge, the name on file, employment.
#[derive(Debug, Clone, Serialize)]
pub struct Officer {
    pub badge: String,
    pub name: String,
    pub status: String,
}

/// One allegation against an officer, with its case and finding.
#[derive(Debug, Clone, Serialize)]
pub struct OfficerAllegation {
    pub case: String,
    pub received: NaiveDate,
    pub case_status: String,
    pub allegation: i64,
    pub category: String,
    pub finding: Option<String>,
    pub finding_reason: Option<String>,
    pub finding_date: Option<NaiveDate>,
}

/// A row of the monitoring list.
#[derive(Debug, Clone, Serialize)]
pub struct MonitoredOfficer {
    pub badge: String,
    pub name: String,
    /// Cases (not allegations) received in the window.
    pub complaints: usize,
    /// Numbers of those cases that are closed; open ones are only counted
    /// (Fla. Stat. 112.533(2)(a)).
    pub cases: Vec<String>,
    /// Those still under investigation (the office's list only; the public
    /// list counts no open case).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_cases: Option<usize>,
    /// No badge: an identity built from an imported file's other columns
    /// (`model::NAME_IDENTITY`), never one of the badges.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub identified_by_name: bool,
}

// ---- Rows the annual report counts ----

/// The deadlines of one rule due in a period: how many, how many met, and
/// how many still open; the rest were missed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineTally {
    pub rule: String,
    pub met: i64,
    pub open: i64,
    pub due: i64,
}

/// The deadlines of every rule due in a period, counted as [`DeadlineTally`]
/// counts one rule's: how many, how many met, how many still open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeadlineCounts {
    pub met: i64,
    pub open: i64,
    pub due: i64,
}

impl DeadlineCounts {
    /// The sum of the tallies of each rule.
    pub fn of<'a>(tallies: impl IntoIterator<Item = &'a DeadlineTally>) -> Self {
        tallies
            .into_iter()
            .fold(Self::default(), |c, t| DeadlineCounts {
                met: c.met + t.met,
                open: c.open + t.open,
                due: c.due + t.due,
            })
    }

    /// Due, not met and no longer open.
    pub fn missed(&self) -> i64 {
        self.due - self.met - self.open
    }
}

/// Per investigator: (login, their cases' deadlines of a rule) and (login,
/// open cases); see `Tx::by_investigator`.
pub type ByInvestigator = (Vec<(String, DeadlineTally)>, Vec<(String, i64)>);

/// A case closed in the period.
#[derive(Debug, Clone)]
pub struct ClosedCase {
    pub received: NaiveDate,
    pub closed: NaiveDate,
    pub out_of_time: bool,
}

/// One allegation of a case the Chief responded to in the period. A
/// year's are many (97,697 at a million cases) and their words few: each
/// word is shared by the rows that have it, not copied into each.
#[derive(Debug, Clone, Serialize)]
pub struct ChiefComparison {
    pub case: Arc<str>,
    #[serde(serialize_with = "crate::model::serialize_date")]
    pub response_date: NaiveDate,
    pub concurs: Arc<str>,
    pub allegation: i64,
    pub category: Arc<str>,
    pub panel_finding: Option<Arc<str>>,
    pub department_finding: Option<Arc<str>>,
    pub discipline: Option<String>,
}

// ---- Subpoenas ----

#[derive(Debug, Clone, Serialize)]
pub struct Subpoena {
    pub id: i64,
    pub case: String,
    #[serde(skip)]
    pub case_id: i64,
    pub target: String,
    pub description: String,
    pub requested: NaiveDate,
    pub steps: Vec<SubpoenaStep>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubpoenaStep {
    pub step: String,
    pub date: NaiveDate,
    pub result: Option<String>,
    pub state_attorney_consulted: bool,
    pub yes: Option<u32>,
    pub no: Option<u32>,
    pub seated: Option<u32>,
    pub note: Option<String>,
}

/// A step to record.
#[derive(Debug, Clone, Default)]
pub struct NewSubpoenaStep {
    pub kind: String,
    pub date: Option<NaiveDate>,
    pub result: Option<String>,
    pub state_attorney: bool,
    pub vote: Option<(u32, u32, u32)>,
    pub note: Option<String>,
}

/// The optional fields of an export row as a JSON object, by name.
fn fields_by_name<S: serde::Serializer>(values: &[String], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(values.len()))?;
    for (name, value) in crate::model::FIELDS.iter().zip(values) {
        m.serialize_entry(name, value)?;
    }
    m.end()
}

/// What the login that opened a store may do there: everything (an SQLite
/// file, which is one person's; a server store's owner), or what the
/// server's group roles it holds allow (`ops::roles`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    Owner,
    /// The group roles held (`oversight_clerk`, ...).
    Roles(Vec<String>),
}

/// One value as the store keeps it: a cell of a store export (`export
/// store`), which carries every table as it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Bytes(Vec<u8>),
}

/// What a dump of the store hands over, in order: a table with its
/// columns, then each of its rows.
pub enum Dumped<'a> {
    Table(&'a str, &'a [String]),
    Row(&'a [Cell]),
}

/// Which cases a report counts: all of them (the office's), or only those
/// no longer under investigation on the given day, closed on or before it
/// (the public's: an open complaint is confidential, Fla. Stat.
/// 112.533(2)(a)); as of that day, so a report run later says the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    All,
    ClosedBy(NaiveDate),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_spells_each_byte_in_two_lower_case_digits_and_unhex_reads_it_back() {
        let bytes = [0x00, 0x0f, 0xa5, 0xff, 0x10];
        assert_eq!(hex(&bytes), "000fa5ff10");
        assert_eq!(unhex("000FA5ff10").unwrap(), bytes);
        let all: Vec<u8> = (0..=255).collect();
        let spelt: String = all.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex(&all), spelt);
        assert_eq!(unhex(&hex(&all)).unwrap(), all);
    }
}

//! What each write did to a case, kept beside the audit row that vouches
//! for it, so that replaying the log rebuilds the case (issue #11, point 4).
//!
//! A case's content is one JSON document ([`document`]): its record, and
//! its complainants, officers, allegations, events, fields and assignments
//! each keyed by their number, so that a change names what it touched. A
//! write's change is the JSON merge patch (RFC 7386) from the document
//! before to the document after (`set`), with the values it replaced or
//! removed (`was`). Replaying a case's changes in order rebuilds its
//! document ([`Replay`]): `verify` compares that with the tables, and
//! checks each change's `was` against what the replay had reached, so an
//! edit made outside oversight is caught and named even when a later write
//! through oversight changed the same case, or the same value.
//!
//! A merge patch cannot set a value to null (null removes it), so a
//! document has no nulls: an absent value is left out, as is an empty
//! list. Pure: no I/O.

use serde_json::{json, Map, Value};

use crate::store::records::CaseContent;

/// The case's content as the document its changes patch.
pub fn document(c: &CaseContent) -> Value {
    let mut doc = Map::new();
    doc.insert("case".into(), without_nulls(to_value(&c.case)));
    if c.imported {
        doc.insert("imported".into(), Value::Bool(true));
    }
    let numbered = |items: Vec<(String, Value)>| -> Option<Value> {
        (!items.is_empty()).then(|| Value::Object(items.into_iter().collect()))
    };
    let parts = [
        (
            "complainants",
            numbered(
                c.complainants
                    .iter()
                    .enumerate()
                    .map(|(i, name)| ((i + 1).to_string(), json!(name)))
                    .collect(),
            ),
        ),
        (
            "officers",
            numbered(
                c.officers
                    .iter()
                    .enumerate()
                    .map(|(i, (name, badge))| {
                        ((i + 1).to_string(), json!({"name": name, "badge": badge}))
                    })
                    .collect(),
            ),
        ),
        (
            "allegations",
            numbered(
                c.allegations
                    .iter()
                    .map(|(n, category, badge)| {
                        (n.to_string(), json!({"category": category, "badge": badge}))
                    })
                    .collect(),
            ),
        ),
        (
            "events",
            numbered(
                c.events
                    .iter()
                    .map(|e| {
                        let mut v = without_nulls(to_value(e));
                        if let Value::Object(m) = &mut v {
                            m.shift_remove("id");
                        }
                        (e.id.to_string(), v)
                    })
                    .collect(),
            ),
        ),
        ("fields", {
            let mut by_owner: Map<String, Value> = Map::new();
            for f in &c.fields {
                let owner = f.allegation.map_or("case".to_string(), |n| n.to_string());
                let entry = by_owner
                    .entry(owner)
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(m) = entry {
                    m.insert(f.name.clone(), json!(f.value));
                }
            }
            (!by_owner.is_empty()).then_some(Value::Object(by_owner))
        }),
        (
            "assignments",
            numbered(
                c.assignments
                    .iter()
                    .enumerate()
                    .map(|(i, a)| ((i + 1).to_string(), without_nulls(to_value(a))))
                    .collect(),
            ),
        ),
    ];
    for (name, part) in parts {
        if let Some(part) = part {
            doc.insert(name.into(), part);
        }
    }
    // A subpoena, and each of its steps by subpoena and place ("3/1").
    let mut subpoenas = Map::new();
    let mut steps = Map::new();
    for sp in &c.subpoenas {
        let mut v = without_nulls(to_value(sp));
        if let Value::Object(m) = &mut v {
            for key in ["id", "case", "steps"] {
                m.shift_remove(key);
            }
        }
        subpoenas.insert(sp.id.to_string(), v);
        for (i, step) in sp.steps.iter().enumerate() {
            steps.insert(
                format!("{}/{}", sp.id, i + 1),
                without_nulls(to_value(step)),
            );
        }
    }
    let roster: Map<String, Value> = c
        .roster
        .iter()
        .map(|(badge, name)| (badge.clone(), json!(name)))
        .collect();
    for (name, part) in [
        ("subpoenas", subpoenas),
        ("subpoena_steps", steps),
        ("roster", roster),
    ] {
        if !part.is_empty() {
            doc.insert(name.into(), Value::Object(part));
        }
    }
    Value::Object(doc)
}

/// The change that records a case new to the log: `{"set": DOCUMENT}`,
/// the same text as [`change`] with no document before, written straight
/// from the case (an import records thousands: building the document as a
/// `Value` took two thirds of making a case's state). A case with
/// subpoenas, or whose parts would repeat a key, is written through
/// [`document`].
pub fn new_case_change(c: &CaseContent) -> String {
    let mut out = Vec::with_capacity(2048);
    out.extend_from_slice(b"{\"set\":");
    if !write_document(&mut out, c) {
        return change(None, &document(c));
    }
    out.push(b'}');
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Write `c`'s document as `document(c)` would print it; false (with
/// `out` unfinished) where that takes the `Value`'s own rules: subpoenas,
/// or a key met twice in one part.
fn write_document(out: &mut Vec<u8>, c: &CaseContent) -> bool {
    let allegations_increase = c.allegations.windows(2).all(|w| w[0].0 < w[1].0);
    let events_increase = c.events.windows(2).all(|w| w[0].id < w[1].id);
    let badges_distinct = c
        .roster
        .iter()
        .enumerate()
        .all(|(i, (badge, _))| !c.roster[..i].iter().any(|(b, _)| b == badge));
    if !c.subpoenas.is_empty() || !allegations_increase || !events_increase || !badges_distinct {
        return false;
    }
    let mut doc = JsonObject::new(out);
    let case = &c.case;
    doc.object("case", |o| {
        o.put("case", &case.number);
        o.put("received", &case.received);
        o.opt("incident_date", &case.incident_date);
        o.opt("aware_date", &case.aware_date);
        o.put("source", &case.source);
        o.put("criminal", &case.criminal);
        o.put("anonymous", &case.anonymous);
        o.put("summary", &case.summary);
        o.put("status", &case.status);
        o.opt("closed", &case.closed);
        o.put("out_of_time", &case.out_of_time);
        o.opt("late_vote", &case.late_vote);
        o.put("created_at", &case.created_at);
        o.put("created_by", &case.created_by);
    });
    if c.imported {
        doc.put("imported", &true);
    }
    let number = |i: usize| (i + 1).to_string();
    doc.part("complainants", &c.complainants, |o, i, name| {
        o.put(&number(i), name)
    });
    doc.part("officers", &c.officers, |o, i, (name, badge)| {
        o.object(&number(i), |officer| {
            officer.put("name", name);
            officer.put("badge", badge);
        })
    });
    doc.part(
        "allegations",
        &c.allegations,
        |o, _, (n, category, badge)| {
            o.object(&n.to_string(), |a| {
                a.put("category", category);
                a.put("badge", badge);
            })
        },
    );
    doc.part("events", &c.events, |o, _, e| {
        o.object(&e.id.to_string(), |ev| {
            ev.put("kind", &e.kind);
            ev.put("date", &e.date);
            ev.opt("result", &e.result);
            ev.opt("note", &e.note);
            ev.opt("until", &e.until);
            ev.opt("allegation", &e.allegation);
            ev.opt("reason", &e.reason);
            ev.opt("supersedes", &e.supersedes);
            ev.opt("superseded_by", &e.superseded_by);
            ev.put("recorded_at", &e.recorded_at);
            ev.put("recorded_by", &e.recorded_by);
        })
    });
    // By owner, each owner where it first comes, each name where it first
    // comes with the last value given (a map's insertion).
    let mut owners: Vec<(String, Vec<(&str, &str)>)> = Vec::new();
    for f in &c.fields {
        let owner = f.allegation.map_or("case".to_string(), |n| n.to_string());
        let at = match owners.iter().position(|(o, _)| *o == owner) {
            Some(at) => at,
            None => {
                owners.push((owner, Vec::new()));
                owners.len() - 1
            }
        };
        let names = &mut owners[at].1;
        match names.iter_mut().find(|(name, _)| *name == f.name) {
            Some(named) => named.1 = &f.value,
            None => names.push((&f.name, &f.value)),
        }
    }
    doc.part("fields", &owners, |o, _, (owner, names)| {
        o.object(owner, |f| {
            for (name, value) in names {
                f.put(name, value);
            }
        })
    });
    doc.part("assignments", &c.assignments, |o, i, a| {
        o.object(&number(i), |given| {
            given.put("login", &a.login);
            given.put("date", &a.date);
            given.put("recorded_at", &a.recorded_at);
            given.put("recorded_by", &a.recorded_by);
        })
    });
    doc.part("roster", &c.roster, |o, _, (badge, name)| {
        o.put(badge, name)
    });
    doc.end();
    true
}

/// A JSON object written member by member, as serde_json prints a `Value`.
struct JsonObject<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> JsonObject<'a> {
    fn new(out: &'a mut Vec<u8>) -> Self {
        out.push(b'{');
        JsonObject { out, first: true }
    }

    /// A member's key; its value is written next.
    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        serde_json::to_writer(&mut *self.out, key).expect("writing to memory");
        self.out.push(b':');
    }

    fn put<T: serde::Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        self.key(key);
        serde_json::to_writer(&mut *self.out, value).expect("a case's parts serialise");
    }

    /// A member left out when it has no value (a document has no nulls).
    fn opt<T: serde::Serialize>(&mut self, key: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.put(key, v);
        }
    }

    /// A member whose value is an object, written by `members`.
    fn object(&mut self, key: &str, members: impl FnOnce(&mut JsonObject)) {
        self.key(key);
        let mut o = JsonObject::new(self.out);
        members(&mut o);
        o.end();
    }

    /// A part of the document: an object with a member for each item,
    /// left out when there are none (a document has no empty lists).
    fn part<T>(
        &mut self,
        key: &str,
        items: &[T],
        mut member: impl FnMut(&mut JsonObject, usize, &T),
    ) {
        if !items.is_empty() {
            self.object(key, |o| {
                for (i, item) in items.iter().enumerate() {
                    member(o, i, item);
                }
            });
        }
    }

    fn end(self) {
        self.out.push(b'}');
    }
}

fn to_value<T: serde::Serialize>(t: &T) -> Value {
    serde_json::to_value(t).expect("a case's parts serialise")
}

fn without_nulls(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The change from `before` (none: the case is new to the log) to
/// `after`, as stored: `{"set": PATCH}`, with `"was": VALUES` when it
/// replaced or removed something.
pub fn change(before: Option<&Value>, after: &Value) -> String {
    let Some(before) = before else {
        // New to the log: the whole case, replacing nothing.
        return format!("{{\"set\":{after}}}");
    };
    let empty = Value::Object(Map::new());
    let set = merge_diff(before, after).unwrap_or(empty);
    let mut out = Map::new();
    let was = replaced(before, &set);
    out.insert("set".into(), set);
    if let Some(was) = was {
        out.insert("was".into(), was);
    }
    Value::Object(out).to_string()
}

/// Changes deflated as stored, and back (raw DEFLATE, RFC 1951), with one
/// compressor kept for every change of a write: making one costs more
/// than deflating a case. libdeflate deflates, whole buffers at a time: a
/// case's change (about 1 KB of JSON) at level 1 in 8-10 µs and to 395
/// bytes, where miniz_oxide (flate2's) took 20 µs and 415 bytes (20,000
/// changes of the bench's store, each compressor kept). Any inflater reads
/// what it writes: flate2 inflates.
pub struct Packer {
    deflate: libdeflater::Compressor,
    inflate: flate2::Decompress,
}

impl Default for Packer {
    fn default() -> Self {
        Packer {
            deflate: libdeflater::Compressor::new(
                libdeflater::CompressionLvl::new(PACK_LEVEL).expect("a level libdeflate has"),
            ),
            inflate: flate2::Decompress::new(false),
        }
    }
}

/// libdeflate's level: 1 is the fastest, and deflates a case's change as
/// small as the others up to 6 (within 1%).
const PACK_LEVEL: i32 = 1;

impl Packer {
    /// A change as stored.
    pub fn pack(&mut self, change: &str) -> Vec<u8> {
        let input = change.as_bytes();
        let mut out = vec![0; self.deflate.deflate_compress_bound(input.len())];
        let n = self
            .deflate
            .deflate_compress(input, &mut out)
            .expect("the bound holds the deflated change");
        out.truncate(n);
        out
    }

    /// A stored change's JSON.
    pub fn unpack(&mut self, stored: &[u8]) -> Result<String, String> {
        self.inflate.reset(false);
        let bad = |why: &str| format!("its change cannot be read ({why})");
        let mut out = Vec::with_capacity(stored.len() * 4 + 64);
        loop {
            let (read, wrote) = (self.inflate.total_in(), self.inflate.total_out());
            let status = self
                .inflate
                .decompress_vec(
                    &stored[read as usize..],
                    &mut out,
                    // Finish would ask for the whole answer in the room
                    // given at once.
                    flate2::FlushDecompress::None,
                )
                .map_err(|e| bad(&e.to_string()))?;
            if status == flate2::Status::StreamEnd {
                break;
            }
            if out.len() < out.capacity()
                && (self.inflate.total_in(), self.inflate.total_out()) == (read, wrote)
            {
                return Err(bad("cut short"));
            }
            out.reserve(out.capacity().max(64));
        }
        String::from_utf8(out).map_err(|_| bad("not text"))
    }
}

/// The merge patch that takes `before` to `after` (none when they are
/// equal).
fn merge_diff(before: &Value, after: &Value) -> Option<Value> {
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            let mut patch = Map::new();
            for (k, av) in a {
                match b.get(k) {
                    None => {
                        patch.insert(k.clone(), av.clone());
                    }
                    Some(bv) => {
                        if let Some(d) = merge_diff(bv, av) {
                            patch.insert(k.clone(), d);
                        }
                    }
                }
            }
            for k in b.keys() {
                if !a.contains_key(k) {
                    patch.insert(k.clone(), Value::Null);
                }
            }
            (!patch.is_empty()).then_some(Value::Object(patch))
        }
        _ => (before != after).then(|| after.clone()),
    }
}

/// Apply a merge patch (RFC 7386).
fn apply(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(p) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            let Value::Object(t) = target else {
                unreachable!("made an object above")
            };
            for (k, v) in p {
                if v.is_null() {
                    t.shift_remove(k);
                } else {
                    apply(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        other => *target = other.clone(),
    }
}

/// The values of `before` that `patch` replaces or removes (none when it
/// only adds).
fn replaced(before: &Value, patch: &Value) -> Option<Value> {
    match (before, patch) {
        (Value::Object(b), Value::Object(p)) => {
            let mut was = Map::new();
            for (k, pv) in p {
                if let Some(x) = b.get(k).and_then(|bv| replaced(bv, pv)) {
                    was.insert(k.clone(), x);
                }
            }
            (!was.is_empty()).then_some(Value::Object(was))
        }
        _ => Some(before.clone()),
    }
}

/// One value that differs between two documents: where, and what each
/// has there (none: absent).
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub path: Vec<String>,
    /// What the log (replayed) has.
    pub log: Option<Value>,
    /// What the store's tables have.
    pub tables: Option<Value>,
}

impl Difference {
    /// In words, with what the store and the log say: "complainant 1's
    /// name: the store has 'Mallory', the audit log has 'Jane Doe'".
    pub fn describe(&self, store: &str, log: &str) -> String {
        format!(
            "{}: {store} {}, {log} {}",
            describe_path(&self.path),
            shown(self.tables.as_ref()),
            shown(self.log.as_ref())
        )
    }
}

fn shown(v: Option<&Value>) -> String {
    match v {
        None => "nothing".into(),
        Some(Value::String(s)) => format!("'{s}'"),
        Some(v) => v.to_string(),
    }
}

/// A path through a document in words.
fn describe_path(path: &[String]) -> String {
    let p: Vec<&str> = path.iter().map(String::as_str).collect();
    let field = |f: &str| f.replace('_', " ");
    match p.as_slice() {
        ["case", "case"] => "its case number".into(),
        ["case", f, ..] => format!("its {}", field(f)),
        ["imported"] => "whether it was imported".into(),
        ["complainants", n] => format!("complainant {n}'s name"),
        ["officers", n] => format!("officer {n}"),
        ["officers", n, f, ..] => format!("officer {n}'s {}", field(f)),
        ["allegations", n] => format!("allegation {n}"),
        ["allegations", n, f, ..] => format!("allegation {n}'s {}", field(f)),
        ["events", n] => format!("event {n}"),
        ["events", n, f, ..] => format!("event {n}'s {}", field(f)),
        ["fields", "case", f] => format!("its field {f}"),
        ["fields", n, f] => format!("allegation {n}'s field {f}"),
        ["subpoenas", n] => format!("subpoena {n}"),
        ["subpoenas", n, f, ..] => format!("subpoena {n}'s {}", field(f)),
        ["subpoena_steps", k] => format!("subpoena step {k}"),
        ["subpoena_steps", k, f, ..] => format!("subpoena step {k}'s {}", field(f)),
        ["roster", badge] => format!("the roster's name for badge {badge}"),
        ["assignments", n] => format!("assignment {n}"),
        ["assignments", n, f, ..] => format!("assignment {n}'s {}", field(f)),
        [] => "the case".into(),
        _ => path.join("."),
    }
}

/// Where `log` and `tables` differ, leaf by leaf, in the documents' order.
pub fn differences(log: &Value, tables: &Value) -> Vec<Difference> {
    let mut out = Vec::new();
    if log == tables {
        return out;
    }
    walk(&mut Vec::new(), Some(log), Some(tables), &mut out);
    out
}

fn walk(
    path: &mut Vec<String>,
    log: Option<&Value>,
    tables: Option<&Value>,
    out: &mut Vec<Difference>,
) {
    // The document and its lists are gone into even when one side has
    // none; an entry of a list (an event, an officer) is named whole.
    let depth = if path.first().is_some_and(|p| p == "fields") {
        3
    } else {
        2
    };
    let empty = Map::new();
    let object = |v: Option<&'_ Value>| -> bool {
        matches!(v, Some(Value::Object(_))) || (v.is_none() && path.len() < depth)
    };
    if object(log) && object(tables) {
        let of = |v: Option<&Value>| match v {
            Some(Value::Object(m)) => m.clone(),
            _ => empty.clone(),
        };
        let (l, t) = (of(log), of(tables));
        let keys: Vec<String> = l
            .keys()
            .chain(t.keys().filter(|k| !l.contains_key(*k)))
            .cloned()
            .collect();
        for k in keys {
            path.push(k.clone());
            walk(path, l.get(&k), t.get(&k), out);
            path.pop();
        }
    } else if log != tables {
        out.push(Difference {
            path: path.clone(),
            log: log.cloned(),
            tables: tables.cloned(),
        });
    }
}

/// A stored change in words, a line for each value: added ("its status:
/// 'open'"), replaced ("its status: 'open' -> 'closed'") or removed ("its
/// closed: '2025-05-01' removed"); a new entry of a list on one line
/// ("event 7: kind 'presented', date '2025-03-04'").
pub fn described(change: &str) -> Result<Vec<String>, String> {
    let stored = Stored::parse(change)?;
    let mut out = Vec::new();
    lines(&mut Vec::new(), &stored.set, stored.was.as_ref(), &mut out);
    Ok(out)
}

/// A stored change read back: the merge patch, and what it replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub set: Value,
    pub was: Option<Value>,
}

impl Stored {
    /// A change's JSON, as [`change`] wrote it.
    pub fn parse(text: &str) -> Result<Stored, String> {
        let mut stored: Value =
            serde_json::from_str(text).map_err(|e| format!("its change is not JSON ({e})"))?;
        let set = stored
            .get_mut("set")
            .map(Value::take)
            .ok_or_else(|| "its change has no \"set\"".to_string())?;
        let was = stored.get_mut("was").map(Value::take);
        Ok(Stored { set, was })
    }
}

fn lines(path: &mut Vec<String>, set: &Value, was: Option<&Value>, out: &mut Vec<String>) {
    let depth = if path.first().is_some_and(|p| p == "fields") {
        3
    } else {
        2
    };
    match (set, was) {
        (Value::Object(m), _) if path.len() < depth || was.is_some_and(Value::is_object) => {
            for (k, v) in m {
                path.push(k.clone());
                lines(path, v, was.and_then(|w| w.get(k)), out);
                path.pop();
            }
        }
        (Value::Object(m), _) => {
            let parts: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{} {}", k.replace('_', " "), shown(Some(v))))
                .collect();
            out.push(format!("{}: {}", describe_path(path), parts.join(", ")));
        }
        (Value::Null, w) => out.push(format!("{}: {} removed", describe_path(path), shown(w))),
        (v, Some(w)) => out.push(format!(
            "{}: {} -> {}",
            describe_path(path),
            shown(Some(w)),
            shown(Some(v))
        )),
        (v, None) => out.push(format!("{}: {}", describe_path(path), shown(Some(v)))),
    }
}

/// A case's changes replayed in the order they were written.
#[derive(Debug, Default)]
pub struct Replay {
    /// The document so far; none before the first change, or after a state
    /// recorded without one (written before schema 10): from there the log
    /// holds only digests, and replay starts again at the next change,
    /// which then holds the whole case.
    doc: Option<Value>,
}

/// A change that does not follow from the replay before it: the data were
/// changed outside oversight before the write that made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// What the write found, where it differs from the log.
    pub differences: Vec<Difference>,
}

impl Replay {
    /// Apply one recorded state's change (none: a state from before
    /// schema 10). Returns what the write found that the log did not have.
    pub fn step(&mut self, change: Option<&str>) -> Result<Option<Fault>, String> {
        let Some(text) = change else {
            self.doc = None;
            return Ok(None);
        };
        let Stored { set, was } = Stored::parse(text)?;
        let Some(doc) = &mut self.doc else {
            let mut doc = Value::Object(Map::new());
            apply(&mut doc, &set);
            self.doc = Some(doc);
            return Ok(None);
        };
        let expected = replaced(doc, &set);
        let fault = (expected != was).then(|| {
            let empty = Value::Object(Map::new());
            let found = was.as_ref().unwrap_or(&empty);
            let had = expected.as_ref().unwrap_or(&empty);
            Fault {
                differences: differences(had, found),
            }
        });
        apply(doc, &set);
        Ok(fault)
    }

    /// The document replayed, if the log holds every change since the
    /// case's last digest-only state.
    pub fn document(&self) -> Option<&Value> {
        self.doc.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn replay(changes: &[String]) -> Value {
        let mut r = Replay::default();
        for c in changes {
            assert_eq!(r.step(Some(c)).unwrap(), None);
        }
        r.document().unwrap().clone()
    }

    #[test]
    fn a_new_case_is_set_whole_and_a_step_only_what_it_adds() {
        let v1 = json!({"case": {"case": "2025-0001", "status": "open"},
                        "complainants": {"1": "Jane Doe"}});
        let c1 = change(None, &v1);
        assert_eq!(c1, json!({"set": v1}).to_string());
        let v2 = json!({"case": {"case": "2025-0001", "status": "open"},
                        "complainants": {"1": "Jane Doe"},
                        "events": {"7": {"kind": "presented", "date": "2025-03-04"}}});
        let c2 = change(Some(&v1), &v2);
        assert_eq!(
            c2,
            r#"{"set":{"events":{"7":{"kind":"presented","date":"2025-03-04"}}}}"#
        );
        assert_eq!(replay(&[c1, c2]), v2);
    }

    #[test]
    fn a_replacement_keeps_what_was_there() {
        let v1 = json!({"case": {"status": "open", "summary": "a"}});
        let v2 = json!({"case": {"status": "closed", "closed": "2025-05-01", "summary": "a"}});
        assert_eq!(
            change(Some(&v1), &v2),
            r#"{"set":{"case":{"status":"closed","closed":"2025-05-01"}},"was":{"case":{"status":"open"}}}"#
        );
        // Reopened: the close date removed.
        assert_eq!(
            change(Some(&v2), &v1),
            r#"{"set":{"case":{"status":"open","closed":null}},"was":{"case":{"status":"closed","closed":"2025-05-01"}}}"#
        );
    }

    #[test]
    fn an_unchanged_case_records_an_empty_change() {
        let v = json!({"case": {"status": "open"}});
        assert_eq!(change(Some(&v), &v), r#"{"set":{}}"#);
    }

    #[test]
    fn an_edit_outside_oversight_before_a_write_is_a_fault_naming_it() {
        let v1 = json!({"complainants": {"1": "Jane Doe"}, "case": {"summary": "s"}});
        // Someone edits the name with SQL; oversight then corrects it.
        let edited = json!({"complainants": {"1": "Mallory"}, "case": {"summary": "s"}});
        let corrected = json!({"complainants": {"1": "Jane Q. Doe"}, "case": {"summary": "s"}});
        let mut r = Replay::default();
        assert_eq!(r.step(Some(&change(None, &v1))).unwrap(), None);
        let fault = r
            .step(Some(&change(Some(&edited), &corrected)))
            .unwrap()
            .expect("a fault");
        assert_eq!(
            fault.differences,
            vec![Difference {
                path: vec!["complainants".into(), "1".into()],
                log: Some(json!("Jane Doe")),
                tables: Some(json!("Mallory")),
            }]
        );
        assert_eq!(r.document(), Some(&corrected));
    }

    #[test]
    fn a_state_without_a_change_starts_the_replay_again() {
        let v1 = json!({"case": {"status": "open"}});
        let mut r = Replay::default();
        r.step(Some(&change(None, &v1))).unwrap();
        r.step(None).unwrap();
        assert_eq!(r.document(), None);
        r.step(Some(&change(None, &v1))).unwrap();
        assert_eq!(r.document(), Some(&v1));
        assert!(r.step(Some("not json")).is_err());
        let mut p = Packer::default();
        let c = change(None, &v1);
        let packed = p.pack(&c);
        assert_eq!(p.unpack(&packed).unwrap(), c);
        // One packer for many: each change is its own stream.
        let long = c.repeat(50);
        let packed_long = p.pack(&long);
        assert!(packed_long.len() < long.len() / 10);
        assert_eq!(p.unpack(&packed_long).unwrap(), long);
        assert_eq!(p.unpack(&packed).unwrap(), c);
        assert!(p.unpack(b"not deflated").is_err());
        assert!(p.unpack(&packed_long[..packed_long.len() / 2]).is_err());
        assert!(r.step(Some("{}")).is_err());
    }

    #[test]
    fn differences_are_named_in_words() {
        let log = json!({"case": {"case": "2025-0001", "received": "2025-01-02"},
                         "allegations": {"1": {"category": "Force", "badge": "4411"}},
                         "events": {"3": {"result": "sustained"}},
                         "fields": {"2": {"channel": "email"}}});
        let tables = json!({"case": {"case": "2025-0001", "received": "2025-01-03"},
                            "allegations": {"1": {"category": "Abuse", "badge": "4411"}},
                            "fields": {"2": {"channel": "email"}},
                            "officers": {"2": {"name": "X", "badge": "1"}}});
        let said: Vec<String> = differences(&log, &tables)
            .iter()
            .map(|d| d.describe("the store has", "the audit log has"))
            .collect();
        assert_eq!(
            said,
            [
                "its received: the store has '2025-01-03', the audit log has '2025-01-02'",
                "allegation 1's category: the store has 'Abuse', the audit log has 'Force'",
                r#"event 3: the store has nothing, the audit log has {"result":"sustained"}"#,
                r#"officer 2: the store has {"name":"X","badge":"1"}, the audit log has nothing"#,
            ]
        );
    }

    #[test]
    fn a_change_is_told_in_words() {
        let v1 = json!({"case": {"status": "open", "closed": "2025-05-01"},
                        "complainants": {"1": "Jane Doe"}});
        let v2 = json!({"case": {"status": "closed"},
                        "complainants": {"1": "Jane Doe"},
                        "events": {"7": {"kind": "close", "date": "2025-06-01"}}});
        assert_eq!(
            described(&change(Some(&v1), &v2)).unwrap(),
            [
                "its status: 'open' -> 'closed'",
                "its closed: '2025-05-01' removed",
                "event 7: kind 'close', date '2025-06-01'",
            ]
        );
        assert_eq!(
            described(&change(None, &v1)).unwrap(),
            [
                "its status: 'open'",
                "its closed: '2025-05-01'",
                "complainant 1's name: 'Jane Doe'",
            ]
        );
        assert!(described("[]").is_err());
    }

    /// A case with every part, and every optional value given (`full`)
    /// or none.
    fn content(full: bool) -> CaseContent {
        use crate::model::{Source, Vote};
        use crate::ops::testing::d;
        use crate::store::records::*;
        let some = |s: &str| full.then(|| s.to_string());
        let event = |id: i64, kind: &str| EventRecord {
            id,
            event: Event {
                kind: kind.into(),
                date: d("2025-02-03"),
                result: some("sustained \"in part\""),
                note: some("line\nbreak"),
                until: full.then(|| d("2025-03-01")),
                allegation: full.then_some(1),
                reason: some("r"),
                supersedes: full.then_some(id - 1),
            },
            superseded_by: full.then_some(id + 1),
            recorded_at: "2026-01-01T00:00:00Z".into(),
            recorded_by: "clerk".into(),
        };
        CaseContent {
            case: CaseRecord {
                id: 7,
                number: "2025-0001".into(),
                received: d("2025-01-02"),
                incident_date: full.then(|| d("2024-12-30")),
                aware_date: full.then(|| d("2024-12-31")),
                source: Source::Direct,
                criminal: full,
                anonymous: !full,
                summary: "Stopped \u{1}, searched; « fouillé »".into(),
                status: "open".into(),
                closed: full.then(|| d("2025-06-01")),
                out_of_time: full,
                late_vote: full.then_some(Vote {
                    date: d("2025-01-20"),
                    yes: 8,
                    no: 2,
                    seated: full.then_some(12),
                }),
                created_at: "2026-01-01T00:00:00Z".into(),
                created_by: "investigator".into(),
                imported: full,
            },
            imported: full,
            complainants: vec!["Jane Doe".into(), "John \"Q\" Roe".into()],
            officers: vec![
                ("P. O. Smith".into(), "4411".into()),
                ("X".into(), "unknown".into()),
            ],
            allegations: vec![
                (1, "Force".into(), "4411".into()),
                (3, "Abuse".into(), "unknown".into()),
            ],
            events: vec![event(10, "received"), event(12, "finding")],
            fields: vec![
                FieldValue {
                    allegation: None,
                    name: "channel".into(),
                    value: "email".into(),
                },
                FieldValue {
                    allegation: Some(1),
                    name: "unit".into(),
                    value: "PSA 2".into(),
                },
                FieldValue {
                    allegation: Some(1),
                    name: "unit".into(),
                    value: "PSA 3".into(),
                },
                FieldValue {
                    allegation: Some(3),
                    name: "a".into(),
                    value: "b".into(),
                },
                FieldValue {
                    allegation: None,
                    name: "z".into(),
                    value: "late".into(),
                },
            ],
            assignments: vec![Assignment {
                login: "ana".into(),
                date: d("2025-01-03"),
                recorded_at: "2026-01-01T00:00:00Z".into(),
                recorded_by: "director".into(),
            }],
            roster: vec![("4411".into(), "Pat Smith".into())],
            subpoenas: vec![],
        }
    }

    /// A new case's change written straight is the change through its
    /// document, byte for byte: every part, each optional value given and
    /// not (a field added to a record and not to `write_document` fails
    /// here); where the document's map would fold a repeated key, the
    /// document is used.
    #[test]
    fn a_new_case_s_change_is_written_as_its_document_prints() {
        for full in [true, false] {
            let c = content(full);
            assert_eq!(
                new_case_change(&c),
                change(None, &document(&c)),
                "full: {full}"
            );
            let mut bare = c.clone();
            bare.complainants.clear();
            bare.officers.clear();
            bare.allegations.clear();
            bare.events.clear();
            bare.fields.clear();
            bare.assignments.clear();
            bare.roster.clear();
            assert_eq!(new_case_change(&bare), change(None, &document(&bare)));
        }
        let mut c = content(true);
        c.roster.push(("4411".into(), "Other".into()));
        c.allegations.push((2, "Late".into(), "4411".into()));
        c.events.push(crate::store::records::EventRecord {
            id: 11,
            ..c.events[0].clone()
        });
        let mut out = Vec::new();
        assert!(!write_document(&mut out, &c));
        assert_eq!(new_case_change(&c), change(None, &document(&c)));
    }

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            (0i64..5).prop_map(|n| json!(n)),
            "[a-c]{0,2}".prop_map(Value::String),
        ]
    }

    /// Documents as `document` makes them: objects without nulls or
    /// empty objects.
    fn doc() -> impl Strategy<Value = Value> {
        leaf().prop_recursive(3, 24, 4, |inner| {
            prop::collection::btree_map("[a-d]", inner, 1..4)
                .prop_map(|m| Value::Object(m.into_iter().collect()))
        })
    }

    proptest! {
        #[test]
        fn replaying_changes_rebuilds_every_document(docs in prop::collection::vec(doc(), 1..5)) {
            let docs: Vec<Value> = docs
                .into_iter()
                .map(|d| if d.is_object() { d } else { json!({"v": d}) })
                .collect();
            let mut before: Option<&Value> = None;
            let mut r = Replay::default();
            for d in &docs {
                prop_assert_eq!(r.step(Some(&change(before, d))).unwrap(), None);
                prop_assert_eq!(r.document(), Some(d));
                prop_assert!(differences(r.document().unwrap(), d).is_empty());
                before = Some(d);
            }
        }
    }
}

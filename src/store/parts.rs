//! A read in parts shared by two connections in one snapshot
//! ([`Store::read_parts`]): the annual report's figures, read at once on a
//! machine with two cores.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;

use super::{postgres, sqlite, Law, Location, Store, Tx};
use crate::error::Result;

/// One part of a read that [`Store::read_parts`] shares out: it reads in
/// the transaction it is given, on either connection.
pub type ReadPart<B> = Box<dyn Fn(&Tx) -> Result<B> + Send + Sync>;

/// The parts of a read, each taken once, in order, by whichever
/// connection is free first.
struct Parts<B> {
    parts: Vec<ReadPart<B>>,
    next: AtomicUsize,
}

impl<B> Parts<B> {
    /// The next part not yet taken.
    fn take(&self) -> Option<usize> {
        let i = self.next.fetch_add(1, Ordering::SeqCst);
        (i < self.parts.len()).then_some(i)
    }

    /// Whether every part is taken.
    fn all_taken(&self) -> bool {
        self.next.load(Ordering::SeqCst) >= self.parts.len()
    }

    /// The second connection's share: the parts it takes, each answered
    /// as it is read.
    fn read_taken(&self, tx: &Tx, done: &Sender<(usize, Result<B>)>) {
        while let Some(i) = self.take() {
            if done.send((i, (self.parts[i])(tx))).is_err() {
                return;
            }
        }
    }

    /// The first connection's share, then the second's answers: every
    /// part read, in the parts' order. A part the second connection took
    /// and could not read (it failed, its thread ended) is read on `t`.
    fn read_rest(&self, t: &Tx, answers: Receiver<(usize, Result<B>)>) -> Result<Vec<B>> {
        let mut read: Vec<Option<B>> = self.parts.iter().map(|_| None).collect();
        while let Some(i) = self.take() {
            read[i] = Some((self.parts[i])(t)?);
        }
        // Waited for only while a part taken by the second is outstanding:
        // a second connection that never began took none.
        let mut outstanding = read.iter().filter(|r| r.is_none()).count();
        while outstanding > 0 {
            let Ok((i, answer)) = answers.recv() else {
                break;
            };
            outstanding -= 1;
            if let Ok(b) = answer {
                read[i] = Some(b);
            }
        }
        read.into_iter()
            .enumerate()
            .map(|(i, b)| match b {
                Some(b) => Ok(b),
                None => (self.parts[i])(t),
            })
            .collect()
    }
}

impl Store {
    /// Read `parts` in one snapshot, two at a time where the engine
    /// allows: this connection and a second one each take the next part
    /// not yet taken (so the caller puts the longest first), and the
    /// answers come back in the parts' order. On a server the second
    /// connection, of the same login, takes up the first one's snapshot and
    /// locks the `tables` the parts read at once (as `pg_dump --jobs`
    /// does); should every part be taken before it has (a slow or full
    /// server, a pooler that makes it wait, a lock someone is waiting for),
    /// it reads none, and where the server will not export the snapshot
    /// there is no second connection. On a file, see
    /// [`Store::read_parts_of_file`]. A part the second connection fails to
    /// read is read on the first. The answer is the same either way.
    pub fn read_parts<B: Send + 'static>(
        &mut self,
        tables: &'static [&'static str],
        parts: Vec<ReadPart<B>>,
    ) -> Result<Vec<B>> {
        let parts = Arc::new(Parts {
            parts,
            next: AtomicUsize::new(0),
        });
        let url = match &self.location {
            Location::Server(url) => url.clone(),
            Location::File(path) => {
                let path = path.clone();
                return self.read_parts_of_file(path, parts);
            }
        };
        // What the second connection needs of the store (owned: it runs on
        // its own thread).
        let (who, prefix, text) = (
            self.who.clone(),
            self.case_prefix.clone(),
            self.law.text.clone(),
        );
        let t = self.begin(false)?;
        let (done, answers) = channel();
        // None where the login may not export it (its use revoked).
        if let Some(snapshot) = postgres::export_snapshot(&t.tx)? {
            let second = parts.clone();
            // No thread to be had: the one transaction reads them all.
            let _ = std::thread::Builder::new().spawn(move || {
                let law = Law::new(text, None);
                let Some(mut server) = (!second.all_taken())
                    .then(|| postgres::second_connection(&url))
                    .flatten()
                else {
                    return;
                };
                let Ok(db) = postgres::in_snapshot(&mut server, &snapshot, tables) else {
                    return;
                };
                second.read_taken(&Tx::new(db, &who, &law, &prefix), &done);
            });
        }
        parts.read_rest(&t, answers)
    }

    /// [`Store::read_parts`] on a file: the second connection's read
    /// begins in the same state of the file as the first's, both begun
    /// while a [`sqlite::Gate`] keeps any write from committing. With no
    /// gate to be had at once (a writer at work, a read-only file), no
    /// thread, or a second connection that fails to begin, the first
    /// connection reads every part.
    fn read_parts_of_file<B: Send + 'static>(
        &mut self,
        path: PathBuf,
        parts: Arc<Parts<B>>,
    ) -> Result<Vec<B>> {
        let (who, prefix, text) = (
            self.who.clone(),
            self.case_prefix.clone(),
            self.law.text.clone(),
        );
        let gate = sqlite::Gate::shut(&path);
        let t = self.begin(false)?;
        let (done, answers) = channel();
        let Some(gate) = gate else {
            drop(done);
            return parts.read_rest(&t, answers);
        };
        sqlite::pin(&t.tx)?;
        let (begun, has_begun) = channel();
        let second = parts.clone();
        let spawned = std::thread::Builder::new().spawn(move || {
            let law = Law::new(text, None);
            let Ok(mut conn) = sqlite::second_reader(&path) else {
                return;
            };
            let Ok(db) = sqlite::transaction(&mut conn, false) else {
                return;
            };
            if sqlite::pin(&db).is_err() || begun.send(()).is_err() {
                return;
            }
            second.read_taken(&Tx::new(db, &who, &law, &prefix), &done);
        });
        // Both have begun (or the second never will: it took no part, and
        // its sender is gone): writers may go on.
        if spawned.is_ok() {
            let _ = has_begun.recv();
        }
        drop(gate);
        parts.read_rest(&t, answers)
    }
}

//! The session's writer thread: local edits, as [`Snapshot`]s, written to the shared
//! document off the UI thread, in the order they were made. Writing takes samod's
//! lock on the document and, when it lets go, samod works out what to send to every
//! peer (most of the cost of an edit on a large map); edits that queued meanwhile
//! are written together as one change, so a burst pays that once, and the others
//! sync one change instead of many.
//!
//! The UI thread is the only one that queues, and it reads others' changes only when
//! the queue is empty ([`Writer::settled`]): the heads the project is in line with
//! are then the writer's to move while it writes and the reader's while it reads.

use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use automerge::ChangeHash;
use samod::DocHandle;

use super::SyncError;
use super::schema::SchemaError;
use super::snapshot::{self, Snapshot};

/// How many snapshots may wait: a person's edits never fill it (the writer takes a
/// few milliseconds per batch); a program editing flat out waits for the writer
/// rather than piling up copies.
const QUEUE: usize = 64;

/// What the writer and the UI thread share.
pub(super) struct Line {
    /// Snapshots queued and not yet written.
    pub pending: usize,
    /// The document's heads the project is in line with: what changed since is
    /// someone else's.
    pub heads: Vec<ChangeHash>,
    /// The first write that failed since the UI thread last looked.
    pub error: Option<SchemaError>,
}

struct Shared {
    line: Mutex<Line>,
    settled: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Line> {
        self.line.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

pub(super) struct Writer {
    queue: Option<SyncSender<Snapshot>>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Writer {
    /// Starts writing to `doc`, whose state the project is in line with at `heads`.
    /// `written` is called after each batch (the app looks again then, if it held
    /// back from reading while we wrote).
    pub fn start(
        doc: DocHandle,
        heads: Vec<ChangeHash>,
        written: impl Fn() + Send + 'static,
    ) -> Result<Self, SyncError> {
        let shared = Arc::new(Shared {
            line: Mutex::new(Line {
                pending: 0,
                heads,
                error: None,
            }),
            settled: Condvar::new(),
        });
        let (queue, snapshots) = mpsc::sync_channel(QUEUE);
        let thread = {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name("journeymap-live-writer".into())
                .spawn(move || write_all(&doc, &shared, &snapshots, &written))
                .map_err(SyncError::Start)?
        };
        Ok(Self {
            queue: Some(queue),
            shared,
            thread: Some(thread),
        })
    }

    /// Queues local edits to be written; returns a write that failed earlier.
    pub fn send(&self, snapshot: Snapshot) -> Result<(), SyncError> {
        {
            let mut line = self.shared.lock();
            if let Some(e) = line.error.take() {
                return Err(e.into());
            }
            if snapshot.is_empty() {
                return Ok(());
            }
            line.pending += 1;
        }
        // Not under the lock: a full queue waits for the writer, which needs it.
        let sent = self.queue.as_ref().map(|q| q.send(snapshot));
        if !matches!(sent, Some(Ok(()))) {
            self.shared.lock().pending -= 1;
            return Err(SyncError::Stopped);
        }
        Ok(())
    }

    /// Whether edits are queued or being written.
    pub fn busy(&self) -> bool {
        self.shared.lock().pending > 0
    }

    /// Waits until every queued edit is written (or the writer has stopped), and
    /// holds the line meanwhile: nothing is written while the guard lives.
    pub fn settled(&self) -> MutexGuard<'_, Line> {
        let mut line = self.shared.lock();
        while line.pending > 0 && !self.thread.as_ref().is_none_or(JoinHandle::is_finished) {
            line = self
                .shared
                .settled
                .wait_timeout(line, Duration::from_millis(50))
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        line
    }
}

impl Drop for Writer {
    /// Writes what is queued, then stops.
    fn drop(&mut self) {
        self.queue = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The writer thread: writes each snapshot as it comes, those waiting together.
fn write_all(doc: &DocHandle, shared: &Shared, snapshots: &Receiver<Snapshot>, written: &dyn Fn()) {
    while let Ok(first) = snapshots.recv() {
        let batch: Vec<Snapshot> = std::iter::once(first).chain(snapshots.try_iter()).collect();
        let mut heads = shared.lock().heads.clone();
        let outcome = doc.with_document(|doc| {
            let in_line = snapshot::write_at(doc, &heads, &batch)?;
            // Our own change need not be read back, unless others' arrived before
            // it.
            if in_line {
                heads = doc.get_heads();
            }
            Ok::<_, SchemaError>(())
        });
        let mut line = shared.lock();
        line.heads = heads;
        line.pending = line.pending.saturating_sub(batch.len());
        if line.error.is_none() {
            line.error = outcome.err();
        }
        drop(line);
        shared.settled.notify_all();
        written();
    }
}

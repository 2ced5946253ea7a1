//! Autosave for crash recovery ([`crate::io::recovery`]): within a second of a
//! change the unsaved project is copied into the app's recovery slot, on a thread;
//! saving empties the slot, and so does closing. At start, work left by an app that
//! is gone (a crash, a power cut, a kill) is offered back, newest first.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant, SystemTime};

use super::{JourneyApp, Modal, StatusLevel};
use crate::document::Document;
use crate::i18n::Said;
use crate::io::recovery::{Orphan, Slot, orphans};
use crate::t;

/// How long after a copy the next one may start (changes in between wait).
const PAUSE: Duration = Duration::from_millis(800);

/// The answer to "Restore unsaved work?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverAnswer {
    Restore,
    Discard,
    /// Keep it for the next start.
    Later,
}

#[derive(Debug, Default)]
pub struct Autosave {
    slot: Option<Slot>,
    /// The revision last copied, or seen saved.
    done: u64,
    /// The slot holds a copy.
    has_copy: bool,
    last: Option<Instant>,
    job: Option<Receiver<Result<(), Said>>>,
    /// Left by apps that are gone, not yet answered.
    orphans: Vec<Orphan>,
    /// Why there is no slot, said once.
    problem: Option<Said>,
}

impl Autosave {
    /// Looks for work left behind in `dir`, then takes a slot there.
    pub fn start(dir: Option<&Path>) -> Self {
        let Some(dir) = dir else {
            return Self::default();
        };
        let found = orphans(dir);
        match Slot::open(dir) {
            Ok(slot) => Self {
                slot: Some(slot),
                orphans: found,
                ..Self::default()
            },
            Err(e) => Self {
                orphans: found,
                problem: Some(Said::new(|| {
                    t!(
                        "recovery-slot-unavailable",
                        dir = dir.display().to_string(),
                        error = crate::io::plain_io(&e)
                    )
                })),
                ..Self::default()
            },
        }
    }
}

impl JourneyApp {
    /// Copies unsaved work into the recovery slot when it changed (each frame).
    pub(crate) fn autosave_step(&mut self) {
        if let Some(problem) = self.autosave.problem.take() {
            self.tell(StatusLevel::Warning, problem);
        }
        if let Some(job) = &self.autosave.job {
            match job.try_recv() {
                Ok(Ok(())) => {
                    self.autosave.has_copy = true;
                    self.autosave.job = None;
                }
                Ok(Err(e)) => {
                    self.autosave.job = None;
                    self.tell(StatusLevel::Warning, e);
                }
                Err(TryRecvError::Empty) => {
                    self.ctx.request_repaint_after(Duration::from_millis(100));
                    return;
                }
                Err(TryRecvError::Disconnected) => self.autosave.job = None,
            }
        }
        let Some(slot) = &self.autosave.slot else {
            return;
        };
        let revision = self.doc.revision();
        if !self.doc.is_dirty() {
            if self.autosave.has_copy {
                slot.clear();
                self.autosave.has_copy = false;
            }
            self.autosave.done = revision;
            return;
        }
        if revision == self.autosave.done {
            return;
        }
        let since = self.autosave.last.map_or(PAUSE, |t| t.elapsed());
        if since < PAUSE {
            self.ctx.request_repaint_after(PAUSE.saturating_sub(since));
            return;
        }
        let target = slot.target();
        let project = self.doc.project().clone();
        let path: Option<PathBuf> = self.doc.path().map(Path::to_owned);
        let (tx, rx) = mpsc::channel();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(target.write(&project, path.as_deref()));
            ctx.request_repaint();
        });
        self.autosave.job = Some(rx);
        self.autosave.done = revision;
        self.autosave.last = Some(Instant::now());
    }

    /// Asks about the next work left behind, if nothing else is being asked.
    pub(crate) fn offer_recovery(&mut self) {
        if self.modal.is_none()
            && let Some(orphan) = self.autosave.orphans.first()
        {
            self.modal = Some(Modal::Recover(orphan.clone()));
        }
    }

    pub(crate) fn answer_recovery(&mut self, answer: RecoverAnswer) {
        let Some(Modal::Recover(orphan)) = self.modal.take() else {
            return;
        };
        self.autosave.orphans.retain(|o| *o != orphan);
        match answer {
            RecoverAnswer::Restore => match crate::io::load(&orphan.file) {
                Ok(loaded) => {
                    let name = recovered_name(&orphan);
                    self.replace_document(Document::recovered(
                        loaded.project,
                        orphan.original.clone(),
                    ));
                    orphan.discard();
                    self.say(StatusLevel::Info, || {
                        t!("recovery-restored", name = name.as_str())
                    });
                }
                Err(e) => {
                    self.show_error(
                        || t!("recovery-restore-failed"),
                        || t!("recovery-restore-failed-detail", error = e.user_message()),
                    );
                    return;
                }
            },
            RecoverAnswer::Discard => orphan.discard(),
            RecoverAnswer::Later => {}
        }
        self.offer_recovery();
    }
}

/// "“map.ron”" or "an untitled project".
pub fn recovered_name(orphan: &Orphan) -> String {
    orphan.original.as_ref().map_or_else(
        || t!("recovery-untitled-project").to_owned(),
        |p| {
            t!(
                "recovery-quoted-name",
                name = p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                )
            )
        },
    )
}

/// "3 minutes ago", for when a copy was written.
pub fn ago(written: SystemTime) -> String {
    let secs = written.elapsed().map_or(0, |d| d.as_secs());
    match secs {
        0..60 => t!("recovery-ago-under-a-minute").to_owned(),
        60..120 => t!("recovery-ago-a-minute").to_owned(),
        120..3600 => t!("recovery-ago-minutes", count = secs / 60),
        3600..7200 => t!("recovery-ago-an-hour").to_owned(),
        7200..86_400 => t!("recovery-ago-hours", count = secs / 3600),
        86_400..172_800 => t!("recovery-ago-yesterday").to_owned(),
        _ => t!("recovery-ago-days", count = secs / 86_400),
    }
}

//! The app's side of a live session: starting one (this app is the server) or
//! joining one (on a thread: the server may take seconds to answer), and every frame
//! our edits written to the session and others' applied to the open project.

use std::sync::mpsc;

use super::{JourneyApp, Modal, StatusLevel};
use crate::document::Document;
use crate::i18n::Said;
use crate::model::{CardId, JourneyId, Project, Rgb};
use crate::sync::{self, Hosting, Link, Options, Presence, Session, SharedTimer, SyncError};
use crate::ui::canvas::presence::Outline;
use crate::{said, t};

/// What being together in a session adds to the app: our colour, whether we follow
/// the facilitator, and the facilitator's timer as last taken in.
#[derive(Debug, Default)]
pub struct Together {
    pub color: Rgb,
    pub following: bool,
    /// Following put us into presentation mode (and takes us out with them).
    presented_by_following: bool,
    timer: Option<SharedTimer>,
    /// Who else is here, as last heard (taken once a frame).
    people: Vec<Presence>,
}

/// A session being started (its shared document made on a thread).
pub struct Starting {
    result: mpsc::Receiver<Result<Session, SyncError>>,
    in_app: bool,
}

/// A join under way.
pub struct Joining {
    pub link: Link,
    /// Joining the session the open file was saved in: its map takes the file's
    /// place, and the file stays the document's file.
    rejoin: bool,
    result: mpsc::Receiver<Result<(Session, Project), SyncError>>,
}

/// What the live dialogs show.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveModal {
    /// "Start live session": on this laptop, or through a sync server.
    Start {
        use_server: bool,
        server: String,
        error: Option<Said>,
    },
    /// The running session: its links and codes.
    Info,
    /// "Join live session": the link typed or pasted.
    Join { text: String, error: Option<Said> },
}

impl JourneyApp {
    /// Workshop › Start live session: asks where to host, or shows the running
    /// session's links.
    pub(crate) fn ask_start_live(&mut self) {
        self.modal = Some(Modal::Live(if self.live.is_some() {
            LiveModal::Info
        } else {
            LiveModal::Start {
                use_server: !self.prefs.live_server.trim().is_empty(),
                server: self.prefs.live_server.clone(),
                error: None,
            }
        }));
    }

    /// Shares the open project: this laptop is the server, or `server` is.
    pub(crate) fn start_live(&mut self, server: Option<String>) {
        if self.starting.is_some() || self.joining.is_some() {
            return;
        }
        if self.live.is_some() {
            self.modal = Some(Modal::Live(LiveModal::Info));
            return;
        }
        let hosting = match &server {
            None => Hosting::InApp {
                bind: std::net::SocketAddr::from((std::net::Ipv4Addr::UNSPECIFIED, self.live_port)),
            },
            Some(text) => match url::Url::parse(text.trim()) {
                Ok(url) if matches!(url.scheme(), "ws" | "wss") => Hosting::Server(url),
                _ => {
                    self.modal = Some(Modal::Live(LiveModal::Start {
                        use_server: true,
                        server: text.clone(),
                        error: Some(said!("live-error-server-address")),
                    }));
                    return;
                }
            },
        };
        self.prefs.live_server = server.unwrap_or_default();
        let options = self.live_options();
        // The shared document is made from the project as it is now, on a thread
        // (seconds for a very large map); edits made meanwhile are noted from here
        // on and written to it when it is ready.
        self.doc.start_live();
        let project = self.doc.project().clone();
        let (send, result) = mpsc::channel();
        let ctx = self.ctx.clone();
        let in_app = matches!(hosting, Hosting::InApp { .. });
        std::thread::spawn(move || {
            let _ = send.send(Session::host(&project, &hosting, &options));
            ctx.request_repaint();
        });
        self.starting = Some(Starting { result, in_app });
        self.modal = None;
        self.say(StatusLevel::Info, || t!("live-starting"));
    }

    /// A session started on its thread: shared, or why not.
    fn started(&mut self, result: Result<Session, SyncError>, in_app: bool) {
        match result {
            Ok(session) => {
                self.doc.set_live_record(Some(crate::io::LiveRecord {
                    link: session.link().to_string(),
                    host: in_app,
                    viewers_code: session.viewer_link().and_then(|l| l.code.clone()),
                }));
                self.attach(session);
                self.say(StatusLevel::Success, || t!("live-started"));
                if self.modal.is_none() {
                    self.modal = Some(Modal::Live(LiveModal::Info));
                }
            }
            Err(e) => {
                self.doc.stop_live();
                self.show_error(|| t!("live-error-start"), || e.to_string());
            }
        }
    }

    /// Starts joining the session `text` names (a join link).
    pub(crate) fn join_live(&mut self, text: &str) {
        self.join_live_as(text, false);
    }

    /// A file saved in a live session: hosts it again (this laptop hosted it) or
    /// joins it again. Where that fails, the file stays open alone.
    pub(crate) fn rejoin_live(&mut self) {
        let Some(record) = self.doc.live_record().cloned() else {
            return;
        };
        if self.live.is_some() || self.joining.is_some() {
            return;
        }
        if !record.host {
            self.join_live_as(&record.link, true);
            return;
        }
        let resumed = record
            .link
            .parse::<Link>()
            .map_err(SyncError::from)
            .and_then(|link| {
                Session::resume_host(&link, record.viewers_code.as_deref(), &self.live_options())
            });
        match resumed {
            Ok((session, project)) => {
                self.doc.take_shared(project);
                self.doc.start_live();
                self.doc.set_live_record(Some(crate::io::LiveRecord {
                    link: session.link().to_string(),
                    ..record
                }));
                self.attach(session);
                self.keep_selection_valid();
                self.say(StatusLevel::Success, || t!("live-hosting-again"));
            }
            Err(e) => self.say(StatusLevel::Warning, || {
                t!("live-error-host-again", error = e.to_string())
            }),
        }
    }

    fn join_live_as(&mut self, text: &str, rejoin: bool) {
        let link: Link = match text.parse() {
            Ok(link) => link,
            Err(e) => {
                self.modal = Some(Modal::Live(LiveModal::Join {
                    text: text.to_owned(),
                    error: Some(Said::new(|| crate::io::capitalize(&e.to_string()))),
                }));
                return;
            }
        };
        // Already in that session, or on the way (the file opened rejoins it).
        let same = |other: &Link| other.document == link.document;
        if self.joining.as_ref().is_some_and(|j| same(&j.link))
            || self.live.as_ref().is_some_and(|s| same(s.link()))
        {
            self.modal = None;
            return;
        }
        let (send, result) = mpsc::channel();
        let options = self.live_options();
        let ctx = self.ctx.clone();
        let joining = link.clone();
        std::thread::spawn(move || {
            let _ = send.send(Session::join(&joining, &options));
            ctx.request_repaint();
        });
        if !rejoin {
            self.modal = None;
        }
        self.joining = Some(Joining {
            link,
            rejoin,
            result,
        });
        self.say(StatusLevel::Info, || t!("live-joining"));
    }

    /// Leaves the session; the project stays open as it is now.
    pub(crate) fn stop_live(&mut self) {
        if self.live.is_some() {
            self.doc.set_live_record(None);
        }
        self.doc.stop_live();
        self.starting = None;
        self.canvas.others.clear();
        self.together = Together::default();
        if self.live.take().is_some() {
            self.say(StatusLevel::Info, || t!("live-left"));
        }
        self.modal = None;
    }

    fn live_options(&self) -> Options {
        Options {
            storage: self.live_storage.clone(),
            me: Presence {
                name: self.live_name(),
                ..Presence::default()
            },
        }
    }

    fn attach(&mut self, session: Session) {
        let ctx = self.ctx.clone();
        session.set_waker(move || ctx.request_repaint());
        // A colour of the avatar palette, picked at random so that two people in
        // one room rarely share one.
        let pick = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos() as usize / 7);
        self.together = Together {
            color: Rgb::palette(pick),
            ..Together::default()
        };
        self.live = Some(session);
    }

    /// What we tell the others: who we are, what we look at and select, the stage
    /// we present and (the facilitator) the timer.
    fn my_presence(&self) -> Presence {
        let host = self
            .live
            .as_ref()
            .is_some_and(|l| l.role() == sync::Role::Host);
        let journey = self
            .selection
            .journey
            .and_then(|id| self.doc.project().journey(id));
        let presenting = self.canvas.presenting.as_ref().and_then(|p| {
            let journey = journey?;
            // Stage 0: the whole journey (Home).
            let stage = if p.overview {
                0
            } else {
                journey.stages.get(p.stage)?.id.0
            };
            Some((journey.id.0, stage))
        });
        let c = self.together.color;
        Presence {
            name: self.live_name(),
            color: [c.r, c.g, c.b],
            facilitator: host,
            viewer: self.live_viewer(),
            journey: journey.map(|j| j.id.0),
            selection: self.canvas.selection.cards.iter().map(|c| c.0).collect(),
            presenting,
            timer: (host && (self.timer.shown || self.timer.touched()))
                .then(|| self.timer.shared()),
            ..Presence::default()
        }
    }

    /// Says our presence (sent only when it changed), shows others' selections on
    /// the map, follows the facilitator's timer and (when asked) their stage.
    fn be_together(&mut self) {
        let me = self.my_presence();
        let Some(live) = &mut self.live else {
            return;
        };
        live.set_presence(me);
        self.together.people = live.others();
        let others = &self.together.people;
        let journey = self.selection.journey.map(|j| j.0);
        self.canvas.others = others
            .iter()
            .filter(|p| p.journey.is_some() && p.journey == journey && !p.selection.is_empty())
            .map(|p| Outline {
                name: p.name.clone(),
                color: Rgb::new(p.color[0], p.color[1], p.color[2]),
                cards: p.selection.iter().map(|&c| CardId(c)).collect(),
            })
            .collect();
        let Some(facilitator) = others.iter().find(|p| p.facilitator) else {
            return;
        };
        if facilitator.timer != self.together.timer {
            self.together.timer = facilitator.timer;
            if let Some(shared) = &facilitator.timer {
                self.timer.follow(shared);
            }
        }
        if self.together.following {
            self.follow_stage(facilitator.presenting);
        }
    }

    /// Shows the stage the facilitator presents (or leaves presentation with them).
    fn follow_stage(&mut self, presenting: Option<(u64, u64)>) {
        let Some((journey, stage)) = presenting else {
            if self.together.presented_by_following && self.canvas.presenting.is_some() {
                self.present(false);
                self.together.presented_by_following = false;
            }
            return;
        };
        let Some(shown) = self.doc.project().journey(JourneyId(journey)) else {
            return;
        };
        let index = shown.stages.iter().position(|s| s.id.0 == stage);
        self.selection.journey = Some(JourneyId(journey));
        if self.canvas.presenting.is_none() {
            self.present(true);
            self.together.presented_by_following = self.canvas.presenting.is_some();
        }
        if let Some(p) = &mut self.canvas.presenting {
            p.overview = index.is_none();
            if let Some(index) = index
                && p.stage != index
            {
                p.go_to(index);
            }
        }
    }

    /// Workshop › Follow facilitator.
    pub(crate) fn toggle_following(&mut self) {
        self.together.following = !self.together.following;
        let following = self.together.following;
        self.say(StatusLevel::Info, || {
            if following {
                t!("live-following")
            } else {
                t!("live-not-following")
            }
        });
    }

    /// Moving on our own in presentation mode stops following.
    pub(crate) fn stop_following(&mut self) {
        if self.together.following {
            self.together.following = false;
            self.together.presented_by_following = false;
            self.say(StatusLevel::Info, || t!("live-stopped-following"));
        }
    }

    /// Others in the session, in the order they came (the status bar lists them).
    pub fn live_people(&self) -> &[Presence] {
        &self.together.people
    }

    /// Every frame: a finished join opens its project; our changes go out, others'
    /// come in.
    pub(crate) fn live_step(&mut self) {
        if let Some(starting) = &self.starting
            && let Ok(result) = starting.result.try_recv()
        {
            let in_app = starting.in_app;
            self.starting = None;
            self.started(result, in_app);
        }
        if let Some(joining) = &self.joining
            && let Ok(result) = joining.result.try_recv()
        {
            let link = joining.link.clone();
            let rejoin = joining.rejoin;
            self.joining = None;
            match result {
                Ok((session, project)) if rejoin => {
                    self.doc.take_shared(project);
                    self.doc.start_live();
                    self.attach(session);
                    self.keep_selection_valid();
                    self.say(StatusLevel::Success, || t!("live-rejoined"));
                }
                Err(e) if rejoin => self.say(StatusLevel::Warning, || {
                    t!("live-error-rejoin", error = e.to_string())
                }),
                Ok((session, project)) => {
                    let mut doc = Document::untitled(project);
                    doc.start_live();
                    self.replace_document(doc);
                    self.doc.set_live_record(Some(crate::io::LiveRecord {
                        link: link.to_string(),
                        host: false,
                        viewers_code: None,
                    }));
                    self.attach(session);
                    let viewer = link.viewer;
                    self.say(StatusLevel::Success, || {
                        if viewer {
                            t!("live-joined-viewing")
                        } else {
                            t!("live-joined")
                        }
                    });
                }
                Err(e) => self.show_error(|| t!("live-error-join"), || e.to_string()),
            }
        }
        let Some(live) = &mut self.live else {
            return;
        };
        let changed = self.doc.take_changed();
        if let Err(e) = live.record(self.doc.project(), &changed) {
            self.say(StatusLevel::Error, || {
                t!("live-not-shared", error = e.to_string())
            });
            return;
        }
        // Others' changes are read once ours are written (the writer pokes then).
        if live.poked() && !live.writing() {
            let problems = live.receive(&mut self.doc);
            for p in problems {
                eprintln!("journeymap::app::live: a change from elsewhere did not apply: {p}");
            }
            self.keep_selection_valid();
        }
        self.be_together();
    }

    /// The status bar's words for the session, if one runs (or is being joined).
    /// The status bar's words for the session, and whether we are connected.
    pub(crate) fn live_label(&mut self) -> Option<(String, bool)> {
        if self.joining.is_some() {
            return Some((crate::t!("status-joining").to_owned(), false));
        }
        if self.starting.is_some() {
            return Some((crate::t!("status-starting").to_owned(), false));
        }
        self.live.as_mut().map(|l| {
            let status = l.status();
            (status.label(), status.is_live())
        })
    }

    /// Whether the open map is someone else's, shown to us read-only.
    pub fn live_viewer(&self) -> bool {
        self.live
            .as_ref()
            .is_some_and(|l| l.role() == sync::Role::Viewer)
    }

    /// The name others see: the one typed in the live dialogs, else the login name.
    pub(crate) fn live_name(&self) -> String {
        let typed = self.prefs.live_name.trim();
        if typed.is_empty() {
            whoami()
        } else {
            typed.to_owned()
        }
    }

    pub fn live_session(&self) -> Option<&Session> {
        self.live.as_ref()
    }
}

/// The name others see: the user's login name, else "Guest".
fn whoami() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| t!("live-guest").to_owned())
}

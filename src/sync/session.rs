//! A laptop's part in a live session: its samod repo on a small tokio runtime, the
//! shared document, and the bookkeeping between it and the open project (what we
//! wrote, what others wrote since we last looked).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use automerge::ChangeHash;
use futures::StreamExt;
use samod::{DialerHandle, DocHandle, PeerId, Repo};
use url::Url;

use super::connect::{
    JOIN_TIMEOUT, Waker, dial, find, new_peer, poker, refusal, repo, runtime, serve_in_app, watch,
};
use super::link::Link;
use super::presence::{Presence, Roster};
use super::remote::{self, Target};
use super::schema;
use super::server::{Codes, Listening, Viewers};
use super::snapshot::Snapshot;
use super::writer::Writer;
use super::ws::Refused;
use super::{Role, Status, SyncError};
use crate::edit::EntityRef;
use crate::model::Project;

/// Where a session keeps things and who we are.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// A folder where this laptop keeps the shared document between runs, so that
    /// work done offline survives the app being closed or killed; `None` keeps it in
    /// memory only.
    pub storage: Option<PathBuf>,
    /// Our name and colour, as others see them.
    pub me: Presence,
}

/// How a session is hosted.
#[derive(Clone, Debug)]
pub enum Hosting {
    /// This app is the server, listening at this address (port 0: any free port).
    InApp { bind: SocketAddr },
    /// A sync server everyone reaches (the app's `serve`, or automerge-repo's sync
    /// server), e.g. `wss://sync.example.org` or `ws://10.0.0.5:3030/?code=K7P2QX`.
    Server(Url),
}

impl Default for Hosting {
    fn default() -> Self {
        Hosting::InApp {
            bind: SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), super::DEFAULT_PORT),
        }
    }
}

pub struct Session {
    runtime: tokio::runtime::Runtime,
    repo: Repo,
    doc: DocHandle,
    /// Writes our edits to the document, and keeps the heads the project is in line
    /// with.
    writer: Writer,
    role: Role,
    link: Link,
    /// The viewers' link, when this app hosts.
    viewer_link: Option<Link>,
    dialer: Option<Arc<DialerHandle<Refused>>>,
    refused: Arc<Mutex<Option<String>>>,
    server: Option<Listening>,
    /// Set by the runtime when the document or the connection changed.
    poked: Arc<AtomicBool>,
    waker: Waker,
    roster: Arc<Mutex<Roster>>,
    me: Presence,
    peer: PeerId,
    /// The heads the server last said it has (kept when the connection drops), and
    /// the status worked out from them.
    acked: Arc<Mutex<Vec<ChangeHash>>>,
    /// Our changes the server lacks, counted for (acked heads, document heads).
    unsent: Option<(Vec<ChangeHash>, Vec<ChangeHash>, usize)>,
    status: Option<(Instant, Status)>,
}

impl Session {
    /// Shares `project` in a new live session.
    pub fn host(
        project: &Project,
        hosting: &Hosting,
        options: &Options,
    ) -> Result<Self, SyncError> {
        let runtime = runtime()?;
        let peer = new_peer();
        let viewers = Viewers::default();
        let doc = schema::new_document(project)?;
        let (repo, handle) = runtime.block_on(async {
            let repo = repo(options.storage.as_deref(), peer.clone(), viewers.clone()).await;
            let handle = repo.create(doc).await.map_err(|_| SyncError::Stopped)?;
            Ok::<_, SyncError>((repo, handle))
        })?;
        let refused = Arc::new(Mutex::new(None));
        let (link, viewer_link, dialer, server) = match hosting {
            Hosting::InApp { bind } => {
                let (link, viewer_link, listening) = runtime.block_on(serve_in_app(
                    &repo,
                    *bind,
                    Codes::new(),
                    viewers,
                    handle.document_id(),
                ))?;
                (link, Some(viewer_link), None, Some(listening))
            }
            Hosting::Server(url) => {
                let mut link: Link =
                    format!("{url}#{}", samod::AutomergeUrl::from(handle.document_id())).parse()?;
                link.viewer = false;
                let dialer = dial(&runtime, &repo, &link, &peer, &refused)?;
                runtime.block_on(async {
                    let connected = tokio::time::timeout(JOIN_TIMEOUT, dialer.established()).await;
                    match connected {
                        Ok(Ok(_)) => {}
                        Ok(Err(_)) => return Err(refusal(&refused, &link)),
                        Err(_) => return Err(SyncError::Unreachable(link.server.to_string())),
                    }
                    // Only the host makes the document; joiners find it once the
                    // server has it.
                    if let Some(conn) = dialer.connection_id() {
                        tokio::time::timeout(JOIN_TIMEOUT, handle.they_have_our_changes(conn))
                            .await
                            .map_err(|_| SyncError::Unreachable(link.server.to_string()))?;
                    }
                    Ok(())
                })?;
                (link, None, Some(dialer), None)
            }
        };
        let heads = handle.with_document(|d| d.get_heads());
        Self::running(
            runtime,
            repo,
            handle,
            heads,
            Role::Host,
            link,
            viewer_link,
            dialer,
            refused,
            server,
            options,
            peer,
        )
    }

    /// Hosts again, on this laptop, the session `link` names (this app hosted it and
    /// kept the shared map in [`Options::storage`]): the same document on the same
    /// port with the same join codes, so the links people hold still work. Returns
    /// the project as the kept document has it (with any edits not yet shared).
    pub fn resume_host(
        link: &Link,
        viewers_code: Option<&str>,
        options: &Options,
    ) -> Result<(Self, Project), SyncError> {
        let runtime = runtime()?;
        let peer = new_peer();
        let viewers = Viewers::default();
        let repo = runtime.block_on(repo(
            options.storage.as_deref(),
            peer.clone(),
            viewers.clone(),
        ));
        let kept = runtime.block_on(async {
            tokio::time::timeout(JOIN_TIMEOUT, repo.find(link.document.clone())).await
        });
        let Ok(Ok(Some(handle))) = kept else {
            return Err(SyncError::NotKept);
        };
        let codes = Codes {
            editor: link.code.clone().unwrap_or_else(super::link::new_code),
            viewer: viewers_code.map_or_else(super::link::new_code, str::to_owned),
        };
        // Where it listened: loopback stays loopback (tests), else every address.
        let ip = match link.server.host() {
            Some(url::Host::Ipv4(ip)) if ip.is_loopback() => IpAddr::V4(ip),
            _ => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        };
        let port = link.server.port().unwrap_or(super::DEFAULT_PORT);
        let (link, viewer_link, listening) = runtime.block_on(serve_in_app(
            &repo,
            SocketAddr::new(ip, port),
            codes,
            viewers,
            handle.document_id(),
        ))?;
        let (project, heads) = handle.with_document(|d| (schema::read_project(d), d.get_heads()));
        let project = project?;
        let session = Self::running(
            runtime,
            repo,
            handle,
            heads,
            Role::Host,
            link,
            Some(viewer_link),
            None,
            Arc::new(Mutex::new(None)),
            Some(listening),
            options,
            peer,
        )?;
        Ok((session, project))
    }

    /// Joins the session `link` names; returns the project as it is there. Waits
    /// (at most [`JOIN_TIMEOUT`]) for the server, unless this laptop kept the
    /// document from an earlier visit (then it opens offline).
    pub fn join(link: &Link, options: &Options) -> Result<(Self, Project), SyncError> {
        let runtime = runtime()?;
        let peer = new_peer();
        let refused = Arc::new(Mutex::new(None));
        let repo = runtime.block_on(repo(
            options.storage.as_deref(),
            peer.clone(),
            Viewers::default(),
        ));
        let dialer = dial(&runtime, &repo, link, &peer, &refused)?;
        let handle = runtime.block_on(find(&repo, &dialer, link, &refused))?;
        let (project, heads) = handle.with_document(|d| (schema::read_project(d), d.get_heads()));
        let project = project?;
        let role = if link.viewer {
            Role::Viewer
        } else {
            Role::Editor
        };
        let session = Self::running(
            runtime,
            repo,
            handle,
            heads,
            role,
            link.clone(),
            None,
            Some(dialer),
            refused,
            None,
            options,
            peer,
        )?;
        Ok((session, project))
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "the parts built by host and join"
    )]
    fn running(
        runtime: tokio::runtime::Runtime,
        repo: Repo,
        doc: DocHandle,
        heads: Vec<ChangeHash>,
        role: Role,
        link: Link,
        viewer_link: Option<Link>,
        dialer: Option<Arc<DialerHandle<Refused>>>,
        refused: Arc<Mutex<Option<String>>>,
        server: Option<Listening>,
        options: &Options,
        peer: PeerId,
    ) -> Result<Self, SyncError> {
        let poked = Arc::new(AtomicBool::new(true));
        let waker: Waker = Arc::new(Mutex::new(None));
        let roster = Arc::new(Mutex::new(Roster::default()));
        let poke = poker(poked.clone(), waker.clone());
        let writer = Writer::start(doc.clone(), heads, poke.clone())?;
        {
            let poke = poke.clone();
            let mut changes = doc.changes();
            runtime.spawn(async move {
                while changes.next().await.is_some() {
                    poke();
                }
            });
        }
        {
            let poke = poke.clone();
            let roster = roster.clone();
            let mut ephemera = doc.ephemera();
            runtime.spawn(async move {
                while let Some(message) = ephemera.next().await {
                    if let Ok(mut r) = roster.lock()
                        && r.receive(&message, Instant::now())
                    {
                        poke();
                    }
                }
            });
        }
        if let Some(dialer) = &dialer {
            watch(&runtime, dialer.clone(), poke.clone());
        }
        // Presence is said again every two seconds, so late joiners see everyone and
        // the gone fade out.
        {
            let doc = doc.clone();
            let roster = roster.clone();
            let poke = poke.clone();
            runtime.spawn(async move {
                let mut tick = tokio::time::interval(super::presence::HEARTBEAT);
                loop {
                    tick.tick().await;
                    let message = roster.lock().ok().and_then(|r| r.encode_mine());
                    if let Some(message) = message {
                        doc.broadcast(message);
                    }
                    if roster.lock().is_ok_and(|mut r| r.expire(Instant::now())) {
                        poke();
                    }
                }
            });
        }
        let acked = Arc::new(Mutex::new(Vec::new()));
        {
            let acked = acked.clone();
            let (now, mut changes) = doc.peers();
            runtime.spawn(async move {
                let mut peers = now;
                loop {
                    // A client has one connection: the server's.
                    let shared = peers.values().find_map(|p| p.shared_heads.clone());
                    if let (Some(heads), Ok(mut acked)) = (shared, acked.lock()) {
                        *acked = heads;
                    }
                    match changes.next().await {
                        Some(next) => peers = next,
                        None => break,
                    }
                }
            });
        }
        let mut session = Self {
            runtime,
            repo,
            doc,
            writer,
            role,
            link,
            viewer_link,
            dialer,
            refused,
            server,
            poked,
            waker,
            roster,
            me: Presence::default(),
            peer,
            acked,
            unsent: None,
            status: None,
        };
        session.set_presence(options.me.clone());
        Ok(session)
    }

    /// Called (on another thread) whenever something arrives: the app asks for a
    /// repaint there.
    pub fn set_waker(&self, waker: impl Fn() + Send + 'static) {
        if let Ok(mut w) = self.waker.lock() {
            *w = Some(Box::new(waker));
        }
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// The link editors join with.
    pub fn link(&self) -> &Link {
        &self.link
    }

    /// The link viewers join with (hosting on this app only).
    pub fn viewer_link(&self) -> Option<&Link> {
        self.viewer_link.as_ref()
    }

    /// Our peer id on the wire.
    pub fn peer(&self) -> &str {
        self.peer.as_str()
    }

    /// Shares what local edits changed (`changed`, as the project now has it), as
    /// one change. The UI thread only copies the touched items; the writer thread
    /// writes them. Returns a write that failed earlier. A viewer writes nothing.
    pub fn record(&mut self, project: &Project, changed: &[EntityRef]) -> Result<(), SyncError> {
        if self.role == Role::Viewer {
            return Ok(());
        }
        self.writer.send(Snapshot::take(project, changed))?;
        if !changed.is_empty() {
            self.status = None;
        }
        Ok(())
    }

    /// Waits until every local edit recorded is in the shared document (tests and
    /// benches; the app never waits).
    pub fn wait_written(&self) {
        drop(self.writer.settled());
    }

    /// Whether local edits are still being written (then [`Self::receive`] would
    /// wait for them: a frame loop looks again when they are written).
    pub fn writing(&self) -> bool {
        self.writer.busy()
    }

    /// Whether something arrived since the last [`Self::receive`] (cheap; for a
    /// frame loop).
    pub fn poked(&self) -> bool {
        self.poked.load(Ordering::Acquire)
    }

    /// Applies to `target` what others changed since we last looked (once our own
    /// queued edits are written). Returns the problems met (edits that no longer
    /// applied), for the log.
    pub fn receive<T: Target>(&mut self, target: &mut T) -> Vec<String> {
        self.poked.store(false, Ordering::Release);
        let mut line = self.writer.settled();
        let problems = self.doc.with_document(|doc| {
            let now = doc.get_heads();
            if now == line.heads {
                return Vec::new();
            }
            let problems = remote::apply_remote(doc, &line.heads, target);
            line.heads = now;
            problems
        });
        drop(line);
        self.status = None;
        problems
    }

    /// The whole project as the shared document has it now.
    pub fn project(&self) -> Result<Project, SyncError> {
        drop(self.writer.settled());
        Ok(self.doc.with_document(|d| schema::read_project(d))?)
    }

    /// Tells the others who we are and what we look at.
    pub fn set_presence(&mut self, me: Presence) {
        if me == self.me {
            return;
        }
        self.me = me.clone();
        let message = self.roster.lock().ok().and_then(|mut r| {
            r.set_mine(self.peer.as_str(), me);
            r.encode_mine()
        });
        if let Some(message) = message {
            self.doc.broadcast(message);
        }
    }

    /// Who else is here now, in the order they arrived.
    pub fn others(&self) -> Vec<Presence> {
        self.roster.lock().map(|r| r.others()).unwrap_or_default()
    }

    /// Where the session stands: connected or not, how many people, how many of our
    /// changes the server does not have yet.
    pub fn status(&mut self) -> Status {
        if let Some((at, status)) = &self.status
            && at.elapsed() < Duration::from_millis(250)
        {
            return status.clone();
        }
        // What is still queued counts as unsent: let it be written first (at a
        // person's pace the writer is idle; at worst this waits for one write).
        self.wait_written();
        let people = 1 + self.others().len();
        let refused = self.refused.lock().ok().and_then(|r| r.clone());
        let status = if self.server.is_some() {
            Status::Live {
                people,
                hosting: true,
            }
        } else {
            let acked = self.acked.lock().map(|a| a.clone()).unwrap_or_default();
            // Counted again only when the document or the server's heads moved.
            let heads = self.doc.with_document(|d| d.get_heads());
            let unsent = match &self.unsent {
                Some((a, h, n)) if *a == acked && *h == heads => *n,
                _ => {
                    let n = self
                        .doc
                        .with_document(|d| remote::own_changes_since(d, &acked));
                    self.unsent = Some((acked, heads, n));
                    n
                }
            };
            let connected = self.dialer.as_ref().is_some_and(|d| d.is_connected());
            if let Some(reason) = refused {
                Status::Refused(reason)
            } else if !connected {
                Status::Offline { unsent }
            } else if unsent > 0 {
                Status::Sending { unsent }
            } else {
                Status::Live {
                    people,
                    hosting: self.role == Role::Host,
                }
            }
        };
        self.status = Some((Instant::now(), status.clone()));
        status
    }

    /// Notes the heads the server says it has (while connected).
    /// Waits until the server has every change of ours (tests and the command line),
    /// at most `timeout`; returns whether it does.
    pub fn flush(&mut self, timeout: Duration) -> bool {
        drop(self.writer.settled());
        let Some(dialer) = &self.dialer else {
            return true;
        };
        let Some(conn) = dialer.connection_id() else {
            return false;
        };
        let waiting = self.doc.they_have_our_changes(conn);
        self.runtime
            .block_on(async { tokio::time::timeout(timeout, waiting).await.is_ok() })
    }

    /// Cuts this laptop off the network (a test's lost Wi-Fi); [`Self::reconnect`]
    /// dials again.
    pub fn disconnect(&mut self) {
        if let Some(dialer) = self.dialer.take() {
            dialer.close();
        }
        self.status = None;
    }

    /// Dials the server again after [`Self::disconnect`].
    pub fn reconnect(&mut self) -> Result<(), SyncError> {
        if self.dialer.is_none() && self.server.is_none() {
            let dialer = dial(
                &self.runtime,
                &self.repo,
                &self.link,
                &self.peer,
                &self.refused,
            )?;
            let poke = poker(self.poked.clone(), self.waker.clone());
            watch(&self.runtime, dialer.clone(), poke);
            self.dialer = Some(dialer);
        }
        self.status = None;
        Ok(())
    }

    /// Waits until connected to the server, at most `timeout`.
    pub fn wait_connected(&self, timeout: Duration) -> bool {
        let Some(dialer) = &self.dialer else {
            return self.server.is_some();
        };
        let established = dialer.established();
        self.runtime.block_on(async {
            matches!(tokio::time::timeout(timeout, established).await, Ok(Ok(_)))
        })
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // Our last edits go into the document (and its storage) before the repo stops.
        drop(self.writer.settled());
        self.server = None;
        if let Some(dialer) = self.dialer.take() {
            dialer.close();
        }
        let stop = self.repo.stop();
        let _ = self
            .runtime
            .block_on(async { tokio::time::timeout(Duration::from_secs(2), stop).await });
    }
}

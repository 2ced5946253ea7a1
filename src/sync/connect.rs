//! The plumbing under a live session: the small tokio runtime, the samod repo, the
//! app's own server started for a hosting laptop, dialling a server with backoff,
//! finding the shared document, and waking the app when something arrives.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use samod::{BackoffConfig, DialerHandle, DocHandle, PeerId, Repo};
use url::Url;

use super::SyncError;
use super::link::Link;
use super::server::{self, Codes, Listening, Viewers};
use super::ws::{JoinDialer, Refused};

/// How long joining waits for the server before saying it cannot be reached.
pub const JOIN_TIMEOUT: Duration = Duration::from_secs(20);

pub(super) fn runtime() -> Result<tokio::runtime::Runtime, SyncError> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("journeymap-live")
        .enable_all()
        .build()
        .map_err(SyncError::Start)
}

pub(super) async fn repo(storage: Option<&Path>, peer: PeerId, viewers: Viewers) -> Repo {
    let builder = Repo::build_tokio()
        .with_peer_id(peer)
        .with_share_policy(server::policy(viewers));
    match storage {
        Some(dir) => {
            builder
                .with_storage(samod::storage::TokioFilesystemStorage::new(dir))
                .load()
                .await
        }
        None => builder.load().await,
    }
}

/// Starts the app's own server for the document `id` and makes its links (with
/// this laptop's network address when it listens on all of them).
pub(super) async fn serve_in_app(
    repo: &Repo,
    bind: SocketAddr,
    codes: Codes,
    viewers: Viewers,
    id: &samod::DocumentId,
) -> Result<(Link, Link, Listening), SyncError> {
    let listening = server::listen(repo, bind, codes.clone(), viewers)
        .await
        .map_err(|e| SyncError::Listen(bind.to_string(), e))?;
    let ip = if listening.addr.ip().is_unspecified() {
        lan_address()
    } else {
        listening.addr.ip()
    };
    let server_url = Url::parse(&format!(
        "ws://{}/",
        SocketAddr::new(ip, listening.addr.port())
    ))
    .map_err(|e| SyncError::Link(super::LinkError::Url(e)))?;
    let link = Link {
        server: server_url,
        document: id.clone(),
        code: Some(codes.editor.clone()),
        viewer: false,
    };
    let viewer_link = Link {
        code: Some(codes.viewer.clone()),
        viewer: true,
        ..link.clone()
    };
    Ok((link, viewer_link, listening))
}

pub(super) fn new_peer() -> PeerId {
    PeerId::from(format!("journeymap-{:016x}", rand::random::<u64>()))
}

/// The address others on the network reach this laptop at (the one its default
/// route leaves from; no packet is sent), else loopback.
pub(super) fn lan_address() -> IpAddr {
    std::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| {
            s.connect((Ipv4Addr::new(192, 0, 2, 1), 9))?;
            s.local_addr()
        })
        .map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |a| a.ip())
}

pub(super) type Waker = Arc<Mutex<Option<Box<dyn Fn() + Send>>>>;

/// What the runtime calls when something arrives: marks it and wakes the app.
pub(super) fn poker(poked: Arc<AtomicBool>, waker: Waker) -> impl Fn() + Clone + Send + 'static {
    move || {
        poked.store(true, Ordering::Release);
        if let Ok(w) = waker.lock()
            && let Some(w) = w.as_ref()
        {
            w();
        }
    }
}

/// Pokes on every connection event of `dialer`.
pub(super) fn watch(
    runtime: &tokio::runtime::Runtime,
    dialer: Arc<DialerHandle<Refused>>,
    poke: impl Fn() + Send + 'static,
) {
    runtime.spawn(async move {
        let mut events = dialer.events();
        while events.next().await.is_some() {
            poke();
        }
    });
}

pub(super) fn dial(
    runtime: &tokio::runtime::Runtime,
    repo: &Repo,
    link: &Link,
    peer: &PeerId,
    refused: &Arc<Mutex<Option<String>>>,
) -> Result<Arc<DialerHandle<Refused>>, SyncError> {
    let dialer = JoinDialer {
        url: link.dial_url(peer.as_str()),
        refused: refused.clone(),
    };
    let backoff = BackoffConfig {
        initial_delay: Duration::from_millis(200),
        max_delay: Duration::from_secs(5),
        max_retries: None,
    };
    let _guard = runtime.enter();
    repo.dial(backoff, Arc::new(dialer))
        .map(Arc::new)
        .map_err(|_| SyncError::Stopped)
}

/// Looks for the session's document: in this laptop's storage (an earlier visit:
/// it opens offline), else from the server. A server that is reached but says it
/// has no such document is asked again for a moment (it may not have announced it
/// yet), then we say so.
pub(super) async fn find(
    repo: &Repo,
    dialer: &DialerHandle<Refused>,
    link: &Link,
    refused: &Arc<Mutex<Option<String>>>,
) -> Result<DocHandle, SyncError> {
    let start = Instant::now();
    let mut misses_while_connected = 0;
    loop {
        let left = JOIN_TIMEOUT.saturating_sub(start.elapsed());
        match tokio::time::timeout(left, repo.find(link.document.clone())).await {
            Ok(Ok(Some(handle))) => return Ok(handle),
            Ok(Err(_)) => return Err(SyncError::Stopped),
            // Not there (yet), or no answer in time.
            Ok(Ok(None)) | Err(_) => {}
        }
        if refused.lock().is_ok_and(|r| r.is_some()) {
            return Err(refusal(refused, link));
        }
        if dialer.is_connected() {
            misses_while_connected += 1;
            if misses_while_connected > 8 {
                return Err(SyncError::NoSuchMap(link.server.to_string()));
            }
        }
        if start.elapsed() >= JOIN_TIMEOUT {
            return Err(SyncError::Unreachable(link.server.to_string()));
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

pub(super) fn refusal(refused: &Arc<Mutex<Option<String>>>, link: &Link) -> SyncError {
    let reason = refused
        .lock()
        .ok()
        .and_then(|r| r.clone())
        .unwrap_or_else(|| crate::t!("msg-ws-refused").to_owned());
    SyncError::Refused(link.server.to_string(), reason)
}

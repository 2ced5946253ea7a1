//! The app's own sync server: samod's acceptor behind a WebSocket upgrade that lets in
//! only those who bring a join code. Editors and viewers have their own codes; a
//! viewer's changes are ignored (samod's read-only share), whatever its app does.
//! Used by a hosting app (its own repo is the server) and by `journeymap serve`.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use samod::{PeerId, Repo, ShareConfig};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::StatusCode;

use super::SyncError;
use super::connect::{lan_address, new_peer, repo, runtime};
use super::ws;

/// The codes that let people in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Codes {
    pub editor: String,
    pub viewer: String,
}

impl Codes {
    pub fn new() -> Self {
        Self {
            editor: super::link::new_code(),
            viewer: super::link::new_code(),
        }
    }
}

impl Codes {
    /// The codes a server keeps in its data folder (`codes`: the editors' code on
    /// the first line, the viewers' on the second), so that after a restart the
    /// links people hold still let them in; new ones are made and written there
    /// the first time. `editor` / `viewer` given on the command line win and are
    /// kept. Without a folder, the codes live as long as the server.
    pub fn kept_in(
        dir: Option<&std::path::Path>,
        editor: Option<&str>,
        viewer: Option<&str>,
    ) -> Result<Self, super::SyncError> {
        let path = dir.map(|d| d.join("codes"));
        let kept = path.as_ref().and_then(|p| std::fs::read_to_string(p).ok());
        let mut lines = kept.as_deref().unwrap_or("").lines().map(str::trim);
        let mut codes = Self::new();
        if let (Some(e), Some(v)) = (lines.next(), lines.next())
            && !e.is_empty()
            && !v.is_empty()
        {
            e.clone_into(&mut codes.editor);
            v.clone_into(&mut codes.viewer);
        }
        if let Some(e) = editor {
            e.clone_into(&mut codes.editor);
        }
        if let Some(v) = viewer {
            v.clone_into(&mut codes.viewer);
        }
        let text = format!("{}\n{}\n", codes.editor, codes.viewer);
        if let Some(path) = path
            && kept.as_deref() != Some(text.as_str())
        {
            path.parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, text))
                .map_err(|e| super::SyncError::CodesNotKept(path.clone(), e))?;
        }
        Ok(codes)
    }
}

impl Default for Codes {
    fn default() -> Self {
        Self::new()
    }
}

/// The peers let in with the viewers' code.
pub type Viewers = Arc<Mutex<BTreeSet<PeerId>>>;

/// The share policy of a server's repo: read-only for viewers, read-write otherwise.
pub fn policy(
    viewers: Viewers,
) -> impl Fn(samod::DocumentId, PeerId) -> futures::stream::Iter<std::array::IntoIter<ShareConfig, 1>>
+ Clone
+ Send
+ 'static {
    move |_doc, peer| {
        let viewer = viewers.lock().map_or(true, |v| v.contains(&peer));
        let config = if viewer {
            ShareConfig::read_only()
        } else {
            ShareConfig::read_write()
        };
        futures::stream::iter([config])
    }
}

/// A running server; it stops when dropped.
pub struct Listening {
    pub addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
    acceptor: samod::AcceptorHandle,
}

impl Listening {
    /// How many laptops are connected now.
    pub fn connections(&self) -> usize {
        self.acceptor.connection_count()
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.task.abort();
        self.acceptor.close();
    }
}

/// What a request to join brings: the role its code gives, or the refusal.
fn admit(request: &Request, codes: &Codes) -> Result<(PeerId, bool), (StatusCode, String)> {
    let query = request.uri().query().unwrap_or("");
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let viewer = match get("code").map(str::trim) {
        Some(code) if code.eq_ignore_ascii_case(&codes.editor) => false,
        Some(code) if code.eq_ignore_ascii_case(&codes.viewer) => true,
        Some(_) => {
            return Err((
                StatusCode::FORBIDDEN,
                crate::t!("msg-sync-wrong-code").to_owned(),
            ));
        }
        None => {
            return Err((
                StatusCode::UNAUTHORIZED,
                crate::t!("msg-sync-code-needed").to_owned(),
            ));
        }
    };
    match get("peer").filter(|p| !p.is_empty() && p.len() <= 128) {
        Some(peer) => Ok((PeerId::from(peer), viewer)),
        None => Err((
            StatusCode::BAD_REQUEST,
            crate::t!("msg-sync-no-peer").to_owned(),
        )),
    }
}

/// Listens on `bind` for laptops joining with one of `codes`; their connections join
/// `repo`, whose share policy must be [`policy`] of the same `viewers`.
pub async fn listen(
    repo: &Repo,
    bind: SocketAddr,
    codes: Codes,
    viewers: Viewers,
) -> std::io::Result<Listening> {
    let listener = TcpListener::bind(bind).await?;
    let addr = listener.local_addr()?;
    let acceptor = repo
        .make_acceptor(url::Url::parse(&format!("ws://{addr}/")).map_err(std::io::Error::other)?)
        .map_err(|_| std::io::Error::other(crate::t!("msg-sync-engine-stopped")))?;
    let accepting = acceptor.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, from)) = listener.accept().await else {
                continue;
            };
            let codes = codes.clone();
            let viewers = viewers.clone();
            let acceptor = accepting.clone();
            tokio::spawn(async move {
                let mut admitted = None;
                #[expect(clippy::result_large_err, reason = "tungstenite's callback type")]
                let callback = |request: &Request, response: Response| match admit(request, &codes)
                {
                    Ok(who) => {
                        admitted = Some(who);
                        Ok(response)
                    }
                    Err((status, text)) => {
                        eprintln!(
                            "{}",
                            crate::t!(
                                "log-refused",
                                from = from.to_string(),
                                reason = text.as_str()
                            )
                        );
                        let mut refusal = ErrorResponse::new(Some(text));
                        *refusal.status_mut() = status;
                        Err(refusal)
                    }
                };
                let socket = match tokio_tungstenite::accept_hdr_async_with_config(
                    stream,
                    callback,
                    Some(ws::config()),
                )
                .await
                {
                    Ok(socket) => socket,
                    Err(e) => {
                        eprintln!(
                            "{}",
                            crate::t!(
                                "log-not-opened",
                                from = from.to_string(),
                                error = e.to_string()
                            )
                        );
                        return;
                    }
                };
                let Some((peer, viewer)) = admitted else {
                    return;
                };
                if let Ok(mut v) = viewers.lock() {
                    if viewer {
                        v.insert(peer.clone());
                    } else {
                        v.remove(&peer);
                    }
                }
                let transport = ws::transport(socket).with_expected_peer_id(peer);
                if acceptor.accept(transport).is_err() {
                    eprintln!(
                        "{}",
                        crate::t!("log-engine-stopped", from = from.to_string())
                    );
                }
            });
        }
    });
    Ok(Listening {
        addr,
        task,
        acceptor,
    })
}

/// A headless sync server (`journeymap serve`): the app's own server without a
/// window, keeping every shared map in `data` (kept across restarts).
pub struct Served {
    runtime: tokio::runtime::Runtime,
    _repo: Repo,
    listening: Listening,
    pub codes: Codes,
}

impl Served {
    pub fn start(bind: SocketAddr, data: Option<&Path>, codes: &Codes) -> Result<Self, SyncError> {
        let runtime = runtime()?;
        let viewers = Viewers::default();
        let repo = runtime.block_on(repo(data, new_peer(), viewers.clone()));
        let listening = runtime
            .block_on(listen(&repo, bind, codes.clone(), viewers))
            .map_err(|e| SyncError::Listen(bind.to_string(), e))?;
        Ok(Self {
            runtime,
            _repo: repo,
            listening,
            codes: codes.clone(),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.listening.addr
    }

    /// The address to give people: the laptop's network address when listening on
    /// all of them.
    pub fn url(&self) -> String {
        let addr = self.listening.addr;
        let ip = if addr.ip().is_unspecified() {
            lan_address()
        } else {
            addr.ip()
        };
        format!("ws://{}/", SocketAddr::new(ip, addr.port()))
    }

    /// Serves until the process is stopped.
    pub fn run_forever(&self) {
        self.runtime.block_on(std::future::pending::<()>());
    }
}

//! Live co-editing: several laptops on one map, on Automerge and samod (the Rust
//! automerge-repo). Everything that knows about the engine (automerge, samod, tokio,
//! WebSockets) is in this module; the model and the UI see a [`Session`] that
//! writes local edits, hands over remote ones as edits, and says where it stands.
//!
//! - [`schema`]: the project as an Automerge document; edits as transactions;
//!   [`remote`]: others' changes back as edits.
//! - [`value`]: serde values written field by field; [`order`]: list places.
//! - [`session`]: a laptop's repo, hosting or joining, on `connect`'s plumbing
//!   (runtime, repo, dialling, finding the document); [`server`]: the app's own sync
//!   server (join codes, viewers; headless as `serve`); [`ws`]: WebSocket transport
//!   and dialer.
//! - [`presence`]: who is here and what they look at; [`link`]: join links.

mod connect;
pub mod link;
pub mod order;
pub mod presence;
pub mod remote;
pub mod schema;
pub mod server;
pub mod session;
pub mod snapshot;
pub mod value;
mod writer;
mod ws;

#[cfg(test)]
mod tests;

pub use link::{Link, LinkError};
pub use presence::{Presence, SharedTimer};
pub use remote::Target;
pub use server::{Codes, Served};
pub use session::{Hosting, Options, Session};

/// The port the app's own server listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 3030;

/// A laptop's part in a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Started the session (the facilitator).
    Host,
    Editor,
    /// Watches only: the map is read-only.
    Viewer,
}

/// Where a session stands, for the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Connected, every change of ours sent.
    Live { people: usize, hosting: bool },
    /// Connected, changes of ours on their way.
    Sending { unsent: usize },
    /// The server cannot be reached: we keep working, changes wait.
    Offline { unsent: usize },
    /// The server refused us (its words).
    Refused(String),
}

impl Status {
    /// The words of the status bar, e.g. "Live · 5 people", "Offline · 3 changes to send".
    /// In the language shown.
    pub fn label(&self) -> String {
        match self {
            Status::Live { people: 1, .. } => crate::t!("status-live-alone").to_owned(),
            Status::Live { people, .. } => crate::t!("status-live-people", count = *people),
            Status::Sending { unsent } => crate::t!("status-live-sending", count = *unsent),
            Status::Offline { unsent: 0 } => crate::t!("status-offline-reconnecting").to_owned(),
            Status::Offline { unsent } => crate::t!("status-offline-unsent", count = *unsent),
            Status::Refused(reason) => crate::t!("status-refused", reason = reason.as_str()),
        }
    }

    /// Connected (the status bar shows it in the colour of good news).
    pub fn is_live(&self) -> bool {
        matches!(self, Status::Live { .. } | Status::Sending { .. })
    }
}

/// Why a live session could not start or go on, in plain words.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// Kept as the system's error, not words, so that it is said in the language
    /// shown when it is shown (the language may change while it is on screen).
    Start(std::io::Error),
    CodesNotKept(std::path::PathBuf, std::io::Error),
    Listen(String, std::io::Error),
    Unreachable(String),
    NoSuchMap(String),
    Refused(String, String),
    Stopped,
    NotKept,
    Link(#[from] LinkError),
    Schema(#[from] schema::SchemaError),
}

/// In the language shown.
impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            SyncError::Start(e) => t!("msg-sync-start", reason = crate::io::plain_io(e)),
            SyncError::CodesNotKept(path, e) => t!(
                "msg-sync-start",
                reason = t!(
                    "msg-sync-codes-not-kept",
                    path = path.display().to_string(),
                    reason = crate::io::plain_io(e)
                )
            ),
            SyncError::Listen(address, e) => t!(
                "msg-sync-listen",
                address = address.as_str(),
                reason = crate::io::plain_io(e)
            ),
            SyncError::Unreachable(server) => {
                t!("msg-sync-unreachable", server = server.as_str())
            }
            SyncError::NoSuchMap(server) => t!("msg-sync-no-such-map", server = server.as_str()),
            SyncError::Refused(server, reason) => t!(
                "msg-sync-refused",
                server = server.as_str(),
                reason = reason.as_str()
            ),
            SyncError::Stopped => t!("msg-sync-stopped").to_owned(),
            SyncError::NotKept => t!("msg-sync-not-kept").to_owned(),
            SyncError::Link(e) => e.to_string(),
            SyncError::Schema(e) => e.to_string(),
        };
        f.write_str(&text)
    }
}

impl From<automerge::AutomergeError> for SyncError {
    fn from(e: automerge::AutomergeError) -> Self {
        SyncError::Schema(schema::SchemaError::Automerge(e))
    }
}

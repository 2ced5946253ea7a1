//! WebSocket connections for samod: the client's dialer (which tells a refused join
//! apart from a network that is down) and the byte transport both sides use.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::{SinkExt, StreamExt, TryStreamExt};
use samod::{DialError, Dialer, Transport};
use tokio_tungstenite::tungstenite::{self, Message, protocol::WebSocketConfig};
use url::Url;

/// The largest message either side takes: a project with a large customer dataset
/// is sent whole when a laptop joins. A larger one closes the connection (logged).
pub const MAX_MESSAGE: usize = 256 << 20;

pub fn config() -> WebSocketConfig {
    WebSocketConfig::default()
        .max_message_size(Some(MAX_MESSAGE))
        .max_frame_size(Some(MAX_MESSAGE))
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct WsError(String);

/// How often each side pings the other, and how long a silent connection (no
/// message, no pong) lives: a laptop whose network went away without a word (Wi-Fi
/// gone, cable pulled) shows "Offline" within this time and dials again.
const PING_EVERY: Duration = Duration::from_secs(4);
const SILENT_FOR: Duration = Duration::from_secs(12);

/// samod's byte transport over a WebSocket: binary messages are samod's; text,
/// pings and closes are not passed on. Pings go out every [`PING_EVERY`]; a
/// connection silent for [`SILENT_FOR`] ends.
pub fn transport<S>(socket: S) -> Transport
where
    S: futures::Stream<Item = Result<Message, tungstenite::Error>>
        + futures::Sink<Message, Error = tungstenite::Error>
        + Send
        + Unpin
        + 'static,
{
    let (sink, stream) = socket.split();
    let sink = Arc::new(tokio::sync::Mutex::new(sink));
    // The pinger holds the sink weakly: it stops with the connection.
    let pinger = Arc::downgrade(&sink);
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(PING_EVERY).await;
            let Some(sink) = pinger.upgrade() else { break };
            if sink
                .lock()
                .await
                .send(Message::Ping(Vec::new().into()))
                .await
                .is_err()
            {
                break;
            }
        }
    });
    let stream = futures::stream::unfold(stream, |mut stream| async move {
        let next = match tokio::time::timeout(SILENT_FOR, stream.next()).await {
            Ok(Some(Ok(message))) => Ok(message),
            Ok(Some(Err(e))) => Err(crate::t!("msg-ws-receive-failed", reason = e.to_string())),
            Ok(None) => return None,
            Err(_) => Err(crate::t!("msg-ws-silent", seconds = SILENT_FOR.as_secs())),
        };
        Some((next, stream))
    })
    .map_err(|e| {
        // A message over the limit, a broken frame, a silent peer: the connection
        // ends (and is dialled again); the app goes on.
        eprintln!("{}", crate::t!("log-connection-ended", error = e.as_str()));
        WsError(e)
    })
    .try_filter_map(|msg| async move {
        Ok(match msg {
            Message::Binary(data) => Some(data.to_vec()),
            _ => None,
        })
    })
    // After an error the connection is over.
    .scan(false, |ended, item| {
        let stop = *ended;
        *ended = item.is_err();
        futures::future::ready((!stop).then_some(item))
    })
    .boxed();
    let sink = futures::sink::unfold(sink, |sink, bytes: Vec<u8>| async move {
        sink.lock()
            .await
            .send(Message::Binary(bytes.into()))
            .await
            .map_err(|e| WsError(crate::t!("msg-ws-send-failed", reason = e.to_string())))?;
        Ok::<_, WsError>(sink)
    });
    Transport::new(stream, Box::pin(sink))
}

/// Why the server refused us for good: a wrong join code, or no such session.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// Dials a sync server, again and again while it cannot be reached; a refusal (HTTP
/// 401/403 at the upgrade) stops it, with the server's words kept in `refused`.
pub struct JoinDialer {
    pub url: Url,
    pub refused: Arc<Mutex<Option<String>>>,
}

impl Dialer for JoinDialer {
    type Error = Refused;

    fn url(&self) -> Url {
        let mut shown = self.url.clone();
        shown.set_query(None);
        shown
    }

    fn connect(&self) -> BoxFuture<'static, Result<Transport, DialError<Refused>>> {
        let url = self.url.clone();
        let refused = self.refused.clone();
        Box::pin(async move {
            // A server that does not answer (its network gone) is tried again soon.
            let connecting =
                tokio_tungstenite::connect_async_with_config(url.as_str(), Some(config()), false);
            let Ok(connected) = tokio::time::timeout(SILENT_FOR, connecting).await else {
                return Err(DialError::transient(WsError(
                    crate::t!("msg-ws-no-answer").to_owned(),
                )));
            };
            match connected {
                Ok((socket, _)) => Ok(transport(socket)),
                Err(tungstenite::Error::Http(response))
                    if matches!(response.status().as_u16(), 401 | 403) =>
                {
                    let body = response
                        .body()
                        .as_ref()
                        .map(|b| String::from_utf8_lossy(b).trim().to_owned())
                        .filter(|b| !b.is_empty())
                        .unwrap_or_else(|| crate::t!("msg-ws-refused").to_owned());
                    if let Ok(mut slot) = refused.lock() {
                        *slot = Some(body.clone());
                    }
                    Err(DialError::PermanentFailure(Refused(body)))
                }
                Err(e) => Err(DialError::transient(e)),
            }
        })
    }
}

//! WebSocket connections for samod: the client's dialer (which tells a refused join
//! apart from a network that is down) and the byte transport both sides use.

use std::sync::{Arc, Mutex};

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

/// samod's byte transport over a WebSocket: binary messages are samod's; text,
/// pings and closes are not passed on.
pub fn transport<S>(socket: S) -> Transport
where
    S: futures::Stream<Item = Result<Message, tungstenite::Error>>
        + futures::Sink<Message, Error = tungstenite::Error>
        + Send
        + Unpin
        + 'static,
{
    let (sink, stream) = socket.split();
    let stream = stream
        .map_err(|e| {
            // A message over the limit, a broken frame, a peer gone: the connection
            // ends; the app goes on.
            eprintln!("live session: a connection ended: {e}");
            WsError(format!("the connection failed while receiving: {e}"))
        })
        .try_filter_map(|msg| async move {
            Ok(match msg {
                Message::Binary(data) => Some(data.to_vec()),
                _ => None,
            })
        })
        .boxed();
    let sink = sink
        .sink_map_err(|e| WsError(format!("the connection failed while sending: {e}")))
        .with(|bytes: Vec<u8>| async move { Ok::<_, WsError>(Message::Binary(bytes.into())) });
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
            match tokio_tungstenite::connect_async_with_config(url.as_str(), Some(config()), false)
                .await
            {
                Ok((socket, _)) => Ok(transport(socket)),
                Err(tungstenite::Error::Http(response))
                    if matches!(response.status().as_u16(), 401 | 403) =>
                {
                    let body = response
                        .body()
                        .as_ref()
                        .map(|b| String::from_utf8_lossy(b).trim().to_owned())
                        .filter(|b| !b.is_empty())
                        .unwrap_or_else(|| "the server refused to let us in".to_owned());
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

//! Who is in a live session and what each looks at, said with samod's ephemeral
//! messages (never stored in the document): each app says its presence when it
//! changes and every [`HEARTBEAT`]; one not heard for three heartbeats has left.
//! A message is a CBOR text holding JSON, so JavaScript peers pass it on.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

pub const HEARTBEAT: Duration = Duration::from_secs(2);
const GONE_AFTER: Duration = Duration::from_secs(6);
/// A message larger than this is not a presence (dropped).
const MAX_MESSAGE: usize = 16 << 10;

/// One person in the session.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Presence {
    /// Their app's peer id (filled in by the roster).
    pub peer: String,
    pub name: String,
    /// Their colour on others' screens (outlines of what they select).
    pub color: [u8; 3],
    /// Whether they lead the session (the host).
    pub facilitator: bool,
    /// Whether they only watch.
    pub viewer: bool,
    /// The journey they look at, and the cards they have selected there.
    pub journey: Option<u64>,
    pub selection: Vec<u64>,
    /// The stage they present (journey, stage), for "Follow facilitator".
    pub presenting: Option<(u64, u64)>,
    /// The facilitator's workshop timer, which runs on every screen.
    pub timer: Option<SharedTimer>,
}

/// A workshop timer as others see it. While it runs, its end is a wall-clock time
/// (laptops' clocks agree to well under a second), so the message does not change
/// as it counts down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedTimer {
    pub length_ms: u64,
    /// Time left, while paused.
    pub left_ms: u64,
    /// When it runs out (milliseconds since 1970), while running.
    pub ends_at_ms: Option<u64>,
}

#[derive(Debug, Default)]
pub struct Roster {
    mine: Option<Presence>,
    /// Others by peer id: what they last said, when, and when they first came.
    others: BTreeMap<String, (Presence, Instant, u64)>,
    arrivals: u64,
}

impl Roster {
    pub fn set_mine(&mut self, peer: &str, mut me: Presence) {
        peer.clone_into(&mut me.peer);
        self.mine = Some(me);
    }

    pub fn encode_mine(&self) -> Option<Vec<u8>> {
        let json = serde_json::to_string(self.mine.as_ref()?).ok()?;
        minicbor::to_vec(json.as_str()).ok()
    }

    /// Takes in a message; returns whether what we show changed.
    pub fn receive(&mut self, message: &[u8], now: Instant) -> bool {
        if message.len() > MAX_MESSAGE {
            return false;
        }
        let Ok(text) = minicbor::decode::<&str>(message) else {
            return false;
        };
        let Ok(presence) = serde_json::from_str::<Presence>(text) else {
            return false;
        };
        if presence.peer.is_empty() || self.mine.as_ref().is_some_and(|m| m.peer == presence.peer) {
            return false;
        }
        let arrivals = &mut self.arrivals;
        let entry = self.others.entry(presence.peer.clone()).or_insert_with(|| {
            *arrivals += 1;
            (Presence::default(), now, *arrivals)
        });
        let changed = entry.0 != presence;
        entry.0 = presence;
        entry.1 = now;
        changed
    }

    /// Forgets those not heard for a while; returns whether anyone left.
    pub fn expire(&mut self, now: Instant) -> bool {
        let before = self.others.len();
        self.others
            .retain(|_, (_, seen, _)| now.saturating_duration_since(*seen) < GONE_AFTER);
        self.others.len() != before
    }

    /// The others, in the order they came.
    pub fn others(&self) -> Vec<Presence> {
        let mut all: Vec<&(Presence, Instant, u64)> = self.others.values().collect();
        all.sort_by_key(|(_, _, arrival)| *arrival);
        all.into_iter().map(|(p, _, _)| p.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presence_travels_and_fades() {
        let mut ana = Roster::default();
        ana.set_mine(
            "a",
            Presence {
                name: "Ana".into(),
                selection: vec![7],
                ..Presence::default()
            },
        );
        let mut ben = Roster::default();
        ben.set_mine("b", Presence::default());
        let t0 = Instant::now();
        let message = ana.encode_mine().unwrap();
        assert!(ben.receive(&message, t0));
        assert!(!ben.receive(&message, t0), "nothing new");
        assert_eq!(ben.others()[0].name, "Ana");
        assert_eq!(ben.others()[0].selection, [7]);
        // Our own message echoed back is not someone else.
        assert!(!ana.receive(&message, t0));
        assert!(ana.others().is_empty());
        // Garbage and oversized messages are dropped.
        assert!(!ben.receive(b"\xff\x00garbage", t0));
        assert!(!ben.receive(&vec![0; MAX_MESSAGE + 1], t0));
        assert!(!ben.expire(t0 + HEARTBEAT));
        assert!(ben.expire(t0 + GONE_AFTER));
        assert!(ben.others().is_empty());
    }
}

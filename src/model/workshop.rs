//! Workshop data that lives in the project: dot-voting sessions and the parking lot.

use serde::{Deserialize, Serialize};

use super::{JourneyId, NoteId, ParticipantId, VoteId};

/// A dot-voting session. The dots themselves are stored on the cards
/// ([`super::Card::votes`]), so deleting a card removes its dots with it.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VoteSession {
    pub id: VoteId,
    /// What the room votes on, e.g. "Worst pain points".
    pub question: String,
    pub dots_per_participant: u32,
    pub participants: Vec<Participant>,
    /// Open sessions accept dots; closed ones are kept as results.
    pub open: bool,
    /// When the vote was opened and closed (RFC 3339), if known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub opened_at: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub closed_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Participant {
    pub id: ParticipantId,
    /// A name, or a number such as "3" when participants are anonymous.
    pub name: String,
}

/// A note captured during a workshop that is not on the map yet.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ParkingNote {
    pub id: NoteId,
    pub text: String,
    /// The journey that was open when the note was captured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub journey: Option<JourneyId>,
}

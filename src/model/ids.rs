//! Typed, stable ids. An id is never a position in a vector: it survives reordering,
//! undo/redo and save/load. Ids are unique across the whole project (one counter for
//! every kind), so a stray id can never silently point at an item of another kind.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! define_id {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl From<$name> for u64 {
            fn from(id: $name) -> u64 {
                id.0
            }
        }
    )*};
}

define_id!(
    /// A persona.
    PersonaId,
    /// A journey (one route of one or more personas).
    JourneyId,
    /// A stage: a column of a journey map.
    StageId,
    /// A lane: a row of a journey map.
    LaneId,
    /// A card (touchpoint, action, thought...) in a cell of a journey map.
    CardId,
    /// An arrow between two cards.
    LinkId,
    /// A KPI of a stage.
    KpiId,
    /// A hypothesis the team holds.
    HypothesisId,
    /// A piece of evidence (a computed figure, a verbatim, an interview note...).
    EvidenceId,
    /// An imported customer dataset.
    DatasetId,
    /// A dot-voting session of a workshop.
    VoteId,
    /// A participant of a dot-voting session.
    ParticipantId,
    /// A note in the workshop parking lot.
    NoteId,
);

/// Hands out fresh ids. It is not saved: after loading, it restarts above the largest
/// id in the file, so ids stay unique within a project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdGen {
    next: u64,
    /// Random ids: set in a live session, where laptops create items at once (and
    /// offline) and counters would collide.
    random: bool,
}

impl Default for IdGen {
    fn default() -> Self {
        Self {
            next: 1,
            random: false,
        }
    }
}

/// Random ids stay below 2^53, so that a JavaScript tool reading a shared document
/// sees them exactly, and above every id a counter gives in practice.
const RANDOM_IDS: std::ops::Range<u64> = (1 << 32)..(1 << 53);

impl IdGen {
    /// A generator whose first id is `max_used + 1`.
    pub fn above(max_used: u64) -> Self {
        Self {
            next: max_used.saturating_add(1).max(1),
            random: false,
        }
    }

    /// From now on, ids are random 53-bit values (see [`RANDOM_IDS`]): two laptops
    /// of a live session never give the same id to different items (the chance that
    /// two of 100,000 items share one is about one in two million).
    pub fn use_random_ids(&mut self) {
        self.random = true;
    }

    /// A fresh raw id.
    pub fn next_raw(&mut self) -> u64 {
        if self.random {
            return rand::random_range(RANDOM_IDS);
        }
        let id = self.next;
        self.next = self.next.saturating_add(1);
        id
    }

    /// A fresh id of any kind: `let id: CardId = ids.fresh();`.
    pub fn fresh<T: From<u64>>(&mut self) -> T {
        T::from(self.next_raw())
    }

    /// Makes sure later ids are above `id`.
    pub fn bump_past(&mut self, id: u64) {
        if id >= self.next {
            self.next = id.saturating_add(1);
        }
    }
}

macro_rules! from_raw {
    ($($name:ident),*) => {$(
        impl From<u64> for $name {
            fn from(raw: u64) -> Self {
                Self(raw)
            }
        }
    )*};
}

from_raw!(
    PersonaId,
    JourneyId,
    StageId,
    LaneId,
    CardId,
    LinkId,
    KpiId,
    HypothesisId,
    EvidenceId,
    DatasetId,
    VoteId,
    ParticipantId,
    NoteId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_fresh_and_typed() {
        let mut ids = IdGen::default();
        let a: CardId = ids.fresh();
        let b: PersonaId = ids.fresh();
        assert_eq!(a, CardId(1));
        assert_eq!(b, PersonaId(2));
        ids.bump_past(10);
        let c: StageId = ids.fresh();
        assert_eq!(c, StageId(11));
        ids.bump_past(3);
        let d: StageId = ids.fresh();
        assert_eq!(d, StageId(12));
    }

    #[test]
    fn random_ids_are_distinct_and_in_range() {
        let mut ids = IdGen::above(500);
        ids.use_random_ids();
        let drawn: std::collections::BTreeSet<u64> = (0..1000).map(|_| ids.next_raw()).collect();
        assert_eq!(drawn.len(), 1000);
        assert!(drawn.iter().all(|id| RANDOM_IDS.contains(id)));
    }

    #[test]
    fn ids_serialize_as_plain_numbers() {
        let text = ron::to_string(&CardId(42)).unwrap();
        assert_eq!(text, "42");
        let back: CardId = ron::from_str("42").unwrap();
        assert_eq!(back, CardId(42));
    }
}

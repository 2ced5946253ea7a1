//! Cards: the sticky notes in the cells of a journey map. In a touchpoint lane a card
//! is a touchpoint; in other lanes it is an action, a thought, a pain point...

use crate::t;
use serde::{Deserialize, Serialize};

use super::{
    Channel, Contact, Emotion, EvidenceId, HypothesisId, LaneId, ParticipantId, PersonaId, Rgb,
    StageId, VoteId,
};
use crate::model::CardId;
use crate::model::skip::{is_default, is_false};

/// Effort scores run from 1 (very easy) to this value (very hard).
pub const EFFORT_MAX: u8 = 5;

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Card {
    pub id: CardId,
    /// The column the card sits in.
    pub stage: StageId,
    /// The row the card sits in.
    pub lane: LaneId,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(skip_serializing_if = "is_default")]
    pub contact: Contact,
    /// The department that owns this touchpoint (backstage).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub department: String,
    /// How customers feel here (as-is).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emotion: Option<Emotion>,
    /// How the team wants customers to feel here (to-be).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_emotion: Option<Emotion>,
    /// 1 (very easy) ..= 5 (very hard).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effort: Option<u8>,
    #[serde(skip_serializing_if = "is_false")]
    pub moment_of_truth: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub pain_point: bool,
    /// The personas this card applies to; empty means all of the journey's personas.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<PersonaId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hypotheses: Vec<HypothesisId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
    /// Dots cast on this card in workshop votes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<CardVote>,
    /// Kano questionnaire answers entered for this touchpoint.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kano: Vec<KanoResponse>,
    /// A colour chosen for this card, overriding the lane or emotion colour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Rgb>,
}

impl Card {
    pub fn new(id: CardId, stage: StageId, lane: LaneId, title: impl Into<String>) -> Self {
        Self {
            id,
            stage,
            lane,
            title: title.into(),
            ..Self::default()
        }
    }

    /// Whether the card applies to `persona` (cards naming no persona apply to all).
    pub fn applies_to(&self, persona: PersonaId) -> bool {
        self.personas.is_empty() || self.personas.contains(&persona)
    }

    /// Dots this card received in vote `session`.
    pub fn dots_in(&self, session: VoteId) -> u32 {
        self.votes
            .iter()
            .filter(|v| v.session == session)
            .fold(0u32, |sum, v| sum.saturating_add(v.dots))
    }
}

/// Dots a participant put on a card in one voting session.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CardVote {
    pub session: VoteId,
    pub participant: ParticipantId,
    pub dots: u32,
}

/// One Kano questionnaire answer pair: how the customer feels if the feature is
/// present (functional) and if it is absent (dysfunctional).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KanoResponse {
    pub functional: KanoAnswer,
    pub dysfunctional: KanoAnswer,
}

/// The five answers of a Kano question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum KanoAnswer {
    Like,
    Expect,
    Neutral,
    Tolerate,
    Dislike,
}

impl KanoAnswer {
    pub const ALL: [KanoAnswer; 5] = [
        KanoAnswer::Like,
        KanoAnswer::Expect,
        KanoAnswer::Neutral,
        KanoAnswer::Tolerate,
        KanoAnswer::Dislike,
    ];

    pub fn label(self) -> &'static str {
        match self {
            KanoAnswer::Like => t!("kano-answer-like"),
            KanoAnswer::Expect => t!("kano-answer-expect"),
            KanoAnswer::Neutral => t!("kano-answer-neutral"),
            KanoAnswer::Tolerate => t!("kano-answer-tolerate"),
            KanoAnswer::Dislike => t!("kano-answer-dislike"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_without_personas_applies_to_all() {
        let mut card = Card::new(CardId(1), StageId(2), LaneId(3), "Pay");
        assert!(card.applies_to(PersonaId(9)));
        card.personas.push(PersonaId(4));
        assert!(!card.applies_to(PersonaId(9)));
        assert!(card.applies_to(PersonaId(4)));
    }

    #[test]
    fn dots_are_counted_per_session() {
        let mut card = Card::new(CardId(1), StageId(2), LaneId(3), "Pay");
        card.votes = vec![
            CardVote {
                session: VoteId(7),
                participant: ParticipantId(1),
                dots: 2,
            },
            CardVote {
                session: VoteId(7),
                participant: ParticipantId(2),
                dots: 1,
            },
            CardVote {
                session: VoteId(8),
                participant: ParticipantId(1),
                dots: 5,
            },
        ];
        assert_eq!(card.dots_in(VoteId(7)), 3);
        assert_eq!(card.dots_in(VoteId(8)), 5);
        assert_eq!(card.dots_in(VoteId(9)), 0);
    }

    #[test]
    fn empty_fields_are_left_out_of_files() {
        let card = Card::new(CardId(1), StageId(2), LaneId(3), "Pay");
        let text = ron::to_string(&card).unwrap();
        assert_eq!(text, r#"(id:1,stage:2,lane:3,title:"Pay")"#);
    }
}

//! Journeys: one route of one or more personas to reach a goal, drawn as a map of
//! stages (columns) and lanes (rows) holding cards.

use crate::t;
use serde::{Deserialize, Serialize};

use super::skip::{is_false, is_one};
use super::{
    Card, CardId, DataQuery, JourneyId, KpiId, LaneId, LinkId, PersonaId, Rgb, StageId, VoteSession,
};

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Journey {
    pub id: JourneyId,
    pub name: String,
    /// What the persona wants to achieve on this route.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub goal: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The personas who walk this journey.
    pub personas: Vec<PersonaId>,
    pub stages: Vec<Stage>,
    pub lanes: Vec<Lane>,
    /// Every card of the map; a card's cell is its (stage, lane). Within a cell, cards
    /// keep the order of this list.
    pub cards: Vec<Card>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<CardLink>,
    /// Workshop dot-voting sessions held on this journey, past and open.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<VoteSession>,
    /// Notes for the facilitator, hidden in presentation mode.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub facilitator_notes: String,
    /// Locked against accidental edits in a workshop.
    #[serde(skip_serializing_if = "is_false")]
    pub locked: bool,
}

impl Journey {
    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    pub fn vote(&self, id: crate::model::VoteId) -> Option<&VoteSession> {
        self.votes.iter().find(|v| v.id == id)
    }

    pub fn card(&self, id: CardId) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    pub fn card_mut(&mut self, id: CardId) -> Option<&mut Card> {
        self.cards.iter_mut().find(|c| c.id == id)
    }

    /// The cards of one cell, in their order.
    pub fn cards_in(&self, stage: StageId, lane: LaneId) -> impl Iterator<Item = &Card> {
        self.cards
            .iter()
            .filter(move |c| c.stage == stage && c.lane == lane)
    }

    /// Position of a stage among the stages, if it exists.
    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    /// The journey's properties that are not collections of items.
    pub fn info(&self) -> JourneyInfo {
        JourneyInfo {
            name: self.name.clone(),
            goal: self.goal.clone(),
            description: self.description.clone(),
            personas: self.personas.clone(),
            facilitator_notes: self.facilitator_notes.clone(),
            locked: self.locked,
        }
    }

    pub fn set_info(&mut self, info: JourneyInfo) {
        let JourneyInfo {
            name,
            goal,
            description,
            personas,
            facilitator_notes,
            locked,
        } = info;
        self.name = name;
        self.goal = goal;
        self.description = description;
        self.personas = personas;
        self.facilitator_notes = facilitator_notes;
        self.locked = locked;
    }
}

/// The scalar properties of a journey, edited as one value so that renaming a journey
/// does not copy its cards into the undo history.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JourneyInfo {
    pub name: String,
    pub goal: String,
    pub description: String,
    pub personas: Vec<PersonaId>,
    pub facilitator_notes: String,
    pub locked: bool,
}

/// The phase a stage belongs to, relative to the purchase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Phase {
    Before,
    #[default]
    During,
    After,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Before, Phase::During, Phase::After];

    pub fn label(self) -> &'static str {
        match self {
            Phase::Before => t!("phase-before"),
            Phase::During => t!("phase-during"),
            Phase::After => t!("phase-after"),
        }
    }

    pub fn short_label(self) -> &'static str {
        match self {
            Phase::Before => t!("phase-short-before"),
            Phase::During => t!("phase-short-during"),
            Phase::After => t!("phase-short-after"),
        }
    }
}

/// A column of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Stage {
    pub id: StageId,
    pub name: String,
    pub phase: Phase,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Rgb>,
    /// Width relative to the default column width (1.0).
    #[serde(skip_serializing_if = "is_one")]
    pub width: f32,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub facilitator_notes: String,
    #[serde(skip_serializing_if = "is_false")]
    pub locked: bool,
}

impl Default for Stage {
    fn default() -> Self {
        Self {
            id: StageId::default(),
            name: String::new(),
            phase: Phase::default(),
            description: String::new(),
            color: None,
            width: 1.0,
            kpis: Vec::new(),
            facilitator_notes: String::new(),
            locked: false,
        }
    }
}

impl Stage {
    pub fn new(id: StageId, name: impl Into<String>, phase: Phase) -> Self {
        Self {
            id,
            name: name.into(),
            phase,
            ..Self::default()
        }
    }
}

/// A key performance indicator of a stage, with a target and an actual value.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Kpi {
    pub id: KpiId,
    pub name: String,
    /// "%", "h", "points", "days"...
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<f64>,
    pub better: Better,
    /// Where the actual value comes from when it is computed from customer data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<DataQuery>,
}

impl Kpi {
    /// Whether the actual value misses the target; `None` when either is unknown.
    pub fn off_target(&self) -> Option<bool> {
        let (target, actual) = (self.target?, self.actual?);
        Some(match self.better {
            Better::Higher => actual < target,
            Better::Lower => actual > target,
        })
    }
}

/// Which direction of a KPI is good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Better {
    #[default]
    Higher,
    Lower,
}

/// A row of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Lane {
    pub id: LaneId,
    pub name: String,
    pub kind: LaneKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Rgb>,
    /// Height relative to the default row height (1.0).
    #[serde(skip_serializing_if = "is_one")]
    pub height: f32,
    #[serde(skip_serializing_if = "is_false")]
    pub locked: bool,
}

impl Default for Lane {
    fn default() -> Self {
        Self {
            id: LaneId::default(),
            name: String::new(),
            kind: LaneKind::default(),
            color: None,
            height: 1.0,
            locked: false,
        }
    }
}

impl Lane {
    /// A lane; an empty `name` stands for its kind's name (see [`Lane::title`]).
    pub fn new(id: LaneId, name: impl Into<String>, kind: LaneKind) -> Self {
        Self {
            id,
            name: name.into(),
            kind,
            ..Self::default()
        }
    }

    /// The lane's name as shown: the one the team gave it, else its kind's name in
    /// the language shown. A lane that only bears its kind's name is stored without
    /// one, so that a French map reads in Spanish in a Spanish window (and each
    /// laptop of a live session reads it in its own language).
    pub fn title(&self) -> &str {
        if self.name.trim().is_empty() {
            self.kind.label()
        } else {
            &self.name
        }
    }

    /// Forgets a name that is only the kind's built-in name, in any language (files
    /// written before names were keys, or a name typed back to the built-in one).
    pub fn forget_built_in_name(&mut self) {
        let name = self.name.trim().to_lowercase();
        if !name.is_empty()
            && crate::i18n::Lang::ALL.into_iter().any(|lang| {
                let _in = crate::i18n::scoped(lang);
                self.kind.label().to_lowercase() == name
            })
        {
            self.name.clear();
        }
    }
}

/// What a lane holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum LaneKind {
    Actions,
    #[default]
    Touchpoints,
    Channels,
    Thoughts,
    /// The emotion curve is drawn in this lane.
    Emotions,
    PainPoints,
    Opportunities,
    Hypotheses,
    /// Internal processes and owning departments, out of the customer's sight.
    Backstage,
    /// KPIs and measured figures.
    Data,
    Custom,
}

impl LaneKind {
    pub const ALL: [LaneKind; 11] = [
        LaneKind::Actions,
        LaneKind::Touchpoints,
        LaneKind::Channels,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Hypotheses,
        LaneKind::Backstage,
        LaneKind::Data,
        LaneKind::Custom,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LaneKind::Actions => t!("lane-actions"),
            LaneKind::Touchpoints => t!("lane-touchpoints"),
            LaneKind::Channels => t!("lane-channels"),
            LaneKind::Thoughts => t!("lane-thoughts"),
            LaneKind::Emotions => t!("lane-emotions"),
            LaneKind::PainPoints => t!("lane-pain-points"),
            LaneKind::Opportunities => t!("lane-opportunities"),
            LaneKind::Hypotheses => t!("lane-hypotheses"),
            LaneKind::Backstage => t!("lane-backstage"),
            LaneKind::Data => t!("lane-data"),
            LaneKind::Custom => t!("lane-custom"),
        }
    }

    /// An icon from the shipped emoji font.
    pub fn icon(self) -> &'static str {
        match self {
            LaneKind::Actions => "👣",
            LaneKind::Touchpoints => "📍",
            LaneKind::Channels => "📡",
            LaneKind::Thoughts => "💭",
            LaneKind::Emotions => "❤",
            LaneKind::PainPoints => "⚡",
            LaneKind::Opportunities => "💡",
            LaneKind::Hypotheses => "❓",
            LaneKind::Backstage => "⚙",
            LaneKind::Data => "📊",
            LaneKind::Custom => "📝",
        }
    }
}

/// An arrow from one card to another (drawn behind the cards).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CardLink {
    pub id: LinkId,
    pub from: CardId,
    pub to: CardId,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kpi_off_target_respects_direction() {
        let mut kpi = Kpi {
            target: Some(24.0),
            actual: Some(30.0),
            better: Better::Lower,
            ..Kpi::default()
        };
        assert_eq!(kpi.off_target(), Some(true));
        kpi.better = Better::Higher;
        assert_eq!(kpi.off_target(), Some(false));
        kpi.actual = None;
        assert_eq!(kpi.off_target(), None);
    }

    #[test]
    fn cells_keep_card_order() {
        let mut j = Journey::default();
        let (s, l) = (StageId(1), LaneId(2));
        j.cards.push(Card::new(CardId(5), s, l, "b"));
        j.cards.push(Card::new(CardId(6), StageId(9), l, "x"));
        j.cards.push(Card::new(CardId(3), s, l, "a"));
        let titles: Vec<_> = j.cards_in(s, l).map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["b", "a"]);
    }

    #[test]
    fn every_lane_kind_has_label_and_icon() {
        for kind in LaneKind::ALL {
            assert!(!kind.label().is_empty());
            assert!(!kind.icon().is_empty());
        }
    }
}

//! The project as data: personas, journeys (stages, lanes, cards), hypotheses,
//! evidence, customer datasets and workshop data. No egui and no I/O here.
//!
//! Every item has a stable id ([`ids`]); collections are `Vec`s whose order is the
//! order users see and the order written to files.

mod base64_bytes;
mod card;
mod cells;
mod channel;
mod color;
mod dataset;
mod emotion;
mod hypothesis;
mod ids;
pub mod integrity;
mod journey;
mod persona;
mod skip;
pub mod synthetic;
mod workshop;

pub use card::{Card, CardVote, EFFORT_MAX, KanoAnswer, KanoResponse};
pub use cells::{Cells, CellsFull, Row, RowCells, Rows};
pub use channel::{Channel, Contact};
pub use color::{ParseColorError, Rgb};
pub use dataset::{
    Column, ColumnKind, ColumnRole, DataSource, Dataset, ItemTarget, Outcome, Scale, SourceFormat,
    TextEncoding,
};
pub use emotion::{Emotion, Feeling, VALENCE_MAX, VALENCE_MIN, face_for};
pub use hypothesis::{
    DataQuery, Evidence, EvidenceKind, EvidenceLevel, FigureValue, Hypothesis, HypothesisStatus,
    Statistic,
};
pub use ids::{
    CardId, DatasetId, EvidenceId, HypothesisId, IdGen, JourneyId, KpiId, LaneId, LinkId, NoteId,
    ParticipantId, PersonaId, StageId, VoteId,
};
pub use journey::{Better, CardLink, Journey, JourneyInfo, Kpi, Lane, LaneKind, Phase, Stage};
pub use persona::{Field, ImageFormat, Market, Persona, Photo, SegmentRule, Slider, Validation};
pub use workshop::{ParkingNote, Participant, VoteSession};

use serde::{Deserialize, Serialize};

/// Everything a team keeps about one customer-experience effort; saved as one file.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Project {
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub settings: Settings,
    pub personas: Vec<Persona>,
    pub journeys: Vec<Journey>,
    pub hypotheses: Vec<Hypothesis>,
    pub evidence: Vec<Evidence>,
    pub datasets: Vec<Dataset>,
    /// Workshop notes captured but not yet placed on a map.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parking_lot: Vec<ParkingNote>,
}

/// Project-wide choices offered in lists, and display preferences that belong to the
/// project rather than to one user's machine.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Owning departments offered for touchpoints.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<String>,
    /// Custom channels offered next to the built-in ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
    /// Custom feelings offered next to the named ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub feelings: Vec<String>,
    pub card_colors: CardColoring,
}

/// How cards are coloured on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum CardColoring {
    #[default]
    ByLane,
    ByEmotion,
}

/// The scalar properties of a project, edited as one value.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectInfo {
    pub name: String,
    pub description: String,
    pub settings: Settings,
}

impl Project {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }

    pub fn info(&self) -> ProjectInfo {
        ProjectInfo {
            name: self.name.clone(),
            description: self.description.clone(),
            settings: self.settings.clone(),
        }
    }

    pub fn set_info(&mut self, info: ProjectInfo) {
        self.name = info.name;
        self.description = info.description;
        self.settings = info.settings;
    }

    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    pub fn journey(&self, id: JourneyId) -> Option<&Journey> {
        self.journeys.iter().find(|j| j.id == id)
    }

    pub fn journey_mut(&mut self, id: JourneyId) -> Option<&mut Journey> {
        self.journeys.iter_mut().find(|j| j.id == id)
    }

    pub fn hypothesis(&self, id: HypothesisId) -> Option<&Hypothesis> {
        self.hypotheses.iter().find(|h| h.id == id)
    }

    pub fn evidence_item(&self, id: EvidenceId) -> Option<&Evidence> {
        self.evidence.iter().find(|e| e.id == id)
    }

    pub fn dataset(&self, id: DatasetId) -> Option<&Dataset> {
        self.datasets.iter().find(|d| d.id == id)
    }

    /// The journey holding a card, and the card.
    pub fn find_card(&self, id: CardId) -> Option<(&Journey, &Card)> {
        self.journeys
            .iter()
            .find_map(|j| j.card(id).map(|c| (j, c)))
    }

    /// The colour of a persona's avatar and dots: its own, else the palette colour of
    /// its place in the project (so the first ten personas never share a colour).
    pub fn persona_color(&self, id: PersonaId) -> Rgb {
        let index = self.personas.iter().position(|p| p.id == id);
        index
            .and_then(|i| self.personas[i].avatar_color)
            .unwrap_or_else(|| Rgb::palette(index.unwrap_or(0)))
    }

    /// The journeys a persona walks, in project order.
    pub fn journeys_of(&self, persona: PersonaId) -> impl Iterator<Item = &Journey> {
        self.journeys
            .iter()
            .filter(move |j| j.personas.contains(&persona))
    }

    /// Total number of cards over all journeys.
    pub fn card_count(&self) -> usize {
        self.journeys.iter().map(|j| j.cards.len()).sum()
    }

    /// How well a card is backed: the strongest level of its evidence, directly or
    /// through its hypotheses.
    pub fn evidence_level(&self, card: &Card) -> EvidenceLevel {
        let via_hypotheses = card
            .hypotheses
            .iter()
            .filter_map(|h| self.hypothesis(*h))
            .flat_map(|h| h.evidence.iter());
        card.evidence
            .iter()
            .chain(via_hypotheses)
            .filter_map(|e| self.evidence_item(*e))
            .map(|e| e.kind.level())
            .max()
            .unwrap_or_default()
    }

    /// The largest id in use (0 for an empty project).
    pub fn max_id(&self) -> u64 {
        let mut max = 0;
        integrity::visit_ids(self, &mut |id, _| max = max.max(id));
        max
    }

    /// An id generator that hands out ids above every id in the project.
    pub fn id_gen(&self) -> IdGen {
        IdGen::above(self.max_id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_level_takes_the_strongest_link() {
        let mut p = Project::new("t");
        p.evidence.push(Evidence {
            id: EvidenceId(1),
            title: "Interview".into(),
            kind: EvidenceKind::default(),
            note: String::new(),
        });
        p.evidence.push(Evidence {
            id: EvidenceId(2),
            title: "Survey".into(),
            kind: EvidenceKind::Figure {
                query: DataQuery::default(),
                compare_with: None,
                value: None,
                compare_value: None,
            },
            note: String::new(),
        });
        let mut h = Hypothesis::new(HypothesisId(3), "x");
        h.evidence.push(EvidenceId(2));
        p.hypotheses.push(h);

        let mut card = Card::new(CardId(4), StageId(5), LaneId(6), "c");
        assert_eq!(p.evidence_level(&card), EvidenceLevel::Assumed);
        card.evidence.push(EvidenceId(1));
        assert_eq!(p.evidence_level(&card), EvidenceLevel::Inferred);
        card.hypotheses.push(HypothesisId(3));
        assert_eq!(p.evidence_level(&card), EvidenceLevel::Observed);
    }
}

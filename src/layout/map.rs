//! What a laid-out map is made of (phase bands, stage columns, lane rows, cards,
//! links, data cells and the emotion chart), and the questions the canvas asks of
//! it: which cell or card is under the pointer, where a dropped card goes.

use std::collections::BTreeMap;
use std::sync::Arc;

use emath::{Pos2, Rect, Vec2};

use super::curve::{Curve, EmotionBand, MeasuredCurve};
use super::key::CurveKey;
use super::text::{TextStyle, WrappedText};
use crate::model::{CardId, LaneId, LaneKind, LinkId, Phase, Rgb, StageId};

#[derive(Clone, Debug, PartialEq)]
pub struct PhaseBand {
    pub phase: Phase,
    pub rect: Rect,
    pub fill: Rgb,
    pub label: Arc<WrappedText>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StageBox {
    pub id: StageId,
    /// The stage's name cell.
    pub header: Rect,
    /// The whole column below the header, through every lane.
    pub column: Rect,
    pub name: Arc<WrappedText>,
    /// The stage's own colour, shown as a strip on its header.
    pub accent: Option<Rgb>,
    /// Locked against edits: a lock is drawn on its header.
    pub locked: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LaneBox {
    pub id: LaneId,
    pub kind: LaneKind,
    /// The lane's name cell.
    pub header: Rect,
    /// The whole row right of the header, through every stage.
    pub row: Rect,
    pub name: Arc<WrappedText>,
    /// The lane's own colour, shown as a strip on its header.
    pub accent: Option<Rgb>,
    /// Locked against edits: a lock is drawn on its header.
    pub locked: bool,
}

/// A piece of text at a place, on one line.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Top-left of the text.
    pub pos: Pos2,
    pub text: String,
    pub style: TextStyle,
    pub color: Rgb,
}

/// A filled circle (persona dots).
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub center: Pos2,
    pub radius: f32,
    pub color: Rgb,
}

/// How well a card is backed, as a mark in its top-right corner: a filled dot for
/// observed (green) and inferred (amber) evidence, a ring for an assumption.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceMark {
    pub level: crate::model::EvidenceLevel,
    pub center: Pos2,
    pub color: Rgb,
}

impl EvidenceMark {
    pub fn filled(&self) -> bool {
        self.level != crate::model::EvidenceLevel::Assumed
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CardBox {
    pub id: CardId,
    /// Where the card is in `journey.cards`.
    pub index: usize,
    pub rect: Rect,
    pub fill: Rgb,
    pub pain_point: bool,
    pub moment_of_truth: bool,
    pub title: Arc<WrappedText>,
    /// Top-left of the title block.
    pub title_pos: Pos2,
    /// Channel, markers (moment of truth, pain point, emotion face) on the bottom line.
    pub footer: Vec<Run>,
    /// One dot per persona the card applies to.
    pub dots: Vec<Dot>,
    pub evidence: EvidenceMark,
    /// Where the team's belief and the customers' ratings part ways (by a point or
    /// more on the emotion scale): a tag on the footer's left.
    pub gap: Option<Tag>,
    /// The dots of the vote shown, on a badge across the card's top-right corner.
    pub votes: Option<Tag>,
}

/// A pill on a card: a gap between believed and measured ("think +2 · say −0.7"), or
/// a vote's dots ("#1 · 5 dots").
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub rect: Rect,
    pub text: Run,
    pub fill: Rgb,
    /// The whole sentence, for hover: "Marco Rossi: we think +2, customers say −0.7
    /// (n 4,158)".
    pub summary: String,
}

/// An arrow from one card to another, as a cubic Bézier curve.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkPath {
    pub id: LinkId,
    pub from: CardId,
    pub to: CardId,
    pub bezier: [Pos2; 4],
    /// The arrowhead: tip, then the two back corners.
    pub head: [Pos2; 3],
    /// The link's label, on the curve where no card, arrowhead or other label covers
    /// it (see [`link_labels`]).
    pub label: Option<LinkLabel>,
}

/// A link's label: its text, and the plate of background colour drawn under it.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkLabel {
    pub run: Run,
    pub plate: Rect,
}

/// Figures in a cell of a data lane: the stage's KPIs and the ratings from customer
/// data mapped onto the stage and its touchpoints, one wrapped line each.
#[derive(Clone, Debug, PartialEq)]
pub struct DataCell {
    pub rect: Rect,
    pub lines: Vec<(Pos2, Arc<WrappedText>, Rgb)>,
}

/// The geometry of one journey map.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MapLayout {
    /// The whole map is locked against edits.
    pub locked: bool,
    /// Size of the whole map; it starts at (0, 0).
    pub size: Vec2,
    pub phases: Vec<PhaseBand>,
    pub stages: Vec<StageBox>,
    pub lanes: Vec<LaneBox>,
    /// In the journey's card order; cards outside every cell (or filtered out) are
    /// left out.
    pub cards: Vec<CardBox>,
    /// The chart of the first emotion lane, if the journey has one.
    pub emotion_band: Option<EmotionBand>,
    /// One curve per persona with emotions (or one for everybody).
    pub curves: Vec<Curve>,
    /// What customers' ratings say along the same cards, per curve's persona:
    /// dashed lines.
    pub measured: Vec<MeasuredCurve>,
    /// Which curve is whose: a dot and a name per curve, at the chart's top left.
    pub legend: Option<CurveKey>,
    pub links: Vec<LinkPath>,
    /// The figures of each stage in data lanes (above the lane's own cards).
    pub data: Vec<DataCell>,
    /// How many cards each cell holds (those shown), lane by lane: the cell of lane
    /// `l` and stage `s` at `l * stages + s`.
    pub cell_counts: Vec<usize>,
    /// Where each card is in `cards`.
    pub(super) by_id: BTreeMap<CardId, usize>,
}

impl MapLayout {
    /// The rectangle of the cell of (stage, lane).
    pub fn cell(&self, stage: StageId, lane: LaneId) -> Option<Rect> {
        let s = self.stages.iter().find(|s| s.id == stage)?;
        let l = self.lanes.iter().find(|l| l.id == lane)?;
        Some(Rect::from_x_y_ranges(s.column.x_range(), l.row.y_range()))
    }

    /// The part of a cell where cards go (below the chart in an emotion lane).
    pub fn card_area(&self, stage: StageId, lane: LaneId) -> Option<Rect> {
        let mut cell = self.cell(stage, lane)?;
        if let Some(band) = &self.emotion_band
            && band.lane == lane
        {
            cell.min.y = band.rect.max.y;
        }
        Some(cell)
    }

    /// The cell under a point of the map.
    pub fn cell_at(&self, pos: Pos2) -> Option<(StageId, LaneId)> {
        let stage = self
            .stages
            .iter()
            .find(|s| s.column.x_range().contains(pos.x))?;
        let lane = self
            .lanes
            .iter()
            .find(|l| l.row.y_range().contains(pos.y))?;
        Some((stage.id, lane.id))
    }

    pub fn card(&self, id: CardId) -> Option<&CardBox> {
        self.by_id.get(&id).and_then(|i| self.cards.get(*i))
    }

    /// The top-most card under a point.
    pub fn card_at(&self, pos: Pos2) -> Option<&CardBox> {
        self.cards.iter().rev().find(|c| c.rect.contains(pos))
    }
}

/// Where a new card dropped at `pos` in a cell goes: the index among the cell's
/// cards (in card order) before which it is inserted.
pub fn slot_in_cell(map: &MapLayout, cell_cards: &[CardId], pos: Pos2) -> usize {
    cell_cards
        .iter()
        .position(|id| map.card(*id).is_some_and(|c| pos.y < c.rect.center().y))
        .unwrap_or(cell_cards.len())
}

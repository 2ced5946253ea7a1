//! Model → geometry of a journey map, in map units (1 unit = 1 point at 100% zoom):
//! phase bands, stage columns, lane rows and card rectangles. No painting here: the
//! canvas paints this, and exporters draw the same picture from it.

use std::collections::BTreeMap;

use emath::{Rect, Vec2, pos2, vec2};

use crate::model::{CardId, Journey, LaneId, Phase, StageId};

/// Sizes of the map's parts at 100% zoom.
#[derive(Clone, Debug, PartialEq)]
pub struct Metrics {
    /// Width of the column holding lane names.
    pub lane_header_width: f32,
    /// Height of the band naming the phases (before / during / after).
    pub phase_height: f32,
    /// Height of the row holding stage names.
    pub stage_header_height: f32,
    /// Width of a stage whose relative width is 1.
    pub stage_width: f32,
    /// Minimum height of a lane whose relative height is 1.
    pub lane_height: f32,
    pub card_height: f32,
    /// Space between cards, and between cards and the cell's edges.
    pub card_gap: f32,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            lane_header_width: 190.0,
            phase_height: 30.0,
            stage_header_height: 56.0,
            stage_width: 230.0,
            lane_height: 96.0,
            card_height: 64.0,
            card_gap: 10.0,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PhaseBand {
    pub phase: Phase,
    pub rect: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StageBox {
    pub id: StageId,
    /// The stage's name cell.
    pub header: Rect,
    /// The whole column below the header, through every lane.
    pub column: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LaneBox {
    pub id: LaneId,
    /// The lane's name cell.
    pub header: Rect,
    /// The whole row right of the header, through every stage.
    pub row: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CardBox {
    pub id: CardId,
    /// Where the card is in `journey.cards`.
    pub index: usize,
    pub rect: Rect,
}

/// The geometry of one journey map.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MapLayout {
    /// Size of the whole map; it starts at (0, 0).
    pub size: Vec2,
    pub phases: Vec<PhaseBand>,
    pub stages: Vec<StageBox>,
    pub lanes: Vec<LaneBox>,
    /// In the journey's card order; cards outside every cell are left out.
    pub cards: Vec<CardBox>,
}

impl MapLayout {
    /// The rectangle of the cell of (stage, lane).
    pub fn cell(&self, stage: StageId, lane: LaneId) -> Option<Rect> {
        let s = self.stages.iter().find(|s| s.id == stage)?;
        let l = self.lanes.iter().find(|l| l.id == lane)?;
        Some(Rect::from_x_y_ranges(s.column.x_range(), l.row.y_range()))
    }
}

/// Lays out a journey map. Cards stack top to bottom in their cell, in the journey's
/// card order; a lane grows to fit its fullest cell.
#[expect(
    clippy::many_single_char_names,
    reason = "x, y, w, h, s, l, i are the geometry's own names"
)]
pub fn layout(journey: &Journey, m: &Metrics) -> MapLayout {
    let stage_index: BTreeMap<StageId, usize> = journey
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let lane_index: BTreeMap<LaneId, usize> = journey
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id, i))
        .collect();
    let (n_stages, n_lanes) = (journey.stages.len(), journey.lanes.len());

    // Where each card goes within its cell, and how full each lane gets.
    let mut per_cell = vec![0usize; n_stages * n_lanes];
    let mut slot = Vec::with_capacity(journey.cards.len());
    for card in &journey.cards {
        let place = stage_index
            .get(&card.stage)
            .zip(lane_index.get(&card.lane))
            .map(|(&s, &l)| {
                let count = &mut per_cell[l * n_stages + s];
                *count += 1;
                (s, l, *count - 1)
            });
        slot.push(place);
    }
    let fullest_in_lane: Vec<usize> = (0..n_lanes)
        .map(|l| {
            per_cell[l * n_stages..(l + 1) * n_stages]
                .iter()
                .copied()
                .max()
                .unwrap_or(0)
        })
        .collect();

    let top = m.phase_height + m.stage_header_height;
    let mut x = m.lane_header_width;
    let mut stage_x = Vec::with_capacity(n_stages);
    for stage in &journey.stages {
        let width = m.stage_width * stage.width;
        stage_x.push((x, width));
        x += width;
    }
    let mut y = top;
    let mut lane_y = Vec::with_capacity(n_lanes);
    for (lane, &fullest) in journey.lanes.iter().zip(&fullest_in_lane) {
        let needed = fullest as f32 * (m.card_height + m.card_gap) + m.card_gap;
        let height = (m.lane_height * lane.height).max(needed);
        lane_y.push((y, height));
        y += height;
    }
    let size = vec2(x, y);

    let stages = journey
        .stages
        .iter()
        .zip(&stage_x)
        .map(|(s, &(x, w))| StageBox {
            id: s.id,
            header: Rect::from_min_size(pos2(x, m.phase_height), vec2(w, m.stage_header_height)),
            column: Rect::from_min_max(pos2(x, top), pos2(x + w, size.y)),
        })
        .collect();
    let lanes = journey
        .lanes
        .iter()
        .zip(&lane_y)
        .map(|(l, &(y, h))| LaneBox {
            id: l.id,
            header: Rect::from_min_size(pos2(0.0, y), vec2(m.lane_header_width, h)),
            row: Rect::from_min_max(pos2(m.lane_header_width, y), pos2(size.x, y + h)),
        })
        .collect();

    // Consecutive stages of the same phase share one band.
    let mut phases: Vec<PhaseBand> = Vec::new();
    for (stage, &(x, w)) in journey.stages.iter().zip(&stage_x) {
        match phases.last_mut() {
            Some(band) if band.phase == stage.phase => band.rect.max.x = x + w,
            _ => phases.push(PhaseBand {
                phase: stage.phase,
                rect: Rect::from_min_size(pos2(x, 0.0), vec2(w, m.phase_height)),
            }),
        }
    }

    let cards = journey
        .cards
        .iter()
        .zip(slot)
        .enumerate()
        .filter_map(|(index, (card, place))| {
            let (s, l, i) = place?;
            let (x, w) = *stage_x.get(s)?;
            let (y, _) = *lane_y.get(l)?;
            let min = pos2(
                x + m.card_gap,
                y + m.card_gap + i as f32 * (m.card_height + m.card_gap),
            );
            Some(CardBox {
                id: card.id,
                index,
                rect: Rect::from_min_size(min, vec2(w - 2.0 * m.card_gap, m.card_height)),
            })
        })
        .collect();

    MapLayout {
        size,
        phases,
        stages,
        lanes,
        cards,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::synthetic;

    #[test]
    fn cards_sit_inside_their_cells_without_overlap() {
        let project = synthetic::project(500);
        let journey = &project.journeys[0];
        let map = layout(journey, &Metrics::default());
        assert_eq!(map.cards.len(), 500);
        for (card, b) in journey.cards.iter().zip(&map.cards) {
            let cell = map.cell(card.stage, card.lane).unwrap();
            assert!(
                cell.contains_rect(b.rect),
                "card {} outside its cell",
                card.id
            );
        }
        for (i, a) in map.cards.iter().enumerate() {
            for b in &map.cards[i + 1..] {
                assert!(!a.rect.intersects(b.rect) || a.rect.intersect(b.rect).area() == 0.0);
            }
        }
        let right = map.stages.last().unwrap().column.max.x;
        assert!((right - map.size.x).abs() < 0.01);
    }

    #[test]
    fn cards_outside_every_cell_are_left_out_and_the_rest_keep_their_index() {
        let mut project = synthetic::project(50);
        let journey = &mut project.journeys[0];
        journey.cards[3].stage = crate::model::StageId(999_999);
        let map = layout(journey, &Metrics::default());
        assert_eq!(map.cards.len(), 49);
        for b in &map.cards {
            assert_eq!(journey.cards[b.index].id, b.id);
        }
    }

    #[test]
    fn phases_group_consecutive_stages() {
        let project = synthetic::project(100);
        let map = layout(&project.journeys[0], &Metrics::default());
        let phases: Vec<_> = map.phases.iter().map(|b| b.phase).collect();
        assert_eq!(phases, [Phase::Before, Phase::During, Phase::After]);
        assert!((map.phases[0].rect.min.x - Metrics::default().lane_header_width).abs() < 0.01);
    }

    #[test]
    fn an_empty_journey_has_just_headers() {
        let map = layout(&Journey::default(), &Metrics::default());
        assert!(map.cards.is_empty());
        assert!((map.size.x - Metrics::default().lane_header_width).abs() < 0.01);
    }
}

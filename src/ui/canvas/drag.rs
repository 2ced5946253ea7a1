//! Drags on the map: what is being dragged, where it would land (a cell and a place
//! among its cards, a stage's or lane's new place), what it looks like meanwhile, and
//! the request made when it is let go.

use std::collections::BTreeSet;

use egui::{Color32, Pos2, Rect, Stroke, StrokeKind, pos2};

use super::map::handle_pos;
use super::paint::Frame;
use super::{Canvas, Request};
use crate::app::Action;
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::layout::{MapLayout, slot_in_cell};
use crate::model::{CardId, Journey, LaneId, StageId};
use crate::ui::theme::color;

/// A drag in progress on the map.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Drag {
    Cards { ids: Vec<CardId>, from_in_map: Pos2 },
    Band { from_in_map: Pos2, additive: bool },
    Pan,
    Link { from: CardId },
    Stage(StageId),
    Lane(LaneId),
    StageWidth { id: StageId, from: f32 },
    LaneHeight { id: LaneId, from: f32 },
}

/// The edit a resize drag makes when the pointer has moved `moved` map units.
pub(super) fn resize(
    journey: &Journey,
    drag: &Drag,
    moved: egui::Vec2,
    m: &crate::layout::Metrics,
) -> Option<Action> {
    let (edit, label, key) = match drag {
        Drag::StageWidth { id, from } => {
            let stage = journey.stage(*id)?;
            let width = (from + moved.x / m.stage_width).clamp(0.4, 4.0);
            if (width - stage.width).abs() <= 0.005 {
                return None;
            }
            let item = crate::model::Stage {
                width,
                ..stage.clone()
            };
            let edit = Edit::Stage {
                journey: journey.id,
                change: Change::Replace { item },
            };
            (
                edit,
                crate::said!("inspector-resize-stage"),
                GestureKey::new("stage_width", *id),
            )
        }
        Drag::LaneHeight { id, from } => {
            let lane = journey.lane(*id)?;
            let height = (from + moved.y / m.lane_height).clamp(0.4, 6.0);
            if (height - lane.height).abs() <= 0.005 {
                return None;
            }
            let item = crate::model::Lane {
                height,
                ..lane.clone()
            };
            let edit = Edit::Lane {
                journey: journey.id,
                change: Change::Replace { item },
            };
            (
                edit,
                crate::said!("inspector-resize-lane"),
                GestureKey::new("lane_height", *id),
            )
        }
        _ => return None,
    };
    Some(Action::Edit {
        edit: Box::new(edit),
        label,
        gesture: Some(key),
    })
}

pub(super) fn finish_drag(
    drag: &Drag,
    map: &MapLayout,
    journey: &Journey,
    canvas: &mut Canvas,
    at: Pos2,
    zoom: f32,
    actions: &mut Vec<Action>,
) {
    match drag {
        Drag::Cards { ids, from_in_map } => {
            if (at - *from_in_map).length() * zoom < 4.0 {
                return;
            }
            if let Some((stage, lane)) = map.cell_at(at) {
                let cell: Vec<CardId> = journey
                    .cards_in(stage, lane)
                    .map(|c| c.id)
                    .filter(|id| !ids.contains(id))
                    .collect();
                let before = cell.get(slot_in_cell(map, &cell, at)).copied();
                actions.push(Action::Canvas(Request::MoveCards {
                    cards: ids.clone(),
                    stage,
                    lane,
                    before,
                }));
            }
        }
        Drag::Band {
            from_in_map,
            additive,
        } => {
            let band = Rect::from_two_pos(*from_in_map, at);
            let inside: Vec<CardId> = map
                .cards
                .iter()
                .filter(|c| c.rect.intersects(band))
                .map(|c| c.id)
                .collect();
            let sel = &mut canvas.selection;
            if !additive {
                sel.cards.clear();
            }
            sel.link = None;
            sel.header = None;
            let mut chosen: BTreeSet<CardId> = sel.cards.iter().copied().collect();
            for id in inside {
                if chosen.insert(id) {
                    sel.cards.push(id);
                }
            }
        }
        Drag::Link { from } => {
            if let Some(target) = map.card_at(at)
                && target.id != *from
            {
                actions.push(Action::Canvas(Request::Link {
                    from: *from,
                    to: target.id,
                }));
            }
        }
        Drag::Stage(id) => {
            if let Some((to, _)) = stage_drop(map, journey, *id, at) {
                actions.push(Action::Canvas(Request::MoveStage { stage: *id, to }));
            }
        }
        Drag::Lane(id) => {
            if let Some((to, _)) = lane_drop(map, journey, *id, at) {
                actions.push(Action::Canvas(Request::MoveLane { lane: *id, to }));
            }
        }
        Drag::Pan | Drag::StageWidth { .. } | Drag::LaneHeight { .. } => {}
    }
}

/// Where a dragged stage lands when dropped at `at`: its new index, and the x (in
/// map units) of the gap it goes into. A stage moved right lands after the stage
/// under the pointer, moved left before it. `None` when it would not move.
pub(super) fn stage_drop(
    map: &MapLayout,
    journey: &Journey,
    id: StageId,
    at: Pos2,
) -> Option<(usize, f32)> {
    let from = journey.stage_index(id)?;
    let to = map
        .stages
        .iter()
        .position(|s| s.column.x_range().contains(at.x))?;
    let column = map.stages.get(to)?.column;
    (to != from).then_some((
        to,
        if to > from {
            column.max.x
        } else {
            column.min.x
        },
    ))
}

/// Where a dragged lane lands, as [`stage_drop`] (moved down, it goes below).
pub(super) fn lane_drop(
    map: &MapLayout,
    journey: &Journey,
    id: LaneId,
    at: Pos2,
) -> Option<(usize, f32)> {
    let from = journey.lane_index(id)?;
    let to = map
        .lanes
        .iter()
        .position(|l| l.row.y_range().contains(at.y))?;
    let row = map.lanes.get(to)?.row;
    (to != from).then_some((to, if to > from { row.max.y } else { row.min.y }))
}

/// Where cards dropped at a point of the map go: a cell, and a place among its cards.
pub(super) struct DropTarget {
    pub stage: StageId,
    pub lane: LaneId,
    /// The cell's cards (without those being moved).
    cell: Vec<CardId>,
    slot: usize,
}

impl DropTarget {
    pub(super) fn at(
        map: &MapLayout,
        journey: &Journey,
        at: Pos2,
        moving: &[CardId],
    ) -> Option<Self> {
        let (stage, lane) = map.cell_at(at)?;
        let cell: Vec<CardId> = journey
            .cards_in(stage, lane)
            .map(|c| c.id)
            .filter(|id| !moving.contains(id))
            .collect();
        let slot = slot_in_cell(map, &cell, at);
        Some(Self {
            stage,
            lane,
            cell,
            slot,
        })
    }

    /// The card the dropped ones go before (none: at the end of the cell).
    pub(super) fn before(&self) -> Option<CardId> {
        self.cell.get(self.slot).copied()
    }

    /// The cell outlined, and a line where the cards will go.
    pub(super) fn paint(
        &self,
        painter: &egui::Painter,
        map: &MapLayout,
        frame: &Frame,
        accent: Color32,
    ) {
        let Some(area) = map.card_area(self.stage, self.lane) else {
            return;
        };
        let y = match self.before().and_then(|id| map.card(id)) {
            Some(next) => next.rect.min.y - 5.0,
            None => self
                .cell
                .last()
                .and_then(|id| map.card(*id))
                .map_or(area.min.y + 5.0, |c| c.rect.max.y + 5.0),
        };
        let left = frame.pos(pos2(area.min.x + 8.0, y));
        let right = frame.pos(pos2(area.max.x - 8.0, y));
        painter.line_segment([left, right], Stroke::new(3.0, accent));
        painter.rect_stroke(
            frame.rect(area),
            0.0,
            Stroke::new(1.5, accent.gamma_multiply(0.5)),
            StrokeKind::Inside,
        );
    }
}

#[expect(clippy::too_many_arguments, reason = "the parts of one overlay")]
pub(super) fn drag_overlay(
    painter: &egui::Painter,
    canvas: &Canvas,
    map: &MapLayout,
    frame: &Frame,
    journey: &Journey,
    pointer: Option<Pos2>,
    pointer_in_map: Option<Pos2>,
    palette: &crate::theme::Palette,
) {
    let (Some(drag), Some(pointer), Some(at)) = (&canvas.drag, pointer, pointer_in_map) else {
        return;
    };
    let accent = color(palette.selection);
    match drag {
        Drag::Cards { ids, from_in_map } => {
            let shift = (at - *from_in_map) * frame.zoom();
            for id in ids {
                if let Some(card) = map.card(*id) {
                    let r = frame.rect(card.rect).translate(shift);
                    painter.rect_filled(r, 4.0, color(card.fill).gamma_multiply(0.7));
                    painter.rect_stroke(r, 4.0, Stroke::new(2.0, accent), StrokeKind::Inside);
                }
            }
            if let Some(target) = DropTarget::at(map, journey, at, ids) {
                target.paint(painter, map, frame, accent);
            }
        }
        Drag::Band { from_in_map, .. } => {
            let r = Rect::from_two_pos(frame.pos(*from_in_map), pointer);
            painter.rect_filled(r, 0.0, accent.gamma_multiply(0.12));
            painter.rect_stroke(r, 0.0, Stroke::new(1.0, accent), StrokeKind::Inside);
        }
        Drag::Link { from } => {
            if let Some(card) = map.card(*from) {
                let start = handle_pos(frame, card.rect);
                painter.line_segment([start, pointer], Stroke::new(2.0, accent));
                painter.circle_filled(pointer, 4.0, accent);
            }
        }
        Drag::Stage(id) => {
            if let Some((_, x)) = stage_drop(map, journey, *id, at) {
                let x = frame.pos(pos2(x, 0.0)).x;
                let r = frame.top_header(map.stages.first().map_or(Rect::ZERO, |s| s.header));
                painter.vline(x, r.min.y..=frame.canvas.max.y, Stroke::new(3.0, accent));
            }
        }
        Drag::Lane(id) => {
            if let Some((_, y)) = lane_drop(map, journey, *id, at) {
                let y = frame.pos(pos2(0.0, y)).y;
                let r = frame.side_header(map.lanes.first().map_or(Rect::ZERO, |l| l.header));
                painter.hline(r.min.x..=frame.canvas.max.x, y, Stroke::new(3.0, accent));
            }
        }
        Drag::Pan | Drag::StageWidth { .. } | Drag::LaneHeight { .. } => {}
    }
}

//! The map widget: input (pointer, wheel, drags, inline typing) and drawing.

use std::collections::BTreeSet;

use egui::{
    Color32, Id, Key, Modifiers, PointerButton, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, pos2,
    vec2,
};

use super::paint::{self, Detail, Frame, Scene};
use super::view::LEGIBLE_TEXT;
use super::{Canvas, EditTarget, Header, Request};
use crate::app::{Action, Command};
use crate::document::Document;
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::layout::{MapLayout, slot_in_cell};
use crate::model::{
    CardColoring, CardId, Journey, LaneId, LaneKind, LinkId, NoteId, Phase, ProjectInfo, Rgb,
    StageId,
};
use crate::ui::theme::{self, color};

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

/// What is under the pointer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Hit {
    Handle(CardId),
    Card(CardId),
    StageEdge(StageId),
    Stage(StageId),
    LaneEdge(LaneId),
    Lane(LaneId),
    Link(LinkId),
    Cell(StageId, LaneId),
    Nothing,
}

/// The radius of the link handle on a card, in points.
const HANDLE: f32 = 6.0;

fn handle_pos(frame: &Frame, card: Rect) -> Pos2 {
    frame.rect(card).right_center() + vec2(HANDLE + 2.0, 0.0)
}

fn hit_test(map: &MapLayout, frame: &Frame, canvas: &Canvas, pointer: Pos2) -> Hit {
    // Headers are drawn on top of everything.
    for stage in &map.stages {
        let r = frame.top_header(stage.header);
        let on_edge = (pointer.x - r.max.x).abs() <= 5.0 && r.y_range().contains(pointer.y);
        if on_edge {
            return Hit::StageEdge(stage.id);
        }
        if r.contains(pointer) {
            return Hit::Stage(stage.id);
        }
    }
    for lane in &map.lanes {
        let r = frame.side_header(lane.header);
        if r.contains(pointer) {
            if (pointer.y - r.max.y).abs() <= 5.0 {
                return Hit::LaneEdge(lane.id);
            }
            return Hit::Lane(lane.id);
        }
    }
    // Phase bands, the corner, and whatever scrolled under the headers.
    if !frame.content_area(map).contains(pointer) {
        return Hit::Nothing;
    }
    let in_map = frame.view.map_from_screen(frame.canvas, pointer);
    let under = map.card_at(in_map);
    if let Some(card) = under {
        return Hit::Card(card.id);
    }
    // The link handle sits just right of the hovered or current card.
    if frame.zoom() >= 0.3 {
        let left = vec2(-(HANDLE + 10.0) / frame.zoom(), 0.0);
        let beside = map.card_at(in_map + left).map(|c| c.id);
        for id in beside.into_iter().chain(canvas.selection.current()) {
            if let Some(card) = map.card(id)
                && handle_pos(frame, card.rect).distance(pointer) <= HANDLE + 2.0
            {
                return Hit::Handle(id);
            }
        }
    }
    let near = 6.0 / frame.zoom();
    for link in &map.links {
        if bezier_distance(&link.bezier, in_map) <= near {
            return Hit::Link(link.id);
        }
    }
    match map.cell_at(in_map) {
        Some((s, l)) => Hit::Cell(s, l),
        None => Hit::Nothing,
    }
}

/// The edit a resize drag makes when the pointer has moved `moved` map units.
fn resize(
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
            (edit, "Resize stage", GestureKey::new("stage width", *id))
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
            (edit, "Resize lane", GestureKey::new("lane height", *id))
        }
        _ => return None,
    };
    Some(Action::Edit {
        edit: Box::new(edit),
        label: label.to_owned(),
        gesture: Some(key),
    })
}

/// Distance from a point to a cubic Bézier curve (sampled).
fn bezier_distance(b: &[Pos2; 4], p: Pos2) -> f32 {
    (0..=24)
        .map(|i| crate::layout::bezier_point(b, i as f32 / 24.0).distance(p))
        .fold(f32::INFINITY, f32::min)
}

/// Draws the map of `journey` and handles the pointer on it.
#[expect(
    clippy::too_many_lines,
    reason = "the map's event loop reads best in one place"
)]
pub fn map_ui(
    ui: &mut Ui,
    doc: &Document,
    journey: &Journey,
    canvas: &mut Canvas,
    actions: &mut Vec<Action>,
) {
    let palette = theme::palette(ui.ctx());
    let dark = ui.visuals().dark_mode;
    canvas.keep_valid(journey, doc.revision());
    let map = canvas.layout(doc, journey, &palette, u8::from(dark));
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::CLICK | Sense::DRAG);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, format!("Map of {}", journey.name))
    });
    canvas.last_rect = Some(rect);
    let mut view = canvas.view(journey.id);
    if view.needs_fit {
        // Opened readable: the stages across, the lanes scrolled down to.
        view.fit_width(rect, map.size, canvas.metrics.card_title.size);
    }

    // Wheel: scroll pans, Ctrl+wheel and pinch zoom around the pointer.
    if response.contains_pointer() {
        let (scroll, zoom, pointer) =
            ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta(), i.pointer.hover_pos()));
        if (zoom - 1.0).abs() > f32::EPSILON {
            view.zoom_around(rect, pointer.unwrap_or(rect.center()), zoom);
        } else if scroll != egui::Vec2::ZERO {
            view.offset += scroll;
        }
    }
    let modifiers = ui.input(|i| i.modifiers);
    let frame = Frame::new(rect, view, &map);
    let pointer = response.hover_pos().or(response.interact_pointer_pos());
    let hit = pointer.map_or(Hit::Nothing, |p| hit_test(&map, &frame, canvas, p));
    let hovered_card = match hit {
        Hit::Card(id) | Hit::Handle(id) => Some(id),
        _ => None,
    };
    match hit {
        Hit::StageEdge(_) => ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal),
        Hit::LaneEdge(_) => ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeVertical),
        Hit::Handle(_) => ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair),
        Hit::Card(_) | Hit::Stage(_) | Hit::Lane(_) if canvas.drag.is_none() => {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        _ => {}
    }

    // Clicks.
    if response.clicked() || response.secondary_clicked() {
        ui.memory_mut(egui::Memory::stop_text_input);
        let additive = modifiers.command || modifiers.shift;
        let sel = &mut canvas.selection;
        match hit {
            Hit::Card(id) | Hit::Handle(id) if response.clicked() && canvas.casting.is_some() => {
                // Voting: a click gives the card a dot, Ctrl+click takes one back.
                if let Some((_, participant)) = canvas.casting {
                    canvas.select_card(journey, id);
                    actions.push(Action::Vote(crate::app::votes::VoteAction::Cast {
                        card: id,
                        participant,
                        add: !modifiers.command,
                    }));
                }
            }
            Hit::Card(id) | Hit::Handle(id) => {
                if additive && response.clicked() {
                    sel.link = None;
                    sel.header = None;
                    if let Some(i) = sel.cards.iter().position(|c| *c == id) {
                        sel.cards.remove(i);
                    } else {
                        sel.cards.push(id);
                    }
                } else if !sel.cards.contains(&id) || response.clicked() {
                    canvas.select_card(journey, id);
                }
            }
            Hit::Stage(id) | Hit::StageEdge(id) => {
                sel.cards.clear();
                sel.link = None;
                sel.header = Some(Header::Stage(id));
            }
            Hit::Lane(id) | Hit::LaneEdge(id) => {
                sel.cards.clear();
                sel.link = None;
                sel.header = Some(Header::Lane(id));
            }
            Hit::Link(id) => {
                sel.cards.clear();
                sel.header = None;
                sel.link = Some(id);
            }
            Hit::Cell(s, l) => {
                if !additive {
                    sel.cards.clear();
                }
                sel.link = None;
                sel.header = None;
                sel.cell = Some((s, l));
            }
            Hit::Nothing => {}
        }
    }
    if response.double_clicked() {
        match hit {
            // Voting: two quick clicks are two dots, not typing.
            Hit::Card(_) if canvas.casting.is_some() => {}
            Hit::Card(id) => {
                actions.push(Action::Canvas(Request::Edit(EditTarget::CardTitle(id))));
            }
            Hit::Stage(id) => {
                actions.push(Action::Canvas(Request::Edit(EditTarget::StageName(id))));
            }
            Hit::Lane(id) => actions.push(Action::Canvas(Request::Edit(EditTarget::LaneName(id)))),
            Hit::Cell(stage, lane) => {
                let before = pointer.map(|p| {
                    let cell: Vec<CardId> = journey.cards_in(stage, lane).map(|c| c.id).collect();
                    let slot = slot_in_cell(&map, &cell, frame.view.map_from_screen(rect, p));
                    cell.get(slot).copied()
                });
                actions.push(Action::Canvas(Request::NewCard {
                    stage,
                    lane,
                    before: before.flatten(),
                }));
            }
            _ => {}
        }
    }

    // Drags.
    if canvas.drag.is_none() {
        if response.drag_started_by(PointerButton::Middle)
            || (response.drag_started_by(PointerButton::Primary)
                && ui.input(|i| i.key_down(Key::Space)))
        {
            canvas.drag = Some(Drag::Pan);
        } else if response.drag_started_by(PointerButton::Primary)
            && let Some(origin) = ui.input(|i| i.pointer.press_origin())
        {
            let start = hit_test(&map, &frame, canvas, origin);
            let from_in_map = frame.view.map_from_screen(rect, origin);
            canvas.drag = Some(match start {
                Hit::Handle(from) => Drag::Link { from },
                Hit::Card(id) => {
                    if !canvas.selection.cards.contains(&id) {
                        canvas.select_card(journey, id);
                    }
                    Drag::Cards {
                        ids: canvas.selection.cards.clone(),
                        from_in_map,
                    }
                }
                Hit::StageEdge(id) => Drag::StageWidth {
                    id,
                    from: journey.stage(id).map_or(1.0, |s| s.width),
                },
                Hit::LaneEdge(id) => Drag::LaneHeight {
                    id,
                    from: journey.lane(id).map_or(1.0, |l| l.height),
                },
                Hit::Stage(id) => Drag::Stage(id),
                Hit::Lane(id) => Drag::Lane(id),
                Hit::Link(_) | Hit::Cell(..) | Hit::Nothing => Drag::Band {
                    from_in_map,
                    additive: modifiers.command || modifiers.shift,
                },
            });
        }
    }
    let pointer_in_map = pointer.map(|p| frame.view.map_from_screen(rect, p));
    if let Some(drag) = canvas.drag.clone() {
        match &drag {
            Drag::Pan => view.offset += response.drag_delta(),
            Drag::StageWidth { .. } | Drag::LaneHeight { .. } => {
                if let (Some(origin), Some(now)) = (ui.input(|i| i.pointer.press_origin()), pointer)
                    && let Some(action) =
                        resize(journey, &drag, (now - origin) / view.zoom, &canvas.metrics)
                {
                    actions.push(action);
                }
            }
            _ => {}
        }
        if response.drag_stopped() || !ui.input(|i| i.pointer.any_down()) {
            canvas.drag = None;
            if let Some(at) = pointer_in_map {
                finish_drag(&drag, &map, journey, canvas, at, frame.zoom(), actions);
            }
            actions.push(Action::EndGesture);
        }
    }

    // What is about to be typed in, or was just typed in, is kept in view (the field
    // as drawn: larger than the card where the map is zoomed out).
    if let Some(editing) = &canvas.editing
        && (editing.focus || std::mem::take(&mut canvas.follow_editor))
        && let EditTarget::CardTitle(_) = editing.target
        && let Some(field) = editor_place(
            &map,
            &Frame::new(rect, view, &map),
            editing.target,
            &palette,
        )
    {
        let field_in_map = Rect::from_min_max(
            view.map_from_screen(rect, field.rect.min),
            view.map_from_screen(rect, field.rect.max),
        );
        let inset = super::paint::header_size(&map) * view.zoom.min(1.0);
        view.reveal(rect, field_in_map, inset);
    }

    // Paint.
    let painter = ui.painter_at(rect);
    let frame = Frame::new(rect, view, &map);
    let editing_card = match canvas.editing.as_ref().map(|e| e.target) {
        Some(EditTarget::CardTitle(id)) => Some(id),
        _ => None,
    };
    let scene = Scene {
        map: &map,
        frame,
        palette: &palette,
        selection: &canvas.selection,
        selected_cards: canvas.selection.cards.iter().copied().collect(),
        editing_card,
        hovered_card,
    };
    paint::map(&painter, &scene);
    drag_overlay(
        &painter,
        canvas,
        &map,
        &frame,
        journey,
        pointer,
        pointer_in_map,
        &palette,
    );
    // A parked note dragged from the capture bar: shown where it would go, made a card
    // there when let go.
    let accent = color(palette.selection);
    if let Some(at) = pointer_in_map
        && response.dnd_hover_payload::<NoteId>().is_some()
        && let Some(target) = DropTarget::at(&map, journey, at, &[])
    {
        target.paint(&painter, &map, &frame, accent);
    }
    if let Some(note) = response.dnd_release_payload::<NoteId>()
        && let Some(target) = pointer_in_map.and_then(|at| DropTarget::at(&map, journey, at, &[]))
    {
        actions.push(Action::Capture(crate::app::capture::CaptureAction::Place {
            note: *note,
            stage: target.stage,
            lane: target.lane,
            before: target.before(),
        }));
    }
    if let Some(id) = hovered_card.or(canvas.selection.current())
        && canvas.drag.is_none()
        && frame.zoom() >= 0.3
        && let Some(card) = map.card(id)
        && frame
            .content_area(&map)
            .contains(handle_pos(&frame, card.rect))
    {
        let at = handle_pos(&frame, card.rect);
        let c = color(palette.selection);
        painter.circle_filled(at, HANDLE, c);
        painter.circle_stroke(at, HANDLE, Stroke::new(1.5, Color32::WHITE));
        if hit == Hit::Handle(id) {
            response
                .clone()
                .on_hover_text("Drag to another card to link them");
        }
    }

    zoom_controls(ui, &frame, actions);
    accessibility(ui, &map, &frame, journey, canvas);
    editor(ui, &map, &frame, canvas, &palette, actions);
    add_buttons(ui, &map, &frame, journey, actions);
    if let Some(Hit::Card(id)) = Some(hit)
        && canvas.drag.is_none()
        && canvas.editing.is_none()
        && let Some(card) = journey.card(id)
        && let Some(b) = map.card(id)
        && (b.title.elided || frame.zoom() < 0.6 || b.gap.is_some() || b.votes.is_some())
    {
        let mut text = if card.notes.is_empty() {
            card.title.clone()
        } else {
            format!("{}\n\n{}", card.title, card.notes)
        };
        for tag in b.gap.iter().chain(&b.votes) {
            text.push_str("\n\n");
            text.push_str(&tag.summary);
        }
        response.clone().on_hover_text_at_pointer(text);
    }
    context_menu(&response, hit, journey, canvas, actions);
    canvas.views.insert(journey.id, view);
    if canvas.drag.is_some() {
        ui.ctx().request_repaint();
    }
}

fn finish_drag(
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
fn stage_drop(map: &MapLayout, journey: &Journey, id: StageId, at: Pos2) -> Option<(usize, f32)> {
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
fn lane_drop(map: &MapLayout, journey: &Journey, id: LaneId, at: Pos2) -> Option<(usize, f32)> {
    let from = journey.lane_index(id)?;
    let to = map
        .lanes
        .iter()
        .position(|l| l.row.y_range().contains(at.y))?;
    let row = map.lanes.get(to)?.row;
    (to != from).then_some((to, if to > from { row.max.y } else { row.min.y }))
}

/// Where cards dropped at a point of the map go: a cell, and a place among its cards.
struct DropTarget {
    stage: StageId,
    lane: LaneId,
    /// The cell's cards (without those being moved).
    cell: Vec<CardId>,
    slot: usize,
}

impl DropTarget {
    fn at(map: &MapLayout, journey: &Journey, at: Pos2, moving: &[CardId]) -> Option<Self> {
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
    fn before(&self) -> Option<CardId> {
        self.cell.get(self.slot).copied()
    }

    /// The cell outlined, and a line where the cards will go.
    fn paint(&self, painter: &egui::Painter, map: &MapLayout, frame: &Frame, accent: Color32) {
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
fn drag_overlay(
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

/// Invisible widgets over the cards and headers in view, so screen readers (and
/// tests) find them by their names.
fn accessibility(ui: &Ui, map: &MapLayout, frame: &Frame, journey: &Journey, canvas: &Canvas) {
    // Where cards show their titles (in full or abridged); not the overview's dots.
    if Detail::for_zoom(frame.zoom()) == Detail::Dots {
        return;
    }
    let visible = frame.view.visible_map_rect(frame.canvas);
    for card in map.cards.iter().filter(|c| c.rect.intersects(visible)) {
        let Some(model) = journey.cards.get(card.index) else {
            continue;
        };
        let r = frame.rect(card.rect).intersect(frame.canvas);
        let response = ui.interact(r, Id::unique(("map card", card.id)), Sense::hover());
        let selected = canvas.selection.cards.contains(&card.id);
        let label = if model.title.is_empty() {
            "Untitled card"
        } else {
            model.title.as_str()
        };
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, label));
    }
    for (stage, b) in journey.stages.iter().zip(&map.stages) {
        let r = frame.top_header(b.header).intersect(frame.canvas);
        if r.is_positive() {
            let response = ui.interact(r, Id::unique(("map stage", stage.id)), Sense::hover());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ColumnHeader, true, &stage.name)
            });
        }
    }
    for (lane, b) in journey.lanes.iter().zip(&map.lanes) {
        let r = frame.side_header(b.header).intersect(frame.canvas);
        if r.is_positive() {
            let response = ui.interact(r, Id::unique(("map lane", lane.id)), Sense::hover());
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::RowHeader, true, &lane.name));
        }
    }
}

/// Where the field for typing on the map goes: over the card or header, and never
/// with text smaller than [`LEGIBLE_TEXT`]: on a zoomed-out map the field is larger
/// than what it edits, kept inside the canvas.
struct EditorPlace {
    /// On screen.
    rect: Rect,
    fill: Rgb,
    style: crate::layout::text::TextStyle,
    /// Screen points per map unit of the field's text.
    scale: f32,
}

fn editor_place(
    map: &MapLayout,
    frame: &Frame,
    target: EditTarget,
    palette: &crate::theme::Palette,
) -> Option<EditorPlace> {
    let (rect, fill, style, scale) = match target {
        EditTarget::CardTitle(id) => map
            .card(id)
            .map(|c| (frame.rect(c.rect), c.fill, c.title.style, frame.zoom())),
        EditTarget::StageName(id) => map.stages.iter().find(|s| s.id == id).map(|s| {
            let r = frame.top_header(s.header);
            (r, palette.header_fill, s.name.style, frame.header_scale)
        }),
        EditTarget::LaneName(id) => map.lanes.iter().find(|l| l.id == id).map(|l| {
            let r = frame.side_header(l.header);
            (r, palette.header_fill, l.name.style, frame.header_scale)
        }),
    }?;
    let legible = LEGIBLE_TEXT / style.size;
    if scale >= legible {
        return Some(EditorPlace {
            rect,
            fill,
            style,
            scale,
        });
    }
    let size = rect.size() * (legible / scale.max(0.01));
    let mut grown = Rect::from_min_size(rect.min, size);
    // Inside the canvas where it fits.
    let room = frame.canvas.shrink(4.0);
    let shift = vec2(
        (room.max.x - grown.max.x)
            .min(0.0)
            .max(room.min.x - grown.min.x),
        (room.max.y - grown.max.y)
            .min(0.0)
            .max(room.min.y - grown.min.y),
    );
    grown = grown.translate(shift);
    Some(EditorPlace {
        rect: grown,
        fill,
        style,
        scale: legible,
    })
}

/// The text field over a card or header being typed in.
fn editor(
    ui: &mut Ui,
    map: &MapLayout,
    frame: &Frame,
    canvas: &mut Canvas,
    palette: &crate::theme::Palette,
    actions: &mut Vec<Action>,
) {
    let Some(editing) = &mut canvas.editing else {
        return;
    };
    let Some(EditorPlace {
        rect: outer,
        fill,
        style,
        scale,
    }) = editor_place(map, frame, editing.target, palette)
    else {
        // What was being typed in is no longer on the map (filtered out, deleted).
        actions.push(Action::Canvas(Request::CancelEdit));
        return;
    };
    let painter = ui.painter();
    painter.rect_filled(outer, 4.0, color(fill));
    painter.rect_stroke(
        outer,
        4.0,
        Stroke::new(3.0, color(palette.selection)),
        StrokeKind::Inside,
    );

    // Enter keeps, Shift+Enter starts a new line, Esc takes back.
    let (enter, escape) = ui.input_mut(|i| {
        let enter = !i.modifiers.shift && i.consume_key(Modifiers::NONE, Key::Enter);
        let escape = i.consume_key(Modifiers::NONE, Key::Escape);
        (enter, escape)
    });
    let id = Id::unique(("map editor", editing.target));
    let focus = std::mem::take(&mut editing.focus);
    if focus {
        // Start with all the text selected, so typing replaces it.
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::select_all_str(
                &editing.text,
            )));
        state.store(ui.ctx(), id);
        // Focused before it is drawn: an unfocused field collapses its selection.
        ui.memory_mut(|m| m.request_focus(id));
    }
    let mut text = editing.text.clone();
    let inner = outer.shrink(8.0 * scale.min(1.0));
    let field = egui::TextEdit::multiline(&mut text)
        .id(id)
        .font(style.font_id(scale.max(0.5)))
        .text_color(color(palette.card_text))
        .frame(egui::Frame::NONE)
        .desired_width(inner.width())
        .desired_rows(1)
        .hint_text("Type, then Enter")
        .return_key(Some(egui::KeyboardShortcut::new(
            Modifiers::SHIFT,
            Key::Enter,
        )));
    let response = ui.put(inner, field);
    let name = match editing.target {
        EditTarget::CardTitle(_) => "Card title",
        EditTarget::StageName(_) => "Stage name",
        EditTarget::LaneName(_) => "Lane name",
    };
    crate::ui::widgets::name_text_field(&response, name, &text);
    if response.changed() {
        actions.push(Action::Canvas(Request::Typed(text)));
        canvas.follow_editor = true;
    }
    if escape || enter {
        // The keys go back to the map.
        response.surrender_focus();
    }
    if escape {
        actions.push(Action::Canvas(Request::CancelEdit));
    } else if enter || (response.lost_focus() && !focus) {
        actions.push(Action::Canvas(Request::CommitEdit));
    }
}

/// The zoom level, fit width, fit everything, zoom out and zoom in, in the canvas'
/// bottom-right corner.
fn zoom_controls(ui: &mut Ui, frame: &Frame, actions: &mut Vec<Action>) {
    let height = 26.0;
    let font = egui::TextStyle::Button.resolve(ui.style());
    let padding = ui.spacing().button_padding.x;
    let buttons = [
        (Command::ZoomIn, "+"),
        (Command::ZoomOut, "−"),
        (Command::FitToScreen, "Fit all"),
        (Command::FitWidth, "Fit width"),
    ]
    .map(|(command, text)| {
        let galley = ui
            .painter()
            .layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE);
        let width = (galley.size().x + 2.0 * padding + 8.0).max(36.0);
        (command, text, width)
    });
    let label_width = 50.0;
    let spacing = 4.0;
    let total = buttons.iter().map(|(_, _, w)| w + spacing).sum::<f32>() + label_width;
    let mut x = frame.canvas.max.x - 14.0;
    let y = frame.canvas.max.y - 14.0 - height;
    // On a plate of their own, so they read over the cards beneath.
    let plate = Rect::from_min_max(pos2(x - total, y), pos2(x, y + height)).expand(4.0);
    let visuals = ui.visuals();
    ui.painter().rect(
        plate,
        8.0,
        visuals.window_fill,
        visuals.window_stroke,
        StrokeKind::Inside,
    );
    for (command, text, width) in buttons {
        x -= width;
        let r = Rect::from_min_size(pos2(x, y), vec2(width, height));
        x -= spacing;
        let shortcut = command
            .shortcuts()
            .first()
            .map(|s| ui.ctx().format_shortcut(s))
            .unwrap_or_default();
        let button = egui::Button::new(text).corner_radius(6.0);
        if ui
            .put(r, button)
            .on_hover_text(format!(
                "{} ({shortcut}): {}",
                command.label(),
                command.tooltip()
            ))
            .clicked()
        {
            actions.push(Action::Command(command));
        }
    }
    let label = Rect::from_min_size(pos2(x - label_width, y), vec2(label_width, height));
    ui.put(
        label,
        egui::Label::new(egui::RichText::new(format!("{}%", frame.view.percent())).strong()),
    );
}

/// "+ Stage" after the last stage and "+ Lane" below the last lane.
fn add_buttons(
    ui: &mut Ui,
    map: &MapLayout,
    frame: &Frame,
    journey: &Journey,
    actions: &mut Vec<Action>,
) {
    if journey.locked || Detail::for_zoom(frame.zoom()) == Detail::Dots {
        return;
    }
    let size = vec2(96.0, 28.0);
    let stage_anchor = map.stages.last().map_or_else(
        || {
            frame
                .top_header(Rect::from_min_size(pos2(map.size.x, 30.0), vec2(1.0, 58.0)))
                .left_center()
        },
        |s| frame.top_header(s.header).right_center(),
    );
    let r = Rect::from_min_size(stage_anchor + vec2(10.0, -size.y / 2.0), size);
    if frame.canvas.contains_rect(r)
        && ui
            .put(r, egui::Button::new("+ Stage"))
            .on_hover_text("Add a stage at the end")
            .clicked()
    {
        let phase = journey.stages.last().map_or(Phase::During, |s| s.phase);
        actions.push(Action::Canvas(Request::AddStage {
            index: journey.stages.len(),
            phase,
        }));
    }
    let lane_anchor = map.lanes.last().map_or_else(
        || {
            frame
                .side_header(Rect::from_min_size(pos2(0.0, map.size.y), vec2(200.0, 1.0)))
                .center_top()
        },
        |l| frame.side_header(l.header).center_bottom(),
    );
    let r = Rect::from_min_size(lane_anchor + vec2(-size.x / 2.0, 10.0), size);
    if frame.canvas.contains_rect(r)
        && ui
            .put(r, egui::Button::new("+ Lane"))
            .on_hover_text("Add a lane at the bottom")
            .clicked()
    {
        actions.push(Action::Canvas(Request::AddLane {
            index: journey.lanes.len(),
        }));
    }
}

/// Right-click menus for cards, headers, links and cells.
fn context_menu(
    response: &egui::Response,
    hit: Hit,
    journey: &Journey,
    canvas: &mut Canvas,
    actions: &mut Vec<Action>,
) {
    if response.secondary_clicked() {
        canvas.menu_target = Some(hit);
    }
    let Some(target) = canvas.menu_target else {
        return;
    };
    let shown = response.context_menu(|ui| {
        let command = |ui: &mut Ui, actions: &mut Vec<Action>, command: Command| {
            let mut button = egui::Button::new(command.label());
            if let Some(shortcut) = command.shortcuts().first() {
                button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
            }
            if ui.add(button).clicked() {
                actions.push(Action::Command(command));
                ui.close();
            }
        };
        match target {
            Hit::Card(_) | Hit::Handle(_) => {
                command(ui, actions, Command::EditCard);
                command(ui, actions, Command::Duplicate);
                command(ui, actions, Command::Copy);
                command(ui, actions, Command::Cut);
                ui.separator();
                command(ui, actions, Command::DeleteSelection);
            }
            Hit::Stage(id) | Hit::StageEdge(id) => stage_menu(ui, journey, id, actions),
            Hit::Lane(id) | Hit::LaneEdge(id) => lane_menu(ui, journey, id, actions),
            Hit::Link(_) => {
                if ui.button("Delete link").clicked() {
                    actions.push(Action::Command(Command::DeleteSelection));
                    ui.close();
                }
            }
            Hit::Cell(stage, lane) => {
                if ui.button("New card here").clicked() {
                    actions.push(Action::Canvas(Request::NewCard {
                        stage,
                        lane,
                        before: None,
                    }));
                    ui.close();
                }
                command(ui, actions, Command::Paste);
                ui.separator();
                command(ui, actions, Command::FitToScreen);
            }
            Hit::Nothing => command(ui, actions, Command::FitToScreen),
        }
    });
    if shown.is_none() && !response.context_menu_opened() {
        canvas.menu_target = None;
    }
}

/// Stage colours offered in menus.
pub const ACCENTS: [(&str, Rgb); 8] = [
    ("Blue", Rgb::new(0x3b, 0x82, 0xf6)),
    ("Green", Rgb::new(0x22, 0xc5, 0x5e)),
    ("Yellow", Rgb::new(0xea, 0xb3, 0x08)),
    ("Orange", Rgb::new(0xf9, 0x73, 0x16)),
    ("Red", Rgb::new(0xef, 0x44, 0x44)),
    ("Purple", Rgb::new(0xa8, 0x55, 0xf7)),
    ("Teal", Rgb::new(0x14, 0xb8, 0xa6)),
    ("Grey", Rgb::new(0x78, 0x71, 0x6c)),
];

/// What a stage's or a lane's menu offers; the menus differ only in these.
struct HeaderMenu {
    rename: EditTarget,
    color: Option<Rgb>,
    /// The edit that gives the stage or lane another colour.
    recolour: Box<dyn Fn(Option<Rgb>) -> Action>,
    insert: [(&'static str, Request); 2],
    delete: (String, Request),
}

/// Rename, then `kind` (phase or lane kind), colour, insert and delete.
fn header_menu(
    ui: &mut Ui,
    menu: HeaderMenu,
    kind: impl FnOnce(&mut Ui, &mut Vec<Action>),
    actions: &mut Vec<Action>,
) {
    if ui.button("Rename").clicked() {
        actions.push(Action::Canvas(Request::Edit(menu.rename)));
        ui.close();
    }
    kind(ui, actions);
    ui.menu_button("Colour", |ui| {
        let choices = std::iter::once(("None", None)).chain(ACCENTS.map(|(n, c)| (n, Some(c))));
        for (name, rgb) in choices {
            let text = match rgb {
                Some(rgb) => swatch_text(ui, name, rgb),
                None => name.into(),
            };
            if ui.radio(menu.color == rgb, text).clicked() {
                actions.push((menu.recolour)(rgb));
                ui.close();
            }
        }
    });
    ui.separator();
    for (label, request) in menu.insert {
        if ui.button(label).clicked() {
            actions.push(Action::Canvas(request));
            ui.close();
        }
    }
    ui.separator();
    let (label, request) = menu.delete;
    if ui
        .button(label)
        .on_hover_text("Removes it and its cards; Undo brings them back")
        .clicked()
    {
        actions.push(Action::Canvas(request));
        ui.close();
    }
}

fn stage_menu(ui: &mut Ui, journey: &Journey, id: StageId, actions: &mut Vec<Action>) {
    let Some(stage) = journey.stage(id) else {
        return;
    };
    let index = journey.stage_index(id).unwrap_or(0);
    let replace = {
        let journey = journey.id;
        move |stage: crate::model::Stage, label: &str| Action::Edit {
            edit: Box::new(Edit::Stage {
                journey,
                change: Change::Replace { item: stage },
            }),
            label: label.to_owned(),
            gesture: None,
        }
    };
    let cards = journey.cards.iter().filter(|c| c.stage == id).count();
    let phase = stage.phase;
    let menu = HeaderMenu {
        rename: EditTarget::StageName(id),
        color: stage.color,
        recolour: Box::new({
            let stage = stage.clone();
            move |color| {
                replace(
                    crate::model::Stage {
                        color,
                        ..stage.clone()
                    },
                    "Recolour stage",
                )
            }
        }),
        insert: [
            ("Insert stage before", Request::AddStage { index, phase }),
            (
                "Insert stage after",
                Request::AddStage {
                    index: index + 1,
                    phase,
                },
            ),
        ],
        delete: (
            format!("Delete stage ({cards} cards)"),
            Request::DeleteStage(id),
        ),
    };
    let kind = |ui: &mut Ui, actions: &mut Vec<Action>| {
        ui.menu_button("Phase", |ui| {
            for phase in Phase::ALL {
                if ui.radio(stage.phase == phase, phase.label()).clicked() {
                    let changed = crate::model::Stage {
                        phase,
                        ..stage.clone()
                    };
                    actions.push(replace(changed, "Change phase"));
                    ui.close();
                }
            }
        });
    };
    header_menu(ui, menu, kind, actions);
}

fn lane_menu(ui: &mut Ui, journey: &Journey, id: LaneId, actions: &mut Vec<Action>) {
    let Some(lane) = journey.lane(id) else {
        return;
    };
    let index = journey.lane_index(id).unwrap_or(0);
    let replace = {
        let journey = journey.id;
        move |lane: crate::model::Lane, label: &str| Action::Edit {
            edit: Box::new(Edit::Lane {
                journey,
                change: Change::Replace { item: lane },
            }),
            label: label.to_owned(),
            gesture: None,
        }
    };
    let cards = journey.cards.iter().filter(|c| c.lane == id).count();
    let menu = HeaderMenu {
        rename: EditTarget::LaneName(id),
        color: lane.color,
        recolour: Box::new({
            let lane = lane.clone();
            move |color| {
                replace(
                    crate::model::Lane {
                        color,
                        ..lane.clone()
                    },
                    "Recolour lane",
                )
            }
        }),
        insert: [
            ("Insert lane above", Request::AddLane { index }),
            ("Insert lane below", Request::AddLane { index: index + 1 }),
        ],
        delete: (
            format!("Delete lane ({cards} cards)"),
            Request::DeleteLane(id),
        ),
    };
    let kind = |ui: &mut Ui, actions: &mut Vec<Action>| {
        ui.menu_button("Kind", |ui| {
            for kind in LaneKind::ALL {
                let text = format!("{} {}", kind.icon(), kind.label());
                if ui.radio(lane.kind == kind, text).clicked() {
                    let changed = crate::model::Lane {
                        kind,
                        ..lane.clone()
                    };
                    actions.push(replace(changed, "Change lane kind"));
                    ui.close();
                }
            }
        });
    };
    header_menu(ui, menu, kind, actions);
}

fn swatch_text(ui: &Ui, name: &str, rgb: Rgb) -> egui::WidgetText {
    let mut job = egui::text::LayoutJob::default();
    let font = egui::TextStyle::Button.resolve(ui.style());
    job.append(
        "■ ",
        0.0,
        egui::TextFormat::simple(font.clone(), color(rgb)),
    );
    job.append(
        name,
        0.0,
        egui::TextFormat::simple(font, ui.visuals().text_color()),
    );
    job.into()
}

/// The edit that switches between colouring cards by lane and by emotion.
pub fn toggle_card_colors(info: &ProjectInfo) -> Edit {
    let mut info = info.clone();
    info.settings.card_colors = match info.settings.card_colors {
        CardColoring::ByLane => CardColoring::ByEmotion,
        CardColoring::ByEmotion => CardColoring::ByLane,
    };
    Edit::ProjectInfo(info)
}

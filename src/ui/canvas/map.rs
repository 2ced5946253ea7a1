//! The map widget: input (pointer, wheel, drags, inline typing) and drawing.

use egui::{Color32, Id, Key, PointerButton, Pos2, Rect, Sense, Stroke, Ui, vec2};

use super::drag::{self, Drag, DropTarget};
use super::paint::{self, Detail, Frame, Scene};
use super::{Canvas, EditTarget, Header, Request};
use super::{menus, overlays};
use crate::app::Action;
use crate::document::Document;
use crate::layout::{MapLayout, slot_in_cell};
use crate::model::{CardId, Journey, LaneId, LinkId, NoteId, StageId};
use crate::t;
use crate::ui::theme::{self, color};

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

pub(super) fn handle_pos(frame: &Frame, card: Rect) -> Pos2 {
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
        egui::WidgetInfo::labeled(
            egui::Role::Canvas,
            true,
            t!("canvas-map-of", name = journey.name.as_str()),
        )
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
                        drag::resize(journey, &drag, (now - origin) / view.zoom, &canvas.metrics)
                {
                    actions.push(action);
                }
            }
            _ => {}
        }
        if response.drag_stopped() || !ui.input(|i| i.pointer.any_down()) {
            canvas.drag = None;
            if let Some(at) = pointer_in_map {
                drag::finish_drag(&drag, &map, journey, canvas, at, frame.zoom(), actions);
            }
            actions.push(Action::EndGesture);
        }
    }

    // What is about to be typed in, or was just typed in, is kept in view (the field
    // as drawn: larger than the card where the map is zoomed out).
    if let Some(editing) = &canvas.editing
        && (editing.focus || std::mem::take(&mut canvas.follow_editor))
        && let EditTarget::CardTitle(_) = editing.target
        && let Some(field) = overlays::editor_place(
            &map,
            &Frame::new(rect, view, &map),
            editing.target,
            &palette,
        )
    {
        // Where the field goes beside its card, not where the canvas' edge holds it:
        // the view moves to the card.
        let field_in_map = Rect::from_min_max(
            view.map_from_screen(rect, field.unclamped.min),
            view.map_from_screen(rect, field.unclamped.max),
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
        thumbnail: false,
    };
    paint::map(&painter, &scene);
    drag::drag_overlay(
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
            response.clone().on_hover_text(t!("canvas-link-handle-tip"));
        }
    }

    super::presence::show(ui, &map, &frame, journey, &canvas.others);
    overlays::zoom_controls(ui, &frame, actions);
    accessibility(ui, &map, &frame, journey, canvas);
    overlays::editor(ui, &map, &frame, canvas, &palette, actions);
    overlays::add_buttons(ui, &map, &frame, journey, actions);
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
    menus::context_menu(&response, hit, journey, canvas, actions);
    canvas.views.insert(journey.id, view);
    if canvas.drag.is_some() {
        ui.ctx().request_repaint();
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
        let response = ui.interact(r, Id::unique(("map_card", card.id)), Sense::hover());
        let selected = canvas.selection.cards.contains(&card.id);
        let label = if model.title.is_empty() {
            t!("canvas-untitled-card")
        } else {
            model.title.as_str()
        };
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, label));
    }
    for (stage, b) in journey.stages.iter().zip(&map.stages) {
        let r = frame.top_header(b.header).intersect(frame.canvas);
        if r.is_positive() {
            let response = ui.interact(r, Id::unique(("map_stage", stage.id)), Sense::hover());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ColumnHeader, true, &stage.name)
            });
        }
    }
    for (lane, b) in journey.lanes.iter().zip(&map.lanes) {
        let r = frame.side_header(b.header).intersect(frame.canvas);
        if r.is_positive() {
            let response = ui.interact(r, Id::unique(("map_lane", lane.id)), Sense::hover());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::RowHeader, true, lane.title())
            });
        }
    }
}

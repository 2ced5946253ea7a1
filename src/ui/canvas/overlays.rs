//! What the map draws over itself as widgets: the field for typing on the map (at a
//! legible size whatever the zoom), the zoom controls, "+ Stage" and "+ Lane".

use egui::{Color32, Id, Key, Modifiers, Rect, Stroke, StrokeKind, Ui, pos2, vec2};

use super::paint::{Detail, Frame};
use super::view::legible_zoom;
use super::{Canvas, EditTarget, Request};
use crate::app::{Action, Command};
use crate::layout::MapLayout;
use crate::model::{Journey, Phase, Rgb};
use crate::t;
use crate::ui::theme::color;

/// Where the field for typing on the map goes: over the card or header, and never
/// with text smaller than [`LEGIBLE_TEXT`]: on a zoomed-out map the field is larger
/// than what it edits, kept inside the canvas.
pub(super) struct EditorPlace {
    /// On screen.
    pub rect: Rect,
    /// Where it would be, beside what it edits, before it was kept inside the canvas
    /// (the view follows this).
    pub unclamped: Rect,
    fill: Rgb,
    style: crate::layout::text::TextStyle,
    /// Screen points per map unit of the field's text.
    scale: f32,
}

pub(super) fn editor_place(
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
    let legible = legible_zoom(style.size);
    if scale >= legible {
        return Some(EditorPlace {
            rect,
            unclamped: rect,
            fill,
            style,
            scale,
        });
    }
    let size = rect.size() * (legible / scale.max(0.01));
    let grown = Rect::from_min_size(rect.min, size);
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
    Some(EditorPlace {
        rect: grown.translate(shift),
        unclamped: grown,
        fill,
        style,
        scale: legible,
    })
}

/// The text field over a card or header being typed in.
pub(super) fn editor(
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
        ..
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
    let id = Id::unique(("map_editor", editing.target));
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
        .hint_text(t!("canvas-type-then-enter"))
        .return_key(Some(egui::KeyboardShortcut::new(
            Modifiers::SHIFT,
            Key::Enter,
        )));
    let response = ui.put(inner, field);
    let name = match editing.target {
        EditTarget::CardTitle(_) => t!("canvas-card-title"),
        EditTarget::StageName(_) => t!("canvas-stage-name"),
        EditTarget::LaneName(_) => t!("canvas-lane-name"),
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
pub(super) fn zoom_controls(ui: &mut Ui, frame: &Frame, actions: &mut Vec<Action>) {
    let height = 26.0;
    let font = egui::TextStyle::Button.resolve(ui.style());
    let padding = ui.spacing().button_padding.x;
    let buttons = [
        (Command::ZoomIn, "+"),
        (Command::ZoomOut, "−"),
        (Command::FitToScreen, t!("canvas-fit-all")),
        (Command::FitWidth, t!("canvas-fit-width")),
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

        let button = egui::Button::new(text).corner_radius(6.0);
        if ui
            .put(r, button)
            .on_hover_text(t!(
                "canvas-command-tip",
                command = command.label(),
                tip = command.hover_text(ui.ctx())
            ))
            .clicked()
        {
            actions.push(Action::Command(command));
        }
    }
    let label = Rect::from_min_size(pos2(x - label_width, y), vec2(label_width, height));
    let zoom = crate::i18n::numbers::percent(f64::from(frame.view.percent()), 0);
    ui.put(label, egui::Label::new(egui::RichText::new(zoom).strong()));
}

/// "+ Stage" after the last stage and "+ Lane" below the last lane.
pub(super) fn add_buttons(
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
            .put(r, egui::Button::new(t!("canvas-add-stage-button")))
            .on_hover_text(t!("canvas-add-stage-tip"))
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
            .put(r, egui::Button::new(t!("canvas-add-lane-button")))
            .on_hover_text(t!("canvas-add-lane-tip"))
            .clicked()
    {
        actions.push(Action::Canvas(Request::AddLane {
            index: journey.lanes.len(),
        }));
    }
}

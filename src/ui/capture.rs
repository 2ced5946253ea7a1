//! The capture bar under the journey map: a field where Enter keeps a note (as a card
//! in the selected cell, or in the parking lot) and the field stays ready for the
//! next; the parking lot's notes, which are dragged onto the map.

use egui::{RichText, TextEdit};

use crate::app::capture::CaptureAction;
use crate::app::{Action, JourneyApp, View};
use crate::model::NoteId;
use crate::t;

/// The field's accessible name (tests find it by it).
pub fn field_name() -> &'static str {
    t!("capture-field")
}

/// The field's id, to know whether it has the keyboard.
pub fn field_id() -> egui::Id {
    egui::Id::unique("capture_field")
}

pub fn panel(ui: &mut egui::Ui, app: &mut JourneyApp) {
    if !app.capture.shown || app.prefs.view != View::Journeys {
        return;
    }
    let cell = app.capture_cell().map(|(.., name)| name.shown());
    let journey = app.selection.journey;
    egui::Panel::bottom("capture_bar")
        .resizable(false)
        .show(ui, |ui| {
            let JourneyApp {
                doc,
                capture,
                actions,
                ..
            } = app;
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let label = ui.label(RichText::new(field_name()).strong());
                // The targets on the right; the field takes the room left between.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .selectable_label(capture.to_parking_lot, t!("capture-to-parking-lot"))
                        .on_hover_text(t!("capture-to-parking-lot-tip"))
                        .clicked()
                    {
                        capture.to_parking_lot = true;
                        capture.focus = true;
                    }
                    let cell_text = cell.as_deref().map_or_else(
                        || t!("capture-to-selected-cell").to_owned(),
                        |c| t!("capture-to-cell", cell = c),
                    );
                    if ui
                        .selectable_label(!capture.to_parking_lot, cell_text)
                        .on_hover_text(t!("capture-to-cell-tip"))
                        .clicked()
                    {
                        capture.to_parking_lot = false;
                        capture.focus = true;
                    }
                    ui.label(t!("capture-into"));
                    let field = ui
                        .add(
                            TextEdit::singleline(&mut capture.text)
                                .id(field_id())
                                .hint_text(t!("capture-hint"))
                                .desired_width(ui.available_width()),
                        )
                        .labelled_by(label.id);
                    if capture.focus {
                        field.request_focus();
                        capture.focus = false;
                    }
                    if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        actions.push(Action::Capture(CaptureAction::Submit));
                        // Ready for the next note at once, before the next key.
                        field.request_focus();
                    }
                    if (field.has_focus() || field.lost_focus())
                        && ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        capture.shown = false;
                    }
                });
            });
            parking_lot(ui, doc.project(), journey, actions);
            ui.add_space(2.0);
        });
}

/// The parked notes, as chips to drag onto the map.
fn parking_lot(
    ui: &mut egui::Ui,
    project: &crate::model::Project,
    journey: Option<crate::model::JourneyId>,
    actions: &mut Vec<Action>,
) {
    let notes = &project.parking_lot;
    egui::ScrollArea::vertical()
        .max_height(84.0)
        .id_salt("parking lot")
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(t!("capture-parking-lot", count = notes.len())).weak());
                if notes.is_empty() {
                    ui.label(RichText::new(t!("capture-parking-lot-empty")).weak());
                }
                for note in notes {
                    let from = note
                        .journey
                        .filter(|j| Some(*j) != journey)
                        .and_then(|j| project.journey(j))
                        .map(|j| t!("capture-note-from", journey = j.name.as_str()));
                    chip(ui, note.id, &note.text, from.as_deref(), actions);
                }
            });
        });
}

fn chip(ui: &mut egui::Ui, id: NoteId, text: &str, from: Option<&str>, actions: &mut Vec<Action>) {
    let response = ui
        .dnd_drag_source(egui::Id::unique(("parked-note", id)), id, |ui| {
            egui::Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .stroke(ui.visuals().widgets.inactive.bg_stroke)
                .corner_radius(4.0)
                .inner_margin(egui::Margin::symmetric(8, 3))
                .show(ui, |ui| {
                    ui.label(text);
                    if let Some(from) = from {
                        ui.label(RichText::new(from).weak());
                    }
                });
        })
        .response
        .on_hover_text(t!("capture-note-tip"));
    response.context_menu(|ui| {
        if ui.button(t!("capture-put-in-selected-cell")).clicked() {
            actions.push(Action::Capture(CaptureAction::PlaceInSelectedCell(id)));
        }
        if ui.button(t!("capture-delete-note")).clicked() {
            actions.push(Action::Capture(CaptureAction::Delete(id)));
        }
    });
}

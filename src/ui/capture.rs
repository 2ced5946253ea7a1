//! The capture bar under the journey map: a field where Enter keeps a note (as a card
//! in the selected cell, or in the parking lot) and the field stays ready for the
//! next; the parking lot's notes, which are dragged onto the map.

use egui::{RichText, TextEdit};

use crate::app::capture::CaptureAction;
use crate::app::{Action, JourneyApp, View};
use crate::model::NoteId;

/// The field's accessible name (tests find it by it).
pub const FIELD: &str = "Capture";

/// The field's id, to know whether it has the keyboard.
pub fn field_id() -> egui::Id {
    egui::Id::unique("capture field")
}

pub fn panel(ui: &mut egui::Ui, app: &mut JourneyApp) {
    if !app.capture.shown || app.prefs.view != View::Journeys {
        return;
    }
    let cell = app.capture_cell().map(|(.., name)| name);
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
                let label = ui.label(RichText::new(FIELD).strong());
                // The targets on the right; the field takes the room left between.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .selectable_label(capture.to_parking_lot, "the parking lot")
                        .on_hover_text("Notes wait under the map until dragged onto it")
                        .clicked()
                    {
                        capture.to_parking_lot = true;
                        capture.focus = true;
                    }
                    let cell_text = cell.as_deref().map_or_else(
                        || "the selected cell".to_owned(),
                        |c| format!("the cell {c}"),
                    );
                    if ui
                        .selectable_label(!capture.to_parking_lot, cell_text)
                        .on_hover_text("Notes become cards in the cell selected on the map")
                        .clicked()
                    {
                        capture.to_parking_lot = false;
                        capture.focus = true;
                    }
                    ui.label("into");
                    let field = ui
                        .add(
                            TextEdit::singleline(&mut capture.text)
                                .id(field_id())
                                .hint_text("Type a note, Enter keeps it")
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
                ui.label(RichText::new(format!("Parking lot ({})", notes.len())).weak());
                if notes.is_empty() {
                    ui.label(
                        RichText::new("empty: notes sent here wait to be dragged onto the map")
                            .weak(),
                    );
                }
                for note in notes {
                    let from = note
                        .journey
                        .filter(|j| Some(*j) != journey)
                        .and_then(|j| project.journey(j))
                        .map(|j| format!(" (from {})", j.name));
                    chip(ui, note.id, &note.text, from.as_deref(), actions);
                }
            });
        });
}

fn chip(ui: &mut egui::Ui, id: NoteId, text: &str, from: Option<&str>, actions: &mut Vec<Action>) {
    let response = ui
        .dnd_drag_source(egui::Id::unique(("parked note", id)), id, |ui| {
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
        .on_hover_text("Drag onto the map to make it a card; right-click for more");
    response.context_menu(|ui| {
        if ui.button("Put in the selected cell").clicked() {
            actions.push(Action::Capture(CaptureAction::PlaceInSelectedCell(id)));
        }
        if ui.button("Delete note").clicked() {
            actions.push(Action::Capture(CaptureAction::Delete(id)));
        }
    });
}

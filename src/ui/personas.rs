//! The personas view: a gallery of persona cards with what the project knows of
//! each persona, and the journeys they walk (a click jumps to the journey).

use egui::{RichText, ScrollArea, Ui};

use crate::app::{Action, Selection, View};
use crate::model::{Market, Persona, Project, Validation};
use crate::ui::{theme, widgets};

const CARD_WIDTH: f32 = 330.0;
const GAP: f32 = 14.0;

pub fn ui(ui: &mut Ui, project: &Project, selection: &mut Selection, actions: &mut Vec<Action>) {
    if project.personas.is_empty() {
        widgets::empty_state(
            ui,
            "No personas yet",
            "Personas are the typical customers whose journeys the maps show. This project has none.",
        );
        return;
    }
    ui.heading("Personas");
    ui.label(
        RichText::new(format!(
            "{} personas in this project",
            project.personas.len()
        ))
        .weak(),
    );
    ui.add_space(8.0);
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        // As many columns as fit; persona i goes to column i % n (a masonry wall).
        let columns = ((ui.available_width() + GAP) / (CARD_WIDTH + GAP))
            .floor()
            .max(1.0) as usize;
        ui.columns(columns, |cols| {
            for (i, persona) in project.personas.iter().enumerate() {
                let col = &mut cols[i % columns];
                col.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    persona_card(ui, project, persona, selection, actions);
                    ui.add_space(GAP);
                });
            }
        });
    });
}

fn persona_card(
    ui: &mut Ui,
    project: &Project,
    persona: &Persona,
    selection: &mut Selection,
    actions: &mut Vec<Action>,
) {
    let palette = theme::palette(ui.ctx());
    let selected = selection.persona == Some(persona.id);
    let stroke = if selected {
        egui::Stroke::new(2.0, theme::color(palette.selection))
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    let response = egui::Frame::group(ui.style())
        .stroke(stroke)
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    widgets::avatar(ui, project, persona, 56.0);
                    ui.vertical(|ui| {
                        ui.label(RichText::new(&persona.name).font(theme::bold(17.0)));
                        ui.label(RichText::new(&persona.segment).weak());
                        ui.horizontal(|ui| {
                            let market = match persona.market {
                                Market::B2B => "B2B",
                                Market::B2C => "B2C",
                            };
                            widgets::tag(ui, market, theme::neutral_tag(ui.visuals()));
                            let (text, color) = match persona.validation {
                                Validation::Proto => {
                                    ("Proto-persona", theme::color(palette.highlight))
                                }
                                Validation::Validated => {
                                    ("Validated", theme::color(palette.positive))
                                }
                            };
                            widgets::tag(ui, text, color).on_hover_text(persona.validation.label());
                        });
                    });
                });
                if !persona.quote.is_empty() {
                    ui.add_space(6.0);
                    ui.label(RichText::new(format!("“{}”", persona.quote)).italics());
                }
                let facts = [
                    ("Age", &persona.age),
                    ("Location", &persona.location),
                    ("Occupation", &persona.occupation),
                ];
                for (label, value) in facts {
                    widgets::fact(ui, label, value);
                }
                for field in &persona.demographics {
                    widgets::fact(ui, &field.name, &field.value);
                }
                if !persona.description.is_empty() {
                    ui.add_space(4.0);
                    ui.label(&persona.description);
                }
                widgets::bullet_list(ui, "Goals", &persona.goals);
                widgets::bullet_list(ui, "Needs", &persona.needs);
                widgets::bullet_list(ui, "Expectations", &persona.expectations);
                widgets::bullet_list(ui, "Fears and frustrations", &persona.frustrations);
                widgets::bullet_list(ui, "Behaviours", &persona.behaviours);
                if !persona.channels.is_empty() {
                    widgets::section(ui, "Preferred channels");
                    ui.horizontal_wrapped(|ui| {
                        for channel in &persona.channels {
                            widgets::channel_label(ui, channel);
                        }
                    });
                }
                for slider in &persona.sliders {
                    slider_ui(ui, slider);
                }
                for field in &persona.custom_fields {
                    widgets::fact(ui, &field.name, &field.value);
                }
                let journeys: Vec<_> = project.journeys_of(persona.id).collect();
                if !journeys.is_empty() {
                    widgets::section(ui, "Walks");
                    for journey in journeys {
                        let link = ui
                            .link(format!("🗺 {}", journey.name))
                            .on_hover_text("Show this journey");
                        if link.clicked() {
                            selection.journey = Some(journey.id);
                            actions.push(Action::ShowView(View::Journeys));
                        }
                    }
                }
            });
        })
        .response;
    if response.interact(egui::Sense::click()).clicked() {
        selection.persona = Some(persona.id);
    }
}

/// A behaviour slider drawn as a scale with a marker (read-only here).
fn slider_ui(ui: &mut Ui, slider: &crate::model::Slider) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(&slider.left).small());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(&slider.right).small());
        });
    });
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 10.0), egui::Sense::hover());
    let painter = ui.painter();
    let y = rect.center().y;
    painter.line_segment(
        [egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
        egui::Stroke::new(2.0, ui.visuals().weak_text_color()),
    );
    let x = rect.left() + rect.width() * slider.value.clamp(0.0, 1.0);
    painter.circle_filled(egui::pos2(x, y), 5.0, ui.visuals().strong_text_color());
}

//! The journeys view: the list of journeys (add, rename, duplicate, delete, reorder),
//! the map of the selected journey, and the inspector beside it.

use egui::{Id, RichText, ScrollArea, Ui};

use crate::app::{Action, Command, Selection};
use crate::document::Document;
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::model::{Journey, Project};
use crate::t;
use crate::ui::canvas::{self, Canvas};
use crate::ui::{theme, widgets};

pub fn ui(
    ui: &mut Ui,
    doc: &Document,
    selection: &mut Selection,
    canvas: &mut Canvas,
    side_panels: bool,
    actions: &mut Vec<Action>,
) {
    let project = doc.project();
    // With no journey there is no map to give room to: the list stays, to add one.
    if side_panels || project.journeys.is_empty() {
        egui::Panel::left("journey_list")
            .resizable(true)
            .default_size(220.0)
            .size_range(160.0..=360.0)
            .show(ui, |ui| journey_list(ui, project, selection, actions));
    }
    let Some(journey) = selection.journey.and_then(|id| project.journey(id)) else {
        widgets::empty_state(ui, t!("journeys-empty"), t!("journeys-empty-hint"));
        return;
    };
    if side_panels {
        egui::Panel::right("journey_inspector")
            .resizable(true)
            .default_size(330.0)
            .size_range(260.0..=480.0)
            .show(ui, |ui| {
                ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
                    canvas::inspector::ui(ui, project, journey, canvas, actions);
                });
            });
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE)
        .show(ui, |ui| {
            egui::Frame::new()
                .inner_margin(egui::Margin::symmetric(8, 6))
                .show(ui, |ui| {
                    toolbar(ui, project, journey, canvas, side_panels, actions);
                });
            canvas::map_ui(ui, doc, journey, canvas, actions);
        });
}

fn journey_list(
    ui: &mut Ui,
    project: &Project,
    selection: &mut Selection,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, t!("journeys-heading"));
    ui.add_space(4.0);
    let rename_id = Id::unique("renaming-journey");
    let renaming: Option<crate::model::JourneyId> = ui.data(|d| d.get_temp(rename_id));
    let count = project.journeys.len();
    ScrollArea::vertical()
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (index, journey) in project.journeys.iter().enumerate() {
                let selected = selection.journey == Some(journey.id);
                if renaming == Some(journey.id) {
                    let mut name = journey.name.clone();
                    let response =
                        ui.add(egui::TextEdit::singleline(&mut name).desired_width(f32::INFINITY));
                    widgets::name_text_field(&response, t!("journeys-name-field"), &name);
                    if !response.has_focus() && !response.lost_focus() {
                        response.request_focus();
                    }
                    name_edits(&response, journey, name, actions);
                    if response.lost_focus() {
                        ui.data_mut(|d| d.remove::<crate::model::JourneyId>(rename_id));
                    }
                } else {
                    let response = ui.add(
                        egui::Button::selectable(selected, journey.name.as_str())
                            .truncate()
                            .min_size(egui::vec2(ui.available_width(), 28.0)),
                    );
                    if response.clicked() && !selected {
                        actions.push(Action::SelectJourney(journey.id));
                    }
                    if response.double_clicked() {
                        ui.data_mut(|d| d.insert_temp(rename_id, journey.id));
                    }
                    response.context_menu(|ui| {
                        if ui.button(t!("journeys-rename")).clicked() {
                            ui.data_mut(|d| d.insert_temp(rename_id, journey.id));
                            ui.close();
                        }
                        if ui.button(t!("journeys-duplicate")).clicked() {
                            actions.push(Action::SelectJourney(journey.id));
                            actions.push(Action::Command(Command::DuplicateJourney));
                            ui.close();
                        }
                        ui.separator();
                        let moves = [
                            (t!("journeys-move-up"), index.checked_sub(1)),
                            (
                                t!("journeys-move-down"),
                                (index + 1 < count).then_some(index + 1),
                            ),
                        ];
                        for (label, to) in moves {
                            if ui
                                .add_enabled(to.is_some(), egui::Button::new(label))
                                .clicked()
                                && let Some(to) = to
                            {
                                actions.push(Action::Edit {
                                    edit: Box::new(Edit::Journey(Change::Move {
                                        id: journey.id,
                                        to,
                                    })),
                                    label: crate::said!("journeys-undo-move"),
                                    gesture: None,
                                });
                                ui.close();
                            }
                        }
                        ui.separator();
                        if ui
                            .button(t!("journeys-delete", count = journey.cards.len()))
                            .on_hover_text(t!("journeys-delete-tip"))
                            .clicked()
                        {
                            actions.push(Action::SelectJourney(journey.id));
                            actions.push(Action::Command(Command::DeleteJourney));
                            ui.close();
                        }
                    });
                }
                let personas: Vec<_> = journey
                    .personas
                    .iter()
                    .filter_map(|p| project.persona(*p))
                    .collect();
                if !personas.is_empty() {
                    ui.indent(("walkers", journey.id), |ui| {
                        widgets::persona_line(ui, project, &personas)
                    });
                }
                ui.add_space(4.0);
            }
            ui.add_space(6.0);
            if ui
                .button(t!("journeys-new"))
                .on_hover_text(Command::NewJourney.tooltip())
                .clicked()
            {
                actions.push(Action::Command(Command::NewJourney));
            }
        });
}

/// With the journey list folded away: which journey the map shows, to pick another.
fn journey_choice_ui(ui: &mut Ui, project: &Project, journey: &Journey, actions: &mut Vec<Action>) {
    let label = ui.label(RichText::new(t!("journeys-heading")).weak());
    egui::ComboBox::from_id_salt("journey choice")
        .selected_text(t!(
            "journeys-position",
            index = index_of(project, journey),
            count = project.journeys.len()
        ))
        .show_ui(ui, |ui| {
            for other in &project.journeys {
                if ui
                    .selectable_label(other.id == journey.id, &other.name)
                    .clicked()
                    && other.id != journey.id
                {
                    actions.push(Action::SelectJourney(other.id));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// The journey's place in the project, from 1.
fn index_of(project: &Project, journey: &Journey) -> usize {
    project
        .journeys
        .iter()
        .position(|j| j.id == journey.id)
        .map_or(1, |i| i + 1)
}

fn rename(journey: &Journey, name: String) -> Edit {
    let mut info = journey.info();
    info.name = name;
    Edit::JourneyInfo {
        journey: journey.id,
        info,
    }
}

/// Edits of the journey's name typed in `response` (in the list or above the map:
/// one undo step per gesture either way).
fn name_edits(
    response: &egui::Response,
    journey: &Journey,
    name: String,
    actions: &mut Vec<Action>,
) {
    widgets::text_edits(
        response,
        name,
        GestureKey::new("journey-name", journey.id),
        crate::said!("journeys-undo-rename"),
        actions,
        |name| rename(journey, name),
    );
}

/// Above the map: the journey's name (and, with the side panels folded, a choice of
/// journey), the persona filter, card colours and the side panels' switch.
fn toolbar(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    canvas: &mut Canvas,
    side_panels: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let panels = if side_panels {
            t!("journeys-hide-panels")
        } else {
            t!("journeys-show-panels")
        };

        if ui
            .button(panels)
            .on_hover_text(Command::SidePanels.hover_text(ui.ctx()))
            .clicked()
        {
            actions.push(Action::Command(Command::SidePanels));
        }
        // Each label stays on the line of what it names when the bar wraps.
        if !side_panels && project.journeys.len() > 1 {
            ui.horizontal(|ui| journey_choice_ui(ui, project, journey, actions));
        }
        ui.separator();
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new(t!("journeys-journey-label")).weak());
            let mut name = journey.name.clone();
            // Wide enough for the whole name (a French or Spanish one runs longer),
            // within reason.
            let font = theme::bold(17.0);
            let text = ui
                .painter()
                .layout_no_wrap(name.clone(), font, egui::Color32::WHITE)
                .size()
                .x;
            let most = ui.available_width().clamp(140.0, 360.0);
            // The field's width holds its margins and the cursor too.
            let width = (text + 24.0).min(most).max(140.0);
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut name)
                        .font(theme::bold(17.0))
                        .desired_width(width),
                )
                .labelled_by(label.id);
            name_edits(&response, journey, name, actions);
        });
        ui.separator();
        let mut persona = canvas.persona;
        let shown = persona
            .and_then(|p| project.persona(p))
            .map_or(t!("journeys-every-persona"), |p| p.name.as_str());
        widgets::keep_together(ui, &[t!("journeys-show-label"), shown], 48.0);
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new(t!("journeys-show-label")).weak());
            egui::ComboBox::from_id_salt("persona filter")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut persona, None, t!("journeys-every-persona"));
                    for p in journey
                        .personas
                        .iter()
                        .filter_map(|id| project.persona(*id))
                    {
                        ui.selectable_value(&mut persona, Some(p.id), &p.name);
                    }
                })
                .response
                .labelled_by(label.id);
            canvas.persona = persona;
        });

        let mut by_emotion = project.settings.card_colors == crate::model::CardColoring::ByEmotion;
        if ui
            .checkbox(&mut by_emotion, t!("journeys-colour-by-emotion"))
            .on_hover_text(Command::ToggleCardColors.tooltip())
            .changed()
        {
            actions.push(Action::Command(Command::ToggleCardColors));
        }
    });
}

//! The persona editor: every field of a persona, each change an undoable edit
//! (typing in one field is one undo step).

use egui::{RichText, ScrollArea, Ui};

use crate::app::personas::PersonaAction;
use crate::app::{Action, Selection, View};
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::model::{Channel, Field, Market, Persona, Project, SegmentRule, Slider, Validation};
use crate::ui::{theme, widgets};

/// The edit that makes the persona `p`.
fn replace(p: Persona) -> Edit {
    Edit::Persona(Change::Replace { item: p })
}

fn push(actions: &mut Vec<Action>, edit: Edit, label: &str, gesture: Option<GestureKey>) {
    actions.push(Action::Edit {
        edit: Box::new(edit),
        label: label.to_owned(),
        gesture,
    });
}

pub fn ui(
    ui: &mut Ui,
    project: &Project,
    persona: &Persona,
    selection: &mut Selection,
    focus_name: &mut bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.heading("Persona");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("✕").on_hover_text("Close the editor").clicked() {
                selection.persona = None;
            }
        });
    });
    ui.separator();
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        ui.add_space(4.0);
        header(ui, project, persona, focus_name, actions);
        demographics(ui, persona, actions);
        story(ui, persona, actions);
        lists(ui, persona, actions);
        channels(ui, project, persona, actions);
        sliders(ui, persona, actions);
        segment_rules(ui, project, persona, actions);
        custom_fields(ui, persona, actions);
        journeys(ui, project, persona, selection, actions);
        footer(ui, persona, actions);
        ui.add_space(12.0);
    });
}

/// Photo or avatar, name, segment, B2B/B2C, proto or validated.
fn header(
    ui: &mut Ui,
    project: &Project,
    p: &Persona,
    focus_name: &mut bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        widgets::avatar(ui, project, p, 96.0);
        ui.vertical(|ui| {
            ui.horizontal_wrapped(|ui| {
                let label = if p.photo.is_some() {
                    "Change photo…"
                } else {
                    "Choose photo…"
                };
                if ui
                    .button(label)
                    .on_hover_text("A PNG or JPEG; it is downscaled and kept in the project file")
                    .clicked()
                {
                    actions.push(Action::Persona(PersonaAction::ChoosePhoto(p.id)));
                }
                if p.photo.is_some() && ui.button("Remove photo").clicked() {
                    push(
                        actions,
                        replace(Persona {
                            photo: None,
                            ..p.clone()
                        }),
                        "Remove photo",
                        None,
                    );
                }
            });
            ui.label(
                RichText::new("or drop a picture on the window")
                    .small()
                    .weak(),
            );
            ui.horizontal(|ui| {
                let label = ui.label(RichText::new("Colour").weak());
                let c = project.persona_color(p.id);
                let mut rgb = [c.r, c.g, c.b];
                let response = ui
                    .color_edit_button_srgb(&mut rgb)
                    .labelled_by(label.id)
                    .on_hover_text("The avatar's colour, and the persona's dots and curve on maps");
                if response.changed() {
                    push(
                        actions,
                        replace(Persona {
                            avatar_color: Some(crate::model::Rgb::new(rgb[0], rgb[1], rgb[2])),
                            ..p.clone()
                        }),
                        "Change persona colour",
                        Some(GestureKey::new("persona colour", p.id)),
                    );
                }
            });
        });
    });
    ui.add_space(6.0);
    let caption = ui.label(RichText::new("Name").weak());
    let mut name = p.name.clone();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut name)
                .font(theme::bold(18.0))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(caption.id);
    if std::mem::take(focus_name) {
        response.request_focus();
        {
            let mut state = egui::TextEdit::load_state(ui.ctx(), response.id).unwrap_or_default();
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::two(
                    egui::text::CCursor::new(0),
                    egui::text::CCursor::new(name.chars().count()),
                )));
            state.store(ui.ctx(), response.id);
        }
    }
    widgets::text_edits(
        &response,
        name,
        GestureKey::new("persona name", p.id),
        "Rename persona",
        actions,
        |name| replace(Persona { name, ..p.clone() }),
    );
    line(
        ui,
        "Segment or role",
        &p.segment,
        "persona segment",
        p,
        actions,
        |p, v| {
            p.segment = v;
        },
    );
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new("Market").weak());
        for (market, label) in [
            (Market::B2C, "B2C (consumers)"),
            (Market::B2B, "B2B (businesses)"),
        ] {
            if ui.radio(p.market == market, label).clicked() && p.market != market {
                push(
                    actions,
                    replace(Persona {
                        market,
                        ..p.clone()
                    }),
                    "Change market",
                    None,
                );
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new("Status").weak());
        for validation in [Validation::Proto, Validation::Validated] {
            if ui
                .radio(p.validation == validation, validation.label())
                .clicked()
                && p.validation != validation
            {
                push(
                    actions,
                    replace(Persona {
                        validation,
                        ..p.clone()
                    }),
                    "Change persona status",
                    None,
                );
            }
        }
    });
}

/// A labelled one-line text field of the persona.
fn line(
    ui: &mut Ui,
    label: &str,
    value: &str,
    what: &'static str,
    p: &Persona,
    actions: &mut Vec<Action>,
    set: impl FnOnce(&mut Persona, String),
) {
    widgets::text_field(
        ui,
        label,
        value,
        false,
        GestureKey::new(what, p.id),
        &format!("Edit {}", label.to_lowercase()),
        actions,
        |v| {
            let mut p = p.clone();
            set(&mut p, v);
            replace(p)
        },
    );
}

fn demographics(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, "Demographics");
    ui.columns(3, |cols| {
        line(
            &mut cols[0],
            "Age",
            &p.age,
            "persona age",
            p,
            actions,
            |p, v| {
                p.age = v;
            },
        );
        line(
            &mut cols[1],
            "Location",
            &p.location,
            "persona location",
            p,
            actions,
            |p, v| {
                p.location = v;
            },
        );
        line(
            &mut cols[2],
            "Occupation",
            &p.occupation,
            "persona occupation",
            p,
            actions,
            |p, v| p.occupation = v,
        );
    });
    field_rows(
        ui,
        p,
        &p.demographics,
        "persona demographics",
        "+ Add a fact (e.g. Household)",
        actions,
        |p| &mut p.demographics,
    );
}

fn story(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, "In their words");
    line(
        ui,
        "Quote",
        &p.quote,
        "persona quote",
        p,
        actions,
        |p, v| {
            p.quote = v;
        },
    );
    widgets::text_field(
        ui,
        "Description",
        &p.description,
        true,
        GestureKey::new("persona description", p.id),
        "Edit description",
        actions,
        |description| {
            replace(Persona {
                description,
                ..p.clone()
            })
        },
    );
}

/// Goals, needs, expectations, fears and behaviours: one item per line.
fn lists(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    type Get = fn(&mut Persona) -> &mut Vec<String>;
    widgets::section(ui, "Goals, needs and fears");
    ui.label(RichText::new("One per line.").small().weak());
    let fields: [(&str, &'static str, &Vec<String>, Get); 5] = [
        ("Goals", "persona goals", &p.goals, |p| &mut p.goals),
        ("Needs", "persona needs", &p.needs, |p| &mut p.needs),
        (
            "Expectations",
            "persona expectations",
            &p.expectations,
            |p| &mut p.expectations,
        ),
        (
            "Fears and frustrations",
            "persona frustrations",
            &p.frustrations,
            |p| &mut p.frustrations,
        ),
        ("Behaviours", "persona behaviours", &p.behaviours, |p| {
            &mut p.behaviours
        }),
    ];
    for (label, what, items, get) in fields {
        let caption = ui.label(RichText::new(label).weak());
        // While the field is edited it shows what was typed, blank lines included;
        // the persona keeps the non-blank lines.
        let buffer_id = egui::Id::unique((what, p.id));
        let typed: Option<String> = ui.data(|d| d.get_temp(buffer_id));
        let mut text = typed.unwrap_or_else(|| items.join("\n"));
        let response = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(items.len().clamp(2, 8))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(caption.id);
        if response.has_focus() || response.changed() {
            ui.data_mut(|d| d.insert_temp(buffer_id, text.clone()));
        }
        if response.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(buffer_id));
        }
        let lines: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        let changed = response.changed() && lines != *items;
        if response.gained_focus() {
            actions.push(Action::EndGesture);
        }
        if changed {
            let key = GestureKey::new(what, p.id);
            let mut p = p.clone();
            *get(&mut p) = lines;
            push(
                actions,
                replace(p),
                &format!("Edit {}", label.to_lowercase()),
                Some(key),
            );
        }
        if response.lost_focus() {
            actions.push(Action::EndGesture);
        }
    }
}

fn channels(ui: &mut Ui, project: &Project, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, "Preferred channels");
    ui.label(
        RichText::new("Ticked in the order they matter; the first is the favourite.")
            .small()
            .weak(),
    );
    let mut offered: Vec<Channel> = Channel::BUILT_IN.to_vec();
    for name in &project.settings.channels {
        offered.push(Channel::Custom(name.clone()));
    }
    for c in &p.channels {
        if !offered.contains(c) {
            offered.push(c.clone());
        }
    }
    ui.horizontal_wrapped(|ui| {
        for channel in offered {
            let position = p.channels.iter().position(|c| *c == channel);
            let mut on = position.is_some();
            let text = match position {
                Some(i) => format!("{} {} ({})", channel.icon(), channel.label(), i + 1),
                None => format!("{} {}", channel.icon(), channel.label()),
            };
            if ui.checkbox(&mut on, text).changed() {
                let mut p = p.clone();
                if on {
                    p.channels.push(channel);
                } else {
                    p.channels.retain(|c| *c != channel);
                }
                push(actions, replace(p), "Change preferred channels", None);
            }
        }
    });
    widgets::custom_entry(ui, ("persona channel", p.id), "Another channel", |name| {
        let channel = Channel::from_label(&name);
        if !p.channels.contains(&channel) {
            let mut p = p.clone();
            p.channels.push(channel);
            push(actions, replace(p), "Add preferred channel", None);
        }
    });
}

fn sliders(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, "Behaviour");
    ui.label(
        RichText::new("Where the persona sits between two poles the team names.")
            .small()
            .weak(),
    );
    let mut remove = None;
    for (i, slider) in p.sliders.iter().enumerate() {
        ui.horizontal(|ui| {
            let key = GestureKey::new("persona slider", p.id);
            // Two poles around a slider, then the remove button.
            let spacing = ui.spacing().item_spacing.x;
            let pole_width =
                ((ui.available_width() - 110.0 - 28.0 - 3.0 * spacing) / 2.0).max(70.0);
            ui.spacing_mut().slider_width = 110.0;
            let edit_pole =
                |ui: &mut Ui, text: &str, name: &str, left: bool, actions: &mut Vec<Action>| {
                    let mut value = text.to_owned();
                    let response = ui.add(
                        egui::TextEdit::singleline(&mut value)
                            .hint_text(name)
                            .desired_width(pole_width),
                    );
                    widgets::name_text_field(&response, name, &value);
                    widgets::text_edits(
                        &response,
                        value,
                        key,
                        "Edit behaviour scale",
                        actions,
                        |v| {
                            let mut p = p.clone();
                            if let Some(s) = p.sliders.get_mut(i) {
                                if left {
                                    s.left = v;
                                } else {
                                    s.right = v;
                                }
                            }
                            replace(p)
                        },
                    );
                };
            edit_pole(ui, &slider.left, "Left pole", true, actions);
            let mut value = slider.value;
            let response = ui.add(
                egui::Slider::new(&mut value, 0.0..=1.0)
                    .show_value(false)
                    .text(""),
            );
            let response = response.on_hover_text(format!(
                "{}% of the way from “{}” to “{}”",
                (value * 100.0).round(),
                slider.left,
                slider.right
            ));
            widgets::name_text_field(
                &response,
                &format!("Between {} and {}", slider.left, slider.right),
                "",
            );
            if response.changed() {
                let mut p = p.clone();
                if let Some(s) = p.sliders.get_mut(i) {
                    s.value = value;
                }
                push(actions, replace(p), "Move behaviour slider", Some(key));
            }
            if response.drag_stopped() {
                actions.push(Action::EndGesture);
            }
            edit_pole(ui, &slider.right, "Right pole", false, actions);
            if remove_button(ui, "Remove this scale") {
                remove = Some(i);
            }
        });
    }
    list_end(
        ui,
        p,
        |p| &mut p.sliders,
        remove,
        "Remove behaviour scale",
        "+ Add a scale (e.g. Price-driven ↔ Quality-driven)",
        "Add behaviour scale",
        || Slider {
            left: "Price-driven".to_owned(),
            right: "Quality-driven".to_owned(),
            value: 0.5,
        },
        actions,
    );
}

fn segment_rules(ui: &mut Ui, project: &Project, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, "Segment in the data");
    ui.label(
        RichText::new(
            "Customers in imported data who match every rule are this persona's customers.",
        )
        .small()
        .weak(),
    );
    let mut remove = None;
    for (i, rule) in p.segment_rules.iter().enumerate() {
        ui.horizontal(|ui| {
            let key = GestureKey::new("persona segment rule", p.id);
            let dataset_name = rule
                .dataset
                .and_then(|d| project.dataset(d))
                .map_or("Any dataset", |d| d.name.as_str());
            let mut dataset = rule.dataset;
            egui::ComboBox::from_id_salt(("rule dataset", p.id, i))
                .selected_text(dataset_name)
                .width(120.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut dataset, None, "Any dataset");
                    for d in &project.datasets {
                        ui.selectable_value(&mut dataset, Some(d.id), &d.name);
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Dataset of the rule")
                });
            if dataset != rule.dataset {
                let mut p = p.clone();
                if let Some(r) = p.segment_rules.get_mut(i) {
                    r.dataset = dataset;
                }
                push(actions, replace(p), "Change segment rule", None);
            }
            let mut text_part = |ui: &mut Ui, value: &str, name: &str, column: bool| {
                let mut v = value.to_owned();
                let response = ui.add(
                    egui::TextEdit::singleline(&mut v)
                        .hint_text(name)
                        .desired_width(110.0),
                );
                widgets::name_text_field(&response, name, &v);
                widgets::text_edits(&response, v, key, "Edit segment rule", actions, |v| {
                    let mut p = p.clone();
                    if let Some(r) = p.segment_rules.get_mut(i) {
                        if column {
                            r.column = v;
                        } else {
                            r.value = v;
                        }
                    }
                    replace(p)
                });
            };
            text_part(ui, &rule.column, "Column", true);
            ui.label("=");
            text_part(ui, &rule.value, "Value", false);
            if remove_button(ui, "Remove this rule") {
                remove = Some(i);
            }
        });
    }
    list_end(
        ui,
        p,
        |p| &mut p.segment_rules,
        remove,
        "Remove segment rule",
        "+ Add a rule (column = value)",
        "Add segment rule",
        || SegmentRule::new("", ""),
        actions,
    );
}

fn custom_fields(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, "Custom fields");
    field_rows(
        ui,
        p,
        &p.custom_fields,
        "persona custom fields",
        "+ Add a field",
        actions,
        |p| &mut p.custom_fields,
    );
}

/// Name/value rows with a remove button each, and an add button.
fn field_rows(
    ui: &mut Ui,
    p: &Persona,
    fields: &[Field],
    what: &'static str,
    add: &str,
    actions: &mut Vec<Action>,
    get: fn(&mut Persona) -> &mut Vec<Field>,
) {
    let mut remove = None;
    for (i, field) in fields.iter().enumerate() {
        ui.horizontal(|ui| {
            let spacing = ui.spacing().item_spacing.x;
            // The name, the value in the rest of the row, and the remove button.
            let rest = ui.available_width() - 130.0 - 2.0 * spacing - 28.0;
            for (value, name, is_name, width) in [
                (&field.name, "Field name", true, 130.0),
                (&field.value, "Value", false, rest),
            ] {
                let mut v = value.clone();
                let response = ui.add(
                    egui::TextEdit::singleline(&mut v)
                        .hint_text(name)
                        .desired_width(width.max(60.0)),
                );
                widgets::name_text_field(&response, name, &v);
                widgets::text_edits(
                    &response,
                    v,
                    GestureKey::new(what, p.id),
                    "Edit field",
                    actions,
                    |v| {
                        let mut p = p.clone();
                        if let Some(f) = get(&mut p).get_mut(i) {
                            if is_name {
                                f.name = v;
                            } else {
                                f.value = v;
                            }
                        }
                        replace(p)
                    },
                );
            }
            if remove_button(ui, "Remove this field") {
                remove = Some(i);
            }
        });
    }
    list_end(
        ui,
        p,
        get,
        remove,
        "Remove field",
        add,
        "Add field",
        || Field::new("", ""),
        actions,
    );
}

/// The journeys the persona walks: tick to add it to a journey, or jump to one.
fn journeys(
    ui: &mut Ui,
    project: &Project,
    p: &Persona,
    selection: &mut Selection,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, "Journeys");
    if project.journeys.is_empty() {
        ui.label(RichText::new("The project has no journeys yet.").weak());
        return;
    }
    for journey in &project.journeys {
        ui.horizontal(|ui| {
            let mut walks = journey.personas.contains(&p.id);
            if ui
                .checkbox(&mut walks, format!("Walks “{}”", journey.name))
                .changed()
                && let Some(edit) = crate::ops::personas::set_walks(journey, p.id, walks, project)
            {
                let label = if walks {
                    "Add persona to journey"
                } else {
                    "Remove persona from journey"
                };
                push(actions, edit, label, None);
            }
            if ui
                .link("Show ›")
                .on_hover_text(format!("Open the journey “{}”", journey.name))
                .clicked()
            {
                selection.journey = Some(journey.id);
                actions.push(Action::SelectJourney(journey.id));
                actions.push(Action::ShowView(View::Journeys));
            }
        });
    }
}

fn footer(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    ui.add_space(10.0);
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let mut act = |ui: &mut Ui, label: &str, hover: &str, action: PersonaAction| {
            if ui.button(label).on_hover_text(hover).clicked() {
                actions.push(Action::Persona(action));
            }
        };
        act(
            ui,
            "Export one-pager…",
            "A page with everything about this persona, as PNG, SVG or PDF",
            PersonaAction::ExportOnePager(p.id),
        );
        act(
            ui,
            "Save to file…",
            "A journeymap file with this persona, which other projects can import",
            PersonaAction::SaveToFile(p.id),
        );
        act(
            ui,
            "Duplicate",
            "A copy to vary",
            PersonaAction::Duplicate(p.id),
        );
        act(
            ui,
            "Delete…",
            "Delete this persona (Undo brings it back)",
            PersonaAction::Delete(p.id),
        );
    });
}

/// A small ✕ that removes the row it ends.
fn remove_button(ui: &mut Ui, hover: &str) -> bool {
    ui.small_button("✕").on_hover_text(hover).clicked()
}

/// The end of a list of rows: removes the row whose ✕ was clicked, and offers a
/// button that adds `new()`; each one undo step.
#[expect(
    clippy::too_many_arguments,
    reason = "the list, its labels and its new item"
)]
fn list_end<T>(
    ui: &mut Ui,
    p: &Persona,
    get: fn(&mut Persona) -> &mut Vec<T>,
    remove: Option<usize>,
    removed: &str,
    add: &str,
    added: &str,
    new: impl FnOnce() -> T,
    actions: &mut Vec<Action>,
) {
    if let Some(i) = remove {
        let mut p = p.clone();
        let list = get(&mut p);
        if i < list.len() {
            list.remove(i);
            push(actions, replace(p), removed, None);
        }
    }
    if ui.button(add).clicked() {
        let mut p = p.clone();
        get(&mut p).push(new());
        push(actions, replace(p), added, None);
    }
}

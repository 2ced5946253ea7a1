//! The persona editor: every field of a persona, each change an undoable edit
//! (typing in one field is one undo step).

use egui::{RichText, ScrollArea, Ui};

use crate::app::personas::PersonaAction;
use crate::app::{Action, Selection, View};
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::model::{Channel, Market, Persona, Project, Validation};
use crate::t;
use crate::ui::{theme, widgets};

mod rows;
use rows::{custom_fields, field_rows, segment_rules, sliders};

/// The edit that makes the persona `p`.
fn replace(p: Persona) -> Edit {
    Edit::Persona(Change::Replace { item: p })
}

fn push(
    actions: &mut Vec<Action>,
    edit: Edit,
    label: impl Into<crate::i18n::Said>,
    gesture: Option<GestureKey>,
) {
    actions.push(Action::Edit {
        edit: Box::new(edit),
        label: label.into(),
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
        ui.heading(t!("persona-editor-heading"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("✕")
                .on_hover_text(t!("persona-editor-close-tip"))
                .clicked()
            {
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
                    t!("persona-photo-change")
                } else {
                    t!("persona-photo-choose")
                };
                if ui
                    .button(label)
                    .on_hover_text(t!("persona-photo-tip"))
                    .clicked()
                {
                    actions.push(Action::Persona(PersonaAction::ChoosePhoto(p.id)));
                }
                if p.photo.is_some() && ui.button(t!("persona-photo-remove")).clicked() {
                    push(
                        actions,
                        replace(Persona {
                            photo: None,
                            ..p.clone()
                        }),
                        crate::said!("persona-photo-remove"),
                        None,
                    );
                }
            });
            ui.label(RichText::new(t!("persona-photo-drop-hint")).small().weak());
            ui.horizontal(|ui| {
                let label = ui.label(RichText::new(t!("persona-colour")).weak());
                let current = project.persona_color(p.id);
                let (response, chosen) =
                    crate::ui::widgets::colour_choice(ui, current, t!("persona-colour"));
                response
                    .labelled_by(label.id)
                    .on_hover_text(t!("persona-colour-tip"));
                if let Some(colour) = chosen.filter(|c| *c != current) {
                    push(
                        actions,
                        replace(Persona {
                            avatar_color: Some(colour),
                            ..p.clone()
                        }),
                        crate::said!("persona-undo-colour"),
                        // Each colour is chosen at once: one undo step each.
                        None,
                    );
                }
            });
        });
    });
    ui.add_space(6.0);
    let caption = ui.label(RichText::new(t!("persona-name")).weak());
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
        GestureKey::new("persona_name", p.id),
        crate::said!("persona-undo-rename"),
        actions,
        |name| replace(Persona { name, ..p.clone() }),
    );
    line(
        ui,
        t!("persona-segment"),
        crate::said!("persona-undo-segment"),
        &p.segment,
        "persona_segment",
        p,
        actions,
        |p, v| {
            p.segment = v;
        },
    );
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(t!("persona-market")).weak());
        for (market, label) in [
            (Market::B2C, t!("persona-market-b2c")),
            (Market::B2B, t!("persona-market-b2b")),
        ] {
            if ui.radio(p.market == market, label).clicked() && p.market != market {
                push(
                    actions,
                    replace(Persona {
                        market,
                        ..p.clone()
                    }),
                    crate::said!("persona-undo-market"),
                    None,
                );
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new(t!("persona-status")).weak());
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
                    crate::said!("persona-undo-status"),
                    None,
                );
            }
        }
    });
}

/// A labelled one-line text field of the persona; `undo` names its edit.
#[expect(
    clippy::too_many_arguments,
    reason = "what the field shows and the edit it makes"
)]
fn line(
    ui: &mut Ui,
    label: &str,
    undo: crate::i18n::Said,
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
        undo,
        actions,
        |v| {
            let mut p = p.clone();
            set(&mut p, v);
            replace(p)
        },
    );
}

fn demographics(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("persona-section-demographics"));
    ui.columns(3, |cols| {
        line(
            &mut cols[0],
            t!("persona-age"),
            crate::said!("persona-undo-age"),
            &p.age,
            "persona_age",
            p,
            actions,
            |p, v| {
                p.age = v;
            },
        );
        line(
            &mut cols[1],
            t!("persona-location"),
            crate::said!("persona-undo-location"),
            &p.location,
            "persona_location",
            p,
            actions,
            |p, v| {
                p.location = v;
            },
        );
        line(
            &mut cols[2],
            t!("persona-occupation"),
            crate::said!("persona-undo-occupation"),
            &p.occupation,
            "persona_occupation",
            p,
            actions,
            |p, v| p.occupation = v,
        );
    });
    field_rows(
        ui,
        p,
        &p.demographics,
        "persona_demographics",
        t!("persona-add-fact"),
        actions,
        |p| &mut p.demographics,
    );
}

fn story(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("persona-section-story"));
    line(
        ui,
        t!("persona-quote"),
        crate::said!("persona-undo-quote"),
        &p.quote,
        "persona_quote",
        p,
        actions,
        |p, v| {
            p.quote = v;
        },
    );
    widgets::text_field(
        ui,
        t!("persona-description"),
        &p.description,
        true,
        GestureKey::new("persona_description", p.id),
        crate::said!("persona-undo-description"),
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
    widgets::section(ui, t!("persona-section-lists"));
    ui.label(RichText::new(t!("persona-one-per-line")).small().weak());
    // Each list: its label, the name of its edit, its gesture, the items.
    let fields: [(&str, crate::i18n::Said, &'static str, &Vec<String>, Get); 5] = [
        (
            t!("persona-goals"),
            crate::said!("persona-undo-goals"),
            "persona_goals",
            &p.goals,
            |p| &mut p.goals,
        ),
        (
            t!("persona-needs"),
            crate::said!("persona-undo-needs"),
            "persona_needs",
            &p.needs,
            |p| &mut p.needs,
        ),
        (
            t!("persona-expectations"),
            crate::said!("persona-undo-expectations"),
            "persona_expectations",
            &p.expectations,
            |p| &mut p.expectations,
        ),
        (
            t!("persona-frustrations"),
            crate::said!("persona-undo-frustrations"),
            "persona_frustrations",
            &p.frustrations,
            |p| &mut p.frustrations,
        ),
        (
            t!("persona-behaviours"),
            crate::said!("persona-undo-behaviours"),
            "persona_behaviours",
            &p.behaviours,
            |p| &mut p.behaviours,
        ),
    ];
    for (label, undo, what, items, get) in fields {
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
            push(actions, replace(p), undo, Some(key));
        }
        if response.lost_focus() {
            actions.push(Action::EndGesture);
        }
    }
}

fn channels(ui: &mut Ui, project: &Project, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("persona-section-channels"));
    ui.label(RichText::new(t!("persona-channels-hint")).small().weak());
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
                push(
                    actions,
                    replace(p),
                    crate::said!("persona-undo-channels"),
                    None,
                );
            }
        }
    });
    let salt = ("persona_channel", p.id);
    widgets::custom_entry(ui, salt, t!("persona-another-channel"), |name| {
        let channel = Channel::from_label(&name);
        if !p.channels.contains(&channel) {
            let mut p = p.clone();
            p.channels.push(channel);
            push(
                actions,
                replace(p),
                crate::said!("persona-undo-add-channel"),
                None,
            );
        }
    });
}

/// The journeys the persona walks: tick to add it to a journey, or jump to one.
fn journeys(
    ui: &mut Ui,
    project: &Project,
    p: &Persona,
    selection: &mut Selection,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, t!("persona-section-journeys"));
    if project.journeys.is_empty() {
        ui.label(RichText::new(t!("persona-no-journeys")).weak());
        return;
    }
    for journey in &project.journeys {
        ui.horizontal(|ui| {
            let mut walks = journey.personas.contains(&p.id);
            if ui
                .checkbox(
                    &mut walks,
                    t!("persona-walks", journey = journey.name.as_str()),
                )
                .changed()
                && let Some(edit) = crate::ops::personas::set_walks(journey, p.id, walks, project)
            {
                let label = if walks {
                    crate::said!("persona-undo-walk")
                } else {
                    crate::said!("persona-undo-unwalk")
                };
                push(actions, edit, label, None);
            }
            if ui
                .link(t!("persona-show-journey"))
                .on_hover_text(t!(
                    "persona-show-journey-tip",
                    journey = journey.name.as_str()
                ))
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
            t!("persona-export-one-pager"),
            t!("persona-export-one-pager-tip"),
            PersonaAction::ExportOnePager(p.id),
        );
        act(
            ui,
            t!("persona-save-to-file"),
            t!("persona-save-to-file-tip"),
            PersonaAction::SaveToFile(p.id),
        );
        act(
            ui,
            t!("persona-duplicate"),
            t!("persona-duplicate-tip"),
            PersonaAction::Duplicate(p.id),
        );
        act(
            ui,
            t!("persona-delete"),
            t!("persona-delete-tip"),
            PersonaAction::Delete(p.id),
        );
    });
}

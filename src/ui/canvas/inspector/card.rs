//! The inspector of one card: its text, lane-specific fields (emotion, channel,
//! contact, department, effort), personas, flags and the data behind it.

use egui::{RichText, Ui};

use super::{card_edit, persona_ticks, push};
use crate::app::Action;
use crate::edit::Edit;
use crate::history::GestureKey;
use crate::model::{
    Card, Channel, Contact, EFFORT_MAX, Emotion, Feeling, Journey, Lane, Project, VALENCE_MAX,
    VALENCE_MIN, face_for,
};
use crate::t;
use crate::ui::widgets;

#[expect(
    clippy::too_many_lines,
    reason = "one field after another, in the order users read them"
)]
pub(super) fn card_ui(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    card: &Card,
    actions: &mut Vec<Action>,
) {
    let stage = journey.stage(card.stage).map_or("", |s| s.name.as_str());
    let lane = journey.lane(card.lane);
    widgets::section(ui, t!("inspector-card"));
    ui.label(
        RichText::new(format!(
            "{} · {} {}",
            stage,
            lane.map_or("", |l| l.kind.icon()),
            lane.map_or("", Lane::title)
        ))
        .weak(),
    );
    let edit = |c: Card| card_edit(journey, c);
    widgets::text_field(
        ui,
        t!("inspector-title"),
        &card.title,
        false,
        GestureKey::new("card_title", card.id),
        crate::said!("inspector-edit-card-title"),
        actions,
        |title| {
            edit(Card {
                title,
                ..card.clone()
            })
        },
    );
    widgets::text_field(
        ui,
        t!("inspector-notes"),
        &card.notes,
        true,
        GestureKey::new("card_notes", card.id),
        crate::said!("inspector-edit-card-notes"),
        actions,
        |notes| {
            edit(Card {
                notes,
                ..card.clone()
            })
        },
    );

    ui.add_space(4.0);
    egui::Grid::new(("card_fields", card.id))
        .num_columns(2)
        .spacing([10.0, 8.0])
        .show(ui, |ui| {
            // Channel.
            let label = ui.label(RichText::new(t!("inspector-channel")).weak());
            let mut channel = card.channel.clone();
            let current = channel.as_ref().map_or_else(
                || t!("inspector-none").to_owned(),
                |c| format!("{} {}", c.icon(), c.label()),
            );
            egui::ComboBox::from_id_salt(("channel", card.id))
                .selected_text(current)
                .height(360.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut channel, None, t!("inspector-none"));
                    for c in &Channel::BUILT_IN {
                        ui.selectable_value(
                            &mut channel,
                            Some(c.clone()),
                            format!("{} {}", c.icon(), c.label()),
                        );
                    }
                    for name in custom_channels(project) {
                        let c = Channel::Custom(name);
                        let text = format!("{} {}", c.icon(), c.label());
                        ui.selectable_value(&mut channel, Some(c), text);
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            if channel != card.channel {
                push(
                    actions,
                    edit(Card {
                        channel,
                        ..card.clone()
                    }),
                    crate::said!("inspector-change-channel"),
                    None,
                );
            }
            ui.label("");
            let salt = ("custom_channel", card.id);
            widgets::custom_entry(ui, salt, t!("inspector-other-channel"), |name| {
                push(
                    actions,
                    edit(Card {
                        channel: Some(Channel::from_label(&name)),
                        ..card.clone()
                    }),
                    crate::said!("inspector-change-channel"),
                    None,
                );
            });
            ui.end_row();

            // Contact.
            ui.label(RichText::new(t!("inspector-contact")).weak());
            ui.horizontal(|ui| {
                for contact in Contact::ALL {
                    if ui.radio(card.contact == contact, contact.label()).clicked()
                        && card.contact != contact
                    {
                        push(
                            actions,
                            edit(Card {
                                contact,
                                ..card.clone()
                            }),
                            crate::said!("inspector-change-contact"),
                            None,
                        );
                    }
                }
            });
            ui.end_row();

            // Department.
            let label = ui.label(RichText::new(t!("inspector-department")).weak());
            let mut department = card.department.clone();
            egui::ComboBox::from_id_salt(("department", card.id))
                .selected_text(if department.is_empty() {
                    t!("inspector-none")
                } else {
                    department.as_str()
                })
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut department, String::new(), t!("inspector-none"));
                    for d in departments(project) {
                        ui.selectable_value(&mut department, d.clone(), d);
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            if department != card.department {
                push(
                    actions,
                    edit(Card {
                        department,
                        ..card.clone()
                    }),
                    crate::said!("inspector-change-department"),
                    None,
                );
            }
            ui.label("");
            widgets::custom_entry(
                ui,
                ("custom_department", card.id),
                t!("inspector-other-department"),
                |department| {
                    push(
                        actions,
                        edit(Card {
                            department,
                            ..card.clone()
                        }),
                        crate::said!("inspector-change-department"),
                        None,
                    );
                },
            );
            ui.end_row();

            // Effort.
            ui.label(RichText::new(t!("inspector-effort")).weak());
            ui.horizontal(|ui| {
                let mut effort = card.effort;
                ui.selectable_value(&mut effort, None, "–")
                    .on_hover_text(t!("inspector-not-rated"));
                for e in 1..=EFFORT_MAX {
                    ui.selectable_value(&mut effort, Some(e), e.to_string())
                        .on_hover_text(effort_label(e));
                }
                if effort != card.effort {
                    push(
                        actions,
                        edit(Card {
                            effort,
                            ..card.clone()
                        }),
                        crate::said!("inspector-change-effort"),
                        None,
                    );
                }
            });
            ui.end_row();
        });

    ui.add_space(4.0);
    emotion_ui(
        ui,
        project,
        &EmotionTexts {
            title: t!("inspector-emotion"),
            set: t!("inspector-set-emotion"),
            change: || t!("inspector-change-emotion"),
        },
        card.emotion.as_ref(),
        GestureKey::new("card_emotion", card.id),
        actions,
        |emotion| {
            edit(Card {
                emotion,
                ..card.clone()
            })
        },
    );
    emotion_ui(
        ui,
        project,
        &EmotionTexts {
            title: t!("inspector-target-emotion"),
            set: t!("inspector-set-target-emotion"),
            change: || t!("inspector-change-target-emotion"),
        },
        card.target_emotion.as_ref(),
        GestureKey::new("card_target_emotion", card.id),
        actions,
        |target_emotion| {
            edit(Card {
                target_emotion,
                ..card.clone()
            })
        },
    );

    ui.add_space(4.0);
    let mut moment = card.moment_of_truth;
    if ui
        .checkbox(&mut moment, t!("inspector-moment-of-truth"))
        .on_hover_text(t!("inspector-moment-of-truth-tip"))
        .changed()
    {
        push(
            actions,
            edit(Card {
                moment_of_truth: moment,
                ..card.clone()
            }),
            crate::said!("inspector-mark-moment-of-truth"),
            None,
        );
    }
    let mut pain = card.pain_point;
    if ui.checkbox(&mut pain, t!("inspector-pain-point")).changed() {
        push(
            actions,
            edit(Card {
                pain_point: pain,
                ..card.clone()
            }),
            crate::said!("inspector-mark-pain-point"),
            None,
        );
    }

    // The journey's personas (and any the card names that have since left it).
    let offered: Vec<&crate::model::Persona> = project
        .personas
        .iter()
        .filter(|p| journey.personas.contains(&p.id) || card.personas.contains(&p.id))
        .collect();
    if !project.personas.is_empty() {
        widgets::section(ui, t!("inspector-applies-to"));
        let hint = if offered.is_empty() {
            t!("inspector-no-persona-walks")
        } else {
            t!("inspector-none-ticked")
        };
        ui.label(RichText::new(hint).weak().small());
        if let Some(personas) = persona_ticks(ui, project, offered, &card.personas) {
            let changed = Card {
                personas,
                ..card.clone()
            };
            push(
                actions,
                edit(changed),
                crate::said!("inspector-change-personas"),
                None,
            );
        }
    }
    if !project.hypotheses.is_empty() {
        widgets::section(ui, t!("inspector-hypotheses"));
        for h in &project.hypotheses {
            let mut on = card.hypotheses.contains(&h.id);
            if ui
                .checkbox(&mut on, format!("{} ({})", h.statement, h.status.label()))
                .changed()
            {
                let mut hypotheses = card.hypotheses.clone();
                if on {
                    hypotheses.push(h.id);
                } else {
                    hypotheses.retain(|x| *x != h.id);
                }
                hypotheses.sort_by_key(|x| project.hypotheses.iter().position(|y| y.id == *x));
                push(
                    actions,
                    edit(Card {
                        hypotheses,
                        ..card.clone()
                    }),
                    crate::said!("inspector-link-hypotheses"),
                    None,
                );
            }
        }
    }
    let touchpoint = journey
        .lanes
        .iter()
        .any(|l| l.id == card.lane && l.kind == crate::model::LaneKind::Touchpoints);
    if touchpoint || !card.kano.is_empty() {
        super::super::kano::ui(ui, card, &edit, actions);
    }
    ui.add_space(6.0);
    widgets::fact(
        ui,
        t!("inspector-evidence"),
        project.evidence_level(card).label(),
    );
    crate::ui::kpis::ui(
        ui,
        project,
        journey,
        crate::model::ItemTarget::Card(card.id),
        actions,
    );
}

fn effort_label(effort: u8) -> &'static str {
    match effort {
        1 => t!("inspector-effort-1"),
        2 => t!("inspector-effort-2"),
        3 => t!("inspector-effort-3"),
        4 => t!("inspector-effort-4"),
        _ => t!("inspector-effort-5"),
    }
}

/// What an emotion's part of the inspector says: its title, the tick box that sets it,
/// and the undo step of a change.
struct EmotionTexts {
    title: &'static str,
    set: &'static str,
    /// Called once per language when the step is made.
    change: fn() -> &'static str,
}

/// A valence slider with faces and a feeling, or "not set".
fn emotion_ui(
    ui: &mut Ui,
    project: &Project,
    texts: &EmotionTexts,
    emotion: Option<&Emotion>,
    key: GestureKey,
    actions: &mut Vec<Action>,
    make: impl Fn(Option<Emotion>) -> Edit,
) {
    widgets::section(ui, texts.title);
    let mut on = emotion.is_some();
    if ui.checkbox(&mut on, texts.set).changed() {
        let value = on.then(|| Emotion::new(0));
        push(
            actions,
            make(value),
            crate::i18n::Said::new(texts.change),
            None,
        );
        return;
    }
    let Some(emotion) = emotion else {
        return;
    };
    ui.horizontal(|ui| {
        let mut valence = emotion.valence;
        let slider = egui::Slider::new(&mut valence, VALENCE_MIN..=VALENCE_MAX)
            .text(texts.title)
            .show_value(false);
        let response = ui.add(slider);
        ui.label(RichText::new(format!("{} {:+}", face_for(valence), valence)).size(18.0));
        if response.changed() && valence != emotion.valence {
            let value = Emotion {
                valence,
                ..emotion.clone()
            };
            actions.push(Action::Edit {
                edit: Box::new(make(Some(value))),
                label: crate::i18n::Said::new(texts.change),
                gesture: Some(key),
            });
        }
        if response.drag_stopped() {
            actions.push(Action::EndGesture);
        }
    });
    let label = ui.label(RichText::new(t!("inspector-feeling")).weak());
    let mut feeling = emotion.feeling.clone();
    egui::ComboBox::from_id_salt((key, "feeling"))
        .selected_text(
            feeling
                .as_ref()
                .map_or(t!("inspector-none"), Feeling::label),
        )
        .height(360.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut feeling, None, t!("inspector-none"));
            for f in &Feeling::NAMED {
                let sign = if f.is_positive() == Some(true) {
                    "+"
                } else {
                    "−"
                };
                ui.selectable_value(
                    &mut feeling,
                    Some(f.clone()),
                    format!("{sign} {}", f.label()),
                );
            }
            for name in &project.settings.feelings {
                let f = Feeling::Custom(name.clone());
                ui.selectable_value(&mut feeling, Some(f), name);
            }
        })
        .response
        .labelled_by(label.id);
    if feeling != emotion.feeling {
        let value = Emotion {
            feeling,
            ..emotion.clone()
        };
        push(
            actions,
            make(Some(value)),
            crate::said!("inspector-change-feeling"),
            None,
        );
    }
    widgets::custom_entry(
        ui,
        (key, "custom_feeling"),
        t!("inspector-other-feeling"),
        |name| {
            let value = Emotion {
                feeling: Some(Feeling::from_label(&name)),
                ..emotion.clone()
            };
            push(
                actions,
                make(Some(value)),
                crate::said!("inspector-change-feeling"),
                None,
            );
        },
    );
}

/// Channels typed by the team: the project's list, then any used on cards.
fn custom_channels(project: &Project) -> Vec<String> {
    let mut names: Vec<String> = project.settings.channels.clone();
    for card in project.journeys.iter().flat_map(|j| &j.cards) {
        if let Some(Channel::Custom(name)) = &card.channel
            && !names.contains(name)
        {
            names.push(name.clone());
        }
    }
    names
}

/// Departments: the project's list, then any used on cards.
fn departments(project: &Project) -> Vec<String> {
    let mut names: Vec<String> = project.settings.departments.clone();
    let mut used: Vec<String> = project
        .journeys
        .iter()
        .flat_map(|j| &j.cards)
        .map(|c| c.department.clone())
        .filter(|d| !d.is_empty() && !names.contains(d))
        .collect();
    used.sort();
    used.dedup();
    names.extend(used);
    names
}

//! The inspector beside the map: every field of the selected card (or link, stage,
//! lane, or the journey itself when nothing is selected). Each change is an edit;
//! typing and slider pulls are one undo step per gesture.

use egui::{RichText, Ui};

use super::{Canvas, Header};
use crate::app::{Action, Command};
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::model::{
    Better, Card, CardLink, Channel, Contact, EFFORT_MAX, Emotion, Feeling, Journey, Kpi, Lane,
    LaneKind, PersonaId, Phase, Project, Stage, VALENCE_MAX, VALENCE_MIN, face_for,
};
use crate::t;
use crate::ui::{theme, widgets};

pub fn ui(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    canvas: &Canvas,
    actions: &mut Vec<Action>,
) {
    let sel = &canvas.selection;
    if sel.cards.len() > 1 {
        several_cards(ui, sel.cards.len(), actions);
    } else if let Some(card) = sel.current().and_then(|id| journey.card(id)) {
        card_ui(ui, project, journey, card, actions);
    } else if let Some(link) = sel
        .link
        .and_then(|id| journey.links.iter().find(|l| l.id == id))
    {
        link_ui(ui, journey, link, actions);
    } else if let Some(Header::Stage(id)) = sel.header
        && let Some(stage) = journey.stage(id)
    {
        stage_ui(ui, project, journey, stage, actions);
    } else if let Some(Header::Lane(id)) = sel.header
        && let Some(lane) = journey.lane(id)
    {
        lane_ui(ui, journey, lane, actions);
    } else {
        journey_ui(ui, project, journey, actions);
    }
}

pub(super) fn push(
    actions: &mut Vec<Action>,
    edit: Edit,
    label: &str,
    gesture: Option<GestureKey>,
) {
    actions.push(Action::Edit {
        edit: Box::new(edit),
        label: label.to_owned(),
        gesture,
    });
}

fn card_edit(journey: &Journey, card: Card) -> Edit {
    super::replace_card(journey.id, card)
}

fn several_cards(ui: &mut Ui, n: usize, actions: &mut Vec<Action>) {
    widgets::section(ui, &t!("inspector-cards-selected", count = n));
    ui.label(RichText::new(t!("inspector-drag-them")).weak());
    ui.horizontal(|ui| {
        for command in [Command::Duplicate, Command::Copy, Command::DeleteSelection] {
            if ui.button(command.label()).clicked() {
                actions.push(Action::Command(command));
            }
        }
    });
}

#[expect(
    clippy::too_many_lines,
    reason = "one field after another, in the order users read them"
)]
fn card_ui(
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
        t!("inspector-edit-card-title"),
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
        t!("inspector-edit-card-notes"),
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
                    t!("inspector-change-channel"),
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
                    t!("inspector-change-channel"),
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
                            t!("inspector-change-contact"),
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
                    t!("inspector-change-department"),
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
                        t!("inspector-change-department"),
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
                        t!("inspector-change-effort"),
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
            change: t!("inspector-change-emotion"),
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
            change: t!("inspector-change-target-emotion"),
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
            t!("inspector-mark-moment-of-truth"),
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
            t!("inspector-mark-pain-point"),
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
                t!("inspector-change-personas"),
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
                    t!("inspector-link-hypotheses"),
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
        super::kano::ui(ui, card, &edit, actions);
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

/// A tick box per offered persona, in its colour; the ticked list after a change, in
/// the project's order (so files stay stable).
fn persona_ticks(
    ui: &mut Ui,
    project: &Project,
    offered: Vec<&crate::model::Persona>,
    ticked: &[PersonaId],
) -> Option<Vec<PersonaId>> {
    let mut changed = None;
    for persona in offered {
        let mut on = ticked.contains(&persona.id);
        let text = RichText::new(format!("● {}", persona.name))
            .color(theme::color(project.persona_color(persona.id)));
        if ui.checkbox(&mut on, text).changed() {
            let mut personas = ticked.to_vec();
            if on {
                personas.push(persona.id);
            } else {
                personas.retain(|p| *p != persona.id);
            }
            personas.sort_by_key(|p| project.personas.iter().position(|x| x.id == *p));
            changed = Some(personas);
        }
    }
    changed
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
    change: &'static str,
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
        push(actions, make(value), texts.change, None);
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
                label: texts.change.to_owned(),
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
            t!("inspector-change-feeling"),
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
                t!("inspector-change-feeling"),
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

fn link_ui(ui: &mut Ui, journey: &Journey, link: &CardLink, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("inspector-link"));
    let title = |id| journey.card(id).map_or("?", |c| c.title.as_str());
    ui.label(t!("inspector-link-from", title = title(link.from)));
    ui.label(t!("inspector-link-to", title = title(link.to)));
    widgets::text_field(
        ui,
        t!("inspector-label"),
        &link.label,
        false,
        GestureKey::new("link_label", link.id),
        t!("inspector-label-link"),
        actions,
        |label| Edit::Link {
            journey: journey.id,
            change: Change::Replace {
                item: CardLink {
                    label,
                    ..link.clone()
                },
            },
        },
    );
    if ui.button(t!("inspector-delete-link")).clicked() {
        actions.push(Action::Command(Command::DeleteSelection));
    }
}

fn stage_ui(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    stage: &Stage,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, t!("inspector-stage"));
    let edit = |s: Stage| Edit::Stage {
        journey: journey.id,
        change: Change::Replace { item: s },
    };
    widgets::text_field(
        ui,
        t!("inspector-name"),
        &stage.name,
        false,
        GestureKey::new("stage_name", stage.id),
        t!("inspector-rename-stage"),
        actions,
        |name| {
            edit(Stage {
                name,
                ..stage.clone()
            })
        },
    );
    ui.label(RichText::new(t!("inspector-phase")).weak());
    ui.horizontal(|ui| {
        for phase in Phase::ALL {
            if ui
                .radio(stage.phase == phase, phase.short_label())
                .clicked()
                && stage.phase != phase
            {
                push(
                    actions,
                    edit(Stage {
                        phase,
                        ..stage.clone()
                    }),
                    t!("inspector-change-phase"),
                    None,
                );
            }
        }
    });
    widgets::text_field(
        ui,
        t!("inspector-description"),
        &stage.description,
        true,
        GestureKey::new("stage_description", stage.id),
        t!("inspector-describe-stage"),
        actions,
        |description| {
            edit(Stage {
                description,
                ..stage.clone()
            })
        },
    );
    let mut width = stage.width;
    let response = ui.add(egui::Slider::new(&mut width, 0.4..=4.0).text(t!("inspector-width")));
    if response.changed() {
        actions.push(Action::Edit {
            edit: Box::new(edit(Stage {
                width,
                ..stage.clone()
            })),
            label: t!("inspector-resize-stage").to_owned(),
            gesture: Some(GestureKey::new("stage_width", stage.id)),
        });
    }
    if response.drag_stopped() {
        actions.push(Action::EndGesture);
    }
    widgets::text_field(
        ui,
        t!("inspector-facilitator-notes"),
        &stage.facilitator_notes,
        true,
        GestureKey::new("stage_notes", stage.id),
        t!("inspector-edit-facilitator-notes"),
        actions,
        |facilitator_notes| {
            edit(Stage {
                facilitator_notes,
                ..stage.clone()
            })
        },
    );
    kpis(ui, project, journey, stage, actions);
    crate::ui::kpis::ui(
        ui,
        project,
        journey,
        crate::model::ItemTarget::Stage(stage.id),
        actions,
    );
    ui.add_space(6.0);
    if let Some(locked) = lock_ui(ui, Lockable::Stage, stage.locked) {
        push(
            actions,
            edit(Stage {
                locked,
                ..stage.clone()
            }),
            Lockable::Stage.undo_label(locked),
            None,
        );
    }
    let cards = journey.cards.iter().filter(|c| c.stage == stage.id).count();
    if ui
        .button(t!("inspector-delete-stage", count = cards))
        .clicked()
    {
        actions.push(Action::Canvas(super::Request::DeleteStage(stage.id)));
    }
}

/// The stage's KPIs: name, unit, target, actual and which way is better, each
/// editable; added and removed here.
fn kpis(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    stage: &Stage,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, t!("inspector-kpis"));
    let with = |index: usize, kpi: Option<Kpi>| {
        let mut kpis = stage.kpis.clone();
        match kpi {
            Some(kpi) => {
                if let Some(slot) = kpis.get_mut(index) {
                    *slot = kpi;
                }
            }
            None if index < kpis.len() => {
                kpis.remove(index);
            }
            None => {}
        }
        Edit::Stage {
            journey: journey.id,
            change: Change::Replace {
                item: Stage {
                    kpis,
                    ..stage.clone()
                },
            },
        }
    };
    for (index, kpi) in stage.kpis.iter().enumerate() {
        ui.push_id(("kpi", kpi.id), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                widgets::text_field(
                    ui,
                    t!("inspector-kpi"),
                    &kpi.name,
                    false,
                    GestureKey::new("kpi_name", kpi.id),
                    t!("inspector-rename-kpi"),
                    actions,
                    |name| {
                        with(
                            index,
                            Some(Kpi {
                                name,
                                ..kpi.clone()
                            }),
                        )
                    },
                );
                widgets::text_field(
                    ui,
                    t!("inspector-unit"),
                    &kpi.unit,
                    false,
                    GestureKey::new("kpi_unit", kpi.id),
                    t!("inspector-change-kpi-unit"),
                    actions,
                    |unit| {
                        with(
                            index,
                            Some(Kpi {
                                unit,
                                ..kpi.clone()
                            }),
                        )
                    },
                );
                let values = [
                    (KpiValue::Target, kpi.target, KpiValue::Target.key(kpi)),
                    (KpiValue::Actual, kpi.actual, KpiValue::Actual.key(kpi)),
                ];
                if let Some(changed) = kpi_source(ui, project, kpi) {
                    push(
                        actions,
                        with(index, Some(changed)),
                        t!("inspector-change-kpi-source"),
                        None,
                    );
                }
                for (which, value, key) in values {
                    if which == KpiValue::Actual
                        && let Some(q) = &kpi.source
                    {
                        let n = crate::analysis::evidence::figure(project, q, &q.filter)
                            .map_or_else(
                                || t!("inspector-no-answers").to_owned(),
                                |v| t!("inspector-answers-n", n = v.n),
                            );
                        ui.label(t!(
                            "inspector-actual-from-data",
                            value = kpi.actual.map_or_else(|| "—".to_owned(), short_number),
                            unit = kpi.unit.as_str(),
                            answers = n
                        ));
                        continue;
                    }
                    number_field(ui, which, value, &kpi.unit, key, actions, |v| {
                        let changed = if which == KpiValue::Target {
                            Kpi {
                                target: v,
                                ..kpi.clone()
                            }
                        } else {
                            Kpi {
                                actual: v,
                                ..kpi.clone()
                            }
                        };
                        with(index, Some(changed))
                    });
                }
                ui.horizontal(|ui| {
                    for (better, text) in [
                        (Better::Higher, t!("inspector-higher-better")),
                        (Better::Lower, t!("inspector-lower-better")),
                    ] {
                        if ui.radio(kpi.better == better, text).clicked() && kpi.better != better {
                            let changed = Kpi {
                                better,
                                ..kpi.clone()
                            };
                            push(
                                actions,
                                with(index, Some(changed)),
                                t!("inspector-change-kpi"),
                                None,
                            );
                        }
                    }
                });
                ui.horizontal(|ui| {
                    kpi_status(ui, kpi, true);
                    if ui.button(t!("inspector-remove-kpi")).clicked() {
                        push(actions, with(index, None), t!("inspector-remove-kpi"), None);
                    }
                });
            });
        });
    }
    if ui.button(t!("inspector-add-kpi")).clicked() {
        actions.push(Action::Canvas(super::Request::AddKpi(stage.id)));
    }
}

/// The stage's KPIs, one line each, with how they stand against their targets.
fn kpi_summary(ui: &mut Ui, stage: &Stage) {
    for kpi in &stage.kpis {
        let value = |v: Option<f64>| {
            v.map_or_else(
                || "—".to_owned(),
                |v| format!("{} {}", short_number(v), kpi.unit),
            )
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(&kpi.name);
            ui.label(
                RichText::new(t!(
                    "inspector-kpi-target-actual",
                    target = value(kpi.target),
                    actual = value(kpi.actual)
                ))
                .weak(),
            );
            kpi_status(ui, kpi, false);
        });
    }
}

/// "off target" or "on target"; `explain` says what is missing when neither.
fn kpi_status(ui: &mut Ui, kpi: &Kpi, explain: bool) {
    let palette = theme::palette(ui.ctx());
    match kpi.off_target() {
        Some(true) => {
            ui.label(
                RichText::new(t!("inspector-off-target")).color(theme::color(palette.warning)),
            );
        }
        Some(false) => {
            ui.label(
                RichText::new(t!("inspector-on-target")).color(theme::color(palette.positive)),
            );
        }
        None if explain => {
            ui.label(RichText::new(t!("inspector-needs-target")).weak());
        }
        None => {}
    }
}

/// A number that may be unknown: a drag value with a button to clear it, or a
/// button to set it.
fn number_field(
    ui: &mut Ui,
    which: KpiValue,
    value: Option<f64>,
    unit: &str,
    key: GestureKey,
    actions: &mut Vec<Action>,
    make: impl Fn(Option<f64>) -> Edit,
) {
    ui.horizontal(|ui| {
        let caption = ui.label(RichText::new(which.label()).weak());
        let undo_label = which.change();
        if let Some(mut number) = value {
            let mut field = egui::DragValue::new(&mut number).speed(0.1);
            if !unit.is_empty() {
                field = field.suffix(format!(" {unit}"));
            }
            let response = ui.add(field).labelled_by(caption.id);
            if response.changed() {
                push(actions, make(Some(number)), undo_label, Some(key));
            }
            if response.drag_stopped() || response.lost_focus() {
                actions.push(Action::EndGesture);
            }
            if ui.small_button("×").on_hover_text(which.none()).clicked() {
                push(actions, make(None), undo_label, None);
            }
        } else if ui.button(which.set()).clicked() {
            push(actions, make(Some(0.0)), undo_label, None);
        }
    });
}

fn lane_ui(ui: &mut Ui, journey: &Journey, lane: &Lane, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("inspector-lane"));
    let edit = |l: Lane| Edit::Lane {
        journey: journey.id,
        change: Change::Replace { item: l },
    };
    widgets::text_field(
        ui,
        t!("inspector-name"),
        lane.title(),
        false,
        GestureKey::new("lane_name", lane.id),
        t!("inspector-rename-lane"),
        actions,
        |name| edit(super::actions::named_lane(lane, name)),
    );
    let label = ui.label(RichText::new(t!("inspector-kind")).weak());
    let mut kind = lane.kind;
    egui::ComboBox::from_id_salt(("lane kind", lane.id))
        .selected_text(format!("{} {}", kind.icon(), kind.label()))
        .show_ui(ui, |ui| {
            for k in LaneKind::ALL {
                ui.selectable_value(&mut kind, k, format!("{} {}", k.icon(), k.label()));
            }
        })
        .response
        .labelled_by(label.id);
    if kind != lane.kind {
        push(
            actions,
            edit(Lane {
                kind,
                ..lane.clone()
            }),
            t!("inspector-change-lane-kind"),
            None,
        );
    }
    let mut height = lane.height;
    let response = ui.add(egui::Slider::new(&mut height, 0.4..=6.0).text(t!("inspector-height")));
    if response.changed() {
        actions.push(Action::Edit {
            edit: Box::new(edit(Lane {
                height,
                ..lane.clone()
            })),
            label: t!("inspector-resize-lane").to_owned(),
            gesture: Some(GestureKey::new("lane_height", lane.id)),
        });
    }
    if response.drag_stopped() {
        actions.push(Action::EndGesture);
    }
    ui.add_space(6.0);
    if let Some(locked) = lock_ui(ui, Lockable::Lane, lane.locked) {
        push(
            actions,
            edit(Lane {
                locked,
                ..lane.clone()
            }),
            Lockable::Lane.undo_label(locked),
            None,
        );
    }
    let cards = journey.cards.iter().filter(|c| c.lane == lane.id).count();
    if ui
        .button(t!("inspector-delete-lane", count = cards))
        .clicked()
    {
        actions.push(Action::Canvas(super::Request::DeleteLane(lane.id)));
    }
}

fn journey_ui(ui: &mut Ui, project: &Project, journey: &Journey, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("inspector-journey"));
    let edit = |info: crate::model::JourneyInfo| Edit::JourneyInfo {
        journey: journey.id,
        info,
    };
    widgets::text_field(
        ui,
        t!("inspector-goal"),
        &journey.goal,
        false,
        GestureKey::new("journey_goal", journey.id),
        t!("inspector-edit-journey-goal"),
        actions,
        |goal| {
            edit(crate::model::JourneyInfo {
                goal,
                ..journey.info()
            })
        },
    );
    widgets::text_field(
        ui,
        t!("inspector-description"),
        &journey.description,
        true,
        GestureKey::new("journey_description", journey.id),
        t!("inspector-describe-journey"),
        actions,
        |description| {
            edit(crate::model::JourneyInfo {
                description,
                ..journey.info()
            })
        },
    );
    if !project.personas.is_empty() {
        widgets::section(ui, t!("inspector-personas-who-walk"));
        let offered = project.personas.iter().collect();
        if let Some(personas) = persona_ticks(ui, project, offered, &journey.personas) {
            let changed = crate::model::JourneyInfo {
                personas,
                ..journey.info()
            };
            push(
                actions,
                edit(changed),
                t!("inspector-change-journey-personas"),
                None,
            );
        }
    }
    widgets::text_field(
        ui,
        t!("inspector-facilitator-notes"),
        &journey.facilitator_notes,
        true,
        GestureKey::new("journey_notes", journey.id),
        t!("inspector-edit-facilitator-notes"),
        actions,
        |facilitator_notes| {
            edit(crate::model::JourneyInfo {
                facilitator_notes,
                ..journey.info()
            })
        },
    );
    let with_kpis: Vec<&Stage> = journey
        .stages
        .iter()
        .filter(|s| !s.kpis.is_empty())
        .collect();
    if !with_kpis.is_empty() {
        widgets::section(ui, t!("inspector-kpis"));
        for stage in with_kpis {
            ui.label(RichText::new(&stage.name).strong());
            kpi_summary(ui, stage);
        }
    }
    ui.add_space(8.0);
    if let Some(locked) = lock_ui(ui, Lockable::Map, journey.locked) {
        push(
            actions,
            edit(crate::model::JourneyInfo {
                locked,
                ..journey.info()
            }),
            Lockable::Map.undo_label(locked),
            None,
        );
    }
    ui.label(RichText::new(t!("inspector-select-hint")).weak());
}

/// "Actual from data": typed by hand, or a statistic of a rating column. Returns the
/// KPI with its new source (and the actual computed from it) when the user picks one.
fn kpi_source(ui: &mut Ui, project: &Project, kpi: &Kpi) -> Option<Kpi> {
    use crate::model::{ColumnKind, ColumnRole, DataQuery, Statistic};
    if project.datasets.is_empty() {
        return None;
    }
    let describe = |q: &DataQuery| {
        let dataset = q
            .dataset
            .and_then(|d| project.dataset(d))
            .map_or(t!("inspector-any-data"), |d| d.name.as_str());
        t!(
            "inspector-kpi-source",
            statistic = q.statistic.label(),
            column = q.column.as_str(),
            dataset = dataset
        )
    };
    let current = kpi
        .source
        .as_ref()
        .map_or_else(|| t!("inspector-typed-by-hand").to_owned(), describe);
    let mut chosen = None;
    ui.label(RichText::new(t!("inspector-actual-comes-from")).weak());
    egui::ComboBox::from_id_salt(("kpi source", kpi.id))
        .selected_text(current)
        .width(ui.available_width().min(280.0))
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(kpi.source.is_none(), t!("inspector-typed-by-hand"))
                .clicked()
            {
                chosen = Some(None);
            }
            for d in &project.datasets {
                for c in d
                    .columns
                    .iter()
                    .filter(|c| c.kind == ColumnKind::Number && c.role != ColumnRole::Ignored)
                {
                    let nps = c.scale.is_some_and(crate::model::Scale::is_nps);
                    let statistics: &[Statistic] = if nps {
                        &[Statistic::Mean, Statistic::Nps]
                    } else if c.scale.is_some() {
                        &[Statistic::Mean, Statistic::TopBoxShare]
                    } else {
                        &[Statistic::Mean]
                    };
                    for statistic in statistics {
                        let query = DataQuery {
                            dataset: Some(d.id),
                            column: c.name.clone(),
                            filter: Vec::new(),
                            statistic: *statistic,
                        };
                        let on = kpi.source.as_ref() == Some(&query);
                        if ui.selectable_label(on, describe(&query)).clicked() {
                            chosen = Some(Some(query));
                        }
                    }
                }
            }
        })
        .response
        .widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                t!("inspector-actual-from-data-name"),
            )
        });
    let source = chosen.filter(|c| *c != kpi.source)?;
    let actual = source
        .as_ref()
        .and_then(|q| crate::analysis::evidence::figure(project, q, &q.filter).map(|v| v.value));
    Some(Kpi {
        source,
        actual: actual.or(kpi.actual),
        ..kpi.clone()
    })
}

/// A figure as people read it, in the language shown: "34.2", "3.38", "1,250", no
/// trailing zeros.
fn short_number(v: f64) -> String {
    let decimals = if v.abs() >= 100.0 {
        0
    } else if v.abs() >= 10.0 {
        1
    } else {
        2
    };
    let text = crate::i18n::numbers::decimal(v, decimals);
    if decimals > 0 {
        // Below 100 there is no thousands separator, only the decimal mark.
        text.trim_end_matches('0')
            .trim_end_matches(['.', ','])
            .to_owned()
    } else {
        text
    }
}

/// What can be locked from the inspector.
#[derive(Clone, Copy)]
enum Lockable {
    Stage,
    Lane,
    Map,
}

impl Lockable {
    /// What the inspector says while it is locked.
    fn locked(self) -> &'static str {
        match self {
            Lockable::Stage => t!("inspector-locked-stage"),
            Lockable::Lane => t!("inspector-locked-lane"),
            Lockable::Map => t!("inspector-locked-map"),
        }
    }

    /// The button that locks (`true`) or unlocks it, also the name of the undo step.
    fn undo_label(self, lock: bool) -> &'static str {
        match (self, lock) {
            (Lockable::Stage, true) => t!("inspector-lock-stage"),
            (Lockable::Stage, false) => t!("inspector-unlock-stage"),
            (Lockable::Lane, true) => t!("inspector-lock-lane"),
            (Lockable::Lane, false) => t!("inspector-unlock-lane"),
            (Lockable::Map, true) => t!("inspector-lock-map"),
            (Lockable::Map, false) => t!("inspector-unlock-map"),
        }
    }
}

/// Whether `what` (stage, lane, map) is locked, and the explicit button that changes
/// it; the new state when clicked.
fn lock_ui(ui: &mut Ui, what: Lockable, locked: bool) -> Option<bool> {
    ui.horizontal(|ui| {
        if locked {
            ui.label(
                RichText::new(what.locked()).color(theme::color(theme::palette(ui.ctx()).warning)),
            );
            ui.button(what.undo_label(false))
                .on_hover_text(t!("inspector-unlock-tip"))
                .clicked()
                .then_some(false)
        } else {
            ui.button(what.undo_label(true))
                .on_hover_text(t!("inspector-lock-tip"))
                .clicked()
                .then_some(true)
        }
    })
    .inner
}

/// A KPI's two figures.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KpiValue {
    Target,
    Actual,
}

impl KpiValue {
    fn key(self, kpi: &Kpi) -> GestureKey {
        match self {
            KpiValue::Target => GestureKey::new("kpi_target", kpi.id),
            KpiValue::Actual => GestureKey::new("kpi_actual", kpi.id),
        }
    }

    fn label(self) -> &'static str {
        match self {
            KpiValue::Target => t!("inspector-target"),
            KpiValue::Actual => t!("inspector-actual"),
        }
    }

    /// The name of the undo step that changes it.
    fn change(self) -> &'static str {
        match self {
            KpiValue::Target => t!("inspector-change-kpi-target"),
            KpiValue::Actual => t!("inspector-change-kpi-actual"),
        }
    }

    /// The hover text of the button that clears it.
    fn none(self) -> &'static str {
        match self {
            KpiValue::Target => t!("inspector-no-target-value"),
            KpiValue::Actual => t!("inspector-no-actual-value"),
        }
    }

    /// The button that gives it a value.
    fn set(self) -> &'static str {
        match self {
            KpiValue::Target => t!("inspector-set-target"),
            KpiValue::Actual => t!("inspector-set-actual"),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn figures_are_short() {
        let _en = crate::i18n::scoped(crate::i18n::Lang::En);
        assert_eq!(super::short_number(34.166_863), "34.2");
        assert_eq!(super::short_number(3.380_804), "3.38");
        assert_eq!(super::short_number(1250.4), "1,250");
        assert_eq!(super::short_number(3.5), "3.5");
        assert_eq!(super::short_number(100.0), "100");
    }

    #[test]
    fn figures_are_short_in_french() {
        let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
        assert_eq!(super::short_number(34.166_863), "34,2");
        assert_eq!(super::short_number(3.0), "3");
        assert_eq!(super::short_number(1250.4), "1\u{202f}250");
    }
}

//! The inspector beside the map: every field of the selected card (or link, stage,
//! lane, or the journey itself when nothing is selected). Each change is an edit;
//! typing and slider pulls are one undo step per gesture.
//!
//! The card's fields are in [`card`]; a stage's, with its KPIs, in [`stage`]; links,
//! lanes, the journey and locks here.

mod card;
mod stage;

use egui::{RichText, Ui};

use super::{Canvas, Header};
use crate::app::{Action, Command};
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::i18n::Said;
use crate::model::{Card, CardLink, Journey, Lane, LaneKind, PersonaId, Project, Stage};
use crate::t;
use crate::ui::{theme, widgets};

use card::card_ui;
use stage::{kpi_summary, stage_ui};

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
    label: impl Into<Said>,
    gesture: Option<GestureKey>,
) {
    actions.push(Action::Edit {
        edit: Box::new(edit),
        label: label.into(),
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
        crate::said!("inspector-label-link"),
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
        crate::said!("inspector-rename-lane"),
        actions,
        |name| edit(super::typing::named_lane(lane, name)),
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
            crate::said!("inspector-change-lane-kind"),
            None,
        );
    }
    let mut height = lane.height;
    let response = ui.add(
        egui::Slider::new(&mut height, 0.4..=6.0)
            .text(t!("inspector-height"))
            .custom_parser(crate::i18n::numbers::parse),
    );
    if response.changed() {
        actions.push(Action::Edit {
            edit: Box::new(edit(Lane {
                height,
                ..lane.clone()
            })),
            label: crate::said!("inspector-resize-lane"),
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
            Said::new(|| Lockable::Lane.undo_label(locked)),
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
        crate::said!("inspector-edit-journey-goal"),
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
        crate::said!("inspector-describe-journey"),
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
                crate::said!("inspector-change-journey-personas"),
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
        crate::said!("inspector-edit-facilitator-notes"),
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
            Said::new(|| Lockable::Map.undo_label(locked)),
            None,
        );
    }
    ui.label(RichText::new(t!("inspector-select-hint")).weak());
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
    // Wrapped: "Carte verrouillée" and « Déverrouiller la carte » pass the panel's
    // width side by side.
    ui.horizontal_wrapped(|ui| {
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

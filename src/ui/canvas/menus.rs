//! Right-click menus of the map: cards, stage and lane headers (rename, kind or
//! phase, colour, insert, delete), links and cells.

use egui::Ui;

use super::map::Hit;
use super::{Canvas, EditTarget, Request};
use crate::app::{Action, Command};
use crate::edit::{Change, Edit};
use crate::model::{CardColoring, Journey, LaneId, LaneKind, Phase, ProjectInfo, Rgb, StageId};
use crate::t;
use crate::ui::theme::color;

/// Right-click menus for cards, headers, links and cells.
pub(super) fn context_menu(
    response: &egui::Response,
    hit: Hit,
    journey: &Journey,
    canvas: &mut Canvas,
    actions: &mut Vec<Action>,
) {
    if response.secondary_clicked() {
        canvas.menu_target = Some(hit);
    }
    let Some(target) = canvas.menu_target else {
        return;
    };
    let shown = response.context_menu(|ui| {
        let command = |ui: &mut Ui, actions: &mut Vec<Action>, command: Command| {
            let mut button = egui::Button::new(command.label());
            if let Some(shortcut) = command.shortcuts().first() {
                button =
                    button.shortcut_text(crate::ui::widgets::shortcut_text(ui.ctx(), shortcut));
            }
            if ui.add(button).clicked() {
                actions.push(Action::Command(command));
                ui.close();
            }
        };
        match target {
            Hit::Card(_) | Hit::Handle(_) => {
                command(ui, actions, Command::EditCard);
                command(ui, actions, Command::Duplicate);
                command(ui, actions, Command::Copy);
                command(ui, actions, Command::Cut);
                ui.separator();
                command(ui, actions, Command::DeleteSelection);
            }
            Hit::Stage(id) | Hit::StageEdge(id) => stage_menu(ui, journey, id, actions),
            Hit::Lane(id) | Hit::LaneEdge(id) => lane_menu(ui, journey, id, actions),
            Hit::Link(_) => {
                if ui.button(t!("inspector-delete-link")).clicked() {
                    actions.push(Action::Command(Command::DeleteSelection));
                    ui.close();
                }
            }
            Hit::Cell(stage, lane) => {
                if ui.button(t!("canvas-new-card-here")).clicked() {
                    actions.push(Action::Canvas(Request::NewCard {
                        stage,
                        lane,
                        before: None,
                    }));
                    ui.close();
                }
                command(ui, actions, Command::Paste);
                ui.separator();
                command(ui, actions, Command::FitToScreen);
            }
            Hit::Nothing => command(ui, actions, Command::FitToScreen),
        }
    });
    if shown.is_none() && !response.context_menu_opened() {
        canvas.menu_target = None;
    }
}

/// Stage colours offered in menus, each with the message of its name.
pub const ACCENTS: [(&str, Rgb); 8] = [
    ("canvas-colour-blue", Rgb::new(0x3b, 0x82, 0xf6)),
    ("canvas-colour-green", Rgb::new(0x22, 0xc5, 0x5e)),
    ("canvas-colour-yellow", Rgb::new(0xea, 0xb3, 0x08)),
    ("canvas-colour-orange", Rgb::new(0xf9, 0x73, 0x16)),
    ("canvas-colour-red", Rgb::new(0xef, 0x44, 0x44)),
    ("canvas-colour-purple", Rgb::new(0xa8, 0x55, 0xf7)),
    ("canvas-colour-teal", Rgb::new(0x14, 0xb8, 0xa6)),
    ("canvas-colour-grey", Rgb::new(0x78, 0x71, 0x6c)),
];

/// What a stage's or a lane's menu offers; the menus differ only in these.
struct HeaderMenu {
    rename: EditTarget,
    color: Option<Rgb>,
    /// The edit that gives the stage or lane another colour.
    recolour: Box<dyn Fn(Option<Rgb>) -> Action>,
    insert: [(&'static str, Request); 2],
    delete: (String, Request),
}

/// Rename, then `kind` (phase or lane kind), colour, insert and delete.
fn header_menu(
    ui: &mut Ui,
    menu: HeaderMenu,
    kind: impl FnOnce(&mut Ui, &mut Vec<Action>),
    actions: &mut Vec<Action>,
) {
    if ui.button(t!("canvas-rename")).clicked() {
        actions.push(Action::Canvas(Request::Edit(menu.rename)));
        ui.close();
    }
    kind(ui, actions);
    ui.menu_button(t!("canvas-colour"), |ui| {
        let accents = ACCENTS.map(|(id, c)| (crate::i18n::tr(id), Some(c)));
        let choices = std::iter::once((t!("canvas-colour-none"), None)).chain(accents);
        for (name, rgb) in choices {
            let text = match rgb {
                Some(rgb) => swatch_text(ui, name, rgb),
                None => name.into(),
            };
            if ui.radio(menu.color == rgb, text).clicked() {
                actions.push((menu.recolour)(rgb));
                ui.close();
            }
        }
    });
    ui.separator();
    for (label, request) in menu.insert {
        if ui.button(label).clicked() {
            actions.push(Action::Canvas(request));
            ui.close();
        }
    }
    ui.separator();
    let (label, request) = menu.delete;
    if ui
        .button(label)
        .on_hover_text(t!("canvas-delete-header-tip"))
        .clicked()
    {
        actions.push(Action::Canvas(request));
        ui.close();
    }
}

fn stage_menu(ui: &mut Ui, journey: &Journey, id: StageId, actions: &mut Vec<Action>) {
    let Some(stage) = journey.stage(id) else {
        return;
    };
    let index = journey.stage_index(id).unwrap_or(0);
    let replace = {
        let journey = journey.id;
        move |stage: crate::model::Stage, label: crate::i18n::Said| Action::Edit {
            edit: Box::new(Edit::Stage {
                journey,
                change: Change::Replace { item: stage },
            }),
            label,
            gesture: None,
        }
    };
    let cards = journey.cards.iter().filter(|c| c.stage == id).count();
    let phase = stage.phase;
    let menu = HeaderMenu {
        rename: EditTarget::StageName(id),
        color: stage.color,
        recolour: Box::new({
            let stage = stage.clone();
            move |color| {
                replace(
                    crate::model::Stage {
                        color,
                        ..stage.clone()
                    },
                    crate::said!("canvas-recolour-stage"),
                )
            }
        }),
        insert: [
            (
                t!("canvas-insert-stage-before"),
                Request::AddStage { index, phase },
            ),
            (
                t!("canvas-insert-stage-after"),
                Request::AddStage {
                    index: index + 1,
                    phase,
                },
            ),
        ],
        delete: (
            t!("inspector-delete-stage", count = cards),
            Request::DeleteStage(id),
        ),
    };
    let kind = |ui: &mut Ui, actions: &mut Vec<Action>| {
        ui.menu_button(t!("inspector-phase"), |ui| {
            for phase in Phase::ALL {
                if ui.radio(stage.phase == phase, phase.label()).clicked() {
                    let changed = crate::model::Stage {
                        phase,
                        ..stage.clone()
                    };
                    actions.push(replace(changed, crate::said!("inspector-change-phase")));
                    ui.close();
                }
            }
        });
    };
    header_menu(ui, menu, kind, actions);
}

fn lane_menu(ui: &mut Ui, journey: &Journey, id: LaneId, actions: &mut Vec<Action>) {
    let Some(lane) = journey.lane(id) else {
        return;
    };
    let index = journey.lane_index(id).unwrap_or(0);
    let replace = {
        let journey = journey.id;
        move |lane: crate::model::Lane, label: crate::i18n::Said| Action::Edit {
            edit: Box::new(Edit::Lane {
                journey,
                change: Change::Replace { item: lane },
            }),
            label,
            gesture: None,
        }
    };
    let cards = journey.cards.iter().filter(|c| c.lane == id).count();
    let menu = HeaderMenu {
        rename: EditTarget::LaneName(id),
        color: lane.color,
        recolour: Box::new({
            let lane = lane.clone();
            move |color| {
                replace(
                    crate::model::Lane {
                        color,
                        ..lane.clone()
                    },
                    crate::said!("canvas-recolour-lane"),
                )
            }
        }),
        insert: [
            (t!("canvas-insert-lane-above"), Request::AddLane { index }),
            (
                t!("canvas-insert-lane-below"),
                Request::AddLane { index: index + 1 },
            ),
        ],
        delete: (
            t!("inspector-delete-lane", count = cards),
            Request::DeleteLane(id),
        ),
    };
    let kind = |ui: &mut Ui, actions: &mut Vec<Action>| {
        ui.menu_button(t!("inspector-kind"), |ui| {
            for kind in LaneKind::ALL {
                let text = format!("{} {}", kind.icon(), kind.label());
                if ui.radio(lane.kind == kind, text).clicked() {
                    let changed = crate::model::Lane {
                        kind,
                        ..lane.clone()
                    };
                    actions.push(replace(changed, crate::said!("inspector-change-lane-kind")));
                    ui.close();
                }
            }
        });
    };
    header_menu(ui, menu, kind, actions);
}

fn swatch_text(ui: &Ui, name: &str, rgb: Rgb) -> egui::WidgetText {
    let mut job = egui::text::LayoutJob::default();
    let font = egui::TextStyle::Button.resolve(ui.style());
    job.append(
        "■ ",
        0.0,
        egui::TextFormat::simple(font.clone(), color(rgb)),
    );
    job.append(
        name,
        0.0,
        egui::TextFormat::simple(font, ui.visuals().text_color()),
    );
    job.into()
}

/// The edit that switches between colouring cards by lane and by emotion.
pub fn toggle_card_colors(info: &ProjectInfo) -> Edit {
    let mut info = info.clone();
    info.settings.card_colors = match info.settings.card_colors {
        CardColoring::ByLane => CardColoring::ByEmotion,
        CardColoring::ByEmotion => CardColoring::ByLane,
    };
    Edit::ProjectInfo(info)
}

//! The window's frame: menu bar (generated from the command table), navigation
//! between views, status bar, the current view and the dialogs.

use egui::{Align, Button, Layout, RichText, Sense};

use crate::t;

use crate::app::commands::{Command, Menu};
use crate::app::{Action, JourneyApp, StatusLevel, View};
use crate::ui::{curves, data, hypotheses, journeys, modals, personas, theme};

pub fn ui(ui: &mut egui::Ui, app: &mut JourneyApp) {
    if app.canvas.presenting.is_some() {
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let JourneyApp {
                    doc,
                    selection,
                    canvas,
                    ..
                } = app;
                let project = doc.project();
                if let Some(journey) = selection
                    .journey
                    .and_then(|id| project.journey(id))
                    .or_else(|| project.journeys.first())
                {
                    crate::ui::canvas::present::present_ui(ui, doc, journey, canvas);
                }
            });
        crate::ui::timer::overlay(ui.ctx(), &app.timer);
        return;
    }
    egui::Panel::top("menu_bar").show(ui, |ui| menu_bar(ui, app));
    egui::Panel::bottom("status_bar").show(ui, |ui| status_bar(ui, app));
    crate::ui::capture::panel(ui, app);
    if app.on_start_page() {
        egui::CentralPanel::default().show(ui, |ui| crate::ui::start::ui(ui, app));
        modals::ui(ui.ctx(), app);
        drop_hint(ui.ctx());
        return;
    }
    if app.prefs.side_panels {
        egui::Panel::left("navigation")
            .resizable(false)
            .exact_size(168.0)
            .show(ui, |ui| navigation(ui, app));
    }
    let central = egui::CentralPanel::default().show(ui, |ui| {
        let JourneyApp {
            doc,
            prefs,
            selection,
            actions,
            canvas,
            gallery,
            curves: curves_view,
            data_view,
            focus_persona_name,
            editing_hypothesis,
            ..
        } = app;
        let project = doc.project();
        match prefs.view {
            View::Journeys => {
                journeys::ui(ui, doc, selection, canvas, prefs.side_panels, actions);
            }
            View::Personas => {
                personas::ui(ui, project, selection, gallery, focus_persona_name, actions);
            }
            View::Hypotheses => hypotheses::ui(ui, project, editing_hypothesis, actions),
            View::Data => data::ui(ui, project, data_view, actions),
            View::Curves => {
                let revision = doc.revision();
                curves::ui(ui, doc.project(), revision, selection, curves_view, actions);
            }
        }
    });
    // Floating windows may cover the journey list, never the inspector.
    app.free_area = Some(match (app.prefs.view, app.canvas.last_rect()) {
        (View::Journeys, Some(map)) => {
            egui::Rect::from_min_max(egui::pos2(central.response.rect.min.x, map.min.y), map.max)
        }
        _ => central.response.rect,
    });
    crate::ui::timer::window(ui.ctx(), app);
    crate::ui::vote::window(ui.ctx(), app);
    modals::ui(ui.ctx(), app);
    crate::ui::export::ui(ui.ctx(), app);
    crate::ui::data_import::ui(ui.ctx(), app);
    drop_hint(ui.ctx());
}

fn menu_bar(ui: &mut egui::Ui, app: &mut JourneyApp) {
    egui::MenuBar::new().ui(ui, |ui| {
        for menu in Menu::ALL {
            ui.menu_button(menu.label(), |ui| menu_ui(ui, app, menu));
        }
    });
}

/// One menu: its commands in table order, a separator between groups, submenus
/// where the table says so, and the recent files after "Open…".
fn menu_ui(ui: &mut egui::Ui, app: &mut JourneyApp, menu: Menu) {
    let mut last_group = None;
    let mut shown_submenus: Vec<&str> = Vec::new();
    for command in Command::ALL {
        let Some(place) = command.placement() else {
            continue;
        };
        if place.menu != menu {
            continue;
        }
        if last_group.is_some_and(|g| g != place.group) {
            ui.separator();
        }
        last_group = Some(place.group);
        match place.submenu {
            None => command_button(ui, app, command),
            Some(name) if !shown_submenus.contains(&name) => {
                shown_submenus.push(name);
                ui.menu_button(crate::i18n::tr(name), |ui| {
                    for sub in Command::ALL {
                        if sub.placement().is_some_and(|p| p.submenu == Some(name)) {
                            command_button(ui, app, sub);
                        }
                    }
                });
            }
            Some(_) => {}
        }
        if command == Command::Open {
            recent_menu(ui, app);
        }
    }
}

fn command_button(ui: &mut egui::Ui, app: &mut JourneyApp, command: Command) {
    let mut button = Button::new(command.label());
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(crate::ui::widgets::shortcut_text(ui.ctx(), shortcut));
    }
    let checked = match command {
        Command::ThemeLight => Some(app.prefs.theme == crate::app::ThemeChoice::Light),
        Command::ThemeDark => Some(app.prefs.theme == crate::app::ThemeChoice::Dark),
        Command::ThemeSystem => Some(app.prefs.theme == crate::app::ThemeChoice::System),
        Command::LanguageSystem => Some(app.prefs.language == crate::app::LanguageChoice::System),
        Command::LanguageEnglish => Some(app.prefs.language == crate::app::LanguageChoice::English),
        Command::LanguageFrench => Some(app.prefs.language == crate::app::LanguageChoice::French),
        Command::LanguageSpanish => Some(app.prefs.language == crate::app::LanguageChoice::Spanish),
        Command::ToggleCardColors => {
            Some(app.doc.project().settings.card_colors == crate::model::CardColoring::ByEmotion)
        }
        Command::SidePanels => Some(app.prefs.side_panels),
        Command::FollowFacilitator => Some(app.together.following),
        _ => command.view().map(|view| app.prefs.view == view),
    };
    if let Some(checked) = checked {
        button = button.selected(checked);
    }
    let hover = match command {
        Command::Undo => app.doc.history().undo_label().map_or_else(
            || t!("undo-nothing").to_owned(),
            |l| t!("undo-step", step = l),
        ),
        Command::Redo => app.doc.history().redo_label().map_or_else(
            || t!("redo-nothing").to_owned(),
            |l| t!("redo-step", step = l),
        ),
        _ => command.tooltip().to_owned(),
    };
    let enabled = app.command_enabled(command);
    let response = ui.add_enabled(enabled, button).on_hover_text(&hover);
    let response = if enabled {
        response
    } else {
        response.on_disabled_hover_text(&hover)
    };
    if response.clicked() {
        app.push_action(Action::Command(command));
        ui.close();
    }
}

fn recent_menu(ui: &mut egui::Ui, app: &mut JourneyApp) {
    let recent = app.prefs.recent.clone();
    ui.add_enabled_ui(!recent.is_empty(), |ui| {
        ui.menu_button(t!("menu-open-recent"), |ui| {
            for path in recent {
                let name = crate::document::file_label(&path);
                let response = ui.button(name).on_hover_text(path.display().to_string());
                if response.clicked() {
                    app.push_action(Action::OpenPath(path));
                    ui.close();
                }
            }
        })
    });
}

fn navigation(ui: &mut egui::Ui, app: &mut JourneyApp) {
    ui.add_space(8.0);
    for view in View::ALL {
        let selected = app.prefs.view == view;
        let text = RichText::new(nav_label(view)).size(14.5);
        let response = ui
            .add(
                Button::selectable(selected, text)
                    .frame_when_inactive(false)
                    .min_size(egui::vec2(ui.available_width(), 32.0)),
            )
            .on_hover_text(Command::show(view).tooltip());
        if response.clicked() {
            app.push_action(Action::ShowView(view));
        }
    }
}

/// The text of a view's navigation button (tests find the buttons by it).
pub fn nav_label(view: View) -> String {
    format!("{}  {}", view.icon(), view.label())
}

fn status_bar(ui: &mut egui::Ui, app: &mut JourneyApp) {
    let palette = theme::palette(ui.ctx());
    // The project's facts on the right first; the news gets the room left of them
    // (a long message is cut with "…", never drawn over them).
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        // On the start page there is no project: nothing to count or save.
        if !app.on_start_page() {
            project_facts(ui, app, &palette);
        }
        if let Some((live, connected)) = app.live_label() {
            ui.separator();
            let color = if connected {
                theme::color(palette.positive)
            } else {
                theme::color(palette.warning)
            };
            if ui
                .add(
                    egui::Label::new(RichText::new(format!("● {live}")).color(color))
                        .sense(Sense::click()),
                )
                .on_hover_text(t!("status-live-tip"))
                .clicked()
            {
                app.push_action(Action::Command(Command::LiveStart));
            }
            // Who else is here, each in the colour of their outlines on the map (the
            // newest on the left; at most four named).
            let people = app.live_people();
            if people.len() > 4 {
                ui.label(RichText::new(format!("+{}", people.len() - 4)).small());
            }
            for person in people.iter().take(4).rev() {
                let [r, g, b] = person.color;
                let role = if person.facilitator {
                    "facilitator"
                } else if person.viewer {
                    "viewer"
                } else {
                    "editor"
                };
                ui.label(
                    RichText::new(format!("● {}", person.name))
                        .color(egui::Color32::from_rgb(r, g, b)),
                )
                .on_hover_text(t!(
                    "status-person-tip",
                    name = person.name.as_str(),
                    role = role
                ));
            }
        }
        ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
            if app.is_loading() {
                ui.spinner();
            }
            if let Some(status) = app.status().filter(|s| !faded(ui, s)) {
                let color = match status.level {
                    StatusLevel::Info => ui.visuals().text_color(),
                    StatusLevel::Success => theme::color(palette.positive),
                    StatusLevel::Warning => theme::color(palette.warning),
                    StatusLevel::Error => theme::color(palette.negative),
                };
                ui.add(egui::Label::new(RichText::new(status.text()).color(color)).truncate());
            }
        });
    });
}

/// Saved or not, the project's counts, its file and its repairs, right to left.
fn project_facts(ui: &mut egui::Ui, app: &mut JourneyApp, palette: &crate::theme::Palette) {
    let doc = app.document();
    let (text, color) = if doc.is_dirty() {
        (t!("status-unsaved"), theme::color(palette.warning))
    } else {
        (t!("status-saved"), ui.visuals().weak_text_color())
    };
    ui.label(RichText::new(text).color(color));
    ui.separator();
    let project = doc.project();
    ui.label(t!(
        "status-project-counts",
        journeys = project.journeys.len(),
        cards = project.card_count(),
        personas = project.personas.len(),
        hypotheses = project.hypotheses.len()
    ));
    if let Some(path) = doc.path() {
        ui.separator();
        ui.add(egui::Label::new(RichText::new(path.display().to_string()).weak()).truncate());
    }
    let problems = doc.problems().len();
    if problems > 0 {
        ui.separator();
        let text = RichText::new(t!("status-repaired", count = problems))
            .color(theme::color(palette.warning));
        if ui
            .add(egui::Label::new(text).sense(Sense::click()))
            .on_hover_text(t!("status-repaired-tip"))
            .clicked()
        {
            app.push_action(Action::Command(Command::ShowProblems));
        }
    }
}

/// How long news stays in the status bar; warnings and errors stay until replaced.
const STATUS_NEWS_SECONDS: f32 = 8.0;

fn faded(ui: &egui::Ui, status: &crate::app::Status) -> bool {
    if matches!(status.level, StatusLevel::Warning | StatusLevel::Error) {
        return false;
    }
    let age = status.at.elapsed().as_secs_f32();
    if age < STATUS_NEWS_SECONDS {
        ui.ctx()
            .request_repaint_after_secs(STATUS_NEWS_SECONDS - age + 0.05);
        false
    } else {
        true
    }
}

/// While files are dragged over the window, say what dropping them does.
fn drop_hint(ctx: &egui::Context) {
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_hint"),
    ));
    painter.rect_filled(screen, 0.0, theme::DROP_VEIL);
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        t!("drop-hint"),
        theme::bold(26.0),
        theme::DROP_TEXT,
    );
}

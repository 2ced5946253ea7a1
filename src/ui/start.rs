//! The start page, shown when there is no project to show: at the first start, or
//! when the file asked for could not be opened. Open a file, one of the recent ones,
//! a blank project, or start from a template or example.

use egui::{RichText, ScrollArea, Ui};

use crate::app::{Action, Command, JourneyApp};
use crate::ui::{theme, widgets};

/// The widest the page's column gets.
const PAGE_WIDTH: f32 = 980.0;

pub fn ui(ui: &mut Ui, app: &mut JourneyApp) {
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        let margin = ((ui.available_width() - PAGE_WIDTH) / 2.0).max(16.0);
        egui::Frame::new()
            .inner_margin(egui::Margin::symmetric(margin as i8, 24))
            .show(ui, |ui| page(ui, app));
    });
}

fn page(ui: &mut Ui, app: &mut JourneyApp) {
    ui.label(RichText::new("journeymap").font(theme::bold(30.0)));
    ui.label(RichText::new(env!("CARGO_PKG_DESCRIPTION")).weak());
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        for command in [Command::Open, Command::New] {
            let shortcut = command
                .shortcuts()
                .first()
                .map(|s| ui.ctx().format_shortcut(s))
                .unwrap_or_default();
            let text = match command {
                Command::New => "New blank project",
                _ => command.label(),
            };
            if ui
                .add(
                    egui::Button::new(RichText::new(text).size(15.0))
                        .min_size(egui::vec2(0.0, 32.0)),
                )
                .on_hover_text(format!("{} ({shortcut})", command.tooltip()))
                .clicked()
            {
                app.push_action(Action::Command(command));
            }
        }
    });

    let recent = app.preferences().recent.clone();
    if !recent.is_empty() {
        ui.add_space(12.0);
        widgets::section(ui, "Recent");
        ui.add_space(4.0);
        for path in recent {
            let exists = path.is_file();
            ui.horizontal(|ui| {
                let name = crate::document::file_label(&path);
                let response = ui
                    .add_enabled(
                        exists,
                        egui::Button::new(RichText::new(name).strong()).frame(false),
                    )
                    .on_hover_text(path.display().to_string())
                    .on_disabled_hover_text("The file is no longer there");
                if response.clicked() {
                    app.push_action(Action::OpenPath(path.clone()));
                }
                let folder = path
                    .parent()
                    .map_or_else(String::new, |p| p.display().to_string());
                let note = if exists {
                    folder
                } else {
                    format!("{folder} · not found")
                };
                ui.label(RichText::new(note).weak());
            });
        }
    }

    ui.add_space(16.0);
    widgets::section(ui, "Start from a template or an example");
    ui.label(
        RichText::new(
            "Each opens as an untitled copy: the airline comes with its survey data imported \
             and checked against the team's beliefs.",
        )
        .weak(),
    );
    ui.add_space(8.0);
    let chosen = crate::ui::templates::tiles(
        ui,
        app,
        "Blank project",
        "One empty journey with the usual stages and lanes",
    );
    match chosen {
        Some(None) => app.push_action(Action::Command(Command::New)),
        Some(Some(i)) => app.push_action(Action::NewFromExample(i)),
        None => {}
    }
}

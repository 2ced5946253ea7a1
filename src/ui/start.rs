//! The start page, shown when there is no project to show: at the first start, or
//! when the file asked for could not be opened. Open a file, one of the recent ones,
//! a blank project, or start from a template or example.

use egui::{RichText, ScrollArea, Ui};

use crate::app::{Action, Command, JourneyApp};
use crate::t;
use crate::ui::{theme, widgets};

/// The widest the page's column gets.
const PAGE_WIDTH: f32 = 980.0;

pub fn ui(ui: &mut Ui, app: &mut JourneyApp) {
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        // A column of the page's width in the middle of the window.
        let width = ui.available_width().min(PAGE_WIDTH);
        let left = (ui.available_width() - width) / 2.0;
        ui.add_space(24.0);
        ui.horizontal(|ui| {
            ui.add_space(left);
            ui.vertical(|ui| {
                ui.set_width(width);
                page_ui(ui, app);
            });
        });
        ui.add_space(24.0);
    });
}

fn page_ui(ui: &mut Ui, app: &mut JourneyApp) {
    ui.label(RichText::new("journeymap").font(theme::bold(30.0)));
    ui.label(RichText::new(t!("app-description")).weak());
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        for command in [Command::Open, Command::New] {
            let text = match command {
                Command::New => t!("start-new-blank-project"),
                _ => command.label(),
            };
            if ui
                .add(
                    egui::Button::new(RichText::new(text).size(15.0))
                        .min_size(egui::vec2(0.0, 32.0)),
                )
                .on_hover_text(command.hover_text(ui.ctx()))
                .clicked()
            {
                app.push_action(Action::Command(command));
            }
        }
    });

    let recent = app.preferences().recent.clone();
    if !recent.is_empty() {
        ui.add_space(12.0);
        widgets::section(ui, t!("start-recent"));
        ui.add_space(4.0);
        for (path, exists) in recent_files(ui, recent) {
            ui.horizontal(|ui| {
                let name = crate::document::file_label(&path);
                let response = ui
                    .add_enabled(
                        exists,
                        egui::Button::new(RichText::new(name).strong()).frame(false),
                    )
                    .on_hover_text(path.display().to_string())
                    .on_disabled_hover_text(t!("start-file-gone"));
                if response.clicked() {
                    app.push_action(Action::OpenPath(path.clone()));
                }
                let folder = path
                    .parent()
                    .map_or_else(String::new, |p| p.display().to_string());
                let note = if exists {
                    folder
                } else {
                    t!("start-not-found", folder = folder)
                };
                ui.label(RichText::new(note).weak());
            });
        }
    }

    ui.add_space(16.0);
    widgets::section(ui, t!("start-from-template"));
    ui.label(RichText::new(t!("start-from-template-intro")).weak());
    ui.add_space(8.0);
    let chosen = crate::ui::templates::tiles_ui(
        ui,
        app,
        t!("template-blank-project"),
        t!("template-blank-project-summary"),
    );
    match chosen {
        Some(None) => app.push_action(Action::Command(Command::New)),
        Some(Some(i)) => app.push_action(Action::NewFromExample(i)),
        None => {}
    }
}

/// The recent files, each with whether it is still there: looked up on the disk once
/// every few seconds, not at every frame.
fn recent_files(ui: &Ui, recent: Vec<std::path::PathBuf>) -> Vec<(std::path::PathBuf, bool)> {
    type Checked = (f64, Vec<(std::path::PathBuf, bool)>);
    let id = egui::Id::unique("start_page_recent_files");
    let now = ui.input(|i| i.time);
    let cached: Option<Checked> = ui.data(|d| d.get_temp(id));
    if let Some((at, files)) = cached
        && now - at < 3.0
        && files.len() == recent.len()
        && files.iter().zip(&recent).all(|((a, _), b)| a == b)
    {
        return files;
    }
    let files: Vec<_> = recent
        .into_iter()
        .map(|p| {
            let exists = p.is_file();
            (p, exists)
        })
        .collect();
    ui.data_mut(|d| d.insert_temp(id, (now, files.clone())));
    files
}

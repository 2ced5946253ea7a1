//! The export dialog (File › Export…, Ctrl+E): what to export, format, size, theme,
//! what to include, where to write, a preview; then progress with cancel, and where
//! the file went with a way to open its folder. A window, not a modal: the app stays
//! usable while an export runs.

use egui::{Align2, ComboBox, DragValue, RichText, TextEdit, Ui};

use crate::analysis::curves::Chart;
use crate::app::export::{ExportDialog, Job, PreviewJob, SizeKind, What};
use crate::app::{Action, JourneyApp};
use crate::export::{Format, Paper, Theme};
use crate::model::Project;
use crate::ui::theme;

/// What the dialog asks the app to do.
enum Ask {
    Nothing,
    Close,
    Export,
    Browse,
}

pub fn ui(ctx: &egui::Context, app: &mut JourneyApp) {
    let Some(mut dialog) = app.export.take() else {
        return;
    };
    let project = app.document().project();
    let revision = app.document().revision();
    poll(ctx, &mut dialog, project, revision);

    let mut open = true;
    let mut ask = Ask::Nothing;
    egui::Window::new("Export")
        .id(egui::Id::unique("journeymap_export"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.set_width(600.0);
            ask = if dialog.running() || dialog.outcome.is_some() {
                status(ui, &mut dialog)
            } else {
                settings(ui, &mut dialog, project, app.can_browse())
            };
        });
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    if !open || (escape && !dialog.running()) {
        ask = Ask::Close;
    }
    match ask {
        Ask::Nothing => app.export = Some(dialog),
        Ask::Close => {
            if let Some(job) = &dialog.job {
                job.cancel();
            }
        }
        Ask::Export => {
            match dialog.request(project) {
                Ok(request) => {
                    let repaint = ctx.clone();
                    dialog.outcome = None;
                    dialog.job = Some(Job::start(project.clone(), request, move || {
                        repaint.request_repaint();
                    }));
                }
                Err(message) => dialog.outcome = Some(Err(message)),
            }
            app.export = Some(dialog);
        }
        Ask::Browse => {
            app.export = Some(dialog);
            app.push_action(Action::ExportBrowse);
        }
    }
}

/// Takes in what the threads finished: the preview, the export, the file dialog.
fn poll(ctx: &egui::Context, dialog: &mut ExportDialog, project: &Project, revision: u64) {
    if let Some(job) = &dialog.job
        && let Some(outcome) = job.poll()
    {
        dialog.job = None;
        dialog.outcome = Some(outcome);
    }
    if let Some(b) = &dialog.browse
        && let Some(answer) = b.poll()
    {
        dialog.browse = None;
        if let crate::app::dialogs::DialogOutcome::Chosen(path) = answer {
            dialog.settings.path = path.display().to_string();
            if let Ok(format) = Format::from_path(&path) {
                dialog.settings.format = format;
            } else {
                dialog.settings.fix_extension();
            }
        }
    }
    if let Some(job) = &dialog.preview_job
        && let Some(result) = job.poll()
    {
        let key = job.key.clone();
        dialog.preview_job = None;
        let shown = result.map(|image| {
            let color = egui::ColorImage::from_rgba_unmultiplied(image.size, &image.rgba);
            crate::app::export::Preview {
                texture: ctx.load_texture("export_preview", color, egui::TextureOptions::LINEAR),
                size: egui::vec2(image.size[0] as f32, image.size[1] as f32),
                picture: image.picture,
            }
        });
        dialog.preview = Some((key, shown));
    }
    // A new preview when the choices changed (one at a time; the latest wins).
    let key = dialog.preview_key(project, revision);
    let shown = dialog.preview.as_ref().map(|(k, _)| k);
    let pending = dialog.preview_job.as_ref().map(|j| &j.key);
    if shown != Some(&key) && pending.is_none() {
        let repaint = ctx.clone();
        dialog.preview_job = Some(PreviewJob::start(
            project.clone(),
            key,
            &dialog.settings,
            move || repaint.request_repaint(),
        ));
    }
}

fn row_label(ui: &mut Ui, text: &str) -> egui::Id {
    ui.label(RichText::new(text).strong()).id
}

#[expect(
    clippy::too_many_lines,
    reason = "the dialog's fields, top to bottom, read best in one place"
)]
fn settings(ui: &mut Ui, dialog: &mut ExportDialog, project: &Project, can_browse: bool) -> Ask {
    let mut ask = Ask::Nothing;
    let s = &mut dialog.settings;
    let before = (s.what, s.format);
    egui::Grid::new("export_settings")
        .num_columns(2)
        .spacing([14.0, 10.0])
        .show(ui, |ui| {
            let what_label_id = row_label(ui, "Export");
            let current = what_label(project, s.what);
            ComboBox::from_id_salt("export_what")
                .selected_text(current)
                .width(380.0)
                .show_ui(ui, |ui| {
                    for j in &project.journeys {
                        ui.selectable_value(
                            &mut s.what,
                            What::Journey(Some(j.id)),
                            format!("Journey: {}", j.name),
                        );
                    }
                    if project.journeys.len() > 1 {
                        ui.selectable_value(&mut s.what, What::Journey(None), "Every journey");
                    }
                    for p in &project.personas {
                        ui.selectable_value(
                            &mut s.what,
                            What::Persona(p.id),
                            format!("Persona page: {}", p.name),
                        );
                    }
                    // The charts of the journey chosen (or shown last).
                    let chart_journey = match s.what {
                        What::Chart(j, _) | What::Journey(Some(j)) => Some(j),
                        _ => project.journeys.first().map(|j| j.id),
                    };
                    if let Some(j) = chart_journey {
                        for chart in Chart::ALL {
                            let what = What::Chart(j, chart);
                            ui.selectable_value(&mut s.what, what, what_label(project, what));
                        }
                    }
                })
                .response
                .labelled_by(what_label_id);
            ui.end_row();

            if matches!(s.what, What::Journey(_)) && !project.personas.is_empty() {
                let cards_label = row_label(ui, "Cards of");
                let name = s
                    .only_persona
                    .and_then(|p| project.persona(p))
                    .map_or("Every persona", |p| p.name.as_str());
                ComboBox::from_id_salt("export_persona")
                    .selected_text(name)
                    .width(380.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut s.only_persona, None, "Every persona");
                        for p in &project.personas {
                            ui.selectable_value(&mut s.only_persona, Some(p.id), &p.name);
                        }
                    })
                    .response
                    .labelled_by(cards_label);
                ui.end_row();
            }

            row_label(ui, "Format");
            ui.horizontal(|ui| {
                for f in Format::ALL {
                    ui.radio_value(&mut s.format, f, f.extension().to_ascii_uppercase())
                        .on_hover_text(f.label());
                }
            });
            ui.end_row();

            row_label(ui, "Size");
            ui.vertical(|ui| {
                ui.radio_value(&mut s.size, SizeKind::Natural, "As on screen at 100%");
                ui.horizontal(|ui| {
                    let width_label = ui.radio_value(&mut s.size, SizeKind::Width, "Width").id;
                    let r = ui.add_enabled(
                        s.size == SizeKind::Width,
                        DragValue::new(&mut s.width)
                            .range(16..=65_000)
                            .speed(10)
                            .suffix(" px"),
                    );
                    r.labelled_by(width_label);
                });
                ui.horizontal(|ui| {
                    let paper_label = ui.radio_value(&mut s.size, SizeKind::Paper, "Paper").id;
                    ui.add_enabled_ui(s.size == SizeKind::Paper, |ui| {
                        ComboBox::from_id_salt("export_paper")
                            .selected_text(s.paper.label())
                            .width(60.0)
                            .show_ui(ui, |ui| {
                                for p in Paper::ALL {
                                    ui.selectable_value(&mut s.paper, p, p.label());
                                }
                            })
                            .response
                            .labelled_by(paper_label);
                        let dpi_label = ui.label("at").id;
                        let r = ui.add(
                            DragValue::new(&mut s.dpi)
                                .range(36..=1200)
                                .speed(5)
                                .suffix(" DPI"),
                        );
                        r.labelled_by(dpi_label);
                    });
                });
                let picture = dialog_preview(dialog.preview.as_ref());
                ui.label(
                    RichText::new(s.size_summary(picture)).color(ui.visuals().weak_text_color()),
                );
            });
            ui.end_row();

            row_label(ui, "Theme");
            ui.horizontal(|ui| {
                for t in Theme::ALL {
                    let label = match t {
                        Theme::Light => "Light",
                        Theme::Dark => "Dark",
                        Theme::Print => "Print (white, no shadows)",
                    };
                    ui.radio_value(&mut s.theme, t, label);
                }
            });
            ui.end_row();

            row_label(ui, "Include");
            ui.horizontal_wrapped(|ui| {
                ui.checkbox(&mut s.title, "Title");
                ui.checkbox(&mut s.legend, "Legend");
                ui.checkbox(&mut s.personas, "Personas");
                ui.checkbox(&mut s.date, "Date");
                ui.checkbox(&mut s.votes, "Vote results")
                    .on_hover_text("The dots of the journey's latest dot vote, ranked once closed");
            });
            ui.end_row();

            let label = row_label(ui, "File");
            ui.horizontal(|ui| {
                let width = if can_browse { 440.0 } else { 520.0 };
                ui.add(TextEdit::singleline(&mut s.path).desired_width(width))
                    .labelled_by(label);
                if can_browse && ui.button("Browse…").clicked() {
                    ask = Ask::Browse;
                }
            });
            ui.end_row();
        });
    if (s.what, s.format) != before {
        // Keep the folder, follow the choice in the name and extension.
        if s.what == before.0 {
            s.fix_extension();
        } else {
            let folder = std::path::Path::new(s.path.trim())
                .parent()
                .map(std::path::Path::to_path_buf)
                .unwrap_or_default();
            s.path = folder.join(s.suggested_name(project)).display().to_string();
        }
    }
    if s.format == Format::Pdf && matches!(s.what, What::Journey(None)) {
        ui.label("Every journey on its own page of one PDF.");
    } else if matches!(s.what, What::Journey(None)) {
        ui.label("One file per journey, named after the file above and the journey.");
    }

    ui.add_space(8.0);
    // The preview takes what the window's height leaves (title bar and buttons
    // aside), so that the dialog fits a projector's 720 lines.
    let left = crate::ui::widgets::dialog_body_height(ui.ctx(), 110.0) - ui.min_rect().height();
    let height = left.clamp(100.0, 300.0);
    preview(
        ui,
        dialog.preview.as_ref(),
        dialog.preview_job.is_some(),
        height,
    );

    ui.add_space(10.0);
    crate::ui::widgets::right_row(ui, |ui| {
        if ui
            .button(RichText::new("Export").strong())
            .on_hover_text("Write the file (Enter)")
            .clicked()
            || ui.input(|i| i.key_pressed(egui::Key::Enter))
        {
            ask = Ask::Export;
        }
        if ui.button("Close").clicked() {
            ask = Ask::Close;
        }
    });
    ask
}

fn dialog_preview(
    preview: Option<&(
        crate::app::export::PreviewKey,
        Result<crate::app::export::Preview, String>,
    )>,
) -> Option<emath::Vec2> {
    preview
        .and_then(|(_, p)| p.as_ref().ok())
        .map(|p| p.picture)
}

fn what_label(project: &Project, what: What) -> String {
    match what {
        What::Journey(Some(j)) => project
            .journey(j)
            .map_or_else(|| "Journey".to_owned(), |j| format!("Journey: {}", j.name)),
        What::Journey(None) => "Every journey".to_owned(),
        What::Persona(p) => project.persona(p).map_or_else(
            || "Persona page".to_owned(),
            |p| format!("Persona page: {}", p.name),
        ),
        What::Chart(j, chart) => project.journey(j).map_or_else(
            || "Chart".to_owned(),
            |j| format!("Chart: {} of {}", chart.label(), j.name),
        ),
    }
}

fn preview(
    ui: &mut Ui,
    preview: Option<&(
        crate::app::export::PreviewKey,
        Result<crate::app::export::Preview, String>,
    )>,
    updating: bool,
    height: f32,
) {
    let room = egui::vec2(ui.available_width(), height);
    let frame = egui::Frame::group(ui.style()).inner_margin(6.0);
    frame.show(ui, |ui| {
        ui.set_min_size(room - egui::vec2(14.0, 0.0));
        ui.vertical_centered(|ui| match preview.map(|(_, p)| p) {
            Some(Ok(p)) => {
                let scale = ((room.x - 20.0) / p.size.x).min(room.y / p.size.y).min(1.0);
                ui.add(
                    egui::Image::from_texture((p.texture.id(), p.size * scale))
                        .alt_text("Preview of the export"),
                );
            }
            Some(Err(message)) => {
                ui.label(message.as_str());
            }
            None => {
                ui.add_space(room.y / 2.0 - 10.0);
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Drawing the preview…");
                });
            }
        });
        if updating && preview.is_some() {
            ui.label(RichText::new("Updating the preview…").color(ui.visuals().weak_text_color()));
        }
    });
}

/// While exporting: progress and Cancel. After: where the files went, or what went
/// wrong.
fn status(ui: &mut Ui, dialog: &mut ExportDialog) -> Ask {
    let mut ask = Ask::Nothing;
    if let Some(job) = &dialog.job {
        let text = if job.cancelling() {
            "Cancelling…"
        } else {
            "Exporting…"
        };
        ui.label(RichText::new(text).font(theme::bold(15.0)));
        ui.add(egui::ProgressBar::new(job.progress()).show_percentage());
        ui.add_space(8.0);
        crate::ui::widgets::right_row(ui, |ui| {
            if ui.button("Cancel").clicked() {
                job.cancel();
            }
        });
        return ask;
    }
    let mut back = false;
    let mut failed = None;
    match &dialog.outcome {
        Some(Ok(paths)) => {
            ui.label(RichText::new("Exported").font(theme::bold(15.0)));
            for path in paths {
                ui.label(path.display().to_string());
            }
            ui.add_space(8.0);
            crate::ui::widgets::right_row(ui, |ui| {
                if ui.button("Close").clicked() {
                    ask = Ask::Close;
                }
                if ui.button("Export another").clicked() {
                    back = true;
                }
                if let Some(first) = paths.first()
                    && ui.button("Open folder").clicked()
                    && let Err(e) = crate::app::export::open_folder(first)
                {
                    failed = Some(e);
                }
            });
        }
        Some(Err(message)) => {
            ui.label(RichText::new("Not exported").font(theme::bold(15.0)));
            ui.label(message.as_str());
            ui.add_space(8.0);
            crate::ui::widgets::right_row(ui, |ui| {
                if ui.button("Back").clicked() {
                    back = true;
                }
            });
        }
        None => {}
    }
    if back {
        dialog.outcome = None;
    }
    if let Some(e) = failed {
        dialog.outcome = Some(Err(e));
    }
    ask
}

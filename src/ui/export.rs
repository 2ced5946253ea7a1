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
use crate::t;
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
    egui::Window::new(t!("export-title"))
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
            let what_label_id = row_label(ui, t!("export-what"));
            let current = what_label(project, s.what);
            ComboBox::from_id_salt("export_what")
                .selected_text(current)
                .width(380.0)
                .show_ui(ui, |ui| {
                    for j in &project.journeys {
                        ui.selectable_value(
                            &mut s.what,
                            What::Journey(Some(j.id)),
                            t!("export-what-journey", name = j.name.as_str()),
                        );
                    }
                    if project.journeys.len() > 1 {
                        ui.selectable_value(
                            &mut s.what,
                            What::Journey(None),
                            t!("export-what-every-journey"),
                        );
                    }
                    for p in &project.personas {
                        ui.selectable_value(
                            &mut s.what,
                            What::Persona(p.id),
                            t!("export-what-persona", name = p.name.as_str()),
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
                let cards_label = row_label(ui, t!("export-cards-of"));
                let name = s
                    .only_persona
                    .and_then(|p| project.persona(p))
                    .map_or(t!("export-every-persona"), |p| p.name.as_str());
                ComboBox::from_id_salt("export_persona")
                    .selected_text(name)
                    .width(380.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut s.only_persona, None, t!("export-every-persona"));
                        for p in &project.personas {
                            ui.selectable_value(&mut s.only_persona, Some(p.id), &p.name);
                        }
                    })
                    .response
                    .labelled_by(cards_label);
                ui.end_row();
            }

            row_label(ui, t!("export-format"));
            ui.horizontal(|ui| {
                for f in Format::ALL {
                    ui.radio_value(&mut s.format, f, f.extension().to_ascii_uppercase())
                        .on_hover_text(f.label());
                }
            });
            ui.end_row();

            row_label(ui, t!("export-size"));
            ui.vertical(|ui| {
                ui.radio_value(&mut s.size, SizeKind::Natural, t!("export-size-natural"));
                ui.horizontal(|ui| {
                    let width_label = ui
                        .radio_value(&mut s.size, SizeKind::Width, t!("export-size-width"))
                        .id;
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
                    let paper_label = ui
                        .radio_value(&mut s.size, SizeKind::Paper, t!("export-size-paper"))
                        .id;
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
                        let dpi_label = ui.label(t!("export-paper-at")).id;
                        let r = ui.add(
                            DragValue::new(&mut s.dpi)
                                .range(36..=1200)
                                .speed(5)
                                .suffix(format!(" {}", t!("export-dpi"))),
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

            row_label(ui, t!("export-theme"));
            ui.horizontal(|ui| {
                for t in Theme::ALL {
                    let label = match t {
                        Theme::Light => t!("export-theme-light"),
                        Theme::Dark => t!("export-theme-dark"),
                        Theme::Print => t!("export-theme-print"),
                    };
                    ui.radio_value(&mut s.theme, t, label);
                }
            });
            ui.end_row();

            row_label(ui, t!("export-include"));
            ui.horizontal_wrapped(|ui| {
                ui.checkbox(&mut s.title, t!("export-include-title"));
                ui.checkbox(&mut s.legend, t!("export-include-legend"));
                ui.checkbox(&mut s.personas, t!("export-include-personas"));
                ui.checkbox(&mut s.date, t!("export-include-date"));
                ui.checkbox(&mut s.votes, t!("export-include-votes"))
                    .on_hover_text(t!("export-include-votes-tip"));
            });
            ui.end_row();

            let label = row_label(ui, t!("export-file"));
            ui.horizontal(|ui| {
                let width = if can_browse { 440.0 } else { 520.0 };
                ui.add(TextEdit::singleline(&mut s.path).desired_width(width))
                    .labelled_by(label);
                if can_browse && ui.button(t!("export-browse")).clicked() {
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
        ui.label(t!("export-every-journey-pdf"));
    } else if matches!(s.what, What::Journey(None)) {
        ui.label(t!("export-every-journey-files"));
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
            .button(RichText::new(t!("export-button")).strong())
            .on_hover_text(t!("export-button-tip"))
            .clicked()
            || ui.input(|i| i.key_pressed(egui::Key::Enter))
        {
            ask = Ask::Export;
        }
        if ui.button(t!("export-close")).clicked() {
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
        What::Journey(Some(j)) => project.journey(j).map_or_else(
            || t!("export-what-journey-missing").to_owned(),
            |j| t!("export-what-journey", name = j.name.as_str()),
        ),
        What::Journey(None) => t!("export-what-every-journey").to_owned(),
        What::Persona(p) => project.persona(p).map_or_else(
            || t!("export-what-persona-missing").to_owned(),
            |p| t!("export-what-persona", name = p.name.as_str()),
        ),
        What::Chart(j, chart) => project.journey(j).map_or_else(
            || t!("export-what-chart-missing").to_owned(),
            |j| {
                t!(
                    "export-what-chart",
                    chart = chart.label(),
                    name = j.name.as_str()
                )
            },
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
                        .alt_text(t!("export-preview-alt")),
                );
            }
            Some(Err(message)) => {
                ui.label(message.as_str());
            }
            None => {
                ui.add_space(room.y / 2.0 - 10.0);
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("export-preview-drawing"));
                });
            }
        });
        if updating && preview.is_some() {
            ui.label(
                RichText::new(t!("export-preview-updating")).color(ui.visuals().weak_text_color()),
            );
        }
    });
}

/// While exporting: progress and Cancel. After: where the files went, or what went
/// wrong.
fn status(ui: &mut Ui, dialog: &mut ExportDialog) -> Ask {
    let mut ask = Ask::Nothing;
    if let Some(job) = &dialog.job {
        let text = if job.cancelling() {
            t!("export-cancelling")
        } else {
            t!("export-exporting")
        };
        ui.label(RichText::new(text).font(theme::bold(15.0)));
        ui.add(crate::ui::widgets::progress_bar(job.progress()));
        ui.add_space(8.0);
        crate::ui::widgets::right_row(ui, |ui| {
            if ui.button(t!("export-cancel")).clicked() {
                job.cancel();
            }
        });
        return ask;
    }
    let mut back = false;
    let mut failed = None;
    match &dialog.outcome {
        Some(Ok(paths)) => {
            ui.label(RichText::new(t!("export-done")).font(theme::bold(15.0)));
            for path in paths {
                ui.label(path.display().to_string());
            }
            ui.add_space(8.0);
            crate::ui::widgets::right_row(ui, |ui| {
                if ui.button(t!("export-close")).clicked() {
                    ask = Ask::Close;
                }
                if ui.button(t!("export-another")).clicked() {
                    back = true;
                }
                if let Some(first) = paths.first()
                    && ui.button(t!("export-open-folder")).clicked()
                    && let Err(e) = crate::app::export::open_folder(first)
                {
                    failed = Some(e);
                }
            });
        }
        Some(Err(message)) => {
            ui.label(RichText::new(t!("export-failed")).font(theme::bold(15.0)));
            ui.label(message.shown());
            ui.add_space(8.0);
            crate::ui::widgets::right_row(ui, |ui| {
                if ui.button(t!("export-back")).clicked() {
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

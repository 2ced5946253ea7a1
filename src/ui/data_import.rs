//! The customer-data import window: reading progress with Cancel, then the file's
//! columns to set up (type, role, scale, missing codes), the rows that cannot be
//! imported, and the first rows.

use egui::{ComboBox, RichText, ScrollArea, Ui};

use crate::app::data_import::{DataAction, ImportDialog};
use crate::app::{Action, JourneyApp};
use crate::model::{ColumnKind, ColumnRole, Scale, SourceFormat, TextEncoding};
use crate::t;
use crate::ui::{theme, widgets};

/// Problems listed one by one before "and N more".
const LISTED_PROBLEMS: usize = 8;
const PREVIEW_ROWS: usize = 8;

pub fn ui(ctx: &egui::Context, app: &mut JourneyApp) {
    if app.reading.is_none() && app.import.is_none() {
        return;
    }
    let mut open = true;
    let mut actions = Vec::new();
    egui::Window::new(t!("import-title"))
        .id(egui::Id::unique("import_window"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_size([960.0, 640.0])
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .max_height(ctx.content_rect().height() - 80.0)
        .show(ctx, |ui| {
            if let Some(reading) = &app.reading {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!(
                        "import-reading",
                        path = reading.path.display().to_string()
                    ));
                });
                ui.add(widgets::progress_bar(reading.progress()));
                if ui.button(t!("import-cancel")).clicked() {
                    actions.push(Action::Data(DataAction::CancelReading));
                }
            } else if let Some(dialog) = &mut app.import {
                dialog_ui(ui, dialog, &mut actions);
            }
        });
    if !open {
        actions.push(Action::Data(if app.reading.is_some() {
            DataAction::CancelReading
        } else {
            DataAction::Cancel
        }));
    }
    for action in actions {
        app.push_action(action);
    }
}

fn dialog_ui(ui: &mut Ui, d: &mut ImportDialog, actions: &mut Vec<Action>) {
    let format = match &d.table.format {
        SourceFormat::Csv {
            delimiter,
            encoding,
            has_header,
        } => {
            let delimiter = match delimiter {
                '\t' => t!("import-tab").to_owned(),
                c => t!("out-quoted", name = c.to_string()),
            };
            let encoding = match encoding {
                TextEncoding::Utf8 => "UTF-8",
                TextEncoding::Utf8Bom => t!("import-utf8-bom"),
                TextEncoding::Latin1 => t!("import-latin1"),
            };
            let header = if *has_header {
                t!("import-header-first-row")
            } else {
                t!("import-no-header")
            };
            t!(
                "import-format-csv",
                delimiter = delimiter,
                encoding = encoding,
                header = header
            )
        }
        SourceFormat::Xlsx { sheet } => t!("data-format-xlsx", sheet = sheet.as_str()),
    };
    ui.label(RichText::new(d.path.display().to_string()).strong());
    ui.label(
        RichText::new(t!(
            "import-summary",
            rows = d.table.rows.len() + d.table.problems.len(),
            columns = d.table.headers.len(),
            format = format
        ))
        .weak(),
    );
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let label = ui.label(t!("import-name"));
        ui.add(egui::TextEdit::singleline(&mut d.name).desired_width(360.0))
            .labelled_by(label.id);
        if d.refresh.is_some() {
            ui.label(RichText::new(t!("import-refreshing")).weak().italics());
        }
    });

    let problems = problems_ui(ui, d);
    ui.add_space(6.0);
    widgets::section(ui, t!("import-columns"));
    ui.label(RichText::new(t!("import-columns-hint")).small().weak());
    ScrollArea::vertical()
        .id_salt("import_columns")
        .max_height(260.0)
        .show(ui, |ui| columns_ui(ui, d));

    ui.add_space(6.0);
    widgets::section(ui, t!("import-first-rows"));
    ScrollArea::both()
        .id_salt("import_rows")
        .max_height(180.0)
        .show(ui, |ui| preview_ui(ui, d));

    ui.add_space(8.0);
    ui.separator();
    let kept = d.table.rows.len()
        - if d.skip_problems {
            d.rows_with_problems() - d.table.problems.len()
        } else {
            0
        };
    ui.horizontal(|ui| {
        let can_import = problems == 0 || d.skip_problems;
        let label = if d.refresh.is_some() {
            t!("import-refresh-rows", count = kept)
        } else {
            t!("import-import-rows", count = kept)
        };
        let button = ui.add_enabled(
            can_import && !d.name.trim().is_empty(),
            egui::Button::new(label),
        );
        let button = if can_import {
            button
        } else {
            button.on_disabled_hover_text(t!("import-skip-tip"))
        };
        if button.clicked() {
            actions.push(Action::Data(DataAction::Confirm));
        }
        if ui.button(t!("import-cancel")).clicked() {
            actions.push(Action::Data(DataAction::Cancel));
        }
    });
}

/// The rows that cannot be imported as they are; returns how many.
fn problems_ui(ui: &mut Ui, d: &mut ImportDialog) -> usize {
    let count = d.rows_with_problems();
    if count == 0 {
        ui.label(
            RichText::new(t!("import-all-fit"))
                .color(theme::color(theme::palette(ui.ctx()).positive)),
        );
        return 0;
    }
    let negative = theme::color(theme::palette(ui.ctx()).negative);
    ui.add_space(4.0);
    ui.label(
        RichText::new(t!("import-problem-rows", count = count))
            .color(negative)
            .strong(),
    );
    // Worded in the language shown, each frame: only the few listed (a large
    // survey may have tens of thousands).
    let rows = d.table.problems.clone();
    let cells = d.cell_problems();
    let mut lines: Vec<(u64, Result<usize, usize>)> = rows
        .iter()
        .enumerate()
        .map(|(i, p)| (p.line, Ok(i)))
        .chain(cells.iter().enumerate().map(|(i, p)| (p.line, Err(i))))
        .collect();
    lines.sort_by_key(|(line, _)| *line);
    for (line, which) in lines.iter().take(LISTED_PROBLEMS) {
        let message = match which {
            Ok(i) => rows[*i].message(),
            Err(i) => cells[*i].message(),
        };
        ui.label(t!("import-line", line = *line, message = message));
    }
    if lines.len() > LISTED_PROBLEMS {
        ui.label(
            RichText::new(t!("import-and-more", count = lines.len() - LISTED_PROBLEMS)).weak(),
        );
    }
    ui.checkbox(&mut d.skip_problems, t!("import-skip"));
    count
}

fn columns_ui(ui: &mut Ui, d: &mut ImportDialog) {
    egui::Grid::new("import_columns_grid")
        .striped(true)
        .num_columns(6)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for h in [
                t!("data-col-column"),
                t!("data-col-type"),
                t!("data-col-role"),
                t!("data-col-scale"),
                t!("data-col-missing"),
                t!("import-col-values"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for (c, column) in d.columns.iter_mut().enumerate() {
                ui.label(&column.name);
                let name = column.name.clone();
                ComboBox::from_id_salt(("import kind", c))
                    .selected_text(kind_label(column.kind))
                    .width(100.0)
                    .show_ui(ui, |ui| {
                        for kind in [
                            ColumnKind::Number,
                            ColumnKind::Category,
                            ColumnKind::Text,
                            ColumnKind::Date,
                        ] {
                            ui.selectable_value(&mut column.kind, kind, kind_label(kind));
                        }
                    })
                    .response
                    .widget_info(|| labeled(&t!("import-type-of", name = name.as_str())));
                let role = role_label(&column.role);
                ComboBox::from_id_salt(("import role", c))
                    .selected_text(role)
                    .width(110.0)
                    .show_ui(ui, |ui| {
                        for (value, label) in [
                            (ColumnRole::Ignored, t!("data-role-ignored")),
                            (ColumnRole::Segment, t!("data-role-segment")),
                            (ColumnRole::Item(Vec::new()), t!("import-role-item")),
                            (ColumnRole::Verbatim(Vec::new()), t!("data-role-verbatim")),
                        ] {
                            let same = std::mem::discriminant(&value)
                                == std::mem::discriminant(&column.role);
                            if ui.selectable_label(same, label).clicked() && !same {
                                column.role = value;
                            }
                        }
                    })
                    .response
                    .widget_info(|| labeled(&t!("import-role-of", name = name.as_str())));
                ComboBox::from_id_salt(("import scale", c))
                    .selected_text(scale_label(column.scale))
                    .width(80.0)
                    .show_ui(ui, |ui| {
                        for scale in [
                            None,
                            Some(Scale::ONE_TO_FIVE),
                            Some(Scale::ONE_TO_SEVEN),
                            Some(Scale::ZERO_TO_TEN),
                        ] {
                            ui.selectable_value(&mut column.scale, scale, scale_label(scale));
                        }
                    })
                    .response
                    .widget_info(|| labeled(&t!("import-scale-of", name = name.as_str())));
                let mut codes = column.missing.join(", ");
                let response = ui.add(
                    egui::TextEdit::singleline(&mut codes)
                        .hint_text(t!("import-missing-hint"))
                        .desired_width(90.0),
                );
                widgets::name_text_field(
                    &response,
                    &t!("import-missing-of", name = name.as_str()),
                    &codes,
                );
                if response.changed() {
                    column.missing = codes
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect();
                }
                ui.label(RichText::new(d.samples.get(c).map_or("", String::as_str)).weak());
                ui.end_row();
            }
        });
}

fn labeled(text: &str) -> egui::WidgetInfo {
    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, text)
}

fn preview_ui(ui: &mut Ui, d: &ImportDialog) {
    egui::Grid::new("import_preview")
        .striped(true)
        .show(ui, |ui| {
            for h in &d.table.headers {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for row in d.table.rows.iter().take(PREVIEW_ROWS) {
                for cell in row {
                    ui.label(cell);
                }
                ui.end_row();
            }
        });
}

fn kind_label(kind: ColumnKind) -> &'static str {
    match kind {
        ColumnKind::Number => t!("data-kind-number"),
        ColumnKind::Category => t!("data-kind-category"),
        ColumnKind::Text => t!("data-kind-text"),
        ColumnKind::Date => t!("data-kind-date"),
    }
}

fn role_label(role: &ColumnRole) -> &'static str {
    match role {
        ColumnRole::Ignored => t!("data-role-ignored"),
        ColumnRole::Segment => t!("data-role-segment"),
        ColumnRole::Item(_) => t!("import-role-item"),
        ColumnRole::Verbatim(_) => t!("data-role-verbatim"),
    }
}

fn scale_label(scale: Option<Scale>) -> String {
    scale.map_or_else(|| t!("import-scale-none").to_owned(), Scale::label)
}

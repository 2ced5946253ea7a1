//! The customer-data view: the datasets stored in the project, the figures of their
//! columns (see [`crate::ui::data_overview`]), their columns with type, role and
//! scale, how they map onto personas, cards and stages, and their first rows.

use egui::{RichText, ScrollArea, Ui};

use crate::app::Action;
use crate::app::data_import::DataAction;
use crate::model::{
    Column, ColumnKind, ColumnRole, Dataset, ItemTarget, Project, Scale, SourceFormat,
};
use crate::t;
use crate::ui::data_overview::{self, DataView};
use crate::ui::widgets;

/// How many rows the preview shows.
const PREVIEW_ROWS: usize = 12;

pub fn ui(ui: &mut Ui, project: &Project, view: &mut DataView, actions: &mut Vec<Action>) {
    if project.datasets.is_empty() {
        widgets::empty_state(ui, t!("data-empty-title"), t!("data-empty-text"));
        ui.vertical_centered(|ui| {
            ui.add_space(10.0);
            if ui.button(t!("data-import")).clicked() {
                actions.push(Action::Data(DataAction::Import));
            }
        });
        return;
    }
    ui.horizontal(|ui| {
        ui.heading(t!("data-heading"));
        ui.add_space(12.0);
        if ui
            .button(t!("data-import"))
            .on_hover_text(t!("data-import-tip"))
            .clicked()
        {
            actions.push(Action::Data(DataAction::Import));
        }
    });
    view.update(ui.ctx(), project);
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        for dataset in &project.datasets {
            dataset_ui(ui, project, dataset, view, actions);
            ui.add_space(16.0);
        }
    });
}

fn dataset_ui(
    ui: &mut Ui,
    project: &Project,
    d: &Dataset,
    view: &mut DataView,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        widgets::section(ui, &d.name);
        let refresh = ui.add_enabled(
            !d.source.path.is_empty(),
            egui::Button::new(t!("data-refresh")),
        );
        if refresh
            .on_hover_text(t!("data-refresh-tip", path = d.source.path.as_str()))
            .clicked()
        {
            actions.push(Action::Data(DataAction::Refresh(d.id)));
        }
        if ui
            .button(t!("data-delete"))
            .on_hover_text(t!("data-delete-tip"))
            .clicked()
        {
            actions.push(Action::Data(DataAction::Delete(d.id)));
        }
    });
    let format = match &d.source.format {
        SourceFormat::Csv { delimiter, .. } => {
            t!("data-format-csv", delimiter = delimiter.to_string())
        }
        SourceFormat::Xlsx { sheet } => t!("data-format-xlsx", sheet = sheet.as_str()),
    };
    ui.label(
        RichText::new(t!(
            "data-summary",
            rows = d.rows.len(),
            columns = d.columns.len(),
            format = format,
            path = d.source.path.as_str(),
            imported = crate::i18n::dates::timestamp(&d.source.imported_at)
        ))
        .weak(),
    );
    let segments: Vec<String> = project
        .personas
        .iter()
        .filter(|p| {
            p.segment_rules
                .iter()
                .any(|r| r.dataset.is_none_or(|id| id == d.id))
        })
        .map(|p| {
            let rules: Vec<String> = p
                .segment_rules
                .iter()
                .map(|r| format!("{} = {}", r.column, r.value))
                .collect();
            let and = format!(" {} ", t!("data-rules-and"));
            t!(
                "out-label-value",
                label = p.name.as_str(),
                value = rules.join(&and)
            )
        })
        .collect();
    widgets::bullet_list(ui, t!("data-personas-selected"), &segments);

    data_overview::ui(ui, d, view);

    ui.add_space(6.0);
    egui::CollapsingHeader::new(
        RichText::new(t!("data-columns-heading")).font(crate::ui::theme::bold(15.0)),
    )
    .id_salt(("columns", d.id))
    .default_open(true)
    .show(ui, |ui| {
        egui::Grid::new(("columns", d.id))
            .striped(true)
            .num_columns(5)
            .show(ui, |ui| {
                for header in [
                    t!("data-col-column"),
                    t!("data-col-type"),
                    t!("data-col-role"),
                    t!("data-col-scale"),
                    t!("data-col-missing"),
                ] {
                    ui.label(RichText::new(header).strong());
                }
                ui.end_row();
                for column in &d.columns {
                    column_row(ui, project, column);
                }
            });
    });

    verbatims_ui(ui, project, d, actions);

    ui.add_space(6.0);
    let shown = PREVIEW_ROWS.min(d.rows.len());
    egui::CollapsingHeader::new(
        RichText::new(t!("data-first-rows", count = shown)).font(crate::ui::theme::bold(15.0)),
    )
    .id_salt(("rows", d.id))
    .default_open(false)
    .show(ui, |ui| {
        ScrollArea::horizontal()
            .id_salt(("rows", d.id))
            .show(ui, |ui| {
                egui::Grid::new(("preview", d.id))
                    .striped(true)
                    .show(ui, |ui| {
                        for column in &d.columns {
                            ui.label(RichText::new(&column.name).strong());
                        }
                        ui.end_row();
                        for row in d.rows.iter().take(PREVIEW_ROWS) {
                            for cell in row {
                                ui.label(cell);
                            }
                            ui.end_row();
                        }
                    });
            });
    });
}

fn column_row(ui: &mut Ui, project: &Project, column: &Column) {
    ui.label(&column.name);
    ui.label(match column.kind {
        ColumnKind::Number => t!("data-kind-number"),
        ColumnKind::Category => t!("data-kind-category"),
        ColumnKind::Text => t!("data-kind-text"),
        ColumnKind::Date => t!("data-kind-date"),
    });
    let targets = |targets: &[ItemTarget]| -> String {
        targets
            .iter()
            .map(|t| match t {
                ItemTarget::Card(id) => project.find_card(*id).map_or_else(
                    || t!("data-target-card", id = id.to_string()),
                    |(_, c)| c.title.clone(),
                ),
                ItemTarget::Stage(id) => project
                    .journeys
                    .iter()
                    .find_map(|j| j.stage(*id))
                    .map_or_else(
                        || t!("data-target-stage", name = id.to_string()),
                        |s| t!("data-target-stage", name = s.name.as_str()),
                    ),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    ui.label(match &column.role {
        ColumnRole::Ignored => t!("data-role-ignored").to_owned(),
        ColumnRole::Segment => t!("data-role-segment").to_owned(),
        ColumnRole::Item(t) if t.is_empty() => t!("data-role-item-unmapped").to_owned(),
        ColumnRole::Item(t) => t!("data-role-item", targets = targets(t)),
        ColumnRole::Verbatim(t) if t.is_empty() => t!("data-role-verbatim").to_owned(),
        ColumnRole::Verbatim(t) => t!("data-role-verbatim-to", targets = targets(t)),
    });
    ui.label(column.scale.map_or_else(String::new, Scale::label));
    ui.label(column.missing.join(", "));
    ui.end_row();
}

/// Opens the verbatim browser of `dataset` on `column` (from a card's "Read ›").
pub fn show_verbatims(ctx: &egui::Context, dataset: crate::model::DatasetId, column: usize) {
    let id = egui::Id::unique(("verbatims", dataset));
    ctx.data_mut(|m| {
        m.insert_temp(
            id,
            Browser {
                column,
                ..Browser::default()
            },
        );
    });
}

/// The verbatim browser's choices for one dataset (kept while the app runs).
#[derive(Clone, Debug, Default)]
struct Browser {
    column: usize,
    persona: Option<crate::model::PersonaId>,
    search: String,
}

/// Answers listed at most.
const LISTED_VERBATIMS: usize = 60;

/// Free-text answers of the dataset's verbatim columns: by column and persona,
/// searched, each pinnable to a hypothesis as evidence.
fn verbatims_ui(ui: &mut Ui, project: &Project, d: &Dataset, actions: &mut Vec<Action>) {
    use crate::app::hypotheses::HypothesisAction;
    use crate::model::{Evidence, EvidenceId, EvidenceKind};

    let columns: Vec<usize> = d
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.role, ColumnRole::Verbatim(_)))
        .map(|(i, _)| i)
        .collect();
    let Some(&first) = columns.first() else {
        return;
    };
    widgets::section(ui, t!("data-verbatims"));
    let id = egui::Id::unique(("verbatims", d.id));
    let mut b: Browser = ui.data(|m| m.get_temp(id)).unwrap_or_default();
    if !columns.contains(&b.column) {
        b.column = first;
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(RichText::new(t!("data-answers-to")).weak());
        let about = |c: usize| {
            let column = &d.columns[c];
            let ColumnRole::Verbatim(targets) = &column.role else {
                return column.name.clone();
            };
            let titles: Vec<String> = targets
                .iter()
                .filter_map(|t| match t {
                    ItemTarget::Card(id) => project.find_card(*id).map(|(_, c)| c.title.clone()),
                    ItemTarget::Stage(id) => project
                        .journeys
                        .iter()
                        .find_map(|j| j.stage(*id))
                        .map(|s| s.name.clone()),
                })
                .collect();
            if titles.is_empty() {
                column.name.clone()
            } else {
                t!(
                    "data-verbatim-about",
                    column = column.name.as_str(),
                    about = titles.join(", ")
                )
            }
        };
        egui::ComboBox::from_id_salt(("verbatim column", d.id))
            .selected_text(about(b.column))
            .show_ui(ui, |ui| {
                for c in &columns {
                    ui.selectable_value(&mut b.column, *c, about(*c));
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(RichText::new(t!("data-answers-from")).weak());
        let persona_name = b
            .persona
            .and_then(|p| project.persona(p))
            .map_or(t!("data-every-respondent"), |p| p.name.as_str());
        egui::ComboBox::from_id_salt(("verbatim persona", d.id))
            .selected_text(persona_name)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut b.persona, None, t!("data-every-respondent"));
                for p in &project.personas {
                    if crate::analysis::kpis::persona_rows(d, p).is_some() {
                        ui.selectable_value(&mut b.persona, Some(p.id), &p.name);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let search = ui.add(
            egui::TextEdit::singleline(&mut b.search)
                // Its own id: the figures above arrive later and must not move it.
                .id_salt(("verbatim search", d.id))
                .hint_text(t!("data-search-hint"))
                .desired_width(220.0),
        );
        widgets::name_text_field(&search, t!("data-search"), &b.search);
    });
    let persona = b.persona.and_then(|p| project.persona(p));
    let found = crate::analysis::kpis::verbatims(d, b.column, persona, &b.search);
    ui.label(
        RichText::new(match found.len() {
            0 => t!("data-no-answer-matches").to_owned(),
            n if n > LISTED_VERBATIMS => {
                t!("data-answers-first", count = n, shown = LISTED_VERBATIMS)
            }
            n => t!("data-answers", count = n),
        })
        .weak(),
    );
    let column_name = d.columns[b.column].name.clone();
    for (row, text) in found.into_iter().take(LISTED_VERBATIMS) {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("out-quoted", name = text));
            ui.menu_button(t!("data-pin-evidence"), |ui| {
                if project.hypotheses.is_empty() {
                    ui.label(t!("data-no-hypotheses"));
                }
                for h in &project.hypotheses {
                    if ui.button(&h.statement).clicked() {
                        actions.push(Action::Hypothesis(HypothesisAction::AddEvidence {
                            hypothesis: h.id,
                            evidence: Box::new(Evidence {
                                id: EvidenceId(0),
                                title: String::new(),
                                kind: EvidenceKind::Verbatim {
                                    dataset: Some(d.id),
                                    row: Some(row as u64),
                                    column: column_name.clone(),
                                    text: text.to_owned(),
                                },
                                note: String::new(),
                            }),
                        }));
                        ui.close();
                    }
                }
            });
        });
    }
    ui.data_mut(|m| m.insert_temp(id, b));
}

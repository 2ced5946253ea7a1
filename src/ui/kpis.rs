//! Customer-data KPIs of a card or a stage, in the inspector: each rating column
//! mapped onto it with n, mean and 95% CI, top-box or NPS, the distribution, and the
//! same per persona of the journey; mapping another column, or unmapping one.

use egui::{RichText, Ui};

use crate::analysis::kpis::{self, ItemKpi};
use crate::analysis::stats::Summary;
use crate::app::Action;
use crate::edit::{Change, Edit};
use crate::model::{ColumnRole, ItemTarget, Journey, Project};
use crate::ui::{theme, widgets};

pub fn ui(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    target: ItemTarget,
    actions: &mut Vec<Action>,
) {
    if project.datasets.is_empty() {
        return;
    }
    widgets::section(ui, "Customer data");
    let found = kpis::item_kpis(project, target, &journey.personas);
    let verbatims = kpis::mapped_verbatims(project, target);
    if found.is_empty() && verbatims.is_empty() {
        ui.label(
            RichText::new("No data column is mapped here yet.")
                .weak()
                .small(),
        );
    }
    for kpi in &found {
        kpi_ui(ui, project, kpi, target, actions);
        ui.add_space(6.0);
    }
    for (d, c) in verbatims {
        verbatim_ui(ui, project, d, c, target, actions);
    }
    let offered = kpis::mappable(project, target);
    if !offered.is_empty() {
        let mut chosen: Option<(usize, usize)> = None;
        egui::ComboBox::from_id_salt(("map column", target))
            .selected_text("Map a data column…")
            .width(240.0)
            .show_ui(ui, |ui| {
                for (d, c) in &offered {
                    let dataset = &project.datasets[*d];
                    let column = &dataset.columns[*c];
                    let kind = if matches!(column.role, ColumnRole::Verbatim(_)) {
                        "answers"
                    } else {
                        "rating"
                    };
                    let label = format!("{} · {} ({kind})", column.name, dataset.name);
                    if ui.selectable_label(false, label).clicked() {
                        chosen = Some((*d, *c));
                    }
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Map a data column")
            });
        if let Some((d, c)) = chosen {
            let mut dataset = project.datasets[d].clone();
            if let Some(ColumnRole::Item(targets) | ColumnRole::Verbatim(targets)) =
                dataset.columns.get_mut(c).map(|c| &mut c.role)
            {
                targets.push(target);
            }
            actions.push(Action::Edit {
                edit: Box::new(Edit::Dataset(Change::Replace { item: dataset })),
                label: "Map data column".to_owned(),
                gesture: None,
            });
        }
    }
}

/// A verbatim column mapped here: how many answers, and a way to read them.
fn verbatim_ui(
    ui: &mut Ui,
    project: &Project,
    d: usize,
    c: usize,
    target: ItemTarget,
    actions: &mut Vec<Action>,
) {
    let dataset = &project.datasets[d];
    let column = &dataset.columns[c];
    let answers = kpis::verbatims(dataset, c, None, "").len();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&column.name).strong());
        ui.label(RichText::new(&dataset.name).weak().small());
        ui.label(format!("{answers} answers"));
        if ui
            .link("Read ›")
            .on_hover_text("Show these answers with search and persona filter")
            .clicked()
        {
            crate::ui::data::show_verbatims(ui.ctx(), dataset.id, c);
            actions.push(Action::ShowView(crate::app::View::Data));
        }
        if ui
            .small_button("✕")
            .on_hover_text("Unmap this column from here")
            .clicked()
        {
            let mut dataset = dataset.clone();
            if let Some(ColumnRole::Verbatim(targets)) =
                dataset.columns.get_mut(c).map(|c| &mut c.role)
            {
                targets.retain(|t| *t != target);
            }
            actions.push(Action::Edit {
                edit: Box::new(Edit::Dataset(Change::Replace { item: dataset })),
                label: "Unmap data column".to_owned(),
                gesture: None,
            });
        }
    });
}

fn kpi_ui(
    ui: &mut Ui,
    project: &Project,
    kpi: &ItemKpi<'_>,
    target: ItemTarget,
    actions: &mut Vec<Action>,
) {
    let column = &kpi.dataset.columns[kpi.column];
    ui.horizontal(|ui| {
        ui.label(RichText::new(&column.name).strong());
        let scale = kpi
            .scale
            .map_or_else(String::new, |s| format!(", {}–{}", s.min, s.max));
        ui.label(
            RichText::new(format!("{}{scale}", kpi.dataset.name))
                .weak()
                .small(),
        );
        if ui
            .small_button("✕")
            .on_hover_text("Unmap this column from here")
            .clicked()
        {
            let mut dataset = kpi.dataset.clone();
            if let Some(ColumnRole::Item(targets)) =
                dataset.columns.get_mut(kpi.column).map(|c| &mut c.role)
            {
                targets.retain(|t| *t != target);
            }
            actions.push(Action::Edit {
                edit: Box::new(Edit::Dataset(Change::Replace { item: dataset })),
                label: "Unmap rating column".to_owned(),
                gesture: None,
            });
        }
    });
    match &kpi.all {
        Some(all) => {
            ui.label(format!("All respondents: {}", summary_text(all)));
            let width = ui.available_width().min(320.0);
            widgets::distribution_bar(
                ui,
                &kpi.distribution,
                kpi.scale,
                egui::vec2(width, 12.0),
                &format!("Distribution of {}", column.name),
            );
        }
        None => {
            ui.label(RichText::new("No answers in this column.").weak());
        }
    }
    for (id, summary) in &kpi.personas {
        let Some(persona) = project.persona(*id) else {
            continue;
        };
        let text = match summary {
            None => "no segment rule selects their customers in this data".to_owned(),
            Some(None) => "none of their customers answered".to_owned(),
            Some(Some(s)) => summary_text(s),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("●").color(theme::color(project.persona_color(persona.id))));
            ui.label(format!("{}: {text}", persona.name));
        });
    }
}

/// "3.41 (95% CI 3.39–3.43), n 13,146, top-box 52%".
pub fn summary_text(s: &Summary) -> String {
    use std::fmt::Write as _;
    let mut text = format!("{:.2}", s.mean);
    if let Some((lo, hi)) = s.ci95 {
        let _ = write!(text, " (95% CI {lo:.2}–{hi:.2})");
    }
    let _ = write!(text, ", n {}", crate::analysis::stats::thousands(s.n));
    if let Some(nps) = s.nps {
        let _ = write!(text, ", NPS {:+.0}", nps.score);
    } else if let Some(top) = s.top_box {
        let _ = write!(text, ", top-box {:.0}%", top * 100.0);
    }
    text
}

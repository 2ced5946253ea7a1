//! Customer-data KPIs of a card or a stage, in the inspector: each rating column
//! mapped onto it with n, mean and 95% CI, top-box or NPS, the distribution, and the
//! same per persona of the journey; mapping another column, or unmapping one.

use egui::{RichText, Ui};

use crate::analysis::kpis::{self, ItemKpi};
use crate::analysis::stats::Summary;
use crate::app::Action;
use crate::edit::{Change, Edit};
use crate::i18n::numbers;
use crate::model::{ColumnRole, ItemTarget, Journey, Project};
use crate::t;
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
    widgets::section(ui, t!("data-heading"));
    let found = kpis::item_kpis(project, target, &journey.personas);
    let verbatims = kpis::mapped_verbatims(project, target);
    if found.is_empty() && verbatims.is_empty() {
        ui.label(RichText::new(t!("kpi-nothing-mapped")).weak().small());
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
            .selected_text(t!("kpi-map-column-choose"))
            .width(240.0)
            .show_ui(ui, |ui| {
                for (d, c) in &offered {
                    let dataset = &project.datasets[*d];
                    let column = &dataset.columns[*c];
                    let label = if matches!(column.role, ColumnRole::Verbatim(_)) {
                        t!(
                            "kpi-map-answers",
                            column = column.name.as_str(),
                            dataset = dataset.name.as_str()
                        )
                    } else {
                        t!(
                            "kpi-map-rating",
                            column = column.name.as_str(),
                            dataset = dataset.name.as_str()
                        )
                    };
                    if ui.selectable_label(false, label).clicked() {
                        chosen = Some((*d, *c));
                    }
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("kpi-map-column"))
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
                label: crate::said!("kpi-undo-map"),
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
        ui.label(t!("data-answers", count = answers));
        if ui
            .link(t!("kpi-read"))
            .on_hover_text(t!("kpi-read-tip"))
            .clicked()
        {
            crate::ui::data::show_verbatims(ui.ctx(), dataset.id, c);
            actions.push(Action::ShowView(crate::app::View::Data));
        }
        if ui
            .small_button("✕")
            .on_hover_text(t!("kpi-unmap-tip"))
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
                label: crate::said!("kpi-undo-unmap"),
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
            .map_or_else(String::new, |s| format!(", {}", s.label()));
        ui.label(
            RichText::new(format!("{}{scale}", kpi.dataset.name))
                .weak()
                .small(),
        );
        if ui
            .small_button("✕")
            .on_hover_text(t!("kpi-unmap-tip"))
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
                label: crate::said!("kpi-undo-unmap-rating"),
                gesture: None,
            });
        }
    });
    match &kpi.all {
        Some(all) => {
            ui.label(t!("kpi-all-respondents", summary = summary_text(all)));
            let width = ui.available_width().min(320.0);
            widgets::distribution_bar(
                ui,
                &kpi.distribution,
                kpi.scale,
                egui::vec2(width, 12.0),
                &t!("data-distribution", column = column.name.as_str()),
            );
        }
        None => {
            ui.label(RichText::new(t!("kpi-no-answers")).weak());
        }
    }
    for (id, summary) in &kpi.personas {
        let Some(persona) = project.persona(*id) else {
            continue;
        };
        let text = match summary {
            None => t!("kpi-no-segment-rule").to_owned(),
            Some(None) => t!("kpi-none-answered").to_owned(),
            Some(Some(s)) => summary_text(s),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("●").color(theme::color(project.persona_color(persona.id))));
            ui.label(t!(
                "out-label-value",
                label = persona.name.as_str(),
                value = text
            ));
        });
    }
}

/// "3.41 (95% CI 3.39–3.43), n 13,146, top-box 52%".
pub fn summary_text(s: &Summary) -> String {
    use std::fmt::Write as _;
    let mut text = numbers::decimal(s.mean, 2);
    if let Some((lo, hi)) = s.ci95 {
        let ci = t!(
            "kpi-ci",
            low = numbers::decimal(lo, 2),
            high = numbers::decimal(hi, 2)
        );
        let _ = write!(text, " {ci}");
    }
    let _ = write!(
        text,
        ", n {}",
        numbers::integer(i64::try_from(s.n).unwrap_or(i64::MAX))
    );
    if let Some(nps) = s.nps {
        let _ = write!(
            text,
            ", NPS {}",
            crate::ui::data_overview::signed(nps.score)
        );
    } else if let Some(top) = s.top_box {
        let share = t!("kpi-top-box", share = numbers::percent(top * 100.0, 0));
        let _ = write!(text, ", {share}");
    }
    text
}

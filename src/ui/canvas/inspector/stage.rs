//! The inspector of a stage: its name, phase and description, and its KPIs (values
//! typed or computed from customer data, targets, status against them).

use egui::{RichText, Ui};

use super::{Lockable, lock_ui, push};
use crate::app::Action;
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::i18n::{Said, numbers};
use crate::model::{Better, Journey, Kpi, Phase, Project, Stage};
use crate::t;
use crate::ui::{theme, widgets};

pub(super) fn stage_ui(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    stage: &Stage,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, t!("inspector-stage"));
    let edit = |s: Stage| Edit::Stage {
        journey: journey.id,
        change: Change::Replace { item: s },
    };
    widgets::text_field(
        ui,
        t!("inspector-name"),
        &stage.name,
        false,
        GestureKey::new("stage_name", stage.id),
        crate::said!("inspector-rename-stage"),
        actions,
        |name| {
            edit(Stage {
                name,
                ..stage.clone()
            })
        },
    );
    ui.label(RichText::new(t!("inspector-phase")).weak());
    ui.horizontal(|ui| {
        for phase in Phase::ALL {
            if ui
                .radio(stage.phase == phase, phase.short_label())
                .clicked()
                && stage.phase != phase
            {
                push(
                    actions,
                    edit(Stage {
                        phase,
                        ..stage.clone()
                    }),
                    crate::said!("inspector-change-phase"),
                    None,
                );
            }
        }
    });
    widgets::text_field(
        ui,
        t!("inspector-description"),
        &stage.description,
        true,
        GestureKey::new("stage_description", stage.id),
        crate::said!("inspector-describe-stage"),
        actions,
        |description| {
            edit(Stage {
                description,
                ..stage.clone()
            })
        },
    );
    let mut width = stage.width;
    let response = ui.add(
        egui::Slider::new(&mut width, 0.4..=4.0)
            .text(t!("inspector-width"))
            .custom_parser(numbers::parse),
    );
    if response.changed() {
        actions.push(Action::Edit {
            edit: Box::new(edit(Stage {
                width,
                ..stage.clone()
            })),
            label: crate::said!("inspector-resize-stage"),
            gesture: Some(GestureKey::new("stage_width", stage.id)),
        });
    }
    if response.drag_stopped() {
        actions.push(Action::EndGesture);
    }
    widgets::text_field(
        ui,
        t!("inspector-facilitator-notes"),
        &stage.facilitator_notes,
        true,
        GestureKey::new("stage_notes", stage.id),
        crate::said!("inspector-edit-facilitator-notes"),
        actions,
        |facilitator_notes| {
            edit(Stage {
                facilitator_notes,
                ..stage.clone()
            })
        },
    );
    kpis(ui, project, journey, stage, actions);
    crate::ui::kpis::ui(
        ui,
        project,
        journey,
        crate::model::ItemTarget::Stage(stage.id),
        actions,
    );
    ui.add_space(6.0);
    if let Some(locked) = lock_ui(ui, Lockable::Stage, stage.locked) {
        push(
            actions,
            edit(Stage {
                locked,
                ..stage.clone()
            }),
            Said::new(|| Lockable::Stage.undo_label(locked)),
            None,
        );
    }
    let cards = journey.cards.iter().filter(|c| c.stage == stage.id).count();
    if ui
        .button(t!("inspector-delete-stage", count = cards))
        .clicked()
    {
        actions.push(Action::Canvas(super::super::Request::DeleteStage(stage.id)));
    }
}

/// The stage's KPIs: name, unit, target, actual and which way is better, each
/// editable; added and removed here.
fn kpis(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    stage: &Stage,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, t!("inspector-kpis"));
    let with = |index: usize, kpi: Option<Kpi>| {
        let mut kpis = stage.kpis.clone();
        match kpi {
            Some(kpi) => {
                if let Some(slot) = kpis.get_mut(index) {
                    *slot = kpi;
                }
            }
            None if index < kpis.len() => {
                kpis.remove(index);
            }
            None => {}
        }
        Edit::Stage {
            journey: journey.id,
            change: Change::Replace {
                item: Stage {
                    kpis,
                    ..stage.clone()
                },
            },
        }
    };
    for (index, kpi) in stage.kpis.iter().enumerate() {
        ui.push_id(("kpi", kpi.id), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                widgets::text_field(
                    ui,
                    t!("inspector-kpi"),
                    &kpi.name,
                    false,
                    GestureKey::new("kpi_name", kpi.id),
                    crate::said!("inspector-rename-kpi"),
                    actions,
                    |name| {
                        with(
                            index,
                            Some(Kpi {
                                name,
                                ..kpi.clone()
                            }),
                        )
                    },
                );
                widgets::text_field(
                    ui,
                    t!("inspector-unit"),
                    &kpi.unit,
                    false,
                    GestureKey::new("kpi_unit", kpi.id),
                    crate::said!("inspector-change-kpi-unit"),
                    actions,
                    |unit| {
                        with(
                            index,
                            Some(Kpi {
                                unit,
                                ..kpi.clone()
                            }),
                        )
                    },
                );
                let values = [
                    (KpiValue::Target, kpi.target, KpiValue::Target.key(kpi)),
                    (KpiValue::Actual, kpi.actual, KpiValue::Actual.key(kpi)),
                ];
                if let Some(changed) = kpi_source(ui, project, kpi) {
                    push(
                        actions,
                        with(index, Some(changed)),
                        crate::said!("inspector-change-kpi-source"),
                        None,
                    );
                }
                for (which, value, key) in values {
                    if which == KpiValue::Actual
                        && let Some(q) = &kpi.source
                    {
                        let n = crate::analysis::evidence::figure(project, q, &q.filter)
                            .map_or_else(
                                || t!("inspector-no-answers").to_owned(),
                                |v| t!("inspector-answers-n", n = v.n),
                            );
                        ui.label(t!(
                            "inspector-actual-from-data",
                            value = kpi.actual.map_or_else(|| "—".to_owned(), short_number),
                            unit = kpi.unit.as_str(),
                            answers = n
                        ));
                        continue;
                    }
                    number_field(ui, which, value, &kpi.unit, key, actions, |v| {
                        let changed = if which == KpiValue::Target {
                            Kpi {
                                target: v,
                                ..kpi.clone()
                            }
                        } else {
                            Kpi {
                                actual: v,
                                ..kpi.clone()
                            }
                        };
                        with(index, Some(changed))
                    });
                }
                ui.horizontal(|ui| {
                    for (better, text) in [
                        (Better::Higher, t!("inspector-higher-better")),
                        (Better::Lower, t!("inspector-lower-better")),
                    ] {
                        if ui.radio(kpi.better == better, text).clicked() && kpi.better != better {
                            let changed = Kpi {
                                better,
                                ..kpi.clone()
                            };
                            push(
                                actions,
                                with(index, Some(changed)),
                                crate::said!("inspector-change-kpi"),
                                None,
                            );
                        }
                    }
                });
                ui.horizontal(|ui| {
                    kpi_status(ui, kpi, true);
                    if ui.button(t!("inspector-remove-kpi")).clicked() {
                        push(
                            actions,
                            with(index, None),
                            crate::said!("inspector-remove-kpi"),
                            None,
                        );
                    }
                });
            });
        });
    }
    if ui.button(t!("inspector-add-kpi")).clicked() {
        actions.push(Action::Canvas(super::super::Request::AddKpi(stage.id)));
    }
}

/// The stage's KPIs, one line each, with how they stand against their targets.
pub(super) fn kpi_summary(ui: &mut Ui, stage: &Stage) {
    for kpi in &stage.kpis {
        let value = |v: Option<f64>| {
            v.map_or_else(
                || "—".to_owned(),
                |v| format!("{} {}", short_number(v), kpi.unit),
            )
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(&kpi.name);
            ui.label(
                RichText::new(t!(
                    "inspector-kpi-target-actual",
                    target = value(kpi.target),
                    actual = value(kpi.actual)
                ))
                .weak(),
            );
            kpi_status(ui, kpi, false);
        });
    }
}

/// "off target" or "on target"; `explain` says what is missing when neither.
fn kpi_status(ui: &mut Ui, kpi: &Kpi, explain: bool) {
    let palette = theme::palette(ui.ctx());
    match kpi.off_target() {
        Some(true) => {
            ui.label(
                RichText::new(t!("inspector-off-target")).color(theme::color(palette.warning)),
            );
        }
        Some(false) => {
            ui.label(
                RichText::new(t!("inspector-on-target")).color(theme::color(palette.positive)),
            );
        }
        None if explain => {
            ui.label(RichText::new(t!("inspector-needs-target")).weak());
        }
        None => {}
    }
}

/// A number that may be unknown: a drag value with a button to clear it, or a
/// button to set it.
fn number_field(
    ui: &mut Ui,
    which: KpiValue,
    value: Option<f64>,
    unit: &str,
    key: GestureKey,
    actions: &mut Vec<Action>,
    make: impl Fn(Option<f64>) -> Edit,
) {
    ui.horizontal(|ui| {
        let caption = ui.label(RichText::new(which.label()).weak());
        let undo_label = || Said::new(|| which.change());
        if let Some(mut number) = value {
            let mut field = egui::DragValue::new(&mut number)
                .speed(0.1)
                .custom_parser(numbers::parse);
            if !unit.is_empty() {
                field = field.suffix(format!(" {unit}"));
            }
            let response = ui.add(field).labelled_by(caption.id);
            if response.changed() {
                push(actions, make(Some(number)), undo_label(), Some(key));
            }
            if response.drag_stopped() || response.lost_focus() {
                actions.push(Action::EndGesture);
            }
            if ui.small_button("×").on_hover_text(which.none()).clicked() {
                push(actions, make(None), undo_label(), None);
            }
        } else if ui.button(which.set()).clicked() {
            push(actions, make(Some(0.0)), undo_label(), None);
        }
    });
}

/// "Actual from data": typed by hand, or a statistic of a rating column. Returns the
/// KPI with its new source (and the actual computed from it) when the user picks one.
fn kpi_source(ui: &mut Ui, project: &Project, kpi: &Kpi) -> Option<Kpi> {
    use crate::model::{ColumnKind, ColumnRole, DataQuery, Statistic};
    if project.datasets.is_empty() {
        return None;
    }
    let describe = |q: &DataQuery| {
        let dataset = q
            .dataset
            .and_then(|d| project.dataset(d))
            .map_or(t!("inspector-any-data"), |d| d.name.as_str());
        t!(
            "inspector-kpi-source",
            statistic = q.statistic.label(),
            column = q.column.as_str(),
            dataset = dataset
        )
    };
    let current = kpi
        .source
        .as_ref()
        .map_or_else(|| t!("inspector-typed-by-hand").to_owned(), describe);
    let mut chosen = None;
    ui.label(RichText::new(t!("inspector-actual-comes-from")).weak());
    egui::ComboBox::from_id_salt(("kpi source", kpi.id))
        .selected_text(current)
        .width(ui.available_width().min(280.0))
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(kpi.source.is_none(), t!("inspector-typed-by-hand"))
                .clicked()
            {
                chosen = Some(None);
            }
            for d in &project.datasets {
                for c in d
                    .columns
                    .iter()
                    .filter(|c| c.kind == ColumnKind::Number && c.role != ColumnRole::Ignored)
                {
                    let nps = c.scale.is_some_and(crate::model::Scale::is_nps);
                    let statistics: &[Statistic] = if nps {
                        &[Statistic::Mean, Statistic::Nps]
                    } else if c.scale.is_some() {
                        &[Statistic::Mean, Statistic::TopBoxShare]
                    } else {
                        &[Statistic::Mean]
                    };
                    for statistic in statistics {
                        let query = DataQuery {
                            dataset: Some(d.id),
                            column: c.name.clone(),
                            filter: Vec::new(),
                            statistic: *statistic,
                        };
                        let on = kpi.source.as_ref() == Some(&query);
                        if ui.selectable_label(on, describe(&query)).clicked() {
                            chosen = Some(Some(query));
                        }
                    }
                }
            }
        })
        .response
        .widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                t!("inspector-actual-from-data-name"),
            )
        });
    let source = chosen.filter(|c| *c != kpi.source)?;
    let actual = source
        .as_ref()
        .and_then(|q| crate::analysis::evidence::figure(project, q, &q.filter).map(|v| v.value));
    Some(Kpi {
        source,
        actual: actual.or(kpi.actual),
        ..kpi.clone()
    })
}

/// A figure as people read it, in the language shown: "34.2", "3.38", "1,250", no
/// trailing zeros.
fn short_number(v: f64) -> String {
    let decimals = if v.abs() >= 100.0 {
        0
    } else if v.abs() >= 10.0 {
        1
    } else {
        2
    };
    let text = crate::i18n::numbers::decimal(v, decimals);
    if decimals > 0 {
        // Below 100 there is no thousands separator, only the decimal mark.
        text.trim_end_matches('0')
            .trim_end_matches(['.', ','])
            .to_owned()
    } else {
        text
    }
}

/// A KPI's two figures.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KpiValue {
    Target,
    Actual,
}

impl KpiValue {
    fn key(self, kpi: &Kpi) -> GestureKey {
        match self {
            KpiValue::Target => GestureKey::new("kpi_target", kpi.id),
            KpiValue::Actual => GestureKey::new("kpi_actual", kpi.id),
        }
    }

    fn label(self) -> &'static str {
        match self {
            KpiValue::Target => t!("inspector-target"),
            KpiValue::Actual => t!("inspector-actual"),
        }
    }

    /// The name of the undo step that changes it.
    fn change(self) -> &'static str {
        match self {
            KpiValue::Target => t!("inspector-change-kpi-target"),
            KpiValue::Actual => t!("inspector-change-kpi-actual"),
        }
    }

    /// The hover text of the button that clears it.
    fn none(self) -> &'static str {
        match self {
            KpiValue::Target => t!("inspector-no-target-value"),
            KpiValue::Actual => t!("inspector-no-actual-value"),
        }
    }

    /// The button that gives it a value.
    fn set(self) -> &'static str {
        match self {
            KpiValue::Target => t!("inspector-set-target"),
            KpiValue::Actual => t!("inspector-set-actual"),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn figures_are_short() {
        let _en = crate::i18n::scoped(crate::i18n::Lang::En);
        assert_eq!(super::short_number(34.166_863), "34.2");
        assert_eq!(super::short_number(3.380_804), "3.38");
        assert_eq!(super::short_number(1250.4), "1,250");
        assert_eq!(super::short_number(3.5), "3.5");
        assert_eq!(super::short_number(100.0), "100");
    }

    #[test]
    fn figures_are_short_in_french() {
        let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
        assert_eq!(super::short_number(34.166_863), "34,2");
        assert_eq!(super::short_number(3.0), "3");
        assert_eq!(super::short_number(1250.4), "1\u{202f}250");
    }
}

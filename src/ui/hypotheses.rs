//! The hypotheses view: a board with one column per status. Each hypothesis shows
//! its personas, its evidence (figures computed from customer data, with the group
//! they compare with; verbatims; interview notes) and the cards that link to it. A
//! hypothesis is edited in place, its status changed, and evidence added or taken
//! off; every change is an undoable edit.

use egui::{ComboBox, RichText, ScrollArea, Ui};

use crate::analysis::evidence as computed;
use crate::app::Action;
use crate::app::hypotheses::HypothesisAction;
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::model::{
    ColumnKind, ColumnRole, DataQuery, Evidence, EvidenceId, EvidenceKind, EvidenceLevel,
    Hypothesis, HypothesisId, HypothesisStatus, Project, SegmentRule, Statistic,
};
use crate::t;
use crate::ui::{theme, widgets};

pub fn ui(
    ui: &mut Ui,
    project: &Project,
    editing: &mut Option<HypothesisId>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.heading(t!("hyp-heading"));
        ui.add_space(12.0);
        if ui
            .button(t!("hyp-new"))
            .on_hover_text(t!("hyp-new-tip"))
            .clicked()
        {
            actions.push(Action::Hypothesis(HypothesisAction::New));
        }
    });
    if project.hypotheses.is_empty() {
        widgets::empty_state(ui, t!("hyp-empty"), t!("hyp-empty-hint"));
        return;
    }
    ui.label(RichText::new(t!("hyp-subtitle")).weak());
    ui.add_space(8.0);
    let columns = HypothesisStatus::ALL.len();
    ui.columns(columns, |cols| {
        for (col, status) in cols.iter_mut().zip(HypothesisStatus::ALL) {
            let count = project
                .hypotheses
                .iter()
                .filter(|h| h.status == status)
                .count();
            col.label(
                RichText::new(format!("{} ({count})", status.label())).font(theme::bold(16.0)),
            );
            col.separator();
            ScrollArea::vertical()
                .id_salt(("hypotheses", status.label()))
                .auto_shrink(false)
                .show(col, |ui| {
                    // Left-aligned, not justified: columns justify by default.
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        for h in project.hypotheses.iter().filter(|h| h.status == status) {
                            hypothesis_card(ui, project, h, editing, actions);
                            ui.add_space(8.0);
                        }
                    });
                });
        }
    });
}

fn status_color(ui: &Ui, status: HypothesisStatus) -> egui::Color32 {
    let palette = theme::palette(ui.ctx());
    match status {
        HypothesisStatus::Untested => theme::color(palette.neutral),
        HypothesisStatus::Supported => theme::color(palette.positive),
        HypothesisStatus::Refuted => theme::color(palette.negative),
        HypothesisStatus::Mixed => theme::color(palette.highlight),
    }
}

fn level_color(ui: &Ui, level: EvidenceLevel) -> egui::Color32 {
    let palette = theme::palette(ui.ctx());
    match level {
        EvidenceLevel::Observed => theme::color(palette.positive),
        EvidenceLevel::Inferred => theme::color(palette.highlight),
        EvidenceLevel::Assumed => theme::neutral_tag(ui.visuals()),
    }
}

fn replace(h: Hypothesis) -> Edit {
    Edit::Hypothesis(Change::Replace { item: h })
}

fn hypothesis_card(
    ui: &mut Ui,
    project: &Project,
    h: &Hypothesis,
    editing: &mut Option<HypothesisId>,
    actions: &mut Vec<Action>,
) {
    egui::Frame::group(ui.style())
        .corner_radius(6.0)
        .inner_margin(10.0)
        .stroke(egui::Stroke::new(1.5, status_color(ui, h.status)))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            if *editing == Some(h.id) {
                edit_fields(ui, project, h, editing, actions);
            } else {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&h.statement).strong());
                    let edit = ui.small_button("✏").on_hover_text(t!("hyp-edit-tip"));
                    edit.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            t!("hyp-edit-name", statement = h.statement.as_str()),
                        )
                    });
                    if edit.clicked() {
                        *editing = Some(h.id);
                    }
                });
                widgets::fact(ui, t!("hyp-owner"), &h.owner);
                let personas: Vec<_> = h
                    .personas
                    .iter()
                    .filter_map(|p| project.persona(*p))
                    .collect();
                if !personas.is_empty() {
                    widgets::persona_line(ui, project, &personas);
                }
            }
            for evidence in h.evidence.iter().filter_map(|e| project.evidence_item(*e)) {
                evidence_ui(ui, h, evidence, actions);
            }
            let cards: Vec<_> = project
                .journeys
                .iter()
                .flat_map(|j| j.cards.iter().filter(|c| c.hypotheses.contains(&h.id)))
                .map(|c| c.title.as_str())
                .collect();
            if !cards.is_empty() {
                ui.label(
                    RichText::new(t!("hyp-cards", cards = cards.join(", ")))
                        .small()
                        .weak(),
                );
            }
            ui.horizontal(|ui| {
                let label = ui.label(RichText::new(t!("hyp-status")).weak());
                let mut status = h.status;
                ComboBox::from_id_salt(("status", h.id))
                    .selected_text(status.label())
                    .show_ui(ui, |ui| {
                        for s in HypothesisStatus::ALL {
                            ui.selectable_value(&mut status, s, s.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if status != h.status {
                    actions.push(Action::Edit {
                        edit: Box::new(replace(Hypothesis {
                            status,
                            ..h.clone()
                        })),
                        label: crate::said!(
                            "hyp-undo-status",
                            status = status.label().to_lowercase()
                        ),
                        gesture: None,
                    });
                }
            });
            egui::CollapsingHeader::new(t!("hyp-add-evidence"))
                .id_salt(("add evidence", h.id))
                .show(ui, |ui| add_evidence(ui, project, h, actions));
        });
}

fn edit_fields(
    ui: &mut Ui,
    project: &Project,
    h: &Hypothesis,
    editing: &mut Option<HypothesisId>,
    actions: &mut Vec<Action>,
) {
    widgets::text_field(
        ui,
        t!("hyp-statement"),
        &h.statement,
        true,
        GestureKey::new("hypothesis_statement", h.id),
        crate::said!("hyp-undo-statement"),
        actions,
        |statement| {
            replace(Hypothesis {
                statement,
                ..h.clone()
            })
        },
    );
    widgets::text_field(
        ui,
        t!("hyp-owner"),
        &h.owner,
        false,
        GestureKey::new("hypothesis_owner", h.id),
        crate::said!("hyp-undo-owner"),
        actions,
        |owner| replace(Hypothesis { owner, ..h.clone() }),
    );
    if !project.personas.is_empty() {
        ui.label(RichText::new(t!("hyp-about")).weak());
        ui.horizontal_wrapped(|ui| {
            for p in &project.personas {
                let mut on = h.personas.contains(&p.id);
                let text = RichText::new(format!("● {}", p.name))
                    .color(theme::color(project.persona_color(p.id)));
                if ui.checkbox(&mut on, text).changed() {
                    let mut h = h.clone();
                    if on {
                        h.personas.push(p.id);
                        h.personas
                            .sort_by_key(|id| project.personas.iter().position(|x| x.id == *id));
                    } else {
                        h.personas.retain(|id| *id != p.id);
                    }
                    actions.push(Action::Edit {
                        edit: Box::new(replace(h)),
                        label: crate::said!("hyp-undo-personas"),
                        gesture: None,
                    });
                }
            }
        });
    }
    if ui.button(t!("hyp-done")).clicked() {
        *editing = None;
        actions.push(Action::EndGesture);
    }
}

fn evidence_ui(ui: &mut Ui, h: &Hypothesis, evidence: &Evidence, actions: &mut Vec<Action>) {
    let detail = match &evidence.kind {
        EvidenceKind::Figure {
            value,
            query,
            compare_with,
            compare_value,
        } => {
            let group = |rules: &[SegmentRule]| {
                if rules.is_empty() {
                    t!("hyp-group-everyone").to_owned()
                } else {
                    rules
                        .iter()
                        .map(|r| format!("{} = {}", r.column, r.value))
                        .collect::<Vec<_>>()
                        .join(&format!(" {} ", t!("hyp-group-and")))
                }
            };
            let mine = value.as_ref().map_or_else(
                || t!("hyp-no-value").to_owned(),
                |v| computed::describe(query.statistic, v),
            );
            let mut text = t!(
                "hyp-figure-detail",
                statistic = query.statistic.label(),
                column = query.column.as_str(),
                group = group(&query.filter),
                value = mine
            );
            if let (Some(rules), Some(v)) = (compare_with, compare_value) {
                text.push_str(&t!(
                    "hyp-figure-compare",
                    group = group(rules),
                    value = computed::describe(query.statistic, v)
                ));
            }
            text
        }
        EvidenceKind::Verbatim { text, .. } => t!("out-quoted", name = text.as_str()),
        EvidenceKind::Interview { who, text, .. } if who.is_empty() => text.clone(),
        EvidenceKind::Interview { who, text, .. } => {
            t!(
                "hyp-interview-detail",
                who = who.as_str(),
                text = text.as_str()
            )
        }
        // Without a title of its own, a document's title is its location already.
        EvidenceKind::Document { .. } if !evidence.has_own_title() => String::new(),
        EvidenceKind::Document { location } => location.clone(),
    };
    ui.horizontal_wrapped(|ui| {
        let level = evidence.kind.level();
        widgets::tag(ui, level.label(), level_color(ui, level));
        let title = evidence.title();
        ui.label(RichText::new(&title).strong());
        let remove = ui
            .small_button("✕")
            .on_hover_text(t!("hyp-remove-evidence-tip"));
        remove.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                t!("hyp-remove-evidence-name", title = title.as_str()),
            )
        });
        if remove.clicked() {
            actions.push(Action::Hypothesis(HypothesisAction::RemoveEvidence {
                hypothesis: h.id,
                evidence: evidence.id,
            }));
        }
    });
    if !detail.is_empty() {
        ui.label(RichText::new(detail).small());
    }
}

/// The "Add evidence" form's state, per hypothesis (kept while the app runs).
#[derive(Clone, Debug, Default)]
struct Form {
    interview: bool,
    dataset: usize,
    column: String,
    statistic: Statistic,
    segment: String,
    value: String,
    compare: String,
    who: String,
    text: String,
}

fn add_evidence(ui: &mut Ui, project: &Project, h: &Hypothesis, actions: &mut Vec<Action>) {
    let id = egui::Id::unique(("evidence_form", h.id));
    let mut form: Form = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        ui.selectable_value(&mut form.interview, false, t!("hyp-kind-figure"));
        ui.selectable_value(&mut form.interview, true, t!("hyp-kind-interview"));
    });
    if form.interview || project.datasets.is_empty() {
        if !form.interview {
            ui.label(RichText::new(t!("hyp-no-data-hint")).weak().small());
        }
        interview_form(ui, h, &mut form, actions);
    } else {
        figure_form(ui, project, h, &mut form, actions);
    }
    ui.data_mut(|d| d.insert_temp(id, form));
}

fn interview_form(ui: &mut Ui, h: &Hypothesis, form: &mut Form, actions: &mut Vec<Action>) {
    let who = ui.add(
        egui::TextEdit::singleline(&mut form.who)
            .hint_text(t!("hyp-who-hint"))
            .desired_width(f32::INFINITY),
    );
    widgets::name_text_field(&who, t!("hyp-who"), &form.who);
    let text = ui.add(
        egui::TextEdit::multiline(&mut form.text)
            .hint_text(t!("hyp-said-hint"))
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    widgets::name_text_field(&text, t!("hyp-said"), &form.text);
    if ui
        .add_enabled(
            !form.text.trim().is_empty(),
            egui::Button::new(t!("hyp-add-note")),
        )
        .clicked()
    {
        actions.push(Action::Hypothesis(HypothesisAction::AddEvidence {
            hypothesis: h.id,
            evidence: Box::new(Evidence {
                id: EvidenceId(0),
                // Made when shown, in the language shown.
                title: String::new(),
                kind: EvidenceKind::Interview {
                    who: form.who.trim().to_owned(),
                    date: crate::i18n::dates::today(),
                    text: form.text.trim().to_owned(),
                },
                note: String::new(),
            }),
        }));
        form.who.clear();
        form.text.clear();
    }
}

fn figure_form(
    ui: &mut Ui,
    project: &Project,
    h: &Hypothesis,
    form: &mut Form,
    actions: &mut Vec<Action>,
) {
    form.dataset = form.dataset.min(project.datasets.len() - 1);
    let dataset = &project.datasets[form.dataset];
    egui::Grid::new(("figure_form", h.id))
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(t!("hyp-data")).weak());
            ComboBox::from_id_salt(("form_dataset", h.id))
                .selected_text(&dataset.name)
                .show_ui(ui, |ui| {
                    for (i, d) in project.datasets.iter().enumerate() {
                        ui.selectable_value(&mut form.dataset, i, &d.name);
                    }
                })
                .response
                .widget_info(|| labeled(t!("hyp-data-name")));
            ui.end_row();

            ui.label(RichText::new(t!("hyp-column")).weak());
            let numeric: Vec<&str> = dataset
                .columns
                .iter()
                .filter(|c| c.kind == ColumnKind::Number && c.role != ColumnRole::Ignored)
                .map(|c| c.name.as_str())
                .collect();
            ComboBox::from_id_salt(("form_column", h.id))
                .selected_text(if form.column.is_empty() {
                    t!("hyp-choose")
                } else {
                    form.column.as_str()
                })
                .show_ui(ui, |ui| {
                    for name in &numeric {
                        ui.selectable_value(&mut form.column, (*name).to_owned(), *name);
                    }
                })
                .response
                .widget_info(|| labeled(t!("hyp-column-name")));
            ui.end_row();

            ui.label(RichText::new(t!("hyp-statistic")).weak());
            ComboBox::from_id_salt(("form_statistic", h.id))
                .selected_text(form.statistic.label())
                .show_ui(ui, |ui| {
                    for s in [
                        Statistic::Mean,
                        Statistic::TopBoxShare,
                        Statistic::Nps,
                        Statistic::Count,
                    ] {
                        ui.selectable_value(&mut form.statistic, s, s.label());
                    }
                })
                .response
                .widget_info(|| labeled(t!("hyp-statistic-name")));
            ui.end_row();

            ui.label(RichText::new(t!("hyp-customers")).weak());
            let segments: Vec<&str> = dataset
                .columns
                .iter()
                .filter(|c| c.role == ColumnRole::Segment)
                .map(|c| c.name.as_str())
                .collect();
            ComboBox::from_id_salt(("form_segment", h.id))
                .selected_text(if form.segment.is_empty() {
                    t!("hyp-everyone")
                } else {
                    form.segment.as_str()
                })
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut form.segment, String::new(), t!("hyp-everyone"));
                    for name in &segments {
                        ui.selectable_value(&mut form.segment, (*name).to_owned(), *name);
                    }
                })
                .response
                .widget_info(|| labeled(t!("hyp-segment-name")));
            ui.end_row();

            if !form.segment.is_empty() {
                let segment = form.segment.as_str();
                for (label, value, name, salt) in [
                    (
                        t!("hyp-where"),
                        &mut form.value,
                        t!("hyp-where-name"),
                        "form_value",
                    ),
                    (
                        t!("hyp-compared"),
                        &mut form.compare,
                        t!("hyp-compared-name"),
                        "form_compare",
                    ),
                ] {
                    ui.label(RichText::new(label).weak());
                    ComboBox::from_id_salt((salt, h.id))
                        .selected_text(if value.is_empty() {
                            "—"
                        } else {
                            value.as_str()
                        })
                        .show_ui(ui, |ui| {
                            ui.selectable_value(value, String::new(), "—");
                            // Read from the rows only while the list is open.
                            for v in distinct_values(dataset, segment) {
                                ui.selectable_value(value, v.clone(), v);
                            }
                        })
                        .response
                        .widget_info(|| labeled(name));
                    ui.end_row();
                }
            }
        });
    let ready = !form.column.is_empty() && (form.segment.is_empty() || !form.value.is_empty());
    if ui
        .add_enabled(ready, egui::Button::new(t!("hyp-add-figure")))
        .on_disabled_hover_text(t!("hyp-add-figure-disabled"))
        .clicked()
    {
        let rule = |value: &str| vec![SegmentRule::new(form.segment.clone(), value.to_owned())];
        let filter = if form.segment.is_empty() {
            Vec::new()
        } else {
            rule(&form.value)
        };
        let compare_with =
            (!form.segment.is_empty() && !form.compare.is_empty()).then(|| rule(&form.compare));
        actions.push(Action::Hypothesis(HypothesisAction::AddEvidence {
            hypothesis: h.id,
            evidence: Box::new(Evidence {
                id: EvidenceId(0),
                title: String::new(),
                kind: EvidenceKind::Figure {
                    query: DataQuery {
                        dataset: Some(dataset.id),
                        column: form.column.clone(),
                        filter,
                        statistic: form.statistic,
                    },
                    compare_with,
                    value: None,
                    compare_value: None,
                },
                note: String::new(),
            }),
        }));
    }
}

fn labeled(name: &str) -> egui::WidgetInfo {
    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name)
}

/// A column's different values, sorted (for segment choices).
fn distinct_values(dataset: &crate::model::Dataset, column: &str) -> Vec<String> {
    let Some((c, _)) = dataset.column(column) else {
        return Vec::new();
    };
    let mut values = dataset.rows.distinct(c);
    values.truncate(200);
    values.into_iter().map(str::to_owned).collect()
}

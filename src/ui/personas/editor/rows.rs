//! The persona's rows kept in lists: behaviour sliders, segment rules (which
//! customers of the data are this persona), custom fields and demographics' extra
//! facts. Each row is edited in place and removed by its ✕, and a button adds one;
//! each change is one undo step (typing in one field, one step).

use egui::{RichText, Ui};

use super::{push, replace};
use crate::app::Action;
use crate::history::GestureKey;
use crate::i18n::numbers::percent;
use crate::model::{Field, Persona, Project, SegmentRule, Slider};
use crate::t;
use crate::ui::widgets;

pub(super) fn sliders(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("persona-section-behaviour"));
    ui.label(RichText::new(t!("persona-behaviour-hint")).small().weak());
    let mut remove = None;
    for (i, slider) in p.sliders.iter().enumerate() {
        ui.horizontal(|ui| {
            let key = GestureKey::new("persona_slider", p.id);
            // Two poles around a slider, then the remove button.
            let spacing = ui.spacing().item_spacing.x;
            let pole_width =
                ((ui.available_width() - 110.0 - 28.0 - 3.0 * spacing) / 2.0).max(70.0);
            ui.spacing_mut().slider_width = 110.0;
            let edit_pole =
                |ui: &mut Ui, text: &str, name: &str, left: bool, actions: &mut Vec<Action>| {
                    let mut value = text.to_owned();
                    let response = ui.add(
                        egui::TextEdit::singleline(&mut value)
                            .hint_text(name)
                            .desired_width(pole_width),
                    );
                    widgets::name_text_field(&response, name, &value);
                    widgets::text_edits(
                        &response,
                        value,
                        key,
                        crate::said!("persona-undo-scale"),
                        actions,
                        |v| {
                            let mut p = p.clone();
                            if let Some(s) = p.sliders.get_mut(i) {
                                if left {
                                    s.left = v;
                                } else {
                                    s.right = v;
                                }
                            }
                            replace(p)
                        },
                    );
                };
            edit_pole(ui, &slider.left, t!("persona-left-pole"), true, actions);
            let mut value = slider.value;
            let response = ui.add(
                egui::Slider::new(&mut value, 0.0..=1.0)
                    .show_value(false)
                    .text(""),
            );
            let response = response.on_hover_text(t!(
                "persona-slider-tip",
                percent = percent(f64::from(value) * 100.0, 0),
                left = slider.left.as_str(),
                right = slider.right.as_str()
            ));
            widgets::name_text_field(
                &response,
                &t!(
                    "persona-slider-name",
                    left = slider.left.as_str(),
                    right = slider.right.as_str()
                ),
                "",
            );
            if response.changed() {
                let mut p = p.clone();
                if let Some(s) = p.sliders.get_mut(i) {
                    s.value = value;
                }
                push(
                    actions,
                    replace(p),
                    crate::said!("persona-undo-slider"),
                    Some(key),
                );
            }
            if response.drag_stopped() {
                actions.push(Action::EndGesture);
            }
            edit_pole(ui, &slider.right, t!("persona-right-pole"), false, actions);
            if remove_button(ui, t!("persona-remove-scale-tip")) {
                remove = Some(i);
            }
        });
    }
    list_end(
        ui,
        p,
        |p| &mut p.sliders,
        remove,
        crate::said!("persona-undo-remove-scale"),
        t!("persona-add-scale"),
        crate::said!("persona-undo-add-scale"),
        || Slider {
            left: t!("persona-scale-left-default").to_owned(),
            right: t!("persona-scale-right-default").to_owned(),
            value: 0.5,
        },
        actions,
    );
}

pub(super) fn segment_rules(
    ui: &mut Ui,
    project: &Project,
    p: &Persona,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, t!("persona-section-segment-rules"));
    ui.label(
        RichText::new(t!("persona-segment-rules-hint"))
            .small()
            .weak(),
    );
    let mut remove = None;
    for (i, rule) in p.segment_rules.iter().enumerate() {
        ui.horizontal(|ui| {
            let key = GestureKey::new("persona_segment_rule", p.id);
            let dataset_name = rule
                .dataset
                .and_then(|d| project.dataset(d))
                .map_or(t!("persona-any-dataset"), |d| d.name.as_str());
            let mut dataset = rule.dataset;
            egui::ComboBox::from_id_salt(("rule_dataset", p.id, i))
                .selected_text(dataset_name)
                .width(120.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut dataset, None, t!("persona-any-dataset"));
                    for d in &project.datasets {
                        ui.selectable_value(&mut dataset, Some(d.id), &d.name);
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ComboBox,
                        true,
                        t!("persona-rule-dataset"),
                    )
                });
            if dataset != rule.dataset {
                let mut p = p.clone();
                if let Some(r) = p.segment_rules.get_mut(i) {
                    r.dataset = dataset;
                }
                push(actions, replace(p), crate::said!("persona-undo-rule"), None);
            }
            let mut text_part = |ui: &mut Ui, value: &str, name: &str, column: bool| {
                let mut v = value.to_owned();
                let response = ui.add(
                    egui::TextEdit::singleline(&mut v)
                        .hint_text(name)
                        .desired_width(110.0),
                );
                widgets::name_text_field(&response, name, &v);
                let undo = crate::said!("persona-undo-edit-rule");
                widgets::text_edits(&response, v, key, undo, actions, |v| {
                    let mut p = p.clone();
                    if let Some(r) = p.segment_rules.get_mut(i) {
                        if column {
                            r.column = v;
                        } else {
                            r.value = v;
                        }
                    }
                    replace(p)
                });
            };
            text_part(ui, &rule.column, t!("persona-rule-column"), true);
            ui.label("=");
            text_part(ui, &rule.value, t!("persona-value"), false);
            if remove_button(ui, t!("persona-remove-rule-tip")) {
                remove = Some(i);
            }
        });
    }
    list_end(
        ui,
        p,
        |p| &mut p.segment_rules,
        remove,
        crate::said!("persona-undo-remove-rule"),
        t!("persona-add-rule"),
        crate::said!("persona-undo-add-rule"),
        || SegmentRule::new("", ""),
        actions,
    );
}

pub(super) fn custom_fields(ui: &mut Ui, p: &Persona, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("persona-section-custom"));
    field_rows(
        ui,
        p,
        &p.custom_fields,
        "persona_custom_fields",
        t!("persona-add-field"),
        actions,
        |p| &mut p.custom_fields,
    );
}

/// Name/value rows with a remove button each, and an add button.
pub(super) fn field_rows(
    ui: &mut Ui,
    p: &Persona,
    fields: &[Field],
    what: &'static str,
    add: &str,
    actions: &mut Vec<Action>,
    get: fn(&mut Persona) -> &mut Vec<Field>,
) {
    let mut remove = None;
    for (i, field) in fields.iter().enumerate() {
        ui.horizontal(|ui| {
            let spacing = ui.spacing().item_spacing.x;
            // The name, the value in the rest of the row, and the remove button.
            let rest = ui.available_width() - 130.0 - 2.0 * spacing - 28.0;
            for (value, name, is_name, width) in [
                (&field.name, t!("persona-field-name"), true, 130.0),
                (&field.value, t!("persona-value"), false, rest),
            ] {
                let mut v = value.clone();
                let response = ui.add(
                    egui::TextEdit::singleline(&mut v)
                        .hint_text(name)
                        .desired_width(width.max(60.0)),
                );
                widgets::name_text_field(&response, name, &v);
                widgets::text_edits(
                    &response,
                    v,
                    GestureKey::new(what, p.id),
                    crate::said!("persona-undo-field"),
                    actions,
                    |v| {
                        let mut p = p.clone();
                        if let Some(f) = get(&mut p).get_mut(i) {
                            if is_name {
                                f.name = v;
                            } else {
                                f.value = v;
                            }
                        }
                        replace(p)
                    },
                );
            }
            if remove_button(ui, t!("persona-remove-field-tip")) {
                remove = Some(i);
            }
        });
    }
    list_end(
        ui,
        p,
        get,
        remove,
        crate::said!("persona-undo-remove-field"),
        add,
        crate::said!("persona-undo-add-field"),
        || Field::new("", ""),
        actions,
    );
}

/// A small ✕ that removes the row it ends.
fn remove_button(ui: &mut Ui, hover: &str) -> bool {
    ui.small_button("✕").on_hover_text(hover).clicked()
}

/// The end of a list of rows: removes the row whose ✕ was clicked, and offers a
/// button that adds `new()`; each one undo step.
#[expect(
    clippy::too_many_arguments,
    reason = "the list, its labels and its new item"
)]
fn list_end<T>(
    ui: &mut Ui,
    p: &Persona,
    get: fn(&mut Persona) -> &mut Vec<T>,
    remove: Option<usize>,
    removed: crate::i18n::Said,
    add: &str,
    added: crate::i18n::Said,
    new: impl FnOnce() -> T,
    actions: &mut Vec<Action>,
) {
    if let Some(i) = remove {
        let mut p = p.clone();
        let list = get(&mut p);
        if i < list.len() {
            list.remove(i);
            push(actions, replace(p), removed, None);
        }
    }
    if ui.button(add).clicked() {
        let mut p = p.clone();
        get(&mut p).push(new());
        push(actions, replace(p), added, None);
    }
}

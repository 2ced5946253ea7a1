//! Small widgets shared by the views.

use egui::{Color32, Response, RichText, Sense, Ui, vec2};

use crate::app::Action;
use crate::edit::Edit;
use crate::history::GestureKey;
use crate::model::{Channel, Persona, Project};
use crate::ui::theme;

/// A round avatar: the persona's initials on their colour.
pub fn avatar(ui: &mut Ui, project: &Project, persona: &Persona, diameter: f32) -> Response {
    let (rect, response) = ui.allocate_exact_size(vec2(diameter, diameter), Sense::hover());
    let fill = theme::color(project.persona_color(persona.id));
    let text = theme::text_on(fill);
    let painter = ui.painter();
    painter.circle_filled(rect.center(), diameter / 2.0, fill);
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        persona.initials(),
        theme::bold(diameter * 0.38),
        text,
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            format!("Avatar of {}", persona.name),
        )
    });
    response
}

/// Turns the response of a text field showing a project text into undoable edits:
/// each change becomes part of one gesture (one undo step) until the field is left
/// or the user pauses; `make` builds the edit from the new text.
pub fn text_edits(
    response: &Response,
    text: String,
    key: GestureKey,
    label: &str,
    actions: &mut Vec<Action>,
    make: impl FnOnce(String) -> Edit,
) {
    if response.gained_focus() {
        actions.push(Action::EndGesture);
    }
    if response.changed() {
        actions.push(Action::Edit {
            edit: Box::new(make(text)),
            label: label.to_owned(),
            gesture: Some(key),
        });
    }
    if response.lost_focus() {
        actions.push(Action::EndGesture);
    }
}

/// Gives a text field an accessible name (for screen readers and tests) when no
/// visible label names it.
pub fn name_text_field(response: &Response, name: &str, text: &str) {
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(true, text, text, "");
        info.label = Some(name.to_owned());
        info
    });
}

/// A small coloured dot and a persona's name.
pub fn persona_chip(ui: &mut Ui, project: &Project, persona: &Persona) -> Response {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let (rect, _) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
        ui.painter().circle_filled(
            rect.center(),
            5.0,
            theme::color(project.persona_color(persona.id)),
        );
        ui.label(&persona.name)
    })
    .inner
}

/// Personas as one wrapping line: a dot in each persona's colour before the name.
pub fn persona_line(ui: &mut Ui, project: &Project, personas: &[&Persona]) -> Response {
    let mut job = egui::text::LayoutJob::default();
    let font = egui::TextStyle::Small.resolve(ui.style());
    let text_color = ui.visuals().weak_text_color();
    for (i, persona) in personas.iter().enumerate() {
        let format = |color| egui::TextFormat::simple(font.clone(), color);
        if i > 0 {
            job.append("   ", 0.0, format(text_color));
        }
        job.append(
            "●\u{a0}",
            0.0,
            format(theme::color(project.persona_color(persona.id))),
        );
        // Non-breaking spaces keep a name on one line.
        job.append(
            &persona.name.replace(' ', "\u{a0}"),
            0.0,
            format(text_color),
        );
    }
    ui.add(egui::Label::new(job).wrap())
}

/// A channel with its icon.
pub fn channel_label(ui: &mut Ui, channel: &Channel) -> Response {
    ui.label(format!("{} {}", channel.icon(), channel.label()))
}

/// A bold heading for a part of a view.
pub fn section(ui: &mut Ui, text: &str) {
    ui.add_space(6.0);
    ui.label(RichText::new(text).font(theme::bold(15.0)));
}

/// A titled list of short texts; nothing when the list is empty.
pub fn bullet_list(ui: &mut Ui, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    section(ui, title);
    for item in items {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.label(item);
        });
    }
}

/// "Label: value" on one line; nothing when the value is empty.
pub fn fact(ui: &mut Ui, label: &str, value: &str) {
    if value.trim().is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{label}:")).weak());
        ui.label(value);
    });
}

/// What a view shows when the project has nothing for it yet.
pub fn empty_state(ui: &mut Ui, title: &str, text: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.25);
        ui.label(RichText::new(title).font(theme::bold(20.0)));
        ui.add_space(6.0);
        ui.label(RichText::new(text).weak());
    });
}

/// A rounded tag, e.g. a status or "B2B".
pub fn tag(ui: &mut Ui, text: &str, fill: Color32) -> Response {
    let text_color = theme::text_on(fill);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).small().color(text_color));
        })
        .response
}

//! Small widgets shared by the views.

use egui::{Color32, Response, RichText, Sense, Ui, vec2};

use crate::app::Action;
use crate::edit::Edit;
use crate::history::GestureKey;
use crate::model::{Channel, Persona, Project, Rgb, Scale};
use crate::t;
use crate::ui::theme;

/// A round avatar: the persona's photo, else their initials on their colour.
pub fn avatar(ui: &mut Ui, project: &Project, persona: &Persona, diameter: f32) -> Response {
    avatar_in(ui, persona, project.persona_color(persona.id), diameter)
}

/// [`avatar`] for a persona that is not in the project (yet), in `color`.
pub fn avatar_in(ui: &mut Ui, persona: &Persona, color: Rgb, diameter: f32) -> Response {
    let (rect, response) = ui.allocate_exact_size(vec2(diameter, diameter), Sense::hover());
    if let Some(texture) = photo_texture(ui.ctx(), persona) {
        // The middle square of the photo, in a circle.
        let [w, h] = texture.size().map(|v| v as f32);
        let side = w.min(h).max(1.0);
        let uv = egui::Rect::from_center_size(
            egui::pos2(0.5, 0.5),
            vec2(side / w.max(1.0), side / h.max(1.0)),
        );
        egui::Image::new((texture.id(), rect.size()))
            .uv(uv)
            .corner_radius(diameter / 2.0)
            .paint_at(ui, rect);
    } else {
        let fill = theme::color(color);
        let painter = ui.painter();
        painter.circle_filled(rect.center(), diameter / 2.0, fill);
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            persona.initials(),
            theme::bold(diameter * 0.38),
            theme::text_on(fill),
        );
    }
    let what = if persona.photo.is_some() {
        t!("widget-photo-of", name = persona.name.as_str())
    } else {
        t!("widget-avatar-of", name = persona.name.as_str())
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &what));
    response
}

/// The persona's photo as a texture, decoded once per photo and kept; `None` without
/// a photo or when the stored bytes are not a picture.
fn photo_texture(ctx: &egui::Context, persona: &Persona) -> Option<egui::TextureHandle> {
    type Cache = std::collections::BTreeMap<(u64, u64), Option<egui::TextureHandle>>;
    let photo = persona.photo.as_ref()?;
    // A photo is known by its persona, size and last bytes: a new photo changes them.
    let mut key = photo.data.len() as u64;
    for b in photo.data.iter().rev().take(64) {
        key = key.wrapping_mul(31).wrapping_add(u64::from(*b));
    }
    let key = (persona.id.0, key);
    let id = egui::Id::unique("persona_photo_textures");
    if let Some(found) = ctx.data(|d| d.get_temp::<Cache>(id).and_then(|c| c.get(&key).cloned())) {
        return found;
    }
    let texture = crate::io::photo::decode_rgba(photo)
        .ok()
        .map(|(w, h, pixels)| {
            let image = egui::ColorImage::from_rgba_unmultiplied([w as usize, h as usize], &pixels);
            ctx.load_texture(
                format!("persona-photo-{}", persona.id.0),
                image,
                egui::TextureOptions::LINEAR,
            )
        });
    ctx.data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache>(id);
        // One photo per persona is kept.
        cache.retain(|(p, _), _| *p != key.0);
        cache.insert(key, texture.clone());
    });
    texture
}

/// Turns the response of a text field showing a project text into undoable edits:
/// each change becomes part of one gesture (one undo step) until the field is left
/// or the user pauses; `make` builds the edit from the new text.
pub fn text_edits(
    response: &Response,
    text: String,
    key: GestureKey,
    label: impl Into<crate::i18n::Said>,
    actions: &mut Vec<Action>,
    make: impl FnOnce(String) -> Edit,
) {
    if response.gained_focus() {
        actions.push(Action::EndGesture);
    }
    if response.changed() {
        actions.push(Action::Edit {
            edit: Box::new(make(text)),
            label: label.into(),
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

/// In a wrapping row, starts a new row unless `texts` (a label and what it names,
/// drawn as buttons, with `extra` points of padding and arrows) fit on this one:
/// a group does not wrap by itself, and French and Spanish words run longer.
pub fn keep_together(ui: &mut Ui, texts: &[&str], extra: f32) {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let needed: f32 = texts
        .iter()
        .map(|text| {
            ui.painter()
                .layout_no_wrap((*text).to_owned(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .sum::<f32>()
        + extra;
    if ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
}

/// A progress bar (`done` from 0 to 1) with its percentage written the language
/// shown's way (egui's own writes "34%" in every language).
pub fn progress_bar(done: f32) -> egui::ProgressBar {
    let percent = crate::i18n::numbers::percent(f64::from(done.clamp(0.0, 1.0)) * 100.0, 0);
    egui::ProgressBar::new(done).text(percent)
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
        ui.label(RichText::new(t!("widget-fact-label", label = label)).weak());
        ui.label(value);
    });
}

/// A row of buttons against the right edge, one button high. (A right-to-left layout
/// added straight into a dialog takes all the height left, so a dialog that once was
/// tall stays tall and empty around its buttons.)
pub fn right_row<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, egui::Layout::right_to_left(egui::Align::Center), add)
        .inner
}

/// The most a dialog's scrolling part may take, so that the whole dialog (title and
/// buttons included, `chrome` points) fits the window.
pub fn dialog_body_height(ctx: &egui::Context, chrome: f32) -> f32 {
    (ctx.content_rect().height() - chrome - 2.0 * DIALOG_MARGIN).max(80.0)
}

/// Space kept between a dialog and the window's edges.
pub const DIALOG_MARGIN: f32 = 24.0;

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

/// A labelled text field bound to a text of the project.
#[expect(
    clippy::too_many_arguments,
    reason = "what the field shows and the edit it makes"
)]
pub fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    multiline: bool,
    key: GestureKey,
    undo_label: impl Into<crate::i18n::Said>,
    actions: &mut Vec<Action>,
    make: impl FnOnce(String) -> Edit,
) {
    let caption = ui.label(RichText::new(label).weak());
    let mut text = value.to_owned();
    let field = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(field.desired_width(f32::INFINITY))
        .labelled_by(caption.id);
    text_edits(&response, text, key, undo_label, actions, make);
}

/// A small field to type a value that is not in the list; Enter applies it.
pub fn custom_entry(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    hint: &str,
    apply: impl FnOnce(String),
) {
    let id = egui::Id::unique(salt);
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .hint_text(t!("widget-entry-hint", hint = hint))
            // To the panel's right edge, which the hint reads to.
            .desired_width((ui.available_width() - 4.0).max(120.0)),
    );
    name_text_field(&response, hint, &text);
    let done = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if done && !text.trim().is_empty() {
        apply(text.trim().to_owned());
        text.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, text));
}

/// Answers as one bar split by value, red (low) through grey to green (high) along the scale (or
/// the values' range), the share of each value on hover. Nothing is drawn for none,
/// or for more than 11 values (a measure, not a rating). `name` is the bar's
/// accessible name ("Distribution of Seat comfort").
pub fn distribution_bar(
    ui: &mut Ui,
    distribution: &[(f64, usize)],
    scale: Option<Scale>,
    size: egui::Vec2,
    name: &str,
) -> Option<Response> {
    let total: usize = distribution.iter().map(|(_, n)| n).sum();
    if total == 0 || distribution.len() > 11 {
        return None;
    }
    let (lo, hi) = scale.map_or_else(
        || {
            let lo = distribution.first().map_or(0.0, |d| d.0);
            let hi = distribution.last().map_or(1.0, |d| d.0);
            (lo, hi)
        },
        |s| (s.min, s.max),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let palette = theme::palette(ui.ctx());
    let mut x = rect.left();
    for (value, n) in distribution {
        let w = rect.width() * *n as f32 / total as f32;
        let t = if hi > lo {
            ((value - lo) / (hi - lo)) as f32
        } else {
            0.5
        };
        // Low answers red, the middle of the scale neutral, high answers green.
        let t = t.clamp(0.0, 1.0);
        let color = if t < 0.5 {
            theme::color(palette.negative).lerp_to_gamma(theme::color(palette.neutral), t * 2.0)
        } else {
            theme::color(palette.neutral)
                .lerp_to_gamma(theme::color(palette.positive), (t - 0.5) * 2.0)
        };
        // A hairline between values, where there is room for one.
        let gap = if w > 3.0 { 1.0 } else { 0.0 };
        ui.painter().rect_filled(
            egui::Rect::from_min_size(egui::pos2(x, rect.top()), vec2(w - gap, rect.height())),
            0.0,
            color,
        );
        x += w;
    }
    let parts: Vec<String> = distribution
        .iter()
        .map(|(v, n)| {
            let share = crate::i18n::numbers::percent(*n as f64 * 100.0 / total as f64, 0);
            t!("widget-value-share", value = *v, share = share)
        })
        .collect();
    let name = name.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    Some(response.on_hover_text(parts.join("  ·  ")))
}

/// A colour chooser: a swatch named `name` that opens the palette of distinct
/// colours and a field for any colour as `#rrggbb`. Returns the swatch's response and
/// the colour chosen this frame, if any. A screen reader hears a colour well, not a
/// button with a word on it.
pub fn colour_choice(ui: &mut Ui, current: Rgb, name: &str) -> (Response, Option<Rgb>) {
    let (rect, response) = ui.allocate_exact_size(ui.spacing().interact_size, Sense::click());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ColorWell, ui.is_enabled(), name));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        ui.painter().rect(
            rect,
            visuals.corner_radius,
            theme::color(current),
            visuals.fg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let mut chosen = None;
    let popup_id = response.id.with("colours");
    egui::Popup::menu(&response)
        .id(popup_id)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            ui.horizontal(|ui| {
                for colour in (0..10).map(Rgb::palette) {
                    let (rect, swatch) = ui.allocate_exact_size(vec2(22.0, 22.0), Sense::click());
                    let hex = colour.to_string();
                    swatch.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::RadioButton,
                            true,
                            colour == current,
                            hex.as_str(),
                        )
                    });
                    let stroke = if colour == current {
                        egui::Stroke::new(2.5, ui.visuals().strong_text_color())
                    } else if swatch.hovered() {
                        ui.visuals().widgets.hovered.fg_stroke
                    } else {
                        egui::Stroke::NONE
                    };
                    ui.painter()
                        .circle(rect.center(), 10.0, theme::color(colour), stroke);
                    if swatch.clicked() {
                        chosen = Some(colour);
                        egui::Popup::close_id(ui.ctx(), popup_id);
                    }
                }
            });
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let caption = ui.label(t!("widget-colour-code"));
                let field_id = popup_id.with("code");
                let mut text: String = ui
                    .data(|d| d.get_temp(field_id))
                    .unwrap_or_else(|| current.to_string());
                let field = ui
                    .add(egui::TextEdit::singleline(&mut text).desired_width(80.0))
                    .labelled_by(caption.id);
                if field.changed()
                    && let Ok(colour) = text.trim().parse::<Rgb>()
                {
                    chosen = Some(colour);
                }
                if field.has_focus() {
                    ui.data_mut(|d| d.insert_temp(field_id, text));
                } else {
                    // Shows the colour as it is when the field is not being typed in.
                    ui.data_mut(|d| d.remove::<String>(field_id));
                }
            });
        });
    (response, chosen)
}

/// A keyboard shortcut as people read it in the language shown ("Ctrl+Plus",
/// "Maj+F", "Échap"); egui's own names are English.
pub fn shortcut_text(ctx: &egui::Context, shortcut: &egui::KeyboardShortcut) -> String {
    let names = egui::ModifierNames {
        is_short: false,
        alt: t!("key-alt"),
        ctrl: t!("key-ctrl"),
        shift: t!("key-shift"),
        mac_cmd: t!("key-cmd"),
        mac_alt: t!("key-option"),
        concat: "+",
    };
    let mut text = names.format(&shortcut.modifiers, ctx.os().is_mac());
    if !text.is_empty() {
        text.push('+');
    }
    text.push_str(key_name(shortcut.logical_key));
    text
}

/// A key's name in the language shown: the keys named by a word; letters, digits and
/// F-keys as egui names them.
pub fn key_name(key: egui::Key) -> &'static str {
    use egui::Key;
    match key {
        Key::ArrowDown => t!("key-down"),
        Key::ArrowLeft => t!("key-left"),
        Key::ArrowRight => t!("key-right"),
        Key::ArrowUp => t!("key-up"),
        Key::Escape => t!("key-escape"),
        Key::Tab => t!("key-tab"),
        Key::Backspace => t!("key-backspace"),
        Key::Enter => t!("key-enter"),
        Key::Insert => t!("key-insert"),
        Key::Delete => t!("key-delete"),
        Key::Home => t!("key-home"),
        Key::End => t!("key-end"),
        Key::PageUp => t!("key-page-up"),
        Key::PageDown => t!("key-page-down"),
        Key::Space => t!("key-space"),
        Key::Minus => t!("key-minus"),
        Key::Plus => t!("key-plus"),
        Key::Equals => t!("key-equals"),
        other => other.name(),
    }
}

#[cfg(test)]
mod tests {
    use egui::{Key, KeyboardShortcut, Modifiers};

    use super::shortcut_text;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn shortcuts_are_named_in_the_language_shown() {
        let ctx = egui::Context::default();
        ctx.set_os(egui::os::OperatingSystem::Nix);
        let text = |modifiers, key| shortcut_text(&ctx, &KeyboardShortcut::new(modifiers, key));
        {
            let _fr = scoped(Lang::Fr);
            assert_eq!(text(Modifiers::SHIFT, Key::F), "Maj+F");
            assert_eq!(text(Modifiers::COMMAND, Key::Minus), "Ctrl+Moins");
            assert_eq!(text(Modifiers::NONE, Key::Escape), "Échap");
        }
        {
            let _es = scoped(Lang::Es);
            assert_eq!(text(Modifiers::COMMAND, Key::Plus), "Ctrl+Más");
            assert_eq!(text(Modifiers::SHIFT, Key::ArrowLeft), "Mayús+Izquierda");
        }
        // English reads as egui writes it.
        let _en = scoped(Lang::En);
        for (modifiers, key) in [
            (Modifiers::COMMAND, Key::Plus),
            (Modifiers::SHIFT, Key::F),
            (Modifiers::NONE, Key::F5),
            (Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
        ] {
            let shortcut = KeyboardShortcut::new(modifiers, key);
            assert_eq!(
                shortcut_text(&ctx, &shortcut),
                ctx.format_shortcut(&shortcut)
            );
        }
    }
}

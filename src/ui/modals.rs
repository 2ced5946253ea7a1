//! Dialogs over the window: unsaved changes, typed paths, templates, load problems,
//! keyboard shortcuts, about, errors, and the waits for a file dialog or a load.
//! Answers are queued as actions, applied after the frame like every other change.

use egui::{Id, Key, RichText, ScrollArea, Ui};

use crate::app::autosave::RecoverAnswer;
use crate::app::commands::Command;
use crate::app::dialogs::FilePurpose;
use crate::app::files::UnsavedAnswer;
use crate::app::personas::PersonaAction;
use crate::app::{Action, JourneyApp, Modal};
use crate::i18n::Said;
use crate::t;
use crate::ui::{theme, widgets};

pub fn ui(ctx: &egui::Context, app: &mut JourneyApp) {
    let Some(modal) = app.modal.clone() else {
        busy_ui(ctx, app);
        return;
    };
    // Each kind of dialog is an area of its own: one remembers the size it had, and a
    // tall dialog must not leave its height to the next.
    let id = Id::unique(("journeymap_modal", modal.kind()));
    let response = egui::Modal::new(id).show(ctx, |ui| {
        let wide = matches!(modal, Modal::Templates(_));
        let room = ctx.content_rect().size() - egui::Vec2::splat(2.0 * widgets::DIALOG_MARGIN);
        let width = if wide {
            (room.x - 32.0).clamp(300.0, 1000.0)
        } else {
            560.0_f32.min(room.x)
        };
        ui.set_max_width(width);
        ui.set_max_height(room.y);
        match &modal {
            Modal::Unsaved { then } => unsaved(ui, app, then.describe()),
            Modal::PathPrompt {
                purpose,
                note,
                error,
                replace,
                ..
            } => {
                path_prompt(
                    ui,
                    app,
                    *purpose,
                    note.as_ref().map(Said::shown),
                    error.as_ref().map(Said::shown),
                    *replace,
                );
            }
            Modal::Templates(target) => crate::ui::templates::gallery(ui, app, *target),
            Modal::Problems => problems(ui, app),
            Modal::Shortcuts => shortcuts(ui, app),
            Modal::About => about(ui, app),
            Modal::Error { title, message } => error(ui, app, title.shown(), message.shown()),
            Modal::Recover(orphan) => recover(ui, app, orphan),
            Modal::DeletePersona { id, name, refs } => delete_persona(ui, app, *id, name, refs),
            Modal::ImportPersonas(_) => import_personas(ui, app),
            Modal::Live(live) => live_dialog(ui, app, live),
        }
    });
    if response.should_close() {
        app.push_action(match modal {
            Modal::Unsaved { .. } => Action::Unsaved(UnsavedAnswer::Cancel),
            Modal::PathPrompt { .. } => Action::CancelPath,
            Modal::Recover(_) => Action::Recover(RecoverAnswer::Later),
            _ => Action::CloseModal,
        });
    }
}

/// While a project is read or a native file dialog is open, the window waits, and
/// says so, with a way out.
fn busy_ui(ctx: &egui::Context, app: &mut JourneyApp) {
    let (text, button, action) = if let Some(path) = app.loading_path() {
        (
            t!("dialog-opening", path = path.display().to_string()),
            t!("dialog-cancel"),
            Action::CancelLoading,
        )
    } else if app.waiting_for_dialog() {
        (
            t!("dialog-choose-in-dialog").to_owned(),
            t!("dialog-type-path-instead"),
            Action::TypePathInstead,
        )
    } else {
        return;
    };
    egui::Modal::new(Id::unique("journeymap_busy")).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(text);
        });
        if buttons(ui, [button]).is_some() {
            app.push_action(action);
        }
    });
}

pub(super) fn title(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).font(theme::bold(18.0)));
    ui.add_space(6.0);
}

/// Buttons right-aligned at the bottom of a dialog, in the given order; returns the
/// index of the one clicked.
pub(super) fn buttons<const N: usize>(ui: &mut Ui, labels: [&str; N]) -> Option<usize> {
    let mut clicked = None;
    ui.add_space(10.0);
    widgets::right_row(ui, |ui| {
        for (i, label) in labels.iter().enumerate().rev() {
            if ui.button(*label).clicked() {
                clicked = Some(i);
            }
        }
    });
    clicked
}

fn unsaved(ui: &mut Ui, app: &mut JourneyApp, doing: &str) {
    title(ui, t!("dialog-unsaved-title"));
    ui.label(t!(
        "dialog-unsaved-text",
        name = app.document().display_name(),
        doing = doing
    ));
    let answer = match buttons(
        ui,
        [
            t!("dialog-save-button"),
            t!("dialog-unsaved-discard"),
            t!("dialog-cancel"),
        ],
    ) {
        Some(0) => UnsavedAnswer::Save,
        Some(1) => UnsavedAnswer::Discard,
        Some(_) => UnsavedAnswer::Cancel,
        None => return,
    };
    app.push_action(Action::Unsaved(answer));
}

fn path_prompt(
    ui: &mut Ui,
    app: &mut JourneyApp,
    purpose: FilePurpose,
    note: Option<&str>,
    error: Option<&str>,
    replace: bool,
) {
    title(ui, purpose.title());
    if let Some(note) = note {
        ui.label(note);
        ui.add_space(4.0);
    }
    let label = ui.label(purpose.field_label());
    let mut submit = false;
    if let Some(Modal::PathPrompt {
        text,
        focus,
        replace,
        error,
        ..
    }) = &mut app.modal
    {
        let response = ui
            .add(
                egui::TextEdit::singleline(text)
                    .desired_width(520.0)
                    .hint_text(if matches!(purpose, FilePurpose::Photo(_)) {
                        "/home/me/pictures/anna.jpg"
                    } else {
                        "/home/me/maps/project.ron"
                    }),
            )
            .labelled_by(label.id);
        if std::mem::take(focus) {
            response.request_focus();
        }
        if response.changed() {
            // A changed path must be confirmed again.
            *replace = false;
            *error = None;
        }
        submit = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    }
    if let Some(error) = error {
        refusal(ui, error);
    }
    let confirm = if replace {
        t!("dialog-replace")
    } else {
        purpose.button()
    };
    match buttons(ui, [confirm, t!("dialog-cancel")]) {
        Some(0) => submit = true,
        Some(_) => app.push_action(Action::CancelPath),
        None => {}
    }
    if submit {
        app.push_action(Action::SubmitPath);
    }
}

fn problems(ui: &mut Ui, app: &mut JourneyApp) {
    title(ui, t!("dialog-problems-title"));
    let doc = app.document();
    ui.label(t!(
        "dialog-problems-text",
        file = doc
            .path()
            .map_or_else(|| doc.display_name(), |p| p.display().to_string())
    ));
    ui.add_space(6.0);
    let height = widgets::dialog_body_height(ui.ctx(), 200.0).min(320.0);
    ScrollArea::vertical().max_height(height).show(ui, |ui| {
        for p in doc.problems() {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(t!(
                        "dialog-problems-where",
                        line = p.line.to_string(),
                        column = p.col.to_string()
                    ))
                    .weak(),
                );
                ui.label(p.message.shown());
            });
        }
    });
    if buttons(ui, [t!("dialog-close")]).is_some() {
        app.push_action(Action::CloseModal);
    }
}

fn shortcuts(ui: &mut Ui, app: &mut JourneyApp) {
    title(ui, t!("dialog-shortcuts-title"));
    let height = widgets::dialog_body_height(ui.ctx(), 110.0);
    ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            egui::Grid::new("shortcuts")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for command in Command::ALL {
                        if command.shortcuts().is_empty() {
                            continue;
                        }
                        ui.label(command.label());
                        let keys: Vec<String> = command
                            .shortcuts()
                            .iter()
                            .map(|s| crate::ui::widgets::shortcut_text(ui.ctx(), s))
                            .collect();
                        ui.label(
                            RichText::new(keys.join(&format!("  {}  ", t!("dialog-shortcuts-or"))))
                                .monospace(),
                        );
                        ui.end_row();
                    }
                });
        });
    if buttons(ui, [t!("dialog-close")]).is_some() {
        app.push_action(Action::CloseModal);
    }
}

fn about(ui: &mut Ui, app: &mut JourneyApp) {
    title(ui, &format!("journeymap {}", env!("CARGO_PKG_VERSION")));
    ui.label(t!("app-description"));
    ui.add_space(6.0);
    ui.label(RichText::new(t!("dialog-about-fonts")).weak());
    if buttons(ui, [t!("dialog-close")]).is_some() {
        app.push_action(Action::CloseModal);
    }
}

fn recover(ui: &mut Ui, app: &mut JourneyApp, orphan: &crate::io::recovery::Orphan) {
    use crate::app::autosave::{ago, recovered_name};
    title(ui, t!("recovery-title"));
    ui.label(t!(
        "recovery-text",
        name = recovered_name(orphan),
        ago = ago(orphan.written)
    ));
    ui.add_space(4.0);
    ui.label(RichText::new(t!("recovery-hint")).weak());
    let answer = match buttons(
        ui,
        [
            t!("recovery-restore"),
            t!("recovery-discard"),
            t!("recovery-later"),
        ],
    ) {
        Some(0) => RecoverAnswer::Restore,
        Some(1) => RecoverAnswer::Discard,
        Some(_) => RecoverAnswer::Later,
        None => return,
    };
    app.push_action(Action::Recover(answer));
}

fn error(ui: &mut Ui, app: &mut JourneyApp, heading: &str, message: &str) {
    title(ui, heading);
    ui.add(egui::Label::new(message).selectable(true));
    if buttons(ui, [t!("dialog-ok")]).is_some() {
        app.push_action(Action::CloseModal);
    }
}

fn delete_persona(
    ui: &mut Ui,
    app: &mut JourneyApp,
    id: crate::model::PersonaId,
    name: &str,
    refs: &crate::ops::personas::References,
) {
    title(ui, &t!("dialog-delete-persona-title", name = name));
    ui.label(t!(
        "dialog-delete-persona-text",
        references = crate::io::capitalize(&refs.describe()),
        name = name
    ));
    if refs.only_cards > 0 {
        ui.add_space(4.0);
        ui.label(t!(
            "dialog-delete-persona-only-cards",
            count = refs.only_cards
        ));
    }
    ui.add_space(4.0);
    ui.label(RichText::new(t!("dialog-delete-persona-undo")).weak());
    match buttons(ui, [t!("dialog-delete"), t!("dialog-cancel")]) {
        Some(0) => app.push_action(Action::Persona(PersonaAction::DeleteConfirmed(id))),
        Some(_) => app.push_action(Action::CloseModal),
        None => {}
    }
}

fn import_personas(ui: &mut Ui, app: &mut JourneyApp) {
    title(ui, t!("dialog-import-personas-heading"));
    let existing: Vec<String> = app
        .document()
        .project()
        .personas
        .iter()
        .map(|p| p.name.to_lowercase())
        .collect();
    let Some(Modal::ImportPersonas(choice)) = &mut app.modal else {
        return;
    };
    ui.label(t!(
        "dialog-import-personas-text",
        file = choice.path.display().to_string()
    ));
    ui.add_space(6.0);
    let height = widgets::dialog_body_height(ui.ctx(), 200.0).min(360.0);
    ScrollArea::vertical().max_height(height).show(ui, |ui| {
        for (persona, on) in choice.personas.iter().zip(choice.chosen.iter_mut()) {
            ui.horizontal(|ui| {
                ui.checkbox(on, "").widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::CheckBox,
                        true,
                        *on,
                        t!("dialog-import-persona-check", name = persona.name.as_str()),
                    )
                });
                let color = persona.avatar_color.unwrap_or_default();
                crate::ui::widgets::avatar_in(ui, persona, color, 36.0);
                ui.vertical(|ui| {
                    ui.label(RichText::new(&persona.name).strong());
                    let mut note = persona.segment.clone();
                    if existing.contains(&persona.name.to_lowercase()) {
                        if !note.is_empty() {
                            note.push_str(" · ");
                        }
                        note.push_str(t!("dialog-import-persona-exists"));
                    }
                    if !note.is_empty() {
                        ui.label(RichText::new(note).weak());
                    }
                });
            });
        }
    });
    let count = choice.chosen.iter().filter(|on| **on).count();
    let import = match count {
        0 => t!("dialog-import-none").to_owned(),
        n => t!("dialog-import-count", count = n),
    };
    ui.add_space(10.0);
    let mut clicked = None;
    widgets::right_row(ui, |ui| {
        if ui.button(t!("dialog-cancel")).clicked() {
            clicked = Some(false);
        }
        if ui
            .add_enabled(count > 0, egui::Button::new(import))
            .clicked()
        {
            clicked = Some(true);
        }
    });
    match clicked {
        Some(true) => app.push_action(Action::Persona(PersonaAction::ImportChosen)),
        Some(false) => app.push_action(Action::CloseModal),
        None => {}
    }
}

/// A link to hand out: its name, the link (selectable, not editable) and Copy.
fn link_row(ui: &mut Ui, name: &str, copy_hint: &str, link: &str) {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        let mut shown = link.to_owned();
        // Room kept on the right for Copy.
        let room = ui.spacing().interact_size.x + 16.0;
        ui.add(
            egui::TextEdit::singleline(&mut shown)
                .desired_width((ui.available_width() - room).max(80.0))
                .font(egui::TextStyle::Monospace),
        )
        .labelled_by(label.id);
        if ui
            .button(t!("dialog-copy"))
            .on_hover_text(copy_hint)
            .clicked()
        {
            ui.ctx().copy_text(link.to_owned());
        }
    });
}

/// The name the others see beside my selection and in the people count.
fn your_name(ui: &mut Ui, app: &mut JourneyApp) {
    ui.add_space(6.0);
    let hint = app.live_name();
    ui.horizontal(|ui| {
        let label = ui.label(t!("dialog-live-your-name"));
        ui.add(egui::TextEdit::singleline(&mut app.prefs.live_name).hint_text(hint))
            .labelled_by(label.id);
    });
}

/// Why a dialog's answer was not taken, under its field, in the theme's colour for it.
fn refusal(ui: &mut Ui, text: &str) {
    let palette = theme::palette(ui.ctx());
    ui.label(RichText::new(text).color(theme::color(palette.negative)));
}

/// The live session's links and codes, or the field to paste a join link into.
fn live_dialog(ui: &mut Ui, app: &mut JourneyApp, modal: &crate::app::live::LiveModal) {
    use crate::app::live::LiveModal;
    match modal {
        LiveModal::Start {
            use_server,
            server,
            error,
        } => {
            title(ui, t!("dialog-live-start-title"));
            ui.label(t!("dialog-live-start-text"));
            ui.add_space(6.0);
            let mut choice = *use_server;
            ui.radio_value(&mut choice, false, t!("dialog-live-this-laptop"));
            ui.radio_value(&mut choice, true, t!("dialog-live-sync-server-choice"));
            let mut typed = server.clone();
            if choice {
                ui.horizontal(|ui| {
                    let label = ui.label(t!("dialog-live-sync-server"));
                    ui.add(
                        egui::TextEdit::singleline(&mut typed)
                            .hint_text("wss://sync.example.org")
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id);
                });
            }
            if choice != *use_server || typed != *server {
                app.modal = Some(Modal::Live(LiveModal::Start {
                    use_server: choice,
                    server: typed.clone(),
                    error: None,
                }));
            }
            your_name(ui, app);
            if let Some(error) = error {
                refusal(ui, error.shown());
            }
            match buttons(ui, [t!("dialog-live-start"), t!("dialog-cancel")]) {
                Some(0) => app.push_action(Action::StartLive(choice.then_some(typed))),
                Some(1) => app.push_action(Action::CloseModal),
                _ => {}
            }
        }
        LiveModal::Info => {
            title(ui, t!("dialog-live-title"));
            let Some(session) = app.live_session() else {
                ui.label(t!("dialog-live-none"));
                if buttons(ui, [t!("dialog-close")]).is_some() {
                    app.push_action(Action::CloseModal);
                }
                return;
            };
            let link = session.link().to_string();
            let code = session.link().code.clone();
            let viewers = session.viewer_link().map(ToString::to_string);
            ui.label(t!("dialog-live-participants"));
            link_row(
                ui,
                t!("dialog-live-join-link"),
                t!("dialog-live-join-link-copy"),
                &link,
            );
            if let Some(code) = code {
                ui.label(
                    RichText::new(t!("dialog-live-join-code", code = code)).font(theme::bold(22.0)),
                );
            }
            if let Some(viewers) = &viewers {
                ui.add_space(6.0);
                ui.label(t!("dialog-live-observers"));
                link_row(
                    ui,
                    t!("dialog-live-viewers-link"),
                    t!("dialog-live-viewers-link-copy"),
                    viewers,
                );
            }
            match buttons(ui, [t!("dialog-live-leave"), t!("dialog-close")]) {
                Some(0) => app.push_action(Action::StopLive),
                Some(1) => app.push_action(Action::CloseModal),
                _ => {}
            }
        }
        LiveModal::Join { text, error } => {
            title(ui, t!("dialog-live-join-title"));
            ui.label(t!("dialog-live-join-text"));
            let mut typed = text.clone();
            let field = ui
                .horizontal(|ui| {
                    let label = ui.label(t!("dialog-live-join-link"));
                    ui.add(egui::TextEdit::singleline(&mut typed).desired_width(f32::INFINITY))
                        .labelled_by(label.id)
                })
                .inner;
            if typed != *text {
                app.modal = Some(Modal::Live(LiveModal::Join {
                    text: typed.clone(),
                    error: None,
                }));
            }
            your_name(ui, app);
            if let Some(error) = error {
                refusal(ui, error.shown());
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            match buttons(ui, [t!("dialog-live-join"), t!("dialog-cancel")]) {
                Some(0) => app.push_action(Action::JoinLive(typed)),
                Some(1) => app.push_action(Action::CloseModal),
                _ if enter => app.push_action(Action::JoinLive(typed)),
                _ => {}
            }
        }
    }
}

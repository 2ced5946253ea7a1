//! The workshop timer's window (minutes, start, pause, reset, a large countdown)
//! and its countdown over the presentation, large enough for the room.

use egui::{Color32, DragValue, RichText};

use crate::app::JourneyApp;
use crate::app::timer::Timer;
use crate::t;
use crate::ui::floating::{self, Floating};
use crate::ui::theme;

/// The countdown's colour: normal, or flashing red once the time is up.
fn countdown_color(ctx: &egui::Context, timer: &Timer, normal: Color32) -> Color32 {
    if timer.finished() {
        let on = (ctx.input(|i| i.time) * 2.0).floor() as i64 % 2 == 0;
        if on {
            Color32::from_rgb(0xf8, 0x71, 0x71)
        } else {
            Color32::from_rgb(0x99, 0x1b, 0x1b)
        }
    } else {
        normal
    }
}

/// Keeps the countdown moving on screen.
fn keep_ticking(ctx: &egui::Context, timer: &Timer) {
    if timer.running() || timer.finished() {
        ctx.request_repaint_after(std::time::Duration::from_millis(250));
    }
}

pub fn window(ctx: &egui::Context, app: &mut JourneyApp) {
    if !app.timer.shown {
        return;
    }
    if app.canvas.presenting.is_some() {
        floating::still_open(ctx, Floating::Timer);
        return;
    }
    let (window, body) = floating::window(
        ctx,
        app,
        Floating::Timer,
        t!("timer-title"),
        egui::vec2(340.0, 230.0),
    );
    let timer = &mut app.timer;
    let mut open = true;
    window.open(&mut open).show(ctx, |ui| {
        egui::ScrollArea::vertical()
            .max_height(body)
            .show(ui, |ui| {
                let normal = ui.visuals().strong_text_color();
                ui.label(
                    RichText::new(timer.text())
                        .font(theme::bold(56.0))
                        .color(countdown_color(ctx, timer, normal)),
                );
                if timer.finished() {
                    ui.label(
                        RichText::new(t!("timer-time-up"))
                            .strong()
                            .color(Color32::from_rgb(0xf8, 0x71, 0x71)),
                    );
                }
                ui.horizontal(|ui| {
                    let label = ui.label(t!("timer-minutes"));
                    let mut minutes = (timer.length.as_secs() / 60).max(1);
                    let changed = ui
                        .add_enabled(
                            !timer.running(),
                            DragValue::new(&mut minutes).range(1..=180).speed(0.2),
                        )
                        .labelled_by(label.id)
                        .changed();
                    if changed {
                        timer.set_length(std::time::Duration::from_secs(minutes * 60));
                    }
                });
                ui.horizontal(|ui| {
                    let start = if timer.running() {
                        t!("timer-pause")
                    } else {
                        t!("timer-start")
                    };
                    if ui
                        .add_enabled(!timer.finished(), egui::Button::new(start))
                        .clicked()
                    {
                        timer.toggle();
                    }
                    if ui
                        .add_enabled(timer.touched(), egui::Button::new(t!("timer-reset")))
                        .clicked()
                    {
                        timer.reset();
                    }
                });
                ui.checkbox(&mut timer.sound, t!("timer-chime"));
                ui.label(RichText::new(t!("timer-presentation-hint")).weak().small());
            });
    });
    if !open {
        timer.shown = false;
    }
    keep_ticking(ctx, timer);
}

/// The countdown over the presentation, top right, when the timer is in use.
pub fn overlay(ctx: &egui::Context, timer: &Timer) {
    if !timer.touched() {
        return;
    }
    egui::Area::new(egui::Id::unique("presentation_timer"))
        .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-24.0, 20.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(Color32::from_black_alpha(225))
                .corner_radius(10.0)
                .inner_margin(egui::Margin::symmetric(18, 8))
                .show(ui, |ui| {
                    let text = if timer.finished() {
                        t!("timer-time-up").to_owned()
                    } else {
                        timer.text()
                    };
                    ui.add(
                        egui::Label::new(
                            RichText::new(text)
                                .font(theme::bold(72.0))
                                .color(countdown_color(ctx, timer, Color32::WHITE)),
                        )
                        .wrap_mode(egui::TextWrapMode::Extend),
                    );
                });
        });
    keep_ticking(ctx, timer);
}

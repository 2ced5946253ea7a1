//! Helpers shared by the UI tests: the real app in a harness, keys, typing.

#![allow(dead_code, reason = "each test file uses some of the helpers")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{AppOptions, Command, DialogMode, JourneyApp};

pub type App = Harness<'static, JourneyApp>;

pub fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saves")
        .join(name)
}

pub fn app_on(file: Option<PathBuf>) -> Harness<'static, JourneyApp> {
    app_with(file, None)
}

/// The default window size of the app, which most tests use.
pub const WINDOW: egui::Vec2 = egui::vec2(1440.0, 900.0);

/// [`app_on`] in a window of `size` (a projector's 1280x720, a large screen).
pub fn app_sized(file: Option<PathBuf>, size: egui::Vec2) -> Harness<'static, JourneyApp> {
    app_built(file, None, size)
}

/// [`app_on`], keeping unsaved work for crash recovery in `recovery_dir`.
pub fn app_with(
    file: Option<PathBuf>,
    recovery_dir: Option<PathBuf>,
) -> Harness<'static, JourneyApp> {
    app_built(file, recovery_dir, WINDOW)
}

/// [`app_on`], keeping live sessions' shared maps in `live_storage` (as the real
/// app does in its data folder).
pub fn app_keeping_live(
    file: Option<PathBuf>,
    live_storage: PathBuf,
) -> Harness<'static, JourneyApp> {
    let options = AppOptions {
        file,
        restore_last: false,
        dialogs: DialogMode::Typed,
        recovery_dir: None,
        sounds: false,
        join: None,
        live_port: 0,
        live_storage: Some(live_storage),
        system_lang: journeymap::i18n::Lang::En,
    };
    harness_of(options, WINDOW)
}

fn app_built(
    file: Option<PathBuf>,
    recovery_dir: Option<PathBuf>,
    size: egui::Vec2,
) -> Harness<'static, JourneyApp> {
    let options = AppOptions {
        file,
        restore_last: false,
        dialogs: DialogMode::Typed,
        recovery_dir,
        // No sound device in CI; the chime is counted instead.
        sounds: false,
        join: None,
        live_port: 0,
        live_storage: None,
        system_lang: journeymap::i18n::Lang::En,
    };
    harness_of(options, size)
}

fn harness_of(options: AppOptions, size: egui::Vec2) -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        // Frames as a screen shows them, so double clicks are double clicks.
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(240)
        .build_eframe(move |cc| JourneyApp::new(cc, &options));
    harness.run();
    harness
}

/// Runs frames until the background load is done.
pub fn wait_for_load(harness: &mut Harness<'static, JourneyApp>) {
    for _ in 0..500 {
        harness.step();
        if !harness.state().is_loading() {
            harness.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the project did not load");
}

pub fn press(harness: &mut Harness<'static, JourneyApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Replaces the text of the text field labelled `label` with `text`.
pub fn type_into(harness: &mut Harness<'static, JourneyApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(egui::Role::TextInput, label)
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::TextInput, label)
        .type_text(text);
    harness.run();
}

/// Appends `text` to the text field labelled `label`.
pub fn append_to(harness: &mut Harness<'static, JourneyApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(egui::Role::TextInput, label)
        .focus();
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::TextInput, label)
        .type_text(text);
    harness.run();
}

/// The accessible label of a menu entry: its text and its first shortcut.
pub fn menu_label(command: Command) -> String {
    match command.shortcuts().first() {
        Some(shortcut) => format!(
            "{} {}",
            command.label(),
            egui::Context::default().format_shortcut(shortcut)
        ),
        None => command.label().to_owned(),
    }
}

/// A press, a slow move and a release, as a hand would drag.
pub fn drag(h: &mut App, from: egui::Pos2, to: egui::Pos2) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.step();
    for i in 1..=10 {
        h.hover_at(from + (to - from) * (i as f32 / 10.0));
        h.step();
    }
    h.drop_at(to);
    h.run();
}

/// A file dropped on the window, as the windowing layer reports it.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// A few frames, for what a click sets off.
pub fn steps(h: &mut App) {
    for _ in 0..4 {
        h.step();
    }
}

/// Clicks the widget labelled `label`, scrolled into view first.
pub fn click(h: &mut App, label: &str) {
    h.get_by_label(label).scroll_to_me();
    steps(h);
    h.get_by_label(label).click();
    steps(h);
}

/// A journey laid out as the canvas and the exports lay it out (light theme, 100%),
/// with only `persona`'s cards when given.
pub fn layout(
    project: &journeymap::model::Project,
    journey: &journeymap::model::Journey,
    persona: Option<journeymap::model::PersonaId>,
    engine: &mut journeymap::layout::text::TextEngine,
) -> journeymap::layout::MapLayout {
    journeymap::layout::layout(
        &journeymap::layout::LayoutInput {
            project,
            journey,
            palette: &journeymap::theme::Palette::light(),
            metrics: &journeymap::layout::Metrics::default(),
            persona,
            vote: None,
        },
        engine,
    )
}

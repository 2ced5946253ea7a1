//! The eframe app: state, the command table, file flows and background work. The
//! views themselves are in [`crate::ui`]; they read the project and hand back
//! [`Action`]s, which are applied here after the frame's UI has run.

mod actions;
pub mod autosave;
pub mod capture;
pub mod chime;
pub mod commands;
pub mod data_import;
pub mod dialogs;
mod dispatch;
pub mod export;
pub mod files;
pub mod hypotheses;
pub mod live;
mod modal;
pub mod personas;
pub mod prefs;
pub mod templates;
pub mod timer;
pub mod votes;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use crate::document::Document;
use crate::examples;
use crate::model::{JourneyId, PersonaId};
use crate::t;
use crate::ui;
pub use actions::Action;
pub use commands::Command;
pub use dialogs::DialogMode;
use files::Loading;
pub use files::Pending;
pub use modal::Modal;
pub use prefs::{LanguageChoice, Preferences, ThemeChoice, View};

/// How the app starts.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// A project file to open; `None` opens the last project (when `restore_last`),
    /// else an example.
    pub file: Option<PathBuf>,
    pub restore_last: bool,
    pub dialogs: DialogMode,
    /// Where unsaved work is kept for crash recovery; `None` keeps none (tests that
    /// do not test it).
    pub recovery_dir: Option<PathBuf>,
    /// Play sounds (the timer's chime) on the sound device.
    pub sounds: bool,
    /// A live session's join link to join at start.
    pub join: Option<String>,
    /// The port this laptop's server listens on when it hosts a live session (0: any
    /// free port, for tests).
    pub live_port: u16,
    /// Where live sessions' shared maps are kept on this laptop (offline work,
    /// rejoining after a restart); `None` keeps them in memory only (tests).
    pub live_storage: Option<PathBuf>,
    /// The language "System language" means (from the system's locale in the app;
    /// English in tests, whatever the machine's locale).
    pub system_lang: crate::i18n::Lang,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            file: None,
            restore_last: true,
            dialogs: DialogMode::Native,
            recovery_dir: None,
            sounds: true,
            join: None,
            live_port: crate::sync::DEFAULT_PORT,
            live_storage: None,
            system_lang: crate::i18n::Lang::En,
        }
    }
}

/// What is selected, per view. Ids, never references into the project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub journey: Option<JourneyId>,
    pub persona: Option<PersonaId>,
}

/// A shortcut pressed this frame.
enum Pressed {
    Key(Command),
    /// Copy, cut or paste, with the pasted text.
    Clipboard(Command, Option<String>),
}

/// A line in the status bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    /// Written in every language: it follows a switch of language.
    said: crate::i18n::Said,
    pub level: StatusLevel,
    pub at: Instant,
}

impl Status {
    pub(crate) fn new(level: StatusLevel, said: crate::i18n::Said) -> Self {
        Self {
            said,
            level,
            at: Instant::now(),
        }
    }

    /// The line, in the language shown.
    pub fn text(&self) -> &str {
        self.said.shown()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusLevel {
    Info,
    Success,
    Warning,
    Error,
}

/// What the window shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Showing {
    /// The open project, in its views.
    Project,
    /// No project yet: open one, a recent one, a blank one or a template.
    StartPage,
}

pub struct JourneyApp {
    pub(crate) doc: Document,
    pub(crate) prefs: Preferences,
    pub(crate) selection: Selection,
    pub(crate) status: Option<Status>,
    pub(crate) modal: Option<Modal>,
    dialog_mode: DialogMode,
    dialog: Option<dialogs::OpenDialog>,
    /// What to do once a "Save as" started by the unsaved-changes prompt succeeds.
    after_save_as: Option<Pending>,
    loading: Option<Loading>,
    pub(crate) actions: Vec<Action>,
    /// The journey map's view state: zoom, selection, typing, clipboard.
    pub(crate) canvas: crate::ui::canvas::Canvas,
    /// The export dialog, while open.
    pub(crate) export: Option<export::ExportDialog>,
    /// The persona gallery's search, sort and filters.
    pub(crate) gallery: crate::ui::personas::Gallery,
    /// The curves view's chart, toggles and cached chart data.
    pub(crate) curves: crate::ui::curves::CurvesView,
    /// The customer-data view's choices and the figures of each dataset.
    pub(crate) data_view: crate::ui::data_overview::DataView,
    /// The persona editor should put the cursor in the name (a new persona).
    pub(crate) focus_persona_name: bool,
    /// A persona photo being read.
    photo_job: Option<personas::PhotoJob>,
    /// A customer data file being read.
    pub(crate) reading: Option<data_import::Reading>,
    /// The customer data import dialog, while open.
    pub(crate) import: Option<data_import::ImportDialog>,
    /// The hypothesis being edited on the board.
    pub(crate) editing_hypothesis: Option<crate::model::HypothesisId>,
    /// The crash-recovery copy of unsaved work.
    autosave: autosave::Autosave,
    /// The workshop timer, and whether its end was announced.
    pub(crate) timer: timer::Timer,
    timer_announced: bool,
    /// The timer's chime.
    chime: chime::Chime,
    /// The dot-vote window.
    pub(crate) vote: votes::VoteWindow,
    /// The quick-capture bar.
    pub(crate) capture: capture::CaptureBar,
    /// The template gallery's previews.
    pub(crate) previews: templates::Previews,
    /// The part of the window left to the view's content last frame (the map, right
    /// of the journey list and left of the inspector): floating windows stay in it.
    pub(crate) free_area: Option<egui::Rect>,
    /// The floating window (timer, vote) last clicked or opened: Esc closes it.
    pub(crate) floating_focus: Option<crate::ui::floating::Floating>,
    /// The project, or the start page (first start, or the file asked for could not
    /// be opened).
    pub(crate) showing: Showing,
    /// Counts document replacements, so that actions queued for a document that has
    /// since been replaced are dropped.
    doc_generation: u64,
    allow_close: bool,
    title: String,
    ctx: egui::Context,
    /// The live session this project is shared in, if any, and a join under way.
    live: Option<crate::sync::Session>,
    joining: Option<live::Joining>,
    starting: Option<live::Starting>,
    live_port: u16,
    live_storage: Option<PathBuf>,
    /// The language "System language" stands for.
    system_lang: crate::i18n::Lang,
    /// Following the facilitator, our colour, the facilitator's timer last taken in.
    pub(crate) together: live::Together,
}

impl JourneyApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: &AppOptions) -> Self {
        let ctx = cc.egui_ctx.clone();
        ui::theme::install(&ctx);
        ctx.add_plugin(ui::egui_words::EguiWords);
        let prefs: Preferences = cc
            .storage
            .and_then(|s| eframe::get_value(s, prefs::STORAGE_KEY))
            .unwrap_or_default();
        ctx.set_theme(prefs.theme);
        crate::i18n::set_lang(prefs.language.resolve(options.system_lang));
        ctx.set_zoom_factor(prefs.clamped_zoom());
        ctx.options_mut(|o| o.zoom_with_keyboard = false);

        let mut app = Self {
            doc: Document::untitled(examples::blank_project()),
            prefs,
            selection: Selection::default(),
            status: None,
            modal: None,
            dialog_mode: options.dialogs,
            dialog: None,
            after_save_as: None,
            loading: None,
            actions: Vec::new(),
            canvas: crate::ui::canvas::Canvas::default(),
            export: None,
            gallery: crate::ui::personas::Gallery::default(),
            curves: crate::ui::curves::CurvesView::default(),
            data_view: crate::ui::data_overview::DataView::default(),
            focus_persona_name: false,
            photo_job: None,
            reading: None,
            import: None,
            editing_hypothesis: None,
            doc_generation: 0,
            autosave: autosave::Autosave::start(options.recovery_dir.as_deref()),
            timer: timer::Timer::default(),
            timer_announced: false,
            chime: chime::Chime::new(options.sounds),
            vote: votes::VoteWindow::default(),
            capture: capture::CaptureBar::default(),
            previews: templates::Previews::default(),
            free_area: None,
            floating_focus: None,
            showing: Showing::Project,
            allow_close: false,
            title: String::new(),
            ctx,
            live: None,
            joining: None,
            starting: None,
            live_port: options.live_port,
            live_storage: options.live_storage.clone(),
            system_lang: options.system_lang,
            together: live::Together::default(),
        };
        app.open_initial(options);
        app.offer_recovery();
        if let Some(link) = &options.join {
            app.join_live(link);
        }
        app
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn preferences(&self) -> &Preferences {
        &self.prefs
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The journey map's state (selected cards, cell, zoom...).
    pub fn canvas(&self) -> &crate::ui::canvas::Canvas {
        &self.canvas
    }

    /// The journey map's state, to set up a selection (tests, scripting).
    pub fn canvas_mut(&mut self) -> &mut crate::ui::canvas::Canvas {
        &mut self.canvas
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// Whether a project file is being read in the background.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Puts a message in the status bar, written in every language so that it
    /// follows a switch of language: `self.say(level, || t!("..."))`.
    pub(crate) fn say<S: Into<String>>(&mut self, level: StatusLevel, message: impl Fn() -> S) {
        self.tell(level, crate::i18n::Said::new(message));
    }

    /// Puts a message written in every language in the status bar.
    pub(crate) fn tell(&mut self, level: StatusLevel, said: crate::i18n::Said) {
        self.status = Some(Status::new(level, said));
    }

    /// Whether a dialog, a file dialog or a load is under way; the project cannot be
    /// changed and no other file flow can start meanwhile.
    pub fn busy(&self) -> bool {
        self.modal.is_some() || self.loading.is_some() || self.dialog.is_some()
    }

    fn show_view(&mut self, view: View) {
        self.settle();
        self.prefs.view = view;
    }

    /// Whether the start page is shown (no project yet).
    pub fn on_start_page(&self) -> bool {
        self.showing == Showing::StartPage
    }

    pub fn command_enabled(&self, command: Command) -> bool {
        if self.on_start_page() {
            // Nothing to act on but files and the app's own settings.
            return matches!(
                command,
                Command::New
                    | Command::NewFromTemplate
                    | Command::Open
                    | Command::Quit
                    | Command::Shortcuts
                    | Command::About
                    | Command::ThemeLight
                    | Command::ThemeDark
                    | Command::ThemeSystem
                    | Command::LanguageSystem
                    | Command::LanguageEnglish
                    | Command::LanguageFrench
                    | Command::LanguageSpanish
                    | Command::InterfaceLarger
                    | Command::InterfaceSmaller
                    | Command::InterfaceNormal
                    | Command::SidePanels
                    | Command::LiveJoin
            );
        }
        match command {
            Command::Undo => self.doc.history().can_undo() && !self.live_viewer(),
            Command::FollowFacilitator => self
                .live
                .as_ref()
                .is_some_and(|l| l.role() != crate::sync::Role::Host),
            Command::Redo => self.doc.history().can_redo() && !self.live_viewer(),
            Command::ShowProblems => !self.doc.problems().is_empty(),
            _ => true,
        }
    }

    /// Starts or ends presentation mode: full screen, the selected journey alone.
    pub(crate) fn present(&mut self, on: bool) {
        if on == self.canvas.presenting.is_some() {
            return;
        }
        if on {
            if self.doc.project().journeys.is_empty() {
                self.say(StatusLevel::Info, || t!("app-nothing-to-present"));
                return;
            }
            self.stop_typing();
            self.modal = None;
            self.canvas.presenting = Some(crate::ui::canvas::present::Presenting::new());
        } else {
            self.canvas.presenting = None;
        }
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
    }

    /// Opens the export dialog on the journey shown (kept as it was when reopened).
    fn open_export(&mut self) {
        if self.export.is_none() {
            let folder = self.doc.path().and_then(Path::parent);
            self.export = Some(export::ExportDialog::new(
                self.doc.project(),
                self.selection.journey,
                folder,
            ));
        }
    }

    /// Whether "Browse…" can show the system's file dialog.
    pub fn can_browse(&self) -> bool {
        self.dialog_mode == DialogMode::Native && dialogs::native_unavailable_reason().is_none()
    }

    /// Shows the system's save dialog for the export's file.
    fn browse_export(&mut self) {
        let Some(dialog) = &mut self.export else {
            return;
        };
        if dialog.browse.is_some() || self.dialog_mode != DialogMode::Native {
            return;
        }
        let path = dialogs::expand_home(&dialog.settings.path);
        let ctx = self.ctx.clone();
        dialog.browse = Some(dialogs::spawn_export(
            path.parent().map(Path::to_owned),
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            move || ctx.request_repaint(),
        ));
    }

    fn set_zoom(&mut self, zoom: f32) {
        self.prefs.zoom = zoom.clamp(prefs::MIN_ZOOM, prefs::MAX_ZOOM);
        self.ctx.set_zoom_factor(self.prefs.zoom);
        let zoom = f64::from(self.prefs.zoom) * 100.0;
        self.say(StatusLevel::Info, || {
            t!("app-zoom", zoom = crate::i18n::numbers::percent(zoom, 0))
        });
    }

    /// Switches the interface's language at once (every label is looked up each
    /// frame); kept in the preferences.
    fn set_language(&mut self, choice: LanguageChoice) {
        self.prefs.language = choice;
        crate::i18n::set_lang(choice.resolve(self.system_lang));
        // The status bar's line is written in every language: it follows. News gives
        // way to word of the switch; a warning or an error stays until dealt with.
        let standing = self
            .status
            .as_ref()
            .is_some_and(|s| matches!(s.level, StatusLevel::Warning | StatusLevel::Error));
        if !standing {
            self.say(StatusLevel::Info, || t!("app-language-shown"));
        }
    }

    fn set_theme(&mut self, theme: ThemeChoice) {
        self.prefs.theme = theme;
        self.ctx.set_theme(theme);
    }

    /// The window title: file name, an unsaved marker, the app name.
    fn update_title(&mut self, ctx: &egui::Context) {
        let marker = if self.doc.is_dirty() { "*" } else { "" };
        let title = t!(
            "app-window-title",
            marker = marker,
            name = self.doc.display_name()
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    pub fn timer(&self) -> &timer::Timer {
        &self.timer
    }

    /// How many times the timer's chime was sounded.
    pub fn chimes(&self) -> u32 {
        self.chime.rung()
    }

    /// The workshop timer (tests set short lengths through it).
    pub fn timer_mut(&mut self) -> &mut timer::Timer {
        &mut self.timer
    }

    /// The title the window has (for tests).
    pub fn window_title(&self) -> &str {
        &self.title
    }
}

impl eframe::App for JourneyApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.autosave_step();
        if self.timer.finished() {
            if !self.timer_announced {
                self.timer_announced = true;
                self.say(StatusLevel::Warning, || t!("app-time-is-up"));
                if self.timer.sound {
                    self.chime.ring();
                }
            }
        } else {
            self.timer_announced = false;
        }
        self.poll_background();
        self.poll_photo();
        self.poll_reading();
        self.live_step();
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.request(Pending::Quit);
        }
        self.update_title(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.canvas.casting = self.casting_participant();
        if self.canvas.presenting.is_some() {
            self.presentation_keys(&ctx);
        } else {
            // Esc closes the floating window in use before the map clears its selection.
            crate::ui::floating::keys(&ctx, self);
            self.vote_keys(&ctx);
            self.handle_shortcuts(&ctx);
        }
        self.handle_dropped_files(&ctx);
        ui::shell::ui(ui, self);
        self.apply_actions();
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, prefs::STORAGE_KEY, &self.prefs);
    }
}

/// Opens the app window (the binary's default command).
pub fn run(file: Option<PathBuf>, join: Option<String>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("journeymap")
            .with_app_id("journeymap")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        persist_window: true,
        ..eframe::NativeOptions::default()
    };
    let app_options = AppOptions {
        file,
        join,
        recovery_dir: eframe::storage_dir("journeymap").map(|d| d.join("recovery")),
        live_port: crate::sync::DEFAULT_PORT,
        live_storage: eframe::storage_dir("journeymap").map(|d| d.join("live")),
        system_lang: crate::i18n::system_lang(),
        ..AppOptions::default()
    };
    match eframe::run_native(
        "journeymap",
        options,
        Box::new(move |cc| Ok(Box::new(JourneyApp::new(cc, &app_options)))),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{}", t!("app-window-failed", error = err.to_string()));
            ExitCode::FAILURE
        }
    }
}

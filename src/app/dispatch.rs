//! Running commands: from the menus and buttons ([`JourneyApp::run_command`]), the
//! keyboard's shortcuts (from the command table) and presentation mode's keys.

use super::{
    Command, JourneyApp, LanguageChoice, Modal, Pending, Pressed, StatusLevel, ThemeChoice, View,
    commands, dialogs, live, templates,
};
use crate::model::JourneyId;
use crate::t;

impl JourneyApp {
    /// The keys of presentation mode: → and Space (next stage), ← (back), Home (the
    /// whole journey), ↑ ↓ (scroll the lanes), Esc or F5 (leave).
    pub(super) fn presentation_keys(&mut self, ctx: &egui::Context) {
        use egui::Key;
        let stages = self
            .selection
            .journey
            .and_then(|id| self.doc.project().journey(id))
            .or_else(|| self.doc.project().journeys.first())
            .map_or(0, |j| j.stages.len());
        let pressed: Vec<Key> = ctx.input_mut(|i| {
            let keys: Vec<Key> = i
                .events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Key {
                        key, pressed: true, ..
                    } => Some(*key),
                    _ => None,
                })
                .collect();
            i.events.clear();
            keys
        });
        for key in pressed {
            let Some(p) = self.canvas.presenting.as_mut() else {
                return;
            };
            match key {
                Key::Escape | Key::F5 => self.present(false),
                Key::ArrowRight | Key::Space | Key::PageDown => {
                    p.next(stages);
                    self.stop_following();
                }
                Key::ArrowLeft | Key::PageUp => {
                    p.previous();
                    self.stop_following();
                }
                Key::Home => {
                    p.toggle_overview();
                    self.stop_following();
                }
                Key::T => self.timer.toggle(),
                Key::ArrowDown => p.scroll(1.0),
                Key::ArrowUp => p.scroll(-1.0),
                _ => {}
            }
        }
    }

    pub(crate) fn run_command(&mut self, command: Command) {
        if !self.command_enabled(command) {
            return;
        }
        // Commands on the project (save, undo, another journey...) first keep what
        // is being typed; those that only change how things look leave it open.
        let looks_only = matches!(
            command,
            Command::InterfaceLarger
                | Command::InterfaceSmaller
                | Command::InterfaceNormal
                | Command::SidePanels
                | Command::ThemeLight
                | Command::ThemeDark
                | Command::ThemeSystem
                | Command::LanguageSystem
                | Command::LanguageEnglish
                | Command::LanguageFrench
                | Command::LanguageSpanish
                | Command::Shortcuts
                | Command::About
        );
        let steps = self.doc.history().undo_len();
        if !looks_only {
            self.stop_typing();
        }
        if command == Command::Undo && self.doc.history().undo_len() < steps {
            // Nothing was typed in a new card: stopping took it back, which is the undo.
            return;
        }
        self.doc.end_gesture();
        if command.scope() == commands::Scope::Map {
            self.run_map_command(command, None);
            return;
        }
        match command {
            Command::New => self.request(Pending::New),
            Command::NewFromTemplate => {
                self.modal = Some(Modal::Templates(templates::TemplateTarget::NewProject));
            }
            Command::NewJourneyFromTemplate => {
                self.modal = Some(Modal::Templates(templates::TemplateTarget::NewJourney));
            }
            Command::Open => self.request(Pending::OpenDialog),
            Command::Save => self.save(),
            Command::SaveAs => self.choose_file(dialogs::FilePurpose::SaveAs),
            Command::SaveCopy => self.choose_file(dialogs::FilePurpose::SaveCopy),
            Command::Quit => self.request(Pending::Quit),
            Command::Undo => match self.doc.undo() {
                Ok(Some(label)) => {
                    self.say(StatusLevel::Info, || t!("app-undid", label = label.shown()));
                }
                Ok(None) => {}
                Err(err) => self.say(StatusLevel::Error, || {
                    t!("app-undo-failed", error = err.to_string())
                }),
            },
            Command::Redo => match self.doc.redo() {
                Ok(Some(label)) => {
                    self.say(StatusLevel::Info, || t!("app-redid", label = label.shown()));
                }
                Ok(None) => {}
                Err(err) => self.say(StatusLevel::Error, || {
                    t!("app-redo-failed", error = err.to_string())
                }),
            },
            Command::ShowJourneys
            | Command::ShowPersonas
            | Command::ShowHypotheses
            | Command::ShowData
            | Command::ShowCurves => {
                if let Some(view) = command.view() {
                    self.show_view(view);
                }
            }
            Command::Present => self.present(true),
            Command::Timer => self.timer.shown = !self.timer.shown,
            Command::Capture => {
                let focused = self.capture.shown
                    && self
                        .ctx
                        .memory(|m| m.has_focus(crate::ui::capture::field_id()));
                self.capture.shown = !focused;
                self.capture.focus = !focused;
                if !focused {
                    self.show_view(View::Journeys);
                }
            }
            Command::LiveStart => self.ask_start_live(),
            Command::LiveJoin => {
                self.modal = Some(Modal::Live(live::LiveModal::Join {
                    text: String::new(),
                    error: None,
                }));
            }
            Command::FollowFacilitator => self.toggle_following(),
            Command::Vote => {
                self.vote.shown = !self.vote.shown;
                if self.vote.shown {
                    self.show_view(View::Journeys);
                }
            }
            Command::SidePanels => {
                self.prefs.side_panels = !self.prefs.side_panels;
                let shown = self.prefs.side_panels;
                self.say(StatusLevel::Info, || {
                    if shown {
                        t!("app-side-panels-shown")
                    } else {
                        t!("app-side-panels-folded")
                    }
                });
            }
            Command::InterfaceLarger => self.set_zoom(self.prefs.clamped_zoom() * 1.1),
            Command::InterfaceSmaller => self.set_zoom(self.prefs.clamped_zoom() / 1.1),
            Command::InterfaceNormal => self.set_zoom(1.0),
            Command::NewJourney | Command::DuplicateJourney | Command::DeleteJourney => {
                self.journey_command(command);
            }
            Command::ToggleCardColors => {
                let edit = crate::ui::canvas::toggle_card_colors(&self.doc.project().info());
                self.apply_edit(edit, crate::said!("app-edit-card-colours"));
            }
            Command::ThemeLight => self.set_theme(ThemeChoice::Light),
            Command::ThemeDark => self.set_theme(ThemeChoice::Dark),
            Command::ThemeSystem => self.set_theme(ThemeChoice::System),
            Command::LanguageSystem => self.set_language(LanguageChoice::System),
            Command::LanguageEnglish => self.set_language(LanguageChoice::English),
            Command::LanguageFrench => self.set_language(LanguageChoice::French),
            Command::LanguageSpanish => self.set_language(LanguageChoice::Spanish),
            Command::ShowProblems => self.modal = Some(Modal::Problems),
            Command::Shortcuts => self.modal = Some(Modal::Shortcuts),
            Command::About => self.modal = Some(Modal::About),
            Command::Export => self.open_export(),
            // Map commands went to the map above.
            _ => {}
        }
    }

    /// Runs a command of the journey map (with the text of a paste, if any).
    fn run_map_command(&mut self, command: Command, paste: Option<String>) {
        let Some(journey) = self.selection.journey else {
            return;
        };
        let result = match command {
            Command::AddStage | Command::AddLane => {
                let request = self.add_structure_request(journey, command);
                request.map_or(Ok(None), |r| {
                    self.canvas.handle(&mut self.doc, journey, r).map(|()| None)
                })
            }
            _ => self
                .canvas
                .run(&mut self.doc, journey, command, paste, &self.ctx),
        };
        match result {
            Ok(Some(message)) => self.tell(StatusLevel::Info, message),
            Ok(None) => {}
            Err(err) => self.say(StatusLevel::Error, || {
                t!("app-change-failed", error = err.shown())
            }),
        }
    }

    /// Where "Add stage" / "Add lane" put the new one: after the selected stage or
    /// lane (or the selected cell's), else at the end.
    fn add_structure_request(
        &self,
        journey: JourneyId,
        command: Command,
    ) -> Option<crate::ui::canvas::Request> {
        use crate::ui::canvas::{Header, Request};
        let j = self.doc.project().journey(journey)?;
        let sel = &self.canvas.selection;
        if command == Command::AddStage {
            let after = match sel.header {
                Some(Header::Stage(id)) => Some(id),
                _ => sel.cell.map(|(s, _)| s),
            };
            let index = after
                .and_then(|id| j.stage_index(id))
                .map_or(j.stages.len(), |i| i + 1);
            let phase = after
                .and_then(|id| j.stage(id))
                .or(j.stages.last())
                .map_or(crate::model::Phase::During, |s| s.phase);
            Some(Request::AddStage { index, phase })
        } else {
            let after = match sel.header {
                Some(Header::Lane(id)) => Some(id),
                _ => sel.cell.map(|(_, l)| l),
            };
            let index = after
                .and_then(|id| j.lane_index(id))
                .map_or(j.lanes.len(), |i| i + 1);
            Some(Request::AddLane { index })
        }
    }

    /// New, duplicate or delete a journey.
    fn journey_command(&mut self, command: Command) {
        use crate::edit::{Change, Edit};
        let project = self.doc.project();
        let current = self
            .selection
            .journey
            .and_then(|id| project.journey(id))
            .cloned();
        let index = current
            .as_ref()
            .and_then(|j| project.journeys.iter().position(|x| x.id == j.id))
            .map_or(project.journeys.len(), |i| i + 1);
        match (command, current) {
            (Command::NewJourney, _) => {
                let mut journey = crate::examples::blank_project()
                    .journeys
                    .into_iter()
                    .next()
                    .unwrap_or_default();
                let mut next = || self.doc.new_id::<u64>();
                journey = crate::ops::duplicate_journey(&journey, &mut next);
                t!("app-new-journey-name").clone_into(&mut journey.name);
                let id = journey.id;
                self.apply_edit(
                    Edit::Journey(Change::Insert {
                        index,
                        item: journey,
                    }),
                    crate::said!("app-edit-new-journey"),
                );
                self.selection.journey = Some(id);
            }
            (Command::DuplicateJourney, Some(j)) => {
                let mut next = || self.doc.new_id::<u64>();
                let copy = crate::ops::duplicate_journey(&j, &mut next);
                let id = copy.id;
                self.apply_edit(
                    Edit::Journey(Change::Insert { index, item: copy }),
                    crate::said!("app-edit-duplicate-journey"),
                );
                self.selection.journey = Some(id);
            }
            (Command::DeleteJourney, Some(j)) => {
                let edit = crate::ops::delete_journey(self.doc.project(), &j);
                self.apply_edit(edit, crate::said!("app-edit-delete-journey"));
                self.say(StatusLevel::Info, || {
                    t!("app-journey-deleted", name = j.name.as_str())
                });
            }
            _ => {}
        }
    }

    /// Whether keys go to the journey map now: the map is shown, nothing is typed and
    /// no menu is open.
    pub(super) fn map_has_keyboard(&self, ctx: &egui::Context) -> bool {
        self.prefs.view == View::Journeys
            && self.selection.journey.is_some()
            // The export window takes Enter and Escape while it is open.
            && self.export.is_none()
            && self.import.is_none()
            && !ctx.text_edit_focused()
            && ctx.memory(egui::Memory::focused).is_none()
            && !self.canvas.is_typing()
            && !egui::Popup::is_any_open(ctx)
    }

    /// Shortcuts from the command table; none while a dialog is open.
    pub(super) fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let table = Command::shortcut_table();
        // Every press counts, in the order pressed: three quick arrows in one frame
        // move three times. The table lists more specific shortcuts first.
        let events = ctx.input(|i| i.events.clone());
        let mut taken = vec![false; events.len()];
        // The text a shortcut's key types (N types "n") follows its key event.
        let mut after_shortcut = false;
        for (index, event) in events.iter().enumerate() {
            if self.busy() {
                break;
            }
            if after_shortcut {
                match event {
                    egui::Event::Text(_) => {
                        taken[index] = true;
                        after_shortcut = false;
                        continue;
                    }
                    egui::Event::Key { pressed: false, .. } | egui::Event::ModifiersChanged(_) => {
                        continue;
                    }
                    _ => after_shortcut = false,
                }
            }
            // Asked again after every command: one that starts typing leaves the keys
            // after it to the text.
            let map = self.map_has_keyboard(ctx);
            let press = match event {
                egui::Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => table
                    .iter()
                    .filter(|(_, command)| map || command.scope() == commands::Scope::App)
                    .find(|(shortcut, _)| {
                        shortcut.logical_key == *key
                            && modifiers.matches_logically(shortcut.modifiers)
                    })
                    .map(|(_, command)| Pressed::Key(*command)),
                // The system's clipboard keys arrive as events of their own.
                egui::Event::Copy if map => Some(Pressed::Clipboard(Command::Copy, None)),
                egui::Event::Cut if map => Some(Pressed::Clipboard(Command::Cut, None)),
                egui::Event::Paste(text) if map => {
                    Some(Pressed::Clipboard(Command::Paste, Some(text.clone())))
                }
                _ => None,
            };
            let Some(press) = press else {
                continue;
            };
            taken[index] = true;
            after_shortcut = matches!(press, Pressed::Key(_));
            match press {
                Pressed::Key(command) => self.run_command(command),
                Pressed::Clipboard(command, paste) => {
                    self.doc.end_gesture();
                    self.run_map_command(command, paste);
                }
            }
        }
        if taken.contains(&true) {
            ctx.input_mut(|input| {
                let mut index = 0;
                input.events.retain(|_| {
                    let keep = !taken.get(index).copied().unwrap_or(false);
                    index += 1;
                    keep
                });
            });
        }
    }
}

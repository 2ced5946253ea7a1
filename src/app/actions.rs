//! What the views hand back while drawing ([`Action`]) and how it is applied after
//! the frame's UI: edits through the document (one undo step, or part of an open
//! gesture), refused on a locked map or for a live session's viewer; everything else
//! handed to the flow it belongs to.

use std::path::PathBuf;

use super::{
    JourneyApp, Pending, StatusLevel, View, autosave, capture, data_import, export, files,
    hypotheses, personas, votes,
};
use crate::app::Command;
use crate::edit::Edit;
use crate::history::GestureKey;
use crate::model::JourneyId;
use crate::t;
use crate::ui;

/// Something the UI asks for while drawing; applied after the frame's UI.
#[derive(Clone, Debug)]
pub enum Action {
    Command(Command),
    /// Change the project (one undo step, or part of an open gesture).
    Edit {
        edit: Box<Edit>,
        /// The undo step's name: `said!("…-undo-…")`.
        label: crate::i18n::Said,
        gesture: Option<GestureKey>,
    },
    /// The user let go of what they were editing: the next edit is a new undo step.
    EndGesture,
    OpenPath(PathBuf),
    NewFromExample(usize),
    /// Add the first journey of a template (by its index) to the project.
    JourneyFromTemplate(usize),
    ShowView(View),
    /// The answer to the unsaved-changes prompt.
    Unsaved(files::UnsavedAnswer),
    /// The typed path was confirmed, or the prompt cancelled.
    SubmitPath,
    CancelPath,
    /// Stop waiting for the native file dialog and type the path instead.
    TypePathInstead,
    /// Stop opening the project being read.
    CancelLoading,
    CloseModal,
    /// Join the live session of this link.
    JoinLive(String),
    /// Leave the live session.
    StopLive,
    /// Start a live session, through this sync server (`None`: this laptop).
    StartLive(Option<String>),
    /// Something the journey map asked for.
    Canvas(crate::ui::canvas::Request),
    /// Show another journey.
    SelectJourney(JourneyId),
    /// Choose the export's file in the system's file dialog.
    ExportBrowse,
    /// Something the persona gallery or editor asked for.
    Persona(personas::PersonaAction),
    /// Importing, refreshing or deleting customer data.
    Data(data_import::DataAction),
    /// Something the hypotheses board asked for.
    Hypothesis(hypotheses::HypothesisAction),
    /// The answer to "Restore unsaved work?".
    Recover(autosave::RecoverAnswer),
    /// Open the export dialog on a chart of the curves view.
    ExportChart(JourneyId, crate::analysis::curves::Chart),
    /// Something the dot-vote window or the map asked for.
    Vote(votes::VoteAction),
    /// Something the capture bar or the parking lot asked for.
    Capture(capture::CaptureAction),
}

impl JourneyApp {
    /// Queues an action, as the views do.
    pub fn push_action(&mut self, action: Action) {
        self.actions.push(action);
    }

    pub(super) fn apply_actions(&mut self) {
        let generation = self.doc_generation;
        if !self.actions.is_empty() {
            // What they change is drawn in the next frame.
            self.ctx.request_repaint();
        }
        for action in std::mem::take(&mut self.actions) {
            if self.doc_generation != generation {
                // The document these actions were made for is gone.
                break;
            }
            match action {
                Action::Command(command) => self.run_command(command),
                Action::Edit { .. } if self.busy() => {}
                Action::Edit {
                    edit,
                    label,
                    gesture,
                } => {
                    if self.live_viewer() {
                        self.say(StatusLevel::Warning, || t!("app-not-changed-viewer"));
                    } else {
                        self.apply_edit_in(*edit, label, gesture);
                    }
                }
                Action::EndGesture => self.doc.end_gesture(),
                Action::OpenPath(path) => self.request(Pending::OpenPath(path)),
                Action::NewFromExample(index) => self.request(Pending::Example(index)),
                Action::JourneyFromTemplate(index) => {
                    self.settle();
                    self.journey_from_template(index);
                }
                Action::ShowView(view) => self.show_view(view),
                Action::Unsaved(answer) => self.answer_unsaved(answer),
                Action::SubmitPath => self.submit_path_prompt(),
                Action::CancelPath => self.cancel_path_prompt(),
                Action::TypePathInstead => self.type_path_instead(),
                Action::CancelLoading => self.cancel_loading(),
                Action::CloseModal => self.modal = None,
                Action::JoinLive(text) => self.join_live(&text),
                Action::StopLive => self.stop_live(),
                Action::StartLive(server) => self.start_live(server),
                Action::Recover(answer) => self.answer_recovery(answer),
                Action::Canvas(request) => {
                    if let Some(journey) = self.selection.journey
                        && let Err(err) = self.canvas.handle(&mut self.doc, journey, request)
                    {
                        self.say(StatusLevel::Error, || {
                            t!("app-change-failed", error = err.shown())
                        });
                    }
                }
                Action::SelectJourney(id) => {
                    self.settle();
                    self.selection.journey = Some(id);
                }
                Action::ExportBrowse => self.browse_export(),
                Action::Hypothesis(action) => {
                    self.doc.end_gesture();
                    self.hypothesis_action(action);
                }
                Action::Data(action) => {
                    self.settle();
                    self.data_action(action);
                }
                Action::Persona(action) => {
                    self.settle();
                    self.persona_action(action);
                }
                Action::Capture(action) => {
                    self.settle();
                    self.capture_action(action);
                }
                Action::Vote(action) => {
                    self.settle();
                    self.vote_action(action);
                }
                Action::ExportChart(journey, chart) => {
                    self.open_export();
                    if let Some(dialog) = &mut self.export {
                        dialog.show(self.doc.project(), export::What::Chart(journey, chart));
                    }
                }
            }
        }
        // Typing on the map ended some other way (its card went away, another
        // journey opened): the next edit is a step of its own.
        if !self.canvas.is_typing() && self.doc.history().in_session() {
            self.doc.end_session();
        }
        self.keep_selection_valid();
    }

    /// Keeps what is typed on the map and ends the open gesture: what comes next
    /// (a dialog's action, a vote, a capture) is an undo step of its own.
    pub(super) fn settle(&mut self) {
        self.stop_typing();
        self.doc.end_gesture();
    }

    /// Keeps what is being typed on the map and closes the field, as clicking
    /// elsewhere does; for commands that leave the map or act on the project.
    pub(super) fn stop_typing(&mut self) {
        if let Some(journey) = self.selection.journey
            && self.canvas.is_typing()
            && let Err(err) =
                self.canvas
                    .handle(&mut self.doc, journey, ui::canvas::Request::CommitEdit)
        {
            self.say(StatusLevel::Error, || {
                t!("app-typing-not-kept", error = err.shown())
            });
        }
    }

    /// Drops selected ids that no longer exist and makes sure a journey is selected
    /// when there is one.
    pub(super) fn keep_selection_valid(&mut self) {
        let project = self.doc.project();
        let journey = self
            .selection
            .journey
            .and_then(|id| project.journey(id))
            .or_else(|| project.journeys.first());
        self.selection.journey = journey.map(|j| j.id);
        if let Some(journey) = journey {
            self.canvas.keep_valid(journey, self.doc.revision());
        }
        if let Some(persona) = self.selection.persona
            && project.persona(persona).is_none()
        {
            self.selection.persona = None;
        }
    }

    /// Applies `edit` as one undo step, unless the map is locked; a failure is
    /// reported in the status bar.
    pub(super) fn apply_edit(&mut self, edit: Edit, label: impl Into<crate::i18n::Said>) {
        self.apply_edit_in(edit, label, None);
    }

    /// [`Self::apply_edit`], as part of the open `gesture` when given.
    fn apply_edit_in(
        &mut self,
        edit: Edit,
        label: impl Into<crate::i18n::Said>,
        gesture: Option<GestureKey>,
    ) {
        let project = self.doc.project();
        if crate::ops::locks::refusal(project, &edit).is_some() {
            // Said again in each language (it stays up until dealt with).
            let why = crate::i18n::Said::new(|| {
                crate::ops::locks::refusal(project, &edit).unwrap_or_default()
            });
            self.say(StatusLevel::Warning, || {
                t!("app-not-changed", why = why.shown())
            });
            return;
        }
        let result = match gesture {
            Some(key) => self.doc.apply_in_gesture(edit, label, key),
            None => self.doc.apply(edit, label),
        };
        if let Err(err) = result {
            self.say(StatusLevel::Error, || {
                t!("app-change-failed", error = err.to_string())
            });
        }
    }
}

//! File flows of the app: new, open (in the background), save, save as, the
//! unsaved-changes prompt, dropped files, and the project shown at start-up.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::dialogs::{self, DialogMode, DialogOutcome, FilePurpose};
use super::{AppOptions, JourneyApp, Modal, Selection, Showing, StatusLevel};
use crate::document::Document;
use crate::examples::{self, EXAMPLES};
use crate::i18n::Said;
use crate::io::LoadError;
use crate::{said, t};

/// Something that replaces the open project (or closes the app), waiting for the
/// user to decide about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    Example(usize),
    OpenDialog,
    OpenPath(PathBuf),
    Quit,
}

impl Pending {
    /// "… before opening another project?"
    pub fn describe(&self) -> &'static str {
        match self {
            Pending::New | Pending::Example(_) => t!("file-doing-new"),
            Pending::OpenDialog | Pending::OpenPath(_) => t!("file-doing-open"),
            Pending::Quit => t!("file-doing-quit"),
        }
    }
}

/// A project file being read on a background thread.
#[derive(Debug)]
pub struct Loading {
    pub path: PathBuf,
    result: Receiver<Result<Document, LoadError>>,
}

/// The user's answer to the unsaved-changes prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    Save,
    Discard,
    Cancel,
}

impl JourneyApp {
    /// Does `pending` now, or first asks about unsaved changes.
    pub(crate) fn request(&mut self, pending: Pending) {
        // A new flow replaces any that was waiting for a "Save as".
        self.after_save_as = None;
        // Asked before any file dialog, not after the user picked a file.
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved { then: pending });
        } else {
            self.proceed(pending);
        }
    }

    /// Does `pending` without asking.
    fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::New => {
                self.replace_document(Document::untitled(examples::blank_project()));
                self.say(StatusLevel::Info, || t!("file-new-project"));
            }
            Pending::Example(index) => match EXAMPLES.get(index).map(examples::Example::project) {
                Some(Ok(project)) => {
                    self.replace_document(Document::untitled(project));
                    self.say(StatusLevel::Info, || t!("file-new-from-template"));
                }
                Some(Err(err)) => {
                    self.show_error(|| t!("file-template-failed"), || err.user_message());
                }
                None => {}
            },
            Pending::OpenDialog => self.choose_file(FilePurpose::Open),
            Pending::OpenPath(path) => self.start_loading(path),
            Pending::Quit => {
                self.allow_close = true;
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(crate) fn answer_unsaved(&mut self, answer: UnsavedAnswer) {
        let Some(Modal::Unsaved { then }) = self.modal.take() else {
            return;
        };
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::Discard => self.proceed(then),
            UnsavedAnswer::Save => {
                if let Some(path) = self.doc.path().map(Path::to_owned) {
                    if self.save_to(&path) {
                        self.proceed(then);
                    }
                } else {
                    self.after_save_as = Some(then);
                    self.choose_file(FilePurpose::SaveAs);
                }
            }
        }
    }

    pub(crate) fn replace_document(&mut self, doc: Document) {
        // Another project: the live session was about the old one.
        self.stop_live();
        self.doc = doc;
        self.showing = Showing::Project;
        self.doc_generation += 1;
        // The export dialog was about the old project (a running export finishes).
        self.export = None;
        self.import = None;
        self.selection = Selection::default();
        self.canvas.for_new_document();
        self.keep_selection_valid();
        // A file saved in a live session rejoins it.
        self.rejoin_live();
    }

    /// Says what went wrong in a dialog and in the status bar, in every language
    /// (each closure calls `t!`, or gives an error's own words).
    pub(crate) fn show_error<T: Into<String>, M: Into<String>>(
        &mut self,
        title: impl Fn() -> T,
        message: impl Fn() -> M,
    ) {
        let message = Said::new(message);
        self.tell(StatusLevel::Error, message.clone());
        self.modal = Some(Modal::Error {
            title: Said::new(title),
            message,
        });
    }

    /// Asks for a file: the native dialog, or a typed path where there is none.
    pub(crate) fn choose_file(&mut self, purpose: FilePurpose) {
        if self.dialog.is_some() {
            return;
        }
        let reason = match self.dialog_mode {
            DialogMode::Typed => Some(None),
            DialogMode::Native => dialogs::native_unavailable_reason().map(Some),
        };
        if let Some(note) = reason {
            self.open_path_prompt(purpose, note);
            return;
        }
        let directory = self
            .doc
            .path()
            .and_then(Path::parent)
            .map(Path::to_owned)
            .or_else(|| {
                self.prefs
                    .recent
                    .first()
                    .and_then(|p| p.parent())
                    .map(Path::to_owned)
            });
        let ctx = self.ctx.clone();
        self.dialog = Some(dialogs::spawn(
            purpose,
            directory,
            self.suggested_name(purpose),
            move || ctx.request_repaint(),
        ));
        self.say(StatusLevel::Info, || t!("file-waiting-for-dialog"));
    }

    /// The file name a save dialog suggests: the project's (or the persona's) name.
    fn suggested_name(&self, purpose: FilePurpose) -> String {
        let name = match purpose {
            FilePurpose::SavePersona(id) => self
                .doc
                .project()
                .persona(id)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            _ => self.doc.project().name.clone(),
        };
        format!("{}.ron", crate::export::slug(&name))
    }

    fn open_path_prompt(&mut self, purpose: FilePurpose, note: Option<Said>) {
        let folder = self.doc.path().and_then(Path::parent);
        let text = if purpose.saves() {
            let name = self.suggested_name(purpose);
            match folder {
                Some(dir) => dir.join(name).display().to_string(),
                None => name,
            }
        } else {
            folder
                .map(|dir| format!("{}/", dir.display()))
                .unwrap_or_default()
        };
        self.modal = Some(Modal::PathPrompt {
            purpose,
            text,
            note: note.map(|n| Said::new(|| t!("file-type-path-note", reason = n.shown()))),
            error: None,
            focus: true,
            replace: false,
        });
    }

    /// The typed path was confirmed.
    pub(crate) fn submit_path_prompt(&mut self) {
        let Some(Modal::PathPrompt {
            purpose,
            text,
            note,
            replace,
            ..
        }) = self.modal.clone()
        else {
            return;
        };
        let mut path = dialogs::expand_home(&text);
        if path.is_relative()
            && let Some(dir) = self.doc.path().and_then(Path::parent)
        {
            // A bare name means "next to the project", not "where the app started".
            path = dir.join(path);
        }
        let refuse = |app: &mut Self, error: Said, replace: bool| {
            app.modal = Some(Modal::PathPrompt {
                purpose,
                text: text.clone(),
                note: note.clone(),
                error: Some(error),
                focus: true,
                replace,
            });
        };
        if text.trim().is_empty() {
            refuse(self, said!("file-type-a-path"), false);
            return;
        }
        if !purpose.saves() {
            if path.is_file() {
                self.modal = None;
                self.file_chosen(purpose, path);
            } else {
                refuse(
                    self,
                    said!("file-no-file-at", path = path.display().to_string()),
                    false,
                );
            }
            return;
        }
        let path = dialogs::with_ron_extension(path);
        if path
            .parent()
            .is_some_and(|dir| !dir.as_os_str().is_empty() && !dir.is_dir())
        {
            refuse(
                self,
                said!("file-no-folder", path = path.display().to_string()),
                false,
            );
            return;
        }
        let is_own_file = self.doc.path() == Some(path.as_path());
        if path.exists() && !is_own_file && !replace {
            refuse(
                self,
                said!("file-exists-replace", path = path.display().to_string()),
                true,
            );
            return;
        }
        if is_own_file && purpose != FilePurpose::SaveAs {
            refuse(self, said!("file-own-file"), false);
            return;
        }
        self.modal = None;
        self.file_chosen(purpose, path);
    }

    pub(crate) fn cancel_path_prompt(&mut self) {
        self.modal = None;
        self.after_save_as = None;
    }

    fn file_chosen(&mut self, purpose: FilePurpose, path: PathBuf) {
        match purpose {
            FilePurpose::Open => self.start_loading(path),
            FilePurpose::Photo(persona) => self.set_photo_from(persona, &path),
            FilePurpose::ImportPersonas => self.read_personas_from(&path),
            FilePurpose::SavePersona(persona) => self.save_persona_to(persona, &path),
            FilePurpose::ImportData => self.start_reading(&path, None),
            FilePurpose::SaveCopy if self.doc.path() == Some(path.as_path()) => {
                self.say(StatusLevel::Error, || t!("file-own-file-copy"));
            }
            FilePurpose::SaveCopy => match self.doc.save_copy(&path) {
                Ok(()) => self.say(StatusLevel::Success, || {
                    t!("file-saved-copy", path = path.display().to_string())
                }),
                Err(err) => self.show_error(|| t!("file-save-copy-failed"), || err.to_string()),
            },
            FilePurpose::SaveAs => {
                if self.save_to(&path)
                    && let Some(then) = self.after_save_as.take()
                {
                    self.proceed(then);
                }
                self.after_save_as = None;
            }
        }
    }

    /// Save: to the project's file, or ask for one.
    pub(crate) fn save(&mut self) {
        match self.doc.path().map(Path::to_owned) {
            Some(path) => {
                self.save_to(&path);
            }
            None => self.choose_file(FilePurpose::SaveAs),
        }
    }

    /// Saves to `path`; says how it went. Returns whether it worked.
    fn save_to(&mut self, path: &Path) -> bool {
        match self.doc.save_as(path) {
            Ok(()) => {
                self.prefs.add_recent(path);
                self.say(StatusLevel::Success, || {
                    t!("file-saved", path = path.display().to_string())
                });
                true
            }
            Err(err) => {
                self.show_error(|| t!("file-save-failed"), || err.user_message());
                false
            }
        }
    }

    /// Reads a project on a background thread; the open project stays until it is
    /// read completely.
    fn start_loading(&mut self, path: PathBuf) {
        let (tx, rx) = mpsc::channel();
        let ctx = self.ctx.clone();
        let thread_path = path.clone();
        std::thread::spawn(move || {
            let _ = tx.send(Document::open(&thread_path));
            ctx.request_repaint();
        });
        self.say(StatusLevel::Info, || {
            t!("dialog-opening", path = path.display().to_string())
        });
        self.loading = Some(Loading { path, result: rx });
    }

    /// Stops waiting for the native dialog and asks for a typed path.
    pub(crate) fn type_path_instead(&mut self) {
        if let Some(dialog) = self.dialog.take() {
            self.dialog_mode = DialogMode::Typed;
            self.open_path_prompt(dialog.purpose, None);
        }
    }

    /// Stops opening a project; the one that is open stays.
    pub(crate) fn cancel_loading(&mut self) {
        if let Some(loading) = self.loading.take() {
            self.say(StatusLevel::Info, || {
                t!(
                    "file-stopped-opening",
                    path = loading.path.display().to_string()
                )
            });
        }
    }

    /// The file being read in the background, if any.
    pub fn loading_path(&self) -> Option<&Path> {
        self.loading.as_ref().map(|l| l.path.as_path())
    }

    /// Whether a native file dialog is open.
    pub fn waiting_for_dialog(&self) -> bool {
        self.dialog.is_some()
    }

    /// Takes in what background work finished: a loaded project, a closed dialog.
    pub(crate) fn poll_background(&mut self) {
        if let Some(loading) = &self.loading {
            match loading.result.try_recv() {
                Ok(result) => {
                    let path = loading.path.clone();
                    self.loading = None;
                    self.loaded(&path, result);
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    let path = loading.path.clone();
                    self.loading = None;
                    self.show_error(
                        || t!("file-open-failed"),
                        || t!("file-reading-stopped", path = path.display().to_string()),
                    );
                }
            }
        }
        if let Some(dialog) = &self.dialog
            && let Some(outcome) = dialog.poll()
        {
            let purpose = dialog.purpose;
            self.dialog = None;
            match outcome {
                DialogOutcome::Chosen(path) => {
                    self.status = None;
                    self.file_chosen(purpose, path);
                }
                DialogOutcome::Cancelled => {
                    self.status = None;
                    self.after_save_as = None;
                }
                DialogOutcome::Unavailable(reason) => {
                    self.dialog_mode = DialogMode::Typed;
                    self.open_path_prompt(purpose, Some(reason));
                }
            }
        }
    }

    fn loaded(&mut self, path: &Path, result: Result<Document, LoadError>) {
        match result {
            Ok(doc) => {
                let problems = doc.problems().len();
                self.replace_document(doc);
                self.prefs.add_recent(path);
                if problems == 0 {
                    self.say(StatusLevel::Success, || {
                        t!("file-opened", path = path.display().to_string())
                    });
                } else {
                    self.say(StatusLevel::Warning, || {
                        t!(
                            "file-opened-repaired",
                            path = path.display().to_string(),
                            count = problems
                        )
                    });
                    self.modal = Some(Modal::Problems);
                }
            }
            Err(err) => {
                if matches!(&err, LoadError::Read { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
                {
                    self.prefs.remove_recent(path);
                }
                self.show_error(|| t!("file-open-failed"), || err.user_message());
            }
        }
    }

    /// Files dropped on the window: a project file opens; on the personas view a
    /// picture becomes the selected persona's photo.
    pub(crate) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        let Some(first) = dropped.first() else {
            return;
        };
        if self.busy() {
            self.say(StatusLevel::Warning, || t!("file-drop-busy"));
            return;
        }
        let is_project = first
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        let persona = self
            .selection
            .persona
            .filter(|_| self.prefs.view == super::View::Personas);
        if is_project {
            self.request(Pending::OpenPath(first.clone()));
        } else if self.on_start_page() {
            self.say(StatusLevel::Warning, || t!("file-drop-data-on-start"));
        } else if super::data_import::is_data_file(first) {
            self.start_reading(first, None);
        } else if let Some(persona) = persona {
            // On the personas view a dropped picture is the open persona's photo.
            self.set_photo_from(persona, first);
        } else if crate::io::photo::looks_like_photo(first) {
            self.say(StatusLevel::Warning, || t!("file-drop-photo"));
        } else {
            self.say(StatusLevel::Warning, || {
                t!("file-drop-unknown", path = first.display().to_string())
            });
        }
    }

    /// The project shown at start-up: the file asked for, else the last one, else an
    /// example. A file that cannot be read is reported, and the example shows instead.
    /// The project asked for on the command line, else the one open last; without
    /// either (or when it cannot be opened: the error is shown over it) the start
    /// page, never a project that Save would write somewhere unasked.
    pub(crate) fn open_initial(&mut self, options: &AppOptions) {
        let last = options
            .restore_last
            .then(|| self.prefs.recent.first().cloned())
            .flatten()
            .filter(|p| p.is_file());
        let opened = options.file.clone().or(last).map(|path| {
            let doc = Document::open(&path);
            (path, doc)
        });
        if let Some((path, Ok(doc))) = opened {
            self.prefs.add_recent(&path);
            if !doc.problems().is_empty() {
                self.modal = Some(Modal::Problems);
            }
            self.replace_document(doc);
            return;
        }
        self.replace_document(Document::untitled(examples::blank_project()));
        self.showing = Showing::StartPage;
        if let Some((_, Err(err))) = opened {
            self.show_error(|| t!("file-open-failed"), || err.user_message());
        }
    }
}

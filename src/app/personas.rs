//! What the persona gallery and editor ask for beyond plain field edits: add,
//! duplicate, delete (asking first when something refers to the persona), reorder,
//! photos (read on a thread), saving a persona to a file, importing personas from
//! another project, and the one-pager export.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::dialogs::FilePurpose;
use super::{JourneyApp, Modal, StatusLevel, View};
use crate::edit::{Change, Edit};
use crate::io::photo::{self, PhotoError};
use crate::model::{Persona, PersonaId, Photo};
use crate::ops::personas as ops;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonaAction {
    /// A new persona, selected, at the end of the gallery.
    Add,
    Duplicate(PersonaId),
    /// Delete; asks first when journeys, cards or hypotheses refer to the persona.
    Delete(PersonaId),
    /// The answer "Delete" to that question.
    DeleteConfirmed(PersonaId),
    Move {
        id: PersonaId,
        to: usize,
    },
    /// Choose a photo file for the persona.
    ChoosePhoto(PersonaId),
    /// Choose a project file to import personas from.
    Import,
    /// Import the personas ticked in the import dialog.
    ImportChosen,
    /// Save the persona to a file of its own.
    SaveToFile(PersonaId),
    /// Open the export dialog on the persona's one-pager.
    ExportOnePager(PersonaId),
}

/// A personas file read for import, shown in the import dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportChoice {
    pub path: PathBuf,
    /// The file's personas, ready to import (see [`ops::importable`]).
    pub personas: Vec<Persona>,
    /// Ticked, by index in `personas`.
    pub chosen: Vec<bool>,
}

/// A photo being read and downscaled on a thread.
#[derive(Debug)]
pub struct PhotoJob {
    pub persona: PersonaId,
    pub path: PathBuf,
    result: Receiver<Result<Photo, PhotoError>>,
}

impl JourneyApp {
    pub(crate) fn persona_action(&mut self, action: PersonaAction) {
        match action {
            PersonaAction::Add => {
                let id = self.doc.new_id();
                let project = self.doc.project();
                let n = project.personas.len() + 1;
                let persona = Persona::new(id, t!("persona-default-name", number = n), "");
                let edit = ops::add(project, persona, project.personas.len());
                self.apply_edit(edit, crate::said!("persona-undo-new"));
                self.selection.persona = Some(id);
                self.focus_persona_name = true;
            }
            PersonaAction::Duplicate(id) => {
                let copy = self.doc.new_id();
                if let Some(edit) = ops::duplicate(self.doc.project(), id, copy) {
                    self.apply_edit(edit, crate::said!("persona-undo-duplicate"));
                    self.selection.persona = Some(copy);
                }
            }
            PersonaAction::Delete(id) => {
                let project = self.doc.project();
                let Some(persona) = project.persona(id) else {
                    return;
                };
                let refs = ops::references(project, id);
                if refs.is_empty() {
                    self.delete_persona(id);
                } else {
                    self.modal = Some(Modal::DeletePersona {
                        id,
                        name: persona.name.clone(),
                        refs,
                    });
                }
            }
            PersonaAction::DeleteConfirmed(id) => {
                self.modal = None;
                self.delete_persona(id);
            }
            PersonaAction::Move { id, to } => {
                if let Some(edit) = ops::move_to(self.doc.project(), id, to) {
                    self.apply_edit(edit, crate::said!("persona-undo-move"));
                }
            }
            PersonaAction::ChoosePhoto(id) => self.choose_file(FilePurpose::Photo(id)),
            PersonaAction::Import => self.choose_file(FilePurpose::ImportPersonas),
            PersonaAction::ImportChosen => self.import_chosen(),
            PersonaAction::SaveToFile(id) => self.choose_file(FilePurpose::SavePersona(id)),
            PersonaAction::ExportOnePager(id) => {
                self.open_export();
                if let Some(dialog) = &mut self.export {
                    dialog.show(self.doc.project(), super::export::What::Persona(id));
                }
            }
        }
    }

    fn delete_persona(&mut self, id: PersonaId) {
        let project = self.doc.project();
        let Some(name) = project.persona(id).map(|p| p.name.clone()) else {
            return;
        };
        let Some(edit) = ops::delete(project, id) else {
            return;
        };
        self.apply_edit(edit, crate::said!("persona-undo-delete"));
        if self.canvas.persona == Some(id) {
            self.canvas.persona = None;
        }
        self.say(StatusLevel::Info, || {
            t!("persona-deleted", name = name.as_str())
        });
    }

    /// Reads a photo for `persona` on a thread; [`Self::poll_photo`] takes it in.
    pub(crate) fn set_photo_from(&mut self, persona: PersonaId, path: &Path) {
        if self.photo_job.is_some() {
            self.say(StatusLevel::Warning, || t!("persona-photo-busy"));
            return;
        }
        let (tx, rx) = mpsc::channel();
        let file = path.to_owned();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(photo::load(&file));
            ctx.request_repaint();
        });
        self.photo_job = Some(PhotoJob {
            persona,
            path: path.to_owned(),
            result: rx,
        });
        self.say(StatusLevel::Info, || {
            t!("persona-photo-reading", path = path.display().to_string())
        });
    }

    /// Whether a photo is being read.
    pub fn reading_photo(&self) -> bool {
        self.photo_job.is_some()
    }

    pub(crate) fn poll_photo(&mut self) {
        let Some(job) = &self.photo_job else {
            return;
        };
        let result = match job.result.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(PhotoError::Stopped),
        };
        let (persona, path) = (job.persona, job.path.clone());
        self.photo_job = None;
        match result {
            Ok(photo) => {
                let Some(current) = self.doc.project().persona(persona) else {
                    self.say(StatusLevel::Warning, || t!("persona-photo-orphan"));
                    return;
                };
                let (width, height) = (photo.width, photo.height);
                let kilobytes = photo.data.len().div_ceil(1000);
                let size = || {
                    t!(
                        "persona-photo-size",
                        width = width,
                        height = height,
                        kilobytes = kilobytes
                    )
                };
                let name = current.name.clone();
                let edit = Edit::Persona(Change::Replace {
                    item: Persona {
                        photo: Some(photo),
                        ..current.clone()
                    },
                });
                self.apply_edit(edit, crate::said!("persona-undo-photo"));
                self.say(StatusLevel::Success, || {
                    t!("persona-photo-set", name = name.as_str(), size = size())
                });
            }
            Err(err) => self.show_error(
                || t!("persona-photo-error"),
                || {
                    t!(
                        "persona-photo-error-text",
                        path = path.display().to_string(),
                        error = err.to_string()
                    )
                },
            ),
        }
    }

    /// Reads a project file and offers its personas for import.
    pub(crate) fn read_personas_from(&mut self, path: &Path) {
        match crate::io::load(path) {
            Ok(loaded) if loaded.project.personas.is_empty() => self.show_error(
                || t!("persona-import-none"),
                || {
                    t!(
                        "persona-import-none-text",
                        path = path.display().to_string()
                    )
                },
            ),
            Ok(loaded) => {
                let personas = ops::importable(&loaded.project);
                self.modal = Some(Modal::ImportPersonas(ImportChoice {
                    path: path.to_owned(),
                    chosen: vec![true; personas.len()],
                    personas,
                }));
            }
            Err(err) => self.show_error(
                || t!("persona-import-error"),
                || t!("persona-import-error-text", error = err.user_message()),
            ),
        }
    }

    fn import_chosen(&mut self) {
        let Some(Modal::ImportPersonas(choice)) = self.modal.take() else {
            return;
        };
        let personas: Vec<Persona> = choice
            .personas
            .into_iter()
            .zip(&choice.chosen)
            .filter(|(_, on)| **on)
            .map(|(p, _)| p)
            .collect();
        if personas.is_empty() {
            return;
        }
        let new_ids: Vec<PersonaId> = personas.iter().map(|_| self.doc.new_id()).collect();
        let (edit, ids) = ops::import(self.doc.project(), &personas, &new_ids);
        self.apply_edit(edit, crate::said!("persona-undo-import"));
        self.selection.persona = ids.first().copied();
        self.prefs.view = View::Personas;
        let file = choice
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        self.say(StatusLevel::Success, || {
            t!("persona-imported", count = ids.len(), file = file.as_str())
        });
    }

    /// Writes a project file holding only the persona.
    pub(crate) fn save_persona_to(&mut self, persona: PersonaId, path: &Path) {
        let Some(file) = ops::persona_file(self.doc.project(), persona) else {
            return;
        };
        match crate::io::save(path, &file) {
            Ok(()) => self.say(StatusLevel::Success, || {
                t!(
                    "persona-saved",
                    name = file.personas[0].name.as_str(),
                    path = path.display().to_string()
                )
            }),
            Err(err) => self.show_error(|| t!("persona-save-error"), || err.user_message()),
        }
    }
}

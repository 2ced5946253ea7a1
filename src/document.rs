//! An open project: the model, its undo history, the file it belongs to, and an id
//! generator. No UI here; the app owns one `Document`.

use std::path::{Path, PathBuf};

use crate::edit::{Edit, EditError, EntityRef};
use crate::history::{GestureKey, History};
use crate::i18n::Said;
use crate::io::{self, LoadError, LocatedProblem, SaveError};
use crate::model::{IdGen, Project};

/// `path` from the root, so that it means the same file whatever the working folder
/// becomes (kept as given if the working folder is unknown).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// The file name of a path, for titles and menus (the whole path if it has none).
pub fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

#[derive(Debug)]
pub struct Document {
    project: Project,
    history: History,
    ids: IdGen,
    /// The file it was loaded from or last saved to; `None` for a new project.
    path: Option<PathBuf>,
    /// What was repaired when it was loaded.
    problems: Vec<LocatedProblem>,
    /// Changes whenever the project does (see [`Document::revision`]).
    revision: u64,
    /// In a live session: what local edits (undo and redo included) changed since the
    /// session last took them, to be written to the shared document.
    changed: Option<Vec<EntityRef>>,
    /// In a live session: what each of my undo steps left behind (by the history's
    /// state after it), so that undo never overwrites someone else's change.
    left: Option<std::collections::BTreeMap<u64, crate::shared_undo::Left>>,
    /// The live session the project is shared in, recorded in its file.
    live: Option<io::LiveRecord>,
}

/// Revisions are unique across documents, so a cache keyed by one never mistakes a
/// new document for an old one.
static REVISIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_revision() -> u64 {
    REVISIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Document {
    /// A project that has no file yet.
    pub fn untitled(project: Project) -> Self {
        Self {
            ids: project.id_gen(),
            project,
            history: History::default(),
            path: None,
            problems: Vec::new(),
            revision: next_revision(),
            changed: None,
            left: None,
            live: None,
        }
    }

    /// Work brought back after a crash: unsaved, and saved to `path` (its file) when
    /// it has one.
    pub fn recovered(mut project: Project, path: Option<PathBuf>) -> Self {
        if let Some(path) = &path {
            io::data_source::resolve_sources(&mut project, path);
        }
        let mut history = History::default();
        history.mark_unsaved();
        Self {
            ids: project.id_gen(),
            project,
            history,
            path,
            problems: Vec::new(),
            revision: next_revision(),
            changed: None,
            left: None,
            live: None,
        }
    }

    /// Reads a project file. On error nothing is loaded.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let path = &absolute(path);
        let mut loaded = io::load(path)?;
        // Data sources named from the project's folder, found from anywhere.
        io::data_source::resolve_sources(&mut loaded.project, path);
        let mut history = History::default();
        if !loaded.problems.is_empty() || loaded.upgraded_from.is_some() {
            // What is on screen differs from the file until it is saved.
            history.mark_unsaved();
        }
        Ok(Self {
            ids: loaded.project.id_gen(),
            project: loaded.project,
            history,
            path: Some(path.to_owned()),
            problems: loaded.problems,
            revision: next_revision(),
            changed: None,
            left: None,
            live: loaded.live,
        })
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The live session its file records (opening the file rejoins it).
    pub fn live_record(&self) -> Option<&io::LiveRecord> {
        self.live.as_ref()
    }

    /// Records (or, with `None`, forgets) the live session in the file, at the next
    /// save: a change of the file like any other.
    pub fn set_live_record(&mut self, live: Option<io::LiveRecord>) {
        if self.live != live {
            self.live = live;
            if self.path.is_some() {
                self.history.mark_unsaved();
            }
        }
    }

    /// The project of a live session replaces what the file had: the file, its
    /// record of the session and the undo history stay (a rejoin on opening).
    pub fn take_shared(&mut self, project: Project) {
        if project != self.project {
            self.project = project;
            self.ids = self.project.id_gen();
            self.history = History::default();
            self.history.mark_unsaved();
            self.revision = next_revision();
        }
    }

    pub fn problems(&self) -> &[LocatedProblem] {
        &self.problems
    }

    /// The name shown in the title bar: the file name, else the project's name.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => file_label(path),
            None if self.project.name.trim().is_empty() => crate::t!("msg-untitled").to_owned(),
            None => self.project.name.clone(),
        }
    }

    /// A number that changes whenever the project changes (and differs between
    /// documents), for caches of things computed from the project.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn changed<T, E>(&mut self, result: Result<T, E>) -> Result<T, E> {
        if result.is_ok() {
            self.revision = next_revision();
        }
        result
    }

    /// Notes what `edit` changes, when a live session is tracking changes.
    fn note(&mut self, edit: &Edit) {
        if let Some(changed) = &mut self.changed {
            changed.extend(edit.touched(&self.project));
        }
    }

    /// In a live session: remembers what the last undo step left behind.
    fn remember_left(&mut self) {
        let (Some(left), Some(state), Some(undo)) = (
            &mut self.left,
            self.history.next_undo_state(),
            self.history.next_undo(),
        ) else {
            return;
        };
        let refs = undo.touched(&self.project);
        left.insert(state, crate::shared_undo::snapshot(&self.project, &refs));
        // Steps older than the history keeps are forgotten with it.
        while left.len() > 2 * crate::history::DEFAULT_LIMIT {
            left.pop_first();
        }
    }

    /// Notes what undo (`redo` false) or redo would change next.
    fn note_next(&mut self, redo: bool) {
        if let Some(changed) = &mut self.changed {
            let next = if redo {
                self.history.next_redo()
            } else {
                self.history.next_undo()
            };
            changed.extend(next.map(|e| e.touched(&self.project)).unwrap_or_default());
        }
    }

    /// Starts a live session's bookkeeping: new ids are random (other laptops create
    /// items too) and local changes are noted for [`Self::take_changed`].
    pub fn start_live(&mut self) {
        self.ids.use_random_ids();
        self.changed.get_or_insert_with(Vec::new);
        self.left.get_or_insert_with(Default::default);
    }

    /// Ends a live session's bookkeeping (ids stay random: they are unique anyway).
    pub fn stop_live(&mut self) {
        self.changed = None;
        self.left = None;
    }

    /// What local edits changed since the last call (nothing outside a live session).
    /// A thing may be listed more than once.
    pub fn take_changed(&mut self) -> Vec<EntityRef> {
        self.changed
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Applies a change made by someone else in a live session: not an undo step of
    /// ours, but unsaved work until the file is saved.
    pub fn apply_remote(&mut self, edit: Edit) -> Result<(), EditError> {
        let result = edit.apply(&mut self.project).map(|_| ());
        if result.is_ok() {
            self.history.mark_unsaved();
        }
        self.changed(result)
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// A fresh id for a new item.
    pub fn new_id<T: From<u64>>(&mut self) -> T {
        self.ids.fresh()
    }

    /// Applies an edit as one undo step.
    pub fn apply(&mut self, edit: Edit, label: impl Into<Said>) -> Result<(), EditError> {
        self.note(&edit);
        let result = self.history.apply(&mut self.project, edit, label);
        if result.is_ok() {
            self.remember_left();
        }
        self.changed(result)
    }

    /// Applies an edit within a gesture (see [`History::apply_in_gesture`]).
    pub fn apply_in_gesture(
        &mut self,
        edit: Edit,
        label: impl Into<Said>,
        key: GestureKey,
    ) -> Result<(), EditError> {
        self.note(&edit);
        let result = self
            .history
            .apply_in_gesture(&mut self.project, edit, label, key);
        if result.is_ok() {
            self.remember_left();
        }
        self.changed(result)
    }

    /// Applies an edit in an editing session (see [`History::apply_in_session`]).
    pub fn apply_in_session(
        &mut self,
        edit: Edit,
        label: impl Into<Said>,
        key: GestureKey,
    ) -> Result<(), EditError> {
        self.note(&edit);
        let result = self
            .history
            .apply_in_session(&mut self.project, edit, label, key);
        if result.is_ok() {
            self.remember_left();
        }
        self.changed(result)
    }

    pub fn end_session(&mut self) {
        self.history.end_session();
    }

    /// Takes back an editing session (see [`History::revert_session`]).
    pub fn revert_session(&mut self, key: GestureKey) -> Result<bool, EditError> {
        self.note_next(false);
        let result = self.history.revert_session(&mut self.project, key);
        self.changed(result)
    }

    pub fn end_gesture(&mut self) {
        self.history.end_gesture();
    }

    /// Undoes my last step. In a live session, where someone else changed what it
    /// touched, only my fields are taken back, or (the same fields) nothing: the
    /// step is dropped and the error says what would have been overwritten.
    pub fn undo(&mut self) -> Result<Option<Said>, EditError> {
        use crate::shared_undo::{Plan, plan};
        let left = self
            .history
            .next_undo_state()
            .and_then(|state| self.left.as_ref()?.get(&state));
        let planned = match (left, self.history.next_undo()) {
            (Some(left), Some(undo)) => plan(&self.project, undo, left),
            _ => Plan::AsIs,
        };
        let result = match planned {
            Plan::AsIs => {
                self.note_next(false);
                self.history.undo(&mut self.project)
            }
            Plan::Instead(edits) => {
                let edit = Edit::Batch(edits);
                self.note(&edit);
                self.history.undo_with(&mut self.project, edit)
            }
            Plan::Refused(err) => {
                self.history.drop_undo();
                return Err(err);
            }
        };
        self.changed(result)
    }

    pub fn redo(&mut self) -> Result<Option<Said>, EditError> {
        self.note_next(true);
        let result = self.history.redo(&mut self.project);
        if result.is_ok() {
            self.remember_left();
        }
        self.changed(result)
    }

    /// Writes the project as it is now to `path`, outside any live session; the
    /// document's own file and its saved state do not change.
    pub fn save_copy(&self, path: &Path) -> Result<(), SaveError> {
        let path = &absolute(path);
        match io::data_source::with_stored_sources(&self.project, path) {
            Some(written) => io::save(path, &written),
            None => io::save(path, &self.project),
        }
    }

    /// Saves to `path` (atomically) and makes it the document's file. Data sources
    /// near `path` are written relative to its folder.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        let path = &absolute(path);
        let live = self.live.as_ref();
        match io::data_source::with_stored_sources(&self.project, path) {
            Some(written) => io::save_live(path, &written, live)?,
            None => io::save_live(path, &self.project, live)?,
        }
        self.path = Some(path.to_owned());
        self.history.mark_saved();
        self.problems.clear();
        Ok(())
    }
}

//! Undo and redo over [`Edit`]s. One user gesture is one step: edits made within an
//! open gesture (typing in a field, dragging) fold into the step that started it.
//! The history is never written into the project file.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use crate::edit::{Edit, EditError};
use crate::i18n::Said;
use crate::model::Project;

/// How many steps are kept; older ones are forgotten.
pub const DEFAULT_LIMIT: usize = 1000;

/// A pause this long ends a gesture: typing a sentence in one go is one step, but
/// typing, stopping to think and typing on is two.
pub const GESTURE_PAUSE: Duration = Duration::from_millis(1500);

/// Names what a gesture edits ("the title of card 12"), so consecutive edits of the
/// same thing fold into one step while the gesture is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GestureKey {
    pub what: &'static str,
    pub id: u64,
}

impl GestureKey {
    pub fn new(what: &'static str, id: impl Into<u64>) -> Self {
        Self {
            what,
            id: id.into(),
        }
    }
}

#[derive(Debug)]
struct Step {
    /// Applying this takes the project from `after` back to `before` (or, on the redo
    /// stack, from `before` to `after`).
    edit: Edit,
    /// What the step did, in every language (the Edit menu names it in the
    /// language shown).
    label: Said,
    gesture: Option<GestureKey>,
    before: u64,
    after: u64,
}

#[derive(Debug)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    limit: usize,
    open_gesture: Option<GestureKey>,
    /// An editing session (typing on the map): one step however long the user
    /// pauses, until it is ended or taken back.
    session: Option<GestureKey>,
    /// When the open gesture last changed the project.
    gesture_at: Option<Instant>,
    /// Every state of the project the history knows gets a number; 0 is the state it
    /// started from.
    state: u64,
    next_state: u64,
    saved_state: Option<u64>,
}

impl Default for History {
    fn default() -> Self {
        Self::with_limit(DEFAULT_LIMIT)
    }
}

impl History {
    pub fn with_limit(limit: usize) -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            limit: limit.max(1),
            open_gesture: None,
            session: None,
            gesture_at: None,
            state: 0,
            next_state: 1,
            saved_state: Some(0),
        }
    }

    /// Applies `edit` as a step of its own.
    pub fn apply(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: impl Into<Said>,
    ) -> Result<(), EditError> {
        self.open_gesture = None;
        self.push(project, edit, label.into(), None)
    }

    /// Applies `edit` as part of the gesture `key`: while the gesture stays open, every
    /// edit with the same key joins one undo step.
    pub fn apply_in_gesture(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: impl Into<Said>,
        key: GestureKey,
    ) -> Result<(), EditError> {
        self.apply_in_gesture_at(project, edit, label, key, Instant::now())
    }

    /// [`Self::apply_in_gesture`] at a given time (tests pass their own clock).
    pub fn apply_in_gesture_at(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: impl Into<Said>,
        key: GestureKey,
        now: Instant,
    ) -> Result<(), EditError> {
        let paused = self.session != Some(key)
            && self
                .gesture_at
                .is_none_or(|at| now.saturating_duration_since(at) > GESTURE_PAUSE);
        self.gesture_at = Some(now);
        self.join_or_push(project, edit, label.into(), key, paused)
    }

    fn join_or_push(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: Said,
        key: GestureKey,
        paused: bool,
    ) -> Result<(), EditError> {
        let joins = self.open_gesture == Some(key)
            && !paused
            && self.undo.back().is_some_and(|s| s.gesture == Some(key))
            && self.redo.is_empty();
        if joins {
            edit.apply(project)?;
            let after = self.fresh_state();
            if let Some(step) = self.undo.back_mut() {
                step.after = after;
            }
            self.state = after;
            Ok(())
        } else {
            self.open_gesture = Some(key);
            self.push(project, edit, label, Some(key))
        }
    }

    /// Applies `edit` in the editing session `key` (started by its first edit): all
    /// its edits are one undo step, pauses or not, until [`Self::end_session`] or
    /// [`Self::revert_session`].
    pub fn apply_in_session(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: impl Into<Said>,
        key: GestureKey,
    ) -> Result<(), EditError> {
        if self.session != Some(key) {
            self.session = Some(key);
            self.open_gesture = None;
        }
        self.join_or_push(project, edit, label.into(), key, false)
    }

    /// Ends the editing session: what was typed stays, as one step.
    pub fn end_session(&mut self) {
        self.session = None;
        self.open_gesture = None;
    }

    /// Whether an editing session is open.
    pub fn in_session(&self) -> bool {
        self.session.is_some()
    }

    /// Takes back the editing session `key` (Esc while typing) if its step is the last
    /// one: the project returns to the state before it, and there is nothing to redo.
    /// Returns whether it did.
    pub fn revert_session(
        &mut self,
        project: &mut Project,
        key: GestureKey,
    ) -> Result<bool, EditError> {
        if self.session != Some(key) {
            return Ok(false);
        }
        self.session = None;
        self.revert_gesture(project)
    }

    /// Closes the open gesture: the next edit starts a new step. Call it when the user
    /// lets go (mouse released, field left).
    pub fn end_gesture(&mut self) {
        // An editing session outlives gestures around it (a save, a zoom).
        if self.session.is_none() {
            self.open_gesture = None;
        }
    }

    /// Takes back the open gesture as if it never happened (Esc while typing): the
    /// project returns to the state before it, and there is nothing to redo.
    /// Returns whether there was such a gesture.
    pub fn revert_gesture(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(key) = self.open_gesture.take() else {
            return Ok(false);
        };
        if !self.undo.back().is_some_and(|s| s.gesture == Some(key)) || !self.redo.is_empty() {
            return Ok(false);
        }
        let Some(step) = self.undo.pop_back() else {
            return Ok(false);
        };
        if let Err(err) = step.edit.clone().apply(project) {
            self.undo.push_back(step);
            return Err(err);
        }
        self.state = step.before;
        Ok(true)
    }

    fn push(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: Said,
        gesture: Option<GestureKey>,
    ) -> Result<(), EditError> {
        let inverse = edit.apply(project)?;
        let before = self.state;
        let after = self.fresh_state();
        self.state = after;
        self.redo.clear();
        self.undo.push_back(Step {
            edit: inverse,
            label,
            gesture,
            before,
            after,
        });
        while self.undo.len() > self.limit {
            self.undo.pop_front();
        }
        Ok(())
    }

    fn fresh_state(&mut self) -> u64 {
        let state = self.next_state;
        self.next_state += 1;
        state
    }

    /// Undoes the last step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Result<Option<Said>, EditError> {
        self.open_gesture = None;
        self.session = None;
        let Some(step) = self.undo.pop_back() else {
            return Ok(None);
        };
        let redo = match step.edit.clone().apply(project) {
            Ok(redo) => redo,
            Err(err) => {
                self.undo.push_back(step);
                return Err(err);
            }
        };
        self.state = step.before;
        self.redo.push(Step {
            edit: redo,
            label: step.label.clone(),
            gesture: None,
            before: step.before,
            after: step.after,
        });
        Ok(Some(step.label))
    }

    /// Redoes the last undone step; returns its label, or `None` when there is nothing
    /// to redo.
    pub fn redo(&mut self, project: &mut Project) -> Result<Option<Said>, EditError> {
        self.open_gesture = None;
        self.session = None;
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        let undo = match step.edit.clone().apply(project) {
            Ok(undo) => undo,
            Err(err) => {
                self.redo.push(step);
                return Err(err);
            }
        };
        self.state = step.after;
        self.undo.push_back(Step {
            edit: undo,
            label: step.label.clone(),
            gesture: None,
            before: step.before,
            after: step.after,
        });
        Ok(Some(step.label))
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|s| s.label.shown())
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.shown())
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Records that the project as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_state = Some(self.state);
    }

    /// Whether the project differs from what was last saved (or loaded).
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.state)
    }

    /// Marks the project as never saved: it is dirty until saved.
    /// The state of the project the next undo step starts from (right after the
    /// edit it takes back).
    pub fn next_undo_state(&self) -> Option<u64> {
        self.undo.back().map(|step| step.after)
    }

    /// Undoes the last step with `instead` rather than its own edit (in a live
    /// session, where others changed some of what it touched); redo then applies the
    /// inverse of `instead`.
    pub fn undo_with(
        &mut self,
        project: &mut Project,
        instead: Edit,
    ) -> Result<Option<Said>, EditError> {
        let Some(step) = self.undo.pop_back() else {
            return Ok(None);
        };
        self.undo.push_back(Step {
            edit: instead,
            ..step
        });
        self.undo(project)
    }

    /// Forgets the last undo step (in a live session, one that can no longer be
    /// taken back); the next undo takes back the step before it.
    pub fn drop_undo(&mut self) {
        self.open_gesture = None;
        self.session = None;
        self.undo.pop_back();
    }

    /// The edit that undo would apply next.
    pub fn next_undo(&self) -> Option<&Edit> {
        self.undo.back().map(|step| &step.edit)
    }

    /// The edit that redo would apply next.
    pub fn next_redo(&self) -> Option<&Edit> {
        self.redo.last().map(|step| &step.edit)
    }

    pub fn mark_unsaved(&mut self) {
        self.saved_state = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Change;
    use crate::model::{Project, synthetic};

    fn rename(p: &Project, title: &str) -> Edit {
        let j = &p.journeys[0];
        let mut card = j.cards[0].clone();
        card.title = title.into();
        Edit::Card {
            journey: j.id,
            change: Change::Replace { item: card },
        }
    }

    #[test]
    fn undo_and_redo_restore_states_and_dirty_flag() {
        let mut p = synthetic::project(5);
        let original = p.clone();
        let mut h = History::default();
        assert!(!h.is_dirty());
        let e = rename(&p, "A");
        h.apply(&mut p, e, "Rename card").unwrap();
        assert!(h.is_dirty());
        let after_a = p.clone();
        let e = rename(&p, "B");
        h.apply(&mut p, e, "Rename card").unwrap();
        assert_eq!(
            h.undo(&mut p).unwrap().as_ref().map(Said::shown),
            Some("Rename card")
        );
        assert_eq!(p, after_a);
        h.undo(&mut p).unwrap();
        assert_eq!(p, original);
        assert!(!h.is_dirty());
        assert_eq!(h.undo(&mut p).unwrap(), None);
        h.redo(&mut p).unwrap();
        assert_eq!(p, after_a);
        h.mark_saved();
        assert!(!h.is_dirty());
        h.redo(&mut p).unwrap();
        assert!(h.is_dirty());
        h.undo(&mut p).unwrap();
        assert!(!h.is_dirty());
    }

    #[test]
    fn a_gesture_is_one_step() {
        let mut p = synthetic::project(5);
        let original = p.clone();
        let mut h = History::default();
        let key = GestureKey::new("card title", p.journeys[0].cards[0].id);
        for title in ["H", "He", "Hel", "Hell", "Hello"] {
            let e = rename(&p, title);
            h.apply_in_gesture(&mut p, e, "Edit card title", key)
                .unwrap();
        }
        assert_eq!(h.undo_len(), 1);
        h.end_gesture();
        let e = rename(&p, "Hello!");
        h.apply_in_gesture(&mut p, e, "Edit card title", key)
            .unwrap();
        assert_eq!(h.undo_len(), 2);
        h.undo(&mut p).unwrap();
        assert_eq!(p.journeys[0].cards[0].title, "Hello");
        h.undo(&mut p).unwrap();
        assert_eq!(p, original);
        h.redo(&mut p).unwrap();
        assert_eq!(p.journeys[0].cards[0].title, "Hello");
    }

    #[test]
    fn reverting_a_gesture_leaves_no_trace() {
        let mut p = synthetic::project(5);
        let original = p.clone();
        let mut h = History::default();
        let key = GestureKey::new("card title", p.journeys[0].cards[0].id);
        for title in ["N", "Ne", "New"] {
            let e = rename(&p, title);
            h.apply_in_gesture(&mut p, e, "Edit", key).unwrap();
        }
        assert!(h.revert_gesture(&mut p).unwrap());
        assert_eq!(p, original);
        assert!(!h.can_undo() && !h.can_redo());
        assert!(!h.is_dirty());
        // Nothing open: nothing to revert.
        assert!(!h.revert_gesture(&mut p).unwrap());
    }

    #[test]
    fn a_session_is_one_step_despite_pauses_and_other_gestures_ending() {
        let mut p = synthetic::project(5);
        let original = p.clone();
        let mut h = History::default();
        let key = GestureKey::new("card title", p.journeys[0].cards[0].id);
        let e = rename(&p, "A");
        h.apply_in_session(&mut p, e, "Edit", key).unwrap();
        std::thread::sleep(Duration::from_millis(5));
        h.end_gesture();
        let e = rename(&p, "Ab");
        h.apply_in_session(&mut p, e, "Edit", key).unwrap();
        assert_eq!(h.undo_len(), 1);
        // Esc: back to before the session, with nothing to redo.
        assert!(h.revert_session(&mut p, key).unwrap());
        assert_eq!(p, original);
        assert!(!h.can_undo() && !h.can_redo());
        // Ended sessions stay.
        let e = rename(&p, "Kept");
        h.apply_in_session(&mut p, e, "Edit", key).unwrap();
        h.end_session();
        assert!(!h.revert_session(&mut p, key).unwrap());
        assert_eq!(p.journeys[0].cards[0].title, "Kept");
        // Another key is another session.
        let other = GestureKey::new("card title", 999_999_u64);
        let e = rename(&p, "Again");
        h.apply_in_session(&mut p, e, "Edit", key).unwrap();
        assert!(!h.revert_session(&mut p, other).unwrap());
    }

    #[test]
    fn a_pause_ends_a_gesture() {
        let mut p = synthetic::project(5);
        let mut h = History::default();
        let key = GestureKey::new("card title", p.journeys[0].cards[0].id);
        let start = Instant::now();
        for (i, title) in ["A", "Ab", "Abc"].iter().enumerate() {
            let e = rename(&p, title);
            let at = start + Duration::from_millis(300 * i as u64);
            h.apply_in_gesture_at(&mut p, e, "Edit", key, at).unwrap();
        }
        assert_eq!(h.undo_len(), 1);
        let e = rename(&p, "Abc d");
        h.apply_in_gesture_at(&mut p, e, "Edit", key, start + Duration::from_secs(5))
            .unwrap();
        assert_eq!(h.undo_len(), 2);
        h.undo(&mut p).unwrap();
        assert_eq!(p.journeys[0].cards[0].title, "Abc");
    }

    #[test]
    fn a_step_that_cannot_be_undone_stays() {
        let mut p = synthetic::project(5);
        let mut h = History::default();
        let e = rename(&p, "A");
        h.apply(&mut p, e, "Rename").unwrap();
        // Someone removed the card behind the history's back.
        p.journeys[0].cards.remove(0);
        assert!(h.undo(&mut p).is_err());
        assert!(h.can_undo());
    }

    #[test]
    fn keeps_at_least_200_steps() {
        let mut p = synthetic::project(5);
        let original = p.clone();
        let mut h = History::default();
        for i in 0..250 {
            let e = rename(&p, &format!("t{i}"));
            h.apply(&mut p, e, "Rename").unwrap();
        }
        for _ in 0..250 {
            assert!(h.undo(&mut p).unwrap().is_some());
        }
        assert_eq!(p, original);
    }

    #[test]
    fn the_limit_forgets_the_oldest_steps() {
        let mut p = synthetic::project(5);
        let mut h = History::with_limit(3);
        for i in 0..5 {
            let e = rename(&p, &format!("t{i}"));
            h.apply(&mut p, e, "Rename").unwrap();
        }
        assert_eq!(h.undo_len(), 3);
        while h.undo(&mut p).unwrap().is_some() {}
        assert_eq!(p.journeys[0].cards[0].title, "t1");
        assert!(h.is_dirty());
    }

    #[test]
    fn a_failed_edit_leaves_no_step() {
        let mut p = synthetic::project(5);
        let mut h = History::default();
        let bad = Edit::Card {
            journey: crate::model::JourneyId(999_999),
            change: Change::Remove {
                id: crate::model::CardId(1),
            },
        };
        assert!(h.apply(&mut p, bad, "x").is_err());
        assert!(!h.can_undo());
        assert!(!h.is_dirty());
    }
}

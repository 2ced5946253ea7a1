//! Typing on the map: a card's title, a stage's or lane's name edited in place, one
//! undo step however long; Esc takes it back whole.

use super::actions::{apply, journey, unlocked};
use super::{Canvas, EditTarget, Editing};
use crate::document::Document;
use crate::edit::{Change, Edit};
use crate::model::{Card, Journey, JourneyId, Lane, Stage};
use crate::ops;

impl Canvas {
    /// Adds a stage or lane and starts typing its name, as one undo step.
    pub(super) fn start_new_name(
        &mut self,
        doc: &mut Document,
        edit: Edit,
        label: impl Into<crate::i18n::Said>,
        target: EditTarget,
        name: &str,
    ) -> Result<(), crate::i18n::Said> {
        unlocked(doc, &edit)?;
        doc.apply_in_session(edit, label, target.gesture())
            .map_err(|e| crate::i18n::Said::new(|| e.to_string()))?;
        self.selection.clear_items();
        self.editing = Some(Editing {
            target,
            text: name.to_owned(),
            original: name.to_owned(),
            is_new: true,
            focus: true,
        });
        Ok(())
    }

    pub(super) fn start_editing(&mut self, journey: &Journey, target: EditTarget) {
        let text = match target {
            EditTarget::CardTitle(id) => journey.card(id).map(|c| c.title.clone()),
            EditTarget::StageName(id) => journey.stage(id).map(|s| s.name.clone()),
            EditTarget::LaneName(id) => journey.lane(id).map(|l| l.title().to_owned()),
        };
        if let Some(text) = text {
            self.editing = Some(Editing {
                target,
                original: text.clone(),
                text,
                is_new: false,
                focus: true,
            });
        }
    }

    /// The typed text goes into the project at once, in the editing session.
    pub(super) fn typed(
        &mut self,
        doc: &mut Document,
        journey_id: JourneyId,
        text: String,
    ) -> Result<(), crate::i18n::Said> {
        let Some(editing) = &mut self.editing else {
            return Ok(());
        };
        editing.text.clone_from(&text);
        let target = editing.target;
        let Some((edit, label)) = set_text(journey(doc, journey_id)?, target, text) else {
            return Ok(());
        };
        unlocked(doc, &edit)?;
        doc.apply_in_session(edit, label, target.gesture())
            .map_err(|e| crate::i18n::Said::new(|| e.to_string()))
    }

    pub(super) fn commit_edit(
        &mut self,
        doc: &mut Document,
        journey_id: JourneyId,
    ) -> Result<(), crate::i18n::Said> {
        let Some(editing) = &self.editing else {
            return Ok(());
        };
        if editing.text.trim().is_empty() {
            // Nothing typed: a new card goes away, a name goes back to what it was.
            return self.cancel_edit(doc, journey_id);
        }
        self.editing = None;
        doc.end_session();
        Ok(())
    }

    pub(super) fn cancel_edit(
        &mut self,
        doc: &mut Document,
        journey_id: JourneyId,
    ) -> Result<(), crate::i18n::Said> {
        let Some(editing) = self.editing.take() else {
            return Ok(());
        };
        doc.revert_session(editing.target.gesture())
            .map_err(|e| crate::i18n::Said::new(|| e.to_string()))?;
        // Should something else have come between, the session could not be taken
        // back whole: put the original text back, or remove what was made for it.
        let j = journey(doc, journey_id)?;
        let fix = match editing.target {
            EditTarget::CardTitle(id) => j.card(id).and_then(|c| {
                if editing.is_new {
                    Some((
                        ops::delete_cards(doc.project(), j, &[id]),
                        crate::said!("canvas-remove-card"),
                    ))
                } else {
                    (c.title != editing.original)
                        .then(|| set_text(j, editing.target, editing.original.clone()))
                        .flatten()
                }
            }),
            EditTarget::StageName(id) => j.stage(id).and_then(|s| {
                let empty = j.cards.iter().all(|c| c.stage != id);
                if editing.is_new && empty {
                    Some((
                        ops::delete_stage(doc.project(), j, id),
                        crate::said!("canvas-remove-stage"),
                    ))
                } else {
                    (s.name != editing.original)
                        .then(|| set_text(j, editing.target, editing.original.clone()))
                        .flatten()
                }
            }),
            EditTarget::LaneName(id) => j.lane(id).and_then(|l| {
                let empty = j.cards.iter().all(|c| c.lane != id);
                if editing.is_new && empty {
                    Some((
                        ops::delete_lane(doc.project(), j, id),
                        crate::said!("canvas-remove-lane"),
                    ))
                } else {
                    (l.title() != editing.original)
                        .then(|| set_text(j, editing.target, editing.original.clone()))
                        .flatten()
                }
            }),
        };
        if let Some((edit, label)) = fix {
            apply(doc, edit, label)?;
        }
        Ok(())
    }
}

/// The edit that sets the text being typed on the map.
fn set_text(j: &Journey, target: EditTarget, text: String) -> Option<(Edit, crate::i18n::Said)> {
    Some(match target {
        EditTarget::CardTitle(id) => (
            super::replace_card(
                j.id,
                Card {
                    title: text,
                    ..j.card(id)?.clone()
                },
            ),
            crate::said!("inspector-edit-card-title"),
        ),
        EditTarget::StageName(id) => (
            Edit::Stage {
                journey: j.id,
                change: Change::Replace {
                    item: Stage {
                        name: text,
                        ..j.stage(id)?.clone()
                    },
                },
            },
            crate::said!("inspector-rename-stage"),
        ),
        EditTarget::LaneName(id) => (
            Edit::Lane {
                journey: j.id,
                change: Change::Replace {
                    item: named_lane(j.lane(id)?, text),
                },
            },
            crate::said!("inspector-rename-lane"),
        ),
    })
}

/// `lane` named `name`; a name that is only the kind's own is kept as a key (see
/// [`Lane::title`]).
pub(super) fn named_lane(lane: &Lane, name: String) -> Lane {
    let mut lane = Lane {
        name,
        ..lane.clone()
    };
    lane.forget_built_in_name();
    lane
}

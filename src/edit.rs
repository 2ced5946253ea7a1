//! Every change to a [`Project`] as a value. Applying an edit returns its inverse, so
//! undo and redo are just "apply the inverse". The UI never mutates the project in any
//! other way.

use std::fmt::Debug;

use crate::model::{
    Card, CardId, CardLink, Dataset, DatasetId, Evidence, EvidenceId, Hypothesis, HypothesisId,
    Journey, JourneyId, JourneyInfo, Lane, LaneId, LinkId, NoteId, ParkingNote, Persona, PersonaId,
    Project, ProjectInfo, Stage, StageId, VoteId, VoteSession,
};

/// An item that lives in an ordered list and is found by its id.
pub trait Entity: Clone + Debug + PartialEq {
    type Id: Copy + Ord + Debug + Into<u64>;
    const KIND: &'static str;
    fn id(&self) -> Self::Id;
}

macro_rules! entity {
    ($($ty:ty => $id:ty, $kind:literal;)*) => {$(
        impl Entity for $ty {
            type Id = $id;
            const KIND: &'static str = $kind;
            fn id(&self) -> $id {
                self.id
            }
        }
    )*};
}

entity! {
    Persona => crate::model::PersonaId, "persona";
    Journey => crate::model::JourneyId, "journey";
    Stage => crate::model::StageId, "stage";
    Lane => crate::model::LaneId, "lane";
    Card => crate::model::CardId, "card";
    CardLink => crate::model::LinkId, "link";
    VoteSession => crate::model::VoteId, "vote";
    Hypothesis => crate::model::HypothesisId, "hypothesis";
    Evidence => crate::model::EvidenceId, "evidence";
    Dataset => crate::model::DatasetId, "dataset";
    ParkingNote => crate::model::NoteId, "note";
}

/// A change to one ordered list of items.
#[derive(Clone, Debug, PartialEq)]
pub enum Change<T: Entity> {
    /// Insert `item` at `index` (clamped to the list's length).
    Insert {
        index: usize,
        item: T,
    },
    Remove {
        id: T::Id,
    },
    /// Replace the item with the same id.
    Replace {
        item: T,
    },
    /// Move an item to `to` (clamped), counted after its removal.
    Move {
        id: T::Id,
        to: usize,
    },
    /// Put the items in this order (the same items, none more, none less).
    Reorder {
        order: Vec<T::Id>,
    },
}

impl<T: Entity> Change<T> {
    fn apply(self, list: &mut Vec<T>) -> Result<Change<T>, EditError> {
        let find = |list: &Vec<T>, id: T::Id| {
            list.iter()
                .position(|x| x.id() == id)
                .ok_or(EditError::NotFound {
                    kind: T::KIND,
                    id: id.into(),
                })
        };
        Ok(match self {
            Change::Insert { index, item } => {
                let id = item.id();
                if list.iter().any(|x| x.id() == id) {
                    return Err(EditError::Duplicate {
                        kind: T::KIND,
                        id: id.into(),
                    });
                }
                list.insert(index.min(list.len()), item);
                Change::Remove { id }
            }
            Change::Remove { id } => {
                let index = find(list, id)?;
                let item = list.remove(index);
                Change::Insert { index, item }
            }
            Change::Replace { item } => {
                let index = find(list, item.id())?;
                let old = std::mem::replace(&mut list[index], item);
                Change::Replace { item: old }
            }
            Change::Move { id, to } => {
                let from = find(list, id)?;
                let item = list.remove(from);
                list.insert(to.min(list.len()), item);
                Change::Move { id, to: from }
            }
            Change::Reorder { order } => {
                let old: Vec<T::Id> = list.iter().map(Entity::id).collect();
                let index: std::collections::BTreeMap<T::Id, usize> =
                    old.iter().enumerate().map(|(i, id)| (*id, i)).collect();
                let mut positions = Vec::with_capacity(order.len());
                for id in &order {
                    positions.push(*index.get(id).ok_or(EditError::NotFound {
                        kind: T::KIND,
                        id: (*id).into(),
                    })?);
                }
                let mut unique = positions.clone();
                unique.sort_unstable();
                unique.dedup();
                if unique.len() != list.len() || positions.len() != list.len() {
                    return Err(EditError::NotAPermutation { kind: T::KIND });
                }
                let mut taken: Vec<Option<T>> =
                    std::mem::take(list).into_iter().map(Some).collect();
                for i in positions {
                    if let Some(item) = taken.get_mut(i).and_then(Option::take) {
                        list.push(item);
                    }
                }
                Change::Reorder { order: old }
            }
        })
    }
}

/// One undoable change of a project.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Several edits as one step, applied in order; all or nothing.
    Batch(Vec<Edit>),
    ProjectInfo(ProjectInfo),
    Persona(Change<Persona>),
    Hypothesis(Change<Hypothesis>),
    Evidence(Change<Evidence>),
    Dataset(Change<Dataset>),
    ParkingNote(Change<ParkingNote>),
    Journey(Change<Journey>),
    JourneyInfo {
        journey: JourneyId,
        info: JourneyInfo,
    },
    Stage {
        journey: JourneyId,
        change: Change<Stage>,
    },
    Lane {
        journey: JourneyId,
        change: Change<Lane>,
    },
    Card {
        journey: JourneyId,
        change: Change<Card>,
    },
    Link {
        journey: JourneyId,
        change: Change<CardLink>,
    },
    Vote {
        journey: JourneyId,
        change: Change<VoteSession>,
    },
}

/// Why an edit could not be applied. The project is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    NotFound {
        kind: &'static str,
        id: u64,
    },
    Duplicate {
        kind: &'static str,
        id: u64,
    },
    NotAPermutation {
        kind: &'static str,
    },
    /// Undo in a live session, refused: it would overwrite someone else's change
    /// (the whole message, written in every language).
    ChangedSince(crate::i18n::Said),
}

/// In the language shown.
impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EditError::NotFound { kind, id } => {
                crate::t!("msg-edit-not-found", kind = *kind, id = id.to_string())
            }
            EditError::Duplicate { kind, id } => {
                crate::t!("msg-edit-duplicate", kind = *kind, id = id.to_string())
            }
            EditError::NotAPermutation { kind } => {
                crate::t!("msg-edit-not-a-permutation", kind = *kind)
            }
            EditError::ChangedSince(words) => words.shown().to_owned(),
        };
        f.write_str(&text)
    }
}

impl Edit {
    /// Applies the edit and returns its inverse. On error the project is unchanged.
    pub fn apply(self, project: &mut Project) -> Result<Edit, EditError> {
        Ok(match self {
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(project) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(err) => {
                            // Roll back what was applied, newest first.
                            for inverse in inverses.into_iter().rev() {
                                // Inverses of edits just applied always apply.
                                let _ = inverse.apply(project);
                            }
                            return Err(err);
                        }
                    }
                }
                inverses.reverse();
                Edit::Batch(inverses)
            }
            Edit::ProjectInfo(info) => {
                let old = project.info();
                project.set_info(info);
                Edit::ProjectInfo(old)
            }
            Edit::Persona(c) => Edit::Persona(c.apply(&mut project.personas)?),
            Edit::Hypothesis(c) => Edit::Hypothesis(c.apply(&mut project.hypotheses)?),
            Edit::Evidence(c) => Edit::Evidence(c.apply(&mut project.evidence)?),
            Edit::Dataset(c) => Edit::Dataset(c.apply(&mut project.datasets)?),
            Edit::ParkingNote(c) => Edit::ParkingNote(c.apply(&mut project.parking_lot)?),
            Edit::Journey(c) => Edit::Journey(c.apply(&mut project.journeys)?),
            Edit::JourneyInfo { journey, info } => {
                let j = journey_mut(project, journey)?;
                let old = j.info();
                j.set_info(info);
                Edit::JourneyInfo { journey, info: old }
            }
            Edit::Stage { journey, change } => Edit::Stage {
                journey,
                change: change.apply(&mut journey_mut(project, journey)?.stages)?,
            },
            Edit::Lane { journey, change } => Edit::Lane {
                journey,
                change: change.apply(&mut journey_mut(project, journey)?.lanes)?,
            },
            Edit::Card { journey, change } => Edit::Card {
                journey,
                change: change.apply(&mut journey_mut(project, journey)?.cards)?,
            },
            Edit::Link { journey, change } => Edit::Link {
                journey,
                change: change.apply(&mut journey_mut(project, journey)?.links)?,
            },
            Edit::Vote { journey, change } => Edit::Vote {
                journey,
                change: change.apply(&mut journey_mut(project, journey)?.votes)?,
            },
        })
    }

    /// A batch of `edits`, or the single edit when there is only one.
    pub fn batch(mut edits: Vec<Edit>) -> Edit {
        if edits.len() == 1
            && let Some(edit) = edits.pop()
        {
            return edit;
        }
        Edit::Batch(edits)
    }
}

/// One thing an edit can change, named by its place in the project: what a live
/// session writes to the shared document after a local edit, and what it reads back
/// after a remote one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityRef {
    /// The project's name, description and settings.
    ProjectInfo,
    Persona(PersonaId),
    Hypothesis(HypothesisId),
    Evidence(EvidenceId),
    Dataset(DatasetId),
    ParkingNote(NoteId),
    /// A whole journey: its information and every list in it.
    Journey(JourneyId),
    JourneyInfo(JourneyId),
    Stage(JourneyId, StageId),
    Lane(JourneyId, LaneId),
    Card(JourneyId, CardId),
    Link(JourneyId, LinkId),
    Vote(JourneyId, VoteId),
}

impl<T: Entity> Change<T> {
    /// The ids of the items this change inserts, removes, replaces or moves, when
    /// applied to `list`: of a new order, only the items whose neighbours change.
    fn ids(&self, list: Option<&Vec<T>>, out: &mut dyn FnMut(T::Id)) {
        match self {
            Change::Insert { item, .. } | Change::Replace { item } => out(item.id()),
            Change::Remove { id } | Change::Move { id, .. } => out(*id),
            Change::Reorder { order } => {
                let Some(list) = list else {
                    return order.iter().copied().for_each(out);
                };
                let neighbours = |ids: &mut dyn Iterator<Item = T::Id>| {
                    let ids: Vec<T::Id> = ids.collect();
                    let mut around = std::collections::BTreeMap::new();
                    for (i, id) in ids.iter().enumerate() {
                        let prev = i.checked_sub(1).map(|p| ids[p]);
                        around.insert(*id, (prev, ids.get(i + 1).copied()));
                    }
                    around
                };
                let before = neighbours(&mut list.iter().map(Entity::id));
                let after = neighbours(&mut order.iter().copied());
                for id in order {
                    if before.get(id) != after.get(id) {
                        out(*id);
                    }
                }
            }
        }
    }
}

impl Edit {
    /// Everything this edit changes when applied to `project` (its inverse changes
    /// the same things), in order, each once.
    pub fn touched(&self, project: &Project) -> Vec<EntityRef> {
        let mut out = Vec::new();
        self.push_touched(project, &mut out);
        let mut seen = std::collections::BTreeSet::new();
        out.retain(|r| seen.insert(*r));
        out
    }

    fn push_touched(&self, project: &Project, out: &mut Vec<EntityRef>) {
        let journey = |id: &JourneyId| project.journey(*id);
        match self {
            Edit::Batch(edits) => edits.iter().for_each(|e| e.push_touched(project, out)),
            Edit::ProjectInfo(_) => out.push(EntityRef::ProjectInfo),
            Edit::Persona(c) => c.ids(Some(&project.personas), &mut |id| {
                out.push(EntityRef::Persona(id));
            }),
            Edit::Hypothesis(c) => c.ids(Some(&project.hypotheses), &mut |id| {
                out.push(EntityRef::Hypothesis(id));
            }),
            Edit::Evidence(c) => c.ids(Some(&project.evidence), &mut |id| {
                out.push(EntityRef::Evidence(id));
            }),
            Edit::Dataset(c) => c.ids(Some(&project.datasets), &mut |id| {
                out.push(EntityRef::Dataset(id));
            }),
            Edit::ParkingNote(c) => c.ids(Some(&project.parking_lot), &mut |id| {
                out.push(EntityRef::ParkingNote(id));
            }),
            Edit::Journey(c) => c.ids(Some(&project.journeys), &mut |id| {
                out.push(EntityRef::Journey(id));
            }),
            Edit::JourneyInfo { journey, .. } => out.push(EntityRef::JourneyInfo(*journey)),
            Edit::Stage { journey: j, change } => {
                change.ids(journey(j).map(|x| &x.stages), &mut |id| {
                    out.push(EntityRef::Stage(*j, id));
                });
            }
            Edit::Lane { journey: j, change } => {
                change.ids(journey(j).map(|x| &x.lanes), &mut |id| {
                    out.push(EntityRef::Lane(*j, id));
                });
            }
            Edit::Card { journey: j, change } => {
                change.ids(journey(j).map(|x| &x.cards), &mut |id| {
                    out.push(EntityRef::Card(*j, id));
                });
            }
            Edit::Link { journey: j, change } => {
                change.ids(journey(j).map(|x| &x.links), &mut |id| {
                    out.push(EntityRef::Link(*j, id));
                });
            }
            Edit::Vote { journey: j, change } => {
                change.ids(journey(j).map(|x| &x.votes), &mut |id| {
                    out.push(EntityRef::Vote(*j, id));
                });
            }
        }
    }
}

fn journey_mut(project: &mut Project, id: JourneyId) -> Result<&mut Journey, EditError> {
    project.journey_mut(id).ok_or(EditError::NotFound {
        kind: "journey",
        id: id.0,
    })
}

#[cfg(test)]
mod tests;

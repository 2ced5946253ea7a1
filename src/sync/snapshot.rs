//! What local edits changed, taken from the project the moment they were made (the
//! touched items' fields, and the order of their lists), so that the shared document
//! can be written later on the session's writer thread, without the project: the UI
//! thread pays for a copy of a few items, not for Automerge and samod.

use std::collections::BTreeMap;
use std::sync::Arc;

use automerge::transaction::Transactable;
use automerge::{Automerge, ChangeHash, ObjId, ROOT, ReadDoc};
use serde::Serialize;
use serde_json::Value;

use super::schema::{self, Fields, INFO, JOURNEYS, ORDER, SchemaError, get_obj, list_obj};
use super::{order, value};
use crate::edit::{Entity, EntityRef};
use crate::model::{Journey, JourneyId, Project};

/// Local edits, as the project had them, ready to be written as one change.
#[derive(Debug, Default)]
pub struct Snapshot {
    pieces: Vec<Piece>,
}

#[derive(Debug)]
enum Piece {
    ProjectInfo(Fields),
    /// An item of a project's list (`journey: None`) or of a journey's list.
    Item {
        journey: Option<JourneyId>,
        list: &'static str,
        id: u64,
        now: Option<Placed>,
    },
    JourneyInfo(JourneyId, Fields),
    /// A whole journey, and the project's journeys in order (to place it); `None`:
    /// deleted.
    Journey(JourneyId, Option<(Whole, Arc<[u64]>, usize)>),
}

/// Where an item stands: its fields, and the ids of its list in order (to place it
/// between the neighbours the document has).
#[derive(Debug)]
struct Placed {
    fields: Fields,
    ids: Arc<[u64]>,
    index: usize,
}

/// A journey as a whole: its information and each of its lists.
#[derive(Debug)]
pub(super) struct Whole {
    info: Fields,
    lists: [(&'static str, Vec<(u64, Fields)>); 5],
}

impl Whole {
    pub(super) fn of(journey: &Journey) -> Self {
        Whole {
            info: schema::json(&journey.info()),
            lists: [
                ("stages", items(&journey.stages)),
                ("lanes", items(&journey.lanes)),
                ("cards", items(&journey.cards)),
                ("links", items(&journey.links)),
                ("votes", items(&journey.votes)),
            ],
        }
    }

    /// Writes the journey into its object `obj`.
    pub(super) fn put<X: Transactable + ReadDoc>(
        &self,
        tx: &mut X,
        obj: &ObjId,
    ) -> Result<(), SchemaError> {
        value::put(tx, obj, INFO, &Value::Object(self.info.clone()))?;
        for (key, items) in &self.lists {
            put_list(tx, obj, key, items)?;
        }
        Ok(())
    }
}

/// Each item's id and fields.
pub(super) fn items<T: Entity + Serialize>(list: &[T]) -> Vec<(u64, Fields)> {
    list.iter()
        .map(|i| (i.id().into(), schema::json(i)))
        .collect()
}

/// Writes a list whole, with evenly spread keys (a new document or journey).
pub(super) fn put_list<X: Transactable + ReadDoc>(
    tx: &mut X,
    parent: &ObjId,
    key: &str,
    items: &[(u64, Fields)],
) -> Result<(), SchemaError> {
    let list = list_obj(tx, parent, key)?;
    let wanted: std::collections::BTreeSet<String> =
        items.iter().map(|(id, _)| id.to_string()).collect();
    let stale: Vec<String> = tx.keys(&list).filter(|k| !wanted.contains(k)).collect();
    for k in stale {
        tx.delete(&list, k.as_str())?;
    }
    for ((id, fields), key) in items.iter().zip(order::spread(items.len())) {
        let obj = list_obj(tx, &list, &id.to_string())?;
        value::put_fields(tx, &obj, fields, &[ORDER])?;
        value::put(tx, &obj, ORDER, &Value::String(key))?;
    }
    Ok(())
}

/// The ids of lists, made once per snapshot (a list of 10,000 cards is copied once,
/// however many of its cards an edit touched).
#[derive(Default)]
struct Orders(BTreeMap<(Option<JourneyId>, &'static str), Arc<[u64]>>);

impl Orders {
    fn placed<T: Entity + Serialize>(
        &mut self,
        journey: Option<JourneyId>,
        list: &'static str,
        items: &[T],
        id: u64,
    ) -> Piece {
        let now = items
            .iter()
            .position(|i| i.id().into() == id)
            .map(|index| Placed {
                fields: schema::json(&items[index]),
                ids: self
                    .0
                    .entry((journey, list))
                    .or_insert_with(|| items.iter().map(|i| i.id().into()).collect())
                    .clone(),
                index,
            });
        Piece::Item {
            journey,
            list,
            id,
            now,
        }
    }
}

impl Snapshot {
    /// What `refs` name, as `project` has them now.
    pub fn take(project: &Project, refs: &[EntityRef]) -> Self {
        let mut orders = Orders::default();
        let pieces = refs
            .iter()
            .map(|r| match *r {
                EntityRef::ProjectInfo => Piece::ProjectInfo(schema::json(&project.info())),
                EntityRef::Persona(id) => orders.placed(None, "personas", &project.personas, id.0),
                EntityRef::Hypothesis(id) => {
                    orders.placed(None, "hypotheses", &project.hypotheses, id.0)
                }
                EntityRef::Evidence(id) => orders.placed(None, "evidence", &project.evidence, id.0),
                EntityRef::Dataset(id) => orders.placed(None, "datasets", &project.datasets, id.0),
                EntityRef::ParkingNote(id) => {
                    orders.placed(None, "notes", &project.parking_lot, id.0)
                }
                EntityRef::Journey(id) => journey_piece(project, id),
                EntityRef::JourneyInfo(j)
                | EntityRef::Stage(j, _)
                | EntityRef::Lane(j, _)
                | EntityRef::Card(j, _)
                | EntityRef::Link(j, _)
                | EntityRef::Vote(j, _) => {
                    let Some(journey) = project.journey(j) else {
                        return Piece::Journey(j, None);
                    };
                    let at = Some(j);
                    match *r {
                        EntityRef::Stage(_, id) => {
                            orders.placed(at, "stages", &journey.stages, id.0)
                        }
                        EntityRef::Lane(_, id) => orders.placed(at, "lanes", &journey.lanes, id.0),
                        EntityRef::Card(_, id) => orders.placed(at, "cards", &journey.cards, id.0),
                        EntityRef::Link(_, id) => orders.placed(at, "links", &journey.links, id.0),
                        EntityRef::Vote(_, id) => orders.placed(at, "votes", &journey.votes, id.0),
                        _ => Piece::JourneyInfo(j, schema::json(&journey.info())),
                    }
                }
            })
            .collect();
        Snapshot { pieces }
    }

    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Writes the snapshot into the transaction: only the operations that differ.
    /// An item of a journey the document no longer has (someone deleted it) is not
    /// written: the deletion wins, as it does for an item.
    pub fn write<X: Transactable + ReadDoc>(&self, tx: &mut X) -> Result<(), SchemaError> {
        for piece in &self.pieces {
            match piece {
                Piece::ProjectInfo(info) => {
                    value::put(tx, &ROOT, INFO, &Value::Object(info.clone()))?;
                }
                Piece::Item {
                    journey,
                    list,
                    id,
                    now,
                } => {
                    let parent = match journey {
                        None => ROOT,
                        Some(j) => {
                            let journeys = list_obj(tx, &ROOT, JOURNEYS)?;
                            match get_obj(tx, &journeys, &j.0.to_string()) {
                                Some(obj) => obj,
                                None => continue,
                            }
                        }
                    };
                    let list = list_obj(tx, &parent, list)?;
                    write_item(tx, &list, *id, now.as_ref())?;
                }
                Piece::JourneyInfo(j, info) => {
                    let journeys = list_obj(tx, &ROOT, JOURNEYS)?;
                    if let Some(obj) = get_obj(tx, &journeys, &j.0.to_string()) {
                        value::put(tx, &obj, INFO, &Value::Object(info.clone()))?;
                    }
                }
                Piece::Journey(id, now) => {
                    let journeys = list_obj(tx, &ROOT, JOURNEYS)?;
                    let key = id.0.to_string();
                    match now {
                        None => {
                            if tx.get(&journeys, key.as_str())?.is_some() {
                                tx.delete(&journeys, key.as_str())?;
                            }
                        }
                        Some((whole, ids, index)) => {
                            let obj = list_obj(tx, &journeys, &key)?;
                            whole.put(tx, &obj)?;
                            place(tx, &journeys, ids, *index)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes the snapshot as one change based on `heads` (see [`write_at`]).
    pub fn write_at(&self, doc: &mut Automerge, heads: &[ChangeHash]) -> Result<bool, SchemaError> {
        write_at(doc, heads, std::slice::from_ref(self))
    }
}

/// Writes `snapshots`, in order, as one change based on `heads`, the state the
/// project is in line with: fields are compared with what the project last saw, so
/// remote changes that arrived in the document but not yet in the project are not
/// written over. Returns whether the document's heads were `heads` (then our change
/// needs no reading back). One change for many edits keeps a burst cheap to sync.
pub fn write_at(
    doc: &mut Automerge,
    heads: &[ChangeHash],
    snapshots: &[Snapshot],
) -> Result<bool, SchemaError> {
    let in_line = doc.get_heads() == heads;
    // At the document's heads a plain transaction does (isolating one at older
    // heads costs a walk over the document).
    let mut tx = if in_line {
        doc.transaction()
    } else {
        doc.transaction_at(automerge::PatchLog::inactive(), heads)
            .map_err(|_| SchemaError::Automerge(automerge::AutomergeError::Fail))?
    };
    for snapshot in snapshots {
        snapshot.write(&mut tx)?;
    }
    tx.commit();
    Ok(in_line)
}

fn journey_piece(project: &Project, id: JourneyId) -> Piece {
    let now = project
        .journeys
        .iter()
        .position(|j| j.id == id)
        .map(|index| {
            let ids = project.journeys.iter().map(|j| j.id.0).collect();
            (Whole::of(&project.journeys[index]), ids, index)
        });
    Piece::Journey(id, now)
}

/// The order key of the item `id` of `list`, if the document has it.
fn key_of<D: ReadDoc>(doc: &D, list: &ObjId, id: u64) -> Option<String> {
    schema::order_key(doc, &get_obj(doc, list, &id.to_string())?)
}

/// Gives the item `ids[p]` an order key between its neighbours' (the nearest ones the
/// document has), unless its key already lies there; when no key fits (two equal
/// keys), the whole list gets fresh keys.
fn place<X: Transactable + ReadDoc>(
    tx: &mut X,
    list: &ObjId,
    ids: &[u64],
    p: usize,
) -> Result<(), SchemaError> {
    let prev = ids[..p]
        .iter()
        .rev()
        .find_map(|&id| key_of(tx, list, id).map(|k| (k, id)));
    let next = ids[p + 1..]
        .iter()
        .find_map(|&id| key_of(tx, list, id).map(|k| (k, id)));
    let own = key_of(tx, list, ids[p]).map(|k| (k, ids[p]));
    if let Some(own) = &own
        && prev.as_ref().is_none_or(|prev| prev < own)
        && next.as_ref().is_none_or(|next| own < next)
    {
        return Ok(());
    }
    let obj = list_obj(tx, list, &ids[p].to_string())?;
    match order::between(
        prev.as_ref().map(|k| k.0.as_str()),
        next.as_ref().map(|k| k.0.as_str()),
    ) {
        Some(key) => value::put(tx, &obj, ORDER, &Value::String(key))?,
        None => {
            for (id, key) in ids.iter().zip(order::spread(ids.len())) {
                if let Some(obj) = get_obj(tx, list, &id.to_string()) {
                    value::put(tx, &obj, ORDER, &Value::String(key))?;
                }
            }
        }
    }
    Ok(())
}

/// Makes the document's item `id` of `list` what the project held: written field by
/// field and placed, or deleted when the project had no such item.
fn write_item<X: Transactable + ReadDoc>(
    tx: &mut X,
    list: &ObjId,
    id: u64,
    now: Option<&Placed>,
) -> Result<(), SchemaError> {
    let key = id.to_string();
    match now {
        None => {
            if tx.get(list, key.as_str())?.is_some() {
                tx.delete(list, key.as_str())?;
            }
        }
        Some(placed) => {
            let obj = list_obj(tx, list, &key)?;
            value::put_fields(tx, &obj, &placed.fields, &[ORDER])?;
            place(tx, list, &placed.ids, placed.index)?;
        }
    }
    Ok(())
}

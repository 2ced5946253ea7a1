//! A project as an Automerge document: read whole, or a local edit written as one
//! transaction that touches only what the edit changed. Remote changes read back as
//! edits are in [`super::remote`].
//!
//! ```text
//! ROOT
//!   journeymap: 1                     the schema's version (a document we can read)
//!   info: {name, description, settings}
//!   personas | hypotheses | evidence | datasets | notes: {"<id>": item}
//!   journeys: {"<id>": {~order, info: {...}, stages | lanes | cards | links | votes: {"<id>": item}}}
//! ```
//! Every list is a map keyed by id; an item's place is its `~order` key (see
//! [`super::order`]), so a move and an edit of one card merge. Items are written
//! field by field ([`super::value`]).

use std::collections::BTreeSet;

use automerge::transaction::Transactable;
use automerge::{Automerge, ChangeHash, ObjId, ObjType, ROOT, ReadDoc, Value as AmValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{order, value};
use crate::edit::{Entity, EntityRef};
use crate::model::{Journey, JourneyId, Project};

/// The version of the document's layout, at the key [`SCHEMA_KEY`].
pub const SCHEMA: u64 = 1;
pub const SCHEMA_KEY: &str = "journeymap";
pub(super) const ORDER: &str = "~order";
pub(super) const INFO: &str = "info";
pub(super) const JOURNEYS: &str = "journeys";

/// Why a shared document could not be read as a project.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("the shared document is not a journeymap project (it has no \"{SCHEMA_KEY}\" key)")]
    NotAProject,
    #[error(
        "the shared document was made by a newer journeymap (layout {0}; this one reads {SCHEMA}): update the app to join"
    )]
    Newer(u64),
    #[error("the shared document could not be changed: {0}")]
    Automerge(#[from] automerge::AutomergeError),
}

/// An item of a shared list: an entity that serde writes.
pub trait Item: Entity + Serialize + DeserializeOwned {}
impl<T: Entity + Serialize + DeserializeOwned> Item for T {}

pub(super) fn raw<T: Entity>(id: T::Id) -> u64 {
    id.into()
}

fn json<T: Serialize>(value: &T) -> serde_json::Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

// ---------------------------------------------------------------------------------
// Reading

pub(super) fn get_obj<D: ReadDoc>(doc: &D, obj: &ObjId, key: &str) -> Option<ObjId> {
    match doc.get(obj, key) {
        Ok(Some((AmValue::Object(_), id))) => Some(id),
        _ => None,
    }
}

pub(super) fn order_key<D: ReadDoc>(doc: &D, item: &ObjId) -> Option<String> {
    match doc.get(item, ORDER) {
        Ok(Some((AmValue::Scalar(s), _))) => s.as_str().map(str::to_owned),
        _ => None,
    }
}

/// The item `id` of the list `list`, with its order key; `None` when the document
/// has no such item or it does not read as a `T` (a newer app's item: skipped).
pub(super) fn read_item<T: Item, D: ReadDoc>(
    doc: &D,
    list: &ObjId,
    id: u64,
) -> Option<(String, T)> {
    let obj = get_obj(doc, list, &id.to_string())?;
    let Value::Object(mut fields) = value::read(doc, &obj) else {
        return None;
    };
    let key = match fields.remove(ORDER) {
        Some(Value::String(key)) => key,
        _ => String::new(),
    };
    match serde_json::from_value::<T>(Value::Object(fields)) {
        Ok(item) if raw::<T>(item.id()) == id => Some((key, item)),
        Ok(_) => None,
        Err(err) => {
            eprintln!(
                "live session: skipped a {} that does not read: {err}",
                T::KIND
            );
            None
        }
    }
}

fn read_list<T: Item, D: ReadDoc>(doc: &D, list: Option<&ObjId>) -> Vec<T> {
    let Some(list) = list else {
        return Vec::new();
    };
    let mut items: Vec<(String, T)> = doc
        .keys(list)
        .filter_map(|k| k.parse::<u64>().ok())
        .filter_map(|id| read_item::<T, D>(doc, list, id))
        .collect();
    items.sort_by(|(a, x), (b, y)| (a, raw::<T>(x.id())).cmp(&(b, raw::<T>(y.id()))));
    items.into_iter().map(|(_, item)| item).collect()
}

pub(super) fn read_journey<D: ReadDoc>(doc: &D, obj: &ObjId, id: JourneyId) -> Journey {
    let info = get_obj(doc, obj, INFO)
        .and_then(|i| serde_json::from_value(value::read(doc, &i)).ok())
        .unwrap_or_default();
    let mut journey = Journey {
        id,
        stages: read_list(doc, get_obj(doc, obj, "stages").as_ref()),
        lanes: read_list(doc, get_obj(doc, obj, "lanes").as_ref()),
        cards: read_list(doc, get_obj(doc, obj, "cards").as_ref()),
        links: read_list(doc, get_obj(doc, obj, "links").as_ref()),
        votes: read_list(doc, get_obj(doc, obj, "votes").as_ref()),
        ..Journey::default()
    };
    journey.set_info(info);
    journey
}

/// Whether `doc` holds a journeymap project we can read.
pub fn check<D: ReadDoc>(doc: &D) -> Result<(), SchemaError> {
    match doc.get(ROOT, SCHEMA_KEY) {
        Ok(Some((AmValue::Scalar(s), _))) => match s.as_ref() {
            automerge::ScalarValue::Uint(v) if *v > SCHEMA => Err(SchemaError::Newer(*v)),
            automerge::ScalarValue::Uint(_) => Ok(()),
            _ => Err(SchemaError::NotAProject),
        },
        _ => Err(SchemaError::NotAProject),
    }
}

/// The whole project the document holds.
pub fn read_project<D: ReadDoc>(doc: &D) -> Result<Project, SchemaError> {
    check(doc)?;
    let mut project = Project::default();
    if let Some(info) = get_obj(doc, &ROOT, INFO)
        && let Ok(info) = serde_json::from_value(value::read(doc, &info))
    {
        project.set_info(info);
    }
    let list = |key| get_obj(doc, &ROOT, key);
    project.personas = read_list(doc, list("personas").as_ref());
    project.hypotheses = read_list(doc, list("hypotheses").as_ref());
    project.evidence = read_list(doc, list("evidence").as_ref());
    project.datasets = read_list(doc, list("datasets").as_ref());
    project.parking_lot = read_list(doc, list("notes").as_ref());
    if let Some(journeys) = list(JOURNEYS) {
        let mut all: Vec<(String, Journey)> = doc
            .keys(&journeys)
            .filter_map(|k| k.parse::<u64>().ok())
            .filter_map(|id| {
                let obj = get_obj(doc, &journeys, &id.to_string())?;
                let key = order_key(doc, &obj).unwrap_or_default();
                Some((key, read_journey(doc, &obj, JourneyId(id))))
            })
            .collect();
        all.sort_by(|(a, x), (b, y)| (a, x.id).cmp(&(b, y.id)));
        project.journeys = all.into_iter().map(|(_, j)| j).collect();
    }
    Ok(project)
}

// ---------------------------------------------------------------------------------
// Writing

fn list_obj<T: Transactable + ReadDoc>(
    tx: &mut T,
    parent: &ObjId,
    key: &str,
) -> Result<ObjId, SchemaError> {
    Ok(match get_obj(tx, parent, key) {
        Some(obj) => obj,
        None => tx.put_object(parent, key, ObjType::Map)?,
    })
}

/// Writes a list whole, with evenly spread keys (a new document or journey).
fn put_list<T: Item, X: Transactable + ReadDoc>(
    tx: &mut X,
    parent: &ObjId,
    key: &str,
    items: &[T],
) -> Result<(), SchemaError> {
    let list = list_obj(tx, parent, key)?;
    let wanted: BTreeSet<String> = items.iter().map(|i| raw::<T>(i.id()).to_string()).collect();
    let stale: Vec<String> = tx.keys(&list).filter(|k| !wanted.contains(k)).collect();
    for k in stale {
        tx.delete(&list, k.as_str())?;
    }
    for (item, key) in items.iter().zip(order::spread(items.len())) {
        let obj = list_obj(tx, &list, &raw::<T>(item.id()).to_string())?;
        value::put_fields(tx, &obj, &json(item), &[ORDER])?;
        value::put(tx, &obj, ORDER, &Value::String(key))?;
    }
    Ok(())
}

/// The order key and id of `items[i]` as the document has it, if it has the item.
fn placed<T: Item, D: ReadDoc>(doc: &D, list: &ObjId, items: &[T], i: usize) -> Option<String> {
    let id = raw::<T>(items.get(i)?.id());
    order_key(doc, &get_obj(doc, list, &id.to_string())?)
}

/// Gives `items[p]` an order key between its neighbours' (the nearest ones the
/// document has), unless its key already lies there; when no key fits (two equal
/// keys), the whole list gets fresh keys.
fn place<T: Item, X: Transactable + ReadDoc>(
    tx: &mut X,
    list: &ObjId,
    items: &[T],
    p: usize,
) -> Result<(), SchemaError> {
    let id = |i: usize| raw::<T>(items[i].id());
    let prev = (0..p)
        .rev()
        .find_map(|i| placed(tx, list, items, i).map(|k| (k, id(i))));
    let next = (p + 1..items.len()).find_map(|i| placed(tx, list, items, i).map(|k| (k, id(i))));
    let own = placed(tx, list, items, p).map(|k| (k, id(p)));
    if let Some(own) = &own
        && prev.as_ref().is_none_or(|prev| prev < own)
        && next.as_ref().is_none_or(|next| own < next)
    {
        return Ok(());
    }
    let obj = list_obj(tx, list, &id(p).to_string())?;
    match order::between(
        prev.as_ref().map(|k| k.0.as_str()),
        next.as_ref().map(|k| k.0.as_str()),
    ) {
        Some(key) => value::put(tx, &obj, ORDER, &Value::String(key))?,
        None => {
            for (i, key) in order::spread(items.len()).into_iter().enumerate() {
                if let Some(obj) = get_obj(tx, list, &id(i).to_string()) {
                    value::put(tx, &obj, ORDER, &Value::String(key))?;
                }
            }
        }
    }
    Ok(())
}

/// Makes the document's item `id` of `list` what the project's `items` hold: written
/// field by field and placed, or deleted when the project has no such item.
fn write_item<T: Item, X: Transactable + ReadDoc>(
    tx: &mut X,
    list: &ObjId,
    items: &[T],
    id: u64,
) -> Result<(), SchemaError> {
    let key = id.to_string();
    match items.iter().position(|i| raw::<T>(i.id()) == id) {
        None => {
            if tx.get(list, key.as_str())?.is_some() {
                tx.delete(list, key.as_str())?;
            }
        }
        Some(p) => {
            let obj = list_obj(tx, list, &key)?;
            value::put_fields(tx, &obj, &json(&items[p]), &[ORDER])?;
            place(tx, list, items, p)?;
        }
    }
    Ok(())
}

fn put_journey<X: Transactable + ReadDoc>(
    tx: &mut X,
    obj: &ObjId,
    journey: &Journey,
) -> Result<(), SchemaError> {
    value::put(tx, obj, INFO, &Value::Object(json(&journey.info())))?;
    put_list(tx, obj, "stages", &journey.stages)?;
    put_list(tx, obj, "lanes", &journey.lanes)?;
    put_list(tx, obj, "cards", &journey.cards)?;
    put_list(tx, obj, "links", &journey.links)?;
    put_list(tx, obj, "votes", &journey.votes)
}

/// Writes journey `id` whole (or deletes it).
fn write_journey<X: Transactable + ReadDoc>(
    tx: &mut X,
    project: &Project,
    id: JourneyId,
) -> Result<(), SchemaError> {
    let journeys = list_obj(tx, &ROOT, JOURNEYS)?;
    let key = id.0.to_string();
    match project.journeys.iter().position(|j| j.id == id) {
        None => {
            if tx.get(&journeys, key.as_str())?.is_some() {
                tx.delete(&journeys, key.as_str())?;
            }
        }
        Some(p) => {
            let obj = list_obj(tx, &journeys, &key)?;
            put_journey(tx, &obj, &project.journeys[p])?;
            place(tx, &journeys, &project.journeys, p)?;
        }
    }
    Ok(())
}

/// A new shared document holding `project`.
pub fn new_document(project: &Project) -> Result<Automerge, SchemaError> {
    let mut doc = Automerge::new();
    let mut tx = doc.transaction();
    tx.put(ROOT, SCHEMA_KEY, SCHEMA)?;
    value::put(&mut tx, &ROOT, INFO, &Value::Object(json(&project.info())))?;
    put_list(&mut tx, &ROOT, "personas", &project.personas)?;
    put_list(&mut tx, &ROOT, "hypotheses", &project.hypotheses)?;
    put_list(&mut tx, &ROOT, "evidence", &project.evidence)?;
    put_list(&mut tx, &ROOT, "datasets", &project.datasets)?;
    put_list(&mut tx, &ROOT, "notes", &project.parking_lot)?;
    let journeys = list_obj(&mut tx, &ROOT, JOURNEYS)?;
    for (journey, key) in project
        .journeys
        .iter()
        .zip(order::spread(project.journeys.len()))
    {
        let obj = list_obj(&mut tx, &journeys, &journey.id.0.to_string())?;
        value::put(&mut tx, &obj, ORDER, &Value::String(key))?;
        put_journey(&mut tx, &obj, journey)?;
    }
    tx.commit();
    Ok(doc)
}

/// Writes what `refs` name as the project now has them: one local edit (or several)
/// as one transaction of the operations that differ.
pub fn write<X: Transactable + ReadDoc>(
    tx: &mut X,
    project: &Project,
    refs: &[EntityRef],
) -> Result<(), SchemaError> {
    let root_list = |tx: &mut X, key| list_obj(tx, &ROOT, key);
    for r in refs {
        match *r {
            EntityRef::ProjectInfo => {
                value::put(tx, &ROOT, INFO, &Value::Object(json(&project.info())))?;
            }
            EntityRef::Persona(id) => {
                let list = root_list(tx, "personas")?;
                write_item(tx, &list, &project.personas, id.0)?;
            }
            EntityRef::Hypothesis(id) => {
                let list = root_list(tx, "hypotheses")?;
                write_item(tx, &list, &project.hypotheses, id.0)?;
            }
            EntityRef::Evidence(id) => {
                let list = root_list(tx, "evidence")?;
                write_item(tx, &list, &project.evidence, id.0)?;
            }
            EntityRef::Dataset(id) => {
                let list = root_list(tx, "datasets")?;
                write_item(tx, &list, &project.datasets, id.0)?;
            }
            EntityRef::ParkingNote(id) => {
                let list = root_list(tx, "notes")?;
                write_item(tx, &list, &project.parking_lot, id.0)?;
            }
            EntityRef::Journey(id) => write_journey(tx, project, id)?,
            EntityRef::JourneyInfo(j)
            | EntityRef::Stage(j, _)
            | EntityRef::Lane(j, _)
            | EntityRef::Card(j, _)
            | EntityRef::Link(j, _)
            | EntityRef::Vote(j, _) => {
                let journeys = root_list(tx, JOURNEYS)?;
                let (Some(obj), Some(journey)) =
                    (get_obj(tx, &journeys, &j.0.to_string()), project.journey(j))
                else {
                    write_journey(tx, project, j)?;
                    continue;
                };
                match *r {
                    EntityRef::Stage(_, id) => {
                        let list = list_obj(tx, &obj, "stages")?;
                        write_item(tx, &list, &journey.stages, id.0)?;
                    }
                    EntityRef::Lane(_, id) => {
                        let list = list_obj(tx, &obj, "lanes")?;
                        write_item(tx, &list, &journey.lanes, id.0)?;
                    }
                    EntityRef::Card(_, id) => {
                        let list = list_obj(tx, &obj, "cards")?;
                        write_item(tx, &list, &journey.cards, id.0)?;
                    }
                    EntityRef::Link(_, id) => {
                        let list = list_obj(tx, &obj, "links")?;
                        write_item(tx, &list, &journey.links, id.0)?;
                    }
                    EntityRef::Vote(_, id) => {
                        let list = list_obj(tx, &obj, "votes")?;
                        write_item(tx, &list, &journey.votes, id.0)?;
                    }
                    _ => value::put(tx, &obj, INFO, &Value::Object(json(&journey.info())))?,
                }
            }
        }
    }
    Ok(())
}

/// Writes `refs` as one change based on `heads`, the state the project is in line
/// with: fields are compared with what the project last saw, so remote changes that
/// arrived in the document but not yet in the project are not written over. Returns
/// whether the document's heads were `heads` (then our change needs no reading back).
pub fn write_at(
    doc: &mut Automerge,
    heads: &[ChangeHash],
    project: &Project,
    refs: &[EntityRef],
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
    write(&mut tx, project, refs)?;
    tx.commit();
    Ok(in_line)
}

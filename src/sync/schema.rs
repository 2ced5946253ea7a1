//! A project as an Automerge document: made and read whole. A local edit is written
//! as one transaction that touches only what it changed ([`super::snapshot`]);
//! remote changes are read back as edits in [`super::remote`].
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

use automerge::transaction::Transactable;
use automerge::{Automerge, ObjId, ObjType, ROOT, ReadDoc, Value as AmValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::snapshot::{Whole, items, put_list};
use super::{order, value};
use crate::edit::Entity;
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
    NotAProject,
    Newer(u64),
    Automerge(#[from] automerge::AutomergeError),
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            SchemaError::NotAProject => t!("msg-schema-not-a-project", key = SCHEMA_KEY),
            SchemaError::Newer(layout) => t!(
                "msg-schema-newer",
                layout = layout.to_string(),
                reads = SCHEMA.to_string()
            ),
            SchemaError::Automerge(e) => t!("msg-schema-unchanged", reason = e.to_string()),
        };
        f.write_str(&text)
    }
}

/// An item of a shared list: an entity that serde writes.
pub trait Item: Entity + Serialize + DeserializeOwned {}
impl<T: Entity + Serialize + DeserializeOwned> Item for T {}

pub(super) fn raw<T: Entity>(id: T::Id) -> u64 {
    id.into()
}

/// An item's fields, as serde writes them.
pub type Fields = serde_json::Map<String, Value>;

pub(super) fn json<T: Serialize>(value: &T) -> Fields {
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
            eprintln!("{}", crate::t!("log-skipped", error = err.to_string()));
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

pub(super) fn list_obj<T: Transactable + ReadDoc>(
    tx: &mut T,
    parent: &ObjId,
    key: &str,
) -> Result<ObjId, SchemaError> {
    Ok(match get_obj(tx, parent, key) {
        Some(obj) => obj,
        None => tx.put_object(parent, key, ObjType::Map)?,
    })
}

/// A new shared document holding `project`.
pub fn new_document(project: &Project) -> Result<Automerge, SchemaError> {
    let mut doc = Automerge::new();
    let mut tx = doc.transaction();
    tx.put(ROOT, SCHEMA_KEY, SCHEMA)?;
    value::put(&mut tx, &ROOT, INFO, &Value::Object(json(&project.info())))?;
    put_list(&mut tx, &ROOT, "personas", &items(&project.personas))?;
    put_list(&mut tx, &ROOT, "hypotheses", &items(&project.hypotheses))?;
    put_list(&mut tx, &ROOT, "evidence", &items(&project.evidence))?;
    put_list(&mut tx, &ROOT, "datasets", &items(&project.datasets))?;
    put_list(&mut tx, &ROOT, "notes", &items(&project.parking_lot))?;
    let journeys = list_obj(&mut tx, &ROOT, JOURNEYS)?;
    for (journey, key) in project
        .journeys
        .iter()
        .zip(order::spread(project.journeys.len()))
    {
        let obj = list_obj(&mut tx, &journeys, &journey.id.0.to_string())?;
        value::put(&mut tx, &obj, ORDER, &Value::String(key))?;
        Whole::of(journey).put(&mut tx, &obj)?;
    }
    tx.commit();
    Ok(doc)
}

//! A project as an Automerge document, and the two ways between them: a local edit
//! written as one transaction that touches only what the edit changed, and a remote
//! change read back as edits of the entities it touched.
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

use std::collections::{BTreeMap, BTreeSet};

use automerge::transaction::Transactable;
use automerge::{Automerge, ChangeHash, ObjId, ObjType, Prop, ROOT, ReadDoc, Value as AmValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{order, value};
use crate::edit::{Change, Edit, EditError, Entity, EntityRef};
use crate::model::{Journey, JourneyId, Project};

/// The version of the document's layout, at the key [`SCHEMA_KEY`].
pub const SCHEMA: u64 = 1;
pub const SCHEMA_KEY: &str = "journeymap";
const ORDER: &str = "~order";
const INFO: &str = "info";
const JOURNEYS: &str = "journeys";

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

fn raw<T: Entity>(id: T::Id) -> u64 {
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

fn get_obj<D: ReadDoc>(doc: &D, obj: &ObjId, key: &str) -> Option<ObjId> {
    match doc.get(obj, key) {
        Ok(Some((AmValue::Object(_), id))) => Some(id),
        _ => None,
    }
}

fn order_key<D: ReadDoc>(doc: &D, item: &ObjId) -> Option<String> {
    match doc.get(item, ORDER) {
        Ok(Some((AmValue::Scalar(s), _))) => s.as_str().map(str::to_owned),
        _ => None,
    }
}

/// The item `id` of the list `list`, with its order key; `None` when the document
/// has no such item or it does not read as a `T` (a newer app's item: skipped).
fn read_item<T: Item, D: ReadDoc>(doc: &D, list: &ObjId, id: u64) -> Option<(String, T)> {
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

fn read_journey<D: ReadDoc>(doc: &D, obj: &ObjId, id: JourneyId) -> Journey {
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

// ---------------------------------------------------------------------------------
// Remote changes

/// What remote changes are applied to: the open document (or a bare project in tests).
pub trait Target {
    fn project(&self) -> &Project;
    /// Applies a change made elsewhere (not an undo step of ours).
    fn apply(&mut self, edit: Edit) -> Result<(), EditError>;
}

impl Target for Project {
    fn project(&self) -> &Project {
        self
    }
    fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        edit.apply(self).map(|_| ())
    }
}

impl Target for crate::document::Document {
    fn project(&self) -> &Project {
        crate::document::Document::project(self)
    }
    fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.apply_remote(edit)
    }
}

/// The lists of a project, as the document names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum List {
    Journeys,
    Personas,
    Hypotheses,
    Evidence,
    Datasets,
    Notes,
    Stages(JourneyId),
    Lanes(JourneyId),
    Cards(JourneyId),
    Links(JourneyId),
    Votes(JourneyId),
}

impl List {
    fn root(key: &str) -> Option<List> {
        Some(match key {
            "personas" => List::Personas,
            "hypotheses" => List::Hypotheses,
            "evidence" => List::Evidence,
            "datasets" => List::Datasets,
            "notes" => List::Notes,
            JOURNEYS => List::Journeys,
            _ => return None,
        })
    }

    fn child(journey: JourneyId, key: &str) -> Option<List> {
        Some(match key {
            "stages" => List::Stages(journey),
            "lanes" => List::Lanes(journey),
            "cards" => List::Cards(journey),
            "links" => List::Links(journey),
            "votes" => List::Votes(journey),
            _ => return None,
        })
    }

    fn journey(self) -> Option<JourneyId> {
        match self {
            List::Stages(j) | List::Lanes(j) | List::Cards(j) | List::Links(j) | List::Votes(j) => {
                Some(j)
            }
            _ => None,
        }
    }

    /// The list's object in the document.
    fn obj<D: ReadDoc>(self, doc: &D) -> Option<ObjId> {
        let (parent, key) = match self {
            List::Journeys => (ROOT, JOURNEYS),
            List::Personas => (ROOT, "personas"),
            List::Hypotheses => (ROOT, "hypotheses"),
            List::Evidence => (ROOT, "evidence"),
            List::Datasets => (ROOT, "datasets"),
            List::Notes => (ROOT, "notes"),
            List::Stages(j) => (journey_obj(doc, j)?, "stages"),
            List::Lanes(j) => (journey_obj(doc, j)?, "lanes"),
            List::Cards(j) => (journey_obj(doc, j)?, "cards"),
            List::Links(j) => (journey_obj(doc, j)?, "links"),
            List::Votes(j) => (journey_obj(doc, j)?, "votes"),
        };
        get_obj(doc, &parent, key)
    }
}

fn journey_obj<D: ReadDoc>(doc: &D, id: JourneyId) -> Option<ObjId> {
    get_obj(doc, &get_obj(doc, &ROOT, JOURNEYS)?, &id.0.to_string())
}

/// What a set of patches touched.
#[derive(Default, Debug)]
struct Touched {
    info: bool,
    journey_info: BTreeSet<JourneyId>,
    /// Per list, the items touched, and whether each was created, deleted or moved
    /// (its place must be found again).
    items: BTreeMap<List, BTreeMap<u64, bool>>,
}

impl Touched {
    fn note(&mut self, path: &[String]) {
        let item = |this: &mut Self, list, rest: &[String]| {
            let Some(id) = rest.first().and_then(|k| k.parse::<u64>().ok()) else {
                return;
            };
            let placed = rest.len() == 1 || rest.get(1).is_some_and(|k| k == ORDER);
            let moved = this.items.entry(list).or_default().entry(id).or_default();
            *moved |= placed;
        };
        match path {
            [first, ..] if first == INFO => self.info = true,
            [first, id, key, rest @ ..] if first == JOURNEYS && key != ORDER => {
                let Ok(id) = id.parse::<u64>() else { return };
                let journey = JourneyId(id);
                if key == INFO {
                    self.journey_info.insert(journey);
                } else if let Some(list) = List::child(journey, key) {
                    item(self, list, rest);
                }
            }
            [first, rest @ ..] => {
                if let Some(list) = List::root(first) {
                    item(self, list, rest);
                }
            }
            [] => {}
        }
    }
}

/// What the changes made since `before` touched: the place of every operation
/// they hold (the path to its object, and its key in a map). Read from the new
/// changes alone: `Automerge::diff` walks the whole document (28 ms at 10,000
/// cards for a one-card change); this costs what the changes hold. An object
/// gone since is still noted through its parents' operations.
fn touched_since(doc: &Automerge, before: &[ChangeHash]) -> Touched {
    touched_by(doc, before, None)
}

/// How many things (cards, stages, personas, a journey's details…) this laptop's
/// own changes since `before` touched: what "3 changes to send" counts (typing a
/// title is many Automerge changes, and one change of the card).
pub fn own_changes_since(doc: &Automerge, before: &[ChangeHash]) -> usize {
    let me = doc.get_actor().clone();
    let touched = touched_by(doc, before, Some(&me));
    touched.items.values().map(BTreeMap::len).sum::<usize>()
        + usize::from(touched.info)
        + touched.journey_info.len()
}

fn touched_by(
    doc: &Automerge,
    before: &[ChangeHash],
    actor: Option<&automerge::ActorId>,
) -> Touched {
    let mut touched = Touched::default();
    let mut paths: BTreeMap<String, Option<Vec<String>>> = BTreeMap::new();
    for change in doc.get_changes(before) {
        if actor.is_some_and(|a| change.actor_id() != a) {
            continue;
        }
        for op in change.decode().operations {
            let path = match &op.obj {
                automerge::legacy::ObjectId::Root => Some(Vec::new()),
                automerge::legacy::ObjectId::Id(id) => {
                    let text = format!("{}@{}", id.0, id.1.to_hex_string());
                    paths
                        .entry(text)
                        .or_insert_with_key(|text| {
                            let (obj, _) = doc.import(text).ok()?;
                            let parents = doc.parents(&obj).ok()?;
                            Some(parents.path().iter().map(|(_, p)| prop_text(p)).collect())
                        })
                        .clone()
                }
            };
            let Some(mut path) = path else {
                continue;
            };
            if let automerge::legacy::Key::Map(key) = &op.key {
                path.push(key.to_string());
            }
            touched.note(&path);
        }
    }
    touched
}

fn prop_text(prop: &Prop) -> String {
    match prop {
        Prop::Map(key) => key.clone(),
        Prop::Seq(index) => index.to_string(),
    }
}

/// Applies to `target` what changed in `doc` since `before`, as edits of the touched
/// entities (each read back whole from the document). Returns the problems met (an
/// edit that no longer applies), for the log.
pub fn apply_remote<T: Target>(
    doc: &Automerge,
    before: &[ChangeHash],
    target: &mut T,
) -> Vec<String> {
    let touched = touched_since(doc, before);
    let mut problems = Vec::new();
    let mut report = |r: Result<(), EditError>| {
        if let Err(err) = r {
            problems.push(err.to_string());
        }
    };
    // Journeys first: one created, deleted or moved is read whole.
    let whole: BTreeSet<JourneyId> = touched
        .items
        .get(&List::Journeys)
        .map(|m| {
            m.iter()
                .filter(|(_, moved)| **moved)
                .map(|(id, _)| JourneyId(*id))
                .collect()
        })
        .unwrap_or_default();
    if !whole.is_empty() {
        let ids: BTreeMap<u64, bool> = whole.iter().map(|j| (j.0, true)).collect();
        let list = List::Journeys.obj(doc);
        let journeys: Vec<(u64, Option<(String, Journey)>)> = ids
            .keys()
            .map(|id| {
                let item = list.as_ref().and_then(|l| {
                    let obj = get_obj(doc, l, &id.to_string())?;
                    Some((
                        order_key(doc, &obj).unwrap_or_default(),
                        read_journey(doc, &obj, JourneyId(*id)),
                    ))
                });
                (*id, item)
            })
            .collect();
        sync_list(
            doc,
            list.as_ref(),
            journeys,
            |p| Some(&p.journeys),
            Edit::Journey,
            target,
            &mut report,
        );
    }
    if touched.info
        && let Some(info) = get_obj(doc, &ROOT, INFO)
        && let Ok(info) = serde_json::from_value(value::read(doc, &info))
        && target.project().info() != info
    {
        report(target.apply(Edit::ProjectInfo(info)));
    }
    for journey in &touched.journey_info {
        if whole.contains(journey) {
            continue;
        }
        if let Some(obj) = journey_obj(doc, *journey)
            && let Some(info) = get_obj(doc, &obj, INFO)
            && let Ok(info) = serde_json::from_value(value::read(doc, &info))
            && target
                .project()
                .journey(*journey)
                .is_some_and(|j| j.info() != info)
        {
            report(target.apply(Edit::JourneyInfo {
                journey: *journey,
                info,
            }));
        }
    }
    for (list, ids) in &touched.items {
        if *list == List::Journeys || list.journey().is_some_and(|j| whole.contains(&j)) {
            continue;
        }
        let obj = list.obj(doc);
        macro_rules! sync {
            ($field:ident, $edit:expr) => {{
                let items = read_touched(doc, obj.as_ref(), ids);
                sync_list(
                    doc,
                    obj.as_ref(),
                    items,
                    |p| Some(&p.$field),
                    $edit,
                    target,
                    &mut report,
                )
            }};
            ($j:expr, $field:ident, $variant:ident) => {{
                let j = $j;
                let items = read_touched(doc, obj.as_ref(), ids);
                sync_list(
                    doc,
                    obj.as_ref(),
                    items,
                    |p| p.journey(j).map(|x| &x.$field),
                    |change| Edit::$variant { journey: j, change },
                    target,
                    &mut report,
                )
            }};
        }
        match *list {
            List::Journeys => {}
            List::Personas => sync!(personas, Edit::Persona),
            List::Hypotheses => sync!(hypotheses, Edit::Hypothesis),
            List::Evidence => sync!(evidence, Edit::Evidence),
            List::Datasets => sync!(datasets, Edit::Dataset),
            List::Notes => sync!(parking_lot, Edit::ParkingNote),
            List::Stages(j) => sync!(j, stages, Stage),
            List::Lanes(j) => sync!(j, lanes, Lane),
            List::Cards(j) => sync!(j, cards, Card),
            List::Links(j) => sync!(j, links, Link),
            List::Votes(j) => sync!(j, votes, Vote),
        }
    }
    problems
}

/// The touched items as the document has them now (`None`: deleted), with whether
/// each must be placed again.
fn read_touched<T: Item>(
    doc: &Automerge,
    list: Option<&ObjId>,
    ids: &BTreeMap<u64, bool>,
) -> Vec<TouchedItem<T>> {
    ids.iter()
        .map(|(id, moved)| TouchedItem {
            id: *id,
            item: list.and_then(|l| read_item::<T, _>(doc, l, *id)),
            moved: *moved,
        })
        .collect()
}

/// Brings one list of `target` in line with the document for the touched items:
/// removed, replaced, or (when created or moved) taken out and put back where their
/// order key places them among the others.
fn sync_list<T: Item, Tg: Target, R, I>(
    doc: &Automerge,
    list: Option<&ObjId>,
    touched: I,
    items: impl Fn(&Project) -> Option<&Vec<T>>,
    edit: impl Fn(Change<T>) -> Edit,
    target: &mut Tg,
    report: &mut R,
) where
    R: FnMut(Result<(), EditError>),
    I: IntoIterator,
    I::Item: Into<TouchedItem<T>>,
{
    let mut inserts: Vec<(String, T)> = Vec::new();
    for t in touched {
        let TouchedItem { id, item, moved } = t.into();
        let here = items(target.project()).and_then(|v| v.iter().find(|x| raw::<T>(x.id()) == id));
        match (item, here) {
            (None, Some(here)) => report(target.apply(edit(Change::Remove { id: here.id() }))),
            (None, None) => {}
            (Some(item), None) => inserts.push(item),
            (Some(item), Some(here)) if moved => {
                let id = here.id();
                report(target.apply(edit(Change::Remove { id })));
                inserts.push(item);
            }
            (Some((_, item)), Some(here)) => {
                if *here != item {
                    report(target.apply(edit(Change::Replace { item })));
                }
            }
        }
    }
    inserts.sort_by(|(a, x), (b, y)| (a, raw::<T>(x.id())).cmp(&(b, raw::<T>(y.id()))));
    for (key, item) in inserts {
        let Some(current) = items(target.project()) else {
            continue;
        };
        let me = (key.as_str(), raw::<T>(item.id()));
        let index = current.partition_point(|x| {
            let k = list
                .and_then(|l| get_obj(doc, l, &raw::<T>(x.id()).to_string()))
                .and_then(|o| order_key(doc, &o))
                .unwrap_or_default();
            (k.as_str(), raw::<T>(x.id())) < me
        });
        report(target.apply(edit(Change::Insert { index, item })));
    }
}

/// One touched item: its id, its state in the document, whether to place it again.
struct TouchedItem<T> {
    id: u64,
    item: Option<(String, T)>,
    moved: bool,
}

impl<T> From<(u64, Option<(String, T)>)> for TouchedItem<T> {
    fn from((id, item): (u64, Option<(String, T)>)) -> Self {
        Self {
            id,
            item,
            moved: true,
        }
    }
}

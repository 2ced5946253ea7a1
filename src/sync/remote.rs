//! Remote changes: what others' changes touched (read from the changes' own
//! operations), applied to the open project as edits of those entities, each read
//! back whole from the document.

use std::collections::{BTreeMap, BTreeSet};

use automerge::{Automerge, ChangeHash, ObjId, Prop, ROOT, ReadDoc};

use super::schema::{
    INFO, Item, JOURNEYS, ORDER, get_obj, order_key, raw, read_item, read_journey,
};
use super::value;
use crate::edit::{Change, Edit, EditError};
use crate::model::{Journey, JourneyId, Project};

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

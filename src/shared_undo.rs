//! Undo in a shared project: Ctrl+Z takes back my last edit only. Each undo step
//! remembers what my edit left behind (the touched items, as field values); when
//! someone else has changed one of them since, undo either takes back only the
//! fields I changed (theirs are different fields) or refuses, saying which field
//! it would overwrite.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::edit::{Change, EditError, Entity, EntityRef};
use crate::model::Project;
use crate::t;

/// What my edit left behind: each touched item as it was right after it (`None`:
/// it did not exist).
pub type Left = Vec<(EntityRef, Option<Value>)>;

/// How to take back a step.
#[derive(Debug, PartialEq)]
pub enum Plan {
    /// Nobody else changed what it touched: its own undo edit.
    AsIs,
    /// Others changed other fields of what it touched: these edits take back only
    /// my fields and keep theirs.
    Instead(Vec<crate::edit::Edit>),
    /// Others changed what I would take back.
    Refused(EditError),
}

fn item<T: Entity + Serialize>(list: &[T], id: T::Id) -> Option<Value> {
    let found = list.iter().find(|x| x.id() == id)?;
    serde_json::to_value(found).ok()
}

/// The item `r` names as field values, if it exists.
pub fn value_of(project: &Project, r: EntityRef) -> Option<Value> {
    let journey = |j| project.journey(j);
    match r {
        EntityRef::ProjectInfo => serde_json::to_value(project.info()).ok(),
        EntityRef::Persona(id) => item(&project.personas, id),
        EntityRef::Hypothesis(id) => item(&project.hypotheses, id),
        EntityRef::Evidence(id) => item(&project.evidence, id),
        EntityRef::Dataset(id) => item(&project.datasets, id),
        EntityRef::ParkingNote(id) => item(&project.parking_lot, id),
        EntityRef::Journey(id) => item(&project.journeys, id),
        EntityRef::JourneyInfo(j) => serde_json::to_value(journey(j)?.info()).ok(),
        EntityRef::Stage(j, id) => item(&journey(j)?.stages, id),
        EntityRef::Lane(j, id) => item(&journey(j)?.lanes, id),
        EntityRef::Card(j, id) => item(&journey(j)?.cards, id),
        EntityRef::Link(j, id) => item(&journey(j)?.links, id),
        EntityRef::Vote(j, id) => item(&journey(j)?.votes, id),
    }
}

/// The touched items of `refs` as they are now.
pub fn snapshot(project: &Project, refs: &[EntityRef]) -> Left {
    refs.iter().map(|r| (*r, value_of(project, *r))).collect()
}

fn replace<T: DeserializeOwned + Entity>(value: Value) -> Option<Change<T>> {
    serde_json::from_value(value)
        .ok()
        .map(|item| Change::Replace { item })
}

/// The edit that makes the existing item `r` these field values.
fn set(r: EntityRef, value: Value) -> Option<crate::edit::Edit> {
    use crate::edit::Edit;
    Some(match r {
        EntityRef::ProjectInfo => Edit::ProjectInfo(serde_json::from_value(value).ok()?),
        EntityRef::Persona(_) => Edit::Persona(replace(value)?),
        EntityRef::Hypothesis(_) => Edit::Hypothesis(replace(value)?),
        EntityRef::Evidence(_) => Edit::Evidence(replace(value)?),
        EntityRef::Dataset(_) => Edit::Dataset(replace(value)?),
        EntityRef::ParkingNote(_) => Edit::ParkingNote(replace(value)?),
        EntityRef::Journey(_) => Edit::Journey(replace(value)?),
        EntityRef::JourneyInfo(journey) => Edit::JourneyInfo {
            journey,
            info: serde_json::from_value(value).ok()?,
        },
        EntityRef::Stage(journey, _) => Edit::Stage {
            journey,
            change: replace(value)?,
        },
        EntityRef::Lane(journey, _) => Edit::Lane {
            journey,
            change: replace(value)?,
        },
        EntityRef::Card(journey, _) => Edit::Card {
            journey,
            change: replace(value)?,
        },
        EntityRef::Link(journey, _) => Edit::Link {
            journey,
            change: replace(value)?,
        },
        EntityRef::Vote(journey, _) => Edit::Vote {
            journey,
            change: replace(value)?,
        },
    })
}

/// "this card", "the project", … for messages.
fn what(r: EntityRef) -> &'static str {
    match r {
        EntityRef::ProjectInfo => t!("msg-undo-the-project"),
        EntityRef::Persona(_) => t!("msg-undo-this-persona"),
        EntityRef::Hypothesis(_) => t!("msg-undo-this-hypothesis"),
        EntityRef::Evidence(_) => t!("msg-undo-this-evidence"),
        EntityRef::Dataset(_) => t!("msg-undo-this-dataset"),
        EntityRef::ParkingNote(_) => t!("msg-undo-this-note"),
        EntityRef::Journey(_) | EntityRef::JourneyInfo(_) => t!("msg-undo-this-journey"),
        EntityRef::Stage(..) => t!("msg-undo-this-stage"),
        EntityRef::Lane(..) => t!("msg-undo-this-lane"),
        EntityRef::Card(..) => t!("msg-undo-this-card"),
        EntityRef::Link(..) => t!("msg-undo-this-link"),
        EntityRef::Vote(..) => t!("msg-undo-this-vote"),
    }
}

/// The fields whose values differ between two versions of one item.
fn differing(a: &Value, b: &Value) -> Vec<String> {
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter()
                .filter(|k| a.get(*k) != b.get(*k))
                .cloned()
                .collect()
        }
        _ if a == b => Vec::new(),
        _ => vec![String::new()],
    }
}

/// How to take back the step whose undo edit is `undo`, given what it `left` and the
/// project as it is now.
pub fn plan(project: &Project, undo: &crate::edit::Edit, left: &Left) -> Plan {
    let changed: Vec<bool> = left
        .iter()
        .map(|(r, then)| value_of(project, *r) != *then)
        .collect();
    if !changed.contains(&true) {
        return Plan::AsIs;
    }
    let first_theirs = left
        .iter()
        .zip(&changed)
        .find_map(|((r, _), c)| c.then_some(*r))
        .unwrap_or(EntityRef::ProjectInfo);
    // When the step created or deleted an item, or someone deleted one, it cannot
    // be taken back in part.
    let whole = || {
        let thing = what(first_theirs);
        Plan::Refused(EditError::ChangedSince(
            if value_of(project, first_theirs).is_none() {
                t!("msg-undo-deleted-since", thing = thing)
            } else {
                t!("msg-undo-changed-since", thing = thing)
            },
        ))
    };
    // What the undo would make of each item, worked out on a copy.
    let mut before = project.clone();
    if undo.clone().apply(&mut before).is_err() {
        return whole();
    }
    let mut edits = Vec::new();
    for (r, then) in left {
        let (now, mine) = (value_of(project, *r), value_of(&before, *r));
        let refused = |field: &str| {
            let thing = what(*r);
            Plan::Refused(EditError::ChangedSince(if field.is_empty() {
                t!("msg-undo-changed-since", thing = thing)
            } else {
                t!(
                    "msg-undo-field-changed-since",
                    field = field.replace('_', " "),
                    thing = thing
                )
            }))
        };
        let (Some(now), Some(then), Some(mine)) = (now, then.clone(), mine) else {
            return whole();
        };
        let mut merged = now.clone();
        let theirs = differing(&then, &now);
        for field in differing(&then, &mine) {
            if theirs.contains(&field) {
                return refused(&field);
            }
            if let (Value::Object(merged), Value::Object(mine)) = (&mut merged, &mine) {
                match mine.get(&field) {
                    Some(v) => merged.insert(field, v.clone()),
                    None => merged.remove(&field),
                };
            }
        }
        if merged != now
            && let Some(edit) = set(*r, merged)
        {
            edits.push(edit);
        }
    }
    Plan::Instead(edits)
}

//! Undo in a shared project: Ctrl+Z takes back my last edit only. Each undo step
//! remembers what my edit left behind (the touched items, as field values); when
//! someone else has changed one of them since, undo either takes back only the
//! fields I changed (theirs are different fields) or refuses, saying which field
//! it would overwrite.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::edit::{Change, EditError, Entity, EntityRef};
use crate::i18n::Said;
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

/// A field of an item named for people, in the language shown ("target emotion"),
/// or `None` for one without a name (an id): the message then names the item only.
/// A test checks that every field of every item a live session shares has a name.
fn field_name(field: &str) -> Option<&'static str> {
    Some(match field {
        "stage" => t!("undo-field-stage"),
        "lane" => t!("undo-field-lane"),
        "title" => t!("undo-field-title"),
        "notes" => t!("undo-field-notes"),
        "channel" => t!("undo-field-channel"),
        "contact" => t!("undo-field-contact"),
        "department" => t!("undo-field-department"),
        "emotion" => t!("undo-field-emotion"),
        "target_emotion" => t!("undo-field-target-emotion"),
        "effort" => t!("undo-field-effort"),
        "moment_of_truth" => t!("undo-field-moment-of-truth"),
        "pain_point" => t!("undo-field-pain-point"),
        "personas" => t!("undo-field-personas"),
        "hypotheses" => t!("undo-field-hypotheses"),
        "evidence" => t!("undo-field-evidence"),
        "votes" => t!("undo-field-votes"),
        "kano" => t!("undo-field-kano"),
        "color" => t!("undo-field-color"),
        "name" => t!("undo-field-name"),
        "segment" => t!("undo-field-segment"),
        "market" => t!("undo-field-market"),
        "photo" => t!("undo-field-photo"),
        "avatar_color" => t!("undo-field-avatar-color"),
        "age" => t!("undo-field-age"),
        "location" => t!("undo-field-location"),
        "occupation" => t!("undo-field-occupation"),
        "demographics" => t!("undo-field-demographics"),
        "quote" => t!("undo-field-quote"),
        "description" => t!("undo-field-description"),
        "goals" => t!("undo-field-goals"),
        "needs" => t!("undo-field-needs"),
        "expectations" => t!("undo-field-expectations"),
        "frustrations" => t!("undo-field-frustrations"),
        "behaviours" => t!("undo-field-behaviours"),
        "channels" => t!("undo-field-channels"),
        "sliders" => t!("undo-field-sliders"),
        "validation" => t!("undo-field-validation"),
        "segment_rules" => t!("undo-field-segment-rules"),
        "custom_fields" => t!("undo-field-custom-fields"),
        "statement" => t!("undo-field-statement"),
        "status" => t!("undo-field-status"),
        "owner" => t!("undo-field-owner"),
        "kind" => t!("undo-field-kind"),
        "note" => t!("undo-field-note"),
        "source" => t!("undo-field-source"),
        "columns" => t!("undo-field-columns"),
        "rows" => t!("undo-field-rows"),
        "outcome" => t!("undo-field-outcome"),
        "text" => t!("undo-field-text"),
        "journey" => t!("undo-field-journey"),
        "goal" => t!("undo-field-goal"),
        "stages" => t!("undo-field-stages"),
        "lanes" => t!("undo-field-lanes"),
        "cards" => t!("undo-field-cards"),
        "links" => t!("undo-field-links"),
        "facilitator_notes" => t!("undo-field-facilitator-notes"),
        "locked" => t!("undo-field-locked"),
        "phase" => t!("undo-field-phase"),
        "width" => t!("undo-field-width"),
        "kpis" => t!("undo-field-kpis"),
        "height" => t!("undo-field-height"),
        "from" => t!("undo-field-from"),
        "to" => t!("undo-field-to"),
        "label" => t!("undo-field-label"),
        "question" => t!("undo-field-question"),
        "dots_per_participant" => t!("undo-field-dots-per-participant"),
        "participants" => t!("undo-field-participants"),
        "open" => t!("undo-field-open"),
        "opened_at" => t!("undo-field-opened-at"),
        "closed_at" => t!("undo-field-closed-at"),
        "settings" => t!("undo-field-settings"),
        _ => return None,
    })
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
        let deleted = value_of(project, first_theirs).is_none();
        Plan::Refused(EditError::ChangedSince(Said::new(|| {
            let thing = what(first_theirs);
            if deleted {
                t!("msg-undo-deleted-since", thing = thing)
            } else {
                t!("msg-undo-changed-since", thing = thing)
            }
        })))
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
            Plan::Refused(EditError::ChangedSince(Said::new(|| {
                let thing = what(*r);
                if let Some(field) = field_name(field) {
                    t!("msg-undo-field-changed-since", field = field, thing = thing)
                } else {
                    t!("msg-undo-changed-since", thing = thing)
                }
            })))
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

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde::de::{Error as _, Visitor, value::Error};

    use super::field_name;
    use crate::i18n::{Lang, scoped};
    use crate::model::{
        Card, CardLink, Dataset, Evidence, Hypothesis, Journey, JourneyInfo, Lane, ParkingNote,
        Persona, ProjectInfo, Stage, VoteSession,
    };

    /// A deserializer that only notes the fields a struct is read from (serde's own
    /// list, so a field added to an item is seen here).
    struct Fields<'a>(&'a mut Vec<&'static str>);

    impl<'de> serde::Deserializer<'de> for Fields<'_> {
        type Error = Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
            Err(Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Error> {
            self.0.extend(fields);
            Err(Error::custom("fields noted"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    fn fields<'de, T: Deserialize<'de>>() -> Vec<&'static str> {
        let mut fields = Vec::new();
        let _ = T::deserialize(Fields(&mut fields));
        assert!(!fields.is_empty(), "{}", std::any::type_name::<T>());
        fields
    }

    #[test]
    fn every_field_a_live_session_shares_has_a_name_in_every_language() {
        let all = [
            fields::<ProjectInfo>(),
            fields::<Persona>(),
            fields::<Hypothesis>(),
            fields::<Evidence>(),
            fields::<Dataset>(),
            fields::<ParkingNote>(),
            fields::<Journey>(),
            fields::<JourneyInfo>(),
            fields::<Stage>(),
            fields::<Lane>(),
            fields::<Card>(),
            fields::<CardLink>(),
            fields::<VoteSession>(),
        ]
        .concat();
        assert!(all.contains(&"target_emotion") && all.contains(&"dots_per_participant"));
        let mut nameless = Vec::new();
        for lang in Lang::ALL {
            let _lang = scoped(lang);
            for field in all.iter().filter(|f| **f != "id") {
                match field_name(field) {
                    Some(name) if !name.is_empty() && !name.contains('_') => {}
                    _ => nameless.push(format!("{field} ({lang:?})")),
                }
            }
        }
        assert!(nameless.is_empty(), "fields without a name: {nameless:?}");
        let _fr = scoped(Lang::Fr);
        assert_eq!(field_name("target_emotion"), Some("émotion visée"));
        assert_eq!(field_name("id"), None);
    }
}

//! Locks against accidental edits: a locked stage or lane keeps its cards and its
//! own settings; a locked journey keeps everything on its map. Dot votes are still
//! cast on a locked map (locking the map for a vote is the point), and the lock
//! itself is the one setting that can change.

use crate::edit::{Change, Edit};
use crate::model::{Card, Journey, Lane, Project, Stage};

/// Why `edit` may not be made while things are locked; `None` when it may.
pub fn refusal(project: &Project, edit: &Edit) -> Option<String> {
    match edit {
        Edit::Batch(edits) => edits.iter().find_map(|e| refusal(project, e)),
        Edit::Card { journey, change } => {
            let journey = project.journey(*journey)?;
            if only_votes(journey, change) {
                return None;
            }
            map_locked(journey).or_else(|| card_change(journey, change))
        }
        Edit::Stage { journey, change } => {
            let journey = project.journey(*journey)?;
            match change {
                Change::Replace { item } => {
                    let old = journey.stage(item.id)?;
                    let same = Stage {
                        locked: old.locked,
                        ..item.clone()
                    } == *old;
                    settings_change(journey, same, stage_locked(old))
                }
                Change::Remove { id } => {
                    map_locked(journey).or_else(|| journey.stage(*id).and_then(stage_locked))
                }
                _ => map_locked(journey),
            }
        }
        Edit::Lane { journey, change } => {
            let journey = project.journey(*journey)?;
            match change {
                Change::Replace { item } => {
                    let old = journey.lanes.iter().find(|l| l.id == item.id)?;
                    let same = Lane {
                        locked: old.locked,
                        ..item.clone()
                    } == *old;
                    settings_change(journey, same, lane_locked(old))
                }
                Change::Remove { id } => map_locked(journey).or_else(|| {
                    journey
                        .lanes
                        .iter()
                        .find(|l| l.id == *id)
                        .and_then(lane_locked)
                }),
                _ => map_locked(journey),
            }
        }
        Edit::JourneyInfo { journey, info } => {
            let j = project.journey(*journey)?;
            let mut same = info.clone();
            same.locked = j.locked;
            (same != j.info()).then(|| map_locked(j)).flatten()
        }
        Edit::Journey(
            Change::Remove { id }
            | Change::Replace {
                item: Journey { id, .. },
            },
        ) => project.journey(*id).and_then(map_locked),
        Edit::Link { journey, .. } => project.journey(*journey).and_then(map_locked),
        _ => None,
    }
}

/// A stage's or lane's settings replaced: refused (by its map's lock, then its own)
/// unless only the lock itself changes (`same` otherwise).
fn settings_change(journey: &Journey, same: bool, own: Option<String>) -> Option<String> {
    if same {
        None
    } else {
        map_locked(journey).or(own)
    }
}

fn map_locked(journey: &Journey) -> Option<String> {
    journey
        .locked
        .then(|| crate::t!("msg-lock-map", name = journey.name.as_str()))
}

fn stage_locked(stage: &Stage) -> Option<String> {
    stage
        .locked
        .then(|| crate::t!("msg-lock-stage", name = stage.name.as_str()))
}

fn lane_locked(lane: &Lane) -> Option<String> {
    lane.locked
        .then(|| crate::t!("msg-lock-lane", name = lane.title()))
}

/// A card replaced with nothing changed but its dots: votes are cast on locked maps.
fn only_votes(journey: &Journey, change: &Change<Card>) -> bool {
    let Change::Replace { item } = change else {
        return false;
    };
    journey.card(item.id).is_some_and(|old| {
        Card {
            votes: old.votes.clone(),
            ..item.clone()
        } == *old
    })
}

/// A card change touches a locked stage or lane where the card is or goes.
fn card_change(journey: &Journey, change: &Change<Card>) -> Option<String> {
    let place = |card: &Card| {
        journey
            .stage(card.stage)
            .and_then(stage_locked)
            .or_else(|| {
                journey
                    .lanes
                    .iter()
                    .find(|l| l.id == card.lane)
                    .and_then(lane_locked)
            })
    };
    match change {
        Change::Insert { item, .. } => place(item),
        Change::Replace { item } => journey
            .card(item.id)
            .and_then(place)
            .or_else(|| place(item)),
        Change::Remove { id } | Change::Move { id, .. } => journey.card(*id).and_then(place),
        Change::Reorder { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::synthetic;

    #[test]
    fn locked_stages_lanes_and_maps_refuse_edits_but_not_their_unlocking() {
        let mut p = synthetic::project(40);
        let j = p.journeys[0].clone();
        let card = j.cards[0].clone();
        let moved = |card: &Card| Edit::Card {
            journey: j.id,
            change: Change::Replace {
                item: Card {
                    title: "changed".into(),
                    ..card.clone()
                },
            },
        };
        assert_eq!(refusal(&p, &moved(&card)), None);

        // Lock the card's stage.
        let stage = j.stage(card.stage).unwrap().clone();
        let lock = |locked| Edit::Stage {
            journey: j.id,
            change: Change::Replace {
                item: Stage {
                    locked,
                    ..stage.clone()
                },
            },
        };
        assert_eq!(refusal(&p, &lock(true)), None, "locking is always allowed");
        lock(true).apply(&mut p).unwrap();
        let why = refusal(&p, &moved(&card)).unwrap();
        assert!(
            why.starts_with(&format!("the stage “{}” is locked", stage.name)),
            "{why}"
        );
        let rename = Edit::Stage {
            journey: j.id,
            change: Change::Replace {
                item: Stage {
                    name: "renamed".into(),
                    locked: true,
                    ..stage.clone()
                },
            },
        };
        assert!(refusal(&p, &rename).is_some());
        assert_eq!(refusal(&p, &lock(false)), None, "unlocking is allowed");
        lock(false).apply(&mut p).unwrap();

        // Lock the whole map: every map edit is refused, votes are not.
        let info = Edit::JourneyInfo {
            journey: j.id,
            info: crate::model::JourneyInfo {
                locked: true,
                ..j.info()
            },
        };
        assert_eq!(refusal(&p, &info), None);
        info.apply(&mut p).unwrap();
        assert!(refusal(&p, &moved(&card)).unwrap().contains("is locked"));
        let rename = Edit::JourneyInfo {
            journey: j.id,
            info: crate::model::JourneyInfo {
                name: "renamed".into(),
                locked: true,
                ..j.info()
            },
        };
        assert!(refusal(&p, &rename).is_some());
        let vote = Edit::Vote {
            journey: j.id,
            change: Change::Insert {
                index: 0,
                item: crate::model::VoteSession::default(),
            },
        };
        assert_eq!(refusal(&p, &vote), None);
        assert!(refusal(&p, &Edit::Batch(vec![vote, moved(&card)])).is_some());
        let dot = Edit::Card {
            journey: j.id,
            change: Change::Replace {
                item: Card {
                    votes: vec![crate::model::CardVote {
                        session: crate::model::VoteId(1),
                        participant: crate::model::ParticipantId(1),
                        dots: 1,
                    }],
                    ..card.clone()
                },
            },
        };
        assert_eq!(refusal(&p, &dot), None, "dots are cast on a locked map");
    }
}

//! The edits behind the operations users make on maps: adding, moving, copying and
//! deleting cards, stages, lanes, links and journeys. Each function reads the project
//! as it is and returns one [`Edit`] (a batch when needed), so that every operation is
//! one undo step. No UI here.

use std::collections::{BTreeMap, BTreeSet};

use crate::edit::{Change, Edit};
use crate::model::{
    Card, CardId, CardLink, ColumnRole, Dataset, ItemTarget, Journey, JourneyId, Lane, LaneId,
    LinkId, Project, Stage, StageId,
};

/// Hands out fresh ids (the document's id generator).
pub type NewId<'a> = &'a mut dyn FnMut() -> u64;

/// Cards copied with Ctrl+C: the cards and the links between them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clipboard {
    pub cards: Vec<Card>,
    pub links: Vec<CardLink>,
}

/// Where in `journey.cards` a card placed in (stage, lane) goes: before `before`, or
/// after the last card of that cell (at the end when the cell is empty).
pub fn index_in_cell(
    journey: &Journey,
    stage: StageId,
    lane: LaneId,
    before: Option<CardId>,
) -> usize {
    if let Some(before) = before
        && let Some(i) = journey.cards.iter().position(|c| c.id == before)
    {
        return i;
    }
    journey
        .cards
        .iter()
        .rposition(|c| c.stage == stage && c.lane == lane)
        .map_or(journey.cards.len(), |i| i + 1)
}

/// Adds `card` to its cell, before `before` or at the end of the cell.
pub fn add_card(journey: &Journey, card: Card, before: Option<CardId>) -> Edit {
    let index = index_in_cell(journey, card.stage, card.lane, before);
    Edit::Card {
        journey: journey.id,
        change: Change::Insert { index, item: card },
    }
}

/// Moves cards (in their current order) into (stage, lane), before `before` or at the
/// end of that cell. `None` when nothing would change.
pub fn move_cards(
    journey: &Journey,
    ids: &[CardId],
    stage: StageId,
    lane: LaneId,
    before: Option<CardId>,
) -> Option<Edit> {
    let moving: BTreeSet<CardId> = ids.iter().copied().collect();
    let moved: Vec<&Card> = journey
        .cards
        .iter()
        .filter(|c| moving.contains(&c.id))
        .collect();
    if moved.is_empty() {
        return None;
    }
    let mut order: Vec<CardId> = journey
        .cards
        .iter()
        .filter(|c| !moving.contains(&c.id))
        .map(|c| c.id)
        .collect();
    // Where every card is now (looked up once, not per card).
    let cells: BTreeMap<CardId, (StageId, LaneId)> = journey
        .cards
        .iter()
        .map(|c| (c.id, (c.stage, c.lane)))
        .collect();
    let before = before.filter(|b| !moving.contains(b));
    let at = match before.and_then(|b| order.iter().position(|id| *id == b)) {
        Some(i) => i,
        None => order
            .iter()
            .rposition(|id| cells.get(id) == Some(&(stage, lane)))
            .map_or(order.len(), |i| i + 1),
    };
    order.splice(at..at, moved.iter().map(|c| c.id));

    let mut edits: Vec<Edit> = moved
        .iter()
        .filter(|c| c.stage != stage || c.lane != lane)
        .map(|c| Edit::Card {
            journey: journey.id,
            change: Change::Replace {
                item: Card {
                    stage,
                    lane,
                    ..(*c).clone()
                },
            },
        })
        .collect();
    // Only the order within each cell shows; moving past cards of other cells is no
    // change.
    let cell_of = |id: CardId| -> Option<(StageId, LaneId)> {
        if moving.contains(&id) {
            Some((stage, lane))
        } else {
            cells.get(&id).copied()
        }
    };
    let mut old_cells: BTreeMap<(StageId, LaneId), Vec<CardId>> = BTreeMap::new();
    for c in &journey.cards {
        old_cells.entry((c.stage, c.lane)).or_default().push(c.id);
    }
    let mut new_cells: BTreeMap<(StageId, LaneId), Vec<CardId>> = BTreeMap::new();
    for id in &order {
        if let Some(cell) = cell_of(*id) {
            new_cells.entry(cell).or_default().push(*id);
        }
    }
    if new_cells != old_cells {
        edits.push(Edit::Card {
            journey: journey.id,
            change: Change::Reorder { order },
        });
    }
    (!edits.is_empty()).then(|| Edit::batch(edits))
}

/// Removes cards, the links that touch them, and dataset mappings onto them.
pub fn delete_cards(project: &Project, journey: &Journey, ids: &[CardId]) -> Edit {
    let gone: BTreeSet<CardId> = ids.iter().copied().collect();
    Edit::batch(remove_cards(project, journey, &gone, |_| false))
}

/// The edits that remove cards, their links, and the dataset mappings onto them or
/// onto any target `also` names (one pass over the datasets, so that mappings
/// removed for the cards are not put back by a second pass).
fn remove_cards(
    project: &Project,
    journey: &Journey,
    gone: &BTreeSet<CardId>,
    also: impl Fn(&ItemTarget) -> bool,
) -> Vec<Edit> {
    let mut edits: Vec<Edit> = journey
        .links
        .iter()
        .filter(|l| gone.contains(&l.from) || gone.contains(&l.to))
        .map(|l| Edit::Link {
            journey: journey.id,
            change: Change::Remove { id: l.id },
        })
        .collect();
    edits.extend(
        journey
            .cards
            .iter()
            .filter(|c| gone.contains(&c.id))
            .map(|c| Edit::Card {
                journey: journey.id,
                change: Change::Remove { id: c.id },
            }),
    );
    edits.extend(unmap(project, |t| {
        matches!(t, ItemTarget::Card(c) if gone.contains(c)) || also(t)
    }));
    edits
}

/// Dataset columns mapped onto targets that are going away, with those mappings
/// removed.
fn unmap(project: &Project, going: impl Fn(&ItemTarget) -> bool) -> Vec<Edit> {
    project
        .datasets
        .iter()
        .filter_map(|d| {
            let mut changed = false;
            let columns = d
                .columns
                .iter()
                .map(|col| {
                    let mut col = col.clone();
                    if let ColumnRole::Item(t) | ColumnRole::Verbatim(t) = &mut col.role {
                        let before = t.len();
                        t.retain(|x| !going(x));
                        changed |= t.len() != before;
                    }
                    col
                })
                .collect();
            changed.then(|| {
                Edit::Dataset(Change::Replace {
                    item: Dataset {
                        columns,
                        ..d.clone()
                    },
                })
            })
        })
        .collect()
}

/// The selected cards (in journey order) and the links between them.
pub fn copy_cards(journey: &Journey, ids: &[CardId]) -> Clipboard {
    let chosen: BTreeSet<CardId> = ids.iter().copied().collect();
    Clipboard {
        cards: journey
            .cards
            .iter()
            .filter(|c| chosen.contains(&c.id))
            .cloned()
            .collect(),
        links: journey
            .links
            .iter()
            .filter(|l| chosen.contains(&l.from) && chosen.contains(&l.to))
            .cloned()
            .collect(),
    }
}

/// A copy of `card` with a new id, keeping only references that exist in `project`
/// (votes stay with the original: they belong to a session of its journey).
fn fresh_copy(project: &Project, card: &Card, id: CardId) -> Card {
    let mut copy = card.clone();
    copy.id = id;
    copy.votes.clear();
    copy.personas.retain(|p| project.persona(*p).is_some());
    copy.hypotheses.retain(|h| project.hypothesis(*h).is_some());
    copy.evidence
        .retain(|e| project.evidence_item(*e).is_some());
    copy
}

/// Pastes the clipboard into (stage, lane), at the end of the cell. Returns the edit
/// and the ids of the new cards.
pub fn paste(
    project: &Project,
    journey: &Journey,
    clipboard: &Clipboard,
    stage: StageId,
    lane: LaneId,
    new_id: NewId<'_>,
) -> (Edit, Vec<CardId>) {
    let first = index_in_cell(journey, stage, lane, None);
    let mut renamed: BTreeMap<CardId, CardId> = BTreeMap::new();
    let mut new_ids = Vec::with_capacity(clipboard.cards.len());
    let mut edits = Vec::new();
    for (index, card) in (first..).zip(&clipboard.cards) {
        let id = CardId(new_id());
        renamed.insert(card.id, id);
        new_ids.push(id);
        let mut copy = fresh_copy(project, card, id);
        copy.stage = stage;
        copy.lane = lane;
        edits.push(Edit::Card {
            journey: journey.id,
            change: Change::Insert { index, item: copy },
        });
    }
    edits.extend(copied_links(journey.id, &clipboard.links, &renamed, new_id));
    (Edit::batch(edits), new_ids)
}

/// Duplicates cards in place: each copy right after its original. Returns the edit
/// and the ids of the copies.
pub fn duplicate_cards(
    project: &Project,
    journey: &Journey,
    ids: &[CardId],
    new_id: NewId<'_>,
) -> (Edit, Vec<CardId>) {
    let chosen: BTreeSet<CardId> = ids.iter().copied().collect();
    let mut renamed: BTreeMap<CardId, CardId> = BTreeMap::new();
    let mut copies = Vec::new();
    let mut order = Vec::with_capacity(journey.cards.len() + chosen.len());
    for card in &journey.cards {
        order.push(card.id);
        if chosen.contains(&card.id) {
            let id = CardId(new_id());
            renamed.insert(card.id, id);
            order.push(id);
            copies.push(fresh_copy(project, card, id));
        }
    }
    let mut edits: Vec<Edit> = copies
        .into_iter()
        .map(|item| Edit::Card {
            journey: journey.id,
            change: Change::Insert {
                index: usize::MAX,
                item,
            },
        })
        .collect();
    edits.push(Edit::Card {
        journey: journey.id,
        change: Change::Reorder { order },
    });
    let links = copy_cards(journey, ids).links;
    edits.extend(copied_links(journey.id, &links, &renamed, new_id));
    let new_ids = ids
        .iter()
        .filter_map(|id| renamed.get(id).copied())
        .collect();
    (Edit::batch(edits), new_ids)
}

fn copied_links(
    journey: JourneyId,
    links: &[CardLink],
    renamed: &BTreeMap<CardId, CardId>,
    new_id: NewId<'_>,
) -> Vec<Edit> {
    links
        .iter()
        .filter_map(|l| {
            Some(Edit::Link {
                journey,
                change: Change::Insert {
                    index: usize::MAX,
                    item: CardLink {
                        id: LinkId(new_id()),
                        from: *renamed.get(&l.from)?,
                        to: *renamed.get(&l.to)?,
                        label: l.label.clone(),
                    },
                },
            })
        })
        .collect()
}

/// A link from one card to another; `None` if it would join a card to itself or
/// repeat an existing link.
pub fn link_cards(journey: &Journey, from: CardId, to: CardId, id: LinkId) -> Option<Edit> {
    let exists = journey.links.iter().any(|l| l.from == from && l.to == to);
    (from != to && !exists && journey.card(from).is_some() && journey.card(to).is_some()).then(
        || Edit::Link {
            journey: journey.id,
            change: Change::Insert {
                index: usize::MAX,
                item: CardLink {
                    id,
                    from,
                    to,
                    label: String::new(),
                },
            },
        },
    )
}

/// Removes a stage with its cards (and their links and mappings).
pub fn delete_stage(project: &Project, journey: &Journey, stage: StageId) -> Edit {
    let cards: BTreeSet<CardId> = journey
        .cards
        .iter()
        .filter(|c| c.stage == stage)
        .map(|c| c.id)
        .collect();
    let mut edits = remove_cards(project, journey, &cards, |t| *t == ItemTarget::Stage(stage));
    edits.push(Edit::Stage {
        journey: journey.id,
        change: Change::Remove { id: stage },
    });
    Edit::batch(edits)
}

/// Removes a lane with its cards (and their links and mappings).
pub fn delete_lane(project: &Project, journey: &Journey, lane: LaneId) -> Edit {
    let cards: BTreeSet<CardId> = journey
        .cards
        .iter()
        .filter(|c| c.lane == lane)
        .map(|c| c.id)
        .collect();
    let mut edits = remove_cards(project, journey, &cards, |_| false);
    edits.push(Edit::Lane {
        journey: journey.id,
        change: Change::Remove { id: lane },
    });
    Edit::batch(edits)
}

/// Inserts a stage at `index` (clamped).
pub fn insert_stage(journey: &Journey, stage: Stage, index: usize) -> Edit {
    Edit::Stage {
        journey: journey.id,
        change: Change::Insert { index, item: stage },
    }
}

/// Inserts a lane at `index` (clamped).
pub fn insert_lane(journey: &Journey, lane: Lane, index: usize) -> Edit {
    Edit::Lane {
        journey: journey.id,
        change: Change::Insert { index, item: lane },
    }
}

/// A copy of a journey with new ids everywhere, named "… (copy)" in the
/// language shown.
pub fn duplicate_journey(journey: &Journey, new_id: NewId<'_>) -> Journey {
    let mut copy = journey.clone();
    copy.id = JourneyId(new_id());
    copy.name = crate::t!("name-copy", name = journey.name.as_str());
    let mut stages = BTreeMap::new();
    for s in &mut copy.stages {
        let id = StageId(new_id());
        stages.insert(s.id, id);
        s.id = id;
        for k in &mut s.kpis {
            k.id = crate::model::KpiId(new_id());
        }
    }
    let mut lanes = BTreeMap::new();
    for l in &mut copy.lanes {
        let id = LaneId(new_id());
        lanes.insert(l.id, id);
        l.id = id;
    }
    let mut votes = BTreeMap::new();
    let mut participants = BTreeMap::new();
    for v in &mut copy.votes {
        let id = crate::model::VoteId(new_id());
        votes.insert(v.id, id);
        v.id = id;
        for p in &mut v.participants {
            let pid = crate::model::ParticipantId(new_id());
            participants.insert(p.id, pid);
            p.id = pid;
        }
    }
    let mut cards = BTreeMap::new();
    for c in &mut copy.cards {
        let id = CardId(new_id());
        cards.insert(c.id, id);
        c.id = id;
        c.stage = stages.get(&c.stage).copied().unwrap_or(c.stage);
        c.lane = lanes.get(&c.lane).copied().unwrap_or(c.lane);
        for v in &mut c.votes {
            v.session = votes.get(&v.session).copied().unwrap_or(v.session);
            v.participant = participants
                .get(&v.participant)
                .copied()
                .unwrap_or(v.participant);
        }
    }
    for l in &mut copy.links {
        l.id = LinkId(new_id());
        l.from = cards.get(&l.from).copied().unwrap_or(l.from);
        l.to = cards.get(&l.to).copied().unwrap_or(l.to);
    }
    copy
}

/// A template's journey for another project: new ids, its name kept, and nothing
/// that points outside the journey (personas, hypotheses, evidence, votes, KPI data
/// sources), since the project it joins has none of those.
pub fn journey_from_template(journey: &Journey, new_id: NewId<'_>) -> Journey {
    let mut copy = duplicate_journey(journey, new_id);
    copy.name.clone_from(&journey.name);
    copy.personas.clear();
    copy.votes.clear();
    copy.locked = false;
    for stage in &mut copy.stages {
        stage.locked = false;
        for kpi in &mut stage.kpis {
            kpi.source = None;
        }
    }
    for lane in &mut copy.lanes {
        lane.locked = false;
    }
    for card in &mut copy.cards {
        card.personas.clear();
        card.hypotheses.clear();
        card.evidence.clear();
        card.votes.clear();
    }
    copy
}

/// Removes a journey, and dataset mappings onto its cards and stages.
pub fn delete_journey(project: &Project, journey: &Journey) -> Edit {
    let cards: BTreeSet<CardId> = journey.cards.iter().map(|c| c.id).collect();
    let stages: BTreeSet<StageId> = journey.stages.iter().map(|s| s.id).collect();
    let mut edits = unmap(project, |t| match t {
        ItemTarget::Card(c) => cards.contains(c),
        ItemTarget::Stage(s) => stages.contains(s),
    });
    edits.push(Edit::Journey(Change::Remove { id: journey.id }));
    Edit::batch(edits)
}

/// Removes a dataset; what read it (persona segment rules, stage KPIs, evidence)
/// keeps its column and last value but no longer names it.
pub fn delete_dataset(project: &Project, id: crate::model::DatasetId) -> Edit {
    use crate::model::EvidenceKind;
    let mut edits = Vec::new();
    for p in &project.personas {
        if p.segment_rules.iter().any(|r| r.dataset == Some(id)) {
            let mut p = p.clone();
            for r in &mut p.segment_rules {
                if r.dataset == Some(id) {
                    r.dataset = None;
                }
            }
            edits.push(Edit::Persona(Change::Replace { item: p }));
        }
    }
    for j in &project.journeys {
        for stage in &j.stages {
            let reads =
                |k: &crate::model::Kpi| k.source.as_ref().is_some_and(|q| q.dataset == Some(id));
            if stage.kpis.iter().any(reads) {
                let mut stage = stage.clone();
                for k in &mut stage.kpis {
                    if let Some(q) = &mut k.source
                        && q.dataset == Some(id)
                    {
                        q.dataset = None;
                    }
                }
                edits.push(Edit::Stage {
                    journey: j.id,
                    change: Change::Replace { item: stage },
                });
            }
        }
    }
    for e in &project.evidence {
        let mut e = e.clone();
        let dataset = match &mut e.kind {
            EvidenceKind::Figure { query, .. } => &mut query.dataset,
            EvidenceKind::Verbatim { dataset, .. } => dataset,
            EvidenceKind::Interview { .. } | EvidenceKind::Document { .. } => continue,
        };
        if *dataset == Some(id) {
            *dataset = None;
            edits.push(Edit::Evidence(Change::Replace { item: e }));
        }
    }
    edits.push(Edit::Dataset(Change::Remove { id }));
    Edit::batch(edits)
}

pub mod locks;
pub mod personas;
pub mod votes;

#[cfg(test)]
mod tests;

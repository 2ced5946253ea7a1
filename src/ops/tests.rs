#![allow(
    clippy::many_single_char_names,
    reason = "p, j, s, l: project, journey, stage, lane, in every test"
)]

use super::*;
use crate::model::{Column, ColumnKind, DatasetId, IdGen, integrity, synthetic};

fn ids(p: &Project) -> IdGen {
    p.id_gen()
}

fn cell_titles(j: &Journey, s: StageId, l: LaneId) -> Vec<CardId> {
    j.cards_in(s, l).map(|c| c.id).collect()
}

/// Applies an edit, checks the project stays consistent, undoes it and checks the
/// project is back.
fn check(p: &mut Project, edit: Edit) -> Project {
    let before = p.clone();
    let inverse = edit.apply(p).unwrap();
    let after = p.clone();
    let mut copy = after.clone();
    assert!(
        integrity::repair(&mut copy).is_empty(),
        "{:?}",
        integrity::repair(&mut copy.clone())
    );
    inverse.apply(p).unwrap();
    assert_eq!(*p, before);
    *p = after.clone();
    after
}

#[test]
fn a_new_card_goes_to_the_end_of_its_cell_or_before_a_card() {
    let mut p = synthetic::project(60);
    let j = p.journeys[0].clone();
    let (s, l) = (j.cards[0].stage, j.cards[0].lane);
    let cell = cell_titles(&j, s, l);
    let card = Card::new(CardId(9000), s, l, "New");
    let after = check(&mut p, add_card(&j, card.clone(), None));
    assert_eq!(
        cell_titles(&after.journeys[0], s, l).last(),
        Some(&CardId(9000))
    );
    let mut p = synthetic::project(60);
    let after = check(&mut p, add_card(&j, card, Some(cell[1])));
    assert_eq!(cell_titles(&after.journeys[0], s, l)[1], CardId(9000));
}

#[test]
fn cards_move_between_cells_and_within_a_cell() {
    let mut p = synthetic::project(120);
    let j = p.journeys[0].clone();
    let (s0, l0) = (j.cards[0].stage, j.cards[0].lane);
    let target_stage = j.stages[3].id;
    let target_cell = cell_titles(&j, target_stage, l0);
    let moving = vec![j.cards[0].id, cell_titles(&j, s0, l0)[1]];
    let edit = move_cards(&j, &moving, target_stage, l0, Some(target_cell[0])).unwrap();
    let after = check(&mut p, edit);
    let now = cell_titles(&after.journeys[0], target_stage, l0);
    assert_eq!(&now[..2], &moving[..]);
    assert_eq!(now.len(), target_cell.len() + 2);
    assert_eq!(
        cell_titles(&after.journeys[0], s0, l0).len(),
        cell_titles(&j, s0, l0).len() - 2
    );

    // Within a cell: the first card to the end.
    let j = after.journeys[0].clone();
    let cell = cell_titles(&j, target_stage, l0);
    let edit = move_cards(&j, &[cell[0]], target_stage, l0, None).unwrap();
    let after = check(&mut p, edit);
    assert_eq!(
        cell_titles(&after.journeys[0], target_stage, l0).last(),
        Some(&cell[0])
    );

    // Dropping a card where it is changes nothing.
    let j = after.journeys[0].clone();
    let cell = cell_titles(&j, target_stage, l0);
    assert!(move_cards(&j, &[cell[1]], target_stage, l0, Some(cell[2])).is_none());
}

#[test]
fn deleting_cards_takes_their_links_and_mappings() {
    let mut p = synthetic::project(60);
    let j = p.journeys[0].clone();
    let link = j.links[0].clone();
    p.datasets.push(Dataset {
        id: DatasetId(50_000),
        columns: vec![Column::new(
            "Q1",
            ColumnKind::Number,
            ColumnRole::Item(vec![
                ItemTarget::Card(link.from),
                ItemTarget::Stage(j.stages[0].id),
            ]),
        )],
        ..Dataset::default()
    });
    let edit = delete_cards(&p, &j, &[link.from]);
    let after = check(&mut p, edit);
    assert!(after.journeys[0].card(link.from).is_none());
    assert!(after.journeys[0].links.iter().all(|l| l.id != link.id));
    assert_eq!(
        after.datasets[0].columns[0].role,
        ColumnRole::Item(vec![ItemTarget::Stage(j.stages[0].id)])
    );
}

#[test]
fn copies_get_new_ids_and_keep_their_links() {
    let mut p = synthetic::project(60);
    let j = p.journeys[0].clone();
    let link = j.links[0].clone();
    let mut id_gen = ids(&p);
    let mut new_id = || id_gen.next_raw();
    let (edit, copies) = duplicate_cards(&p, &j, &[link.from, link.to], &mut new_id);
    let after = check(&mut p, edit);
    let j2 = &after.journeys[0];
    assert_eq!(j2.cards.len(), j.cards.len() + 2);
    assert_eq!(copies.len(), 2);
    // Each copy sits right after its original.
    let pos = |id: CardId| j2.cards.iter().position(|c| c.id == id).unwrap();
    assert_eq!(pos(copies[0]), pos(link.from) + 1);
    assert!(
        j2.links
            .iter()
            .any(|l| l.from == copies[0] && l.to == copies[1])
    );

    let clip = copy_cards(j2, &[link.from, link.to]);
    assert_eq!(clip.links.len(), 1);
    let (s, l) = (j2.stages[2].id, j2.lanes[1].id);
    let (edit, pasted) = paste(&after, j2, &clip, s, l, &mut new_id);
    let after = check(&mut p, edit);
    let j3 = &after.journeys[0];
    for id in &pasted {
        let c = j3.card(*id).unwrap();
        assert_eq!((c.stage, c.lane), (s, l));
    }
    assert!(
        j3.links
            .iter()
            .any(|l| l.from == pasted[0] && l.to == pasted[1])
    );
}

#[test]
fn links_are_not_doubled_or_looped() {
    let p = synthetic::project(60);
    let j = &p.journeys[0];
    let existing = &j.links[0];
    assert!(link_cards(j, existing.from, existing.to, LinkId(70_000)).is_none());
    assert!(link_cards(j, existing.from, existing.from, LinkId(70_000)).is_none());
    assert!(link_cards(j, existing.to, existing.from, LinkId(70_000)).is_some());
}

#[test]
fn deleting_a_stage_or_lane_takes_its_cards() {
    let mut p = synthetic::project(120);
    let j = p.journeys[0].clone();
    let stage = j.stages[1].id;
    let card = j.cards.iter().find(|c| c.stage == stage).unwrap().id;
    let kept = ItemTarget::Stage(j.stages[0].id);
    // One column about a card of the stage, the stage itself and another stage.
    p.datasets.push(Dataset {
        id: DatasetId(50_000),
        columns: vec![Column::new(
            "Q1",
            ColumnKind::Number,
            ColumnRole::Item(vec![ItemTarget::Card(card), ItemTarget::Stage(stage), kept]),
        )],
        ..Dataset::default()
    });
    let edit = delete_stage(&p, &j, stage);
    let after = check(&mut p, edit);
    assert!(after.journeys[0].stage(stage).is_none());
    assert!(after.journeys[0].cards.iter().all(|c| c.stage != stage));
    assert_eq!(
        after.datasets[0].columns[0].role,
        ColumnRole::Item(vec![kept])
    );
    let j = after.journeys[0].clone();
    let lane = j.lanes[0].id;
    let edit = delete_lane(&after, &j, lane);
    let after = check(&mut p, edit);
    assert!(after.journeys[0].cards.iter().all(|c| c.lane != lane));
}

#[test]
fn a_duplicated_journey_shares_no_ids() {
    let mut p = synthetic::project(80);
    let j = p.journeys[0].clone();
    let mut id_gen = ids(&p);
    let mut new_id = || id_gen.next_raw();
    let copy = duplicate_journey(&j, &mut new_id);
    assert_eq!(copy.cards.len(), j.cards.len());
    assert_eq!(copy.name, format!("{} (copy)", j.name));
    let after = check(
        &mut p,
        Edit::Journey(Change::Insert {
            index: 1,
            item: copy,
        }),
    );
    assert_eq!(after.journeys.len(), 2);
    let edit = delete_journey(&after, &after.journeys[0]);
    let after = check(&mut p, edit);
    assert_eq!(after.journeys.len(), 1);
}

#[test]
fn deleting_a_dataset_unlinks_what_read_it_and_undoes() {
    use crate::model::{Dataset, DatasetId, SegmentRule};
    let mut p = synthetic::project(10);
    let id = DatasetId(50_000);
    p.datasets.push(Dataset {
        id,
        name: "Survey".into(),
        ..Dataset::default()
    });
    let mut rule = SegmentRule::new("Type", "Business");
    rule.dataset = Some(id);
    p.personas[0].segment_rules.push(rule);
    let before = p.clone();
    let undo = delete_dataset(&p, id).apply(&mut p).unwrap();
    assert!(p.dataset(id).is_none());
    assert_eq!(p.personas[0].segment_rules[0].dataset, None);
    assert_eq!(p.personas[0].segment_rules[0].column, "Type");
    assert!(crate::model::integrity::repair(&mut p.clone()).is_empty());
    undo.apply(&mut p).unwrap();
    assert_eq!(p, before);
}

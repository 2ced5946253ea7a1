use super::*;
use crate::model::synthetic;

#[expect(
    clippy::needless_pass_by_value,
    reason = "call sites build the edit inline"
)]
fn round_trip(project: &mut Project, edit: Edit) {
    let before = project.clone();
    let inverse = edit.clone().apply(project).unwrap();
    let after = project.clone();
    assert_ne!(before, after, "the edit changed nothing: {edit:?}");
    let redo = inverse.apply(project).unwrap();
    assert_eq!(*project, before, "undo did not restore the project");
    let undo = redo.apply(project).unwrap();
    assert_eq!(*project, after, "redo did not restore the edit");
    undo.apply(project).unwrap();
    assert_eq!(*project, before);
}

#[test]
fn every_change_kind_inverts() {
    let mut p = synthetic::project(40);
    let j = p.journeys[0].id;
    let card = p.journeys[0].cards[3].clone();
    let mut renamed = card.clone();
    renamed.title = "Renamed".into();
    round_trip(
        &mut p,
        Edit::Card {
            journey: j,
            change: Change::Replace { item: renamed },
        },
    );
    round_trip(
        &mut p,
        Edit::Card {
            journey: j,
            change: Change::Remove { id: card.id },
        },
    );
    round_trip(
        &mut p,
        Edit::Card {
            journey: j,
            change: Change::Move {
                id: card.id,
                to: 30,
            },
        },
    );
    let new = Card::new(CardId(10_000), card.stage, card.lane, "New");
    round_trip(
        &mut p,
        Edit::Card {
            journey: j,
            change: Change::Insert {
                index: 0,
                item: new,
            },
        },
    );
    round_trip(
        &mut p,
        Edit::Persona(Change::Insert {
            index: 9,
            item: Persona::new(PersonaId(10_001), "X", ""),
        }),
    );
    let mut info = p.journeys[0].info();
    info.name = "Other".into();
    round_trip(&mut p, Edit::JourneyInfo { journey: j, info });
    let mut pinfo = p.info();
    pinfo.name = "Other project".into();
    round_trip(&mut p, Edit::ProjectInfo(pinfo));
}

#[test]
fn reordering_inverts_and_refuses_other_lists() {
    let mut p = synthetic::project(10);
    let j = p.journeys[0].id;
    let mut order: Vec<CardId> = p.journeys[0].cards.iter().map(|c| c.id).collect();
    order.reverse();
    round_trip(
        &mut p,
        Edit::Card {
            journey: j,
            change: Change::Reorder {
                order: order.clone(),
            },
        },
    );
    let before = p.clone();
    order.pop();
    let short = Edit::Card {
        journey: j,
        change: Change::Reorder {
            order: order.clone(),
        },
    };
    assert!(short.apply(&mut p).is_err());
    order.push(order[0]);
    let repeated = Edit::Card {
        journey: j,
        change: Change::Reorder { order },
    };
    assert!(repeated.apply(&mut p).is_err());
    assert_eq!(p, before);
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut p = synthetic::project(10);
    let before = p.clone();
    let j = p.journeys[0].id;
    let first = p.journeys[0].cards[0].id;
    let edit = Edit::Batch(vec![
        Edit::Card {
            journey: j,
            change: Change::Remove { id: first },
        },
        Edit::Card {
            journey: j,
            change: Change::Remove {
                id: CardId(987_654),
            },
        },
    ]);
    let err = edit.apply(&mut p).unwrap_err();
    assert_eq!(
        err,
        EditError::NotFound {
            kind: "card",
            id: 987_654
        }
    );
    assert_eq!(p, before);
    // Said in the language shown.
    assert_eq!(err.to_string(), "the card with id 987654 no longer exists");
    let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
    assert_eq!(err.to_string(), "la carte (id 987654) n’existe plus");
    let order = EditError::NotAPermutation { kind: "hypothesis" };
    assert_eq!(
        order.to_string(),
        "le nouvel ordre des hypothèses ne les cite pas chacun une fois"
    );
    let _en = crate::i18n::scoped(crate::i18n::Lang::En);
    assert!(order.to_string().contains("of the hypotheses does"));
}

#[test]
fn batches_invert_in_reverse_order() {
    let mut p = synthetic::project(10);
    let j = p.journeys[0].id;
    let s = p.journeys[0].stages[0].id;
    let cards: Vec<_> = p.journeys[0]
        .cards
        .iter()
        .filter(|c| c.stage == s)
        .map(|c| c.id)
        .collect();
    let mut edits: Vec<_> = cards
        .iter()
        .map(|id| Edit::Card {
            journey: j,
            change: Change::Remove { id: *id },
        })
        .collect();
    edits.push(Edit::Stage {
        journey: j,
        change: Change::Remove { id: s },
    });
    round_trip(&mut p, Edit::Batch(edits));
}

#[test]
fn inserting_a_duplicate_id_is_refused() {
    let mut p = synthetic::project(10);
    let j = p.journeys[0].id;
    let dup = Card::new(p.journeys[0].cards[0].id, StageId(1), LaneId(1), "dup");
    let before = p.clone();
    assert!(
        Edit::Card {
            journey: j,
            change: Change::Insert {
                index: 0,
                item: dup
            }
        }
        .apply(&mut p)
        .is_err()
    );
    assert_eq!(p, before);
}

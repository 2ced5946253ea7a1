use super::*;
use crate::model::{Card, Journey, JourneyId, Persona};

fn small() -> Project {
    let mut p = Project::new("t");
    p.personas.push(Persona::new(PersonaId(1), "Ann", "Driver"));
    let mut j = Journey {
        id: JourneyId(2),
        name: "Fuel".into(),
        ..Journey::default()
    };
    j.stages
        .push(Stage::new(StageId(3), "Arrive", Phase::Before));
    j.lanes
        .push(Lane::new(LaneId(4), "Touchpoints", LaneKind::Touchpoints));
    j.cards
        .push(Card::new(CardId(5), StageId(3), LaneId(4), "Pump"));
    p.journeys.push(j);
    p
}

#[test]
fn a_consistent_project_has_no_problems() {
    let mut p = small();
    let before = p.clone();
    assert!(repair(&mut p).is_empty());
    assert_eq!(p, before);
}

#[test]
fn dangling_persona_is_removed_and_reported() {
    let mut p = small();
    p.journeys[0].cards[0].personas = vec![PersonaId(1), PersonaId(99)];
    let problems = repair(&mut p);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.shown().contains("persona 99"),
        "{problems:?}"
    );
    assert_eq!(problems[0].anchor, Some(5));
    assert_eq!(p.journeys[0].cards[0].personas, vec![PersonaId(1)]);
}

#[test]
fn card_in_missing_stage_moves_to_first_stage() {
    let mut p = small();
    p.journeys[0].cards[0].stage = StageId(77);
    let problems = repair(&mut p);
    assert_eq!(problems.len(), 1);
    assert_eq!(p.journeys[0].cards[0].stage, StageId(3));
}

#[test]
fn card_without_any_lane_gets_an_unsorted_lane() {
    let mut p = small();
    p.journeys[0].lanes.clear();
    let problems = repair(&mut p);
    assert_eq!(problems.len(), 1);
    let lane = &p.journeys[0].lanes[0];
    assert_eq!(lane.name, "Unsorted");
    assert_eq!(p.journeys[0].cards[0].lane, lane.id);
    assert!(repair(&mut p).is_empty());
}

#[test]
fn duplicate_and_missing_ids_get_fresh_ones() {
    let mut p = small();
    p.personas.push(Persona::new(PersonaId(5), "Dup", ""));
    p.personas.push(Persona::new(PersonaId(0), "None", ""));
    let problems = repair(&mut p);
    assert_eq!(problems.len(), 2, "{problems:?}");
    let mut all = Vec::new();
    visit_ids(&p, &mut |id, _| all.push(id));
    let unique: BTreeSet<_> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len());
    assert!(!unique.contains(&0));
}

#[test]
fn huge_ids_are_renumbered() {
    let mut p = small();
    p.personas
        .push(Persona::new(PersonaId(u64::MAX), "Huge", ""));
    let problems = repair(&mut p);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(p.personas[1].id, PersonaId(6));
    assert_eq!(p.max_id(), 6);
}

#[test]
fn out_of_range_values_are_clamped() {
    let mut p = small();
    let card = &mut p.journeys[0].cards[0];
    card.emotion = Some(crate::model::Emotion {
        valence: 7,
        feeling: None,
    });
    card.effort = Some(0);
    p.journeys[0].stages[0].width = f32::NAN;
    let kpi = crate::model::Kpi {
        target: Some(f64::INFINITY),
        actual: Some(f64::NAN),
        id: crate::model::KpiId(900),
        name: "Booked online".to_owned(),
        ..crate::model::Kpi::default()
    };
    p.journeys[0].stages[0].kpis.push(kpi);
    let problems = repair(&mut p);
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|x| x.message.shown().contains("“Booked online”")
                && x.message.shown().contains("inf")),
        "{problems:?}"
    );
    let kpi = p.journeys[0].stages[0].kpis.last().unwrap();
    assert_eq!((kpi.target, kpi.actual), (None, None));
    let card = &p.journeys[0].cards[0];
    assert_eq!(card.emotion.as_ref().map(|e| e.valence), Some(3));
    assert_eq!(card.effort, Some(1));
    assert!((p.journeys[0].stages[0].width - 1.0).abs() < f32::EPSILON);
}

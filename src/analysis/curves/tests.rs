use super::*;
use crate::model::{
    Better, Card, CardId, Column, ColumnKind, DatasetId, Emotion, KanoAnswer, KanoResponse, Kpi,
    Lane, LaneId, Phase, SegmentRule, Stage,
};

/// Two stages; cards 10 (stage 1), 11 and 12 (stage 2); card 11 is rated 1-5 by
/// a survey of two segments; card 12 is for persona 6 only.
pub(super) fn project() -> (Project, crate::model::JourneyId) {
    let mut p = Project::default();
    let mut j = Journey {
        stages: vec![
            Stage::new(StageId(1), "Book", Phase::Before),
            Stage::new(StageId(2), "Fly", Phase::During),
        ],
        lanes: vec![Lane::new(
            LaneId(3),
            "Touchpoints",
            crate::model::LaneKind::Touchpoints,
        )],
        personas: vec![PersonaId(5), PersonaId(6)],
        ..Journey::default()
    };
    let card = |id, stage, valence: Option<i8>| {
        let mut c = Card::new(CardId(id), StageId(stage), LaneId(3), format!("card {id}"));
        c.emotion = valence.map(Emotion::new);
        c
    };
    j.cards = vec![
        card(10, 1, Some(2)),
        card(11, 2, Some(2)),
        card(12, 2, Some(-3)),
    ];
    j.cards[2].personas = vec![PersonaId(6)];
    j.cards[2].target_emotion = Some(Emotion::new(1));
    j.cards[0].moment_of_truth = true;
    let id = j.id;
    p.journeys.push(j);
    for (pid, value) in [(5, "Business"), (6, "Personal")] {
        let mut persona = Persona::new(PersonaId(pid), format!("P{pid}"), "");
        persona.segment_rules = vec![SegmentRule {
            dataset: None,
            column: "Type".into(),
            value: value.into(),
        }];
        p.personas.push(persona);
    }
    let mut rating = Column::new(
        "Seat",
        ColumnKind::Number,
        ColumnRole::Item(vec![ItemTarget::Card(CardId(11))]),
    );
    rating.scale = Some(Scale::ONE_TO_FIVE);
    rating.missing = vec!["0".into()];
    p.datasets.push(Dataset {
        id: DatasetId(20),
        name: "survey".into(),
        columns: vec![
            Column::new("Type", ColumnKind::Category, ColumnRole::Segment),
            rating,
        ],
        rows: [
            ["Business", "5"],
            ["Business", "4"],
            ["Personal", "1"],
            ["Personal", "2"],
            ["Personal", "0"],
        ]
        .into_iter()
        .collect(),
        ..Dataset::default()
    });
    (p, id)
}

#[test]
fn the_axis_runs_stage_by_stage_over_cards_with_emotions_or_ratings() {
    let (p, id) = project();
    let j = p.journey(id).unwrap();
    let axis = Axis::of(&p, j);
    let cards: Vec<u64> = axis.ticks.iter().map(|t| t.card.0).collect();
    assert_eq!(cards, [10, 11, 12]);
    assert_eq!(axis.stages.len(), 2);
    assert_eq!((axis.stages[1].from, axis.stages[1].to), (1.0, 2.0));
}

#[test]
fn ratings_are_rescaled_to_the_emotion_scale() {
    assert_eq!(to_valence(1.0, Scale::ONE_TO_FIVE), -3.0);
    assert_eq!(to_valence(3.0, Scale::ONE_TO_FIVE), 0.0);
    assert_eq!(to_valence(5.0, Scale::ONE_TO_FIVE), 3.0);
    assert_eq!(to_valence(4.0, Scale::ONE_TO_SEVEN), 0.0);
    assert_eq!(to_valence(10.0, Scale::ZERO_TO_TEN), 3.0);
    assert!((to_valence(7.0, Scale::ZERO_TO_TEN) - 1.2).abs() < 1e-9);
    let (p, _) = project();
    assert_eq!(rescaling_note(&p), "1–5 ratings: 1 → −3, 3 → 0, 5 → +3");
}

#[test]
fn believed_measured_and_to_be_curves_per_persona() {
    let (p, id) = project();
    let j = p.journey(id).unwrap();
    let axis = Axis::of(&p, j);
    let all = believed(j, &axis, None, Kind::Believed);
    assert_eq!(
        all.iter().map(|p| p.value).collect::<Vec<_>>(),
        [2.0, 2.0, -3.0]
    );
    assert!(all[0].moment_of_truth);
    let business = believed(j, &axis, Some(PersonaId(5)), Kind::Believed);
    assert_eq!(business.len(), 2, "card 12 is not for persona 5");
    let to_be = believed(j, &axis, Some(PersonaId(6)), Kind::ToBe);
    assert_eq!((to_be.len(), to_be[0].value), (1, 1.0));

    let measured_all = measured(&p, j, &axis, None);
    // 5, 4, 1, 2 (0 is no answer) -> +3, +1.5, -3, -1.5: mean 0.
    assert_eq!(measured_all.len(), 1);
    assert_eq!((measured_all[0].n, measured_all[0].value), (4, 0.0));
    assert_eq!(measured_all[0].source, "Seat (survey)");
    let (lo, hi) = measured_all[0].band.unwrap();
    assert!(lo < 0.0 && hi > 0.0);
    let business = measured(&p, j, &axis, p.persona(PersonaId(5)));
    assert_eq!((business[0].n, business[0].value), (2, 2.25));
    let personal = measured(&p, j, &axis, p.persona(PersonaId(6)));
    assert_eq!((personal[0].n, personal[0].value), (2, -2.25));
}

#[test]
fn gaps_are_listed_largest_first_and_worded() {
    let (p, id) = project();
    let j = p.journey(id).unwrap();
    let axis = Axis::of(&p, j);
    let all = series(&p, j, &axis);
    let kinds: Vec<(Option<u64>, Kind)> = all
        .iter()
        .map(|s| (s.persona.map(|p| p.0), s.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (Some(5), Kind::Believed),
            (Some(5), Kind::Measured),
            (Some(6), Kind::Believed),
            (Some(6), Kind::Measured),
            (Some(6), Kind::ToBe),
        ]
    );
    let found = gaps(&all);
    // Persona 6 believes +2 on card 11 and says -2.25; persona 5 believes +2, says +2.25.
    assert_eq!(found.len(), 2);
    assert_eq!(
        (found[0].persona, found[0].card),
        (Some(PersonaId(6)), CardId(11))
    );
    assert!((found[0].difference() + 4.25).abs() < 1e-9);
    assert_eq!(found[0].summary(), "we think +2, customers say −2.3");
    assert_eq!(card_gaps(&p, j).len(), 1, "one card, its largest gap");
    assert_eq!(signed(0.04), "0");
    assert_eq!(signed(-0.8), "−0.8");
}

#[test]
fn a_kpi_a_hair_short_of_target_says_so() {
    let bar = |actual: f64, target: f64, unit: &str, better: Better| {
        let kpi = Kpi {
            name: "k".into(),
            unit: unit.into(),
            target: Some(target),
            actual: Some(actual),
            better,
            ..Kpi::default()
        };
        let mut j = Journey::default();
        let mut stage = Stage::new(StageId(1), "S", Phase::During);
        stage.kpis = vec![kpi];
        j.stages = vec![stage];
        kpi_bars(&j).remove(0)
    };
    // 3.49 of 3.5 is 99.7%: a miss, and said as one, never "100%".
    let seat = bar(3.49, 3.5, "points", Better::Higher);
    assert!(seat.off_target);
    assert_eq!(
        seat.wording(),
        "3.49 of 3.5 points · 99.7% of target · 0.01 points short"
    );
    assert_eq!(
        bar(65.32, 60.0, "%", Better::Higher).wording(),
        "65.32 of 60% · 109% of target · 5.32 points above"
    );
    assert_eq!(
        bar(30.0, 24.0, "h", Better::Lower).wording(),
        "30 of 24 h · 125% of target · 6 h over"
    );
    assert_eq!(bar(20.0, 24.0, "h", Better::Lower).verdict(), "4 h under");
    assert_eq!(bar(50.0, 50.0, "%", Better::Higher).verdict(), "on target");
    assert_eq!(
        bar(3.499, 3.5, "", Better::Higher).verdict(),
        "just off target"
    );
    assert_eq!(percent_of_target(1.0), "100%");
    assert_eq!(percent_of_target(0.9996), "99.96%");
    assert_eq!(percent_of_target(0.995), "99.5%");
    assert_eq!(percent_of_target(1.003), "100.3%");
    assert_eq!(percent_of_target(0.68), "68%");
    assert_eq!(percent_of_target(1.25), "125%");
}

#[test]
fn nps_by_stage_splits_promoters_passives_and_detractors() {
    let (mut p, id) = project();
    let mut nps = Column::new(
        "Recommend",
        ColumnKind::Number,
        ColumnRole::Item(vec![ItemTarget::Stage(StageId(2))]),
    );
    nps.scale = Some(Scale::ZERO_TO_TEN);
    let d = &mut p.datasets[0];
    d.columns.push(nps);
    d.rows = d
        .rows
        .iter()
        .zip(["10", "9", "7", "3", "6"])
        .map(|(r, v)| r.iter().chain([v]).collect::<Vec<_>>())
        .collect();
    let j = p.journey(id).unwrap();
    let by_stage = nps_by_stage(&p, j, None);
    assert_eq!(by_stage.len(), 1);
    assert_eq!((by_stage[0].stage, by_stage[0].n), (StageId(2), 5));
    let n = by_stage[0].nps;
    assert!((n.promoters - 0.4).abs() < 1e-9 && (n.passives - 0.2).abs() < 1e-9);
    assert!((n.detractors - 0.4).abs() < 1e-9 && n.score.abs() < 1e-9);
    let business = nps_by_stage(&p, j, p.persona(PersonaId(5)));
    assert_eq!(business[0].nps.score, 100.0);
}

#[test]
fn stage_kpis_compare_actual_with_target() {
    let (mut p, id) = project();
    let j = p.journeys.iter_mut().find(|j| j.id == id).unwrap();
    j.stages[0].kpis = vec![
        Kpi {
            name: "CSAT".into(),
            target: Some(4.0),
            actual: Some(3.0),
            ..Kpi::default()
        },
        Kpi {
            name: "No actual".into(),
            target: Some(1.0),
            ..Kpi::default()
        },
    ];
    let bars = kpi_bars(j);
    assert_eq!(bars.len(), 1);
    assert_eq!((bars[0].ratio, bars[0].off_target), (0.75, true));
}

#[test]
fn kano_answers_classify_touchpoints() {
    use KanoAnswer::{Dislike, Expect, Like, Neutral, Tolerate};
    let r = |functional, dysfunctional| KanoResponse {
        functional,
        dysfunctional,
    };
    assert_eq!(KanoClass::of(&r(Like, Dislike)), KanoClass::Performance);
    assert_eq!(KanoClass::of(&r(Like, Neutral)), KanoClass::Attractive);
    assert_eq!(KanoClass::of(&r(Expect, Dislike)), KanoClass::MustBe);
    assert_eq!(KanoClass::of(&r(Neutral, Tolerate)), KanoClass::Indifferent);
    assert_eq!(KanoClass::of(&r(Dislike, Like)), KanoClass::Reverse);
    assert_eq!(KanoClass::of(&r(Neutral, Like)), KanoClass::Reverse);
    assert_eq!(KanoClass::of(&r(Like, Like)), KanoClass::Questionable);
    let (mut p, id) = project();
    let j = p.journeys.iter_mut().find(|j| j.id == id).unwrap();
    j.cards[0].kano = vec![
        r(Expect, Dislike),
        r(Neutral, Dislike),
        r(Like, Dislike),
        r(Like, Neutral),
    ];
    j.cards[1].kano = vec![r(Like, Dislike), r(Expect, Dislike)];
    let found = kano(j);
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].class, found[0].n), (KanoClass::MustBe, 4));
    assert!((found[0].better - 0.5).abs() < 1e-9 && (found[0].worse - 0.75).abs() < 1e-9);
    assert_eq!(found[1].class, KanoClass::MustBe, "a tie goes to must-be");
}

#[test]
fn kano_classes_are_derived_from_ratings_and_the_overall_outcome() {
    use crate::model::Outcome;
    let (mut p, id) = project();
    // Four touchpoints, each rated low (1), middling (3) or high (5) by 20
    // customers per group; how many of them were satisfied overall.
    let shapes: [(&str, [usize; 3]); 4] = [
        ("delight", [6, 6, 16]), // reward only: attractive
        ("basic", [0, 12, 13]),  // penalty only: must-be
        ("linear", [2, 8, 14]),  // both: performance
        ("noise", [10, 10, 11]), // barely any: indifferent
    ];
    let j = p.journeys.iter_mut().find(|j| j.id == id).unwrap();
    let mut columns = vec![Column::new(
        "Overall",
        ColumnKind::Category,
        ColumnRole::Ignored,
    )];
    for (k, (name, _)) in shapes.iter().enumerate() {
        let card = Card::new(CardId(100 + k as u64), StageId(2), LaneId(3), *name);
        j.cards.push(card);
        let mut c = Column::new(
            *name,
            ColumnKind::Number,
            ColumnRole::Item(vec![ItemTarget::Card(CardId(100 + k as u64))]),
        );
        c.scale = Some(Scale::ONE_TO_FIVE);
        columns.push(c);
    }
    // Each touchpoint gets its own 60 respondents; the other ratings are blank.
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (k, (_, satisfied)) in shapes.iter().enumerate() {
        for (g, rating) in ["1", "3", "5"].iter().enumerate() {
            for i in 0..20 {
                let mut row = vec![String::new(); shapes.len() + 1];
                row[0] = if i < satisfied[g] { "yes" } else { "no" }.to_owned();
                row[k + 1] = (*rating).to_owned();
                rows.push(row);
            }
        }
    }
    p.datasets.push(Dataset {
        id: DatasetId(30),
        name: "kano survey".into(),
        columns,
        rows: rows.into_iter().collect(),
        outcome: Some(Outcome {
            column: "Overall".into(),
            satisfied: "yes".into(),
        }),
        ..Dataset::default()
    });
    let j = p.journey(id).unwrap();
    let found = kano_from_data(&p, j);
    let classes: Vec<(&str, KanoClass)> =
        found.iter().map(|k| (k.label.as_str(), k.class)).collect();
    assert_eq!(
        classes,
        [
            ("delight", KanoClass::Attractive),
            ("basic", KanoClass::MustBe),
            ("linear", KanoClass::Performance),
            ("noise", KanoClass::Indifferent),
        ]
    );
    assert!((found[0].reward - 0.5).abs() < 1e-9 && found[0].penalty.abs() < 1e-9);
    assert!((found[1].penalty - 0.6).abs() < 1e-9);
    assert_eq!(
        (found[0].n, found[0].source.as_str()),
        (60, "delight (kano survey)")
    );
    // Without an outcome nothing is derived; the survey of `project()` has none.
    p.datasets.pop();
    assert!(kano_from_data(&p, p.journey(id).unwrap()).is_empty());
}

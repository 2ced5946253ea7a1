use super::*;
use crate::model::{Card, Emotion, Lane, LinkId, Persona, Stage, synthetic};

fn lay(project: &Project, persona: Option<PersonaId>) -> MapLayout {
    let palette = Palette::light();
    let metrics = Metrics::default();
    let input = LayoutInput {
        project,
        journey: &project.journeys[0],
        palette: &palette,
        metrics: &metrics,
        persona,
        vote: None,
    };
    layout(&input, &mut TextEngine::new())
}

#[test]
fn cards_sit_inside_their_cells_without_overlap_and_text_fits() {
    let project = synthetic::project(500);
    let journey = &project.journeys[0];
    let map = lay(&project, None);
    assert_eq!(map.cards.len(), 500);
    for b in &map.cards {
        let card = &journey.cards[b.index];
        assert_eq!(card.id, b.id);
        let area = map.card_area(card.stage, card.lane).unwrap();
        assert!(
            area.contains_rect(b.rect),
            "card {} outside its cell",
            card.id
        );
        let text_box = Rect::from_min_size(b.title_pos, b.title.size);
        assert!(
            b.rect.contains_rect(text_box),
            "title of {} spills out",
            card.id
        );
        for run in &b.footer {
            assert!(b.rect.contains(run.pos), "footer of {} spills out", card.id);
        }
    }
    for (i, a) in map.cards.iter().enumerate() {
        for b in &map.cards[i + 1..] {
            assert!(
                a.rect.intersect(b.rect).area() <= 0.0,
                "{} overlaps {}",
                a.id,
                b.id
            );
        }
    }
    let right = map.stages.last().unwrap().column.max.x;
    assert!((right - map.size.x).abs() < 0.01);
}

#[test]
fn long_titles_are_cut_with_an_ellipsis() {
    let mut project = synthetic::project(10);
    project.journeys[0].cards[0].title = "word ".repeat(80);
    let map = lay(&project, None);
    let b = map.cards.iter().find(|c| c.index == 0).unwrap();
    assert!(b.title.elided);
    assert_eq!(b.title.lines.len(), Metrics::default().card_title_lines);
    assert!(b.title.lines.last().unwrap().text.ends_with('…'));
}

#[test]
fn cards_outside_every_cell_are_left_out_and_the_rest_keep_their_index() {
    let mut project = synthetic::project(50);
    project.journeys[0].cards[3].stage = StageId(999_999);
    let map = lay(&project, None);
    assert_eq!(map.cards.len(), 49);
    for b in &map.cards {
        assert_eq!(project.journeys[0].cards[b.index].id, b.id);
    }
}

#[test]
fn phases_group_consecutive_stages() {
    let project = synthetic::project(100);
    let map = lay(&project, None);
    let phases: Vec<_> = map.phases.iter().map(|b| b.phase).collect();
    assert_eq!(phases, [Phase::Before, Phase::During, Phase::After]);
    assert!((map.phases[0].rect.min.x - Metrics::default().lane_header_width).abs() < 0.01);
}

#[test]
fn an_empty_journey_has_just_headers() {
    let mut project = synthetic::project(0);
    project.journeys[0] = Journey::default();
    let map = lay(&project, None);
    assert!(map.cards.is_empty());
    assert!((map.size.x - Metrics::default().lane_header_width).abs() < 0.01);
}

/// A journey with two personas, three stages, an emotion lane and a touchpoint lane.
fn emotional() -> Project {
    let mut p = Project::new("e");
    p.personas = vec![
        Persona::new(PersonaId(1), "Ann", ""),
        Persona::new(PersonaId(2), "Bo", ""),
    ];
    let mut j = Journey {
        id: crate::model::JourneyId(3),
        personas: vec![PersonaId(1), PersonaId(2)],
        ..Journey::default()
    };
    j.stages = (0..3)
        .map(|i| Stage::new(StageId(10 + i), format!("S{i}"), Phase::During))
        .collect();
    j.lanes = vec![
        Lane::new(LaneId(20), "Touchpoints", LaneKind::Touchpoints),
        Lane::new(LaneId(21), "Emotions", LaneKind::Emotions),
    ];
    let mut id = 100;
    let mut card = |stage: u64, lane: u64, valence: i8, persona: Option<u64>| {
        id += 1;
        let mut c = Card::new(CardId(id), StageId(stage), LaneId(lane), format!("c{id}"));
        c.emotion = Some(Emotion::new(valence));
        c.personas = persona.map(PersonaId).into_iter().collect();
        c
    };
    j.cards = vec![
        card(10, 21, 2, Some(1)),
        card(10, 21, -1, Some(2)),
        card(11, 20, -3, None),
        card(12, 21, 3, Some(1)),
    ];
    j.cards[2].moment_of_truth = true;
    p.journeys.push(j);
    p
}

#[test]
fn each_persona_gets_a_curve_inside_the_emotion_band() {
    let project = emotional();
    let map = lay(&project, None);
    let band = map.emotion_band.as_ref().unwrap();
    assert_eq!(band.lane, LaneId(21));
    assert_eq!(map.curves.len(), 2);
    let ann = &map.curves[0];
    assert_eq!(ann.persona, Some(PersonaId(1)));
    // Ann: her two cards and the card that applies to everybody, in stage order.
    let valences: Vec<i8> = ann.points.iter().map(|p| p.valence).collect();
    assert_eq!(valences, [2, -3, 3]);
    assert_eq!(ann.segments.len(), 2);
    assert!(ann.points[1].moment_of_truth);
    for curve in &map.curves {
        for point in &curve.points {
            assert!(band.rect.contains(point.pos), "{point:?}");
            // Straight above its card.
            let card = map.card(point.card).unwrap();
            assert!(card.rect.x_range().contains(point.pos.x), "{point:?}");
        }
        for segment in &curve.segments {
            for q in segment {
                assert!(band.rect.expand(0.01).contains(*q), "{q:?}");
            }
        }
    }
    // Higher emotion is higher on the chart; zero is the middle.
    assert!(ann.points[0].pos.y < band.zero_y && ann.points[1].pos.y > band.zero_y);
    // Cards in the emotion lane sit below the chart.
    for b in &map.cards {
        assert!(
            b.rect.min.y >= band.rect.max.y
                || project.journeys[0].cards[b.index].lane != LaneId(21)
        );
    }
}

#[test]
fn without_personas_one_curve_serves_everybody() {
    let mut project = emotional();
    project.journeys[0].personas.clear();
    let map = lay(&project, None);
    assert_eq!(map.curves.len(), 1);
    assert_eq!(map.curves[0].persona, None);
    assert_eq!(map.curves[0].points.len(), 4);
}

#[test]
fn a_persona_filter_keeps_that_persona_only() {
    let project = emotional();
    let map = lay(&project, Some(PersonaId(2)));
    assert_eq!(map.curves.len(), 1);
    assert_eq!(map.cards.len(), 2, "Bo's card and the card for everybody");
}

#[test]
fn links_join_the_facing_sides_of_their_cards() {
    let mut project = emotional();
    project.journeys[0].links.push(crate::model::CardLink {
        id: LinkId(200),
        from: CardId(101),
        to: CardId(103),
        label: String::new(),
    });
    let map = lay(&project, None);
    assert_eq!(map.links.len(), 1);
    let link = &map.links[0];
    let (a, b) = (
        map.card(CardId(101)).unwrap(),
        map.card(CardId(103)).unwrap(),
    );
    assert!((link.bezier[0] - a.rect.right_center()).length() < 0.01);
    assert!((link.bezier[3] - b.rect.left_center()).length() < 0.01);
    assert!((link.head[0] - b.rect.left_center()).length() < 0.01);
}

#[test]
fn a_drop_lands_before_the_card_below_the_pointer() {
    let project = synthetic::project(200);
    let journey = &project.journeys[0];
    let map = lay(&project, None);
    let (s, l) = (journey.cards[0].stage, journey.cards[0].lane);
    let cell: Vec<CardId> = journey.cards_in(s, l).map(|c| c.id).collect();
    assert!(cell.len() >= 2);
    let first = map.card(cell[0]).unwrap().rect;
    assert_eq!(slot_in_cell(&map, &cell, first.center_top()), 0);
    assert_eq!(slot_in_cell(&map, &cell, first.center_bottom()), 1);
    assert_eq!(
        slot_in_cell(&map, &cell, pos2(first.center().x, map.size.y)),
        cell.len()
    );
}

#[test]
fn every_card_carries_its_evidence_mark_in_its_corner() {
    let p = crate::examples::EXAMPLES[0].project().unwrap();
    let layout = lay(&p, None);
    let journey = &p.journeys[0];
    let mut levels = Vec::new();
    for card in &layout.cards {
        let mark = &card.evidence;
        assert!(card.rect.contains(mark.center));
        // Above the title block, clear of its text.
        assert!(mark.center.y + style::EVIDENCE_RADIUS <= card.title_pos.y);
        let model = &journey.cards[card.index];
        assert_eq!(mark.level, p.evidence_level(model));
        levels.push(mark.level);
    }
    levels.sort_by_key(|l| *l as u8);
    levels.dedup();
    assert!(
        levels.len() >= 2,
        "the example has cards at several levels: {levels:?}"
    );
}

#[test]
fn a_data_lane_shows_each_stages_kpis_and_mapped_ratings() {
    let p = crate::examples::EXAMPLES
        .iter()
        .find(|e| e.file_name == "airline.ron")
        .unwrap()
        .project()
        .unwrap();
    let layout = lay(&p, None);
    let journey = &p.journeys[0];
    let lane = journey
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Data)
        .unwrap();
    let row = layout.lanes.iter().find(|l| l.id == lane.id).unwrap().row;
    assert_eq!(layout.data.len(), journey.stages.len());
    for (cell, stage) in layout.data.iter().zip(&layout.stages) {
        assert!(row.contains_rect(cell.rect), "{:?} in {row:?}", cell.rect);
        assert!(stage.column.contains_rect(cell.rect));
        for (pos, text, _) in &cell.lines {
            assert!(
                cell.rect
                    .contains_rect(Rect::from_min_size(*pos, text.size))
            );
        }
    }
    let texts: Vec<&str> = layout.data[3]
        .lines
        .iter()
        .flat_map(|(_, t, _)| t.lines.iter().map(|l| l.text.as_str()))
        .collect();
    assert!(
        texts.iter().any(|t| t.starts_with("Wifi, mean: 2.78")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("In-flight Wifi Service: 2.78 of 5")),
        "{texts:?}"
    );
}

#[test]
fn link_labels_sit_where_no_card_arrowhead_or_label_covers_them() {
    let palette = Palette::light();
    let metrics = Metrics::default();
    let mut engine = TextEngine::new();
    let mut labels = 0;
    for example in crate::examples::EXAMPLES {
        let project = example.project().unwrap();
        for journey in &project.journeys {
            let input = LayoutInput {
                project: &project,
                journey,
                palette: &palette,
                metrics: &metrics,
                persona: None,
                vote: None,
            };
            let map = layout(&input, &mut engine);
            let placed: Vec<&LinkLabel> =
                map.links.iter().filter_map(|l| l.label.as_ref()).collect();
            for (i, label) in placed.iter().enumerate() {
                labels += 1;
                let what = format!("“{}” in {}", label.run.text, journey.name);
                for card in &map.cards {
                    assert!(!label.plate.intersects(card.rect), "{what} is over a card");
                }
                for link in &map.links {
                    let head = Rect::from_points(&link.head);
                    assert!(!label.plate.intersects(head), "{what} is over an arrowhead");
                }
                for other in &placed[i + 1..] {
                    assert!(
                        !label.plate.intersects(other.plate),
                        "{what} is over “{}”",
                        other.run.text
                    );
                }
                let text = Rect::from_min_size(
                    label.run.pos,
                    vec2(
                        engine.width(&label.run.text, label.run.style),
                        label.run.style.size,
                    ),
                );
                assert!(label.plate.contains_rect(text), "{what} is off its plate");
            }
        }
    }
    assert!(labels >= 5, "the examples have labelled links ({labels})");
}

#[test]
fn a_wide_stage_holds_its_cards_in_rows() {
    let mut project = synthetic::project(60);
    let journey = &mut project.journeys[0];
    journey.stages.truncate(1);
    let stage = journey.stages[0].id;
    journey.stages[0].width = 5.0;
    journey.cards.iter_mut().for_each(|c| c.stage = stage);
    let palette = Palette::light();
    let metrics = Metrics {
        max_card_width: 300.0,
        ..Metrics::default()
    };
    let input = LayoutInput {
        project: &project,
        journey: &project.journeys[0],
        palette: &palette,
        metrics: &metrics,
        persona: None,
        vote: None,
    };
    let map = layout(&input, &mut TextEngine::new());
    assert_eq!(map.cards.len(), 60);
    let mut side_by_side = 0;
    for (i, a) in map.cards.iter().enumerate() {
        assert!(a.rect.width() <= 300.0 + 0.01, "{:?}", a.rect);
        let card = &project.journeys[0].cards[a.index];
        let area = map.card_area(card.stage, card.lane).unwrap();
        assert!(area.contains_rect(a.rect), "{:?} outside {area:?}", a.rect);
        for b in &map.cards[i + 1..] {
            assert!(
                a.rect.intersect(b.rect).area() <= 0.0,
                "{:?} overlaps {:?}",
                a.rect,
                b.rect
            );
            if (a.rect.min.y - b.rect.min.y).abs() < 0.01 {
                side_by_side += 1;
            }
        }
    }
    assert!(side_by_side > 0, "cards of a cell share a row");
    // One across on the canvas, as before.
    let one = layout(
        &LayoutInput {
            metrics: &Metrics::default(),
            ..input
        },
        &mut TextEngine::new(),
    );
    let across = metrics.stage_width * 5.0 - 2.0 * metrics.card_gap;
    for card in &one.cards {
        assert!((card.rect.width() - across).abs() < 0.01, "{:?}", card.rect);
    }
}

#[test]
fn the_curves_key_sits_clear_of_every_point_and_star() {
    let mut project = emotional();
    // Both cards of the first stage, right under the key, at the top of the scale;
    // one is a moment of truth, with its star above the point.
    let j = &mut project.journeys[0];
    j.cards[0].emotion = Some(Emotion::new(3));
    j.cards[0].moment_of_truth = true;
    j.cards[1].emotion = Some(Emotion::new(3));
    let palette = Palette::light();
    // Names in the shipped Latin font, and in the taller emoji font.
    for name in ["Ann", "🧳✈ Ann 🧭"] {
        project.personas[0].name = name.to_owned();
        // The canvas' chart and the walkthrough's shorter one.
        for band_height in [Metrics::default().emotion_band_height, 115.0] {
            let metrics = Metrics {
                emotion_band_height: band_height,
                ..Metrics::default()
            };
            for persona in [None, Some(PersonaId(1))] {
                let input = LayoutInput {
                    project: &project,
                    journey: &project.journeys[0],
                    palette: &palette,
                    metrics: &metrics,
                    persona,
                    vote: None,
                };
                let map = layout(&input, &mut TextEngine::new());
                let band = map.emotion_band.as_ref().unwrap();
                let key = map.legend.as_ref().unwrap();
                assert!(band.rect.contains_rect(key.plate), "{key:?} in {band:?}");
                let mut marks = 0;
                for curve in &map.curves {
                    for point in &curve.points {
                        let disc = Rect::from_center_size(
                            point.pos,
                            Vec2::splat(2.0 * style::CURVE_POINT_RADIUS),
                        );
                        let mut shapes = vec![disc];
                        if point.moment_of_truth {
                            let star = style::curve_marker_at(point.pos, style::CURVE_POINT_RADIUS);
                            shapes.push(Rect::from_center_size(
                                star,
                                Vec2::splat(2.0 * style::STAR_RADIUS),
                            ));
                        }
                        for shape in shapes {
                            marks += 1;
                            assert!(
                                !key.plate.intersects(shape),
                                "{shape:?} under the key {:?} (chart {band_height})",
                                key.plate
                            );
                            assert!(band.rect.contains_rect(shape), "{shape:?} off the chart");
                        }
                    }
                    for q in curve.segments.iter().flatten() {
                        assert!(q.y > key.plate.max.y, "{q:?} rises into the key");
                    }
                }
                assert!(
                    marks >= 3,
                    "the first stage's points and star were laid out"
                );
            }
        }
    }
}

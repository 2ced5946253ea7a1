//! Snapshot images of a small journey map, in the light and the dark theme, rendered
//! by wgpu (Mesa's software Vulkan driver in CI). A change to how the map looks shows
//! up here as a failing image; look at the `.new.png` and `.diff.png` beside the
//! snapshot in `tests/snapshots/`, and accept a change you meant with
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::Action;
use journeymap::document::Document;
use journeymap::model::{
    Card, CardId, CardLink, Emotion, Journey, JourneyId, Lane, LaneId, LaneKind, LinkId, Persona,
    PersonaId, Phase, Project, Stage, StageId,
};
use journeymap::ui::canvas::{Canvas, map_ui};
use journeymap::ui::theme;

/// A map small enough to read whole: two phases, three stages, three lanes (one of
/// them emotions, with a curve per persona), a moment of truth, a pain point and a
/// labelled link.
fn small_project() -> Project {
    let (s1, s2, s3) = (StageId(1), StageId(2), StageId(3));
    let (touch, mood, pain) = (LaneId(10), LaneId(11), LaneId(12));
    let (anna, ben) = (PersonaId(20), PersonaId(21));
    let card = |id: u64, stage, lane, title: &str| Card::new(CardId(id), stage, lane, title);
    let felt = |id: u64, stage, persona, valence: i8, title: &str| Card {
        emotion: Some(Emotion::new(valence)),
        personas: vec![persona],
        ..card(id, stage, mood, title)
    };
    let mut project = Project::new("Snapshot");
    project.personas = vec![
        Persona::new(anna, "Anna", "Commuter"),
        Persona::new(ben, "Ben", "Family trip"),
    ];
    project.journeys = vec![Journey {
        id: JourneyId(30),
        name: "Fuel".into(),
        personas: vec![anna, ben],
        stages: vec![
            Stage::new(s1, "Notice the need", Phase::Before),
            Stage::new(s2, "Refuel", Phase::During),
            Stage::new(s3, "Pay", Phase::During),
        ],
        lanes: vec![
            Lane::new(touch, "Touchpoints", LaneKind::Touchpoints),
            Lane::new(mood, "Emotions", LaneKind::Emotions),
            Lane::new(pain, "Pain points", LaneKind::PainPoints),
        ],
        cards: vec![
            card(40, s1, touch, "Fuel gauge warning light"),
            card(41, s2, touch, "Pump with a card reader"),
            Card {
                moment_of_truth: true,
                ..card(42, s3, touch, "Cashier at the till")
            },
            felt(43, s1, anna, 0, "Needs fuel soon"),
            felt(44, s2, anna, 1, "Quick at the pump"),
            felt(45, s3, anna, -2, "Queue behind lottery players"),
            felt(46, s1, ben, 1, "Plans a stop"),
            felt(47, s3, ben, 2, "Friendly cashier"),
            Card {
                pain_point: true,
                ..card(48, s3, pain, "Fuel-only payers wait with shoppers")
            },
        ],
        links: vec![CardLink {
            id: LinkId(50),
            from: CardId(48),
            to: CardId(42),
            label: "slows".into(),
        }],
        ..Journey::default()
    }];
    project
}

struct State {
    doc: Document,
    canvas: Canvas,
    actions: Vec<Action>,
}

fn snapshot(theme: egui::Theme, name: &str) {
    let state = State {
        doc: Document::untitled(small_project()),
        canvas: Canvas::default(),
        actions: Vec::new(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 560.0))
        .with_theme(theme)
        .with_context_setup(theme::install)
        .wgpu()
        .build_ui_state(
            |ui, state: &mut State| {
                let journey = state.doc.project().journeys[0].clone();
                map_ui(
                    ui,
                    &state.doc,
                    &journey,
                    &mut state.canvas,
                    &mut state.actions,
                );
            },
            state,
        );
    harness.run();
    // Fitted on open, large enough to read: every card is in the picture, by name.
    for card in &harness.state().doc.project().journeys[0].cards {
        assert!(
            harness.query_by_label(&card.title).is_some(),
            "{} is shown",
            card.title
        );
    }
    harness.snapshot(name);
}

#[test]
fn small_map_light() {
    snapshot(egui::Theme::Light, "small_map_light");
}

#[test]
fn small_map_dark() {
    snapshot(egui::Theme::Dark, "small_map_dark");
}

//! Workshop tools, driven headlessly. Presentation mode (F5): the map alone in large
//! type, stage by stage with the arrow keys, the whole journey with Home, nothing
//! editable and no facilitator notes on screen, Esc back to the editor. The timer:
//! countdown, pause, reset, the end signalled. Locks: a locked map or stage refuses
//! edits until it is unlocked.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use common::{app_on, click, example, press, wait_for_load};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use journeymap::layout::Metrics;
use journeymap::ui::canvas::present::PRESENT_ZOOM;

#[test]
fn card_text_is_readable_from_the_back_of_the_room() {
    // At least 28 px on a 1080p projector at the presentation's zoom.
    assert!(Metrics::default().card_title.size * PRESENT_ZOOM >= 28.0);
}

#[test]
fn a_walkthrough_stage_by_stage_and_back_to_the_editor() {
    let mut h = app_on(Some(example("airline.ron")));
    wait_for_load(&mut h);
    let cards = h.state().document().project().card_count();
    h.get_by_label("Facilitator notes");
    press(&mut h, Modifiers::NONE, Key::F5);
    h.get_by_label("Presentation of Trip by air, Stage 1 of 5: Plan and book");
    assert!(h.query_by_label("File").is_none(), "no menus");
    assert!(
        h.query_by_label("Facilitator notes").is_none(),
        "notes stay private"
    );
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    h.get_by_label("Presentation of Trip by air, Stage 3 of 5: Airport and boarding");
    press(&mut h, Modifiers::NONE, Key::ArrowLeft);
    h.get_by_label("Presentation of Trip by air, Stage 2 of 5: Check in");
    // The last stage stays the last.
    for _ in 0..6 {
        press(&mut h, Modifiers::NONE, Key::ArrowRight);
    }
    h.get_by_label("Presentation of Trip by air, Stage 5 of 5: Arrival and baggage");
    press(&mut h, Modifiers::NONE, Key::Home);
    h.get_by_label("Presentation of Trip by air, The whole journey");
    // Editing keys do nothing while presenting.
    press(&mut h, Modifiers::NONE, Key::N);
    press(&mut h, Modifiers::NONE, Key::Delete);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().document().project().card_count(), cards);
    assert!(!h.state().document().is_dirty());
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.query_by_label_contains("Presentation of").is_none());
    h.get_by_label("Map of Trip by air");
    h.get_by_label("File");
}

#[test]
fn the_timer_counts_down_pauses_resets_and_signals_the_end() {
    use std::time::Duration;
    let mut h = app_on(Some(example("airline.ron")));
    wait_for_load(&mut h);
    press(&mut h, Modifiers::COMMAND, Key::T);
    h.get_by_label("10:00");
    h.get_by_label("Start").click();
    h.run();
    std::thread::sleep(Duration::from_millis(1100));
    h.step();
    h.get_by_label("09:59");
    h.get_by_label("Pause").click();
    h.run();
    std::thread::sleep(Duration::from_millis(1100));
    h.step();
    h.get_by_label("09:59");
    h.get_by_label("Reset").click();
    h.run();
    h.get_by_label("10:00");

    // A short exercise runs out: the window and the status bar say so, and the
    // presentation shows it large.
    h.state_mut()
        .timer_mut()
        .set_length(Duration::from_millis(300));
    h.get_by_label("Start").click();
    h.run();
    std::thread::sleep(Duration::from_millis(400));
    h.step();
    h.step();
    assert_eq!(
        h.query_all_by_label("Time is up").count(),
        2,
        "window and status bar"
    );
    press(&mut h, Modifiers::NONE, Key::F5);
    h.get_by_label("Time is up");
    // T starts the timer again once reset; it cannot restart while run out.
    press(&mut h, Modifiers::NONE, Key::T);
    assert!(!h.state().timer().running());
}

#[test]
fn locked_stages_and_maps_refuse_edits_until_unlocked() {
    use journeymap::ui::canvas::Header;
    let mut h = app_on(Some(example("train_trip.ron")));
    wait_for_load(&mut h);
    let journey = |h: &common::App| h.state().document().project().journeys[0].clone();
    let j = journey(&h);
    let goal = j.goal.clone();

    // The whole map.
    click(&mut h, "Lock map");
    assert!(journey(&h).locked);
    common::type_into(&mut h, "Goal", "A new goal");
    assert_eq!(journey(&h).goal, goal);
    let status = h.state().status().unwrap().text.clone();
    assert!(status.starts_with("Not changed: the map of"), "{status}");
    click(&mut h, "Unlock map");
    common::type_into(&mut h, "Goal", "A new goal");
    assert_eq!(journey(&h).goal, "A new goal");

    // One stage: its cards stay where they are.
    let stage = j.stages[0].id;
    h.state_mut().canvas_mut().selection.header = Some(Header::Stage(stage));
    h.run();
    click(&mut h, "Lock stage");
    assert!(journey(&h).stage(stage).unwrap().locked);
    let card = j.cards.iter().find(|c| c.stage == stage).unwrap().id;
    h.state_mut().canvas_mut().selection.header = None;
    h.state_mut().canvas_mut().selection.cards = vec![card];
    h.run();
    press(&mut h, Modifiers::NONE, Key::Delete);
    assert!(
        journey(&h).card(card).is_some(),
        "a card of a locked stage stays"
    );
    let status = h.state().status().unwrap().text.clone();
    assert!(status.contains("is locked; unlock it"), "{status}");
    h.state_mut().canvas_mut().selection.cards.clear();
    h.state_mut().canvas_mut().selection.header = Some(Header::Stage(stage));
    h.run();
    h.get_by_label("Locked: this stage cannot be changed")
        .scroll_to_me();
    click(&mut h, "Unlock stage");
    assert!(!journey(&h).stage(stage).unwrap().locked);
}

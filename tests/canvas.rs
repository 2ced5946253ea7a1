//! The journey canvas, driven like a user would: keys, clicks, drags, the inspector.
//! Every change is checked in the model and undone.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]
#![allow(
    clippy::many_single_char_names,
    reason = "h, j, s, l, a, b: harness, journey, stage, lane, two cards"
)]

mod common;

use common::{App, app_on, drag, example, press, type_into};
use egui::{Key, Modifiers, Rect, pos2};
use egui_kittest::kittest::Queryable;
use journeymap::model::{CardId, Channel, Journey, LaneKind, StageId};
use journeymap::ui::canvas::MapSelection;

const NONE: Modifiers = Modifiers::NONE;
const CMD: Modifiers = Modifiers::COMMAND;

fn journey(h: &App) -> Journey {
    let app = h.state();
    let id = app.selection().journey.unwrap();
    app.document().project().journey(id).unwrap().clone()
}

fn selection(h: &App) -> MapSelection {
    h.state().canvas().selection.clone()
}

fn cell_cards(j: &Journey, stage: StageId, lane: journeymap::model::LaneId) -> Vec<CardId> {
    j.cards_in(stage, lane).map(|c| c.id).collect()
}

fn undo(h: &mut App) {
    press(h, CMD, Key::Z);
}

fn redo(h: &mut App) {
    press(h, CMD, Key::Y);
}

/// Zooms onto the selected cell (or cards), where cards are large enough to read.
fn zoom_in(h: &mut App) {
    press(h, Modifiers::NONE, Key::Z);
}

fn node_rect(h: &App, label: &str) -> Rect {
    h.get_by_label(label).rect()
}

fn stage_rect(h: &App, name: &str) -> Rect {
    h.get_by_role_and_label(egui::Role::ColumnHeader, name)
        .rect()
}

fn lane_rect(h: &App, name: &str) -> Rect {
    h.get_by_role_and_label(egui::Role::RowHeader, name).rect()
}

/// A key event, to put several in one frame (the harness gives each queued event a
/// frame of its own).
fn key(key: Key, pressed: bool) -> egui::Event {
    egui::Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: NONE,
    }
}

#[test]
fn a_cell_is_selected_when_a_journey_opens() {
    let h = app_on(Some(example("service_station.ron")));
    let j = journey(&h);
    assert_eq!(selection(&h).cell, Some((j.stages[0].id, j.lanes[0].id)));
    assert!(selection(&h).cards.is_empty());
    let view = h.state().canvas().view(j.id);
    assert!(!view.needs_fit, "the map was fitted when first shown");
    assert!(
        (0.1..=1.0).contains(&view.zoom),
        "fitted on open: {}",
        view.zoom
    );
}

#[test]
fn both_ends_of_a_big_map_can_be_reached() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    journeymap::io::save(&path, &journeymap::model::synthetic::project(2000)).unwrap();
    let mut h = app_on(Some(path));
    common::wait_for_load(&mut h);
    let j = journey(&h);
    // Fit everything (the map opens at a legible zoom, its top-left in view).
    press(&mut h, Modifiers::SHIFT, Key::F);
    let zoom = h.state().canvas().view(j.id).zoom;
    assert!(zoom < 0.5, "2,000 cards fit in the window: {zoom}");
    let canvas = h.get_by_label(&format!("Map of {}", j.name)).rect();
    for card in [j.cards.first().unwrap(), j.cards.last().unwrap()] {
        h.state_mut().canvas_mut().select_card(&j, card.id);
        zoom_in(&mut h);
        assert!(
            h.state().canvas().view(j.id).zoom > 1.0,
            "zoomed onto the card"
        );
        assert!(
            h.query_all_by_label(&card.title)
                .any(|n| canvas.contains(n.rect().center())),
            "card {} is in view",
            card.title
        );
    }
}

#[test]
fn n_adds_a_card_and_enter_keeps_it_as_one_undo_step() {
    let mut h = app_on(Some(example("service_station.ron")));
    let before = journey(&h);
    let (s, l) = selection(&h).cell.unwrap();
    // A keyboard sends the key, the text it types, then the key's release: the
    // "n" is not typed into the new card.

    h.input_mut().events.extend([
        key(Key::N, true),
        egui::Event::Text("n".into()),
        key(Key::N, false),
    ]);
    h.run();
    assert_eq!(
        h.state().canvas().editing.as_ref().map(|e| e.text.as_str()),
        Some("")
    );
    h.get_by_role_and_label(egui::Role::TextInput, "Card title")
        .type_text("Check tyre pressure");
    h.run();
    press(&mut h, NONE, Key::Enter);
    assert!(h.state().canvas().editing.is_none());

    let after = journey(&h);
    let cell = cell_cards(&after, s, l);
    assert_eq!(cell.len(), cell_cards(&before, s, l).len() + 1);
    let new = after.card(*cell.last().unwrap()).unwrap();
    assert_eq!(new.title, "Check tyre pressure");
    assert_eq!(selection(&h).current(), Some(new.id));
    assert_eq!(h.state().document().history().undo_len(), 1);

    undo(&mut h);
    assert_eq!(journey(&h), before);
    press(&mut h, CMD, Key::Y);
    assert_eq!(journey(&h), after);
}

#[test]
fn esc_takes_back_a_new_card_without_a_trace() {
    let mut h = app_on(Some(example("service_station.ron")));
    let before = journey(&h);
    press(&mut h, NONE, Key::N);
    h.get_by_role_and_label(egui::Role::TextInput, "Card title")
        .type_text("Never mind");
    h.run();
    press(&mut h, NONE, Key::Escape);
    assert_eq!(journey(&h), before);
    assert!(!h.state().document().history().can_undo());
    assert!(!h.state().document().is_dirty());
}

#[test]
fn arrows_walk_the_cards_and_cells() {
    let mut h = app_on(Some(example("service_station.ron")));
    let j = journey(&h);
    let (s0, l0) = (j.stages[0].id, j.lanes[0].id);
    press(&mut h, NONE, Key::ArrowDown);
    assert_eq!(
        selection(&h).current(),
        cell_cards(&j, s0, l0).first().copied()
    );
    press(&mut h, NONE, Key::ArrowRight);
    assert_eq!(selection(&h).cell.unwrap().0, j.stages[1].id);
    press(&mut h, NONE, Key::ArrowLeft);
    assert_eq!(selection(&h).cell.unwrap().0, s0);
    // Down past the last card of a cell goes to the next lane.
    for _ in 0..cell_cards(&j, s0, l0).len() {
        press(&mut h, NONE, Key::ArrowDown);
    }
    assert_eq!(selection(&h).cell, Some((s0, j.lanes[1].id)));
    press(&mut h, NONE, Key::ArrowUp);
    assert_eq!(selection(&h).cell, Some((s0, l0)));
}

#[test]
fn quick_presses_in_one_frame_all_count_in_order() {
    let mut h = app_on(Some(example("service_station.ron")));
    let j = journey(&h);
    let first = cell_cards(&j, j.stages[0].id, j.lanes[0].id);
    let below = cell_cards(&j, j.stages[0].id, j.lanes[1].id);
    assert_eq!(first.len(), 1);
    // Down, Down, F2 arrive before the next frame: down to the first card, on to
    // the card below it, and that one is edited.
    let second = below[0];
    h.input_mut().events.extend([
        key(Key::ArrowDown, true),
        key(Key::ArrowDown, false),
        key(Key::ArrowDown, true),
        key(Key::ArrowDown, false),
        key(Key::F2, true),
        key(Key::F2, false),
    ]);
    h.run();
    assert_eq!(selection(&h).current(), Some(second));
    assert_eq!(
        h.state().canvas().editing.as_ref().map(|e| e.target),
        Some(journeymap::ui::canvas::EditTarget::CardTitle(second))
    );
}

#[test]
fn f2_edits_a_title_in_place_and_esc_restores_it() {
    let mut h = app_on(Some(example("train_trip.ron")));
    press(&mut h, NONE, Key::ArrowDown);
    let id = selection(&h).current().unwrap();
    let original = journey(&h).card(id).unwrap().title.clone();

    press(&mut h, NONE, Key::F2);
    type_into(&mut h, "Card title", "Compares fares on three sites");
    assert_eq!(
        journey(&h).card(id).unwrap().title,
        "Compares fares on three sites"
    );
    press(&mut h, NONE, Key::Escape);
    assert_eq!(journey(&h).card(id).unwrap().title, original);
    assert!(!h.state().document().is_dirty());

    // The title starts selected: typing replaces it.
    press(&mut h, NONE, Key::F2);
    h.get_by_role_and_label(egui::Role::TextInput, "Card title")
        .type_text("Compares fares");
    h.run();
    press(&mut h, NONE, Key::Enter);
    assert_eq!(journey(&h).card(id).unwrap().title, "Compares fares");
    undo(&mut h);
    assert_eq!(journey(&h).card(id).unwrap().title, original);
    redo(&mut h);
    assert_eq!(journey(&h).card(id).unwrap().title, "Compares fares");
}

#[test]
fn delete_removes_the_selection_and_undo_brings_it_back() {
    let mut h = app_on(Some(example("service_station.ron")));
    let before = journey(&h);
    press(&mut h, NONE, Key::ArrowDown);
    let id = selection(&h).current().unwrap();
    press(&mut h, NONE, Key::Delete);
    assert!(journey(&h).card(id).is_none());
    assert!(journey(&h).links.iter().all(|l| l.from != id && l.to != id));
    let after = journey(&h);
    undo(&mut h);
    assert_eq!(journey(&h), before);
    redo(&mut h);
    assert_eq!(journey(&h), after);
}

#[test]
fn copy_paste_and_duplicate() {
    let mut h = app_on(Some(example("service_station.ron")));
    press(&mut h, NONE, Key::ArrowDown);
    let id = selection(&h).current().unwrap();
    let title = journey(&h).card(id).unwrap().title.clone();

    // The system's Ctrl+C and Ctrl+V arrive as clipboard events.
    h.event(egui::Event::Copy);
    h.run();
    press(&mut h, NONE, Key::ArrowRight);
    let (s, l) = selection(&h).cell.unwrap();
    let before = cell_cards(&journey(&h), s, l).len();
    h.event(egui::Event::Paste(title.clone()));
    h.run();
    let j = journey(&h);
    let cell = cell_cards(&j, s, l);
    assert_eq!(cell.len(), before + 1);
    let pasted = j.card(*cell.last().unwrap()).unwrap();
    let original = j.card(id).unwrap();
    assert_eq!(pasted.title, title);
    assert_ne!(pasted.id, id);
    // Our own copy keeps everything, not only the title.
    assert_eq!(pasted.channel, original.channel);
    assert_eq!(pasted.emotion, original.emotion);
    assert_eq!(pasted.notes, original.notes);

    // Text from elsewhere: one card per line.
    h.event(egui::Event::Paste(
        "Queue at the till\nNo receipt".to_owned(),
    ));
    h.run();
    let cell = cell_cards(&journey(&h), s, l);
    assert_eq!(cell.len(), before + 3);

    // Ctrl+D: a copy right after the original.
    let count = journey(&h).cards.len();
    press(&mut h, CMD, Key::D);
    assert_eq!(
        journey(&h).cards.len(),
        count + 2,
        "both pasted lines were selected"
    );
    undo(&mut h);
    assert_eq!(journey(&h).cards.len(), count);
}

#[test]
fn a_card_dragged_to_another_cell_moves_there() {
    let mut h = app_on(Some(example("service_station.ron")));
    zoom_in(&mut h);
    let j = journey(&h);
    let (s0, l0) = (j.stages[0].id, j.lanes[0].id);
    let card = j.card(cell_cards(&j, s0, l0)[0]).unwrap().clone();
    let from = node_rect(&h, &card.title).center();
    // The cell below: the first stage's column, the second lane's row.
    let x = stage_rect(&h, &j.stages[0].name).center().x;
    let lane_row = lane_rect(&h, j.lanes[1].title());
    let to = pos2(x, lane_row.min.y + 20.0);
    drag(&mut h, from, to);
    let moved = journey(&h).card(card.id).unwrap().clone();
    assert_eq!((moved.stage, moved.lane), (s0, j.lanes[1].id));
    assert_eq!(h.state().document().history().undo_len(), 1);
    let after = journey(&h);
    undo(&mut h);
    assert_eq!(journey(&h), j);
    redo(&mut h);
    assert_eq!(journey(&h), after);
}

#[test]
fn ctrl_click_and_rubber_band_select_many() {
    let mut h = app_on(Some(example("service_station.ron")));
    let j = journey(&h);
    // A cell with at least two cards, shown large.
    let (s, l) = j
        .cards
        .iter()
        .map(|c| (c.stage, c.lane))
        .find(|(s, l)| cell_cards(&j, *s, *l).len() >= 2)
        .unwrap();
    h.state_mut().canvas_mut().selection.cell = Some((s, l));
    zoom_in(&mut h);
    let cell = cell_cards(&j, s, l);
    let titles: Vec<String> = cell
        .iter()
        .map(|id| j.card(*id).unwrap().title.clone())
        .collect();
    h.get_by_label(&titles[0]).click();
    h.run();
    h.get_by_label(&titles[1]).click_modifiers(CMD);
    h.run();
    assert_eq!(selection(&h).cards, vec![cell[0], cell[1]]);

    // Drag a band from an empty spot of the cell around both cards.
    let a = node_rect(&h, &titles[0]);
    let b = node_rect(&h, &titles[1]);
    press(&mut h, NONE, Key::Escape);
    let start = pos2(a.min.x - 5.0, a.min.y - 4.0);
    let end = pos2(b.max.x - 10.0, b.center().y);
    drag(&mut h, start, end);
    let selected = selection(&h).cards;
    assert!(
        selected.contains(&cell[0]) && selected.contains(&cell[1]),
        "{selected:?}"
    );
    // Acting on all: delete both at once, one undo step.
    press(&mut h, NONE, Key::Delete);
    assert!(journey(&h).card(cell[0]).is_none() && journey(&h).card(cell[1]).is_none());
    let after = journey(&h);
    undo(&mut h);
    assert_eq!(journey(&h), j);
    redo(&mut h);
    assert_eq!(journey(&h), after);
}

#[test]
fn a_link_is_drawn_from_a_cards_handle_to_another_card() {
    let mut h = app_on(Some(example("train_trip.ron")));
    zoom_in(&mut h);
    let j = journey(&h);
    let cell = cell_cards(&j, j.stages[0].id, j.lanes[1].id);
    let (a, b) = (
        j.card(cell[0]).unwrap().clone(),
        j.card(cell[1]).unwrap().clone(),
    );
    h.get_by_label(&a.title).click();
    h.run();
    let rect = node_rect(&h, &a.title);
    let handle = rect.right_center() + egui::vec2(8.0, 0.0);
    let target = node_rect(&h, &b.title).center();
    drag(&mut h, handle, target);
    let after = journey(&h);
    let link = after
        .links
        .iter()
        .find(|l| l.from == a.id && l.to == b.id)
        .expect("a link");
    assert_eq!(selection(&h).link, Some(link.id));
    press(&mut h, NONE, Key::Delete);
    assert!(journey(&h).links.iter().all(|l| l.id != link.id));
}

#[test]
fn stages_and_lanes_are_added_renamed_and_deleted() {
    let mut h = app_on(Some(example("service_station.ron")));
    let before = journey(&h);
    h.get_by_label("Map").click();
    h.run();
    h.get_by_label("Add stage").click();
    h.run();
    type_into(&mut h, "Stage name", "Car wash");
    press(&mut h, NONE, Key::Enter);
    let j = journey(&h);
    assert_eq!(j.stages.len(), before.stages.len() + 1);
    assert_eq!(
        j.stages[1].name, "Car wash",
        "added after the selected cell's stage"
    );

    // Delete it (the stage is selected), then undo both steps.
    press(&mut h, NONE, Key::Delete);
    assert_eq!(journey(&h).stages.len(), before.stages.len());
    undo(&mut h);
    undo(&mut h);
    assert_eq!(journey(&h), before);

    // A lane, its kind chosen in the inspector, renamed, then deleted.
    h.get_by_label("Map").click();
    h.run();
    h.get_by_label("Add lane").click();
    h.run();
    press(&mut h, NONE, Key::Enter);
    let lane = journey(&h).lanes[1].clone();
    assert_eq!(lane.name, "New lane");
    assert_eq!(lane.kind, LaneKind::Custom);
    h.get_by_label("Kind").click();
    h.run();
    h.get_by_label("❤ Emotions").click();
    h.run();
    assert_eq!(journey(&h).lanes[1].kind, LaneKind::Emotions);

    press(&mut h, NONE, Key::F2);
    type_into(&mut h, "Lane name", "Mood");
    press(&mut h, NONE, Key::Enter);
    assert_eq!(journey(&h).lanes[1].name, "Mood");
    press(&mut h, NONE, Key::Delete);
    assert!(journey(&h).lane(lane.id).is_none());
    undo(&mut h);
    assert_eq!(journey(&h).lanes[1].name, "Mood");
}

#[test]
fn the_inspector_edits_the_selected_card() {
    let mut h = app_on(Some(example("service_station.ron")));
    press(&mut h, NONE, Key::ArrowDown);
    let id = selection(&h).current().unwrap();
    let before = journey(&h).card(id).unwrap().clone();

    h.get_by_label("⭐ Moment of truth").click();
    h.run();
    assert_ne!(
        journey(&h).card(id).unwrap().moment_of_truth,
        before.moment_of_truth
    );
    h.get_by_label("⚡ Pain point").click();
    h.run();
    assert_ne!(journey(&h).card(id).unwrap().pain_point, before.pain_point);

    type_into(&mut h, "Other channel", "Fuel price app");
    press(&mut h, NONE, Key::Enter);
    assert_eq!(
        journey(&h).card(id).unwrap().channel,
        Some(Channel::Custom("Fuel price app".into()))
    );

    undo(&mut h);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(*journey(&h).card(id).unwrap(), before);
}

#[test]
fn journeys_are_added_duplicated_renamed_and_deleted() {
    let mut h = app_on(Some(example("train_trip.ron")));
    let count = h.state().document().project().journeys.len();
    h.get_by_label("+ New journey").click();
    h.run();
    let project = h.state().document().project().clone();
    assert_eq!(project.journeys.len(), count + 1);
    let new = project
        .journeys
        .iter()
        .find(|j| j.name == "New journey")
        .unwrap();
    assert_eq!(h.state().selection().journey, Some(new.id));
    assert!(!new.stages.is_empty() && !new.lanes.is_empty());

    type_into(&mut h, "Journey", "Refund a ticket");
    assert_eq!(journey(&h).name, "Refund a ticket");

    h.get_by_label("Map").click();
    h.run();
    h.get_by_label("Duplicate journey").click();
    h.run();
    assert_eq!(journey(&h).name, "Refund a ticket (copy)");
    assert_eq!(h.state().document().project().journeys.len(), count + 2);

    h.get_by_label("Map").click();
    h.run();
    h.get_by_label("Delete journey").click();
    h.run();
    assert_eq!(h.state().document().project().journeys.len(), count + 1);
    undo(&mut h);
    assert_eq!(h.state().document().project().journeys.len(), count + 2);
}

#[test]
fn zoom_stays_between_10_and_400_percent() {
    let mut h = app_on(Some(example("b2b_software.ron")));
    let id = journey(&h).id;
    for _ in 0..30 {
        press(&mut h, CMD, Key::Plus);
    }
    assert!((h.state().canvas().view(id).zoom - 4.0).abs() < 1e-3);
    for _ in 0..40 {
        press(&mut h, CMD, Key::Minus);
    }
    assert!((h.state().canvas().view(id).zoom - 0.1).abs() < 1e-3);
    press(&mut h, NONE, Key::F);
    let zoom = h.state().canvas().view(id).zoom;
    assert!(zoom > 0.1 && zoom <= 1.0, "fit: {zoom}");
}

#[test]
fn map_keys_wait_while_a_field_is_typed_in() {
    let mut h = app_on(Some(example("service_station.ron")));
    press(&mut h, NONE, Key::ArrowDown);
    let cards = journey(&h).cards.len();
    let id = selection(&h).current().unwrap();
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Notes")
        .focus();
    h.run();
    h.key_press(Key::End);
    h.run();
    // A key press as the keyboard sends it: the key, then its text.
    press(&mut h, NONE, Key::N);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Notes")
        .type_text("n");
    h.run();
    assert!(!h.state().canvas().is_typing(), "N made no card");
    press(&mut h, NONE, Key::Delete);
    assert_eq!(
        journey(&h).cards.len(),
        cards,
        "N and Delete went to the field"
    );
    assert!(journey(&h).card(id).unwrap().notes.ends_with('n'));
}

#[test]
fn a_double_click_on_an_empty_cell_adds_a_card_there() {
    let mut h = app_on(Some(example("service_station.ron")));
    let j = journey(&h);
    let (s, l) = j
        .stages
        .iter()
        .flat_map(|s| j.lanes.iter().map(move |l| (s.id, l.id)))
        .find(|(s, l)| cell_cards(&j, *s, *l).is_empty())
        .expect("an empty cell");
    h.state_mut().canvas_mut().selection.cell = Some((s, l));
    zoom_in(&mut h);
    let x = stage_rect(&h, &j.stage(s).unwrap().name).center().x;
    let y = lane_rect(&h, j.lane(l).unwrap().title()).center().y;
    h.hover_at(pos2(x, y));
    h.run();
    for _ in 0..2 {
        h.event(egui::Event::PointerButton {
            pos: pos2(x, y),
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: NONE,
        });
        h.event(egui::Event::PointerButton {
            pos: pos2(x, y),
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: NONE,
        });
    }
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "Card title")
        .type_text("Wipers");
    h.run();
    press(&mut h, NONE, Key::Enter);
    let after = journey(&h);
    let cell = cell_cards(&after, s, l);
    assert_eq!(cell.len(), 1);
    assert_eq!(after.card(cell[0]).unwrap().title, "Wipers");
}

#[test]
fn stages_and_lanes_are_reordered_and_resized_by_dragging_their_headers() {
    let mut h = app_on(Some(example("b2b_software.ron")));
    zoom_in(&mut h);
    let j = journey(&h);
    let first = stage_rect(&h, &j.stages[0].name);
    let second = stage_rect(&h, &j.stages[1].name);
    drag(&mut h, first.center(), second.center());
    let after = journey(&h);
    assert_eq!(
        after.stages[1].id, j.stages[0].id,
        "the first stage moved after the second"
    );
    undo(&mut h);
    assert_eq!(journey(&h), j);
    redo(&mut h);
    assert_eq!(journey(&h), after);
    undo(&mut h);

    // A lane, dragged by its header below the next one.
    let first = lane_rect(&h, j.lanes[0].title());
    let second = lane_rect(&h, j.lanes[1].title());
    drag(&mut h, first.center(), second.center());
    let after = journey(&h);
    assert_eq!(
        after.lanes[1].id, j.lanes[0].id,
        "the first lane moved below the second"
    );
    undo(&mut h);
    assert_eq!(journey(&h), j);
    redo(&mut h);
    assert_eq!(journey(&h), after);
    undo(&mut h);

    // Its right edge: wider, in one undo step.
    let first = stage_rect(&h, &j.stages[0].name);
    let edge = pos2(first.max.x - 1.0, first.center().y);
    drag(&mut h, edge, edge + egui::vec2(120.0, 0.0));
    let width = journey(&h).stages[0].width;
    assert!(width > j.stages[0].width + 0.2, "{width}");
    assert_eq!(h.state().document().history().undo_len(), 1);
    undo(&mut h);
    assert_eq!(journey(&h), j);
}

#[test]
fn a_stage_gets_kpis_in_the_inspector() {
    let mut h = app_on(Some(example("train_trip.ron")));
    let j = journey(&h);
    let stage = j.stages[0].id;
    let original = j.stages[0].kpis.clone();
    assert!(!original.is_empty(), "the stage has a KPI of its own");
    zoom_in(&mut h);
    h.get_by_role_and_label(egui::Role::ColumnHeader, &j.stages[0].name)
        .click();
    h.run();
    assert_eq!(
        selection(&h).header,
        Some(journeymap::ui::canvas::Header::Stage(stage))
    );
    let kpis = |h: &App| journey(h).stage(stage).unwrap().kpis.clone();
    let steps = |h: &App| h.state().document().history().undo_len();
    // Each edit below is one undo step.
    let mut expected = steps(&h);
    let mut step = |h: &App| {
        expected += 1;
        assert_eq!(steps(h), expected, "one undo step");
    };

    h.get_by_label("+ KPI").click();
    h.run();
    step(&h);
    let new = kpis(&h).last().unwrap().clone();
    assert_eq!(kpis(&h).len(), original.len() + 1);
    assert!(original.iter().all(|k| k.id != new.id));

    // Name it, give it a target and an actual: it is off target.
    h.query_all_by_role_and_label(egui::Role::TextInput, "KPI")
        .last()
        .unwrap()
        .focus();
    h.run();
    press(&mut h, CMD, Key::A);
    h.query_all_by_role_and_label(egui::Role::TextInput, "KPI")
        .last()
        .unwrap()
        .type_text("Trips planned in the app");
    h.run();
    step(&h);
    h.query_all_by_label("Set target").last().unwrap().click();
    h.run();
    step(&h);
    h.query_all_by_role_and_label(egui::Role::SpinButton, "Target")
        .last()
        .unwrap()
        .set_value_accesskit(40.0);
    h.run();
    step(&h);
    h.query_all_by_label("Set actual").last().unwrap().click();
    h.run();
    step(&h);
    h.query_all_by_role_and_label(egui::Role::SpinButton, "Actual")
        .last()
        .unwrap()
        .set_value_accesskit(35.5);
    h.run();
    step(&h);
    let kpi = kpis(&h).last().unwrap().clone();
    assert_eq!(kpi.id, new.id);
    assert_eq!(kpi.name, "Trips planned in the app");
    assert_eq!((kpi.target, kpi.actual), (Some(40.0), Some(35.5)));
    assert_eq!(kpi.off_target(), Some(true));
    h.query_all_by_label("Lower is better")
        .last()
        .unwrap()
        .click();
    h.run();
    step(&h);
    assert_eq!(kpis(&h).last().unwrap().off_target(), Some(false));
    // The stage's own KPI is untouched.
    assert_eq!(kpis(&h)[..original.len()], original[..]);

    // Removed (below the fold of the inspector: scrolled to, then clicked): the
    // stage has its own KPIs again, and every step is undone.
    h.query_all_by_label("Remove KPI")
        .last()
        .unwrap()
        .scroll_to_me();
    h.run();
    h.query_all_by_label("Remove KPI").last().unwrap().click();
    h.run();
    step(&h);
    assert_eq!(kpis(&h), original);
    for _ in 0..8 {
        undo(&mut h);
    }
    assert_eq!(journey(&h), j);
}

#[test]
fn typing_is_kept_when_the_view_changes_and_undone_as_one_step() {
    let mut h = app_on(Some(example("service_station.ron")));
    let before = journey(&h);
    press(&mut h, NONE, Key::N);
    h.get_by_role_and_label(egui::Role::TextInput, "Card title")
        .type_text("Wash");
    h.run();
    // Off to the personas and back: the card keeps its title, the field is closed.
    press(&mut h, CMD, Key::Num2);
    press(&mut h, CMD, Key::Num1);
    assert!(!h.state().canvas().is_typing());
    let id = selection(&h).current().unwrap();
    assert_eq!(journey(&h).card(id).unwrap().title, "Wash");
    assert_eq!(h.state().document().history().undo_len(), 1);
    // The next edit is a step of its own.
    press(&mut h, NONE, Key::Delete);
    assert_eq!(h.state().document().history().undo_len(), 2);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(journey(&h), before);
}

#[test]
fn undo_in_an_empty_new_card_takes_back_only_the_card() {
    let mut h = app_on(Some(example("service_station.ron")));
    press(&mut h, NONE, Key::ArrowDown);
    press(&mut h, NONE, Key::Delete);
    let after_delete = journey(&h);
    press(&mut h, NONE, Key::N);
    assert!(h.state().canvas().is_typing());
    undo(&mut h);
    assert!(!h.state().canvas().is_typing());
    assert_eq!(journey(&h), after_delete, "the deletion stays");
    assert_eq!(h.state().document().history().undo_len(), 1);
}

#[test]
fn the_persona_filter_drops_hidden_cards_from_the_selection() {
    let mut h = app_on(Some(example("service_station.ron")));
    let j = journey(&h);
    press(&mut h, CMD, Key::A);
    assert_eq!(selection(&h).cards.len(), j.cards.len());
    let persona = j.personas[0];
    h.state_mut().canvas_mut().persona = Some(persona);
    h.run();
    let selected = selection(&h).cards;
    assert!(!selected.is_empty() && selected.len() < j.cards.len());
    assert!(
        selected
            .iter()
            .all(|id| j.card(*id).unwrap().applies_to(persona))
    );
    // Select all now takes only what is shown.
    press(&mut h, CMD, Key::A);
    assert_eq!(selection(&h).cards.len(), selected.len());
}

/// The text shapes of the last frame: where each is drawn and its words.
fn texts_drawn(h: &App) -> Vec<(Rect, String)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(Rect, String)>) {
        match shape {
            egui::Shape::Text(t) => {
                out.push((
                    t.galley.rect.translate(t.pos.to_vec2()),
                    t.galley.text().to_owned(),
                ));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// The filled rectangles of the last frame.
fn plates_drawn(h: &App) -> Vec<Rect> {
    fn walk(shape: &egui::Shape, out: &mut Vec<Rect>) {
        match shape {
            egui::Shape::Rect(r) if r.fill.a() > 0 => out.push(r.rect),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// At every zoom that shows the curves' key, its names sit whole on its plate (the
/// canvas shapes them at a rounded font size, which can run wider than the layout
/// measured).
#[test]
fn the_curves_key_s_names_sit_on_its_plate_at_every_zoom() {
    let mut h = app_on(Some(example("airline.ron")));
    common::wait_for_load(&mut h);
    let j = journey(&h);
    let key = h.state().canvas().shown_layout();
    let band = key.emotion_band.clone().unwrap().rect;
    let names: Vec<String> = key
        .legend
        .as_ref()
        .unwrap()
        .entries
        .iter()
        .map(|(_, run)| run.text.clone())
        .collect();
    for step in 0..=12 {
        let zoom = 0.7 + 0.05 * step as f32;
        let view = journeymap::ui::canvas::view::MapView {
            zoom,
            offset: egui::vec2(20.0, 120.0 - band.min.y * zoom),
            needs_fit: false,
        };
        h.state_mut().canvas_mut().set_view(j.id, view);
        h.run();
        let texts = texts_drawn(&h);
        let drawn: Vec<Rect> = names
            .iter()
            .map(|name| {
                texts
                    .iter()
                    .find(|(_, t)| t == name)
                    .unwrap_or_else(|| panic!("“{name}” is not drawn at {zoom}"))
                    .0
            })
            .collect();
        let first = drawn[0];
        // The plate: the smallest filled rectangle under the first name.
        let plate = plates_drawn(&h)
            .into_iter()
            .filter(|r| r.contains(first.left_top()))
            .min_by(|a, b| a.area().total_cmp(&b.area()))
            .unwrap();
        for (name, rect) in names.iter().zip(&drawn) {
            assert!(
                plate.expand(0.01).contains_rect(*rect),
                "at {zoom:.2}, “{name}” {rect:?} runs off the key's plate {plate:?}"
            );
        }
    }
}

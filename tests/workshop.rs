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
    assert_eq!(h.state().chimes(), 1, "the chime sounded once");
    press(&mut h, Modifiers::NONE, Key::F5);
    h.get_by_label("Time is up");
    // T starts the timer again once reset; it cannot restart while run out.
    press(&mut h, Modifiers::NONE, Key::T);
    assert!(!h.state().timer().running());
    press(&mut h, Modifiers::NONE, Key::Escape);

    // With the chime turned off, the end is only seen.
    click(&mut h, "Reset");
    click(&mut h, "Chime when the time is up");
    assert!(!h.state().timer().sound);
    h.get_by_label("Start").click();
    h.run();
    std::thread::sleep(Duration::from_millis(400));
    h.step();
    h.step();
    assert!(h.state().timer().finished());
    assert_eq!(h.state().chimes(), 1, "no second chime");
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
    let status = h.state().status().unwrap().text().to_owned();
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
    let map = h.state().canvas().shown_layout();
    assert!(map.stages[0].locked, "the map marks the locked stage");
    assert!(map.stages[1..].iter().all(|s| !s.locked));
    let card = j.cards.iter().find(|c| c.stage == stage).unwrap().id;
    h.state_mut().canvas_mut().selection.header = None;
    h.state_mut().canvas_mut().selection.cards = vec![card];
    h.run();
    press(&mut h, Modifiers::NONE, Key::Delete);
    assert!(
        journey(&h).card(card).is_some(),
        "a card of a locked stage stays"
    );
    let status = h.state().status().unwrap().text().to_owned();
    assert!(status.contains("is locked; unlock it"), "{status}");
    h.state_mut().canvas_mut().selection.cards.clear();
    h.state_mut().canvas_mut().selection.header = Some(Header::Stage(stage));
    h.run();
    h.get_by_label("Locked: this stage cannot be changed")
        .scroll_to_me();
    click(&mut h, "Unlock stage");
    assert!(!journey(&h).stage(stage).unwrap().locked);
}

/// Opens a vote from the vote window (Ctrl+Shift+D), three dots each.
fn open_vote(h: &mut common::App, question: &str, participants: &str) {
    press(h, Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    common::type_into(h, "Question", question);
    let field = "Participants: names, one per line, or how many";
    h.get_by_label(field).focus();
    h.run();
    press(h, Modifiers::COMMAND, Key::A);
    h.get_by_label(field).type_text(participants);
    h.run();
    let n = journeymap::ops::votes::parse_participants(participants).len();
    h.get_by_label(&format!("{n} participants, {} dots in all", n * 3));
    click(h, "Open vote");
}

/// Two clicks on a card in quick succession (a double click).
fn double_click_card(h: &mut common::App, title: &str) {
    let at = h
        .get_by_role_and_label(egui::Role::Button, title)
        .rect()
        .center();
    h.hover_at(at);
    h.run();
    for _ in 0..2 {
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
    }
    h.run();
}

/// The project `file` exported as SVG from the command line, with or without the
/// dot votes.
fn exported_svg(dir: &std::path::Path, file: &std::path::Path, votes: bool) -> String {
    let out = dir.join(format!("map-{votes}.svg"));
    let mut args = vec![
        "export".to_owned(),
        file.display().to_string(),
        "-o".to_owned(),
        out.display().to_string(),
    ];
    if votes {
        args.push("--votes".to_owned());
    }
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(&args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::read_to_string(&out).unwrap()
}

/// Clicks a card on the map (not its title in the inspector).
fn click_card(h: &mut common::App, title: &str, modifiers: Modifiers) {
    h.get_by_role_and_label(egui::Role::Button, title)
        .click_modifiers(modifiers);
    common::steps(h);
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one vote from opening to export, in the order a facilitator runs it"
)]
fn a_full_dot_vote_cast_tallied_ranked_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_on(Some(example("airline.ron")));
    wait_for_load(&mut h);
    // The whole map in view, every card to click by its (abridged) title.
    press(&mut h, Modifiers::SHIFT, Key::F);
    assert!(
        h.state()
            .status()
            .is_none_or(|s| !s.text().starts_with("Zoom"))
    );
    let journey = |h: &common::App| h.state().document().project().journeys[0].clone();
    let (queue, timeout, gate) = (
        "Forty minutes in the bag-drop queue",
        "Booking form times out on mobile",
        "Gate changed at short notice",
    );
    let id_of = |h: &common::App, title: &str| {
        journey(h)
            .cards
            .iter()
            .find(|c| c.title == title)
            .unwrap()
            .id
    };
    let tag = |h: &common::App, title: &str| {
        let id = id_of(h, title);
        let map = h.state().canvas().shown_layout();
        map.card(id)
            .and_then(|c| c.votes.as_ref())
            .map(|t| t.text.text.clone())
    };

    // Open a vote: three named participants, three dots each.
    open_vote(&mut h, "Worst pain points", "Ana, Ben, Chloé");
    h.get_by_label_contains("0 of 9 cast");
    let session = journey(&h).votes[0].clone();
    assert!(session.open);
    assert_eq!(session.question, "Worst pain points");
    assert_eq!(session.dots_per_participant, 3);
    let names: Vec<_> = session
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Ana", "Ben", "Chloé"]);

    // The map is locked for the vote; dots are still cast.
    h.state_mut().canvas_mut().selection.cards.clear();
    h.run();
    click(&mut h, "Lock map");
    assert!(journey(&h).locked);

    // With the mouse: Ana (chosen first) gives two dots to the queue, one to the
    // booking form, and has none left for the gate.
    for title in [queue, queue, timeout, gate] {
        click_card(&mut h, title, Modifiers::NONE);
    }
    let status = h.state().status().unwrap().text().to_owned();
    assert!(status.contains("Ana has used all 3 dots"), "{status}");
    assert_eq!(tag(&h, queue).as_deref(), Some("2 dots"));
    assert_eq!(tag(&h, timeout).as_deref(), Some("1 dot"));
    assert_eq!(tag(&h, gate), None);
    h.get_by_label("0 of 3 left");

    // Ben is chosen in the window; Ctrl+click takes a dot back.
    click(&mut h, "Ben");
    click_card(&mut h, gate, Modifiers::NONE);
    click_card(&mut h, gate, Modifiers::NONE);
    click_card(&mut h, gate, Modifiers::COMMAND);
    assert_eq!(tag(&h, gate).as_deref(), Some("1 dot"));

    // With the keys: 3 is Chloé, on the selected card (the gate); Shift+3 takes back.
    h.state_mut().canvas_mut().selection.cards = vec![id_of(&h, gate)];
    h.run();
    press(&mut h, Modifiers::NONE, Key::Num3);
    press(&mut h, Modifiers::NONE, Key::Num3);
    press(&mut h, Modifiers::NONE, Key::Num3);
    press(&mut h, Modifiers::SHIFT, Key::Num3);
    assert_eq!(tag(&h, gate).as_deref(), Some("3 dots"));
    // A key held down acts once, not once per repeat: Shift+3 held takes one dot
    // back, and 3 puts it again.
    for pressed in [true, true, false] {
        h.event(egui::Event::Key {
            key: Key::Num3,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: Modifiers::SHIFT,
        });
    }
    h.run();
    assert_eq!(tag(&h, gate).as_deref(), Some("2 dots"));
    press(&mut h, Modifiers::NONE, Key::Num3);
    assert_eq!(tag(&h, gate).as_deref(), Some("3 dots"));
    let j = journey(&h);
    assert_eq!(j.card(id_of(&h, gate)).unwrap().dots_in(session.id), 3);
    h.get_by_label_contains("6 of 9 cast");
    assert!(j.locked, "voting did not unlock the map");

    // Two quick clicks are two dots (Ben has two left), not a double click that
    // starts typing; Ctrl+click takes them back.
    click(&mut h, "Ben");
    let ben = session.participants[1].id;
    let bens_on_queue = |h: &common::App| {
        journey(h)
            .card(id_of(h, queue))
            .unwrap()
            .votes
            .iter()
            .filter(|v| v.participant == ben)
            .map(|v| v.dots)
            .sum::<u32>()
    };
    double_click_card(&mut h, queue);
    assert!(!h.state().canvas().is_typing(), "no title editor");
    assert_eq!(bens_on_queue(&h), 2);
    click_card(&mut h, queue, Modifiers::COMMAND);
    click_card(&mut h, queue, Modifiers::COMMAND);
    assert_eq!(bens_on_queue(&h), 0);
    h.state_mut().canvas_mut().selection.cards.clear();
    h.run();

    // Closing ranks the cards; the map shows ranks.
    click(&mut h, "Close vote and rank");
    let j = journey(&h);
    assert!(!j.votes[0].open);
    assert!(!j.votes[0].closed_at.is_empty());
    let ranked: Vec<_> = journeymap::ops::votes::ranking(&j, session.id)
        .into_iter()
        .map(|r| (r.rank, j.card(r.card).unwrap().title.clone(), r.dots))
        .collect();
    assert_eq!(
        ranked,
        [
            (1, gate.to_owned(), 3),
            (2, queue.to_owned(), 2),
            (3, timeout.to_owned(), 1)
        ]
    );
    let status = h.state().status().unwrap().text().to_owned();
    assert!(
        status.starts_with("Vote closed: 1. Gate changed"),
        "{status}"
    );
    assert_eq!(tag(&h, gate).as_deref(), Some("#1 · 3 dots"));
    assert_eq!(tag(&h, timeout).as_deref(), Some("#3 · 1 dot"));
    h.get_by_label("Hide from map");
    // The past vote is dated the way people write a day: "4 December 2026".
    let day = journeymap::i18n::dates::day_of(&j.votes[0].closed_at);
    assert!(!day.contains('-'), "{day}");
    h.get_by_label_contains(&format!("{} {day}", j.votes[0].question));
    // No more dots once closed: a click only selects.
    click_card(&mut h, queue, Modifiers::NONE);
    assert_eq!(
        journey(&h)
            .card(id_of(&h, queue))
            .unwrap()
            .dots_in(session.id),
        2
    );

    // Saved with the project, past votes kept.
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    let target = dir.path().join("voted.ron");
    common::type_into(
        &mut h,
        "Path of the project file (.ron)",
        &target.display().to_string(),
    );
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(!h.state().document().is_dirty());
    let saved = journeymap::io::load(&target).unwrap().project;
    assert_eq!(saved.journeys[0].votes, journey(&h).votes);
    assert_eq!(
        journeymap::ops::votes::ranking(&saved.journeys[0], session.id).len(),
        3
    );

    // The results go into an exported map when asked for.
    let with = exported_svg(dir.path(), &target, true);
    assert!(with.contains("#1 · 3 dots"), "the winner's badge");
    assert!(with.contains("#3 · 1 dot"));
    assert!(!exported_svg(dir.path(), &target, false).contains("3 dots"));
}

#[test]
fn quick_capture_into_the_cell_and_the_parking_lot_then_onto_the_map() {
    let mut h = app_on(Some(example("train_trip.ron")));
    wait_for_load(&mut h);
    let project = |h: &common::App| h.state().document().project().clone();
    let j = project(&h).journeys[0].clone();
    let view = journeymap::ui::canvas::view::MapView {
        zoom: 0.6,
        ..h.state().canvas().view(j.id)
    };
    h.state_mut().canvas_mut().set_view(j.id, view);
    h.run();
    let (stage, lane) = h.state().canvas().selection.cell.unwrap();
    let field = journeymap::ui::capture::field_name();

    // Ctrl+K: the field has the keyboard; Enter keeps each note as a card in the
    // selected cell, and the field stays ready for the next.
    press(&mut h, Modifiers::COMMAND, Key::K);
    assert!(
        h.get_by_role_and_label(egui::Role::TextInput, field)
            .is_focused()
    );
    for note in ["Asks about the rail card", "Wants a quiet coach"] {
        h.get_by_role_and_label(egui::Role::TextInput, field)
            .type_text(note);
        h.run();
        press(&mut h, Modifiers::NONE, Key::Enter);
    }
    let cards: Vec<String> = project(&h).journeys[0]
        .cards_in(stage, lane)
        .map(|c| c.title.clone())
        .collect();
    assert!(
        cards.ends_with(&[
            "Asks about the rail card".into(),
            "Wants a quiet coach".into()
        ]),
        "{cards:?}"
    );
    assert!(
        h.get_by_role_and_label(egui::Role::TextInput, field)
            .is_focused()
    );
    // The cell named as the map shows it: a lane the team did not name goes by its
    // kind ("Customer actions").
    let cell_name = |h: &common::App, stage, lane| {
        let j = &project(h).journeys[0];
        format!(
            "{} · {}",
            j.stage(stage).unwrap().name,
            j.lane(lane).unwrap().title()
        )
    };
    let status = h.state().status().unwrap().text().to_owned();
    assert_eq!(
        status,
        format!("Captured into {}", cell_name(&h, stage, lane)),
        "{status}"
    );
    assert!(
        j.lane(lane).unwrap().name.is_empty(),
        "a lane named by its kind"
    );

    // Into the parking lot instead.
    click(&mut h, "the parking lot");
    for note in ["Check the refund rules", "Who owns the app?"] {
        h.get_by_role_and_label(egui::Role::TextInput, field)
            .type_text(note);
        h.run();
        press(&mut h, Modifiers::NONE, Key::Enter);
    }
    let lot: Vec<String> = project(&h)
        .parking_lot
        .iter()
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(lot, ["Check the refund rules", "Who owns the app?"]);
    assert_eq!(project(&h).parking_lot[0].journey, Some(j.id));
    h.get_by_label("Parking lot (2)");

    // Dragged onto a card of the map: a card in that card's cell, out of the lot.
    let target = j.cards.iter().find(|c| c.lane != lane).unwrap().clone();
    let from = h.get_by_label("Check the refund rules").rect().center();
    let to = h
        .get_by_role_and_label(egui::Role::Button, &target.title)
        .rect()
        .center();
    common::drag(&mut h, from, to);
    let after = project(&h);
    assert_eq!(after.parking_lot.len(), 1);
    let placed = after.journeys[0]
        .cards
        .iter()
        .find(|c| c.title == "Check the refund rules")
        .expect("the note is a card now");
    assert_eq!((placed.stage, placed.lane), (target.stage, target.lane));
    let status = h.state().status().unwrap().text().to_owned();
    assert_eq!(
        status,
        format!(
            "Put on the map in {}",
            cell_name(&h, target.stage, target.lane)
        ),
        "{status}"
    );

    // One step: undo puts the note back in the lot.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let undone = project(&h);
    assert_eq!(undone.parking_lot.len(), 2);
    assert!(
        undone.journeys[0]
            .cards
            .iter()
            .all(|c| c.title != "Check the refund rules")
    );
}

/// Runs frames until the gallery's pictures are laid out.
fn wait_for_previews(h: &mut common::App) {
    for _ in 0..2000 {
        h.step();
        if h.state().template_previews_ready() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the previews were not laid out");
}

#[test]
fn a_project_or_a_journey_from_the_template_gallery() {
    use journeymap::app::{Action, Command};
    let mut h = app_on(Some(example("train_trip.ron")));
    wait_for_load(&mut h);
    let journeys = h.state().document().project().journeys.len();
    let personas = h.state().document().project().personas.len();

    // A journey from a template joins the project, without the template's personas.
    h.state_mut()
        .push_action(Action::Command(Command::NewJourneyFromTemplate));
    // Frames one by one while the gallery's pictures are laid out.
    common::steps(&mut h);
    h.get_by_label("New journey from template");
    wait_for_previews(&mut h);
    for name in [
        "Blank journey",
        "B2C retail",
        "B2B software purchase",
        "Service station",
        "Train trip",
        "Bank loan",
        "E-commerce returns",
        "Service blueprint",
    ] {
        h.get_by_role_and_label(egui::Role::Button, name);
    }
    click(&mut h, "Service blueprint");
    let project = h.state().document().project().clone();
    assert_eq!(project.journeys.len(), journeys + 1);
    let added = &project.journeys[1];
    assert_eq!(
        h.state().selection().journey,
        Some(added.id),
        "shown, after the first"
    );
    assert_eq!(added.name, "A business stay");
    let lanes: Vec<&str> = added
        .lanes
        .iter()
        .map(journeymap::model::Lane::title)
        .collect();
    assert_eq!(
        lanes,
        [
            "Physical evidence",
            "Customer actions",
            "Frontstage: staff the guest sees",
            "Backstage: staff out of sight",
            "Support processes and systems",
            "Pain points"
        ]
    );
    assert!(added.cards.len() > 40);
    assert!(added.personas.is_empty());
    assert_eq!(
        project.personas.len(),
        personas,
        "the template's persona stays out"
    );
    assert!(journeymap::model::integrity::repair(&mut project.clone()).is_empty());
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().document().project().journeys.len(), journeys);

    // A new project from a template: an untitled copy.
    h.state_mut()
        .push_action(Action::Command(Command::NewFromTemplate));
    common::steps(&mut h);
    h.get_by_label("New from template");
    wait_for_previews(&mut h);
    click(&mut h, "Bank loan");
    let doc = h.state().document();
    assert_eq!(doc.path(), None);
    assert_eq!(doc.project().name, "Bank loan: a personal loan for a car");
    assert_eq!(doc.project().journeys[0].stages.len(), 6);
}

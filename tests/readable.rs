//! Readable from the first second: dialogs that show their content whatever was open
//! before and fit a projector's window, the map at a legible zoom, side panels that
//! fold, the start page.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use common::{App, app_sized, example, press};
use egui::{Key, Modifiers, Rect, Vec2, vec2};
use egui_kittest::kittest::Queryable;
use journeymap::ui::canvas::present;
use journeymap::ui::canvas::view::LEGIBLE_TEXT;

const CMD: Modifiers = Modifiers::COMMAND;

/// A projector, the app's default window, a large screen.
const SIZES: [Vec2; 3] = [
    vec2(1280.0, 720.0),
    vec2(1440.0, 900.0),
    vec2(1920.0, 1080.0),
];

fn window(size: Vec2) -> Rect {
    Rect::from_min_size(egui::Pos2::ZERO, size)
}

/// The widget labelled `text` (or, with a leading `~`, whose label contains it) is
/// drawn inside the window.
fn shown_whole(h: &App, size: Vec2, text: &str) {
    let r = match text.strip_prefix('~') {
        Some(part) => h.get_by_label_contains(part).rect(),
        // The first of that name: a dialog's title before a line of its list.
        None => h
            .get_all_by_label(text)
            .next()
            .unwrap_or_else(|| panic!("nothing is labelled “{text}”"))
            .rect(),
    };
    assert!(
        window(size).expand(0.5).contains_rect(r),
        "“{text}” is at {r:?}, outside the {size:?} window"
    );
}

fn type_text(h: &mut App, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

#[test]
fn the_quit_prompt_after_the_help_shows_its_question() {
    for size in SIZES {
        let mut h = app_sized(Some(example("service_station.ron")), size);
        press(&mut h, Modifiers::NONE, Key::F1);
        shown_whole(&h, size, "Keyboard shortcuts");
        shown_whole(&h, size, "Close");
        press(&mut h, Modifiers::NONE, Key::Escape);
        assert!(
            h.query_by_label("Keyboard shortcuts").is_none(),
            "Esc closes the help"
        );

        press(&mut h, Modifiers::NONE, Key::N);
        type_text(&mut h, "Hello");
        press(&mut h, Modifiers::NONE, Key::Enter);
        press(&mut h, CMD, Key::Q);
        shown_whole(&h, size, "Unsaved changes");
        shown_whole(&h, size, "~has changes that are not saved");
        for button in ["Save", "Don't save", "Cancel"] {
            shown_whole(&h, size, button);
        }
        let question = h
            .get_by_label_contains("has changes that are not saved")
            .rect();
        let dialog_height = h.get_by_label("Cancel").rect().max.y - question.min.y;
        assert!(
            dialog_height < 200.0,
            "the prompt is {dialog_height} points tall: it holds a question and three buttons"
        );
        press(&mut h, Modifiers::NONE, Key::Escape);
        assert!(
            h.query_by_label("Unsaved changes").is_none(),
            "Esc cancels the prompt"
        );
    }
}

/// Card titles as the map shows them, in points on screen.
fn title_size(h: &App) -> f32 {
    let app = h.state();
    let journey = app.selection().journey.unwrap();
    app.canvas().view(journey).zoom * app.canvas().metrics().card_title.size
}

#[test]
fn every_example_opens_with_legible_card_titles() {
    for size in SIZES {
        for example in journeymap::examples::EXAMPLES {
            let mut h = app_sized(Some(common::example(example.file_name)), size);
            common::wait_for_load(&mut h);
            let title = title_size(&h);
            assert!(
                title >= LEGIBLE_TEXT - 0.01,
                "{} at {size:?} opens with titles of {title:.1} points",
                example.file_name
            );
            // The stages' whole width where that stays legible (never beyond 100%),
            // else the legible zoom: fitted, not left at the default 100%.
            let app = h.state();
            let journey = app.selection().journey.unwrap();
            let canvas = app.canvas().last_rect().unwrap();
            let map = app.canvas().shown_layout();
            let across = (canvas.width() - 48.0) / map.size.x;
            let legible = LEGIBLE_TEXT / app.canvas().metrics().card_title.size;
            let zoom = app.canvas().view(journey).zoom;
            assert!(
                (zoom - across.clamp(legible, 1.0)).abs() < 1e-3,
                "{} at {size:?}: zoom {zoom}, the width fits at {across}",
                example.file_name
            );
            // Whatever was done to the zoom, F brings the readable view back.
            for _ in 0..12 {
                press(&mut h, CMD, Key::Minus);
            }
            press(&mut h, Modifiers::NONE, Key::F);
            assert!(title_size(&h) >= LEGIBLE_TEXT - 0.01);
            // Shift+F shows everything, however small.
            press(&mut h, Modifiers::SHIFT, Key::F);
            let app = h.state();
            let journey = app.selection().journey.unwrap();
            let map = app.canvas().shown_layout();
            let view = app.canvas().view(journey);
            let canvas = app.canvas().last_rect().unwrap();
            let whole =
                view.rect_on_screen(canvas, Rect::from_min_size(egui::Pos2::ZERO, map.size));
            assert!(
                canvas.expand(1.0).contains_rect(whole),
                "Shift+F shows the whole map"
            );
        }
    }
}

#[test]
fn a_card_typed_at_the_smallest_zoom_is_legible_and_kept() {
    let mut h = app_sized(Some(example("service_station.ron")), SIZES[0]);
    for _ in 0..30 {
        press(&mut h, CMD, Key::Minus);
    }
    let journey = h.state().selection().journey.unwrap();
    assert!((h.state().canvas().view(journey).zoom - 0.1).abs() < 1e-3);
    let cards = h
        .state()
        .document()
        .project()
        .journey(journey)
        .unwrap()
        .cards
        .len();
    press(&mut h, Modifiers::NONE, Key::N);
    type_text(&mut h, "Pays at the pump");
    let field = h
        .get_by_role_and_label(egui::Role::TextInput, "Card title")
        .rect();
    assert!(
        field.height() >= LEGIBLE_TEXT && field.width() >= 8.0 * LEGIBLE_TEXT,
        "the field is {field:?}"
    );
    assert!(
        window(SIZES[0]).contains_rect(field),
        "the field is in view: {field:?}"
    );
    press(&mut h, Modifiers::NONE, Key::Enter);
    let project = h.state().document().project();
    let j = project.journey(journey).unwrap();
    assert_eq!(j.cards.len(), cards + 1);
    assert!(j.cards.iter().any(|c| c.title == "Pays at the pump"));
}

#[test]
fn side_panels_fold_away_and_come_back() {
    let mut h = app_sized(Some(example("airline.ron")), SIZES[0]);
    common::wait_for_load(&mut h);
    let nav = journeymap::ui::shell::nav_label(journeymap::app::View::Personas);
    h.get_by_label(&nav);
    let before = h.state().canvas().last_rect().unwrap();
    press(&mut h, CMD, Key::B);
    assert!(!h.state().preferences().side_panels);
    assert!(
        h.query_by_label(&nav).is_none(),
        "the navigation is folded away"
    );
    assert!(
        h.query_by_label("Goal").is_none(),
        "the inspector is folded away"
    );
    let wide = h.state().canvas().last_rect().unwrap();
    assert!(
        wide.width() > before.width() + 600.0,
        "{before:?} -> {wide:?}"
    );
    assert!(wide.width() >= SIZES[0].x - 40.0, "{wide:?}");
    // Remembered with the preferences (eframe stores them as they are).
    let prefs = h.state().preferences().clone();
    let text = ron::to_string(&prefs).unwrap();
    let back: journeymap::app::Preferences = ron::from_str(&text).unwrap();
    assert!(!back.side_panels, "{text}");
    // From the View menu, which shows the state.
    h.get_by_label("View").click();
    h.run();
    h.get_by_label(&common::menu_label(journeymap::app::Command::SidePanels))
        .click();
    h.run();
    assert!(h.state().preferences().side_panels);
    h.get_by_label(&nav);
}

#[test]
fn presentation_shows_every_lane_of_each_stage_legibly() {
    let mut engine = journeymap::layout::text::TextEngine::new();
    for size in SIZES {
        for example in journeymap::examples::EXAMPLES {
            let mut h = app_sized(Some(common::example(example.file_name)), size);
            common::wait_for_load(&mut h);
            press(&mut h, Modifiers::NONE, Key::F5);
            let journey = h.state().selection().journey.unwrap();
            let stages = h
                .state()
                .document()
                .project()
                .journey(journey)
                .unwrap()
                .stages
                .len();
            for stage in 0..stages {
                let app = h.state();
                let shown = app
                    .canvas()
                    .presenting
                    .as_ref()
                    .unwrap()
                    .shown_stage()
                    .unwrap();
                let what = format!("stage {} of {} at {size:?}", stage + 1, example.file_name);
                assert!(
                    shown.zoom * app.canvas().metrics().card_title.size >= LEGIBLE_TEXT - 0.01,
                    "{what}: zoom {}",
                    shown.zoom
                );
                let height = shown.map.size.y * shown.zoom;
                let room = size.y - present::MARGIN - present::HINT_ROOM;
                assert!(
                    height <= room,
                    "{what}: {height} points tall in {room}, the lanes scroll"
                );
                assert!(
                    shown.map.size.x * shown.zoom <= size.x,
                    "{what}: wider than the screen"
                );
                // The lane names right beside the stage's cards.
                let names = shown.map.lanes.first().unwrap().header;
                let column = shown.map.stages.first().unwrap().column;
                assert!(
                    (names.max.x - column.min.x).abs() < 0.5,
                    "{what}: {names:?} {column:?}"
                );
                // The lane names' column is as wide as the widest name (and its icon).
                let column = shown.map.lanes.first().unwrap().header.width();
                let metrics = journeymap::layout::Metrics::default();
                let widest = app
                    .document()
                    .project()
                    .journey(journey)
                    .unwrap()
                    .lanes
                    .iter()
                    .map(|l| engine.width(l.title(), metrics.lane_name))
                    .fold(0.0, f32::max);
                assert!(
                    column <= (widest + 60.0).max(120.0),
                    "{what}: a column of {column} for names of {widest}"
                );
                press(&mut h, Modifiers::NONE, Key::ArrowRight);
            }
        }
    }
}

#[test]
fn timer_and_vote_windows_keep_clear_of_each_other_and_the_inspector() {
    use journeymap::ui::floating::Floating;
    let size = SIZES[0];
    let mut h = app_sized(Some(example("airline.ron")), size);
    common::wait_for_load(&mut h);
    press(&mut h, CMD, Key::T);
    press(&mut h, CMD.plus(Modifiers::SHIFT), Key::D);
    common::steps(&mut h);
    let rect = |h: &App, w: Floating| h.ctx.memory(|m| m.area_rect(w.id())).unwrap();
    let (timer, vote) = (rect(&h, Floating::Timer), rect(&h, Floating::Vote));
    let map = h.state().canvas().last_rect().unwrap();
    assert!(!timer.intersects(vote), "{timer:?} covers {vote:?}");
    for r in [timer, vote] {
        assert!(
            r.max.x <= map.max.x + 0.5,
            "{r:?} covers the inspector (from {})",
            map.max.x
        );
        assert!(window(size).contains_rect(r));
    }
    // Esc goes to a dialog opened over them, not to them. (The export's preview is
    // drawn on a thread, with a spinner meanwhile: a few frames, not until it settles.)
    h.key_press_modifiers(CMD, Key::E);
    common::steps(&mut h);
    h.get_by_label("PDF");
    press(&mut h, Modifiers::NONE, Key::Escape);
    common::steps(&mut h);
    assert!(h.query_by_label("PDF").is_none(), "Esc closes the export");
    h.get_by_label("Dot vote");
    // Esc closes the one last opened, then (clicked) the other.
    h.get_by_label("Dot vote").click();
    h.run();
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.query_by_label("Dot vote").is_none());
    h.get_by_label("Minutes").click();
    h.run();
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(
        h.query_by_label("Minutes").is_none(),
        "Esc closes the timer"
    );
}

/// What opens a dialog.
type Opener = dyn Fn(&mut App);

#[test]
fn every_dialog_closes_on_esc() {
    let mut h = app_sized(Some(example("service_station.ron")), SIZES[0]);
    let open: [(&str, &Opener, &str); 4] = [
        (
            "help",
            &|h| press(h, Modifiers::NONE, Key::F1),
            "Keyboard shortcuts",
        ),
        ("export", &|h| press(h, CMD, Key::E), "PDF"),
        (
            "about",
            &|h| {
                h.get_by_label("Help").click();
                h.run();
                h.get_by_label(&common::menu_label(journeymap::app::Command::About))
                    .click();
                h.run();
            },
            "~Fonts: Inter",
        ),
        (
            "templates",
            &|h| {
                h.get_by_label("File").click();
                h.run();
                h.get_by_label(&common::menu_label(
                    journeymap::app::Command::NewFromTemplate,
                ))
                .click();
                h.run();
            },
            "New from template",
        ),
    ];
    for (what, show, shown) in open {
        show(&mut h);
        common::steps(&mut h);
        shown_whole(&h, SIZES[0], shown);
        press(&mut h, Modifiers::NONE, Key::Escape);
        common::steps(&mut h);
        let gone = match shown.strip_prefix('~') {
            Some(part) => h.query_by_label_contains(part).is_none(),
            None => h.query_by_label(shown).is_none(),
        };
        assert!(gone, "Esc closes the {what}");
    }
}

#[test]
fn the_start_page_opens_a_template() {
    let mut h = app_sized(None, SIZES[0]);
    assert!(h.state().on_start_page());
    h.get_by_label("journeymap");
    h.get_by_label("Open…");
    // Nothing to save or export yet: such commands wait for a project.
    press(&mut h, CMD, Key::S);
    press(&mut h, CMD, Key::E);
    assert!(!h.state().busy(), "no dialog opened");
    assert!(h.query_by_label("PDF").is_none(), "no export dialog");
    // The pictures are drawn on a thread.
    for _ in 0..500 {
        h.step();
        if h.query_by_label("Drawing the map…").is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    common::click(&mut h, "Bank loan");
    h.run();
    let app = h.state();
    assert!(!app.on_start_page());
    assert_eq!(app.document().path(), None, "an untitled copy");
    let project = app.document().project();
    assert_eq!(project.journeys[0].name, "Borrowing for a car");
    h.get_by_label("Map of Borrowing for a car");
}

#[test]
fn a_broken_file_on_the_command_line_shows_its_error_over_the_start_page() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(\n    format_version: 1,\n    project: (name: 12),\n)\n",
    )
    .unwrap();
    let mut h = app_sized(Some(broken), SIZES[0]);
    h.get_by_label("Could not open the project");
    // In the dialog and the status bar.
    assert!(h.query_all_by_label_contains("Line 3, column").count() >= 1);
    assert!(h.state().on_start_page());
    assert!(!h.state().document().is_dirty());
    assert_eq!(h.state().document().path(), None);
    press(&mut h, Modifiers::NONE, Key::Escape);
    h.get_by_label("Open…");
    h.get_by_label("Bank loan");
    assert!(
        h.query_by_label_contains("Map of").is_none(),
        "no project behind it"
    );
}

#[test]
fn the_view_follows_a_card_typed_far_off_screen_at_a_small_zoom() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    journeymap::io::save(&path, &journeymap::model::synthetic::project(2000)).unwrap();
    let mut h = app_sized(Some(path), SIZES[0]);
    common::wait_for_load(&mut h);
    for _ in 0..10 {
        press(&mut h, CMD, Key::Minus);
    }
    // The last cell, far below and right of the view.
    let journey = h.state().document().project().journeys[0].clone();
    let (stage, lane) = (
        journey.stages.last().unwrap().id,
        journey.lanes.last().unwrap().id,
    );
    h.state_mut().canvas_mut().selection.cell = Some((stage, lane));
    h.run();
    let zoom = h.state().canvas().view(journey.id).zoom;
    assert!(zoom < 0.4, "zoomed out: {zoom}");
    press(&mut h, Modifiers::NONE, Key::N);
    type_text(&mut h, "Far away");
    let field = h
        .get_by_role_and_label(egui::Role::TextInput, "Card title")
        .rect();
    let app = h.state();
    let Some(journeymap::ui::canvas::EditTarget::CardTitle(id)) =
        app.canvas().editing.as_ref().map(|e| e.target)
    else {
        panic!("no card title is typed in");
    };
    let card = app.canvas().shown_layout().card(id).unwrap().rect;
    let canvas = app.canvas().last_rect().unwrap();
    let on_screen = app.canvas().view(journey.id).rect_on_screen(canvas, card);
    assert!(
        canvas.contains_rect(on_screen),
        "the card {on_screen:?} is in view {canvas:?}"
    );
    // The field sits on its card, larger than it, not held against an edge elsewhere.
    assert!(
        field.expand(10.0).contains(on_screen.left_top()),
        "the field {field:?} is on its card {on_screen:?}"
    );
    assert!(field.height() > on_screen.height());
}

#[test]
fn the_inspectors_fields_end_inside_the_window() {
    for size in [SIZES[0], SIZES[1]] {
        let mut h = app_sized(Some(example("airline.ron")), size);
        common::wait_for_load(&mut h);
        // A card's fields, then the journey's.
        press(&mut h, Modifiers::NONE, Key::ArrowDown);
        for _ in 0..2 {
            let canvas = h.state().canvas().last_rect().unwrap();
            let fields: Vec<Rect> = h
                .get_all_by_role(egui::Role::TextInput)
                .chain(h.get_all_by_role(egui::Role::MultilineTextInput))
                .map(|n| n.rect())
                .filter(|r| r.min.x >= canvas.max.x)
                .collect();
            assert!(!fields.is_empty(), "the inspector has fields");
            for r in fields {
                assert!(
                    r.max.x <= size.x + 0.5,
                    "a field ends at {} in {size:?}",
                    r.max.x
                );
            }
            press(&mut h, Modifiers::NONE, Key::Escape);
            h.state_mut().canvas_mut().selection.cards.clear();
            h.run();
        }
    }
}

//! The real app, driven headlessly with egui_kittest: views by their labels, edits
//! with undo/redo, file flows (open, save as, unsaved changes, dropped files, quit).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::path::PathBuf;

use common::{app_on, append_to, example, menu_label, press, type_into, wait_for_load};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneyApp, View};
use journeymap::ui::shell::nav_label;

const CMD: Modifiers = Modifiers::COMMAND;
const PATH_FIELD: &str = "Path of the project file (.ron)";
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

#[test]
fn every_view_is_reachable_by_its_label() {
    let mut harness = app_on(Some(example("service_station.ron")));
    let project = harness.state().document().project().clone();

    harness.get_by_label(&nav_label(View::Personas)).click();
    harness.run();
    assert_eq!(harness.state().preferences().view, View::Personas);
    for persona in &project.personas {
        // Each persona's card in the gallery.
        harness.get_by_role_and_label(egui::Role::Button, &persona.name);
    }

    harness.get_by_label(&nav_label(View::Hypotheses)).click();
    harness.run();
    harness.get_by_label(&project.hypotheses[0].statement);

    harness.get_by_label(&nav_label(View::Data)).click();
    harness.run();
    harness.get_by_label("No customer data yet");

    harness.get_by_label(&nav_label(View::Curves)).click();
    harness.run();
    harness.get_by_label("Satisfaction curves");

    harness.get_by_label(&nav_label(View::Journeys)).click();
    harness.run();
    let journey = &project.journeys[0];
    harness.get_by_label(&format!("Map of {}", journey.name));
    // Zoomed to the selected (first) cell, its stage and lane read by name.
    press(&mut harness, Modifiers::NONE, Key::Z);
    harness.get_by_label(&journey.stages[0].name);
    harness.get_by_label(journey.lanes[0].title());

    // The same through the keyboard.
    press(&mut harness, CMD, Key::Num2);
    assert_eq!(harness.state().preferences().view, View::Personas);
    press(&mut harness, CMD, Key::Num1);
    assert_eq!(harness.state().preferences().view, View::Journeys);
}

#[test]
fn a_typed_title_is_one_undo_step_and_redoes() {
    let mut harness = app_on(Some(example("service_station.ron")));
    // The first cell is selected on open; Down selects its first card.
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let id = harness.state().canvas().selection.current().unwrap();
    let title = harness
        .state()
        .document()
        .project()
        .find_card(id)
        .unwrap()
        .1
        .title
        .clone();

    append_to(&mut harness, "Title", " (new)");
    let card_title = |h: &Harness<'static, JourneyApp>| {
        let app = h.state();
        let id = app.canvas().selection.current().unwrap();
        app.document()
            .project()
            .find_card(id)
            .unwrap()
            .1
            .title
            .clone()
    };
    let edited = card_title(&harness);
    assert_ne!(edited, title);
    assert!(edited.contains("(new)"), "{edited}");
    assert_eq!(
        harness.state().document().history().undo_len(),
        1,
        "typing is one step"
    );
    assert!(harness.state().document().is_dirty());
    assert!(
        harness
            .state()
            .window_title()
            .starts_with("*service_station.ron")
    );

    press(&mut harness, CMD, Key::Z);
    assert_eq!(card_title(&harness), title);
    assert!(!harness.state().document().is_dirty());
    assert_eq!(
        harness.state().window_title(),
        "service_station.ron — journeymap"
    );

    press(&mut harness, CMD_SHIFT, Key::Z);
    assert_eq!(card_title(&harness), edited);
    press(&mut harness, CMD, Key::Z);
    press(&mut harness, CMD, Key::Y);
    assert_eq!(card_title(&harness), edited);
}

#[test]
fn renaming_a_journey_undoes_from_the_edit_menu() {
    let mut harness = app_on(Some(example("train_trip.ron")));
    let before = harness.state().document().project().journeys[0]
        .name
        .clone();
    append_to(&mut harness, "Journey", "!");
    assert_ne!(
        harness.state().document().project().journeys[0].name,
        before
    );

    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label(&menu_label(Command::Undo)).click();
    harness.run();
    assert_eq!(
        harness.state().document().project().journeys[0].name,
        before
    );
}

#[test]
fn the_menus_come_from_the_command_table() {
    let mut harness = app_on(Some(example("b2b_software.ron")));
    harness.get_by_label("File").click();
    harness.run();
    for command in [
        Command::New,
        Command::NewFromTemplate,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::Quit,
    ] {
        harness.get_by_label(&menu_label(command));
    }
    harness.get_by_label("Open recent");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    harness.get_by_label("View").click();
    harness.run();
    for command in [Command::ZoomIn, Command::ZoomOut, Command::ZoomReset] {
        harness.get_by_label(&menu_label(command));
    }
    harness.get_by_label("Theme");
}

#[test]
fn opening_a_broken_file_says_where_and_keeps_the_open_project() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(\n    format_version: 1,\n    project: (name: 12),\n)\n",
    )
    .unwrap();

    let mut harness = app_on(Some(example("service_station.ron")));
    let before = harness.state().document().project().clone();
    press(&mut harness, CMD, Key::O);
    type_into(&mut harness, PATH_FIELD, &broken.display().to_string());
    harness.get_by_label("Open").click();
    wait_for_load(&mut harness);

    harness.get_by_label("Could not open the project");
    let message = harness.state().status().unwrap().text().to_owned();
    assert!(message.starts_with("Line 3, column"), "{message}");
    assert!(message.ends_with("broken.ron"), "{message}");
    assert_eq!(harness.state().document().project(), &before);
    assert_eq!(
        harness.state().document().path(),
        Some(example("service_station.ron").as_path())
    );
}

#[test]
fn a_path_that_does_not_exist_is_refused_in_the_prompt() {
    let mut harness = app_on(Some(example("service_station.ron")));
    press(&mut harness, CMD, Key::O);
    type_into(&mut harness, PATH_FIELD, "/no/such/file.ron");
    harness.get_by_label("Open").click();
    harness.run();
    harness.get_by_label("There is no file at /no/such/file.ron");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness
            .query_by_label("There is no file at /no/such/file.ron")
            .is_none()
    );
}

#[test]
fn new_asks_before_discarding_changes() {
    let mut harness = app_on(Some(example("service_station.ron")));
    append_to(&mut harness, "Journey", " changed");
    let edited = harness.state().document().project().clone();

    press(&mut harness, CMD, Key::N);
    harness.get_by_label("Unsaved changes");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().document().project(), &edited);

    press(&mut harness, CMD, Key::N);
    harness.get_by_label("Don't save").click();
    harness.run();
    let doc = harness.state().document();
    assert_eq!(doc.project().name, "Untitled project");
    assert!(doc.path().is_none());
    assert!(!doc.is_dirty());
}

#[test]
fn save_as_writes_the_file_and_clears_the_unsaved_marker() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("copy");
    let mut harness = app_on(Some(example("train_trip.ron")));
    append_to(&mut harness, "Journey", " v2");
    assert!(harness.state().document().is_dirty());

    press(&mut harness, CMD_SHIFT, Key::S);
    type_into(&mut harness, PATH_FIELD, &target.display().to_string());
    press(&mut harness, Modifiers::NONE, Key::Enter);

    let saved = target.with_extension("ron");
    let doc = harness.state().document();
    assert_eq!(doc.path(), Some(saved.as_path()));
    assert!(!doc.is_dirty());
    let on_disk = journeymap::io::load(&saved).unwrap().project;
    assert_eq!(&on_disk, doc.project());
    assert!(on_disk.journeys[0].name.ends_with(" v2"));
    assert_eq!(harness.state().window_title(), "copy.ron — journeymap");
    let recent = &harness.state().preferences().recent;
    assert!(
        recent.first().is_some_and(|p| p.ends_with("copy.ron")),
        "{recent:?}"
    );
}

#[test]
fn dropping_a_project_file_opens_it() {
    let mut harness = app_on(Some(example("service_station.ron")));
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(common::Dropped(example(
            "b2b_software.ron",
        ))));
    harness.step();
    wait_for_load(&mut harness);
    assert_eq!(
        harness.state().document().path(),
        Some(example("b2b_software.ron").as_path())
    );

    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(common::Dropped(PathBuf::from(
            "/tmp/minutes.docx",
        ))));
    harness.run();
    let status = harness.state().status().unwrap().text().to_owned();
    assert!(status.contains("opens project files (.ron)"), "{status}");
    assert!(
        status.ends_with("this is neither — /tmp/minutes.docx"),
        "{status}"
    );
    assert_eq!(
        harness.state().document().path(),
        Some(example("b2b_software.ron").as_path())
    );
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let mut harness = app_on(Some(example("service_station.ron")));
    append_to(&mut harness, "Journey", "x");
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let cancelled = harness.output().viewport_output.values().any(|v| {
        v.commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::CancelClose))
    });
    assert!(cancelled, "the close was not held back");
    harness.run();
    harness.get_by_label("Unsaved changes");
}

#[test]
fn a_template_starts_an_untitled_project() {
    let mut harness = app_on(Some(example("service_station.ron")));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New from template…").click();
    harness.run();
    harness.get_by_label("Train trip").click();
    harness.run();
    let doc = harness.state().document();
    assert!(doc.path().is_none());
    let train = journeymap::io::load(&example("train_trip.ron"))
        .unwrap()
        .project;
    assert_eq!(doc.project(), &train);
}

#[test]
fn save_as_asks_before_replacing_another_file() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("existing.ron");
    std::fs::write(&existing, "keep me").unwrap();
    let mut harness = app_on(Some(example("train_trip.ron")));

    press(&mut harness, CMD_SHIFT, Key::S);
    type_into(&mut harness, PATH_FIELD, &existing.display().to_string());
    press(&mut harness, Modifiers::NONE, Key::Enter);
    harness.get_by_label(&format!(
        "{} already exists. Replace it?",
        existing.display()
    ));
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me");

    harness.get_by_label("Replace").click();
    harness.run();
    assert_eq!(harness.state().document().path(), Some(existing.as_path()));
    let saved = journeymap::io::load(&existing).unwrap().project;
    assert_eq!(&saved, harness.state().document().project());
}

#[test]
fn escape_closes_a_dialog_without_doing_anything() {
    let mut harness = app_on(Some(example("train_trip.ron")));
    press(&mut harness, CMD, Key::O);
    harness.get_by_role_and_label(egui::Role::TextInput, PATH_FIELD);
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(
        harness
            .query_by_role_and_label(egui::Role::TextInput, PATH_FIELD)
            .is_none()
    );
    assert_eq!(
        harness.state().document().path(),
        Some(example("train_trip.ron").as_path())
    );
}

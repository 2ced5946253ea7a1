//! The persona gallery and editor, driven headlessly: create and fill personas, a
//! photo from a test image, journeys they walk, delete with references, undo,
//! reorder by dragging, search, import from another project, save to a file, and bad
//! input (a non-image, a broken picture, a project without personas).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{App, app_on, drag, example, press, type_into, wait_for_load};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use journeymap::app::View;
use journeymap::model::{Persona, PersonaId, Project};
use journeymap::ui::shell::nav_label;

const PHOTO_FIELD: &str = "Path of the photo (PNG or JPEG)";
const PROJECT_FIELD: &str = "Path of the project file (.ron)";

fn project(h: &App) -> &Project {
    h.state().document().project()
}

fn persona<'h>(h: &'h App, name: &str) -> &'h Persona {
    project(h)
        .personas
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no persona named {name}"))
}

fn selected(h: &App) -> Option<PersonaId> {
    h.state().selection().persona
}

/// The app on an example, showing the personas.
fn gallery_on(file: &str) -> App {
    let mut h = app_on(Some(example(file)));
    h.get_by_label(&nav_label(View::Personas)).click();
    h.run();
    assert_eq!(h.state().preferences().view, View::Personas);
    h
}

/// Clicks the widget with this role and label, scrolled into view first (the editor
/// is taller than the window).
fn click_role(h: &mut App, role: egui::Role, label: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
}

fn click_button(h: &mut App, label: &str) {
    click_role(h, egui::Role::Button, label);
}

fn tick(h: &mut App, label: &str) {
    click_role(h, egui::Role::CheckBox, label);
}

/// Runs frames until the photo being read is taken in.
fn wait_for_photo(h: &mut App) {
    for _ in 0..1000 {
        h.step();
        if !h.state().reading_photo() {
            h.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the photo was not read");
}

fn write_png(path: &Path, width: u32, height: u32) {
    image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    })
    .save(path)
    .unwrap();
}

/// Chooses a file in the typed-path prompt that stands in for the system dialog.
fn choose_path(h: &mut App, field: &str, path: &Path) {
    type_into(h, field, &path.display().to_string());
    press(h, Modifiers::NONE, Key::Enter);
}

#[test]
fn a_marketer_creates_fills_and_links_a_persona_with_a_photo() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("anna.png");
    write_png(&photo, 1200, 900);
    let mut h = gallery_on("service_station.ron");
    let before = project(&h).personas.len();

    click_button(&mut h, "+ New persona");
    assert_eq!(project(&h).personas.len(), before + 1);
    let id = selected(&h).expect("the new persona is selected");
    // The name is ready to be typed over.
    h.get_by_role_and_label(egui::Role::TextInput, "Name")
        .type_text("Anna Berg");
    h.run();
    type_into(&mut h, "Segment or role", "Weekend hiker");
    type_into(&mut h, "Quote", "Just let me pay at the pump.");
    type_into(&mut h, "Age", "34");
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Goals")
        .focus();
    h.run();
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Goals")
        .type_text("Be quick\n\nPay less");
    h.run();
    click_role(&mut h, egui::Role::RadioButton, "B2B (businesses)");
    click_role(&mut h, egui::Role::RadioButton, "Validated by research");
    tick(&mut h, "🏬 Store");
    tick(&mut h, "Walks “Fuel”");

    let p = project(&h).persona(id).unwrap().clone();
    assert_eq!(p.name, "Anna Berg");
    assert_eq!(p.segment, "Weekend hiker");
    assert_eq!(p.quote, "Just let me pay at the pump.");
    assert_eq!(p.age, "34");
    assert_eq!(p.goals, ["Be quick", "Pay less"]);
    assert_eq!(p.market, journeymap::model::Market::B2B);
    assert_eq!(p.validation, journeymap::model::Validation::Validated);
    assert_eq!(p.channels, [journeymap::model::Channel::Store]);
    let fuel = project(&h)
        .journeys
        .iter()
        .find(|j| j.name == "Fuel")
        .unwrap();
    assert!(fuel.personas.contains(&id));

    // A photo from disk: downscaled and stored in the project.
    click_button(&mut h, "Choose photo…");
    choose_path(&mut h, PHOTO_FIELD, &photo);
    wait_for_photo(&mut h);
    let stored = project(&h).persona(id).unwrap().photo.clone().unwrap();
    assert_eq!((stored.width, stored.height), (640, 480));
    // In the gallery and in the editor.
    assert_eq!(h.get_all_by_label("Photo of Anna Berg").count(), 2);

    // Each change was a step of its own: undo takes the photo off, then the journey.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(project(&h).persona(id).unwrap().photo.is_none());
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let fuel = project(&h)
        .journeys
        .iter()
        .find(|j| j.name == "Fuel")
        .unwrap();
    assert!(!fuel.personas.contains(&id));
    assert_eq!(project(&h).persona(id).unwrap().name, "Anna Berg");
}

#[test]
fn deleting_a_persona_in_use_asks_cleans_references_and_undoes() {
    let mut h = gallery_on("service_station.ron");
    let original = project(&h).clone();
    let victim = original.personas[0].clone();
    assert!(
        original
            .journeys
            .iter()
            .any(|j| j.personas.contains(&victim.id)),
        "the example's first persona walks a journey"
    );

    h.get_by_role_and_label(egui::Role::Button, &victim.name)
        .click();
    h.run();
    assert_eq!(selected(&h), Some(victim.id));
    click_button(&mut h, "Delete…");
    h.get_by_label(&format!("Delete “{}”?", victim.name));
    click_button(&mut h, "Delete");

    assert!(project(&h).persona(victim.id).is_none());
    for journey in &project(&h).journeys {
        assert!(!journey.personas.contains(&victim.id));
        assert!(
            journey
                .cards
                .iter()
                .all(|c| !c.personas.contains(&victim.id))
        );
    }
    assert!(
        project(&h)
            .hypotheses
            .iter()
            .all(|x| !x.personas.contains(&victim.id))
    );
    // One undo brings the persona and every reference back.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h), &original);
}

#[test]
fn cancelling_the_delete_question_changes_nothing() {
    let mut h = gallery_on("service_station.ron");
    let original = project(&h).clone();
    let victim = original.personas[1].clone();
    h.get_by_role_and_label(egui::Role::Button, &victim.name)
        .click();
    h.run();
    click_button(&mut h, "Delete…");
    click_button(&mut h, "Cancel");
    assert_eq!(project(&h), &original);
}

#[test]
fn search_and_filters_narrow_the_gallery() {
    let mut h = gallery_on("b2b_software.ron");
    let personas = project(&h).personas.clone();
    let target = &personas[1];
    type_into(&mut h, "Search personas", &target.name);
    h.get_by_role_and_label(egui::Role::Button, &target.name);
    for other in personas
        .iter()
        .filter(|p| p.id != target.id && !p.name.contains(&target.name))
    {
        assert!(
            h.query_by_role_and_label(egui::Role::Button, &other.name)
                .is_none(),
            "{} is still shown",
            other.name
        );
    }
    type_into(&mut h, "Search personas", "no such persona anywhere");
    h.get_by_label("No persona matches");
}

#[test]
fn dragging_a_persona_reorders_the_gallery_in_one_undo_step() {
    let mut h = gallery_on("service_station.ron");
    let names: Vec<String> = project(&h)
        .personas
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert!(names.len() >= 3);
    let first = h
        .get_by_role_and_label(egui::Role::Button, &names[0])
        .rect();
    let third = h
        .get_by_role_and_label(egui::Role::Button, &names[2])
        .rect();
    // Drop the first just after the third.
    drag(
        &mut h,
        first.center(),
        third.right_center() + egui::vec2(4.0, 0.0),
    );
    let now: Vec<&str> = project(&h)
        .personas
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        now[..3],
        [&names[1], &names[2], &names[0]].map(String::as_str)
    );
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let back: Vec<&str> = project(&h)
        .personas
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(back, names.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn personas_travel_between_projects_with_their_photos() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("face.png");
    write_png(&photo, 300, 300);
    let file = dir.path().join("anna.ron");

    // Give a persona a photo, save it to a file of its own.
    let mut h = gallery_on("service_station.ron");
    let name = project(&h).personas[0].name.clone();
    h.get_by_role_and_label(egui::Role::Button, &name).click();
    h.run();
    click_button(&mut h, "Choose photo…");
    choose_path(&mut h, PHOTO_FIELD, &photo);
    wait_for_photo(&mut h);
    let with_photo = persona(&h, &name).clone();
    assert!(with_photo.photo.is_some());
    click_button(&mut h, "Save to file…");
    choose_path(&mut h, PROJECT_FIELD, &file);
    assert!(file.is_file(), "the persona file was written");

    // Import it into another project.
    let mut h = gallery_on("b2b_software.ron");
    let before = project(&h).personas.len();
    click_button(&mut h, "Import from project…");
    choose_path(&mut h, PROJECT_FIELD, &file);
    h.get_by_label("Import personas");
    click_button(&mut h, "Import 1 persona");
    assert_eq!(project(&h).personas.len(), before + 1);
    let imported = persona(&h, &name).clone();
    assert_eq!(imported.photo, with_photo.photo);
    assert_eq!(imported.goals, with_photo.goals);
    assert_eq!(selected(&h), Some(imported.id));
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h).personas.len(), before);
}

#[test]
fn importing_only_the_ticked_personas() {
    let mut h = gallery_on("service_station.ron");
    let source = journeymap::io::load(&example("b2b_software.ron"))
        .unwrap()
        .project;
    let before = project(&h).personas.len();
    click_button(&mut h, "Import from project…");
    choose_path(&mut h, PROJECT_FIELD, &example("b2b_software.ron"));
    tick(&mut h, &format!("Import {}", source.personas[0].name));
    let n = source.personas.len() - 1;
    click_button(&mut h, &format!("Import {n} personas"));
    assert_eq!(project(&h).personas.len(), before + n);
    assert!(
        !project(&h)
            .personas
            .iter()
            .any(|p| p.name == source.personas[0].name)
    );
}

#[test]
fn bad_input_gets_a_clear_message_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.png");
    std::fs::write(&text, "these are meeting notes, not a picture").unwrap();
    let empty_project = dir.path().join("no_personas.ron");
    let mut blank = project(&app_on(Some(example("train_trip.ron")))).clone();
    blank.personas.clear();
    for j in &mut blank.journeys {
        j.personas.clear();
        for c in &mut j.cards {
            c.personas.clear();
        }
    }
    for x in &mut blank.hypotheses {
        x.personas.clear();
    }
    journeymap::io::save(&empty_project, &blank).unwrap();

    let mut h = gallery_on("service_station.ron");
    let original = project(&h).clone();
    let name = original.personas[0].name.clone();
    h.get_by_role_and_label(egui::Role::Button, &name).click();
    h.run();

    // A file that is not a picture, chosen...
    click_button(&mut h, "Choose photo…");
    choose_path(&mut h, PHOTO_FIELD, &text);
    wait_for_photo(&mut h);
    h.get_by_label("Could not use the picture");
    assert_eq!(
        h.state().status().unwrap().text(),
        format!(
            "{}: this is not a PNG or JPEG picture. Nothing was changed.",
            text.display()
        )
    );
    click_button(&mut h, "OK");
    // ...or dropped on the window.
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(common::Dropped(PathBuf::from(&text))));
    h.run();
    wait_for_photo(&mut h);
    h.get_by_label("Could not use the picture");
    click_button(&mut h, "OK");
    // A project without personas.
    click_button(&mut h, "Import from project…");
    choose_path(&mut h, PROJECT_FIELD, &empty_project);
    h.get_by_label("No personas to import");
    click_button(&mut h, "OK");
    // A file that is not a project.
    click_button(&mut h, "Import from project…");
    choose_path(&mut h, PROJECT_FIELD, &text);
    h.get_by_label("Could not import personas");
    click_button(&mut h, "OK");

    assert_eq!(project(&h), &original);
    assert!(!h.state().document().is_dirty());
    let _ = wait_for_load;
}

#[test]
fn a_picture_dropped_on_the_personas_view_becomes_the_photo() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("portrait.jpg");
    image::RgbImage::from_fn(200, 260, |x, y| image::Rgb([x as u8, y as u8, 60]))
        .save(&photo)
        .unwrap();
    let mut h = gallery_on("train_trip.ron");
    let name = project(&h).personas[0].name.clone();
    h.get_by_role_and_label(egui::Role::Button, &name).click();
    h.run();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(common::Dropped(photo)));
    h.run();
    wait_for_photo(&mut h);
    let stored = persona(&h, &name).photo.clone().expect("the photo is set");
    assert_eq!((stored.width, stored.height), (200, 260));
    assert_eq!(stored.format, journeymap::model::ImageFormat::Jpeg);
}

#[test]
fn the_one_pager_is_exported_from_the_editor() {
    let mut h = gallery_on("b2b_software.ron");
    let name = project(&h).personas[1].name.clone();
    h.get_by_role_and_label(egui::Role::Button, &name).click();
    h.run();
    click_button(&mut h, "Export one-pager…");
    // The export window, on this persona's page (its preview keeps repainting).
    for _ in 0..5 {
        h.step();
    }
    let file = h
        .get_by_role_and_label(egui::Role::TextInput, "File")
        .value()
        .unwrap_or_default();
    let expected = format!("{}.png", journeymap::export::slug(&name));
    assert!(file.ends_with(&expected), "{file}");
}

#[test]
fn a_persona_s_colour_comes_from_the_palette_or_a_hex_code_and_undoes() {
    let mut h = gallery_on("service_station.ron");
    click_button(&mut h, "+ New persona");
    let id = selected(&h).expect("the new persona is selected");
    let colour = |h: &App| project(h).persona_color(id);
    let before = colour(&h);
    let pick = journeymap::model::Rgb::palette(1);
    assert_ne!(before, pick);

    click_role(&mut h, egui::Role::ColorWell, "Colour");
    click_role(&mut h, egui::Role::RadioButton, &pick.to_string());
    assert_eq!(colour(&h), pick);

    // Any colour, typed as a hex code (a code being typed changes nothing yet).
    h.get_by_role_and_label(egui::Role::ColorWell, "Colour")
        .click();
    h.run();
    type_into(&mut h, "Hex code", "#12345");
    assert_eq!(colour(&h), pick);
    h.get_by_role_and_label(egui::Role::TextInput, "Hex code")
        .type_text("6");
    h.run();
    assert_eq!(colour(&h), journeymap::model::Rgb::new(0x12, 0x34, 0x56));

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(colour(&h), pick, "one undo step per colour chosen");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(colour(&h), before);
}
